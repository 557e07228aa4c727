using GraphQL;
using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ProvisionType : NodeObjectType
{
    public ProvisionType()
        : base("Provision",
            "A part, chapter, article, paragraph or item of an instrument, identified by its Akoma Ntoso eId.",
            k => k == NodeKind.Provision)
    {
        Field<NonNullGraphType<StringGraphType>>("eId").Description("The Akoma Ntoso eId, such as art_16 or art_16__para_2.").Resolve(c => c.Source.Id.EId!.ToString());
        Field<NonNullGraphType<StringGraphType>>("number").Description("The number of its last level: 16 for art_16, 2 for art_16__para_2.")
            .Resolve(c => c.Source.Id.EId!.Last.Number);
        Field<StringGraphType>("heading").Description("Its heading, without the label; null where the official text has none.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Heading[c.GetArgument<Lang>("lang")]);
        Field<NonNullGraphType<InstrumentType>>("instrument").Description("The instrument it belongs to.")
            .Resolve(c => NodeFields.Nodes(c, [c.Source.Id.WorkId]).Then(n => n.Single()));
        Field<NodeInterface>("parent").Description("The provision or instrument directly above it.")
            .Resolve(c => NodeFields.Nodes(c, [c.Source.Parent!]).Then(n => n.SingleOrDefault()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionType>>>>("children").Description("The provisions directly under it, in order.")
            .Resolve(c => c.Loaders().Children(c.Source.Id));
        Field<StringGraphType>("summary")
            .Description("Our summary (Markdown), of the version in force on asOf when given; null when none was in force then.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Argument<DateScalar>("asOf", a => a.Description = "The date the summary should be true on; defaults to the enclosing field's asOf, else today's text.")
            .Resolve(c => (c.AsOf() is { } day ? c.Source.VersionOn(day)?.Summary : c.Source.Summary)?.Prefer(c.GetArgument<Lang>("lang")));
        Field<StringGraphType>("officialText").Description("The official wording (Arabic) or its English translation, when the deployment has filled it in.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.Ar)
            .Resolve(c => c.Source.OfficialText[c.GetArgument<Lang>("lang")]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvisionVersionType>>>>("versions")
            .Description("Its wordings over time, each with the period it was in force; empty when it never changed.")
            .Resolve(c => c.Source.Versions);
        Field<ProvisionVersionType>("version").Description("The version in force on a date; null when none was.")
            .Argument<NonNullGraphType<DateScalar>>("asOf")
            .Resolve(c => c.Source.VersionOn(c.GetArgument<DateOnly>("asOf")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObligationType>>>>("obligations")
            .Description("The obligations, prohibitions and permissions it lays down.")
            .Resolve(c => NodeFields.Related(c, RelationKind.Imposes, Direction.Out));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("cites").Description("What it cites.")
            .Resolve(c => NodeFields.Related(c, RelationKind.Cites, Direction.Out));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("citedBy").Description("What cites it.")
            .Resolve(c => NodeFields.Related(c, RelationKind.Cites, Direction.In));
    }
}

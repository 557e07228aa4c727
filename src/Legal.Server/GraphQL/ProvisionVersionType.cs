using GraphQL;
using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class ProvisionVersionType : ObjectGraphType<ProvisionVersion>
{
    public ProvisionVersionType()
    {
        Name = "ProvisionVersion";
        Description = "One wording of a provision and the period it was in force: from (inclusive) until (exclusive).";
        Field<StringGraphType>("from").Description("First day in force, when known.").Resolve(c => c.Source.From?.ToString());
        Field<StringGraphType>("until").Description("First day no longer in force, when it has ended.").Resolve(c => c.Source.Until?.ToString());
        Field<InstrumentType>("amendedBy").Description("The instrument that brought this version in, when it came by amendment.")
            .Resolve(c => c.Source.AmendedBy is { } id ? NodeFields.Nodes(c, [id.WorkId]).Then(n => n.SingleOrDefault()) : null);
        Field<StringGraphType>("summary").Description("Our summary of this version (Markdown).")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Summary.Prefer(c.GetArgument<Lang>("lang")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Sources for this version.")
            .Resolve(c => NodeFields.Nodes(c, c.Source.Sources));
    }
}

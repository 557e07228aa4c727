using GraphQL;
using GraphQL.Types;
using Legal.Engine;
using Legal.Model;

namespace Legal.Server.GraphQL;

public sealed class EventType : NodeObjectType
{
    public EventType()
        : base("Event",
            "A meeting, workshop or conference, with its dates, place, organisers and figures.",
            k => k == NodeKind.Event)
    {
        Field<StringGraphType>("date").Description("First day, as precise as known; null when unknown or disputed (see claims).").Resolve(c => c.Source.Date?.ToString());
        Field<StringGraphType>("endDate").Description("Last day, when known.").Resolve(c => c.Source.EndDate?.ToString());
        Field<StringGraphType>("place").Description("Where it took place.")
            .Argument<LangEnum>("lang", a => a.DefaultValue = Lang.En)
            .Resolve(c => c.Source.Place.Prefer(c.GetArgument<Lang>("lang")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureType>>>>("figures").Description("Counts the sources give: participants, states, ministers ….")
            .Resolve(c => c.Source.Figures.OrderBy(f => f.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("organisers").Description("Who organised it.")
            .Resolve(c => NodeFields.Related(c, RelationKind.OrganisedBy, Direction.Out));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("hosts").Description("Who hosted it.")
            .Resolve(c => NodeFields.Related(c, RelationKind.Hosted, Direction.In));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("participants").Description("Who took part, where the sources name them.")
            .Resolve(c => NodeFields.Related(c, RelationKind.ParticipatedIn, Direction.In));
    }
}

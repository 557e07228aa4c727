using Legal.Model.Time;
using GraphQL.DataLoader;
using GraphQL;
using GraphQL.Types;
using Legal.Engine;
using Legal.Rendering;

namespace Legal.Server.GraphQL;

public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A node that matched a search, with its score and a passage showing the match.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The matching node.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Lucene's relevance score; only the order within one search means anything.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("The passage as Markdown, matched words in **bold**.").Resolve(c => SnippetMarkdown.Of(c.Source.Snippet));
        Field<NonNullGraphType<NodeKindEnum>>("kind").Description("The hit's kind, a facet to group or filter results by.").Resolve(c => c.Source.Node.Kind);
        Field<StringGraphType>("jurisdiction").Description("The hit's jurisdiction facet: its own, or its instrument's (KW, UN, FATF …).").Resolve(c => c.Source.Jurisdiction);
        Field<NonNullGraphType<BooleanGraphType>>("inForce").Description("Whether the hit had effect on the day (in force, with a version in force for a provision).")
            .Argument<DateScalar>("asOf", a => a.Description = "The day; today when omitted.")
            .Resolve(c => InForceOn(c));
        Field<NonNullGraphType<PassageType>>("passage").Description("The passage as plain text, with the matched words as spans, for clients that mark them their own way.")
            .Resolve(c => c.Source.Snippet);
    }

    /// <summary>The one in-force rule, with the hit's instrument looked up (batched) for a provision.</summary>
    private static IDataLoaderResult<bool> InForceOn(IResolveFieldContext<SearchHit> c)
    {
        var (node, day) = (c.Source.Node, c.AsOfOrToday());
        return c.Loaders().Nodes([node.Id.WorkId]).Then(works => InForce.Of(node, id => works.Append(node).FirstOrDefault(n => n.Id == id), day).Applies);
    }
}

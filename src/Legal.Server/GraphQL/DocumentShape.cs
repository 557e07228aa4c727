using GraphQLParser.AST;

namespace Legal.Server.GraphQL;

/// <summary>
/// How many field selections and aliases a parsed document asks for, with each fragment spread counted as the fields
/// of its fragment (so spreading one fragment a hundred times counts a hundred times). One walk over the tree the parser
/// built (the parser already bounds its depth), linear in the document's size, so it runs before validation, whose
/// field-merging check grows with the square of the fields.
/// </summary>
public sealed record DocumentShape(long Fields, long Aliases)
{
    public static DocumentShape Of(GraphQLDocument document)
    {
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var counter = new Counter(fragments);
        var total = new DocumentShape(0, 0);
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>()) total = total.Plus(counter.Count(operation.SelectionSet));
        return total;
    }

    // Fragments spreading fragments can double the count at each level: it saturates rather than overflow.
    private const long Saturated = 1_000_000_000_000;

    private DocumentShape Plus(DocumentShape other) => new(Math.Min(Saturated, Fields + other.Fields), Math.Min(Saturated, Aliases + other.Aliases));

    private sealed class Counter(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, DocumentShape> _expanded = [];
        private readonly HashSet<string> _expanding = [];

        public DocumentShape Count(GraphQLSelectionSet set)
        {
            var shape = new DocumentShape(0, 0);
            foreach (var selection in set.Selections)
            {
                shape = shape.Plus(selection switch
                {
                    GraphQLField field => new DocumentShape(1, field.Alias is null ? 0 : 1).Plus(field.SelectionSet is { } inner ? Count(inner) : new(0, 0)),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    _ => new DocumentShape(0, 0),
                });
            }
            return shape;
        }

        /// <summary>A fragment's fields, counted once and remembered; an unknown or cyclic one counts nothing (validation rejects it).</summary>
        private DocumentShape Fragment(string name)
        {
            if (_expanded.TryGetValue(name, out var known)) return known;
            if (!fragments.TryGetValue(name, out var fragment) || !_expanding.Add(name)) return new DocumentShape(0, 0);
            var shape = Count(fragment.SelectionSet);
            _expanding.Remove(name);
            return _expanded[name] = shape;
        }
    }
}

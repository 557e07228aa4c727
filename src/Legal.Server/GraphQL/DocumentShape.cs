using GraphQLParser.AST;

namespace Legal.Server.GraphQL;

/// <summary>
/// How many field selections and aliases a parsed document holds, counted in one walk over its text's tree (the parser
/// already bounds its depth). This is linear, so it can run before validation, whose field-merging check is quadratic.
/// </summary>
public sealed record DocumentShape(int Fields, int Aliases)
{
    public static DocumentShape Of(GraphQLDocument document)
    {
        var (fields, aliases) = (0, 0);
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null) Count(selections, ref fields, ref aliases);
        }
        return new DocumentShape(fields, aliases);
    }

    private static void Count(GraphQLSelectionSet set, ref int fields, ref int aliases)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields++;
                    if (field.Alias is not null) aliases++;
                    if (field.SelectionSet is { } inner) Count(inner, ref fields, ref aliases);
                    break;
                case GraphQLFragmentSpread:
                    // Each spread repeats its fragment's selections.
                    fields++;
                    break;
                case GraphQLInlineFragment inline:
                    Count(inline.SelectionSet, ref fields, ref aliases);
                    break;
            }
        }
    }
}

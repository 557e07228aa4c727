using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Legal.Server.GraphQL;

/// <summary>
/// graphql-dotnet's depth and complexity limits, with room for introspection. The schema query that GraphiQL and other
/// tools send nests type references 15 levels deep and is estimated in proportion to the schema (over a million since the citation types), past the limits for data queries;
/// an operation that reads only the schema (<c>__schema</c>, <c>__type</c>) gets its own limits, still bounded, because
/// introspection types nest without end (<c>fields { type { fields … } }</c>).
/// Fields are priced by <see cref="CostModel"/>; the total is kept for <see cref="ExpensiveWork"/>, which decides
/// whether the request must wait for an expensive slot.
/// </summary>
public sealed class CostLimitRule(ComplexityOptions options) : ComplexityValidationRule(Priced(options))
{
    public const int IntrospectionMaxDepth = 20;

    public const double IntrospectionMaxComplexity = 3_000_000;

    private static ComplexityOptions Priced(ComplexityOptions options)
    {
        var byDefault = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => CostModel.Price(context, byDefault);
        return options;
    }

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        context.UserContext[ExpensiveWork.CostKey] = totalComplexity;
        if (!ReadsOnlyTheSchema(context)) return base.ValidateComplexityAsync(context, totalComplexity, maxDepth);
        if (maxDepth > IntrospectionMaxDepth || totalComplexity > IntrospectionMaxComplexity)
        {
            context.ReportError(new ComplexityError(
                $"Introspection query is too complex to execute: depth {maxDepth} (at most {IntrospectionMaxDepth}), complexity {totalComplexity} (at most {IntrospectionMaxComplexity})."));
        }
        return default;
    }

    private static bool ReadsOnlyTheSchema(ValidationContext context) =>
        context.Operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));
}

using GraphQL;
using GraphQL.Instrumentation;

namespace Legal.Server.GraphQL;

/// <summary>Spends the request's <see cref="ResponseBudget"/> on every text a field resolves to.</summary>
public sealed class ResponseSizeMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        var result = await next(context);
        if (result is string text && context.UserContext.TryGetValue(ResponseBudget.Key, out var budget) && budget is ResponseBudget b) b.Spend(text.Length);
        return result;
    }
}

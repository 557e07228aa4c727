using GraphQL;
using GraphQL.DI;
using GraphQLParser;
using GraphQLParser.Exceptions;
using Legal.Server.Hosting;

namespace Legal.Server.GraphQL;

/// <summary>
/// Checks what is cheap to check before graphql-dotnet parses and validates: the document's length, the variables'
/// size, and (parsing once, and handing the tree on) the number of fields and aliases. Then it gives the execution its
/// response budget and its place among expensive requests (<see cref="ExpensiveWork"/>). Each refusal has its own code.
/// </summary>
public sealed class ExecutionGuard(RequestLimits limits, ExpensiveWork expensive) : IConfigureExecution
{
    public float SortOrder => 0;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (Refusal(options) is { } refused) return Refused(refused);
        using var budget = new ResponseBudget(limits.MaxResponseLength);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, budget.Stopped);
        options.CancellationToken = stop.Token;
        options.UserContext[ResponseBudget.Key] = budget;
        options.Listeners.Add(expensive.Listener());
        try
        {
            var result = await next(options);
            return budget.Exceeded ? Refused(budget.Error()) : result;
        }
        catch (OperationCanceledException) when (budget.Exceeded)
        {
            return Refused(budget.Error());
        }
        finally
        {
            ExpensiveWork.Release(options.UserContext);
        }
    }

    private ExecutionError? Refusal(ExecutionOptions options)
    {
        if (options.Query is { } query && options.Document is null)
        {
            if (query.Length > limits.MaxDocumentLength)
            {
                return new ExecutionError($"the document is {query.Length:N0} characters; at most {limits.MaxDocumentLength:N0} (Limits:MaxDocumentLength) are read")
                    { Code = ErrorCodes.DocumentTooLarge };
            }
            try
            {
                options.Document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
            }
            catch (GraphQLParserException)
            {
                return null; // graphql-dotnet parses again and reports the syntax error in its usual form.
            }
        }
        if (options.Document is { } document)
        {
            var shape = DocumentShape.Of(document);
            if (shape.Fields > limits.MaxFields)
            {
                return new ExecutionError($"the document selects {shape.Fields:N0} fields; at most {limits.MaxFields:N0} (Limits:MaxFields) are allowed")
                    { Code = ErrorCodes.TooManyFields };
            }
            if (shape.Aliases > limits.MaxAliases)
            {
                return new ExecutionError($"the document has {shape.Aliases:N0} aliases; at most {limits.MaxAliases:N0} (Limits:MaxAliases) are allowed")
                    { Code = ErrorCodes.TooManyAliases };
            }
        }
        var size = VariablesSize(options.Variables);
        if (size > limits.MaxVariablesLength)
        {
            return new ExecutionError($"the variables hold {size:N0} characters; at most {limits.MaxVariablesLength:N0} (Limits:MaxVariablesLength) are read")
                { Code = ErrorCodes.VariablesTooLarge };
        }
        return null;
    }

    /// <summary>Characters of every string, and one for every other value, however deeply the JSON nests.</summary>
    private static long VariablesSize(object? value) => value switch
    {
        null => 1,
        string s => s.Length,
        IDictionary<string, object?> map => map.Sum(p => p.Key.Length + VariablesSize(p.Value)),
        System.Collections.IEnumerable list => list.Cast<object?>().Sum(VariablesSize),
        _ => 1,
    };

    private static ExecutionResult Refused(ExecutionError error) => new() { Errors = [error], Executed = false };
}

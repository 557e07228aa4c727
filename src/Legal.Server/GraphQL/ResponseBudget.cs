using GraphQL;

namespace Legal.Server.GraphQL;

/// <summary>
/// The text one response may still carry. <see cref="ResponseSizeMiddleware"/> spends it as fields resolve; once it is
/// spent, every further text field fails and the whole answer is replaced by one RESPONSE_TOO_LARGE error.
/// </summary>
public sealed class ResponseBudget(int maxLength) : IDisposable
{
    public const string Key = "legal.responseBudget";

    private readonly CancellationTokenSource _stop = new();
    private long _spent;

    /// <summary>Cancelled once the budget is spent, so that fields still running stop too.</summary>
    public CancellationToken Stopped => _stop.Token;

    public void Dispose() => _stop.Dispose();

    public bool Exceeded => Interlocked.Read(ref _spent) > maxLength;

    /// <summary>Counts a resolved text; throws once the response would pass the limit, so no more is built.</summary>
    public void Spend(int length)
    {
        if (Interlocked.Add(ref _spent, length) <= maxLength) return;
        _stop.Cancel();
        throw Error();
    }

    public ExecutionError Error() =>
        new($"the response would carry more than {maxLength:N0} characters (Limits:MaxResponseLength); ask for fewer fields or a smaller page")
            { Code = ErrorCodes.ResponseTooLarge };
}

using Polly;
using Polly.Retry;

namespace Legal.Neo4j.QueryApi;

/// <summary>
/// When to try again: only on failures Neo4j calls transient, or a server that could not be reached.
/// Authentication and syntax errors fail at once, since repeating them cannot help.
/// </summary>
public static class Retries
{
    /// <summary>For reads while serving: one quick retry of a transient error, so a request stays fast when the store is down.</summary>
    public static ResiliencePipeline ForQueries() => Pipeline(attempts: 1, delay: TimeSpan.FromMilliseconds(100), retryUnavailable: false, onRetry: null);

    /// <summary>
    /// For a load, which is idempotent and run by hand: patient exponential backoff (about 1, 2, 4, 8, 16 s),
    /// telling <paramref name="onRetry"/> what failed and when the next attempt comes.
    /// </summary>
    public static ResiliencePipeline ForLoad(Action<string>? onRetry = null, TimeSpan? firstDelay = null) =>
        Pipeline(attempts: 5, delay: firstDelay ?? TimeSpan.FromSeconds(1), retryUnavailable: true, onRetry);

    private static ResiliencePipeline Pipeline(int attempts, TimeSpan delay, bool retryUnavailable, Action<string>? onRetry) =>
        new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e =>
                e.Failure == Neo4jFailure.Transient || (retryUnavailable && e.Failure == Neo4jFailure.Unavailable)),
            MaxRetryAttempts = attempts,
            Delay = delay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            OnRetry = args =>
            {
                onRetry?.Invoke($"attempt {args.AttemptNumber + 1} failed ({(args.Outcome.Exception as Neo4jException)?.Reason ?? args.Outcome.Exception?.Message}); retrying in {args.RetryDelay.TotalSeconds:0.#} s");
                return ValueTask.CompletedTask;
            },
        }).Build();
}

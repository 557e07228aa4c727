using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Legal.Server.Hosting;

namespace Legal.Server.GraphQL;

/// <summary>
/// Fair sharing: expensive work (a GraphQL request estimated at <see cref="RequestLimits.ExpensiveCost"/> or more, and the
/// pages that render whole instruments, traces, curricula and searches) takes one of a few slots of a
/// <see cref="ConcurrencyLimiter"/>, the limiter ASP.NET Core's rate limiting is built on, and waits in line for one.
/// Cheap lookups never wait, so their latency holds while expensive requests queue, or are refused with 429 and
/// Retry-After when the line is full or they waited too long.
/// </summary>
public sealed class ExpensiveWork(RequestLimits limits) : IDisposable
{
    /// <summary>The rate-limiting policy name for endpoints that are always expensive (the pages).</summary>
    public const string Policy = "expensive";

    /// <summary>Seconds a refused client is asked to wait.</summary>
    public const int RetryAfterSeconds = 2;

    internal const string CostKey = "legal.cost";

    private const string LeaseKey = "legal.expensiveLease";

    public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = limits.ExpensiveConcurrency,
        QueueLimit = limits.ExpensiveQueue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public void Dispose() => Limiter.Dispose();

    /// <summary>Waits for a slot, at most <see cref="RequestLimits.ExpensiveWait"/>; null when refused.</summary>
    public async Task<RateLimitLease?> AcquireAsync(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(limits.ExpensiveWait);
        try
        {
            var lease = await Limiter.AcquireAsync(1, wait.Token);
            if (lease.IsAcquired) return lease;
            lease.Dispose();
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Takes a slot between validation (which prices the request) and execution, and gives it back after.</summary>
    public IDocumentExecutionListener Listener() => new SlotListener(this, limits.ExpensiveCost);

    /// <summary>Gives back the request's slot, if it holds one; safe to call twice.</summary>
    public static void Release(IDictionary<string, object?> userContext)
    {
        if (userContext.Remove(LeaseKey, out var lease)) (lease as IDisposable)?.Dispose();
    }

    public static ExecutionError BusyError() =>
        new($"too many expensive requests are running; try again in {RetryAfterSeconds} s") { Code = ErrorCodes.Busy };

    private sealed class SlotListener(ExpensiveWork work, double threshold) : IDocumentExecutionListener
    {
        public Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult) => Task.CompletedTask;

        public async Task BeforeExecutionAsync(IExecutionContext context)
        {
            if (!context.UserContext.TryGetValue(CostKey, out var cost) || cost is not double c || c < threshold) return;
            var lease = await work.AcquireAsync(context.CancellationToken) ?? throw new BusyException();
            context.UserContext[LeaseKey] = lease;
        }

        public Task AfterExecutionAsync(IExecutionContext context)
        {
            Release(context.UserContext);
            return Task.CompletedTask;
        }
    }
}

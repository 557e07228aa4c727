using System.Threading.RateLimiting;

namespace Legal.Server.GraphQL;

/// <summary>
/// A limiter lent to ASP.NET Core's rate-limiting middleware without handing it over: the middleware disposes the
/// limiters of partitions it thinks idle, and this one is shared with GraphQL, so disposing is left to its owner.
/// </summary>
public sealed class BorrowedLimiter(RateLimiter inner) : RateLimiter
{
    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => inner.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => inner.AttemptAcquire(permitCount);

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        inner.AcquireAsync(permitCount, cancellationToken);

    protected override void Dispose(bool disposing)
    {
    }
}

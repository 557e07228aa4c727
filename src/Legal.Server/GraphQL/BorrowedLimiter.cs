using System.Threading.RateLimiting;

namespace Legal.Server.GraphQL;

/// <summary>
/// The expensive slots lent to ASP.NET Core's rate-limiting middleware without handing them over: the middleware
/// disposes the limiters of partitions it thinks idle, and these are shared with GraphQL, so disposing is left to their
/// owner. A page waits for a slot as long as a GraphQL request would (<see cref="ExpensiveWork.AcquireAsync"/>).
/// </summary>
public sealed class BorrowedLimiter(ExpensiveWork work) : RateLimiter
{
    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics() => work.Limiter.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => work.Limiter.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        await work.AcquireAsync(cancellationToken) ?? NoSlot.Instance;

    protected override void Dispose(bool disposing)
    {
    }

    private sealed class NoSlot : RateLimitLease
    {
        public static readonly NoSlot Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}

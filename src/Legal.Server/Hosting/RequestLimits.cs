namespace Legal.Server.Hosting;

/// <summary>
/// The bounds on one request, beyond depth and complexity (section "Limits"). Each refusal carries its own code, listed in
/// the README, and names the limit it met, so a client can tell a bad query from a busy server.
/// </summary>
public sealed class RequestLimits
{
    public const string Section = "Limits";

    /// <summary>The longest GraphQL document read, in characters; checked before it is parsed.</summary>
    public int MaxDocumentLength { get; set; } = 50_000;

    /// <summary>Field selections in one document, fragments included; checked before validation, whose cost grows with their square.</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Aliased fields in one document: each alias asks for the work again.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>The variables' size: characters of every string plus one for each other value.</summary>
    public int MaxVariablesLength { get; set; } = 250_000;

    /// <summary>Characters of text one response may carry; past it the execution stops.</summary>
    public int MaxResponseLength { get; set; } = 2_000_000;

    /// <summary>The longest a request may run (parse, validate, execute); cancellation reaches the store.</summary>
    public TimeSpan MaxExecutionTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest request body, in bytes (Kestrel's own default is 30 MB).</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>A request estimated at this cost or more is expensive: it waits for one of the few expensive slots.</summary>
    public double ExpensiveCost { get; set; } = 1_000;

    /// <summary>Expensive requests run at most this many at a time, leaving the other cores to cheap lookups.</summary>
    public int ExpensiveConcurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Expensive requests that may wait for a slot; more are refused at once with 429.</summary>
    public int ExpensiveQueue { get; set; } = 64;

    /// <summary>How long an expensive request waits for a slot before it is refused with 429 and Retry-After.</summary>
    public TimeSpan ExpensiveWait { get; set; } = TimeSpan.FromSeconds(5);
}

using System.Globalization;
using System.Runtime.CompilerServices;
using Legal.Engine;

namespace Legal.Server.Hosting;

/// <summary>
/// The receipt every GraphQL response carries in <c>extensions.corpus</c>: which corpus answered, so that an answer
/// saved today can be traced to its content later. The same receipt as the <c>corpus</c> root field.
/// </summary>
public static class CorpusReceipt
{
    public const string Key = "corpus";

    private static readonly ConditionalWeakTable<CorpusVersion, IReadOnlyDictionary<string, object?>> Made = new();

    /// <summary>The receipt for a version, made once per load: every response of that load carries the same one.</summary>
    public static IReadOnlyDictionary<string, object?> Of(CorpusVersion version) => Made.GetValue(version, Make);

    private static IReadOnlyDictionary<string, object?> Make(CorpusVersion version) => new Dictionary<string, object?>
    {
        ["version"] = version.Hash,
        ["commit"] = version.Commit,
        ["compiledAt"] = version.IsKnown ? version.CompiledAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) : null,
    };

    /// <summary>Short form for pages and headers: the first 12 hex digits of the hash.</summary>
    public static string Short(CorpusVersion version) => version.IsKnown ? version.Hash[..12] : version.Hash;
}

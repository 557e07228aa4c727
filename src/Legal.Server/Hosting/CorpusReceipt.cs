using System.Globalization;
using Legal.Engine;

namespace Legal.Server.Hosting;

/// <summary>
/// The receipt every GraphQL response carries in <c>extensions.corpus</c>: which corpus answered, so that an answer
/// saved today can be traced to its content later. The same receipt as the <c>corpus</c> root field.
/// </summary>
public static class CorpusReceipt
{
    public const string Key = "corpus";

    public static Dictionary<string, object?> Of(CorpusVersion version) => new()
    {
        ["version"] = version.Hash,
        ["commit"] = version.Commit,
        ["compiledAt"] = version.IsKnown ? version.CompiledAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture) : null,
    };

    /// <summary>Short form for pages and headers: the first 12 hex digits of the hash.</summary>
    public static string Short(CorpusVersion version) => version.IsKnown ? version.Hash[..12] : version.Hash;
}

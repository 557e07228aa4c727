using System.Collections;
using System.Globalization;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Tests.Engine;

/// <summary>
/// A value written out field by field, so that two nodes or relations from different stores compare equal exactly when
/// every field does (records compare their lists by reference, which says nothing across stores).
/// </summary>
internal static class Describe
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        NodeId or PartialDate or Enum => value.ToString()!,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().OrderBy(k => k.ToString(), StringComparer.Ordinal).Select(k => $"{k}: {Of(map[k])}")) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Of)) + "]",
        Bilingual b => $"(en: {Of(b.En)}, ar: {Of(b.Ar)})",
        _ => value.GetType().Name + "(" + string.Join(", ", value.GetType().GetProperties()
            // Stored fields only (positional and init properties), not the ones computed from them.
            .Where(p => p.SetMethod is not null && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}: {Of(p.GetValue(value))}")) + ")",
    };
}

using System.Collections;
using System.Globalization;
using System.Text;

namespace Legal.Neo4j.Cypher;

/// <summary>Writes values as Cypher literals, for the exported script, which carries its data inline rather than as parameters.</summary>
public static class CypherLiteral
{
    public static string Of(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: String(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case int or long: sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case IDictionary map:
                sb.Append('{');
                var first = true;
                foreach (DictionaryEntry entry in map)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    Key(sb, (string)entry.Key);
                    Write(sb, entry.Value);
                }
                sb.Append('}');
                break;
            case IEnumerable list:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem) sb.Append(", ");
                    firstItem = false;
                    Write(sb, item);
                }
                sb.Append(']');
                break;
            default: throw new ArgumentException($"{value.GetType().Name} has no Cypher literal form here");
        }
    }

    private static void Key(StringBuilder sb, string key)
    {
        var plain = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
        sb.Append(plain ? key : $"`{key.Replace("`", "``")}`").Append(": ");
    }

    /// <summary>A single-quoted string; escapes make every character, including newlines and quotes, survive.</summary>
    private static void String(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        sb.Append('\'');
    }
}

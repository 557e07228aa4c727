using System.Text;

namespace Legal.Model;

/// <summary>Maps C# enum names to the snake_case the corpus is written in, and back.</summary>
public static class Naming
{
    public static string ToSnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }

    public static bool TryParseSnakeCase<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (ToSnakeCase(candidate.ToString()) == text) { value = candidate; return true; }
        }
        value = default;
        return false;
    }
}

using System.Text;
using Legal.Model;

namespace Legal.Corpus;

/// <summary>
/// Turns a file's bytes into the text the reader parses, refusing what no editor means to write: bytes that are not
/// UTF-8, and control characters (a NUL in a title). Each is reported at its line and column.
/// </summary>
internal static class CorpusText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        string text;
        try
        {
            text = Strict.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidByte(span);
            var before = Encoding.UTF8.GetString(span[..bad]);
            diagnostics.Error(Position(path, before, before.Length), $"invalid UTF-8 (byte 0x{span[bad]:X2}): corpus files are UTF-8 text");
            return null;
        }
        text = text.ReplaceLineEndings("\n");
        var control = text.AsSpan().IndexOfAnyExcept(Allowed);
        if (control >= 0 && char.IsControl(text[control]))
        {
            diagnostics.Error(Position(path, text, control), $"control character U+{(int)text[control]:X4} in the text: remove it (tabs and line breaks are the only ones allowed)");
            return null;
        }
        return text;
    }

    /// <summary>True for a character a field must not hold (YAML escapes such as "\0" can still write one).</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    // Every character except the C0 and C1 controls other than tab and line feed.
    private static readonly System.Buffers.SearchValues<char> Allowed = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => !IsForbidden(c) || c == '\r').ToArray());

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return bytes.Length - 1;
    }

    /// <summary>The 1-based line and column of <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static Origin Position(string path, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n') (line, lineStart) = (line + 1, i + 1);
        }
        return new Origin(path, line, index - lineStart + 1);
    }
}

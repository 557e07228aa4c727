namespace Legal.Model;

/// <summary>A stretch of a text by UTF-16 offsets: <c>text[Start..End]</c>, End exclusive (JavaScript's string indexes).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

using Legal.Model;

namespace Legal.Engine.Search;

/// <summary>
/// A plain-text passage from a hit, in <see cref="Lang"/>, with the matched words as spans into <see cref="Text"/>.
/// Each consumer marks the spans its own way (bold in Markdown, <c>mark</c> in a page); nothing is parsed back.
/// <see cref="Before"/> and <see cref="After"/> say whether the passage was cut from a longer text.
/// </summary>
public sealed record Snippet(string Text, IReadOnlyList<TextSpan> Highlights, Lang Lang, bool Before = false, bool After = false);

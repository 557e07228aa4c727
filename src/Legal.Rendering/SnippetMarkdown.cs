using System.Text;
using Legal.Engine.Search;

namespace Legal.Rendering;

/// <summary>A search passage as Markdown: its text escaped, the matched words in bold, an ellipsis where it was cut.</summary>
public static class SnippetMarkdown
{
    public static string Of(Snippet snippet)
    {
        var md = new StringBuilder(snippet.Before ? "…" : "");
        var at = 0;
        foreach (var span in snippet.Highlights)
        {
            md.Append(MarkdownRenderer.Escape(snippet.Text[at..span.Start]))
                .Append("**").Append(MarkdownRenderer.Escape(snippet.Text[span.Start..span.End])).Append("**");
            at = span.End;
        }
        return md.Append(MarkdownRenderer.Escape(snippet.Text[at..])).Append(snippet.After ? "…" : "").ToString();
    }
}

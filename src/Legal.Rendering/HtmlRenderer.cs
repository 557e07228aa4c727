using Ganss.Xss;
using Legal.Model;
using Markdig;

namespace Legal.Rendering;

/// <summary>
/// HTML is Markdig's rendering of the canonical Markdown, passed through a sanitiser so that nothing
/// written in the corpus can run in a reader's browser, and marked with its language and direction.
/// </summary>
public static class HtmlRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGenericAttributes()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Render(string markdown, Lang lang)
    {
        var html = Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
        return $"<article lang=\"{lang.Code()}\" dir=\"{lang.Direction()}\">\n{html}</article>\n";
    }

    /// <summary>A passage of a larger page (one provision's summary), sanitised the same way, in a block marked with its language.</summary>
    public static string RenderPassage(string markdown, Lang lang, string cssClass)
    {
        var html = Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
        return $"<div class=\"{cssClass}\" lang=\"{lang.Code()}\" dir=\"{lang.Direction()}\">\n{html}</div>\n";
    }

    /// <summary>A summary's words alone, without its Markdown (for comparing two wordings).</summary>
    public static string PlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline).ReplaceLineEndings(" ").Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        return sanitizer;
    }
}

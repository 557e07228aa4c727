using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Legal.Server.Pages;

/// <summary>
/// Markup that is safe to write into a page as is. It is made only by <see cref="Of"/>, which HTML-encodes every value
/// interpolated into it, or by <see cref="Sanitised"/> for the output of the sanitising HtmlRenderer:
/// so corpus text can never become markup by accident.
/// </summary>
public readonly record struct Html
{
    private Html(string markup) => Markup = markup;

    public string Markup { get; }

    public static Html Empty => new("");

    public static Html Of(HtmlInterpolation markup) => new(markup.ToString());

    /// <summary>HTML that has already been through the sanitiser (HtmlRenderer's output); never raw corpus text.</summary>
    public static Html Sanitised(string html) => new(html);

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Markup)));

    public override string ToString() => Markup;
}

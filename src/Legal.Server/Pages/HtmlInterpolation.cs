using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Legal.Server.Pages;

/// <summary>Builds <see cref="Html"/> from an interpolated string: literals are markup, values are encoded text.</summary>
[InterpolatedStringHandler]
public readonly struct HtmlInterpolation(int literalLength, int formattedCount)
{
    // Arabic stays readable in the source; only characters that mean something in HTML are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _markup = new(literalLength + formattedCount * 16);

    public void AppendLiteral(string literal) => _markup.Append(literal);

    public void AppendFormatted(Html html) => _markup.Append(html.Markup);

    public void AppendFormatted<T>(T value) => _markup.Append(Encoder.Encode(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));

    public override string ToString() => _markup.ToString();
}

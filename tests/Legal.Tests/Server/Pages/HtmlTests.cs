using Legal.Server.Pages;

namespace Legal.Tests.Server.Pages;

public class HtmlTests
{
    [Fact]
    public void EveryInterpolatedValueIsEncodedAndLiteralsAreKeptAsMarkup()
    {
        var value = "<script>\"x\" & 'y'</script>";
        Assert.Equal("<p title=\"&quot;\">&lt;script&gt;&quot;x&quot; &amp; &#x27;y&#x27;&lt;/script&gt;</p>",
            Html.Of($"<p title=\"{"\""}\">{value}</p>").Markup);
    }

    [Fact]
    public void ArabicStaysReadableWhileMarkupCharactersAreEscaped() =>
        Assert.Equal("<h1>قانون &lt;106&gt;</h1>", Html.Of($"<h1>{"قانون <106>"}</h1>").Markup);

    [Fact]
    public void MarkupAlreadyBuiltIsNestedWithoutBeingEncodedTwice()
    {
        var inner = Html.Of($"<em>{"a & b"}</em>");
        Assert.Equal("<p><em>a &amp; b</em></p>", Html.Of($"<p>{inner}</p>").Markup);
    }
}

using Legal.Rendering;
namespace Legal.Server.Pages;

/// <summary>The answer for an address that names nothing: a page in the layout, with status 404.</summary>
internal static class NotFoundPage
{
    public static IResult Render(PageContext page)
    {
        var lang = page.Lang;
        var document = Layout.Render(page, Phrases.NotFound[lang], Html.Of($"""
            <h1>{Phrases.NotFound[lang]}</h1>
            <p>{Phrases.NotFoundText[lang]}</p>
            <p><a href="/">{Phrases.Home[lang]}</a> · <a href="/search">{Phrases.Search[lang]}</a></p>
            """));
        return PageEndpoints.Respond(document, StatusCodes.Status404NotFound);
    }
}

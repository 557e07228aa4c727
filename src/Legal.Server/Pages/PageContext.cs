using System.Globalization;
using Legal.Engine;
using Legal.Model;
using Legal.Server.GraphQL;
using Microsoft.AspNetCore.WebUtilities;

namespace Legal.Server.Pages;

/// <summary>What every page needs from its request: the reader's language, and how to link to itself in the other one.</summary>
public sealed class PageContext
{
    private const string LangKey = "lang";

    private readonly HttpRequest _request;

    private PageContext(HttpRequest request, Lang lang) =>
        (_request, Lang, Version) = (request, lang, request.HttpContext.RequestServices.GetRequiredService<RequestGraph>().Version);

    public Lang Lang { get; }

    /// <summary>The corpus this page was read from, shown in its footer as the receipt.</summary>
    public CorpusVersion Version { get; }

    public Lang OtherLang => Lang == Lang.Ar ? Lang.En : Lang.Ar;

    /// <summary>
    /// The language comes from <c>?lang=</c>, else from the choice the reader last made (a cookie), else English.
    /// The cookie exists because cross-references in the rendered law are plain page paths: following one keeps the language.
    /// </summary>
    public static PageContext From(HttpContext http)
    {
        if (Parse(http.Request.Query[LangKey]) is { } chosen)
        {
            http.Response.Cookies.Append(LangKey, chosen.Code(), new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
            });
            return new PageContext(http.Request, chosen);
        }
        return new PageContext(http.Request, Parse(http.Request.Cookies[LangKey]) ?? Lang.En);
    }

    public string? Query(string key) => _request.Query[key] is { Count: > 0 } value ? value.ToString() : null;

    /// <summary>The day the law is read on (<c>?asOf=YYYY-MM-DD</c>); null when not given or not a date.</summary>
    public DateOnly? AsOf =>
        DateOnly.TryParseExact(Query("asOf"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>An as-of date was given that is not a date: the page says so and answers 400.</summary>
    public bool BadAsOf => !string.IsNullOrEmpty(Query("asOf")) && AsOf is null;

    /// <summary>This page's address in the given language, keeping its other parameters (the search, the as-of date).</summary>
    public string In(Lang lang)
    {
        var query = _request.Query.Where(q => q.Key != LangKey).ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        query[LangKey] = lang.Code();
        return QueryHelpers.AddQueryString(_request.Path.ToString(), query);
    }

    private static Lang? Parse(string? code) => code switch
    {
        "ar" => Lang.Ar,
        "en" => Lang.En,
        _ => null,
    };
}

using System.Globalization;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>Form fields more than one page asks for.</summary>
internal static class Forms
{
    /// <summary>A labelled date field for <c>?asOf=</c>, showing the error when the date given was not one.</summary>
    public static Html AsOfField(PageContext page, string label)
    {
        var value = page.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        if (!page.BadAsOf) return Html.Of($"""<label for="asOf">{label}</label> <input id="asOf" name="asOf" type="date" value="{value}">""");
        return Html.Of($"""
            <label for="asOf">{label}</label> <input id="asOf" name="asOf" type="date" aria-invalid="true" aria-describedby="asof-error">
            <p id="asof-error" class="error">{Phrases.BadDate[page.Lang]}</p>
            """);
    }
}

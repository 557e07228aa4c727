using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Server.Pages;

/// <summary>
/// The one place that decides where a node is read in a browser: the routes <see cref="PageEndpoints"/> serves.
/// The pages link site-relative (<see cref="Site"/>); what leaves the server (the API's Markdown, HTML and summaries, files
/// written by <c>render</c>) links absolutely, under <c>Legal:PublicBaseUrl</c>, so it works wherever it is read.
/// </summary>
public sealed class PageLinks(string baseUrl) : ILinkScheme
{
    public const string BaseUrlKey = "Legal:PublicBaseUrl";

    /// <summary>Where the pages are served when nothing is configured: the address the README starts the server on.</summary>
    public const string DefaultBaseUrl = "http://127.0.0.1:5080";

    public static readonly PageLinks Site = new("");

    private readonly string _base = baseUrl.TrimEnd('/');

    /// <summary>The absolute scheme for this configuration (<c>Legal:PublicBaseUrl</c>, else <see cref="DefaultBaseUrl"/>).</summary>
    public static PageLinks Public(IConfiguration configuration) =>
        new(configuration[BaseUrlKey] is { Length: > 0 } configured ? configured : DefaultBaseUrl);

    /// <summary>Instruments and their provisions live on the instrument's page; everything else on its own node page.</summary>
    public string Href(NodeId id, NodeKind kind) => _base + (kind switch
    {
        NodeKind.Provision => $"/instruments/{id.Work}#{id.EId}",
        _ when kind.IsInstrument() => $"/instruments/{id.Work}",
        _ => $"/nodes/{id.Work}",
    });
}

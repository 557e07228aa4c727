namespace Legal.Server.Pages;

/// <summary>The absolute link scheme, as a service: what the API and the CLI render with (see <see cref="PageLinks.Public"/>).</summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    public PageLinks Links { get; } = PageLinks.Public(configuration);
}

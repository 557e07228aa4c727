namespace Legal.Server.Hosting;

/// <summary>
/// The one way Legal builds its host, so that the server and every CLI verb read the same configuration:
/// appsettings.json, then environment variables (<c>Corpus__Path</c>, <c>Neo4j__Uri</c> …), then the command line
/// (<c>--Corpus:Path=/srv/statutes</c>).
/// </summary>
public static class LegalHostBuilder
{
    /// <summary>
    /// The content root is the executable's own folder, which holds appsettings.json and wwwroot, so the server finds
    /// both wherever it is started from.
    /// </summary>
    public static WebApplicationBuilder Create(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
}

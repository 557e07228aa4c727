using Legal.Server.Pages;

namespace Legal.Server.Hosting;

/// <summary>Builds the web host: GraphQL, pages and health over the graph that <see cref="CorpusLoader"/> compiles at start-up.</summary>
public static class LegalWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = LegalHostBuilder.Create(args);
        // The host logs a failed start with its stack trace; RunAsync reports it in one line instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddLegalServices(builder.Configuration);
        builder.ConfigureKestrelLimits(builder.Configuration.GetSection(RequestLimits.Section).Get<RequestLimits>() ?? new RequestLimits());
        var app = builder.Build();
        app.UseLegalSecurityHeaders();
        app.UseFaultResponses();
        app.UseHeadWithoutBody();
        app.UseStoreUnavailableResponses();
        app.UseRateLimiter();
        app.UseStaticFileCodings();
        app.UseStaticFiles();
        app.MapLegalGraphQL();
        app.MapLegalHealth();
        app.MapLegalPages();
        return app;
    }

    /// <summary>Serves until stopped; a server that cannot start (the port is taken, the corpus has errors) says why in one line.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await Build(args).RunAsync();
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException or System.Net.Sockets.SocketException)
        {
            Console.Error.WriteLine($"error: {OneLine(e)}");
            return 1;
        }
    }

    /// <summary>The innermost message worth reading: Kestrel wraps "address already in use" in its own exception.</summary>
    private static string OneLine(Exception e) =>
        (e.InnerException is System.Net.Sockets.SocketException socket ? $"{e.Message.TrimEnd('.')}: {socket.Message}" : e.Message).ReplaceLineEndings(" ");
}

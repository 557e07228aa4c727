using Legal.Server.Pages;

namespace Legal.Server.Hosting;

/// <summary>Builds the web host: GraphQL, pages and health over the graph that <see cref="CorpusLoader"/> compiles at start-up.</summary>
public static class LegalWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Its own appsettings.json and wwwroot, copied beside the DLL, wherever the server is started from
            // (`dotnet src/Legal.Server/bin/Release/net10.0/Legal.Server.dll` from the repository root, a service manager …).
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Services.AddLegalServices(builder.Configuration);
        var app = builder.Build();
        app.UseLegalSecurityHeaders();
        app.UseHeadWithoutBody();
        app.UseStoreUnavailableResponses();
        app.UseStaticFiles();
        app.MapLegalGraphQL();
        app.MapLegalHealth();
        app.MapLegalPages();
        return app;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        await Build(args).RunAsync();
        return 0;
    }
}

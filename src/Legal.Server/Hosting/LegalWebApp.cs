using Legal.Server.Pages;

namespace Legal.Server.Hosting;

/// <summary>Builds the web host: GraphQL, pages and health over the graph that <see cref="CorpusLoader"/> compiles at start-up.</summary>
public static class LegalWebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = LegalHostBuilder.Create(args);
        builder.Services.AddLegalServices(builder.Configuration);
        var app = builder.Build();
        app.UseLegalSecurityHeaders();
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

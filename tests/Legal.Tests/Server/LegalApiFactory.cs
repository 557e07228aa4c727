using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Legal.Tests.Server;

/// <summary>The real server, HTTP pipeline and all, over a corpus folder of the test's choosing.</summary>
public class LegalApiFactory(string corpusPath, IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Corpus:Path", corpusPath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }

    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await CreateClient().PostAsJsonAsync("/graphql", new { query, variables });
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

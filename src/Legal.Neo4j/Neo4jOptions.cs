using System.Net.Http.Headers;
using System.Text;

namespace Legal.Neo4j;

/// <summary>
/// Where the Neo4j store is (section "Neo4j"; environment variables <c>Neo4j__Uri</c>, <c>Neo4j__User</c> …).
/// Without a <see cref="Uri"/> the server serves the embedded store.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The server's HTTP address: http://localhost:7474, or https://xxxx.databases.neo4j.io for Aura.</summary>
    public string? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token (SSO), used instead of a user and password.</summary>
    public string? Token { get; set; }

    /// <summary>The longest one HTTP call may take before it counts as the store being unavailable.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Uri);

    /// <summary>
    /// Basic with user and password, or Bearer with the token base64-encoded, as the Query API's
    /// "Authorize requests" page describes (the bearer encoding is unconfirmed against a live server).
    /// </summary>
    public AuthenticationHeaderValue? Authorization() =>
        Token is { Length: > 0 } token ? new AuthenticationHeaderValue("Bearer", Base64(token))
        : User is { Length: > 0 } user ? new AuthenticationHeaderValue("Basic", Base64($"{user}:{Password}"))
        : null;

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}

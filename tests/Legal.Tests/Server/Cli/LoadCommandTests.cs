using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Legal.Tests.Server.Cli;

/// <summary>The load verb, run as a user runs it, against a stand-in for Neo4j on a local port.</summary>
public sealed class LoadCommandTests : IDisposable
{
    private readonly HttpListener _neo4j = new();
    private readonly string _uri;
    private int _requests;

    public LoadCommandTests()
    {
        _uri = $"http://127.0.0.1:{FreePort()}/";
        _neo4j.Prefixes.Add(_uri);
        _neo4j.Start();
        _ = AnswerAsync();
    }

    public void Dispose() => _neo4j.Close();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Refuses every request as Neo4j refuses a wrong password.</summary>
    private async Task AnswerAsync()
    {
        while (_neo4j.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _neo4j.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            Interlocked.Increment(ref _requests);
            var body = Encoding.UTF8.GetBytes("""{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid credential."}]}""");
            context.Response.StatusCode = 401;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    [Fact]
    public void RefusedCredentialsStopTheLoadAtOnceSayingSo()
    {
        var (exit, stdout, stderr) = Executable.Run(
            new Dictionary<string, string?> { ["Neo4j__Uri"] = _uri, ["Neo4j__User"] = "neo4j", ["Neo4j__Password"] = "wrong" },
            "load", Fixtures.ShippedCorpus());

        Assert.Equal(1, exit);
        Assert.Contains("Neo4j refused the credentials: ", stderr);
        Assert.Contains("(Neo.ClientError.Security.Unauthorized)", stderr);
        Assert.Contains("nothing was changed", stderr);
        Assert.Equal(1, _requests);
        Assert.DoesNotContain("retrying", stdout);
    }
}

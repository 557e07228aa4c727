using Legal.Corpus;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Legal.Tests.Server.Pages;

/// <summary>The real server on a free loopback port (Kestrel, not the in-memory test server: a browser needs a socket).</summary>
public sealed class LiveServer : IDisposable
{
    private readonly LegalApiFactory _factory;

    public LiveServer(string corpusPath)
    {
        _factory = new LegalApiFactory(corpusPath);
        _factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        try
        {
            _factory.StartServer();
        }
        catch (ObjectDisposedException)
        {
            // The host stopped while starting; the usual cause is a corpus with errors, so say which.
            var diagnostics = CorpusCompiler.CompileDirectory(corpusPath).Diagnostics.Select(d => d.Format(corpusPath));
            throw new InvalidOperationException($"the server did not start:\n{string.Join("\n", diagnostics)}");
        }
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    /// <summary>Such as http://127.0.0.1:43117, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public void Dispose() => _factory.Dispose();
}

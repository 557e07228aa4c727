using Legal.Tests.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Legal.Tests.Pages;

/// <summary>The real server on a free loopback port (Kestrel, not the in-memory test server: a browser needs a socket).</summary>
public sealed class LiveServer : IDisposable
{
    private readonly LegalApiFactory _factory;

    public LiveServer(string corpusPath)
    {
        _factory = new LegalApiFactory(corpusPath);
        _factory.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().TrimEnd('/');
    }

    /// <summary>Such as http://127.0.0.1:43117, without a trailing slash.</summary>
    public string BaseUrl { get; }

    public void Dispose() => _factory.Dispose();
}

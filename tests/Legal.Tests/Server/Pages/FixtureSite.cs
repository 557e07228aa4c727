using Legal.Tests.Server;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Legal.Tests.Server.Pages;

/// <summary>The fixture corpus served on a live port, shared by the tests of one class.</summary>
public sealed class FixtureSite : IDisposable
{
    private readonly FixtureCorpusFolder _corpus = new();

    public FixtureSite() => Server = new LiveServer(_corpus.Path);

    public LiveServer Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        _corpus.Dispose();
    }
}

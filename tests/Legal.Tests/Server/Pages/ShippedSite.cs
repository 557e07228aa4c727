namespace Legal.Tests.Server.Pages;

/// <summary>The shipped corpus served on a live port, shared by the tests of one class.</summary>
public sealed class ShippedSite : IDisposable
{
    public LiveServer Server { get; } = new(Fixtures.ShippedCorpus());

    public void Dispose() => Server.Dispose();
}

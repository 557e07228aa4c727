using Microsoft.Playwright;

namespace Legal.Tests.Pages;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}

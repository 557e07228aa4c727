using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Legal.Tests.Server.Hosting;

public class WarmUpTests
{
    [Fact]
    public async Task AnInstrumentsRenderingsAreMadeBeforeTheFirstRequestAsksForThem()
    {
        using var api = new LegalApiFactory(Fixtures.ShippedCorpus());
        _ = api.Server;
        var served = api.Services.GetRequiredService<IGraphProvider>().Served;
        var rendered = new List<string>();
        foreach (var (lang, format) in new[] { (Lang.Ar, "html"), (Lang.En, "html"), (Lang.Ar, "markdown"), (Lang.En, "markdown") })
        {
            var kept = await api.Services.GetRequiredService<RenderingCache>().GetOrRenderAsync(served, NodeId.Parse("kw/law/2013/106"), lang, AsOf.OrToday(null), format,
                () => { rendered.Add($"{lang} {format}"); return Task.FromResult<string?>(null); });
            Assert.False(string.IsNullOrEmpty(kept));
        }
        Assert.Empty(rendered);
    }
}

using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Tests.Engine.Queries;

public class ObligationFinderTests
{
    private static readonly ObligationFinder Finder = new(QueryFixtures.Graph());

    private static async Task<IEnumerable<string>> Find(ObligationQuery query) => (await Finder.FindAsync(query)).Items.Select(o => o.Id.ToString());

    [Fact]
    public async Task ABankIsBoundByWhatBindsFinancialInstitutions() =>
        Assert.Equal(["obligation/kw/report-suspicious-transactions"], await Find(new ObligationQuery(Subject: NodeId.Parse("sector/banks"))));

    [Fact]
    public async Task ALawyerIsNotBoundByWhatBindsBanks() =>
        Assert.Equal(["obligation/kw/lawyers-may-refuse"], await Find(new ObligationQuery(Subject: NodeId.Parse("sector/lawyers"))));

    [Fact]
    public async Task FiltersBySupervisorAndDeontic()
    {
        Assert.Equal(["obligation/kw/report-suspicious-transactions"], await Find(new ObligationQuery(Supervisor: NodeId.Parse("org/cbk"))));
        Assert.Equal(["obligation/kw/lawyers-may-refuse"], await Find(new ObligationQuery(Deontic: Deontic.Permission)));
    }

    [Fact]
    public async Task NothingAppliesBeforeTheLawImposingItTookEffect()
    {
        Assert.Empty(await Find(new ObligationQuery(Subject: NodeId.Parse("sector/banks"), AsOf: new DateOnly(2000, 1, 1))));
        Assert.NotEmpty(await Find(new ObligationQuery(Subject: NodeId.Parse("sector/banks"), AsOf: new DateOnly(2020, 1, 1))));
    }

    [Fact]
    public async Task ResultsArePagedWithCursors()
    {
        var first = await Finder.FindAsync(new ObligationQuery(First: 1));
        Assert.Equal((2, true), (first.TotalCount, first.HasNextPage));
        var second = await Finder.FindAsync(new ObligationQuery(First: 1, After: first.EndCursor));
        Assert.False(second.HasNextPage);
        Assert.NotEqual(first.Items[0].Id, second.Items[0].Id);
    }

    [Fact]
    public async Task ATopicMatchesThroughTheImposingProvision()
    {
        Assert.Equal(2, (await Find(new ObligationQuery(Topic: NodeId.Parse("topic/terrorist-financing")))).Count());
        Assert.Empty(await Find(new ObligationQuery(Topic: NodeId.Parse("topic/proliferation"))));
    }
}

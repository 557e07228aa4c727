using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Tests.Engine.Queries;

public class ObligationFinderTests
{
    private static readonly ObligationFinder Finder = new(QueryFixtures.Graph());

    private static async Task<IEnumerable<string>> Find(ObligationQuery query) => (await Finder.FindAsync(query)).Items.Select(m => m.Obligation.Id.ToString());

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
        Assert.NotEqual(first.Items[0].Obligation.Id, second.Items[0].Obligation.Id);
    }

    [Fact]
    public async Task ATopicMatchesThroughTheImposingProvision()
    {
        Assert.Equal(2, (await Find(new ObligationQuery(Topic: NodeId.Parse("topic/terrorist-financing")))).Count());
        Assert.Empty(await Find(new ObligationQuery(Topic: NodeId.Parse("topic/proliferation"))));
    }

    [Fact]
    public async Task ABankSeesWhichGroupEachDutyCameThroughAndOnlyItsOwnSupervisor()
    {
        var match = (await Finder.FindAsync(new ObligationQuery(Subject: NodeId.Parse("sector/banks")))).Items.Single();
        Assert.Equal(NodeId.Parse("sector/financial-institutions"), match.BoundAs);
        Assert.Equal([NodeId.Parse("org/cbk")], match.Supervisors);
        Assert.Equal(NodeId.Parse("kw/law/2013/106#art_12"), match.Supervision.Single().Basis);
    }

    [Fact]
    public async Task ASectorWithNoDesignatedSupervisorGetsNone() =>
        Assert.Empty((await Finder.FindAsync(new ObligationQuery(Subject: NodeId.Parse("sector/lawyers")))).Items.Single().Supervisors);

    [Fact]
    public async Task WithoutASubjectAGroupsDutyIsSupervisedByTheBodiesDesignatedForItsParts()
    {
        var match = (await Finder.FindAsync(new ObligationQuery(Deontic: Deontic.Obligation))).Items.Single();
        Assert.Null(match.BoundAs);
        Assert.Equal([NodeId.Parse("org/cbk")], match.Supervisors);
    }
}

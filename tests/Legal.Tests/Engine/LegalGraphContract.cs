using Legal.Corpus;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using Legal.Engine.References;

namespace Legal.Tests.Engine;

/// <summary>
/// The query contract, checked the same way against every store: what each answers must be what the corpus says.
/// Expectations come from the compiled corpus itself, never from another store.
/// </summary>
public abstract class LegalGraphContract
{
    /// <summary>
    /// The test fixtures plus a state in two bodies (chairing one twice, for two terms), a law repealing another,
    /// and a resolution with a disputed date.
    /// </summary>
    public static readonly LegalCorpus Corpus = Fixtures.Compile(
        ("sources/test-source.md", Fixtures.Source),
        ("org/test-fiu.md", Fixtures.Fiu),
        ("kw/law.md", Fixtures.Law),
        ("org/test-forum.md", """
            ---
            id: org/test-forum
            kind: framework
            title: {en: Test Forum, ar: المنتدى}
            sources: [test-source]
            ---
            """),
        ("states/kw.md", """
            ---
            id: state/kw
            kind: state
            jurisdiction: KW
            title: {en: Kuwait, ar: الكويت}
            sources: [test-source]
            relations:
              - member_of: org/test-forum
              - chairs: org/test-forum
                from: 2018
                until: 2020
                role: {en: chair, ar: رئيس}
              - chairs: org/test-forum
                from: 2024-03
                note: a second term
              - member_of: org/test-fiu
            ---
            """),
        ("kw/law-2002-35.md", """
            ---
            id: kw/law/2002/35
            kind: law
            jurisdiction: KW
            number: "35"
            title: {en: Old Law}
            sources: [test-source]
            in_force: {from: 2002-03-10, until: 2025-02-01}
            ---
            """),
        ("kw/law-2025-1.md", """
            ---
            id: kw/law/2025/1
            kind: law
            jurisdiction: KW
            number: "1"
            title: {en: New Law}
            sources: [test-source]
            in_force: {from: 2025-02}
            relations:
              - repeals: kw/law/2002/35
            ---
            """),
        ("un/scr-1373.md", Fixtures.ResolutionWithDisputedDate),
        ("topics/tf.md", """
            ---
            id: topic/terrorist-financing
            kind: topic
            title: {en: Terrorist financing, ar: تمويل الإرهاب}
            aliases: [TF, financing of terrorism]
            sources: [test-source]
            ---
            """),
        ("fatf/rec-5.md", """
            ---
            id: fatf/rec/5
            kind: standard
            jurisdiction: FATF
            number: "5"
            title: {en: "Recommendation 5: The terrorist financing offence", ar: "التوصية 5: جريمة تمويل الإرهاب"}
            sources: [test-source]
            ---

            ::: en
            Countries should make terrorist financing an offence.
            :::
            """),
        ("kw/law-2020-9.md", """
            ---
            id: kw/law/2020/9
            kind: law
            jurisdiction: KW
            number: "9"
            title: {en: Test Offences Law, ar: قانون الجرائم}
            sources: [test-source]
            ---

            ### Article 1 {#art_1}

            ```meta
            relations:
              - about: topic/terrorist-financing
              - maps_to: fatf/rec/5
            ```

            ::: en
            Makes it an offence to provide or collect funds for a terrorist act.
            :::

            ::: ar
            يجرّم تقديم الأموال أو جمعها لعمل إرهابي.
            :::

            ### Article 2 {#art_2}

            ::: en
            Sets the penalty for the offence in Article 1.
            :::
            """)).Corpus ?? throw new InvalidOperationException("the contract corpus must compile");

    protected abstract ILegalGraph Graph { get; }

    private static readonly NodeId Kuwait = NodeId.Parse("state/kw");
    private static readonly NodeId Forum = NodeId.Parse("org/test-forum");
    private static readonly NodeId Law = NodeId.Parse("kw/law/2013/106");

    private static IEnumerable<string> Written(IEnumerable<Relation> relations) => relations.Select(e => Describe.Of(e));

    [ContractFact]
    public async Task EveryNodeComesBackWithEveryFieldAsCompiled()
    {
        var found = await Graph.GetManyAsync([.. Corpus.Nodes.Keys, NodeId.Parse("org/missing")]);

        Assert.Equal(Corpus.Nodes.Keys.Select(k => k.ToString()).Order(), found.Keys.Select(k => k.ToString()).Order());
        Assert.All(Corpus.Nodes.Values, n => Assert.Equal(Describe.Of(n), Describe.Of(found[n.Id])));
    }

    [ContractFact]
    public async Task AskingForNoIdsOrUnknownIdsFindsNothing()
    {
        Assert.Empty(await Graph.GetManyAsync([]));
        Assert.Empty(await Graph.GetManyAsync([NodeId.Parse("org/missing")]));
        Assert.Empty(await Graph.RelationsAsync([NodeId.Parse("org/missing")], Direction.Both));
    }

    [ContractFact]
    public async Task OutgoingRelationsComeInTheCorpussOrderKeepingTwoTermsApart()
    {
        var relations = await Graph.RelationsAsync([Kuwait], Direction.Out);

        Assert.Equal(Written(Corpus.Relations.Where(e => e.From == Kuwait)), Written(relations));
        Assert.Equal(2, relations.Count(e => e.Type == RelationKind.Chairs));
    }

    [ContractFact]
    public async Task BothDirectionsGiveOutgoingThenIncomingForEachIdInTurn()
    {
        var relations = await Graph.RelationsAsync([Forum, Kuwait], Direction.Both);

        var expected = new[] { Forum, Kuwait }.SelectMany(id => Corpus.Relations.Where(e => e.From == id))
            .Concat(new[] { Forum, Kuwait }.SelectMany(id => Corpus.Relations.Where(e => e.To == id)));
        Assert.Equal(Written(expected), Written(relations));
    }

    [ContractFact]
    public async Task RelationsCanBeLimitedToSomeTypes()
    {
        var types = new HashSet<RelationKind> { RelationKind.PartOf };

        var relations = await Graph.RelationsAsync([Law], Direction.In, types);

        Assert.Equal(Written(Corpus.Relations.Where(e => e.To == Law && e.Type == RelationKind.PartOf)), Written(relations));
        Assert.NotEmpty(relations);
    }

    [ContractFact]
    public async Task ChildrenAndDescendantsComeInDocumentOrder()
    {
        var children = (await Graph.DescendantsAsync(Law.Provision("part_1"))).Where(n => n.Parent == Law.Provision("part_1"));
        var descendants = await Graph.DescendantsAsync(Law);

        Assert.Equal(["art_1", "art_2", "art_3"], children.Select(n => n.Id.EId?.ToString()));
        Assert.Contains(descendants, n => n.Id.EId?.ToString() == "art_2__para_1");
        Assert.Equal(descendants.OrderBy(n => n.Order).Select(n => n.Id), descendants.Select(n => n.Id));
    }

    [ContractFact]
    public async Task PagingWalksEveryNodeOnceInIdOrder()
    {
        var seen = new List<string>();
        string? after = null;
        Page<Node> page;
        do
        {
            page = await Graph.ListAsync(new NodeQuery(First: 3, After: after));
            Assert.Equal(Corpus.Nodes.Count, page.TotalCount);
            seen.AddRange(page.Items.Select(n => n.Id.ToString()));
            after = page.EndCursor;
        } while (page.HasNextPage);

        Assert.Equal(Corpus.Nodes.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal), seen);
    }

    [ContractFact]
    public async Task ACursorNeedNotNameANodeThatStillExists()
    {
        var page = await Graph.ListAsync(new NodeQuery(First: 1, After: Paging.Encode("org/test-fiu-gone")));

        Assert.Equal("org/test-forum", page.Items.Single().Id.ToString());
    }

    [ContractFact]
    public async Task ListingFiltersByKindAndByJurisdictionIgnoringCase()
    {
        var page = await Graph.ListAsync(new NodeQuery(new HashSet<NodeKind> { NodeKind.Law, NodeKind.UnResolution, NodeKind.State }, "kw"));

        Assert.Equal(["kw/law/2002/35", "kw/law/2013/106", "kw/law/2020/9", "kw/law/2025/1", "state/kw"], page.Items.Select(n => n.Id.ToString()));
        Assert.Equal((5, false), (page.TotalCount, page.HasNextPage));
    }

    [ContractFact]
    public async Task AnEmptyPageHasNoCursorButSaysWhetherMoreFollow()
    {
        var page = await Graph.ListAsync(new NodeQuery(First: 0));

        Assert.Empty(page.Items);
        Assert.Null(page.EndCursor);
        Assert.True(page.HasNextPage);
        Assert.Equal(Corpus.Nodes.Count, page.TotalCount);
    }

    [ContractFact]
    public async Task APageSizeOutOfRangeOrACursorNotOursIsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Graph.ListAsync(new NodeQuery(First: Paging.MaxPageSize + 1)));
        await Assert.ThrowsAsync<ArgumentException>(() => Graph.ListAsync(new NodeQuery(After: "%%%")));
    }

    [ContractFact]
    public async Task DisputesListEveryFieldOnWhichClaimsDisagree()
    {
        var disputes = await Graph.DisputesAsync();

        Assert.Equal(Corpus.Disputes.Select(d => Describe.Of(d)), disputes.Select(d => Describe.Of(d)));
        Assert.Equal("un/scr/1373", Assert.Single(disputes).Node.ToString());
    }

    [ContractFact]
    public async Task ChangesInAPeriodAreThoseTheCorpusRecordsInDateOrder()
    {
        var (since, until) = (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

        var changes = await Graph.ChangesAsync(since, until);

        var expected = Timeline.Of(Corpus.Nodes.Values).Where(c => Timeline.Within(c, since, until));
        Assert.Equal(expected.Select(c => Describe.Of(c)), changes.Select(c => Describe.Of(c)));
        Assert.Contains(changes, c => c.Target == Law.Provision("art_3") && c.Kind == ChangeKind.Amended);
        Assert.Contains(changes, c => c.Kind == ChangeKind.Repealed && c.By == NodeId.Parse("kw/law/2025/1"));
    }

    [ContractFact]
    public async Task SearchFindsANodeByAnEnglishWordOrByArabicTypedWithoutDiacritics()
    {
        var english = await Graph.SearchAsync(new SearchQuery("forum"));
        var arabic = await Graph.SearchAsync(new SearchQuery("المنتدى", Lang.Ar));

        Assert.Contains(english.Items, h => h.Node.Id == Forum);
        Assert.Contains(arabic.Items, h => h.Node.Id == Forum);
        Assert.All(english.Items, h => Assert.False(string.IsNullOrEmpty(h.Snippet.Text)));
    }

    [ContractFact]
    public async Task SearchCanBeLimitedToSomeKindsAndRefusesAQueryWithoutWords()
    {
        var hits = await Graph.SearchAsync(new SearchQuery("test", Kinds: new HashSet<NodeKind> { NodeKind.Institution }));

        Assert.Equal(["org/test-fiu"], hits.Items.Select(h => h.Node.Id.ToString()));
        await Assert.ThrowsAsync<ArgumentException>(() => Graph.SearchAsync(new SearchQuery("  ")));
    }

    [ContractFact]
    public async Task SearchRanksTheNationalOffenceFirstForItsNameInEitherLanguageAndTheCitedArticleFirst()
    {
        var offence = NodeId.Parse("kw/law/2020/9#art_1");
        foreach (var query in new[] { "terrorist financing offence", "تمويل الارهاب", "what is the TF offence" })
        {
            var hits = (await Graph.SearchAsync(new SearchQuery(query))).Items.Select(h => h.Node.Id).ToList();
            Assert.True(offence == hits.FirstOrDefault(), $"{query}: {string.Join(", ", (await Graph.SearchAsync(new SearchQuery(query))).Items.Select(h => $"{h.Node.Id} {h.Score}"))}");
            // The standard the article carries out still answers, below it; the vocabulary's topic is no hit.
            Assert.Contains(NodeId.Parse("fatf/rec/5"), hits);
            Assert.DoesNotContain(NodeId.Parse("topic/terrorist-financing"), hits);
        }
        var cited = await Graph.SearchAsync(new SearchQuery("Article 2 of Law No. 9 of 2020"));
        Assert.Equal(NodeId.Parse("kw/law/2020/9#art_2"), cited.Items[0].Node.Id);
        // Any of the words answers: a question is not "nothing matches".
        Assert.NotEmpty((await Graph.SearchAsync(new SearchQuery("which penalty applies to funds for a terrorist"))).Items);
    }

    [ContractFact]
    public async Task CitationsAreRecognisedWhetherOrNotTheGraphHoldsThem()
    {
        var citations = await Graph.CitationsAsync("See Article 1 of Law No. 9 of 2020, Oman's Royal Decree 30/2016 and S/RES/1373 (2002).");

        Assert.Equal(["kw/law/2020/9#art_1", null, "un/scr/1373"], citations.Select(c => c.Target?.ToString()));
        Assert.Equal(("OM", true), (citations[1].Jurisdiction, citations[1].Foreign));
        Assert.Equal(CitationProblem.WrongYear, Assert.Single(citations[2].Warnings).Problem);
    }

    [ContractFact]
    public async Task ReferencesInATextAreThoseTheCorpusNames()
    {
        const string text = "As Security Council resolution 1373 (2001) requires, see Law No. 106 of 2013.";

        var found = await Graph.ExtractReferencesAsync(text);

        var expected = new ReferenceExtractor(Corpus.Nodes.Values).Extract(text);
        Assert.Equal(expected.Select(r => Describe.Of(r)), found.Select(r => Describe.Of(r)));
        Assert.NotEmpty(found);
    }
}

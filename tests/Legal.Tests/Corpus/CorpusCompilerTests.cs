using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Tests.Corpus;

public class CorpusCompilerTests
{
    private static readonly NodeId Law = NodeId.Parse("kw/law/2013/106");

    [Fact]
    public void HeadingsBecomeProvisionsNestedByLevelInDocumentOrder()
    {
        var corpus = Fixtures.Corpus();
        var provisions = corpus.Nodes.Values.Where(n => n.Kind == NodeKind.Provision).OrderBy(n => n.Order).ToList();
        Assert.Equal(["part_1", "art_1", "art_2", "art_2__para_1", "art_3"], provisions.Select(p => p.Id.EId?.ToString()));
        Assert.Equal(Law.Provision("part_1"), corpus.Nodes[Law.Provision("art_1")].Parent);
        Assert.Equal(Law.Provision("art_2"), corpus.Nodes[Law.Provision("art_2__para_1")].Parent);
        Assert.Equal(Law, corpus.Nodes[Law.Provision("part_1")].Parent);
    }

    [Fact]
    public void ProvisionTitlesCarryTheirLabelInBothLanguages()
    {
        var article = Fixtures.Corpus().Nodes[Law.Provision("art_2")];
        Assert.Equal("Article 2 — The unit", article.Title.En);
        Assert.Equal("المادة 2 — الوحدة", article.Title.Ar);
        Assert.Equal("الباب الأول — أحكام عامة", Fixtures.Corpus().Nodes[Law.Provision("part_1")].Title.Ar);
    }

    [Fact]
    public void LinksBecomeTypedRelationsOnceEvenWhenBothLanguagesMakeThem()
    {
        var relations = Fixtures.Corpus().Relations.Where(e => e.From == Law.Provision("art_2")).ToList();
        Assert.Single(relations, e => e.Type == RelationKind.Establishes && e.To == NodeId.Parse("org/test-fiu"));
        Assert.Single(relations, e => e.Type == RelationKind.Cites && e.To == Law.Provision("art_1"));
    }

    [Fact]
    public void AnArticleWithoutItsOwnSourcesIsUnsourcedWhileItsParagraphsDutiesAndRelationsTakeAnArticlesOwn()
    {
        var corpus = Fixtures.CompileWith("kw/law.md", """
            ---
            id: kw/law/2013/106
            kind: law
            title: {en: Test Law}
            sources: [test-source]
            ---

            ## Article 1 {#art_1}

            ::: en
            Defines [the unit](org/test-fiu).
            :::

            ## Article 2 {#art_2}

            ```meta
            sources: [test-source]
            obligations:
              - {id: obligation/kw/report, deontic: obligation, binds: [org/test-fiu], action: {en: Report}}
            ```

            ::: en
            Establishes [the unit](org/test-fiu "establishes").
            :::

            ### Paragraph 1 {#art_2__para_1}

            ::: en
            The first paragraph.
            :::
            """).Corpus!;
        var source = NodeId.Parse("src/test-source");
        Assert.Empty(corpus.Nodes[Law.Provision("art_1")].Sources);
        Assert.Empty(corpus.Relations.Single(e => e.From == Law.Provision("art_1") && e.Type == RelationKind.Cites).Sources);
        Assert.Equal([source], corpus.Nodes[Law.Provision("art_2__para_1")].Sources);
        Assert.Equal([source], corpus.Nodes[NodeId.Parse("obligation/kw/report")].Sources);
        Assert.Equal([source], corpus.Relations.Single(e => e.From == Law.Provision("art_2") && e.Type == RelationKind.Establishes).Sources);
    }

    [Fact]
    public void ASourceWithoutAGradeAndASupervisionWithoutABasisAreErrors()
    {
        var ungraded = Fixtures.CompileWith("sources/ungraded.md", """
            ---
            id: src/ungraded
            kind: source
            title: {en: Ungraded}
            publisher: Someone
            ---
            """);
        var baseless = Fixtures.CompileWith("org/cbk.md", """
            ---
            id: org/cbk
            kind: institution
            title: {en: Central Bank}
            sources: [test-source]
            relations:
              - supervises: sector/banks
            ---
            """);
        Assert.Contains(ungraded.Diagnostics, d => d.Origin.Path == "sources/ungraded.md" && d.Message.Contains("'grade'"));
        Assert.Contains(baseless.Diagnostics, d => d.Origin.Path == "org/cbk.md" && d.Message.Contains("'basis'"));
    }

    [Fact]
    public void AFigureKeepsHowTheSourceStatesIt()
    {
        var corpus = Fixtures.CompileWith("events/meeting.md", """
            ---
            id: event/meeting
            kind: event
            title: {en: A meeting}
            sources: [test-source]
            figures: {participants: {value: 450, qualifier: more_than}, ministers: 33}
            ---
            """).Corpus!;
        var figures = corpus.Nodes[NodeId.Parse("event/meeting")].Figures;
        NodeId[] nodeSources = [NodeId.Parse("src/test-source")];
        Assert.Equal(new Figure(450, FigureQualifier.MoreThan) { Sources = nodeSources }, figures["participants"]);
        Assert.Equal(new Figure(33, FigureQualifier.Exact) { Sources = nodeSources }, figures["ministers"]);
    }

    [Fact]
    public void AFigureCitesItsOwnSourcesWhenOnlySomeOfTheNodesGiveIt()
    {
        var result = Fixtures.Compile(
            ("sources/test-source.md", Fixtures.Source),
            ("sources/other-source.md", Fixtures.Source.Replace("src/test-source", "src/other-source")),
            ("events/meeting.md", """
                ---
                id: event/meeting
                kind: event
                title: {en: A meeting}
                sources: [test-source, other-source]
                figures: {ministers: {value: 33, sources: [other-source]}}
                ---
                """));
        Assert.Equal([NodeId.Parse("src/other-source")], result.Corpus?.Nodes[NodeId.Parse("event/meeting")].Figures["ministers"].Sources ?? []);
    }

    [Fact]
    public void ObligationsInAMetaBlockAreImposedByTheirProvisionAndBindTheirSubjects()
    {
        var corpus = Fixtures.Corpus();
        var obligation = corpus.Nodes[NodeId.Parse("obligation/kw/report")];
        Assert.Equal(Deontic.Obligation, obligation.Deontic);
        Assert.Equal("الإبلاغ", obligation.Title.Ar);
        Assert.Contains(corpus.Relations, e => e.Type == RelationKind.Imposes && e.From == Law.Provision("art_2") && e.To == obligation.Id);
        Assert.Contains(corpus.Relations, e => e.Type == RelationKind.Binds && e.From == obligation.Id && e.To == NodeId.Parse("org/test-fiu"));
    }

    [Fact]
    public void VersionsGiveTheWordingInForceOnADate()
    {
        var article = Fixtures.Corpus().Nodes[Law.Provision("art_3")];
        Assert.Equal("The old wording.", InForce.VersionOn(article, new DateOnly(2025, 5, 31))!.Summary.En);
        Assert.Equal("The new wording.", InForce.VersionOn(article, new DateOnly(2025, 6, 1))!.Summary.En);
    }

    [Fact]
    public void ClaimsThatDisagreeBecomeADisputeAndAgreeingClaimsDoNot()
    {
        var fiu = Fixtures.Fiu.Replace("sources: [test-source]", """
            sources: [test-source]
            claims:
              - {field: date, value: 2023-10, sources: [test-source]}
              - {field: date, value: 2024-10, sources: [test-source], note: the later report}
              - {field: figures.staff, value: "40", sources: [test-source]}
              - {field: figures.staff, value: "40", sources: [test-source]}
            """);
        var corpus = Fixtures.CompileWith("org/test-fiu.md", fiu).Corpus!;
        var dispute = Assert.Single(corpus.Disputes);
        Assert.Equal(("org/test-fiu", "date"), (dispute.Node.ToString(), dispute.Field));
        Assert.Equal(["2023-10", "2024-10"], dispute.Claims.Select(c => c.Value));
    }

    [Fact]
    public void TheContentHashDependsOnTheFilesAloneNotTheirOrder()
    {
        (string, string)[] files = [("sources/test-source.md", Fixtures.Source), ("org/test-fiu.md", Fixtures.Fiu), ("kw/law.md", Fixtures.Law)];
        var hash = Fixtures.Compile(files).Corpus!.ContentHash;
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, Fixtures.Compile([.. files.Reverse()]).Corpus!.ContentHash);
        Assert.Equal(hash, Fixtures.Compile([.. files.Select(f => (f.Item1, f.Item2.ReplaceLineEndings("\r\n")))]).Corpus!.ContentHash);
        Assert.NotEqual(hash, Fixtures.Compile([.. files.Select(f => (f.Item1, f.Item2.Replace("Test FIU", "Test Unit")))]).Corpus!.ContentHash);
    }
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Legal.Corpus;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;

namespace Legal.Tests.Server.GraphQL;

/// <summary>What a newcomer sees from the corpus we ship: it compiles, every node is sourced, and the documented questions answer.</summary>
public sealed class ShippedCorpusTests : IDisposable
{
    private static readonly Lazy<CompileResult> Compiled = new(() => CorpusCompiler.CompileDirectory(Fixtures.ShippedCorpus()));
    private readonly LegalApiFactory _api = new(Fixtures.ShippedCorpus());

    public void Dispose() => _api.Dispose();

    private static LegalCorpus Corpus
    {
        get
        {
            var result = Compiled.Value;
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(30)));
            return result.Corpus!;
        }
    }

    [Fact]
    public void EveryNodeCitesAtLeastOneSource() =>
        Assert.Empty(Corpus.Nodes.Values.Where(n => n.Kind != NodeKind.Source && n.Sources.Count == 0).Select(n => n.Id.ToString()));

    [Fact]
    public void EverySourceNamesItsPublisherAndTitle() =>
        Assert.Empty(Corpus.Nodes.Values.Where(n => n.Kind == NodeKind.Source && (n.Publisher is null || n.Title.IsEmpty)).Select(n => n.Id.ToString()));

    [Fact]
    public async Task TheLawAnswersWithItsArabicMarkdownListingItsArticles()
    {
        var response = await _api.QueryAsync("""{ instrument(id: "kw/law/2013/106") { id title(lang: EN) markdown(lang: AR) } }""");
        var markdown = response["data"]!["instrument"]!["markdown"]!.GetValue<string>();
        Assert.StartsWith("# القانون رقم 106 لسنة 2013", markdown);
        Assert.Contains("المادة 16", markdown);
        Assert.Contains("المادة 44", markdown);
    }

    [Fact]
    public async Task TheTftcListsItsMemberStatesAndItsSources()
    {
        var response = await _api.QueryAsync("""{ institution(id: "org/tftc") { members { id } sources { publisher } } }""");
        var tftc = response["data"]!["institution"]!;
        var members = tftc["members"]!.AsArray().Select(m => m!["id"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "state/kw", "state/sa", "state/us", "state/qa", "state/ae", "state/bh", "state/om" }, members.ToHashSet());
        Assert.NotEmpty(tftc["sources"]!.AsArray());
    }

    [Fact]
    public async Task SecurityCouncilResolution2379Resolves()
    {
        var response = await _api.QueryAsync("""{ node(id: "un/scr/2379") { id kind title } }""");
        Assert.Equal("UN_RESOLUTION", response["data"]!["node"]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Article25ReadsDifferentlyBeforeAndAfterTheDecreeLawOf2025()
    {
        var response = await _api.QueryAsync("""
            { before: provision(id: "kw/law/2013/106#art_25") { summary(asOf: "2024-01-01") }
              after: provision(id: "kw/law/2013/106#art_25") { summary(asOf: "2025-12-31") version(asOf: "2025-12-31") { amendedBy { id } } } }
            """);
        var data = response["data"]!;
        Assert.NotEqual(data["before"]!["summary"]!.GetValue<string>(), data["after"]!["summary"]!.GetValue<string>());
        Assert.Equal("kw/decree-law/2025/76", data["after"]!["version"]!["amendedBy"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangesOver2025ListTheDecreeLawAmendingArticle25()
    {
        var response = await _api.QueryAsync("""{ changes(since: "2025-01-01", until: "2025-12-31") { kind target { id } by { id } } }""");
        Assert.Contains(response["data"]!["changes"]!.AsArray(), c =>
            c!["target"]!["id"]!.GetValue<string>() == "kw/law/2013/106#art_25" && c["by"]?["id"]?.GetValue<string>() == "kw/decree-law/2025/76");
    }

    [Theory]
    [InlineData("org/tftc")]
    [InlineData("org/kw-fiu")]
    [InlineData("org/kw-mofa")]
    [InlineData("org/kw-sc-committee")]
    [InlineData("org/unoct")]
    [InlineData("org/unodc")]
    [InlineData("org/interpol")]
    [InlineData("org/unitad")]
    [InlineData("fw/gctf")]
    [InlineData("fw/gctf-east-africa-wg")]
    [InlineData("fw/dushanbe-process")]
    [InlineData("fw/global-coalition-daesh")]
    [InlineData("fw/coalition-communications-wg")]
    [InlineData("kw/law/2013/106")]
    [InlineData("kw/law/2002/35")]
    [InlineData("kw/mr/2013/37")]
    [InlineData("un/scr/2379")]
    [InlineData("person/hamad-al-mashaan")]
    [InlineData("person/nasser-al-subaih")]
    [InlineData("person/badr-al-munaikh")]
    [InlineData("person/abdullah-al-yahya")]
    public void EverythingTheSeedArticlesNameIsInTheCorpus(string id) => Assert.Contains(NodeId.Parse(id), Corpus.Nodes.Keys);

    [Fact]
    public async Task TheSeedArticlesDisagreementsAreOpenDisputes()
    {
        var response = await _api.QueryAsync("""{ disputes { node { id } field claims { value } } }""");
        Assert.NotEmpty(response["data"]!["disputes"]!.AsArray());
    }

    [Theory]
    [InlineData("sector/banks", "org/cbk")]
    [InlineData("sector/exchange-companies", "org/cbk")]
    [InlineData("sector/investment-companies", "org/cma")]
    [InlineData("sector/insurance-companies", "org/moci")]
    [InlineData("sector/real-estate-brokers", "org/moci")]
    [InlineData("sector/precious-metals-dealers", "org/moci")]
    [InlineData("sector/accountants", "org/moci")]
    [InlineData("sector/lawyers", "org/kw-bar-association")]
    [InlineData("sector/tcsps")]
    [InlineData("sector/cross-border-travellers", "org/kw-customs")]
    [InlineData("sector/financial-institutions", "org/cbk", "org/cma", "org/moci")]
    [InlineData("sector/dnfbps", "org/kw-bar-association", "org/moci")]
    public async Task EveryDutyOfASectorIsSupervisedExactlyByTheBodiesDesignatedForIt(string sector, params string[] supervisors)
    {
        var response = await _api.QueryAsync("""
            query($s: ID) { obligations(subject: $s, first: 100) { totalCount nodes { id supervisors { id } supervision { basis { id } sources { id } } } } }
            """, new { s = sector });
        var duties = response["data"]!["obligations"]!["nodes"]!.AsArray();
        Assert.NotEmpty(duties);
        Assert.All(duties, d => Assert.Equal(supervisors, d!["supervisors"]!.AsArray().Select(s => s!["id"]!.GetValue<string>())));
        Assert.All(duties.SelectMany(d => d!["supervision"]!.AsArray()), s => Assert.NotEmpty(s!["sources"]!.AsArray()));
    }

    [Fact]
    public void EverySectorInTheCorpusHasItsSupervisorsCheckedAbove() =>
        Assert.Equal(13, Corpus.Nodes.Values.Count(n => n.Kind == NodeKind.Sector));

    [Fact]
    public async Task TheFreezingDutyOfArticle25BindsBanksAsPersonsAndIsFinedUnderArticle33Bis()
    {
        var response = await _api.QueryAsync("""
            { obligations(subject: "sector/banks", first: 100) { nodes { id boundAs { id } legalBasis { id } penalties { id } } } }
            """);
        var freezing = response["data"]!["obligations"]!["nodes"]!.AsArray()
            .Single(d => d!["legalBasis"]!.AsArray().Any(b => b!["id"]!.GetValue<string>() == "kw/law/2013/106#art_25"))!;
        Assert.Equal("sector/all-persons", freezing["boundAs"]!["id"]!.GetValue<string>());
        Assert.Equal("kw/law/2013/106#art_33bis", freezing["penalties"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void FewArticlesOfLaw106CiteTheLawsWholeSourceList()
    {
        var law = Corpus.Nodes[NodeId.Parse("kw/law/2013/106")];
        var articles = Corpus.Nodes.Values.Where(n => n.Id.Work == law.Id.Work && n.Id.EId?.Last.Element == "art").ToList();
        var borrowed = articles.Where(a => a.Sources.ToHashSet().SetEquals(law.Sources)).Select(a => a.Id.ToString()).ToList();
        Assert.True(borrowed.Count * 10 < articles.Count, string.Join(", ", borrowed));
        Assert.Empty(Corpus.Nodes.Values.Where(n => n.Kind == NodeKind.Source && n.Grade is null).Select(n => n.Id.ToString()));
    }

    [Fact]
    public async Task ParticipantCountsKeepTheirMoreThan()
    {
        var response = await _api.QueryAsync("""{ node(id: "event/dushanbe-conference-kuwait-2024") { ... on Event { figures { name value qualifier } } } }""");
        var participants = response["data"]!["node"]!["figures"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "participants")!;
        Assert.Equal((450, "MORE_THAN"), (participants["value"]!.GetValue<long>(), participants["qualifier"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AFigureCitesOnlyTheSourcesThatGiveIt()
    {
        var response = await _api.QueryAsync("""{ node(id: "event/dushanbe-conference-kuwait-2024") { sources { id } ... on Event { figures { name sourcing sources { id } } } } }""");
        var node = response["data"]!["node"]!;
        var organisations = node["figures"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "civil_society_organisations")!;
        var cited = organisations["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        Assert.Equal("SOURCED", organisations["sourcing"]!.GetValue<string>());
        Assert.Contains("src/khaleejnas-dushanbe-2024", cited);
        Assert.True(cited.Count < node["sources"]!.AsArray().Count, "the figure cites the event's whole source list");
    }

    [Fact]
    public async Task AnArticleRestingOnlyOnLowGradeSourcesIsFlagged()
    {
        var response = await _api.QueryAsync("""{ provision(id: "kw/law/2013/106#art_5") { sourcing sources { grade } } }""");
        Assert.Equal("LOW_GRADE_ONLY", response["data"]!["provision"]!["sourcing"]!.GetValue<string>());
    }

    [Fact]
    public async Task KuwaitsEvaluationsListBothMutualEvaluationsAndBothListingsWithTheActionPlan()
    {
        var response = await _api.QueryAsync("""
            { evaluations(country: "state/kw") { event { id } technicalCompliance { name value } ratings { rating } actionPlan { text concerns { id } sources { id } } followsFrom { id } } }
            """);
        var evaluations = response["data"]!["evaluations"]!.AsArray();
        Assert.Equal(["event/kw-mutual-evaluation-2011", "event/fatf-monitoring-kuwait-2012-2015", "event/kw-mutual-evaluation-2024", "event/fatf-increased-monitoring-kuwait-2026"],
            evaluations.Select(e => e!["event"]!["id"]!.GetValue<string>()));
        var totals = evaluations[2]!["technicalCompliance"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!["value"]!.GetValue<long>());
        Assert.Equal(40, totals.Values.Sum());
        var listing = evaluations[3]!;
        Assert.Equal("event/kw-mutual-evaluation-2024", listing["followsFrom"]![0]!["id"]!.GetValue<string>());
        Assert.Contains(listing["actionPlan"]!.AsArray(), i => i!["concerns"]!.AsArray().Any(c => c!["id"]!.GetValue<string>() == "sector/real-estate-brokers"));
        Assert.All(listing["actionPlan"]!.AsArray(), i => Assert.NotEmpty(i!["sources"]!.AsArray()));
    }

    [Fact]
    public async Task WhenKuwaitWasGreyListedAndWhatItMustDoAnswerWithTheDateAnOfficialSourceAndTheSectorsConcerned()
    {
        var response = await _api.QueryAsync("""
            { listing: node(id: "event/fatf-increased-monitoring-kuwait-2026") { ... on Event { date sources { grade } } }
              earlier: node(id: "event/fatf-monitoring-kuwait-2012-2015") { ... on Event { date endDate } }
              evaluations(country: "state/kw") { event { id } actionPlan { concerns { id } } } }
            """);
        var data = response["data"]!;
        Assert.Equal("2026-02-13", data["listing"]!["date"]!.GetValue<string>());
        Assert.Contains(data["listing"]!["sources"]!.AsArray(), s => s!["grade"]!.GetValue<string>() == "OFFICIAL");
        Assert.Equal(("2012", "2015-02-27"), (data["earlier"]!["date"]!.GetValue<string>(), data["earlier"]!["endDate"]!.GetValue<string>()));
        var concerned = data["evaluations"]!.AsArray().Single(e => e!["event"]!["id"]!.GetValue<string>() == "event/fatf-increased-monitoring-kuwait-2026")!
            ["actionPlan"]!.AsArray().SelectMany(i => i!["concerns"]!.AsArray()).Select(c => c!["id"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(new HashSet<string> { "sector/real-estate-brokers", "sector/precious-metals-dealers", "org/kw-customs" }, concerned);
    }

    [Fact]
    public async Task KuwaitsSecurityCouncilTermsAndPresidenciesAreDatedRelationsWithSources()
    {
        var response = await _api.QueryAsync("""
            { node(id: "state/kw") { relations(types: [MEMBER_OF, CHAIRS], direction: OUT) { type node { id } from until sources { id } } } }
            """);
        var council = response["data"]!["node"]!["relations"]!.AsArray().Where(r => r!["node"]!["id"]!.GetValue<string>() == "org/un-security-council").ToList();
        Assert.All(council, r => Assert.NotEmpty(r!["sources"]!.AsArray()));
        string[] Periods(string type) => council.Where(r => r!["type"]!.GetValue<string>() == type)
            .Select(r => $"{r!["from"]!.GetValue<string>()}/{r["until"]!.GetValue<string>()}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["1978/1979", "2018-01-01/2019-12-31"], Periods("MEMBER_OF"));
        Assert.Equal(["1979/1979", "2018-02/2018-02", "2019-06/2019-06"], Periods("CHAIRS"));
    }

    [Fact]
    public async Task TheWorkingGroupsKuwaitCoLeadsAreListedWithTheirParentsAndSources()
    {
        var response = await _api.QueryAsync("""
            { node(id: "state/kw") { relations(types: [CO_CHAIRS], direction: OUT) { node { id ... on Framework { relations(types: [PART_OF], direction: OUT) { node { id } } } } sources { id } } } }
            """);
        var groups = response["data"]!["node"]!["relations"]!.AsArray();
        Assert.All(groups, g => Assert.NotEmpty(g!["sources"]!.AsArray()));
        var parents = groups.ToDictionary(g => g!["node"]!["id"]!.GetValue<string>(), g => g!["node"]!["relations"]!.AsArray().Select(p => p!["node"]!["id"]!.GetValue<string>()).Single());
        Assert.Equal("fw/gctf", parents["fw/gctf-east-africa-wg"]);
        Assert.Equal("fw/global-coalition-daesh", parents["fw/coalition-ftf-wg"]);
    }

    [Fact]
    public async Task SinceWhenTheFiuIsAnEgmontMemberAnswersJuly2017()
    {
        var response = await _api.QueryAsync("""{ node(id: "org/kw-fiu") { relations(types: [MEMBER_OF], direction: OUT) { node { id } from sources { id } } } }""");
        var egmont = response["data"]!["node"]!["relations"]!.AsArray().Single(r => r!["node"]!["id"]!.GetValue<string>() == "org/egmont-group")!;
        Assert.Equal("2017-07", egmont["from"]!.GetValue<string>());
        Assert.NotEmpty(egmont["sources"]!.AsArray());
    }

    [Fact]
    public async Task WhoHeadsTheFiuListsItsHeadsByNameEachWithSources()
    {
        var response = await _api.QueryAsync("""
            { node(id: "org/kw-fiu") { relations(types: [HELD_ROLE], direction: IN) { node { id } role asOf sources { id } } } }
            """);
        var roles = response["data"]!["node"]!["relations"]!.AsArray();
        Assert.Superset(new HashSet<string> { "person/hamad-al-mekrad", "person/hanadi-buhaimed", "person/talal-al-sayegh", "person/basel-al-haroon", "person/ghazi-al-abduljalil" },
            roles.Select(r => r!["node"]!["id"]!.GetValue<string>()).ToHashSet());
        Assert.All(roles, r => Assert.NotEmpty(r!["sources"]!.AsArray()));
        var latest = roles.Single(r => r!["node"]!["id"]!.GetValue<string>() == "person/hamad-al-mekrad")!;
        Assert.Equal(("Head of the Kuwait Financial Intelligence Unit", "2025-07-10"), (latest["role"]!.GetValue<string>(), latest["asOf"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheCentralBanksGovernorsHaveTheirPeriodsAndAStartOnLowGradeSourcesIsFlagged()
    {
        var response = await _api.QueryAsync("""
            { node(id: "org/cbk") { relations(types: [HELD_ROLE], direction: IN) { node { id } role from until asOf sourcing } } }
            """);
        var roles = response["data"]!["node"]!["relations"]!.AsArray().Where(r => r!["role"]!.GetValue<string>() == "Governor of the Central Bank of Kuwait").ToList();
        var latest = roles.MaxBy(r => r!["asOf"]?.GetValue<string>() ?? r["from"]?.GetValue<string>() ?? "", StringComparer.Ordinal)!;
        Assert.Equal(("person/basel-ahmed-al-haroon", "2023-11-09"), (latest["node"]!["id"]!.GetValue<string>(), latest["asOf"]!.GetValue<string>()));
        var governors = roles.Where(r => r!["from"] is not null).ToList();
        var salem = governors.Single(r => r!["node"]!["id"]!.GetValue<string>() == "person/salem-abdulaziz-al-sabah")!;
        Assert.Equal(("1986-10", "2012-02"), (salem["from"]!.GetValue<string>(), salem["until"]!.GetValue<string>()));
        var hashel = governors.Single(r => r!["node"]!["id"]!.GetValue<string>() == "person/mohammad-al-hashel")!;
        Assert.Equal(("2012-03", "LOW_GRADE_ONLY"), (hashel["from"]!.GetValue<string>(), hashel["sourcing"]!.GetValue<string>()));
    }

    [Fact]
    public async Task KuwaitsUnEnvoyIsNamedWithHisTerm()
    {
        var response = await _api.QueryAsync("""{ node(id: "person/mansour-al-otaibi") { ... on Person { roles { role(lang: AR) from until } } } }""");
        Assert.Contains(response["data"]!["node"]!["roles"]!.AsArray(), r =>
            r!["role"]?.GetValue<string>() == "المندوب الدائم للكويت لدى الأمم المتحدة" && r["from"]?.GetValue<string>() == "2010" && r["until"]?.GetValue<string>() == "2022-07");
    }

    [Fact]
    public void EveryLinkFigureAndDateInAnEnglishSummaryIsAlsoInTheArabicOne()
    {
        var gaps = new List<string>();
        foreach (var node in Corpus.Nodes.Values.OrderBy(n => n.Id.ToString(), StringComparer.Ordinal))
        {
            foreach (var summary in node.Versions.Select(v => v.Summary).Append(node.Summary).Where(s => s.En is not null && s.Ar is not null).Distinct())
            {
                var links = SummaryLinks.Targets(summary.En!, node.Id).Except(SummaryLinks.Targets(summary.Ar!, node.Id)).Select(t => t.ToString());
                var numbers = Numbers(summary.En!).Except(Numbers(summary.Ar!));
                var missing = links.Concat(numbers).Order(StringComparer.Ordinal).ToList();
                if (missing.Count > 0) gaps.Add($"{node.Id}: {string.Join(", ", missing)}");
            }
        }
        Assert.True(gaps.Count == 0, "the Arabic summary lacks what the English gives:\n" + string.Join("\n", gaps));
    }

    /// <summary>The numbers a text states (counts, days, years, article numbers), in Western digits, without link targets or thousands separators.</summary>
    private static IEnumerable<string> Numbers(string markdown)
    {
        var text = Regex.Replace(markdown, @"\]\([^)]*\)", "]");
        text = string.Concat(text.Select(c => c is >= '\u0660' and <= '\u0669' ? (char)('0' + c - '\u0660') : c));
        text = Regex.Replace(text, @"(?<=\d)[,\u066C](?=\d{3})", "");
        return Regex.Matches(text, @"\d+").Select(m => m.Value.TrimStart('0') is { Length: > 0 } n ? n : "0").Distinct();
    }
}

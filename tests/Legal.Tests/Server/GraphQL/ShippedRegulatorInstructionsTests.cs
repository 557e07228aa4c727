using System.Text.Json.Nodes;

namespace Legal.Tests.Server.GraphQL;

/// <summary>
/// The compliance officer's question of the shipped corpus: what was issued under Law No. 106 of 2013, by whom, when, on
/// whose word, and what it requires.
/// </summary>
public sealed class ShippedRegulatorInstructionsTests : IDisposable
{
    private readonly LegalApiFactory _api = new(Fixtures.ShippedCorpus());

    public void Dispose() => _api.Dispose();

    private static IEnumerable<JsonNode> Items(JsonNode? array) => array!.AsArray().Select(n => n!);

    [Fact]
    public async Task TheCentralBanksInstructionsUnderLaw106AreThoseToBanksAndToExchangeCompaniesEachWithItsSources()
    {
        var response = await _api.QueryAsync("""
            { instrument(id: "kw/law/2013/106") { relations(types: [IMPLEMENTS], direction: IN) {
                sources { publisher }
                node { id kind ... on Instrument { number date
                  relations(types: [ISSUED_BY], direction: OUT) { node { id } sources { publisher } } } } } } }
            """);
        var byCbk = Items(response["data"]!["instrument"]!["relations"])
            .Where(r => Items(r["node"]!["relations"]).Any(i => i["node"]!["id"]!.GetValue<string>() == "org/cbk"))
            .ToList();

        Assert.Equal(["kw/cbk/2013/aml-cft-banks", "kw/cbk/2013/aml-cft-exchange-companies"],
            byCbk.Select(r => r["node"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(byCbk, r =>
        {
            Assert.Equal("REGULATORY_INSTRUCTION", r["node"]!["kind"]!.GetValue<string>());
            Assert.Equal("2013", r["node"]!["date"]!.GetValue<string>());
            // No source gives the instructions' number, so none is shown.
            Assert.Null(r["node"]!["number"]);
            Assert.NotEmpty(Items(r["sources"]).Select(s => s["publisher"]!.GetValue<string>()));
            Assert.All(Items(r["node"]!["relations"]), i => Assert.NotEmpty(i["sources"]!.AsArray()));
        });
    }

    [Fact]
    public async Task TheCapitalMarketsAuthoritysCircularCarriesOutItsAmlModuleAndHasAnFrbrUriNamingTheAuthority()
    {
        var response = await _api.QueryAsync("""
            { instrument(id: "kw/cma/circular/2024/5") { kind number frbrUri
                relations(types: [IMPLEMENTS, ISSUED_BY], direction: OUT) { type node { id } sources { grade } } } }
            """);
        var circular = response["data"]!["instrument"]!;
        Assert.Equal("/akn/kw/doc/instruction/cma/2024/5", circular["frbrUri"]!.GetValue<string>());
        var relations = Items(circular["relations"]).Select(r => (r["type"]!.GetValue<string>(), r["node"]!["id"]!.GetValue<string>())).ToList();
        Assert.Contains(("IMPLEMENTS", "kw/cma/bylaws-module-16"), relations);
        Assert.Contains(("ISSUED_BY", "org/cma"), relations);
        Assert.All(Items(circular["relations"]), r => Assert.Equal("OFFICIAL", Items(r["sources"]).Single()["grade"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheCustomsDeclarationThresholdIsAnOpenDisputeBetweenMoreThanAndAtLeast3000Dinars()
    {
        var response = await _api.QueryAsync("""{ node(id: "kw/customs/2025/declaration-rules") { claims { field value sources { id } } } }""");
        var values = Items(response["data"]!["node"]!["claims"]).Where(c => c["field"]!.GetValue<string>() == "declaration_threshold")
            .Select(c => c["value"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["KWD 3,000 or more", "more than KWD 3,000"], values);
    }

    [Fact]
    public async Task InsuranceCompaniesAreBoundToConformToTheInsuranceRegulatorsAmlRulesWithinAYear()
    {
        var response = await _api.QueryAsync("""
            { obligations(subject: "sector/insurance-companies", first: 200) { nodes { id deadline legalBasis { id } } } }
            """);
        var duty = Items(response["data"]!["obligations"]!["nodes"]).Single(o => o["id"]!.GetValue<string>() == "obligation/kw/insurers-conform-to-aml-cft-rules");
        Assert.Contains("kw/iru/2021/aml-cft-rules#art_2", Items(duty["legalBasis"]).Select(b => b["id"]!.GetValue<string>()));
        Assert.Contains("one year", duty["deadline"]!.GetValue<string>());
    }
}

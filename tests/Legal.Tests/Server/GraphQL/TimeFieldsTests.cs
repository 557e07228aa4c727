using System.Text.Json.Nodes;

namespace Legal.Tests.Server.GraphQL;

/// <summary>The one model of time, as a legal adviser asks it of the shipped corpus: status, timeline, changes, and agreement between answers.</summary>
public sealed class TimeFieldsTests : IDisposable
{
    private readonly LegalApiFactory _api = new(Fixtures.ShippedCorpus());

    public void Dispose() => _api.Dispose();

    private async Task<JsonNode> Data(string query)
    {
        var response = await _api.QueryAsync(query);
        Assert.Null(response["errors"]);
        return response["data"]!;
    }

    [Fact]
    public async Task BeforeLaw106ExistedEveryAnswerAgreesItWasNotYetInForce()
    {
        var data = await Data("""
            { instrument(id: "kw/law/2013/106") { status(asOf: "2000-01-01") { status uncertain } provisions(asOf: "2000-01-01") { id } markdown(asOf: "2000-01-01") }
              article: provision(id: "kw/law/2013/106#art_25") { status(asOf: "2000-01-01") { status decidedBy { id } } }
              obligations(asOf: "2000-01-01", first: 100) { totalCount }
              trace(from: "kw/law/2013/106#art_16", asOf: "2000-01-01") { paths { steps { to { id } } } } }
            """);
        Assert.Equal("NOT_YET_IN_FORCE", data["instrument"]!["status"]!["status"]!.GetValue<string>());
        Assert.False(data["instrument"]!["status"]!["uncertain"]!.GetValue<bool>());
        Assert.Empty(data["instrument"]!["provisions"]!.AsArray());
        Assert.Contains("Not in force on 2000-01-01", data["instrument"]!["markdown"]!.GetValue<string>());
        Assert.Equal("NOT_YET_IN_FORCE", data["article"]!["status"]!["status"]!.GetValue<string>());
        Assert.Equal("kw/law/2013/106", data["article"]!["status"]!["decidedBy"]!["id"]!.GetValue<string>());
        Assert.Equal(0, data["obligations"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(data["trace"]!["paths"]!.AsArray());
    }

    [Fact]
    public async Task Law35IsRepealedTodayByLaw106WithTheUnknownCommencementShownAsUncertain()
    {
        var data = await Data("""{ instrument(id: "kw/law/2002/35") { status { status uncertain boundary } repealedBy { id } inForceUntil timeline { kind by { id } } } }""");
        var law = data["instrument"]!;
        Assert.Equal("REPEALED", law["status"]!["status"]!.GetValue<string>());
        Assert.True(law["status"]!["uncertain"]!.GetValue<bool>());
        Assert.Equal("2013-05-08..", law["inForceUntil"]!.GetValue<string>());
        Assert.Equal("kw/law/2013/106", law["repealedBy"]!["id"]!.GetValue<string>());
        Assert.Contains(law["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "REPEALED" && e["by"]?["id"]?.GetValue<string>() == "kw/law/2013/106");
    }

    [Fact]
    public async Task ChangesIn2025IncludeTheMfaRegulationMadeAndTheDecreeLawCommencing()
    {
        var data = await Data("""{ changes(since: "2025-01-01", until: "2025-12-31") { kind target { id } by { id } } }""");
        var changes = data["changes"]!.AsArray().Select(c => (Kind: c!["kind"]!.GetValue<string>(), Target: c["target"]!["id"]!.GetValue<string>())).ToList();
        Assert.Contains(("MADE", "kw/mr-mofa/2025/176"), changes);
        Assert.Contains(("COMMENCED", "kw/decree-law/2025/76"), changes);
        Assert.Contains(("AMENDED", "kw/law/2013/106#art_25"), changes);
        Assert.Contains(("INSERTED", "kw/law/2013/106#art_33bis"), changes);
    }

    [Fact]
    public async Task AMonthPreciseAmendmentIsUncertainInsideItsMonthOnly()
    {
        var data = await Data("""
            { inside: provision(id: "kw/law/2013/106#art_33bis") { status(asOf: "2025-06-15") { status uncertain } }
              before: provision(id: "kw/law/2013/106#art_33bis") { status(asOf: "2025-05-31") { status uncertain } }
              law: instrument(id: "kw/law/2013/106") { pointsInTime knownUpTo } }
            """);
        Assert.Equal("IN_FORCE", data["inside"]!["status"]!["status"]!.GetValue<string>());
        Assert.True(data["inside"]!["status"]!["uncertain"]!.GetValue<bool>());
        Assert.Equal("NOT_YET_IN_FORCE", data["before"]!["status"]!["status"]!.GetValue<string>());
        Assert.False(data["before"]!["status"]!["uncertain"]!.GetValue<bool>());
        Assert.Contains("2025-06-01", data["law"]!["pointsInTime"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("2025-09-20", data["law"]!["knownUpTo"]!.GetValue<string>());
    }

    [Fact]
    public async Task AskingAfterTheKnownUpToDaySaysTheTextMayNotBeCurrent()
    {
        var data = await Data("""{ instrument(id: "kw/law/2013/106") { markdown(asOf: "2026-06-01") } }""");
        Assert.Contains("may not be current on 2026-06-01", data["instrument"]!["markdown"]!.GetValue<string>());
    }
}

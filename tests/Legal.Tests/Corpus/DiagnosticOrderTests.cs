using Legal.Corpus;

namespace Legal.Tests.Corpus;

/// <summary>One mistake is reported first, on its own line, with what it caused listed under it as consequences.</summary>
public class DiagnosticOrderTests
{
    [Fact]
    public void AMisspeltKindComesFirstOnItsLineWithTheLinksItBrokeAsItsConsequences()
    {
        var result = Fixtures.CompileWith("org/test-fiu.md", Fixtures.Fiu.Replace("kind: institution", "kind: institutoin"));

        var cause = result.Diagnostics[0];
        Assert.Equal(("org/test-fiu.md", 3, 7), (cause.Origin.Path, cause.Origin.Line, cause.Origin.Column));
        Assert.Contains("unknown kind 'institutoin' (did you mean 'institution'?)", cause.Message);
        Assert.Null(cause.Cause);
        var consequences = result.Diagnostics.Skip(1).ToList();
        Assert.NotEmpty(consequences);
        Assert.All(consequences, d => Assert.Equal(cause.Origin, d.Cause));
        Assert.All(consequences, d => Assert.Contains("its file was rejected", d.Message));
        Assert.Contains("(follows from the error at ", consequences[0].Format("/corpus"));
    }

    [Fact]
    public void AnUnresolvedTargetSuggestsTheNearestIdsNotTheFirstAlphabetically()
    {
        var d = Assert.Single(Fixtures.CompileWith("kw/law.md", Fixtures.Law.Replace("[Article 1](#art_1)", "[Article 1](#art_11)")).Diagnostics);

        Assert.Contains("did you mean 'kw/law/2013/106#art_1'", d.Message);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Legal.Tests.Server;

/// <summary>A corpus folder written from the fixtures, plus a member state and a second instrument for the API's questions.</summary>
public sealed class FixtureCorpusFolder() : CorpusFolder(new Dictionary<string, string>
{
    ["sources/test-source.md"] = Fixtures.Source,
    ["org/test-fiu.md"] = Fixtures.Fiu,
    ["kw/law.md"] = Fixtures.Law,
    ["states/kw.md"] = """
        ---
        id: state/kw
        kind: state
        title: {en: Kuwait, ar: الكويت}
        sources: [test-source]
        relations:
          - member_of: org/test-fiu
        ---
        """,
    ["un/scr-1373.md"] = Fixtures.ResolutionWithDisputedDate,
});

using System.Reflection;
using System.Xml.Linq;

namespace Legal.Tests;

/// <summary>
/// The layers, lowest first, and what each may use: a lower layer that reaches up, or one store that reaches into the
/// other, fails here even when the compiler would let it through.
/// </summary>
public class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Legal.Model"] = [],
        ["Legal.Corpus"] = ["Legal.Model"],
        ["Legal.Engine"] = ["Legal.Model", "Legal.Corpus"],
        ["Legal.Embedded"] = ["Legal.Model", "Legal.Corpus", "Legal.Engine"],
        ["Legal.Neo4j"] = ["Legal.Model", "Legal.Corpus", "Legal.Engine"],
        ["Legal.Rendering"] = ["Legal.Model", "Legal.Corpus", "Legal.Engine"],
        ["Legal.Server"] = ["Legal.Model", "Legal.Corpus", "Legal.Engine", "Legal.Embedded", "Legal.Neo4j", "Legal.Rendering"],
    };

    public static TheoryData<string> Projects => new(Allowed.Keys);

    [Fact]
    public void EverySourceProjectHasItsPlaceInTheLayers() =>
        Assert.Equal(Allowed.Keys.Order(), Directory.GetDirectories(Source).Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
            .Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(Projects))]
    public void AProjectReferencesOnlyTheLayersBelowIt(string project)
    {
        var file = XDocument.Load(Path.Combine(Source, project, $"{project}.csproj"));
        var references = file.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));
        Assert.All(references, r => Assert.Contains(r, Allowed[project]));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void AnAssemblyUsesOnlyTheLayersBelowIt(string project)
    {
        var used = Assembly.Load(project).GetReferencedAssemblies().Select(a => a.Name!).Where(n => Allowed.ContainsKey(n));
        Assert.All(used, name => Assert.Contains(name, Allowed[project]));
    }

    [Fact]
    public void NoLayerBelowTheHostKnowsAPageRoute()
    {
        var routes = new[] { "\"/instruments/", "\"/nodes/", "\"/trace", "\"/search", "\"/curriculum", "$\"/instruments/", "$\"/nodes/" };
        var offending = Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(Source, "Legal.Server"), StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => routes.Any(File.ReadAllText(f).Contains))
            .Select(f => Path.GetRelativePath(Source, f));
        Assert.Empty(offending);
    }

    private static string Source => Path.Combine(Fixtures.RepositoryRoot(), "src");
}

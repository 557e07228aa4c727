using Legal.Corpus;
using Legal.Model;

namespace Legal.Tests.Corpus;

public class NodeMapTests
{
    [Fact]
    public void NodesEnumerateInIdOrderWhateverOrderTheyCameIn()
    {
        var nodes = Fixtures.Corpus().Nodes.Values.ToList();
        var expected = nodes.Select(n => n.Id.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, new NodeMap(nodes).Values.Select(n => n.Id.ToString()));
        Assert.Equal(expected, new NodeMap(Enumerable.Reverse(nodes)).Keys.Select(id => id.ToString()));
        var map = new NodeMap(nodes);
        Assert.All(nodes, n => Assert.Same(n, map[n.Id]));
    }
}

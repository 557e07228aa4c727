using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Corpus;

/// <summary>
/// Nodes by id, looked up through a frozen hash table but enumerated in id order: a hash table's order follows string
/// hash codes, which .NET randomises per process, so enumerating one made answers differ between restarts.
/// </summary>
public sealed class NodeMap : IReadOnlyDictionary<NodeId, Node>
{
    private readonly FrozenDictionary<NodeId, Node> _byId;
    private readonly Node[] _ordered;

    public NodeMap(IEnumerable<Node> nodes)
    {
        _ordered = nodes.OrderBy(n => n.Id.ToString(), StringComparer.Ordinal).ToArray();
        _byId = _ordered.ToFrozenDictionary(n => n.Id);
    }

    public Node this[NodeId key] => _byId[key];

    public IEnumerable<NodeId> Keys => _ordered.Select(n => n.Id);

    public IEnumerable<Node> Values => _ordered;

    public int Count => _ordered.Length;

    public bool ContainsKey(NodeId key) => _byId.ContainsKey(key);

    public bool TryGetValue(NodeId key, [MaybeNullWhen(false)] out Node value) => _byId.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<NodeId, Node>> GetEnumerator() => _ordered.Select(n => KeyValuePair.Create(n.Id, n)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

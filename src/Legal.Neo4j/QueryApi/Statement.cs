namespace Legal.Neo4j.QueryApi;

/// <summary>One Cypher statement with its parameters, as the Query API's request body carries them.</summary>
public sealed record Statement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public Statement(string text) : this(text, new Dictionary<string, object?>()) { }

    /// <summary>The same statement with one more parameter.</summary>
    public Statement With(string name, object? value) => this with { Parameters = new Dictionary<string, object?>(Parameters) { [name] = value } };
}

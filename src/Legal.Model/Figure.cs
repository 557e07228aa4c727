using Legal.Model.Ids;

namespace Legal.Model;

/// <summary>
/// A count a source gives, with the way it states it ("more than 450" is 450, <see cref="FigureQualifier.MoreThan"/>),
/// and the sources that give it: its own when the corpus names them, else its node's.
/// </summary>
public sealed record Figure(long Value, FigureQualifier Qualifier = FigureQualifier.Exact)
{
    public IReadOnlyList<NodeId> Sources { get; init; } = [];

    public bool Equals(Figure? other) =>
        other is not null && Value == other.Value && Qualifier == other.Qualifier && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Value, Qualifier);
}

namespace Legal.Model;

/// <summary>The one rule for how well a fact is supported by the sources it cites.</summary>
public static class Provenance
{
    /// <summary>Unsourced without sources; low-grade only when every source is graded low (an ungraded source counts as low).</summary>
    public static Sourcing Of(IEnumerable<Node> sources)
    {
        var grades = sources.Select(s => s.Grade ?? SourceGrade.Low).ToList();
        return grades.Count == 0 ? Sourcing.Unsourced : grades.All(g => g == SourceGrade.Low) ? Sourcing.LowGradeOnly : Sourcing.Sourced;
    }
}

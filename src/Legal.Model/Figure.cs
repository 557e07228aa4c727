namespace Legal.Model;

/// <summary>A count a source gives, with the way it states it ("more than 450" is 450, <see cref="FigureQualifier.MoreThan"/>).</summary>
public sealed record Figure(long Value, FigureQualifier Qualifier = FigureQualifier.Exact);

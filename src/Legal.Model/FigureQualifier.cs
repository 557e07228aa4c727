namespace Legal.Model;

/// <summary>How a source states a count: exactly, at least, more than, or about the value.</summary>
public enum FigureQualifier { Exact, AtLeast, MoreThan, About }

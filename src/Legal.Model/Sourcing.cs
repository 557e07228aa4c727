namespace Legal.Model;

/// <summary>How well a fact is supported: by at least one source above the lowest grade, only by low-grade sources, or by none.</summary>
public enum Sourcing { Sourced, LowGradeOnly, Unsourced }

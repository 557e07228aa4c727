namespace Legal.Model;

/// <summary>Where in the corpus something was written: a path relative to the corpus root, and a 1-based line and column.</summary>
public sealed record Origin(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}

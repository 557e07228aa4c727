namespace Legal.Model;

/// <summary>The corpus's two languages.</summary>
public enum Lang { En, Ar }

namespace Legal.Model;

/// <summary>How much weight a source carries, from the law itself down to reporting about it.</summary>
public enum SourceKind { OfficialText, OfficialStatement, News, Secondary }

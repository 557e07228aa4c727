namespace Legal.Server.Hosting;

/// <summary>Where the corpus is read from (section "Corpus").</summary>
public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>The corpus folder; a relative path is looked up from the working directory and then its parents.</summary>
    public string Path { get; set; } = "statutes";

    /// <summary>The folder to read: the configured path when it exists, else the nearest parent folder holding it.</summary>
    public string Resolve()
    {
        if (System.IO.Path.IsPathRooted(Path) || Directory.Exists(Path)) return System.IO.Path.GetFullPath(Path);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, Path);
            if (Directory.Exists(candidate)) return candidate;
        }
        return System.IO.Path.GetFullPath(Path);
    }
}

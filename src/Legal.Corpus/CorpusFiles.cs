using Legal.Model;

namespace Legal.Corpus;

/// <summary>
/// Finds a corpus folder's files without trusting the file system: a dangling or looping symlink, a folder symlink
/// back into the corpus (reported once, not followed), an unreadable file, a named pipe or device (skipped unread, with
/// a warning) each becomes a diagnostic at the file, never an exception. Entries are read in ordinal order.
/// </summary>
internal static class CorpusFiles
{
    public static List<(string Path, byte[] Bytes)> Read(string root, DiagnosticBag diagnostics)
    {
        var files = new List<(string, byte[])>();
        var rootInfo = new DirectoryInfo(Path.GetFullPath(root));
        var walked = new HashSet<string>(StringComparer.Ordinal) { RealPath(rootInfo) };
        Walk(rootInfo, rootInfo.FullName, walked, files, diagnostics);
        return files;
    }

    private static void Walk(DirectoryInfo dir, string root, HashSet<string> walked, List<(string, byte[])> files, DiagnosticBag diagnostics)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = dir.GetFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(At(root, dir), $"cannot read this folder: {e.Message}");
            return;
        }
        foreach (var entry in entries)
        {
            var at = At(root, entry);
            if (entry.LinkTarget is { } target)
            {
                if (Resolve(entry, target, at, diagnostics) is not { } resolved) continue;
                if (resolved is DirectoryInfo linkedDir)
                {
                    // A folder reached twice would read every file in it twice (or forever, for a link to a parent).
                    if (!walked.Add(RealPath(linkedDir)))
                    {
                        diagnostics.Error(at, $"symlink loop: this folder links to '{target}', which the corpus already reads; not followed");
                        continue;
                    }
                    Walk(new DirectoryInfo(entry.FullName), root, walked, files, diagnostics);
                }
                else if (IsCorpusFile(entry.Name)) ReadFile(entry.FullName, at, files, diagnostics);
                continue;
            }
            if (entry is DirectoryInfo sub)
            {
                if (walked.Add(RealPath(sub))) Walk(sub, root, walked, files, diagnostics);
            }
            else if (IsCorpusFile(entry.Name)) ReadFile(entry.FullName, at, files, diagnostics);
        }
    }

    private static bool IsCorpusFile(string name) =>
        name.EndsWith(".md", StringComparison.Ordinal) && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The link's final target, or null with an error when it dangles or loops.</summary>
    private static FileSystemInfo? Resolve(FileSystemInfo link, string target, Origin at, DiagnosticBag diagnostics)
    {
        try
        {
            var resolved = link.ResolveLinkTarget(returnFinalTarget: true);
            if (resolved is not null && resolved.Exists) return resolved;
            if (resolved is not null && link is not DirectoryInfo && Directory.Exists(resolved.FullName)) return new DirectoryInfo(resolved.FullName);
            if (IsCorpusFile(link.Name) || link is DirectoryInfo || resolved is null)
            {
                diagnostics.Error(at, $"dangling symlink: it points to '{target}', which does not exist");
            }
        }
        catch (IOException)
        {
            // ELOOP: the chain of links never reaches a file.
            diagnostics.Error(at, $"symlink loop: '{target}' leads back to itself through links");
        }
        return null;
    }

    private static void ReadFile(string fullPath, Origin at, List<(string, byte[])> files, DiagnosticBag diagnostics)
    {
        switch (FileBytes.Read(fullPath, out var bytes, out var problem))
        {
            case FileBytes.Outcome.Read:
                files.Add((at.Path, bytes!));
                break;
            case FileBytes.Outcome.NotAFile:
                diagnostics.Warning(at, "skipped: not a regular file (a named pipe, socket or device), so it was not read");
                break;
            default:
                diagnostics.Error(at, $"cannot read this file: {problem}");
                break;
        }
    }

    private static Origin At(string root, FileSystemInfo entry) => new(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/'), 1, 1);

    /// <summary>The folder with every link on its way resolved, so two routes to one folder compare equal.</summary>
    private static string RealPath(DirectoryInfo dir)
    {
        var parts = new Stack<string>();
        for (var d = dir; d is not null; d = d.Parent)
        {
            try
            {
                if (d.LinkTarget is not null && d.ResolveLinkTarget(returnFinalTarget: true) is DirectoryInfo target)
                {
                    var rest = parts.Count == 0 ? "" : Path.Join([.. parts]);
                    return Path.Join(RealPath(target), rest);
                }
            }
            catch (IOException)
            {
                return dir.FullName;
            }
            parts.Push(d.Name);
            if (d.Parent is null) return dir.FullName;
        }
        return dir.FullName;
    }
}

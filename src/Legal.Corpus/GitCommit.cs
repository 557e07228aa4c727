using System.Diagnostics;

namespace Legal.Corpus;

/// <summary>The git commit a corpus folder is checked out at, marked <c>-dirty</c> when its files differ from it; null outside git.</summary>
public static class GitCommit
{
    public static string? Of(string folder)
    {
        if (Git(folder, "rev-parse", "HEAD") is not { Length: 40 } head) return null;
        return Git(folder, "status", "--porcelain", "--", ".") is { Length: 0 } ? head : $"{head}-dirty";
    }

    private static string? Git(string folder, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var git = Process.Start(start);
            if (git is null) return null;
            var output = git.StandardOutput.ReadToEndAsync();
            if (!git.WaitForExit(5000))
            {
                git.Kill();
                return null;
            }
            return git.ExitCode == 0 ? output.Result.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git installed
        }
    }
}

using System.Diagnostics;

namespace Legal.Tests.Server.Cli;

/// <summary>The real executable, run as a user runs it, with its exit code and both output streams.</summary>
internal static class Executable
{
    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(new Dictionary<string, string?>(), args);

    /// <summary>Runs with these environment variables set, or removed where the value is null.</summary>
    public static (int Exit, string Out, string Err) Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "Legal.Server.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", server, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

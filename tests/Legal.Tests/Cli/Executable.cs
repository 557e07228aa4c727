using System.Diagnostics;

namespace Legal.Tests.Cli;

/// <summary>The real executable, run as a user runs it, with its exit code and both output streams.</summary>
internal static class Executable
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "Legal.Server.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", server, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

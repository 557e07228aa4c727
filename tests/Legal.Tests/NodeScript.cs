using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Legal.Tests;

/// <summary>Runs one of the tests' npm tools: a Node script in its folder, given JSON on standard input.</summary>
internal static class NodeScript
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string folder, string script, JsonNode input)
    {
        using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(folder, script)])
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        node.StandardInput.Write(input.ToJsonString());
        node.StandardInput.Close();
        node.WaitForExit();
        return (node.ExitCode, stdout.Result, stderr.Result);
    }
}

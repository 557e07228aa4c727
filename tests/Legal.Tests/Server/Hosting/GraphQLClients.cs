using System.Diagnostics;

namespace Legal.Tests.Server.Hosting;

/// <summary>
/// The third-party GraphQL tools in tests/graphql-clients (installed by .ci/setup.d/graphql-clients.sh): graphql-http's
/// GraphQL-over-HTTP audit, relay-compiler and Apollo Client, run as their users run them.
/// </summary>
internal static class GraphQLClients
{
    public static string Folder => Path.Combine(Fixtures.RepositoryRoot(), "tests", "graphql-clients");

    public static bool IsInstalled =>
        new[] { "graphql-http", "relay-compiler", "@apollo/client" }.All(package => Directory.Exists(Path.Combine(Folder, "node_modules", package)));

    /// <summary>Runs node with these arguments in the folder; the exit code and everything it printed.</summary>
    public static (int Exit, string Output) Node(params string[] args)
    {
        using var node = Process.Start(new ProcessStartInfo("node", args)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        node.WaitForExit();
        return (node.ExitCode, stdout.Result + stderr.Result);
    }
}

namespace Legal.Server.Cli;

/// <summary>
/// Configuration given on the command line as <c>--Section:Key=value</c> (<c>--Corpus:Path=/srv/statutes</c>): set apart
/// from a verb's own arguments, so that every verb and the server read it alike.
/// </summary>
public sealed record CliSettings(string[] Args)
{
    /// <summary>Splits the command line into its settings and the rest, which System.CommandLine parses.</summary>
    public static (CliSettings Settings, string[] Others) From(string[] args) =>
        (new CliSettings(args.Where(IsSetting).ToArray()), args.Where(a => !IsSetting(a)).ToArray());

    // A configuration key always names its section before a colon; no verb's option does.
    private static bool IsSetting(string token) =>
        token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf('=') is var equals and > 2 && token[2..equals].Contains(':');
}

using Legal.Corpus;
using Legal.Server.Hosting;

namespace Legal.Server.Cli;

/// <summary>What the verbs share: the configuration the server reads, and compiling the corpus with every problem printed.</summary>
internal static class CliCorpus
{
    /// <summary>The server's own configuration (<see cref="LegalHostBuilder"/>), with the command line's settings.</summary>
    public static IConfiguration Configuration(CliSettings settings) => LegalHostBuilder.Create(settings.Args).Configuration;

    /// <summary>The corpus folder given to the verb, else the configured one, resolved as the server resolves it.</summary>
    public static string Root(CliSettings settings, string? dir) =>
        (dir is not null ? new CorpusOptions { Path = dir } : Configuration(settings).GetSection(CorpusOptions.Section).Get<CorpusOptions>() ?? new CorpusOptions()).Resolve();

    /// <summary>Compiles the corpus, printing each diagnostic as path:line:col to stderr; null when it has errors.</summary>
    public static LegalCorpus? Compile(string root)
    {
        var result = CorpusCompiler.CompileDirectory(root);
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic.Format(root));
        if (result.Corpus is null) Console.Error.WriteLine($"{root}: {Summary(result.Diagnostics)}");
        return result.Corpus;
    }

    /// <summary>"24 error(s): 1 cause, 23 consequences": how many mistakes there are to fix, not only how many lines.</summary>
    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var consequences = diagnostics.Count(d => d.IsError && d.Cause is not null);
        return consequences == 0 ? $"{errors} error(s)" : $"{errors} error(s): {errors - consequences} cause(s), {consequences} consequence(s)";
    }
}

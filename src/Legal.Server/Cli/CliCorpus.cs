using Legal.Corpus;
using Legal.Server.Hosting;

namespace Legal.Server.Cli;

/// <summary>What the verbs share: the configuration the server would read, and compiling the corpus with every problem printed.</summary>
internal static class CliCorpus
{
    /// <summary>appsettings.json, then environment variables (<c>Neo4j__Uri</c>, <c>Corpus__Path</c> …), as the server reads them.</summary>
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>The configured corpus folder (or <paramref name="dir"/>), resolved as the server resolves it.</summary>
    public static string Root(string? dir = null) =>
        new CorpusOptions { Path = dir ?? Configuration().GetSection(CorpusOptions.Section).Get<CorpusOptions>()?.Path ?? "statutes" }.Resolve();

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

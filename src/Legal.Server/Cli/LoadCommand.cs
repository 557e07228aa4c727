using System.CommandLine;
using Legal.Neo4j;
using Legal.Neo4j.QueryApi;
using Spectre.Console;

namespace Legal.Server.Cli;

/// <summary>
/// <c>load</c>: compiles the corpus and writes it to the configured Neo4j in one transaction, with a progress bar.
/// Transient failures are retried with backoff; refused credentials and invalid statements stop it at once.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(CliSettings settings)
    {
        var dir = new Argument<string?>("dir") { Description = "The corpus folder (default: Corpus:Path).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("load", "Compile the corpus and write it to Neo4j (Neo4j__Uri, Neo4j__User, Neo4j__Password or Neo4j__Token).") { dir };
        command.SetAction(async (parse, ct) =>
        {
            var options = CliCorpus.Configuration(settings).GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions();
            if (!options.IsConfigured)
            {
                Console.Error.WriteLine("error: no Neo4j configured; set Neo4j__Uri (and Neo4j__User with Neo4j__Password, or Neo4j__Token)");
                return 2;
            }
            var root = CliCorpus.Root(settings, parse.GetValue(dir));
            if (CliCorpus.Compile(root) is not { } corpus) return 1;

            var client = QueryApiClient.Create(options);
            try
            {
                await AnsiConsole.Progress().StartAsync(async progress =>
                {
                    var bar = progress.AddTask($"Loading {corpus.Nodes.Count} nodes and {corpus.Relations.Count} relations into {client.Address}");
                    // On stderr, one line each: the console's own rendering wraps long lines at its width.
                    var retries = Retries.ForLoad(onRetry: message => Console.Error.WriteLine($"warning: {message}"));
                    await new Neo4jLoader(client, retries).LoadAsync(corpus, new Bar(bar), ct);
                });
            }
            catch (Neo4jException e)
            {
                Console.Error.WriteLine($"error: {Explain(e)}; nothing was changed in Neo4j");
                return 1;
            }
            Console.WriteLine($"{client.Address}: loaded {corpus.Nodes.Count} nodes and {corpus.Relations.Count} relations from {root}");
            return 0;
        });
        return command;
    }

    private static string Explain(Neo4jException e) => e.Failure switch
    {
        Neo4jFailure.Unauthorized => $"Neo4j refused the credentials: {e.Reason}",
        Neo4jFailure.Unavailable => $"Neo4j could not be reached, even after retrying: {e.Reason}",
        Neo4jFailure.Syntax => $"Neo4j rejected a statement as invalid Cypher, which is a bug in Legal: {e.Reason}",
        _ => $"Neo4j refused the load: {e.Reason}",
    };

    /// <summary>Moves the bar as rows are written; reported synchronously so that it never runs behind the load.</summary>
    private sealed class Bar(ProgressTask task) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            task.MaxValue = value.Total;
            task.Value = value.Done;
            task.Description = $"{value.Step}: {value.Done}/{value.Total}";
        }
    }
}

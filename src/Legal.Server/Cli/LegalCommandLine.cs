using System.CommandLine;
using GraphQL.Types;
using Legal.Server.Hosting;

namespace Legal.Server.Cli;

/// <summary>
/// The executable's verbs. With no verb it serves; any option it does not know (such as --urls) goes to ASP.NET Core.
/// </summary>
public static class LegalCommandLine
{
    /// <summary>
    /// Parses the arguments, with the configuration settings set apart; a mistake in them is reported as its own line,
    /// without the whole help after it.
    /// </summary>
    public static ParseResult Parse(string[] args)
    {
        var (settings, others) = CliSettings.From(args);
        var parse = Create(settings).Parse(others);
        if (parse.Action is System.CommandLine.Invocation.ParseErrorAction onError) onError.ShowHelp = false;
        return parse;
    }

    public static RootCommand Create(CliSettings settings)
    {
        var root = new RootCommand("Legal: an AML/CFT law reference engine. With no verb, serves GraphQL and pages.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((parse, _) => LegalWebApp.RunAsync([.. parse.UnmatchedTokens, .. settings.Args]));
        root.Add(Validate(settings));
        root.Add(Schema());
        root.Add(RenderCommand.Create(settings));
        root.Add(LoadCommand.Create(settings));
        root.Add(ExportCommand.Create(settings));
        return root;
    }

    /// <summary>Prints the GraphQL schema as SDL: what GET /graphql?sdl serves and schema.graphql holds.</summary>
    private static Command Schema()
    {
        var command = new Command("schema", "Print the GraphQL schema (SDL); redirect it to schema.graphql after changing the API.");
        command.SetAction(_ =>
        {
            using var services = new ServiceCollection().AddLogging().AddLegalServices(new ConfigurationBuilder().Build()).BuildServiceProvider();
            Console.Write(GraphQLEndpoints.Sdl(services.GetRequiredService<ISchema>()));
            return 0;
        });
        return command;
    }

    private static Command Validate(CliSettings settings)
    {
        var dir = new Argument<string?>("dir") { Description = "The corpus folder (default: Corpus:Path).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Check a corpus folder; print each problem as path:line:col and exit 1 if there is any.") { dir };
        command.SetAction(parse =>
        {
            var root = CliCorpus.Root(settings, parse.GetValue(dir));
            if (CliCorpus.Compile(root) is not { } corpus) return 1;
            Console.WriteLine($"{root}: ok, {corpus.Nodes.Count} nodes, {corpus.Relations.Count} relations, {corpus.Disputes.Count} open disputes");
            return 0;
        });
        return command;
    }
}

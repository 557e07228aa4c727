using System.CommandLine;
using System.Text;
using Legal.Neo4j.Export;

namespace Legal.Server.Cli;

/// <summary><c>export cypher</c> and <c>export json</c>: the compiled corpus as a Neo4j script or as property-graph JSON.</summary>
internal static class ExportCommand
{
    public static Command Create(CliSettings settings)
    {
        var command = new Command("export", "Write the compiled corpus in another format.");
        command.Add(Format(settings, "cypher", "One Cypher script (schema, then data) for an empty Neo4j 5: cypher-shell -f FILE.",
            async (corpus, stream) =>
            {
                await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                await CypherScript.WriteAsync(corpus, writer);
            }));
        command.Add(Format(settings, "json", "Nodes and relationships as JSON, with the properties Neo4j holds.", JsonExport.WriteAsync));
        return command;
    }

    private static Command Format(CliSettings settings, string name, string description, Func<Corpus.LegalCorpus, Stream, Task> write)
    {
        var dir = new Option<string?>("--corpus") { Description = "The corpus folder (default: Corpus:Path)." };
        var output = new Option<string?>("--out") { Description = "The file to write; standard output when omitted." };
        var command = new Command(name, description) { dir, output };
        command.SetAction(async parse =>
        {
            if (CliCorpus.Compile(CliCorpus.Root(settings, parse.GetValue(dir))) is not { } corpus) return 1;
            await using var stream = parse.GetValue(output) is { } path ? File.Create(path) : Console.OpenStandardOutput();
            await write(corpus, stream);
            return 0;
        });
        return command;
    }
}

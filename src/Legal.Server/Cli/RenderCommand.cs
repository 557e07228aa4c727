using System.CommandLine;
using Legal.Embedded;
using Legal.Engine;
using Legal.Engine.Queries;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.Cli;

/// <summary>
/// <c>render node|trace|curriculum</c>: the same Markdown the API serves, written to a file or stdout, from the corpus on disk.
/// </summary>
internal static class RenderCommand
{
    private static readonly Option<string?> Corpus = new("--corpus") { Description = "The corpus folder (default: Corpus:Path)." };
    private static readonly Option<string?> Out = new("--out", "-o") { Description = "Write to this file instead of stdout." };
    private static readonly Option<Lang> Language = new("--lang") { Description = "en or ar.", DefaultValueFactory = _ => Lang.En };
    private static readonly Option<DateOnly?> AsOf = new("--as-of")
    {
        Description = "Read the law as in force on this day (YYYY-MM-DD).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)) return day;
            result.AddError($"--as-of takes a day as YYYY-MM-DD, such as 2024-01-01; '{text}' is not one");
            return null;
        },
    };

    public static Command Create(CliSettings settings)
    {
        var command = new Command("render", "Write the Markdown of a node, a trace or a curriculum to a file (--out) or stdout.");
        command.Add(Node(settings));
        command.Add(Trace(settings));
        command.Add(Curriculum(settings));
        return command;
    }

    private static Command Node(CliSettings settings)
    {
        var id = new Argument<string>("id") { Description = "The node's id, such as kw/law/2013/106 or kw/law/2013/106#art_16." };
        var command = new Command("node", "Render one node, as the API's markdown field does.") { id };
        return WithCommonOptions(settings, command, async (parse, graph, ct) =>
            await new MarkdownRenderer(graph, PageLinks.Site).RenderAsync(NodeId.Parse(parse.GetValue(id)!), parse.GetValue(Language), parse.GetValue(AsOf), ct)
            ?? throw new ArgumentException($"no node has the id '{parse.GetValue(id)}'"));
    }

    private static Command Trace(CliSettings settings)
    {
        var from = new Argument<string>("id") { Description = "Where to start: an obligation or provision (up), an international source (down)." };
        var direction = new Option<TraceDirection>("--direction") { Description = "up or down.", DefaultValueFactory = _ => TraceDirection.Up };
        var depth = new Option<int>("--max-depth") { Description = "The most steps a path may take.", DefaultValueFactory = _ => TraceQuery.DefaultMaxDepth };
        var command = new Command("trace", "Render the chains from a node up to its legal bases or down to what carries it out.") { from, direction, depth };
        return WithCommonOptions(settings, command, async (parse, graph, ct) =>
        {
            var query = new TraceQuery(NodeId.Parse(parse.GetValue(from)!), parse.GetValue(direction), Day(parse), parse.GetValue(depth));
            var trace = await new Tracer(graph).TraceAsync(query, ct) ?? throw new ArgumentException($"no node has the id '{query.From}'");
            return new TraceRenderer(PageLinks.Site).Render(trace, parse.GetValue(Language));
        });
    }

    private static Command Curriculum(CliSettings settings)
    {
        var topic = new Option<string>("--topic") { Description = "The subject in plain words.", Required = true };
        var audience = new Option<string>("--audience") { Description = "Who it is for, such as \"bank staff\".", Required = true };
        var command = new Command("curriculum", "Render a training handout on a topic for an audience.") { topic, audience };
        return WithCommonOptions(settings, command, async (parse, graph, ct) =>
        {
            var query = new CurriculumQuery(parse.GetValue(topic)!, parse.GetValue(audience)!, parse.GetValue(Language), Day(parse));
            return new CurriculumRenderer(PageLinks.Site).Render(await new CurriculumBuilder(graph).BuildAsync(query, ct));
        });
    }

    /// <summary>Adds the shared options, and runs the renderer over the compiled corpus, reporting bad input as an error line and exit code 1.</summary>
    private static Command WithCommonOptions(CliSettings settings, Command command, Func<ParseResult, ILegalGraph, CancellationToken, Task<string>> render)
    {
        command.Add(Corpus);
        command.Add(Out);
        command.Add(Language);
        command.Add(AsOf);
        command.SetAction(async (parse, ct) =>
        {
            if (CliCorpus.Compile(CliCorpus.Root(settings, parse.GetValue(Corpus))) is not { } corpus) return 1;
            string markdown;
            try
            {
                markdown = await render(parse, new EmbeddedGraph(corpus), ct);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
            if (parse.GetValue(Out) is { } path) await File.WriteAllTextAsync(path, markdown, ct);
            else Console.Out.Write(markdown);
            return 0;
        });
        return command;
    }

    private static DateOnly Day(ParseResult parse) => Legal.Model.Time.AsOf.OrToday(parse.GetValue(AsOf));
}

using GraphQL.Validation.Complexity;

namespace Legal.Server.GraphQL;

/// <summary>
/// What each field costs, in units of about 10 µs of server time, measured on the shipped corpus: rendering a whole
/// instrument, search, trace and curriculum are priced by their work, extraction by the length of its text. Every
/// other field keeps graphql-dotnet's default (1, multiplied by the page size for lists). Aliases each pay again,
/// because the analysis walks every selection.
/// </summary>
public static class CostModel
{
    /// <summary>Rendering an instrument with all its provisions (the law: 20 to 40 ms as HTML).</summary>
    public const double WholeInstrument = 5_000;

    /// <summary>Rendering one node that is not an instrument.</summary>
    public const double OneNode = 50;

    public const double Search = 1_000;

    public const double TraceStep = 300;

    public const double Curriculum = 2_500;

    /// <summary>Extraction: a fixed part and one unit per this many characters (200,000 characters: about 0.6 s).</summary>
    public const double Extraction = 100;
    public const int ExtractionCharsPerUnit = 4;

    public const double Listing = 200;

    /// <summary>The field's price; <paramref name="byDefault"/> is graphql-dotnet's own pricing, kept for the others.</summary>
    public static FieldComplexityResult Price(FieldImpactContext context, Func<FieldImpactContext, FieldComplexityResult> byDefault)
    {
        var basic = byDefault(context);
        var price = (context.ParentType.Name, context.FieldDefinition.Name) switch
        {
            ("Instrument" or "Node", "markdown" or "html") => WholeInstrument,
            // A trace's or curriculum's Markdown is written from what its own (priced) query already found.
            (not ("Trace" or "TracePath" or "Curriculum"), "markdown" or "html") => OneNode,
            ("Query", "search") => Search,
            ("Query", "trace") => TraceStep * Math.Max(1, context.GetArgument("maxDepth", Engine.Queries.TraceQuery.DefaultMaxDepth)),
            ("Query", "curriculum") => Curriculum,
            ("Query", "extractReferences") => Extraction + (context.GetArgument<string?>("text", null)?.Length ?? 0) / ExtractionCharsPerUnit,
            ("Query", "obligations" or "changes" or "disputes") => Listing,
            _ => basic.FieldImpact,
        };
        return new FieldComplexityResult(price, basic.ChildImpactMultiplier);
    }
}

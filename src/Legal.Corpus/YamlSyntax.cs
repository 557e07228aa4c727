using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Legal.Corpus;

/// <summary>
/// Checks a YAML block's syntax event by event, to say where it breaks in words an editor understands. A bracket left
/// open is reported where it was opened (YamlDotNet notices only at the end, sometimes with an exception that has no
/// position at all); other faults where the parser stopped.
/// </summary>
internal static partial class YamlSyntax
{
    public sealed record Fault(int Line, int Column, string Message);

    public static Fault? Check(string yaml)
    {
        // Every open collection, so that ends pop what they close; a block collection has no bracket.
        var open = new Stack<(char? Bracket, Mark At)>();
        var last = Mark.Empty;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.End;
                switch (current)
                {
                    case SequenceStart s: open.Push((s.Style == SequenceStyle.Flow ? '[' : null, s.Start)); break;
                    case MappingStart m: open.Push((m.Style == MappingStyle.Flow ? '{' : null, m.Start)); break;
                    case SequenceEnd or MappingEnd when open.Count > 0: open.Pop(); break;
                }
            }
            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            if (open.FirstOrDefault(o => o.Bracket is not null) is { Bracket: { } } unclosed)
            {
                var closer = unclosed.Bracket == '[' ? ']' : '}';
                return new Fault((int)unclosed.At.Line, (int)unclosed.At.Column, $"this '{unclosed.Bracket}' is never closed with '{closer}'");
            }
            return e is YamlException y
                ? new Fault((int)y.Start.Line, (int)y.Start.Column, Readable(y))
                : new Fault(Math.Max(1, (int)last.Line), Math.Max(1, (int)last.Column), "the YAML ends in the middle of a value");
        }
    }

    /// <summary>YamlDotNet's message without the position prefix it repeats, "(Line: 4, Col: 9, Idx: 61) - (…): ".</summary>
    public static string Readable(YamlException e) => PositionPrefix().Replace(e.Message, "").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}

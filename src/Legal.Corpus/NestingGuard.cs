using Legal.Model;

namespace Legal.Corpus;

/// <summary>
/// Refuses nesting no statute needs before a parser sees it: Markdig gives up past its depth limit with an exception that
/// names no line, and building a YAML tree recurses once per level. The first line past the limit is the one reported.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Far more than the corpus format uses (a list in a quote in a list), far less than the parsers' limits.</summary>
    public const int MaxDepth = 32;

    /// <summary>Block quotes and list items opened on one line, the way a line of a thousand <c>&gt; </c> opens a thousand quotes.</summary>
    public static Origin? Markdown(string path, string text)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var depth = 0;
            for (var i = 0; i < line.Length;)
            {
                if (line[i] is ' ' or '\t') i++;
                else if (line[i] == '>') (depth, i) = (depth + 1, i + 1);
                else if (line[i] is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t') (depth, i) = (depth + 1, i + 2);
                else break;
                if (depth > MaxDepth) return new Origin(path, lineNumber, i);
            }
        }
        return null;
    }

    /// <summary>Flow collections (<c>[ [ [</c>, <c>{ {</c>) and block levels (indentation and compact <c>- - -</c>) together.</summary>
    public static Origin? Yaml(string path, string yaml, int linesBefore)
    {
        var indents = new Stack<int>();
        var flow = 0;
        var lineNumber = linesBefore;
        foreach (var line in yaml.Split('\n'))
        {
            lineNumber++;
            var indent = line.Length - line.TrimStart(' ').Length;
            if (flow == 0 && indent < line.Length && line[indent] != '#')
            {
                while (indents.TryPeek(out var top) && top > indent) indents.Pop();
                if (!indents.TryPeek(out var last) || last < indent) indents.Push(indent);
            }
            var dashes = 0;
            for (var i = indent; i + 1 < line.Length && line[i] == '-' && line[i + 1] == ' ';) (dashes, i) = (dashes + 1, SkipSpaces(line, i + 1));
            if (indents.Count + dashes > MaxDepth) return new Origin(path, lineNumber, indent + 1);
            char? quote = null;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quote is not null) { if (c == quote) quote = null; continue; }
                if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or '[' or '{' or ',' or ':')) quote = c;
                else if (c == '#' && (i == 0 || line[i - 1] == ' ')) break;
                else if (c is '[' or '{' && ++flow + indents.Count > MaxDepth) return new Origin(path, lineNumber, i + 1);
                else if (c is ']' or '}' && flow > 0) flow--;
            }
        }
        return null;
    }

    private static int SkipSpaces(string line, int i)
    {
        while (i < line.Length && line[i] == ' ') i++;
        return i;
    }
}

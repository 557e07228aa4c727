using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;
using YamlDotNet.RepresentationModel;

namespace Legal.Corpus;

/// <summary>
/// Reads one YAML mapping field by field, reporting every malformed value and every key nobody asked for
/// at its own line and column in the Markdown file.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly HashSet<string> _read = [];
    private readonly FileContext _file;

    public YamlFields(YamlMappingNode map, FileContext file) => (_map, _file) = (map, file);

    public Origin Origin => _file.At(_map);

    public FileContext Context => _file;

    public IEnumerable<string> Keys => _map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    public string? String(string key)
    {
        if (Take(key) is not { } node) return null;
        if (node is YamlScalarNode { Value: { } value } && value.Length > 0) return Clean(node, value, $"'{key}'");
        _file.Error(node, $"'{key}' must be a single text value");
        return null;
    }

    public long? Integer(string key)
    {
        if (Take(key) is not { } node) return null;
        if (node is YamlScalarNode s && long.TryParse(s.Value, out var value)) return value;
        _file.Error(node, $"'{key}' must be a whole number");
        return null;
    }

    public PartialDate? Date(string key)
    {
        if (Take(key) is not { } node) return null;
        if (node is YamlScalarNode s && PartialDate.TryParse(s.Value, out var date)) return date;
        _file.Error(node, $"malformed date '{(node as YamlScalarNode)?.Value}' in '{key}': expected YYYY, YYYY-MM or YYYY-MM-DD");
        return null;
    }

    /// <summary>The id a node declares for itself.</summary>
    public NodeId? Id(string key) => Take(key) is { } node ? _file.ReadId(node) : null;

    /// <summary>An id naming another node, which must exist once the whole corpus is read.</summary>
    public NodeId? Ref(string key) => Take(key) is { } node ? _file.ReadRef(node) : null;

    public Bilingual Bilingual(string key)
    {
        if (Take(key) is not { } node) return Model.Bilingual.Empty;
        if (node is not YamlMappingNode map)
        {
            _file.Error(node, $"'{key}' must give the text per language, as {{en: …, ar: …}}");
            return Model.Bilingual.Empty;
        }
        var fields = new YamlFields(map, _file);
        var text = new Bilingual(fields.String("en"), fields.String("ar"));
        fields.ReportUnknown();
        return text;
    }

    /// <summary>A nested mapping, such as <c>in_force: {from: …, until: …}</c>.</summary>
    public YamlFields? Map(string key)
    {
        if (Take(key) is not { } node) return null;
        if (node is YamlMappingNode map) return new YamlFields(map, _file);
        _file.Error(node, $"'{key}' must be a mapping of fields");
        return null;
    }

    public IReadOnlyList<string> Strings(string key) => Sequence(key).Select(ScalarOrError).OfType<string>().ToList();

    public IReadOnlyList<NodeId> Refs(string key) => Sequence(key).Select(_file.ReadRef).OfType<NodeId>().ToList();

    /// <summary>Source keys, which name files under <c>sources/</c> as <c>src/{key}</c>.</summary>
    public IReadOnlyList<NodeId> Sources(string key = "sources") => Sequence(key).Select(_file.ReadSourceKey).OfType<NodeId>().ToList();

    public IEnumerable<YamlFields> Maps(string key)
    {
        foreach (var item in Sequence(key))
        {
            if (item is YamlMappingNode map) yield return new YamlFields(map, _file);
            else _file.Error(item, $"each entry of '{key}' must be a mapping of fields");
        }
    }

    /// <summary>
    /// Counts by name: <c>participants: 90</c> is exact; <c>participants: {value: 90, qualifier: more_than, sources: [a]}</c>
    /// keeps how the source states it and which sources give it. A figure without sources of its own has its node's.
    /// </summary>
    public IReadOnlyDictionary<string, Figure> Figures(string key, IReadOnlyList<NodeId> nodeSources)
    {
        var result = new Dictionary<string, Figure>();
        if (Take(key) is not { } node) return result;
        if (node is not YamlMappingNode map)
        {
            _file.Error(node, $"'{key}' must map names to counts, as {{participants: 450}}");
            return result;
        }
        var fields = new YamlFields(map, _file);
        foreach (var name in fields.Keys.ToList())
        {
            if (fields.Find(name) is YamlMappingNode)
            {
                var figure = fields.Map(name)!;
                var value = figure.Integer("value");
                var qualifierText = figure.String("qualifier");
                var sources = figure.Sources();
                var qualifier = FigureQualifier.Exact;
                if (value is null && !figure.Has("value")) _file.Error(figure.Origin, $"figure '{name}' needs 'value'");
                if (qualifierText is not null && !Naming.TryParseSnakeCase(qualifierText, out qualifier))
                {
                    _file.Error(figure.Take("qualifier")!, $"unknown qualifier '{qualifierText}' (known: exact, at_least, more_than, about)");
                }
                figure.ReportUnknown();
                if (value is { } v) result[name] = new Figure(v, qualifier) { Sources = sources.Count > 0 ? sources : nodeSources };
            }
            else if (fields.Integer(name) is { } value) result[name] = new Figure(value) { Sources = nodeSources };
        }
        return result;
    }

    /// <summary>Reports the keys nobody read: a misspelt field must never be silently ignored.</summary>
    public void ReportUnknown(string? hint = null)
    {
        foreach (var (keyNode, _) in _map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name)) _file.Error(keyNode, $"unknown field '{name}'{(hint is null ? "" : $" ({hint})")}");
        }
    }

    public YamlNode? Take(string key)
    {
        _read.Add(key);
        return Find(key);
    }

    internal YamlNode? Find(string key) =>
        _map.Children.TryGetValue(new YamlScalarNode(key), out var node) && !IsNull(node) ? node : null;

    private static bool IsNull(YamlNode node) => node is YamlScalarNode { Value: null or "" or "~" or "null", Style: YamlDotNet.Core.ScalarStyle.Plain };

    private IEnumerable<YamlNode> Sequence(string key)
    {
        if (Take(key) is not { } node) return [];
        if (node is YamlSequenceNode seq) return seq.Children;
        _file.Error(node, $"'{key}' must be a list, as [a, b] or one '- item' per line");
        return [];
    }

    private string? ScalarOrError(YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value }) return Clean(node, value, "this value");
        _file.Error(node, "expected a single text value");
        return null;
    }

    /// <summary>The value, unless an escape such as "\0" put a control character in it.</summary>
    private string? Clean(YamlNode node, string value, string what)
    {
        var bad = value.ToList().FindIndex(CorpusText.IsForbidden);
        if (bad < 0) return value;
        _file.Error(node, $"control character U+{(int)value[bad]:X4} in {what}: remove it (tabs and line breaks are the only ones allowed)");
        return null;
    }
}

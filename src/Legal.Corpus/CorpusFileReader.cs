using Legal.Model;
using Legal.Model.Ids;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Legal.Corpus;

/// <summary>
/// Reads one corpus file: YAML front matter for the node itself, then headings for provisions,
/// <c>```meta</c> blocks for a provision's structured facts, and <c>::: en</c> / <c>::: ar</c> blocks for prose.
/// The format is specified, with examples, in statutes/README.md.
/// </summary>
internal sealed class CorpusFileReader
{
    // Order matters: front matter must be recognised before anything else, and generic attributes
    // ({#art_16 ar="…"}) must come last so that they attach to headings parsed by the others.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCustomContainers()
        .UsePreciseSourceLocation()
        .UseGenericAttributes()
        .Build();

    private static readonly HashSet<string> ProseBlocks = ["en", "ar", "text-en", "text-ar"];

    private readonly FileContext _file;
    private readonly string _text;

    private CorpusFileReader(FileContext file, string text) => (_file, _text) = (file, text);

    public static void Read(string relativePath, string text, CompileState state) =>
        new CorpusFileReader(new FileContext(relativePath, 0, state), text).Read();

    private void Read()
    {
        if (NestingGuard.Markdown(_file.Path, _text) is { } deep)
        {
            _file.Error(deep, $"nested more than {NestingGuard.MaxDepth} deep (quotes or list items): the corpus format never needs this much");
            _file.State.Reject(_text, deep);
            return;
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(_text, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            // Markdig's own limits (nesting of inline elements) end in an exception that names no position.
            _file.Error(new Origin(_file.Path, 1, 1), $"this file cannot be read as Markdown: {e.Message}");
            _file.State.Reject(_text, new Origin(_file.Path, 1, 1));
            return;
        }
        if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatter)
        {
            _file.Error(new Origin(_file.Path, 1, 1), "missing front matter: a corpus file starts with '---', its YAML fields, and '---'");
            return;
        }
        var errorsBefore = _file.State.Diagnostics.Items.Count;
        var yaml = frontMatter.Lines.ToString();
        var node = ReadYaml(yaml, frontMatter.Line + 1) is { } fields ? ReadNode(fields) : null;
        if (node is null)
        {
            MarkRejected(yaml, errorsBefore);
            return;
        }

        var body = new BodyBuilder(node);
        foreach (var block in document.Skip(1)) ReadBlock(block, body);
        body.Finish(_file.State);
    }

    /// <summary>Remembers the id a rejected file meant to declare, so that links to it are listed as consequences of its error.</summary>
    private void MarkRejected(string text, int errorsBefore)
    {
        var cause = _file.State.Diagnostics.Items.Skip(errorsBefore).FirstOrDefault(d => d.IsError && d.Origin.Path == _file.Path);
        if (cause is not null) _file.State.Reject(text, cause.Origin);
    }

    private YamlFields? ReadYaml(string yaml, int linesBefore)
    {
        var context = _file.ForYamlAfter(linesBefore);
        if (NestingGuard.Yaml(_file.Path, yaml, linesBefore) is { } deep)
        {
            context.Error(deep, $"YAML nested more than {NestingGuard.MaxDepth} deep: the corpus format never needs this much");
            return null;
        }
        if (YamlSyntax.Check(yaml) is { } syntax)
        {
            context.Error(new Origin(_file.Path, linesBefore + syntax.Line, syntax.Column), $"malformed YAML: {syntax.Message}");
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            context.Error(new Origin(_file.Path, linesBefore + (int)e.Start.Line, (int)e.Start.Column), $"malformed YAML: {YamlSyntax.Readable(e)}");
            return null;
        }
        if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode map) return new YamlFields(map, context);
        context.Error(new Origin(_file.Path, linesBefore + 1, 1), "the YAML block must be a mapping of fields");
        return null;
    }

    private Node? ReadNode(YamlFields f)
    {
        var id = f.Id("id");
        var kindText = f.String("kind");
        NodeKind kind = default;
        var kindOk = kindText is not null && NodeKinds.TryParse(kindText, out kind) && kind.IsFileKind();
        if (kindText is null) _file.Error(f.Origin, "missing field 'kind'");
        else if (!kindOk)
        {
            var kinds = NodeKinds.All.Where(k => k is not ("provision" or "obligation")).ToList();
            var near = NearestNames.Of(kindText, kinds, 1);
            f.Context.Error(f.Take("kind")!, $"unknown kind '{kindText}'{(near.Count > 0 ? $" (did you mean '{near[0]}'?)" : "")}; known: {string.Join(", ", kinds)}");
        }
        if (id is null)
        {
            if (!f.Has("id")) _file.Error(f.Origin, "missing field 'id'");
            return null;
        }
        if (id.IsProvision) f.Context.Error(f.Take("id")!, "a file declares a whole node; provisions are headings inside it");

        IReadOnlyList<NodeId> sources = kind == NodeKind.Source ? [] : f.Sources();
        var node = new Node(id, kind, f.Context.At(f.Take("id")!))
        {
            Title = f.Bilingual("title"),
            Aliases = f.Strings("aliases"),
            Sources = sources,
            Number = f.String("number"),
            Jurisdiction = f.String("jurisdiction"),
            Date = f.Date("date"),
            EndDate = f.Date("end_date"),
            Place = f.Bilingual("place"),
            Figures = f.Figures("figures", sources),
            Publisher = f.String("publisher"),
            Url = f.String("url"),
            Language = f.String("language"),
            SourceKind = ReadSourceKind(f),
            Grade = ReadGrade(f, kind),
            Claims = ReadClaims(f),
            Ratings = ReadRatings(f),
            ActionPlan = ReadActionPlan(f),
        };
        node = ReadInForce(f, node, _file);
        node = node with { KnownUpTo = f.Date("known_up_to") };
        if (node.KnownUpTo is not null && !kind.IsInstrument()) _file.Error(f.Take("known_up_to")!, "only instruments have 'known_up_to'");
        ReadRelations(f, id);
        f.ReportUnknown();
        if (node.Title.En is null && node.Title.Ar is null) _file.Error(node.Origin, "missing field 'title': give at least {en: …}");
        if (kind == NodeKind.Source && node.Publisher is null) _file.Error(node.Origin, "a source needs 'publisher'");
        if (kind == NodeKind.Source && id.Namespace != "src") _file.Error(node.Origin, "a source's id starts with src/, e.g. src/kuna-2026-01-27");
        return kindOk ? node : null;
    }

    private static Node ReadInForce(YamlFields f, Node node, FileContext file)
    {
        if (f.Map("in_force") is not { } period) return node;
        var (from, until) = (period.Date("from"), period.Date("until"));
        file.State.InForceOrigins[node.Id] = period.Origin;
        period.ReportUnknown();
        return node with { InForce = Model.Time.Period.Of(from, until) };
    }

    /// <summary>Claims about these fields state dates, which must be real ones.</summary>
    private static readonly HashSet<string> DateFields = ["date", "end_date", "in_force.from", "in_force.until", "known_up_to", "from", "until", "as_of"];

    private SourceKind? ReadSourceKind(YamlFields f)
    {
        if (f.String("source_kind") is not { } text) return null;
        if (Naming.TryParseSnakeCase<SourceKind>(text, out var kind)) return kind;
        f.Context.Error(f.Take("source_kind")!, $"unknown source_kind '{text}' (known: official_text, official_statement, news, secondary)");
        return null;
    }

    private SourceGrade? ReadGrade(YamlFields f, NodeKind kind)
    {
        var text = f.String("grade");
        if (text is null)
        {
            if (kind == NodeKind.Source) _file.Error(f.Origin, "a source needs 'grade': official, professional, press or low");
            return null;
        }
        if (kind != NodeKind.Source) _file.Error(f.Take("grade")!, "only a source has a 'grade'");
        if (Naming.TryParseSnakeCase<SourceGrade>(text, out var grade)) return grade;
        _file.Error(f.Take("grade")!, $"unknown grade '{text}' (known: official, professional, press, low)");
        return null;
    }

    /// <summary>An evaluation's ratings: <c>- {standard: fatf/rec/6, rating: partially_compliant, sources: [...]}</c>.</summary>
    private static IReadOnlyList<Rating> ReadRatings(YamlFields f) =>
        f.Maps("ratings").Select(r =>
        {
            var standard = r.Ref("standard");
            var value = r.String("rating") ?? "";
            var sources = r.Sources();
            if (standard is null) r.Context.Error(r.Origin, "a rating needs 'standard', such as fatf/rec/6");
            if (!Rating.Known.Contains(value)) r.Context.Error(r.Origin, $"a rating needs 'rating', one of: {string.Join(", ", Rating.Known)}");
            if (sources.Count == 0) r.Context.Error(r.Origin, "missing source: a rating needs 'sources'");
            r.ReportUnknown();
            return standard is null ? null : new Rating(standard, value, sources);
        }).OfType<Rating>().ToList();

    /// <summary>An action plan: <c>- {en: …, ar: …, concerns: [ids], sources: [...], note: …}</c>.</summary>
    private static IReadOnlyList<ActionItem> ReadActionPlan(YamlFields f) =>
        f.Maps("action_plan").Select(a =>
        {
            var item = new ActionItem(new Bilingual(a.String("en"), a.String("ar")), a.Refs("concerns"), a.Sources(), a.String("note"));
            if (item.Text.IsEmpty) a.Context.Error(a.Origin, "an action-plan item needs its text, as en: … and ar: …");
            if (item.Sources.Count == 0) a.Context.Error(a.Origin, "missing source: an action-plan item needs 'sources'");
            a.ReportUnknown();
            return item;
        }).ToList();

    internal static IReadOnlyList<Claim> ReadClaims(YamlFields f) =>
        f.Maps("claims").Select(c =>
        {
            var claim = new Claim(c.String("field") ?? "", c.String("value") ?? "", c.Sources(), c.String("note"));
            if (claim.Field.Length == 0 || claim.Value.Length == 0) c.Context.Error(c.Origin, "a claim needs 'field' and 'value'");
            if (claim.Sources.Count == 0) c.Context.Error(c.Origin, "missing source: a claim needs 'sources'");
            if (DateFields.Contains(claim.Field) && claim.Value.Length > 0 && !Model.Time.PartialDate.TryParse(claim.Value, out _))
            {
                c.Context.Error(c.Take("value")!, $"malformed date '{claim.Value}' in a claim on '{claim.Field}': expected a real date as YYYY, YYYY-MM or YYYY-MM-DD");
            }
            c.ReportUnknown();
            return claim;
        }).ToList();

    /// <summary>Relations are written <c>- member_of: org/gctf</c>, with optional sources, period, role and note.</summary>
    internal static void ReadRelations(YamlFields f, NodeId from)
    {
        foreach (var r in f.Maps("relations"))
        {
            var typeKeys = r.Keys.Where(k => RelationKinds.TryParse(k, out _)).ToList();
            if (typeKeys.Count != 1)
            {
                var unknown = r.Keys.FirstOrDefault(k => !RelationFields.Contains(k));
                r.Context.Error(r.Origin, unknown is not null
                    ? $"unknown relation type '{unknown}' (known: {string.Join(", ", RelationKinds.All)})"
                    : "a relation names exactly one type, as '- member_of: org/gctf'");
                continue;
            }
            RelationKinds.TryParse(typeKeys[0], out var type);
            var target = r.Ref(typeKeys[0]);
            var relation = target is null ? null : new Relation(from, type, target, r.Origin)
            {
                Sources = r.Sources(),
                Since = r.Date("from"),
                Until = r.Date("until"),
                AsOf = r.Date("as_of"),
                Role = r.Bilingual("role"),
                Note = r.String("note"),
                Extent = r.String("extent"),
                TeamAssessment = r.String("team_assessment"),
                Basis = r.Ref("basis"),
            };
            // Which body supervises which sector is the law's choice: the relation names the article that makes it.
            if (relation is { Type: RelationKind.Supervises, Basis: null })
            {
                r.Context.Error(r.Origin, "a 'supervises' relation needs 'basis': the provision that designates the supervisor, such as kw/mr/2013/37#art_1");
            }
            if (relation?.TeamAssessment is not (null or "draft" or "reviewed"))
            {
                r.Context.Error(r.Origin, $"team_assessment must be draft or reviewed, not '{relation.TeamAssessment}'");
            }
            r.ReportUnknown();
            if (relation is not null) r.Context.State.Add(relation, expectTarget: false);
        }
    }

    private static readonly HashSet<string> RelationFields = ["sources", "from", "until", "as_of", "role", "note", "extent", "team_assessment", "basis"];

    private void ReadBlock(Block block, BodyBuilder body)
    {
        switch (block)
        {
            case HeadingBlock heading:
                ReadHeading(heading, body);
                break;
            case FencedCodeBlock { Info: "meta" } meta:
                ReadMeta(meta, body);
                break;
            case CustomContainer container when ProseBlocks.Contains(container.Info ?? ""):
                ReadProse(container, body);
                break;
            case CustomContainer container:
                _file.Error(_file.AtMarkdig(container.Line, container.Column), $"unknown block '::: {container.Info}' (known: {string.Join(", ", ProseBlocks)})");
                break;
            default:
                _file.Error(_file.AtMarkdig(block.Line, block.Column), "text must sit inside a '::: en' or '::: ar' block, under the node or a provision heading");
                break;
        }
    }

    private void ReadHeading(HeadingBlock heading, BodyBuilder body)
    {
        var at = _file.AtMarkdig(heading.Line, heading.Column);
        var attributes = heading.GetAttributes();
        var text = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []).Trim();
        if (!body.Owner.Kind.IsInstrument())
        {
            _file.Error(at, $"only instruments have provisions; a {body.Owner.Kind.ToSnakeCase()} keeps its text in '::: en' and '::: ar' blocks");
            return;
        }
        if (!EId.TryParse(attributes.Id, out var eId))
        {
            _file.Error(at, $"a provision heading needs an Akoma Ntoso id, as '## Article 16 {{#art_16}}'{(attributes.Id is null ? "" : $"; '{attributes.Id}' is not one")}");
            return;
        }
        var element = eId.Last.Element;
        if (!ProvisionHeading.IsKnownElement(element))
        {
            _file.Error(at, $"unknown provision element '{element}' in '{eId}' (known: {string.Join(", ", ProvisionHeading.Prefixes)})");
            return;
        }
        // A mismatched label is reported, but the provision is still read, so its links do not cascade into more errors.
        if (!ProvisionHeading.TryParse(text, out var label, out var headingEn) || label != ProvisionHeading.Label(eId, Lang.En))
        {
            _file.Error(at, $"heading '{text}' does not match its id '{eId}': it must start with '{ProvisionHeading.Label(eId, Lang.En)}'");
        }
        var headingAr = attributes.Properties?.FirstOrDefault(p => p.Key == "ar").Value;
        var unknownAttribute = attributes.Properties?.FirstOrDefault(p => p.Key != "ar").Key;
        if (unknownAttribute is not null) _file.Error(at, $"unknown heading attribute '{unknownAttribute}' (known: ar)");
        if (attributes.Classes is { Count: > 0 }) _file.Error(at, "provision headings take no classes");
        body.OpenProvision(heading.Level, eId, new Bilingual(headingEn, headingAr), at, _file);
    }

    private void ReadMeta(FencedCodeBlock meta, BodyBuilder body)
    {
        var at = _file.AtMarkdig(meta.Line, meta.Column);
        if (body.Current is not { } provision || body.HasMeta)
        {
            _file.Error(at, body.Current is null
                ? "a meta block belongs right under a provision heading; the node's own fields go in the front matter"
                : "a provision has at most one meta block");
            return;
        }
        if (ReadYaml(meta.Lines.ToString(), meta.Line + 1) is not { } f) return;
        body.SetMeta(new ProvisionMeta(f, provision.Id).Read());
    }

    private void ReadProse(CustomContainer container, BodyBuilder body)
    {
        var lines = _text[container.Span.Start..Math.Min(_text.Length, container.Span.End + 1)].Split('\n').ToList();
        lines.RemoveAt(0);
        if (lines.Count > 0 && lines[^1].TrimStart().StartsWith(":::", StringComparison.Ordinal)) lines.RemoveAt(lines.Count - 1);
        var markdown = string.Join('\n', lines).Trim();
        var at = _file.AtMarkdig(container.Line, container.Column);
        if (!body.SetProse(container.Info!, markdown))
        {
            _file.Error(at, $"a second '::: {container.Info}' block for the same node or provision");
            return;
        }
        if (container.Info is "en" or "ar") ReadLinks(container, body);
    }

    /// <summary>A link's title names its relation: <c>[the FIU](org/kw-fiu "establishes")</c>; without one it cites.</summary>
    private void ReadLinks(CustomContainer container, BodyBuilder body)
    {
        foreach (var link in container.Descendants<LinkInline>())
        {
            var at = _file.AtMarkdig(link.Line, link.Column);
            var url = link.Url ?? "";
            if (url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal)) continue;
            var target = NodeId.ResolveTarget(url, body.Owner.Id);
            if (target is null)
            {
                _file.Error(at, $"link target '{url}' is not a node id (such as kw/law/2013/106#art_16 or org/tftc) nor #art_16 in this instrument");
                continue;
            }
            var type = RelationKind.Cites;
            if (!string.IsNullOrEmpty(link.Title) && !RelationKinds.TryParse(link.Title, out type))
            {
                _file.Error(at, $"unknown relation type '{link.Title}' (known: {string.Join(", ", RelationKinds.All)})");
                continue;
            }
            body.Link(type, target, at);
        }
    }
}

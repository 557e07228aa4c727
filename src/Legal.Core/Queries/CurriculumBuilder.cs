using Legal.Core.Graph;
using Legal.Core.Ids;
using Legal.Core.Model;
using Legal.Core.Rendering;

namespace Legal.Core.Queries;

/// <summary>
/// Builds a learning path from the graph: the provisions a topic search finds, the international standards they carry
/// out, the bodies they set up, the duties binding the audience's sector, and the cooperation around the topic.
/// Every question is generated from a relation or a summary and cites the node that answers it; modules with nothing to
/// teach are left out.
/// </summary>
public sealed class CurriculumBuilder(ILegalGraph graph)
{
    private const int Readings = 8;
    private const int SourceDepth = 4;
    private static readonly HashSet<EdgeType> BodyRelations = [EdgeType.Establishes, EdgeType.Designates, EdgeType.Empowers, EdgeType.Supervises];
    private static readonly HashSet<EdgeType> DutyRelations = [EdgeType.Imposes, EdgeType.SupervisedBy];

    public async Task<Curriculum> BuildAsync(CurriculumQuery query, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(query.Topic)) throw new ArgumentException("'topic' must name a subject, such as terrorist financing");
        var known = new Known(graph, query.Lang);
        var provisions = (await Search(query.Topic, [NodeKind.Provision], ct)).Where(p => p.HasEffectOn(query.AsOf)).ToList();
        await known.AddAsync(provisions, ct);
        var audience = await AudienceAsync(query.Audience, ct);
        var modules = new[]
        {
            Law(query, provisions, known),
            await SourcesAsync(query, provisions, known, ct),
            await BodiesAsync(query, provisions, known, ct),
            audience is null ? null : await DutiesAsync(query, audience, known, ct),
            await CooperationAsync(query, known, ct),
        };
        return new Curriculum(query, audience, modules.OfType<CurriculumModule>().Where(m => m.Readings.Count > 0).ToList(), known.Nodes);
    }

    private static CurriculumModule Law(CurriculumQuery query, IReadOnlyList<Node> provisions, Known known)
    {
        var lang = query.Lang;
        var questions = provisions.Where(p => FirstSentence(p.Summary.Prefer(lang)) is not null)
            .Select(p => new ReviewQuestion(Words.QuestionProvides.Format(lang, known.Name(p)), FirstSentence(p.Summary.Prefer(lang))!, p));
        return new CurriculumModule(Words.ModuleLaw[lang], [Words.ObjectiveLaw.Format(lang, query.Topic)], provisions, questions.ToList());
    }

    private async Task<CurriculumModule> SourcesAsync(CurriculumQuery query, IReadOnlyList<Node> provisions, Known known, CancellationToken ct)
    {
        var tracer = new Tracer(graph);
        var found = new List<(Node Provision, Node Source)>();
        foreach (var provision in provisions)
        {
            var trace = await tracer.TraceAsync(new TraceQuery(provision.Id, TraceDirection.Up, query.AsOf, SourceDepth), ct);
            found.AddRange(trace!.Paths.Select(p => trace.Node(p.End)).Where(n => n.Kind is NodeKind.UnResolution or NodeKind.Standard).Select(s => (provision, s)));
        }
        await known.AddAsync(found.Select(f => f.Source), ct);
        var lang = query.Lang;
        var questions = found.GroupBy(f => f.Provision.Id)
            .Select(g => new ReviewQuestion(Words.QuestionSource.Format(lang, known.Name(g.First().Provision)),
                string.Join("; ", g.Select(f => known.Name(f.Source))), g.First().Provision));
        return new CurriculumModule(Words.ModuleSources[lang], [Words.ObjectiveSources[lang]],
            found.Select(f => f.Source).DistinctBy(s => s.Id).ToList(), questions.ToList());
    }

    private async Task<CurriculumModule> BodiesAsync(CurriculumQuery query, IReadOnlyList<Node> provisions, Known known, CancellationToken ct)
    {
        var edges = (await graph.EdgesAsync(provisions.Select(p => p.Id).ToList(), Direction.Out, BodyRelations, ct)).Where(e => e.HeldOn(query.AsOf)).ToList();
        var bodies = (await graph.GetManyAsync(edges.Select(e => e.To).ToHashSet(), ct)).Values.ToList();
        await known.AddAsync(bodies, ct);
        var lang = query.Lang;
        var questions = edges.Select(e => new ReviewQuestion(
            Words.QuestionBody.Format(lang, known.Name(known.Nodes[e.From]), EdgeLabels.Incoming(e.Type, lang)), known.Name(known.Nodes[e.To]), known.Nodes[e.From]));
        return new CurriculumModule(Words.ModuleBodies[lang], [Words.ObjectiveBodies[lang]], bodies, questions.ToList());
    }

    private async Task<CurriculumModule> DutiesAsync(CurriculumQuery query, Node audience, Known known, CancellationToken ct)
    {
        var obligations = (await new ObligationFinder(graph).FindAsync(new ObligationQuery(Subject: audience.Id, AsOf: query.AsOf, First: Readings), ct)).Items;
        var edges = await graph.EdgesAsync(obligations.Select(o => o.Id).ToList(), Direction.Both, DutyRelations, ct);
        var related = await graph.GetManyAsync(edges.SelectMany(e => new[] { e.From, e.To }).ToHashSet(), ct);
        await known.AddAsync(related.Values, ct);
        var lang = query.Lang;
        var questions = new List<ReviewQuestion>();
        var bases = new List<Node>();
        foreach (var obligation in obligations)
        {
            if (edges.FirstOrDefault(e => e.Type == EdgeType.Imposes && e.To == obligation.Id) is not { } imposed) continue;
            var basis = related[imposed.From];
            bases.Add(basis);
            var action = obligation.Title.Prefer(lang)!;
            var deadline = obligation.Deadline.Prefer(lang) is { } d ? $" ({d})" : "";
            questions.Add(new ReviewQuestion(Words.QuestionDuty.Format(lang, known.Name(basis), audience.Title.Prefer(lang)), action + deadline, basis));
            var supervisors = edges.Where(e => e.Type == EdgeType.SupervisedBy && e.From == obligation.Id).Select(e => known.Name(related[e.To])).ToList();
            if (supervisors.Count > 0) questions.Add(new ReviewQuestion(Words.QuestionSupervisor.Format(lang, action), string.Join("; ", supervisors), basis));
        }
        return new CurriculumModule(Words.ModuleDuties.Format(lang, audience.Title.Prefer(lang)), [Words.ObjectiveDuties[lang]],
            bases.DistinctBy(b => b.Id).ToList(), questions);
    }

    private async Task<CurriculumModule> CooperationAsync(CurriculumQuery query, Known known, CancellationToken ct)
    {
        var lang = query.Lang;
        var found = await Search(query.Topic, [NodeKind.Framework, NodeKind.Event], ct);
        await known.AddAsync(found, ct);
        var questions = found.Where(n => n.Kind == NodeKind.Framework && FirstSentence(n.Summary.Prefer(lang)) is not null)
            .Select(n => new ReviewQuestion(Words.QuestionWhatIs.Format(lang, known.Name(n)), FirstSentence(n.Summary.Prefer(lang))!, n));
        return new CurriculumModule(Words.ModuleCooperation[lang], [Words.ObjectiveCooperation.Format(lang, query.Topic)], found, questions.ToList());
    }

    /// <summary>The sector the audience's words name ("bank staff" → banks), trying each word when the whole phrase finds none.</summary>
    private async Task<Node?> AudienceAsync(string audience, CancellationToken ct)
    {
        foreach (var words in new[] { audience }.Concat(audience.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            if ((await Search(words, [NodeKind.Sector], ct)).FirstOrDefault() is { } sector) return sector;
        }
        return null;
    }

    private async Task<IReadOnlyList<Node>> Search(string text, HashSet<NodeKind> kinds, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(text) ? [] : (await graph.SearchAsync(new SearchQuery(text, Kinds: kinds, First: Readings), ct)).Items.Select(h => h.Node).ToList();

    /// <summary>A summary's first sentence as plain text, for an answer that fits on a line.</summary>
    private static string? FirstSentence(string? markdown)
    {
        if (markdown is null) return null;
        var text = Markdig.Markdown.ToPlainText(markdown).ReplaceLineEndings(" ").Trim();
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    /// <summary>The nodes a curriculum names, with the instruments of its provisions, so each is cited in full.</summary>
    private sealed class Known(ILegalGraph graph, Lang lang)
    {
        public Dictionary<NodeId, Node> Nodes { get; } = [];

        public async Task AddAsync(IEnumerable<Node> nodes, CancellationToken ct)
        {
            foreach (var node in nodes) Nodes[node.Id] = node;
            var works = Nodes.Keys.Where(id => id.IsProvision && !Nodes.ContainsKey(id.WorkId)).Select(id => id.WorkId).ToHashSet();
            foreach (var (id, node) in await graph.GetManyAsync(works, ct)) Nodes[id] = node;
        }

        public string Name(Node node) => Citations.Name(node, Nodes.GetValueOrDefault, lang);
    }
}

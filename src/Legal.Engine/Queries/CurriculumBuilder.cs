using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Engine.Queries;

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
    private static readonly HashSet<RelationKind> BodyRelations = [RelationKind.Establishes, RelationKind.Designates, RelationKind.Empowers, RelationKind.Supervises];
    private static readonly HashSet<RelationKind> DutyRelations = [RelationKind.Imposes, RelationKind.SupervisedBy];

    public async Task<Curriculum> BuildAsync(CurriculumQuery query, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(query.Topic)) throw new ArgumentException("a curriculum needs a topic, such as terrorist financing");
        var known = new Known(graph);
        var provisions = (await Search(query.Topic, [NodeKind.Provision], ct)).Where(p => p.HasEffectOn(query.AsOf)).ToList();
        await known.AddAsync(provisions, ct);
        var audience = await AudienceAsync(query.Audience, ct);
        var modules = new[]
        {
            Law(query, provisions),
            await SourcesAsync(query, provisions, known, ct),
            await BodiesAsync(query, provisions, known, ct),
            audience is null ? null : await DutiesAsync(query, audience, known, ct),
            await CooperationAsync(query, known, ct),
        };
        return new Curriculum(query, audience, modules.OfType<CurriculumModule>().Where(m => m.Readings.Count > 0).ToList(), known.Nodes);
    }

    private static CurriculumModule Law(CurriculumQuery query, IReadOnlyList<Node> provisions)
    {
        var questions = provisions.Where(p => p.Summary.Prefer(query.Lang) is not null)
            .Select(p => new ReviewQuestion(QuestionKind.Provides, p, [p], p));
        return new CurriculumModule(ModuleKind.Law, provisions, questions.ToList());
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
        var questions = found.GroupBy(f => f.Provision.Id)
            .Select(g => new ReviewQuestion(QuestionKind.Source, g.First().Provision, g.Select(f => f.Source).ToList(), g.First().Provision));
        return new CurriculumModule(ModuleKind.Sources, found.Select(f => f.Source).DistinctBy(s => s.Id).ToList(), questions.ToList());
    }

    private async Task<CurriculumModule> BodiesAsync(CurriculumQuery query, IReadOnlyList<Node> provisions, Known known, CancellationToken ct)
    {
        var relations = (await graph.RelationsAsync(provisions.Select(p => p.Id).ToList(), Direction.Out, BodyRelations, ct)).Where(e => e.HeldOn(query.AsOf)).ToList();
        var bodies = (await graph.GetManyAsync(relations.Select(e => e.To).ToHashSet(), ct)).Values.ToList();
        await known.AddAsync(bodies, ct);
        var questions = relations.Select(e => new ReviewQuestion(QuestionKind.Body, known.Nodes[e.From], [known.Nodes[e.To]], known.Nodes[e.From], e.Type));
        return new CurriculumModule(ModuleKind.Bodies, bodies, questions.ToList());
    }

    private async Task<CurriculumModule> DutiesAsync(CurriculumQuery query, Node audience, Known known, CancellationToken ct)
    {
        var obligations = (await new ObligationFinder(graph).FindAsync(new ObligationQuery(Subject: audience.Id, AsOf: query.AsOf, First: Readings), ct)).Items;
        var relations = await graph.RelationsAsync(obligations.Select(o => o.Id).ToList(), Direction.Both, DutyRelations, ct);
        var related = await graph.GetManyAsync(relations.SelectMany(e => new[] { e.From, e.To }).ToHashSet(), ct);
        await known.AddAsync(related.Values, ct);
        var questions = new List<ReviewQuestion>();
        var bases = new List<Node>();
        foreach (var obligation in obligations)
        {
            if (relations.FirstOrDefault(e => e.Type == RelationKind.Imposes && e.To == obligation.Id) is not { } imposed) continue;
            var basis = related[imposed.From];
            bases.Add(basis);
            questions.Add(new ReviewQuestion(QuestionKind.Duty, basis, [obligation], basis));
            var supervisors = relations.Where(e => e.Type == RelationKind.SupervisedBy && e.From == obligation.Id).Select(e => related[e.To]).ToList();
            if (supervisors.Count > 0) questions.Add(new ReviewQuestion(QuestionKind.Supervisor, obligation, supervisors, basis));
        }
        return new CurriculumModule(ModuleKind.Duties, bases.DistinctBy(b => b.Id).ToList(), questions);
    }

    private async Task<CurriculumModule> CooperationAsync(CurriculumQuery query, Known known, CancellationToken ct)
    {
        var found = await Search(query.Topic, [NodeKind.Framework, NodeKind.Event], ct);
        await known.AddAsync(found, ct);
        var questions = found.Where(n => n.Kind == NodeKind.Framework && n.Summary.Prefer(query.Lang) is not null)
            .Select(n => new ReviewQuestion(QuestionKind.WhatIs, n, [n], n));
        return new CurriculumModule(ModuleKind.Cooperation, found, questions.ToList());
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

    /// <summary>The nodes a curriculum names, with the instruments of its provisions, so each is cited in full.</summary>
    private sealed class Known(ILegalGraph graph)
    {
        public Dictionary<NodeId, Node> Nodes { get; } = [];

        public async Task AddAsync(IEnumerable<Node> nodes, CancellationToken ct)
        {
            foreach (var node in nodes) Nodes[node.Id] = node;
            var works = Nodes.Keys.Where(id => id.IsProvision && !Nodes.ContainsKey(id.WorkId)).Select(id => id.WorkId).ToHashSet();
            foreach (var (id, node) in await graph.GetManyAsync(works, ct)) Nodes[id] = node;
        }
    }
}

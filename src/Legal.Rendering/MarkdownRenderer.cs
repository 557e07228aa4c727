using System.Text;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;
using Legal.Model.Time;

namespace Legal.Rendering;

/// <summary>
/// Builds the canonical Markdown of a node from the graph, in one language and optionally as in force on a date.
/// HTML, pages and the CLI all start from this text, so there is one rendering, not several.
/// </summary>
public sealed class MarkdownRenderer(ILegalGraph graph, ILinkScheme links, MarkdownFlavour flavour = MarkdownFlavour.Portable)
{
    /// <summary>The node as it stood on <paramref name="asOf"/>: callers pass today (<see cref="AsOf.OrToday"/>) when the reader gives no day.</summary>
    public async Task<string?> RenderAsync(NodeId id, Lang lang, DateOnly asOf, CancellationToken ct = default)
    {
        if (await graph.GetAsync(id, ct) is not { } node) return null;
        var context = await RenderContext.LoadAsync(graph, node, ct);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(node.Title.Prefer(lang))).AppendLine();
        AppendFacts(md, node, context, lang, asOf);
        AppendSourcing(md, node, context, lang);
        if (node.Kind == NodeKind.Provision) AppendProvisionBody(md, node, context, lang, asOf);
        else AppendSummary(md, node.Summary, node.Id, context, lang);
        if (context.Provisions.Count > 0)
        {
            md.AppendLine($"## {Phrases.Provisions[lang]}").AppendLine();
            foreach (var provision in context.Provisions) AppendProvision(md, provision, context, lang, asOf);
        }
        AppendActionPlan(md, node, context, lang);
        AppendRelations(md, node, context, lang);
        AppendClaims(md, node, context, lang);
        AppendSources(md, context, lang);
        return md.ToString().TrimEnd() + "\n";
    }

    private void AppendFacts(StringBuilder md, Node node, RenderContext context, Lang lang, DateOnly asOf)
    {
        var facts = new List<string> { $"**{Phrases.Id[lang]}:** `{node.Id}`", $"**{Phrases.Kind[lang]}:** {Phrases.KindName(node.Kind, lang)}" };
        if (node.Number is { } number) facts.Add($"**{Phrases.Number[lang]}:** {number}");
        if (node.Jurisdiction is { } j) facts.Add($"**{Phrases.Jurisdiction[lang]}:** {Phrases.JurisdictionName(j, lang)}");
        if (node.Date is { } date) facts.Add($"**{Phrases.Date[lang]}:** {date}{(node.EndDate is { } end ? $" – {end}" : "")}");
        if (node.Place[lang] is { } place) facts.Add($"**{Phrases.Place[lang]}:** {Escape(place)}");
        if (node.Kind.IsInstrument() && (node.InForce.Start is not null || node.InForce.End is not null))
        {
            facts.Add($"**{Phrases.InForce[lang]}:** {Point(node.InForce.Start, lang) ?? "?"} – {Point(node.InForce.End, lang) ?? ""}");
        }
        if (node.KnownUpTo is { } known) facts.Add($"**{Phrases.KnownUpTo[lang]}:** {known}");
        if (FrbrUri.ForWork(node)?.WorkUri is { } frbr) facts.Add($"**FRBR:** `{frbr}`");
        if (node.Deontic is { } deontic) facts.Add($"**{Phrases.Deontic[lang]}:** {deontic.ToString().ToLowerInvariant()}");
        if (node.Publisher is { } publisher) facts.Add($"**{Phrases.Publisher[lang]}:** {Escape(publisher)}");
        if (node.Url is { } url) facts.Add($"**URL:** <{url}>");
        foreach (var (name, figure) in node.Figures.OrderBy(f => f.Key, StringComparer.Ordinal)) facts.Add($"**{name.Replace('_', ' ')}:** {Phrases.FigureText(figure, lang)}");
        facts.Add($"**{Phrases.AsOf[lang]}:** {asOf:yyyy-MM-dd}");
        if (node.Kind.IsInstrument() || node.Kind == NodeKind.Provision)
        {
            var status = InForce.Of(node, context.Node, asOf);
            facts.Add($"**{Phrases.Status[lang]} {asOf:yyyy-MM-dd}:** {Escape(StatusWording.Describe(status, node, lang, context.Node))}");
        }
        foreach (var fact in facts) md.Append("- ").AppendLine(fact);
        md.AppendLine();
        if ((context.Node(node.Id.WorkId) ?? node).KnownUpTo is { } upTo && asOf > upTo.Latest)
        {
            md.AppendLine($"*{Escape(Phrases.MayNotBeCurrent.Format(lang, asOf.ToString("yyyy-MM-dd"), upTo))}*").AppendLine();
        }
    }

    /// <summary>Flags a fact that rests on no source of its own, or only on low-grade ones; well-sourced facts need no note.</summary>
    private static void AppendSourcing(StringBuilder md, Node node, RenderContext context, Lang lang)
    {
        if (node.Kind == NodeKind.Source) return;
        var note = context.SourcingOf(node.Sources) switch
        {
            Sourcing.Unsourced => Phrases.Unsourced[lang],
            Sourcing.LowGradeOnly => Phrases.LowGradeOnly[lang],
            _ => null,
        };
        if (note is not null) md.AppendLine($"> *{note}*").AppendLine();
    }

    private static string? Point(TimePoint? point, Lang lang) => point is null ? null : Escape(StatusWording.Point(point, lang));

    /// <summary>
    /// A provision's text on the day, or, when it did not apply then, a note saying so and why. The uncertainty an
    /// instrument's own dates bring is said once, in its facts, not under every provision.
    /// </summary>
    private void AppendProvisionBody(StringBuilder md, Node provision, RenderContext context, Lang lang, DateOnly asOf)
    {
        var status = InForce.Of(provision, context.Node, asOf);
        if (!status.Applies || InForce.VersionOn(provision, asOf) is not { } version)
        {
            md.AppendLine($"*{Phrases.NotInForce[lang]} {asOf:yyyy-MM-dd}: {Escape(StatusWording.Why(status, provision, lang, context.Node))}.*").AppendLine();
            return;
        }
        if (status.Uncertain && status.DecidedBy == provision.Id && StatusWording.Why(status, provision, lang, context.Node) is { } why)
        {
            md.AppendLine($"*{Phrases.UncertainNote[lang]}: {Escape(why)}.*").AppendLine();
        }
        AppendSummary(md, version.Summary, provision.Id, context, lang);
    }

    private void AppendProvision(StringBuilder md, Node provision, RenderContext context, Lang lang, DateOnly asOf)
    {
        // Provisions sit under the "Provisions" heading (level 2), so the top level starts at 3.
        var depth = Math.Min(6, 3 + context.Depth(provision));
        md.Append('#', depth).Append(' ').Append(Escape(provision.Title.Prefer(lang)));
        md.AppendLine(flavour == MarkdownFlavour.Site ? $" {{#{provision.Id.EId}}}" : "").AppendLine();
        AppendSourcing(md, provision, context, lang);
        AppendProvisionBody(md, provision, context, lang, asOf);
        foreach (var obligation in context.ObligationsOf(provision.Id))
        {
            md.AppendLine($"- **{Phrases.DeonticLabel(obligation.Deontic, lang)}:** [{Escape(obligation.Title.Prefer(lang))}]({links.Href(obligation)})");
        }
        if (context.ObligationsOf(provision.Id).Count > 0) md.AppendLine();
    }

    private void AppendSummary(StringBuilder md, Bilingual summary, NodeId owner, RenderContext context, Lang lang)
    {
        if (summary.Prefer(lang) is not { } text) return;
        var rewritten = SummaryLinks.Rewrite(text, owner, id => context.Node(id) is { } target ? links.Href(target) : null);
        if (summary[lang] is not null)
        {
            md.AppendLine(rewritten).AppendLine();
            return;
        }
        // The other language's text is marked as such, so screen readers and the bidi algorithm treat it right.
        var other = lang == Lang.Ar ? Lang.En : Lang.Ar;
        md.AppendLine($"*{Phrases.Missing[lang]}*").AppendLine();
        if (flavour == MarkdownFlavour.Portable)
        {
            foreach (var line in rewritten.Split('\n')) md.AppendLine(line.Length == 0 ? ">" : $"> {line}");
            md.AppendLine();
            return;
        }
        md.AppendLine($"<div lang=\"{other.Code()}\" dir=\"{other.Direction()}\">").AppendLine();
        md.AppendLine(rewritten).AppendLine();
        md.AppendLine("</div>").AppendLine();
    }

    private void AppendRelations(StringBuilder md, Node node, RenderContext context, Lang lang)
    {
        var lines = context.Relations
            .Where(e => e.Type is not (RelationKind.PartOf or RelationKind.Imposes))
            .Select(e => (Relation: e, Outgoing: e.From == node.Id))
            .Select(r => (r.Relation, Other: context.Node(r.Outgoing ? r.Relation.To : r.Relation.From),
                Label: r.Outgoing ? Phrases.RelationFrom(r.Relation.Type, lang) : Phrases.RelationTo(r.Relation.Type, lang)))
            .Where(r => r.Other is not null)
            .OrderBy(r => r.Label, StringComparer.Ordinal).ThenBy(r => r.Other!.Id.ToString(), StringComparer.Ordinal)
            .Select(r => $"- {r.Label} [{Escape(r.Other!.Title.Prefer(lang))}]({links.Href(r.Other)}){Qualifiers(r.Relation, context, lang)}")
            .ToList();
        if (lines.Count == 0) return;
        md.AppendLine($"## {Phrases.Relations[lang]}").AppendLine();
        foreach (var line in lines) md.AppendLine(line);
        md.AppendLine();
    }

    private string Qualifiers(Relation relation, RenderContext context, Lang lang)
    {
        var parts = new List<string>();
        if (relation.Basis is { } basis && context.Node(basis) is { } provision) parts.Add($"[{Escape(provision.Title.Prefer(lang))}]({links.Href(provision)})");
        if (relation.Role.Prefer(lang) is { } role) parts.Add(Escape(role));
        if (relation.Since is not null || relation.Until is not null) parts.Add($"{relation.Since?.ToString() ?? "?"} – {relation.Until?.ToString() ?? ""}".Trim());
        if (relation.AsOf is { } asOf) parts.Add($"{Phrases.AttestedOn[lang]} {asOf}");
        if (relation.Extent is { } extent) parts.Add(extent.Replace('_', ' '));
        if (context.SourcingOf(relation.Sources) == Sourcing.LowGradeOnly) parts.Add(Phrases.LowGradeRelation[lang]);
        return parts.Count == 0 ? "" : $" ({string.Join("; ", parts)})";
    }

    private void AppendActionPlan(StringBuilder md, Node node, RenderContext context, Lang lang)
    {
        if (node.Ratings.Count > 0)
        {
            md.AppendLine($"## {Phrases.Ratings[lang]}").AppendLine();
            foreach (var rating in node.Ratings)
            {
                md.AppendLine($"- {Link(context.Node(rating.Standard), lang)}: {rating.Value.Replace('_', ' ')} — {Cited(rating.Sources, context, lang)}");
            }
            md.AppendLine();
        }
        if (node.ActionPlan.Count == 0) return;
        md.AppendLine($"## {Phrases.ActionPlan[lang]}").AppendLine();
        foreach (var item in node.ActionPlan)
        {
            var concerns = item.Concerns.Count == 0 ? "" : $" ({string.Join(", ", item.Concerns.Select(c => Link(context.Node(c), lang)))})";
            var flag = context.SourcingOf(item.Sources) == Sourcing.LowGradeOnly ? $" *{Phrases.LowGradeRelation[lang]}*" : "";
            md.AppendLine($"- {Escape(item.Text.Prefer(lang))}{concerns} — {Cited(item.Sources, context, lang)}{flag}");
        }
        md.AppendLine();
    }

    private string Link(Node? node, Lang lang) => node is null ? "" : $"[{Escape(node.Title.Prefer(lang))}]({links.Href(node)})";

    private string Cited(IEnumerable<NodeId> sources, RenderContext context, Lang lang) => string.Join(", ", sources.Select(context.Node).Select(s => Link(s, lang)).Where(l => l.Length > 0));

    private void AppendClaims(StringBuilder md, Node node, RenderContext context, Lang lang)
    {
        if (node.Claims.Count == 0) return;
        md.AppendLine($"## {Phrases.Claims[lang]}").AppendLine();
        foreach (var group in node.Claims.GroupBy(c => c.Field))
        {
            var disputed = group.Select(c => c.Value).Distinct().Count() > 1;
            md.AppendLine($"- **{group.Key}**{(disputed ? $" ({Phrases.Disputed[lang]})" : "")}:");
            foreach (var claim in group)
            {
                var cited = Cited(claim.Sources, context, lang);
                md.AppendLine($"  - {Escape(claim.Value)} — {cited}{(claim.Note is { } note ? $" ({Escape(note)})" : "")}");
            }
        }
        md.AppendLine();
    }

    private void AppendSources(StringBuilder md, RenderContext context, Lang lang)
    {
        if (context.Sources.Count == 0) return;
        md.AppendLine($"## {Phrases.Sources[lang]}").AppendLine();
        foreach (var source in context.Sources)
        {
            var details = string.Join(", ", new[] { source.Publisher, source.Date?.ToString(), $"{Phrases.Grade[lang]}: {Phrases.GradeLabel(source.Grade, lang)}" }.OfType<string>());
            md.AppendLine($"- [{Escape(source.Title.Prefer(lang))}]({links.Href(source)}){(details.Length > 0 ? $" — {Escape(details)}" : "")}");
        }
    }

    /// <summary>Text from the corpus is data, not Markdown syntax: escape what would change the structure.</summary>
    internal static string Escape(string? text) =>
        string.Concat((text ?? "").Select(c => c is '[' or ']' or '*' or '_' or '`' or '<' or '>' or '#' or '\\' or '{' or '}' ? $"\\{c}" : c.ToString()));
}

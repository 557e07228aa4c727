using System.Text;
using Legal.Engine;
using Legal.Model;
using Legal.Model.Ids;

namespace Legal.Rendering;

/// <summary>
/// Builds the canonical Markdown of a node from the graph, in one language and optionally as in force on a date.
/// HTML, pages and the CLI all start from this text, so there is one rendering, not several.
/// </summary>
public sealed class MarkdownRenderer(ILegalGraph graph, ILinkScheme links)
{
    public async Task<string?> RenderAsync(NodeId id, Lang lang, DateOnly? asOf = null, CancellationToken ct = default)
    {
        if (await graph.GetAsync(id, ct) is not { } node) return null;
        var context = await RenderContext.LoadAsync(graph, node, ct);
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(node.Title.Prefer(lang))).AppendLine();
        AppendFacts(md, node, lang, asOf);
        if (node.Kind == NodeKind.Provision) AppendProvisionBody(md, node, context, lang, asOf);
        else AppendSummary(md, node.Summary, node.Id, context, lang);
        if (context.Provisions.Count > 0)
        {
            md.AppendLine($"## {Phrases.Provisions[lang]}").AppendLine();
            foreach (var provision in context.Provisions) AppendProvision(md, provision, context, lang, asOf);
        }
        AppendRelations(md, node, context, lang);
        AppendClaims(md, node, context, lang);
        AppendSources(md, context, lang);
        return md.ToString().TrimEnd() + "\n";
    }

    private void AppendFacts(StringBuilder md, Node node, Lang lang, DateOnly? asOf)
    {
        var facts = new List<string> { $"**{Phrases.Id[lang]}:** `{node.Id}`", $"**{Phrases.Kind[lang]}:** {Phrases.KindName(node.Kind, lang)}" };
        if (node.Number is { } number) facts.Add($"**{Phrases.Number[lang]}:** {number}");
        if (node.Jurisdiction is { } j) facts.Add($"**{Phrases.Jurisdiction[lang]}:** {Phrases.JurisdictionName(j, lang)}");
        if (node.Date is { } date) facts.Add($"**{Phrases.Date[lang]}:** {date}{(node.EndDate is { } end ? $" – {end}" : "")}");
        if (node.Place[lang] is { } place) facts.Add($"**{Phrases.Place[lang]}:** {Escape(place)}");
        if (node.InForceFrom is not null || node.InForceUntil is not null)
        {
            facts.Add($"**{Phrases.InForce[lang]}:** {node.InForceFrom?.ToString() ?? "?"} – {node.InForceUntil?.ToString() ?? ""}");
        }
        if (FrbrUri.ForWork(node)?.WorkUri is { } frbr) facts.Add($"**FRBR:** `{frbr}`");
        if (node.Deontic is { } deontic) facts.Add($"**{Phrases.Deontic[lang]}:** {deontic.ToString().ToLowerInvariant()}");
        if (node.Publisher is { } publisher) facts.Add($"**{Phrases.Publisher[lang]}:** {Escape(publisher)}");
        if (node.Url is { } url) facts.Add($"**URL:** <{url}>");
        foreach (var (name, value) in node.Figures.OrderBy(f => f.Key, StringComparer.Ordinal)) facts.Add($"**{name.Replace('_', ' ')}:** {value}");
        if (asOf is { } day) facts.Add($"**{Phrases.AsOf[lang]}:** {day:yyyy-MM-dd}");
        foreach (var fact in facts) md.Append("- ").AppendLine(fact);
        md.AppendLine();
    }

    private void AppendProvisionBody(StringBuilder md, Node provision, RenderContext context, Lang lang, DateOnly? asOf)
    {
        if (asOf is { } day && provision.VersionOn(day) is null)
        {
            md.AppendLine($"*{Phrases.NotInForce[lang]} {day:yyyy-MM-dd}.*").AppendLine();
            return;
        }
        var version = asOf is { } date ? provision.VersionOn(date)! : null;
        AppendSummary(md, version?.Summary ?? provision.Summary, provision.Id, context, lang);
    }

    private void AppendProvision(StringBuilder md, Node provision, RenderContext context, Lang lang, DateOnly? asOf)
    {
        // Provisions sit under the "Provisions" heading (level 2), so the top level starts at 3.
        var depth = Math.Min(6, 3 + context.Depth(provision));
        md.Append('#', depth).Append(' ').Append(Escape(provision.Title.Prefer(lang))).AppendLine($" {{#{provision.Id.EId}}}").AppendLine();
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
            .Select(r => $"- {r.Label} [{Escape(r.Other!.Title.Prefer(lang))}]({links.Href(r.Other)}){Qualifiers(r.Relation, lang)}")
            .ToList();
        if (lines.Count == 0) return;
        md.AppendLine($"## {Phrases.Relations[lang]}").AppendLine();
        foreach (var line in lines) md.AppendLine(line);
        md.AppendLine();
    }

    private string Qualifiers(Relation relation, Lang lang)
    {
        var parts = new List<string>();
        if (relation.Role.Prefer(lang) is { } role) parts.Add(Escape(role));
        if (relation.Since is not null || relation.Until is not null) parts.Add($"{relation.Since?.ToString() ?? "?"} – {relation.Until?.ToString() ?? ""}".Trim());
        if (relation.AsOf is { } asOf) parts.Add($"{Phrases.AttestedOn[lang]} {asOf}");
        if (relation.Extent is { } extent) parts.Add(extent.Replace('_', ' '));
        return parts.Count == 0 ? "" : $" ({string.Join("; ", parts)})";
    }

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
                var cited = string.Join(", ", claim.Sources.Select(s => context.Node(s)).OfType<Node>().Select(s => $"[{Escape(s.Title.Prefer(lang))}]({links.Href(s)})"));
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
            var details = string.Join(", ", new[] { source.Publisher, source.Date?.ToString() }.OfType<string>());
            md.AppendLine($"- [{Escape(source.Title.Prefer(lang))}]({links.Href(source)}){(details.Length > 0 ? $" — {Escape(details)}" : "")}");
        }
    }

    /// <summary>Text from the corpus is data, not Markdown syntax: escape what would change the structure.</summary>
    internal static string Escape(string? text) =>
        string.Concat((text ?? "").Select(c => c is '[' or ']' or '*' or '_' or '`' or '<' or '>' or '#' or '\\' or '{' or '}' ? $"\\{c}" : c.ToString()));
}

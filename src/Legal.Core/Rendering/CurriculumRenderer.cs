using System.Text;
using Legal.Core.Model;
using Legal.Core.Queries;

namespace Legal.Core.Rendering;

/// <summary>A curriculum as a Markdown handout in its own language: numbered modules, readings as links, questions with cited answers.</summary>
public static class CurriculumRenderer
{
    public static string Render(Curriculum curriculum)
    {
        var lang = curriculum.Query.Lang;
        var md = new StringBuilder();
        md.AppendLine($"# {Words.Handout[lang]}: {MarkdownRenderer.Escape(curriculum.Query.Topic)}").AppendLine();
        md.AppendLine($"- **{Words.Audience[lang]}:** {MarkdownRenderer.Escape(curriculum.Query.Audience)}");
        md.AppendLine($"- **{Words.AsOf[lang]}:** {curriculum.Query.AsOf:yyyy-MM-dd}").AppendLine();
        for (var i = 0; i < curriculum.Modules.Count; i++) AppendModule(md, curriculum, curriculum.Modules[i], i + 1, lang);
        return md.ToString().TrimEnd() + "\n";
    }

    private static void AppendModule(StringBuilder md, Curriculum curriculum, CurriculumModule module, int number, Lang lang)
    {
        md.AppendLine($"## {number}. {MarkdownRenderer.Escape(module.Title)}").AppendLine();
        md.AppendLine($"### {Words.Objectives[lang]}").AppendLine();
        foreach (var objective in module.Objectives) md.AppendLine($"- {MarkdownRenderer.Escape(objective)}");
        md.AppendLine().AppendLine($"### {Words.Readings[lang]}").AppendLine();
        foreach (var reading in module.Readings) md.AppendLine($"- {Citations.Link(reading, curriculum.Nodes.GetValueOrDefault, lang)}");
        md.AppendLine();
        if (module.Questions.Count == 0) return;
        md.AppendLine($"### {Words.Questions[lang]}").AppendLine();
        for (var i = 0; i < module.Questions.Count; i++)
        {
            var question = module.Questions[i];
            md.AppendLine($"{i + 1}. {MarkdownRenderer.Escape(question.Question)}");
            md.AppendLine($"   - **{Words.Answer[lang]}:** {MarkdownRenderer.Escape(question.Answer)}");
            md.AppendLine($"   - **{Words.Citation[lang]}:** {Citations.Link(question.Citation, curriculum.Nodes.GetValueOrDefault, lang)}");
        }
        md.AppendLine();
    }
}

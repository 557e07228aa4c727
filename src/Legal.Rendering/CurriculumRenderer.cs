using System.Text;
using Legal.Engine.Queries;
using Legal.Model;

namespace Legal.Rendering;

/// <summary>
/// A curriculum as a Markdown handout in its own language: numbered modules with readings as links and review questions,
/// then a separate answer key whose answers cite the law, so the trainer can hand out the questions without them.
/// </summary>
public sealed class CurriculumRenderer(ILinkScheme links)
{
    public string Render(Curriculum curriculum)
    {
        var lang = curriculum.Query.Lang;
        var md = new StringBuilder();
        md.AppendLine($"# {Phrases.Handout[lang]}: {MarkdownRenderer.Escape(curriculum.Query.Topic)}").AppendLine();
        md.AppendLine($"- **{Phrases.Audience[lang]}:** {MarkdownRenderer.Escape(curriculum.Query.Audience)}");
        md.AppendLine($"- **{Phrases.AsOf[lang]}:** {curriculum.Query.AsOf:yyyy-MM-dd}").AppendLine();
        md.AppendLine($"*{Phrases.OurSummaryNote[lang]}*").AppendLine();
        var wording = new CurriculumWording(curriculum);
        for (var i = 0; i < curriculum.Modules.Count; i++) AppendModule(md, curriculum, wording, curriculum.Modules[i], i + 1, lang);
        AppendAnswerKey(md, curriculum, wording, lang);
        return md.ToString().TrimEnd() + "\n";
    }

    private void AppendModule(StringBuilder md, Curriculum curriculum, CurriculumWording wording, CurriculumModule module, int number, Lang lang)
    {
        md.AppendLine($"## {number}. {MarkdownRenderer.Escape(wording.Title(module))}").AppendLine();
        md.AppendLine($"### {Phrases.Objectives[lang]}").AppendLine();
        foreach (var objective in wording.Objectives(module)) md.AppendLine($"- {MarkdownRenderer.Escape(objective)}");
        md.AppendLine().AppendLine($"### {Phrases.Readings[lang]}").AppendLine();
        foreach (var reading in module.Readings) md.AppendLine($"- {Citations.ShortLink(reading, curriculum.Nodes.GetValueOrDefault, lang, links)}");
        md.AppendLine();
        if (module.Questions.Count == 0) return;
        md.AppendLine($"### {Phrases.Questions[lang]}").AppendLine();
        for (var i = 0; i < module.Questions.Count; i++) md.AppendLine($"{i + 1}. {MarkdownRenderer.Escape(wording.Question(module.Questions[i]))}");
        md.AppendLine();
    }

    /// <summary>The answers, numbered as their questions, each with the short citation of the provision that gives it.</summary>
    private void AppendAnswerKey(StringBuilder md, Curriculum curriculum, CurriculumWording wording, Lang lang)
    {
        if (curriculum.Modules.All(m => m.Questions.Count == 0)) return;
        md.AppendLine($"## {Phrases.AnswerKey[lang]}").AppendLine();
        md.AppendLine($"*{Phrases.AnswerKeyNote[lang]}*").AppendLine();
        for (var m = 0; m < curriculum.Modules.Count; m++)
        {
            var module = curriculum.Modules[m];
            if (module.Questions.Count == 0) continue;
            md.AppendLine($"### {m + 1}. {MarkdownRenderer.Escape(wording.Title(module))}").AppendLine();
            for (var i = 0; i < module.Questions.Count; i++)
            {
                var question = module.Questions[i];
                var citation = Citations.ShortLink(question.Citation, curriculum.Nodes.GetValueOrDefault, lang, links);
                md.AppendLine($"{i + 1}. {MarkdownRenderer.Escape(wording.Answer(question))} ({citation})");
            }
            md.AppendLine();
        }
    }
}

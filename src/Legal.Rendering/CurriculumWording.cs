using Legal.Engine.Queries;
using Legal.Model;

namespace Legal.Rendering;

/// <summary>
/// Words a curriculum, which the engine builds as data, in its own language: module titles and objectives, and each
/// review question with its answer. The handout, the API and the pages all read the same wording from here.
/// </summary>
public sealed class CurriculumWording(Curriculum curriculum)
{
    private Lang Lang => curriculum.Query.Lang;

    public string Title(CurriculumModule module) => module.Kind switch
    {
        ModuleKind.Law => Phrases.ModuleLaw[Lang],
        ModuleKind.Sources => Phrases.ModuleSources[Lang],
        ModuleKind.Bodies => Phrases.ModuleBodies[Lang],
        ModuleKind.Duties => Phrases.ModuleDuties.Format(Lang, AudienceInText),
        _ => Phrases.ModuleCooperation[Lang],
    };

    public IReadOnlyList<string> Objectives(CurriculumModule module) => module.Kind switch
    {
        ModuleKind.Law => [Phrases.ObjectiveLaw.Format(Lang, curriculum.Query.Topic)],
        ModuleKind.Sources => [Phrases.ObjectiveSources[Lang]],
        ModuleKind.Bodies => [Phrases.ObjectiveBodies[Lang]],
        ModuleKind.Duties => [Phrases.ObjectiveDuties[Lang]],
        _ => [Phrases.ObjectiveCooperation.Format(Lang, curriculum.Query.Topic)],
    };

    public string Question(ReviewQuestion question) => question.Kind switch
    {
        QuestionKind.Provides => Phrases.QuestionProvides.Format(Lang, Name(question.Subject)),
        QuestionKind.Source => Phrases.QuestionSource.Format(Lang, Name(question.Subject)),
        QuestionKind.Body => Phrases.QuestionBody.Format(Lang, Name(question.Subject), Phrases.RelationTo(question.Relation!.Value, Lang)),
        QuestionKind.Duty => Phrases.QuestionDuty.Format(Lang, Name(question.Subject), AudienceInText),
        QuestionKind.Supervisor => Phrases.QuestionSupervisor.Format(Lang, InText(question.Subject.Title.Prefer(Lang))),
        _ => Phrases.QuestionWhatIs.Format(Lang, WithArticle(Name(question.Subject))),
    };

    public string Answer(ReviewQuestion question) => question.Kind switch
    {
        QuestionKind.Provides or QuestionKind.WhatIs => FirstSentence(question.Subject.Summary.Prefer(Lang)) ?? "",
        QuestionKind.Duty => string.Join(Phrases.Semicolon(Lang), question.Answer.Select(Duty)),
        _ => string.Join(Phrases.Semicolon(Lang), question.Answer.Select(Name)),
    };

    /// <summary>A node as a question or answer cites it: the short citation ("Art. 3, Law 106/2013"), not the full title.</summary>
    public string Name(Node node) => Citations.Short(node, curriculum.Nodes.GetValueOrDefault, Lang);

    private string? AudienceName => curriculum.Audience?.Title.Prefer(Lang);

    /// <summary>The audience as it reads mid-sentence: "Duties of banks", not "Duties of Banks".</summary>
    private string? AudienceInText => InText(AudienceName);

    private string? InText(string? text) => Phrases.MidSentence(text, Lang);

    /// <summary>"What is the Dushanbe Process?": a body's English name takes the article.</summary>
    private string WithArticle(string name) =>
        Lang == Lang.En && !name.StartsWith("The ", StringComparison.Ordinal) ? $"the {name}" : name;

    /// <summary>A duty as the action it requires, with its deadline when the law sets one.</summary>
    private string Duty(Node obligation) =>
        obligation.Title.Prefer(Lang) + (obligation.Deadline.Prefer(Lang) is { } deadline ? $" ({deadline})" : "");

    /// <summary>A summary's first sentence as plain text, for an answer that fits on a line.</summary>
    private static string? FirstSentence(string? markdown)
    {
        if (markdown is null) return null;
        var text = Markdig.Markdown.ToPlainText(markdown).ReplaceLineEndings(" ").Trim();
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}

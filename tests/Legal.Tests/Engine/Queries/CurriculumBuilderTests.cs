using Legal.Engine.Queries;
using Legal.Model;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Tests.Engine.Queries;

public class CurriculumBuilderTests
{
    private static readonly CurriculumBuilder Builder = new(QueryFixtures.Graph());

    private static Task<Curriculum> Build(string topic, string audience, Lang lang) =>
        Builder.BuildAsync(new CurriculumQuery(topic, audience, lang, new DateOnly(2026, 1, 1)));

    [Fact]
    public async Task ModulesGoFromTheLawToItsSourcesBodiesAndTheAudiencesDuties()
    {
        var curriculum = await Build("terrorist financing", "bank staff", Lang.En);
        Assert.Equal("sector/banks", curriculum.Audience?.Id.ToString());
        var wording = new CurriculumWording(curriculum);
        Assert.Equal(["What the law says", "Where the law comes from", "Who does what", "Duties of banks"], curriculum.Modules.Select(wording.Title));
        Assert.Contains(curriculum.Modules[0].Readings, r => r.Id.ToString() == "kw/law/2013/106#art_3");
        Assert.Contains(curriculum.Modules[1].Readings, r => r.Id.ToString() == "fatf/rec/5");
    }

    [Fact]
    public async Task WhichBodyReceivesReportsIsAnsweredByTheProvisionThatEstablishesTheUnit()
    {
        var curriculum = await Build("suspicious transaction reports", "bank staff", Lang.En);
        var wording = new CurriculumWording(curriculum);
        var question = curriculum.Modules.Single(m => m.Kind == ModuleKind.Bodies).Questions.Single();
        Assert.Equal("Which body is established by Art. 16, Law 106/2013?", wording.Question(question));
        Assert.Equal(("Kuwait Financial Intelligence Unit", "kw/law/2013/106#art_16"), (wording.Answer(question), question.Citation.Id.ToString()));
    }

    [Fact]
    public async Task DutyQuestionsCiteTheImposingProvisionAndNameTheSupervisor()
    {
        var curriculum = await Build("terrorist financing", "bank staff", Lang.En);
        var wording = new CurriculumWording(curriculum);
        var duties = curriculum.Modules.Single(m => m.Kind == ModuleKind.Duties);
        Assert.All(duties.Questions, q => Assert.Equal("kw/law/2013/106#art_12", q.Citation.Id.ToString()));
        Assert.Contains(duties.Questions, q => wording.Answer(q) == "Report suspicious transactions to the FIU");
        Assert.Contains(duties.Questions, q => wording.Answer(q) == "Central Bank of Kuwait");
    }

    [Fact]
    public async Task TheArabicHandoutIsInArabicAndCitesRealProvisions()
    {
        var curriculum = await Build("تمويل الإرهاب", "موظفو البنوك", Lang.Ar);
        var handout = new CurriculumRenderer(PageLinks.Site).Render(curriculum);
        Assert.StartsWith("# مادة تدريبية: تمويل الإرهاب", handout);
        Assert.Contains("## 1. ما ينص عليه القانون", handout);
        Assert.Contains("بماذا تقضي المادة 3", handout);
        Assert.Contains("(/instruments/kw/law/2013/106#art_3)", handout);
        Assert.Contains("التزامات البنوك", handout);
        Assert.Contains("## مفتاح الإجابات", handout);
        Assert.Contains("المادة 3، القانون 106/2013", handout);
    }

    [Fact]
    public async Task AnEmptyTopicIsRefused() => await Assert.ThrowsAsync<ArgumentException>(() => Build(" ", "bank staff", Lang.En));
}

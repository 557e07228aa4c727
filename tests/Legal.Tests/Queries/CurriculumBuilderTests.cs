using Legal.Core.Model;
using Legal.Core.Queries;
using Legal.Core.Rendering;

namespace Legal.Tests.Queries;

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
        Assert.Equal(["What the law says", "Where the law comes from", "Who does what", "Your duties as Banks"], curriculum.Modules.Select(m => m.Title));
        Assert.Contains(curriculum.Modules[0].Readings, r => r.Id.ToString() == "kw/law/2013/106#art_3");
        Assert.Contains(curriculum.Modules[1].Readings, r => r.Id.ToString() == "fatf/rec/5");
    }

    [Fact]
    public async Task WhichBodyReceivesReportsIsAnsweredByTheProvisionThatEstablishesTheUnit()
    {
        var curriculum = await Build("suspicious transaction reports", "bank staff", Lang.En);
        var question = curriculum.Modules.Single(m => m.Title == "Who does what").Questions.Single();
        Assert.Equal("Which body is established by Article 16, Law No. 106 of 2013 on Combating Money Laundering and the Financing of Terrorism?", question.Question);
        Assert.Equal(("Kuwait Financial Intelligence Unit", "kw/law/2013/106#art_16"), (question.Answer, question.Citation.Id.ToString()));
    }

    [Fact]
    public async Task DutyQuestionsCiteTheImposingProvisionAndNameTheSupervisor()
    {
        var duties = (await Build("terrorist financing", "bank staff", Lang.En)).Modules.Single(m => m.Title == "Your duties as Banks");
        Assert.All(duties.Questions, q => Assert.Equal("kw/law/2013/106#art_12", q.Citation.Id.ToString()));
        Assert.Contains(duties.Questions, q => q.Answer == "Report suspicious transactions to the FIU");
        Assert.Contains(duties.Questions, q => q.Answer == "Central Bank of Kuwait");
    }

    [Fact]
    public async Task TheArabicHandoutIsInArabicAndCitesRealProvisions()
    {
        var curriculum = await Build("تمويل الإرهاب", "موظفو البنوك", Lang.Ar);
        var handout = CurriculumRenderer.Render(curriculum);
        Assert.StartsWith("# مادة تدريبية: تمويل الإرهاب", handout);
        Assert.Contains("## 1. ما ينص عليه القانون", handout);
        Assert.Contains("بماذا تقضي المادة 3", handout);
        Assert.Contains("(/instruments/kw/law/2013/106#art_3)", handout);
        Assert.Contains("التزاماتكم بصفتكم البنوك", handout);
    }

    [Fact]
    public async Task AnEmptyTopicIsRefused() => await Assert.ThrowsAsync<ArgumentException>(() => Build(" ", "bank staff", Lang.En));
}

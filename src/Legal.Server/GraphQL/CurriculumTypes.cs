using GraphQL.Types;
using Legal.Engine.Queries;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

public sealed class CurriculumType : ObjectGraphType<Curriculum>
{
    public CurriculumType()
    {
        Name = "Curriculum";
        Description = "An ordered learning path on a topic for an audience, generated from the graph, in one language.";
        Field<NonNullGraphType<StringGraphType>>("topic").Description("The topic, as asked.").Resolve(c => c.Source.Query.Topic);
        Field<NonNullGraphType<StringGraphType>>("audience").Description("The audience, as asked.").Resolve(c => c.Source.Query.Audience);
        Field<SectorType>("sector").Description("The sector the audience was read as, whose duties the handout covers; null when none matched.")
            .Resolve(c => c.Source.Audience);
        Field<NonNullGraphType<LangEnum>>("lang").Description("The language of the modules and questions.").Resolve(c => c.Source.Query.Lang);
        Field<NonNullGraphType<DateScalar>>("asOf").Description("The day the law was read as in force.").Resolve(c => c.Source.Query.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurriculumModuleType>>>>("modules").Description("The modules, in teaching order.")
            .Resolve(c => c.Source.Modules.Select(m => new CurriculumModuleView(new CurriculumWording(c.Source), m)).ToList());
        Field<NonNullGraphType<StringGraphType>>("markdown").Description("The curriculum as a Markdown handout in its language.")
            .Resolve(c => new CurriculumRenderer(PageLinks.Site).Render(c.Source));
    }
}

/// <summary>A module with the wording of its curriculum, which names it and its questions in the curriculum's language.</summary>
public sealed record CurriculumModuleView(CurriculumWording Wording, CurriculumModule Module);

/// <summary>A review question with the wording of its curriculum.</summary>
public sealed record ReviewQuestionView(CurriculumWording Wording, ReviewQuestion Question);

public sealed class CurriculumModuleType : ObjectGraphType<CurriculumModuleView>
{
    public CurriculumModuleType()
    {
        Name = "CurriculumModule";
        Description = "One module: what to be able to do, what to read, and questions to check it.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The module's title.").Resolve(c => c.Source.Wording.Title(c.Source.Module));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("objectives").Description("What a learner should be able to do after it.")
            .Resolve(c => c.Source.Wording.Objectives(c.Source.Module));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("readings").Description("Provisions, standards, bodies, frameworks or events to read.")
            .Resolve(c => c.Source.Module.Readings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewQuestionType>>>>("questions").Description("Review questions generated from the graph.")
            .Resolve(c => c.Source.Module.Questions.Select(q => new ReviewQuestionView(c.Source.Wording, q)).ToList());
    }
}

public sealed class ReviewQuestionType : ObjectGraphType<ReviewQuestionView>
{
    public ReviewQuestionType()
    {
        Name = "ReviewQuestion";
        Description = "A review question with its answer and the node that answers it.";
        Field<NonNullGraphType<StringGraphType>>("question").Description("The question.").Resolve(c => c.Source.Wording.Question(c.Source.Question));
        Field<NonNullGraphType<StringGraphType>>("answer").Description("The answer, from the graph.").Resolve(c => c.Source.Wording.Answer(c.Source.Question));
        Field<NonNullGraphType<NodeInterface>>("citation").Description("The provision or node to cite for the answer.").Resolve(c => c.Source.Question.Citation);
    }
}

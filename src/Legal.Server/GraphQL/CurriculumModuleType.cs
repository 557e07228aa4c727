using GraphQL.Types;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

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

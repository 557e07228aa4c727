using GraphQL.Types;
using Legal.Rendering;
using Legal.Server.Pages;

namespace Legal.Server.GraphQL;

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

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
            .Resolve(c => new CurriculumRenderer(c.Links()).Render(c.Source));
    }
}

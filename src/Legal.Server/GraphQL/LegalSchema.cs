using GraphQL.Types;

namespace Legal.Server.GraphQL;

public sealed class LegalSchema : Schema
{
    public LegalSchema(IServiceProvider services, QueryType query) : base(services)
    {
        Description = "Legal: a reference graph of AML/CFT law. Every node and relation cites its sources.";
        Query = query;
        // The October 2021 spec's introspection, as far as graphql-dotnet 8.8.5 serves it (see the README).
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // Types reached only through the Node interface must be registered by hand.
        RegisterType(typeof(InstitutionType));
        RegisterType(typeof(FrameworkType));
        RegisterType(typeof(EventType));
        RegisterType(typeof(PersonType));
        RegisterType(typeof(StateType));
        RegisterType(typeof(SectorType));
        RegisterType(typeof(TopicType));
        RegisterType(typeof(ObligationType));
        RegisterType(typeof(SourceType));
        RegisterType(typeof(ProvisionType));
        RegisterType(typeof(InstrumentType));
    }
}

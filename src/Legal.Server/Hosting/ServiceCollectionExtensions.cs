using GraphQL;
using GraphQL.Validation.Complexity;
using Legal.Core.Graph;
using Legal.Server.GraphQL;

namespace Legal.Server.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>Everything the server needs: options, the graph, the GraphQL schema with its limits, and health checks.</summary>
    public static IServiceCollection AddLegalServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CorpusOptions>(configuration.GetSection(CorpusOptions.Section));
        var limits = configuration.GetSection(GraphQLLimitOptions.Section).Get<GraphQLLimitOptions>() ?? new GraphQLLimitOptions();
        var corpus = configuration.GetSection(CorpusOptions.Section).Get<CorpusOptions>() ?? new CorpusOptions();

        services.AddSingleton(new GraphHolder(corpus.Resolve()));
        services.AddSingleton<IGraphProvider>(sp => sp.GetRequiredService<GraphHolder>());
        services.AddHostedService<CorpusLoader>();
        services.AddHealthChecks().AddCheck<EmbeddedGraphReadyCheck>("graph", tags: [HealthEndpoints.ReadyTag]);

        services.AddScoped(sp => new RequestGraph(sp.GetRequiredService<IGraphProvider>().Current));
        services.AddGraphQL(b => b
            .AddSchema<LegalSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(LegalSchema).Assembly)
            .AddErrorInfoProvider(o => o.ExposeCode = true)
            .AddValidationRule(new CostLimitRule(new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity })));
        return services;
    }
}

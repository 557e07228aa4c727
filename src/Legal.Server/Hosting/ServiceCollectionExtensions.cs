using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Validation.Complexity;
using Legal.Embedded;
using Legal.Engine;
using Legal.Neo4j;
using Legal.Neo4j.QueryApi;
using Legal.Server.GraphQL;

namespace Legal.Server.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Everything the server needs: options, the graph, the GraphQL schema with its limits, and health checks.
    /// The graph is Neo4j's when <c>Neo4j:Uri</c> is set, else the embedded one compiled from the corpus.
    /// </summary>
    public static IServiceCollection AddLegalServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CorpusOptions>(configuration.GetSection(CorpusOptions.Section));
        var limits = configuration.GetSection(GraphQLLimitOptions.Section).Get<GraphQLLimitOptions>() ?? new GraphQLLimitOptions();
        var requestLimits = configuration.GetSection(RequestLimits.Section).Get<RequestLimits>() ?? new RequestLimits();
        services.AddSingleton(requestLimits);
        services.AddSingleton<ExpensiveWork>();
        services.AddHttpContextAccessor();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (rejected, ct) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ExpensiveWork.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                rejected.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await rejected.HttpContext.Response.WriteAsync($"Too many expensive requests are running; try again in {ExpensiveWork.RetryAfterSeconds} s.", ct);
            };
            // One partition, over the same limiter the GraphQL requests that cost as much wait on.
            o.AddPolicy(ExpensiveWork.Policy, http => System.Threading.RateLimiting.RateLimitPartition.Get(ExpensiveWork.Policy,
                _ => new BorrowedLimiter(http.RequestServices.GetRequiredService<ExpensiveWork>())));
        });
        var neo4j = configuration.GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions();

        if (neo4j.IsConfigured) services.AddNeo4jGraph(neo4j);
        else services.AddEmbeddedGraph(configuration.GetSection(CorpusOptions.Section).Get<CorpusOptions>() ?? new CorpusOptions());

        services.AddScoped(sp => new RequestGraph(sp.GetRequiredService<IGraphProvider>().Served));
        services.AddScoped<GraphLoaders>();
        var costLimit = new CostLimitRule(new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity });
        services.AddSingleton(costLimit);
        services.AddGraphQL(b => b
            .AddSchema<LegalSchema>()
            // UTF-8 as it is: Arabic goes out as Arabic, not \u0627. The answers are JSON, never pasted into HTML.
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(LegalSchema).Assembly)
            .AddErrorInfoProvider(o => o.ExposeCode = true)
            .AddUnhandledExceptionHandler(context =>
                StoreErrors.Translate(context, context.ExecutionOptions.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreErrors))))
            .ConfigureExecution<ExecutionGuard>()
            .UseMiddleware<ResponseSizeMiddleware>()
            .WithTimeout(requestLimits.MaxExecutionTime, global::GraphQL.Execution.TimeoutAction.ReturnTimeoutError)
            .AddValidationRule(costLimit));
        services.AddLegalGraphQLHttp();
        services.AddSingleton<Legal.Server.Pages.PublicLinks>();
        return services;
    }

    /// <summary>The corpus compiled in memory at start-up and on SIGHUP, then warmed up; ready once it has loaded.</summary>
    private static void AddEmbeddedGraph(this IServiceCollection services, CorpusOptions corpus)
    {
        services.AddSingleton(new GraphHolder(corpus.Resolve()));
        services.AddSingleton<IGraphProvider>(sp => sp.GetRequiredService<GraphHolder>());
        services.AddHostedService<CorpusLoader>();
        // After the loader, so that it warms the graph just loaded. Only here: renderings are kept for this store alone.
        services.AddSingleton<WarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<WarmUp>());
        services.AddHealthChecks().AddCheck<EmbeddedGraphReadyCheck>("graph", tags: [HealthEndpoints.ReadyTag]);
    }

    /// <summary>Neo4j over its Query API, filled by the <c>load</c> verb; ready while it answers a ping.</summary>
    private static void AddNeo4jGraph(this IServiceCollection services, Neo4jOptions options)
    {
        services.AddSingleton(QueryApiClient.Create(options));
        services.AddSingleton(sp => new Neo4jGraph(sp.GetRequiredService<QueryApiClient>(), Retries.ForQueries()));
        services.AddSingleton<IGraphProvider, Neo4jGraphProvider>();
        services.AddHealthChecks().AddCheck<Neo4jReadyCheck>("neo4j", tags: [HealthEndpoints.ReadyTag]);
    }
}

using GraphQL;
using GraphQL.Transport;
using Legal.Server.GraphQL;

namespace Legal.Server.Hosting;

/// <summary>
/// Every refusal and fault answered by the app itself, so it carries the security headers and, for /graphql, a GraphQL
/// error body with a code: a body, request target or header block past its limit (413, 414, 431, checked here below
/// Kestrel's own, higher, limits), a request Kestrel stops reading (BadHttpRequestException), and any unhandled
/// exception (500, logged once, with no stack trace in the answer).
/// </summary>
public static class FaultResponses
{
    /// <summary>The longest request target (path and query) read.</summary>
    public const int MaxRequestTarget = 8 * 1024;

    /// <summary>The largest header block read, and the most headers.</summary>
    public const int MaxHeadersBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel's limits, set above the app's so that the app's answer, with its headers, is the one clients get.</summary>
    public static void ConfigureKestrelLimits(this WebApplicationBuilder builder, RequestLimits limits) =>
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 4 * MaxRequestTarget;
            kestrel.Limits.MaxRequestHeadersTotalSize = 4 * MaxHeadersBytes;
            kestrel.Limits.MaxRequestHeaderCount = 2 * MaxHeaderCount;
        });

    public static void UseFaultResponses(this WebApplication app)
    {
        var limits = app.Services.GetRequiredService<RequestLimits>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FaultResponses));
        app.Use(async (http, next) =>
        {
            if (Refusal(http.Request, limits) is { } refusal)
            {
                await WriteAsync(http, refusal.Status, refusal.Code, refusal.Message);
                return;
            }
            try
            {
                await next(http);
            }
            catch (BadHttpRequestException e) when (!http.Response.HasStarted)
            {
                var code = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ErrorCodes.BodyTooLarge : ErrorCodes.InvalidRequest;
                var message = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? BodyTooLarge(limits) : "the request could not be read";
                await WriteAsync(http, e.StatusCode, code, message);
            }
            catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
            {
                logger.LogError(e, "Unhandled fault answering {Method} {Path}", http.Request.Method, http.Request.Path);
                await WriteAsync(http, StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "the server failed to answer; the fault is logged");
            }
        });
    }

    private sealed record Refused(int Status, string Code, string Message);

    private static Refused? Refusal(HttpRequest request, RequestLimits limits)
    {
        if (request.ContentLength > limits.MaxBodyBytes) return new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge, BodyTooLarge(limits));
        var target = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (target > MaxRequestTarget)
        {
            return new(StatusCodes.Status414UriTooLong, ErrorCodes.InvalidRequest, $"the address is {target:N0} characters; at most {MaxRequestTarget:N0} are read");
        }
        var headerBytes = request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0) + 4);
        if (request.Headers.Count > MaxHeaderCount || headerBytes > MaxHeadersBytes)
        {
            return new(StatusCodes.Status431RequestHeaderFieldsTooLarge, ErrorCodes.InvalidRequest,
                $"the request has {request.Headers.Count} headers of {headerBytes:N0} bytes; at most {MaxHeaderCount} headers and {MaxHeadersBytes:N0} bytes are read");
        }
        return null;
    }

    private static string BodyTooLarge(RequestLimits limits) => $"the body is larger than {limits.MaxBodyBytes:N0} bytes (Limits:MaxBodyBytes)";

    /// <summary>A GraphQL error body for /graphql, plain text elsewhere; the security headers are set when it starts.</summary>
    private static async Task WriteAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.Clear();
        http.Response.StatusCode = status;
        // The rest of the body is not read: the connection cannot carry another request after this one.
        if (status == StatusCodes.Status413PayloadTooLarge) http.Response.Headers.Connection = "close";
        if (http.Request.Path.StartsWithSegments("/graphql"))
        {
            var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(serializer.Serialize(new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }));
            return;
        }
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync($"{message} ({code})");
    }
}

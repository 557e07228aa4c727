using System.Collections.Concurrent;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Legal.Server.Hosting;

/// <summary>
/// The static files (the pages' stylesheet, the explorer's scripts) in the coding the client accepts, ahead of the plain
/// static-file middleware, which serves everyone else. A text file is read and compressed once per coding, on first
/// demand, and kept by its path, size and time (so an edited file is read again), with a validator of its own per coding.
/// </summary>
public static class StaticFileCodings
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void UseStaticFileCodings(this WebApplication app)
    {
        var root = app.Environment.WebRootFileProvider;
        var kept = new ConcurrentDictionary<(string Path, long Length, DateTimeOffset Modified), KeptFile>();
        app.Use(async (http, next) =>
        {
            if (!await TryServeAsync(http, root, kept)) await next(http);
        });
    }

    /// <summary>True when it answered (in a coding, or 304); false leaves the request to the plain static files.</summary>
    private static async Task<bool> TryServeAsync(HttpContext http, IFileProvider root, ConcurrentDictionary<(string, long, DateTimeOffset), KeptFile> kept)
    {
        // The name first: an address without a text file's extension (GraphQL, the pages) is passed on without its
        // Accept-Encoding being read here (its endpoint reads it) or the file system being asked.
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)) return false;
        if (http.Request.Path.Value is not { } path || !ContentTypes.TryGetContentType(path, out var contentType) || !IsText(contentType)) return false;
        var wanted = ContentCodings.Negotiate(http.Request);
        if (wanted == ContentCoding.Identity) return false;
        var file = root.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory) return false;
        var entry = kept.GetOrAdd((path, file.Length, file.LastModified), _ => KeptFile.Read(file));
        if (entry.Body.In(wanted).Coding == ContentCoding.Identity) return false;

        http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        http.Response.Headers.LastModified = file.LastModified.ToString("R");
        if (HttpCaching.IsNotModified(http, HttpCaching.InCoding(entry.ETag, wanted)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }
        await entry.Body.WriteAsync(http, contentType, wanted);
        return true;
    }

    /// <summary>Fonts and images other than SVG are compressed already.</summary>
    private static bool IsText(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal) || contentType is "application/javascript" or "application/json" or "image/svg+xml";

    private sealed record KeptFile(AnswerBody Body, string ETag)
    {
        public static KeptFile Read(IFileInfo file)
        {
            using var stream = file.CreateReadStream();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var body = bytes.ToArray();
            return new KeptFile(new AnswerBody(body), HttpCaching.ETagOf(body));
        }
    }
}

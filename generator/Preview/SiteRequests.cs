using System.Text;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Bantin.Preview;

/// <summary>
/// Answers every request of the preview: the live-reload stream at the server root, and the last good build under
/// the site's sub-path, with the reload script (and the error overlay, after a failed build) added to HTML pages.
/// </summary>
public sealed class SiteRequests(Func<PreviewState> state, LiveReload reload, CancellationToken stopping)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ContentTypes _types = new();

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        // The preview changes on every save: a browser must never show a cached copy.
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        if (request.Path.Value == LiveReload.EventsPath && HttpMethods.IsGet(request.Method))
        {
            await reload.StreamAsync(context, () => state().Build, stopping);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var now = state();
        if (now.Folder is null)
        {
            // No good build yet: a bare page that carries the overlay (first build failed) or just says "building";
            // either way its script reloads it when the next build ends.
            var failed = now.Overlay is not null;
            var title = failed ? now.Messages.OverlayTitle(servingLastGood: false) : now.Messages.PreviewBuilding();
            await WriteHtml(context, now, BarePage(title.What, now), failed ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable);
            return;
        }

        switch (OutputPaths.Resolve(now.Folder, now.Basics.DecodedBasePath, request.Path.Value ?? "/"))
        {
            case Resolution.Redirect redirect:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = new PathString(redirect.Path).ToUriComponent() + request.QueryString.ToUriComponent();
                return;
            case Resolution.File file when await TryServeFile(context, now, file.FullPath, StatusCodes.Status200OK):
                return;
            default:
                await ServeNotFound(context, now);
                return;
        }
    }

    private async Task ServeNotFound(HttpContext context, PreviewState now)
    {
        // Resolved like any request, so a 404.html that is a link leading out of the build is not served either.
        if (OutputPaths.Resolve(now.Folder!, "/", "/404.html") is Resolution.File page
            && await TryServeFile(context, now, page.FullPath, StatusCodes.Status404NotFound)) return;
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.WriteAsync("404");
    }

    /// <summary>False when the file vanished in the meantime (an old build folder removed): the caller then answers 404.</summary>
    private async Task<bool> TryServeFile(HttpContext context, PreviewState now, string path, int status)
    {
        var type = _types.For(path);
        byte[] bytes;
        try
        {
            bytes = ContentTypes.IsHtml(type)
                ? Utf8.GetBytes(Decorate(await File.ReadAllTextAsync(path, Utf8, context.RequestAborted), now, ProsePanelFor(now, path)))
                : await File.ReadAllBytesAsync(path, context.RequestAborted);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        return true;
    }

    private static Task WriteHtml(HttpContext context, PreviewState now, string html, int status)
    {
        var bytes = Utf8.GetBytes(Decorate(html, now));
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.Html;
        context.Response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>
    /// The prose panel of the article whose page file is <paramref name="path"/> (".../2019/04/slug/index.html" is the
    /// page whose URL is "2019/04/slug/"); null for any other file, or an article with nothing to say.
    /// </summary>
    private static string? ProsePanelFor(PreviewState now, string path)
    {
        if (now.Prose is not { } prose || now.Folder is null || !string.Equals(Path.GetFileName(path), "index.html", StringComparison.Ordinal)) return null;
        var folder = Path.GetRelativePath(now.Folder, Path.GetDirectoryName(path)!).Replace(Path.DirectorySeparatorChar, '/');
        return prose.PanelFor(folder == "." ? "" : folder + "/");
    }

    /// <summary>
    /// Adds the prose panel (an article's page with warnings), the overlay (if the last build failed) and the reload
    /// script before &lt;/body&gt;.
    /// </summary>
    public static string Decorate(string html, PreviewState now, string? prose = null)
    {
        var snippet = (prose ?? "") + (now.Overlay ?? "") + LiveReload.Script(now.Build);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + snippet : html.Insert(end, snippet);
    }

    private static string BarePage(string title, PreviewState now)
    {
        var text = Render.Html.Escape(title);
        var lang = now.Messages.Language == Language.En ? "en" : "vi";
        return $"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{text}</title>\n</head>\n<body>\n<h1>{text}</h1>\n</body>\n</html>\n";
    }
}

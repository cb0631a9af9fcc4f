using System.Collections.Frozen;
using Microsoft.AspNetCore.StaticFiles;

namespace Bantin.Preview;

/// <summary>
/// Content types for a built site. Text types carry charset=utf-8 because Vietnamese text must never be guessed
/// as another encoding; everything else falls back to ASP.NET Core's table.
/// </summary>
public sealed class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";

    // Only what ASP.NET Core's table gets wrong for a site: text without a charset, and the JavaScript type.
    private static readonly FrozenDictionary<string, string> Own = new Dictionary<string, string>
    {
        [".html"] = Html,
        [".htm"] = Html,
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FileExtensionContentTypeProvider _fallback = new();

    public string For(string path)
    {
        if (Own.TryGetValue(Path.GetExtension(path), out var type)) return type;
        return _fallback.TryGetContentType(path, out var other) ? other : "application/octet-stream";
    }

    public static bool IsHtml(string contentType) => contentType == Html;
}

using System.Text;
using System.Text.RegularExpressions;

namespace Bantin.Output;

/// <summary>
/// Rewrites a page's links under the site's base path ("/congdoan/…") relative to the page, for a portable build
/// opened from a folder (file://): there "/congdoan/" is the disk's root, and a folder link shows a file listing or
/// nothing, so a link to a folder names its index.html. Absolute addresses (https://…, the canonical link) and links
/// outside the base path are left as they are.
/// </summary>
public static partial class RelativeLinks
{
    public static string Rewrite(string html, string pagePath, string basePath)
    {
        var up = string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));
        var folder = pagePath.LastIndexOf('/') is var slash and >= 0 ? pagePath[..(slash + 1)] : "";
        return Attribute().Replace(html, match =>
        {
            var value = match.Groups["value"].Value;
            var rewritten = match.Groups["name"].Value.Equals("srcset", StringComparison.OrdinalIgnoreCase)
                ? string.Join(", ", value.Split(',').Select(part => SrcsetPart(part.Trim(), up, folder, basePath)))
                : Relative(value, up, folder, basePath);
            return rewritten == value ? match.Value
                : match.Groups["head"].Value + match.Groups["quote"].Value + rewritten + match.Groups["quote"].Value;
        });
    }

    private static string SrcsetPart(string part, string up, string folder, string basePath)
    {
        var space = part.IndexOf(' ');
        return space < 0 ? Relative(part, up, folder, basePath) : Relative(part[..space], up, folder, basePath) + part[space..];
    }

    private static string Relative(string url, string up, string folder, string basePath)
    {
        if (!url.StartsWith(basePath, StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)) return url;
        var target = url[basePath.Length..];
        var cut = target.IndexOfAny(['?', '#']);
        var (path, rest) = cut < 0 ? (target, "") : (target[..cut], target[cut..]);
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        // A link into the page's own folder (or below) needs no climb: "anh.svg", not "../../a/anh.svg".
        var relative = path.StartsWith(folder, StringComparison.Ordinal) ? path[folder.Length..] : up + path;
        return new StringBuilder(relative).Append(rest).ToString();
    }

    // An attribute inside a tag (after "<name " and other attributes), never text that happens to read href="…".
    [GeneratedRegex("""(?<head>(?<=<[a-zA-Z][^<>]*\s)(?<name>href|src|srcset|action|poster)\s*=\s*)(?<quote>["'])(?<value>[^"'<>]*)\k<quote>""",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}

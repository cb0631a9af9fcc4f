using System.Net;
using System.Text.RegularExpressions;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render;
using Bantin.Sources;

namespace Bantin.Checks;

/// <summary>
/// Every internal link and image of every rendered page must reach a page or file of the site, and an #anchor an
/// element of that page. A broken link written in an article is blamed on its line in the .md file; one that comes
/// from a template is reported once, naming a page it is on.
/// </summary>
public sealed partial class LinkChecker(SiteConfig site, IReadOnlyDictionary<string, string> pages, IReadOnlySet<string> files)
{
    private readonly Dictionary<string, HashSet<string>> _ids = new(StringComparer.Ordinal);

    /// <param name="bodies">Page URL → the source and rendered body shown on it.</param>
    public void Check(IReadOnlyDictionary<string, (string Source, RenderedBody Body)> bodies, DiagnosticBag bag)
    {
        var reportedTemplateLinks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (pageUrl, html) in pages.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            bodies.TryGetValue(pageUrl, out var body);
            foreach (Match m in LinkAttribute().Matches(html))
            {
                var href = WebUtility.HtmlDecode(m.Groups["url"].Value);
                if (Problem(pageUrl, href) is not { } problem) continue;
                var written = body.Body?.Links.FirstOrDefault(l => Same(l.Url, href));
                if (written is not null)
                    bag.Error(new SourceSpan(body.Source, written.Line, written.Column), problem);
                else if (reportedTemplateLinks.Add(href))
                    bag.Error(SourceSpan.FileOnly(TemplateSet.SiteFolder), bag.Messages.BrokenTemplateLink(href, pageUrl) with { Fix = problem.Fix });
            }
        }

        Text? Problem(string pageUrl, string href)
        {
            var (kind, target, fragment) = Resolve(pageUrl, href);
            return kind switch
            {
                Kind.External => null,
                Kind.OutsideBase => bag.Messages.LinkOutsideBasePath(href, site.BasePath),
                _ when !Exists(target) => bag.Messages.BrokenLink(href, Nearest(target)),
                _ when fragment.Length > 0 && pages.ContainsKey(PageKey(target)) && !Ids(PageKey(target)).Contains(fragment)
                    => bag.Messages.BrokenAnchor(href, fragment),
                _ => null,
            };
        }
    }

    private enum Kind { External, Internal, OutsideBase }

    private (Kind Kind, string Target, string Fragment) Resolve(string pageUrl, string href)
    {
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) ||
            Regex.IsMatch(href, "^(mailto|tel|javascript|data|sms):", RegexOptions.IgnoreCase))
            return (Kind.External, "", "");
        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : "";
        var path = hash >= 0 ? href[..hash] : href;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];

        string relative;
        if (path.Contains("://", StringComparison.Ordinal))
        {
            if (!path.StartsWith(site.BaseUrl, StringComparison.Ordinal)) return (Kind.External, "", "");
            relative = path[site.BaseUrl.Length..];
        }
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(site.BasePath, StringComparison.Ordinal)) return (Kind.OutsideBase, "", "");
            relative = path[site.BasePath.Length..];
        }
        else
        {
            var folder = pageUrl.EndsWith('/') ? pageUrl : pageUrl[..(pageUrl.LastIndexOf('/') + 1)];
            // "c:anh" or "a:b/c" (a colon typed into a file name) is no address the Uri class accepts: a broken link.
            if (!Uri.TryCreate(new Uri("http://site/" + folder), path, out var resolved)) return (Kind.Internal, path, fragment);
            relative = resolved.AbsolutePath.TrimStart('/');
        }
        return (Kind.Internal, Uri.UnescapeDataString(relative), fragment);
    }

    private bool Exists(string target) =>
        pages.ContainsKey(target) || files.Contains(target) || pages.ContainsKey(PageKey(target));

    // "a/b/index.html" and "a/b" (a host redirects it) are the page "a/b/".
    private static string PageKey(string target) =>
        target.EndsWith("index.html", StringComparison.Ordinal) ? target[..^"index.html".Length]
        : target.Length == 0 || target.EndsWith('/') || target.EndsWith(".html", StringComparison.Ordinal) ? target
        : target + "/";

    private HashSet<string> Ids(string page)
    {
        if (!_ids.TryGetValue(page, out var ids))
            _ids[page] = ids = IdAttribute().Matches(pages[page]).Select(m => WebUtility.HtmlDecode(m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal);
        return ids;
    }

    private string? Nearest(string target)
    {
        // A suggestion is worth a scan of the site's URLs only for the few links that are broken.
        var best = Suggest.Nearest(target, pages.Keys.Concat(files));
        return best is null ? null : site.Link(best);
    }

    private static bool Same(string written, string rendered) =>
        string.Equals(Unescape(written), Unescape(rendered), StringComparison.Ordinal);

    private static string Unescape(string url)
    {
        try { return Uri.UnescapeDataString(url); }
        catch (UriFormatException) { return url; }
    }

    [GeneratedRegex("\\s(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("\\sid=\"(?<id>[^\"]+)\"")]
    private static partial Regex IdAttribute();
}

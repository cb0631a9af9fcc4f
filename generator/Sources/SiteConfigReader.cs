using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Sources;

/// <summary>Reads and checks site.yaml. Unknown or bad values are reported, then sensible defaults keep the build going.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yaml";
    private const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    private static readonly string[] Known = ["title", "tagline", "base_url", "language", "timezone", "page_size", "home_unit", "paths"];

    public static SiteConfig? Read(string siteRoot, DiagnosticBag bag)
    {
        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path))
        {
            bag.Error(SourceSpan.FileOnly(FileName), bag.Messages.SiteYamlMissing(siteRoot));
            return null;
        }
        if (!SourceText.TryRead(path, out var text))
        {
            bag.Error(SourceSpan.FileOnly(FileName), bag.Messages.NotUtf8());
            return null;
        }
        var map = YamlMap.Parse(text, FileName, 0, bag);
        if (map is null) return null;

        var language = Language.Vi;
        if (map.Scalar("language", bag) is { } lang)
        {
            switch (lang.Text.ToLowerInvariant())
            {
                case "vi": language = Language.Vi; break;
                case "en": language = Language.En; break;
                default: bag.Error(lang.Span, bag.Messages.UnknownLanguage(lang.Text)); break;
            }
        }
        bag.UseLanguage(language);
        map.WarnUnknownKeys(Known, bag);

        var title = map.Scalar("title", bag);
        if (title is null || title.Value.Text.Length == 0) bag.Error(map.Span with { Line = 1, Column = 1 }, bag.Messages.SiteTitleMissing());

        var baseUrl = "/";
        var urlScalar = map.Scalar("base_url", bag);
        if (urlScalar is { } url)
        {
            if (Uri.TryCreate(url.Text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                baseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
            else
                bag.Error(url.Span, bag.Messages.BadBaseUrl(url.Text));
        }
        if (baseUrl == "/") baseUrl = "http://localhost/";

        var zone = ResolveZone(DefaultTimeZone);
        if (map.Scalar("timezone", bag) is { } tz)
        {
            var resolved = ResolveZone(tz.Text);
            if (resolved is null) bag.Error(tz.Span, bag.Messages.UnknownTimeZone(tz.Text));
            else zone = resolved;
        }

        var pageSize = 20;
        if (map.Scalar("page_size", bag) is { } size)
        {
            if (int.TryParse(size.Text, out var n) && n is > 0 and <= 1000) pageSize = n;
            else bag.Error(size.Span, bag.Messages.BadPageSize(size.Text));
        }

        var urls = UrlScheme.Default;
        if (map.Map("paths", bag) is { } paths)
        {
            paths.WarnUnknownKeys(UrlScheme.Keys, bag);
            foreach (var key in UrlScheme.Keys)
            {
                if (paths.Scalar(key, bag) is { } pattern) urls = urls.With(key, pattern.Text);
            }
        }

        return new SiteConfig(
            Title: title?.Text ?? "",
            Tagline: map.Scalar("tagline", bag)?.Text ?? "",
            BaseUrl: baseUrl,
            Language: language,
            TimeZone: zone ?? TimeZoneInfo.Utc,
            PageSize: pageSize,
            HomeUnit: map.Scalar("home_unit", bag)?.Text,
            Urls: urls)
        {
            Root = Path.GetFullPath(siteRoot),
            HasBaseUrl = urlScalar is not null,
        };
    }

    private static TimeZoneInfo? ResolveZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}

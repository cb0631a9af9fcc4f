using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;

namespace Bantin.Sources;

/// <summary>Reads and checks site.yaml. Unknown or bad values are reported, then sensible defaults keep the build going.</summary>
public static class SiteConfigReader
{
    public const string FileName = "site.yaml";
    private const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    private static readonly string[] Known = ["title", "tagline", "base_url", "language", "timezone", "page_size", "home_unit", "paths", "keep", "allow_symlinks_outside", "figures",
        "web_config", "relative_urls",
        // Read by `bantin deploy` (Deploy.DeployConfigReader), which sits above the build.
        "deploy"];

    public static SiteConfig? Read(string siteRoot, DiagnosticBag bag)
    {
        var path = Path.Combine(siteRoot, FileName);
        if (!File.Exists(path))
        {
            bag.Error(SourceSpan.FileOnly(FileName), bag.Messages.SiteYamlMissing(siteRoot));
            return null;
        }
        // site.yaml may itself be a link (a shared configuration); it must still be a readable, regular file.
        if (!new SiteFiles(siteRoot, new SymlinkPolicy(true, [])).TryReadText(FileName, bag, out var text)) return null;
        text = ControlCharacters.Blank(text, FileName, 1, bag);
        var map = YamlMap.Parse(text, FileName, 0, bag);
        if (map is null) return null;

        var language = ReadLanguage(map, bag);
        bag.UseLanguage(language);
        map.WarnUnknownKeys(Known, bag);

        var title = map.Scalar("title", bag);
        if (title is null || title.Value.Text.Length == 0) bag.Error(map.Span with { Line = 1, Column = 1 }, bag.Messages.SiteTitleMissing());
        var urlScalar = map.Scalar("base_url", bag);
        var baseUrl = ReadBaseUrl(urlScalar, bag);
        var zone = ReadTimeZone(map, bag);
        var pageSize = ReadPageSize(map, bag);
        var urls = ReadPaths(map, bag);

        return new SiteConfig(
            Title: title?.Text ?? "",
            Tagline: map.Scalar("tagline", bag)?.Text ?? "",
            BaseUrl: baseUrl,
            Language: language,
            TimeZone: zone,
            PageSize: pageSize,
            HomeUnit: map.Scalar("home_unit", bag)?.Text,
            Urls: urls)
        {
            Root = Path.GetFullPath(siteRoot),
            Keep = ReadKeep(map, bag),
            Symlinks = Symlinks(map, bag),
            HasBaseUrl = urlScalar is not null,
            MissingFigure = ReadMissing(map, bag),
            WebConfig = Flag(map, "web_config", bag),
            RelativeUrls = Flag(map, "relative_urls", bag),
        };
    }

    private static Language ReadLanguage(YamlMap map, DiagnosticBag bag)
    {
        if (map.Scalar("language", bag) is not { } lang) return Language.Vi;
        switch (lang.Text.ToLowerInvariant())
        {
            case "vi": return Language.Vi;
            case "en": return Language.En;
            default:
                bag.Error(lang.Span, bag.Messages.UnknownLanguage(lang.Text));
                return Language.Vi;
        }
    }

    /// <summary>The address the site is published at, ending in '/'; a stand-in when none is given (build requires one).</summary>
    private static string ReadBaseUrl(Scalar? urlScalar, DiagnosticBag bag)
    {
        if (urlScalar is not { } url) return "http://localhost/";
        if (Uri.TryCreate(url.Text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var baseUrl = uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";
            return baseUrl == "/" ? "http://localhost/" : baseUrl;
        }
        bag.Error(url.Span, bag.Messages.BadBaseUrl(url.Text));
        return "http://localhost/";
    }

    private static TimeZoneInfo ReadTimeZone(YamlMap map, DiagnosticBag bag)
    {
        var zone = ResolveZone(DefaultTimeZone);
        if (map.Scalar("timezone", bag) is { } tz)
        {
            var resolved = ResolveZone(tz.Text);
            if (resolved is null) bag.Error(tz.Span, bag.Messages.UnknownTimeZone(tz.Text));
            else zone = resolved;
        }
        return zone ?? TimeZoneInfo.Utc;
    }

    private static int ReadPageSize(YamlMap map, DiagnosticBag bag)
    {
        if (map.Scalar("page_size", bag) is not { } size) return 20;
        if (int.TryParse(size.Text, out var n) && n is > 0 and <= 1000) return n;
        bag.Error(size.Span, bag.Messages.BadPageSize(size.Text));
        return 20;
    }

    /// <summary><c>paths:</c>, the URL patterns. A bad pattern is reported and the default kept, so no page is ever planned outside its folder.</summary>
    private static UrlScheme ReadPaths(YamlMap map, DiagnosticBag bag)
    {
        var urls = UrlScheme.Default;
        if (map.Map("paths", bag) is not { } paths) return urls;
        paths.WarnUnknownKeys(UrlScheme.Keys, bag);
        foreach (var key in UrlScheme.Keys)
        {
            if (paths.Scalar(key, bag) is not { } pattern) continue;
            if (UrlScheme.Check(key, pattern.Text, out var unknown) is not PathProblem.None and var problem)
                bag.Error(pattern.Span, unknown
                    ? bag.Messages.UnknownPlaceholder(key, pattern.Text, UrlScheme.PlaceholdersOf(key))
                    : bag.Messages.BadPathPattern(key, pattern.Text, problem, UrlScheme.PlaceholdersOf(key)));
            else urls = urls.With(key, pattern.Text);
        }
        return urls;
    }

    /// <summary><c>figures: { missing: "…" }</c>: what prose prints where a percentage has no target (default "—").</summary>
    private static string ReadMissing(YamlMap map, DiagnosticBag bag)
    {
        if (map.Map("figures", bag) is not { } figures) return NumberFormatter.NotReported;
        figures.WarnUnknownKeys(["missing"], bag);
        return figures.Scalar("missing", bag)?.Text is { } text ? text.Normalize() : NumberFormatter.NotReported;
    }

    /// <summary>An on/off setting, off when absent; anything but true/false is reported and taken as off.</summary>
    private static bool Flag(YamlMap map, string key, DiagnosticBag bag)
    {
        if (map.Scalar(key, bag) is not { } scalar) return false;
        switch (scalar.Text.ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off" or "": return false;
            default:
                bag.Error(scalar.Span, bag.Messages.ExpectedBool(key, scalar.Text));
                return false;
        }
    }

    /// <summary><c>keep:</c>, paths relative to the output folder; none may climb out of it.</summary>
    private static IReadOnlyList<string> ReadKeep(YamlMap map, DiagnosticBag bag)
    {
        var keep = new List<string>();
        foreach (var item in map.List("keep", bag))
        {
            var path = item.Text.Replace('\\', '/').Trim('/');
            if (path.Length == 0 || Path.IsPathRooted(item.Text) || path.Split('/').Any(part => part is "." or ".." or ""))
                bag.Error(item.Span, bag.Messages.BadKeepPath(item.Text));
            else keep.Add(path);
        }
        return keep;
    }

    /// <summary><c>allow_symlinks_outside: true</c>, or a list of folders links may lead into.</summary>
    private static SymlinkPolicy Symlinks(YamlMap map, DiagnosticBag bag)
    {
        switch (map.Node("allow_symlinks_outside"))
        {
            case null:
                return SymlinkPolicy.Default;
            case Yaml.YamlList:
                return new SymlinkPolicy(false, map.List("allow_symlinks_outside", bag).Select(f => f.Text).Where(f => f.Length > 0).ToList());
        }
        var scalar = map.Scalar("allow_symlinks_outside", bag);
        switch (scalar?.Text.ToLowerInvariant())
        {
            case null: return SymlinkPolicy.Default;
            case "true" or "yes" or "on": return new SymlinkPolicy(true, []);
            case "false" or "no" or "off" or "": return SymlinkPolicy.Default;
            default:
                bag.Error(scalar.Value.Span, bag.Messages.ExpectedBool("allow_symlinks_outside", scalar.Value.Text));
                return SymlinkPolicy.Default;
        }
    }

    private static TimeZoneInfo? ResolveZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}

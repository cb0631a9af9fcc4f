using Bantin.Diagnostics;

namespace Bantin.Model;

/// <summary>
/// Where each page lives, relative to the site root and always ending in '/'. Patterns come from
/// FORMATS.md "URLs" and may be overridden under <c>paths:</c> in site.yaml.
/// </summary>
public sealed record UrlScheme(
    string Article,
    string Page,
    string Category,
    string Tag,
    string Tags,
    string Unit,
    string Indicator,
    string Search)
{
    public static readonly UrlScheme Default = new(
        Article: "{yyyy}/{mm}/{slug}/",
        Page: "{slug}/",
        Category: "chuyen-muc/{path}/",
        Tag: "the/{slug}/",
        Tags: "the/",
        Unit: "don-vi/{id}/",
        Indicator: "chi-tieu/{id}/",
        Search: "tim-kiem/");

    public static IReadOnlyList<string> Keys { get; } = ["article", "page", "category", "tag", "tags", "unit", "indicator", "search"];

    /// <summary>The placeholders a pattern of <paramref name="key"/> may hold.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string key) => key switch
    {
        "article" => ["{yyyy}", "{mm}", "{dd}", "{slug}"],
        "page" or "tag" => ["{slug}"],
        "category" => ["{path}"],
        "unit" or "indicator" => ["{id}"],
        _ => [],
    };

    /// <summary>
    /// Why <paramref name="pattern"/> cannot be used for <paramref name="key"/>: <see cref="PathProblem.None"/> when its
    /// literal parts are safe folder names (the placeholders are filled with safe values), <paramref name="unknownPlaceholder"/>
    /// when a '{' or '}' is left once the known placeholders are taken out.
    /// </summary>
    public static PathProblem Check(string key, string pattern, out bool unknownPlaceholder)
    {
        var filled = pattern.Trim();
        foreach (var placeholder in PlaceholdersOf(key)) filled = filled.Replace(placeholder, "x");
        unknownPlaceholder = filled.Contains('{') || filled.Contains('}');
        if (unknownPlaceholder) return PathProblem.BadCharacter;
        // One leading and one trailing '/' are tolerated, as Normalise drops or adds them.
        if (filled.StartsWith('/')) filled = filled[1..];
        if (filled.EndsWith('/')) filled = filled[..^1];
        if (filled.Length == 0) return PathProblem.None;
        foreach (var segment in filled.Split('/'))
            if (SafePath.Segment(segment) is not PathProblem.None and var problem) return problem;
        return PathProblem.None;
    }

    public UrlScheme With(string key, string pattern) => key switch
    {
        "article" => this with { Article = pattern },
        "page" => this with { Page = pattern },
        "category" => this with { Category = pattern },
        "tag" => this with { Tag = pattern },
        "tags" => this with { Tags = pattern },
        "unit" => this with { Unit = pattern },
        "indicator" => this with { Indicator = pattern },
        "search" => this with { Search = pattern },
        _ => this,
    };

    public string ForArticle(DateTime localDate, string slug) => Normalise(Article
        .Replace("{yyyy}", localDate.Year.ToString("D4"))
        .Replace("{mm}", localDate.Month.ToString("D2"))
        .Replace("{dd}", localDate.Day.ToString("D2"))
        .Replace("{slug}", slug));

    public string ForPage(string slug) => Normalise(Page.Replace("{slug}", slug));

    public string ForCategory(IEnumerable<string> slugPath) => Normalise(Category.Replace("{path}", string.Join('/', slugPath)));

    public string ForTag(string slug) => Normalise(Tag.Replace("{slug}", slug));

    public string TagIndex => Normalise(Tags);

    public string ForUnit(string id) => Normalise(Unit.Replace("{id}", id));

    public string ForIndicator(string id) => Normalise(Indicator.Replace("{id}", id));

    public string SearchPage => Normalise(Search);

    public static string Home => "";

    public static string ForYear(int year) => $"{year:D4}/";

    public static string ForMonth(int year, int month) => $"{year:D4}/{month:D2}/";

    /// <summary>Page n of a paginated list: the first page is the list's own URL.</summary>
    public static string Paged(string listUrl, int page) => page <= 1 ? listUrl : $"{listUrl}page/{page}/";

    private static string Normalise(string url)
    {
        url = url.Trim().TrimStart('/');
        return url.Length == 0 || url.EndsWith('/') ? url : url + "/";
    }
}

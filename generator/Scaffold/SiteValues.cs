using Bantin.Diagnostics;
using Bantin.Formatting;
using System.Globalization;
using Bantin.Model;
using Bantin.Sources;

namespace Bantin.Scaffold;

/// <summary>
/// What a new site is filled with: the organisation's name, its unit id, the base URL, and the dates of the sample
/// article and its data (last month's results, reported today). Templates name them as <c>__TITLE__</c>-style
/// placeholders, which neither Markdown, YAML, Scriban nor the CI files use.
/// </summary>
public sealed record SiteValues(
    Language Language,
    string Title,
    string Short,
    string UnitId,
    string BaseUrl,
    int Year,
    int Month,
    string Date,
    string Article)
{
    private const string DefaultBaseUrl = "https://example.org/";
    private static readonly string[] Organisations = ["Liên đoàn Lao động", "LĐLĐ", "Công đoàn"];
    private static readonly string[] Places = ["tỉnh", "thành phố", "TP.", "TP"];

    /// <param name="now">Now, in the site's time zone: the sample article is dated now (to the minute) and reports last month.</param>
    public static SiteValues Create(Language language, string? title, string? baseUrl, DateTimeOffset now)
    {
        var name = title is null ? Default(language) : SourceText.Normalize(title.Trim());
        var id = title is null ? DefaultUnit(language) : UnitFrom(name) ?? DefaultUnit(language);
        var period = now.AddMonths(-1);
        var slug = language == Language.En ? $"results-{period:yyyy}-{period:MM}" : $"ket-qua-thang-{period.Month}-{period:yyyy}";
        return new SiteValues(language, name, ShortName(name), id, baseUrl ?? DefaultBaseUrl, period.Year, period.Month,
            now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), $"{now:yyyy}/{now:MM}/{slug}");
    }

    public string Period => $"{Year:0000}-{Month:00}";

    /// <summary>A template (a file's text or its path) with every placeholder replaced.</summary>
    public string Fill(string template) => template
        .Replace("__TITLE_TEXT__", Title)
        .Replace("__TITLE__", Yaml(Title))
        .Replace("__SHORT_TEXT__", Short)
        .Replace("__SHORT_ESCAPED__", Escape(Short))
        .Replace("__SHORT__", Yaml(Short))
        .Replace("__UNIT__", UnitId)
        .Replace("__BASE_URL__", Yaml(BaseUrl))
        .Replace("__PERIOD__", Period)
        .Replace("__YEAR__", Year.ToString(CultureInfo.InvariantCulture))
        .Replace("__MONTH_NAME__", CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(Month))
        .Replace("__MONTH__", Month.ToString(CultureInfo.InvariantCulture))
        .Replace("__DATE__", Date)
        .Replace("__ARTICLE__", Article);

    private static string Default(Language language) =>
        language == Language.En ? "Provincial Federation of Labour" : "Liên đoàn Lao động tỉnh";

    private static string DefaultUnit(Language language) => language == Language.En ? "province" : "tinh";

    /// <summary>"Liên đoàn Lao động tỉnh Cao Bằng" → cao-bang: the place, as the example site names its units.</summary>
    private static string? UnitFrom(string title)
    {
        var place = StripFirst(StripFirst(title, Organisations), Places);
        var id = Slug.ForPath(place);
        return id.Length > 0 && SafePath.Id(id, nested: false) == PathProblem.None ? id : null;
    }

    private static string StripFirst(string text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) &&
                (text.Length == prefix.Length || char.IsWhiteSpace(text[prefix.Length]) || prefix.EndsWith('.')))
                return text[prefix.Length..].TrimStart();
        return text;
    }

    /// <summary>"Liên đoàn Lao động tỉnh Cao Bằng" → "LĐLĐ tỉnh Cao Bằng", the way bulletins shorten it.</summary>
    private static string ShortName(string title) =>
        title.StartsWith("Liên đoàn Lao động ", StringComparison.OrdinalIgnoreCase) ? "LĐLĐ " + title["Liên đoàn Lao động ".Length..] : title;

    /// <summary>A YAML double-quoted scalar: any name or address stays one value, whatever it contains.</summary>
    private static string Yaml(string text) => "\"" + Escape(text) + "\"";

    /// <summary>Text to go between YAML double quotes.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");
}

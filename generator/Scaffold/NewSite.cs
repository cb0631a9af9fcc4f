using Bantin.Formatting;
using Bantin.Diagnostics;
using Bantin.Model;

namespace Bantin.Scaffold;

/// <summary>
/// <c>bantin new site DIR</c>: a small complete site (settings, units, indicators, a target, results, an article
/// with figures, an about page, .gitignore and CI for GitHub and GitLab Pages) that builds and checks clean at once.
/// </summary>
public static class NewSite
{
    /// <summary>The site's default zone: the sample article is dated today there.</summary>
    private const string TimeZone = "Asia/Ho_Chi_Minh";

    public static int Run(string folder, string? title, string? baseUrl, string languageText, TextWriter stdout, TextWriter stderr, DateTimeOffset? now = null)
    {
        var language = languageText.Trim().ToLowerInvariant() switch { "en" => Language.En, "vi" => Language.Vi, _ => (Language?)null };
        var messages = new Messages(language ?? Language.Vi);
        var problems = new List<Text>();
        if (language is null) problems.Add(messages.NewSiteBadLanguage(languageText));
        if (title is not null && (title.Trim().Length == 0 || title.Any(char.IsControl))) problems.Add(messages.NewSiteBadTitle());
        var url = baseUrl is null ? null : BaseUrl(baseUrl);
        if (baseUrl is not null && url is null) problems.Add(messages.NewSiteBadBaseUrl(baseUrl));
        if (problems.Count == 0 && SiteScaffold.Refusal(folder, messages) is { } refusal) problems.Add(refusal);
        if (problems.Count > 0) return Fail(problems, stderr, ExitCodes.BadUsage);

        var local = TimeZoneInfo.ConvertTime(now ?? DateTimeOffset.Now, Zone());
        var values = SiteValues.Create(language!.Value, title, url, local);
        var files = ScaffoldTemplates.For(values.Language).Select(f => (values.Fill(f.Path), values.Fill(f.Text))).ToList();
        var (written, error) = SiteScaffold.Write(folder, files, messages);
        if (error is { } failed) return Fail([failed], stderr, ExitCodes.ContentErrors);

        var done = messages.NewSiteCreated(folder, written.Count, $"content/{values.Article}.md");
        stdout.WriteLine(done.What);
        stdout.WriteLine(done.Fix);
        return ExitCodes.Ok;
    }

    /// <summary>An absolute http(s) address, ending in / as site.yaml wants it; null for anything else.</summary>
    private static string? BaseUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"
            : null;

    // A system without time zone data: Việt Nam has kept UTC+7 without daylight saving since 1975.
    private static TimeZoneInfo Zone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone(TimeZone, TimeSpan.FromHours(7), TimeZone, TimeZone);

    private static int Fail(IEnumerable<Text> problems, TextWriter stderr, int code)
    {
        foreach (var problem in problems)
        {
            stderr.WriteLine(problem.What);
            if (problem.Fix is { } fix) stderr.WriteLine("    → " + fix);
        }
        return code;
    }
}

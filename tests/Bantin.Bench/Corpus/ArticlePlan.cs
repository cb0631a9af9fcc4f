namespace Bantin.Bench.Corpus;

/// <summary>
/// What one article will be, decided before any body is written so that articles can link to each other.
/// <see cref="District"/> indexes <see cref="ResultTable.Districts"/>.
/// </summary>
public sealed record ArticlePlan(
    int Index,
    string Title,
    string Slug,
    DateTimeOffset Date,
    string Author,
    string Category,
    IReadOnlyList<string> Tags,
    int District)
{
    /// <summary>The article's URL below the base path: <c>2019/04/slug/</c>.</summary>
    public string Url => $"{Date.Year:D4}/{Date.Month:D2}/{Slug}/";

    public string Folder => $"content/{Date.Year:D4}/{Date.Month:D2}";

    public string SourcePath => $"{Folder}/{Slug}.md";

    public string Period => $"{Date.Year:D4}-{Date.Month:D2}";

    public string PeriodLabel => $"tháng {Date.Month}/{Date.Year}";
}

using Bantin.Diagnostics;

namespace Bantin.Model;

/// <summary>A dated news item from <c>content/**/*.md</c>.</summary>
public sealed record Article(
    string SourcePath,
    string Title,
    DateTimeOffset Date,
    string? Author,
    IReadOnlyList<string> Category,
    SourceSpan CategorySpan,
    IReadOnlyList<string> Tags,
    string? Unit,
    SourceSpan UnitSpan,
    string? Period,
    SourceSpan PeriodSpan,
    string? Summary,
    string? Image,
    string Slug,
    bool Draft,
    string? Layout,
    SourceSpan LayoutSpan,
    string Body,
    int BodyFirstLine,
    string Url)
{
    /// <summary>Folder of the source file relative to the site root: images beside the article live there.</summary>
    public string SourceFolder => Path.GetDirectoryName(SourcePath)?.Replace('\\', '/') ?? "";
}

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
    : ContentItem(SourcePath, Title, Summary, Slug, Draft, Layout, LayoutSpan, Body, BodyFirstLine, Url)
{
    // Identity, as for every item (see ContentItem).
    public bool Equals(Article? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => base.GetHashCode();

    public override string? CardImage => Image;

    /// <summary>Where the title's text starts in the front matter, for findings in the title; none when unknown.</summary>
    public SourceSpan TitleSpan { get; init; }
}

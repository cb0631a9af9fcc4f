using Bantin.Diagnostics;

namespace Bantin.Model;

/// <summary>A standalone page from <c>content/pages/**/*.md</c>: no date, not in lists or feeds.</summary>
public sealed record Page(
    string SourcePath,
    string Title,
    string? Summary,
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
    public bool Equals(Page? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => base.GetHashCode();
}

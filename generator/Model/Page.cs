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
{
    // Identity, as for Article: one page of one build.
    public bool Equals(Page? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public string SourceFolder => Path.GetDirectoryName(SourcePath)?.Replace('\\', '/') ?? "";
}

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
    // An article is one file of one build: identity, not the value of its twenty fields (the body among them), is what
    // lists, dictionaries and the preview's memory compare. Value equality hashed the whole body on every lookup.
    public bool Equals(Article? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>Folder of the source file relative to the site root: images beside the article live there.</summary>
    public string SourceFolder => Path.GetDirectoryName(SourcePath)?.Replace('\\', '/') ?? "";
}

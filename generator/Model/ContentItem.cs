using Bantin.Diagnostics;

namespace Bantin.Model;

/// <summary>
/// What an article and a standalone page share: one Markdown file of content/ with its front matter and body. The
/// stages that do not care which it is (reading, body rendering, the preview's memory) take this.
/// </summary>
public abstract record ContentItem(
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
    // An item is one file of one build: identity, not the value of its fields (the body among them), is what lists,
    // dictionaries and the preview's memory compare. Value equality hashed the whole body on every lookup.
    public virtual bool Equals(ContentItem? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>Folder of the source file relative to the site root: images beside the item live there.</summary>
    public string SourceFolder => Path.GetDirectoryName(SourcePath)?.Replace('\\', '/') ?? "";

    /// <summary>The card image: articles may have one, pages not.</summary>
    public virtual string? CardImage => null;
}

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
    // Kept as UTF-8: a body is read once to be rendered (and by `check`), and held for the whole build. At 100,000
    // articles the bodies as .NET strings were some 1.2 GB of the heap; Vietnamese text as UTF-8 takes about two thirds
    // of that. Decoding gives back the very string that was read (a file's text never holds a lone surrogate).
    private readonly byte[] _body = System.Text.Encoding.UTF8.GetBytes(Body);

    /// <summary>The Markdown after the front matter.</summary>
    public string Body
    {
        get => System.Text.Encoding.UTF8.GetString(_body);
        init => _body = System.Text.Encoding.UTF8.GetBytes(value);
    }

    // An item is one file of one build: identity, not the value of its fields (the body among them), is what lists,
    // dictionaries and the preview's memory compare. Value equality hashed the whole body on every lookup.
    public virtual bool Equals(ContentItem? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>Folder of the source file relative to the site root: images beside the item live there.</summary>
    public string SourceFolder => Path.GetDirectoryName(SourcePath)?.Replace('\\', '/') ?? "";

    /// <summary>The card image: articles may have one, pages not.</summary>
    public virtual string? CardImage => null;
}

using System.Text;

namespace Bantin.Render;

/// <summary>An article or page body turned into HTML, with what lists need from it.</summary>
/// <remarks>
/// Every body stays in memory until its page is drawn and the search index is made, so the HTML is kept as UTF-8:
/// Vietnamese prose and markup take about half the bytes of a .NET string (some 600 MB less at 100,000 articles).
/// </remarks>
public sealed class RenderedBody
{
    private readonly byte[] _html;

    /// <param name="localFiles">Files beside the source that the body references (images), relative to the source folder.</param>
    /// <param name="links">Every link and image of the body with its position, for <c>check</c>.</param>
    public RenderedBody(string html, string firstParagraph, IReadOnlyList<LocalFile> localFiles, IReadOnlyList<BodyLink> links)
        : this(Encoding.UTF8.GetBytes(html), firstParagraph, localFiles, links)
    {
    }

    private RenderedBody(byte[] html, string firstParagraph, IReadOnlyList<LocalFile> localFiles, IReadOnlyList<BodyLink> links)
    {
        _html = html;
        FirstParagraph = firstParagraph;
        LocalFiles = localFiles;
        Links = links;
    }

    /// <summary>The HTML, made into a string for the one who asked (a page being drawn, the search index): it lives as long as they need it.</summary>
    public string Html => Encoding.UTF8.GetString(_html);

    public string FirstParagraph { get; }

    public IReadOnlyList<LocalFile> LocalFiles { get; }

    public IReadOnlyList<BodyLink> Links { get; }

    /// <summary>The same body with other HTML (figure placeholders restored).</summary>
    public RenderedBody WithHtml(string html) => new(html, FirstParagraph, LocalFiles, Links);

    public bool SameHtml(RenderedBody other) => _html.AsSpan().SequenceEqual(other._html);
}

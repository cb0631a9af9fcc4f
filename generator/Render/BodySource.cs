using Bantin.Model;

namespace Bantin.Render;

/// <summary>What rendering a body reads from an article or a standalone page (pages have no image, unit or period).</summary>
/// <param name="Item">The article or page itself, for the preview's memory.</param>
public readonly record struct BodySource(
    ContentItem Item, string SourcePath, string SourceFolder, string Url, string Markdown, int FirstLine, string? Image, string? Unit, string? Period,
    DateTimeOffset? Date = null)
{
    public static BodySource Of(Article a) => new(a, a.SourcePath, a.SourceFolder, a.Url, a.Body, a.BodyFirstLine, a.Image, a.Unit, a.Period, a.Date);

    public static BodySource Of(ContentItem item) => item switch
    {
        Article a => Of(a),
        Page p => Of(p),
        _ => throw new ArgumentException($"Neither an article nor a page: {item.SourcePath}", nameof(item)),
    };

    public static BodySource Of(Page p) => new(p, p.SourcePath, p.SourceFolder, p.Url, p.Body, p.BodyFirstLine, null, null, null);
}

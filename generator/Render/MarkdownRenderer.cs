using System.Text;
using Bantin.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bantin.Render;

/// <summary>
/// Markdown to HTML with one pipeline built once and shared by all threads (Markdig pipelines are immutable).
/// Heading ids use our slugger, because Markdig's drops 'đ' ("Đoàn viên" would become "oan-vien").
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFigures()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .UseTaskLists()
        .UseDefinitionLists()
        .UseAbbreviations()
        .UseMediaLinks()
        .UsePreciseSourceLocation()
        .Build();

    /// <param name="firstLine">The body's first line in its file, so positions match what the editor sees.</param>
    /// <param name="sizeOf">The pixel size of a local image by its URL as written, or null when unknown.</param>
    public RenderedBody Render(string markdown, int firstLine, Func<string, (int Width, int Height)?>? sizeOf = null)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        AssignHeadingIds(document);
        var files = MarkImages(document, firstLine, sizeOf);
        var links = document.Descendants<LinkInline>()
            .Where(l => !string.IsNullOrEmpty(l.Url))
            .Select(l => new BodyLink(l.Url!, l.Line + firstLine, l.Column + 1, l.IsImage, l.IsImage ? AltText(l) : ""))
            .ToList();

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollingTableRenderer());
        renderer.Render(document);
        writer.Flush();

        var first = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        return new RenderedBody(writer.ToString(), first is null ? "" : PlainText(first.Inline), files, links);
    }

    private static void AssignHeadingIds(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var baseId = Slug.From(PlainText(heading.Inline));
            if (baseId.Length == 0) baseId = "muc";
            var id = baseId;
            for (var n = 1; !used.Add(id); n++) id = $"{baseId}-{n}";
            heading.GetAttributes().Id = id;
        }
    }

    private static List<LocalFile> MarkImages(MarkdownDocument document, int firstLine, Func<string, (int Width, int Height)?>? sizeOf)
    {
        var files = new List<LocalFile>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage) continue;
            var attributes = link.GetAttributes();
            // A body image comes after the title and the first lines, below the first screen of a phone: it loads
            // only when scrolled to (readers are often on slow mobile links), and is decoded off the main thread.
            attributes.AddPropertyIfNotExist("loading", "lazy");
            if (!IsLocal(link.Url)) continue;
            attributes.AddPropertyIfNotExist("decoding", "async");
            // The file's own size reserves its box before it loads, so the text below does not jump.
            if (sizeOf?.Invoke(link.Url!) is { } size)
            {
                attributes.AddPropertyIfNotExist("width", size.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", size.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            files.Add(new LocalFile(Uri.UnescapeDataString(link.Url!), link.Line + firstLine, link.Column + 1));
        }
        return files;
    }

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && !url.StartsWith('/') && !url.StartsWith('#') && !url.Contains("://") &&
        !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    private static string AltText(LinkInline image)
    {
        var sb = new StringBuilder();
        foreach (var child in image) sb.Append(PlainText(child is ContainerInline c ? c : null) is { Length: > 0 } t ? t : child is LiteralInline l ? l.Content.ToString() : "");
        return sb.ToString().Trim();
    }

    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        Append(inline, sb);
        return sb.ToString().Trim();

        static void Append(Inline node, StringBuilder sb)
        {
            switch (node)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline container:
                    foreach (var child in container) Append(child, sb);
                    break;
            }
        }
    }
}

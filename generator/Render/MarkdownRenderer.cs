using System.Text;
using Bantin.Diagnostics;
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
    /// <param name="file">The body's file, for the error when Markdown nests too deep.</param>
    /// <param name="sizeOf">The pixel size of a local image by its URL as written, or null when unknown.</param>
    public RenderedBody Render(string markdown, int firstLine, string file, DiagnosticBag bag, Func<string, (int Width, int Height)?>? sizeOf = null)
    {
        markdown = SpacedAddresses.Enclose(markdown, _pipeline);
        if (!TryParse(markdown, out var document)) return TooDeep(markdown, firstLine, file, bag);
        AssignHeadingIds(document);
        var files = MarkImages(document, firstLine, sizeOf);
        var links = document.Descendants<LinkInline>()
            .Where(l => !string.IsNullOrEmpty(l.Url))
            .Select(l => new BodyLink(l.Url!, l.Line + firstLine, l.Column + 1, l.IsImage, l.IsImage ? AltText(l) : ""))
            .ToList();
        if (!TryDraw(document, out var html)) return TooDeep(markdown, firstLine, file, bag);

        var first = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        return new RenderedBody(html, first is null ? "" : PlainText(first.Inline), files, links);
    }

    // Markdig refuses a tree deeper than its limit (128) with an ArgumentException, while parsing (quotes, lists,
    // links) or while drawing (emphasis); nothing else in these two calls throws one, so it means "too deep".
    private bool TryParse(string markdown, out MarkdownDocument document)
    {
        try
        {
            document = Markdown.Parse(markdown, _pipeline);
            return true;
        }
        catch (ArgumentException)
        {
            document = new MarkdownDocument();
            return false;
        }
    }

    private bool TryDraw(MarkdownDocument document, out string html)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollingTableRenderer());
        try
        {
            renderer.Render(document);
        }
        catch (ArgumentException)
        {
            html = "";
            return false;
        }
        writer.Flush();
        html = writer.ToString();
        return true;
    }

    /// <summary>
    /// Reports the body as too deep at the first line where it becomes so: the shortest run of lines from the top
    /// that Markdig refuses, found by halving (a handful of parses, and only for a body that already failed).
    /// </summary>
    private RenderedBody TooDeep(string markdown, int firstLine, string file, DiagnosticBag bag)
    {
        var ends = new List<int>();
        for (var i = markdown.IndexOf('\n'); i >= 0; i = markdown.IndexOf('\n', i + 1)) ends.Add(i + 1);
        if (ends.Count == 0 || ends[^1] != markdown.Length) ends.Add(markdown.Length);
        int low = 0, high = ends.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Refused(markdown[..ends[middle]])) high = middle;
            else low = middle + 1;
        }
        bag.Error(new Diagnostics.SourceSpan(file, firstLine + low, 1), bag.Messages.MarkdownTooDeep(_pipeline.MaximumNestingDepth));
        return new RenderedBody("", "", [], []);
    }

    private bool Refused(string markdown) => !TryParse(markdown, out var document) || !TryDraw(document, out _);

    private static void AssignHeadingIds(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Each base id remembers the next number to try, so the n-th "Kết quả" costs one step, not n
        // (retrying from 1 every time made 40,000 equal headings take a minute).
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var baseId = Slug.From(PlainText(heading.Inline));
            if (baseId.Length == 0) baseId = "muc";
            var id = baseId;
            if (!used.Add(id))
            {
                var n = next.GetValueOrDefault(baseId, 1);
                while (!used.Add(id = $"{baseId}-{n}")) n++;
                next[baseId] = n + 1;
            }
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
            // A path copied from Windows Explorer has '\' between folders; a browser wants '/'.
            link.Url = link.Url!.Replace('\\', '/');
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

    public static bool IsLocal(string? url) => LocalLink.Is(url);

    private static string AltText(LinkInline image)
    {
        var sb = new StringBuilder();
        foreach (var child in image) sb.Append(PlainText(child is ContainerInline c ? c : null) is { Length: > 0 } t ? t : child is LiteralInline l ? l.Content.ToString() : "");
        return sb.ToString().Trim();
    }

    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null) return "";
        // A loop, not recursion: emphasis a thousand levels deep parses (Markdig checks it only when drawing).
        var sb = new StringBuilder();
        var pending = new Stack<Inline>();
        pending.Push(inline);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case LiteralInline literal: sb.Append(literal.Content.AsSpan()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling) pending.Push(child);
                    break;
            }
        }
        return sb.ToString().Trim();
    }
}

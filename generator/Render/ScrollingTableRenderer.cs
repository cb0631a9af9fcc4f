using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Bantin.Render;

/// <summary>
/// A Markdown table inside a box that scrolls sideways on its own, so a wide table never makes a phone's page scroll.
/// The box can take keyboard focus (to scroll it without a mouse) and is named after the table's header row, which is
/// what a screen reader announces when focus lands on it (WCAG 2.1.1, and axe's scrollable-region-focusable).
/// </summary>
public sealed class ScrollingTableRenderer : HtmlTableRenderer
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var header = table.OfType<TableRow>().FirstOrDefault();
        var label = header is null ? "" : string.Join(" · ", header.OfType<TableCell>()
            .Select(cell => string.Join(" ", cell.Descendants<ParagraphBlock>().Select(p => MarkdownRenderer.PlainText(p.Inline))))
            .Where(text => text.Length > 0));
        renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"");
        if (label.Length > 0) renderer.Write(" aria-label=\"").WriteEscape(label).Write("\"");
        renderer.WriteLine(">");
        base.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}

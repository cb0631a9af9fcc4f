using System.Text;

namespace Bantin.Render.Charts;

/// <summary>
/// Units side by side, best first: one horizontal bar per unit with its name above (long names stay readable on a
/// phone) and its achievement after the bar, and a dashed line at 100%.
/// </summary>
public static class RankedBarsSvg
{
    private const int Left = 12;
    private const int ValueBand = 110;
    private const int Row = 58;
    private const int BarHeight = 18;

    public static string Draw(string id, string title, string description, IReadOnlyList<RankedBar> bars)
    {
        var ranked = bars.OrderByDescending(b => b.Ratio).ThenBy(b => b.Name, StringComparer.Ordinal).ToList();
        var height = 16 + ranked.Count * Row;
        var sb = SvgChart.Open(id, title, description, height, "ranked");
        sb.Append($"<g font-size=\"{(int)LabelWidth.FontSize}\">");
        var inner = SvgChart.Width - Left - ValueBand;
        var max = Math.Max(1m, ranked.Select(b => b.Ratio).DefaultIfEmpty(1m).Max());
        double X(decimal ratio) => Left + (double)(Math.Max(0, ratio) / max) * inner;
        for (var i = 0; i < ranked.Count; i++)
        {
            var b = ranked[i];
            var top = 8 + i * Row;
            sb.Append($"<text class=\"label name\" x=\"{Left}\" y=\"{top + 18}\">{Html.Escape(b.Name)}</text>");
            var barTop = top + 26;
            var end = X(b.Ratio);
            sb.Append($"<rect class=\"bar{(b.Ratio >= 1 ? " done" : "")}\" x=\"{Left}\" y=\"{barTop}\" width=\"{F(end - Left)}\" height=\"{BarHeight}\"/>");
            // The figure sits after the bar, or after the 100% line when the bar stops just short of it.
            var textX = end < X(1) && X(1) - end < LabelWidth.Of(b.Text) + 8 ? X(1) + 8 : end + 8;
            sb.Append($"<text class=\"value\" x=\"{F(textX)}\" y=\"{barTop + 16}\">{Html.Escape(b.Text)}</text>");
        }
        var full = F(X(1));
        sb.Append($"<line class=\"target\" x1=\"{full}\" y1=\"4\" x2=\"{full}\" y2=\"{height - 4}\" stroke-dasharray=\"6 4\"/>");
        return SvgChart.Close(sb.Append("</g>"));
    }

    private static string F(double value) => SvgChart.F(value);
}

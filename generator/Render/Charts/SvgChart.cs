using System.Globalization;
using System.Text;

namespace Bantin.Render.Charts;

/// <summary>
/// Charts drawn at build time as inline SVG: no JavaScript, no fonts measured, byte-identical between runs.
/// Every chart has a &lt;title&gt; and &lt;desc&gt;; callers put the same numbers in a table beside it.
/// Colours come from CSS classes so print and dark styles can restyle them.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int PlotTop = 34;
    private const int PlotHeight = 180;
    private const int LabelBand = 52;
    private const int SidePadding = 12;
    private const int MaxBars = 16;

    /// <summary>Bars for a few periods, a line for many (bars get too thin to read on a phone).</summary>
    public static string OverTime(string id, string title, string description, IReadOnlyList<ChartPoint> points) =>
        points.Count <= MaxBars ? Bars(id, title, description, points) : Line(id, title, description, points);

    public static string Bars(string id, string title, string description, IReadOnlyList<ChartPoint> points)
    {
        var sb = Open(id, title, description, PlotTop + PlotHeight + LabelBand, "bars");
        var max = Max(points);
        var slot = (Width - 2 * SidePadding) / (double)Math.Max(1, points.Count);
        var barWidth = Math.Min(56, slot * 0.64);
        var baseline = PlotTop + PlotHeight;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var centre = SidePadding + slot * (i + 0.5);
            if (p.Value is { } v)
            {
                var height = max == 0 ? 0 : (double)(Math.Max(0, v) / max) * PlotHeight;
                sb.Append($"<rect class=\"bar\" x=\"{F(centre - barWidth / 2)}\" y=\"{F(baseline - height)}\" width=\"{F(barWidth)}\" height=\"{F(height)}\"/>");
                sb.Append($"<text class=\"value\" x=\"{F(centre)}\" y=\"{F(baseline - height - 6)}\" text-anchor=\"middle\">{Html.Escape(p.ValueText)}</text>");
            }
            else
            {
                sb.Append($"<text class=\"missing\" x=\"{F(centre)}\" y=\"{F(baseline - 6)}\" text-anchor=\"middle\">–</text>");
            }
            sb.Append($"<text class=\"label\" x=\"{F(centre)}\" y=\"{F(baseline + 26)}\" text-anchor=\"middle\">{Html.Escape(p.Label)}</text>");
        }
        sb.Append($"<line class=\"axis\" x1=\"{SidePadding}\" y1=\"{baseline}\" x2=\"{Width - SidePadding}\" y2=\"{baseline}\"/>");
        return Close(sb);
    }

    public static string Line(string id, string title, string description, IReadOnlyList<ChartPoint> points)
    {
        var sb = Open(id, title, description, PlotTop + PlotHeight + LabelBand, "line");
        var max = Max(points);
        var step = (Width - 2 * SidePadding) / (double)Math.Max(1, points.Count - 1);
        var baseline = PlotTop + PlotHeight;
        var path = new StringBuilder();
        var pen = false;
        var labelEvery = Math.Max(1, (int)Math.Ceiling(points.Count / 8.0));
        for (var i = 0; i < points.Count; i++)
        {
            var x = SidePadding + step * i;
            if (points[i].Value is { } v)
            {
                var y = baseline - (max == 0 ? 0 : (double)(Math.Max(0, v) / max) * PlotHeight);
                path.Append(pen ? " L" : (path.Length > 0 ? " M" : "M")).Append(F(x)).Append(' ').Append(F(y));
                pen = true;
                sb.Append($"<circle class=\"point\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"3\"><title>{Html.Escape(points[i].Label)}: {Html.Escape(points[i].ValueText)}</title></circle>");
            }
            else
            {
                pen = false; // a gap in the line: not reported is not zero
            }
            if (i % labelEvery == 0 || i == points.Count - 1)
                sb.Append($"<text class=\"label\" x=\"{F(x)}\" y=\"{F(baseline + 26)}\" text-anchor=\"middle\">{Html.Escape(points[i].Label)}</text>");
        }
        if (path.Length > 0) sb.Append($"<path class=\"series\" d=\"{path}\" fill=\"none\"/>");
        sb.Append($"<line class=\"axis\" x1=\"{SidePadding}\" y1=\"{baseline}\" x2=\"{Width - SidePadding}\" y2=\"{baseline}\"/>");
        return Close(sb);
    }

    /// <summary>A progress bar of a value against its target; past 100% the bar is full and marked.</summary>
    public static string Progress(string id, string title, string description, decimal value, decimal target, string text)
    {
        const int height = 62;
        var sb = Open(id, title, description, height, "progress");
        var ratio = target <= 0 ? 0 : Math.Min(1m, Math.Max(0, value) / target);
        var inner = Width - 2 * SidePadding;
        sb.Append($"<rect class=\"track\" x=\"{SidePadding}\" y=\"8\" width=\"{inner}\" height=\"20\" rx=\"3\"/>");
        sb.Append($"<rect class=\"fill{(value >= target && target > 0 ? " done" : "")}\" x=\"{SidePadding}\" y=\"8\" width=\"{F(inner * (double)ratio)}\" height=\"20\" rx=\"3\"/>");
        sb.Append($"<text class=\"value\" x=\"{SidePadding}\" y=\"56\">{Html.Escape(text)}</text>");
        return Close(sb);
    }

    private static StringBuilder Open(string id, string title, string description, int height, string kind)
    {
        var sb = new StringBuilder(1024);
        sb.Append($"<svg class=\"chart chart-{kind}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"{id}-t\">{Html.Escape(title)}</title><desc id=\"{id}-d\">{Html.Escape(description)}</desc>");
        return sb;
    }

    private static string Close(StringBuilder sb) => sb.Append("</svg>").ToString();

    private static decimal Max(IReadOnlyList<ChartPoint> points) =>
        points.Select(p => p.Value ?? 0).DefaultIfEmpty(0).Max();

    private static string F(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture); // never "-0"
    }
}

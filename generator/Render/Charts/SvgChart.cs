using System.Globalization;
using System.Text;
using Bantin.Formatting;

namespace Bantin.Render.Charts;

/// <summary>
/// Charts drawn at build time as inline SVG: no JavaScript, no fonts measured, byte-identical between runs.
/// Every chart has a &lt;title&gt; and &lt;desc&gt;; callers put the same numbers in a table beside it.
/// Colours come from CSS classes so print and dark styles can restyle them.
/// Time charts: <see cref="TimeChartSvg"/>; children compared: <see cref="RankedBarsSvg"/>.
/// </summary>
public static class SvgChart
{
    public const int Width = 640;
    private const int SidePadding = 12;

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

    /// <summary>The width of a small trend chart: narrower, so its labels read larger on a phone.</summary>
    public const int CompactWidth = 480;

    internal static StringBuilder Open(string id, string title, string description, int height, string kind, int width = Width)
    {
        var sb = new StringBuilder(1024);
        sb.Append($"<svg class=\"chart chart-{kind}{(width == Width ? "" : " chart-compact")}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append($"<title id=\"{id}-t\">{Html.Escape(title)}</title><desc id=\"{id}-d\">{Html.Escape(description)}</desc>");
        return sb;
    }

    internal static string Close(StringBuilder sb) => sb.Append("</svg>").ToString();

    /// <summary>As <see cref="Open(string, string, string, int, string, int)"/>, into a pooled buffer (long time charts).</summary>
    internal static void Open(PooledText sb, string id, string title, string description, int height, string kind, int width = Width)
    {
        sb.Append("<svg class=\"chart chart-").Append(kind).Append(width == Width ? "" : " chart-compact")
            .Append("\" viewBox=\"0 0 ").Int(width).Append(' ').Int(height)
            .Append("\" width=\"").Int(width).Append("\" height=\"").Int(height)
            .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-t ").Append(id).Append("-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title id=\"").Append(id).Append("-t\">").Escaped(title).Append("</title><desc id=\"").Append(id).Append("-d\">")
            .Escaped(description).Append("</desc>");
    }

    internal static string F(double value)
    {
        if (!double.IsFinite(value)) return "0"; // never "NaN" in an attribute, whatever the arithmetic did
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture); // never "-0"
    }
}

using System.Text;
using Bantin.Model.Periods;

namespace Bantin.Render.Charts;

/// <summary>
/// A time chart with real axes: x by months (ticks chosen by <see cref="TimeAxis"/>), y with nice Vietnamese-formatted
/// ticks and light gridlines, one line per series told apart by dash pattern and marker shape as well as colour, and
/// targets as dashed levels. A single short series draws as bars. Same input, same bytes.
/// </summary>
public static class TimeChartSvg
{
    public const int MaxBars = 16;
    private const int RightPadding = 14;
    private const int RowHeight = 24;
    private const int LegendRow = 30;
    private const int ManyPoints = 40;
    private static readonly string[] Dashes = ["", "10 5", "3 5", "14 5 3 5", "6 6"];
    public static int MaxSeries => Dashes.Length;

    public static string Draw(TimeChart chart)
    {
        var series = chart.Series.Take(MaxSeries).ToList();
        var points = series.SelectMany(s => s.Points).ToList();
        var first = points.Select(p => p.Period.Start).Min();
        var last = points.Select(p => p.Period.End).Max();
        var months = TimeAxis.Months(first, last);
        var targets = chart.Targets.Where(t => t.Period.End.CompareTo(first) >= 0 && t.Period.Start.CompareTo(last) <= 0).ToList();
        var y = ValueAxis.Choose(points.Where(p => p.Value is not null).Select(p => p.Value!.Value).Concat(targets.Select(t => t.Value)), chart.Language, chart.Suffix);
        var width = chart.Compact ? SvgChart.CompactWidth : SvgChart.Width;
        var left = Math.Min(width / 2, Math.Ceiling(y.Labels.Max(LabelWidth.Of) + 16)); // absurd labels may clip, the plot keeps half
        var plotWidth = width - left - RightPadding;
        var x = TimeAxis.Choose(first, last, plotWidth, chart.Language, points.Min(p => TimeAxis.FinestFor(p.Period.Kind)));
        var legend = Legend(series, targets.Count > 0 ? chart.TargetName : null, left, width);
        var top = 14 + legend.Rows * LegendRow;
        var plotHeight = chart.Compact ? 120 : 200;
        var baseline = top + plotHeight;
        var rows = x.Labels.Any(l => l.Row == 1) ? 2 : 1;
        var height = baseline + rows * RowHeight + 12;
        var frame = new Frame(first, months, left, plotWidth, top, plotHeight, y.Low, y.High);

        var sb = SvgChart.Open(chart.Id, chart.Title, chart.Description, height, series.Count == 1 && UseBars(series[0]) ? "bars" : "line", width);
        sb.Append($"<g font-size=\"{(int)LabelWidth.FontSize}\">").Append("<g class=\"grid\">");
        foreach (var v in y.Values) sb.Append($"<line x1=\"{F(left)}\" y1=\"{F(frame.Y(v))}\" x2=\"{F(left + plotWidth)}\" y2=\"{F(frame.Y(v))}\"/>");
        foreach (var m in x.Lines) sb.Append($"<line x1=\"{F(frame.X(m))}\" y1=\"{top}\" x2=\"{F(frame.X(m))}\" y2=\"{baseline}\"/>");
        sb.Append("</g>");
        sb.Append("<g class=\"y-labels\">");
        for (var i = 0; i < y.Values.Count; i++)
            sb.Append($"<text class=\"label\" x=\"{F(left - 8)}\" y=\"{F(frame.Y(y.Values[i]) + 7)}\" text-anchor=\"end\">{Html.Escape(y.Labels[i])}</text>");
        sb.Append("</g>");
        sb.Append("<g class=\"x-labels\">");
        foreach (var label in x.Labels)
            sb.Append($"<text class=\"label{(label.Row == 1 ? " year" : "")}\" x=\"{F(frame.X(label.Centre))}\" y=\"{baseline + RowHeight * (label.Row + 1)}\" text-anchor=\"middle\">{Html.Escape(label.Text)}</text>");
        sb.Append("</g>");
        sb.Append($"<line class=\"axis\" x1=\"{F(left)}\" y1=\"{F(frame.Y(0))}\" x2=\"{F(left + plotWidth)}\" y2=\"{F(frame.Y(0))}\"/>");
        if (series.Count == 1 && UseBars(series[0])) Bars(sb, series[0], frame);
        else for (var i = 0; i < series.Count; i++) Line(sb, series[i], i, series.Count, frame);
        foreach (var t in targets) Target(sb, t, frame);
        sb.Append(legend.Svg).Append("</g>");
        return SvgChart.Close(sb);
    }

    private static bool UseBars(TimeSeries series) =>
        series.Points.Count <= MaxBars && series.Points.Select(p => p.Period.Kind).Distinct().Count() == 1;

    private static void Bars(StringBuilder sb, TimeSeries series, Frame frame)
    {
        var slot = series.Points.Min(p => frame.Span(p.Period) is var (from, to) ? to - from : 0);
        // Values print above the bars only when every one fits its slot; the table below the chart has them all anyway.
        var values = series.Points.All(p => LabelWidth.Of(p.ValueText) + LabelWidth.Gap <= slot);
        foreach (var p in series.Points)
        {
            var (from, to) = frame.Span(p.Period);
            var centre = (from + to) / 2;
            var barWidth = Math.Min(56, (to - from) * 0.64);
            if (p.Value is not { } v) continue; // not reported: no bar, and the table says "chưa báo cáo"
            var top = frame.Y(Math.Max(v, 0));
            var bottom = frame.Y(Math.Min(v, 0));
            sb.Append($"<rect class=\"bar\" x=\"{F(centre - barWidth / 2)}\" y=\"{F(top)}\" width=\"{F(barWidth)}\" height=\"{F(bottom - top)}\"><title>{Html.Escape(Label(p))}</title></rect>");
            if (values) sb.Append($"<text class=\"value\" x=\"{F(centre)}\" y=\"{F(top - 6)}\" text-anchor=\"middle\">{Html.Escape(p.ValueText)}</text>");
        }
    }

    private static void Line(StringBuilder sb, TimeSeries series, int index, int count, Frame frame)
    {
        var path = new StringBuilder();
        var markers = new StringBuilder();
        var ps = series.Points;
        var every = ps.Count <= ManyPoints ? 1 : (int)Math.Ceiling(ps.Count / 12.0);
        var offset = every == 1 ? 0 : every * index / count; // series' sparse markers do not sit on the same months
        for (var i = 0; i < ps.Count; i++)
        {
            if (ps[i].Value is not { } v) continue;
            var (from, to) = frame.Span(ps[i].Period);
            var (px, py) = ((from + to) / 2, frame.Y(v));
            var joined = i > 0 && ps[i - 1].Value is not null && ps[i - 1].Period.End.Index + 1 == ps[i].Period.Start.Index;
            path.Append(path.Length == 0 ? "M" : joined ? " L" : " M").Append(F(px)).Append(' ').Append(F(py));
            var alone = !joined && (i + 1 >= ps.Count || ps[i + 1].Value is null || ps[i].Period.End.Index + 1 != ps[i + 1].Period.Start.Index);
            if (alone || (i - offset) % every == 0) Marker(markers, index, px, py, Label(ps[i]));
        }
        var dash = Dashes[index].Length == 0 ? "" : $" stroke-dasharray=\"{Dashes[index]}\"";
        sb.Append($"<g class=\"series s{index}\"><path d=\"{path}\" fill=\"none\"{dash}/>{markers}</g>");
    }

    private static void Target(StringBuilder sb, TargetMark t, Frame frame)
    {
        var (from, to) = frame.Span(t.Period);
        var y = F(frame.Y(t.Value));
        sb.Append($"<line class=\"target\" x1=\"{F(from)}\" y1=\"{y}\" x2=\"{F(to)}\" y2=\"{y}\" stroke-dasharray=\"8 5\"/>");
    }

    /// <summary>Five shapes, so series stay apart in grey print and for readers who do not see colour.</summary>
    private static void Marker(StringBuilder sb, int index, double x, double y, string title)
    {
        var t = $"<title>{Html.Escape(title)}</title>";
        sb.Append(index switch
        {
            0 => $"<circle class=\"point\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"4\">{t}</circle>",
            1 => $"<rect class=\"point\" x=\"{F(x - 4)}\" y=\"{F(y - 4)}\" width=\"8\" height=\"8\">{t}</rect>",
            2 => $"<path class=\"point\" d=\"M{F(x)} {F(y - 5)} L{F(x + 5)} {F(y + 4)} L{F(x - 5)} {F(y + 4)} Z\">{t}</path>",
            3 => $"<path class=\"point\" d=\"M{F(x)} {F(y - 5)} L{F(x + 5)} {F(y)} L{F(x)} {F(y + 5)} L{F(x - 5)} {F(y)} Z\">{t}</path>",
            _ => $"<path class=\"point cross\" d=\"M{F(x - 4)} {F(y - 4)} L{F(x + 4)} {F(y + 4)} M{F(x + 4)} {F(y - 4)} L{F(x - 4)} {F(y + 4)}\">{t}</path>",
        });
    }

    private static (string Svg, int Rows) Legend(List<TimeSeries> series, string? targetName, double left, int width)
    {
        if (series.Count < 2 && targetName is null) return ("", 0);
        var sb = new StringBuilder("<g class=\"legend\">");
        var (x, row) = (left, 0);
        void Item(string name, Action<StringBuilder, double, double> sample)
        {
            var itemWidth = 40 + LabelWidth.Of(name) + 18;
            if (x + itemWidth > width - RightPadding && x > left) (x, row) = (left, row + 1);
            var y = 14 + row * LegendRow + 10;
            sample(sb, x, y);
            sb.Append($"<text class=\"label\" x=\"{F(x + 40)}\" y=\"{F(y + 7)}\">{Html.Escape(name)}</text>");
            x += itemWidth;
        }
        for (var i = 0; i < series.Count; i++)
        {
            var index = i;
            Item(series[i].Name, (b, sx, sy) =>
            {
                var dash = Dashes[index].Length == 0 ? "" : $" stroke-dasharray=\"{Dashes[index]}\"";
                b.Append($"<g class=\"series s{index}\"><path d=\"M{F(sx)} {F(sy)} L{F(sx + 32)} {F(sy)}\" fill=\"none\"{dash}/>");
                Marker(b, index, sx + 16, sy, series[index].Name);
                b.Append("</g>");
            });
        }
        if (targetName is not null)
            Item(targetName, (b, sx, sy) => b.Append($"<line class=\"target\" x1=\"{F(sx)}\" y1=\"{F(sy)}\" x2=\"{F(sx + 32)}\" y2=\"{F(sy)}\" stroke-dasharray=\"8 5\"/>"));
        sb.Append("</g>");
        return (sb.ToString(), row + 1);
    }

    private static string Label(TimePoint p) => $"{p.PeriodText}: {p.ValueText}";

    private static string F(double value) => SvgChart.F(value);

    /// <summary>Where months and values land in the plot.</summary>
    private sealed record Frame(YearMonth First, int Months, double Left, double PlotWidth, double Top, double PlotHeight, decimal Low, decimal High)
    {
        public double X(double month) => Left + month / Months * PlotWidth;

        public (double From, double To) Span(Period p) =>
            (X(Math.Max(0, p.Start.Index - First.Index)), X(Math.Min(Months, p.End.Index + 1 - First.Index)));

        public double Y(decimal value) => Top + (double)((High - Math.Clamp(value, Low, High)) / (High - Low)) * PlotHeight;
    }
}

using Bantin.Formatting;
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
        var series = chart.Series.Count <= MaxSeries ? chart.Series : chart.Series.Take(MaxSeries).ToList();
        var (first, last, finest, count) = Bounds(series);
        var months = TimeAxis.Months(first, last);
        var targets = new List<TargetMark>();
        foreach (var t in chart.Targets) if (t.Period.End.CompareTo(first) >= 0 && t.Period.Start.CompareTo(last) <= 0) targets.Add(t);
        var y = ValueAxis.Choose(Values(series, targets, count), chart.Language, chart.Suffix);
        var width = chart.Compact ? SvgChart.CompactWidth : SvgChart.Width;
        var left = Math.Min(width / 2, Math.Ceiling(Widest(y.Labels) + 16)); // absurd labels may clip, the plot keeps half
        var plotWidth = width - left - RightPadding;
        var x = TimeAxis.Choose(first, last, plotWidth, chart.Language, finest);
        var legend = Legend(series, targets.Count > 0 ? chart.TargetName : null, left, width);
        var top = 14 + legend.Rows * LegendRow;
        var plotHeight = chart.Compact ? 120 : 200;
        var baseline = top + plotHeight;
        var rows = x.Labels.Any(l => l.Row == 1) ? 2 : 1;
        var height = baseline + rows * RowHeight + 12;
        var frame = new Frame(first, months, left, plotWidth, top, plotHeight, y.Low, y.High);
        var bars = series.Count == 1 && UseBars(series[0]);

        // Sized for the points so the buffer rarely grows: about 30 characters a point and a marker every tenth one.
        using var sb = new PooledText(4096 + legend.Svg.Length + count * 48);
        SvgChart.Open(sb, chart.Id, chart.Title, chart.Description, height, bars ? "bars" : "line", width);
        sb.Append("<g font-size=\"").Int((int)LabelWidth.FontSize).Append("\">").Append("<g class=\"grid\">");
        foreach (var v in y.Values)
            sb.Append("<line x1=\"").Num(left).Append("\" y1=\"").Num(frame.Y(v)).Append("\" x2=\"").Num(left + plotWidth)
                .Append("\" y2=\"").Num(frame.Y(v)).Append("\"/>");
        foreach (var m in x.Lines)
            sb.Append("<line x1=\"").Num(frame.X(m)).Append("\" y1=\"").Int(top).Append("\" x2=\"").Num(frame.X(m))
                .Append("\" y2=\"").Int(baseline).Append("\"/>");
        sb.Append("</g>");
        sb.Append("<g class=\"y-labels\">");
        for (var i = 0; i < y.Values.Count; i++)
            sb.Append("<text class=\"label\" x=\"").Num(left - 8).Append("\" y=\"").Num(frame.Y(y.Values[i]) + 7)
                .Append("\" text-anchor=\"end\">").Escaped(y.Labels[i]).Append("</text>");
        sb.Append("</g>");
        sb.Append("<g class=\"x-labels\">");
        foreach (var label in x.Labels)
            sb.Append("<text class=\"label").Append(label.Row == 1 ? " year" : "").Append("\" x=\"").Num(frame.X(label.Centre))
                .Append("\" y=\"").Int(baseline + RowHeight * (label.Row + 1)).Append("\" text-anchor=\"middle\">")
                .Escaped(label.Text).Append("</text>");
        sb.Append("</g>");
        sb.Append("<line class=\"axis\" x1=\"").Num(left).Append("\" y1=\"").Num(frame.Y(0)).Append("\" x2=\"").Num(left + plotWidth)
            .Append("\" y2=\"").Num(frame.Y(0)).Append("\"/>");
        if (bars) Bars(sb, series[0], frame);
        else for (var i = 0; i < series.Count; i++) Line(sb, series[i], i, series.Count, frame);
        foreach (var t in targets) Target(sb, t, frame);
        sb.Append(legend.Svg).Append("</g>").Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The first and last month of any point, the finest step their kinds allow, and how many points there are.</summary>
    private static (YearMonth First, YearMonth Last, TimeStep Finest, int Count) Bounds(IReadOnlyList<TimeSeries> series)
    {
        YearMonth? first = null, last = null;
        var finest = TimeStep.TenYears;
        var count = 0;
        foreach (var s in series)
            foreach (var p in s.Points)
            {
                count++;
                if (first is not { } f || p.Period.Start.CompareTo(f) < 0) first = p.Period.Start;
                if (last is not { } l || p.Period.End.CompareTo(l) > 0) last = p.Period.End;
                var step = TimeAxis.FinestFor(p.Period.Kind);
                if (step < finest) finest = step;
            }
        // As Min and Max over no points did, an empty chart is an error of the caller's, not a drawing of nothing.
        if (first is null || last is null) throw new InvalidOperationException("A time chart needs at least one point.");
        return (first.Value, last.Value, finest, count);
    }

    private static List<decimal> Values(IReadOnlyList<TimeSeries> series, List<TargetMark> targets, int count)
    {
        var values = new List<decimal>(count + targets.Count);
        foreach (var s in series)
            foreach (var p in s.Points)
                if (p.Value is { } v) values.Add(v);
        foreach (var t in targets) values.Add(t.Value);
        return values;
    }

    private static double Widest(IReadOnlyList<string> labels)
    {
        var widest = double.MinValue;
        foreach (var label in labels) widest = Math.Max(widest, LabelWidth.Of(label));
        return widest;
    }

    private static bool UseBars(TimeSeries series)
    {
        var points = series.Points;
        if (points.Count > MaxBars) return false;
        for (var i = 1; i < points.Count; i++) if (points[i].Period.Kind != points[0].Period.Kind) return false;
        return true;
    }

    private static void Bars(PooledText sb, TimeSeries series, Frame frame)
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
            sb.Append("<rect class=\"bar\" x=\"").Num(centre - barWidth / 2).Append("\" y=\"").Num(top).Append("\" width=\"").Num(barWidth)
                .Append("\" height=\"").Num(bottom - top).Append("\"><title>");
            Label(sb, p).Append("</title></rect>");
            if (values) sb.Append("<text class=\"value\" x=\"").Num(centre).Append("\" y=\"").Num(top - 6).Append("\" text-anchor=\"middle\">")
                .Escaped(p.ValueText).Append("</text>");
        }
    }

    private static void Line(PooledText sb, TimeSeries series, int index, int count, Frame frame)
    {
        var ps = series.Points;
        using var path = new PooledText(16 + ps.Count * 16);
        using var markers = new PooledText(256 + ps.Count * 16);
        var every = ps.Count <= ManyPoints ? 1 : (int)Math.Ceiling(ps.Count / 12.0);
        var offset = every == 1 ? 0 : every * index / count; // series' sparse markers do not sit on the same months
        var started = false;
        for (var i = 0; i < ps.Count; i++)
        {
            if (ps[i].Value is not { } v) continue;
            var (from, to) = frame.Span(ps[i].Period);
            var (px, py) = ((from + to) / 2, frame.Y(v));
            var joined = i > 0 && ps[i - 1].Value is not null && ps[i - 1].Period.End.Index + 1 == ps[i].Period.Start.Index;
            path.Append(!started ? "M" : joined ? " L" : " M").Num(px).Append(' ').Num(py);
            started = true;
            var alone = !joined && (i + 1 >= ps.Count || ps[i + 1].Value is null || ps[i].Period.End.Index + 1 != ps[i + 1].Period.Start.Index);
            if (alone || (i - offset) % every == 0) Marker(markers, index, px, py, ps[i]);
        }
        sb.Append("<g class=\"series s").Int(index).Append("\"><path d=\"").Append(path.Span).Append("\" fill=\"none\"");
        if (Dashes[index].Length > 0) sb.Append(" stroke-dasharray=\"").Append(Dashes[index]).Append('"');
        sb.Append("/>").Append(markers.Span).Append("</g>");
    }

    private static void Target(PooledText sb, TargetMark t, Frame frame)
    {
        var (from, to) = frame.Span(t.Period);
        var y = frame.Y(t.Value);
        sb.Append("<line class=\"target\" x1=\"").Num(from).Append("\" y1=\"").Num(y).Append("\" x2=\"").Num(to).Append("\" y2=\"").Num(y)
            .Append("\" stroke-dasharray=\"8 5\"/>");
    }

    private static void Marker(PooledText sb, int index, double x, double y, TimePoint point) =>
        Marker(sb, index, x, y, point.PeriodText, point.ValueText);

    /// <summary>Five shapes, so series stay apart in grey print and for readers who do not see colour.</summary>
    private static void Marker(PooledText sb, int index, double x, double y, string title, string? value)
    {
        switch (index)
        {
            case 0:
                sb.Append("<circle class=\"point\" cx=\"").Num(x).Append("\" cy=\"").Num(y).Append("\" r=\"4\">");
                Title(sb, title, value).Append("</circle>");
                break;
            case 1:
                sb.Append("<rect class=\"point\" x=\"").Num(x - 4).Append("\" y=\"").Num(y - 4).Append("\" width=\"8\" height=\"8\">");
                Title(sb, title, value).Append("</rect>");
                break;
            case 2:
                sb.Append("<path class=\"point\" d=\"M").Num(x).Append(' ').Num(y - 5).Append(" L").Num(x + 5).Append(' ').Num(y + 4)
                    .Append(" L").Num(x - 5).Append(' ').Num(y + 4).Append(" Z\">");
                Title(sb, title, value).Append("</path>");
                break;
            case 3:
                sb.Append("<path class=\"point\" d=\"M").Num(x).Append(' ').Num(y - 5).Append(" L").Num(x + 5).Append(' ').Num(y)
                    .Append(" L").Num(x).Append(' ').Num(y + 5).Append(" L").Num(x - 5).Append(' ').Num(y).Append(" Z\">");
                Title(sb, title, value).Append("</path>");
                break;
            default:
                sb.Append("<path class=\"point cross\" d=\"M").Num(x - 4).Append(' ').Num(y - 4).Append(" L").Num(x + 4).Append(' ').Num(y + 4)
                    .Append(" M").Num(x + 4).Append(' ').Num(y - 4).Append(" L").Num(x - 4).Append(' ').Num(y + 4).Append("\">");
                Title(sb, title, value).Append("</path>");
                break;
        }
    }

    /// <summary>A marker's title: the point's "period: value", or a legend sample's series name (no value).</summary>
    private static PooledText Title(PooledText sb, string title, string? value)
    {
        sb.Append("<title>").Escaped(title);
        if (value is not null) sb.Append(": ").Escaped(value);
        return sb.Append("</title>");
    }

    /// <summary>A bar's title, "period: value", escaped as one string was.</summary>
    private static PooledText Label(PooledText sb, TimePoint p) => sb.Escaped(p.PeriodText).Append(": ").Escaped(p.ValueText);

    private static (string Svg, int Rows) Legend(IReadOnlyList<TimeSeries> series, string? targetName, double left, int width)
    {
        if (series.Count < 2 && targetName is null) return ("", 0);
        using var sb = new PooledText(512 + series.Count * 384);
        sb.Append("<g class=\"legend\">");
        var (x, row) = (left, 0);
        for (var i = 0; i < series.Count; i++)
        {
            var (sx, sy) = Place(series[i].Name, ref x, ref row, left, width);
            sb.Append("<g class=\"series s").Int(i).Append("\"><path d=\"M").Num(sx).Append(' ').Num(sy).Append(" L").Num(sx + 32).Append(' ').Num(sy)
                .Append("\" fill=\"none\"");
            if (Dashes[i].Length > 0) sb.Append(" stroke-dasharray=\"").Append(Dashes[i]).Append('"');
            sb.Append("/>");
            Marker(sb, i, sx + 16, sy, series[i].Name, null);
            sb.Append("</g>");
            ItemName(sb, series[i].Name, sx, sy);
        }
        if (targetName is not null)
        {
            var (sx, sy) = Place(targetName, ref x, ref row, left, width);
            sb.Append("<line class=\"target\" x1=\"").Num(sx).Append("\" y1=\"").Num(sy).Append("\" x2=\"").Num(sx + 32).Append("\" y2=\"").Num(sy)
                .Append("\" stroke-dasharray=\"8 5\"/>");
            ItemName(sb, targetName, sx, sy);
        }
        sb.Append("</g>");
        return (sb.ToString(), row + 1);
    }

    /// <summary>Where the next legend item goes: after the previous one, or on a new row when it would not fit.</summary>
    private static (double X, double Y) Place(string name, ref double x, ref int row, double left, int width)
    {
        var itemWidth = 40 + LabelWidth.Of(name) + 18;
        if (x + itemWidth > width - RightPadding && x > left) (x, row) = (left, row + 1);
        var at = (x, (double)(14 + row * LegendRow + 10));
        x += itemWidth;
        return at;
    }

    private static void ItemName(PooledText sb, string name, double x, double y) =>
        sb.Append("<text class=\"label\" x=\"").Num(x + 40).Append("\" y=\"").Num(y + 7).Append("\">").Escaped(name).Append("</text>");

    /// <summary>Where months and values land in the plot.</summary>
    private sealed record Frame(YearMonth First, int Months, double Left, double PlotWidth, double Top, double PlotHeight, decimal Low, decimal High)
    {
        public double X(double month) => Left + month / Months * PlotWidth;

        public (double From, double To) Span(Period p) =>
            (X(Math.Max(0, p.Start.Index - First.Index)), X(Math.Min(Months, p.End.Index + 1 - First.Index)));

        public double Y(decimal value) => Top + (double)((High - Math.Clamp(value, Low, High)) / (High - Low)) * PlotHeight;
    }
}

using Bantin.Model.Periods;

namespace Bantin.Render.Charts;

/// <summary>One value of a series: its period (where it sits on the time axis) and its name, the value (null = not reported: a gap,
/// never a zero) and how the value prints.</summary>
public sealed record TimePoint(Period Period, string PeriodText, decimal? Value, string ValueText, string? Share = null)
{
    /// <summary>The value with its roll-up mark ("160 (tổng hợp từ 1/2 đơn vị)"), for the chart's table and description.</summary>
    public string MarkedText => Share is null ? ValueText : $"{ValueText} ({Share})";
}

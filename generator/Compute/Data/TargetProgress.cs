using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Compute.Data;

/// <summary>
/// How far a unit has come towards one target by the end of a period, as reports count it: a flow or ratio
/// cumulated from the start of the target's period ("lũy kế từ đầu năm" against the year's plan), a stock or rate
/// at its level at the period's end.
/// </summary>
/// <param name="Through">The months the figure covers: the target's start to the period's end, or the period itself.</param>
/// <param name="Figure">The figure for <paramref name="Through"/>; null when it cannot be worked out (a month missing).</param>
/// <param name="Ratio">Figure / target; null for a rate (compared in points, never as a percent of a percent), without a
/// figure, or with a zero target.</param>
public sealed record TargetProgress(Target Target, Period Through, Figure? Figure, decimal? Ratio);

namespace Bantin.Render.Charts;

/// <summary>One line of a time chart: a unit's values of one indicator, in period order.</summary>
public sealed record TimeSeries(string Name, IReadOnlyList<TimePoint> Points);

namespace Bantin.Render.Charts;

/// <summary>One bar or point: its label (a period), its value (null = not reported: a gap, never a zero) and how the value prints.</summary>
public sealed record ChartPoint(string Label, decimal? Value, string ValueText);

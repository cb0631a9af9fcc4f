namespace Bantin.Render.Charts;

/// <summary>One bar of a ranked chart: a unit's achievement (1 = 100%) and how it prints.</summary>
public sealed record RankedBar(string Name, decimal Ratio, string Text);

namespace Bantin.Render.Charts;

/// <summary>A chosen value axis: its ticks from the bottom up (the first is the axis floor, the last its ceiling) and their labels.</summary>
public sealed record ValueTicks(IReadOnlyList<decimal> Values, IReadOnlyList<string> Labels)
{
    public decimal Low => Values[0];
    public decimal High => Values[^1];
}

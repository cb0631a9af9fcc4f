namespace Bantin.Compute.Data;

/// <summary>
/// How many child units stand behind a figure summed over them, when fewer than expected did: a province total
/// from 2 of its 3 districts ("tổng hợp từ 2/3 đơn vị") must say so wherever it is printed.
/// </summary>
/// <param name="Reported">Child units with a complete figure for the period.</param>
/// <param name="Expected">Child units that report the indicator at all (in any period, themselves or below them).</param>
public sealed record RollUpShare(int Reported, int Expected);

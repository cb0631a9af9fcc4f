using Bantin.Model.Periods;

namespace Bantin.Checks.Prose;

/// <summary>A figure in the data that a number in the text stands for: which indicator, unit, period and part.</summary>
/// <param name="By">The breakdown key when the number is one part of the figure.</param>
public sealed record DataMatch(string Indicator, string Unit, Period Period, decimal Value, decimal? Of, string? By);

using Bantin.Diagnostics;

namespace Bantin.Model.Data;

/// <summary>What is measured, from data/indicators.yaml.</summary>
/// <param name="Measure">What one value counts or measures: <c>đoàn viên</c>, <c>triệu đồng</c>, <c>%</c>.</param>
/// <param name="Breakdown">The name of the split values may carry (<c>khoi</c>), or null when they carry none.</param>
/// <param name="Span">Where the indicator's <c>id</c> is written.</param>
public sealed record Indicator(string Id, string Name, string Measure, IndicatorKind Kind, string? Breakdown, SourceSpan Span)
{
    /// <summary>
    /// Whether a value counts whole things (members, unions, houses, classes), so it can be neither fractional
    /// nor negative and a plain <c>1.738</c> is almost certainly a Vietnamese "1.738" typed without quotes.
    /// Everything counts things except rates and the measures in <see cref="MeasureWords.IsQuantity"/>:
    /// percentages, money (… đồng) and physical quantities (tấn, kg, km, …), which may well be fractional.
    /// Computed from <see cref="Measure"/> on each read so that a <c>with</c> copy never carries a stale value.
    /// </summary>
    /// <summary>The names of the breakdown's parts; <see cref="BreakdownParts.None"/> when indicators.yaml declares none.</summary>
    public BreakdownParts Parts { get; init; } = BreakdownParts.None;

    /// <summary>A breakdown part as pages print it: its declared name, or its key when none is declared.</summary>
    public string PartName(string key) => Parts.Name(key);

    public bool IsCount => Kind != IndicatorKind.Rate && !MeasureWords.IsQuantity(Measure);
}

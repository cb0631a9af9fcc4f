using Bantin.Diagnostics;
using Bantin.Model.Periods;

namespace Bantin.Model.Data;

/// <summary>A value given in data/results for one unit, indicator and period.</summary>
/// <param name="Span">Where the indicator's line stands in the results file.</param>
public sealed record Result(string UnitId, string IndicatorId, Period Period, Amount Amount, SourceSpan Span);

using Bantin.Diagnostics;
using Bantin.Model.Periods;

namespace Bantin.Model.Data;

/// <summary>A target (chỉ tiêu, kế hoạch) from data/targets.</summary>
/// <param name="SetBy">The unit that set it (chỉ tiêu TLĐ giao), or null when the file does not say.</param>
/// <param name="Span">Where the indicator's line stands in the targets file.</param>
public sealed record Target(string UnitId, string IndicatorId, Period Period, decimal Value, string? SetBy, SourceSpan Span);

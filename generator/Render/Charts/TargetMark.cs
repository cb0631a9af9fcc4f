using Bantin.Model.Periods;

namespace Bantin.Render.Charts;

/// <summary>A target drawn as a dashed level over its period's stretch of the time axis.</summary>
public sealed record TargetMark(Period Period, decimal Value);

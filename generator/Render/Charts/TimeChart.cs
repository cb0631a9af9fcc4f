using Bantin.Formatting;

namespace Bantin.Render.Charts;

/// <summary>What <see cref="TimeChartSvg"/> draws.</summary>
/// <param name="Suffix">Printed after each y tick ("%" when the values are percentages).</param>
/// <param name="Compact">A small trend chart (unit pages): a lower plot, the same axes.</param>
/// <param name="TargetName">The legend's name for the target lines ("Kế hoạch").</param>
public sealed record TimeChart(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<TimeSeries> Series,
    IReadOnlyList<TargetMark> Targets,
    Language Language,
    string Suffix = "",
    bool Compact = false,
    string TargetName = "");

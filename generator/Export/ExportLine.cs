using Bantin.Compute.Data;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Export;

/// <summary>
/// One row of the workbook: a unit's figure for an indicator and period, against one target (or none). A figure with
/// several targets gets a row for each, repeating the figure, so that a filter on any column keeps whole rows.
/// </summary>
/// <param name="Figure">Null when not reported (an empty cell, never 0).</param>
/// <param name="Progress">
/// How far the unit has come towards the target, counted as the page counts it (<see cref="Figures.Progress"/>: a flow
/// or ratio cumulated from the start of the target's period); null when no target is set.
/// </param>
/// <param name="SetByName">The short name of the unit that set the target, as the site shows it.</param>
public sealed record ExportLine(Unit Unit, Period Period, Indicator Indicator, Figure? Figure, TargetProgress? Progress, string? SetByName)
{
    /// <summary>January to the period's end ("lũy kế từ đầu năm"), as the page's CSV gives it; null when not known.</summary>
    public Figure? ToDate { get; init; }

    /// <summary>The same period a year earlier; null when not reported.</summary>
    public Figure? LastYear { get; init; }

    /// <summary>
    /// The achievement as the page prints it where it is no percentage the sheet can hold as a number: a rate's distance
    /// in points ("cao hơn kế hoạch 2,5 điểm %"); null otherwise.
    /// </summary>
    public string? AchievementText { get; init; }

    /// <summary>"tăng 12,5%", as the page prints it; null when either side is missing.</summary>
    public string? ChangeText { get; init; }

    /// <summary>The page's marks: computed, "tổng hợp từ 2/3 đơn vị".</summary>
    public string Notes { get; init; } = "";
}

using Bantin.Compute.Data;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Export;

/// <summary>
/// One row of the workbook: a unit's figure for an indicator and period, against one target (or none). A figure with
/// several targets gets a row for each, repeating the figure, so that a filter on any column keeps whole rows.
/// </summary>
/// <param name="Figure">Null when not reported (an empty cell, never 0).</param>
/// <param name="SetByName">The short name of the unit that set the target, as the site shows it.</param>
public sealed record ExportLine(Unit Unit, Period Period, Indicator Indicator, Figure? Figure, Achievement? Achievement, string? SetByName);

using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Import;

/// <summary>One unit's figures for one period as a sheet gives them, each number still in its cell.</summary>
/// <param name="Where">The cell naming the unit (or the form's unit cell), for messages.</param>
/// <param name="Source">What results files record as <c>source:</c>: the file and the sheet.</param>
/// <param name="SplitRatios">Indicators whose ratio is asked in two cells (count, total) rather than one "790/812".</param>
public sealed record UnitRow(Unit Unit, Period Period, string Where, string Source, IReadOnlyList<SlotCell> Cells, IReadOnlySet<string> SplitRatios);

using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Import;

/// <summary>One indicator's value for a unit and period, read from a sheet and checked, with the cell it came from.</summary>
public sealed record ImportedValue(Unit Unit, Period Period, Indicator Indicator, Amount Amount, string Where, string Source);

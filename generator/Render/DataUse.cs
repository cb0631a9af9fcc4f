using Bantin.Model.Periods;

namespace Bantin.Render;

/// <summary>
/// Which figures a page shows: none, those of one unit (whose figures roll up from the units below it), or any
/// unit's. A preview rebuild redraws a page after a data edit only when the edit can reach those figures.
/// </summary>
/// <param name="Period">Set on a unit × period page: a value edit reaches it only through the periods its table reads.</param>
/// <param name="OnlyItsMonths">
/// The figures of the period's own months and nothing else (a figure in prose, its achievement against a target): a
/// value edit outside them cannot reach it, where a table also reads January to date, last year and the progress since
/// a target's start.
/// </param>
public sealed record DataUse(bool Any, string? Unit, Period? Period = null, bool OnlyItsMonths = false)
{
    public static DataUse None { get; } = new(false, null);

    public static DataUse All { get; } = new(true, null);

    public static DataUse Of(string unit) => new(true, unit);

    public static DataUse Of(string unit, Period period) => new(true, unit, period);

    public static DataUse Months(string unit, Period period) => new(true, unit, period, OnlyItsMonths: true);
}

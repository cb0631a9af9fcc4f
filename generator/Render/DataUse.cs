namespace Bantin.Render;

/// <summary>
/// Which figures a page shows: none, those of one unit (whose figures roll up from the units below it), or any
/// unit's. A preview rebuild redraws a page after a data edit only when the edit can reach those figures.
/// </summary>
public sealed record DataUse(bool Any, string? Unit)
{
    public static DataUse None { get; } = new(false, null);

    public static DataUse All { get; } = new(true, null);

    public static DataUse Of(string unit) => new(true, unit);
}

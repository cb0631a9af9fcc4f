namespace Bantin.Render.Charts;

/// <summary>A label under the time axis, centred on <paramref name="Centre"/> (in months from the axis start); row 0 sits
/// right under the axis, row 1 (the year under month or quarter labels) below it.</summary>
public sealed record TimeLabel(double Centre, string Text, int Row);

using Bantin.Formatting;

namespace Bantin.Render.Charts;

/// <summary>
/// "Nice" value ticks (steps of 1, 2, 2,5 or 5 times a power of ten, zero always on the axis) printed the
/// Vietnamese way: 171.283, 1,5 tr, 2 tỷ. All in <see cref="decimal"/>, so there is no NaN, infinity or -0 to print.
/// </summary>
public static class ValueAxis
{
    private static readonly decimal[] Multiples = [1m, 2m, 2.5m, 5m, 10m];

    /// <summary>
    /// The axis never reaches past ±10²⁶: decimal stops at 7,9 × 10²⁸ and a step must still fit above the largest
    /// value. A value beyond it is drawn at the edge; its table row prints it exactly.
    /// </summary>
    public const decimal Limit = 100_000_000_000_000_000_000_000_000m;

    /// <param name="values">The values drawn (targets included); may be empty.</param>
    /// <param name="suffix">Printed after every tick ("%" for a rate).</param>
    public static ValueTicks Choose(IEnumerable<decimal> values, Language lang, string suffix = "", int intervals = 4)
    {
        var list = values.Select(Clamp).ToList();
        var low = Math.Min(0, list.DefaultIfEmpty(0).Min());
        var high = Math.Max(0, list.DefaultIfEmpty(0).Max());
        if (high == low) high = low + 1;
        var step = Step((high - low) / intervals, wholeOnly: list.All(v => decimal.Truncate(v) == v));
        var floor = decimal.Floor(low / step) * step;
        var ceiling = decimal.Ceiling(high / step) * step;
        var ticks = new List<decimal>();
        for (var v = floor; v <= ceiling; v += step) ticks.Add(v == 0 ? 0m : v); // a decimal can carry a sign on zero
        var scale = Scale(Math.Max(Math.Abs(floor), Math.Abs(ceiling)), lang);
        return new ValueTicks(ticks, ticks.Select(t => Label(t, scale, lang) + suffix).ToList());
    }

    public static decimal Clamp(decimal value) => Math.Clamp(value, -Limit, Limit);

    private static decimal Step(decimal rough, bool wholeOnly)
    {
        var magnitude = 1m;
        while (magnitude * 10 <= rough) magnitude *= 10;
        while (magnitude > rough && magnitude > 0.000001m) magnitude /= 10;
        var step = Multiples.Select(m => m * magnitude).First(s => s >= rough);
        return wholeOnly ? Math.Max(1m, step == 2.5m ? 2m : step) : step;
    }

    // Millions and billions print short so a y-axis label stays narrow: "1,5 tr" rather than "1.500.000".
    private static (decimal Divisor, string Unit) Scale(decimal largest, Language lang) => largest switch
    {
        >= 1_000_000_000m => (1_000_000_000m, lang == Language.En ? "bn" : " tỷ"),
        >= 1_000_000m => (1_000_000m, lang == Language.En ? "M" : " tr"),
        _ => (1m, ""),
    };

    private static string Label(decimal tick, (decimal Divisor, string Unit) scale, Language lang) =>
        tick == 0 ? "0" : NumberFormatter.Format(tick / scale.Divisor, lang) + scale.Unit;
}

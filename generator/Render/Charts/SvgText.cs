using System.Globalization;
using Bantin.Formatting;

namespace Bantin.Render.Charts;

/// <summary>
/// Numbers and text written straight into a chart's buffer: a long time chart has thousands of coordinates, and
/// each one made as its own string (then copied in) was most of an indicator page's garbage.
/// </summary>
internal static class SvgText
{
    /// <summary>A coordinate as <see cref="SvgChart.F"/> prints it ("12.5", "0"; never "NaN" or "-0").</summary>
    public static PooledText Num(this PooledText text, double value)
    {
        if (!double.IsFinite(value)) return text.Append('0');
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        Span<char> chars = stackalloc char[40];
        return (rounded == 0 ? 0 : rounded).TryFormat(chars, out var written, "0.#", CultureInfo.InvariantCulture)
            ? text.Append(chars[..written])
            : text.Append(SvgChart.F(value));
    }

    public static PooledText Int(this PooledText text, int value)
    {
        Span<char> chars = stackalloc char[12];
        value.TryFormat(chars, out var written, default, CultureInfo.InvariantCulture);
        return text.Append(chars[..written]);
    }

    /// <summary>Text escaped for an attribute or element (only text that needs it is copied).</summary>
    public static PooledText Escaped(this PooledText text, string? value) => text.Append(Html.Escape(value));
}

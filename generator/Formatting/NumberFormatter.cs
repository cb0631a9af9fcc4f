using System.Globalization;

namespace Bantin.Formatting;

/// <summary>
/// Prints numbers as the bulletins do (FORMATS.md, "Figures inside prose"): vi <c>171.283</c>, <c>90,74</c>;
/// en <c>171,283</c>, <c>90.74</c>. Rounding is half away from zero, trailing zeros are dropped and a value that
/// rounds to zero prints <c>0</c>, never <c>-0</c>. Separators are written here, not taken from CultureInfo,
/// so output is the same on every machine. Everything is <see cref="decimal"/>, which is exact for
/// figures like 790/812 and has no NaN or infinity to print.
/// </summary>
public static class NumberFormatter
{
    /// <summary>What is printed where there is no figure or no percentage: a dash, never 0.</summary>
    public const string NotReported = "—";

    /// <param name="maxDecimals">Digits kept after the decimal separator, 0..28.</param>
    public static string Format(decimal value, Language lang, int maxDecimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDecimals, 28);

        var rounded = decimal.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        if (rounded == 0)
            return "0";

        // Written in place: every figure of every page comes through here (about 300 a results page).
        var (group, point) = lang == Language.En ? (',', '.') : ('.', ',');
        Span<char> digits = stackalloc char[64];
        Math.Abs(rounded).TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        digits = digits[..length];
        var dot = digits.IndexOf('.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? [] : digits[(dot + 1)..].TrimEnd('0');

        Span<char> text = stackalloc char[96];
        var at = 0;
        if (rounded < 0)
            text[at++] = '-';
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
                text[at++] = group;
            text[at++] = whole[i];
        }
        if (fraction.Length > 0)
        {
            text[at++] = point;
            fraction.CopyTo(text[at..]);
            at += fraction.Length;
        }
        return new string(text[..at]);
    }

    /// <summary>A ratio as a percentage with at most two decimals: 0.972906 → vi <c>97,29%</c>, en <c>97.29%</c>.</summary>
    /// <exception cref="OverflowException">Only for a ratio beyond ±7.9e26, which <see cref="TryRatio"/> never returns.</exception>
    public static string Percent(decimal ratio, Language lang) => Format(ratio * 100m, lang) + "%";

    /// <summary>
    /// <paramref name="part"/> / <paramref name="whole"/>, for achievement (value of target) and ratio indicators
    /// (790 of 812). False when either is missing, the whole is zero, or the ratio is too large to print as a
    /// percentage, so the caller shows no percentage instead of crashing or printing ∞.
    /// </summary>
    public static bool TryRatio(decimal? part, decimal? whole, out decimal ratio)
    {
        ratio = 0;
        if (part is not { } p || whole is not { } w || w == 0)
            return false;
        try
        {
            var r = p / w;
            if (Math.Abs(r) > decimal.MaxValue / 100)
                return false;
            ratio = r;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// A value with what it measures: <c>90,74 triệu đồng</c>, <c>72 đoàn viên</c>; for the measure "%" the sign
    /// follows the number directly (<c>75,4%</c>), and a blank measure prints the number alone.
    /// </summary>
    public static string WithMeasure(decimal value, string? measure, Language lang, int maxDecimals = 2)
    {
        var number = Format(value, lang, maxDecimals);
        var m = measure?.Trim();
        return string.IsNullOrEmpty(m) ? number : m == "%" ? number + "%" : number + " " + m;
    }
}

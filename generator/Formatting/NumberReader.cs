using System.Globalization;
using System.Text.RegularExpressions;

namespace Bantin.Formatting;

/// <summary>
/// Reads the numbers editors write in data files (FORMATS.md, "data/results"). A plain YAML scalar in the
/// form <c>1738</c> or <c>90.74</c> is a YAML number with '.' as the decimal point. Any other scalar, quoted
/// or not, is read the Vietnamese way: '.' groups thousands in threes and ',' is the decimal comma
/// (<c>"1.738"</c>, <c>"90,74"</c>, <c>1.738,5</c>). So quoting only matters for text that is also a
/// plain YAML number: <c>1.738</c> is 1.738 but <c>"1.738"</c> is 1738.
/// </summary>
public static partial class NumberReader
{
    /// <param name="text">The scalar's text as written, without quotes.</param>
    /// <param name="quoted">Whether the scalar was single- or double-quoted (or a block scalar) in the YAML.</param>
    public static bool TryRead(string? text, bool quoted, out decimal value, out NumberError error)
    {
        value = 0;
        var s = (text ?? "").Trim();
        if (s.Length == 0)
            error = NumberError.Empty;
        else if (!quoted && PlainNumber().IsMatch(s))
            error = Parse(s, out value);
        else if (!quoted && OtherYamlNumber().IsMatch(s))
            error = NumberError.UnsupportedNotation;
        else
            error = ReadVietnamese(s, out value);
        return error == NumberError.None;
    }

    /// <summary>Whether a value has digits after the decimal point, which a count (of members, units...) must not.</summary>
    public static bool HasFraction(decimal value) => value != decimal.Truncate(value);

    /// <summary>
    /// Whether a plain YAML number looks like a Vietnamese thousands group (<c>1.738</c>, <c>1.000</c>, <c>-12.500</c>):
    /// YAML reads it as a fraction, but a Vietnamese editor most likely meant 1738. <c>1.000</c> has no fraction
    /// once read, so <see cref="HasFraction"/> alone would not catch it.
    /// </summary>
    public static bool LooksLikeThousands(string? text, bool quoted) =>
        !quoted && ThousandsLike().IsMatch((text ?? "").Trim());

    // Vietnamese: -?, then 0 or digits grouped by '.' in threes, then an optional ",digits".
    private static NumberError ReadVietnamese(string s, out decimal value)
    {
        value = 0;
        var body = s.StartsWith('-') ? s[1..] : s;
        var comma = body.IndexOf(',');
        var whole = comma < 0 ? body : body[..comma];
        var fraction = comma < 0 ? "" : body[(comma + 1)..];

        if (whole.Length == 0 || !IsDigitsAndDots(whole) || !char.IsAsciiDigit(whole[0])
            || (comma >= 0 && (fraction.Length == 0 || !IsDigits(fraction))))
            return NumberError.NotANumber;

        var groups = whole.Split('.');
        if (groups.Length > 1
            && (groups[0].Length > 3 || groups[0][0] == '0' || groups.Skip(1).Any(g => g.Length != 3)))
            return NumberError.Ambiguous;

        var invariant = (s.StartsWith('-') ? "-" : "") + string.Concat(groups) + (comma < 0 ? "" : "." + fraction);
        return Parse(invariant, out value);
    }

    private static NumberError Parse(string invariant, out decimal value)
    {
        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value))
            return NumberError.OutOfRange;
        // "-0" must not survive as a negative zero.
        if (value == 0)
            value = 0m;
        return NumberError.None;
    }

    private static bool IsDigits(string s) => s.All(char.IsAsciiDigit);

    private static bool IsDigitsAndDots(string s) => s.All(c => c == '.' || char.IsAsciiDigit(c));

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();

    // What YAML 1.1 or 1.2 would also resolve to a number (or an octal), so that a plain 1e3 or 017 gets
    // an error that says "write plain digits" rather than being misread.
    [GeneratedRegex(
        @"^[-+]?(\.(inf|Inf|INF|nan|NaN|NAN)|0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|\.[0-9][0-9_]*([eE][-+]?[0-9]+)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OtherYamlNumber();

    [GeneratedRegex(@"^-?[1-9][0-9]{0,2}\.[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsLike();
}

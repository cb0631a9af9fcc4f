using System.Globalization;
using System.Text;
using Bantin.Formatting;

namespace Bantin.Tests.Formatting;

/// <summary>
/// <see cref="NumberFormatter.Format"/> writes in place for speed; it must print exactly what the plain string version
/// below (its earlier code) prints, for every kind of decimal: big, tiny, negative, with trailing zeros in its scale.
/// </summary>
public sealed class NumberFormatterReferenceTests
{
    [Fact]
    public void Prints_what_the_plain_string_version_prints()
    {
        var random = new Random(20240501);
        var values = new List<decimal> { 0m, -0m, 0.004m, -0.005m, 0.005m, 1m, -1m, 999m, 1000m, 1234567.891m, 1.50m, 100.000m,
            decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 79228162514264337593543950.335m };
        for (var i = 0; i < 20000; i++)
        {
            var scale = (byte)random.Next(0, 29);
            values.Add(new decimal(random.Next(), random.Next(), random.Next(0, 1 << 16), random.Next(2) == 0, scale));
        }
        foreach (var value in values)
            foreach (var lang in new[] { Language.Vi, Language.En })
                foreach (var decimals in new[] { 0, 1, 2, 4, 28 })
                    Assert.Equal(Reference(value, lang, decimals), NumberFormatter.Format(value, lang, decimals));
    }

    private static string Reference(decimal value, Language lang, int maxDecimals)
    {
        var rounded = decimal.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0";
        var (group, point) = lang == Language.En ? (',', '.') : ('.', ',');
        var digits = Math.Abs(rounded).ToString(CultureInfo.InvariantCulture);
        var dot = digits.IndexOf('.');
        var whole = dot < 0 ? digits : digits[..dot];
        var fraction = dot < 0 ? "" : digits[(dot + 1)..].TrimEnd('0');
        var sb = new StringBuilder();
        if (rounded < 0) sb.Append('-');
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0) sb.Append(group);
            sb.Append(whole[i]);
        }
        if (fraction.Length > 0) sb.Append(point).Append(fraction);
        return sb.ToString();
    }
}

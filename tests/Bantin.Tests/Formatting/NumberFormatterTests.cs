using Bantin.Formatting;
using Bantin.Model;

namespace Bantin.Tests.Formatting;

public sealed class NumberFormatterTests
{
    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("171283", "171.283", "171,283")]
    [InlineData("90.74", "90,74", "90.74")]
    [InlineData("1738", "1.738", "1,738")]
    [InlineData("0.5", "0,5", "0.5")]
    [InlineData("72", "72", "72")]
    [InlineData("0", "0", "0")]
    [InlineData("999", "999", "999")]
    [InlineData("1000", "1.000", "1,000")]
    [InlineData("1234567.891", "1.234.567,89", "1,234,567.89")]
    [InlineData("-1234567", "-1.234.567", "-1,234,567")]
    [InlineData("-0.5", "-0,5", "-0.5")]
    [InlineData("90.740", "90,74", "90.74")]
    [InlineData("100.00", "100", "100")]
    [InlineData("79228162514264337593543950335", "79.228.162.514.264.337.593.543.950.335", "79,228,162,514,264,337,593,543,950,335")]
    public void Formats_by_language(string value, string vi, string en)
    {
        Assert.Equal(vi, NumberFormatter.Format(D(value), Language.Vi));
        Assert.Equal(en, NumberFormatter.Format(D(value), Language.En));
    }

    [Theory]
    [InlineData("0.125", 2, "0,13")]
    [InlineData("0.135", 2, "0,14")]
    [InlineData("-0.125", 2, "-0,13")]
    [InlineData("2.5", 0, "3")]
    [InlineData("3.5", 0, "4")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("1.005", 2, "1,01")]
    [InlineData("1.2345", 3, "1,235")]
    [InlineData("0.1", 0, "0")]
    [InlineData("999.995", 2, "1.000")]
    [InlineData("1.23456789", 5, "1,23457")]
    public void Rounds_half_away_from_zero(string value, int maxDecimals, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(D(value), Language.Vi, maxDecimals));

    [Theory]
    [InlineData("-0.004")]
    [InlineData("-0.00001")]
    [InlineData("-0.4")]
    [InlineData("-0")]
    [InlineData("-0.000")]
    public void Never_prints_minus_zero(string value)
    {
        var maxDecimals = value == "-0.4" ? 0 : 2;
        Assert.Equal("0", NumberFormatter.Format(D(value), Language.Vi, maxDecimals));
        Assert.Equal("0", NumberFormatter.Format(D(value), Language.En, maxDecimals));
    }

    [Fact]
    public void Rejects_a_bad_decimals_argument()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberFormatter.Format(1, Language.Vi, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberFormatter.Format(1, Language.Vi, 29));
    }

    [Theory]
    [InlineData("0.972906", "97,29%", "97.29%")]
    [InlineData("2.2747", "227,47%", "227.47%")]
    [InlineData("0.752", "75,2%", "75.2%")]
    [InlineData("1", "100%", "100%")]
    [InlineData("1.75", "175%", "175%")]
    [InlineData("0", "0%", "0%")]
    [InlineData("0.00005", "0,01%", "0.01%")]     // 0.005% rounds half away from zero
    [InlineData("0.00004", "0%", "0%")]
    [InlineData("-0.00004", "0%", "0%")]
    [InlineData("0.00125", "0,13%", "0.13%")]
    [InlineData("0.65", "65%", "65%")]
    [InlineData("12.3456", "1.234,56%", "1,234.56%")]
    [InlineData("-0.1", "-10%", "-10%")]
    public void Percent(string ratio, string vi, string en)
    {
        Assert.Equal(vi, NumberFormatter.Percent(D(ratio), Language.Vi));
        Assert.Equal(en, NumberFormatter.Percent(D(ratio), Language.En));
    }

    [Fact]
    public void Percent_of_790_out_of_812_is_exact()
    {
        Assert.True(NumberFormatter.TryRatio(790, 812, out var ratio));
        Assert.Equal("97,29%", NumberFormatter.Percent(ratio, Language.Vi));
    }

    [Theory]
    [InlineData(72, 111, "64,86%")]
    [InlineData(1500, 1500, "100%")]
    [InlineData(0, 10, "0%")]
    [InlineData(3, 4, "75%")]
    public void TryRatio_divides(int part, int whole, string percent)
    {
        Assert.True(NumberFormatter.TryRatio(part, whole, out var ratio));
        Assert.Equal(percent, NumberFormatter.Percent(ratio, Language.Vi));
    }

    [Fact]
    public void TryRatio_gives_no_ratio_for_missing_or_zero_or_absurd_inputs()
    {
        Assert.False(NumberFormatter.TryRatio(null, 10m, out _));
        Assert.False(NumberFormatter.TryRatio(10m, null, out _));
        Assert.False(NumberFormatter.TryRatio(null, null, out _));
        Assert.False(NumberFormatter.TryRatio(10m, 0m, out _));
        Assert.False(NumberFormatter.TryRatio(0m, 0m, out _));
        Assert.False(NumberFormatter.TryRatio(decimal.MaxValue, 0.0001m, out _));
        Assert.False(NumberFormatter.TryRatio(decimal.MaxValue, 1m, out _));
        Assert.False(NumberFormatter.TryRatio(-decimal.MaxValue, 10m, out _));
    }

    [Fact]
    public void TryRatio_results_always_print_as_a_percentage()
    {
        var limit = decimal.MaxValue / 100;
        Assert.True(NumberFormatter.TryRatio(limit, 1m, out var ratio));
        Assert.EndsWith("%", NumberFormatter.Percent(ratio, Language.Vi));
        Assert.True(NumberFormatter.TryRatio(-limit, 1m, out ratio));
        Assert.StartsWith("-", NumberFormatter.Percent(ratio, Language.En));
    }

    [Theory]
    [InlineData("90.74", "triệu đồng", Language.Vi, "90,74 triệu đồng")]
    [InlineData("72", "đoàn viên", Language.Vi, "72 đoàn viên")]
    [InlineData("75.4", "%", Language.Vi, "75,4%")]
    [InlineData("75.4", " % ", Language.En, "75.4%")]
    [InlineData("171283", "người", Language.Vi, "171.283 người")]
    [InlineData("1738", "members", Language.En, "1,738 members")]
    [InlineData("12", "", Language.Vi, "12")]
    [InlineData("12", null, Language.Vi, "12")]
    public void WithMeasure(string value, string? measure, Language lang, string expected) =>
        Assert.Equal(expected, NumberFormatter.WithMeasure(D(value), measure, lang));

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "en-US", "vi-VN", "de-DE", "fr-FR", "ar-SA", "hi-IN" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);
                Assert.Equal("1.234.567,89", NumberFormatter.Format(1234567.891m, Language.Vi));
                Assert.Equal("-1,234.5", NumberFormatter.Format(-1234.5m, Language.En));
                Assert.Equal("97,29%", NumberFormatter.Percent(790m / 812m, Language.Vi));
                Assert.True(NumberReader.TryRead("1.738,25", quoted: true, out var v, out _));
                Assert.Equal(1738.25m, v);
                Assert.True(NumberReader.TryRead("90.74", quoted: false, out v, out _));
                Assert.Equal(90.74m, v);
            }
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}

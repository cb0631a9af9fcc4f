using Bantin.Formatting;

namespace Bantin.Tests.Formatting;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("1.738", "1738")]
    [InlineData("90,74", "90.74")]
    [InlineData("171.283", "171283")]
    [InlineData("1.738,25", "1738.25")]
    [InlineData("1.738,5", "1738.5")]
    [InlineData("1.000.000", "1000000")]
    [InlineData("1738", "1738")]
    [InlineData("0,5", "0.5")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("-1.738", "-1738")]
    [InlineData("-0,25", "-0.25")]
    [InlineData("1,738", "1.738")]         // ',' is always the decimal comma in Vietnamese text
    [InlineData("007", "7")]               // no octal reading for quoted text
    [InlineData("  90,74  ", "90.74")]
    [InlineData("100.000,000", "100000")]
    public void Quoted_text_is_vietnamese(string text, string expected)
    {
        Assert.True(NumberReader.TryRead(text, quoted: true, out var value, out var error));
        Assert.Equal(NumberError.None, error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1738", "1738")]
    [InlineData("90.74", "90.74")]
    [InlineData("1.738", "1.738")]         // a YAML number: see LooksLikeThousands for the warning
    [InlineData("0.5", "0.5")]
    [InlineData("0", "0")]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("-12", "-12")]
    [InlineData("-3.25", "-3.25")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Plain_yaml_numbers_use_a_decimal_point(string text, string expected)
    {
        Assert.True(NumberReader.TryRead(text, quoted: false, out var value, out var error));
        Assert.Equal(NumberError.None, error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("90,74", "90.74")]
    [InlineData("1.738,5", "1738.5")]
    [InlineData("1.000.000", "1000000")]
    public void Plain_text_that_is_no_yaml_number_is_read_the_vietnamese_way(string text, string expected)
    {
        Assert.True(NumberReader.TryRead(text, quoted: false, out var value, out _));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Reading_minus_zero_gives_positive_zero()
    {
        Assert.True(NumberReader.TryRead("-0,00", quoted: true, out var value, out _));
        Assert.Equal("0", NumberFormatter.Format(value, Language.Vi));
        Assert.False(decimal.IsNegative(value));
    }

    [Theory]
    [InlineData("1.5", NumberError.Ambiguous)]
    [InlineData("90.74", NumberError.Ambiguous)]
    [InlineData("0.500", NumberError.Ambiguous)]
    [InlineData("1234.567", NumberError.Ambiguous)]
    [InlineData("1.7385", NumberError.Ambiguous)]
    [InlineData("1..738", NumberError.Ambiguous)]
    [InlineData("1.", NumberError.Ambiguous)]
    [InlineData("1.738.5", NumberError.Ambiguous)]
    [InlineData("abc", NumberError.NotANumber)]
    [InlineData("75%", NumberError.NotANumber)]
    [InlineData("1 738", NumberError.NotANumber)]
    [InlineData("1e3", NumberError.NotANumber)]
    [InlineData(".5", NumberError.NotANumber)]
    [InlineData(",5", NumberError.NotANumber)]
    [InlineData("1,", NumberError.NotANumber)]
    [InlineData("1,5,3", NumberError.NotANumber)]
    [InlineData("1,5.3", NumberError.NotANumber)]
    [InlineData("+5", NumberError.NotANumber)]
    [InlineData("-", NumberError.NotANumber)]
    [InlineData("--5", NumberError.NotANumber)]
    [InlineData("٣", NumberError.NotANumber)]
    [InlineData("", NumberError.Empty)]
    [InlineData("   ", NumberError.Empty)]
    [InlineData(null, NumberError.Empty)]
    [InlineData("99.999.999.999.999.999.999.999.999.999", NumberError.OutOfRange)]
    public void Quoted_text_errors(string? text, NumberError expected)
    {
        Assert.False(NumberReader.TryRead(text, quoted: true, out var value, out var error));
        Assert.Equal(expected, error);
        Assert.Equal(0m, value);
    }

    [Theory]
    [InlineData(".nan", NumberError.UnsupportedNotation)]
    [InlineData(".NaN", NumberError.UnsupportedNotation)]
    [InlineData(".inf", NumberError.UnsupportedNotation)]
    [InlineData("-.inf", NumberError.UnsupportedNotation)]
    [InlineData("+.Inf", NumberError.UnsupportedNotation)]
    [InlineData("1_000", NumberError.UnsupportedNotation)]
    [InlineData("1e3", NumberError.UnsupportedNotation)]
    [InlineData("1.5E-2", NumberError.UnsupportedNotation)]
    [InlineData("0x10", NumberError.UnsupportedNotation)]
    [InlineData("0o17", NumberError.UnsupportedNotation)]
    [InlineData("017", NumberError.UnsupportedNotation)]
    [InlineData("+5", NumberError.UnsupportedNotation)]
    [InlineData(".5", NumberError.UnsupportedNotation)]
    [InlineData("5.", NumberError.UnsupportedNotation)]
    [InlineData("abc", NumberError.NotANumber)]
    [InlineData("1.5.3", NumberError.Ambiguous)]
    [InlineData("~", NumberError.NotANumber)]
    [InlineData("", NumberError.Empty)]
    [InlineData("79228162514264337593543950336", NumberError.OutOfRange)]
    public void Plain_scalar_errors(string text, NumberError expected)
    {
        Assert.False(NumberReader.TryRead(text, quoted: false, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("1.738", true)]
    [InlineData("90.74", true)]
    [InlineData("1738", false)]
    [InlineData("-3", false)]
    public void HasFraction(string plain, bool expected)
    {
        Assert.True(NumberReader.TryRead(plain, quoted: false, out var value, out _));
        Assert.Equal(expected, NumberReader.HasFraction(value));
    }

    [Theory]
    [InlineData("1.738", false, true)]
    [InlineData("1.000", false, true)]
    [InlineData("171.283", false, true)]
    [InlineData("-12.500", false, true)]
    [InlineData("1.738", true, false)]      // quoted: already read as 1738
    [InlineData("90.74", false, false)]
    [InlineData("1738", false, false)]
    [InlineData("0.500", false, false)]
    [InlineData("1234.567", false, false)]
    public void LooksLikeThousands(string text, bool quoted, bool expected) =>
        Assert.Equal(expected, NumberReader.LooksLikeThousands(text, quoted));

    [Fact]
    public void Plain_one_thousand_written_with_a_dot_is_caught_only_by_LooksLikeThousands()
    {
        Assert.True(NumberReader.TryRead("1.000", quoted: false, out var value, out _));
        Assert.Equal(1m, value);
        Assert.False(NumberReader.HasFraction(value));
        Assert.True(NumberReader.LooksLikeThousands("1.000", quoted: false));
    }
}

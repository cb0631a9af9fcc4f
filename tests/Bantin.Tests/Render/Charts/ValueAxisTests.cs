using Bantin.Formatting;
using Bantin.Render.Charts;

namespace Bantin.Tests.Render.Charts;

public sealed class ValueAxisTests
{
    [Theory]
    [InlineData(new[] { 0.0, 171283.0 }, "0|50.000|100.000|150.000|200.000")]
    [InlineData(new[] { 3.0, 9.0 }, "0|2|4|6|8|10")]
    [InlineData(new[] { 1.0 }, "0|1")]
    [InlineData(new[] { 1_500_000.0 }, "0|0,5 tr|1 tr|1,5 tr")]
    [InlineData(new[] { 12.5, 97.29 }, "0|25|50|75|100")]
    [InlineData(new[] { 0.3, 0.45 }, "0|0,2|0,4|0,6")]
    [InlineData(new[] { -30.0, 50.0 }, "-40|-20|0|20|40|60")]
    public void Ticks_are_nice_steps_printed_the_vietnamese_way(double[] values, string expected)
    {
        var ticks = ValueAxis.Choose(values.Select(v => (decimal)v), Language.Vi);

        Assert.Equal(expected, string.Join("|", ticks.Labels));
    }

    [Fact]
    public void Millions_and_billions_print_short()
    {
        Assert.Equal("0|2 tr|4 tr|6 tr", string.Join("|", ValueAxis.Choose([4_200_000m], Language.Vi).Labels));
        Assert.Equal("0|1 tỷ|2 tỷ|3 tỷ", string.Join("|", ValueAxis.Choose([2_300_000_000m], Language.Vi).Labels));
        Assert.Equal("0|2M|4M|6M", string.Join("|", ValueAxis.Choose([4_200_000m], Language.En).Labels));
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 0.0 })]
    [InlineData(new[] { 0.0, 0.0 })]
    [InlineData(new[] { -0.0001 })]
    [InlineData(new[] { -5.0, -1.0 })]
    [InlineData(new[] { 1e-7 })]
    [InlineData(new[] { 7e25 })]
    [InlineData(new[] { 7.9e28, 1e-28 })]
    [InlineData(new[] { -7.9e28, 7.9e28 })]
    public void There_is_never_a_minus_zero_nan_or_a_single_tick(double[] values)
    {
        var ticks = ValueAxis.Choose(values.Select(v => (decimal)v), Language.Vi, "%");

        Assert.True(ticks.Values.Count >= 2);
        Assert.Contains(0m, ticks.Values);
        Assert.DoesNotContain(ticks.Labels, l => l.StartsWith("-0") || l.Contains("NaN") || l.Contains('∞'));
        Assert.All(ticks.Labels, l => Assert.EndsWith("%", l));
    }
}

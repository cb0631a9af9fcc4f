using System.Globalization;
using System.Text.RegularExpressions;
using Bantin.Formatting;
using Bantin.Model.Periods;
using Bantin.Render.Charts;

namespace Bantin.Tests.Render.Charts;

public sealed class TimeChartSvgTests
{
    [Fact]
    public void The_same_chart_is_the_same_bytes_whatever_the_machine_culture()
    {
        var chart = TenYears();
        var first = TimeChartSvg.Draw(chart);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "de-DE", "vi-VN", "ar-SA", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(first, TimeChartSvg.Draw(chart));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_ten_year_chart_has_year_labels_vietnamese_y_ticks_gridlines_and_no_nan_or_minus_zero()
    {
        var svg = TimeChartSvg.Draw(TenYears());

        Assert.Contains(">2015</text>", svg);
        Assert.Contains(">2024</text>", svg);
        Assert.DoesNotContain(">1/2015<", svg);
        Assert.Contains("<g class=\"grid\">", svg);
        Assert.Matches(">\\d{1,3}\\.\\d{3}</text>", svg); // 1.000, 2.000: Vietnamese thousands
        Assert.DoesNotContain("NaN", svg);
        Assert.DoesNotMatch("\"-0[\" ]", svg);
        Assert.DoesNotMatch(Regex.Escape("-0<"), svg);
    }

    [Fact]
    public void Several_series_differ_by_dash_and_marker_and_have_a_legend()
    {
        var svg = TimeChartSvg.Draw(TenYears() with
        {
            Series = [Series("Hà Nội", 2015, 120, 10), Series("Lào Cai", 2015, 120, 7), Series("Cao Bằng", 2015, 120, 3)],
        });

        Assert.Contains("<g class=\"legend\">", svg);
        Assert.Contains(">Lào Cai</text>", svg);
        Assert.Contains("class=\"series s2\"", svg);
        Assert.Contains("stroke-dasharray=\"10 5\"", svg);
        Assert.Contains("<rect class=\"point\"", svg);
    }

    [Fact]
    public void A_target_is_a_dashed_level_over_its_period_and_named_in_the_legend()
    {
        var years = new TimeSeries("Hà Nội", Enumerable.Range(2019, 6).Select(y => new TimePoint(Period.Year(y), $"năm {y}", 100 + y % 7, "x")).ToList());
        var svg = TimeChartSvg.Draw(new TimeChart("c", "T", "D", [years], [new TargetMark(Period.Year(2024), 150)], Language.Vi, TargetName: "Kế hoạch"));

        Assert.Contains("<line class=\"target\"", svg);
        Assert.Contains(">Kế hoạch</text>", svg);
        Assert.Contains("<rect class=\"bar\"", svg);
    }

    [Fact]
    public void A_gap_in_reporting_breaks_the_line()
    {
        var points = Series("Hà Nội", 2020, 48, 5).Points.Select((p, i) => i is >= 20 and < 24 ? p with { Value = null } : p).ToList();
        var svg = TimeChartSvg.Draw(TenYears() with { Series = [new TimeSeries("Hà Nội", points)] });

        var path = Regex.Match(svg, "<path d=\"([^\"]+)\" fill=\"none\"").Groups[1].Value;
        Assert.Equal(2, path.Count(c => c == 'M'));
    }

    private static TimeChart TenYears() => new("c1", "Đoàn viên mới", "…", [Series("Hà Nội", 2015, 120, 10)], [], Language.Vi);

    private static TimeSeries Series(string name, int fromYear, int months, int seed) =>
        new(name, Enumerable.Range(0, months).Select(i =>
        {
            var period = Period.Month(fromYear + i / 12, i % 12 + 1);
            var value = (decimal)((i * 37 + seed * 101) % 500 * 7 + 120);
            return new TimePoint(period, $"tháng {i % 12 + 1}/{fromYear + i / 12}", value, NumberFormatter.Format(value, Language.Vi));
        }).ToList());
}

using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Issue 18: charts take a unit's periods from a table made once per unit and indicator, in period order. When two
/// kinds of period are given equally often and their first periods are equally long, the kind charted is still the
/// one the data gives first, unit by unit down the tree, as before (not the one that comes first in period order).
/// </summary>
public sealed class ChartPeriodKindTests
{
    [Theory]
    [InlineData("huyen-a", "huyen-b", "từ tháng 5/2019 đến tháng 7/2019")]
    [InlineData("huyen-b", "huyen-a", "quý I/2019")]
    public void Kinds_given_equally_often_chart_the_one_given_first_down_the_tree(string first, string second, string firstRow)
    {
        using var site = TestSite.From($"""
            -- site.yaml --
            title: Công đoàn thử
            base_url: https://example.org/congdoan/
            -- data/units.yaml --
            - id: tinh
              name: Liên đoàn Lao động tỉnh Mẫu
            - id: {first}
              name: Đơn vị {first}
              parent: tinh
            - id: {second}
              name: Đơn vị {second}
              parent: tinh
            -- data/indicators.yaml --
            - id: doan-vien-moi
              name: Phát triển đoàn viên mới
              measure: đoàn viên
              kind: flow
            -- data/results/huyen-a/2019-05.yaml --
            unit: huyen-a
            period: 2019-05..2019-07
            values:
              doan-vien-moi: 10
            -- data/results/huyen-a/2020-05.yaml --
            unit: huyen-a
            period: 2020-05..2020-07
            values:
              doan-vien-moi: 11
            -- data/results/huyen-b/2019-q1.yaml --
            unit: huyen-b
            period: 2019-Q1
            values:
              doan-vien-moi: 20
            -- data/results/huyen-b/2020-q1.yaml --
            unit: huyen-b
            period: 2020-Q1
            values:
              doan-vien-moi: 21
            """);
        site.BuildOk();

        var trend = site.Page("/don-vi/tinh/").QuerySelector("#trends ~ .trends figure")!;
        var rows = trend.QuerySelectorAll("details tbody tr th").Select(th => th.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(firstRow, rows[0]);
    }
}

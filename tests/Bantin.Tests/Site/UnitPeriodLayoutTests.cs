using System.Text.RegularExpressions;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>The unit × period page's HTML between its title and its table: no empty lines, with or without a note.</summary>
public sealed class UnitPeriodLayoutTests
{
    [Theory]
    [InlineData("don-vi/tinh/2024-01/index.html", false)] // reported: no note
    [InlineData("don-vi/tinh/2024-q1/index.html", true)]  // derived from its months: "computed" note
    public void No_blank_line_between_the_title_and_the_table(string path, bool note)
    {
        using var site = TestSite.From(TestSite.DefaultSiteYaml.Replace("title:", "-- site.yaml --\ntitle:") + "\n" + """
            -- data/units.yaml --
            - id: tinh
              name: Liên đoàn Lao động tỉnh
            -- data/indicators.yaml --
            - id: dvm
              name: Phát triển đoàn viên mới
              measure: đoàn viên
              kind: flow
            -- data/results/tinh/2024-01.yaml --
            unit: tinh
            period: 2024-01
            values:
              dvm: 1
            -- data/results/tinh/2024-02.yaml --
            unit: tinh
            period: 2024-02
            values:
              dvm: 2
            -- data/results/tinh/2024-03.yaml --
            unit: tinh
            period: 2024-03
            values:
              dvm: 3

            """);
        site.BuildOk();
        var html = site.Text(path);
        var between = Regex.Match(html, "</h1>(.*?)<div class=\"table-scroll\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(note, between.Contains("<p class=\"note\">"));
        Assert.DoesNotMatch(@"\n[ \t]*\n", between);
    }
}

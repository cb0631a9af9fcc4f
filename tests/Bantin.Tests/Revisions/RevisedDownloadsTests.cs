using System.Text;
using System.Text.Json;
using Bantin.Tests.Data;
using Bantin.Tests.Support;

namespace Bantin.Tests.Revisions;

/// <summary>The CSV and JSON downloads say what the data pages say: a figure is provisional, or was corrected on a day.</summary>
public sealed class RevisedDownloadsTests
{
    private const string Results = """
        -- data/results/lao-cai/2019-04.yaml --
        unit: lao-cai
        period: 2019-04
        values:
          doan-vien-moi: 75
          ho-tro-mai-am: 110
        revisions:
          - date: 2019-06-10
            values:
              doan-vien-moi: 72
        -- data/results/lao-cai/2019-05.yaml --
        unit: lao-cai
        period: 2019-05
        status: provisional
        values:
          doan-vien-moi: 80

        """;

    private static string[] CsvRows(TestSite site, string period)
    {
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, $"don-vi/lao-cai/{period}/bang-so-lieu.csv"));
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
    }

    [Fact]
    public void The_csv_notes_say_corrected_with_the_earlier_figure_and_provisional()
    {
        using var site = TestSite.From(DataTestSite.Catalog + Results);
        site.BuildOk();
        Assert.EndsWith(";Ghi chú", CsvRows(site, "2019-04")[0]);
        var april = CsvRows(site, "2019-04");
        Assert.EndsWith(";đã điều chỉnh ngày 10/06/2019, trước đó: 72", april.Single(l => l.StartsWith("Phát triển đoàn viên mới;", StringComparison.Ordinal)));
        Assert.EndsWith(";", april.Single(l => l.StartsWith("Hỗ trợ từ quỹ Mái ấm Công đoàn;", StringComparison.Ordinal)));
        Assert.EndsWith(";sơ bộ", CsvRows(site, "2019-05").Single(l => l.StartsWith("Phát triển đoàn viên mới;", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_json_series_has_provisional_and_revised_on_where_a_figure_has_them()
    {
        using var site = TestSite.From(DataTestSite.Catalog + Results);
        site.BuildOk();
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "don-vi/lao-cai/so-lieu.json")));
        var values = json.RootElement.GetProperty("indicators").EnumerateArray()
            .First(i => i.GetProperty("id").GetString() == "doan-vien-moi").GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("period").GetString()!);
        Assert.Equal("2019-06-10", values["2019-04"].GetProperty("revised_on").GetString());
        Assert.False(values["2019-04"].TryGetProperty("provisional", out _));
        Assert.True(values["2019-05"].GetProperty("provisional").GetBoolean());
        Assert.False(values["2019-05"].TryGetProperty("revised_on", out _));
        var mai = json.RootElement.GetProperty("indicators").EnumerateArray()
            .First(i => i.GetProperty("id").GetString() == "ho-tro-mai-am").GetProperty("values")[0];
        Assert.False(mai.TryGetProperty("provisional", out _) || mai.TryGetProperty("revised_on", out _));
    }
}

using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Render;
using Bantin.Render.Data;
using Scriban.Runtime;

namespace Bantin.Tests.Render.Charts;

/// <summary>
/// Issue 18: the figure block of a chart is written in C# (<see cref="ChartHtml"/>) instead of drawn by
/// partials/chart.html; the bytes must be those the partial draws from the same chart, which it still does for a
/// chart without them.
/// </summary>
public sealed class ChartHtmlTests
{
    [Theory]
    [InlineData("Phát triển đoàn viên mới – LĐLĐ tỉnh Mẫu", 0, 3)]
    [InlineData("A & <B> \"c\" 'd'", 0, 1)]
    [InlineData("Tổng số đoàn viên", 2, 4)]
    [InlineData("Năm đơn vị <so sánh>", 5, 2)]
    [InlineData("Không có số", 0, 0)]
    [InlineData("Nhiều cột, không có hàng", 3, 0)]
    public void The_written_figure_block_is_the_one_the_partial_draws(string title, int columns, int rows)
    {
        var chart = Chart(title, columns, rows);
        var t = UiStrings.For(Language.Vi);
        using var empty = new TempFolder();
        var runner = new TemplateRunner(TemplateSet.Load(empty.Path, new DiagnosticBag(new Messages(Language.Vi))));

        var drawn = runner.Render("partials/chart.html", new ScriptObject { { "chart", chart }, { "t", t } });
        var written = runner.Render("partials/chart.html", new ScriptObject { { "chart", chart with { Html = ChartHtml.Write(chart, t) } }, { "t", t } });

        Assert.Contains("<figure", drawn);
        Assert.Equal(drawn, written);
    }

    private static ChartView Chart(string title, int columns, int rows)
    {
        var names = Enumerable.Range(0, columns).Select(c => $"Đơn vị {c} & <{c}>").ToList();
        var list = Enumerable.Range(0, rows).Select(r => columns == 0
                ? new ChartRowView($"tháng {r + 1}/2024", $"{r * 1000:N0} (tổng hợp từ 1/2 đơn vị)")
                : new ChartRowView($"quý {r + 1}/2024", "1.5", names.Select((_, c) => c % 2 == 0 ? $"{r}.{c}" : "chưa báo cáo <\"x\">").ToList()))
            .ToList();
        return new ChartView("chart-x", title, "<svg class=\"chart\"><title>x</title></svg>", list, columns == 0 ? null : names);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("bantin-chart-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

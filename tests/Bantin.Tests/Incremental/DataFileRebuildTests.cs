using Bantin.Tests.Support;

namespace Bantin.Tests.Incremental;

/// <summary>
/// A data edit in the preview reads again only the results and targets files that changed (a site where every unit
/// reports monthly has thousands), and what it serves still equals a full build, findings included.
/// </summary>
public sealed class DataFileRebuildTests
{
    private const string LaoCai = "data/results/lao-cai/2017-01..2017-05.yaml";

    [Fact]
    public void Editing_one_results_file_reads_that_file_again_and_no_other()
    {
        using var session = IncrementalBuildTests.Started();
        var before = session.DataFilesRead;
        Edit(session, LaoCai, "1128", "1350");
        session.RebuildAndCompare();
        Assert.Equal(before + 1, session.DataFilesRead);
        Assert.Contains("1.350", session.Text("don-vi/lao-cai/index.html"));
    }

    [Fact]
    public void An_article_edit_reads_no_data_file()
    {
        using var session = IncrementalBuildTests.Started();
        var before = session.DataFilesRead;
        session.Site.Write("content/c.md", Md.Article("Tháng Công nhân", "2017-03-16 08:00", "Văn hóa", "mới", "Khác."));
        session.RebuildAndCompare();
        Assert.Equal(before, session.DataFilesRead);
    }

    [Theory]
    [InlineData("data/units.yaml", "name: Liên đoàn Lao động tỉnh Cao Bằng", "name: LĐLĐ tỉnh Cao Bằng")]
    [InlineData("data/indicators.yaml", "measure: đoàn viên", "measure: người")]
    public void Editing_the_catalog_reads_every_results_and_targets_file_again(string file, string from, string to)
    {
        using var session = IncrementalBuildTests.Started();
        var before = session.DataFilesRead;
        Edit(session, file, from, to);
        session.RebuildAndCompare();
        Assert.Equal(before + 3, session.DataFilesRead);
    }

    [Fact]
    public void A_new_file_that_repeats_an_unchanged_one_is_reported_as_a_full_build_reports_it_and_its_removal_heals()
    {
        using var session = IncrementalBuildTests.Started();
        var before = session.DataFilesRead;
        session.Site.Write("data/results/lao-cai/2017-01..2017-05-ban-sao.yaml", "unit: lao-cai\nperiod: 2017-01..2017-05\nvalues:\n  doan-vien-moi: 9\n");
        var failed = session.Rebuild();
        Assert.False(failed.Succeeded);
        Assert.Equal(session.FullBuildDiagnostics(), failed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(before + 1, session.DataFilesRead);
        session.Site.Delete("data/results/lao-cai/2017-01..2017-05-ban-sao.yaml");
        session.RebuildAndCompare();
        Assert.Equal(before + 1, session.DataFilesRead);
    }

    [Fact]
    public void Warnings_of_a_results_file_not_read_again_are_reported_again()
    {
        using var session = IncrementalBuildTests.Started();
        Edit(session, "data/results/cao-bang/2017-06.yaml", "values:", "ghi_chu: chưa đối chiếu\nvalues:");
        var warned = session.RebuildAndCompare();
        Assert.Contains(warned.Diagnostics, d => d.Span.File == "data/results/cao-bang/2017-06.yaml");
        var before = session.DataFilesRead;
        Edit(session, LaoCai, "1128", "1350");
        var again = session.RebuildAndCompare();
        Assert.Equal(before + 1, session.DataFilesRead);
        Assert.Equal(session.FullBuildDiagnostics(), again.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(again.Diagnostics, d => d.Span.File == "data/results/cao-bang/2017-06.yaml");
    }

    [Fact]
    public void A_data_edit_leaves_the_page_of_an_article_of_that_unit_whose_body_prints_no_figure()
    {
        // Older than every article that prints a figure, and in a category of its own: no card on it moves either.
        using var session = IncrementalBuildTests.Started();
        session.Site.Write("content/e.md", Md.Article("Hội nghị Lào Cai", "2016-06-20 08:00", "Văn hóa", null, "Không có số liệu.",
            extra: "unit: lao-cai\nperiod: 2017-01..2017-05\n"));
        session.RebuildAndCompare();
        Assert.Contains("/congdoan/don-vi/lao-cai/2017-01-2017-05/", session.Text("2016/06/hoi-nghi-lao-cai/index.html"));
        Edit(session, LaoCai, "1128", "1350");
        var result = session.RebuildAndCompare();
        Assert.Contains("2017/06/ket-qua-5-thang/", result.Redrawn); // its body prints the figure
        Assert.DoesNotContain("2016/06/hoi-nghi-lao-cai/", result.Redrawn);
    }

    [Fact]
    public void An_article_gains_its_results_link_when_its_period_gets_results()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write("content/e.md", Md.Article("Hội nghị Cao Bằng", "2017-07-20 08:00", "Tin tức", null, "Không có số liệu.",
            extra: "unit: cao-bang\nperiod: 2017-07\n"));
        session.RebuildAndCompare();
        Assert.DoesNotContain("don-vi/cao-bang/2017-07/", session.Text("2017/07/hoi-nghi-cao-bang/index.html"));
        session.Site.Write("data/results/cao-bang/2017-07.yaml", "unit: cao-bang\nperiod: 2017-07\nvalues:\n  doan-vien-moi: 40\n");
        var result = session.RebuildAndCompare();
        Assert.Contains("2017/07/hoi-nghi-cao-bang/", result.Redrawn);
        Assert.Contains("don-vi/cao-bang/2017-07/", session.Text("2017/07/hoi-nghi-cao-bang/index.html"));
    }

    private static void Edit(RebuildSession session, string file, string from, string to)
    {
        var path = Path.Combine(session.Site.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}

using Bantin.Tests.Support;

namespace Bantin.Tests.Incremental;

/// <summary>
/// A save of results files that changed values only (every result still at its unit, indicator and period, the same
/// targets) is rebuilt from the last build's index and plan, its data pages drawn from the new figures
/// (<see cref="Bantin.Incremental.DataValueRebuild"/>); every other data edit takes the full way. Either way the
/// rebuild equals a full build byte for byte, and a data error is reported as a full build reports it.
/// </summary>
public sealed class DataValueRebuildTests
{
    private const string February2015 = "data/results/sa-pa/2015-02.yaml";

    private static RebuildSession Started(bool deferSearch = true)
    {
        var files = SaPaDataSite.Files(2014, "2014..2015");
        // A second indicator, so that a result can move to another one.
        files.Replace("  kind: flow\n", "  kind: flow\n- id: nu-doan-vien\n  name: Nữ đoàn viên mới\n  measure: người\n  kind: flow\n", 0, files.Length);
        files.Append("-- content/thang-2.md --\n" + Md.Article("Tháng 2 ở Sa Pa", "2015-03-05 08:00", "Tin tức", null,
            "Tháng 2 có {{ value \"doan-vien-moi\" }} đoàn viên mới.", "unit: sa-pa\nperiod: 2015-02\n"));
        files.Append("-- content/thang-6.md --\n" + Md.Article("Tháng 6 ở Sa Pa", "2017-07-05 08:00", "Tin tức", null,
            "Tháng 6 có {{ value \"doan-vien-moi\" }} đoàn viên mới.", "unit: sa-pa\nperiod: 2017-06\n"));
        files.Append("-- content/hoi-nghi.md --\n" + Md.Article("Hội nghị", "2017-08-01 08:00", "Tin tức", "hội nghị", "Không có số liệu."));
        var session = new RebuildSession(TestSite.From(files.ToString()), deferSearch);
        session.RebuildAndCompare();
        return session;
    }

    [Theory]
    [InlineData(February2015, "1502", "1777", true)] // read by thang-2's body, the charts and 2015's derived periods
    [InlineData(February2015, "1502", "1777", false)] // the search index written with the pages
    [InlineData("data/results/sa-pa/2017-06.yaml", "1706", "1999", true)] // read by thang-6's body
    [InlineData("data/results/sa-pa/2016-01.yaml", "1601", "0", true)] // progress towards sa-pa's 2016 target; no article
    [InlineData("data/results/sa-pa/2017-12.yaml", "1712", "1713", true)] // the headline of the home page
    [InlineData(February2015, "values:", "status: provisional\nvalues:", true)] // a mark, not a value
    public void A_value_edit_reuses_the_last_build_and_equals_a_full_build(string file, string from, string to, bool deferSearch)
    {
        using var session = Started(deferSearch);
        Edit(session, file, from, to);
        session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
    }

    [Fact]
    public void A_value_edit_draws_the_pages_it_reaches_and_renders_the_bodies_that_read_it()
    {
        using var session = Started();
        var bodies = session.BodiesRendered;
        Edit(session, February2015, "1502", "1777");
        var result = session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Equal(1, session.BodiesRendered - bodies);
        Assert.Contains("don-vi/sa-pa/2015-02/", result.Redrawn);
        Assert.Contains("2015/03/thang-2-o-sa-pa/", result.Redrawn);
        Assert.DoesNotContain("don-vi/sa-pa/2014-05/", result.Redrawn);
        Assert.DoesNotContain("don-vi/sa-pa/2017-06/", result.Redrawn);
        Assert.Contains("1.777", session.Text("2015/03/thang-2-o-sa-pa/index.html"));
        Assert.Contains("1777", session.Text("don-vi/sa-pa/2015-02/bang-so-lieu.csv"));
    }

    [Fact]
    public void A_correction_dates_the_page_in_the_sitemap_and_the_article_keeps_the_figure_of_its_day()
    {
        using var session = Started();
        Edit(session, February2015, "doan-vien-moi: 1502\n",
            "doan-vien-moi: 1777\nrevisions:\n  - date: 2015-03-10\n    values:\n      doan-vien-moi: 1502\n");
        session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Contains("2015-03-10", session.Text("sitemap.xml"));
        Assert.Contains("1.502", session.Text("2015/03/thang-2-o-sa-pa/index.html"));
    }

    [Fact]
    public void Value_edits_in_a_row_mixed_with_body_edits_each_equal_a_full_build()
    {
        using var session = Started();
        string[] values = ["1777", "1888", "1502"];
        var before = "1502";
        foreach (var value in values)
        {
            Edit(session, February2015, $"doan-vien-moi: {before}", $"doan-vien-moi: {value}");
            before = value;
            session.RebuildAndCompare();
            Assert.True(session.ReusedLastBuild);
            session.Site.Write("content/thang-2.md", Md.Article("Tháng 2 ở Sa Pa", "2015-03-05 08:00", "Tin tức", null,
                $"Tháng 2 ({value}) có {{{{ value \"doan-vien-moi\" }}}} đoàn viên mới.", "unit: sa-pa\nperiod: 2015-02\n"));
            session.RebuildAndCompare();
            Assert.True(session.ReusedLastBuild);
        }
        Edit(session, "data/results/sa-pa/2017-06.yaml", "1706", "1606");
        session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
    }

    /// <summary>Each edit changes more than values: the plan or the figures of every page may move.</summary>
    [Theory]
    [InlineData("data/results/sa-pa/2017-12.yaml", "period: 2017-12", "period: 2018-01")] // a period gone, one added
    [InlineData("data/results/sa-pa/2014-05.yaml", "doan-vien-moi: 1405", "nu-doan-vien: 1405")] // another indicator
    [InlineData(February2015, "doan-vien-moi: 1502", "doan-vien-moi: 1502\n  nu-doan-vien: 40")] // a result added
    [InlineData("data/targets/sa-pa/2016-lao-cai.yaml", "1200", "1500")] // a target
    [InlineData("data/units.yaml", "name: Liên đoàn Lao động thị xã Sa Pa", "name: LĐLĐ thị xã Sa Pa")]
    [InlineData("data/indicators.yaml", "measure: đoàn viên", "measure: người")]
    public void An_edit_of_more_than_values_takes_the_full_way(string file, string from, string to)
    {
        using var session = Started();
        Edit(session, file, from, to);
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
    }

    [Fact]
    public void A_results_file_added_or_removed_takes_the_full_way()
    {
        using var session = Started();
        session.Site.Write("data/results/sa-pa/2018-01.yaml", "unit: sa-pa\nperiod: 2018-01\nvalues:\n  doan-vien-moi: 1801\n");
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
        session.Site.Delete("data/results/sa-pa/2014-03.yaml");
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
    }

    [Fact]
    public void A_value_and_an_article_edited_together_take_the_full_way()
    {
        using var session = Started();
        Edit(session, February2015, "1502", "1777");
        Edit(session, "content/hoi-nghi.md", "date: 2017-08-01 08:00", "date: 2017-08-02 08:00");
        session.RebuildAndCompare();
        Assert.False(session.ReusedLastBuild);
    }

    [Theory]
    [InlineData("doan-vien-moi: 1502", "doan-vien-moi: nhiều", 4, 18)] // not a number
    [InlineData("doan-vien-moi: 1502", "doan-vien-moi: 1502\n  doan-vien-mo: 3", 5, 3)] // an unknown indicator
    public void A_data_error_is_reported_with_its_place_as_a_full_build_reports_it_and_the_fix_equals_a_full_build(
        string from, string to, int line, int column)
    {
        using var session = Started();
        Edit(session, February2015, from, to);
        var failed = session.Rebuild();
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Span.File == February2015 && d.Span.Line == line && d.Span.Column == column);
        Assert.Equal(session.FullBuildDiagnostics(), failed.Diagnostics.Select(d => d.ToString()));
        Edit(session, February2015, to, from.Replace("1502", "1503"));
        session.RebuildAndCompare();
    }

    [Fact]
    public void A_data_warning_is_reported_as_a_full_build_reports_it()
    {
        using var session = Started();
        // A revision whose earlier figure equals the current one: nothing was corrected.
        Edit(session, February2015, "doan-vien-moi: 1502\n", "doan-vien-moi: 1502\nrevisions:\n  - date: 2015-03-10\n    values:\n      doan-vien-moi: 1502\n");
        var result = session.RebuildAndCompare();
        Assert.True(session.ReusedLastBuild);
        Assert.Contains(result.Diagnostics, d => d.Span.File == February2015);
        Assert.Equal(session.FullBuildDiagnostics(), result.Diagnostics.Select(d => d.ToString()));
    }

    private static void Edit(RebuildSession session, string file, string from, string to)
    {
        var path = Path.Combine(session.Site.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}

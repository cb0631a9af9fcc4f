using System.Text;
using Bantin.Tests.Support;

namespace Bantin.Tests.Incremental;

/// <summary>
/// A results edit redraws the unit × period pages whose figures it can reach (the period, the periods containing it,
/// their January-to-date and last-year columns, the targets spanning it), not every page of the unit; the rebuild
/// still equals a full build byte for byte.
/// </summary>
public sealed class PeriodRebuildTests
{
    private static RebuildSession Started()
    {
        var files = SaPaDataSite.Files(2015, "2015..2017");
        files.Append("-- content/a.md --\n" + Md.Article("Đại hội Công đoàn cơ sở", "2017-05-02 08:00", "Tin tức", null, "Đoạn đầu."));
        var session = new RebuildSession(TestSite.From(files.ToString()));
        session.RebuildAndCompare();
        return session;
    }

    [Fact]
    public void A_value_edit_redraws_the_pages_of_its_periods_and_leaves_the_unit_s_other_periods()
    {
        using var session = Started();
        Edit(session, "data/results/sa-pa/2015-02.yaml", "1502", "1777");
        var result = session.RebuildAndCompare();
        Assert.Contains("don-vi/sa-pa/2015-02/", result.Redrawn);
        Assert.Contains("don-vi/sa-pa/2015-q1/", result.Redrawn);
        Assert.Contains("don-vi/sa-pa/2016-02/", result.Redrawn); // its last-year column
        Assert.Contains("don-vi/lao-cai/2015-02/", result.Redrawn);
        Assert.DoesNotContain("don-vi/sa-pa/2017-06/", result.Redrawn);
        Assert.DoesNotContain("don-vi/vn/2017-06/", result.Redrawn);
    }

    [Theory]
    [InlineData("data/results/sa-pa/2016-03.yaml", "1603", "1999")] // the last-year column of 2017-03
    [InlineData("data/results/sa-pa/2017-01.yaml", "1701", "1999")] // January to date of every 2017 page
    [InlineData("data/results/sa-pa/2015-01.yaml", "1501", "1999")] // progress towards lao-cai's 2015–2017 target
    [InlineData("data/results/sa-pa/2016-01.yaml", "1601", "1999")] // progress towards sa-pa's 2016 target
    [InlineData("data/targets/sa-pa/2016-lao-cai.yaml", "1200", "1500")]
    [InlineData("data/targets/lao-cai/2015-2017-vn.yaml", "9000", "9500")]
    [InlineData("data/results/sa-pa/2017-12.yaml", "period: 2017-12", "period: 2018-01")] // a new period, one gone
    public void After_a_data_edit_the_rebuild_equals_a_full_build(string file, string from, string to)
    {
        using var session = Started();
        Edit(session, file, from, to);
        session.RebuildAndCompare();
    }

    [Fact]
    public void Edits_in_a_row_each_equal_a_full_build()
    {
        using var session = Started();
        Edit(session, "data/results/sa-pa/2015-02.yaml", "1502", "1777");
        session.RebuildAndCompare();
        Edit(session, "data/results/sa-pa/2016-02.yaml", "1602", "1888");
        session.RebuildAndCompare();
        Edit(session, "data/results/sa-pa/2015-02.yaml", "1777", "1502");
        session.RebuildAndCompare();
        session.Site.Delete("data/results/sa-pa/2017-03.yaml");
        session.RebuildAndCompare();
        Edit(session, "data/results/sa-pa/2016-03.yaml", "1603", "1666");
        session.RebuildAndCompare();
    }

    private static void Edit(RebuildSession session, string file, string from, string to)
    {
        var path = Path.Combine(session.Site.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}

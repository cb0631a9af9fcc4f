using System.Text;
using Bantin.Tests.Support;

namespace Bantin.Tests.Incremental;

/// <summary>
/// A body that calls figure functions is rendered again after a data edit only when the edit can reach a figure it
/// read (the unit and period of each call, with its January to date, last year and the targets spanning it), not
/// after every edit of its unit; the rebuild still equals a full build byte for byte.
/// </summary>
public sealed class FigureBodyRebuildTests
{
    // Each article prints figures of sa-pa (its own unit) or of another unit or period than its own.
    private static readonly (string File, string Unit, string Period, string Date, string Body)[] Articles =
    [
        ("content/thang-2-2015.md", "sa-pa", "2015-02", "2015-03-05 08:00", "Tháng 2 có {{ value \"doan-vien-moi\" }} đoàn viên."),
        ("content/thang-6-2017.md", "sa-pa", "2017-06", "2017-07-05 08:00", "Tháng 6 có {{ value \"doan-vien-moi\" }} đoàn viên."),
        ("content/luy-ke-2017.md", "sa-pa", "2017-06", "2017-07-06 08:00", "Từ đầu năm: {{ value \"doan-vien-moi\" ytd: true }}."),
        ("content/cung-ky.md", "sa-pa", "2017-06", "2017-07-07 08:00", "Cùng kỳ: {{ value \"doan-vien-moi\" last_year: true }}, {{ change \"doan-vien-moi\" }}."),
        ("content/ke-hoach.md", "sa-pa", "2016-06", "2016-07-05 08:00", "Đạt {{ percent \"doan-vien-moi\" }} kế hoạch. {{ progress \"doan-vien-moi\" }}"),
        ("content/ky-khac.md", "sa-pa", "2017-06", "2017-07-08 08:00", "Quý I/2015: {{ value \"doan-vien-moi\" period: \"2015-Q1\" }}."),
        ("content/don-vi-khac.md", "sa-pa", "2017-06", "2017-07-09 08:00", "Cả tỉnh: {{ value \"doan-vien-moi\" \"lao-cai\" \"2015-02\" }}."),
        ("content/bang.md", "sa-pa", "2017-06", "2017-07-10 08:00", "{{ table }}"),
        ("content/bieu-do.md", "sa-pa", "2017-06", "2017-07-11 08:00", "{{ chart \"doan-vien-moi\" by: \"month\" }}"),
        ("content/nhiem-ky.md", "lao-cai", "2016-06", "2016-07-12 08:00", "Đạt {{ percent \"doan-vien-moi\" last_year: true }} kế hoạch nhiệm kỳ."),
    ];

    private static RebuildSession Started()
    {
        var files = SaPaDataSite.Files(2013, "2013..2015");
        foreach (var (file, unit, period, date, body) in Articles)
            files.Append($"-- {file} --\n" + Md.Article("Kết quả " + Path.GetFileNameWithoutExtension(file), date, "Tin tức", null, body,
                $"unit: {unit}\nperiod: {period}\n"));
        var session = new RebuildSession(TestSite.From(files.ToString()));
        session.RebuildAndCompare();
        return session;
    }

    [Theory]
    [InlineData("data/results/sa-pa/2015-02.yaml", "1502", "1777")] // thang-2-2015, ky-khac, don-vi-khac, the chart
    [InlineData("data/results/sa-pa/2017-06.yaml", "1706", "1999")] // thang-6-2017, luy-ke-2017, cung-ky, bang
    [InlineData("data/results/sa-pa/2017-02.yaml", "1702", "1999")] // January to date of 2017-06
    [InlineData("data/results/sa-pa/2016-06.yaml", "1606", "1999")] // last year of 2017-06, ke-hoach
    [InlineData("data/results/sa-pa/2016-01.yaml", "1601", "1999")] // progress towards sa-pa's 2016 target
    [InlineData("data/results/sa-pa/2013-04.yaml", "1304", "1999")] // lao-cai's 2013–2015 target, read by nhiem-ky's last year
    [InlineData("data/results/sa-pa/2017-12.yaml", "1712", "1999")] // only the chart
    [InlineData("data/targets/sa-pa/2016-lao-cai.yaml", "1200", "1500")]
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
        Edit(session, "data/results/sa-pa/2017-06.yaml", "1706", "1888");
        session.RebuildAndCompare();
        Edit(session, "data/results/sa-pa/2015-02.yaml", "1777", "1502");
        session.RebuildAndCompare();
        Edit(session, "data/results/sa-pa/2013-04.yaml", "1304", "1666");
        session.RebuildAndCompare();
    }

    [Theory]
    [InlineData("data/results/sa-pa/2017-12.yaml", "1712", 1)] // only the chart reads December 2017
    [InlineData("data/results/sa-pa/2017-05.yaml", "1705", 3)] // the chart, luy-ke-2017 and the table's January to date
    [InlineData("data/results/sa-pa/2016-06.yaml", "1606", 4)] // the chart, cung-ky, ke-hoach and the table's last year
    [InlineData("data/results/sa-pa/2015-06.yaml", "1506", 2)] // the chart and nhiem-ky's last year
    public void A_value_edit_renders_again_only_the_bodies_that_read_its_months(string file, string value, int bodies)
    {
        using var session = Started();
        var before = session.BodiesRendered;
        Edit(session, file, value, "1999");
        session.RebuildAndCompare();
        Assert.Equal(bodies, session.BodiesRendered - before);
    }

    private static void Edit(RebuildSession session, string file, string from, string to)
    {
        var path = Path.Combine(session.Site.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}

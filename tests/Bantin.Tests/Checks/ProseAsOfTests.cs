using Bantin.Diagnostics;
using Bantin.Tests.Support;

namespace Bantin.Tests.Checks;

/// <summary>
/// The prose checker compares an article with the figures as they stood on its date: May's new members were 1.128 when
/// the bulletin went out on 9 June (1.128/1.500 = 75,2%) and were corrected to 1.200 (80%) on 1 July.
/// </summary>
public sealed class ProseAsOfTests
{
    // The May file of ProseCheckTests, corrected on 1 July: 1.128 → 1.200.
    private static string Corrected => ProseCheckTests.Data
        .Replace("  doan-vien-moi: 1128\n", "  doan-vien-moi: 1200\n", StringComparison.Ordinal)
        .Replace("khoi-dn: 41 } }\n", "khoi-dn: 41 } }\nrevisions:\n  - date: 2017-07-01\n    values:\n      doan-vien-moi: 1128\n", StringComparison.Ordinal);

    private static IReadOnlyList<Diagnostic> Check(string body, string date = "2017-06-09")
    {
        using var site = TestSite.From(Corrected + $"-- content/a.md --\n---\ntitle: \"Kết quả 5 tháng đầu năm 2017\"\ndate: {date}\nunit: lao-cai\nperiod: 2017-01..2017-05\n---\n{body}\n");
        var result = new SiteBuilder().Build(new BuildOptions(site.Root, BuildTime: TestSite.BuildTime, CheckOnly: true));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToLine())));
        return result.Diagnostics;
    }

    // What the prose checker says, leaving out the "type a figure call" suggestion and the correction notice of calls.
    private static List<string> Findings(IReadOnlyList<Diagnostic> diagnostics) => diagnostics
        .Where(d => d.Severity == Severity.Warning && !d.Message.Contains("gõ tay", StringComparison.Ordinal) && !d.Message.Contains("đã được điều chỉnh", StringComparison.Ordinal))
        .Select(d => d.ToLine()).ToList();

    [Theory]
    [InlineData("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt 75,2% chỉ tiêu TLĐ giao.")]
    [InlineData("Phát triển đoàn viên mới được 1.128 đoàn viên, đạt 75,2% chỉ tiêu TLĐ giao.")]
    public void A_figure_right_on_the_articles_day_is_not_flagged_after_a_later_correction(string body)
    {
        Assert.Empty(Findings(Check(body)));
    }

    [Fact]
    public void A_figure_typed_by_hand_that_was_the_data_on_the_day_gets_the_figure_call_suggestion()
    {
        var typed = Assert.Single(Check("Phát triển đoàn viên mới được 1.128 đoàn viên."), d => d.Message.Contains("gõ tay", StringComparison.Ordinal));
        Assert.Equal(("content/a.md", 7, 31), (typed.Span.File, typed.Span.Line, typed.Span.Column));
    }

    [Fact]
    public void A_figure_wrong_on_the_articles_day_is_still_flagged_though_the_correction_made_it_right()
    {
        var warning = Assert.Single(Findings(Check("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt 80% chỉ tiêu TLĐ giao.")));
        Assert.StartsWith("content/a.md:7:59: warning: \"80%\" không khớp với dữ liệu: 75,2% (doan-vien-moi).", warning);
    }

    [Fact]
    public void An_article_published_after_the_correction_is_checked_against_the_corrected_figure()
    {
        Assert.Empty(Findings(Check("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt 80% chỉ tiêu TLĐ giao.", "2017-07-02")));
        var warning = Assert.Single(Findings(Check("Phát triển mới {{ value \"doan-vien-moi\" }} đoàn viên, đạt 75,2% chỉ tiêu TLĐ giao.", "2017-07-02")));
        Assert.StartsWith("content/a.md:7:59: warning: \"75,2%\" không khớp với dữ liệu: 80% (doan-vien-moi).", warning);
    }
}

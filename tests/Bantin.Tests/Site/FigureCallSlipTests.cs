using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Slips an editor makes in a figure call: curly quotes pasted from Word work; the rest get a message in the
/// site's language at the call's line, with the fix written out (never a pointer to a file the editor does not have).
/// </summary>
public sealed class FigureCallSlipTests
{
    private const string Data = LaoCaiFigures.Files;

    private static TestSite Site(string body, string siteYaml = "") => TestSite.From(Data +
        (siteYaml.Length > 0 ? "-- site.yaml --\n" + siteYaml + "\n" : "") +
        "-- content/a.md --\n---\ntitle: Kết quả\ndate: 2017-06-09\nunit: lao-cai\nperiod: 2017-01..2017-05\n---\nĐoạn đầu.\n\n" + body + "\n");

    [Theory]
    [InlineData("Có {{ value “doan-vien-moi” }} đoàn viên.", "Có 1.128 đoàn viên.")]
    [InlineData("Có {{ value ‘doan-vien-moi’ }} đoàn viên.", "Có 1.128 đoàn viên.")]
    [InlineData("Có {{ value “doan-vien-moi” unit: “lao-cai” }} đoàn viên.", "Có 1.128 đoàn viên.")]
    [InlineData("“Tháng Công nhân”: {{value “cdcs-moi”}} CĐCS, {{ value \"doan-vien-moi\" }} đoàn viên.", "“Tháng Công nhân”: 12 CĐCS, 1.128 đoàn viên.")]
    public void Curly_quotes_pasted_from_word_work_in_a_figure_call(string body, string printed)
    {
        using var site = Site(body);
        site.BuildOk();
        Assert.Equal(printed, site.Page("/2017/06/ket-qua/").QuerySelectorAll(".prose p")[1].TextContent);
    }

    [Fact]
    public void Curly_quotes_in_a_table_list_work()
    {
        using var site = Site("{{ table [“doan-vien-moi”, ‘cdcs-moi’] }}");
        site.BuildOk();
        Assert.Single(site.Page("/2017/06/ket-qua/").QuerySelectorAll(".prose table.results"));
    }

    [Theory]
    [InlineData("Có {{ valu \"doan-vien-moi\" }}.", 9, 7, "Không có lệnh số liệu \"valu\"", "Có phải ý bạn là \"value\"?")]
    [InlineData("Có {{ value doan-vien-moi }}.", 9, 13, "phải đặt trong ngoặc kép", "{{ value \"doan-vien-moi\" }}")]
    [InlineData("Có {{ value \"doan-vien-moi\" unit \"lao-cai\" }}.", 9, 29, "Thiếu dấu hai chấm sau \"unit\"", "unit: \"lao-cai\"")]
    [InlineData("Có {{ value }}.", 9, 12, "Lệnh value cần", "{{ value \"doan-vien-moi\" }}")]
    [InlineData("Có {{ table \"doan-vien-moi\" }}.", 9, 13, "danh sách", "{{ table [\"doan-vien-moi\", \"cdcs-moi\"] }}")]
    [InlineData("Có {{ value \"doan-vien-moi\" } nhé.", 9, 29, "dấu đóng }}", "}}")]
    [InlineData("Có {{ value \"doan-vien-moi\" pad: \"hai\" }}.", 9, 29, "pad:", "pad: 2")]
    [InlineData("Có {{ value \"doan-vien-moi\", \"lao-cai\" }}.", 9, 28, "\",\"", "unit: \"cao-bang\"")]
    [InlineData("Có {{ value \"doan-vien-moi\" \"lao-cai\" \"2017\" 1 \"x\" true true \"y\" }}.", 9, 7, "nhiều giá trị hơn", "unit: \"cao-bang\"")]
    public void A_slip_in_a_figure_call_is_explained_in_vietnamese_at_its_place(string body, int line, int column, string message, string fix)
    {
        using var site = Site(body);
        var errors = site.Build().Errors.ToList();
        var error = errors[0];
        Assert.Equal(("content/a.md", line, column), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains(message, error.Message);
        Assert.Contains(fix, error.Fix);
        Assert.All(errors, e => Assert.DoesNotContain("docs/", e.Fix));
        Assert.All(errors, e => Assert.DoesNotMatch("Invalid|Unexpected|was not found|Unable to convert|arguments", e.Message));
    }

    [Fact]
    public void An_english_site_gets_the_message_in_english()
    {
        using var site = Site("Có {{ valu \"doan-vien-moi\" }}.", "title: Union\nlanguage: en\nbase_url: https://example.org/");
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal("There is no figure function \"valu\".", error.Message);
        Assert.Equal("Did you mean \"value\"?", error.Fix);
    }
}

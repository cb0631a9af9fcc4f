using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

public sealed class FigureTests
{
    private const string Data = """
        -- site.yaml --
        title: Công đoàn thử
        base_url: https://example.org/congdoan/
        home_unit: vn
        -- data/units.yaml --
        - id: vn
          name: Tổng Liên đoàn Lao động Việt Nam
          short: TLĐ
        - id: lao-cai
          name: Liên đoàn Lao động tỉnh Lào Cai
          short: LĐLĐ tỉnh Lào Cai
          parent: vn
        -- data/indicators.yaml --
        - id: doan-vien-moi
          name: Phát triển đoàn viên mới
          measure: đoàn viên
          kind: flow
        - id: hoi-nghi
          name: Đơn vị tổ chức Hội nghị CBCCVC
          measure: đơn vị
          kind: ratio
        -- data/results/lao-cai/2017-01..2017-05.yaml --
        unit: lao-cai
        period: 2017-01..2017-05
        values:
          doan-vien-moi: 1128
          hoi-nghi: { value: 790, of: 812 }
        -- data/targets/lao-cai/2017-vn.yaml --
        unit: lao-cai
        period: 2017
        set_by: vn
        targets:
          doan-vien-moi: 1500
        -- data/targets/lao-cai/2017-lao-cai.yaml --
        unit: lao-cai
        period: 2017
        set_by: lao-cai
        targets:
          doan-vien-moi: 2700

        """;

    private static TestSite Site(string body, string frontMatter = "unit: lao-cai\nperiod: 2017-01..2017-05\n") =>
        TestSite.From(Data + "-- content/a.md --\n---\ntitle: Kết quả 5 tháng\ndate: 2017-06-09 15:00\n" + frontMatter + "---\n" + body + "\n");

    [Fact]
    public void Prose_functions_print_figures_the_vietnamese_way_with_the_articles_defaults()
    {
        using var site = Site("""
            Phát triển {{ value "doan-vien-moi" }} đoàn viên, đạt {{ percent "doan-vien-moi" set_by: "vn" }} chỉ tiêu TLĐ giao
            và {{ percent "doan-vien-moi" set_by: "lao-cai" }} kế hoạch của tỉnh; {{ value "hoi-nghi" }} đơn vị = {{ percent "hoi-nghi" }}.
            """);
        site.BuildOk();
        var text = site.Page("/2017/06/ket-qua-5-thang/").QuerySelector(".prose p")!.TextContent;
        Assert.Equal("Phát triển 1.128 đoàn viên, đạt 75,2% chỉ tiêu TLĐ giao\nvà 41,78% kế hoạch của tỉnh; 790/812 đơn vị = 97,29%.", text);
    }

    [Fact]
    public void A_table_inside_a_paragraph_is_lifted_out_of_it()
    {
        using var site = Site("Kết quả: {{ table [\"doan-vien-moi\"] }} như trên.");
        site.BuildOk();
        var html = site.Text("2017/06/ket-qua-5-thang/index.html");
        Assert.DoesNotContain("<p><div", html);
        var page = site.Page("/2017/06/ket-qua-5-thang/");
        Assert.Null(page.QuerySelector("p table, p div"));
        Assert.NotNull(page.QuerySelector(".prose table.results"));
    }

    [Fact]
    public void Unit_period_page_lists_targets_with_who_set_them_result_and_achievement_and_links_back()
    {
        using var site = Site("x");
        site.BuildOk();
        var page = site.Page("/don-vi/lao-cai/2017-01-2017-05/");
        Assert.Equal("Liên đoàn Lao động tỉnh Lào Cai – 5 tháng đầu năm 2017", page.QuerySelector("h1")!.TextContent);
        var row = page.QuerySelectorAll("table.results tbody tr").First(r => r.TextContent.Contains("Phát triển đoàn viên mới"));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Contains("1.500", cells[0]);
        Assert.Contains("TLĐ", cells[0]);
        Assert.Contains("2.700", cells[0]);
        Assert.Contains("LĐLĐ tỉnh Lào Cai", cells[0]);
        Assert.Contains("1.128", cells[1]);
        Assert.Contains("75,2%", cells[2]);
        Assert.Contains("41,78%", cells[2]);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/congdoan/2017/06/ket-qua-5-thang/");
        var article = site.Page("/2017/06/ket-qua-5-thang/");
        Assert.Equal("/congdoan/don-vi/lao-cai/2017-01-2017-05/", article.QuerySelector(".data-link a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_sites_own_results_table_partial_can_draw_the_rows_itself_on_pages_and_in_articles()
    {
        using var site = Site("{{ table }}");
        site.Write("templates/partials/results-table.html",
            "<ol class=\"mine\">{{ for row in table.rows }}<li>{{ row.indicator }}: {{ row.result_text }}</li>{{ end }}</ol>\n");
        site.BuildOk();
        foreach (var url in new[] { "/don-vi/lao-cai/2017-01-2017-05/", "/2017/06/ket-qua-5-thang/" })
        {
            var page = site.Page(url);
            Assert.Null(page.QuerySelector("table.results"));
            var items = page.QuerySelectorAll("ol.mine li").Select(li => li.TextContent).ToList();
            Assert.Contains("Phát triển đoàn viên mới: 1.128", items);
            Assert.Contains("Đơn vị tổ chức Hội nghị CBCCVC: 790/812", items);
        }
    }

    [Fact]
    public void Unit_pages_link_up_and_a_parent_shows_computed_roll_ups_marked_as_such()
    {
        using var site = Site("x");
        site.BuildOk();
        var unit = site.Page("/don-vi/lao-cai/");
        Assert.Equal("/congdoan/don-vi/vn/", unit.QuerySelector("a[rel=up]")!.GetAttribute("href"));
        Assert.Contains(unit.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/congdoan/2017/06/ket-qua-5-thang/");
        var parent = site.Page("/don-vi/vn/");
        Assert.Contains("(*)", parent.QuerySelector("#latest")!.ParentElement!.TextContent);
        Assert.Contains("1.128", parent.QuerySelector("#children-figures")!.ParentElement!.TextContent);
    }

    [Fact]
    public void Indicator_page_has_an_accessible_chart_with_its_numbers_and_a_table_by_unit()
    {
        using var site = Site("x");
        site.BuildOk();
        var page = site.Page("/chi-tieu/doan-vien-moi/");
        var svg = page.QuerySelector("svg.chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.Contains("1.128", svg.QuerySelector("desc")!.TextContent);
        Assert.Contains("1.128", page.QuerySelector("figure details table")!.TextContent);
        Assert.Contains("Liên đoàn Lao động tỉnh Lào Cai", page.QuerySelectorAll("main table.results").Last().TextContent);
    }

    [Fact]
    public void Home_shows_the_headline_figures_of_home_unit()
    {
        using var site = Site("x");
        site.BuildOk();
        var headlines = site.Page("/").QuerySelector(".headline")!.TextContent;
        Assert.Contains("1.128 đoàn viên", headlines);
        Assert.Contains("5 tháng đầu năm 2017", headlines);
    }

    [Theory]
    [InlineData("Số {{ value \"doan-vien-mio\" }}.", 7, 7, "Không có chỉ tiêu 'doan-vien-mio'", "Có phải ý bạn là 'doan-vien-moi'?")]
    [InlineData("Dòng một.\nSố {{ value \"doan-vien-moi\" unit: \"lao-kai\" }}.", 8, 7, "Không có đơn vị 'lao-kai'", "Có phải ý bạn là 'lao-cai'?")]
    [InlineData("Số {{ value \"doan-vien-moi\" period: \"2017-13\" }}.", 7, 7, "Kỳ \"2017-13\" không hợp lệ: tháng phải từ 01 đến 12", null)]
    [InlineData("Số {{ value \"doan-vien-moi\" period: \"2016\" }}.", 7, 7, "Chưa có số liệu \"doan-vien-moi\"", null)]
    [InlineData("Số {{ value \"doan-vien-moi\" by: \"khoi-x\" }}.", 7, 7, "Số liệu \"doan-vien-moi\" không có phần \"khoi-x\".", null)]
    [InlineData("Số {{ percent \"doan-vien-moi\" set_by: \"lao-ca\" }}.", 7, 7, "Không có chỉ tiêu nào do \"lao-ca\" giao", "Có phải ý bạn là set_by: \"lao-cai\"?")]
    public void A_bad_figure_call_is_an_error_at_its_real_line_and_column(string body, int line, int column, string message, string? fix)
    {
        using var site = Site(body);
        var error = Assert.Single(site.Build().Errors);
        Assert.Equal(("content/a.md", line, column), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.StartsWith(message, error.Message);
        if (fix is not null) Assert.Equal(fix, error.Fix);
    }

    [Theory]
    [InlineData(false)] // no target at all
    [InlineData(true)]  // a target of 0
    public void A_percentage_without_a_target_prints_a_dash_and_warns_instead_of_stopping_the_build(bool zeroTarget)
    {
        // FORMATS.md: "A zero or missing target gives no percentage, never a crash"; one late plan must not stop the site.
        using var site = Site("Đạt {{ percent \"hoi-nghi\" set_by: \"vn\" }} kế hoạch.");
        if (zeroTarget) site.Write("data/targets/lao-cai/2017-hoi-nghi.yaml", "unit: lao-cai\nperiod: 2017\nset_by: vn\ntargets:\n  hoi-nghi: 0\n");
        var result = site.BuildOk();
        var warning = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("Không có chỉ tiêu kế hoạch"));
        Assert.Equal(Bantin.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal(("content/a.md", 7, 8), (warning.Span.File, warning.Span.Line, warning.Span.Column));
        Assert.Equal("Đạt — kế hoạch.", site.Page("/2017/06/ket-qua-5-thang/").QuerySelector(".prose p")!.TextContent);
    }

    [Theory]
    [InlineData(false)] // no target at all
    [InlineData(true)]  // a target of 0
    public void A_progress_bar_without_a_target_prints_the_placeholder_and_warns_in_build_and_check(bool zeroTarget)
    {
        using var site = Site("Tiến độ: {{ progress \"hoi-nghi\" }}");
        site.Write("site.yaml", "title: Công đoàn thử\nbase_url: https://example.org/congdoan/\nfigures:\n  missing: \"(chưa có kế hoạch)\"\n");
        if (zeroTarget) site.Write("data/targets/lao-cai/2017-hoi-nghi.yaml", "unit: lao-cai\nperiod: 2017\nset_by: vn\ntargets:\n  hoi-nghi: 0\n");
        var result = site.BuildOk();
        var warning = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("Không có chỉ tiêu kế hoạch"));
        Assert.Equal(Bantin.Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal(("content/a.md", 7, 13), (warning.Span.File, warning.Span.Line, warning.Span.Column));
        Assert.Contains("(chưa có kế hoạch)", warning.Message);
        Assert.Equal("Tiến độ: (chưa có kế hoạch)", site.Page("/2017/06/ket-qua-5-thang/").QuerySelector(".prose p")!.TextContent);
        var (code, output, error) = site.Cli("check", "--site", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("content/a.md:7:13: warning: Không có chỉ tiêu kế hoạch", output + error);
    }

    [Fact]
    public void Unknown_unit_or_bad_period_in_front_matter_is_an_error_at_its_line()
    {
        using var site = Site("x", "unit: lao-kai\nperiod: 2017-1\n");
        var lines = site.Build().Errors.Select(e => e.ToLine()).ToList();
        Assert.Contains("content/a.md:4:7: error: Không có đơn vị 'lao-kai' trong data/units.yaml.", lines);
        Assert.Contains(lines, l => l.StartsWith("content/a.md:5:9: error: Kỳ \"2017-1\" không hợp lệ"));
    }
}

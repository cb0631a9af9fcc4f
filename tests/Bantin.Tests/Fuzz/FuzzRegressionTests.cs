using Bantin.Tests.Support;

namespace Bantin.Tests.Fuzz;

/// <summary>Crashes the fuzz tests found, each as the smallest site that showed it: now an error at its place.</summary>
public sealed class FuzzRegressionTests
{
    private static BuildResult Check(TestSite site) =>
        new SiteBuilder().Build(new BuildOptions(site.Root, IncludeDrafts: true, BuildTime: TestSite.BuildTime, CheckOnly: true));

    [Theory]
    [InlineData("![ảnh](%00)", 1)]
    [InlineData("![ảnh](a%00b.png)", 1)]
    [InlineData("Xem ![ảnh](x/%00.svg) và [tệp](t%00.pdf).", 1)]
    public void A_local_file_name_with_an_escaped_NUL_is_an_error_at_its_position_not_a_crash(string body, int column)
    {
        // Found by SiteFuzzTests (markdown): %00 decodes to NUL, which Path.GetFullPath refused with an ArgumentException.
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: body));
        foreach (var result in new[] { site.Build(), Check(site) })
        {
            Assert.False(result.Succeeded);
            var error = result.Errors.First();
            Assert.Equal(("content/a.md", 5), (error.Span.File, error.Span.Line));
            Assert.True(error.Span.Column >= column);
            Assert.Contains("không dùng được trong tên tệp", error.Message);
            Assert.NotNull(error.Fix);
        }
    }

    [Theory]
    [InlineData("[x](c:anh)")]
    [InlineData("[x](a:b/c)")]
    [InlineData("![x](c:\\\\anh.png)")]
    [InlineData("[x](z:)")]
    public void A_link_that_is_no_valid_address_is_reported_by_check_not_a_crash(string body)
    {
        // Found by SiteFuzzTests (markdown): "c:anh" made new Uri(base, path) throw UriFormatException ("A Dos path
        // must be rooted") in check's link checker.
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("A", "2020-01-01", body: body));
        var result = Check(site);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, error => Assert.Equal(("content/a.md", 5, true), (error.Span.File, error.Span.Line, error.Fix is not null)));
    }

    [Theory]
    [InlineData("data/results/cao-bang/2019-04.yaml", "unit: cao-bang\nperiod: 2019-04\nvalues:\n  : 29\n  doan-vien-moi: 1\n", 4, 3)]
    [InlineData("data/results/cao-bang/2019-04.yaml", "unit: cao-bang\nperiod: 2019-04\nvalues:\n  doan-vien-moi:\n    : 1\n", 5, 5)]
    [InlineData("data/targets/cao-bang/2019.yaml", "unit: cao-bang\nperiod: 2019\ntargets:\n  : 100\n", 4, 3)]
    [InlineData("content/a.md", "---\ntitle: A\ndate: 2020-01-01\ntags:\n  : x\n---\nNội dung.\n", 5, 3)]
    [InlineData("site.yaml", "title: T\nbase_url: https://example.org/\npaths:\n  : x\n", 4, 3)]
    public void A_nested_key_left_empty_is_an_error_at_its_line_not_a_crash(string path, string text, int line, int column)
    {
        // Found by SiteFuzzTests (data files): a line "  : 29" (the id deleted, the value kept) under a mapping made
        // YamlDotNet throw ArgumentException ("The current event is of an unsupported type"), which nothing caught.
        using var site = TestSite.From(UnitsAndIndicators + $"-- {path} --\n{text}");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((path, line, column), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("thiếu khóa", error.Message);
        Assert.NotNull(error.Fix);
    }

    private const string UnitsAndIndicators = """
        -- data/units.yaml --
        - id: cao-bang
          name: Liên đoàn Lao động tỉnh Cao Bằng
        -- data/indicators.yaml --
        - id: doan-vien-moi
          name: Phát triển đoàn viên mới
          measure: đoàn viên
          kind: flow

        """;
}

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
}

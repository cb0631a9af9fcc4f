namespace Bantin.Tests.Incremental;

/// <summary>
/// A rebuild takes over the last build's URL claims when they are the same and were all accepted; a claim that was
/// an error is made, and reported, again.
/// </summary>
public sealed class UrlClaimRebuildTests
{
    private const string Twin = "content/c-2.md";

    [Fact]
    public void A_duplicate_url_is_reported_again_after_a_date_edit_that_claims_the_same_urls()
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write(Twin, Support.Md.Article("Tháng Công nhân", "2017-03-15 08:00", "Chính sách", "đoàn viên", "Bài trùng địa chỉ."));
        Assert.False(session.Rebuild().Succeeded);
        session.Site.Write("content/d.md", Support.Md.Article("Mái ấm Công đoàn", "2016-12-05 08:00", "Chính sách", null, "Đoạn đầu của bài D."));
        var again = session.Rebuild();
        Assert.False(again.Succeeded);
        Assert.Equal(session.FullBuildDiagnostics(), again.Diagnostics.Select(d => d.ToString()).ToList());
    }

    [Theory]
    [InlineData("2017-03-20 08:00", "Chính sách", "đoàn viên")]
    [InlineData("2017-03-15 08:00", "Tin tức/Hoạt động", "đoàn viên")]
    [InlineData("2017-03-15 08:00", "Chính sách", "hội nghị")]
    [InlineData("2015-01-15 08:00", "Chính sách", "đoàn viên")]
    public void A_date_category_or_tag_edit_equals_a_full_build_and_a_duplicate_it_makes_is_caught(string date, string category, string tags)
    {
        using var session = IncrementalBuildTests.Started();
        session.Site.Write("content/c.md", Support.Md.Article("Tháng Công nhân", date, category, tags, "Đoạn đầu của bài C."));
        session.RebuildAndCompare();
        session.Site.Write(Twin, Support.Md.Article("Tháng Công nhân", date, "Chính sách", "đoàn viên", "Bài trùng địa chỉ."));
        Assert.False(session.Rebuild().Succeeded);
        session.Site.Delete(Twin);
        session.RebuildAndCompare();
    }
}

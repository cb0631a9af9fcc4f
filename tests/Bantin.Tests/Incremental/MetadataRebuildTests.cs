using Bantin.Tests.Support;

namespace Bantin.Tests.Incremental;

/// <summary>
/// An edit of an article's date, category or tags, rebuilt as the preview does, equals a full build byte for byte,
/// while the rebuild takes over what the edit cannot have changed: the URL claims (the same set, in another order
/// after a date edit) and the checks of the files beside the other bodies.
/// </summary>
public sealed class MetadataRebuildTests
{
    private const int Articles = 6;

    private static string Article(int i, string date, string category, string tags) =>
        Md.Article($"Bài số {i}", date, category, tags, $"Đoạn đầu của bài {i}.\n\n![Ảnh {i}](anh-{i}.png)", $"image: the-{i}.png\n");

    private static string Date(int i) => $"2017-03-{10 + i} 08:00";

    private static string Category(int i) => i % 2 == 0 ? "Tin tức/Hoạt động" : "Chính sách";

    private static string Tags(int i) => i % 3 == 0 ? "đoàn viên, hội nghị" : "đoàn viên";

    private static RebuildSession Started()
    {
        var files = "-- site.yaml --\ntitle: Công đoàn thử\nbase_url: https://example.org/congdoan/\npage_size: 2\n";
        for (var i = 1; i <= Articles; i++) files += $"-- content/2017/bai-{i}.md --\n" + Article(i, Date(i), Category(i), Tags(i));
        var session = new RebuildSession(TestSite.From(files));
        for (var i = 1; i <= Articles; i++)
            foreach (var image in new[] { $"anh-{i}.png", $"the-{i}.png" })
                File.WriteAllBytes(Path.Combine(session.Site.Root, "content/2017", image), IncrementalBuildTests.TinyPng);
        session.RebuildAndCompare();
        return session;
    }

    [Theory]
    [InlineData("date", "2017-03-30 08:00")] // moves the article from third to last
    [InlineData("date", "2017-03-01 08:00")] // and to first
    [InlineData("category", "Tin tức/Hoạt động")] // another existing category
    [InlineData("tags", "hội nghị")] // one tag replaced by another existing one
    [InlineData("category", "Thi đua")] // a new category
    [InlineData("category", "Tin tức/Khen thưởng")] // a new subcategory
    [InlineData("tags", "đoàn viên, an toàn lao động")] // a new tag
    [InlineData("tags", "")] // tags taken away
    public void A_date_category_or_tag_edit_equals_a_full_build(string field, string value)
    {
        using var session = Started();
        session.Site.Write("content/2017/bai-3.md", Article(3, field == "date" ? value : Date(3), field == "category" ? value : Category(3),
            field == "tags" ? value : Tags(3)));
        session.RebuildAndCompare();
        session.Site.Write("content/2017/bai-3.md", Article(3, Date(3), Category(3), Tags(3)));
        session.RebuildAndCompare();
    }

    [Fact]
    public void A_date_edit_that_reorders_the_articles_takes_over_the_url_claims()
    {
        using var session = Started();
        var taken = session.ClaimsTakenOver;
        session.Site.Write("content/2017/bai-2.md", Article(2, "2017-03-29 08:00", Category(2), Tags(2)));
        session.RebuildAndCompare();
        Assert.Equal(taken + 1, session.ClaimsTakenOver);
    }

    [Fact]
    public void A_date_edit_checks_the_files_beside_the_edited_body_only()
    {
        using var session = Started();
        var checkedBefore = session.LocalFilesChecked;
        session.Site.Write("content/2017/bai-2.md", Article(2, "2017-03-29 08:00", Category(2), Tags(2)));
        session.RebuildAndCompare();
        Assert.Equal(checkedBefore + 1, session.LocalFilesChecked);
    }

    [Theory]
    [InlineData("anh-5.png")] // in the body
    [InlineData("the-5.png")] // its card
    public void An_image_removed_beside_another_article_is_reported_as_a_full_build_reports_it(string image)
    {
        using var session = Started();
        session.Site.Delete("content/2017/" + image);
        session.Site.Write("content/2017/bai-2.md", Article(2, "2017-03-29 08:00", Category(2), Tags(2)));
        var failed = session.Rebuild();
        Assert.False(failed.Succeeded);
        Assert.Equal(session.FullBuildDiagnostics(), failed.Diagnostics.Select(d => d.ToString()).ToList());

        // Reported again by a rebuild for an unrelated edit, and gone once the image is back.
        session.Site.Write("content/2017/bai-4.md", Article(4, Date(4), "Thi đua", Tags(4)));
        var still = session.Rebuild();
        Assert.False(still.Succeeded);
        Assert.Equal(session.FullBuildDiagnostics(), still.Diagnostics.Select(d => d.ToString()).ToList());
        File.WriteAllBytes(Path.Combine(session.Site.Root, "content/2017", image), IncrementalBuildTests.TinyPng);
        session.RebuildAndCompare();
    }

    [Fact]
    public void A_date_edit_lists_the_copied_files_of_the_edited_article_only()
    {
        using var session = Started();
        var listed = session.CopiesListed;
        session.Site.Write("content/2017/bai-2.md", Article(2, "2017-03-29 08:00", Category(2), Tags(2)));
        session.RebuildAndCompare();
        Assert.Equal(listed + 1, session.CopiesListed);
    }

    [Theory]
    [InlineData("image: ANH-3.png\n", "ANH-3.png")] // a card image whose name differs from the body's image by case only
    [InlineData("image: moi-3.png\n", "moi-3.png")] // a new file in the folder as the card
    [InlineData("image: the-3.png\nslug: bai-ba\n", null)] // the same files at another URL
    public void A_card_image_or_url_moved_beside_the_same_body_is_claimed_as_a_full_build_claims_it(string frontMatter, string? newFile)
    {
        using var session = Started();
        if (newFile is not null) File.WriteAllBytes(Path.Combine(session.Site.Root, "content/2017", newFile), IncrementalBuildTests.TinyPng);
        session.Site.Write("content/2017/bai-3.md",
            Md.Article("Bài số 3", Date(3), Category(3), Tags(3), "Đoạn đầu của bài 3.\n\n![Ảnh 3](anh-3.png)", frontMatter));
        var rebuilt = session.Rebuild();
        Assert.Equal(session.FullBuildDiagnostics(), rebuilt.Diagnostics.Select(d => d.ToString()).ToList());
        if (rebuilt.Succeeded) session.RebuildAndCompare();
    }
}

using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Preview;

namespace Bantin.Tests.Preview;

public sealed class SiteWatcherTests
{
    [Theory]
    [InlineData("site.yaml", true)]
    [InlineData("content/tin/a.md", true)]
    [InlineData("content/tin/anh.jpg", true)]
    [InlineData("data/units.yaml", true)]
    [InlineData("templates/article.html", true)]
    [InlineData("content", true)]
    [InlineData("content\\tin\\a.md", true)]
    [InlineData("public/index.html", false)]
    [InlineData(".bantin-preview/abc/build-1/index.html", false)]
    [InlineData("content/.bantin-preview/x.html", false)]
    [InlineData("README.md", false)]
    [InlineData("site.yaml~", false)]
    [InlineData("content/tin/.a.md.swp", false)]
    [InlineData("content/tin/.a.md.swx", false)]
    [InlineData("content/tin/a.md~", false)]
    [InlineData("content/tin/.#a.md", false)]
    [InlineData("content/tin/#a.md#", false)]
    [InlineData("content/tin/4913", false)]
    [InlineData("content/.DS_Store", false)]
    public void Only_site_sources_count_and_editor_leftovers_do_not(string path, bool counts) =>
        Assert.Equal(counts, SiteWatcher.IsSource(path));

    [Fact]
    public void A_file_that_came_and_went_within_one_batch_changed_nothing()
    {
        var root = Path.Combine(Path.GetTempPath(), "bantin-changes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "content"));
        File.WriteAllText(Path.Combine(root, "content", "a.md"), "x");
        try
        {
            var changes = ChangeSet.From(
            [
                new FileEvent("content/sedX1b2c3", Appeared: true),   // sed -i writes a temporary file …
                new FileEvent("content/sedX1b2c3", Appeared: false),  // … and renames it over the article
                new FileEvent("content/a.md", Appeared: true),
                new FileEvent("content/a.md", Appeared: false),       // later events of the same file don't matter
                new FileEvent("content/old.md", Appeared: false),     // a deletion is a change
            ], root);

            Assert.Equal(["content/a.md", "content/old.md"], changes.Files);
            Assert.True(ChangeSet.From([new FileEvent("content/tmp1", Appeared: true)], root).IsEmpty);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_big_change_is_described_in_one_short_line()
    {
        var changes = new ChangeSet(["content/a.md", "content/b.md", "content/c.md", "content/d.md", "site.yaml"]);
        Assert.Equal("content/a.md, content/b.md, content/c.md và 2 tệp khác", changes.Describe(new Messages(Language.Vi)));
        Assert.Equal("content/a.md, content/b.md, content/c.md and 2 more", changes.Describe(new Messages(Language.En)));
        Assert.Equal("site.yaml", new ChangeSet(["site.yaml"]).Describe(new Messages(Language.Vi)));
    }

    [Fact]
    public async Task Saving_a_source_file_is_reported_and_writing_outside_the_sources_is_not()
    {
        var root = Path.Combine(Path.GetTempPath(), "bantin-watch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "content"));
        try
        {
            using var watcher = new SiteWatcher(root);
            Directory.CreateDirectory(Path.Combine(root, ".bantin-preview", "x"));
            File.WriteAllText(Path.Combine(root, ".bantin-preview", "x", "index.html"), "out");
            File.WriteAllText(Path.Combine(root, "content", ".a.md.swp"), "swap");
            File.WriteAllText(Path.Combine(root, "content", "a.md"), "x");

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var first = await watcher.Changes.ReadAsync(timeout.Token);
            Assert.Equal("content/a.md", first.Path);

            // A folder created after the watcher started is watched too.
            var seen = new List<string> { first.Path };
            Directory.CreateDirectory(Path.Combine(root, "templates"));
            await ReadUntil("templates");
            File.WriteAllText(Path.Combine(root, "templates", "article.html"), "t");
            await ReadUntil("templates/article.html");

            async Task ReadUntil(string path)
            {
                while (seen[^1] != path) seen.Add((await watcher.Changes.ReadAsync(timeout.Token)).Path);
            }

            Assert.DoesNotContain(seen, p => p.StartsWith(".bantin-", StringComparison.Ordinal) || p.EndsWith(".swp", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

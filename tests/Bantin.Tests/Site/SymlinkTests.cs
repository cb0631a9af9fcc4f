using System.Diagnostics;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// Nothing from outside the site is published: links that lead out are refused unless site.yaml allows them, links
/// that dangle or loop and files that are not regular files are errors, never a crash or a hang (issue #12).
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private const string Article = """
        -- content/a.md --
        ---
        title: Bài
        date: 2024-05-01
        slug: a
        ---
        ![Ảnh](anh.png)
        """;

    private const string Secret = "bí mật ngoài site";

    private readonly string _outside = Path.Combine(Path.GetTempPath(), "bantin-outside-" + Guid.NewGuid().ToString("N"));

    public SymlinkTests()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "folder"));
        File.WriteAllText(Path.Combine(_outside, "secret.png"), Secret);
        File.WriteAllText(Path.Combine(_outside, "404.html"), "<p>" + Secret + "</p>");
        File.WriteAllText(Path.Combine(_outside, "secret.md"), "---\ntitle: " + Secret + "\ndate: 2024-05-02\n---\n" + Secret + "\n");
        File.WriteAllText(Path.Combine(_outside, "folder", "b.md"), "---\ntitle: " + Secret + "\ndate: 2024-05-02\n---\n" + Secret + "\n");
        File.WriteAllText(Path.Combine(_outside, "units.yaml"), "- id: vn\n  name: " + Secret + "\n");
    }

    public void Dispose()
    {
        try { Directory.Delete(_outside, recursive: true); } catch (IOException) { }
    }

    public static TheoryData<string, string, string> Leaks => new()
    {
        // link in the site, its target outside, the file the error is at
        { "content/anh.png", "secret.png", "content/a.md" },
        { "templates/assets/secret.css", "secret.png", "templates/assets/secret.css" },
        { "templates/404.html", "404.html", "templates/404.html" },
        { "content/secret.md", "secret.md", "content/secret.md" },
        { "content/linked", "folder", "content/linked" },
        { "data/units.yaml", "units.yaml", "data/units.yaml" },
    };

    [Theory]
    [MemberData(nameof(Leaks))]
    public void A_link_leading_out_of_the_site_is_an_error_at_the_link_and_nothing_is_published(string link, string target, string errorFile)
    {
        using var site = TestSite.From(Article + "\n-- content/anh-that.png --\nx\n");
        if (link != "content/anh.png") File.Copy(Path.Combine(site.Root, "content/anh-that.png"), Path.Combine(site.Root, "content/anh.png"));
        Link(site, link, Path.Combine(_outside, target));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(errorFile, error.Span.File);
        Assert.Contains(_outside, error.Message);
        Assert.Contains("allow_symlinks_outside", error.Fix);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Site_yaml_may_allow_links_into_named_folders_or_everywhere()
    {
        using var site = TestSite.From(Article);
        Link(site, "content/anh.png", Path.Combine(_outside, "secret.png"));
        site.Write("site.yaml", TestSite.DefaultSiteYaml + $"\nallow_symlinks_outside: [{_outside}]\n");
        site.BuildOk();
        Assert.Equal(Secret, site.Text("2024/05/a/anh.png"));

        site.Write("site.yaml", TestSite.DefaultSiteYaml + "\nallow_symlinks_outside: [../somewhere-else]\n");
        Assert.False(site.Build().Succeeded);

        site.Write("site.yaml", TestSite.DefaultSiteYaml + "\nallow_symlinks_outside: true\n");
        site.BuildOk();
    }

    [Fact]
    public void Links_that_stay_inside_the_site_are_fine()
    {
        using var site = TestSite.From(Article + "\n-- shared/anh.png --\nanh chung\n-- shared/bai/b.md --\n---\ntitle: B\ndate: 2024-05-03\nslug: b\n---\nx\n");
        Link(site, "content/anh.png", Path.Combine(site.Root, "shared", "anh.png"));
        Link(site, "content/chung", Path.Combine(site.Root, "shared", "bai"));
        site.BuildOk();
        Assert.Equal("anh chung\n", site.Text("2024/05/a/anh.png"));
        Assert.True(site.Exists("2024/05/b/index.html"));
    }

    [Theory]
    [InlineData("content/b.md", "dangling")]
    [InlineData("content/b.md", "loop")]
    [InlineData("content/anh.png", "dangling")]
    [InlineData("content/anh.png", "loop")]
    [InlineData("content/vong", "folder-loop")]
    public void A_dangling_or_looping_link_is_a_clear_error_not_a_crash(string link, string kind)
    {
        using var site = TestSite.From(Article);
        if (link != "content/anh.png") site.Write("content/anh.png", "x");
        var full = Path.Combine(site.Root, link);
        switch (kind)
        {
            case "dangling": File.CreateSymbolicLink(full, Path.Combine(site.Root, "khong-co")); break;
            case "loop": File.CreateSymbolicLink(full, full + "2"); File.CreateSymbolicLink(full + "2", full); break;
            default: Directory.CreateSymbolicLink(full, Path.Combine(site.Root, "content")); break;
        }
        var result = site.Build();
        if (kind == "folder-loop")
        {
            // A link to its own parent inside the site: nothing leaves the site, each file is read once.
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return;
        }
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(link == "content/anh.png" ? "content/a.md" : link, error.Span.File);
    }

    [Theory]
    [InlineData("content/zero.md")]
    [InlineData("content/anh.png")]
    [InlineData("templates/assets/zero.css")]
    [InlineData("data/units.yaml")]
    public void A_device_is_refused_without_being_read(string link)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var site = TestSite.From(Article + "\n-- site.yaml --\n" + TestSite.DefaultSiteYaml + "\nallow_symlinks_outside: true\n");
        if (link != "content/anh.png") site.Write("content/anh.png", "x");
        Link(site, link, "/dev/zero");
        var result = BuildWithin(site, TimeSpan.FromSeconds(60));
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.Contains("FIFO"));
    }

    [Theory]
    [InlineData("content/fifo.md")]
    [InlineData("content/anh.png")]
    [InlineData("data/results/vn/2024.yaml")]
    [InlineData("templates/home.html")]
    public void A_fifo_is_refused_without_being_opened(string path)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var site = TestSite.From(Article + "\n-- data/units.yaml --\n- id: vn\n  name: VN\n");
        if (path != "content/anh.png") site.Write("content/anh.png", "x");
        var full = Path.Combine(site.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var mkfifo = Process.Start("mkfifo", full)) mkfifo.WaitForExit();
        var result = BuildWithin(site, TimeSpan.FromSeconds(60));
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Contains("FIFO", error.Message);
    }

    [Fact]
    public void A_text_file_over_the_size_limit_is_refused_with_the_limit_in_the_message()
    {
        using var site = TestSite.From(Article + "\n-- content/anh.png --\nx\n");
        using (var big = File.Create(Path.Combine(site.Root, "content", "lon.md"))) big.SetLength(Bantin.Sources.SiteFiles.MaxTextBytes + 1);
        var result = site.Build();
        var error = Assert.Single(result.Errors);
        Assert.Equal("content/lon.md", error.Span.File);
        Assert.Contains("50 MB", error.Message);
    }

    [Fact]
    public void The_preview_never_serves_a_file_from_outside_the_site()
    {
        using var site = TestSite.From(Article);
        Link(site, "content/anh.png", Path.Combine(_outside, "secret.png"));
        var result = new Bantin.Incremental.IncrementalBuilder().Build(new BuildOptions(site.Root, site.Output, false, null, TestSite.BuildTime), new Bantin.Incremental.BuildMemory());
        Assert.False(result.Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "2024", "05", "a", "anh.png")));
    }

    private static void Link(TestSite site, string link, string target)
    {
        var full = Path.Combine(site.Root, link);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (File.Exists(full)) File.Delete(full);
        if (Directory.Exists(target)) Directory.CreateSymbolicLink(full, target);
        else File.CreateSymbolicLink(full, target);
    }

    /// <summary>A build that blocks on a FIFO would hang the test run: fail it instead.</summary>
    private static BuildResult BuildWithin(TestSite site, TimeSpan limit)
    {
        var build = Task.Run(() => site.Build());
        Assert.True(build.Wait(limit), "the build hung");
        return build.Result;
    }
}

using Bantin.Preview;

namespace Bantin.Tests.Preview;

/// <summary>
/// The resolver on its own, fed paths exactly as written: Kestrel already tidies dot segments, but the resolver must
/// not rely on that (another server, or another platform's separators, may not).
/// </summary>
public sealed class OutputPathsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bantin-paths-" + Guid.NewGuid().ToString("N"));
    private readonly string _build;

    public OutputPathsTests()
    {
        _build = Path.Combine(_root, "build");
        Directory.CreateDirectory(Path.Combine(_build, "2019", "04", "x"));
        File.WriteAllText(Path.Combine(_build, "index.html"), "home");
        File.WriteAllText(Path.Combine(_build, "2019", "04", "x", "index.html"), "article");
        File.WriteAllText(Path.Combine(_build, "feed.xml"), "feed");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "secret");
    }

    private Resolution Resolve(string path) => OutputPaths.Resolve(_build, "/congdoan/", path);

    [Fact]
    public void Files_and_folder_indexes_under_the_base_path_resolve()
    {
        Assert.Equal(Path.Combine(_build, "index.html"), Assert.IsType<Resolution.File>(Resolve("/congdoan/")).FullPath);
        Assert.Equal(Path.Combine(_build, "2019", "04", "x", "index.html"), Assert.IsType<Resolution.File>(Resolve("/congdoan/2019/04/x/")).FullPath);
        Assert.Equal(Path.Combine(_build, "feed.xml"), Assert.IsType<Resolution.File>(Resolve("/congdoan/feed.xml")).FullPath);
    }

    [Fact]
    public void Folders_without_the_trailing_slash_redirect()
    {
        Assert.Equal("/congdoan/2019/04/x/", Assert.IsType<Resolution.Redirect>(Resolve("/congdoan/2019/04/x")).Path);
        Assert.Equal("/congdoan/", Assert.IsType<Resolution.Redirect>(Resolve("/congdoan")).Path);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/congdoanx/feed.xml")]
    [InlineData("/congdoan/khong-co/")]
    [InlineData("/congdoan/feed.xml/")]
    [InlineData("/congdoan/2019/04/x/index.html/")]
    public void Missing_or_outside_the_base_path_is_not_found(string path) =>
        Assert.IsType<Resolution.NotFound>(Resolve(path));

    [Theory]
    [InlineData("/congdoan/../secret.txt")]
    [InlineData("/congdoan/2019/../../secret.txt")]
    [InlineData("/congdoan/./feed.xml")]
    [InlineData("/congdoan/..\\secret.txt")]
    [InlineData("/congdoan/..%2Fsecret.txt")]
    [InlineData("/congdoan/..%2fsecret.txt")]
    [InlineData("/congdoan/%2e%2e/secret.txt")]
    [InlineData("/congdoan/%2e%2e%5csecret.txt")]
    [InlineData("/congdoan//tmp/secret.txt")]
    [InlineData("/congdoan/C:/secret.txt")]
    [InlineData("/congdoan/feed.xml\0.html")]
    public void Paths_that_try_to_leave_the_build_are_not_found(string path)
    {
        Assert.IsType<Resolution.NotFound>(Resolve(path));
        Assert.False(OutputPaths.IsPlainRelative(path["/congdoan/".Length..]));
    }

    [Fact]
    public void An_absolute_path_after_the_base_path_is_refused()
    {
        var absolute = Path.Combine(_root, "secret.txt");
        Assert.IsType<Resolution.NotFound>(Resolve("/congdoan/" + absolute));
        Assert.IsType<Resolution.NotFound>(Resolve("/congdoan" + absolute));
    }

    [Theory]
    [InlineData("")]
    [InlineData("feed.xml")]
    [InlineData("2019/04/x/")]
    [InlineData("tin-tức/ảnh.jpg")]
    [InlineData("a..b/c...d")]
    public void Plain_relative_paths_are_accepted(string relative) => Assert.True(OutputPaths.IsPlainRelative(relative));

    [Fact]
    public void Links_leaving_the_build_are_not_followed_and_links_staying_inside_are()
    {
        File.CreateSymbolicLink(Path.Combine(_build, "out.txt"), Path.Combine(_root, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(_build, "out-relative.txt"), Path.Combine("..", "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_build, "outdir"), _root);
        Directory.CreateSymbolicLink(Path.Combine(_build, "2019", "up"), Path.Combine("..", ".."));
        File.CreateSymbolicLink(Path.Combine(_build, "chain.txt"), Path.Combine(_build, "out.txt"));
        File.CreateSymbolicLink(Path.Combine(_build, "feed-link.xml"), Path.Combine(_build, "feed.xml"));
        Directory.CreateSymbolicLink(Path.Combine(_build, "x-link"), Path.Combine(_build, "2019", "04", "x"));

        Assert.IsType<Resolution.NotFound>(Resolve("/congdoan/out.txt"));
        Assert.IsType<Resolution.NotFound>(Resolve("/congdoan/out-relative.txt"));
        Assert.IsType<Resolution.NotFound>(Resolve("/congdoan/outdir/secret.txt"));
        Assert.IsType<Resolution.NotFound>(Resolve("/congdoan/2019/up/secret.txt"));
        Assert.IsType<Resolution.NotFound>(Resolve("/congdoan/chain.txt"));
        Assert.IsType<Resolution.File>(Resolve("/congdoan/feed-link.xml"));
        Assert.IsType<Resolution.File>(Resolve("/congdoan/x-link/"));
    }

    [Fact]
    public void A_site_at_the_server_root_resolves_the_same_way()
    {
        Assert.IsType<Resolution.File>(OutputPaths.Resolve(_build, "/", "/feed.xml"));
        Assert.IsType<Resolution.File>(OutputPaths.Resolve(_build, "/", "/"));
        Assert.IsType<Resolution.NotFound>(OutputPaths.Resolve(_build, "/", "/../secret.txt"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

using Bantin.Cli;
using Bantin.Output;
using Bantin.Tests.Support;

namespace Bantin.Tests.Output;

/// <summary>
/// A build into the output of the last one writes only the files whose bytes changed and removes only the files it no
/// longer makes: an unchanged site is rebuilt without rewriting (or deleting) its pages, and the result is byte for
/// byte what a build into an empty folder writes.
/// </summary>
public sealed class SecondBuildTests : IDisposable
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TestSite _site = TestSite.From("""
        -- site.yaml --
        title: Công đoàn thử
        base_url: https://example.org/congdoan/
        -- content/2024/05/bai-mot.md --
        ---
        title: Bài một
        date: 2024-05-02
        tags: [an-toan]
        ---
        Nội dung. ![Ảnh](anh.svg)
        -- content/2024/05/anh.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"></svg>
        -- content/2024/06/bai-hai.md --
        ---
        title: Bài hai
        date: 2024-06-03
        ---
        Nội dung hai.
        """);

    public void Dispose() => _site.Dispose();

    private string Output => Path.Combine(_site.Root, "public");

    private int Build(string output) =>
        BantinCli.Run(["build", "--site", _site.Root, "--output", output, "--build-time", "2025-01-01T00:00:00Z"], TextWriter.Null, TextWriter.Null);

    [Fact]
    public void An_unchanged_site_is_rebuilt_without_rewriting_a_single_file()
    {
        Assert.Equal(BantinCli.Ok, Build(Output));
        var files = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(Manifest.FileName)).ToList();
        foreach (var file in files) File.SetLastWriteTimeUtc(file, LongAgo);
        var before = OutputSafetyTests.Snapshot(Output);

        Assert.Equal(BantinCli.Ok, Build(Output));

        OutputSafetyTests.AssertSame(before, OutputSafetyTests.Snapshot(Output));
        foreach (var file in files) Assert.True(File.GetLastWriteTimeUtc(file) == LongAgo, $"{file} was written again");
        OutputSafetyTests.AssertNoStagingBeside(Output);
    }

    [Fact]
    public void Only_what_changed_is_written_what_is_gone_is_removed_and_the_result_equals_a_fresh_build()
    {
        Assert.Equal(BantinCli.Ok, Build(Output));
        foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, LongAgo);
        File.WriteAllText(Path.Combine(Output, "CNAME"), "congdoan.example.org\n");
        // An edit, a removed article (its folder and its month go), and a page of ours spoiled by hand (written again).
        File.AppendAllText(Path.Combine(_site.Root, "content/2024/05/bai-mot.md"), "\nThêm một câu.\n");
        File.Delete(Path.Combine(_site.Root, "content/2024/06/bai-hai.md"));
        File.WriteAllText(Path.Combine(Output, "404.html"), "hỏng");

        Assert.Equal(BantinCli.Ok, Build(Output));

        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(Output, "2024/05/bai-mot/index.html")) > LongAgo, "the edited page is new");
        Assert.True(File.GetLastWriteTimeUtc(Path.Combine(Output, "2024/05/bai-mot/anh.svg")) == LongAgo, "an unchanged image stays");
        Assert.False(Directory.Exists(Path.Combine(Output, "2024/06")), "the removed article's folders go");
        Assert.Equal("congdoan.example.org\n", File.ReadAllText(Path.Combine(Output, "CNAME")));
        var fresh = Path.Combine(_site.Root, "fresh");
        Assert.Equal(BantinCli.Ok, Build(fresh));
        var expected = OutputSafetyTests.Snapshot(fresh);
        var actual = OutputSafetyTests.Snapshot(Output);
        actual.Remove("CNAME");
        OutputSafetyTests.AssertSame(expected, actual);
        OutputSafetyTests.AssertNoStagingBeside(Output);
    }
}

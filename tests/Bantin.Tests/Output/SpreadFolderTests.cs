using Bantin.Cli;
using Bantin.Output;
using Bantin.Tests.Support;

namespace Bantin.Tests.Output;

/// <summary>
/// A build's output folder is marked as the top of a directory tree where the file system knows the mark (ext4's
/// <c>chattr +T</c>), so its folders are placed away from the inodes the last output's deletion freed; the mark
/// changes no byte of the site.
/// </summary>
public sealed class SpreadFolderTests : IDisposable
{
    private readonly TestSite _site = TestSite.From("""
        -- site.yaml --
        title: Công đoàn thử
        base_url: https://example.org/congdoan/
        -- content/2024/05/bai-mot.md --
        ---
        title: Bài một
        date: 2024-05-02
        ---
        Nội dung.
        """);

    public void Dispose() => _site.Dispose();

    [TopDirFact]
    public void The_output_folder_a_build_creates_carries_the_mark()
    {
        var output = Path.Combine(_site.Root, "public");

        Assert.Equal(BantinCli.Ok, BantinCli.Run(["build", "--site", _site.Root, "--output", output], TextWriter.Null, TextWriter.Null));

        Assert.True(SpreadFolder.IsMarked(output), "the output folder has no T attribute");
        Assert.True(File.Exists(Path.Combine(output, "2024", "05", "bai-mot", "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(output, ".bantin-new-*"));
    }
}

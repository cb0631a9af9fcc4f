using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Output;

namespace Bantin.Tests.Output;

/// <summary>
/// A text of any size (a page, or the sitemap of a hundred thousand articles, which is encoded outside the shared
/// buffer pool) reaches the disk as its exact UTF-8, with no byte left over from a larger buffer.
/// </summary>
public sealed class LargeTextTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("bantin-large-text-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData(10)]
    [InlineData(300_000)]
    [InlineData(2_000_000)]
    public void A_text_is_written_as_its_exact_UTF8(int repeats)
    {
        var text = string.Concat(Enumerable.Repeat("Công đoàn ", repeats / 10 + 1))[..repeats] + "\n";
        var bag = new DiagnosticBag(new Messages(Language.En));
        var output = Path.Combine(_root, "public");
        var folder = OutputGuard.Prepare(_root, output, KeepRules.None, bag);
        Assert.NotNull(folder);
        using (var staged = new StagedOutput(folder))
        {
            staged.WriteText("sitemap.xml", text);
            staged.Commit();
        }

        Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(text), File.ReadAllBytes(Path.Combine(output, "sitemap.xml")));
    }
}

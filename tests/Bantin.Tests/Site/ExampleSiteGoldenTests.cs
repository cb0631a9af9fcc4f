using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// The example site (the repository root) against tests/golden/example-site. On a deliberate change, review the
/// diff and rewrite the files with BANTIN_UPDATE_GOLDEN=1 dotnet test; they are never accepted automatically.
/// </summary>
public sealed class ExampleSiteGoldenTests
{
    private static readonly string Golden = Path.Combine(Repo.Root, "tests", "golden", "example-site");

    [Fact]
    public void Example_site_matches_the_golden_files()
    {
        var output = Path.Combine(Path.GetTempPath(), "bantin-golden-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = new SiteBuilder().Build(new BuildOptions(Repo.Root, output, BuildTime: TestSite.BuildTime.AddYears(2)));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Empty(result.Diagnostics);

            var actual = Files(output);
            if (Environment.GetEnvironmentVariable("BANTIN_UPDATE_GOLDEN") == "1")
            {
                if (Directory.Exists(Golden)) Directory.Delete(Golden, true);
                foreach (var (path, bytes) in actual)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Golden, path))!);
                    File.WriteAllBytes(Path.Combine(Golden, path), bytes);
                }
            }

            AssertSameAsGolden(actual, "the build");
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, true);
        }
    }

    [Fact]
    public void A_golden_failure_shows_the_first_differing_line()
    {
        var diff = FirstDifference("<html>\n<p>171.283</p>\n</html>"u8.ToArray(), "<html>\n<p>171,283</p>\n</html>"u8.ToArray());
        Assert.Equal("      1   <html>\n-     2   <p>171.283</p>\n+     2   <p>171,283</p>", diff);
    }

    [Fact]
    public void Example_site_with_bodies_kept_compressed_matches_the_golden_files()
    {
        // Packing starts at 20,000 articles; here every body is packed, so each reader of a body unpacks it.
        var output = Path.Combine(Path.GetTempPath(), "bantin-golden-packed-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = new SiteBuilder().Build(new BuildOptions(Repo.Root, output, BuildTime: TestSite.BuildTime.AddYears(2)) { PackBodiesFrom = 0 });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            AssertSameAsGolden(Files(output), "the build with packed bodies");
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, true);
        }
    }

    /// <summary>Every golden file, and no other, with the same bytes. <paramref name="who"/> names the build in a failure.</summary>
    internal static void AssertSameAsGolden(IReadOnlyDictionary<string, byte[]> actual, string who)
    {
        var expected = Files(Golden);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]),
                $"{path}: {who} differs from tests/golden/example-site/{path} (BANTIN_UPDATE_GOLDEN=1 rewrites it after review)\n{FirstDifference(bytes, actual[path])}");
    }

    /// <summary>The first differing line of two files, with the line before it, as a reviewer wants to see it.</summary>
    internal static string FirstDifference(byte[] expected, byte[] actual)
    {
        var (want, got) = (System.Text.Encoding.UTF8.GetString(expected).Split('\n'), System.Text.Encoding.UTF8.GetString(actual).Split('\n'));
        var line = 0;
        while (line < want.Length && line < got.Length && want[line] == got[line]) line++;
        string At(string[] lines, int i) => i < lines.Length ? lines[i] : "(end of file)";
        var before = line > 0 ? $"  {line,5}   {want[line - 1]}\n" : "";
        return $"{before}- {line + 1,5}   {At(want, line)}\n+ {line + 1,5}   {At(got, line)}";
    }

    internal static Dictionary<string, byte[]> Files(string folder) => !Directory.Exists(folder)
        ? new Dictionary<string, byte[]>()
        : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}

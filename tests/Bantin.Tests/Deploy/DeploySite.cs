using Bantin.Tests.Support;

namespace Bantin.Tests.Deploy;

/// <summary>A small site to deploy, with a <c>deploy:</c> section, and helpers to compare a target with the output.</summary>
internal static class DeploySite
{
    public static TestSite With(string deployYaml) => TestSite.From($"""
        -- site.yaml --
        {TestSite.DefaultSiteYaml}
        {deployYaml}
        -- content/dai-hoi.md --
        ---
        title: Đại hội công đoàn
        date: 2024-03-01
        tags: [dai-hoi]
        ---
        Đại hội lần thứ nhất.
        -- content/an-toan.md --
        ---
        title: An toàn lao động
        date: 2024-04-01
        ---
        Tháng hành động.
        """);

    public static void EditArticle(TestSite site) => site.Write("content/dai-hoi.md", """
        ---
        title: Đại hội công đoàn
        date: 2024-03-01
        tags: [dai-hoi]
        ---
        Đại hội lần thứ nhất, đã sửa.
        """);

    /// <summary>The site's files (as the build listed them) and their bytes' hashes.</summary>
    public static Dictionary<string, string> Files(string output) => Bantin.Deploy.ChangeOnlyDeploy.LocalFiles(output);

    /// <summary>Every file of the output is in the target with the same bytes.</summary>
    public static void AssertHolds(string target, string output)
    {
        foreach (var (path, hash) in Files(output))
        {
            var there = Path.Combine(target, path);
            Assert.True(File.Exists(there), $"{path} missing in the target");
            Assert.Equal(hash, Bantin.Deploy.DeployManifest.Hash(there));
        }
    }

    /// <summary>Files of the target other than the deploy manifest, '/'-separated.</summary>
    public static SortedSet<string> Listing(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != Bantin.Deploy.DeployManifest.FileName), StringComparer.Ordinal);

    public static string TempFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"bantin-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}

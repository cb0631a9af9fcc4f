namespace Bantin.Bench.Run;

/// <summary>The repository root (the folder with site.sln and generator/), found above the current folder or the tool.</summary>
public static class RepoPaths
{
    public static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "site.sln")) && File.Exists(Path.Combine(dir.FullName, "generator", "Bantin.csproj")))
                    return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (site.sln and generator/Bantin.csproj) above " + Environment.CurrentDirectory);
    }

    /// <summary>Where cached corpora, Hugo sites, build outputs and the published generator go (git-ignored).</summary>
    public static string WorkFolder(string root) => Path.Combine(root, "bench", "out");
}

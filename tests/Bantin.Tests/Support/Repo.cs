namespace Bantin.Tests.Support;

public static class Repo
{
    /// <summary>The repository root (where site.sln is): the example site.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "site.sln"))) return dir.FullName;
        throw new InvalidOperationException("site.sln not found above " + AppContext.BaseDirectory);
    }
}

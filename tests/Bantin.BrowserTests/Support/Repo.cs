namespace Bantin.BrowserTests.Support;

/// <summary>The repository root, which is also the example site: the folder holding site.sln.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "site.sln"))) return dir.FullName;
        throw new InvalidOperationException("site.sln not found above " + AppContext.BaseDirectory);
    }
}

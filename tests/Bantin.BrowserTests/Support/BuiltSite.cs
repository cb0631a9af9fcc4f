namespace Bantin.BrowserTests.Support;

/// <summary>The example site built in-process into a fresh temporary folder, for a given base_url.</summary>
public static class BuiltSite
{
    public static string Build(string baseUrl)
    {
        var output = Directory.CreateTempSubdirectory("bantin-browser-").FullName;
        // mkdtemp makes the folder private (0700); nginx's worker processes run as another user and must read it.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var site = Path.Combine(output, "site");
        var result = new SiteBuilder().Build(new BuildOptions(Repo.Root, site, BaseUrl: baseUrl));
        if (!result.Succeeded)
            throw new InvalidOperationException("The example site did not build:\n" + string.Join("\n", result.Errors.Select(e => e.ToString())));
        return site;
    }

    /// <summary>Every built HTML file, in a stable order.</summary>
    public static IReadOnlyList<string> HtmlFiles(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
}

namespace Bantin.BrowserTests.Support;

/// <summary>
/// Where the outside programs are, and whether a missing one skips a test or fails it. A newcomer's plain
/// <c>dotnet test</c> skips; CI sets BANTIN_REQUIRE_BROWSER=1 (and installs them, see .ci/run) so nothing hides.
/// </summary>
public static class Tools
{
    public static string Chromium => Environment.GetEnvironmentVariable("BANTIN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string NodeModules => Path.Combine(Repo.Root, "tests", "Bantin.BrowserTests", "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string VnuJar => Path.Combine(NodeModules, "vnu-jar", "build", "dist", "vnu.jar");

    public static bool Required => Environment.GetEnvironmentVariable("BANTIN_REQUIRE_BROWSER") == "1";

    /// <summary>Why the tools are not usable, or null when they all are.</summary>
    public static string? Missing(Tool needs)
    {
        var missing = new List<string>();
        if (needs.HasFlag(Tool.Chromium) && !File.Exists(Chromium)) missing.Add($"chromium ({Chromium}; apt-get install -y chromium)");
        if (needs.HasFlag(Tool.Axe) && !File.Exists(AxeScript)) missing.Add($"axe-core ({AxeScript}; npm ci in tests/Bantin.BrowserTests)");
        if (needs.HasFlag(Tool.Vnu))
        {
            if (!File.Exists(VnuJar)) missing.Add($"vnu-jar ({VnuJar}; npm ci in tests/Bantin.BrowserTests)");
            if (OnPath("java") is null) missing.Add("java (apt-get install -y default-jre-headless)");
        }
        if (needs.HasFlag(Tool.Nginx) && Nginx is null) missing.Add("nginx (apt-get install -y nginx)");
        return missing.Count == 0 ? null : "Missing " + string.Join(", ", missing) + ". Run .ci/run, or set BANTIN_REQUIRE_BROWSER=1 to make this a failure.";
    }

    public static string? Nginx => OnPath("nginx") ?? (File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null);

    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

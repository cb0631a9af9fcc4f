using System.Diagnostics;
using Bantin.Tests.Site;
using Bantin.Tests.Support;

namespace Bantin.Tests.Install;

/// <summary>
/// The dotnet tool package, as a user gets it: packed into a folder feed, installed with `dotnet tool install` and
/// run as `bantin`. Its build of the example site must equal the golden files, like the in-process build's, and the
/// site it makes with `new site` must check clean.
/// </summary>
public sealed class ToolPackageTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [AotFact]
    public void The_packed_tool_installs_prints_its_version_and_builds_the_golden_example_site()
    {
        var temp = Path.Combine(Path.GetTempPath(), "bantin-tool-" + Guid.NewGuid().ToString("N"));
        var feed = Path.Combine(temp, "feed");
        var tools = Path.Combine(temp, "tools");
        var output = Path.Combine(temp, "public");
        try
        {
            // The generator is already built (this test project references it): packing it again is seconds, not a
            // Release build's minute.
            Run("dotnet", "pack", Path.Combine(Repo.Root, "generator", "Bantin.csproj"), "-c", Configuration, "--no-build", "-o", feed, "--nologo");
            Assert.Single(Directory.GetFiles(feed, "Bantin.*.nupkg"));

            // Only the folder feed: a package of the same name elsewhere can't be installed instead of this one.
            var config = Path.Combine(temp, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="feed" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            Run("dotnet", "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", feed, "Bantin");
            var bantin = Path.Combine(tools, OperatingSystem.IsWindows() ? "bantin.exe" : "bantin");

            var version = Run(bantin, "--version");
            Assert.Matches(@"^bantin \d+\.\d+\.\d+\S*\s*$", version);

            var buildTime = TestSite.BuildTime.AddYears(2).ToString("yyyy-MM-ddTHH:mm:sszzz");
            Run(bantin, "build", "--site", Repo.Root, "--output", output, "--build-time", buildTime);
            ExampleSiteGoldenTests.AssertSameAsGolden(ExampleSiteGoldenTests.Files(output), "the installed dotnet tool");

            // The files of a new site are resources inside the package: the installed tool makes one that checks clean.
            var site = Path.Combine(temp, "thu-nghiem");
            Run(bantin, "new", "site", site);
            Assert.Contains("0 lỗi, 0 cảnh báo", Run(bantin, "check", "--site", site));
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, true);
        }
    }

    /// <summary>Runs a program to its end and returns its standard output; a non-zero exit fails the test with both outputs.</summary>
    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited with {process.ExitCode}:\n{stdout}{stderr.Result}");
        return stdout;
    }
}

using System.Text.RegularExpressions;
using Bantin.Cli;
using Bantin.Tests.Support;

namespace Bantin.Tests.Install;

/// <summary>`bantin --version` names the release and the commit it was built from, so a bug report can say which.</summary>
public sealed partial class VersionTests
{
    [Fact]
    public void Version_prints_the_name_the_release_and_the_short_commit()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(0, BantinCli.Run(["--version"], stdout, stderr));
        Assert.Equal("", stderr.ToString());
        var line = stdout.ToString().TrimEnd('\n', '\r');
        Assert.Matches(Shape(), line);
        // The release is the one set in the project file, not the SDK's default 1.0.0.
        var project = File.ReadAllText(Path.Combine(Repo.Root, "generator", "Bantin.csproj"));
        var version = Regex.Match(project, "<Version>([^<]+)</Version>");
        Assert.True(version.Success, "generator/Bantin.csproj sets no <Version>");
        Assert.StartsWith($"bantin {version.Groups[1].Value}", line);
        // Built from a git work tree (as here), the commit is part of it; a build from a copy without git has none.
        if (Directory.Exists(Path.Combine(Repo.Root, ".git")) || File.Exists(Path.Combine(Repo.Root, ".git")))
            Assert.Matches(@"\+[0-9a-f]{7}$", line);
    }

    [Theory]
    [InlineData("0.4.0+b6b27261f0c1a5e8fb0d1e3c2a4b5c6d7e8f9a0b", "bantin 0.4.0+b6b2726")]
    [InlineData("0.4.0+b6b2726", "bantin 0.4.0+b6b2726")]
    [InlineData("0.4.0", "bantin 0.4.0")]
    [InlineData("0.4.0-beta.1+b6b27261f0c1a5e8fb0d1e3c2a4b5c6d7e8f9a0b", "bantin 0.4.0-beta.1+b6b2726")]
    public void The_commit_is_shortened_to_seven_characters(string informational, string printed) =>
        Assert.Equal(printed, VersionText.From(informational));

    [GeneratedRegex(@"^bantin \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9a-f]{7})?$")]
    private static partial Regex Shape();
}

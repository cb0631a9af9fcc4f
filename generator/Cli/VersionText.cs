using System.Reflection;

namespace Bantin.Cli;

/// <summary>
/// What <c>bantin --version</c> prints: <c>bantin 0.4.0+b6b2726</c>. The SDK stamps the informational version with
/// the full commit it read from git (<c>SourceRevisionId</c>); seven characters are enough to find it and fit a
/// bug report. A build from a copy without git has no commit and prints the version alone.
/// </summary>
public static class VersionText
{
    private const int ShortCommit = 7;

    public static string Current() =>
        From(typeof(VersionText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");

    public static string From(string informationalVersion)
    {
        var plus = informationalVersion.IndexOf('+');
        if (plus < 0) return "bantin " + informationalVersion;
        var commit = informationalVersion[(plus + 1)..];
        return $"bantin {informationalVersion[..plus]}+{commit[..Math.Min(ShortCommit, commit.Length)]}";
    }
}

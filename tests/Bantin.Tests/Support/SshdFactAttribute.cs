using System.Runtime.CompilerServices;

namespace Bantin.Tests.Support;

/// <summary>
/// A fact that deploys to a real OpenSSH server (<see cref="Sshd"/>). Without one that can run here the test skips and
/// says why, unless BANTIN_REQUIRE_BROWSER=1 (set by .ci/run, which installs openssh-server) asks for a failure instead.
/// </summary>
public sealed class SshdFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Why = new(Sshd.Unavailable);

    public SshdFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        var required = Environment.GetEnvironmentVariable("BANTIN_REQUIRE_BROWSER") == "1";
        if (required || Why.Value is not { } reason) return;
        Skip = reason;
        DisplayName = SkipName.For(file, test, reason);
    }
}

using System.Runtime.CompilerServices;

namespace Bantin.Tests.Support;

/// <summary>
/// A fact that runs the site's JavaScript under Node. Node is not part of the .NET SDK: without it the test skips
/// and says so, unless BANTIN_REQUIRE_BROWSER=1 (set by .ci/run) asks for a failure instead.
/// </summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        var required = Environment.GetEnvironmentVariable("BANTIN_REQUIRE_BROWSER") == "1";
        if (required || OnPath("node")) return;
        Skip = "node is not installed (apt-get install -y nodejs): search.js is tested under Node";
        DisplayName = SkipName.For(file, test, Skip);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, program)));
}

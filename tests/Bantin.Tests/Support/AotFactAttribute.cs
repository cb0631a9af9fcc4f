using System.Runtime.CompilerServices;

namespace Bantin.Tests.Support;

/// <summary>
/// A test of what users install: the Native AOT build or the dotnet tool package. Publishing or packing takes a
/// minute or so, so it runs in CI (<c>.ci/run</c> sets BANTIN_AOT_TESTS=1) and is skipped in a newcomer's plain
/// <c>dotnet test</c>.
/// </summary>
public sealed class AotFactAttribute : FactAttribute
{
    public AotFactAttribute([CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        if (Environment.GetEnvironmentVariable("BANTIN_AOT_TESTS") == "1") return;
        Skip = "Native AOT publish and the tool package take a minute: set BANTIN_AOT_TESTS=1 (CI does)";
        DisplayName = SkipName.For(file, test, Skip);
    }
}

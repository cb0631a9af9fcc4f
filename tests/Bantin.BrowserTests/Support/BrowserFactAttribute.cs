using System.Runtime.CompilerServices;

namespace Bantin.BrowserTests.Support;

/// <summary>
/// A fact that skips, with the reason, when a tool it needs is missing, unless BANTIN_REQUIRE_BROWSER=1 asks for a
/// failure instead. xunit 2 has no dynamic skip, so the attribute decides when the tests are discovered. The reason
/// also goes in the display name (<see cref="SkipName"/>): that is all <c>dotnet test</c> prints of a skipped test.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(Tool needs = Tool.Chromium, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        if (Tools.Required || Tools.Missing(needs) is not { } reason) return;
        Skip = reason;
        DisplayName = SkipName.For(file, test, reason);
    }
}

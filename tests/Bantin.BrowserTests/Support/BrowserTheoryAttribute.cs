using System.Runtime.CompilerServices;

namespace Bantin.BrowserTests.Support;

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>: skipped with the reason when a tool is missing.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute(Tool needs = Tool.Chromium, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        if (Tools.Required || Tools.Missing(needs) is not { } reason) return;
        Skip = reason;
        DisplayName = SkipName.For(file, test, reason);
    }
}

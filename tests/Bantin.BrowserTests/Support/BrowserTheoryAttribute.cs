namespace Bantin.BrowserTests.Support;

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>: skipped with the reason when a tool is missing.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute(Tool needs = Tool.Chromium)
    {
        if (!Tools.Required && Tools.Missing(needs) is { } reason) Skip = reason;
    }
}

namespace Bantin.BrowserTests.Support;

/// <summary>
/// A fact that skips, with the reason, when a tool it needs is missing, unless BANTIN_REQUIRE_BROWSER=1 asks for a
/// failure instead. xunit 2 has no dynamic skip, so the attribute decides when the tests are discovered.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(Tool needs = Tool.Chromium)
    {
        if (!Tools.Required && Tools.Missing(needs) is { } reason) Skip = reason;
    }
}

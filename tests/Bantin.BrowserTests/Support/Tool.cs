namespace Bantin.BrowserTests.Support;

/// <summary>Outside programs a test needs; none of them ship with the .NET SDK.</summary>
[Flags]
public enum Tool
{
    None = 0,
    Chromium = 1,
    Axe = 2,
    Vnu = 4,
    Nginx = 8,
}

namespace Bantin.Formatting;

/// <summary>The site language: it picks UI strings, diagnostics text and number/date/period formats.</summary>
public enum Language
{
    Vi,
    En,
}

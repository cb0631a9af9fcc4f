namespace Bantin.Render.Charts;

/// <summary>
/// A generous guess at how wide a label prints, in chart units: the SVG is drawn without measuring fonts, so each
/// character is given at least its width in the widest common sans font (DejaVu Sans, the Linux default; Roboto,
/// Segoe UI and San Francisco are narrower).
/// </summary>
public static class LabelWidth
{
    /// <summary>The size of every label of a time chart (set on the chart's group, so the page's CSS cannot enlarge it).</summary>
    public const double FontSize = 18;

    /// <summary>Space kept between two labels.</summary>
    public const double Gap = 6;

    public static double Of(string text)
    {
        var ems = 0.0;
        foreach (var c in text) ems += Em(c);
        return ems * FontSize;
    }

    private static double Em(char c) => c switch
    {
        >= '0' and <= '9' => 0.64,
        'I' or 'i' or 'l' or 'j' or 't' or 'f' or 'r' => 0.42,
        '.' or ',' or ' ' or ':' or '/' => 0.36,
        'M' or 'W' or 'm' or 'w' or '%' => 1.0,
        _ => 0.72,
    };
}

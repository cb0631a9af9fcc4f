namespace Bantin.Forms;

/// <param name="Units">--units ids, or null for every unit.</param>
/// <param name="Indicators">--indicators ids, or null for every indicator.</param>
/// <param name="Output">--output, or null for mau-bao-cao-&lt;period&gt;.xlsx in the current folder.</param>
public sealed record FormOptions(string SiteRoot, string Period, IReadOnlyList<string>? Units, IReadOnlyList<string>? Indicators, string Layout, string? Output);

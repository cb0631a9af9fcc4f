namespace Bantin.Export;

/// <param name="Units">--units ids, or null for every unit.</param>
/// <param name="Periods">--periods (2024-05, 2024-Q2, 2024 …), or null for every period each unit has a page for.</param>
/// <param name="Output">--output, or null for so-lieu.xlsx (figures.xlsx on an English site) in the current folder.</param>
public sealed record ExportOptions(string SiteRoot, IReadOnlyList<string>? Units, IReadOnlyList<string>? Periods, string? Output);

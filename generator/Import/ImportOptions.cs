using Bantin.Model.Periods;

namespace Bantin.Import;

/// <param name="Period">--period: the period every sheet is for (checked against one a sheet names), or null.</param>
/// <param name="Replace">--replace: change values a results file already has, instead of refusing.</param>
public sealed record ImportOptions(string SiteRoot, IReadOnlyList<string> Files, Period? Period = null, bool DryRun = false, bool Replace = false);

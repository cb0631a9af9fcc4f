using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Render.Data;
using Bantin.Sources;
using Bantin.Sources.Data;

namespace Bantin.Export;

/// <summary>
/// <c>bantin export</c>: the figures, targets and achievements of a unit/period selection as a workbook. The lines
/// come from the same <see cref="DataViewFactory"/> and <see cref="Figures"/> the unit × period pages are drawn from,
/// so the workbook and the site cannot disagree. Never writes over an existing file.
/// </summary>
public static class Exporter
{
    public static ExportResult Export(ExportOptions options, DiagnosticBag bag)
    {
        var failed = new ExportResult(null, false);
        var site = SiteConfigReader.Read(options.SiteRoot, bag);
        if (site is null) return failed;
        bag.UseLanguage(site.Language);
        var data = DataLoader.Load(options.SiteRoot, bag, site.Symlinks);
        if (bag.HasErrors) return failed;

        var units = Units(options.Units, data, bag);
        var periods = Periods(options.Periods, bag);
        if (bag.HasErrors) return failed;

        var output = options.Output ?? (site.Language == Language.En ? "figures.xlsx" : "so-lieu.xlsx");
        if (File.Exists(output) || Directory.Exists(output))
        {
            bag.Error(SourceSpan.FileOnly(output), bag.Messages.FormExists(output));
            return new ExportResult(null, true);
        }
        var views = new DataViewFactory(site, data, new Figures(data));
        var lines = units.SelectMany(unit => (periods ?? views.ReportingPeriods(unit.Id)).SelectMany(period => Lines(views, unit, period))).ToList();
        var temp = output + ".bantin-export.tmp";
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } folder) Directory.CreateDirectory(folder);
            using (var stream = File.Create(temp)) ExportWriter.Write(stream, site.Title, site.Language, lines);
            File.Move(temp, output, overwrite: false);
            return new ExportResult(output, false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temp)) File.Delete(temp);
            bag.Error(SourceSpan.FileOnly(output), bag.Messages.ImportWriteFailed(output, e.Message));
            return failed;
        }
    }

    /// <summary>
    /// The indicators the unit × period page lists, in its order, each with its targets (or none): the figures of the
    /// page's report table, achievement included (the cumulated figure against the target, <see cref="Figures.Progress"/>).
    /// </summary>
    private static IEnumerable<ExportLine> Lines(DataViewFactory views, Unit unit, Period period)
    {
        var toDate = period.YearToDate() is { } ytd && ytd.Start != period.Start ? ytd : null;
        var lastYear = period.YearEarlier();
        foreach (var id in views.PageIndicators(unit.Id, period))
        {
            if (views.Data.Indicator(id) is not { } indicator) continue;
            var figure = views.Figures.Get(unit.Id, id, period);
            var previous = lastYear is null ? null : views.Figures.Get(unit.Id, id, lastYear);
            var line = new ExportLine(unit, period, indicator, figure, null, null)
            {
                ToDate = toDate is null ? figure : views.Figures.Get(unit.Id, id, toDate),
                LastYear = previous,
                ChangeText = views.ChangeText(indicator, figure, previous),
                Notes = string.Join("; ", new[] { figure?.Computed == true ? views.Strings.ComputedNote : null, views.ShareText(figure) }.OfType<string>()),
            };
            var progress = views.Figures.Progress(unit.Id, id, period);
            if (progress.Count == 0) yield return line;
            foreach (var p in progress)
                yield return line with
                {
                    Progress = p,
                    SetByName = p.Target.SetBy is null ? null : views.UnitName(p.Target.SetBy),
                    AchievementText = p.Ratio is null && views.ProgressText(indicator, p) is var text && text != NumberFormatter.NotReported ? text : null,
                };
        }
    }

    private static List<Unit> Units(IReadOnlyList<string>? ids, DataSet data, DiagnosticBag bag)
    {
        if (ids is null) return data.Units.ToList();
        var picked = new List<Unit>();
        foreach (var id in ids)
        {
            if (data.Unit(id) is { } unit) { if (!picked.Contains(unit)) picked.Add(unit); }
            else bag.Error(SourceSpan.FileOnly("--units"), bag.Messages.UnknownUnit(id, Suggest.Nearest(id, data.Units.Select(u => u.Id))));
        }
        return picked;
    }

    private static List<Period>? Periods(IReadOnlyList<string>? texts, DiagnosticBag bag)
    {
        if (texts is null) return null;
        var periods = new List<Period>();
        foreach (var text in texts)
        {
            if (Period.TryParse(text, out var period, out var error)) { if (!periods.Contains(period)) periods.Add(period); }
            else bag.Error(SourceSpan.FileOnly("--periods"), bag.Messages.BadPeriod(text, error, null));
        }
        return periods;
    }
}

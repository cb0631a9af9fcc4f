using Bantin.Formatting;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Sources;
using Bantin.Sources.Data;

namespace Bantin.Forms;

/// <summary><c>bantin new form</c>: checks the options against data/, then writes the form (never over an existing file).</summary>
public static class FormMaker
{
    /// <returns>The path written, or null after reporting to <paramref name="bag"/>.</returns>
    public static string? Make(FormOptions options, DiagnosticBag bag)
    {
        var site = SiteConfigReader.Read(options.SiteRoot, bag);
        if (site is null) return null;
        bag.UseLanguage(site.Language);
        var data = DataLoader.Load(options.SiteRoot, bag, site.Symlinks);
        if (bag.HasErrors) return null;

        if (!Period.TryParse(options.Period, out var period, out var periodError))
            bag.Error(SourceSpan.FileOnly("--period"), bag.Messages.BadPeriod(options.Period, periodError, null));
        FormLayout? layout = options.Layout.Trim().ToLowerInvariant() switch { "rows" => FormLayout.Rows, "sheets" => FormLayout.Sheets, _ => null };
        if (layout is null) bag.Error(SourceSpan.FileOnly("--layout"), bag.Messages.FormBadLayout(options.Layout));
        var units = Pick(options.Units, data.Units, data.Unit, id => bag.Error(SourceSpan.FileOnly("--units"), bag.Messages.UnknownUnit(id, Suggest.Nearest(id, data.Units.Select(u => u.Id)))));
        var indicators = Pick(options.Indicators, data.Indicators, data.Indicator, id => bag.Error(SourceSpan.FileOnly("--indicators"), bag.Messages.UnknownIndicator(id, Suggest.Nearest(id, data.Indicators.Select(i => i.Id)))));
        if (units.Count == 0) bag.Error(SourceSpan.FileOnly("data/units.yaml"), bag.Messages.FormNothingToAsk(units: true));
        if (indicators.Count == 0) bag.Error(SourceSpan.FileOnly("data/indicators.yaml"), bag.Messages.FormNothingToAsk(units: false));
        if (bag.HasErrors) return null;

        var output = options.Output ?? (site.Language == Language.En ? $"report-form-{period!.Slug}.xlsx" : $"mau-bao-cao-{period!.Slug}.xlsx");
        if (File.Exists(output) || Directory.Exists(output))
        {
            bag.Error(SourceSpan.FileOnly(output), bag.Messages.FormExists(output));
            return null;
        }
        var request = new FormRequest(site.Title, site.Language, period!, units, indicators, layout!.Value, Parts(data));
        var temp = output + ".bantin-form.tmp";
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(output)) is { } folder) Directory.CreateDirectory(folder);
            using (var stream = File.Create(temp)) FormWriter.Write(stream, request);
            File.Move(temp, output, overwrite: false);
            return output;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temp)) File.Delete(temp);
            bag.Error(SourceSpan.FileOnly(output), bag.Messages.ImportWriteFailed(output, e.Message));
            return null;
        }
    }

    private static List<T> Pick<T>(IReadOnlyList<string>? ids, IReadOnlyList<T> all, Func<string, T?> find, Action<string> unknown) where T : class
    {
        if (ids is null) return all.ToList();
        var picked = new List<T>();
        foreach (var id in ids.Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            if (find(id) is { } item) { if (!picked.Contains(item)) picked.Add(item); }
            else unknown(id);
        }
        return picked;
    }

    // A breakdown's parts as indicators.yaml names them; where it names none, the ones results files already use.
    private static Dictionary<string, IReadOnlyList<string>> Parts(DataSet data)
    {
        var parts = data.Results
            .Where(r => r.Amount.By.Count > 0)
            .GroupBy(r => r.IndicatorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(r => r.Amount.By.Select(p => p.Key)).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var indicator in data.Indicators.Where(i => i.Parts.Declared))
            parts[indicator.Id] = indicator.Parts.Keys.ToList();
        return parts;
    }
}

using System.Text;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Data;
using Bantin.Sources;
using Bantin.Sources.Data;

namespace Bantin.Import;

/// <summary>
/// <c>bantin import</c>: reads every sheet of every file, checks every cell, and only when nothing at all is wrong
/// writes the results files (data/results/&lt;unit&gt;/&lt;period&gt;.yaml), changing only the values that change.
/// A value a file already has is changed only with --replace; otherwise the difference is an error at its cell.
/// </summary>
public static class Importer
{
    private const string ResultsFolder = "data/results";

    public static ImportResult Run(ImportOptions options)
    {
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var site = SiteConfigReader.Read(options.SiteRoot, bag);
        if (site is not null) bag.UseLanguage(site.Language);
        var log = new ImportLog(bag.Messages);
        var data = site is null ? DataSet.Empty : DataLoader.Load(options.SiteRoot, bag, site.Symlinks);
        if (bag.HasErrors)
        {
            foreach (var d in bag.Sorted()) log.Add(d);
            if (site is not null) log.Error(DataLoader.Folder, log.Messages.ImportDataBroken());
            return new ImportResult(log, [], 0, false);
        }
        if (options.Files.Count == 0) log.Error("bantin import", log.Messages.ImportNoFiles());

        var context = new ImportContext(data, options.Period, log);
        var values = Read(options, context, out var forms);
        if (values.Count == 0 && !log.HasErrors && options.Files.Count > 0) log.Error(options.Files[0], log.Messages.ImportNothingFound(forms));
        var files = Plan(options, data, values, log);
        if (log.HasErrors) return new ImportResult(log, files, 0, false);

        var units = values.Select(v => v.Unit.Id).Distinct().Count();
        if (options.DryRun) return new ImportResult(log, files, units, false);
        foreach (var file in files.Where(f => f.Text is not null))
        {
            if (!Write(options.SiteRoot, file, log)) return new ImportResult(log, files, units, false);
        }
        return new ImportResult(log, files, units, true);
    }

    /// <param name="forms">Whether any sheet read was a form made by <c>bantin new form</c>.</param>
    private static List<ImportedValue> Read(ImportOptions options, ImportContext context, out bool forms)
    {
        forms = false;
        var builder = new AmountBuilder(context.Log);
        var values = new List<ImportedValue>();
        var seen = new Dictionary<(string Unit, int Start, int End), string>();
        foreach (var file in options.Files)
        {
            var (sheets, problem) = WorkbookReader.Read(file);
            if (problem != WorkbookProblem.None)
            {
                context.Log.Error(file, context.Log.Messages.ImportFile(problem));
                continue;
            }
            var csv = sheets.Count == 1 && sheets[0].Name.Length == 0;
            foreach (var sheet in sheets.Where(s => !s.IsEmpty))
            {
                var place = new SheetPlace(file, SourceName(options.SiteRoot, file), csv ? "" : sheet.Name);
                var isForm = FormReader.IsForm(sheet);
                forms |= isForm;
                var rows = isForm ? new FormReader(context).Read(sheet, place) : new TableReader(context).Read(sheet, place);
                foreach (var row in rows)
                {
                    var key = (row.Unit.Id, row.Period.Start.Index, row.Period.End.Index);
                    if (seen.TryGetValue(key, out var other))
                    {
                        context.Log.Error(row.Where, context.Log.Messages.ImportDuplicateUnit(row.Unit.DisplayShort, other));
                        continue;
                    }
                    seen[key] = row.Where;
                    values.AddRange(builder.Build(row));
                }
            }
        }
        return values;
    }

    // Which file each value goes to, and what changes there: the file that already holds this unit's figures for
    // these months (whatever its name), else data/results/<unit>/<period>.yaml.
    private static List<FileChange> Plan(ImportOptions options, DataSet data, List<ImportedValue> values, ImportLog log)
    {
        var changes = new List<FileChange>();
        foreach (var group in values.GroupBy(v => (v.Unit.Id, v.Period.Start.Index, v.Period.End.Index)))
        {
            var first = group.First();
            var existing = data.Results
                .Where(r => r.UnitId == first.Unit.Id && r.Period.Start == first.Period.Start && r.Period.End == first.Period.End)
                .ToList();
            var defaultPath = $"{ResultsFolder}/{first.Unit.Id}/{first.Period}.yaml";
            foreach (var byFile in group.GroupBy(v => existing.FirstOrDefault(r => r.IndicatorId == v.Indicator.Id)?.Span.File
                                                      ?? existing.FirstOrDefault()?.Span.File ?? defaultPath))
                changes.Add(Change(options, byFile.Key, byFile.ToList(), existing, data, log));
        }
        return changes.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
    }

    private static FileChange Change(ImportOptions options, string path, List<ImportedValue> values, List<Result> existing, DataSet data, ImportLog log)
    {
        var lang = log.Messages.Language;
        var written = new List<ImportedValue>();
        var notes = new List<string>();
        var (added, changed, unchanged) = (0, 0, 0);
        foreach (var v in values)
        {
            var old = existing.FirstOrDefault(r => r.IndicatorId == v.Indicator.Id && r.Span.File == path);
            if (old is null) { added++; written.Add(v); continue; }
            if (YamlNumbers.Same(old.Amount, v.Amount)) { unchanged++; continue; }
            if (!options.Replace)
            {
                log.Error(v.Where, log.Messages.ImportConflict($"{path}:{old.Span.Line}", Shown(old.Amount, lang), Shown(v.Amount, lang)));
                continue;
            }
            changed++;
            written.Add(v);
            notes.Add($"{v.Indicator.Id}: {Shown(old.Amount, lang)} → {Shown(v.Amount, lang)}");
        }
        var full = Path.Combine(options.SiteRoot, path);
        var exists = File.Exists(full);
        if (written.Count == 0) return new FileChange(path, false, added, changed, unchanged, null, notes);
        var source = values[0].Source;
        if (!exists)
            return new FileChange(path, true, added, changed, unchanged, ResultFileEditor.New(values[0].Unit.Id, values[0].Period.ToString(), source, written), notes);
        // The file keeps its source unless every value in it now comes from this sheet.
        var others = data.Results.Any(r => r.Span.File == path && values.All(v => v.Indicator.Id != r.IndicatorId));
        var text = ReadKeepingBom(full, out var bom);
        try
        {
            return new FileChange(path, false, added, changed, unchanged, bom + ResultFileEditor.Edit(text, written, others ? null : source), notes);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            log.Error(path, log.Messages.YamlSyntax(e.Message));
            return new FileChange(path, false, 0, 0, 0, null, []);
        }
    }

    private static string ReadKeepingBom(string full, out string bom)
    {
        var text = File.ReadAllText(full, new UTF8Encoding(false));
        bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        return text.TrimStart('\uFEFF');
    }

    // Next to the file, then moved over it: a results file is either the old one or the new one, never half.
    private static bool Write(string siteRoot, FileChange file, ImportLog log)
    {
        var full = Path.Combine(siteRoot, file.Path);
        var temp = full + ".bantin-import.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(temp, file.Text, new UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Error(file.Path, log.Messages.ImportWriteFailed(file.Path, e.Message));
            try { File.Delete(temp); } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            return false;
        }
    }

    /// <summary>A value as the site shows it: 72, 790/812, 1.738 (khoi-hcsn 1.697, …).</summary>
    public static string Shown(Amount amount, Language lang)
    {
        var value = NumberFormatter.Format(amount.Value, lang, 10);
        if (amount.Of is { } of) return value + "/" + NumberFormatter.Format(of, lang, 10);
        if (amount.By.Count == 0) return value;
        return value + " (" + string.Join(", ", amount.By.Select(p => $"{p.Key} {NumberFormatter.Format(p.Value, lang, 10)}")) + ")";
    }

    private static string SourceName(string siteRoot, string file)
    {
        var root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(file);
        return full.StartsWith(root, StringComparison.Ordinal) ? full[root.Length..].Replace('\\', '/') : Path.GetFileName(file);
    }
}

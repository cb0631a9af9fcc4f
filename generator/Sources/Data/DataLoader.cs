using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Model.Data;

namespace Bantin.Sources.Data;

/// <summary>
/// Reads data/ (FORMATS.md: units, indicators, results, targets) into a <see cref="DataSet"/>, reporting every
/// problem with its place and a fix. A site without data/ simply has no data.
/// </summary>
public static class DataLoader
{
    public const string Folder = "data";
    private const string ResultsFolder = "data/results";
    private const string TargetsFolder = "data/targets";

    /// <param name="symlinks">site.yaml's allow_symlinks_outside (none allowed when not given).</param>
    /// <param name="today">The build's local date, which no correction (revisions:) may be dated after; null: not checked.</param>
    /// <param name="cache">The preview's memory of the results and targets files read last time, for the same units, indicators and date.</param>
    public static DataSet Load(string siteRoot, DiagnosticBag bag, SymlinkPolicy? symlinks = null, DateOnly? today = null, IDataFileCache? cache = null)
    {
        if (!Directory.Exists(Path.Combine(siteRoot, Folder))) return DataSet.Empty;
        var files = new SiteFiles(siteRoot, symlinks);

        var units = UnitsReader.Read(files, bag);
        var indicators = IndicatorsReader.Read(files, bag, out var broken);
        var catalog = new DataSet(units, indicators, [], []);
        var reader = new ValueFileReader(catalog, broken, bag, today);
        // A reader reports into the bag it is given: one per file when the findings are kept with the file's values.
        IReadOnlyList<Result> ReadResults(string file) => cache is null
            ? reader.Results(files, file)
            : cache.Results(file, bag, b => new ValueFileReader(catalog, broken, b, today).Results(files, file));
        IReadOnlyList<Target> ReadTargets(string file) => cache is null
            ? reader.Targets(files, file)
            : cache.Targets(file, bag, b => new ValueFileReader(catalog, broken, b, today).Targets(files, file));

        // Files are read in parallel into slots, then taken in path order: the outcome does not depend on timing.
        var resultFiles = DataFile.Under(files, ResultsFolder, bag);
        var targetFiles = DataFile.Under(files, TargetsFolder, bag);
        var results = new IReadOnlyList<Result>[resultFiles.Count];
        var targets = new IReadOnlyList<Target>[targetFiles.Count];
        Parallel.For(0, resultFiles.Count + targetFiles.Count, i =>
        {
            if (i < resultFiles.Count) results[i] = ReadResults(resultFiles[i]);
            else targets[i - resultFiles.Count] = ReadTargets(targetFiles[i - resultFiles.Count]);
        });

        return new DataSet(units, indicators, UniqueResults(results, bag), UniqueTargets(targets, bag));
    }

    /// <summary>The build's date where the site is: the last day a correction may be dated.</summary>
    public static DateOnly Today(TimeZoneInfo zone, DateTimeOffset buildTime) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(buildTime, zone).DateTime);

    // Two values for the same unit, indicator and months contradict each other, even when the periods are
    // written differently (2019-Q1 and 2019-01..2019-03). The first in path order stays; the later is reported.
    private static List<Result> UniqueResults(IReadOnlyList<Result>[] files, DiagnosticBag bag)
    {
        var count = files.Sum(f => f.Count);
        if (NoneRepeated(files)) return All(files, count);
        // Sized for all at once: growing through 144,000 results copied the table a dozen times.
        var first = new Dictionary<(string, string, int, int), Result>(count);
        var kept = new List<Result>(count);
        foreach (var r in files.SelectMany(f => f))
        {
            if (first.TryGetValue((r.UnitId, r.IndicatorId, r.Period.Start.Index, r.Period.End.Index), out var earlier))
            {
                bag.Error(r.Span, bag.Messages.DuplicateResult(r.IndicatorId, r.Period.ToString(), earlier.Span.ToString()));
                continue;
            }
            first[(r.UnitId, r.IndicatorId, r.Period.Start.Index, r.Period.End.Index)] = r;
            kept.Add(r);
        }
        return kept;
    }

    /// <summary>
    /// Whether no value can repeat another: every file's values are for one unit and period, no two files are for the
    /// same unit and months, and no file names an indicator twice. Nearly every site: the check needs one entry per
    /// file, where finding repeats needs one per value (144,000 when every unit reports monthly for ten years).
    /// </summary>
    private static bool NoneRepeated(IReadOnlyList<Result>[] files)
    {
        var months = new HashSet<(string Unit, int Start, int End)>(files.Length);
        var indicators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Count == 0) continue;
            var (unit, start, end) = (file[0].UnitId, file[0].Period.Start.Index, file[0].Period.End.Index);
            if (!months.Add((unit, start, end))) return false;
            indicators.Clear();
            foreach (var r in file)
                if (r.UnitId != unit || r.Period.Start.Index != start || r.Period.End.Index != end || !indicators.Add(r.IndicatorId))
                    return false;
        }
        return true;
    }

    private static List<Result> All(IReadOnlyList<Result>[] files, int count)
    {
        var all = new List<Result>(count);
        foreach (var file in files) all.AddRange(file);
        return all;
    }

    // Several targets may coexist for one value, but only from different issuers (set_by).
    private static List<Target> UniqueTargets(IReadOnlyList<Target>[] files, DiagnosticBag bag)
    {
        var count = files.Sum(f => f.Count);
        var first = new Dictionary<(string, string, int, int, string), Target>(count);
        var kept = new List<Target>(count);
        foreach (var t in files.SelectMany(f => f))
        {
            var key = (t.UnitId, t.IndicatorId, t.Period.Start.Index, t.Period.End.Index, t.SetBy ?? "");
            if (first.TryGetValue(key, out var earlier))
            {
                bag.Error(t.Span, bag.Messages.DuplicateTarget(t.IndicatorId, t.Period.ToString(), t.SetBy, earlier.Span.ToString()));
                continue;
            }
            first[key] = t;
            kept.Add(t);
        }
        return kept;
    }
}

using Bantin.Diagnostics;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Sources.Yaml;

namespace Bantin.Sources.Data;

/// <summary>
/// Reads one results or targets file: the unit and period it is for, then its values. Every problem in the file
/// is reported, and values are returned only when the unit, the period and the value itself are all right.
/// Safe to use from several threads: it only reads the catalog and adds to the (thread-safe) bag.
/// </summary>
/// <param name="today">The build's local date: a correction cannot be dated after it. Null: not checked.</param>
internal sealed class ValueFileReader(DataSet catalog, IReadOnlySet<string> brokenIndicators, DiagnosticBag bag, DateOnly? today = null)
{
    private static readonly string[] ResultKeys = ["unit", "period", "source", "status", "values", "revisions"];
    private static readonly string[] TargetKeys = ["unit", "period", "set_by", "source", "targets"];

    private readonly AmountReader _amounts = new(bag);
    private RevisionReader Revisions => new(catalog, brokenIndicators, _amounts, today, bag);

    public IReadOnlyList<Result> Results(SiteFiles files, string file)
    {
        if (DataFile.Mapping(files, file, bag) is not { } map) return [];
        map.WarnUnknownKeys(ResultKeys, bag);
        var (unit, period) = Header(map, file);
        var revisionReader = Revisions;
        var provisional = revisionReader.IsProvisional(map);
        var revisions = revisionReader.Read(map, period);
        var results = new List<Result>();
        foreach (var (indicator, values, key, span) in Entries(map, "values", "doan-vien-moi: 72"))
        {
            if (NotYetReported(values, key)) continue;
            if (_amounts.Amount(indicator, values, key, span) is { } amount && unit is not null && period is not null)
                results.Add(new Result(unit, key, period, amount, span)
                {
                    Provisional = provisional,
                    Revisions = revisions.TryGetValue(key, out var earlier) ? earlier : [],
                });
        }
        if (unit is not null && period is not null && revisions.Count > 0) revisionReader.CheckAgainst(revisions, results, Written(map));
        return results;
    }

    public IReadOnlyList<Target> Targets(SiteFiles files, string file)
    {
        if (DataFile.Mapping(files, file, bag) is not { } map) return [];
        map.WarnUnknownKeys(TargetKeys, bag);
        var (unit, period) = Header(map, file);
        var setBy = map.Scalar("set_by", bag);
        var setByOk = true;
        if (setBy is { } s && catalog.Unit(s.Text) is null)
        {
            bag.Error(s.Span, bag.Messages.UnknownSetBy(s.Text, Suggest.Nearest(s.Text, catalog.Units.Select(u => u.Id))));
            setByOk = false;
        }
        var targets = new List<Target>();
        foreach (var (indicator, values, key, span) in Entries(map, "targets", "doan-vien-moi: 1500"))
        {
            if (NotYetReported(values, key)) continue;
            if (_amounts.Target(indicator, values, key, span) is { } value && unit is not null && period is not null && setByOk)
                targets.Add(new Target(unit, key, period, value, setBy?.Text, span));
        }
        return targets;
    }

    // The unit and period the file is about; null (after reporting) when missing or wrong.
    private (string? Unit, Period? Period) Header(YamlMap map, string file)
    {
        string? unit = null;
        if (Required(map, "unit", "cao-bang") is { } u)
        {
            if (catalog.Unit(u.Text) is null)
                bag.Error(u.Span, bag.Messages.UnknownUnit(u.Text, Suggest.Nearest(u.Text, catalog.Units.Select(x => x.Id))));
            else if (FolderUnit(file) is { } folder && folder != u.Text)
                bag.Error(u.Span, bag.Messages.FolderUnitMismatch(folder, u.Text, file[..file.IndexOf('/', "data/".Length)]));
            else
                unit = u.Text;
        }
        Period? period = null;
        if (Required(map, "period", "2019-04") is { } p)
        {
            if (Period.TryParse(p.Text, out var parsed, out var error))
                period = parsed;
            else
                bag.Error(p.Span, bag.Messages.BadPeriod(p.Text, error, error == PeriodError.RangeSeparator ? DotRange(p.Text) : null));
        }
        return (unit, period);
    }

    // data/results/cao-bang/hoa-an/2019-04.yaml is filed under the unit cao-bang/hoa-an. A copied file whose unit:
    // was not changed would otherwise pass as that unit's values given twice, one error per value. Only a folder
    // that is a unit's id counts: a site may file its data by year instead.
    private string? FolderUnit(string file)
    {
        // The folders between data/results/ (or data/targets/) and the file's name.
        var second = file.IndexOf('/', file.IndexOf('/') + 1);
        var last = file.LastIndexOf('/');
        if (second < 0 || last <= second) return null;
        var folder = file[(second + 1)..last];
        return catalog.Unit(folder) is null ? null : folder;
    }

    private Scalar? Required(YamlMap map, string key, string example)
    {
        var scalar = map.Scalar(key, bag);
        if (scalar is { Text.Length: > 0 }) return scalar;
        if (map.Node(key) is null or YamlText)
            bag.Error(DataFile.Start(map), bag.Messages.MissingField(key, example));
        return null;
    }

    // The indicators written under values:, right or wrong.
    private static HashSet<string> Written(YamlMap map) => map.Node("values") is YamlMapping values
        ? values.Entries.Select(e => e.Key).OfType<YamlText>().Select(k => k.Value).ToHashSet(StringComparer.Ordinal)
        : [];

    // "doan-vien-moi:" with nothing after it is a line waiting to be filled in (as `new article` writes them):
    // not reported, which is not zero and not an error.
    private static bool NotYetReported(YamlMap values, string key) =>
        values.Node(key) is YamlText { IsNull: true };

    // Each "indicator: value" line under key whose indicator is known.
    private IEnumerable<(Indicator Indicator, YamlMap Values, string Key, SourceSpan Span)> Entries(YamlMap map, string key, string example)
    {
        if (map.Node(key) is null)
        {
            bag.Error(DataFile.Start(map), bag.Messages.MissingField(key, "{ " + example + " }"));
            yield break;
        }
        if (map.Map(key, bag) is not { } values) yield break;
        foreach (var (id, span) in values.Keys)
        {
            if (catalog.Indicator(id) is { } indicator)
                yield return (indicator, values, id, span);
            else if (!brokenIndicators.Contains(id))
                bag.Error(span, bag.Messages.UnknownIndicator(id, Suggest.Nearest(id, catalog.Indicators.Select(i => i.Id).Concat(brokenIndicators))));
        }
    }

    // 2013-2018 → 2013..2018, 2017-01-2017-05 → 2017-01..2017-05: the range the editor meant.
    private static string? DotRange(string text)
    {
        var s = text.Trim();
        return s.Length switch
        {
            9 => s[..4] + ".." + s[5..],
            15 => s[..7] + ".." + s[8..],
            _ => null,
        };
    }
}

using System.Globalization;
using Bantin.Diagnostics;
using Bantin.Model.Data;
using Bantin.Model.Periods;
using Bantin.Sources.Yaml;

namespace Bantin.Sources.Data;

/// <summary>
/// Reads a results file's <c>status:</c> and <c>revisions:</c> (FORMATS.md): each revision is the day a corrected
/// figure arrived and, under <c>values:</c>, the figures as they stood before that day. What a district sends is the
/// new figure: the editor writes it under <c>values:</c> and moves the old one into a revision, so the file always
/// reads the current figures first.
/// </summary>
internal sealed class RevisionReader(DataSet catalog, IReadOnlySet<string> brokenIndicators, AmountReader amounts, DateOnly? today, DiagnosticBag bag)
{
    public const string Provisional = "provisional";
    private static readonly string[] Statuses = [Provisional, "final"];
    private static readonly string[] RevisionKeys = ["date", "values", "note"];

    /// <summary>True for <c>status: provisional</c>; <c>final</c> or no status is false; anything else is reported.</summary>
    public bool IsProvisional(YamlMap map)
    {
        if (map.Scalar("status", bag) is not { } status) return false;
        if (Statuses.Contains(status.Text, StringComparer.Ordinal)) return status.Text == Provisional;
        var nearest = status.Text.ToLowerInvariant() is "so bo" or "sơ bộ" or "so-bo" or "tam tinh" or "tạm tính" ? Provisional
            : Suggest.Nearest(status.Text, Statuses);
        bag.Error(status.Span, bag.Messages.BadResultStatus(status.Text, nearest));
        return false;
    }

    /// <summary>The earlier values of each indicator, oldest date first; only entries whose date and value are right.</summary>
    public Dictionary<string, List<ResultRevision>> Read(YamlMap map, Period? period)
    {
        var byIndicator = new Dictionary<string, List<ResultRevision>>(StringComparer.Ordinal);
        switch (map.Node("revisions"))
        {
            case null:
                return byIndicator;
            case YamlText { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "" or "~" or "null" }:
                return byIndicator;
            case YamlList list:
                var seen = new Dictionary<DateOnly, SourceSpan>();
                foreach (var item in list.Items)
                {
                    if (item is not YamlMapping node)
                    {
                        bag.Error(map.SpanOf(item), bag.Messages.RevisionsNotList());
                        continue;
                    }
                    var entry = YamlMap.Wrap(node, map.File, map.LineOffset);
                    entry.WarnUnknownKeys(RevisionKeys, bag);
                    if (Date(entry, period) is not { } date) continue;
                    if (seen.TryGetValue(date.Day, out var first))
                    {
                        bag.Error(date.Span, bag.Messages.RevisionDuplicateDate(Iso(date.Day), first.ToString()));
                        continue;
                    }
                    seen[date.Day] = date.Span;
                    foreach (var (indicator, earlier, span) in Values(entry))
                    {
                        if (!byIndicator.TryGetValue(indicator, out var revisions)) byIndicator[indicator] = revisions = [];
                        revisions.Add(new ResultRevision(date.Day, earlier, span));
                    }
                }
                foreach (var revisions in byIndicator.Values) revisions.Sort((a, b) => a.Date.CompareTo(b.Date));
                return byIndicator;
            default:
                bag.Error(map.SpanOf(map.Node("revisions")!), bag.Messages.RevisionsNotList());
                return byIndicator;
        }
    }

    /// <summary>Reports a revision of an indicator the file's <c>values:</c> does not give, and one that changes nothing.</summary>
    /// <param name="written">The indicators written under the file's <c>values:</c>, right or wrong.</param>
    public void CheckAgainst(Dictionary<string, List<ResultRevision>> revisions, IReadOnlyList<Result> results, IReadOnlySet<string> written)
    {
        var current = results.ToDictionary(r => r.IndicatorId, StringComparer.Ordinal);
        foreach (var (indicator, list) in revisions)
        {
            if (!current.TryGetValue(indicator, out var result))
            {
                // A value written wrong is reported already; one not written at all is this revision's slip.
                if (!written.Contains(indicator))
                    foreach (var r in list) bag.Error(r.Span, bag.Messages.RevisionNotInValues(indicator));
                continue;
            }
            for (var i = 0; i < list.Count; i++)
            {
                var after = i + 1 < list.Count ? list[i + 1].Earlier : result.Amount;
                if (Same(list[i].Earlier, after)) bag.Warning(list[i].Span, bag.Messages.RevisionSameValue(indicator, Iso(list[i].Date)));
            }
        }
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Same(Amount a, Amount b) => a.Value == b.Value && a.Of == b.Of && a.By.SequenceEqual(b.By);

    private (DateOnly Day, SourceSpan Span)? Date(YamlMap entry, Period? period)
    {
        if (entry.Scalar("date", bag) is not { } text)
        {
            if (entry.Node("date") is null or YamlText) bag.Error(DataFile.Start(entry), bag.Messages.MissingField("date", "2019-06-10"));
            return null;
        }
        if (!DateOnly.TryParseExact(text.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            bag.Error(text.Span, bag.Messages.RevisionBadDate(text.Text, IsoOf(text.Text)));
            return null;
        }
        if (today is { } now && day > now)
        {
            bag.Error(text.Span, bag.Messages.RevisionInFuture(Iso(day), Iso(now)));
            return null;
        }
        if (period is { } p && day < new DateOnly(p.Start.Year, p.Start.Month, 1))
        {
            bag.Error(text.Span, bag.Messages.RevisionBeforePeriod(Iso(day), p.ToString()));
            return null;
        }
        return (day, text.Span);
    }

    // 10/06/2019 and 10-6-2019, as Vietnamese write a date, are day first: the ISO form the editor meant.
    private static string? IsoOf(string text)
    {
        string[] forms = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy/M/d", "yyyy-M-d"];
        return DateOnly.TryParseExact(text.Trim(), forms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Iso(day) : null;
    }

    private IEnumerable<(string Indicator, Amount Earlier, SourceSpan Span)> Values(YamlMap entry)
    {
        if (entry.Node("values") is null)
        {
            bag.Error(DataFile.Start(entry), bag.Messages.MissingField("values", "{ doan-vien-moi: 72 }"));
            yield break;
        }
        if (entry.Map("values", bag) is not { } values) yield break;
        foreach (var (id, span) in values.Keys)
        {
            if (catalog.Indicator(id) is not { } indicator)
            {
                if (!brokenIndicators.Contains(id))
                    bag.Error(span, bag.Messages.UnknownIndicator(id, Suggest.Nearest(id, catalog.Indicators.Select(i => i.Id).Concat(brokenIndicators))));
                continue;
            }
            if (amounts.Amount(indicator, values, id, span) is { } amount) yield return (id, amount, span);
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Bantin.Compute.Data;
using Bantin.Formatting;
using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Render.Data;

/// <summary>
/// The open-data files linked under every page's results table: the table as CSV beside each unit × period page, and
/// each unit's whole series as JSON beside its page. Same bytes every build: units, periods and indicators in data order.
/// </summary>
/// <remarks>
/// The CSV is for Excel as Vietnamese offices have it (Windows with vi-VN regional settings): UTF-8 with a byte-order
/// mark, or Excel reads the accents as Windows-1252; fields separated by ';', the list separator of locales that write
/// the decimal comma, so a double-click opens it in columns; numbers with a decimal comma and no thousands dots
/// ("1738", "90,74"), which Excel there reads as numbers, where "1.738" would be read as one point seven.
/// The JSON is for programs: plain numbers, period codes as FORMATS.md writes them.
/// </remarks>
public sealed class DataDownloads(DataViewFactory views, DataPages pages)
{
    public const string CsvName = "bang-so-lieu.csv";
    public const string JsonName = "so-lieu.json";

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Every download file as (output path, bytes).</summary>
    public IEnumerable<(string Path, byte[] Bytes)> Files() => Jobs().Select(job => (job.Path, job.Make()));

    /// <summary>
    /// Every download file as its output path, the unit whose figures it shows, and how to make its bytes: made side
    /// by side (one CSV per unit and period is some 11,000 files when every unit reports monthly for ten years),
    /// each independent of the others. A file shows what its unit's pages show (<see cref="DataUse.Of"/> the unit).
    /// </summary>
    public IEnumerable<(string Path, string Unit, Func<byte[]> Make)> Jobs()
    {
        foreach (var unit in views.Data.Units)
        {
            var periods = pages.Periods(unit.Id);
            foreach (var period in periods)
                yield return (views.CsvUrl(unit.Id, period), unit.Id, () => Csv(unit.Id, period));
            if (views.ReportingPeriods(unit.Id).Count > 0) yield return (views.JsonUrl(unit.Id), unit.Id, () => Json(unit, periods));
        }
    }

    /// <summary>The unit × period table as CSV, one row per indicator, the same figures as the page.</summary>
    public byte[] Csv(string unitId, Period period)
    {
        var r = views.Report;
        var t = views.Strings;
        var ids = views.PageIndicators(unitId, period);
        // Sized for a line or two per indicator, so the buffer (borrowed from the pool) rarely grows.
        using var sb = new PooledText(1024 + ids.Count * 320);
        Line(sb, t.Indicator, t.Measure, r.ThisPeriod, r.OfTotal, r.RateColumn, r.ToDate, t.Target, r.SetBy, r.TargetPeriod, r.YearAchievement,
            r.LastYear, r.Change, r.Notes);
        var toDate = period.YearToDate() is { } ytd && ytd.Start != period.Start ? ytd : null;
        var lastYear = period.YearEarlier();
        // Every indicator's target is usually for the same year: its label is made once per file, not once per line.
        var labels = new LastLabel(views.Language);
        foreach (var id in ids)
        {
            if (views.Data.Indicator(id) is not { } indicator) continue;
            var figure = views.Figures.Get(unitId, id, period);
            var previous = lastYear is null ? null : views.Figures.Get(unitId, id, lastYear);
            var progress = views.Figures.Progress(unitId, id, period);
            var sum = toDate is null ? figure : views.Figures.Get(unitId, id, toDate);
            var note = Note(unitId, indicator, period, figure);
            var (value, of, rate, summed, before) = (Number(figure?.Value), Number(figure?.Of), Number(figure?.Rate * 100), Number(sum?.Value), Number(previous?.Value));
            var change = views.ChangeText(indicator, figure, previous) ?? "";
            // One line per target (several issuers may set one); a line without a target when none is set.
            for (var i = 0; i < Math.Max(1, progress.Count); i++)
            {
                var target = i < progress.Count ? progress[i] : null;
                Line(sb, indicator.Name, indicator.Measure, value, of, rate, summed, Number(target?.Target.Value),
                    target?.Target.SetBy is { } by ? views.UnitName(by) : "", target is null ? "" : labels.Of(target.Target.Period),
                    target is null ? "" : views.ProgressText(indicator, target) is var text && text != Formatting.NumberFormatter.NotReported ? text : "",
                    before, change, note);
            }
            Parts(sb, indicator, figure, sum, previous);
        }
        return WithBom(sb);
    }

    /// <summary>The same marks as the page: computed, partial roll-up, provisional or corrected (with the earlier figure).</summary>
    private string Note(string unitId, Indicator indicator, Period period, Figure? figure)
    {
        var computed = figure?.Computed == true ? views.Strings.ComputedNote : null;
        var share = views.ShareText(figure);
        var revision = views.RevisionText(unitId, indicator, period, figure);
        if (share is null && revision is null) return computed ?? "";
        return string.Join("; ", new[] { computed, share, revision }.OfType<string>());
    }

    // Encoded from the buffer: no string of the whole file is made on the way.
    private static byte[] WithBom(PooledText sb)
    {
        var text = sb.Span;
        var bytes = new byte[Bom.Length + Encoding.UTF8.GetByteCount(text)];
        Bom.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(text, bytes.AsSpan(Bom.Length));
        return bytes;
    }

    /// <summary>
    /// A line for each part of a breakdown under the indicator's lines, named as the page names it ("Tổng số đoàn viên
    /// – Khối hành chính sự nghiệp"), with the part's figure this period, to date and last year where known.
    /// </summary>
    private void Parts(PooledText sb, Indicator indicator, Figure? figure, Figure? sum, Figure? previous)
    {
        if (figure is null) return;
        foreach (var (key, value) in indicator.Parts.InOrder(figure.By))
            Line(sb, $"{indicator.Name} – {indicator.PartName(key)}", indicator.Measure, Number(value), "", "", Number(Part(sum, key)), "", "", "", "",
                Number(Part(previous, key)), "", "");
    }

    private static decimal? Part(Figure? figure, string key) =>
        figure?.By.FirstOrDefault(p => p.Key == key) is { Key: not null } part ? part.Value : null;

    /// <summary>The unit's figures for every period it has a page for, per indicator, given or computed.</summary>
    public byte[] Json(Unit unit, IReadOnlyList<Period> periods)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("unit", unit.Id);
            json.WriteString("name", unit.Name);
            json.WriteStartArray("indicators");
            foreach (var indicator in views.Data.Indicators)
            {
                var points = periods.Select(p => (Period: p, Figure: views.Figures.Get(unit.Id, indicator.Id, p))).Where(x => x.Figure is not null).ToList();
                if (points.Count == 0) continue;
                json.WriteStartObject();
                json.WriteString("id", indicator.Id);
                json.WriteString("name", indicator.Name);
                json.WriteString("measure", indicator.Measure);
                json.WriteString("kind", indicator.Kind.ToString().ToLowerInvariant());
                json.WriteStartArray("values");
                foreach (var (period, figure) in points)
                {
                    json.WriteStartObject();
                    json.WriteString("period", period.ToString());
                    json.WriteNumber("value", figure!.Value);
                    if (figure.Of is { } of) json.WriteNumber("of", of);
                    json.WriteBoolean("computed", figure.Computed);
                    Parts(json, indicator, figure);
                    // Only where a figure has them, so the series of a site without corrections reads as before.
                    if (figure.Provisional) json.WriteBoolean("provisional", true);
                    if (figure.RevisedOn is { } day) json.WriteString("revised_on", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    if (figure.Share is { } share)
                    {
                        json.WriteNumber("units_reported", share.Reported);
                        json.WriteNumber("units_expected", share.Expected);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    // The parts with their keys for programs and their names for people: [{ "key", "name", "value" }].
    private static void Parts(Utf8JsonWriter json, Indicator indicator, Figure figure)
    {
        if (figure.By.Count == 0) return;
        json.WriteStartArray("by");
        foreach (var (key, value) in indicator.Parts.InOrder(figure.By))
        {
            json.WriteStartObject();
            json.WriteString("key", key);
            json.WriteString("name", indicator.PartName(key));
            json.WriteNumber("value", value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>A CSV number: decimal comma, no thousands dots, at most six decimals ("1738", "90,74").</summary>
    internal static string Number(decimal? value)
    {
        if (value is not { } v) return "";
        // Nearly every figure is a whole count: printed as an integer, without the custom format's parsing and the
        // comma replace (DataDownloadsNumberTests compares the two on 20,000 decimals).
        if (v != 0 && v == decimal.Truncate(v) && v > long.MinValue && v < long.MaxValue)
            return ((long)v).ToString(CultureInfo.InvariantCulture);
        return decimal.Round(v, 6).ToString("0.######", CultureInfo.InvariantCulture).Replace('.', ',');
    }

    private static void Line(PooledText sb, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) sb.Append(';');
            var f = fields[i];
            if (f.AsSpan().IndexOfAny(";\"\r\n") >= 0) sb.Append('"').Append(f.Replace("\"", "\"\"")).Append('"');
            else sb.Append(f);
        }
        sb.Append("\r\n");
    }
}

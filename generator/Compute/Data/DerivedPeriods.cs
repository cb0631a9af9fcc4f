using Bantin.Model.Periods;

namespace Bantin.Compute.Data;

/// <summary>
/// The periods a reader expects a page for although nobody wrote a file for them: each year, half and quarter that
/// the reporting periods cover completely, and the year so far up to the latest reported month ("9 tháng đầu năm
/// 2024"). A period only partly covered is left out, never shown as if complete.
/// </summary>
public static class DerivedPeriods
{
    /// <param name="reported">The periods given for a unit or any unit below it, in period order.</param>
    /// <returns>The derived periods whose months no reported period already spans exactly, in period order.</returns>
    public static IReadOnlyList<Period> From(IReadOnlyList<Period> reported)
    {
        if (reported.Count == 0) return [];
        // The months of each year covered by a reported period lying inside one year, per candidate; a candidate
        // counts only reported periods inside it, so a 2019-01..2019-04 file does not cover quý II.
        var inYear = new Dictionary<int, List<Period>>();
        var spans = new HashSet<(YearMonth, YearMonth)>();
        foreach (var p in reported)
        {
            spans.Add((p.Start, p.End));
            if (p.Start.Year != p.End.Year) continue;
            if (!inYear.TryGetValue(p.Start.Year, out var list)) inYear[p.Start.Year] = list = [];
            list.Add(p);
        }
        var derived = new List<Period>();
        foreach (var (year, periods) in inYear)
        {
            var candidates = new List<Period> { Period.Year(year), Period.Half(year, 1), Period.Half(year, 2) };
            for (var q = 1; q <= 4; q++) candidates.Add(Period.Quarter(year, q));
            foreach (var candidate in candidates)
                if (!spans.Contains((candidate.Start, candidate.End)) && Covered(candidate, periods)) derived.Add(candidate);
        }
        // The year so far: only for the latest year, and only when it is not already a quarter, half or year.
        var latest = reported.Max(p => p.End);
        if (latest.Month is not (1 or 3 or 6 or 12) && inYear.TryGetValue(latest.Year, out var current))
        {
            var toDate = Period.MonthRange(new YearMonth(latest.Year, 1), latest);
            if (!spans.Contains((toDate.Start, toDate.End)) && Covered(toDate, current)) derived.Add(toDate);
        }
        derived.Sort();
        return derived;
    }

    private static bool Covered(Period candidate, List<Period> periods)
    {
        var months = 0;
        foreach (var p in periods)
            if (candidate.Contains(p))
                for (var m = p.Start.Month; m <= p.End.Month; m++) months |= 1 << m;
        for (var m = candidate.Start.Month; m <= candidate.End.Month; m++)
            if ((months & (1 << m)) == 0) return false;
        return true;
    }
}

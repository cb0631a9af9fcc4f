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
    /// <param name="series">The periods of each unit (the unit or one below it) and indicator: a derived period is
    /// offered only when one of them covers it completely, so a year whose months report different indicators (January
    /// one, February another) gets no page of empty rows.</param>
    /// <returns>The derived periods whose months no reported period already spans exactly, in period order.</returns>
    public static IReadOnlyList<Period> From(IReadOnlyList<Period> reported, IEnumerable<IReadOnlyList<Period>> series)
    {
        if (reported.Count == 0) return [];
        var spans = new HashSet<(YearMonth, YearMonth)>();
        foreach (var p in reported) spans.Add((p.Start, p.End));
        var candidates = new HashSet<Period>();
        var latest = reported.Max(p => p.End);
        foreach (var one in series)
        {
            // The months of each year covered by the series' periods lying inside one year, by candidate; a candidate
            // counts only periods inside it, so a 2019-01..2019-04 file does not cover quý II.
            foreach (var inYear in one.Where(p => p.Start.Year == p.End.Year).GroupBy(p => p.Start.Year))
            {
                var year = inYear.Key;
                foreach (var candidate in Candidates(year, latest))
                    if (!spans.Contains((candidate.Start, candidate.End)) && !candidates.Contains(candidate) && Covered(candidate, inYear))
                        candidates.Add(candidate);
            }
        }
        var derived = candidates.ToList();
        derived.Sort();
        return derived;
    }

    // Each year, half and quarter; and the year so far, only in the latest year and only when it is not already a
    // quarter, half or year.
    private static IEnumerable<Period> Candidates(int year, YearMonth latest)
    {
        yield return Period.Year(year);
        yield return Period.Half(year, 1);
        yield return Period.Half(year, 2);
        for (var q = 1; q <= 4; q++) yield return Period.Quarter(year, q);
        if (year == latest.Year && latest.Month is not (1 or 3 or 6 or 12))
            yield return Period.MonthRange(new YearMonth(year, 1), latest);
    }

    private static bool Covered(Period candidate, IEnumerable<Period> periods)
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

using Bantin.Model.Data;
using Bantin.Model.Periods;

namespace Bantin.Compute.Data;

/// <summary>Chooses given values whose periods tile a longer period exactly, for summing a flow or ratio over time.</summary>
internal static class TimeCover
{
    /// <summary>
    /// Non-overlapping results inside <paramref name="period"/> that together cover each of its months once, in
    /// time order; null when the months cannot all be covered. The cover with the fewest pieces wins (the largest
    /// given periods: a quarter's own total rather than its three months), ties going to the longer first piece.
    /// </summary>
    public static IReadOnlyList<Result>? Find(IEnumerable<Result> given, Period period)
    {
        var start = period.Start.Index;
        var length = period.MonthCount;
        var startingAt = new List<Result>?[length];
        foreach (var r in given)
        {
            if (!period.Contains(r.Period)) continue;
            (startingAt[r.Period.Start.Index - start] ??= []).Add(r);
        }

        // pieces[i]: fewest results covering months i..length-1 exactly; choice[i]: the first of them.
        var pieces = new int[length + 1];
        var choice = new Result?[length + 1];
        for (var i = length - 1; i >= 0; i--)
        {
            pieces[i] = int.MaxValue;
            foreach (var r in startingAt[i] ?? [])
            {
                var next = r.Period.End.Index - start + 1;
                if (pieces[next] == int.MaxValue) continue;
                var count = pieces[next] + 1;
                if (count < pieces[i] || (count == pieces[i] && r.Period.MonthCount > choice[i]!.Period.MonthCount))
                    (pieces[i], choice[i]) = (count, r);
            }
        }
        if (pieces[0] == int.MaxValue) return null;

        var cover = new List<Result>();
        for (var i = 0; i < length; i = choice[i]!.Period.End.Index - start + 1)
            cover.Add(choice[i]!);
        return cover;
    }
}

using System.Collections.Concurrent;
using Bantin.Render;
using Bantin.Stages;

namespace Bantin.Incremental;

/// <summary>
/// The per-page work of a rebuild that only reads: each page's key, and whether its last file still holds. It is done
/// for every page of the site on every rebuild (25,000 at 10,000 articles, where a date edit redraws 17), so it is
/// split over the cores rather than left to the thread the editor waits on.
/// </summary>
public static class PagePass
{
    /// <summary>Every page's key by URL; of two pages on one URL (an error the plan reported), the first one's.</summary>
    public static Dictionary<string, PageKey> Keys(IReadOnlyList<PageJob> jobs, long site, IReadOnlyDictionary<object, ItemVersion> versions,
        DataVersions data)
    {
        var each = new PageKey[jobs.Count];
        For(jobs.Count, i => each[i] = PageKey.Of(jobs[i], site, versions, data));
        var keys = new Dictionary<string, PageKey>(jobs.Count, StringComparer.Ordinal);
        for (var i = 0; i < each.Length; i++) keys.TryAdd(jobs[i].Url, each[i]);
        return keys;
    }

    /// <summary>
    /// Each page's file, and whether the last build's file can be kept; a page whose template is missing gets no file
    /// (it is neither drawn nor kept).
    /// </summary>
    public static (string? File, bool Keep)[] Kept(IReadOnlyList<PageJob> jobs, Func<PageJob, bool> drawable, Func<PageJob, string, bool> canKeep)
    {
        var each = new (string? File, bool Keep)[jobs.Count];
        For(jobs.Count, i =>
        {
            var job = jobs[i];
            if (!drawable(job)) return;
            var file = PageDrawing.PageFile(job.Url);
            each[i] = (file, canKeep(job, file));
        });
        return each;
    }

    /// <summary>Runs <paramref name="body"/> for 0 … count − 1 in ranges of pages, a few per core: one task per page costs more than the page.</summary>
    private static void For(int count, Action<int> body)
    {
        if (count == 0) return;
        var size = Math.Max(512, count / (Environment.ProcessorCount * 4) + 1);
        Parallel.ForEach(Partitioner.Create(0, count, size), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) body(i);
        });
    }
}

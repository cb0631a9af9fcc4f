using System.Diagnostics;
using Bantin.Output;
using Bantin.Render;

namespace Bantin.Stages;

/// <summary>
/// Renders pages in parallel and hands each page's HTML on; a page whose template failed is left to
/// <see cref="PageRenderer.Report"/>. Thread time and allocations are counted per template.
/// </summary>
public static class PageDrawing
{
    public static void Draw(IEnumerable<PageJob> jobs, PageRenderer renderer, TemplateTimes times, Action<PageJob, ReadOnlySpan<byte>> done) =>
        Parallel.ForEach(jobs, job =>
        {
            try
            {
                DrawOne(job, renderer, times, done);
            }
            catch (Exception e) when (!BuildCrash.IsCancellation(e) && e is not (BuildCrash or OutputFailure))
            {
                throw new BuildCrash("pages", job.Url, e);
            }
        });

    private static void DrawOne(PageJob job, PageRenderer renderer, TemplateTimes times, Action<PageJob, ReadOnlySpan<byte>> done)
    {
        var (start, bytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        var view = job.View();
        var (viewed, viewBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        var (drew, drewBytes) = (0L, 0L);
        var drawn = renderer.Render(job.Template, view, job.Url, html =>
        {
            (drew, drewBytes) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            done(job, html);
        });
        if (!drawn) return;
        times.Add(job.Template, viewed - start, drew - viewed, Stopwatch.GetTimestamp() - drew, viewBytes - bytes, drewBytes - viewBytes);
    }

    /// <summary>The file a page's HTML goes to: clean URLs, a folder with an index.html.</summary>
    public static string PageFile(string url) => url + "index.html";
}

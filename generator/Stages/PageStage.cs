using Bantin.Diagnostics;
using Bantin.Render;

namespace Bantin.Stages;

/// <summary>
/// Draws the planned pages and the 404 page. Pages are drawn even after content errors, so that template errors are
/// reported in the same run; whether they are written is the caller's choice.
/// </summary>
public static class PageStage
{
    public static void Draw(IEnumerable<PageJob> jobs, TemplateSet templates, PageRenderer renderer, ViewFactory views, TemplateTimes times,
        DiagnosticBag bag, Action<PageJob, ReadOnlySpan<byte>> page, Action<string> notFound)
    {
        if (!templates.Has(PageRenderer.Layout)) return;
        // Drawn from the end of the plan: its last pages are its costliest single ones (the search page builds the
        // whole index in one thread; the unit pages draw every chart), so no core is left waiting on one of them while
        // the other has finished. The order changes no page.
        PageDrawing.Draw(jobs.Where(job => templates.Has(job.Template)).Reverse(), renderer, times, page);
        if (templates.Has("404.html") && renderer.Render("404.html", views.NotFound(), "404.html") is { } html) notFound(html);
        renderer.Report(bag);
    }
}

using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render;
using Bantin.Sources;

namespace Bantin.Stages;

/// <summary>Every shown body rendered (Markdown, figure calls, local files checked), in parallel.</summary>
public static class BodyStage
{
    /// <param name="release">Replace each item, once its body is rendered, by a copy without the Markdown.</param>
    /// <param name="pack">Keep each body compressed.</param>
    public static ConcurrentDictionary<string, RenderedBody> Render(ShownContent shown, BodyRenderer renderer, SiteFiles files,
        DiagnosticBag bag, IBodyCache? cache, bool release, bool pack)
    {
        var (articles, pages) = (shown.Articles, shown.Pages);
        var bodies = new ConcurrentDictionary<string, RenderedBody>(StringComparer.Ordinal);
        Func<string, bool> exists = cache is null ? File.Exists : cache.Exists;
        Parallel.For(0, articles.Count + pages.Count, i =>
        {
            var source = i < articles.Count ? BodySource.Of(articles[i]) : BodySource.Of(pages[i - articles.Count]);
            var body = cache is null ? RenderOne(renderer, source, bag) : cache.Render(source, bag, into => RenderOne(renderer, source, into));
            bodies[source.SourcePath] = pack ? body.Packed() : body;
            if (cache is null) LocalFiles.Check(files, source, body, bag, exists);
            else cache.CheckFiles(source, body, bag, into => LocalFiles.Check(files, source, body, into, exists));
            if (!release) return;
            if (i < articles.Count) articles[i] = articles[i] with { Body = "" };
            else pages[i - articles.Count] = pages[i - articles.Count] with { Body = "" };
        });
        return bodies;
    }

    public static RenderedBody RenderOne(BodyRenderer renderer, BodySource source, DiagnosticBag bag)
    {
        try
        {
            return renderer.Render(source.SourcePath, source.Markdown, source.FirstLine, source.Unit, source.Period, bag, source.Date);
        }
        catch (Exception e) when (!BuildCrash.IsCancellation(e))
        {
            throw new BuildCrash("bodies", source.SourcePath, e);
        }
    }
}

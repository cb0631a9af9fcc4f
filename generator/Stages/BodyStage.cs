using System.Collections.Concurrent;
using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Render;
using Bantin.Sources;

namespace Bantin.Stages;

/// <summary>Every shown body rendered (Markdown, figure calls, local files checked), in parallel.</summary>
public static class BodyStage
{
    /// <summary>Parts a packed (large) build renders its bodies in, with a full collection between two.</summary>
    private const int Parts = 8;

    /// <param name="release">Replace each item, once its body is rendered, by a copy without the Markdown.</param>
    /// <param name="pack">Keep each body compressed.</param>
    public static ConcurrentDictionary<string, RenderedBody> Render(ShownContent shown, BodyRenderer renderer, SiteFiles files,
        DiagnosticBag bag, IBodyCache? cache, bool release, bool pack)
    {
        var (articles, pages) = (shown.Articles, shown.Pages);
        var bodies = new ConcurrentDictionary<string, RenderedBody>(StringComparer.Ordinal);
        Func<string, bool> exists = cache is null ? File.Exists : cache.Exists;
        var count = articles.Count + pages.Count;
        // A large build renders its bodies in parts and collects between them: the Markdown each part lets go (some
        // 1.2 GB in all at 100,000 articles) was otherwise left for the collector to find late, and the stage's
        // memory climbed about 500 MB above what was alive.
        var parts = pack ? Parts : 1;
        for (var part = 0; part < parts; part++)
        {
            if (part > 0) StageGarbage.Release(pack);
            Parallel.For(count * part / parts, count * (part + 1) / parts, i => Render(i));
        }
        return bodies;

        void Render(int i)
        {
            var source = i < articles.Count ? BodySource.Of(articles[i]) : BodySource.Of(pages[i - articles.Count]);
            var body = cache is null ? RenderOne(renderer, source, bag) : cache.Render(source, bag, into => RenderOne(renderer, source, into));
            bodies[source.SourcePath] = pack ? body.Packed() : body;
            if (cache is null) LocalFiles.Check(files, source, body, bag, exists);
            else cache.CheckFiles(source, body, bag, into => LocalFiles.Check(files, source, body, into, exists));
            if (!release) return;
            if (i < articles.Count) articles[i] = articles[i] with { Body = "" };
            else pages[i - articles.Count] = pages[i - articles.Count] with { Body = "" };
        }
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

namespace Bantin;

/// <summary>
/// The lines of <c>build --timings</c> and <c>serve --timings</c>: wall time and memory per stage, then thread time
/// per template.
/// </summary>
public static class TimingLines
{
    public static IEnumerable<string> Of(BuildResult result)
    {
        foreach (var (stage, took, allocated, heap) in result.Timings)
            yield return $"  {stage,-10} {took.TotalMilliseconds,8:0} ms {heap / 1048576.0,8:0} MiB heap {allocated / 1048576.0,8:0} MiB allocated";
        if (result.Templates.Count > 0)
            yield return $"  {"template",-16} {"pages",7} {"view ms",9} {"render ms",9} {"write ms",9} {"view KiB/p",10} {"render KiB/p",12}  (thread time)";
        foreach (var t in result.Templates)
            yield return $"  {t.Template,-16} {t.Pages,7} {t.View.TotalMilliseconds,9:0} {t.Render.TotalMilliseconds,9:0} {t.Write.TotalMilliseconds,9:0} {t.ViewBytes / 1024.0 / t.Pages,10:0} {t.RenderBytes / 1024.0 / t.Pages,12:0}";
    }
}

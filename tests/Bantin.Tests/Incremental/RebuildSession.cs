using Bantin.Incremental;
using Bantin.Tests.Support;

namespace Bantin.Tests.Incremental;

/// <summary>
/// A site rebuilt the way the preview rebuilds it (one memory, one output folder), next to full builds of the same
/// files, so a test can say "after this edit the rebuild equals a full build, byte for byte".
/// </summary>
public sealed class RebuildSession : IDisposable
{
    private readonly BuildMemory _memory;
    private readonly IncrementalBuilder _builder = new();
    private int _fullBuilds;

    /// <param name="deferSearch">As the preview does: the search index is written after the pages (<see cref="Finish"/>).</param>
    public RebuildSession(TestSite site, bool deferSearch = true)
    {
        _memory = new BuildMemory { DeferSearch = deferSearch };
        Site = site;
        Live = Path.Combine(site.Root, "live");
    }

    public TestSite Site { get; }

    public string Live { get; }

    /// <summary>The build's "now", for this session's rebuilds and the full builds they are compared with.</summary>
    public DateTimeOffset BuildTime { get; set; } = TestSite.BuildTime;

    /// <summary>
    /// True when the last rebuild reused the previous build's index, plan and views (an edit of bodies only) instead
    /// of computing them again from every file.
    /// </summary>
    public bool ReusedLastBuild { get; private set; }

    /// <summary>How many results and targets files the session's builds have parsed so far.</summary>
    public int DataFilesRead => _memory.DataFiles.Reads;

    /// <summary>How many builds took over the last build's URL claims instead of claiming every URL again.</summary>
    public int ClaimsTakenOver => _memory.Claims.TakenOver;

    /// <summary>How many items had their copied files listed again for the URL claims.</summary>
    public int CopiesListed => _memory.Claims.CopiesListed;

    /// <summary>How many bodies have had the files beside them checked on disk so far (not replayed from memory).</summary>
    public int LocalFilesChecked => _memory.FileChecks.Checked;

    /// <summary>How many article and page bodies the session's builds have rendered so far (not taken over).</summary>
    public int BodiesRendered => _memory.Bodies.Renders;

    private Dictionary<string, (long, DateTime)>? _seen;

    /// <summary>
    /// Rebuilds as the preview does: told which files changed since the last build (as its watcher would say), so
    /// that only those are looked at again. The first build is told nothing.
    /// </summary>
    public BuildResult Rebuild(bool finish = true)
    {
        var now = Sources();
        var changed = _seen is null ? null
            : now.Keys.Union(_seen.Keys).Where(p => !now.TryGetValue(p, out var a) || !_seen.TryGetValue(p, out var b) || a != b).ToList();
        _seen = now;
        _memory.Expect(Site.Root, changed);
        var last = _memory.Last;
        var result = _builder.Build(Options(Live), _memory);
        ReusedLastBuild = last is not null && ReferenceEquals(last, _memory.Last);
        // As the preview does right after the reload: the search index follows the pages.
        if (result.Succeeded && finish) _memory.RunDeferred();
        return result;
    }

    private Dictionary<string, (long, DateTime)> Sources() =>
        Directory.EnumerateFiles(Site.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Site.Root, f).Replace('\\', '/'))
            .Where(f => f == "site.yaml" || f.StartsWith("content/") || f.StartsWith("data/") || f.StartsWith("templates/"))
            .ToDictionary(f => f, f => (new FileInfo(Path.Combine(Site.Root, f)).Length, File.GetLastWriteTimeUtc(Path.Combine(Site.Root, f))));

    public BuildResult RebuildOk()
    {
        var result = Rebuild();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result;
    }

    /// <summary>Rebuilds, then checks that the live folder holds exactly what a full build of the same files writes.</summary>
    public BuildResult RebuildAndCompare()
    {
        var result = RebuildOk();
        AssertSameAsFullBuild();
        return result;
    }

    public void AssertSameAsFullBuild()
    {
        var full = Path.Combine(Site.Root, $"full-{++_fullBuilds}");
        var result = new SiteBuilder().Build(Options(full));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        var expected = Files(full);
        var actual = Files(Live);
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            var want = File.ReadAllBytes(Path.Combine(full, file));
            var got = File.ReadAllBytes(Path.Combine(Live, file));
            if (!want.AsSpan().SequenceEqual(got))
                Assert.Fail($"{file} differs from a full build:\n--- full\n{System.Text.Encoding.UTF8.GetString(want)}\n--- rebuild\n{System.Text.Encoding.UTF8.GetString(got)}");
        }
        Assert.Equal(Folders(full), Folders(Live));
        Directory.Delete(full, recursive: true);
    }

    public int Finish(CancellationToken cancel = default) => _memory.RunDeferred(cancel);

    /// <summary>What a full build of the same files reports (it may fail), as lines.</summary>
    public IReadOnlyList<string> FullBuildDiagnostics()
    {
        var full = Path.Combine(Site.Root, $"full-{++_fullBuilds}");
        var result = new SiteBuilder().Build(Options(full));
        return result.Diagnostics.Select(d => d.ToString()).ToList();
    }

    /// <summary>Every file under a folder of the live site with its bytes.</summary>
    public Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Live, folder), "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Live, f), File.ReadAllBytes);

    public string Text(string relativePath) => File.ReadAllText(Path.Combine(Live, relativePath));

    public DateTime WrittenAt(string relativePath) => File.GetLastWriteTimeUtc(Path.Combine(Live, relativePath));

    private BuildOptions Options(string output) => new(Site.Root, output, IncludeDrafts: false, BaseUrl: null, BuildTime: BuildTime);

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();

    private static List<string> Folders(string root) =>
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => Site.Dispose();
}

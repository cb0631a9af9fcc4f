namespace Bantin;

/// <summary>
/// What a build is asked to do. <see cref="BuildTime"/> decides which dated articles are published;
/// <see cref="CheckOnly"/> renders everything in memory, writes nothing and runs the extra checks of <c>check</c>.
/// </summary>
public sealed record BuildOptions(
    string SiteRoot,
    string? OutputDir = null,
    bool IncludeDrafts = false,
    string? BaseUrl = null,
    DateTimeOffset? BuildTime = null,
    bool CheckOnly = false)
{
    /// <summary>
    /// From this many articles and pages on, a one-shot build keeps rendered bodies compressed until their pages are
    /// drawn (<see cref="Render.RenderedBody.Packed"/>): 100,000 bodies are an estimated 860 MB of HTML. Below it, packing and
    /// unpacking (about 2% of a 1,000-article build) would buy memory nobody is short of.
    /// </summary>
    public int PackBodiesFrom { get; init; } = 20_000;

    /// <summary><c>build --relative</c>: a portable build, as site.yaml <c>relative_urls: true</c>.</summary>
    public bool Relative { get; init; }

    /// <summary>Stops the build (Ctrl+C): the staging folder is removed and the output left as it was.</summary>
    public CancellationToken Cancel { get; init; }

    public string ResolvedOutput => Path.GetFullPath(OutputDir ?? Path.Combine(SiteRoot, "public"));

    /// <summary>The fixed time from SOURCE_DATE_EPOCH if set (reproducible builds), else now.</summary>
    public static DateTimeOffset DefaultBuildTime()
    {
        // The command line refuses a bad value with a usage error; a caller that did not ask gets the real time.
        return SourceDateEpoch.TryRead(Environment.GetEnvironmentVariable(SourceDateEpoch.Variable), out var time) && time is { } t
            ? t : DateTimeOffset.UtcNow;
    }
}

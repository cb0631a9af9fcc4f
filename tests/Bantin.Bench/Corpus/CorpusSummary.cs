using System.Globalization;
using System.Text;

namespace Bantin.Bench.Corpus;

/// <summary>What a corpus holds; also written as the <c>.bench-corpus</c> marker that the run command's cache checks.</summary>
public sealed record CorpusSummary(
    CorpusOptions Options,
    IReadOnlyList<string> ArticleUrls,
    int Units,
    int DistrictsWithResults,
    int ResultFiles,
    int Values,
    int TargetFiles,
    int Targets,
    long Words)
{
    public const string MarkerFile = ".bench-corpus";

    /// <summary>Bump when the generator's output changes, so cached corpora are rebuilt.</summary>
    public const int FormatVersion = 2;

    /// <summary>The lines that identify a corpus: same key, same bytes.</summary>
    public static string Key(CorpusOptions o) =>
        $"format={FormatVersion} count={o.Count} seed={o.Seed} figures={o.Figures.ToString().ToLowerInvariant()} data={o.Data.ToString().ToLowerInvariant()} shape={o.Shape}";

    public string Marker()
    {
        var sb = new StringBuilder();
        sb.Append(Key(Options)).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"articles={ArticleUrls.Count}\nwords={Words}\nunits={Units}\ndistricts_with_results={DistrictsWithResults}\n");
        sb.Append(CultureInfo.InvariantCulture, $"result_files={ResultFiles}\nvalues={Values}\ntarget_files={TargetFiles}\ntargets={Targets}\n");
        return sb.ToString();
    }

    /// <summary>The value of <c>name=</c> in a marker, or null.</summary>
    public static string? Read(string marker, string name) =>
        marker.Split('\n', ' ').FirstOrDefault(part => part.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
}

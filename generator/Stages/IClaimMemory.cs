using Bantin.Diagnostics;
using Bantin.Render;

namespace Bantin.Stages;

/// <summary>
/// The URLs the last build claimed, for the preview: claiming 25,000 page URLs and 10,000 copied files again gives
/// the same answer when the claims are the same (in any order) and the last claiming found nothing wrong.
/// </summary>
public interface IClaimMemory
{
    /// <summary>True when these claims are those of the last build and none of them was an error then.</summary>
    bool SameAndClean(IReadOnlyList<(string Url, SourceSpan Owner)> claims);

    void Remember(IReadOnlyList<(string Url, SourceSpan Owner)> claims, bool clean);

    /// <summary>
    /// The claims of the files copied beside one item: <paramref name="list"/> when the item's URL, rendered body (the
    /// same object) or card image moved since the last build, else the claims it made then. They are made from these
    /// three and the item's path alone, never from the disk.
    /// </summary>
    IReadOnlyList<(string Url, SourceSpan Owner)> Copied(string sourcePath, string url, RenderedBody body, string? image,
        Func<IReadOnlyList<(string Url, SourceSpan Owner)>> list);
}

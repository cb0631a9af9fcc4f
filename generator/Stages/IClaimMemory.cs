using Bantin.Diagnostics;

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
}

namespace Bantin.Output;

/// <summary>
/// An output folder as a build found it, checked by <see cref="OutputGuard"/>: what the last build wrote there
/// (<see cref="Owned"/>, from its manifest) and what a commit must leave alone.
/// </summary>
/// <param name="Path">The folder, absolute.</param>
/// <param name="Owned">Files the last build wrote ('/'-separated, relative); empty for a new or empty folder.</param>
/// <param name="Protected">Folders ("" is the output itself) holding something that is not Bantin's: a commit goes into them entry by entry instead of replacing them whole.</param>
/// <param name="Keep">The user's paths a build never touches.</param>
/// <param name="Adopted">Files of an output written by an earlier Bantin that kept no manifest: unknown, so kept like the user's.</param>
public sealed record OutputFolder(
    string Path,
    IReadOnlySet<string> Owned,
    IReadOnlySet<string> Protected,
    KeepRules Keep,
    IReadOnlySet<string> Adopted)
{
    /// <summary>A folder the caller vouches for (a fresh temporary folder, a preview session's own).</summary>
    public static OutputFolder Unchecked(string path) => new(System.IO.Path.GetFullPath(path), new HashSet<string>(), new HashSet<string>(), KeepRules.None, new HashSet<string>());

    /// <summary>True when a path is the user's: kept by a rule or adopted from an older output.</summary>
    public bool IsUsers(string relativePath) => Keep.Keeps(relativePath) || Adopted.Contains(relativePath);
}

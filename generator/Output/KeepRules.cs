namespace Bantin.Output;

/// <summary>
/// What users keep in an output folder beside the site: a GitHub Pages work tree's <c>.git/</c>, its <c>CNAME</c> and
/// <c>.nojekyll</c>, a host's <c>.well-known/</c>, and whatever site.yaml lists under <c>keep:</c>. A build never
/// replaces, moves or deletes them, and an output folder holding only these counts as empty.
/// </summary>
public sealed class KeepRules
{
    public static readonly IReadOnlyList<string> Defaults = [".git", "CNAME", ".nojekyll", ".well-known"];

    private readonly string[] _paths;

    public KeepRules(IEnumerable<string> fromSite) =>
        _paths = Defaults.Concat(fromSite.Select(p => p.Replace('\\', '/').Trim('/')).Where(p => p.Length > 0)).Distinct(StringComparer.Ordinal).ToArray();

    public static KeepRules None { get; } = new([]);

    /// <summary>True for a kept path and anything under it ("a/b" keeps "a/b" and "a/b/c.txt"); paths use '/'.</summary>
    public bool Keeps(string relativePath)
    {
        foreach (var kept in _paths)
        {
            if (relativePath.StartsWith(kept, StringComparison.Ordinal)
                && (relativePath.Length == kept.Length || relativePath[kept.Length] == '/'))
                return true;
        }
        return false;
    }
}

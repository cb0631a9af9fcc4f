namespace Bantin.Deploy;

/// <summary>
/// What a deploy changes in a target, in the order it does it: new files first (a changed page may link to them), then
/// changed files, then deletions, so a reader mid-deploy meets no link to a missing file. Within each group, pages
/// (.html) go after what they load.
/// </summary>
public sealed record DeployPlan(IReadOnlyList<string> New, IReadOnlyList<string> Changed, IReadOnlyList<string> Deleted, int Unchanged)
{
    public IEnumerable<string> Uploads => New.Concat(Changed);

    public bool IsEmpty => New.Count == 0 && Changed.Count == 0 && Deleted.Count == 0;

    /// <param name="local">The output's files and hashes.</param>
    /// <param name="published">The target's manifest.</param>
    public static DeployPlan Make(IReadOnlyDictionary<string, string> local, IReadOnlyDictionary<string, string> published)
    {
        var added = local.Keys.Where(p => !published.ContainsKey(p));
        var changed = local.Where(f => published.TryGetValue(f.Key, out var hash) && hash != f.Value).Select(f => f.Key);
        var deleted = published.Keys.Where(p => !local.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        var unchanged = local.Count(f => published.TryGetValue(f.Key, out var hash) && hash == f.Value);
        return new DeployPlan(Ordered(added), Ordered(changed), deleted, unchanged);
    }

    private static List<string> Ordered(IEnumerable<string> paths) =>
        paths.OrderBy(p => p.EndsWith(".html", StringComparison.Ordinal)).ThenBy(p => p, StringComparer.Ordinal).ToList();
}

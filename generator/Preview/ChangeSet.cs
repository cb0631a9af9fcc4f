namespace Bantin.Preview;

/// <summary>The site files (relative to the site root, with '/') that changed since the last build; <see cref="SiteWatcher.Overflow"/> when unknown.</summary>
public sealed record ChangeSet(IReadOnlyList<string> Files)
{
    /// <summary>The first build of a session: nothing changed, everything is new.</summary>
    public static ChangeSet Initial { get; } = new(Array.Empty<string>());

    public bool IsInitial => ReferenceEquals(this, Initial);

    public bool IsEmpty => Files.Count == 0;

    /// <summary>
    /// The files a batch of events really changed. A file that first appeared in the batch and is gone again at
    /// its end was an editor's or tool's temporary file (sed -i, atomic saves): it changed nothing and is left out.
    /// </summary>
    public static ChangeSet From(IEnumerable<FileEvent> events, string siteRoot)
    {
        var firstAppeared = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var e in events) firstAppeared.TryAdd(e.Path, e.Appeared);
        var files = firstAppeared
            .Where(pair => !pair.Value || pair.Key == SiteWatcher.Overflow || Exists(Path.Combine(siteRoot, pair.Key)))
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new ChangeSet(files);
    }

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <summary>The changed files for a console line: a few names, then how many more, so a big checkout stays one line.</summary>
    public string Describe(Diagnostics.Messages messages, int shown = 3)
    {
        var names = string.Join(", ", Files.Take(shown));
        return Files.Count <= shown ? names : $"{names} {messages.PreviewMoreFiles(Files.Count - shown).What}";
    }
}

namespace Bantin.Preview;

/// <summary>The site files (relative to the site root, with '/') that changed since the last build.</summary>
public sealed record ChangeSet(IReadOnlyList<string> Files)
{
    /// <summary>The first build of a session: nothing changed, everything is new.</summary>
    public static ChangeSet Initial { get; } = new(Array.Empty<string>());

    public bool IsInitial => Files.Count == 0;

    /// <summary>The changed files for a console line: a few names, then how many more, so a big checkout stays one line.</summary>
    public string Describe(Diagnostics.Messages messages, int shown = 3)
    {
        var names = string.Join(", ", Files.Take(shown));
        return Files.Count <= shown ? names : $"{names} {messages.PreviewMoreFiles(Files.Count - shown).What}";
    }
}

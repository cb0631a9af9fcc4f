namespace Bantin.Import;

/// <summary>What an import does to one results file.</summary>
/// <param name="Path">Relative to the site, with '/'.</param>
/// <param name="Text">The file's new text; null when nothing in it changes.</param>
/// <param name="Changes">Each changed value as "indicator: old → new", for the summary.</param>
public sealed record FileChange(string Path, bool IsNew, int Added, int Changed, int Unchanged, string? Text, IReadOnlyList<string> Changes);

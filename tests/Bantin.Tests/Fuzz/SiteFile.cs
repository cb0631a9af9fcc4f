namespace Bantin.Tests.Fuzz;

/// <summary>A file of a generated site: a path relative to the site root, and its text.</summary>
public sealed record SiteFile(string Path, string Text);

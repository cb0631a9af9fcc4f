namespace Bantin.Preview;

/// <summary>One file system event on a source: the path relative to the site root, and whether it appeared (created or renamed to).</summary>
public readonly record struct FileEvent(string Path, bool Appeared);

namespace Bantin.Render;

/// <summary>A file referenced by relative path, and where in the Markdown it was referenced.</summary>
public sealed record LocalFile(string RelativePath, int Line, int Column);

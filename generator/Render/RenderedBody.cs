namespace Bantin.Render;

/// <summary>An article or page body turned into HTML, with what lists need from it.</summary>
/// <param name="LocalFiles">Files beside the source that the body references (images), relative to the source folder.</param>
public sealed record RenderedBody(string Html, string FirstParagraph, IReadOnlyList<LocalFile> LocalFiles);

/// <summary>A file referenced by relative path, and where in the Markdown it was referenced.</summary>
public sealed record LocalFile(string RelativePath, int Line, int Column);

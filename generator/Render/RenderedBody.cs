namespace Bantin.Render;

/// <summary>An article or page body turned into HTML, with what lists need from it.</summary>
/// <param name="LocalFiles">Files beside the source that the body references (images), relative to the source folder.</param>
/// <param name="Links">Every link and image of the body with its position, for <c>check</c>.</param>
public sealed record RenderedBody(string Html, string FirstParagraph, IReadOnlyList<LocalFile> LocalFiles, IReadOnlyList<BodyLink> Links);

/// <summary>A link or image written in Markdown, where it was written, and (for images) its alt text.</summary>
public sealed record BodyLink(string Url, int Line, int Column, bool IsImage, string AltText);

/// <summary>A file referenced by relative path, and where in the Markdown it was referenced.</summary>
public sealed record LocalFile(string RelativePath, int Line, int Column);

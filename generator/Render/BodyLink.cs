namespace Bantin.Render;

/// <summary>A link or image written in Markdown, where it was written, and (for images) its alt text.</summary>
public sealed record BodyLink(string Url, int Line, int Column, bool IsImage, string AltText);

namespace Bantin.Render.Views;

/// <summary><c>page</c> in page.html (standalone pages) and 404.html.</summary>
public sealed record PageView(string Kind, string Title, string Url, string Permalink, string Description, string Content);

namespace Bantin.Render.Views;

/// <summary>A link as templates need it: text and a site-absolute URL (already prefixed with the base path).</summary>
public sealed record LinkView(string Title, string Url, bool Current = false);

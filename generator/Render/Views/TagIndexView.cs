namespace Bantin.Render.Views;

public sealed record TagLinkView(string Title, string Url, int Count);

/// <summary><c>page</c> in tags.html.</summary>
public sealed record TagIndexView(string Kind, string Title, string Url, string Permalink, string Description, IReadOnlyList<TagLinkView> Tags);

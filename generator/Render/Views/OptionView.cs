namespace Bantin.Render.Views;

/// <summary>An option of a filter list: the value sent in the query string and the text shown.</summary>
public sealed record OptionView(string Value, string Title);

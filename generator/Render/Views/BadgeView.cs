namespace Bantin.Render.Views;

/// <summary>The "Bản nháp" / "Hẹn đăng" mark on an article that only a preview (or <c>--drafts</c>) shows.</summary>
/// <param name="Kind"><c>draft</c> or <c>scheduled</c>, for the CSS class.</param>
public sealed record BadgeView(string Kind, string Text);

using System.Text;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Render;

namespace Bantin.Preview;

/// <summary>
/// The small box the preview puts in a corner of an article whose prose disagrees with the data: each warning of the
/// prose checker with its line:column, message and fix. Dismissible, and styled inline so no site CSS can hide it;
/// unlike the error overlay it leaves the page readable, since the build was good.
/// </summary>
public static class ProsePanel
{
    public const string ElementId = "bantin-prose";

    public static string Render(IReadOnlyList<Diagnostic> warnings, Messages messages)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"{ElementId}\" role=\"status\" lang=\"{(messages.Language == Language.En ? "en" : "vi")}\" ")
            .Append("style=\"position:fixed;right:1rem;bottom:1rem;z-index:2147483646;max-width:32rem;max-height:50vh;overflow:auto;")
            .Append("background:#2b2b2b;color:#f3f3f3;font:14px/1.45 system-ui,sans-serif;padding:.8rem 1rem;text-align:left;")
            .Append("border-left:4px solid #ffd54f;box-shadow:0 2px 12px rgba(0,0,0,.4)\">")
            .Append($"<button type=\"button\" onclick=\"document.getElementById('{ElementId}').remove()\" ")
            .Append("style=\"float:right;font:inherit;padding:0 .6rem;cursor:pointer\">")
            .Append(Html.Escape(messages.OverlayClose().What)).Append("</button>")
            .Append("<p style=\"margin:0 0 .4rem;font-weight:bold;color:#ffd54f\">")
            .Append(Html.Escape(messages.ProsePanelTitle(warnings.Count).What)).Append("</p>")
            .Append("<ul style=\"margin:0;padding:0 0 0 1.1rem\">");
        foreach (var warning in warnings) AppendWarning(html, warning);
        html.Append("</ul><p style=\"margin:.4rem 0 0;font-size:12px;color:#bdbdbd\">")
            .Append(Html.Escape(messages.ProsePanelHint().What)).Append("</p></div>");
        return html.ToString();
    }

    private static void AppendWarning(StringBuilder html, Diagnostic warning)
    {
        html.Append("<li class=\"bantin-prose-warning\" style=\"margin:0 0 .4rem\">")
            .Append("<code style=\"font-family:ui-monospace,monospace\">")
            .Append(warning.Span.Line).Append(':').Append(warning.Span.Column).Append("</code> ")
            .Append(Html.Escape(warning.Message));
        if (warning.Fix is not null)
            html.Append("<br>→ ").Append(Html.Escape(warning.Fix));
        html.Append("</li>");
    }
}

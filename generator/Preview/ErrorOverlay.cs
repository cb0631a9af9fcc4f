using System.Text;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Render;

namespace Bantin.Preview;

/// <summary>
/// The box the preview lays over every page while the last build has errors: each diagnostic with its place,
/// severity, message, fix and source lines, in the site language. Styled inline so no site CSS can hide or break it.
/// </summary>
public static class ErrorOverlay
{
    public const string ElementId = "bantin-overlay";

    public static string Render(IReadOnlyList<Problem> problems, Messages messages, bool servingLastGood)
    {
        var html = new StringBuilder();
        html.Append($"<div id=\"{ElementId}\" role=\"alert\" lang=\"{Lang(messages)}\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;")
            .Append("background:rgba(20,20,20,.92);color:#f3f3f3;font:15px/1.5 system-ui,sans-serif;padding:2rem;text-align:left\">")
            .Append("<div style=\"max-width:60rem;margin:0 auto\">")
            .Append($"<button type=\"button\" onclick=\"document.getElementById('{ElementId}').remove()\" ")
            .Append("style=\"float:right;font:inherit;padding:.2rem .8rem;cursor:pointer\">")
            .Append(Html.Escape(messages.OverlayClose().What)).Append("</button>")
            .Append("<h2 style=\"margin:0 0 .3rem;font-size:1.3rem;color:#ff8a80\">")
            .Append(Html.Escape(messages.OverlayTitle(servingLastGood).What)).Append("</h2>")
            .Append("<p style=\"margin:0 0 1.2rem\">").Append(Html.Escape(messages.OverlayHint().What)).Append("</p>");
        foreach (var problem in problems) AppendProblem(html, problem, messages);
        html.Append("</div></div>");
        return html.ToString();
    }

    private static void AppendProblem(StringBuilder html, Problem problem, Messages messages)
    {
        var d = problem.Diagnostic;
        var colour = d.Severity == Severity.Error ? "#ff8a80" : "#ffd54f";
        html.Append("<section class=\"bantin-problem\" style=\"margin:0 0 1.2rem;padding:.8rem 1rem;background:#2b2b2b;border-left:4px solid ")
            .Append(colour).Append("\">")
            .Append("<p style=\"margin:0\"><code style=\"font-family:ui-monospace,monospace\">").Append(Html.Escape(d.Span.ToString())).Append("</code> ")
            .Append("<strong style=\"color:").Append(colour).Append("\">").Append(Html.Escape(messages.SeverityName(d.Severity).What)).Append("</strong>: ")
            .Append(Html.Escape(d.Message)).Append("</p>");
        if (d.Fix is not null)
            html.Append("<p style=\"margin:.3rem 0 0\">→ ").Append(Html.Escape(d.Fix)).Append("</p>");
        if (problem.Excerpt is { } excerpt)
        {
            html.Append("<pre style=\"margin:.6rem 0 0;padding:.6rem;background:#1b1b1b;color:#e0e0e0;overflow:auto;font:13px/1.4 ui-monospace,monospace\">");
            foreach (var line in excerpt.Format()) html.Append(Html.Escape(line)).Append('\n');
            html.Append("</pre>");
        }
        html.Append("</section>");
    }

    private static string Lang(Messages messages) => messages.Language == Language.En ? "en" : "vi";
}

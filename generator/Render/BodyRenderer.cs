using Bantin.Diagnostics;
using Bantin.Render.Data;
using Scriban;
using Scriban.Syntax;

namespace Bantin.Render;

/// <summary>
/// An article or page body: figure calls first (Scriban, only when the body has any), then Markdown.
/// Positions are shifted by the body's first line so errors point at the real line of the .md file.
/// </summary>
/// <param name="reads">Told which figures each body read (the preview's); null when nobody asks.</param>
public sealed class BodyRenderer(MarkdownRenderer markdown, TemplateRunner runner, DataViewFactory data, IFigureReadLog? reads = null)
{
    private readonly Scriban.Runtime.ScriptObject _functions = FigureFunctions.Shared();

    /// <param name="published">An article's date: its figures print as they stood that day. Null for a page: as they stand.</param>
    public RenderedBody Render(string sourcePath, string body, int firstLine, string? unit, string? period, DiagnosticBag bag,
        DateTimeOffset? published = null)
    {
        (int Width, int Height)? SizeOf(string url) => data.Images.SizeOf(sourcePath, url);
        if (!HasFigureCalls(body)) return markdown.Render(body, firstLine, sourcePath, bag, SizeOf);

        body = FigureQuotes.Straighten(body);
        var template = Template.Parse(body, sourcePath);
        if (template.HasErrors)
        {
            // Scriban may say two things about one slip at one place ("Invalid token `}`", "Unexpected }"): once is enough.
            var said = new HashSet<(int, int, string)>();
            foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
            {
                var text = Explain(message.Message, body, message.Span, bag.Messages);
                if (said.Add((message.Span.Start.Line, message.Span.Start.Column, text.What)))
                    bag.Error(Shift(sourcePath, message.Span, firstLine), text);
            }
            return markdown.Render(body, firstLine, sourcePath, bag, SizeOf);
        }

        var idPrefix = "fig-" + Model.Slug.From(Path.GetFileNameWithoutExtension(sourcePath));
        var day = published is { } date ? data.Day(date) : (DateOnly?)null;
        var functions = new FigureFunctions(data.ForArticle(day), runner, bag.Messages, unit, period, idPrefix, body, day);
        try
        {
            return Expand(sourcePath, body, firstLine, template, functions, bag, SizeOf);
        }
        finally
        {
            // A call that failed has read what it asked for: an edit there may mend it.
            reads?.Record(sourcePath, functions.Reads);
        }
    }

    private RenderedBody Expand(string sourcePath, string body, int firstLine, Template template, FigureFunctions functions, DiagnosticBag bag,
        Func<string, (int Width, int Height)?> sizeOf)
    {
        string expanded;
        try
        {
            var context = runner.NewContext(_functions, functions);
            // The shared functions stay read-only: whatever a body assigns goes to a scope of its own.
            context.PushGlobal(new Scriban.Runtime.ScriptObject());
            expanded = template.Render(context);
        }
        catch (FigureError e)
        {
            bag.Error(Shift(sourcePath, e.Span, firstLine), e.Text);
            return markdown.Render(body, firstLine, sourcePath, bag, sizeOf);
        }
        catch (ScriptRuntimeException e)
        {
            var text = e.InnerException is FigureError inner ? inner.Text : Explain(e.OriginalMessage, body, e.Span, bag.Messages);
            bag.Error(Shift(sourcePath, e.Span, firstLine), text);
            return markdown.Render(body, firstLine, sourcePath, bag, sizeOf);
        }

        foreach (var (span, text) in functions.Warnings) bag.Warning(Shift(sourcePath, span, firstLine), text);
        foreach (var revised in functions.Revised)
            bag.Warning(Shift(sourcePath, revised.Span, firstLine),
                bag.Messages.ArticleFigureRevised(revised.Call, revised.Printed, revised.Now, RevisionStrings.Day(revised.Date)));
        var rendered = markdown.Render(expanded, firstLine, sourcePath, bag, sizeOf);
        var html = functions.Restore(rendered.Html) + RevisionNote.Html(functions.Revised, data);
        return rendered.WithHtml(html, functions.WithoutPlaceholders(rendered.FirstParagraph));
    }

    /// <summary>Only bodies with figure calls go through Scriban, and only they depend on the data.</summary>
    public static bool HasFigureCalls(string body) => body.Contains("{{", StringComparison.Ordinal);

    private static Text Explain(string reason, string body, Scriban.Parsing.SourceSpan span, Messages messages) =>
        FigureSlips.Explain(reason, body, span.Start.Line, span.Start.Column, messages);

    private static SourceSpan Shift(string file, Scriban.Parsing.SourceSpan span, int firstLine) =>
        new(file, span.Start.Line + firstLine, span.Start.Column + 1);
}

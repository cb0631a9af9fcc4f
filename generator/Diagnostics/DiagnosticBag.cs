using Bantin.Formatting;

namespace Bantin.Diagnostics;

/// <summary>
/// Collects every finding of a build instead of stopping at the first, so an editor fixes all of them in one go.
/// Safe to add to from parallel stages; reading sorts by place so that output is deterministic.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _gate = new();

    public DiagnosticBag(Messages messages) => Messages = messages;

    /// <summary>Message texts in the site language (the language is known once site.yaml is read).</summary>
    public Messages Messages { get; private set; }

    public void UseLanguage(Language language) => Messages = new Messages(language);

    public void Error(SourceSpan span, Text text) => Add(new Diagnostic(Severity.Error, span, text.What, text.Fix));

    public void Warning(SourceSpan span, Text text) => Add(new Diagnostic(Severity.Warning, span, text.What, text.Fix));

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Span.File, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()
                .ToList();
        }
    }
}

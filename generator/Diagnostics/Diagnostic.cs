namespace Bantin.Diagnostics;

/// <summary>One finding of a build: what is wrong, where, and how to fix it, already in the site language.</summary>
public sealed record Diagnostic(Severity Severity, SourceSpan Span, string Message, string? Fix)
{
    /// <summary>The <c>file:line:col: error: message</c> form that editors and CI tools understand.</summary>
    public string ToLine()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        return $"{Span}: {kind}: {Message}";
    }

    public override string ToString() => Fix is null ? ToLine() : $"{ToLine()}\n    → {Fix}";
}

using Bantin.Diagnostics;

namespace Bantin.Import;

/// <summary>
/// What an import found, in the order it read the cells: each problem at <c>FILE!Sheet!C7</c>, printed on one line
/// as <c>FILE!Sheet!C7: error: what — how to fix</c> so that the line says all a clerk needs to open the cell.
/// </summary>
public sealed class ImportLog(Messages messages)
{
    private readonly List<Diagnostic> _items = [];

    public Messages Messages { get; } = messages;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Error(string where, Text text) => Add(Severity.Error, where, text);

    public void Warning(string where, Text text) => Add(Severity.Warning, where, text);

    /// <summary>Findings from the site's own files (data/ while it is read), kept in their file:line:col form.</summary>
    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public static string Line(Diagnostic d) => d.Fix is null ? d.ToLine() : $"{d.ToLine()} — {d.Fix}";

    private void Add(Severity severity, string where, Text text)
    {
        var d = new Diagnostic(severity, SourceSpan.FileOnly(where), text.What, text.Fix);
        if (!_items.Contains(d)) _items.Add(d);
    }
}

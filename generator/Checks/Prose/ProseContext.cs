using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;

namespace Bantin.Checks.Prose;

/// <summary>One article being checked: its lines, what the data says for it, and where findings go.</summary>
public sealed class ProseContext(Article article, ArticleData data, IReadOnlyList<ProseLine> lines, DiagnosticBag bag)
{
    public Article Article { get; } = article;

    public ArticleData Data { get; } = data;

    public IReadOnlyList<ProseLine> Lines { get; } = lines;

    public Messages Messages => bag.Messages;

    public void Warn(ProseLine line, int index, Text text) => bag.Warning(line.Span(Article.SourcePath, index), text);

    public string Number(decimal value) => NumberFormatter.Format(value, Messages.Language, 4);

    public string Percent(decimal percent) => NumberFormatter.Format(percent, Messages.Language) + "%";

    public static string ValueCall(DataMatch m, ArticleData data) =>
        $"{{{{ value \"{m.Indicator}\"" +
        (m.Unit != data.Unit ? $" unit: \"{m.Unit}\"" : "") +
        (!PeriodPhrase.Same(m.Period, data.Period) ? $" period: \"{m.Period}\"" : "") +
        (m.By is { } by ? $" by: \"{by}\"" : "") + " }}";
}

using System.Text;

namespace Bantin.Bench.Corpus;

/// <summary>Writes data/: units.yaml, indicators.yaml, one results file per district and month, one targets file per province and year.</summary>
public sealed class DataWriter
{
    private const int TargetSalt = 0x7A6;
    private readonly string _root;

    public DataWriter(string root) => _root = root;

    public void WriteUnits(UnitTree tree)
    {
        var sb = new StringBuilder();
        foreach (var unit in tree.All())
        {
            sb.Append("- id: ").Append(unit.Id).Append('\n');
            sb.Append("  name: ").Append(Quote(unit.Name)).Append('\n');
            sb.Append("  short: ").Append(Quote(unit.Short)).Append('\n');
            if (unit.Parent is not null) sb.Append("  parent: ").Append(unit.Parent).Append('\n');
        }
        CorpusFiles.Write(_root, "data/units.yaml", sb.ToString());
    }

    public void WriteIndicators()
    {
        var sb = new StringBuilder();
        foreach (var indicator in Indicators.All)
        {
            sb.Append("- id: ").Append(indicator.Id).Append('\n');
            sb.Append("  name: ").Append(Quote(indicator.Name)).Append('\n');
            sb.Append("  measure: ").Append(Quote(indicator.Measure)).Append('\n');
            sb.Append("  kind: ").Append(indicator.KindText).Append('\n');
        }
        CorpusFiles.Write(_root, "data/indicators.yaml", sb.ToString());
    }

    /// <summary>data/results/&lt;unit&gt;/&lt;YYYY-MM&gt;.yaml for every reporting district and month; returns the file count.</summary>
    public int WriteResults(ResultTable table)
    {
        var files = 0;
        Parallel.For(0, table.Districts.Count, d =>
        {
            var unit = table.Districts[d];
            var sb = new StringBuilder();
            for (var m = 0; m < ResultTable.Months; m++)
            {
                var year = ResultTable.FirstYear + m / 12;
                var month = m % 12 + 1;
                sb.Clear();
                sb.Append("unit: ").Append(unit.Id).Append('\n');
                sb.Append("period: ").Append($"{year:D4}-{month:D2}").Append('\n');
                sb.Append("values:\n");
                for (var k = 0; k < Indicators.All.Length; k++)
                    sb.Append("  ").Append(Indicators.All[k].Id).Append(": ").Append(NumberText.Yaml(table.Get(d, year, month, k))).Append('\n');
                CorpusFiles.Write(_root, $"data/results/{unit.Id}/{year:D4}-{month:D2}.yaml", sb.ToString());
                Interlocked.Increment(ref files);
            }
        });
        return files;
    }

    /// <summary>
    /// data/targets/&lt;unit&gt;/&lt;YYYY&gt;.yaml, set by vn, for flows (the year's total) and stocks (the level at year
    /// end), near what the given rows of the table achieved. Returns (files, targets).
    /// </summary>
    public (int Files, int Targets) WriteTargets(int seed, IReadOnlyList<(UnitSpec Unit, IReadOnlyList<int> Rows)> units, ResultTable table)
    {
        var files = 0;
        var targets = 0;
        for (var p = 0; p < units.Count; p++)
        {
            var (unit, rows) = units[p];
            var random = Seeds.For(seed, p + 1, TargetSalt);
            for (var y = 0; y < ResultTable.Years; y++)
            {
                var year = ResultTable.FirstYear + y;
                var sb = new StringBuilder();
                sb.Append("unit: ").Append(unit.Id).Append('\n');
                sb.Append("period: ").Append(year).Append('\n');
                sb.Append("set_by: ").Append(UnitTree.RootId).Append('\n');
                sb.Append("targets:\n");
                for (var k = 0; k < Indicators.All.Length; k++)
                {
                    var spec = Indicators.All[k];
                    if (spec.Kind == IndicatorKind.Ratio) continue;
                    var target = Achieved(table, rows, year, k) * (decimal)(0.9 + 0.3 * random.NextDouble());
                    target = Math.Round(target, spec.Money ? 2 : 0, MidpointRounding.AwayFromZero);
                    sb.Append("  ").Append(spec.Id).Append(": ").Append(NumberText.Yaml(Math.Max(1, target))).Append('\n');
                    targets++;
                }
                CorpusFiles.Write(_root, $"data/targets/{unit.Id}/{year:D4}.yaml", sb.ToString());
                files++;
            }
        }
        return (files, targets);
    }

    private static decimal Achieved(ResultTable table, IReadOnlyList<int> rows, int year, int indicator)
    {
        decimal achieved = 0;
        foreach (var d in rows)
        {
            if (Indicators.All[indicator].Kind == IndicatorKind.Stock) achieved += table.Get(d, year, 12, indicator).Value;
            else for (var month = 1; month <= 12; month++) achieved += table.Get(d, year, month, indicator).Value;
        }
        return achieved;
    }

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

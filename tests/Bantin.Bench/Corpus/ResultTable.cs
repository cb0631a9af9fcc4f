namespace Bantin.Bench.Corpus;

/// <summary>
/// Monthly results of every indicator for the districts that report, over <see cref="Years"/> years from
/// <see cref="FirstYear"/>. Each district draws from its own random stream, so its figures do not depend on how many
/// other districts report.
/// </summary>
public sealed class ResultTable
{
    public const int FirstYear = 2015;
    public const int Years = 10;
    public const int Months = Years * 12;

    private const int Salt = 0x5E5;
    private readonly Figure[][][] _figures; // [district][month][indicator]

    public ResultTable(int seed, IReadOnlyList<UnitSpec> districts, IReadOnlyList<int> districtNumbers)
    {
        Districts = districts;
        _figures = new Figure[districts.Count][][];
        for (var d = 0; d < districts.Count; d++)
            _figures[d] = Generate(Seeds.For(seed, districtNumbers[d], Salt));
    }

    /// <summary>The districts with results, in the order used by <see cref="Get"/>.</summary>
    public IReadOnlyList<UnitSpec> Districts { get; }

    public int ValueCount => Districts.Count * Months * Indicators.All.Length;

    public Figure Get(int district, int year, int month, int indicator) => _figures[district][MonthIndex(year, month)][indicator];

    public static int MonthIndex(int year, int month)
    {
        var index = (year - FirstYear) * 12 + month - 1;
        if (index is < 0 or >= Months) throw new ArgumentOutOfRangeException(nameof(year), $"{year}-{month:D2} is outside the corpus years");
        return index;
    }

    private static Figure[][] Generate(Random random)
    {
        var size = 0.5 + 1.5 * random.NextDouble();
        var indicators = Indicators.All;
        var months = new Figure[Months][];
        for (var m = 0; m < Months; m++) months[m] = new Figure[indicators.Length];

        for (var k = 0; k < indicators.Length; k++)
        {
            var spec = indicators[k];
            var level = Math.Max(1, Math.Round(spec.Scale * size));
            for (var m = 0; m < Months; m++)
            {
                months[m][k] = spec.Kind switch
                {
                    IndicatorKind.Flow => Flow(spec, size, m % 12 + 1, random),
                    IndicatorKind.Stock => new Figure((decimal)(level = Math.Max(0, level + Math.Round(level * (random.NextDouble() * 0.02 - 0.005)))), null),
                    _ => Ratio(ref level, random),
                };
            }
        }
        return months;
    }

    private static Figure Flow(IndicatorSpec spec, double size, int month, Random random)
    {
        // January (Tết) and May (Tháng Công nhân) are busier.
        var season = month switch { 1 => 1.3, 5 => 1.5, _ => 1.0 };
        var value = spec.Scale * size * season * (0.4 + 1.2 * random.NextDouble());
        return new Figure(spec.Money ? Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero) : (decimal)Math.Round(value), null);
    }

    private static Figure Ratio(ref double total, Random random)
    {
        total = Math.Max(1, total + random.Next(-1, 3));
        var share = 0.55 + 0.45 * random.NextDouble();
        var value = Math.Min(total, Math.Round(total * share));
        return new Figure((decimal)value, (decimal)total);
    }
}

namespace Bantin.Bench.Corpus;

/// <summary>
/// One indicator. <see cref="Scale"/> is the typical monthly value of an average district (for a ratio: the typical
/// denominator); <see cref="Money"/> marks triệu đồng, written with at most two decimals.
/// </summary>
public sealed record IndicatorSpec(string Id, string Name, string Measure, IndicatorKind Kind, double Scale)
{
    public bool Money => Measure == Indicators.Money;

    public string KindText => Kind switch
    {
        IndicatorKind.Flow => "flow",
        IndicatorKind.Stock => "stock",
        _ => "ratio",
    };
}

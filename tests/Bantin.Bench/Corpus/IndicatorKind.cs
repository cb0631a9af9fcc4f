namespace Bantin.Bench.Corpus;

/// <summary>The indicator kinds of FORMATS.md that the corpus uses.</summary>
public enum IndicatorKind
{
    Flow,
    Stock,
    Ratio,
}

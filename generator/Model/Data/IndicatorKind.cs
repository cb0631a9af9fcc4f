namespace Bantin.Model.Data;

/// <summary>How an indicator's values combine over time and over units (FORMATS.md, "Roll-ups").</summary>
public enum IndicatorKind
{
    /// <summary>Adds up over time and over units: new members, money spent.</summary>
    Flow,
    /// <summary>A level at the end of a period: the latest one stands; adds up over units.</summary>
    Stock,
    /// <summary>A count out of a total ("790/812"); numerators and denominators add up separately.</summary>
    Ratio,
    /// <summary>A percentage reported as such, with no counts behind it; never rolls up.</summary>
    Rate,
}

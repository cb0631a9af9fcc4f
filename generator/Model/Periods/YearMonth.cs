using System.Globalization;

namespace Bantin.Model.Periods;

/// <summary>One calendar month. Ordered and compared by time.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public const int MinYear = 1000;
    public const int MaxYear = 9999;

    // Months counted from year 0, so spans and ordering are plain integer arithmetic.
    private readonly int index;

    /// <exception cref="ArgumentOutOfRangeException">For a year outside 1000..9999 or a month outside 1..12;
    /// user text goes through <see cref="Period.TryParse"/>, which reports these instead.</exception>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        index = year * 12 + month - 1;
    }

    public int Year => index / 12;

    /// <summary>1..12.</summary>
    public int Month => index % 12 + 1;

    internal int Index => index;

    internal static YearMonth FromIndex(int index) => new(index / 12, index % 12 + 1);

    public void Deconstruct(out int year, out int month)
    {
        year = Year;
        month = Month;
    }

    public int CompareTo(YearMonth other) => index.CompareTo(other.index);

    /// <summary><c>2019-04</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

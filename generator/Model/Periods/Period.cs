using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Bantin.Diagnostics;
using Bantin.Formatting;

namespace Bantin.Model.Periods;

/// <summary>
/// A reporting period: a span of whole months plus the way it was written (see FORMATS.md, "Periods").
/// Equality includes <see cref="Kind"/>: <c>2019-Q1</c> and <c>2019-01..2019-03</c> cover the same months
/// but are different periods, with different labels and URLs. Use <see cref="Contains"/> to compare spans.
/// </summary>
public sealed record Period : IComparable<Period>
{
    private Period(PeriodKind kind, YearMonth start, YearMonth end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public PeriodKind Kind { get; }

    /// <summary>The first month in the period.</summary>
    public YearMonth Start { get; }

    /// <summary>The last month in the period (inclusive).</summary>
    public YearMonth End { get; }

    public int MonthCount => End.Index - Start.Index + 1;

    public bool IsMonth => Kind == PeriodKind.Month;

    /// <summary>
    /// The period as a URL path segment: the canonical form in lower case with ".." turned into "-"
    /// (<c>2019-04</c>, <c>2019-q1</c>, <c>2020-h1</c>, <c>2017-01-2017-05</c>, <c>2021</c>, <c>2013-2018</c>).
    /// Distinct periods get distinct slugs because each kind has its own shape.
    /// </summary>
    public string Slug => ToString().ToLowerInvariant().Replace("..", "-", StringComparison.Ordinal);

    public static Period Month(int year, int month)
    {
        var m = new YearMonth(year, month);
        return new(PeriodKind.Month, m, m);
    }

    /// <param name="quarter">1..4.</param>
    public static Period Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new(PeriodKind.Quarter, new(year, quarter * 3 - 2), new(year, quarter * 3));
    }

    /// <param name="half">1 or 2.</param>
    public static Period Half(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        return new(PeriodKind.Half, new(year, half * 6 - 5), new(year, half * 6));
    }

    public static Period Year(int year) => new(PeriodKind.Year, new(year, 1), new(year, 12));

    /// <summary>A range of months; a one-month range is simply that month, so it has one written form.</summary>
    public static Period MonthRange(YearMonth first, YearMonth last)
    {
        if (first.CompareTo(last) > 0)
            throw new ArgumentException($"Range {first}..{last} is reversed.", nameof(last));
        return first == last ? new(PeriodKind.Month, first, first) : new(PeriodKind.MonthRange, first, last);
    }

    /// <summary>A range of years; a one-year range is simply that year.</summary>
    public static Period YearRange(int first, int last)
    {
        if (first > last)
            throw new ArgumentException($"Range {first}..{last} is reversed.", nameof(last));
        return first == last ? Year(first) : new(PeriodKind.YearRange, new(first, 1), new(last, 12));
    }

    /// <summary>
    /// Reads <c>2019-04</c>, <c>2019-Q1</c>, <c>2020-H1</c>, <c>2017-01..2017-05</c>, <c>2021</c> or <c>2013..2018</c>.
    /// Surrounding whitespace is ignored and <c>q</c>/<c>h</c> may be lower case; nothing else is accepted.
    /// A range whose ends are equal reads as that single month or year.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Period? period, out PeriodError error)
    {
        period = null;
        var s = (text ?? "").AsSpan().Trim();
        if (s.IsEmpty)
        {
            error = PeriodError.Empty;
            return false;
        }

        var dots = s.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            error = ParseSingle(s, out period);
            return error == PeriodError.None;
        }

        error = ParseSingle(s[..dots], out var first);
        if (error != PeriodError.None)
            return false;
        error = ParseSingle(s[(dots + 2)..], out var last);
        if (error != PeriodError.None)
            return false;

        if (first!.Kind != last!.Kind || first.Kind is not (PeriodKind.Month or PeriodKind.Year))
            error = PeriodError.RangeMixed;
        else if (first.Start.CompareTo(last.Start) > 0)
            error = PeriodError.RangeReversed;
        else
            period = first.IsMonth ? MonthRange(first.Start, last.Start) : YearRange(first.Start.Year, last.Start.Year);
        return period is not null;
    }

    // One period written without "..": 2021, 2019-04, 2019-Q1, 2020-H1.
    private static PeriodError ParseSingle(ReadOnlySpan<char> s, out Period? period)
    {
        period = null;
        if (LooksLikeDashRange(s))
            return PeriodError.RangeSeparator;
        if (s.Length is not (4 or 7) || !IsDigits(s[..4]) || (s.Length == 7 && s[4] != '-'))
            return PeriodError.Syntax;

        var year = Number(s[..4]);
        if (year is < YearMonth.MinYear or > YearMonth.MaxYear)
            return PeriodError.YearOutOfRange;
        if (s.Length == 4)
        {
            period = Year(year);
            return PeriodError.None;
        }

        // '#' marks a month (2019-04); otherwise a letter precedes one digit (2019-Q1, 2020-H1).
        var tag = IsDigits(s[5..]) ? '#' : char.ToUpperInvariant(s[5]);
        var digits = tag == '#' ? s[5..] : s[6..];
        if (!IsDigits(digits))
            return PeriodError.Syntax;
        var n = Number(digits);
        (period, var error) = tag switch
        {
            '#' when n is < 1 or > 12 => (null, PeriodError.MonthOutOfRange),
            '#' => (Month(year, n), PeriodError.None),
            'Q' when n is < 1 or > 4 => (null, PeriodError.QuarterOutOfRange),
            'Q' => (Quarter(year, n), PeriodError.None),
            'H' when n is not (1 or 2) => (null, PeriodError.HalfOutOfRange),
            'H' => (Half(year, n), PeriodError.None),
            _ => ((Period?)null, PeriodError.Syntax),
        };
        return error;
    }

    // 2013-2018, 2013–2018 or 2017-01-2017-05: a range with a dash where ".." belongs.
    private static bool LooksLikeDashRange(ReadOnlySpan<char> s)
    {
        static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';
        if (s.Length == 9)
            return IsDigits(s[..4]) && IsDash(s[4]) && IsDigits(s[5..]);
        return s.Length == 15 && IsDigits(s[..4]) && s[4] == '-' && IsDigits(s[5..7]) && IsDash(s[7])
            && IsDigits(s[8..12]) && s[12] == '-' && IsDigits(s[13..]);
    }

    // ASCII only: char.IsDigit would let other scripts' digits through.
    private static bool IsDigits(ReadOnlySpan<char> s) => !s.IsEmpty && !s.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Whether every month of <paramref name="other"/> lies in this period (a period contains itself).</summary>
    public bool Contains(Period other) =>
        Start.CompareTo(other.Start) <= 0 && other.End.CompareTo(End) <= 0;

    /// <summary>
    /// The same period one year earlier ("cùng kỳ năm trước"): <c>2024-Q3</c> → <c>2023-Q3</c>; null before year 1001.
    /// </summary>
    public Period? YearEarlier()
    {
        if (Start.Year <= YearMonth.MinYear) return null;
        var start = YearMonth.FromIndex(Start.Index - 12);
        var end = YearMonth.FromIndex(End.Index - 12);
        return new(Kind, start, end);
    }

    /// <summary>
    /// January to this period's last month ("lũy kế từ đầu năm"): <c>2024-Q3</c> → <c>2024-01..2024-09</c>, written as
    /// the year, half or quarter when it is one (so <c>2024-06</c> → <c>2024-H1</c>); null for a period spanning years.
    /// </summary>
    public Period? YearToDate()
    {
        if (Start.Year != End.Year) return null;
        if (Start.Month == 1) return this;
        return End.Month switch
        {
            3 => Quarter(End.Year, 1),
            6 => Half(End.Year, 1),
            12 => Year(End.Year),
            _ => MonthRange(new YearMonth(End.Year, 1), End),
        };
    }

    /// <summary>Each month of the period, in order.</summary>
    public IEnumerable<Period> Months()
    {
        for (var i = Start.Index; i <= End.Index; i++)
        {
            var m = YearMonth.FromIndex(i);
            yield return Month(m.Year, m.Month);
        }
    }

    /// <summary>The period as a reader sees it, lower case for use mid-sentence: <c>quý I/2019</c>, <c>Q1 2019</c>.</summary>
    public string Label(Language lang) => PeriodLabels.Label(this, lang);

    /// <summary>
    /// Chronological order for pages and charts: by last month; among periods ending together the shorter
    /// comes first, so a quarter or half follows the months it sums up, as reports are published
    /// (2019-03, 2019-Q1, ..., 2019-06, 2019-Q2, 2019-H1); then by <see cref="Kind"/> for equal spans.
    /// </summary>
    public int CompareTo(Period? other)
    {
        if (other is null)
            return 1;
        var c = End.CompareTo(other.End);
        if (c == 0)
            c = other.Start.CompareTo(Start);
        return c != 0 ? c : Kind.CompareTo(other.Kind);
    }

    /// <summary>The canonical written form, which <see cref="TryParse"/> reads back to an equal period.</summary>
    public override string ToString()
    {
        var year = Start.Year.ToString(CultureInfo.InvariantCulture);
        return Kind switch
        {
            PeriodKind.Month => Start.ToString(),
            PeriodKind.Quarter => $"{year}-Q{(Start.Month + 2) / 3}",
            PeriodKind.Half => $"{year}-H{(Start.Month + 5) / 6}",
            PeriodKind.MonthRange => $"{Start}..{End}",
            PeriodKind.Year => year,
            _ => $"{year}..{End.Year.ToString(CultureInfo.InvariantCulture)}",
        };
    }
}

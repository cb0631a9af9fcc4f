using Bantin.Diagnostics;
using Bantin.Model.Periods;

namespace Bantin.Tests.Periods;

public sealed class PeriodParseTests
{
    [Theory]
    [InlineData("2019-04", PeriodKind.Month, 2019, 4, 2019, 4)]
    [InlineData("2019-01", PeriodKind.Month, 2019, 1, 2019, 1)]
    [InlineData("2019-12", PeriodKind.Month, 2019, 12, 2019, 12)]
    [InlineData("2019-Q1", PeriodKind.Quarter, 2019, 1, 2019, 3)]
    [InlineData("2019-Q2", PeriodKind.Quarter, 2019, 4, 2019, 6)]
    [InlineData("2019-Q3", PeriodKind.Quarter, 2019, 7, 2019, 9)]
    [InlineData("2019-Q4", PeriodKind.Quarter, 2019, 10, 2019, 12)]
    [InlineData("2020-H1", PeriodKind.Half, 2020, 1, 2020, 6)]
    [InlineData("2020-H2", PeriodKind.Half, 2020, 7, 2020, 12)]
    [InlineData("2017-01..2017-05", PeriodKind.MonthRange, 2017, 1, 2017, 5)]
    [InlineData("2016-11..2017-02", PeriodKind.MonthRange, 2016, 11, 2017, 2)]
    [InlineData("2021", PeriodKind.Year, 2021, 1, 2021, 12)]
    [InlineData("2013..2018", PeriodKind.YearRange, 2013, 1, 2018, 12)]
    public void Parses_every_written_form(string text, PeriodKind kind, int y1, int m1, int y2, int m2)
    {
        Assert.True(Period.TryParse(text, out var p, out var error));
        Assert.Equal(PeriodError.None, error);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(new YearMonth(y1, m1), p.Start);
        Assert.Equal(new YearMonth(y2, m2), p.End);
    }

    [Theory]
    [InlineData("  2019-04 ", "2019-04")]
    [InlineData("\t2013..2018\n", "2013..2018")]
    [InlineData("2019-q3", "2019-Q3")]
    [InlineData("2020-h2", "2020-H2")]
    public void Trims_whitespace_and_accepts_lower_case_letters(string text, string canonical)
    {
        Assert.True(Period.TryParse(text, out var p, out _));
        Assert.Equal(canonical, p.ToString());
    }

    [Theory]
    [InlineData("2019-04..2019-04", "2019-04", PeriodKind.Month)]
    [InlineData("2021..2021", "2021", PeriodKind.Year)]
    public void A_range_with_equal_ends_is_the_single_period(string text, string canonical, PeriodKind kind)
    {
        Assert.True(Period.TryParse(text, out var p, out _));
        Assert.Equal(kind, p.Kind);
        Assert.Equal(canonical, p.ToString());
    }

    [Theory]
    [InlineData(null, PeriodError.Empty)]
    [InlineData("", PeriodError.Empty)]
    [InlineData("   ", PeriodError.Empty)]
    [InlineData("2019-4", PeriodError.Syntax)]
    [InlineData("19-04", PeriodError.Syntax)]
    [InlineData("2019/04", PeriodError.Syntax)]
    [InlineData("04-2019", PeriodError.Syntax)]
    [InlineData("2019-04-01", PeriodError.Syntax)]
    [InlineData("2019-004", PeriodError.Syntax)]
    [InlineData("2019-", PeriodError.Syntax)]
    [InlineData("2019-Q", PeriodError.Syntax)]
    [InlineData("2019-Q01", PeriodError.Syntax)]
    [InlineData("2019-QI", PeriodError.Syntax)]
    [InlineData("2019-M4", PeriodError.Syntax)]
    [InlineData("2019-m4", PeriodError.Syntax)]
    [InlineData("2019 -04", PeriodError.Syntax)]
    [InlineData("2019 04", PeriodError.Syntax)]
    [InlineData("Q1-2019", PeriodError.Syntax)]
    [InlineData("tháng 4/2019", PeriodError.Syntax)]
    [InlineData("20190", PeriodError.Syntax)]
    [InlineData("٢٠١٩", PeriodError.Syntax)]           // Arabic-Indic digits are not ASCII digits
    [InlineData("２０１９", PeriodError.Syntax)]         // nor are full-width ones
    [InlineData("2019-13", PeriodError.MonthOutOfRange)]
    [InlineData("2019-00", PeriodError.MonthOutOfRange)]
    [InlineData("2019-Q0", PeriodError.QuarterOutOfRange)]
    [InlineData("2019-Q5", PeriodError.QuarterOutOfRange)]
    [InlineData("2020-H0", PeriodError.HalfOutOfRange)]
    [InlineData("2020-H3", PeriodError.HalfOutOfRange)]
    [InlineData("0000", PeriodError.YearOutOfRange)]
    [InlineData("0219-04", PeriodError.YearOutOfRange)]
    [InlineData("2017-05..2017-01", PeriodError.RangeReversed)]
    [InlineData("2018..2013", PeriodError.RangeReversed)]
    [InlineData("2017-01..2018", PeriodError.RangeMixed)]
    [InlineData("2017..2018-05", PeriodError.RangeMixed)]
    [InlineData("2019-Q1..2019-Q2", PeriodError.RangeMixed)]
    [InlineData("2019-H1..2019-12", PeriodError.RangeMixed)]
    [InlineData("2017-13..2017-05", PeriodError.MonthOutOfRange)]
    [InlineData("2017-01..2017-13", PeriodError.MonthOutOfRange)]
    [InlineData("..2018", PeriodError.Syntax)]
    [InlineData("2013..", PeriodError.Syntax)]
    [InlineData("2013...2018", PeriodError.Syntax)]
    [InlineData("2013..2015..2018", PeriodError.Syntax)]
    [InlineData("2013 .. 2018", PeriodError.Syntax)]
    [InlineData("2013-2018", PeriodError.RangeSeparator)]
    [InlineData("2013–2018", PeriodError.RangeSeparator)]
    [InlineData("2013—2018", PeriodError.RangeSeparator)]
    [InlineData("2017-01-2017-05", PeriodError.RangeSeparator)]
    [InlineData("2017-01–2017-05", PeriodError.RangeSeparator)]
    public void Rejects_with_a_reason(string? text, PeriodError expected)
    {
        Assert.False(Period.TryParse(text, out var p, out var error));
        Assert.Null(p);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("2019-04")]
    [InlineData("2019-Q1")]
    [InlineData("2019-Q4")]
    [InlineData("2020-H1")]
    [InlineData("2020-H2")]
    [InlineData("2017-01..2017-05")]
    [InlineData("2016-11..2017-02")]
    [InlineData("2021")]
    [InlineData("2013..2018")]
    [InlineData("1000-01")]
    [InlineData("9999-12")]
    public void Canonical_form_round_trips(string text)
    {
        Assert.True(Period.TryParse(text, out var p, out _));
        Assert.Equal(text, p.ToString());
        Assert.True(Period.TryParse(p.ToString(), out var again, out _));
        Assert.Equal(p, again);
        Assert.Equal(p.GetHashCode(), again.GetHashCode());
    }

    [Theory]
    [InlineData("2019-04", "2019-04")]
    [InlineData("2019-Q1", "2019-q1")]
    [InlineData("2020-H1", "2020-h1")]
    [InlineData("2017-01..2017-05", "2017-01-2017-05")]
    [InlineData("2021", "2021")]
    [InlineData("2013..2018", "2013-2018")]
    public void Slug_is_url_friendly(string text, string slug)
    {
        Assert.True(Period.TryParse(text, out var p, out _));
        Assert.Equal(slug, p.Slug);
        Assert.Matches("^[a-z0-9-]+$", p.Slug);
    }

    [Fact]
    public void Slugs_of_distinct_periods_are_distinct()
    {
        var periods = new[]
        {
            Period.Month(2019, 1), Period.Quarter(2019, 1), Period.Half(2019, 1), Period.Year(2019),
            Period.MonthRange(new(2019, 1), new(2019, 3)), Period.MonthRange(new(2019, 1), new(2019, 12)),
            Period.YearRange(2019, 2020), Period.MonthRange(new(2019, 1), new(2020, 12)),
        };
        Assert.Equal(periods.Length, periods.Select(p => p.Slug).Distinct().Count());
    }
}

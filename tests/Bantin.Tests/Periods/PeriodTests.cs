using Bantin.Model.Periods;

namespace Bantin.Tests.Periods;

public sealed class PeriodTests
{
    private static Period P(string text) =>
        Period.TryParse(text, out var p, out var error) ? p : throw new ArgumentException($"{text}: {error}");

    [Fact]
    public void Factories_build_the_same_periods_as_parsing()
    {
        Assert.Equal(P("2019-04"), Period.Month(2019, 4));
        Assert.Equal(P("2019-Q2"), Period.Quarter(2019, 2));
        Assert.Equal(P("2020-H2"), Period.Half(2020, 2));
        Assert.Equal(P("2021"), Period.Year(2021));
        Assert.Equal(P("2017-01..2017-05"), Period.MonthRange(new(2017, 1), new(2017, 5)));
        Assert.Equal(P("2013..2018"), Period.YearRange(2013, 2018));
        Assert.Equal(Period.Month(2019, 4), Period.MonthRange(new(2019, 4), new(2019, 4)));
        Assert.Equal(Period.Year(2019), Period.YearRange(2019, 2019));
    }

    [Fact]
    public void Factories_reject_programming_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(2019, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Month(999, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2019, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Half(2019, 0));
        Assert.Throws<ArgumentException>(() => Period.MonthRange(new(2017, 5), new(2017, 1)));
        Assert.Throws<ArgumentException>(() => Period.YearRange(2018, 2013));
    }

    [Fact]
    public void Same_months_written_differently_are_different_periods()
    {
        Assert.NotEqual(P("2019-Q1"), P("2019-01..2019-03"));
        Assert.NotEqual(P("2019"), P("2019-01..2019-12"));
        Assert.NotEqual(P("2020-H1"), P("2020-01..2020-06"));
        Assert.True(P("2019-Q1").Contains(P("2019-01..2019-03")));
        Assert.True(P("2019-01..2019-03").Contains(P("2019-Q1")));
    }

    [Theory]
    [InlineData("2019-Q2", "2019-04", true)]
    [InlineData("2019-Q2", "2019-06", true)]
    [InlineData("2019-Q2", "2019-07", false)]
    [InlineData("2019-Q2", "2019-03", false)]
    [InlineData("2019", "2019-H1", true)]
    [InlineData("2019", "2019-H2", true)]
    [InlineData("2019", "2019-Q4", true)]
    [InlineData("2019", "2020-01", false)]
    [InlineData("2013..2018", "2017", true)]
    [InlineData("2013..2018", "2013-01", true)]
    [InlineData("2013..2018", "2018-12", true)]
    [InlineData("2013..2018", "2019-01", false)]
    [InlineData("2013..2018", "2012..2014", false)]
    [InlineData("2019-04", "2019-Q2", false)]
    [InlineData("2019-04", "2019-04", true)]
    [InlineData("2020-H1", "2020-Q2", true)]
    [InlineData("2020-H1", "2020-Q3", false)]
    [InlineData("2017-01..2017-05", "2017-Q1", true)]
    [InlineData("2017-01..2017-05", "2017-Q2", false)]
    [InlineData("2016-11..2017-02", "2017-01", true)]
    [InlineData("2016-11..2017-02", "2016", false)]
    [InlineData("2021", "2021", true)]
    public void Contains(string outer, string inner, bool expected) =>
        Assert.Equal(expected, P(outer).Contains(P(inner)));

    [Theory]
    [InlineData("2019-04", 1, true)]
    [InlineData("2019-Q1", 3, false)]
    [InlineData("2020-H2", 6, false)]
    [InlineData("2017-01..2017-05", 5, false)]
    [InlineData("2016-11..2017-02", 4, false)]
    [InlineData("2021", 12, false)]
    [InlineData("2013..2018", 72, false)]
    public void Month_count_and_is_month(string text, int count, bool isMonth)
    {
        Assert.Equal(count, P(text).MonthCount);
        Assert.Equal(isMonth, P(text).IsMonth);
    }

    [Fact]
    public void Months_lists_each_month_in_order_across_years()
    {
        var months = P("2016-11..2017-02").Months().Select(m => m.ToString());
        Assert.Equal(["2016-11", "2016-12", "2017-01", "2017-02"], months);
        Assert.All(P("2013..2018").Months(), m => Assert.True(m.IsMonth));
        Assert.Equal(72, P("2013..2018").Months().Count());
        Assert.Equal([P("2019-04")], P("2019-04").Months());
    }

    [Fact]
    public void Start_and_end_deconstruct_to_year_and_month()
    {
        var (y1, m1) = P("2016-11..2017-02").Start;
        var (y2, m2) = P("2016-11..2017-02").End;
        Assert.Equal((2016, 11, 2017, 2), (y1, m1, y2, m2));
        Assert.Equal("2016-11", new YearMonth(2016, 11).ToString());
    }

    [Fact]
    public void Sorts_by_end_then_shorter_first_so_summaries_follow_their_months()
    {
        string[] sorted =
        [
            "2018-12", "2013..2018",
            "2019-01", "2019-02", "2019-03", "2019-Q1", "2019-01..2019-03",
            "2019-04", "2019-05", "2019-01..2019-05", "2019-06", "2019-Q2", "2019-H1",
            "2019-12", "2019-Q4", "2019-H2", "2019-01..2019-12", "2019",
            "2019-11..2020-02",
        ];
        var shuffled = sorted.OrderByDescending(s => s, StringComparer.Ordinal).Select(P).ToList();
        shuffled.Sort();
        Assert.Equal(sorted, shuffled.Select(p => p.ToString()));
    }

    [Fact]
    public void Compare_is_consistent_with_equality()
    {
        Assert.Equal(0, P("2019-Q1").CompareTo(P("2019-Q1")));
        Assert.True(P("2019-Q1").CompareTo(null) > 0);
        Assert.True(P("2019-Q1").CompareTo(P("2019-01..2019-03")) < 0);
    }
}

using Bantin.Formatting;
using Bantin.Model.Periods;
using Bantin.Render.Charts;

namespace Bantin.Tests.Render.Charts;

public sealed class TimeAxisTests
{
    private const double PlotWidth = 540;

    [Theory]
    [InlineData(12, TimeStep.Month)]
    [InlineData(36, TimeStep.Quarter)]
    [InlineData(120, TimeStep.Year)]
    [InlineData(360, TimeStep.FiveYears)]
    public void The_step_follows_the_span(int months, TimeStep expected)
    {
        var ticks = Axis(2015, 1, months);

        Assert.Equal(expected, ticks.Step);
    }

    [Fact]
    public void Twelve_months_are_labelled_one_to_twelve_with_the_year_once_below()
    {
        var ticks = Axis(2024, 1, 12);

        Assert.Equal(Enumerable.Range(1, 12).Select(m => m.ToString()), ticks.Labels.Where(l => l.Row == 0).Select(l => l.Text));
        Assert.Equal(["2024"], ticks.Labels.Where(l => l.Row == 1).Select(l => l.Text));
    }

    [Fact]
    public void Thirty_six_months_are_labelled_by_quarter_in_roman_numerals_with_each_year_below()
    {
        var ticks = Axis(2022, 1, 36);

        Assert.Equal(["I", "II", "III", "IV", "I", "II", "III", "IV", "I", "II", "III", "IV"], ticks.Labels.Where(l => l.Row == 0).Select(l => l.Text));
        Assert.Equal(["2022", "2023", "2024"], ticks.Labels.Where(l => l.Row == 1).Select(l => l.Text));
        Assert.Equal([3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33], ticks.Lines);
    }

    [Fact]
    public void A_hundred_and_twenty_months_are_labelled_by_year_centred_on_each_year()
    {
        var ticks = Axis(2015, 1, 120);

        Assert.Equal(Enumerable.Range(2015, 10).Select(y => y.ToString()), ticks.Labels.Select(l => l.Text));
        Assert.Equal(6, ticks.Labels[0].Centre);
        Assert.All(ticks.Labels, l => Assert.Equal(0, l.Row));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2015, 1)]
    [InlineData(2015, 7)]
    [InlineData(2015, 11)]
    public void No_two_labels_of_a_row_overlap_whatever_the_span_and_start(int year, int month)
    {
        if (year < 1000) year = 2020;
        foreach (var months in Enumerable.Range(1, 400))
        {
            var ticks = Axis(year, month, months);
            foreach (var row in ticks.Labels.GroupBy(l => l.Row))
            {
                var boxes = row.Select(l => (Left: l.Centre * PlotWidth / months - LabelWidth.Of(l.Text) / 2, Right: l.Centre * PlotWidth / months + LabelWidth.Of(l.Text) / 2)).ToList();
                for (var i = 1; i < boxes.Count; i++)
                    Assert.True(boxes[i].Left >= boxes[i - 1].Right, $"{months} months from {year}-{month}: labels {i - 1} and {i} overlap");
            }
            Assert.NotEmpty(ticks.Labels);
        }
    }

    [Fact]
    public void Yearly_figures_get_year_ticks_however_short_the_span()
    {
        var ticks = TimeAxis.Choose(new YearMonth(2021, 1), new YearMonth(2022, 12), PlotWidth, Language.Vi, TimeAxis.FinestFor(PeriodKind.Year));

        Assert.Equal(TimeStep.Year, ticks.Step);
        Assert.Equal(["2021", "2022"], ticks.Labels.Select(l => l.Text));
    }

    [Fact]
    public void English_quarters_are_q1_to_q4()
    {
        var ticks = TimeAxis.Choose(new YearMonth(2022, 1), new YearMonth(2024, 12), PlotWidth, Language.En);

        Assert.Equal(["Q1", "Q2", "Q3", "Q4"], ticks.Labels.Where(l => l.Row == 0).Take(4).Select(l => l.Text));
    }

    private static TimeTicks Axis(int year, int month, int months)
    {
        var first = new YearMonth(year, month);
        var index = year * 12 + month - 1 + months - 1;
        return TimeAxis.Choose(first, new YearMonth(index / 12, index % 12 + 1), PlotWidth, Language.Vi);
    }
}

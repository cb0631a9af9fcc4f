using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Periods;

namespace Bantin.Tests.Periods;

public sealed class PeriodLabelTests
{
    [Theory]
    [InlineData("2019-04", "tháng 4/2019")]
    [InlineData("2019-12", "tháng 12/2019")]
    [InlineData("2019-Q1", "quý I/2019")]
    [InlineData("2019-Q2", "quý II/2019")]
    [InlineData("2019-Q3", "quý III/2019")]
    [InlineData("2019-Q4", "quý IV/2019")]
    [InlineData("2020-H1", "6 tháng đầu năm 2020")]
    [InlineData("2020-H2", "6 tháng cuối năm 2020")]
    [InlineData("2017-01..2017-05", "5 tháng đầu năm 2017")]
    [InlineData("2017-01..2017-02", "2 tháng đầu năm 2017")]
    [InlineData("2017-03..2017-05", "từ tháng 3/2017 đến tháng 5/2017")]
    [InlineData("2016-11..2017-02", "từ tháng 11/2016 đến tháng 2/2017")]
    [InlineData("2016-01..2017-02", "từ tháng 1/2016 đến tháng 2/2017")]
    [InlineData("2021", "năm 2021")]
    [InlineData("2013..2018", "nhiệm kỳ 2013\u20132018")]
    public void Vietnamese(string text, string label)
    {
        Assert.True(Period.TryParse(text, out var p, out _));
        Assert.Equal(label, p.Label(Language.Vi));
    }

    [Theory]
    [InlineData("2019-04", "April 2019")]
    [InlineData("2019-01", "January 2019")]
    [InlineData("2019-Q1", "Q1 2019")]
    [InlineData("2019-Q4", "Q4 2019")]
    [InlineData("2020-H1", "first half of 2020")]
    [InlineData("2020-H2", "second half of 2020")]
    [InlineData("2017-01..2017-05", "January\u2013May 2017")]
    [InlineData("2017-03..2017-05", "March\u2013May 2017")]
    [InlineData("2016-11..2017-02", "November 2016\u2013February 2017")]
    [InlineData("2021", "2021")]
    [InlineData("2013..2018", "term 2013\u20132018")]
    public void English(string text, string label)
    {
        Assert.True(Period.TryParse(text, out var p, out _));
        Assert.Equal(label, p.Label(Language.En));
    }

    [Fact]
    public void Vietnamese_labels_are_composed_nfc()
    {
        foreach (var text in new[] { "2019-04", "2019-Q1", "2020-H1", "2020-H2", "2017-03..2017-05", "2013..2018" })
        {
            Assert.True(Period.TryParse(text, out var p, out _));
            var label = p.Label(Language.Vi);
            Assert.Equal(label.Normalize(System.Text.NormalizationForm.FormC), label);
        }
    }
}

using Bantin.Compute.Data;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;
using Bantin.Model.Periods;
using Bantin.Sources.Data;
using Bantin.Tests.Support;

namespace Bantin.Tests.Data;

/// <summary>The example site's data/ (transcribed from the seed articles) loads cleanly and gives the seeds' figures.</summary>
public sealed class ExampleDataTests
{
    private static readonly Lazy<(Model.Data.DataSet Data, IReadOnlyList<Diagnostic> Diagnostics)> Example = new(() =>
    {
        var bag = new DiagnosticBag(new Messages(Language.Vi));
        var data = DataLoader.Load(Repo.Root, bag);
        return (data, bag.Sorted());
    });

    private static Figures Figures => new(Example.Value.Data);

    private static Period P(string text) => Period.TryParse(text, out var p, out _) ? p : throw new ArgumentException(text);

    [Fact]
    public void Example_data_loads_with_no_errors_and_no_warnings()
    {
        Assert.Empty(Example.Value.Diagnostics.Select(d => d.ToString()));
        var data = Example.Value.Data;
        Assert.Equal(9, data.Units.Count);
        Assert.Equal(45, data.Indicators.Count);
        Assert.Equal(7, data.Results.Select(r => r.Span.File).Distinct().Count());
        Assert.Equal(6, data.Targets.Select(t => t.Span.File).Distinct().Count());
    }

    [Fact]
    public void Lao_cai_is_compared_with_both_targets_as_the_seed_does()
    {
        var achievements = Figures.Achievements("lao-cai", "doan-vien-moi", P("2017-01..2017-05"));
        Assert.Equal([("lao-cai", 2700m), ("vn", 1500m)], achievements.Select(a => (a.Target.SetBy, a.Target.Value)));
        Assert.Equal(1128m / 2700m, achievements[0].Ratio);
        Assert.StartsWith("0.41777", achievements[0].Ratio!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.752m, achievements[1].Ratio);
        Assert.All(achievements, a => Assert.True(a.PartialPeriod));
    }

    [Fact]
    public void Cao_bang_april_is_compared_with_the_plan_for_the_year()
    {
        var achievements = Figures.Achievements("cao-bang", "doan-vien-moi", P("2019-04"));
        var plan = Assert.Single(achievements);
        Assert.Equal((111m, (string?)null), (plan.Target.Value, plan.Target.SetBy));
        Assert.Equal(72m / 111m, plan.Ratio);
        Assert.True(plan.PartialPeriod);
        Assert.Equal(0.75m, Assert.Single(Figures.Achievements("cao-bang", "cdcs-moi", P("2019-04"))).Ratio);
    }

    [Fact]
    public void Seed_figures_come_out_of_the_example_data()
    {
        var figures = Figures;
        Assert.Equal(790m / 812m, figures.Get("cao-bang", "hoi-nghi-cbccvc", P("2019-04"))!.Rate);
        Assert.Equal(17060m / 7500m, Assert.Single(figures.Achievements("nghe-an", "doan-vien-moi", P("2022"))).Ratio);

        // Tuyên Quang gives nothing itself: its figure is Na Hang's, breakdown included.
        var members = figures.Get("tuyen-quang", "tong-doan-vien", P("2021"))!;
        Assert.Equal((1738m, true), (members.Value, members.Computed));
        Assert.Equal([KeyValuePair.Create("khoi-hcsn", 1697m), KeyValuePair.Create("khoi-dn-ngoai-nha-nuoc", 41m)], members.By);
        Assert.Equal("data/results/tuyen-quang/na-hang/2021.yaml", Assert.Single(members.Sources).File);

        Assert.Equal(1128m, figures.Get("vn", "doan-vien-moi", P("2017-01..2017-05"))!.Value);
        Assert.Null(figures.Get("cao-bang", "doan-vien-moi", P("2019")));
        Assert.Null(figures.Get("tuyen-quang", "thu-kpcd", P("2021")));
        Assert.Equal(["2019-Q1", "2019-04"], figures.Periods("cao-bang").Select(p => p.ToString()));
        Assert.Equal(12, figures.IndicatorIds("cao-bang", P("2019-04")).Count);
    }
}

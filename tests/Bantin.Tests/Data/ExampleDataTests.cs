using Bantin.Compute.Data;
using Bantin.Diagnostics;
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
}

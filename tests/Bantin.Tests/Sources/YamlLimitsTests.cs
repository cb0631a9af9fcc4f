using Bantin.Diagnostics;
using Bantin.Tests.Support;

namespace Bantin.Tests.Sources;

/// <summary>
/// Hostile YAML (deep nesting, aliases that refer to themselves or multiply, huge files) is refused before
/// YamlDotNet builds its tree, wherever YAML is read: front matter, data files and site.yaml. Before, some of
/// these overflowed the stack and killed the process (exit 134), which no catch can stop.
/// </summary>
public sealed class YamlLimitsTests
{
    public enum Place { FrontMatter, DataFile, SiteYaml }

    private const string BillionLaughs = """
        a: &a [x, x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        """;

    public static TheoryData<Place, string, int, int, string> Cases()
    {
        var data = new TheoryData<Place, string, int, int, string>();
        foreach (var place in Enum.GetValues<Place>())
        {
            data.Add(place, "? &a [*a]", 1, 7, "chính nó");
            data.Add(place, "x: " + new string('[', 100_000), 1, 3 + 64, "lồng nhau quá 64 mức");
            data.Add(place, "x: " + new string('{', 100_000), 1, 3 + 64, "lồng nhau quá 64 mức");
            data.Add(place, string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "a:\n")), 65, 65, "lồng nhau quá 64 mức");
            data.Add(place, BillionLaughs, 5, 0, "bí danh");
            data.Add(place, "x: *khong-co", 1, 4, "'*khong-co'");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_yaml_is_one_error_at_its_place(Place place, string yaml, int line, int column, string says)
    {
        var (file, firstLine) = Where(place);
        using var site = TestSite.From(Files(place, yaml));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors, e => e.Span.File == file);
        Assert.Equal(firstLine + line - 1, error.Span.Line);
        if (column > 0) Assert.Equal(column, error.Span.Column);
        Assert.Contains(says, error.Message);
        Assert.False(string.IsNullOrEmpty(error.Fix));
    }

    [Theory]
    [InlineData(Place.FrontMatter)]
    [InlineData(Place.DataFile)]
    [InlineData(Place.SiteYaml)]
    public void A_yaml_text_larger_than_the_limit_is_refused(Place place)
    {
        var (file, _) = Where(place);
        var yaml = "# " + new string('x', 9 * 1024 * 1024);
        using var site = TestSite.From(Files(place, yaml));
        var error = Assert.Single(site.Build().Errors, e => e.Span.File == file);
        Assert.Contains("MB", error.Message);
    }

    [Fact]
    public void A_yaml_alias_within_the_limits_still_works()
    {
        using var site = TestSite.From("""
            -- content/a.md --
            ---
            title: &t Tiêu đề
            summary: *t
            date: 2020-01-01
            ---
            x
            """);
        site.BuildOk();
    }

    private static (string File, int FirstLine) Where(Place place) => place switch
    {
        Place.FrontMatter => ("content/a.md", 2),
        Place.DataFile => ("data/units.yaml", 1),
        _ => ("site.yaml", 3),
    };

    private static string Files(Place place, string yaml) => place switch
    {
        Place.FrontMatter => "-- content/a.md --\n---\n" + yaml + "\ntitle: A\ndate: 2020-01-01\n---\nx\n",
        Place.DataFile => "-- data/units.yaml --\n" + yaml + "\n",
        _ => "-- site.yaml --\ntitle: T\nbase_url: https://example.org/\n" + yaml + "\n",
    };
}

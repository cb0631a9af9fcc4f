using System.Diagnostics;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>Dates and numbers at or beyond the limits of their types are errors at their place, never a crash.</summary>
public sealed class OutOfRangeTests
{
    [Theory]
    [InlineData("0001-01-01", true)]
    [InlineData("0001-01-01", false)]
    [InlineData("0001-01-01 00:00 +14:00", true)]
    [InlineData("1899-12-31", true)]
    [InlineData("3000-01-01", true)]
    [InlineData("9999-12-31 23:59", true)]
    [InlineData("9999-12-31 23:59", false)]
    [InlineData("9999-12-31T23:59:59Z", true)]
    public void A_date_outside_the_plausible_years_is_an_error_at_its_line(string date, bool drafts)
    {
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: A\ndate: {date}\n---\nx\n");
        var error = Assert.Single(site.Build(drafts: drafts).Errors);
        Assert.Equal($"content/a.md:3:7: error: Ngày đăng \"{date}\" nằm ngoài các năm 1900–2999.", error.ToLine());
        Assert.Equal("Kiểm tra lại năm, ví dụ: date: 2019-04-27", error.Fix);
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2999-12-31 23:59")]
    public void The_first_and_last_plausible_dates_build_with_drafts(string date)
    {
        using var site = TestSite.From($"-- content/a.md --\n---\ntitle: A\ndate: {date}\n---\nx\n");
        site.BuildOk(drafts: true);
    }

    [Theory]
    [InlineData("build", "99999999999999999")]
    [InlineData("build", "-99999999999999")]
    [InlineData("build", "mot-nghin")]
    [InlineData("check", "99999999999999999")]
    public void Source_date_epoch_out_of_range_is_a_usage_error(string command, string epoch)
    {
        using var site = TestSite.From("-- content/a.md --\n---\ntitle: A\ndate: 2020-01-01\n---\nx\n");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "bantin.dll"), command, "--site", site.Root },
            Environment = { ["SOURCE_DATE_EPOCH"] = epoch },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains($"SOURCE_DATE_EPOCH \"{epoch}\"", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "0.0000000001")]
    [InlineData("79228162514264337593543950335", "0.0000000000000000000000000001")]
    [InlineData("0.0000000000000000000000000001", "79228162514264337593543950335")]
    public void Extreme_values_and_targets_build_without_nan_or_infinity(string value, string target)
    {
        using var site = TestSite.From(Bantin.Tests.Data.DataTestSite.Catalog + $$$"""
            -- data/results/lao-cai/2017.yaml --
            unit: lao-cai
            period: 2017
            values:
              ho-tro-mai-am: {{{value}}}
            -- data/targets/lao-cai/2017.yaml --
            unit: lao-cai
            period: 2017
            targets:
              ho-tro-mai-am: {{{target}}}
            -- content/a.md --
            ---
            title: A
            date: 2020-01-01
            ---
            {{ value "ho-tro-mai-am" unit: "lao-cai" period: "2017" }} {{ percent "ho-tro-mai-am" unit: "lao-cai" period: "2017" }} {{ progress "ho-tro-mai-am" unit: "lao-cai" period: "2017" }} {{ table ["ho-tro-mai-am"] unit: "lao-cai" period: "2017" }}
            """);
        // A percentage beyond decimal's range cannot be computed; it is then reported like a missing target
        // (a diagnostic at the call), never printed as NaN or ∞ and never a crash.
        var result = site.Build();
        Assert.True(result.Succeeded || result.Errors.All(e => e.Span.File == "content/a.md" && e.Span.Line == 5),
            string.Join("\n", result.Diagnostics));
        if (!result.Succeeded) return;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("NaN", html);
            Assert.DoesNotContain("∞", html);
            Assert.DoesNotContain("Infinity", html);
        }
    }
}

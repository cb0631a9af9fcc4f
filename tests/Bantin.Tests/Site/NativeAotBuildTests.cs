using System.Diagnostics;
using System.Runtime.InteropServices;
using Bantin.Tests.Support;

namespace Bantin.Tests.Site;

/// <summary>
/// The Native AOT build (how the benchmark runs Bantin, and the README's way to install it) trims what it thinks is
/// unused; templates read members by reflection, so a trimmed member would only fail at run time. This publishes the
/// AOT binary once and checks it against the same golden files as the JIT build, and that its errors still read well.
/// </summary>
public sealed class NativeAotBuildTests
{
    private static readonly Lazy<string> Binary = new(Publish);

    [AotFact]
    public void The_native_build_writes_the_golden_example_site_byte_for_byte()
    {
        var output = Temp("bantin-aot-site");
        try
        {
            var buildTime = TestSite.BuildTime.AddYears(2).ToString("yyyy-MM-ddTHH:mm:sszzz");
            var (code, text) = Run(Binary.Value, "build", "--site", Repo.Root, "--output", output, "--build-time", buildTime);
            Assert.True(code == 0, text);

            ExampleSiteGoldenTests.AssertSameAsGolden(ExampleSiteGoldenTests.Files(output), "the Native AOT build");
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, true);
        }
    }

    [AotFact]
    public void The_native_build_reports_a_broken_article_with_its_position_not_a_stack_trace()
    {
        using var site = TestSite.From("""
            -- content/2020/01/bai.md --
            ---
            title: "Bài
            date: 2020-01-05T08:00:00+07:00
            ---
            Nội dung.
            """);
        var (code, text) = Run(Binary.Value, "build", "--site", site.Root, "--output", site.Output);
        Assert.Equal(1, code);
        Assert.Contains("content/2020/01/bai.md:2:", text.Replace('\\', '/'));
        Assert.DoesNotContain("   at ", text);
    }

    [AotFact]
    public void The_native_build_writes_a_report_form_and_imports_it_and_an_old_xls_back()
    {
        using var site = Import.ImportSite.Create();
        var form = Path.Combine(site.Root, "mau.xlsx");
        var (code, text) = Run(Binary.Value, "new", "form", "--site", site.Root, "--period", "2024-05", "--units", "cao-bang/hoa-an", "--output", form);
        Assert.True(code == 0, text);
        Import.Xlsx.Fill(form, "Báo cáo", Import.Xlsx.Find(form, "Báo cáo", "doan-vien-moi", "cao-bang/hoa-an"), "1.738");
        Import.Xlsx.Fill(form, "Báo cáo", Import.Xlsx.Find(form, "Báo cáo", "hoi-nghi-cbccvc", "cao-bang/hoa-an"), 790);
        Import.Xlsx.Fill(form, "Báo cáo", Import.Xlsx.Find(form, "Báo cáo", "hoi-nghi-cbccvc:of", "cao-bang/hoa-an"), 812);
        var xls = Path.Combine(site.Root, "bao-cao-cu.xls");
        File.Copy(Path.Combine(Repo.Root, "tests/Bantin.Tests/Import/Fixtures/bao-cao-cu.xls"), xls);
        File.WriteAllText(Path.Combine(site.Root, "bang.csv"), "Đơn vị;Thu kinh phí công đoàn\nBảo Lạc;\"97,5%\"\n");

        (code, text) = Run(Binary.Value, "import", "--site", site.Root, "--period", "2024-05", form, Path.Combine(site.Root, "bang.csv"));
        Assert.True(code == 0, text);
        Assert.Contains("doan-vien-moi: 1738\n  hoi-nghi-cbccvc: { value: 790, of: 812 }", File.ReadAllText(Path.Combine(site.Root, "data/results/cao-bang/hoa-an/2024-05.yaml")));
        // The .xls repeats Hòa An's 72 new members against the 1738 just imported: refused at its cell, nothing written.
        (code, text) = Run(Binary.Value, "import", "--site", site.Root, xls);
        Assert.Equal(1, code);
        Assert.Contains("bao-cao-cu.xls!Tháng 5!C4: error:", text);
        Assert.DoesNotContain("   at ", text);
    }

    private static string Publish()
    {
        var bin = Temp("bantin-aot-bin");
        var (code, text) = Run("dotnet", "publish", Path.Combine(Repo.Root, "generator", "Bantin.csproj"), "-c", "Release",
            "-r", RuntimeInformation.RuntimeIdentifier, "-p:PublishAot=true", "-o", bin, "--nologo");
        Assert.True(code == 0, "dotnet publish -p:PublishAot=true failed:\n" + text);
        return Path.Combine(bin, "bantin");
    }

    private static (int Code, string Text) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string Temp(string prefix) => Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
}

using System.Diagnostics;
using System.Text.Json;
using Bantin.BrowserTests.Support;

namespace Bantin.BrowserTests;

/// <summary>Every built page passes the Nu Html Checker (vnu.jar) with no errors.</summary>
[Collection(SiteCollection.Name)]
public sealed class ValidHtmlTests(SiteFixture site)
{
    [BrowserFact(Tool.Vnu)]
    public async Task Every_page_passes_the_Nu_Html_Checker()
    {
        var files = BuiltSite.HtmlFiles(site.Folder);
        Assert.True(files.Count > 50, $"only {files.Count} pages were built");
        // One java start for all pages: the checker itself takes seconds, each page milliseconds.
        var start = new ProcessStartInfo(Tools.OnPath("java") ?? "java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-jar", Tools.VnuJar, "--errors-only", "--format", "json" }.Concat(files)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // vnu writes its JSON report to stderr.
        var report = (await stderr).Trim();
        Assert.True(report.StartsWith('{'), "vnu did not report JSON: " + report + await stdout);
        var errors = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Path.GetRelativePath(site.Folder, new Uri(m.GetProperty("url").GetString()!).LocalPath)}:" +
                         $"{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} errors:\n" + string.Join("\n", errors.Take(60)));
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using Bantin.Tests.Support;

namespace Bantin.Tests.Preview;

/// <summary><c>bantin serve</c> as a real process: it says where to look, serves, and stops cleanly on SIGTERM.</summary>
public sealed class ServeProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Serve_prints_the_address_with_the_sub_path_and_stops_cleanly_on_sigterm()
    {
        if (OperatingSystem.IsWindows()) return; // no SIGTERM to send
        using var site = TestSite.From("-- content/a.md --\n" + Md.Article("Bài một", "2020-01-01"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "bantin.dll"), "serve", "--site", site.Root, "--port", "0" },
        };
        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            string? url = null;
            while (url is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                url = Regex.Match(line, @"^Xem trước tại (http://127\.0\.0\.1:\d+/congdoan/) \(có cả bản nháp\)\.") is { Success: true } m ? m.Groups[1].Value : null;
            Assert.NotNull(url);

            using var http = new HttpClient { Timeout = Patience };
            Assert.Contains("Bài một", await http.GetStringAsync(url + "2020/01/bai-mot/", timeout.Token));

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync(timeout.Token);
            var rest = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Đã dừng bản xem trước.", rest);
            Assert.Equal("", await stderr);
            Assert.False(Directory.Exists(Path.Combine(site.Root, ".bantin-preview")), "the preview removes its builds when it stops");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}

using System.Diagnostics;
using System.Runtime.InteropServices;
using Bantin.Cli;
using Bantin.Tests.Support;

namespace Bantin.Tests.Output;

/// <summary>Ctrl+C in the middle of a real <c>bantin build</c>: the old output stays, the staging folder goes.</summary>
public sealed class InterruptTests
{
    private const int SigInt = 2;

    // Straight to the system: starting kill(1) takes long enough for a small build to finish first.
    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);

    [Fact]
    public async Task Sigint_during_a_build_exits_130_keeps_the_old_output_and_leaves_no_staging_folder()
    {
        if (OperatingSystem.IsWindows()) return; // no SIGINT to send
        // Enough articles that the build writes for a good second: a smaller site could finish between two looks for its staging folder.
        using var site = TestSite.From(string.Concat(Enumerable.Range(1, 1200).Select(i =>
            $"-- content/2024/05/bai-{i}.md --\n" + Md.Article($"Bài số {i}", "2024-05-02"))));
        site.BuildOk();
        var before = OutputSafetyTests.Snapshot(site.Output);
        site.Write("content/2024/05/bai-1.md", Md.Article("Đã sửa", "2024-05-02"));

        // env gives the build SIGINT's default disposition: a test host started in the background may ignore it, and
        // a child inherits that.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "bantin.dll"), "build", "--site", site.Root, "--build-time", "2025-01-01T00:00:00Z" },
        };
        using var process = Process.Start(start)!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            // The signal goes once the build has started writing: its staging folder is there.
            var waited = Stopwatch.StartNew();
            while (!Directory.EnumerateDirectories(site.Root, ".bantin-staging-*").Any() && !process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
                await Task.Delay(2);
            // (Not "await stdout" in a message here: it would wait for the build to end.)
            Assert.False(process.HasExited, "the build ended before it could be interrupted");
            Assert.Equal(0, Kill(process.Id, SigInt));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

            Assert.True(BantinCli.Interrupted == process.ExitCode, $"exit {process.ExitCode}: {await stdout} {await stderr}");
            Assert.Contains("Đã dừng bản dựng", await stderr);
            OutputSafetyTests.AssertSame(before, OutputSafetyTests.Snapshot(site.Output));
            OutputSafetyTests.AssertNoStagingBeside(site.Output);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }
}

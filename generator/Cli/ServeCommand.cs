using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Bantin.Diagnostics;
using Bantin.Preview;

namespace Bantin.Cli;

/// <summary><c>bantin serve</c>: a preview that rebuilds and reloads while the editor writes. Runs until Ctrl+C or SIGTERM.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new Option<string>("--site", "-s")
        {
            Description = "Thư mục của site (mặc định: thư mục hiện tại). / The site folder (default: current folder).",
            DefaultValueFactory = _ => ".",
        };
        var port = new Option<int?>("--port", "-p")
        {
            Description = $"Cổng (mặc định {PreviewOptions.DefaultPort}; 0 = một cổng trống bất kỳ). / Port (default {PreviewOptions.DefaultPort}; 0 = any free port).",
        };
        var bind = new Option<string>("--bind")
        {
            Description = "Địa chỉ lắng nghe (mặc định 127.0.0.1: chỉ máy này). / Address to listen on (default 127.0.0.1: this machine only).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Hiện cả bản nháp và bài hẹn đăng (mặc định). / Show drafts and future articles (default)." };
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Chỉ hiện bài đã đăng, như khi dựng thật. / Show published articles only, as a real build does." };
        var timings = new Option<bool>("--timings") { Description = "In thời gian của từng bước sau mỗi lần dựng. / Print the time each stage of each build took." };

        var command = new Command("serve", "Xem trước site khi viết: dựng, phục vụ và tự tải lại trang. / Preview while writing: build, serve and reload.")
        {
            site, port, bind, drafts, noDrafts, timings,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(site)!, parse.GetValue(port), parse.GetValue(bind)!, parse.GetValue(drafts), parse.GetValue(noDrafts),
            parse.GetValue(timings), stdout, stderr, cancel));
        return command;
    }

    private static async Task<int> RunAsync(string siteDir, int? port, string bindText, bool drafts, bool noDrafts, bool timings,
        TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var root = Path.GetFullPath(siteDir);
        var messages = new Messages(SiteBasics.Read(root, SiteBasics.Default).Language);
        if (!Directory.Exists(root)) return Usage(stderr, messages.PreviewSiteFolderMissing(root));
        if (drafts && noDrafts) return Usage(stderr, messages.PreviewDraftsConflict());
        if (port is < 0 or > 65535) return Usage(stderr, messages.PreviewBadPort(port.Value));
        if (!TryParseBind(bindText, out var address)) return Usage(stderr, messages.PreviewBadBind(bindText));

        var options = new PreviewOptions(root, address, port ?? PreviewOptions.DefaultPort, IncludeDrafts: !noDrafts) { Timings = timings };
        // Ctrl+C and SIGTERM end the preview the normal way (stop, clean up, exit 0) instead of killing the process
        // mid-write; System.CommandLine's own token is honoured too, for hosts that cancel through it.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        // Output may come from two threads (a rebuild and this one): keep lines whole.
        stdout = TextWriter.Synchronized(stdout);
        stderr = TextWriter.Synchronized(stderr);
        PreviewServer server;
        try
        {
            server = await StartAsync(options, explicitPort: port is not null, messages, stdout, stderr, stop.Token);
        }
        catch (IOException e)
        {
            return Usage(stderr, messages.PreviewCannotListen($"{bindText}:{options.Port}", e.Message));
        }
        catch (OperationCanceledException)
        {
            return BantinCli.Ok;
        }

        await using (server)
        {
            stdout.WriteLine(server.Messages.PreviewServing(server.SiteUrl.ToString(), options.IncludeDrafts).What);
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: System.CommandLine cancels the token; stopping cleanly is the normal way out.
            }
        }
        stdout.WriteLine(server.Messages.PreviewStopped().What);
        return BantinCli.Ok;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>The default port may be taken by another program; only then, take any free port instead of failing.</summary>
    private static async Task<PreviewServer> StartAsync(PreviewOptions options, bool explicitPort, Messages messages,
        TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        try
        {
            return await PreviewServer.StartAsync(options, stdout, stderr, cancel);
        }
        catch (IOException) when (!explicitPort)
        {
            stderr.WriteLine(messages.PreviewPortBusy(options.Port).What);
            return await PreviewServer.StartAsync(options with { Port = 0 }, stdout, stderr, cancel);
        }
    }

    private static bool TryParseBind(string text, out IPAddress address)
    {
        if (text.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }
        return IPAddress.TryParse(text.Trim('[', ']'), out address!);
    }

    private static int Usage(TextWriter stderr, Text text)
    {
        stderr.WriteLine(text.What);
        if (text.Fix is not null) stderr.WriteLine($"    → {text.Fix}");
        return BantinCli.BadUsage;
    }
}

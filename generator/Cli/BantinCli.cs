using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Bantin.Diagnostics;
using Bantin.Formatting;

namespace Bantin.Cli;

/// <summary>
/// The command line: parses options and hands them to the build. Exit codes: 0 ok, 1 content errors, 2 bad usage
/// (including an output folder a build must not touch), 3 a bug in Bantin, 130 stopped by Ctrl+C or SIGTERM.
/// </summary>
public static class BantinCli
{
    public const int Ok = ExitCodes.Ok;
    public const int ContentErrors = ExitCodes.ContentErrors;
    public const int BadUsage = ExitCodes.BadUsage;
    public const int InternalError = ExitCodes.InternalError;
    public const int Interrupted = ExitCodes.Interrupted;

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var root = new RootCommand("Bantin: dựng site tin tức và số liệu công đoàn từ Markdown và YAML. / Builds a news-and-results site from Markdown and YAML.");
        root.Subcommands.Add(BuildCommand(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
        root.Subcommands.Add(DeployCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(stdout);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine(error.Message);
            stderr.WriteLine("Xem --help. / See --help.");
            return BadUsage;
        }
        // Exceptions reach the handler below instead of System.CommandLine's, which prints a stack trace; Ctrl+C and
        // SIGTERM reach the commands' own handlers (a build stops between files), not its 2-second kill.
        var config = new InvocationConfiguration
        {
            Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        };
        try
        {
            return parsed.Invoke(config);
        }
        catch (Exception e)
        {
            stderr.WriteLine(CrashLine(e, parsed.CommandResult.Command.Name));
            return InternalError;
        }
    }

    /// <summary>
    /// What an unexpected exception prints: one line, no stack trace, naming the stage and the file being processed
    /// (the previous output is untouched: StagedOutput swaps only after a whole build).
    /// </summary>
    public static string CrashLine(Exception e, string command)
    {
        var crash = BuildCrash.From(e, command);
        var error = crash.InnerException is { } inner ? $"{inner.GetType().Name}: {inner.Message}" : crash.Message;
        var text = new Diagnostics.Messages(Language.Vi).InternalError(crash.Stage, crash.Item, error);
        return $"{text.What} {text.Fix}";
    }

    private static Command BuildCommand(TextWriter stdout, TextWriter stderr)
    {
        var site = SiteOption();
        var output = new Option<string?>("--output", "-o") { Description = "Thư mục kết quả (mặc định: public/ trong thư mục site). / Output folder (default: public/ in the site)." };
        var drafts = new Option<bool>("--drafts") { Description = "Dựng cả bản nháp và bài hẹn đăng. / Include drafts and future-dated articles." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Thay base_url của site.yaml, ví dụ https://example.org/congdoan/. / Override base_url." };
        var buildTime = new Option<string?>("--build-time") { Description = "Thời điểm dựng cố định (ISO 8601) để kết quả lặp lại được; mặc định SOURCE_DATE_EPOCH hoặc bây giờ. / Fixed build time." };

        var timings = new Option<bool>("--timings") { Description = "In thời gian của từng bước dựng. / Print the time each build stage took." };
        var relative = new Option<bool>("--relative") { Description = "Bản mang đi: liên kết tương đối, mở được từ thư mục hay USB (file://). / A portable build that opens from a folder or USB stick." };
        var command = new Command("build", "Dựng site vào thư mục kết quả. / Build the site into the output folder.") { site, output, drafts, baseUrl, buildTime, timings, relative };
        command.SetAction(parse =>
        {
            if (!TryBuildTime(parse.GetValue(buildTime), stderr, out var time)) return BadUsage;
            if (parse.GetValue(site) is "" || parse.GetValue(output) is "")
            {
                stderr.WriteLine("--site và --output cần một thư mục, không để trống. / --site and --output need a folder, not an empty value.");
                return BadUsage;
            }
            // Ctrl+C and SIGTERM stop the build between files: its staging folder goes, the output stays as it was.
            using var stop = new CancellationTokenSource();
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var options = new BuildOptions(
                SiteRoot: parse.GetValue(site)!,
                OutputDir: parse.GetValue(output),
                IncludeDrafts: parse.GetValue(drafts),
                BaseUrl: parse.GetValue(baseUrl),
                BuildTime: time) { Cancel = stop.Token, Relative = parse.GetValue(relative) };
            var result = new SiteBuilder().Build(options);
            Report.Print(result, stdout, stderr);
            if (result.Stopped) return Interrupted;
            if (result.BadOutput) return BadUsage;
            if (parse.GetValue(timings)) PrintTimings(result, stdout);
            return result.Succeeded ? Ok : ContentErrors;
        });
        return command;
    }

    /// <summary><c>--build-time</c>, else SOURCE_DATE_EPOCH, else now (null); false after saying what is wrong.</summary>
    private static bool TryBuildTime(string? text, TextWriter stderr, out DateTimeOffset? time)
    {
        time = null;
        if (text is null) return SourceDateEpoch.TryFromEnvironment(stderr, out time);
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
        {
            stderr.WriteLine($"--build-time: \"{text}\" không phải thời điểm ISO 8601 (ví dụ 2024-01-31T08:00:00+07:00).");
            return false;
        }
        time = t;
        return true;
    }

    /// <summary><c>build --timings</c>: wall time and memory per stage, then thread time per template.</summary>
    private static void PrintTimings(BuildResult result, TextWriter stdout)
    {
        foreach (var line in TimingLines.Of(result)) stdout.WriteLine(line);
    }

    private static Option<string> SiteOption() => new("--site", "-s")
    {
        Description = "Thư mục của site (mặc định: thư mục hiện tại). / The site folder (default: current folder).",
        DefaultValueFactory = _ => ".",
    };
}

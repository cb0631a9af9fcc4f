using System.Diagnostics;
using System.Globalization;

namespace Bantin.Bench.Run;

/// <summary>
/// Runs a child process and measures it. With GNU time (Debian package <c>time</c>) the child runs under
/// <c>/usr/bin/time -f "%e %U %S %M"</c>, which reports exact CPU time and peak RSS (ru_maxrss); without it the
/// child's /proc/&lt;pid&gt;/status (VmHWM) and /proc/&lt;pid&gt;/stat are polled every 10 ms, which is approximate.
/// </summary>
public sealed class ProcessMeter
{
    public const string GnuTime = "/usr/bin/time";
    private const int ClockTicksPerSecond = 100; // USER_HZ on Linux

    private readonly bool _gnuTime;

    private ProcessMeter(bool gnuTime) => _gnuTime = gnuTime;

    public bool UsesGnuTime => _gnuTime;

    public static ProcessMeter Create()
    {
        if (!File.Exists(GnuTime)) return new ProcessMeter(false);
        var probe = Shell.Run(GnuTime, ["-f", "%M", "true"]);
        var usable = probe.ExitCode == 0 && long.TryParse(probe.Error.Trim().Split('\n')[^1], out _);
        return new ProcessMeter(usable);
    }

    public Measurement Run(ToolCommand command, string workDir)
    {
        return _gnuTime ? RunUnderTime(command, workDir) : RunPolled(command, workDir);
    }

    private static Measurement RunUnderTime(ToolCommand command, string workDir)
    {
        var report = Path.Combine(Path.GetTempPath(), $"bantin-bench-time-{Guid.NewGuid():N}.txt");
        try
        {
            var timed = new ToolCommand(GnuTime, ["-f", "%e %U %S %M", "-o", report, command.File, .. command.Args]);
            var tail = new OutputTail(30);
            var clock = Stopwatch.StartNew();
            using var process = Start(timed, workDir, tail);
            process.WaitForExit();
            var wall = clock.Elapsed.TotalSeconds;
            var last = File.ReadAllLines(report).Last(l => l.Trim().Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var user = double.Parse(last[1], CultureInfo.InvariantCulture);
            var sys = double.Parse(last[2], CultureInfo.InvariantCulture);
            var rss = long.Parse(last[3], CultureInfo.InvariantCulture);
            return new Measurement(wall, user + sys, rss, process.ExitCode, tail.ToString(), Approximate: false);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static Measurement RunPolled(ToolCommand command, string workDir)
    {
        var tail = new OutputTail(30);
        var clock = Stopwatch.StartNew();
        using var process = Start(command, workDir, tail);
        long hwm = 0;
        double cpu = 0;
        while (!process.WaitForExit(10))
        {
            hwm = Math.Max(hwm, ReadHwm(process.Id));
            cpu = Math.Max(cpu, ReadCpu(process.Id));
        }
        process.WaitForExit();
        return new Measurement(clock.Elapsed.TotalSeconds, cpu, hwm, process.ExitCode, tail.ToString(), Approximate: true);
    }

    private static Process Start(ToolCommand command, string workDir, OutputTail tail)
    {
        var info = new ProcessStartInfo(command.File)
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => tail.Add(e.Data);
        process.ErrorDataReceived += (_, e) => tail.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static long ReadHwm(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }

    private static double ReadCpu(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After "pid (comm) ": state is field 3, utime field 14, stime field 15.
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks / (double)ClockTicksPerSecond;
        }
        catch (IOException) { }
        catch (FormatException) { }
        return 0;
    }
}

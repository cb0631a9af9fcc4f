using System.Globalization;

namespace Bantin.Bench.Run;

/// <summary>What the numbers were measured on.</summary>
public sealed record MachineFacts(
    int Cores,
    string Cpu,
    double MemoryGiB,
    string Os,
    string Kernel,
    string Dotnet,
    string Hugo,
    string Commit,
    string Meter,
    DateTimeOffset When)
{
    public static MachineFacts Collect(string repo, string hugo, bool gnuTime)
    {
        var nproc = Shell.Run("nproc", []);
        var cores = nproc.ExitCode == 0 && int.TryParse(nproc.Output.Trim(), out var n) ? n : Environment.ProcessorCount;
        var dotnet = Shell.Run("dotnet", ["--version"]);
        var commit = Shell.Run("git", ["rev-parse", "--short", "HEAD"], repo);
        var dirty = Shell.Run("git", ["status", "--porcelain", "--untracked-files=no"], repo);
        return new MachineFacts(
            cores,
            FirstValue("/proc/cpuinfo", "model name", ':') ?? "unknown",
            MemTotalKiB() / 1024.0 / 1024.0,
            (FirstValue("/etc/os-release", "PRETTY_NAME", '=') ?? Environment.OSVersion.ToString()).Trim('"'),
            ReadOrEmpty("/proc/sys/kernel/osrelease").Trim(),
            dotnet.ExitCode == 0 ? dotnet.Output.Trim() : "unknown",
            hugo,
            commit.ExitCode == 0 ? commit.Output.Trim() + (dirty.Output.Trim().Length > 0 ? " (with uncommitted changes)" : "") : "unknown",
            gnuTime ? "GNU time (`/usr/bin/time -f '%e %U %S %M'`): CPU = user + sys, RSS = peak resident set (ru_maxrss)" : "polling /proc/<pid>/status VmHWM and /proc/<pid>/stat every 10 ms (approximate; install GNU time: `apt-get install -y time`)",
            DateTimeOffset.UtcNow);
    }

    private static long MemTotalKiB()
    {
        var text = FirstValue("/proc/meminfo", "MemTotal", ':');
        return text is not null && long.TryParse(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) ? kib : 0;
    }

    private static string? FirstValue(string file, string key, char separator)
    {
        foreach (var line in ReadOrEmpty(file).Split('\n'))
        {
            var at = line.IndexOf(separator);
            if (at > 0 && line[..at].Trim() == key) return line[(at + 1)..].Trim();
        }
        return null;
    }

    private static string ReadOrEmpty(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}

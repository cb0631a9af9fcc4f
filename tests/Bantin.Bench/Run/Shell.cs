using System.Diagnostics;

namespace Bantin.Bench.Run;

/// <summary>Runs a short helper command (dotnet --version, git, hugo version) and captures what it prints.</summary>
public static class Shell
{
    public static ShellResult Run(string file, IEnumerable<string> args, string? workDir = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new ShellResult(process.ExitCode, output, error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ShellResult(127, "", e.Message);
        }
    }
}

using System.Diagnostics;

namespace Bantin.Deploy;

/// <summary>Runs the system <c>git</c> (the user's own credentials, SSH config and hooks apply), never prompting.</summary>
public sealed class GitRunner(string folder)
{
    public (int Code, string Out, string Err) Try(params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(folder);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // A deploy runs unattended: a missing credential is an error, not a password prompt that waits forever.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DeployFailure($"Không chạy được git ({e.Message}): hãy cài git. / Cannot run git ({e.Message}): install git.", e);
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout, stderr.Result);
        }
    }

    public string Run(params string[] args)
    {
        var (code, stdout, stderr) = Try(args);
        if (code != 0)
            throw new DeployFailure($"git {string.Join(' ', args)} thất bại / failed: {stderr.Trim()}");
        return stdout;
    }
}

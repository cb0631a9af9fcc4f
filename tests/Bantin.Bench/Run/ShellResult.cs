namespace Bantin.Bench.Run;

/// <summary>What a helper command printed, and how it exited (127: it could not be started).</summary>
public sealed record ShellResult(int ExitCode, string Output, string Error);

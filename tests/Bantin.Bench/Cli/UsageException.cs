namespace Bantin.Bench.Cli;

/// <summary>A command line that cannot be run: exit code 2 with the message and the usage text.</summary>
public sealed class UsageException(string message) : Exception(message);

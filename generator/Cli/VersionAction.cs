using System.CommandLine;
using System.CommandLine.Invocation;

namespace Bantin.Cli;

/// <summary>Replaces System.CommandLine's <c>--version</c> output (the bare informational version) with <see cref="VersionText"/>.</summary>
public sealed class VersionAction(TextWriter stdout) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(VersionText.Current());
        return BantinCli.Ok;
    }
}

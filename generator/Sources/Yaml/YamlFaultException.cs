using Bantin.Diagnostics;

namespace Bantin.Sources.Yaml;

/// <summary>Aborts YamlDotNet's loader from inside <see cref="YamlGuard"/>; caught by <see cref="YamlDocumentReader"/> only.</summary>
internal sealed class YamlFaultException(YamlFault fault) : Exception(fault.Kind.ToString())
{
    public YamlFault Fault { get; } = fault;
}

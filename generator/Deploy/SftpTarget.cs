using Bantin.Diagnostics;

namespace Bantin.Deploy;

/// <summary>
/// <c>sftp: { host, port, user, path, known_hosts, key }</c>: an SSH server. The key's passphrase, if any, comes from
/// the environment (<see cref="PassphraseVariable"/>), never from site.yaml. Local paths are absolute after reading.
/// </summary>
public sealed record SftpTarget(string Name, SourceSpan Span, string Host, int Port, string User, string RemotePath, string KnownHosts, string Key)
    : DeployTarget(Name, Span)
{
    public const string PassphraseVariable = "BANTIN_SSH_PASSPHRASE";

    /// <summary>
    /// <c>releases: N</c>: publish into a new folder under <c>releases/</c> and switch the <c>current</c> link to it,
    /// keeping the last N (<see cref="SftpReleases"/>); null for a change-only copy into <see cref="RemotePath"/>.
    /// </summary>
    public int? Releases { get; init; }
}

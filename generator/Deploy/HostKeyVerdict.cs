namespace Bantin.Deploy;

/// <summary>What known_hosts says about the key a server showed.</summary>
public enum HostKeyVerdict
{
    Trusted,
    /// <summary>known_hosts has no key of this type for the host: never seen, so not trusted.</summary>
    Unknown,
    /// <summary>known_hosts has another key of this type for the host: a reinstalled server, or someone in between.</summary>
    Changed,
}

using System.Security.Cryptography;
using System.Text;

namespace Bantin.Deploy;

/// <summary>
/// An OpenSSH known_hosts file, read as <c>ssh</c> reads it for one host: plain names, "[host]:port" for other ports,
/// comma lists, and hashed names ("|1|salt|hash", HashKnownHosts). Wildcards and @cert-authority lines are not
/// understood and never trust anything; @revoked keys are refused.
/// </summary>
public sealed class KnownHosts(IReadOnlyList<string> lines)
{
    public static KnownHosts Load(string path) => new(File.Exists(path) ? File.ReadAllLines(path) : []);

    public HostKeyVerdict Check(string host, int port, string keyType, byte[] key)
    {
        var name = port == 22 ? host : $"[{host}]:{port}";
        var verdict = HostKeyVerdict.Unknown;
        foreach (var raw in lines)
        {
            var fields = raw.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 3 || fields[0].StartsWith('#')) continue;
            var revoked = fields[0] == "@revoked";
            if (fields[0].StartsWith('@'))
            {
                if (!revoked || fields.Length < 4) continue;
                fields = fields[1..];
            }
            if (fields[1] != keyType || !fields[0].Split(',').Any(pattern => Matches(pattern, name))) continue;
            byte[] listed;
            try { listed = Convert.FromBase64String(fields[2]); }
            catch (FormatException) { continue; }
            var same = listed.AsSpan().SequenceEqual(key);
            if (revoked && same) return HostKeyVerdict.Changed;
            if (same && !revoked) verdict = HostKeyVerdict.Trusted;
            else if (!revoked && verdict == HostKeyVerdict.Unknown) verdict = HostKeyVerdict.Changed;
        }
        return verdict;
    }

    private static bool Matches(string pattern, string name)
    {
        if (!pattern.StartsWith("|1|", StringComparison.Ordinal)) return pattern == name;
        var parts = pattern.Split('|');
        if (parts.Length != 4) return false;
        try
        {
            var hash = HMACSHA1.HashData(Convert.FromBase64String(parts[2]), Encoding.UTF8.GetBytes(name));
            return Convert.ToBase64String(hash) == parts[3];
        }
        catch (FormatException) { return false; }
    }
}

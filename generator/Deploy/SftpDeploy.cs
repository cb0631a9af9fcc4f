using Renci.SshNet;
using Renci.SshNet.Common;

namespace Bantin.Deploy;

/// <summary>
/// Connects to an SSH server with a key file (its passphrase from <see cref="SftpTarget.PassphraseVariable"/>), checks
/// the server's key against known_hosts and refuses an unknown or changed one, then runs a <see cref="ChangeOnlyDeploy"/>.
/// SSH.NET (2026.0.1) has no ssh-agent client, so a key file it is.
/// </summary>
public static class SftpDeploy
{
    public static DeployResult Run(string output, SftpTarget target, bool dryRun, Action<string>? uploaded = null)
    {
        using var client = Connect(target, info => new SftpClient(info));
        try
        {
            if (target.Releases is not { } keep) return ChangeOnlyDeploy.Run(output, new SftpFiles(client, target.RemotePath), dryRun, uploaded);
            using var shell = Connect(target, info => new SshClient(info));
            return new SftpReleases(client, shell, target.RemotePath, keep).Run(output, dryRun, uploaded);
        }
        catch (Exception e) when (e is SshException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            throw new DeployFailure(target.Releases is null
                ? $"Tải lên {target.Host} bị ngắt ({e.Message}). Site đang chạy vẫn đầy đủ: mỗi tệp là bản cũ hoặc bản mới; chạy lại bantin deploy để hoàn tất. / " +
                  $"Upload to {target.Host} broke off ({e.Message}). The live site is still complete (each file old or new); run bantin deploy again to finish."
                : $"Tải lên {target.Host} bị ngắt ({e.Message}). Site đang chạy vẫn là bản trước, không đổi gì; chạy lại bantin deploy để đăng bản mới. / " +
                  $"Upload to {target.Host} broke off ({e.Message}). The live site is still the previous release, untouched; run bantin deploy again to publish.", e);
        }
    }

    private static T Connect<T>(SftpTarget target, Func<ConnectionInfo, T> make) where T : BaseClient
    {
        if (!File.Exists(target.Key))
            throw new DeployFailure($"Không thấy khóa SSH {target.Key}. / SSH key {target.Key} not found. (ssh-keygen -t ed25519; key: trong site.yaml / in site.yaml)");
        PrivateKeyFile key;
        try
        {
            var passphrase = Environment.GetEnvironmentVariable(SftpTarget.PassphraseVariable);
            key = string.IsNullOrEmpty(passphrase) ? new PrivateKeyFile(target.Key) : new PrivateKeyFile(target.Key, passphrase);
        }
        catch (SshException e)
        {
            throw new DeployFailure($"Không đọc được khóa {target.Key} ({e.Message}); khóa có mật khẩu thì đặt {SftpTarget.PassphraseVariable}. / " +
                $"Cannot read key {target.Key} ({e.Message}); for a key with a passphrase set {SftpTarget.PassphraseVariable}.", e);
        }
        var info = new ConnectionInfo(target.Host, target.Port, target.User, new PrivateKeyAuthenticationMethod(target.User, key))
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var client = make(info);
        var knownHosts = KnownHosts.Load(target.KnownHosts);
        HostKeyVerdict? verdict = null;
        string fingerprint = "";
        client.HostKeyReceived += (_, e) =>
        {
            verdict = knownHosts.Check(target.Host, target.Port, e.HostKeyName, e.HostKey);
            fingerprint = $"{e.HostKeyName} SHA256:{e.FingerPrintSHA256}";
            e.CanTrust = verdict == HostKeyVerdict.Trusted;
        };
        try
        {
            client.Connect();
            return client;
        }
        catch (Exception e) when (e is SshException or System.Net.Sockets.SocketException or IOException)
        {
            client.Dispose();
            throw verdict switch
            {
                HostKeyVerdict.Unknown => new DeployFailure(
                    $"Máy chủ {target.Host}:{target.Port} chưa có trong {target.KnownHosts} (khóa {fingerprint}): không đăng. Kiểm tra vân tay với người quản trị máy chủ, rồi chạy: ssh -p {target.Port} {target.User}@{target.Host} một lần để thêm. / " +
                    $"Server {target.Host}:{target.Port} is not in {target.KnownHosts} (key {fingerprint}): not deploying. Check the fingerprint with the server's administrator, then run ssh -p {target.Port} {target.User}@{target.Host} once to add it.", e),
                HostKeyVerdict.Changed => new DeployFailure(
                    $"Khóa của máy chủ {target.Host}:{target.Port} đã ĐỔI so với {target.KnownHosts} (nay là {fingerprint}): không đăng. Có thể máy chủ được cài lại, hoặc có kẻ đứng giữa; hỏi người quản trị trước khi sửa known_hosts. / " +
                    $"The key of {target.Host}:{target.Port} has CHANGED from {target.KnownHosts} (now {fingerprint}): not deploying. The server may have been reinstalled, or someone is in between; ask its administrator before editing known_hosts.", e),
                _ => new DeployFailure($"Không kết nối được {target.User}@{target.Host}:{target.Port}: {e.Message} / Cannot connect to {target.User}@{target.Host}:{target.Port}: {e.Message}", e),
            };
        }
    }
}

using System.Globalization;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Renci.SshNet;

namespace Bantin.Deploy;

/// <summary>
/// An atomic deploy to an SSH server: the whole site goes into a new folder <c>releases/ID</c> by SFTP (the live site is
/// not touched while it uploads), then the link <c>current</c> is pointed at it in one step, then releases beyond the
/// last <c>keep</c> and any left half-uploaded are removed. The web server serves <c>PATH/current</c>.
/// <para>
/// The switch runs <c>ln -sfn</c> and <c>mv -T</c> on the server (one rename(2) of a new link over the old): SSH.NET
/// resolves every path it is given through the server's realpath, so over SFTP it would rename the folder a link
/// points to instead of the link. Hence a shell account, not SFTP alone. SFTP has no server-side copy either, so every
/// release is a full upload.
/// </para>
/// </summary>
public sealed class SftpReleases(SftpClient client, SshClient shell, string root, int keep)
{
    public const string Current = "current";
    public const string Folder = "releases";

    public DeployResult Run(string output, bool dryRun, Action<string>? uploaded)
    {
        var local = ChangeOnlyDeploy.LocalFiles(output);
        var plan = DeployPlan.Make(local, new Dictionary<string, string>());
        // A server that runs no commands (an SFTP-only account) is refused before anything is sent.
        Sh("command -v ln mv readlink rm", inRoot: false);
        var live = client.Exists(root) ? LiveRelease() : null;
        if (dryRun) return new DeployResult(plan, dryRun);
        foreach (var folder in new[] { root, Remote(Folder) })
            if (!client.Exists(folder)) client.CreateDirectory(folder);
        var id = NewId();
        ChangeOnlyDeploy.Run(output, new SftpFiles(client, Remote(Folder + "/" + id)), dryRun: false, uploaded);
        Sh($"ln -sfn {Quote(Folder + "/" + id)} {Current}.bantin-new && mv -Tf {Current}.bantin-new {Current}");
        Prune(id, live);
        return new DeployResult(plan, dryRun);
    }

    /// <summary>The release <c>current</c> points at, or null before the first; a real folder there is refused, untouched.</summary>
    private string? LiveRelease()
    {
        var current = Remote(Current);
        if (!client.Exists(current)) return null;
        var link = Sh($"if [ -L {Current} ]; then readlink {Current}; elif [ -e {Current} ]; then echo NOT-A-LINK; fi").Trim();
        if (link == "NOT-A-LINK")
            throw new DeployFailure(Both(new Messages(Language.Vi).DeployCurrentNotLink(current), new Messages(Language.En).DeployCurrentNotLink(current)));
        return link.Length == 0 ? null : link[(link.LastIndexOf('/') + 1)..];
    }

    /// <summary>Runs a command in the target folder; one that fails (or a server without a shell) stops the deploy.</summary>
    private string Sh(string command, bool inRoot = true)
    {
        using var run = shell.RunCommand(inRoot ? $"cd {Quote(root)} && {command}" : command);
        if (run.ExitStatus == 0) return run.Result;
        throw new DeployFailure(
            $"Máy chủ không chạy được lệnh đổi bản phát hành ({run.Error.Trim()}): releases: cần tài khoản có shell (ssh vào được), không chỉ SFTP. Bỏ releases: để đăng kiểu thay từng tệp. / " +
            $"The server did not run the release switch ({run.Error.Trim()}): releases: needs an account with a shell (one you can ssh into), not SFTP alone. Remove releases: to deploy file by file.");
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";

    private static string Both(Text vi, Text en) => $"{vi.What}. {vi.Fix} / {en.What}. {en.Fix}";

    /// <summary>A UTC time to the millisecond: releases sort by name in the order they were made.</summary>
    private string NewId()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'.'fff'Z'", CultureInfo.InvariantCulture);
        var id = stamp;
        for (var n = 2; client.Exists(Remote(Folder + "/" + id)); n++) id = stamp + "-" + n.ToString(CultureInfo.InvariantCulture);
        return id;
    }

    /// <summary>Removes releases beyond the last <c>keep</c> (the new one always stays) and any an earlier deploy left unfinished.</summary>
    private void Prune(string id, string? previous)
    {
        var complete = new List<string>();
        foreach (var entry in client.ListDirectory(Remote(Folder)).Where(e => e.IsDirectory && e.Name is not ("." or "..")))
        {
            if (entry.Name == id) continue;
            if (entry.Name == previous || IsComplete(Folder + "/" + entry.Name)) complete.Add(entry.Name);
            else DeleteTree(Folder + "/" + entry.Name);
        }
        foreach (var old in complete.OrderDescending(StringComparer.Ordinal).Skip(keep - 1)) DeleteTree(Folder + "/" + old);
    }

    /// <summary>A release whose upload finished: its manifest lists every file with a hash.</summary>
    private bool IsComplete(string folder)
    {
        var manifest = Remote(folder + "/" + DeployManifest.FileName);
        if (!client.Exists(manifest)) return false;
        var files = DeployManifest.Parse(client.ReadAllText(manifest));
        return files.Count > 0 && files.Values.All(hash => hash != DeployManifest.Unknown);
    }

    /// <summary>Deletes a release folder; <c>rm -rf</c> on the server, one request instead of one per file.</summary>
    private void DeleteTree(string folder) => Sh($"rm -rf -- {Quote(folder)}");

    private string Remote(string path) => root.TrimEnd('/') + "/" + path;
}

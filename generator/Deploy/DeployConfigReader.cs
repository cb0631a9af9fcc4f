using Bantin.Diagnostics;
using Bantin.Model;
using Bantin.Sources;
using Bantin.Sources.Yaml;

namespace Bantin.Deploy;

/// <summary>
/// Reads site.yaml's <c>deploy:</c> list, for <c>bantin deploy</c> only: a build does not need it (and
/// <see cref="SiteConfigReader"/> merely knows the key). A bad target is reported and left out.
/// </summary>
public static class DeployConfigReader
{
    public const string Key = "deploy";
    private static readonly string[] TargetKeys = ["name", "folder", "sftp", "git"];
    private static readonly string[] SftpKeys = ["host", "port", "user", "path", "known_hosts", "key", "releases"];
    private static readonly string[] GitKeys = ["repo", "branch"];
    private static readonly string[] Secrets = ["password", "passphrase", "pass", "secret"];

    /// <summary>The targets of the site's site.yaml; call it after <see cref="SiteConfigReader"/> found the file sound.</summary>
    public static IReadOnlyList<DeployTarget> Read(string siteRoot, DiagnosticBag bag)
    {
        if (!new SiteFiles(siteRoot, new SymlinkPolicy(true, [])).TryReadText(SiteConfigReader.FileName, bag, out var text)) return [];
        return YamlMap.Parse(text, SiteConfigReader.FileName, 0, bag) is { } map ? Read(map, siteRoot, bag) : [];
    }

    public static IReadOnlyList<DeployTarget> Read(YamlMap site, string siteRoot, DiagnosticBag bag)
    {
        switch (site.Node(Key))
        {
            case null:
                return [];
            case YamlList list:
                var targets = new List<DeployTarget>();
                foreach (var item in list.Items)
                {
                    if (item is not YamlMapping node)
                    {
                        bag.Error(site.SpanOf(item), bag.Messages.DeployNotList());
                        continue;
                    }
                    if (ReadTarget(YamlMap.Wrap(node, site.File, site.LineOffset), siteRoot, bag) is not { } target) continue;
                    if (targets.Any(t => t.Name == target.Name)) bag.Error(target.Span, bag.Messages.DeployNameTwice(target.Name));
                    else targets.Add(target);
                }
                return targets;
            case var other:
                bag.Error(site.SpanOf(other), bag.Messages.DeployNotList());
                return [];
        }
    }

    private static DeployTarget? ReadTarget(YamlMap map, string siteRoot, DiagnosticBag bag)
    {
        RefuseSecrets(map, bag);
        map.WarnUnknownKeys(TargetKeys.Concat(Secrets).ToArray(), bag);
        var name = map.Scalar("name", bag);
        if (name is null || name.Value.Text.Length == 0)
        {
            bag.Error(map.Span, bag.Messages.DeployNameMissing());
            return null;
        }
        var kinds = new[] { "folder", "sftp", "git" }.Where(k => map.Node(k) is not null).ToList();
        if (kinds.Count != 1)
        {
            bag.Error(name.Value.Span, bag.Messages.DeployKind(name.Value.Text));
            return null;
        }
        return kinds[0] switch
        {
            "folder" => map.Scalar("folder", bag) is { Text.Length: > 0 } folder
                ? new FolderTarget(name.Value.Text, name.Value.Span, LocalPath(folder.Text, siteRoot))
                : Missing(map, name.Value, "folder", bag),
            "sftp" => map.Map("sftp", bag) is { } sftp ? ReadSftp(name.Value, sftp, siteRoot, bag) : null,
            _ => map.Map("git", bag) is { } git ? ReadGit(name.Value, git, bag) : null,
        };
    }

    private static SftpTarget? ReadSftp(Scalar name, YamlMap map, string siteRoot, DiagnosticBag bag)
    {
        RefuseSecrets(map, bag);
        map.WarnUnknownKeys(SftpKeys.Concat(Secrets).ToArray(), bag);
        var host = Required(map, name, "host", bag);
        var user = Required(map, name, "user", bag);
        var path = Required(map, name, "path", bag);
        var port = 22;
        if (map.Scalar("port", bag) is { } p && !(int.TryParse(p.Text, out port) && port is > 0 and < 65536))
        {
            bag.Error(p.Span, bag.Messages.DeployBadPort(p.Text));
            return null;
        }
        int? releases = null;
        if (map.Scalar("releases", bag) is { } r)
        {
            if (!(int.TryParse(r.Text, out var n) && n is >= 1 and <= 100))
            {
                bag.Error(r.Span, bag.Messages.DeployBadReleases(r.Text));
                return null;
            }
            releases = n;
        }
        if (host is null || user is null || path is null) return null;
        var knownHosts = map.Scalar("known_hosts", bag)?.Text ?? "~/.ssh/known_hosts";
        var key = map.Scalar("key", bag)?.Text ?? "~/.ssh/id_ed25519";
        return new SftpTarget(name.Text, name.Span, host, port, user, path.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/",
            LocalPath(knownHosts, siteRoot), LocalPath(key, siteRoot)) { Releases = releases };
    }

    private static GitTarget? ReadGit(Scalar name, YamlMap map, DiagnosticBag bag)
    {
        RefuseSecrets(map, bag);
        map.WarnUnknownKeys(GitKeys.Concat(Secrets).ToArray(), bag);
        var repo = Required(map, name, "repo", bag);
        var branch = map.Scalar("branch", bag)?.Text ?? "gh-pages";
        return repo is null ? null : new GitTarget(name.Text, name.Span, repo, branch);
    }

    private static string? Required(YamlMap map, Scalar name, string key, DiagnosticBag bag)
    {
        if (map.Scalar(key, bag) is { Text.Length: > 0 } value) return value.Text;
        Missing(map, name, key, bag);
        return null;
    }

    private static DeployTarget? Missing(YamlMap map, Scalar name, string key, DiagnosticBag bag)
    {
        bag.Error(map.Span, bag.Messages.DeployKeyMissing(name.Text, key));
        return null;
    }

    private static void RefuseSecrets(YamlMap map, DiagnosticBag bag)
    {
        foreach (var (key, span) in map.Keys)
            if (Secrets.Contains(key, StringComparer.OrdinalIgnoreCase)) bag.Error(span, bag.Messages.DeploySecret(key));
    }

    /// <summary>"~/…" is the home folder; a relative path is relative to the site, not to wherever the command runs.</summary>
    public static string LocalPath(string path, string siteRoot)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.Length > 2 ? path[2..] : "");
        return Path.GetFullPath(path, Path.GetFullPath(siteRoot));
    }
}

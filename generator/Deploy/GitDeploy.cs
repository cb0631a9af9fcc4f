using Bantin.Output;

namespace Bantin.Deploy;

/// <summary>
/// Commits the output to a branch (GitHub/GitLab Pages style) in a throw-away clone and pushes it. The branch holds the
/// site and nothing else, except what the user keeps there (CNAME, .nojekyll, .well-known/): those are carried over
/// from the output folder or, if the output has none, from the branch. The push moves the branch in one step.
/// </summary>
public static class GitDeploy
{
    public static DeployResult Run(string output, GitTarget target, bool dryRun)
    {
        var local = ChangeOnlyDeploy.LocalFiles(output);
        var work = Path.Combine(Path.GetTempPath(), "bantin-deploy-" + Guid.NewGuid().ToString("N"));
        try
        {
            var git = Checkout(target, work);
            var keep = new KeepRules([]);
            foreach (var file in Directory.EnumerateFiles(work, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(work, file).Replace('\\', '/');
                if (relative.StartsWith(".git/", StringComparison.Ordinal)) continue;
                if (!keep.Keeps(relative) || OutputHasKept(output, relative)) File.Delete(file);
            }
            foreach (var path in local.Keys.Concat(KeptIn(output)))
            {
                var to = Path.Combine(work, path);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(Path.Combine(output, path), to, overwrite: true);
            }
            git.Run("add", "--all");
            var plan = Changes(git);
            if (dryRun || plan.IsEmpty) return new DeployResult(plan, dryRun);
            var identity = git.Try("config", "user.email").Code == 0 ? [] : new[] { "-c", "user.name=Bantin", "-c", "user.email=bantin@localhost" };
            git.Run([.. identity, "commit", "--quiet", "--no-verify", "-m", $"Bantin deploy {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC"]);
            git.Run("push", "--quiet", "origin", $"HEAD:refs/heads/{target.Branch}");
            return new DeployResult(plan, dryRun);
        }
        finally
        {
            DeleteTree(work);
        }
    }

    private static GitRunner Checkout(GitTarget target, string work)
    {
        Directory.CreateDirectory(work);
        var git = new GitRunner(work);
        var heads = git.Run("ls-remote", "--heads", target.Repo, $"refs/heads/{target.Branch}");
        if (heads.Trim().Length > 0)
        {
            git.Run("clone", "--quiet", "--depth", "1", "--single-branch", "--branch", target.Branch, target.Repo, ".");
        }
        else
        {
            // A first deploy: the branch starts with the site alone, not with the history of whatever else the repository holds.
            git.Run("init", "--quiet");
            git.Run("checkout", "--quiet", "--orphan", target.Branch);
            git.Run("remote", "add", "origin", target.Repo);
        }
        return git;
    }

    private static DeployPlan Changes(GitRunner git)
    {
        var fields = git.Run("-c", "core.quotepath=off", "diff", "--cached", "--name-status", "--no-renames", "-z").Split('\0');
        List<string> added = [], changed = [], deleted = [];
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            var list = fields[i] switch { "A" => added, "D" => deleted, _ => changed };
            list.Add(fields[i + 1]);
        }
        return new DeployPlan(added, changed, deleted, 0);
    }

    /// <summary>The user's files the output folder holds beside the site (CNAME…), but never its own .git.</summary>
    private static IEnumerable<string> KeptIn(string output) =>
        KeepRules.Defaults.Where(k => k != ".git")
            .SelectMany(k => File.Exists(Path.Combine(output, k)) ? [k]
                : Directory.Exists(Path.Combine(output, k))
                    ? Directory.EnumerateFiles(Path.Combine(output, k), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
                    : []);

    private static bool OutputHasKept(string output, string relative) =>
        File.Exists(Path.Combine(output, relative.Split('/')[0])) || Directory.Exists(Path.Combine(output, relative.Split('/')[0]));

    private static void DeleteTree(string folder)
    {
        if (!Directory.Exists(folder)) return;
        // git makes its object files read-only; Windows will not delete them as they are.
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(folder, recursive: true);
    }
}

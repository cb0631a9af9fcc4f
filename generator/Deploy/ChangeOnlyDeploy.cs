using Bantin.Output;

namespace Bantin.Deploy;

/// <summary>
/// Publishes an output folder to a folder or an SFTP server, writing only files whose hash changed. The manifest is
/// rewritten around each step so that a deploy stopped anywhere (a lost connection, Ctrl+C) leaves every file of the
/// live site whole (old or new) and still owned, and the next deploy finishes the job.
/// </summary>
public static class ChangeOnlyDeploy
{
    /// <summary>The output's files (those the build listed in <c>.bantin-files</c>) and their hashes.</summary>
    public static Dictionary<string, string> LocalFiles(string output)
    {
        var listed = Manifest.Read(output)
            ?? throw new DeployFailure($"{output} không có {Manifest.FileName}: hãy dựng lại. / {output} has no {Manifest.FileName}: build again.");
        return listed.Where(DeployManifest.IsSafe).ToDictionary(p => p, p => DeployManifest.Hash(Path.Combine(output, p)), StringComparer.Ordinal);
    }

    public static DeployResult Run(string output, ITargetFiles target, bool dryRun, Action<string>? uploaded = null)
    {
        var local = LocalFiles(output);
        var published = DeployManifest.Parse(target.ReadManifest());
        var plan = DeployPlan.Make(local, published);
        if (dryRun || plan.IsEmpty) return new DeployResult(plan, dryRun);

        // 1. Every file about to be written is owned (so a later deploy may replace or delete it) with no trusted hash
        //    (so a later deploy writes it again, whatever state this one leaves it in).
        var pending = new Dictionary<string, string>(published, StringComparer.Ordinal);
        foreach (var path in plan.Uploads) pending[path] = DeployManifest.Unknown;
        target.WriteManifest(DeployManifest.Text(pending));
        foreach (var path in plan.Uploads)
        {
            target.Upload(path, Path.Combine(output, path.Replace('/', Path.DirectorySeparatorChar)));
            uploaded?.Invoke(path);
        }
        // 2. The new site is complete; the old files still to delete stay owned until they are gone.
        var done = new Dictionary<string, string>(local, StringComparer.Ordinal);
        foreach (var path in plan.Deleted) done[path] = published[path];
        target.WriteManifest(DeployManifest.Text(done));
        foreach (var path in plan.Deleted) target.Delete(path);
        target.WriteManifest(DeployManifest.Text(local));
        return new DeployResult(plan, dryRun);
    }
}

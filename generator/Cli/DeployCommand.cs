using System.CommandLine;
using Bantin.Deploy;
using Bantin.Diagnostics;
using Bantin.Sources;

namespace Bantin.Cli;

/// <summary>
/// <c>deploy [TARGET]</c>: builds the site, and only if the build succeeds publishes it to a target named in site.yaml
/// (<c>deploy:</c>). Exit codes: 0 ok, 1 the build or the deploy settings failed (nothing sent), 2 no such target, 4 the deploy broke off.
/// </summary>
public static class DeployCommand
{
    public const int DeployFailed = 4;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string?>("target") { Description = "Tên nơi đăng trong site.yaml (deploy:). / The target's name in site.yaml.", Arity = ArgumentArity.ZeroOrOne };
        var site = new Option<string>("--site", "-s") { Description = "Thư mục của site. / The site folder.", DefaultValueFactory = _ => "." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ liệt kê những gì sẽ đổi, không gửi gì. / List what would change, send nothing." };
        var command = new Command("deploy", "Dựng site rồi đăng lên nơi đã khai trong site.yaml. / Build the site, then publish it to a target from site.yaml.") { name, site, dryRun };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(site)!;
            var bag = new DiagnosticBag(new Messages(Formatting.Language.Vi));
            DeployTarget? target = null;
            // Without a sound site.yaml the build below reports why; with one, the target is chosen before building.
            if (SiteConfigReader.Read(root, bag) is not null && !bag.HasErrors)
            {
                var targets = DeployConfigReader.Read(root, bag);
                if (bag.HasErrors)
                {
                    foreach (var diagnostic in bag.Sorted()) stderr.WriteLine(diagnostic.ToString());
                    stderr.WriteLine("Không đăng: sửa phần deploy: của site.yaml. / Nothing deployed: fix site.yaml's deploy: section.");
                    return BantinCli.ContentErrors;
                }
                if ((target = Pick(targets, parse.GetValue(name), stderr)) is null) return BantinCli.BadUsage;
            }

            if (!SourceDateEpoch.TryFromEnvironment(stderr, out var time)) return BantinCli.BadUsage;
            var build = new SiteBuilder().Build(new BuildOptions(root, BuildTime: time));
            Report.Print(build, stdout, stderr);
            if (build.BadOutput) return BantinCli.BadUsage;
            if (!build.Succeeded || target is null)
            {
                stderr.WriteLine("Không đăng vì dựng site bị lỗi. / Nothing deployed: the build failed.");
                return BantinCli.ContentErrors;
            }
            try
            {
                var result = DeployRun.To(target, build.OutputDir, parse.GetValue(dryRun));
                Print(target, result, stdout);
                return BantinCli.Ok;
            }
            catch (DeployFailure e)
            {
                stderr.WriteLine(e.Message);
                return DeployFailed;
            }
        });
        return command;
    }

    private static DeployTarget? Pick(IReadOnlyList<DeployTarget> targets, string? name, TextWriter stderr)
    {
        var names = targets.Count == 0 ? "(chưa có / none)" : string.Join(", ", targets.Select(t => t.Name));
        if (name is null && targets.Count == 1) return targets[0];
        if (name is null)
        {
            stderr.WriteLine(targets.Count == 0
                ? "site.yaml chưa khai nơi đăng nào (deploy:); xem docs/deploy.md. / site.yaml names no deploy target (deploy:); see docs/deploy.md."
                : $"Chọn một nơi đăng: bantin deploy <tên>. Có: {names}. / Name a target: bantin deploy <name>. There are: {names}.");
            return null;
        }
        if (targets.FirstOrDefault(t => t.Name == name) is { } found) return found;
        stderr.WriteLine($"Không có nơi đăng '{name}' trong site.yaml. Có: {names}. / No deploy target '{name}' in site.yaml. There are: {names}.");
        return null;
    }

    private static void Print(DeployTarget target, DeployResult result, TextWriter stdout)
    {
        var plan = result.Plan;
        if (result.DryRun)
        {
            foreach (var path in plan.New) stdout.WriteLine($"+ {path}");
            foreach (var path in plan.Changed) stdout.WriteLine($"~ {path}");
            foreach (var path in plan.Deleted) stdout.WriteLine($"- {path}");
            stdout.WriteLine($"Thử (--dry-run), chưa gửi gì tới {target.Name}: {plan.New.Count} tệp mới, {plan.Changed.Count} tệp đổi, {plan.Deleted.Count} tệp xóa. / " +
                $"Dry run, nothing sent to {target.Name}: {plan.New.Count} new, {plan.Changed.Count} changed, {plan.Deleted.Count} deleted.");
            return;
        }
        stdout.WriteLine(plan.IsEmpty
            ? $"{target.Name} đã là bản mới nhất, không gửi gì. / {target.Name} is up to date, nothing sent."
            : $"Đã đăng lên {target.Name}: {plan.New.Count} tệp mới, {plan.Changed.Count} tệp đổi, {plan.Deleted.Count} tệp xóa. / " +
              $"Deployed to {target.Name}: {plan.New.Count} new, {plan.Changed.Count} changed, {plan.Deleted.Count} deleted.");
    }
}

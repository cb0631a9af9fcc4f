namespace Bantin.Deploy;

/// <summary>What a deploy did (or, with --dry-run, would do).</summary>
public sealed record DeployResult(DeployPlan Plan, bool DryRun);

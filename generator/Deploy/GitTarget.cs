using Bantin.Diagnostics;

namespace Bantin.Deploy;

/// <summary><c>git: { repo, branch }</c>: a branch the output is committed to and pushed (GitHub/GitLab Pages style).</summary>
public sealed record GitTarget(string Name, SourceSpan Span, string Repo, string Branch) : DeployTarget(Name, Span);

using Bantin.Diagnostics;

namespace Bantin.Deploy;

/// <summary>A place the site is published to, named in site.yaml under <c>deploy:</c>. Never holds a secret.</summary>
public abstract record DeployTarget(string Name, SourceSpan Span);

using Bantin.Diagnostics;

namespace Bantin.Render;

/// <summary>One HTML page to write: its URL, the template that draws it and the view it gets (made lazily, on the rendering thread).</summary>
/// <param name="Inputs">What the page shows, so a preview rebuild can skip pages that cannot have changed.</param>
public sealed record PageJob(string Url, string Template, Func<object> View, SourceSpan Owner, DateTimeOffset? LastModified, PageInputs Inputs);

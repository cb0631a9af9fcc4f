namespace Bantin.Render;

/// <summary>One template's line in <c>build --timings</c>: pages drawn with it and the thread time of each step.</summary>
public sealed record TemplateTime(string Template, int Pages, TimeSpan View, TimeSpan Render, TimeSpan Write, long ViewBytes, long RenderBytes);

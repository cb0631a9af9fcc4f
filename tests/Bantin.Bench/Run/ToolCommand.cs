namespace Bantin.Bench.Run;

/// <summary>A program and the arguments that come before any per-run ones (e.g. <c>dotnet bantin.dll</c>).</summary>
public sealed record ToolCommand(string File, IReadOnlyList<string> Args)
{
    public ToolCommand With(params string[] more) => this with { Args = [.. Args, .. more] };

    public override string ToString() => string.Join(' ', new[] { File }.Concat(Args).Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
}

using System.Text;

namespace Bantin.Bench.Run;

/// <summary>The last lines a child printed (stdout and stderr together), kept for error reports. Thread-safe.</summary>
public sealed class OutputTail
{
    private readonly int _max;
    private readonly Queue<string> _lines = new();
    private readonly Lock _lock = new();

    public OutputTail(int max) => _max = max;

    public void Add(string? line)
    {
        if (line is null) return;
        lock (_lock)
        {
            _lines.Enqueue(line);
            while (_lines.Count > _max) _lines.Dequeue();
        }
    }

    public override string ToString()
    {
        lock (_lock)
        {
            var sb = new StringBuilder();
            foreach (var line in _lines) sb.Append(line).Append('\n');
            return sb.ToString();
        }
    }
}

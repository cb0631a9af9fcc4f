using Bantin.Formatting;

namespace Bantin.Tests.Formatting;

/// <summary>The pooled builder gives the text appended, however far it outgrows the size it was started with.</summary>
public sealed class PooledTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(100_000)]
    public void Gives_back_what_was_appended(int capacity)
    {
        using var text = new PooledText(capacity);
        var expected = new System.Text.StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            var piece = i % 7 == 0 ? "" : $"<td>{i}·ă</td>";
            text.Append(piece).Append('\n').Append((string?)null);
            expected.Append(piece).Append('\n');
        }
        Assert.Equal(expected.ToString(), text.ToString());
    }
}

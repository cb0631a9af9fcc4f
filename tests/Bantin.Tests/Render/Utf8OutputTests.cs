using System.Text;
using Bantin.Render;

namespace Bantin.Tests.Render;

public sealed class Utf8OutputTests
{
    [Fact]
    public void A_surrogate_pair_written_in_two_calls_is_one_character()
    {
        var output = new Utf8Output();
        const string text = "Đoàn 😀 viên";
        var split = text.IndexOf("😀", StringComparison.Ordinal) + 1; // between the two halves of the pair
        output.Write(text, 0, split);
        output.Write(text, split, text.Length - split);
        output.Flush();
        Assert.Equal(Encoding.UTF8.GetBytes(text), output.Written.ToArray());
    }

    [Fact]
    public void Cleared_output_starts_again_and_grows_past_its_first_buffer()
    {
        var output = new Utf8Output();
        output.Write("cũ", 0, 2);
        output.Clear();
        var large = string.Concat(Enumerable.Repeat("Công đoàn cơ sở ", 20_000)); // about 400 KB in UTF-8
        output.Write(large, 0, large.Length);
        output.Flush();
        Assert.Equal(large, Encoding.UTF8.GetString(output.Written));
        Assert.Equal("", output.ToString());
    }
}

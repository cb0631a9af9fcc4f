using Bantin.Cli;

namespace Bantin.Tests.Output;

/// <summary>A bug in Bantin prints one line naming the stage and the file, never a stack trace.</summary>
public sealed class CrashLineTests
{
    [Fact]
    public void A_crash_inside_a_parallel_loop_names_its_stage_and_file_in_one_line()
    {
        var inner = new NullReferenceException("Object reference not set to an instance of an object.");
        var thrown = new AggregateException(new BuildCrash("bodies", "content/2024/05/bai-mot.md", inner));

        var line = BantinCli.CrashLine(thrown, "build");

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("Lỗi nội bộ của Bantin ở bước bodies, khi xử lý content/2024/05/bai-mot.md: NullReferenceException:", line);
        Assert.Contains("Thư mục kết quả vẫn như trước.", line);
        Assert.Contains("xin báo lỗi", line);
    }

    [Fact]
    public void A_crash_outside_any_stage_names_the_command()
    {
        var line = BantinCli.CrashLine(new InvalidOperationException("x"), "serve");
        Assert.StartsWith("Lỗi nội bộ của Bantin ở bước serve: InvalidOperationException: x.", line);
    }
}

namespace Bantin.Diagnostics;

/// <summary>What <c>build</c> says about the drafts and future-dated articles it left out.</summary>
public sealed partial class Messages
{
    /// <summary>Null when nothing was left out: the line is printed only when there is something to say.</summary>
    public Text? LeftOut(int drafts, int scheduled)
    {
        if (drafts == 0 && scheduled == 0) return null;
        var vi = string.Join(" và ", new[] { drafts > 0 ? $"{drafts} bản nháp" : null, scheduled > 0 ? $"{scheduled} bài hẹn đăng" : null }.OfType<string>());
        var en = string.Join(" and ", new[]
        {
            drafts > 0 ? $"{drafts} draft{(drafts == 1 ? "" : "s")}" : null,
            scheduled > 0 ? $"{scheduled} future-dated article{(scheduled == 1 ? "" : "s")}" : null,
        }.OfType<string>());
        return T($"Bỏ qua {vi} (dùng --drafts để dựng cả chúng).", $"Left out {en} (use --drafts to build them too).");
    }
}

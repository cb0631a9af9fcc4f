using System.CommandLine;

namespace Bantin.Cli;

/// <summary><c>check</c>: everything build validates plus links, alt text and figures, without writing anything.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new Option<string>("--site", "-s") { Description = "Thư mục của site. / The site folder.", DefaultValueFactory = _ => "." };
        var drafts = new Option<bool>("--drafts") { Description = "Kiểm tra cả bản nháp và bài hẹn đăng. / Also check drafts and future articles." };
        var command = new Command("check", "Kiểm tra site trước khi đăng: lỗi, liên kết hỏng, ảnh thiếu mô tả, số liệu gõ tay. / Check the site before publishing.") { site, drafts };
        command.SetAction(parse =>
        {
            if (!SourceDateEpoch.TryFromEnvironment(stderr, out var time)) return BantinCli.BadUsage;
            var result = new SiteBuilder().Build(new BuildOptions(parse.GetValue(site)!, IncludeDrafts: parse.GetValue(drafts), BuildTime: time, CheckOnly: true));
            foreach (var diagnostic in result.Diagnostics) stdout.WriteLine(diagnostic.ToString());
            var errors = result.Errors.Count();
            stdout.WriteLine(result.Messages.CheckSummary(errors, result.Diagnostics.Count - errors).What);
            return errors > 0 ? BantinCli.ContentErrors : BantinCli.Ok;
        });
        return command;
    }
}

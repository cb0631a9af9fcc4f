using System.CommandLine;

namespace Bantin.Cli;

/// <summary><c>check</c>: everything build validates plus links, alt text and figures, without writing anything.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new Option<string>("--site", "-s") { Description = "Thư mục của site. / The site folder.", DefaultValueFactory = _ => "." };
        // Every new article starts as a draft, so checking only published ones would check nothing the editor is writing.
        var drafts = new Option<bool>("--drafts") { Description = "Kiểm tra cả bản nháp và bài hẹn đăng (mặc định). / Also check drafts and future articles (default)." };
        var noDrafts = new Option<bool>("--no-drafts") { Description = "Chỉ kiểm tra bài đã đăng, như khi dựng thật. / Check published articles only, as a real build sees them." };
        var command = new Command("check", "Kiểm tra site trước khi đăng: lỗi, liên kết hỏng, ảnh thiếu mô tả, số liệu gõ tay. / Check the site before publishing.") { site, drafts, noDrafts };
        command.SetAction(parse =>
        {
            if (parse.GetValue(drafts) && parse.GetValue(noDrafts))
            {
                var language = Preview.SiteBasics.Read(Path.GetFullPath(parse.GetValue(site)!), Preview.SiteBasics.Default).Language;
                stderr.WriteLine(new Diagnostics.Messages(language).PreviewDraftsConflict().What);
                return BantinCli.BadUsage;
            }
            if (!SourceDateEpoch.TryFromEnvironment(stderr, out var time)) return BantinCli.BadUsage;
            var result = new SiteBuilder().Build(new BuildOptions(parse.GetValue(site)!, IncludeDrafts: !parse.GetValue(noDrafts), BuildTime: time, CheckOnly: true));
            foreach (var diagnostic in result.Diagnostics) stdout.WriteLine(diagnostic.ToString());
            var errors = result.Errors.Count();
            stdout.WriteLine(result.Messages.CheckSummary(errors, result.Diagnostics.Count - errors).What);
            return errors > 0 ? BantinCli.ContentErrors : BantinCli.Ok;
        });
        return command;
    }
}

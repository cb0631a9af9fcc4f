using System.CommandLine;
using Bantin.Formatting;
using Bantin.Diagnostics;
using Bantin.Import;
using Bantin.Model;
using Bantin.Model.Periods;

namespace Bantin.Cli;

/// <summary><c>import FILE… [--period P] [--dry-run] [--replace]</c>: figures from filled forms and hand-made tables into data/results.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Các tệp .xlsx, .xls, .csv. / The .xlsx, .xls or .csv files.", Arity = ArgumentArity.OneOrMore };
        var site = new Option<string>("--site", "-s") { Description = "Thư mục của site. / The site folder.", DefaultValueFactory = _ => "." };
        var period = new Option<string?>("--period") { Description = "Kỳ báo cáo của số liệu, ví dụ 2024-05. / The figures' period." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ kiểm tra và cho biết sẽ ghi gì, không ghi. / Check and show what would be written; write nothing." };
        var replace = new Option<bool>("--replace") { Description = "Cho phép thay số liệu đã có bằng số trong bảng. / Allow replacing figures already in data/results." };
        var command = new Command("import", "Nhập số liệu từ bảng tính vào data/results. / Import figures from spreadsheets into data/results.")
        {
            files, site, period, dryRun, replace,
        };
        command.SetAction(parse =>
        {
            Period? p = null;
            if (parse.GetValue(period) is { } text && !Period.TryParse(text, out p, out var error))
            {
                stderr.WriteLine(new Diagnostic(Severity.Error, SourceSpan.FileOnly("--period"), new Messages(Language.Vi).BadPeriod(text, error, null).What, null).ToLine());
                return BantinCli.BadUsage;
            }
            var result = Importer.Run(new ImportOptions(parse.GetValue(site)!, parse.GetValue(files)!, p, parse.GetValue(dryRun), parse.GetValue(replace)));
            Print(result, parse.GetValue(dryRun), stdout, stderr);
            return result.Succeeded ? BantinCli.Ok : BantinCli.ContentErrors;
        });
        return command;
    }

    private static void Print(ImportResult result, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        foreach (var d in result.Log.Items) stderr.WriteLine(ImportLog.Line(d));
        var en = result.Log.Messages.Language == Language.En;
        var errors = result.Log.Items.Count(d => d.Severity == Severity.Error);
        if (!result.Succeeded)
        {
            stderr.WriteLine(en ? $"{errors} error(s); nothing was written." : $"{errors} lỗi; chưa ghi gì.");
            return;
        }
        foreach (var f in result.Files)
        {
            var state = f.Text is null ? (en ? "unchanged" : "không đổi") : f.IsNew ? (en ? "new file" : "tệp mới") : (en ? "updated" : "cập nhật");
            stdout.WriteLine(en
                ? $"  {f.Path}: {state} ({f.Added} new, {f.Changed} changed, {f.Unchanged} unchanged)"
                : $"  {f.Path}: {state} ({f.Added} mới, {f.Changed} thay đổi, {f.Unchanged} không đổi)");
            foreach (var change in f.Changes) stdout.WriteLine("      " + change);
        }
        stdout.WriteLine(en
            ? $"{result.Units} unit(s), {result.Values} value(s): {result.Added} new, {result.Changed} changed, {result.Unchanged} unchanged."
            : $"{result.Units} đơn vị, {result.Values} giá trị: {result.Added} mới, {result.Changed} thay đổi, {result.Unchanged} không đổi.");
        if (dryRun) stdout.WriteLine(en ? "Dry run: nothing was written." : "Chạy thử (--dry-run): chưa ghi gì.");
    }
}

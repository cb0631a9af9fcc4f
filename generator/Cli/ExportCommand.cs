using System.CommandLine;
using Bantin.Diagnostics;
using Bantin.Export;
using Bantin.Formatting;

namespace Bantin.Cli;

/// <summary><c>export [--units a,b] [--periods 2024-05,2024] [--output FILE.xlsx]</c>: the site's figures as a workbook.</summary>
public static class ExportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new Option<string>("--site", "-s") { Description = "Thư mục của site. / The site folder.", DefaultValueFactory = _ => "." };
        var units = new Option<string?>("--units") { Description = "Mã các đơn vị, cách nhau bằng dấu phẩy (mặc định: tất cả). / Unit ids, comma-separated (default: all)." };
        var periods = new Option<string?>("--periods") { Description = "Các kỳ, ví dụ 2024-05,2024 (mặc định: mọi kỳ có số liệu). / Periods (default: every period with figures)." };
        var output = new Option<string?>("--output", "-o") { Description = "Tệp .xlsx sẽ ghi (mặc định: so-lieu.xlsx); không ghi đè. / The .xlsx file to write; never overwritten." };
        var command = new Command("export", "Xuất số liệu, chỉ tiêu và tỉ lệ đạt ra tệp Excel. / Export figures, targets and achievements to an Excel workbook.")
        {
            site, units, periods, output,
        };
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag(new Messages(Language.Vi));
            var result = Exporter.Export(new ExportOptions(parse.GetValue(site)!, List(parse.GetValue(units)), List(parse.GetValue(periods)), parse.GetValue(output)), bag);
            foreach (var d in bag.Sorted()) stderr.WriteLine(d);
            if (result.OutputExists) return BantinCli.BadUsage;
            if (result.Written is null) return BantinCli.ContentErrors;
            stdout.WriteLine(result.Written);
            return BantinCli.Ok;
        });
        return command;
    }

    private static IReadOnlyList<string>? List(string? text) => text?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

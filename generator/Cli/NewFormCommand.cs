using System.CommandLine;
using Bantin.Formatting;
using Bantin.Diagnostics;
using Bantin.Forms;
using Bantin.Model;

namespace Bantin.Cli;

/// <summary><c>new form --period 2024-05</c>: an .xlsx report form for units to fill in and send back to <c>bantin import</c>.</summary>
public static class NewFormCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new Option<string>("--site", "-s") { Description = "Thư mục của site. / The site folder.", DefaultValueFactory = _ => "." };
        var period = new Option<string>("--period") { Description = "Kỳ báo cáo, ví dụ 2024-05. / Reporting period.", Required = true };
        var units = new Option<string?>("--units") { Description = "Mã các đơn vị, cách nhau bằng dấu phẩy (mặc định: tất cả). / Unit ids, comma-separated (default: all)." };
        var indicators = new Option<string?>("--indicators") { Description = "Mã các chỉ tiêu, cách nhau bằng dấu phẩy (mặc định: tất cả). / Indicator ids (default: all)." };
        var layout = new Option<string>("--layout") { Description = "rows: mỗi đơn vị một dòng; sheets: mỗi đơn vị một trang. / rows: a row a unit; sheets: a sheet a unit.", DefaultValueFactory = _ => "rows" };
        var output = new Option<string?>("--output", "-o") { Description = "Tệp .xlsx sẽ ghi (mặc định: mau-bao-cao-<kỳ>.xlsx). / The .xlsx file to write." };
        var command = new Command("form", "Tạo mẫu báo cáo Excel để các đơn vị điền số liệu. / Create an Excel report form for units to fill in.")
        {
            site, period, units, indicators, layout, output,
        };
        command.SetAction(parse =>
        {
            var bag = new DiagnosticBag(new Messages(Language.Vi));
            var options = new FormOptions(parse.GetValue(site)!, parse.GetValue(period)!, List(parse.GetValue(units)), List(parse.GetValue(indicators)),
                parse.GetValue(layout)!, parse.GetValue(output));
            var written = FormMaker.Make(options, bag);
            foreach (var d in bag.Sorted()) stderr.WriteLine(d);
            if (written is null) return BantinCli.ContentErrors;
            stdout.WriteLine(written);
            return BantinCli.Ok;
        });
        return command;
    }

    private static IReadOnlyList<string>? List(string? text) => text?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

using System.Globalization;
using Bantin.Diagnostics;
using Bantin.Formatting;
using Bantin.Model;

namespace Bantin.Cli;

/// <summary>Prints a build's findings (file:line:col: error: …, then the fix) and a one-line summary.</summary>
public static class Report
{
    public static void Print(BuildResult result, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic.ToString());
        var errors = result.Errors.Count();
        if (!result.Succeeded)
        {
            stderr.WriteLine(result.Messages.BuildFailedSummary(Math.Max(errors, 1)).What);
            return;
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        stdout.WriteLine(result.Messages.Language == Language.En
            ? $"Built {result.PagesWritten} pages ({result.FilesWritten} files) into {result.OutputDir} in {seconds} s."
            : $"Đã dựng {result.PagesWritten} trang ({result.FilesWritten} tệp) vào {result.OutputDir} trong {seconds.Replace('.', ',')} giây.");
        // An editor who built without --drafts and does not find an article should learn why from the build itself.
        if (result.Messages.LeftOut(result.DraftsLeftOut, result.ScheduledLeftOut) is { } leftOut) stdout.WriteLine(leftOut.What);
    }
}

// Windows terminals default to a legacy code page, where "Đã dựng" prints as "?a d?ng": Bantin's messages are
// Vietnamese, so the console speaks UTF-8 (elsewhere it already does).
if (OperatingSystem.IsWindows()) Console.OutputEncoding = System.Text.Encoding.UTF8;
return Bantin.Cli.BantinCli.Run(args);

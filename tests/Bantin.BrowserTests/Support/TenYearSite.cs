using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Bantin.BrowserTests.Support;

/// <summary>
/// A site where three districts of one province report monthly for ten years (2015–2024) on a flow, a stock and a
/// ratio indicator, with yearly targets: the long series the charts must stay readable at. Built from generated files
/// into a temporary folder, served like <see cref="SiteFixture"/>, with its own chromium.
/// </summary>
public sealed class TenYearSite : IAsyncLifetime
{
    public const int FirstYear = 2015;
    public const int Years = 10;
    public static readonly string[] Districts = ["huyen-a", "huyen-b", "huyen-c"];

    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _root = "";

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Tools.Missing(Tool.Chromium) ?? "chromium did not start");

    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("bantin-ten-years-").FullName;
        var source = Path.Combine(_root, "src");
        var output = Path.Combine(_root, "site");
        Write(source);
        var port = FreePort.Next();
        BaseUrl = $"http://127.0.0.1:{port}/congdoan/";
        var result = new SiteBuilder().Build(new BuildOptions(source, output, BaseUrl: BaseUrl));
        if (!result.Succeeded)
            throw new InvalidOperationException("The ten-year site did not build:\n" + string.Join("\n", result.Errors.Select(e => e.ToString())));
        _server = await StaticSiteServer.StartAsync(output, port, "/congdoan/");
        if (Tools.Missing(Tool.Chromium) is not null && !Tools.Required) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> OpenAsync(string path, int width, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 740 : 900 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(BaseUrl + path.TrimStart('/'), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.True(response?.Status == 200, $"{path}: HTTP {response?.Status}");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (_root.Length > 0) Directory.Delete(_root, recursive: true);
    }

    private static void Write(string root)
    {
        File(root, "site.yaml", "title: Công đoàn mười năm\nbase_url: https://example.org/congdoan/\ntimezone: Asia/Ho_Chi_Minh\nhome_unit: tinh\n");
        File(root, "content/gioi-thieu.md", "---\ntitle: Giới thiệu\ndate: 2024-12-31\n---\nSố liệu mười năm của ba huyện.\n");
        var units = new StringBuilder("- id: tinh\n  name: Liên đoàn Lao động tỉnh Mẫu\n  short: LĐLĐ tỉnh Mẫu\n");
        foreach (var (d, i) in Districts.Select((d, i) => (d, i)))
            units.Append($"- id: {d}\n  name: Liên đoàn Lao động huyện {(char)('A' + i)}\n  short: LĐLĐ huyện {(char)('A' + i)}\n  parent: tinh\n");
        File(root, "data/units.yaml", units.ToString());
        File(root, "data/indicators.yaml", """
            - id: doan-vien-moi
              name: Phát triển đoàn viên mới
              measure: đoàn viên
              kind: flow
            - id: tong-doan-vien
              name: Tổng số đoàn viên
              measure: người
              kind: stock
            - id: hoi-nghi-nld
              name: Đơn vị tổ chức Hội nghị người lao động
              measure: đơn vị
              kind: ratio
            """.Replace("            ", ""));
        for (var d = 0; d < Districts.Length; d++)
        {
            var unit = Districts[d];
            for (var m = 0; m < Years * 12; m++)
            {
                var (year, month) = (FirstYear + m / 12, m % 12 + 1);
                var flow = 40 + (m * 37 + d * 53) % 160 + d * 30;
                var stock = 12000 + d * 4000 + m * 55 + (m * 13 % 7) * 40;
                var of = 60 + d * 10;
                var done = Math.Min(of, 20 + (m * 7 + d * 11) % of);
                File(root, $"data/results/{unit}/{year}-{month:D2}.yaml", Inv(
                    $"unit: {unit}\nperiod: {year}-{month:D2}\nvalues:\n  doan-vien-moi: {flow}\n  tong-doan-vien: {stock}\n  hoi-nghi-nld: {{ value: {done}, of: {of} }}\n"));
            }
            for (var y = FirstYear; y < FirstYear + Years; y++)
                File(root, $"data/targets/{unit}/{y}.yaml", Inv(
                    $"unit: {unit}\nperiod: {y}\nset_by: tinh\ntargets:\n  doan-vien-moi: {1200 + d * 250 + (y - FirstYear) * 40}\n  tong-doan-vien: {13000 + d * 4000 + (y - FirstYear) * 650}\n"));
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void File(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
    }
}

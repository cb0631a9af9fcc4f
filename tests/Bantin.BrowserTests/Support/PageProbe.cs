using Microsoft.Playwright;

namespace Bantin.BrowserTests.Support;

/// <summary>Records what went wrong while a page loaded: console errors, script errors, failed and 4xx/5xx requests.</summary>
public sealed class PageProbe
{
    private readonly List<string> _problems = [];

    public PageProbe(IPage page)
    {
        page.Console += (_, message) => { if (message.Type == "error") Add($"console error: {message.Text}"); };
        page.PageError += (_, error) => Add($"script error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) => { if (response.Status >= 400) Add($"HTTP {response.Status}: {response.Url}"); };
    }

    public IReadOnlyList<string> Problems { get { lock (_problems) return _problems.ToList(); } }

    private void Add(string problem) { lock (_problems) _problems.Add(problem); }
}

namespace Bantin.Bench.Hugo;

/// <summary>
/// A minimal Hugo theme of about the same weight as Bantin's default one: a base layout with a header, an article page
/// with tags, previous/next, the head of its category and of its month (O(1) per page, as Bantin's "Tin cùng chuyên
/// mục" and "Tin khác"; Hugo's <c>.Related</c> would make Hugo's build superlinear and the comparison unfair),
/// paginated lists with summaries, and a list of terms.
/// RSS and the sitemap use Hugo's built-in templates.
/// </summary>
public static class HugoLayouts
{
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="{{ site.LanguageCode }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} – {{ site.Title }}{{ end }}</title>
            <link rel="canonical" href="{{ .Permalink }}">
            <link rel="stylesheet" href="{{ "style.css" | relURL }}">
            {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" title="{{ site.Title }}" href="{{ .RelPermalink }}">{{ end }}
            </head>
            <body class="kind-{{ .Kind }}">
            <header class="site-header">
              <a class="site-title" href="{{ "" | relURL }}">{{ site.Title }}</a>
              <p class="tagline">{{ site.Params.tagline }}</p>
              <nav><ul>
                <li><a href="{{ "" | relURL }}">Trang chủ</a></li>
                {{ range site.Menus.main }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>{{ end }}
              </ul></nav>
            </header>
            <main id="main">
            {{ block "main" . }}{{ end }}
            </main>
            <footer class="site-footer"><p>{{ site.Title }}</p></footer>
            </body>
            </html>

            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}
            <article class="article">
              <header>
                <h1 class="page-title">{{ .Title }}</h1>
                <p class="meta">Đăng lúc: <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "02/01/2006 15:04" }}</time>
                {{ with .Params.author }} · Tác giả: {{ . }}{{ end }}</p>
                {{ with .GetTerms "categories" }}<nav class="breadcrumb">{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</nav>{{ end }}
              </header>
              <div class="prose">
              {{ .Content }}
              </div>
              {{ with .GetTerms "tags" }}<p class="tags"><span>Từ khóa:</span>{{ range . }} <a href="{{ .RelPermalink }}" rel="tag">{{ .LinkTitle }}</a>{{ end }}</p>{{ end }}
            </article>
            <nav class="prev-next">
              {{ with .Next }}<a class="older" href="{{ .RelPermalink }}" rel="prev">← Bài trước {{ .Title }}</a>{{ end }}
              {{ with .Prev }}<a class="newer" href="{{ .RelPermalink }}" rel="next">Bài sau → {{ .Title }}</a>{{ end }}
            </nav>
            {{ $self := . }}
            {{ with .GetTerms "categories" }}{{ $term := index . (sub (len .) 1) }}
            <section class="related"><h2>Tin cùng chuyên mục</h2><ul>
              {{ range first 6 $term.Pages }}{{ if ne .RelPermalink $self.RelPermalink }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "02/01/2006" }}</time></li>{{ end }}{{ end }}
            </ul></section>
            {{ end }}
            <section class="related"><h2>Tin khác</h2><ul>
              {{ range first 6 .CurrentSection.RegularPages }}{{ if ne .RelPermalink $self.RelPermalink }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "02/01/2006" }}</time></li>{{ end }}{{ end }}
            </ul></section>
            {{ end }}

            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}
            <h1 class="page-title">{{ if .IsHome }}Tin mới nhất{{ else }}{{ .Title }}{{ end }}</h1>
            {{ $pager := .Paginate (cond .IsHome site.RegularPages .RegularPagesRecursive) }}
            {{ partial "cards.html" $pager.Pages }}
            {{ template "_internal/pagination.html" . }}
            {{ end }}

            """),
        ("layouts/_default/taxonomy.html", """
            {{ define "main" }}
            <h1 class="page-title">{{ .Data.Singular | title }}: {{ .Title }}</h1>
            {{ $pager := .Paginate .Pages }}
            {{ partial "cards.html" $pager.Pages }}
            {{ template "_internal/pagination.html" . }}
            {{ end }}

            """),
        ("layouts/_default/terms.html", """
            {{ define "main" }}
            <h1 class="page-title">{{ .Title }}</h1>
            <ul class="terms">
              {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}
            </ul>
            {{ end }}

            """),
        ("layouts/partials/cards.html", """
            <ul class="cards">
            {{ range . }}
              <li class="card">
                <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <p class="meta"><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "02/01/2006" }}</time>
                {{ with .GetTerms "categories" }}{{ range last 1 . }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}{{ end }}</p>
                <p class="summary">{{ .Summary | plainify | truncate 240 }}</p>
              </li>
            {{ end }}
            </ul>

            """),
        ("layouts/404.html", """
            {{ define "main" }}<h1>Không tìm thấy trang</h1><p><a href="{{ "" | relURL }}">Về trang chủ</a></p>{{ end }}

            """),
        ("static/style.css", """
            body { font-family: system-ui, sans-serif; line-height: 1.6; margin: 0 auto; max-width: 48rem; padding: 0 1rem; }
            .cards { list-style: none; padding: 0; }
            .meta { color: #555; }
            table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .25rem .5rem; }

            """),
    ];
}

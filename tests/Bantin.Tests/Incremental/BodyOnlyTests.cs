using System.Reflection;
using Bantin.Diagnostics;
using Bantin.Incremental;
using Bantin.Model;

namespace Bantin.Tests.Incremental;

/// <summary>
/// A preview rebuild reuses lists, links and cards when an edit changed an item's body only. Every other field must
/// count as a change, including fields added later: the tests change each constructor parameter in turn.
/// </summary>
public sealed class BodyOnlyTests
{
    private static readonly string[] BodyFields = ["Body", "BodyFirstLine"];

    // Printed by the article's page and cards, used by no list's order or membership.
    private static readonly string[] TextFields = ["Title", "Author", "Summary"];

    private static readonly Article SampleArticle = new("content/a.md", "Đại hội", new DateTimeOffset(2017, 5, 2, 8, 0, 0, TimeSpan.FromHours(7)),
        "Nguyễn Văn A", ["Tin tức", "Hoạt động"], new SourceSpan("content/a.md", 4, 11), ["đoàn viên"], "lao-cai", new SourceSpan("content/a.md", 6, 7),
        "2017-05", new SourceSpan("content/a.md", 7, 9), "Tóm tắt.", "anh.png", "dai-hoi", false, "special", new SourceSpan("content/a.md", 8, 9),
        "Nội dung.", 12, "2017/05/dai-hoi/");

    private static readonly Page SamplePage = new("content/pages/gioi-thieu.md", "Giới thiệu", "Tóm tắt.", "gioi-thieu", false, "special",
        new SourceSpan("content/pages/gioi-thieu.md", 3, 9), "Về chúng tôi.", 5, "gioi-thieu/");

    public static TheoryData<string> ArticleFields() => Fields<Article>();

    public static TheoryData<string> PageFields() => Fields<Page>();

    [Fact]
    public void A_new_body_or_body_line_is_a_body_only_change()
    {
        Assert.True(BodyOnly.Differs(SampleArticle, SampleArticle with { Body = "Nội dung khác.", BodyFirstLine = 14 }));
        Assert.True(BodyOnly.Differs(SamplePage, SamplePage with { Body = "Khác.", BodyFirstLine = 7 }));
        Assert.True(BodyOnly.Differs(SampleArticle, Copy(SampleArticle, null)));
    }

    [Fact]
    public void An_article_and_a_page_are_never_the_same_item()
    {
        Assert.False(BodyOnly.Differs(SampleArticle, SamplePage));
        Assert.False(BodyOnly.Differs(SamplePage, SampleArticle));
    }

    [Theory]
    [MemberData(nameof(ArticleFields))]
    public void Any_other_article_field_is_more_than_a_body_change(string field) =>
        Assert.False(BodyOnly.Differs(SampleArticle, Copy(SampleArticle, field)), $"{field} changed but counts as a body-only change");

    [Theory]
    [MemberData(nameof(PageFields))]
    public void Any_other_page_field_is_more_than_a_body_change(string field) =>
        Assert.False(BodyOnly.Differs(SamplePage, Copy(SamplePage, field)), $"{field} changed but counts as a body-only change");

    [Theory]
    [MemberData(nameof(ArticleFields))]
    public void Only_an_articles_title_author_and_summary_change_in_place_beside_its_body(string field) =>
        Assert.Equal(TextFields.Contains(field), BodyOnly.InPlace(SampleArticle, Copy(SampleArticle, field) with { Body = "Khác." }));

    [Theory]
    [MemberData(nameof(PageFields))]
    public void No_page_field_changes_in_place_its_title_orders_the_page_links(string field) =>
        Assert.False(BodyOnly.InPlace(SamplePage, Copy(SamplePage, field)), $"{field} changed but counts as an in-place change");

    [Fact]
    public void A_body_edit_is_in_place_and_an_article_never_becomes_a_page()
    {
        Assert.True(BodyOnly.InPlace(SampleArticle, SampleArticle with { Body = "Khác.", BodyFirstLine = 14 }));
        Assert.True(BodyOnly.InPlace(SamplePage, SamplePage with { Body = "Khác." }));
        Assert.False(BodyOnly.InPlace(SampleArticle, SamplePage));
    }

    private static TheoryData<string> Fields<T>()
    {
        var data = new TheoryData<string>();
        foreach (var parameter in Constructor<T>().GetParameters())
            if (!BodyFields.Contains(parameter.Name)) data.Add(parameter.Name!);
        return data;
    }

    private static ConstructorInfo Constructor<T>() => typeof(T).GetConstructors().Single(c => c.GetParameters().Length > 1);

    /// <summary>The item rebuilt through its constructor, with <paramref name="field"/> (if any) given another value.</summary>
    private static T Copy<T>(T item, string? field)
    {
        var parameters = Constructor<T>().GetParameters();
        var values = parameters.Select(p =>
        {
            var value = typeof(T).GetProperty(p.Name!)!.GetValue(item);
            return p.Name == field ? Other(value, p.ParameterType) : value;
        }).ToArray();
        return (T)Constructor<T>().Invoke(values);
    }

    private static object? Other(object? value, Type type) => value switch
    {
        string s => s + "x",
        null when type == typeof(string) => "x",
        bool b => !b,
        int i => i + 1,
        DateTimeOffset d => d.AddMinutes(1),
        SourceSpan s => s with { Line = s.Line + 1 },
        IReadOnlyList<string> list => list.Append("x").ToList(),
        _ => throw new InvalidOperationException($"No other value for a {type.Name}: teach the test this field's type."),
    };
}

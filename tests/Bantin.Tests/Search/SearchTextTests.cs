using System.Text;
using System.Text.Json;
using Bantin.Compute.Search;
using Bantin.Model;
using Bantin.Render.Search;
using Bantin.Tests.Support;

namespace Bantin.Tests.Search;

public sealed class SearchTextTests
{
    /// <summary>The words both folds must agree on; SearchScriptTests runs assets/search.js on the same file.</summary>
    public static readonly string FoldCasesPath = Path.Combine(Repo.Root, "tests", "Bantin.Tests", "Search", "fold-cases.json");

    public static IEnumerable<object[]> FoldCases() =>
        JsonSerializer.Deserialize<string[][]>(File.ReadAllText(FoldCasesPath))!.Select(c => new object[] { c[0], c[1] });

    [Theory]
    [MemberData(nameof(FoldCases))]
    public void Fold_drops_marks_and_case_and_turns_d_bar_into_d(string text, string folded)
    {
        Assert.Equal(folded, Slug.Fold(text));
        Assert.Equal(folded, Slug.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Slugs_are_made_from_the_same_fold() =>
        Assert.Equal(Slug.From(Slug.Fold("Đại hội Công đoàn")), Slug.From("Đại hội Công đoàn"));

    [Fact]
    public void Words_are_runs_of_letters_and_digits_in_lower_case_with_marks_kept()
    {
        Assert.Equal(["đại", "hội", "công", "đoàn", "lần", "thứ", "xii", "2023", "2028"],
            SearchText.Forms("Đại hội Công đoàn lần thứ XII (2023–2028)").ToArray());
        Assert.Equal(["04", "nq", "tu", "171", "283"], SearchText.Forms("04-NQ/TU: 171.283").ToArray());
        Assert.Empty(SearchText.Forms(" – … !! "));
    }

    [Fact]
    public void Decomposed_text_gives_the_composed_forms() =>
        Assert.Equal(["lào", "cai"], SearchText.Forms("Lào Cai".Normalize(NormalizationForm.FormD)).ToArray());

    [Fact]
    public void Very_long_runs_are_not_words() =>
        Assert.Equal(["ngắn"], SearchText.Forms(new string('x', SearchText.MaxWordLength + 1) + " ngắn").ToArray());

    [Fact]
    public void Key_is_the_fold_of_a_form()
    {
        Assert.Equal("doan", SearchText.Key("đoàn"));
        Assert.Equal("dai", SearchText.Key("đại"));
    }

    [Fact]
    public void A_posting_list_reads_back_what_was_added_and_refuses_documents_out_of_order()
    {
        var list = new PostingList();
        list.Add(0, 3);
        list.Add(1, 15);
        list.Add(70_000, 8);
        Assert.Equal([new Posting(0, 3), new Posting(1, 15), new Posting(70_000, 8)], list);
        Assert.Equal(3, list.Count);
        Assert.Equal(SearchShards.Encode([new Posting(0, 3), new Posting(1, 15), new Posting(70_000, 8)]), list.Text);
        Assert.Throws<ArgumentException>(() => list.Add(70_000, 1));
    }

    [Theory]
    [InlineData("<p>a&nbsp;&nbsp;b &amp;lt; &foo <b>x;</b></p>", "a b &lt; &foo x;")] // an entity is decoded once and never spans a tag
    [InlineData("  <p>\n Lào\tCai </p>\n", "Lào Cai")]
    [InlineData("Tie\u0302u đề &#128512;", "Tiêu đề 😀")] // decomposed marks come out composed (NFC)
    [InlineData("text <unclosed", "text")]
    public void Html_text_collapses_space_and_decodes_entities(string html, string text) =>
        Assert.Equal(text, HtmlText.Plain(html));

    [Fact]
    public void Html_text_keeps_prose_and_tables_but_not_drawings_or_scripts()
    {
        var html = "<h2 id=\"x\">Đoàn&nbsp;viên</h2><p>Phát triển <strong>72</strong> đoàn viên &amp; 3 CĐCS.</p>" +
                   "<svg viewBox=\"0 0 10 10\"><title>Biểu đồ</title><text>999</text></svg><table><tr><td>1.738</td></tr></table>" +
                   "<script>var bad = 1;</script><img src=\"a.svg\" alt=\"ảnh\"/>";
        Assert.Equal("Đoàn viên Phát triển 72 đoàn viên & 3 CĐCS. 1.738", HtmlText.Plain(html));
    }

    [Fact]
    public void Postings_are_gaps_times_sixteen_plus_weight_in_base_32_text()
    {
        var encoded = SearchShards.Encode([new Posting(0, 3), new Posting(1, 15), new Posting(5, 8), new Posting(5000, 1)]);
        // Gap × 16 + weight: 19 and 31 are one digit each ("J", "V"); 72 = 2×32 + 8 is "Y8" and 79,921 = ((2×32 + 14)×32 + 1)×32 + 17
        // is "YkXH": digits 32 and up (Y, k, X) say that more digits follow.
        Assert.Equal("JVY8YkXH", encoded);
        Assert.Equal([19, 31, 72, 4995 * 16 + 1], SearchReader.Decode(encoded));
    }

    [Fact]
    public void Weights_count_body_words_up_to_seven_and_add_eight_for_title_words()
    {
        var docs = new List<SearchDocument>
        {
            new("Đoàn viên", "a/", "", "", "Đoàn viên", () => "đoàn " + string.Concat(Enumerable.Repeat("viên ", 10)), -1, -1, -1),
            new("Khác", "b/", "", "", "Khác", () => "đoàn", -1, -1, -1),
        };
        var index = SearchIndexBuilder.Build(docs);
        Assert.Equal([new Posting(0, 9), new Posting(1, 1)], index.Forms["đoàn"]);
        Assert.Equal([new Posting(0, 15)], index.Forms["viên"]);
        Assert.Equal([new Posting(1, 8)], index.Forms["khác"]);
    }

    [Fact]
    public void Postings_come_out_in_document_order_across_counting_batches()
    {
        // Documents are counted a few hundred at a time; their postings must still follow document order.
        var docs = Enumerable.Range(0, 1_000).Select(i => new SearchDocument("t", $"{i}/", "", "", i == 999 ? "cuối" : "",
            () => $"chung w{i % 7} " + string.Concat(Enumerable.Repeat("lặp ", i % 3 + 1)), -1, -1, -1)).ToList();
        var index = SearchIndexBuilder.Build(docs);
        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => new Posting(i, 1)), index.Forms["chung"]);
        Assert.Equal(Enumerable.Range(0, 1_000).Where(i => i % 7 == 3).Select(i => new Posting(i, 1)), index.Forms["w3"]);
        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => new Posting(i, i % 3 + 1)), index.Forms["lặp"]);
        Assert.Equal([new Posting(999, 8)], index.Forms["cuối"]);
    }

    [Fact]
    public void Big_shards_are_split_on_the_next_letter_and_small_ones_are_not()
    {
        const string body = "người ngày nghị ngành nguồn";
        var docs = Enumerable.Range(0, 30_000).Select(i => new SearchDocument("t", $"{i}/", "", "", "", () => i % 2 == 0 ? body : "ngày", -1, -1, -1)).ToList();
        var shards = SearchShards.Split(SearchIndexBuilder.Build(docs));
        // 15,000 postings of 2 bytes each per form and 30,000 of 1 byte for "ngày": 150 KB under "ng", split into
        // parts of 60, 30 and 60 KB.
        Assert.Equal(["nga", "ngh", "ngu"], shards.Select(s => s.Key));
        Assert.All(shards, s => Assert.True(s.Bytes <= SearchShards.SplitAbove || s.Entries.Count == 1, s.Key));

        var small = SearchShards.Split(SearchIndexBuilder.Build(docs.Take(3).ToList()));
        Assert.Equal(["ng"], small.Select(s => s.Key));
    }

    [Fact]
    public void A_word_being_typed_that_is_shorter_than_its_split_shard_does_not_narrow_the_search_yet()
    {
        var docs = Enumerable.Range(0, 30_000)
            .Select(i => new SearchDocument("t", $"{i}/", "", "", "", () => i % 2 == 0 ? "người ngày nghị ngành nguồn" : "ngày", -1, -1, -1)).ToList();
        var files = SearchFiles.Create(SearchIndexBuilder.Build(docs), new SearchFacets([], [], []));
        var folder = Path.Combine(Path.GetTempPath(), "bantin-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (path, bytes) in files.Files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
                File.WriteAllBytes(Path.Combine(folder, path), bytes);
            }
            var reader = new SearchReader(folder);
            Assert.Equal(-1, reader.ShardFor("ng"));
            Assert.Equal(15_000, reader.Hits("nguon ng").Count);   // "ng" is ignored while typed…
            Assert.Empty(reader.Hits("nguon ng "));                // …but a finished "ng" is a word that is not there
            Assert.Equal(15_000, reader.Hits("nguon ngh").Count);
            Assert.Empty(reader.Hits("ng"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

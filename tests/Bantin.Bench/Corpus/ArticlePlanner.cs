namespace Bantin.Bench.Corpus;

/// <summary>Decides every article's title, slug, date, author, category, tags and district, from one random stream.</summary>
public static class ArticlePlanner
{
    private const int Salt = 0xA27;
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static IReadOnlyList<ArticlePlan> Plan(int count, int seed, IReadOnlyList<UnitSpec> districts)
    {
        var random = Seeds.For(seed, 0, Salt);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var plans = new List<ArticlePlan>(count);
        for (var i = 0; i < count; i++)
        {
            var year = ResultTable.FirstYear + random.Next(ResultTable.Years);
            var month = random.Next(1, 13);
            var day = random.Next(1, DateTime.DaysInMonth(year, month) + 1);
            var date = new DateTimeOffset(year, month, day, random.Next(7, 18), random.Next(60), 0, Vietnam);
            var district = random.Next(districts.Count);
            var opening = Pick(random, Vocabulary.TitleOpenings).Replace("{unit}", districts[district].Short);
            var title = $"{opening} tháng {month}/{year}";

            var baseSlug = SlugText.From(title);
            var slug = baseSlug;
            for (var n = 2; !slugs.Add(slug); n++) slug = $"{baseSlug}-{n}";

            var tags = new List<string>();
            var tagCount = random.Next(2, 5);
            while (tags.Count < tagCount)
            {
                var tag = Pick(random, Vocabulary.Tags);
                if (!tags.Contains(tag)) tags.Add(tag);
            }
            plans.Add(new ArticlePlan(i, title, slug, date, Pick(random, Vocabulary.Authors), Pick(random, Vocabulary.Categories), tags, district));
        }
        return plans;
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}

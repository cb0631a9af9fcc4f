namespace Bantin.BrowserTests.Support;

/// <summary>One page of each kind of the example site, by path under the base path.</summary>
public static class PageKinds
{
    public const string Home = "";
    public const string Article = "2020/07/ung-hoa-xay-dung-cong-doan-vung-manh/";
    public const string Category = "chuyen-muc/tin-tuc-su-kien/";
    public const string Tag = "the/phat-trien-doan-vien/";
    public const string Tags = "the/";
    public const string Year = "2019/";
    public const string Month = "2019/04/";
    public const string Unit = "don-vi/cao-bang/";
    public const string UnitPeriod = "don-vi/cao-bang/2019-04/";
    public const string Indicator = "chi-tieu/doan-vien-moi/";
    public const string Page = "gioi-thieu/";
    public const string NotFound = "404.html";

    public static TheoryData<string> All => new()
    {
        Home, Article, Category, Tag, Tags, Year, Month, Unit, UnitPeriod, Indicator, Page, NotFound,
    };
}

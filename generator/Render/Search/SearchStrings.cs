namespace Bantin.Render.Search;

/// <summary>
/// The search box's and the search page's words (<c>t.search.*</c> in templates). The page hands the dynamic ones to
/// assets/search.js through data- attributes, where <c>{n}</c> and <c>{q}</c> are filled in.
/// </summary>
public sealed record SearchStrings(
    string Title,
    string Label,
    string Button,
    string Placeholder,
    string Filters,
    string Year,
    string AllCategories,
    string AllUnits,
    string AllYears,
    string NoScript,
    string Hint,
    string ResultsList,
    string Results,
    string NoResults,
    string Loading,
    string Failed,
    string More)
{
    public static readonly SearchStrings Vietnamese = new(
        Title: "Tìm kiếm",
        Label: "Tìm kiếm trên trang",
        Button: "Tìm",
        Placeholder: "Gõ có dấu hoặc không dấu",
        Filters: "Lọc kết quả",
        Year: "Năm",
        AllCategories: "Tất cả chuyên mục",
        AllUnits: "Tất cả đơn vị",
        AllYears: "Tất cả các năm",
        NoScript: "Tìm kiếm cần bật JavaScript trong trình duyệt. Bạn vẫn có thể xem tin theo chuyên mục, từ khóa hoặc lưu trữ theo tháng.",
        Hint: "Gõ từ cần tìm, có dấu hoặc không dấu (ví dụ: doan vien).",
        ResultsList: "Kết quả tìm kiếm",
        Results: "{n} kết quả cho “{q}”",
        NoResults: "Không tìm thấy kết quả nào cho “{q}”.",
        Loading: "Đang tìm…",
        Failed: "Không tải được dữ liệu tìm kiếm. Vui lòng thử lại.",
        More: "Xem thêm kết quả");

    public static readonly SearchStrings English = new(
        Title: "Search",
        Label: "Search this site",
        Button: "Search",
        Placeholder: "With or without tone marks",
        Filters: "Filter results",
        Year: "Year",
        AllCategories: "All sections",
        AllUnits: "All units",
        AllYears: "All years",
        NoScript: "Search needs JavaScript turned on in the browser. You can still browse news by section, tag or monthly archive.",
        Hint: "Type words to find, with or without tone marks (for example: doan vien).",
        ResultsList: "Search results",
        Results: "{n} results for “{q}”",
        NoResults: "No results for “{q}”.",
        Loading: "Searching…",
        Failed: "The search data could not be loaded. Please try again.",
        More: "More results");
}

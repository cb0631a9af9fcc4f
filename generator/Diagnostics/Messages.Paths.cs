using Bantin.Formatting;

namespace Bantin.Diagnostics;

/// <summary>Messages about names that become paths, and about files that cannot be read safely (issue #12).</summary>
public sealed partial class Messages
{
    private (string Vi, string En) Why(PathProblem problem) => problem switch
    {
        PathProblem.Empty => ("có một đoạn rỗng (hai dấu '/' liền nhau, hoặc '/' ở đầu hay cuối)", "has an empty part (two '/' in a row, or '/' at the start or end)"),
        PathProblem.DotSegment => ("có đoạn '.' hoặc '..', sẽ trỏ ra ngoài thư mục của nó", "has a '.' or '..' part, which would point outside its folder"),
        PathProblem.TooLong => ($"dài quá {SegmentLimit.Max} ký tự", $"is longer than {SegmentLimit.Max} characters"),
        PathProblem.Reserved => ("là tên Windows dành riêng (CON, NUL, COM1 …)", "is a name Windows reserves (CON, NUL, COM1 …)"),
        _ => ("có ký tự không dùng được trong đường dẫn (chỉ dùng chữ không dấu, số, '-' và '_')", "has characters a path cannot hold (use only ASCII letters, digits, '-' and '_')"),
    };

    /// <param name="what">"unit" or "indicator".</param>
    public Text UnsafeId(string what, string id, PathProblem problem, string? suggestion)
    {
        var (whyVi, whyEn) = Why(problem);
        var (vi, en) = what == "unit" ? ("Mã đơn vị", "The unit id") : ("Mã chỉ tiêu", "The indicator id");
        var shown = Printable.Of(id);
        return T($"{vi} \"{shown}\" {whyVi}; mã này là tên thư mục của trang.", $"{en} \"{shown}\" {whyEn}; the id names the page's folder.",
            suggestion is null ? "Dùng chữ không dấu, số và '-', ví dụ: id: cao-bang" : $"Viết: id: {suggestion}",
            suggestion is null ? "Use ASCII letters, digits and '-', e.g. id: cao-bang" : $"Write: id: {suggestion}");
    }

    public Text IdDiffersOnlyByCase(string what, string id, string other, string otherPlace)
    {
        var (vi, en) = what == "unit" ? ("Mã đơn vị", "The unit id") : ("Mã chỉ tiêu", "The indicator id");
        return T($"{vi} \"{id}\" chỉ khác \"{other}\" ({otherPlace}) ở chữ hoa/thường; trên Windows và macOS hai thư mục này là một.",
            $"{en} \"{id}\" differs from \"{other}\" ({otherPlace}) only by case; on Windows and macOS their folders are one.",
            "Đổi một trong hai mã; nên viết mã bằng chữ thường.", "Rename one of them; ids are best written in lower case.");
    }

    public Text SlugTooLong(string slug, string shorter) => T(
        $"Slug \"{slug[..Math.Min(slug.Length, 40)]}…\" dài {slug.Length} ký tự, quá {SegmentLimit.Max}; đường dẫn sẽ quá dài.",
        $"The slug \"{slug[..Math.Min(slug.Length, 40)]}…\" is {slug.Length} characters long, over {SegmentLimit.Max}; the path would be too long.",
        $"Viết slug ngắn hơn, ví dụ: slug: {shorter}", $"Write a shorter slug, e.g. slug: {shorter}");

    public Text CategoryTooDeep(int depth, int max) => T(
        $"Chuyên mục lồng quá {max} cấp ({NumberFormatter.Format(depth, Language)} cấp).",
        $"The category is nested more than {max} levels deep ({NumberFormatter.Format(depth, Language)} levels).",
        "Viết chuyên mục với ít cấp hơn, ví dụ: category: Tin tức sự kiện/Ban tổ chức",
        "Write the category with fewer levels, e.g. category: News/Organisation");

    public Text BadPathPattern(string key, string pattern, PathProblem problem, IReadOnlyList<string> placeholders)
    {
        var (whyVi, whyEn) = Why(problem);
        var allowed = placeholders.Count == 0 ? "" : string.Join(", ", placeholders);
        return T($"Mẫu đường dẫn paths.{key} \"{Printable.Of(pattern)}\" {whyVi}.", $"The path pattern paths.{key} \"{Printable.Of(pattern)}\" {whyEn}.",
            allowed.Length == 0 ? "Viết các đoạn bằng chữ không dấu, số, '-' và '_', cách nhau bởi '/'." : $"Viết các đoạn bằng chữ không dấu, số, '-' và '_', cách nhau bởi '/'; chỗ thay được dùng: {allowed}.",
            allowed.Length == 0 ? "Write parts of ASCII letters, digits, '-' and '_', separated by '/'." : $"Write parts of ASCII letters, digits, '-' and '_', separated by '/'; placeholders allowed: {allowed}.");
    }

    public Text UnknownPlaceholder(string key, string pattern, IReadOnlyList<string> placeholders) => T(
        $"Mẫu đường dẫn paths.{key} \"{pattern}\" có chỗ thay không biết.", $"The path pattern paths.{key} \"{pattern}\" has an unknown placeholder.",
        placeholders.Count == 0 ? "Mẫu này không có chỗ thay nào: xóa phần {…}." : $"Chỉ dùng: {string.Join(", ", placeholders)}.",
        placeholders.Count == 0 ? "This pattern takes no placeholder: remove the {…}." : $"Use only: {string.Join(", ", placeholders)}.");

    public Text UnsafeUrl(string url, PathProblem problem)
    {
        var (whyVi, whyEn) = Why(problem);
        return T($"Địa chỉ trang \"/{Printable.Of(url)}\" {whyVi}.", $"The page address \"/{Printable.Of(url)}\" {whyEn}.",
            "Sửa slug, mã hoặc mẫu paths: tạo ra địa chỉ này.", "Correct the slug, id or paths: pattern that makes this address.");
    }

    public Text FoldersDifferOnlyByCase(string folder, string other, string otherPlace) => T(
        $"Thư mục /{folder} chỉ khác /{other} ({otherPlace}) ở chữ hoa/thường; trên Windows và macOS hai thư mục này là một.",
        $"The folder /{folder} differs from /{other} ({otherPlace}) only by case; on Windows and macOS they are one folder.",
        "Viết đường dẫn (paths:, mã, slug) bằng chữ thường.", "Write paths (paths:, ids, slugs) in lower case.");

    public Text BadFileName(string name) => T(
        $"Tên tệp \"{Printable.Of(name)}\" có dấu '\\' hoặc ký tự điều khiển.", $"The file name \"{Printable.Of(name)}\" holds a '\\' or a control character.",
        "Đổi tên tệp, dùng '-' thay cho các ký tự đó.", "Rename the file, with '-' in place of those characters.");

    public Text BadImage(string value) => T(
        $"Ảnh \"{Printable.Of(value)}\" không phải tên tệp cạnh bài viết hay địa chỉ http(s) hợp lệ.",
        $"The image \"{Printable.Of(value)}\" is neither a file beside the article nor a valid http(s) address.",
        "Viết tên tệp ảnh cạnh bài (image: anh.jpg) hoặc địa chỉ đầy đủ không có dấu cách hay dấu ngoặc kép (image: https://example.org/anh.jpg).",
        "Write the name of an image beside the article (image: photo.jpg) or a full address without spaces or quotes (image: https://example.org/photo.jpg).");

    public Text UnusableFile(FileProblem problem, string? target, long maxBytes) => problem switch
    {
        FileProblem.LinkOutside => T(
            $"Đây là liên kết (symlink) trỏ ra ngoài thư mục site, tới {target}; Bantin không đăng tệp ở ngoài site.",
            $"This is a symbolic link leading outside the site, to {target}; Bantin does not publish files from outside the site.",
            "Chép tệp vào trong site thay cho liên kết, hoặc cho phép thư mục đó trong site.yaml: allow_symlinks_outside: [đường/dẫn] (xem docs/formats.md).",
            "Copy the file into the site instead of linking it, or allow that folder in site.yaml: allow_symlinks_outside: [path] (see docs/formats.md)."),
        FileProblem.Dangling => T(
            $"Liên kết (symlink) trỏ tới {target}, nhưng ở đó không có gì.", $"This symbolic link leads to {target}, where nothing exists.",
            "Xóa liên kết hoặc sửa cho nó trỏ tới một tệp có thật.", "Remove the link or point it at a file that exists."),
        FileProblem.Loop => T(
            "Liên kết (symlink) này trỏ vòng quanh (liên kết tới chính nó, hoặc quá 40 lớp liên kết).",
            "This symbolic link loops (it leads back to itself, or through more than 40 links).",
            "Xóa liên kết, hoặc cho nó trỏ thẳng tới một tệp.", "Remove the link, or point it straight at a file."),
        FileProblem.NotRegular => T(
            "Đây không phải một tệp thường (là thư mục, FIFO, thiết bị hay socket); Bantin không mở nó.",
            "This is not a regular file (a folder, FIFO, device or socket); Bantin does not open it.",
            "Xóa nó khỏi site, hoặc thay bằng một tệp thường.", "Remove it from the site, or put a regular file in its place."),
        FileProblem.TooLarge => T(
            $"Tệp lớn hơn {maxBytes / (1024 * 1024)} MB, giới hạn cho một tệp văn bản của site.",
            $"The file is larger than {maxBytes / (1024 * 1024)} MB, the limit for one text file of a site.",
            "Chia nội dung thành nhiều tệp nhỏ hơn.", "Split it into several smaller files."),
        _ => T("Không tìm thấy tệp.", "The file does not exist.", "Kiểm tra tên tệp.", "Check the file name."),
    };

    public Text NewBadUnit(string unit, PathProblem problem, string? suggestion)
    {
        var (whyVi, whyEn) = Why(problem);
        return T($"--unit \"{Printable.Of(unit)}\" {whyVi}.", $"--unit \"{Printable.Of(unit)}\" {whyEn}.",
            suggestion is null ? "Dùng mã đơn vị trong data/units.yaml, ví dụ: --unit cao-bang" : $"Dùng mã đơn vị trong data/units.yaml, ví dụ: --unit {suggestion}",
            suggestion is null ? "Use a unit id from data/units.yaml, e.g. --unit cao-bang" : $"Use a unit id from data/units.yaml, e.g. --unit {suggestion}");
    }

    public Text NewBadCategory(string category) => T(
        $"--category \"{Printable.Of(category)}\" có ký tự điều khiển (xuống dòng, tab …) hoặc quá 10 cấp.",
        $"--category \"{Printable.Of(category)}\" holds a control character (a line break, a tab …) or is over 10 levels deep.",
        "Viết chuyên mục trên một dòng, ví dụ: --category \"Tin tức/Hoạt động\"", "Write the category on one line, e.g. --category \"News/Events\"");

    public Text NewOutsideSite(string path) => T(
        $"{path} sẽ được ghi ra ngoài thư mục site (một thư mục trên đường đi là liên kết trỏ ra ngoài); không ghi gì.",
        $"{path} would be written outside the site (a folder on the way is a link leading elsewhere); nothing was written.",
        "Thay liên kết bằng một thư mục thật trong site.", "Replace the link with a real folder inside the site.");
}

namespace Bantin.Diagnostics;

/// <summary>The output folder: why a build refuses one, a build stopped, and Bantin's own failures.</summary>
public sealed partial class Messages
{
    private const string OutputFixVi = "Chọn một thư mục riêng cho kết quả, ví dụ --output public (mặc định), hoặc bỏ --output.";
    private const string OutputFixEn = "Choose a folder of its own for the output, e.g. --output public (the default), or leave --output out.";

    public Text OutputIsFileSystemRoot(string output) => T(
        $"Không dựng vào {output}: đó là thư mục gốc của ổ đĩa; Bantin sẽ phải thay cả nội dung của nó.",
        $"Not building into {output}: it is the root of the file system, and Bantin would replace what it holds.",
        OutputFixVi, OutputFixEn);

    public Text OutputIsHomeFolder(string output) => T(
        $"Không dựng vào {output}: đó là thư mục nhà của bạn; Bantin sẽ phải thay cả nội dung của nó.",
        $"Not building into {output}: it is your home folder, and Bantin would replace what it holds.",
        OutputFixVi, OutputFixEn);

    public Text OutputIsSiteFolder(string output) => T(
        $"Không dựng vào {output}: đó chính là thư mục của site (content/, data/, site.yaml sẽ bị thay thế).",
        $"Not building into {output}: it is the site folder itself (content/, data/ and site.yaml would be replaced).",
        OutputFixVi, OutputFixEn);

    public Text OutputContainsSite(string output) => T(
        $"Không dựng vào {output}: thư mục này chứa cả site; mọi thứ khác trong đó sẽ bị thay thế.",
        $"Not building into {output}: it holds the site itself, and everything else in it would be replaced.",
        OutputFixVi, OutputFixEn);

    public Text OutputInsideSources(string output, string folder) => T(
        $"Không dựng vào {output}: thư mục này nằm trong {folder} của site, nơi Bantin đọc bài và số liệu.",
        $"Not building into {output}: it lies inside the site's {folder}, which Bantin reads from.",
        OutputFixVi, OutputFixEn);

    public Text OutputIsAFile(string output) => T(
        $"Không dựng vào {output}: đó là một tệp, không phải thư mục.",
        $"Not building into {output}: it is a file, not a folder.",
        "Chọn một thư mục khác bằng --output, hoặc đổi tên tệp này.", "Choose another folder with --output, or rename the file.");

    public Text OutputHoldsOtherFiles(string output, int count, IReadOnlyList<string> examples) => T(
        $"Không dựng vào {output}: thư mục có {count} tệp không do Bantin ghi ({string.Join(", ", examples)}{(count > examples.Count ? ", …" : "")}), và Bantin chỉ thay những gì nó đã ghi.",
        $"Not building into {output}: it holds {count} file(s) Bantin did not write ({string.Join(", ", examples)}{(count > examples.Count ? ", …" : "")}), and Bantin replaces only what it wrote.",
        "Chọn một thư mục trống hoặc chưa có; hoặc, nếu các tệp này cần ở lại bên cạnh site đã dựng, liệt kê chúng trong site.yaml: keep: [tên-tệp] (.git, CNAME, .nojekyll và .well-known luôn được giữ).",
        "Choose an empty or new folder; or, if these files belong beside the built site, list them in site.yaml: keep: [file-name] (.git, CNAME, .nojekyll and .well-known are always kept).");

    public Text OutputUnreadable(string output, string reason) => T(
        $"Không đọc được thư mục kết quả {output}: {reason}", $"Cannot read the output folder {output}: {reason}",
        "Kiểm tra quyền đọc và ghi thư mục này.", "Check the read and write permissions of this folder.");

    public Text OutputAdopted(int count, IReadOnlyList<string> examples) => T(
        $"Thư mục kết quả do một phiên bản Bantin cũ dựng, chưa có danh sách tệp; {count} tệp bản dựng này không ghi lại được giữ nguyên ({string.Join(", ", examples)}{(count > examples.Count ? ", …" : "")}).",
        $"The output folder was built by an older Bantin that kept no list of its files; {count} file(s) this build does not write again are kept ({string.Join(", ", examples)}{(count > examples.Count ? ", …" : "")}).",
        "Xóa những tệp không cần nữa; từ nay Bantin ghi nhớ các tệp nó ghi (.bantin-files).",
        "Delete the ones no longer needed; from now on Bantin remembers what it writes (.bantin-files).");

    public Text BuildCancelled() => T(
        "Đã dừng bản dựng theo yêu cầu; thư mục kết quả vẫn như trước.", "Build stopped as asked; the output folder is as it was.");

    public Text InternalError(string stage, string? file, string error) => T(
        $"Lỗi nội bộ của Bantin ở bước {stage}{(file is null ? "" : $", khi xử lý {file}")}: {error}. Thư mục kết quả vẫn như trước.",
        $"Bantin failed internally at stage {stage}{(file is null ? "" : $", while processing {file}")}: {error}. The output folder is as it was.",
        "Đây là lỗi của Bantin, không phải của bạn: xin báo lỗi kèm dòng này (và tệp nêu trên nếu được).",
        "This is a bug in Bantin, not your mistake: please report it with this line (and the file named, if you can).");

    public Text BadKeepPath(string path) => T(
        $"'keep:' có đường dẫn không hợp lệ: \"{path}\".", $"'keep:' has an invalid path: \"{path}\".",
        "Viết đường dẫn tính từ thư mục kết quả, không có '..', ví dụ keep: [CNAME, tai-lieu/bao-cao.pdf].",
        "Write paths relative to the output folder, without '..', e.g. keep: [CNAME, files/report.pdf].");
}

using System.Collections.Immutable;

namespace Bantin.Bench.Corpus;

/// <summary>Words and phrases of real Vietnamese trade-union bulletins, from which the corpus prose is assembled.</summary>
public static class Vocabulary
{
    public static ImmutableArray<string> Provinces { get; } =
    [
        "Cao Bằng", "Nghệ An", "Lào Cai", "Tuyên Quang", "Thanh Hóa",
        "Quảng Ninh", "Đắk Lắk", "Bình Dương", "Hà Tĩnh", "Sơn La",
    ];

    public static ImmutableArray<string> Districts { get; } =
    [
        "Hòa An", "Trùng Khánh", "Bảo Lạc", "Hà Quảng", "Quảng Hòa",
        "Diễn Châu", "Quỳnh Lưu", "Đô Lương", "Nghi Lộc", "Yên Thành",
        "Bảo Thắng", "Bát Xát", "Sa Pa", "Văn Bàn", "Bắc Hà",
        "Na Hang", "Chiêm Hóa", "Hàm Yên", "Sơn Dương", "Yên Sơn",
        "Thọ Xuân", "Tĩnh Gia", "Hoằng Hóa", "Ngọc Lặc", "Đông Sơn",
        "Đông Triều", "Uông Bí", "Cẩm Phả", "Vân Đồn", "Tiên Yên",
        "Buôn Đôn", "Cư M'gar", "Krông Pắc", "Ea Kar", "Lắk",
        "Thuận An", "Dĩ An", "Bến Cát", "Tân Uyên", "Dầu Tiếng",
        "Kỳ Anh", "Hương Sơn", "Cẩm Xuyên", "Thạch Hà", "Đức Thọ",
        "Mộc Châu", "Mai Sơn", "Yên Châu", "Thuận Châu",
    ];

    public static ImmutableArray<string> Authors { get; } =
    [
        "Bàn Thương – Văn phòng LĐLĐ tỉnh", "Nguyễn Thị Hà – Ban Tổ chức", "Trần Văn Hùng – Ban Chính sách pháp luật",
        "Lê Thị Mai – Ban Nữ công", "Phạm Quốc Toản – Ban Tuyên giáo", "Hoàng Văn Nam – Ủy ban Kiểm tra",
        "Đặng Thị Thu – Ban Tài chính", "Vũ Minh Đức – Văn phòng", "Nông Thị Lan – CĐCS", "Lò Văn Thắng – LĐLĐ huyện",
        "Đinh Thị Hương – Ban Tổ chức", "Ngô Văn Tuấn – Ban Tuyên giáo",
    ];

    /// <summary>Eight categories; a slash makes a child (FORMATS.md "category: a path").</summary>
    public static ImmutableArray<string> Categories { get; } =
    [
        "Tin tức sự kiện", "Tin tức sự kiện/Ban tổ chức", "Tin tức sự kiện/Ban chính sách pháp luật",
        "Hoạt động công đoàn cơ sở", "Chăm lo đời sống đoàn viên", "Tuyên truyền/Gương điển hình",
        "Tuyên truyền/Văn hóa thể thao", "Tài chính công đoàn",
    ];

    public static ImmutableArray<string> Tags { get; } =
    [
        "phát triển đoàn viên", "Tháng Công nhân", "thỏa ước lao động tập thể", "Mái ấm Công đoàn", "Tết Sum vầy",
        "an toàn vệ sinh lao động", "đối thoại tại nơi làm việc", "hội nghị người lao động", "hội nghị CBCCVC",
        "kinh phí công đoàn", "đoàn phí công đoàn", "Đại hội công đoàn", "tập huấn cán bộ", "pháp luật lao động",
        "nữ công", "phong trào thi đua", "giỏi việc nước, đảm việc nhà", "xanh – sạch – đẹp", "bảo hiểm xã hội",
        "tiền lương", "nhà ở công nhân", "khu công nghiệp", "doanh nghiệp ngoài nhà nước", "khối hành chính sự nghiệp",
        "sáng kiến cải tiến kỹ thuật", "Quỹ Xã hội", "phúc lợi đoàn viên", "kiểm tra, giám sát", "Nghị quyết 02-NQ/TW",
        "chuyển đổi số",
    ];

    public static ImmutableArray<string> TitleOpenings { get; } =
    [
        "{unit} tổ chức Hội nghị người lao động", "{unit} sơ kết công tác công đoàn", "Kết quả phát triển đoàn viên của {unit}",
        "{unit} ra quân Tháng Công nhân", "{unit} trao Mái ấm Công đoàn", "{unit} tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở",
        "{unit} đối thoại với người lao động", "{unit} ký kết thỏa ước lao động tập thể", "Một số kết quả nổi bật của {unit}",
        "{unit} kiểm tra việc thu, chi kinh phí công đoàn", "{unit} thăm hỏi đoàn viên có hoàn cảnh khó khăn",
        "{unit} triển khai Nghị quyết Đại hội Công đoàn", "{unit} phát động phong trào thi đua", "{unit} tuyên dương gương điển hình tiên tiến",
        "{unit} giám sát thực hiện chính sách tiền lương",
    ];

    /// <summary>Who acts; proper names keep their capitals, the rest are capitalised only at the start of a sentence.</summary>
    public static ImmutableArray<string> Subjects { get; } =
    [
        "Ban Thường vụ Liên đoàn Lao động", "Ban Chấp hành Công đoàn", "các công đoàn cơ sở trực thuộc", "Ủy ban Kiểm tra Công đoàn",
        "Ban Nữ công", "Thường trực Liên đoàn Lao động", "cán bộ công đoàn chuyên trách", "công đoàn ngành",
        "công đoàn các khu công nghiệp", "Ban Chính sách pháp luật", "Ban Tuyên giáo", "Ban Tổ chức",
    ];

    public static ImmutableArray<string> Verbs { get; } =
    [
        "đã tập trung chỉ đạo", "tích cực phối hợp với chính quyền đồng cấp triển khai", "tổ chức tuyên truyền, phổ biến",
        "chủ động tham mưu cho cấp ủy về", "kiểm tra, giám sát việc thực hiện", "đẩy mạnh", "triển khai kịp thời",
        "quán triệt và thực hiện nghiêm túc", "tiếp tục đổi mới nội dung, phương thức thực hiện", "phối hợp với chủ doanh nghiệp tổ chức",
        "hướng dẫn công đoàn cơ sở thực hiện", "đánh giá, rút kinh nghiệm việc thực hiện",
    ];

    public static ImmutableArray<string> Objects { get; } =
    [
        "Nghị quyết Đại hội Công đoàn các cấp", "chương trình phát triển đoàn viên, thành lập công đoàn cơ sở",
        "việc ký kết và thực hiện thỏa ước lao động tập thể", "các hoạt động Tháng Công nhân",
        "công tác chăm lo đời sống vật chất, tinh thần cho đoàn viên và người lao động", "Hội nghị người lao động tại doanh nghiệp",
        "Hội nghị cán bộ, công chức, viên chức", "quy chế dân chủ ở cơ sở", "chính sách pháp luật về lao động, tiền lương, bảo hiểm xã hội",
        "công tác an toàn, vệ sinh lao động", "việc thu, chi, quản lý tài chính công đoàn", "phong trào thi đua lao động giỏi, lao động sáng tạo",
        "cuộc vận động xây dựng Mái ấm Công đoàn", "chương trình Tết Sum vầy", "đối thoại định kỳ tại nơi làm việc",
        "công tác nữ công và phong trào giỏi việc nước, đảm việc nhà",
    ];

    public static ImmutableArray<string> Tails { get; } =
    [
        "góp phần ổn định quan hệ lao động tại doanh nghiệp", "nâng cao chất lượng hoạt động của công đoàn cơ sở",
        "bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên và người lao động", "tạo sự đồng thuận trong tập thể người lao động",
        "được đông đảo đoàn viên hưởng ứng", "đạt và vượt chỉ tiêu Tổng Liên đoàn Lao động Việt Nam giao",
        "góp phần hoàn thành nhiệm vụ chính trị của địa phương", "tạo chuyển biến rõ nét trong nhận thức của người sử dụng lao động",
        "củng cố niềm tin của đoàn viên đối với tổ chức công đoàn", "xây dựng tổ chức công đoàn vững mạnh",
        "kịp thời tháo gỡ khó khăn, vướng mắc ở cơ sở", "nâng cao đời sống và thu nhập của người lao động",
    ];

    public static ImmutableArray<string> Connectors { get; } =
    [
        "Bên cạnh đó,", "Trong tháng,", "Đồng thời,", "Ngoài ra,", "Qua đó,", "Cùng với đó,", "Thực hiện chỉ đạo của cấp trên,",
        "Nhìn chung,", "Với tinh thần trách nhiệm cao,", "Từ đầu năm đến nay,",
    ];

    /// <summary>Middle headings; the closing one (Phương hướng nhiệm vụ thời gian tới) is not among them.</summary>
    public static ImmutableArray<string> Headings { get; } =
    [
        "Công tác tuyên truyền, giáo dục", "Phát triển đoàn viên, thành lập công đoàn cơ sở", "Chăm lo đời sống đoàn viên",
        "Công tác kiểm tra, giám sát", "Hoạt động nữ công", "Tài chính công đoàn", "Đại diện, bảo vệ quyền lợi người lao động",
        "Phong trào thi đua", "Đánh giá chung", "Công tác an toàn, vệ sinh lao động",
    ];

    public static ImmutableArray<string> BulletItems { get; } =
    [
        "Tổ chức các lớp tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở", "Thăm hỏi, tặng quà đoàn viên ốm đau, gặp hoàn cảnh khó khăn",
        "Phối hợp kiểm tra việc thực hiện chế độ, chính sách đối với người lao động", "Vận động đoàn viên tham gia đóng góp Quỹ Xã hội",
        "Tổ chức đối thoại định kỳ giữa người sử dụng lao động và tập thể người lao động",
        "Hướng dẫn công đoàn cơ sở tổ chức Hội nghị người lao động năm", "Tuyên truyền Bộ luật Lao động và Luật Công đoàn",
        "Giới thiệu đoàn viên ưu tú cho tổ chức Đảng xem xét kết nạp", "Triển khai chương trình Tết Sum vầy và Tháng Công nhân",
        "Rà soát, củng cố công đoàn cơ sở yếu kém", "Tổ chức giải thể thao, văn nghệ chào mừng ngày thành lập Công đoàn Việt Nam",
        "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua",
    ];
}

"""Texts of the demo commune, taken from the sample plans in shared/samples
(003: Ba Giang 2023; 000: Kông Chro 2018). Each task: area code in the
2021–2030 catalogue, the lead's position key, PAR code, content."""

OFFICIALS = [
    # key, full name, position, unit, phone
    ("vp", "Nguyễn Thị Hồng Nhung", "Công chức Văn phòng – Thống kê", "Văn phòng HĐND và UBND", "0905 123 456"),
    ("vp2", "Lê Văn Bình", "Công chức Văn phòng – Thống kê", "Văn phòng HĐND và UBND", "0914 222 333"),
    ("tp", "Phạm Minh Đức", "Công chức Tư pháp – Hộ tịch", "Văn phòng HĐND và UBND", "0935 456 789"),
    ("vh", "Đinh Thị Thu Hương", "Công chức Văn hóa – Xã hội", "Phòng Văn hóa – Xã hội", "0986 111 222"),
    ("tc", "Trần Quốc Việt", "Công chức Tài chính – Kế toán", "Phòng Kinh tế", "0912 345 678"),
    ("dc", "Võ Thành Lợi", "Công chức Địa chính – Xây dựng", "Phòng Kinh tế", "0977 888 999"),
    ("mc", "Huỳnh Thị Ánh", "Công chức Bộ phận Một cửa", "Bộ phận tiếp nhận và trả kết quả", "0903 777 666"),
]

SETTINGS = dict(
    commune_name="Ủy ban nhân dân xã Ba Giang",
    superior_body="Ủy ban nhân dân huyện Ba Tơ",
    place_name="Ba Giang",
    chairman="Phạm Văn Thật",
    vice_chairmen=["Đinh Văn Sơn", "Nguyễn Thị Lan"],
)

PLANS = [
    ("05/KH-UBND", "Kế hoạch cải cách hành chính năm {year} của UBND xã Ba Giang", 5),
    ("18/KH-UBND", "Kế hoạch khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm {year}", 28),
    ("21/KH-UBND", "Kế hoạch tuyên truyền cải cách hành chính năm {year}", 40),
]

# plan index, area code, lead key, PAR code, content
TASKS = [
    (0, "1", "vp", "1.1", "Tham mưu UBND xã ban hành kế hoạch CCHC hàng năm của xã đảm bảo chất lượng, đúng thời gian quy định"),
    (0, "1", "vp", "1.2", "Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm đảm bảo quy định"),
    (0, "1", "vp", "1.3", "Tham mưu xây dựng kế hoạch, tổ chức tự kiểm tra công tác CCHC tại xã"),
    (0, "1", "vp", "1.5", "Tham mưu UBND xã tổ chức triển khai đăng ký sáng kiến, giải pháp mới về CCHC đến toàn thể cán bộ, công chức"),
    (0, "1", "vp2", "1.6", "Theo dõi, đôn đốc các công chức liên quan thực hiện đảm bảo tất cả nhiệm vụ được UBND huyện giao hoàn thành đúng tiến độ"),
    (2, "1", "vh", "1.4", "Tham mưu UBND xã xây dựng, ban hành và tổ chức triển khai thực hiện Kế hoạch tuyên truyền CCHC"),
    (2, "1", "vh", "1.4", "Báo cáo kết quả công tác tuyên truyền CCHC"),
    (2, "1", "vh", "1.4", "Phối hợp các ban, ngành, mặt trận, hội đoàn thể xã tổ chức tuyên truyền CCHC trên hệ thống truyền thanh xã"),
    (1, "2", "tp", "2.2", "Tham mưu Chủ tịch UBND xã ban hành kế hoạch theo dõi thi hành pháp luật"),
    (1, "2", "tp", "2.3", "Tham mưu ban hành kế hoạch kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật (QPPL)"),
    (1, "2", "tp", "2.2", "Theo dõi, đánh giá tình hình thi hành pháp luật ở địa phương; xử lý hoặc kiến nghị xử lý kết quả theo dõi theo thẩm quyền"),
    (1, "2", "tp", "2.3", "Kiểm tra, rà soát văn bản QPPL của HĐND và UBND xã để kịp thời phát hiện, xử lý quy định chồng chéo, hết hiệu lực"),
    (1, "2", "tp", "2.1", "Tăng cường ứng dụng công nghệ thông tin để nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật"),
    (1, "3", "mc", "3.1", "Công bố, công khai TTHC, danh mục TTHC và đăng tải công khai đầy đủ dữ liệu TTHC trên Cổng Thông tin điện tử xã"),
    (1, "3", "vp", "3.2", "Rà soát, đánh giá, kiến nghị đơn giản hóa quy định pháp luật về TTHC"),
    (1, "3", "mc", "3.4", "Theo dõi hoạt động tiếp nhận, trả kết quả tại Bộ phận Một cửa, giảm tỷ lệ hồ sơ giải quyết trễ hẹn"),
    (1, "3", "mc", "3.5", "Xử lý và trả lời công khai phản ánh, kiến nghị của người dân, doanh nghiệp về TTHC trên Cổng dịch vụ công quốc gia"),
    (1, "3", "vp", "3.3", "Triển khai Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC"),
    (1, "3", "vp", "3.4", "Tham mưu Chủ tịch UBND xã kiểm tra đột xuất việc giải quyết công việc của công chức liên quan trực tiếp đến người dân"),
    (1, "4", "vp", "4.2", "Tham mưu quản lý, sử dụng biên chế hành chính và số lượng người làm việc đúng quy định; đẩy mạnh tinh giản biên chế"),
    (1, "4", "vp2", "4.3", "Kiểm tra, rà soát, đánh giá định kỳ các nhiệm vụ quản lý nhà nước được phân cấp, ủy quyền cho cấp xã"),
    (0, "4", "dc", "4.1", "Rà soát chức năng, nhiệm vụ của các bộ phận chuyên môn sau sắp xếp tổ chức bộ máy"),
    (1, "5", "vp", "5.3", "Tham mưu xây dựng và triển khai kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm"),
    (1, "5", "vp2", "5.1", "Tham mưu xây dựng Danh mục vị trí việc làm của cơ quan theo Nghị định số 62/2020/NĐ-CP và số 106/2020/NĐ-CP"),
    (1, "5", "vp", "5.4", "Tham mưu thực hiện trình tự, thủ tục đánh giá, xếp loại chất lượng cán bộ, công chức theo quy định"),
    (0, "5", "vp2", "5.5", "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc và văn hóa công sở"),
    (1, "6", "tc", "6.1", "Tham mưu UBND xã tổ chức thực hiện đúng quy định việc sử dụng kinh phí được giao"),
    (1, "6", "tc", "6.2", "Tham mưu UBND xã ban hành văn bản về quản lý, sử dụng tài sản công"),
    (1, "6", "tc", "6.3", "Tham mưu ban hành văn bản chỉ đạo, đôn đốc, phấn đấu giải ngân đạt 100% kế hoạch vốn đầu tư công được giao"),
    (1, "6", "tc", "6.4", "Tổ chức thực hiện nghiêm túc các kiến nghị sau thanh tra, kiểm tra, kiểm toán về tài chính, ngân sách"),
    (0, "6", "tc", "6.1", "Ban hành, sửa đổi quy chế chi tiêu nội bộ và thực hiện công khai tài chính theo quy định"),
    (1, "7", "vp", "7.1", "Xây dựng, ban hành và triển khai kế hoạch phát triển chính quyền điện tử, hướng tới chính quyền số"),
    (1, "7", "mc", "7.4", "Thực hiện số hóa kết quả giải quyết TTHC thuộc thẩm quyền giải quyết của xã"),
    (1, "7", "vp", "7.5", "Tham mưu xây dựng kế hoạch duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại xã"),
    (1, "7", "mc", "7.3", "Tiếp nhận hồ sơ và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích"),
    (1, "7", "vh", "7.3", "Tuyên truyền, hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến toàn trình"),
    (1, "7", "vp2", "7.2", "Tăng cường gửi, nhận văn bản, báo cáo điện tử tích hợp chữ ký số giữa các cơ quan"),
    (0, "7", "vp", "7.2", "Triển khai thực hiện kết nối, liên thông hệ thống quản lý văn bản và điều hành"),
    (0, "3", "mc", "3.3", "Nâng cao chất lượng phục vụ tại Bộ phận Một cửa: bố trí nơi đón tiếp, chấn chỉnh thái độ phục vụ của công chức"),
    (2, "1", "vh", "1.4", "Tổ chức cuộc thi tìm hiểu về cải cách hành chính cho cán bộ, công chức và Nhân dân trên địa bàn xã"),
]

DELAY_REASONS = [
    "Chờ hướng dẫn của UBND huyện về biểu mẫu mới",
    "Công chức phụ trách đi học lớp bồi dưỡng, chưa bố trí người thay",
    "Kinh phí chưa được bố trí trong dự toán",
    "Phần mềm một cửa điện tử của tỉnh đang nâng cấp",
]

NOTES_DONE = [
    "Đã ban hành văn bản; lưu bản chụp làm tài liệu kiểm chứng",
    "Đã hoàn thành, báo cáo kết quả về UBND huyện qua Phòng Nội vụ",
    "Hoàn thành; đăng tải kết quả trên Cổng thông tin điện tử xã",
]

NOTES_PROGRESS = [
    "Đã xây dựng dự thảo, đang xin ý kiến các bộ phận",
    "Đã triển khai tại hội nghị giao ban, đang tổng hợp kết quả",
    "Đang thực hiện; đã hoàn thành khoảng một nửa khối lượng công việc",
]

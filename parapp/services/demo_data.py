"""Texts of the demo commune, taken from the sample plans in shared/samples
(003: Ba Giang 2023; 000: Kông Chro 2018) and set in today's two-tier local
government: xã Ba Giang was formed on 1 July 2025 from former communes, reports
to the province (Ủy ban nhân dân tỉnh, through Sở Nội vụ), not to a district,
works through its offices (Nghị định 150/2025/NĐ-CP: Văn phòng HĐND và UBND,
Phòng Kinh tế, Phòng Văn hóa – Xã hội, which holds nội vụ and so the CCHC work)
and receives dossiers at its Trung tâm Phục vụ hành chính công. No text of the
current year names a post of before the merger or a "Bộ phận Một cửa".

Each task says how its year goes: its due day, whether it finishes on time,
late (and why) or is still open past its due day (and why), the document it
produces and what it achieved. "{year}" and "{prev}" are filled in."""

from typing import Any

OFFICE, ECONOMY, SOCIETY = "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa – Xã hội"
CENTRE = "Trung tâm Phục vụ hành chính công"

OFFICIALS = [
    # key, full name, position, office, phone. "vp" keeps the CCHC statistics and drafts the reports
    # (nội vụ, in Phòng Văn hóa – Xã hội since 1/7/2025).
    ("vp", "Nguyễn Thị Hồng Nhung", "Chuyên viên", SOCIETY, "0905 123 456"),
    ("vp2", "Lê Văn Bình", "Chánh Văn phòng HĐND và UBND", OFFICE, "0914 222 333"),
    ("tp", "Phạm Minh Đức", "Chuyên viên", OFFICE, "0935 456 789"),
    ("vh", "Đinh Thị Thu Hương", "Trưởng phòng Văn hóa – Xã hội", SOCIETY, "0986 111 222"),
    ("tc", "Trần Quốc Việt", "Chuyên viên", ECONOMY, "0912 345 678"),
    ("dc", "Võ Thành Lợi", "Trưởng phòng Kinh tế", ECONOMY, "0977 888 999"),
    ("mc", "Huỳnh Thị Ánh", "Viên chức", CENTRE, "0903 777 666"),
]

PROVINCE = "Ủy ban nhân dân tỉnh Quảng Ngãi"
DEPARTMENT = "Sở Nội vụ tỉnh Quảng Ngãi"

SETTINGS: dict[str, Any] = dict(
    commune_name="Ủy ban nhân dân xã Ba Giang",
    superior_body=PROVINCE,
    place_name="Ba Giang",
    chairman="Phạm Văn Thật",
    vice_chairmen=["Đinh Văn Sơn", "Nguyễn Thị Lan"],
    report_recipients=[DEPARTMENT],
    report_cc=["Như trên", "Ủy ban nhân dân tỉnh (để báo cáo)", "Thường trực Đảng ủy, HĐND xã",
               "Chủ tịch, các Phó Chủ tịch UBND xã"],
    drafting_unit="VHXH",  # the reports are drafted in Phòng Văn hóa – Xã hội, which holds the CCHC work
)

# number, title, (month, day) issued
PLANS = [
    ("05/KH-UBND", "Kế hoạch cải cách hành chính năm {year}", (1, 6)),
    ("18/KH-UBND", "Kế hoạch khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm {year}", (1,
                                                                                                                   29)),
    ("21/KH-UBND", "Kế hoạch tuyên truyền cải cách hành chính năm {year}", (2, 10)),
]

# What the report answers to: the province's plan for the year, and each
# period's request from Sở Nội vụ (kind, number, (month, day) or (month, day, -1) for last year, issuer, summary).
BASIS_YEAR = ("Kế hoạch", "236/KH-UBND", (12, 26, -1), PROVINCE, "cải cách hành chính nhà nước tỉnh Quảng Ngãi năm "
                                                                 "{year}")
BASIS_PERIOD = {
    "q1": ("Công văn", "412/SNV-CCHC", (3, 2), DEPARTMENT,
           "về việc báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm {year}"),
    "h1": ("Công văn", "1105/SNV-CCHC", (6, 3), DEPARTMENT,
           "về việc báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm {year}"),
    "9m": ("Công văn", "1870/SNV-CCHC", (9, 4), DEPARTMENT,
           "về việc báo cáo kết quả thực hiện công tác cải cách hành chính 9 tháng năm {year}"),
    "year": ("Công văn", "2614/SNV-CCHC", (11, 10), DEPARTMENT,
             "về việc báo cáo kết quả thực hiện công tác cải cách hành chính năm {year}"),
}

PROPOSALS = {
    "q1": ["Đề nghị Sở Nội vụ tổ chức tập huấn nghiệp vụ cải cách hành chính, kiểm soát thủ tục hành chính cho "
           "công chức cấp xã sau sắp xếp tổ chức bộ máy"],
    "h1": ["Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí kinh phí trang bị máy tính, máy quét tài liệu cho Trung "
           "tâm Phục vụ hành chính công xã để bảo đảm việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"],
    "9m": ["Đề nghị Ủy ban nhân dân tỉnh quan tâm đầu tư nâng cấp đường truyền Internet cho Trung tâm Phục vụ hành "
           "chính công xã, vì đường truyền hiện nay thường gián đoạn, ảnh hưởng đến việc tiếp nhận hồ sơ trực tuyến"],
    # The province's committee issues the criteria set; the Sở advises it (the chairman's read, round 41)
    "year": ["Đề nghị Sở Nội vụ sớm tham mưu Ủy ban nhân dân tỉnh ban hành Bộ chỉ số đánh giá cải cách hành chính cấp "
             "xã năm {next} để xã chủ động triển khai ngay từ đầu năm",
             "Đề nghị Ủy ban nhân dân tỉnh bố trí trong dự toán năm {next} kinh phí số hóa hồ sơ, kết quả giải quyết "
             "thủ tục hành chính cho Trung tâm Phục vụ hành chính công xã"],
}

ONTIME, LATE, OVERDUE, ONGOING = "ontime", "late", "overdue", "ongoing"

# plan index, area code, lead key, PAR code, content, due (month, day) or a deadline text, fate,
# output document (kind, symbol, summary) or "plan:N", result, reason (late/overdue), progress note,
# request to the superior body (overdue)
TASKS: list[dict[str, Any]] = [
    dict(plan=0, area="1", lead="vp", code="1.1", due=(1, 10), fate=ONTIME, doc="plan:0",
         content="Tham mưu UBND xã ban hành kế hoạch CCHC hàng năm của xã đảm bảo chất lượng, đúng thời gian quy định",
         progress="Đã dự thảo kế hoạch cải cách hành chính năm, lấy ý kiến các cơ quan, đơn vị"),
    dict(plan=0, area="1", lead="vp", code="1.2", deadline="Hàng năm", fate=ONGOING,
         content="Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm đảm bảo quy định",
         progress="Đã gửi các báo cáo định kỳ đúng thời hạn qua Hệ thống thông tin báo cáo của tỉnh"),
    dict(plan=0, area="1", lead="vp", code="1.3", due=(3, 31), fate=ONTIME,
         doc=("Kế hoạch", "KH-UBND", "kiểm tra công tác cải cách hành chính năm {year}"),
         content="Tham mưu xây dựng kế hoạch, tổ chức tự kiểm tra công tác CCHC tại xã",
         result="Kiểm tra 4 cơ quan, đơn vị chuyên môn; kết quả được thông báo tại cuộc họp giao ban tháng",
         progress="Đã xây dựng dự thảo kế hoạch kiểm tra, trình lãnh đạo Ủy ban nhân dân xã"),
    dict(plan=0, area="1", lead="vp", code="1.5", due=(8, 31), fate=OVERDUE,
         content="Tham mưu UBND xã tổ chức triển khai đăng ký sáng kiến, giải pháp mới về CCHC đến toàn thể cán bộ, "
                 "công chức",
         reason="Chưa có hướng dẫn của Sở Nội vụ về tiêu chí công nhận sáng kiến, giải pháp mới áp dụng cho cấp xã "
                "sau sắp xếp",
         progress="Đã phổ biến chủ trương đăng ký sáng kiến tại cuộc họp giao ban; 3 công chức đăng ký ý tưởng",
         request="Đề nghị Sở Nội vụ sớm hướng dẫn tiêu chí công nhận sáng kiến, giải pháp mới về cải cách hành "
                 "chính áp dụng cho cấp xã"),
    dict(plan=0, area="1", lead="vp2", code="1.6", deadline="Hàng năm", fate=ONGOING,
         content="Theo dõi, đôn đốc các công chức liên quan thực hiện đảm bảo tất cả nhiệm vụ được cấp trên giao hoàn "
                 "thành đúng tiến độ",
         progress="Hằng tháng rà soát, nhắc việc các nhiệm vụ sắp đến hạn tại cuộc họp giao ban"),
    dict(plan=2, area="1", lead="vh", code="1.4", due=(2, 12), fate=ONTIME, doc="plan:2",
         content="Tham mưu UBND xã xây dựng, ban hành và tổ chức triển khai thực hiện Kế hoạch tuyên truyền CCHC",
         progress="Đã dự thảo kế hoạch tuyên truyền"),
    dict(plan=2, area="1", lead="vh", code="1.4", due=(6, 20), fate=ONTIME,
         doc=("Báo cáo", "BC-UBND", "kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm {year}"),
         content="Báo cáo kết quả công tác tuyên truyền CCHC",
         progress="Đang tổng hợp kết quả tuyên truyền từ các thôn"),
    dict(plan=2, area="1", lead="vh", code="1.4", due=(12, 20), fate=ONGOING,
         content="Phối hợp các ban, ngành, mặt trận, hội đoàn thể xã tổ chức tuyên truyền CCHC trên hệ thống truyền "
                 "thanh xã",
         progress="Đã phát 36 tin, bài về cải cách hành chính trên hệ thống truyền thanh xã"),
    dict(plan=1, area="2", lead="tp", code="2.2", due=(2, 28), fate=ONTIME,
         doc=("Kế hoạch", "KH-UBND", "theo dõi tình hình thi hành pháp luật năm {year} trên địa bàn xã"),
         content="Tham mưu Chủ tịch UBND xã ban hành kế hoạch theo dõi thi hành pháp luật",
         progress="Đã xây dựng dự thảo kế hoạch, lấy ý kiến các cơ quan, đơn vị"),
    dict(plan=1, area="2", lead="tp", code="2.3", due=(3, 13), fate=LATE,
         doc=("Kế hoạch", "KH-UBND", "kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật năm {year}"),
         content="Tham mưu ban hành kế hoạch kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật (QPPL)",
         reason="Công chức phụ trách tham gia lớp bồi dưỡng nghiệp vụ hộ tịch của tỉnh trong tháng 3",
         progress="Đang thống kê danh mục văn bản cần rà soát"),
    dict(plan=1, area="2", lead="tp", code="2.2", due=(11, 30), fate=ONTIME,
         doc=("Báo cáo", "BC-UBND", "tình hình thi hành pháp luật năm {year}"),
         content="Theo dõi, đánh giá tình hình thi hành pháp luật ở địa phương; xử lý hoặc kiến nghị xử lý kết quả "
                 "theo dõi theo thẩm quyền",
         progress="Đang tổng hợp kết quả theo dõi thi hành pháp luật trong lĩnh vực đất đai và hộ tịch"),
    dict(plan=1, area="2", lead="tp", code="2.3", due=(5, 28), fate=OVERDUE,
         content="Kiểm tra, rà soát văn bản QPPL của HĐND và UBND xã để kịp thời phát hiện, xử lý quy định chồng "
                 "chéo, hết hiệu lực",
         reason="Số văn bản cần rà soát tăng nhiều do hợp nhất văn bản của các xã cũ sau sắp xếp đơn vị hành chính, "
                "đang chờ tỉnh hướng dẫn cách xử lý",
         progress="Đã rà soát 46/71 văn bản của các xã cũ trước sắp xếp",
         request="Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tư pháp hướng dẫn việc xử lý văn bản quy phạm pháp luật do "
                 "các xã cũ ban hành trước khi sắp xếp đơn vị hành chính"),
    dict(plan=1, area="2", lead="tp", code="2.1", due=(9, 30), fate=ONTIME,
         content="Tăng cường ứng dụng công nghệ thông tin để nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật",
         result="Đăng tải 24 tin, bài phổ biến pháp luật trên Trang thông tin điện tử xã và nhóm Zalo của các thôn",
         progress="Đã lập chuyên mục phổ biến pháp luật trên Trang thông tin điện tử xã"),
    dict(plan=1, area="3", lead="mc", code="3.1", due=(3, 30), fate=ONTIME,
         doc=("Thông báo", "TB-UBND", "niêm yết công khai thủ tục hành chính thuộc thẩm quyền giải quyết của xã"),
         content="Công bố, công khai TTHC, danh mục TTHC và đăng tải công khai đầy đủ dữ liệu TTHC trên Trang thông "
                 "tin "
                 "điện tử xã",
         result="Niêm yết công khai 112 thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã và trên Trang "
                "thông tin điện tử xã",
         progress="Đang cập nhật danh mục thủ tục hành chính theo quyết định công bố của tỉnh"),
    dict(plan=1, area="3", lead="vp", code="3.2", due=(6, 30), fate=ONTIME,
         doc=("Báo cáo", "BC-UBND", "kết quả rà soát, đánh giá thủ tục hành chính năm {year}"),
         content="Rà soát, đánh giá, kiến nghị đơn giản hóa quy định pháp luật về TTHC",
         result="Kiến nghị đơn giản hóa 3 thủ tục hành chính trong lĩnh vực hộ tịch và chứng thực",
         progress="Đang rà soát các thủ tục lĩnh vực hộ tịch, chứng thực"),
    dict(plan=1, area="3", lead="mc", code="3.4", deadline="Thường xuyên", fate=ONGOING,
         content="Theo dõi hoạt động tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công xã, giảm tỷ lệ hồ "
                 "sơ giải quyết trễ hẹn",
         progress="Hằng tuần rà soát hồ sơ sắp đến hạn trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh"),
    dict(plan=1, area="3", lead="mc", code="3.5", due=(4, 16), fate=LATE,
         content="Xử lý và trả lời công khai phản ánh, kiến nghị của người dân, doanh nghiệp về TTHC trên Cổng dịch vụ "
                 "công quốc gia",
         reason="Một phản ánh về hồ sơ đất đai phải xác minh thực địa cùng Chi nhánh Văn phòng đăng ký đất đai",
         result="Trả lời các phản ánh, kiến nghị về thủ tục hành chính và công khai kết quả trên Cổng Dịch vụ công "
                "quốc gia",
         progress="Đang xác minh nội dung các phản ánh, kiến nghị"),
    dict(plan=1, area="3", lead="vp", code="3.3", due=(5, 29), fate=ONTIME,
         doc=("Kế hoạch", "KH-UBND", "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành "
                                     "chính năm {year}"),
         content="Triển khai Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC",
         progress="Đã xây dựng dự thảo kế hoạch thực hiện cơ chế một cửa, một cửa liên thông"),
    dict(plan=1, area="3", lead="vp", code="3.4", due=(10, 30), fate=ONTIME,
         doc=("Quyết định", "QĐ-UBND", "thành lập Tổ kiểm tra đột xuất việc giải quyết công việc của công chức"),
         content="Tham mưu Chủ tịch UBND xã kiểm tra đột xuất việc giải quyết công việc của công chức liên quan trực "
                 "tiếp đến người dân",
         result="Đã kiểm tra 5 công chức, không phát hiện trường hợp gây phiền hà, nhũng nhiễu người dân",
         progress="Đã xây dựng phương án kiểm tra đột xuất"),
    dict(plan=1, area="4", lead="vp", code="4.2", due=(9, 17), fate=OVERDUE,
         content="Tham mưu quản lý, sử dụng biên chế hành chính và số lượng người làm việc đúng quy định; đẩy mạnh "
                 "tinh giản biên chế",
         reason="Chờ Ủy ban nhân dân tỉnh giao biên chế công chức cấp xã năm {year} sau sắp xếp tổ chức bộ máy",
         progress="Đã rà soát, báo cáo số lượng cán bộ, công chức hiện có theo yêu cầu của Sở Nội vụ",
         request="Đề nghị Ủy ban nhân dân tỉnh sớm giao biên chế công chức cấp xã năm {year} để xã kiện toàn các vị "
                 "trí còn thiếu",
         # written again in December, when the report asks for next year's things
         request_december="Đề nghị Ủy ban nhân dân tỉnh giao biên chế công chức cấp xã năm {next} ngay từ đầu năm để "
                          "xã kiện toàn các vị trí còn thiếu"),
    dict(plan=1, area="4", lead="vp", code="4.3", deadline="Theo hướng dẫn của UBND tỉnh", fate=ONGOING,
         content="Kiểm tra, rà soát, đánh giá định kỳ các nhiệm vụ quản lý nhà nước được phân cấp, ủy quyền cho cấp xã",
         progress="Đã rà soát 18 nhiệm vụ được phân cấp, ủy quyền; sẽ báo cáo khi có hướng dẫn của tỉnh"),
    dict(plan=0, area="4", lead="vp", code="4.1", due=(2, 20), fate=ONTIME,
         doc=("Quyết định", "QĐ-UBND", "quy định chức năng, nhiệm vụ, quyền hạn của các cơ quan chuyên môn thuộc Ủy "
                                       "ban nhân dân xã"),
         content="Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn sau sắp xếp tổ chức bộ máy",
         progress="Đang rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn"),
    dict(plan=1, area="5", lead="vp", code="5.3", due=(1, 30), fate=ONTIME,
         doc=("Kế hoạch", "KH-UBND", "đào tạo, bồi dưỡng cán bộ, công chức xã năm {year}"),
         content="Tham mưu xây dựng và triển khai kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm {year}",
         progress="Đang tổng hợp nhu cầu đào tạo, bồi dưỡng"),
    dict(plan=1, area="5", lead="vp", code="5.1", due=(5, 19), fate=LATE,
         doc=("Tờ trình", "TTr-UBND", "phê duyệt Danh mục vị trí việc làm và cơ cấu ngạch công chức của xã"),
         content="Tham mưu xây dựng Danh mục vị trí việc làm của cơ quan theo Nghị định số 62/2020/NĐ-CP và số "
                 "106/2020/NĐ-CP",
         reason="Chờ hướng dẫn của Sở Nội vụ về khung vị trí việc làm của xã sau sắp xếp",
         progress="Đã dự thảo Danh mục vị trí việc làm, chờ hướng dẫn của Sở Nội vụ"),
    dict(plan=1, area="5", lead="vp", code="5.4", due=(1, 12), fate=ONTIME,
         doc=("Quyết định", "QĐ-UBND", "công nhận kết quả đánh giá, xếp loại chất lượng cán bộ, công chức năm {prev}"),
         content="Tham mưu thực hiện trình tự, thủ tục đánh giá, xếp loại chất lượng cán bộ, công chức theo quy định",
         progress="Đang tổng hợp kết quả tự đánh giá của cán bộ, công chức"),
    dict(plan=0, area="5", lead="vp2", code="5.5", due=(7, 31), fate=ONTIME,
         content="Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc và văn hóa công sở",
         result="Tổ chức 2 đợt kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính, giờ giấc làm việc và văn hóa "
                "công sở; nhắc nhở 1 trường hợp không đeo thẻ công chức trong giờ làm việc",
         progress="Đã kiểm tra đợt 1 trong tháng 5"),
    dict(plan=1, area="6", lead="tc", code="6.1", due=(12, 31), fate=ONGOING,
         content="Tham mưu UBND xã tổ chức thực hiện đúng quy định việc sử dụng kinh phí được giao",
         progress="Chi ngân sách đến nay đạt 78% dự toán, đúng định mức, chế độ"),
    dict(plan=1, area="6", lead="tc", code="6.2", due=(4, 30), fate=LATE,
         doc=("Quyết định", "QĐ-UBND", "ban hành Quy chế quản lý, sử dụng tài sản công của Ủy ban nhân dân xã"),
         content="Tham mưu UBND xã ban hành văn bản về quản lý, sử dụng tài sản công",
         reason="Phải chờ hoàn tất việc bàn giao, kiểm kê tài sản công của các xã cũ sau sắp xếp",
         progress="Đang kiểm kê tài sản công của các xã cũ"),
    dict(plan=1, area="6", lead="tc", code="6.3", due=(6, 15), fate=ONTIME,
         doc=("Công văn", "UBND", "đẩy nhanh tiến độ giải ngân vốn đầu tư công năm {year}"),
         content="Tham mưu ban hành văn bản chỉ đạo, đôn đốc, phấn đấu giải ngân đạt 100% kế hoạch vốn đầu tư công "
                 "được giao",
         progress="Đang tổng hợp tiến độ giải ngân của các công trình"),
    dict(plan=1, area="6", lead="tc", code="6.4", due=(8, 14), fate=ONTIME,
         content="Tổ chức thực hiện nghiêm túc các kiến nghị sau thanh tra, kiểm tra, kiểm toán về tài chính, "
                 "ngân sách",
         result="Khắc phục xong 5/5 kiến nghị của Đoàn kiểm tra tài chính, ngân sách",
         progress="Đã khắc phục 3/5 kiến nghị"),
    dict(plan=0, area="6", lead="tc", code="6.1", due=(3, 31), fate=LATE,
         doc=("Quyết định", "QĐ-UBND", "ban hành Quy chế chi tiêu nội bộ năm {year}"),
         content="Ban hành, sửa đổi quy chế chi tiêu nội bộ và thực hiện công khai tài chính theo quy định",
         reason="Dự toán ngân sách năm {year} của xã được giao chính thức vào cuối tháng 3",
         progress="Đã dự thảo Quy chế chi tiêu nội bộ, chờ dự toán được giao chính thức"),
    dict(plan=1, area="7", lead="vp2", code="7.1", due=(3, 20), fate=ONTIME,
         doc=("Kế hoạch", "KH-UBND", "chuyển đổi số, phát triển chính quyền số của xã năm {year}"),
         content="Xây dựng, ban hành và triển khai kế hoạch phát triển chính quyền điện tử, hướng tới chính quyền số",
         progress="Đã dự thảo kế hoạch chuyển đổi số, lấy ý kiến các cơ quan, đơn vị"),
    dict(plan=1, area="7", lead="mc", code="7.4", due=(12, 31), fate=ONGOING,
         content="Thực hiện số hóa kết quả giải quyết TTHC thuộc thẩm quyền giải quyết của xã",
         progress="Đã số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của các lĩnh vực hộ tịch, chứng thực"),
    dict(plan=1, area="7", lead="vp2", code="7.5", due=(4, 28), fate=ONTIME,
         doc=("Kế hoạch", "KH-UBND",
              "duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm {year}"),
         content="Tham mưu xây dựng kế hoạch duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 "
                 "tại xã",
         progress="Đang rà soát các quy trình ISO cần cập nhật"),
    dict(plan=1, area="7", lead="mc", code="7.3", due=(6, 30), fate=ONTIME,
         content="Tiếp nhận hồ sơ và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích",
         result="Ký kết, triển khai việc tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu "
                "chính công ích",
         progress="Đang làm việc với Bưu điện để ký thỏa thuận"),
    dict(plan=1, area="7", lead="vh", code="7.3", due=(6, 23), fate=OVERDUE,
         content="Tuyên truyền, hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến toàn trình",
         reason="Các thôn vùng cao chưa có sóng di động ổn định; Tổ công nghệ số cộng đồng chưa được bố trí kinh phí "
                "hoạt động",
         progress="Đã hướng dẫn tại 4/9 thôn; lập 9 tổ công nghệ số cộng đồng",
         request="Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí hoạt động cho các Tổ công nghệ số cộng đồng ở thôn "
                 "vùng cao",
         request_december="Đề nghị Ủy ban nhân dân tỉnh bố trí kinh phí năm {next} cho hoạt động của các Tổ công nghệ "
                          "số cộng đồng ở thôn vùng cao"),
    dict(plan=1, area="7", lead="vp2", code="7.2", due=(9, 30), fate=ONTIME,
         content="Tăng cường gửi, nhận văn bản, báo cáo điện tử tích hợp chữ ký số giữa các cơ quan",
         result="Văn bản đi của Ủy ban nhân dân xã được ký số và gửi qua Hệ thống quản lý văn bản và điều hành",
         progress="Đã cấp chữ ký số cho toàn bộ công chức"),
    dict(plan=0, area="7", lead="vp2", code="7.2", due=(11, 30), fate=ONTIME,
         content="Triển khai thực hiện kết nối, liên thông hệ thống quản lý văn bản và điều hành",
         progress="Đã kết nối, liên thông với hệ thống của tỉnh; đang tập huấn cho công chức mới",
         result="Hệ thống quản lý văn bản và điều hành của xã đã kết nối, liên thông với hệ thống của tỉnh"),
    dict(plan=0, area="3", lead="mc", code="3.3", due=(2, 24), fate=ONTIME,
         content="Nâng cao chất lượng phục vụ tại Trung tâm Phục vụ hành chính công xã: bố trí nơi đón tiếp, chấn "
                 "chỉnh thái độ phục vụ của công chức, viên chức",
         result="Bố trí lại khu vực chờ, lắp máy lấy số thứ tự và hòm thư góp ý tại Trung tâm Phục vụ hành chính công "
                "xã",
         progress="Đang sắp xếp lại khu vực tiếp nhận hồ sơ"),
    dict(plan=2, area="1", lead="vh", code="1.4", due=(10, 4), fate=LATE,
         doc=("Quyết định", "QĐ-UBND", "khen thưởng tập thể, cá nhân đạt giải Cuộc thi tìm hiểu về cải cách hành "
                                       "chính năm {year}"),
         content="Tổ chức cuộc thi tìm hiểu về cải cách hành chính cho cán bộ, công chức và Nhân dân trên địa bàn xã",
         reason="Lùi thời gian tổ chức để tránh trùng đợt thu hoạch mùa vụ của Nhân dân",
         result="Có 412 bài dự thi; trao giải cho 2 tập thể và 5 cá nhân",
         progress="Đã ban hành thể lệ cuộc thi, đang nhận bài dự thi"),
]

# Said when work on a task with no progress note of its own is under way (every demo task has one).
STARTED = "Đang triển khai thực hiện"

# The draft of next year's annual plan, registered in December (title; its tasks: area, lead, PAR code,
# deadline as written, content). Its recurring tasks repeat this year's, as real plans do.
NEXT_PLAN = "Kế hoạch cải cách hành chính năm {next}"
NEXT_PLAN_DAY = (12, 1)
NEXT_TASKS = [
    ("1", "vp", "1.1", "Trước ngày 15/01/{next}",
     "Tham mưu UBND xã ban hành kế hoạch CCHC năm {next}, kế hoạch tuyên truyền và kế hoạch kiểm tra công tác "
     "CCHC năm {next}"),
    ("1", "vp", "1.2", "Hàng năm", "Báo cáo kết quả thực hiện công tác CCHC quý, 6 tháng, năm đảm bảo quy định"),
    ("1", "vp", "1.5", "Quý II/{next}",
     "Phát động đăng ký sáng kiến, giải pháp mới về CCHC khi có hướng dẫn tiêu chí của Sở Nội vụ"),
    ("2", "tp", "2.3", "Quý I/{next}",
     "Hoàn thành rà soát, xử lý văn bản quy phạm pháp luật do các xã cũ ban hành trước khi sắp xếp"),
    ("3", "vp", "3.2", "Quý III/{next}", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính thuộc thẩm quyền của xã"),
    ("3", "mc", "3.4", "Hàng quý",
     "Công khai kết quả giải quyết hồ sơ thủ tục hành chính của Trung tâm Phục vụ hành chính công xã"),
    ("4", "vp", "4.2", "Quý I/{next}", "Kiện toàn công chức các cơ quan chuyên môn theo biên chế được giao năm {next}"),
    ("5", "vp", "5.1", "Quý II/{next}", "Hoàn thiện Đề án vị trí việc làm của xã theo hướng dẫn của Sở Nội vụ"),
    ("6", "tc", "6.1", "Trước ngày 31/01/{next}", "Tham mưu ban hành Quy chế chi tiêu nội bộ năm {next}"),
    ("7", "mc", "7.3", "Quý II/{next}",
     "Nâng tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến; số hóa 100% hồ sơ, kết quả giải quyết thủ "
     "tục hành chính tiếp nhận mới"),
    ("7", "vp2", "7.5", "Tháng 4/{next}",
     "Tham mưu xây dựng kế hoạch duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm {next}"),
]

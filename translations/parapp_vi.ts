<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>Có bản sao lưu tự động lúc {0}. Khôi phục từ bản đó? Tệp hiện tại được giữ lại bên cạnh với tên khác, không bị xóa.</source>
        <translation>Có bản sao lưu tự động lúc {0}. Khôi phục từ bản đó? Tệp hiện tại được giữ lại bên cạnh với tên khác, không bị xóa.</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Chưa khôi phục được</source>
        <translation>Chưa khôi phục được</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>có</source>
        <translation>có</translation>
    </message>
    <message>
        <source>không</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Xem</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Làm việc với tư cách</source>
        <translation>Làm việc với tư cách</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Người dùng máy</source>
        <translation>Người dùng máy</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Nội dung thay đổi</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <source>Mọi người</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Chọn USB hoặc thư mục để sao lưu</source>
        <translation>Chọn USB hoặc thư mục để sao lưu</translation>
    </message>
    <message>
        <source>Đang sao lưu dữ liệu và tệp kiểm chứng…</source>
        <translation>Đang sao lưu dữ liệu và tệp kiểm chứng…</translation>
    </message>
    <message>
        <source>Chưa sao lưu được</source>
        <translation>Chưa sao lưu được</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>Đã sao lưu vào:
{0}</source>
        <translation>Đã sao lưu vào:
{0}</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>đầu ngày</source>
        <translation>đầu ngày</translation>
    </message>
    <message>
        <source>khi đóng chương trình</source>
        <translation>khi đóng chương trình</translation>
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>trước khi khôi phục</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>Trước khi khôi phục, dữ liệu hiện tại được tự động sao lưu lại. ParApp sẽ mở lại sau khi khôi phục.</source>
        <translation>Trước khi khôi phục, dữ liệu hiện tại được tự động sao lưu lại. ParApp sẽ mở lại sau khi khôi phục.</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn</source>
        <translation>Khôi phục bản đã chọn</translation>
    </message>
    <message>
        <source>Từ tệp sao lưu (.parapp-backup)…</source>
        <translation>Từ tệp sao lưu (.parapp-backup)…</translation>
    </message>
    <message>
        <source>Các bản sao lưu tự động:</source>
        <translation>Các bản sao lưu tự động:</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về lúc {0}?</source>
        <translation>Khôi phục dữ liệu về lúc {0}?</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>Tệp sao lưu ParApp (*.parapp-backup)</source>
        <translation>Tệp sao lưu ParApp (*.parapp-backup)</translation>
    </message>
    <message>
        <source>Tệp sao lưu bị từ chối</source>
        <translation>Tệp sao lưu bị từ chối</translation>
    </message>
    <message>
        <source>Tệp sao lưu của “{0}”, tạo lúc {1}. Khôi phục từ tệp này?</source>
        <translation>Tệp sao lưu của “{0}”, tạo lúc {1}. Khôi phục từ tệp này?</translation>
    </message>
    <message>
        <source>chưa đặt tên xã</source>
        <translation>chưa đặt tên xã</translation>
    </message>
    <message>
        <source>Nhập nhiệm vụ từ Word, Excel hoặc tệp</source>
        <translation>Nhập nhiệm vụ từ Word, Excel hoặc tệp</translation>
    </message>
    <message>
        <source>Dán bảng hoặc danh sách vừa sao chép</source>
        <translation>Dán bảng hoặc danh sách vừa sao chép</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Sao chép bảng phân công (kèm dòng tiêu đề) hoặc phần nhiệm vụ trong Word/Excel rồi bấm Dán; hoặc chọn tệp .docx, .xlsx, .csv, .txt.</source>
        <translation>Sao chép bảng phân công (kèm dòng tiêu đề) hoặc phần nhiệm vụ trong Word/Excel rồi bấm Dán; hoặc chọn tệp .docx, .xlsx, .csv, .txt.</translation>
    </message>
    <message>
        <source>(Tạo kế hoạch mới)</source>
        <translation>(Tạo kế hoạch mới)</translation>
    </message>
    <message>
        <source>Nhập vào</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <source>Tên kế hoạch mới</source>
        <translation>Tên kế hoạch mới</translation>
    </message>
    <message>
        <source>Năm của kế hoạch</source>
        <translation>Năm của kế hoạch</translation>
    </message>
    <message>
        <source>Chưa có dữ liệu.</source>
        <translation>Chưa có dữ liệu.</translation>
    </message>
    <message>
        <source>Đặt thời hạn chung…</source>
        <translation>Đặt thời hạn chung…</translation>
    </message>
    <message>
        <source>Cho mọi dòng chưa có thời hạn, ví dụ “Trong năm 2024”.</source>
        <translation>Cho mọi dòng chưa có thời hạn, ví dụ “Trong năm 2024”.</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng trùng</source>
        <translation>Bỏ qua các dòng trùng</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Các cột nhận ra (sửa nếu sai):</source>
        <translation>Các cột nhận ra (sửa nếu sai):</translation>
    </message>
    <message>
        <source>Kế hoạch nhập ngày {0}</source>
        <translation>Kế hoạch nhập ngày {0}</translation>
    </message>
    <message>
        <source>Chọn tệp kế hoạch</source>
        <translation>Chọn tệp kế hoạch</translation>
    </message>
    <message>
        <source>Kế hoạch (*.docx *.xlsx *.csv *.txt *.tsv *.html);;Mọi tệp (*)</source>
        <translation>Kế hoạch (*.docx *.xlsx *.csv *.txt *.tsv *.html);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Không đọc được</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <source>bảng</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>danh sách</source>
        <translation>danh sách</translation>
    </message>
    <message>
        <source>Đọc được {0} nhiệm vụ từ {1}; {2} dòng cần xem lại (tô vàng); {3} dòng trùng với nhiệm vụ đã có (tô cam).</source>
        <translation>Đọc được {0} nhiệm vụ từ {1}; {2} dòng cần xem lại (tô vàng); {3} dòng trùng với nhiệm vụ đã có (tô cam).</translation>
    </message>
    <message>
        <source>Dòng {0}: {1}</source>
        <translation>Dòng {0}: {1}</translation>
    </message>
    <message>
        <source>Nhập {0} nhiệm vụ</source>
        <translation>Nhập {0} nhiệm vụ</translation>
    </message>
    <message>
        <source>Danh sách: lĩnh vực lấy từ tiêu đề mục, chủ trì từ dòng “* …:”.</source>
        <translation>Danh sách: lĩnh vực lấy từ tiêu đề mục, chủ trì từ dòng “* …:”.</translation>
    </message>
    <message>
        <source>(cột {0})</source>
        <translation>(cột {0})</translation>
    </message>
    <message>
        <source>(bỏ qua)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>Thời hạn chung</source>
        <translation>Thời hạn chung</translation>
    </message>
    <message>
        <source>Thời hạn cho các dòng chưa có (như ghi trong kế hoạch):</source>
        <translation>Thời hạn cho các dòng chưa có (như ghi trong kế hoạch):</translation>
    </message>
    <message>
        <source>Trong năm {0}</source>
        <translation>Trong năm {0}</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa được. Hãy chép tệp dữ liệu vào máy để làm việc.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa được. Hãy chép tệp dữ liệu vào máy để làm việc.</translation>
    </message>
    <message>
        <source>Làm việc với tư cách:</source>
        <translation>Làm việc với tư cách:</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Thông tin của xã…</source>
        <translation>Thông tin của xã…</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Lịch báo cáo định kỳ…</source>
        <translation>Lịch báo cáo định kỳ…</translation>
    </message>
    <message>
        <source>Sao lưu ra USB…</source>
        <translation>Sao lưu ra USB…</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>&amp;Nhiệm vụ</source>
        <translation>&amp;Nhiệm vụ</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ…</source>
        <translation>Thêm nhiệm vụ…</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Nhập từ Word, Excel, tệp…</source>
        <translation>Nhập từ Word, Excel, tệp…</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Giới thiệu ParApp</source>
        <translation>Giới thiệu ParApp</translation>
    </message>
    <message>
        <source>ParApp – {0}</source>
        <translation>ParApp – {0}</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>Đã nhập {0} nhiệm vụ.</source>
        <translation>Đã nhập {0} nhiệm vụ.</translation>
    </message>
    <message>
        <source>ParApp {0}
Theo dõi nhiệm vụ cải cách hành chính của UBND xã.
Dữ liệu: {1}</source>
        <translation>ParApp {0}
Theo dõi nhiệm vụ cải cách hành chính của UBND xã.
Dữ liệu: {1}</translation>
    </message>
    <message>
        <source>Sửa thông tin cán bộ</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Đang công tác</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Đơn vị / bộ phận</source>
        <translation>Đơn vị / bộ phận</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Đã nghỉ</source>
        <translation>Đã nghỉ</translation>
    </message>
    <message>
        <source>Thêm cán bộ…</source>
        <translation>Thêm cán bộ…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Cho nghỉ / công tác lại</source>
        <translation>Cho nghỉ / công tác lại</translation>
    </message>
    <message>
        <source>nhiệm vụ quá hạn</source>
        <translation>nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>đến hạn trong 14 ngày tới</source>
        <translation>đến hạn trong 14 ngày tới</translation>
    </message>
    <message>
        <source>hoàn thành trong năm nay</source>
        <translation>hoàn thành trong năm nay</translation>
    </message>
    <message>
        <source>đang mở (chưa xong)</source>
        <translation>đang mở (chưa xong)</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>(chưa giao)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>Đang mở</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Đến hạn 14 ngày</source>
        <translation>Đến hạn 14 ngày</translation>
    </message>
    <message>
        <source>Hoàn thành năm nay</source>
        <translation>Hoàn thành năm nay</translation>
    </message>
    <message>
        <source>Theo người chủ trì</source>
        <translation>Theo người chủ trì</translation>
    </message>
    <message>
        <source>Không còn báo cáo định kỳ nào phải gửi trong lịch hiện tại.</source>
        <translation>Không còn báo cáo định kỳ nào phải gửi trong lịch hiện tại.</translation>
    </message>
    <message>
        <source>hôm nay</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>còn {0} ngày</source>
        <translation>còn {0} ngày</translation>
    </message>
    <message>
        <source>chưa soạn</source>
        <translation>chưa soạn</translation>
    </message>
    <message>
        <source>đang là bản nháp</source>
        <translation>đang là bản nháp</translation>
    </message>
    <message>
        <source>đã chốt, chưa gửi</source>
        <translation>đã chốt, chưa gửi</translation>
    </message>
    <message>
        <source>Báo cáo tiếp theo: báo cáo {0} – hạn gửi {1} ({2}); {3}. Bấm để mở trang Báo cáo.</source>
        <translation>Báo cáo tiếp theo: báo cáo {0} – hạn gửi {1} ({2}); {3}. Bấm để mở trang Báo cáo.</translation>
    </message>
    <message>
        <source>{0} – hôm nay {1}</source>
        <translation>{0} – hôm nay {1}</translation>
    </message>
    <message>
        <source>ParApp</source>
        <translation>ParApp</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ đang mở chưa có hạn hoàn thành.</source>
        <translation>{0} nhiệm vụ đang mở chưa có hạn hoàn thành.</translation>
    </message>
    <message>
        <source>Xem trước: {0}</source>
        <translation>Xem trước: {0}</translation>
    </message>
    <message>
        <source>Đang dựng trang %v/%m</source>
        <translation>Đang dựng trang %v/%m</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Mở bằng trình đọc PDF</source>
        <translation>Mở bằng trình đọc PDF</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Lưu PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Không mở được trình đọc PDF. Tệp đã được lưu tại: {0}</source>
        <translation>Không mở được trình đọc PDF. Tệp đã được lưu tại: {0}</translation>
    </message>
    <message>
        <source>In văn bản</source>
        <translation>In văn bản</translation>
    </message>
    <message>
        <source>Sửa kế hoạch</source>
        <translation>Sửa kế hoạch</translation>
    </message>
    <message>
        <source>Thêm kế hoạch</source>
        <translation>Thêm kế hoạch</translation>
    </message>
    <message>
        <source>ví dụ: 65/KH-UBND</source>
        <translation>ví dụ: 65/KH-UBND</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Trích yếu *</source>
        <translation>Trích yếu *</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Bộ chỉ số</source>
        <translation>Bộ chỉ số</translation>
    </message>
    <message>
        <source>Số nhiệm vụ</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <source>Thêm kế hoạch…</source>
        <translation>Thêm kế hoạch…</translation>
    </message>
    <message>
        <source>Xem nhiệm vụ</source>
        <translation>Xem nhiệm vụ</translation>
    </message>
    <message>
        <source>In bảng phân công…</source>
        <translation>In bảng phân công…</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Phông chữ: {0}.</source>
        <translation>Phông chữ: {0}.</translation>
    </message>
    <message>
        <source>Tìm nhiệm vụ, mã tiêu chí, người chủ trì… (gõ không dấu cũng được)</source>
        <translation>Tìm nhiệm vụ, mã tiêu chí, người chủ trì… (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Sắp đến hạn (14 ngày)</source>
        <translation>Sắp đến hạn (14 ngày)</translation>
    </message>
    <message>
        <source>Hạn: mọi lúc</source>
        <translation>Hạn: mọi lúc</translation>
    </message>
    <message>
        <source>Hạn trong </source>
        <translation>Hạn trong </translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Nhập từ Word/Excel…</source>
        <translation>Nhập từ Word/Excel…</translation>
    </message>
    <message>
        <source>Đánh dấu hoàn thành</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <source>Cập nhật tiến độ…</source>
        <translation>Cập nhật tiến độ…</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Mọi người chủ trì</source>
        <translation>Mọi người chủ trì</translation>
    </message>
    <message>
        <source>Mọi kế hoạch</source>
        <translation>Mọi kế hoạch</translation>
    </message>
    <message>
        <source>Đang hiện {0} / {1} nhiệm vụ</source>
        <translation>Đang hiện {0} / {1} nhiệm vụ</translation>
    </message>
    <message>
        <source>Ghi nhận nhiệm vụ này đã hoàn thành hôm nay?

{0}</source>
        <translation>Ghi nhận nhiệm vụ này đã hoàn thành hôm nay?

{0}</translation>
    </message>
    <message>
        <source>Mục này đang trống. Gõ nội dung; các đoạn cách nhau bằng một dòng trống.</source>
        <translation>Mục này đang trống. Gõ nội dung; các đoạn cách nhau bằng một dòng trống.</translation>
    </message>
    <message>
        <source>Số liệu của mục này</source>
        <translation>Số liệu của mục này</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Nội dung nhiệm vụ</source>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Nội dung báo cáo</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Phụ lục: danh sách nhiệm vụ</source>
        <translation>Phụ lục: danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>Tạo lại mục này</source>
        <translation>Tạo lại mục này</translation>
    </message>
    <message>
        <source>Cập nhật các mục chưa sửa</source>
        <translation>Cập nhật các mục chưa sửa</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Chốt báo cáo…</source>
        <translation>Chốt báo cáo…</translation>
    </message>
    <message>
        <source>Xem bản in…</source>
        <translation>Xem bản in…</translation>
    </message>
    <message>
        <source>Báo cáo đã chốt</source>
        <translation>Báo cáo đã chốt</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>{0} số {1} – {2}</source>
        <translation>{0} số {1} – {2}</translation>
    </message>
    <message>
        <source>Báo cáo đã chốt ngày {0}; nội dung không thay đổi nữa (mã kiểm tra {1}…). Muốn sửa, hãy tạo bản nháp mới từ báo cáo này ở trang Báo cáo.</source>
        <translation>Báo cáo đã chốt ngày {0}; nội dung không thay đổi nữa (mã kiểm tra {1}…). Muốn sửa, hãy tạo bản nháp mới từ báo cáo này ở trang Báo cáo.</translation>
    </message>
    <message>
        <source>{0}. Số liệu lấy từ sổ nhiệm vụ ngày {1}, kỳ số liệu từ {2} đến {3}. Các mục đã sửa tay được đánh dấu ✎ và giữ nguyên khi cập nhật.</source>
        <translation>{0}. Số liệu lấy từ sổ nhiệm vụ ngày {1}, kỳ số liệu từ {2} đến {3}. Các mục đã sửa tay được đánh dấu ✎ và giữ nguyên khi cập nhật.</translation>
    </message>
    <message>
        <source>Số liệu của mục này: {0} nhiệm vụ</source>
        <translation>Số liệu của mục này: {0} nhiệm vụ</translation>
    </message>
    <message>
        <source>Tạo lại mục</source>
        <translation>Tạo lại mục</translation>
    </message>
    <message>
        <source>Mục “{0}” đã được sửa tay. Thay bằng nội dung tạo mới từ sổ nhiệm vụ?</source>
        <translation>Mục “{0}” đã được sửa tay. Thay bằng nội dung tạo mới từ sổ nhiệm vụ?</translation>
    </message>
    <message>
        <source>Chốt báo cáo</source>
        <translation>Chốt báo cáo</translation>
    </message>
    <message>
        <source>Sau khi chốt, nội dung báo cáo được lưu cố định và không sửa được nữa. Chốt báo cáo này?</source>
        <translation>Sau khi chốt, nội dung báo cáo được lưu cố định và không sửa được nữa. Chốt báo cáo này?</translation>
    </message>
    <message>
        <source>Đã gửi {0}</source>
        <translation>Đã gửi {0}</translation>
    </message>
    <message>
        <source>Đã chốt, chưa gửi</source>
        <translation>Đã chốt, chưa gửi</translation>
    </message>
    <message>
        <source>Bản nháp ({0})</source>
        <translation>Bản nháp ({0})</translation>
    </message>
    <message>
        <source>Chưa làm</source>
        <translation>Chưa làm</translation>
    </message>
    <message>
        <source>Đánh dấu đã gửi</source>
        <translation>Đánh dấu đã gửi</translation>
    </message>
    <message>
        <source>ví dụ: 15/BC-UBND</source>
        <translation>ví dụ: 15/BC-UBND</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Gửi qua</source>
        <translation>Gửi qua</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Hãy nhập ngày gửi.</source>
        <translation>Hãy nhập ngày gửi.</translation>
    </message>
    <message>
        <source>Năm </source>
        <translation>Năm </translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Số liệu từ</source>
        <translation>Số liệu từ</translation>
    </message>
    <message>
        <source>Số liệu đến</source>
        <translation>Số liệu đến</translation>
    </message>
    <message>
        <source>Hạn gửi</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <source>Đúng hạn?</source>
        <translation>Đúng hạn?</translation>
    </message>
    <message>
        <source>Mở / soạn báo cáo</source>
        <translation>Mở / soạn báo cáo</translation>
    </message>
    <message>
        <source>Đánh dấu đã gửi…</source>
        <translation>Đánh dấu đã gửi…</translation>
    </message>
    <message>
        <source>Tạo bản nháp mới từ bản đã chốt</source>
        <translation>Tạo bản nháp mới từ bản đã chốt</translation>
    </message>
    <message>
        <source>Xem và in…</source>
        <translation>Xem và in…</translation>
    </message>
    <message>
        <source>Lịch báo cáo…</source>
        <translation>Lịch báo cáo…</translation>
    </message>
    <message>
        <source>Bản nháp được soạn tự động từ sổ nhiệm vụ; chỉ cần sửa câu chữ rồi chốt.</source>
        <translation>Bản nháp được soạn tự động từ sổ nhiệm vụ; chỉ cần sửa câu chữ rồi chốt.</translation>
    </message>
    <message>
        <source>Gửi trễ hạn</source>
        <translation>Gửi trễ hạn</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Chưa gửi, quá hạn {0} ngày</source>
        <translation>Chưa gửi, quá hạn {0} ngày</translation>
    </message>
    <message>
        <source>Còn {0} ngày</source>
        <translation>Còn {0} ngày</translation>
    </message>
    <message>
        <source>Kỳ này chưa có bản nháp để chốt. Hãy mở và soạn báo cáo trước.</source>
        <translation>Kỳ này chưa có bản nháp để chốt. Hãy mở và soạn báo cáo trước.</translation>
    </message>
    <message>
        <source>Chốt bản nháp số {0}? Sau khi chốt, nội dung không sửa được nữa.</source>
        <translation>Chốt bản nháp số {0}? Sau khi chốt, nội dung không sửa được nữa.</translation>
    </message>
    <message>
        <source>Chỉ báo cáo đã chốt mới được đánh dấu đã gửi. Hãy chốt báo cáo trước.</source>
        <translation>Chỉ báo cáo đã chốt mới được đánh dấu đã gửi. Hãy chốt báo cáo trước.</translation>
    </message>
    <message>
        <source>Kỳ này chưa có báo cáo đã chốt.</source>
        <translation>Kỳ này chưa có báo cáo đã chốt.</translation>
    </message>
    <message>
        <source>Bản nháp đã lưu</source>
        <translation>Bản nháp đã lưu</translation>
    </message>
    <message>
        <source>Bản nháp tạo mới từ sổ nhiệm vụ (chưa lưu)</source>
        <translation>Bản nháp tạo mới từ sổ nhiệm vụ (chưa lưu)</translation>
    </message>
    <message>
        <source>{0} – phông chữ: {1}.</source>
        <translation>{0} – phông chữ: {1}.</translation>
    </message>
    <message>
        <source>Số và ngày văn bản để trống cho văn thư điền.</source>
        <translation>Số và ngày văn bản để trống cho văn thư điền.</translation>
    </message>
    <message>
        <source>Có báo cáo</source>
        <translation>Có báo cáo</translation>
    </message>
    <message>
        <source>Năm {0}</source>
        <translation>Năm {0}</translation>
    </message>
    <message>
        <source>{0} ngày sau kỳ</source>
        <translation>{0} ngày sau kỳ</translation>
    </message>
    <message>
        <source>{0} – {1}, hạn {2}</source>
        <translation>{0} – {1}, hạn {2}</translation>
    </message>
    <message>
        <source>Lịch báo cáo định kỳ</source>
        <translation>Lịch báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Tự khai báo</source>
        <translation>Tự khai báo</translation>
    </message>
    <message>
        <source>Áp dụng mẫu</source>
        <translation>Áp dụng mẫu</translation>
    </message>
    <message>
        <source>Sửa trực tiếp trong bảng: ngày dạng 15/12, thêm “năm trước” cho ngày của năm trước; hạn gửi là một ngày (20/3) hoặc số ngày sau kỳ (+5).</source>
        <translation>Sửa trực tiếp trong bảng: ngày dạng 15/12, thêm “năm trước” cho ngày của năm trước; hạn gửi là một ngày (20/3) hoặc số ngày sau kỳ (+5).</translation>
    </message>
    <message>
        <source>Mẫu lịch</source>
        <translation>Mẫu lịch</translation>
    </message>
    <message>
        <source>Lưu ý về lịch báo cáo</source>
        <translation>Lưu ý về lịch báo cáo</translation>
    </message>
    <message>
        <source>Thiết lập ban đầu</source>
        <translation>Thiết lập ban đầu</translation>
    </message>
    <message>
        <source>Thông tin của xã</source>
        <translation>Thông tin của xã</translation>
    </message>
    <message>
        <source>Chào mừng đến với ParApp. Hãy nhập thông tin của xã: chúng được in trên báo cáo và kế hoạch. Có thể sửa lại bất cứ lúc nào trong menu Tệp → Thông tin của xã.</source>
        <translation>Chào mừng đến với ParApp. Hãy nhập thông tin của xã: chúng được in trên báo cáo và kế hoạch. Có thể sửa lại bất cứ lúc nào trong menu Tệp → Thông tin của xã.</translation>
    </message>
    <message>
        <source>ví dụ: Ủy ban nhân dân xã Ba Giang</source>
        <translation>ví dụ: Ủy ban nhân dân xã Ba Giang</translation>
    </message>
    <message>
        <source>ví dụ: Ủy ban nhân dân tỉnh Quảng Ngãi</source>
        <translation>ví dụ: Ủy ban nhân dân tỉnh Quảng Ngãi</translation>
    </message>
    <message>
        <source>địa danh ghi ở dòng ngày tháng, ví dụ: Ba Giang</source>
        <translation>địa danh ghi ở dòng ngày tháng, ví dụ: Ba Giang</translation>
    </message>
    <message>
        <source>mỗi người một dòng</source>
        <translation>mỗi người một dòng</translation>
    </message>
    <message>
        <source>Tên UBND xã *</source>
        <translation>Tên UBND xã *</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã</source>
        <translation>Chủ tịch UBND xã</translation>
    </message>
    <message>
        <source>Các Phó Chủ tịch</source>
        <translation>Các Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Công chức Văn phòng – Thống kê</source>
        <translation>Công chức Văn phòng – Thống kê</translation>
    </message>
    <message>
        <source>Đổi ngôn ngữ có hiệu lực khi mở lại ParApp.</source>
        <translation>Đổi ngôn ngữ có hiệu lực khi mở lại ParApp.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Văn bản in</source>
        <translation>Văn bản in</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Chủ tịch ký (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)</source>
        <translation>Chủ tịch ký (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)</translation>
    </message>
    <message>
        <source>{0} ký thay (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)</source>
        <translation>{0} ký thay (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)</translation>
    </message>
    <message>
        <source>mỗi nơi một dòng; để trống: gửi cơ quan cấp trên ({0})</source>
        <translation>mỗi nơi một dòng; để trống: gửi cơ quan cấp trên ({0})</translation>
    </message>
    <message>
        <source>chưa nhập</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>mỗi nơi một dòng, ví dụ: Như trên; TT Đảng ủy, HĐND xã</source>
        <translation>mỗi nơi một dòng, ví dụ: Như trên; TT Đảng ủy, HĐND xã</translation>
    </message>
    <message>
        <source>thường để trống với văn bản của UBND xã</source>
        <translation>thường để trống với văn bản của UBND xã</translation>
    </message>
    <message>
        <source>Kính gửi</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Đơn vị soạn thảo (Lưu: VT, …)</source>
        <translation>Đơn vị soạn thảo (Lưu: VT, …)</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Sửa nhiệm vụ</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>ví dụ 2.2.1</source>
        <translation>ví dụ 2.2.1</translation>
    </message>
    <message>
        <source>đơn vị hoặc chức danh như ghi trong kế hoạch</source>
        <translation>đơn vị hoặc chức danh như ghi trong kế hoạch</translation>
    </message>
    <message>
        <source>như ghi trong kế hoạch: Quý I/2024, Trước ngày 01/6/2024, Hàng năm…</source>
        <translation>như ghi trong kế hoạch: Quý I/2024, Trước ngày 01/6/2024, Hàng năm…</translation>
    </message>
    <message>
        <source>ngày/tháng/năm – để trống để tính từ thời hạn</source>
        <translation>ngày/tháng/năm – để trống để tính từ thời hạn</translation>
    </message>
    <message>
        <source>Nội dung *</source>
        <translation>Nội dung *</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Mã tiêu chí (TCTP)</source>
        <translation>Mã tiêu chí (TCTP)</translation>
    </message>
    <message>
        <source>Chủ trì (theo văn bản)</source>
        <translation>Chủ trì (theo văn bản)</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Thời gian thực hiện</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Giải pháp</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Lặp lại</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>ngày/tháng/năm – mặc định hôm nay</source>
        <translation>ngày/tháng/năm – mặc định hôm nay</translation>
    </message>
    <message>
        <source>Việc đã làm, kết quả, văn bản kiểm chứng…</source>
        <translation>Việc đã làm, kết quả, văn bản kiểm chứng…</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Lý do chậm</source>
        <translation>Lý do chậm</translation>
    </message>
    <message>
        <source>Lý do dừng</source>
        <translation>Lý do dừng</translation>
    </message>
    <message>
        <source>Các lần cập nhật</source>
        <translation>Các lần cập nhật</translation>
    </message>
    <message>
        <source>Ghi chép mới</source>
        <translation>Ghi chép mới</translation>
    </message>
    <message>
        <source>Ngày ghi</source>
        <translation>Ngày ghi</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng</source>
        <translation>Tệp kiểm chứng</translation>
    </message>
    <message>
        <source>Đính kèm lúc</source>
        <translation>Đính kèm lúc</translation>
    </message>
    <message>
        <source>Đính kèm tệp…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>(không thuộc kế hoạch)</source>
        <translation>(không thuộc kế hoạch)</translation>
    </message>
    <message>
        <source>(theo mã tiêu chí)</source>
        <translation>(theo mã tiêu chí)</translation>
    </message>
    <message>
        <source>Dùng hạn hoàn thành đã nhập bên dưới.</source>
        <translation>Dùng hạn hoàn thành đã nhập bên dưới.</translation>
    </message>
    <message>
        <source>Chưa có thời hạn.</source>
        <translation>Chưa có thời hạn.</translation>
    </message>
    <message>
        <source>→ Hạn hoàn thành: {0}</source>
        <translation>→ Hạn hoàn thành: {0}</translation>
    </message>
    <message>
        <source>Không đọc được ngày từ thời hạn này; nhiệm vụ sẽ chưa có hạn. Hãy nhập hạn hoàn thành nếu biết.</source>
        <translation>Không đọc được ngày từ thời hạn này; nhiệm vụ sẽ chưa có hạn. Hãy nhập hạn hoàn thành nếu biết.</translation>
    </message>
    <message>
        <source>{0} (đã nghỉ)</source>
        <translation>{0} (đã nghỉ)</translation>
    </message>
    <message>
        <source>Chưa có ghi chép tiến độ.</source>
        <translation>Chưa có ghi chép tiến độ.</translation>
    </message>
    <message>
        <source>Người chủ trì qua các thời kỳ:</source>
        <translation>Người chủ trì qua các thời kỳ:</translation>
    </message>
    <message>
        <source>Từ {0}: {1}</source>
        <translation>Từ {0}: {1}</translation>
    </message>
    <message>
        <source>Chưa giao cho ai.</source>
        <translation>Chưa giao cho ai.</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi:</source>
        <translation>Lịch sử thay đổi:</translation>
    </message>
    <message>
        <source>Hãy lưu nhiệm vụ trước, rồi đính kèm tài liệu kiểm chứng.</source>
        <translation>Hãy lưu nhiệm vụ trước, rồi đính kèm tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>Chọn tài liệu kiểm chứng</source>
        <translation>Chọn tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Bản nháp số {0} thuộc kỳ {1} năm {2}, không phải kỳ đã chọn.</source>
        <translation>Bản nháp số {0} thuộc kỳ {1} năm {2}, không phải kỳ đã chọn.</translation>
    </message>
    <message>
        <source>“{0}” không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2024.</source>
        <translation>“{0}” không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2024.</translation>
    </message>
    <message>
        <source>Ngày “{0}” không có trên lịch. Hãy kiểm tra lại ngày và tháng.</source>
        <translation>Ngày “{0}” không có trên lịch. Hãy kiểm tra lại ngày và tháng.</translation>
    </message>
    <message>
        <source>“{0}” không có trong danh sách Phó Chủ tịch. Hãy kiểm tra Thông tin của xã.</source>
        <translation>“{0}” không có trong danh sách Phó Chủ tịch. Hãy kiểm tra Thông tin của xã.</translation>
    </message>
    <message>
        <source>Mỗi loại báo cáo chỉ được khai báo một lần.</source>
        <translation>Mỗi loại báo cáo chỉ được khai báo một lần.</translation>
    </message>
    <message>
        <source>Kỳ {0}: ngày kết thúc số liệu ({1}) trước ngày bắt đầu ({2}). Hãy sửa lại khoảng thời gian.</source>
        <translation>Kỳ {0}: ngày kết thúc số liệu ({1}) trước ngày bắt đầu ({2}). Hãy sửa lại khoảng thời gian.</translation>
    </message>
    <message>
        <source>Kỳ {0}: hạn gửi báo cáo ({1}) phải sau ngày chốt số liệu ({2}).</source>
        <translation>Kỳ {0}: hạn gửi báo cáo ({1}) phải sau ngày chốt số liệu ({2}).</translation>
    </message>
    <message>
        <source>Kỳ {0} bắt đầu ({1}) trước khi kỳ {2} kết thúc ({3}): các quý không được chồng lên nhau.</source>
        <translation>Kỳ {0} bắt đầu ({1}) trước khi kỳ {2} kết thúc ({3}): các quý không được chồng lên nhau.</translation>
    </message>
    <message>
        <source>Kỳ {0} phải kết thúc sau kỳ {1}.</source>
        <translation>Kỳ {0} phải kết thúc sau kỳ {1}.</translation>
    </message>
    <message>
        <source>“{0}” không phải ngày/tháng. Hãy nhập như 15/12, thêm “năm trước” nếu là năm trước.</source>
        <translation>“{0}” không phải ngày/tháng. Hãy nhập như 15/12, thêm “năm trước” nếu là năm trước.</translation>
    </message>
    <message>
        <source>“{0}”: số ngày sau kỳ phải từ 1 đến 90, ví dụ +5.</source>
        <translation>“{0}”: số ngày sau kỳ phải từ 1 đến 90, ví dụ +5.</translation>
    </message>
    <message>
        <source>Trường “{0}” dài {1} ký tự, quá giới hạn {2}. Hãy rút gọn, hoặc đưa phần chi tiết vào Ghi chú.</source>
        <translation>Trường “{0}” dài {1} ký tự, quá giới hạn {2}. Hãy rút gọn, hoặc đưa phần chi tiết vào Ghi chú.</translation>
    </message>
    <message>
        <source>Chưa nhập “{0}”. Trường này là bắt buộc.</source>
        <translation>Chưa nhập “{0}”. Trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>Mã tiêu chí “{0}” không đúng dạng. Hãy nhập các số cách nhau bằng dấu chấm, ví dụ 2.2.1.</source>
        <translation>Mã tiêu chí “{0}” không đúng dạng. Hãy nhập các số cách nhau bằng dấu chấm, ví dụ 2.2.1.</translation>
    </message>
    <message>
        <source>Trạng thái “{0}” không hợp lệ. Dùng một trong: not_started, in_progress, done, dropped.</source>
        <translation>Trạng thái “{0}” không hợp lệ. Dùng một trong: not_started, in_progress, done, dropped.</translation>
    </message>
    <message>
        <source>Kiểu lặp lại “{0}” không hợp lệ.</source>
        <translation>Kiểu lặp lại “{0}” không hợp lệ.</translation>
    </message>
    <message>
        <source>Ngày hoàn thành ({0}) sau ngày hôm nay. Hãy nhập ngày đã hoàn thành thực tế.</source>
        <translation>Ngày hoàn thành ({0}) sau ngày hôm nay. Hãy nhập ngày đã hoàn thành thực tế.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do dừng thực hiện nhiệm vụ.</source>
        <translation>Hãy ghi lý do dừng thực hiện nhiệm vụ.</translation>
    </message>
    <message>
        <source>Số điện thoại “{0}” không hợp lệ. Chỉ dùng chữ số, dấu cách, dấu chấm hoặc dấu +.</source>
        <translation>Số điện thoại “{0}” không hợp lệ. Chỉ dùng chữ số, dấu cách, dấu chấm hoặc dấu +.</translation>
    </message>
    <message>
        <source>Năm kế hoạch “{0}” không hợp lệ. Hãy nhập năm có 4 chữ số, ví dụ 2024.</source>
        <translation>Năm kế hoạch “{0}” không hợp lệ. Hãy nhập năm có 4 chữ số, ví dụ 2024.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống.</source>
        <translation>Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống.</translation>
    </message>
    <message>
        <source>Báo cáo này đã được in bằng phông “{0}” nhưng máy này không có phông đó, nên không in lại được giống hệt. Hãy in trên máy có phông “{0}”, hoặc cài phông này rồi in lại.</source>
        <translation>Báo cáo này đã được in bằng phông “{0}” nhưng máy này không có phông đó, nên không in lại được giống hệt. Hãy in trên máy có phông “{0}”, hoặc cài phông này rồi in lại.</translation>
    </message>
    <message>
        <source>Chưa nhập thông tin của xã (tên xã, địa danh, người ký). Hãy mở Tệp → Thông tin của xã trước khi in.</source>
        <translation>Chưa nhập thông tin của xã (tên xã, địa danh, người ký). Hãy mở Tệp → Thông tin của xã trước khi in.</translation>
    </message>
    <message>
        <source>Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.</source>
        <translation>Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.</translation>
    </message>
    <message>
        <source>Không thấy thư mục “{0}”. Hãy cắm lại USB hoặc chọn thư mục khác.</source>
        <translation>Không thấy thư mục “{0}”. Hãy cắm lại USB hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Bản chụp dữ liệu không đạt kiểm tra ({0}); chưa sao lưu được.</source>
        <translation>Bản chụp dữ liệu không đạt kiểm tra ({0}); chưa sao lưu được.</translation>
    </message>
    <message>
        <source>USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Hãy xóa bớt tệp hoặc dùng USB khác. Không có tệp sao lưu dở dang nào được để lại.</source>
        <translation>USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Hãy xóa bớt tệp hoặc dùng USB khác. Không có tệp sao lưu dở dang nào được để lại.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{0}” ({1}): USB có thể đã bị rút. Hãy cắm lại và sao lưu lại.</source>
        <translation>Không ghi được vào “{0}” ({1}): USB có thể đã bị rút. Hãy cắm lại và sao lưu lại.</translation>
    </message>
    <message>
        <source>“{0}” không phải tệp sao lưu ParApp (không mở được như tệp nén).</source>
        <translation>“{0}” không phải tệp sao lưu ParApp (không mở được như tệp nén).</translation>
    </message>
    <message>
        <source>Tệp sao lưu bị từ chối: có thành phần “{0}” trỏ ra ngoài thư mục dữ liệu.</source>
        <translation>Tệp sao lưu bị từ chối: có thành phần “{0}” trỏ ra ngoài thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>Tệp sao lưu thiếu manifest.json nên không kiểm tra được; bị từ chối.</source>
        <translation>Tệp sao lưu thiếu manifest.json nên không kiểm tra được; bị từ chối.</translation>
    </message>
    <message>
        <source>manifest.json của tệp sao lưu bị hỏng; bị từ chối.</source>
        <translation>manifest.json của tệp sao lưu bị hỏng; bị từ chối.</translation>
    </message>
    <message>
        <source>Tệp sao lưu không có cơ sở dữ liệu (parapp.db); bị từ chối.</source>
        <translation>Tệp sao lưu không có cơ sở dữ liệu (parapp.db); bị từ chối.</translation>
    </message>
    <message>
        <source>Tệp sao lưu được tạo bởi phiên bản ParApp mới hơn (cấu trúc dữ liệu {0}, phiên bản này hiểu đến {1}). Hãy cập nhật ParApp rồi khôi phục.</source>
        <translation>Tệp sao lưu được tạo bởi phiên bản ParApp mới hơn (cấu trúc dữ liệu {0}, phiên bản này hiểu đến {1}). Hãy cập nhật ParApp rồi khôi phục.</translation>
    </message>
    <message>
        <source>Không thấy tệp sao lưu “{0}”.</source>
        <translation>Không thấy tệp sao lưu “{0}”.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có quá nhiều thành phần (hơn {0}); bị từ chối.</source>
        <translation>Tệp sao lưu có quá nhiều thành phần (hơn {0}); bị từ chối.</translation>
    </message>
    <message>
        <source>manifest.json của tệp sao lưu lớn bất thường; bị từ chối.</source>
        <translation>manifest.json của tệp sao lưu lớn bất thường; bị từ chối.</translation>
    </message>
    <message>
        <source>“parapp.db” trong tệp sao lưu không phải cơ sở dữ liệu; bị từ chối.</source>
        <translation>“parapp.db” trong tệp sao lưu không phải cơ sở dữ liệu; bị từ chối.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có hai thành phần cùng tên “{0}”; bị từ chối.</source>
        <translation>Tệp sao lưu có hai thành phần cùng tên “{0}”; bị từ chối.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần lạ “{0}” không ghi trong manifest; bị từ chối.</source>
        <translation>Tệp sao lưu có thành phần lạ “{0}” không ghi trong manifest; bị từ chối.</translation>
    </message>
    <message>
        <source>Tệp sao lưu thiếu “{0}”; bị từ chối.</source>
        <translation>Tệp sao lưu thiếu “{0}”; bị từ chối.</translation>
    </message>
    <message>
        <source>“{0}” trong tệp sao lưu không khớp mã kiểm tra (tệp bị sửa hoặc hỏng); bị từ chối.</source>
        <translation>“{0}” trong tệp sao lưu không khớp mã kiểm tra (tệp bị sửa hoặc hỏng); bị từ chối.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần được mã hóa “{0}”; bị từ chối.</source>
        <translation>Tệp sao lưu có thành phần được mã hóa “{0}”; bị từ chối.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần nén kiểu lạ “{0}”; bị từ chối.</source>
        <translation>Tệp sao lưu có thành phần nén kiểu lạ “{0}”; bị từ chối.</translation>
    </message>
    <message>
        <source>Thành phần “{0}” của tệp sao lưu lớn bất thường ({1} MB khi giải nén); bị từ chối, chưa ghi gì.</source>
        <translation>Thành phần “{0}” của tệp sao lưu lớn bất thường ({1} MB khi giải nén); bị từ chối, chưa ghi gì.</translation>
    </message>
    <message>
        <source>Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. Hãy chép tệp vào máy rồi mở lại.</source>
        <translation>Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. Hãy chép tệp vào máy rồi mở lại.</translation>
    </message>
    <message>
        <source>Thư mục “{0}” không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác.</source>
        <translation>Thư mục “{0}” không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{0}” (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ trong Tài liệu của bạn.</source>
        <translation>Không ghi được vào thư mục “{0}” (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ trong Tài liệu của bạn.</translation>
    </message>
    <message>
        <source>Tệp “{0}” không phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để tạo dữ liệu mới.</source>
        <translation>Tệp “{0}” không phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để tạo dữ liệu mới.</translation>
    </message>
    <message>
        <source>Tệp “{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản này chưa biết). Hãy cài phiên bản ParApp mới nhất; dữ liệu không bị thay đổi.</source>
        <translation>Tệp “{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản này chưa biết). Hãy cài phiên bản ParApp mới nhất; dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>Không mở được tệp dữ liệu “{0}”: {1}. Dữ liệu không bị thay đổi; hãy khôi phục từ bản sao lưu gần nhất.</source>
        <translation>Không mở được tệp dữ liệu “{0}”: {1}. Dữ liệu không bị thay đổi; hãy khôi phục từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>Không tìm thấy {0} số {1}.</source>
        <translation>Không tìm thấy {0} số {1}.</translation>
    </message>
    <message>
        <source>Không thấy tệp dữ liệu “{0}”. Hãy kiểm tra lại đường dẫn; dữ liệu mới chỉ được tạo khi mở cửa sổ ParApp lần đầu hoặc bằng lệnh parapp demo.</source>
        <translation>Không thấy tệp dữ liệu “{0}”. Hãy kiểm tra lại đường dẫn; dữ liệu mới chỉ được tạo khi mở cửa sổ ParApp lần đầu hoặc bằng lệnh parapp demo.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” đang được một chương trình khác ghi; chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đợi một lát rồi thử lại.</source>
        <translation>Tệp dữ liệu “{0}” đang được một chương trình khác ghi; chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đợi một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>ParApp khác đang ghi dữ liệu này ({0}); chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đợi việc đó xong (hoặc đóng cửa sổ ParApp) rồi chạy lại.</source>
        <translation>ParApp khác đang ghi dữ liệu này ({0}); chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đợi việc đó xong (hoặc đóng cửa sổ ParApp) rồi chạy lại.</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa “{0}” đã đầy nên chưa ghi được; dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi làm lại.</source>
        <translation>Ổ đĩa chứa “{0}” đã đầy nên chưa ghi được; dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi làm lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{0}”: {1}.</source>
        <translation>Không đọc được tệp “{0}”: {1}.</translation>
    </message>
    <message>
        <source>Không chép được tệp kiểm chứng vào thư mục dữ liệu: {0}. Hãy kiểm tra chỗ trống trên ổ đĩa.</source>
        <translation>Không chép được tệp kiểm chứng vào thư mục dữ liệu: {0}. Hãy kiểm tra chỗ trống trên ổ đĩa.</translation>
    </message>
    <message>
        <source>cán bộ</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>Hãy bật ít nhất một kỳ báo cáo.</source>
        <translation>Hãy bật ít nhất một kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Không có mẫu lịch báo cáo “{0}”.</source>
        <translation>Không có mẫu lịch báo cáo “{0}”.</translation>
    </message>
    <message>
        <source>Lịch báo cáo hiện tại không có kỳ “{0}” cho năm {1}. Hãy bật kỳ này trong Cài đặt → Lịch báo cáo.</source>
        <translation>Lịch báo cáo hiện tại không có kỳ “{0}” cho năm {1}. Hãy bật kỳ này trong Cài đặt → Lịch báo cáo.</translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>Báo cáo này đã chốt nên không sửa được nữa. Hãy tạo bản nháp mới từ nó nếu cần thay đổi.</source>
        <translation>Báo cáo này đã chốt nên không sửa được nữa. Hãy tạo bản nháp mới từ nó nếu cần thay đổi.</translation>
    </message>
    <message>
        <source>báo cáo</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>Chỉ báo cáo đã chốt mới được đánh dấu đã gửi. Hãy chốt báo cáo trước.</source>
        <translation>Chỉ báo cáo đã chốt mới được đánh dấu đã gửi. Hãy chốt báo cáo trước.</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>lĩnh vực</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>nhiệm vụ</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <source>Nội dung tiến độ đang trống. Hãy ghi kết quả hoặc việc đã làm.</source>
        <translation>Nội dung tiến độ đang trống. Hãy ghi kết quả hoặc việc đã làm.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng: {0}. Hãy khôi phục từ bản sao lưu gần nhất.</source>
        <translation>Cơ sở dữ liệu bị hỏng: {0}. Hãy khôi phục từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>Cấu trúc dữ liệu khác với của ParApp: {0}.</source>
        <translation>Cấu trúc dữ liệu khác với của ParApp: {0}.</translation>
    </message>
    <message>
        <source>Báo cáo: {0}.</source>
        <translation>Báo cáo: {0}.</translation>
    </message>
    <message>
        <source>Thiếu tệp kiểm chứng “{0}” của nhiệm vụ {1}.</source>
        <translation>Thiếu tệp kiểm chứng “{0}” của nhiệm vụ {1}.</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” đã bị thay đổi hoặc hỏng.</source>
        <translation>Tệp kiểm chứng “{0}” đã bị thay đổi hoặc hỏng.</translation>
    </message>
    <message>
        <source>“{0}” không phải tệp dữ liệu ParApp nên không bị ghi đè. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để khôi phục vào.</source>
        <translation>“{0}” không phải tệp dữ liệu ParApp nên không bị ghi đè. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để khôi phục vào.</translation>
    </message>
    <message>
        <source>Không đủ chỗ trống để khôi phục vào “{0}”: cần khoảng {1} MB, còn {2} MB. Hãy xóa bớt tệp trên ổ đĩa đó rồi khôi phục lại; chưa ghi gì.</source>
        <translation>Không đủ chỗ trống để khôi phục vào “{0}”: cần khoảng {1} MB, còn {2} MB. Hãy xóa bớt tệp trên ổ đĩa đó rồi khôi phục lại; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu được khôi phục không phải dữ liệu ParApp nguyên vẹn ({0}); bị từ chối, dữ liệu hiện tại không bị thay đổi.</source>
        <translation>Cơ sở dữ liệu được khôi phục không phải dữ liệu ParApp nguyên vẹn ({0}); bị từ chối, dữ liệu hiện tại không bị thay đổi.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{0}” ({1}); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</source>
        <translation>Không ghi được vào “{0}” ({1}); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần lạ “{0}” mà cơ sở dữ liệu không dùng; bị từ chối.</source>
        <translation>Tệp sao lưu có thành phần lạ “{0}” mà cơ sở dữ liệu không dùng; bị từ chối.</translation>
    </message>
    <message>
        <source>“{0}” trong tệp sao lưu không khớp kích thước cơ sở dữ liệu ghi; bị từ chối.</source>
        <translation>“{0}” trong tệp sao lưu không khớp kích thước cơ sở dữ liệu ghi; bị từ chối.</translation>
    </message>
    <message>
        <source>bản ghi nâng cấp không theo thứ tự của ParApp</source>
        <translation>bản ghi nâng cấp không theo thứ tự của ParApp</translation>
    </message>
    <message>
        <source>có {0} lạ “{1}” mà ParApp không tạo</source>
        <translation>có {0} lạ “{1}” mà ParApp không tạo</translation>
    </message>
    <message>
        <source>“{0}” là {1} thay vì {2}</source>
        <translation>“{0}” là {1} thay vì {2}</translation>
    </message>
    <message>
        <source>{0} “{1}” khác với của ParApp{2}</source>
        <translation>{0} “{1}” khác với của ParApp{2}</translation>
    </message>
    <message>
        <source>thiếu {0} “{1}”</source>
        <translation>thiếu {0} “{1}”</translation>
    </message>
    <message>
        <source>bảng</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>chỉ mục</source>
        <translation>chỉ mục</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>khung nhìn (view)</source>
        <translation>khung nhìn (view)</translation>
    </message>
    <message>
        <source>thừa cột {0}</source>
        <translation>thừa cột {0}</translation>
    </message>
    <message>
        <source>thiếu cột {0}</source>
        <translation>thiếu cột {0}</translation>
    </message>
    <message>
        <source>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1})</source>
        <translation>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1})</translation>
    </message>
    <message>
        <source>báo cáo đã chốt số {0} ({1} năm {2}) không còn khớp mã băm lúc chốt: nội dung đã bị sửa ngoài ParApp</source>
        <translation>báo cáo đã chốt số {0} ({1} năm {2}) không còn khớp mã băm lúc chốt: nội dung đã bị sửa ngoài ParApp</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu có cấu trúc số {0} nhưng manifest ghi {1}</source>
        <translation>cơ sở dữ liệu có cấu trúc số {0} nhưng manifest ghi {1}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Trích yếu kế hoạch</source>
        <translation>Trích yếu kế hoạch</translation>
    </message>
    <message>
        <source>Tên xã</source>
        <translation>Tên xã</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Không đọc được ngày từ thời hạn “{0}”: hãy đặt hạn hoàn thành.</source>
        <translation>Không đọc được ngày từ thời hạn “{0}”: hãy đặt hạn hoàn thành.</translation>
    </message>
    <message>
        <source>Chưa có thời hạn: hãy đặt hạn hoàn thành.</source>
        <translation>Chưa có thời hạn: hãy đặt hạn hoàn thành.</translation>
    </message>
    <message>
        <source>Chưa xác định được lĩnh vực: hãy chọn lĩnh vực.</source>
        <translation>Chưa xác định được lĩnh vực: hãy chọn lĩnh vực.</translation>
    </message>
    <message>
        <source>Nội dung quá dài (hơn 20.000 ký tự): hãy rút gọn.</source>
        <translation>Nội dung quá dài (hơn 20.000 ký tự): hãy rút gọn.</translation>
    </message>
    <message>
        <source>Có bảng nhưng không nhận ra dòng tiêu đề (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Hãy sao chép cả dòng tiêu đề của bảng.</source>
        <translation>Có bảng nhưng không nhận ra dòng tiêu đề (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Hãy sao chép cả dòng tiêu đề của bảng.</translation>
    </message>
    <message>
        <source>Không nhận ra bảng phân công hay danh sách nhiệm vụ nào. Hãy sao chép bảng (kèm dòng tiêu đề) hoặc phần nhiệm vụ có tiêu đề lĩnh vực và gạch đầu dòng.</source>
        <translation>Không nhận ra bảng phân công hay danh sách nhiệm vụ nào. Hãy sao chép bảng (kèm dòng tiêu đề) hoặc phần nhiệm vụ có tiêu đề lĩnh vực và gạch đầu dòng.</translation>
    </message>
    <message>
        <source>Văn bản dùng bảng mã cũ TCVN3 (ABC, phông .VnTime): đã chuyển sang Unicode. Hãy kiểm tra lại chữ trong bản xem trước.</source>
        <translation>Văn bản dùng bảng mã cũ TCVN3 (ABC, phông .VnTime): đã chuyển sang Unicode. Hãy kiểm tra lại chữ trong bản xem trước.</translation>
    </message>
    <message>
        <source>Văn bản dùng bảng mã cũ VNI (phông VNI-Times): đã chuyển sang Unicode. Hãy kiểm tra lại chữ trong bản xem trước.</source>
        <translation>Văn bản dùng bảng mã cũ VNI (phông VNI-Times): đã chuyển sang Unicode. Hãy kiểm tra lại chữ trong bản xem trước.</translation>
    </message>
    <message>
        <source>Không có gì để nhập: khung dán đang trống.</source>
        <translation>Không có gì để nhập: khung dán đang trống.</translation>
    </message>
    <message>
        <source>Trong tệp Excel không có bảng nào có dòng tiêu đề nhận ra được (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…).</source>
        <translation>Trong tệp Excel không có bảng nào có dòng tiêu đề nhận ra được (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…).</translation>
    </message>
    <message>
        <source>Tệp PDF chưa nhập trực tiếp được. Hãy mở PDF, sao chép bảng hoặc danh sách nhiệm vụ rồi dán vào ParApp.</source>
        <translation>Tệp PDF chưa nhập trực tiếp được. Hãy mở PDF, sao chép bảng hoặc danh sách nhiệm vụ rồi dán vào ParApp.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{0}”: {1}.</source>
        <translation>Không đọc được tệp “{0}”: {1}.</translation>
    </message>
    <message>
        <source>Tệp trống: không có gì để nhập.</source>
        <translation>Tệp trống: không có gì để nhập.</translation>
    </message>
    <message>
        <source>Tệp này không phải văn bản (có thể là tệp nhị phân hoặc ảnh). Hãy chọn tệp .docx, .xlsx, .csv, .txt, hoặc sao chép bảng từ Word rồi dán.</source>
        <translation>Tệp này không phải văn bản (có thể là tệp nhị phân hoặc ảnh). Hãy chọn tệp .docx, .xlsx, .csv, .txt, hoặc sao chép bảng từ Word rồi dán.</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một kế hoạch (ParApp nhập tệp đến {0} MB). Hãy chọn đúng tệp kế hoạch, hoặc chép riêng bảng phân công nhiệm vụ ra tệp mới rồi nhập.</source>
        <translation>Tệp quá lớn để là một kế hoạch (ParApp nhập tệp đến {0} MB). Hãy chọn đúng tệp kế hoạch, hoặc chép riêng bảng phân công nhiệm vụ ra tệp mới rồi nhập.</translation>
    </message>
    <message>
        <source>Nội dung dán vào quá lớn để là một kế hoạch (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng phân công nhiệm vụ.</source>
        <translation>Nội dung dán vào quá lớn để là một kế hoạch (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng phân công nhiệm vụ.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn tệp kế hoạch .docx, .xlsx, .csv hoặc .txt.</source>
        <translation>“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn tệp kế hoạch .docx, .xlsx, .csv hoặc .txt.</translation>
    </message>
    <message>
        <source>Không đọc được bảng: {0}.</source>
        <translation>Không đọc được bảng: {0}.</translation>
    </message>
    <message>
        <source>Không mở được tệp Excel: {0}.</source>
        <translation>Không mở được tệp Excel: {0}.</translation>
    </message>
    <message>
        <source>Không mở được tệp Word: {0}.</source>
        <translation>Không mở được tệp Word: {0}.</translation>
    </message>
    <message>
        <source>Dòng không có nội dung nhiệm vụ nên không nhập được.</source>
        <translation>Dòng không có nội dung nhiệm vụ nên không nhập được.</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Mã TCTP</source>
        <translation>Mã TCTP</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Nguyên nhân</translation>
    </message>
    <message>
        <source>Giải pháp</source>
        <translation>Giải pháp</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Nội dung nhiệm vụ</source>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Thời hạn (văn bản)</source>
        <translation>Thời hạn (văn bản)</translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Trùng với nhiệm vụ đã có (số {0}).</source>
        <translation>Trùng với nhiệm vụ đã có (số {0}).</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Không đọc được ngày từ thời hạn này.</source>
        <translation>Không đọc được ngày từ thời hạn này.</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>cửa sổ ParApp đang mở</source>
        <translation>cửa sổ ParApp đang mở</translation>
    </message>
    <message>
        <source>nhập kế hoạch</source>
        <translation>nhập kế hoạch</translation>
    </message>
    <message>
        <source>khôi phục dữ liệu</source>
        <translation>khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>chốt báo cáo</source>
        <translation>chốt báo cáo</translation>
    </message>
    <message>
        <source>lưu bản nháp báo cáo</source>
        <translation>lưu bản nháp báo cáo</translation>
    </message>
    <message>
        <source>tạo xã mẫu</source>
        <translation>tạo xã mẫu</translation>
    </message>
    <message>
        <source>nâng cấp dữ liệu</source>
        <translation>nâng cấp dữ liệu</translation>
    </message>
    <message>
        <source>ghi phông chữ của báo cáo đã chốt</source>
        <translation>ghi phông chữ của báo cáo đã chốt</translation>
    </message>
    <message>
        <source>ghi dữ liệu</source>
        <translation>ghi dữ liệu</translation>
    </message>
</context>
<context>
    <name>log</name>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Ghi chép tiến độ</source>
        <translation>Ghi chép tiến độ</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng</source>
        <translation>Tệp kiểm chứng</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>nội dung</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>trạng thái</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>hạn</source>
        <translation>hạn</translation>
    </message>
    <message>
        <source>thời hạn</source>
        <translation>thời hạn</translation>
    </message>
    <message>
        <source>người chủ trì</source>
        <translation>người chủ trì</translation>
    </message>
    <message>
        <source>chủ trì (văn bản)</source>
        <translation>chủ trì (văn bản)</translation>
    </message>
    <message>
        <source>ngày hoàn thành</source>
        <translation>ngày hoàn thành</translation>
    </message>
    <message>
        <source>lý do chậm</source>
        <translation>lý do chậm</translation>
    </message>
    <message>
        <source>nội dung ghi chép</source>
        <translation>nội dung ghi chép</translation>
    </message>
    <message>
        <source>họ tên</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <source>đang công tác</source>
        <translation>đang công tác</translation>
    </message>
    <message>
        <source>tình trạng</source>
        <translation>tình trạng</translation>
    </message>
    <message>
        <source>trích yếu</source>
        <translation>trích yếu</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>mã tiêu chí</source>
        <translation>mã tiêu chí</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>Quý I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Từ ngày 15 đến ngày 14 (Bộ Nội vụ; nhiều tỉnh áp dụng)</source>
        <translation>Từ ngày 15 đến ngày 14 (Bộ Nội vụ; nhiều tỉnh áp dụng)</translation>
    </message>
    <message>
        <source>Theo quý dương lịch, hạn 5 ngày sau kỳ</source>
        <translation>Theo quý dương lịch, hạn 5 ngày sau kỳ</translation>
    </message>
    <message>
        <source>Từ ngày 11 đến ngày 10, hạn ngày 11 (như huyện Trần Đề 2024)</source>
        <translation>Từ ngày 11 đến ngày 10, hạn ngày 11 (như huyện Trần Đề 2024)</translation>
    </message>
    <message>
        <source>Hạn 15/3, 15/6, 15/9, 01/11 (như xã Ba Giang 2023)</source>
        <translation>Hạn 15/3, 15/6, 15/9, 01/11 (như xã Ba Giang 2023)</translation>
    </message>
    <message>
        <source>Kỳ {0}: giữa ngày chốt số liệu và hạn gửi không có ngày làm việc nào (quy định chung cần ít nhất 1 ngày).</source>
        <translation>Kỳ {0}: giữa ngày chốt số liệu và hạn gửi không có ngày làm việc nào (quy định chung cần ít nhất 1 ngày).</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Hệ thống quản lý văn bản và điều hành</source>
        <translation>Hệ thống quản lý văn bản và điều hành</translation>
    </message>
    <message>
        <source>Hệ thống thông tin báo cáo của tỉnh</source>
        <translation>Hệ thống thông tin báo cáo của tỉnh</translation>
    </message>
    <message>
        <source>Thư điện tử công vụ</source>
        <translation>Thư điện tử công vụ</translation>
    </message>
    <message>
        <source>Gửi bản giấy qua bưu điện</source>
        <translation>Gửi bản giấy qua bưu điện</translation>
    </message>
    <message>
        <source>Gửi trực tiếp</source>
        <translation>Gửi trực tiếp</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Dừng thực hiện</source>
        <translation>Dừng thực hiện</translation>
    </message>
    <message>
        <source>Không lặp lại</source>
        <translation>Không lặp lại</translation>
    </message>
    <message>
        <source>Hằng năm</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Hằng quý</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>Hằng tháng</source>
        <translation>Hằng tháng</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Nội dung nhiệm vụ</source>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Mã TCTP</source>
        <translation>Mã TCTP</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Chưa có hạn</source>
        <translation>Chưa có hạn</translation>
    </message>
    <message>
        <source>Quá hạn {0} ngày</source>
        <translation>Quá hạn {0} ngày</translation>
    </message>
    <message>
        <source>Hoàn thành {0}</source>
        <translation>Hoàn thành {0}</translation>
    </message>
    <message>
        <source>Thời hạn ghi trong kế hoạch: {0}</source>
        <translation>Thời hạn ghi trong kế hoạch: {0}</translation>
    </message>
    <message>
        <source>Phối hợp: {0}</source>
        <translation>Phối hợp: {0}</translation>
    </message>
</context>
</TS>

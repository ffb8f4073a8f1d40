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
        <source>Tệp này là bản hỏng ParApp đã giữ lại khi khôi phục “{0}”; dữ liệu đang dùng là “{0}”, không cần khôi phục vào tệp này. Hãy mở ParApp với tệp đó: parapp --db {1}</source>
        <translation>Tệp này là bản hỏng ParApp đã giữ lại khi khôi phục “{0}”; dữ liệu đang dùng là “{0}”, không cần khôi phục vào tệp này. Hãy mở ParApp với tệp đó: parapp --db {1}</translation>
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
        <source>Chưa có bản sao lưu tự động</source>
        <translation>Chưa có bản sao lưu tự động</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>ParApp {0}
Theo dõi nhiệm vụ cải cách hành chính của UBND xã.

Dữ liệu: {1}
Nhật ký lỗi: {2}

ParApp không kết nối mạng; dữ liệu chỉ nằm trên máy này (và các bản sao lưu).</source>
        <translation>ParApp {0}
Theo dõi nhiệm vụ cải cách hành chính của UBND xã.

Dữ liệu: {1}
Nhật ký lỗi: {2}

ParApp không kết nối mạng; dữ liệu chỉ nằm trên máy này (và các bản sao lưu).</translation>
    </message>
    <message>
        <source>(không ghi được)</source>
        <translation>(không ghi được)</translation>
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
        <source>cán bộ đã xóa</source>
        <translation>cán bộ đã xóa</translation>
    </message>
    <message>
        <source>kế hoạch đã xóa</source>
        <translation>kế hoạch đã xóa</translation>
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
        <source>Chủ tịch ký</source>
        <translation>Chủ tịch ký</translation>
    </message>
    <message>
        <source>{0} ký thay</source>
        <translation>{0} ký thay</translation>
    </message>
    <message>
        <source>chỉ ở việc chậm, quá hạn</source>
        <translation>chỉ ở việc chậm, quá hạn</translation>
    </message>
    <message>
        <source>luôn nêu</source>
        <translation>luôn nêu</translation>
    </message>
    <message>
        <source>không nêu</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>hệ thống quản lý văn bản cấp</source>
        <translation>hệ thống quản lý văn bản cấp</translation>
    </message>
    <message>
        <source>văn thư cấp khi chốt</source>
        <translation>văn thư cấp khi chốt</translation>
    </message>
    <message>
        <source>nhiệm vụ đã xóa</source>
        <translation>nhiệm vụ đã xóa</translation>
    </message>
    <message>
        <source>nhiệm vụ {0}: {1}</source>
        <translation>nhiệm vụ {0}: {1}</translation>
    </message>
    <message>
        <source>nhiệm vụ: {0}</source>
        <translation>nhiệm vụ: {0}</translation>
    </message>
    <message>
        <source>Bộ tiêu chí Chỉ số CCHC năm {0}</source>
        <translation>Bộ tiêu chí Chỉ số CCHC năm {0}</translation>
    </message>
    <message>
        <source>Tiêu chí {0} (năm {1})</source>
        <translation>Tiêu chí {0} (năm {1})</translation>
    </message>
    <message>
        <source>Tài liệu “{0}” của tiêu chí {1}</source>
        <translation>Tài liệu “{0}” của tiêu chí {1}</translation>
    </message>
    <message>
        <source>tiêu đề</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>phần mở đầu</source>
        <translation>phần mở đầu</translation>
    </message>
    <message>
        <source>sửa {0}</source>
        <translation>sửa {0}</translation>
    </message>
    <message>
        <source>sửa</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>Từ tệp “{0}”</source>
        <translation>Từ tệp “{0}”</translation>
    </message>
    <message>
        <source>bản sao lưu lập lúc {0}</source>
        <translation>bản sao lưu lập lúc {0}</translation>
    </message>
    <message>
        <source>dữ liệu trước khi khôi phục được giữ ở “{0}”</source>
        <translation>dữ liệu trước khi khôi phục được giữ ở “{0}”</translation>
    </message>
    <message>
        <source>nhật ký thay đổi, dòng {0}</source>
        <translation>nhật ký thay đổi, dòng {0}</translation>
    </message>
    <message>
        <source>{0}, dòng {1}, “{2}”</source>
        <translation>{0}, dòng {1}, “{2}”</translation>
    </message>
    <message>
        <source>{0} chỗ: {1}</source>
        <translation>{0} chỗ: {1}</translation>
    </message>
    <message>
        <source>dữ liệu trước khi sửa được giữ ở “{0}”</source>
        <translation>dữ liệu trước khi sửa được giữ ở “{0}”</translation>
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
        <source>Bản sao lưu thiếu tệp kiểm chứng</source>
        <translation>Bản sao lưu thiếu tệp kiểm chứng</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Đã sao lưu</translation>
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
        <source>trước khi xóa bộ tiêu chí</source>
        <translation>trước khi xóa bộ tiêu chí</translation>
    </message>
    <message>
        <source>trước khi thay bộ tiêu chí</source>
        <translation>trước khi thay bộ tiêu chí</translation>
    </message>
    <message>
        <source>trước khi sửa chữ hỏng</source>
        <translation>trước khi sửa chữ hỏng</translation>
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
        <source>Hãy chọn một bản trong danh sách các bản sao lưu tự động.</source>
        <translation>Hãy chọn một bản trong danh sách các bản sao lưu tự động.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu tự động nào trong thư mục dữ liệu. Hãy khôi phục “Từ tệp sao lưu (.parapp-backup)…” trên USB hoặc máy khác.</source>
        <translation>Chưa có bản sao lưu tự động nào trong thư mục dữ liệu. Hãy khôi phục “Từ tệp sao lưu (.parapp-backup)…” trên USB hoặc máy khác.</translation>
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
        <source>Tệp sao lưu ParApp (*.parapp-backup *.zip)</source>
        <translation>Tệp sao lưu ParApp (*.parapp-backup *.zip)</translation>
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
        <source>Tệp này là dữ liệu của “{0}”, không phải của “{1}” đang mở: khôi phục sẽ thay toàn bộ dữ liệu của “{1}” bằng dữ liệu của xã kia. </source>
        <translation>Tệp này là dữ liệu của “{0}”, không phải của “{1}” đang mở: khôi phục sẽ thay toàn bộ dữ liệu của “{1}” bằng dữ liệu của xã kia. </translation>
    </message>
    <message>
        <source>Dữ liệu đang mở có thay đổi đến {0}, sau lúc tạo tệp sao lưu này: khôi phục sẽ thay các thay đổi đó bằng dữ liệu cũ hơn (chúng chỉ còn trong bản sao lưu tự động “trước khi khôi phục”). </source>
        <translation>Dữ liệu đang mở có thay đổi đến {0}, sau lúc tạo tệp sao lưu này: khôi phục sẽ thay các thay đổi đó bằng dữ liệu cũ hơn (chúng chỉ còn trong bản sao lưu tự động “trước khi khôi phục”). </translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Đang khôi phục dữ liệu…</translation>
    </message>
    <message>
        <source>Đã khôi phục, thiếu tệp kiểm chứng</source>
        <translation>Đã khôi phục, thiếu tệp kiểm chứng</translation>
    </message>
    <message>
        <source>Đã khôi phục xong dữ liệu về lúc {0}. Dữ liệu trước khi khôi phục bị hỏng nên không sao lưu tự động được; tệp đó được giữ nguyên, không bị xóa, với tên “{1}” trong thư mục “{2}”.</source>
        <translation>Đã khôi phục xong dữ liệu về lúc {0}. Dữ liệu trước khi khôi phục bị hỏng nên không sao lưu tự động được; tệp đó được giữ nguyên, không bị xóa, với tên “{1}” trong thư mục “{2}”.</translation>
    </message>
    <message>
        <source>Đã khôi phục xong dữ liệu về lúc {0}. Dữ liệu trước khi khôi phục vẫn được giữ trong các bản sao lưu tự động (Tệp → Khôi phục…, lý do “trước khi khôi phục”).</source>
        <translation>Đã khôi phục xong dữ liệu về lúc {0}. Dữ liệu trước khi khôi phục vẫn được giữ trong các bản sao lưu tự động (Tệp → Khôi phục…, lý do “trước khi khôi phục”).</translation>
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
        <source>Nhập biểu thống kê hồ sơ thủ tục hành chính</source>
        <translation>Nhập biểu thống kê hồ sơ thủ tục hành chính</translation>
    </message>
    <message>
        <source>Dán bảng vừa sao chép</source>
        <translation>Dán bảng vừa sao chép</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Số liệu của kỳ</source>
        <translation>Số liệu của kỳ</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Chưa có bảng nào.</source>
        <translation>Chưa có bảng nào.</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Tiêu đề trong bảng</source>
        <translation>Tiêu đề trong bảng</translation>
    </message>
    <message>
        <source>Hiểu là</source>
        <translation>Hiểu là</translation>
    </message>
    <message>
        <source>Xuất biểu thống kê tình hình giải quyết hồ sơ của kỳ (Biểu 06) từ Hệ thống thông tin giải quyết thủ tục hành chính (Excel, Word, HTML hoặc CSV), rồi chọn tệp; hoặc sao chép cả bảng (kèm các dòng tiêu đề) và bấm Dán.</source>
        <translation>Xuất biểu thống kê tình hình giải quyết hồ sơ của kỳ (Biểu 06) từ Hệ thống thông tin giải quyết thủ tục hành chính (Excel, Word, HTML hoặc CSV), rồi chọn tệp; hoặc sao chép cả bảng (kèm các dòng tiêu đề) và bấm Dán.</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Trong bảng</source>
        <translation>Trong bảng</translation>
    </message>
    <message>
        <source>Đang có</source>
        <translation>Đang có</translation>
    </message>
    <message>
        <source>Các cột của bảng: chọn lại nghĩa nếu cần</source>
        <translation>Các cột của bảng: chọn lại nghĩa nếu cần</translation>
    </message>
    <message>
        <source>Số liệu sẽ lưu</source>
        <translation>Số liệu sẽ lưu</translation>
    </message>
    <message>
        <source>Lưu số liệu</source>
        <translation>Lưu số liệu</translation>
    </message>
    <message>
        <source>Chọn biểu thống kê</source>
        <translation>Chọn biểu thống kê</translation>
    </message>
    <message>
        <source>Biểu thống kê (*.xlsx *.xls *.docx *.csv *.tsv *.txt *.html *.htm);;Mọi tệp (*)</source>
        <translation>Biểu thống kê (*.xlsx *.xls *.docx *.csv *.tsv *.txt *.html *.htm);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Bỏ qua (không lấy)</source>
        <translation>Bỏ qua (không lấy)</translation>
    </message>
    <message>
        <source>Chưa hiểu: hãy chọn</source>
        <translation>Chưa hiểu: hãy chọn</translation>
    </message>
    <message>
        <source>Tệp không ghi kỳ báo cáo: hãy chọn kỳ và năm.</source>
        <translation>Tệp không ghi kỳ báo cáo: hãy chọn kỳ và năm.</translation>
    </message>
    <message>
        <source>Tệp ghi hai kỳ khác nhau: hãy chọn kỳ và năm của số liệu ở trên rồi lưu.</source>
        <translation>Tệp ghi hai kỳ khác nhau: hãy chọn kỳ và năm của số liệu ở trên rồi lưu.</translation>
    </message>
    <message>
        <source>Tệp ghi kỳ báo cáo “{0}”: số liệu của {1} năm {2}.</source>
        <translation>Tệp ghi kỳ báo cáo “{0}”: số liệu của {1} năm {2}.</translation>
    </message>
    <message>
        <source>Tệp ghi kỳ báo cáo “{0}”.</source>
        <translation>Tệp ghi kỳ báo cáo “{0}”.</translation>
    </message>
    <message>
        <source>Cột chưa hiểu (không lấy, trừ khi chọn nghĩa cho nó): {0}.</source>
        <translation>Cột chưa hiểu (không lấy, trừ khi chọn nghĩa cho nó): {0}.</translation>
    </message>
    <message>
        <source>bảng vừa dán</source>
        <translation>bảng vừa dán</translation>
    </message>
    <message>
        <source>Đọc từ {0}: {1}</source>
        <translation>Đọc từ {0}: {1}</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu của tỉnh</source>
        <translation>Thêm chỉ tiêu của tỉnh</translation>
    </message>
    <message>
        <source>ví dụ: tinh.ho_so_lien_thong</source>
        <translation>ví dụ: tinh.ho_so_lien_thong</translation>
    </message>
    <message>
        <source>ví dụ: hồ sơ</source>
        <translation>ví dụ: hồ sơ</translation>
    </message>
    <message>
        <source>Cộng dồn qua các kỳ (số hồ sơ, văn bản…)</source>
        <translation>Cộng dồn qua các kỳ (số hồ sơ, văn bản…)</translation>
    </message>
    <message>
        <source>Đọc ở cuối kỳ (số đang tồn tại)</source>
        <translation>Đọc ở cuối kỳ (số đang tồn tại)</translation>
    </message>
    <message>
        <source>Đọc ở đầu kỳ (số chuyển sang)</source>
        <translation>Đọc ở đầu kỳ (số chuyển sang)</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu *</source>
        <translation>Tên chỉ tiêu *</translation>
    </message>
    <message>
        <source>Mã *</source>
        <translation>Mã *</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Cách cộng</source>
        <translation>Cách cộng</translation>
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
        <source>Ngày ban hành của kế hoạch: {0}</source>
        <translation>Ngày ban hành của kế hoạch: {0}</translation>
    </message>
    <message>
        <source>Đang nhập nhiệm vụ…</source>
        <translation>Đang nhập nhiệm vụ…</translation>
    </message>
    <message>
        <source>Không đọc được</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <source>Sao chép bảng phân công (kèm dòng tiêu đề) hoặc phần nhiệm vụ trong Word/Excel rồi bấm Dán; hoặc chọn tệp .docx, .xlsx, .csv, .txt, .html (kể cả .htm, và tệp .xls dạng trang web mà phần mềm khác xuất ra).</source>
        <translation>Sao chép bảng phân công (kèm dòng tiêu đề) hoặc phần nhiệm vụ trong Word/Excel rồi bấm Dán; hoặc chọn tệp .docx, .xlsx, .csv, .txt, .html (kể cả .htm, và tệp .xls dạng trang web mà phần mềm khác xuất ra).</translation>
    </message>
    <message>
        <source>ví dụ 12/KH-UBND</source>
        <translation>ví dụ 12/KH-UBND</translation>
    </message>
    <message>
        <source>Kế hoạch (*.docx *.xlsx *.csv *.txt *.tsv *.htm *.html *.xls);;Mọi tệp (*)</source>
        <translation>Kế hoạch (*.docx *.xlsx *.csv *.txt *.tsv *.htm *.html *.xls);;Mọi tệp (*)</translation>
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
        <source>Đóng bản xem trước</source>
        <translation>Đóng bản xem trước</translation>
    </message>
    <message>
        <source>Bạn đã sửa {0} ô trong bản xem trước; đóng lại sẽ bỏ các sửa đó và chưa nhập gì. Vẫn đóng?</source>
        <translation>Bạn đã sửa {0} ô trong bản xem trước; đóng lại sẽ bỏ các sửa đó và chưa nhập gì. Vẫn đóng?</translation>
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
        <source>Số liệu</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Chỉ số CCHC</source>
        <translation>Chỉ số CCHC</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa dữ liệu đã đầy nên dữ liệu đang mở ở chế độ CHỈ ĐỌC. Có thể xem và in, nhưng không sửa được. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi mở lại ParApp.</source>
        <translation>Ổ đĩa chứa dữ liệu đã đầy nên dữ liệu đang mở ở chế độ CHỈ ĐỌC. Có thể xem và in, nhưng không sửa được. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi mở lại ParApp.</translation>
    </message>
    <message>
        <source>Xem trước và in trang này…</source>
        <translation>Xem trước và in trang này…</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Ai đang làm việc trên máy này: Nhật ký ghi tên người này cho mọi thay đổi</source>
        <translation>Ai đang làm việc trên máy này: Nhật ký ghi tên người này cho mọi thay đổi</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: một tài khoản khác trên máy này đang giữ dữ liệu này (ParApp của tài khoản đó đang mở, hoặc đã tắt đột ngột và để lại tệp khóa “{0}” mà tài khoản này không mở được). Có thể xem và in, nhưng không sửa được. Hãy đóng ParApp ở tài khoản kia rồi mở lại; nếu vẫn vậy, nhờ người đã tạo dữ liệu hoặc người quản trị máy xóa tệp khóa đó.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: một tài khoản khác trên máy này đang giữ dữ liệu này (ParApp của tài khoản đó đang mở, hoặc đã tắt đột ngột và để lại tệp khóa “{0}” mà tài khoản này không mở được). Có thể xem và in, nhưng không sửa được. Hãy đóng ParApp ở tài khoản kia rồi mở lại; nếu vẫn vậy, nhờ người đã tạo dữ liệu hoặc người quản trị máy xóa tệp khóa đó.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: bên cạnh tệp dữ liệu có thư mục “{0}” ở đúng chỗ tệp khóa của ParApp. Có thể xem và in, nhưng không sửa được. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại ParApp.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: bên cạnh tệp dữ liệu có thư mục “{0}” ở đúng chỗ tệp khóa của ParApp. Có thể xem và in, nhưng không sửa được. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại ParApp.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp dữ liệu còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al”), ghi vào là ghi luôn vào tệp kia. Có thể xem và in. Hãy chép tệp thành một bản riêng (chép thường) rồi mở bản chép.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp dữ liệu còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al”), ghi vào là ghi luôn vào tệp kia. Có thể xem và in. Hãy chép tệp thành một bản riêng (chép thường) rồi mở bản chép.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: đây là một bản sao lưu tự động (thư mục backups/auto), giữ để quay lại khi cần, nên không ghi gì vào đó. Có thể xem và in. Muốn dùng lại dữ liệu này, hãy mở dữ liệu đang dùng rồi khôi phục bản này (Tệp → Khôi phục…).</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: đây là một bản sao lưu tự động (thư mục backups/auto), giữ để quay lại khi cần, nên không ghi gì vào đó. Có thể xem và in. Muốn dùng lại dữ liệu này, hãy mở dữ liệu đang dùng rồi khôi phục bản này (Tệp → Khôi phục…).</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp “{0}” bên cạnh tệp dữ liệu bị đánh dấu chỉ đọc (thường do chép cùng dữ liệu từ đĩa CD). Có thể xem và in, nhưng không sửa được. Hãy bỏ đánh dấu chỉ đọc của tệp đó (và của các tệp parapp.db khác bên cạnh nếu có), rồi mở lại ParApp.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp “{0}” bên cạnh tệp dữ liệu bị đánh dấu chỉ đọc (thường do chép cùng dữ liệu từ đĩa CD). Có thể xem và in, nhưng không sửa được. Hãy bỏ đánh dấu chỉ đọc của tệp đó (và của các tệp parapp.db khác bên cạnh nếu có), rồi mở lại ParApp.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: bên cạnh tệp dữ liệu có “{0}” của một tài khoản khác trên máy này (ParApp của tài khoản đó đang mở dữ liệu, hoặc đã bị tắt đột ngột). Có thể xem và in, nhưng không sửa được. Hãy đóng ParApp ở tài khoản kia rồi mở lại; nếu vẫn vậy, nhờ người quản trị máy cấp quyền đọc và ghi tệp đó.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: bên cạnh tệp dữ liệu có “{0}” của một tài khoản khác trên máy này (ParApp của tài khoản đó đang mở dữ liệu, hoặc đã bị tắt đột ngột). Có thể xem và in, nhưng không sửa được. Hãy đóng ParApp ở tài khoản kia rồi mở lại; nếu vẫn vậy, nhờ người quản trị máy cấp quyền đọc và ghi tệp đó.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp dữ liệu chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác). Có thể xem và in, nhưng không sửa được. Hãy bỏ đánh dấu chỉ đọc của tệp, hoặc nhờ người quản trị máy cấp quyền ghi, rồi mở lại ParApp.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp dữ liệu chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác). Có thể xem và in, nhưng không sửa được. Hãy bỏ đánh dấu chỉ đọc của tệp, hoặc nhờ người quản trị máy cấp quyền ghi, rồi mở lại ParApp.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa được. Để làm việc, hãy chép cả thư mục “{0}” (chương trình ParApp cùng thư mục ParApp-data bên cạnh) vào máy, rồi chạy ParApp trong bản chép.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa được. Để làm việc, hãy chép cả thư mục “{0}” (chương trình ParApp cùng thư mục ParApp-data bên cạnh) vào máy, rồi chạy ParApp trong bản chép.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa được. Để làm việc, hãy chép cả thư mục dữ liệu (tệp dữ liệu cùng các tệp bên cạnh và thư mục evidence) vào máy rồi mở bản chép.</source>
        <translation>Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa được. Để làm việc, hãy chép cả thư mục dữ liệu (tệp dữ liệu cùng các tệp bên cạnh và thư mục evidence) vào máy rồi mở bản chép.</translation>
    </message>
    <message>
        <source>Đã đổi ngôn ngữ giao diện.</source>
        <translation>Đã đổi ngôn ngữ giao diện.</translation>
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
        <source>Mở ParApp</source>
        <translation>Mở ParApp</translation>
    </message>
    <message>
        <source>Nhắc việc hôm nay</source>
        <translation>Nhắc việc hôm nay</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Hôm nay không có nhiệm vụ quá hạn hay đến hạn trong tuần, không có báo cáo quá hạn hay đến hạn gửi trong {0} ngày tới.</source>
        <translation>Hôm nay không có nhiệm vụ quá hạn hay đến hạn trong tuần, không có báo cáo quá hạn hay đến hạn gửi trong {0} ngày tới.</translation>
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
        <source>Chuyển việc chưa xong sang năm sau…</source>
        <translation>Chuyển việc chưa xong sang năm sau…</translation>
    </message>
    <message>
        <source>Danh sách việc cho giao ban…</source>
        <translation>Danh sách việc cho giao ban…</translation>
    </message>
    <message>
        <source>Xem thử với một xã mẫu…</source>
        <translation>Xem thử với một xã mẫu…</translation>
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
        <source>Không tạo được xã mẫu trong thư mục “{0}” ({1}). Xã mẫu được tạo bên cạnh dữ liệu của ParApp, nên nơi đó phải ghi được: USB không gạt khóa chống ghi, không phải đĩa CD, ổ đĩa còn chỗ trống.</source>
        <translation>Không tạo được xã mẫu trong thư mục “{0}” ({1}). Xã mẫu được tạo bên cạnh dữ liệu của ParApp, nên nơi đó phải ghi được: USB không gạt khóa chống ghi, không phải đĩa CD, ổ đĩa còn chỗ trống.</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>In danh sách…</source>
        <translation>In danh sách…</translation>
    </message>
    <message>
        <source>Đã nhập {0} nhiệm vụ.</source>
        <translation>Đã nhập {0} nhiệm vụ.</translation>
    </message>
    <message>
        <source>Cho nghỉ công tác</source>
        <translation>Cho nghỉ công tác</translation>
    </message>
    <message>
        <source>{0} đang chủ trì {1} nhiệm vụ chưa hoàn thành. Công văn đôn đốc không gửi cho người đã nghỉ: hãy giao lại các nhiệm vụ này cho người khác (trang Nhiệm vụ, lọc theo người chủ trì). Vẫn cho nghỉ?</source>
        <translation>{0} đang chủ trì {1} nhiệm vụ chưa hoàn thành. Công văn đôn đốc không gửi cho người đã nghỉ: hãy giao lại các nhiệm vụ này cho người khác (trang Nhiệm vụ, lọc theo người chủ trì). Vẫn cho nghỉ?</translation>
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
        <source>Cơ quan, đơn vị</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Đã có cán bộ {0}{1}. Nếu là cùng một người, bấm Không rồi sửa người đã có. Vẫn thêm một người nữa cùng tên?</source>
        <translation>Đã có cán bộ {0}{1}. Nếu là cùng một người, bấm Không rồi sửa người đã có. Vẫn thêm một người nữa cùng tên?</translation>
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
        <source>{0} (cùng hạn: báo cáo {1})</source>
        <translation>{0} (cùng hạn: báo cáo {1})</translation>
    </message>
    <message>
        <source>Năm {0} còn {1} nhiệm vụ chưa hoàn thành (không kể việc lặp lại). Bấm để chuyển sang kế hoạch năm {2}.</source>
        <translation>Năm {0} còn {1} nhiệm vụ chưa hoàn thành (không kể việc lặp lại). Bấm để chuyển sang kế hoạch năm {2}.</translation>
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
        <source>đã quá hạn {0} ngày</source>
        <translation>đã quá hạn {0} ngày</translation>
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
        <source>Báo cáo {0}: hạn gửi {1} ({2}), {3}</source>
        <translation>Báo cáo {0}: hạn gửi {1} ({2}), {3}</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn</source>
        <translation>{0} nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ đến hạn trong tuần này</source>
        <translation>{0} nhiệm vụ đến hạn trong tuần này</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ đến hạn trong {1} ngày tới</source>
        <translation>{0} nhiệm vụ đến hạn trong {1} ngày tới</translation>
    </message>
    <message>
        <source>ParApp – nhắc việc ngày {0}</source>
        <translation>ParApp – nhắc việc ngày {0}</translation>
    </message>
    <message>
        <source>… và {0} báo cáo khác</source>
        <translation>… và {0} báo cáo khác</translation>
    </message>
    <message>
        <source>Bấm vào đây để xem.</source>
        <translation>Bấm vào đây để xem.</translation>
    </message>
    <message>
        <source>đã ký, chưa gửi</source>
        <translation>đã ký, chưa gửi</translation>
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
        <source>Xuất Word…</source>
        <translation>Xuất Word…</translation>
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
        <source>Đã lưu PDF</source>
        <translation>Đã lưu PDF</translation>
    </message>
    <message>
        <source>Không mở được trình đọc PDF. Tệp đã được lưu tại: {0}</source>
        <translation>Không mở được trình đọc PDF. Tệp đã được lưu tại: {0}</translation>
    </message>
    <message>
        <source>Máy tính này chưa cài máy in nào. Hãy cài máy in của văn phòng, hoặc bấm “Lưu PDF…” rồi in tệp PDF từ máy khác.</source>
        <translation>Máy tính này chưa cài máy in nào. Hãy cài máy in của văn phòng, hoặc bấm “Lưu PDF…” rồi in tệp PDF từ máy khác.</translation>
    </message>
    <message>
        <source>In văn bản</source>
        <translation>In văn bản</translation>
    </message>
    <message>
        <source>Máy in “{0}” không nhận lệnh in. Hãy kiểm tra máy in đã bật và có giấy, rồi in lại; hoặc bấm “Lưu PDF…” để in sau.</source>
        <translation>Máy in “{0}” không nhận lệnh in. Hãy kiểm tra máy in đã bật và có giấy, rồi in lại; hoặc bấm “Lưu PDF…” để in sau.</translation>
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
        <source>Kế hoạch cải cách hành chính năm của xã (báo cáo định kỳ trích dẫn ở phần mở đầu)</source>
        <translation>Kế hoạch cải cách hành chính năm của xã (báo cáo định kỳ trích dẫn ở phần mở đầu)</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>ví dụ: 15/QĐ-UBND</source>
        <translation>ví dụ: 15/QĐ-UBND</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>để trống nếu do Ủy ban nhân dân xã ban hành</source>
        <translation>để trống nếu do Ủy ban nhân dân xã ban hành</translation>
    </message>
    <message>
        <source>trích yếu, ví dụ: về việc ban hành Quy chế làm việc</source>
        <translation>trích yếu, ví dụ: về việc ban hành Quy chế làm việc</translation>
    </message>
    <message>
        <source>Loại văn bản *</source>
        <translation>Loại văn bản *</translation>
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
        <source>Dùng cho</source>
        <translation>Dùng cho</translation>
    </message>
    <message>
        <source>Thêm văn bản…</source>
        <translation>Thêm văn bản…</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Trích yếu *</source>
        <translation>Trích yếu *</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Quý I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Tự tính từ các số liệu khác</source>
        <translation>Tự tính từ các số liệu khác</translation>
    </message>
    <message>
        <source>Số vừa gõ chưa lưu được; sẽ lưu khi gõ số tiếp theo hoặc trước khi đóng cửa sổ</source>
        <translation>Số vừa gõ chưa lưu được; sẽ lưu khi gõ số tiếp theo hoặc trước khi đóng cửa sổ</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Kế hoạch cải cách hành chính năm {0} của xã (báo cáo định kỳ trích dẫn) đang là “{1}”. Thay bằng kế hoạch này? Không: bỏ đánh dấu ô này rồi lưu.</source>
        <translation>Kế hoạch cải cách hành chính năm {0} của xã (báo cáo định kỳ trích dẫn) đang là “{1}”. Thay bằng kế hoạch này? Không: bỏ đánh dấu ô này rồi lưu.</translation>
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
        <source>Nhập bộ tiêu chí…</source>
        <translation>Nhập bộ tiêu chí…</translation>
    </message>
    <message>
        <source>Sửa bộ tiêu chí</source>
        <translation>Sửa bộ tiêu chí</translation>
    </message>
    <message>
        <source>Thêm tiêu chí…</source>
        <translation>Thêm tiêu chí…</translation>
    </message>
    <message>
        <source>Sửa tiêu chí đang chọn…</source>
        <translation>Sửa tiêu chí đang chọn…</translation>
    </message>
    <message>
        <source>Xóa tiêu chí đang chọn</source>
        <translation>Xóa tiêu chí đang chọn</translation>
    </message>
    <message>
        <source>Tỉnh, xếp hạng chính thức…</source>
        <translation>Tỉnh, xếp hạng chính thức…</translation>
    </message>
    <message>
        <source>Xóa cả bộ tiêu chí…</source>
        <translation>Xóa cả bộ tiêu chí…</translation>
    </message>
    <message>
        <source>Xem và in báo cáo…</source>
        <translation>Xem và in báo cáo…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Lập kế hoạch khắc phục…</source>
        <translation>Lập kế hoạch khắc phục…</translation>
    </message>
    <message>
        <source>giải trình đang gõ ở trang Chỉ số CCHC</source>
        <translation>giải trình đang gõ ở trang Chỉ số CCHC</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}.

Dữ liệu đang mở ở chế độ chỉ đọc (xem dòng báo phía trên) nên không nhập được bộ tiêu chí ở đây.</source>
        <translation>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}.

Dữ liệu đang mở ở chế độ chỉ đọc (xem dòng báo phía trên) nên không nhập được bộ tiêu chí ở đây.</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}.

Bấm “Nhập bộ tiêu chí…” và chọn tệp Word hoặc Excel của tỉnh (hoặc sao chép bảng rồi dán).</source>
        <translation>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}.

Bấm “Nhập bộ tiêu chí…” và chọn tệp Word hoặc Excel của tỉnh (hoặc sao chép bảng rồi dán).</translation>
    </message>
    <message>
        <source>Đã có bộ tiêu chí các năm: {0}.</source>
        <translation>Đã có bộ tiêu chí các năm: {0}.</translation>
    </message>
    <message>
        <source>Có bộ tiêu chí lưu cho năm {0}, ngoài các năm 2000–2100 nên không hiển thị được. Hãy xóa nó: Sửa bộ tiêu chí → Xóa cả bộ tiêu chí….</source>
        <translation>Có bộ tiêu chí lưu cho năm {0}, ngoài các năm 2000–2100 nên không hiển thị được. Hãy xóa nó: Sửa bộ tiêu chí → Xóa cả bộ tiêu chí….</translation>
    </message>
    <message>
        <source>Tự đánh giá: {0}/{1} điểm</source>
        <translation>Tự đánh giá: {0}/{1} điểm</translation>
    </message>
    <message>
        <source>Thẩm định: {0}</source>
        <translation>Thẩm định: {0}</translation>
    </message>
    <message>
        <source>Xếp hạng: {0}</source>
        <translation>Xếp hạng: {0}</translation>
    </message>
    <message>
        <source>Chưa chấm: {0} tiêu chí</source>
        <translation>Chưa chấm: {0} tiêu chí</translation>
    </message>
    <message>
        <source>Đã chấm hết</source>
        <translation>Đã chấm hết</translation>
    </message>
    <message>
        <source>Cột sao chép có {0} dòng nhưng từ tiêu chí đang chọn chỉ còn {1} tiêu chí: chưa dán gì. Hãy chọn tiêu chí bắt đầu cao hơn, hoặc sao chép ít dòng hơn.</source>
        <translation>Cột sao chép có {0} dòng nhưng từ tiêu chí đang chọn chỉ còn {1} tiêu chí: chưa dán gì. Hãy chọn tiêu chí bắt đầu cao hơn, hoặc sao chép ít dòng hơn.</translation>
    </message>
    <message>
        <source>Chưa có tiêu chí nào: Sửa bộ tiêu chí → Thêm tiêu chí…</source>
        <translation>Chưa có tiêu chí nào: Sửa bộ tiêu chí → Thêm tiêu chí…</translation>
    </message>
    <message>
        <source>chọn ô tô hồng đó (ở năm của nó) rồi bấm Delete</source>
        <translation>chọn ô tô hồng đó (ở năm của nó) rồi bấm Delete</translation>
    </message>
    <message>
        <source>đưa ô Giải trình về như trước</source>
        <translation>đưa ô Giải trình về như trước</translation>
    </message>
    <message>
        <source>Tỉnh {0}. </source>
        <translation>Tỉnh {0}. </translation>
    </message>
    <message>
        <source>{0} tiêu chí bị mất điểm</source>
        <translation>{0} tiêu chí bị mất điểm</translation>
    </message>
    <message>
        <source>Không ghi được điểm</source>
        <translation>Không ghi được điểm</translation>
    </message>
    <message>
        <source>Không dán được</source>
        <translation>Không dán được</translation>
    </message>
    <message>
        <source>{0} và {1} tiêu chí con</source>
        <translation>{0} và {1} tiêu chí con</translation>
    </message>
    <message>
        <source>Xóa tiêu chí</source>
        <translation>Xóa tiêu chí</translation>
    </message>
    <message>
        <source>Xóa {0} khỏi bộ tiêu chí năm {1}? Điểm, giải trình và liên kết tài liệu của chúng cũng bị xóa (tệp vẫn được giữ).</source>
        <translation>Xóa {0} khỏi bộ tiêu chí năm {1}? Điểm, giải trình và liên kết tài liệu của chúng cũng bị xóa (tệp vẫn được giữ).</translation>
    </message>
    <message>
        <source>Đã lập kế hoạch khắc phục: {0} nhiệm vụ trong “{1}” (xem ở trang Kế hoạch).</source>
        <translation>Đã lập kế hoạch khắc phục: {0} nhiệm vụ trong “{1}” (xem ở trang Kế hoạch).</translation>
    </message>
    <message>
        <source>Hãy chọn một kỳ báo cáo để in.</source>
        <translation>Hãy chọn một kỳ báo cáo để in.</translation>
    </message>
    <message>
        <source>Hãy chọn một kế hoạch để in bảng phân công.</source>
        <translation>Hãy chọn một kế hoạch để in bảng phân công.</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí của năm này để in.</source>
        <translation>Chưa có bộ tiêu chí của năm này để in.</translation>
    </message>
    <message>
        <source>Danh sách việc cho cuộc họp giao ban</source>
        <translation>Danh sách việc cho cuộc họp giao ban</translation>
    </message>
    <message>
        <source>Mỗi đơn vị (hoặc mỗi người) một trang: các nhiệm vụ đang mở do mình chủ trì, việc quá hạn trước, rồi việc sắp đến hạn, có cột ghi ý kiến tại cuộc họp.</source>
        <translation>Mỗi đơn vị (hoặc mỗi người) một trang: các nhiệm vụ đang mở do mình chủ trì, việc quá hạn trước, rồi việc sắp đến hạn, có cột ghi ý kiến tại cuộc họp.</translation>
    </message>
    <message>
        <source>Mỗi đơn vị một trang</source>
        <translation>Mỗi đơn vị một trang</translation>
    </message>
    <message>
        <source>Mỗi người chủ trì một trang</source>
        <translation>Mỗi người chủ trì một trang</translation>
    </message>
    <message>
        <source>In theo</source>
        <translation>In theo</translation>
    </message>
    <message>
        <source>Sắp đến hạn trong</source>
        <translation>Sắp đến hạn trong</translation>
    </message>
    <message>
        <source>In trang của</source>
        <translation>In trang của</translation>
    </message>
    <message>
        <source>(chưa giao người chủ trì)</source>
        <translation>(chưa giao người chủ trì)</translation>
    </message>
    <message>
        <source>{0}: {1} đang mở ({2} quá hạn, {3} sắp đến hạn)</source>
        <translation>{0}: {1} đang mở ({2} quá hạn, {3} sắp đến hạn)</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một đơn vị hoặc người.</source>
        <translation>Hãy chọn ít nhất một đơn vị hoặc người.</translation>
    </message>
    <message>
        <source>{0} trang danh sách (mỗi nơi một trang) – phông chữ: {1}.</source>
        <translation>{0} trang danh sách (mỗi nơi một trang) – phông chữ: {1}.</translation>
    </message>
    <message>
        <source>Phông chữ: {0}.</source>
        <translation>Phông chữ: {0}.</translation>
    </message>
    <message>
        <source>Lưu bảng điểm</source>
        <translation>Lưu bảng điểm</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{0} (năm không hợp lệ, không hiển thị được)</source>
        <translation>{0} (năm không hợp lệ, không hiển thị được)</translation>
    </message>
    <message>
        <source>Xóa cả bộ tiêu chí</source>
        <translation>Xóa cả bộ tiêu chí</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của năm:</source>
        <translation>Bộ tiêu chí của năm:</translation>
    </message>
    <message>
        <source>Xóa bộ tiêu chí Chỉ số CCHC năm {0} cùng mọi điểm tự đánh giá, điểm thẩm định, giải trình và liên kết tài liệu của nó? Dữ liệu trước khi xóa được giữ trong một bản sao lưu tự động (Tệp → Khôi phục…).</source>
        <translation>Xóa bộ tiêu chí Chỉ số CCHC năm {0} cùng mọi điểm tự đánh giá, điểm thẩm định, giải trình và liên kết tài liệu của nó? Dữ liệu trước khi xóa được giữ trong một bản sao lưu tự động (Tệp → Khôi phục…).</translation>
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
        <source>Nhiệm vụ này đã kết thúc.</source>
        <translation>Nhiệm vụ này đã kết thúc.</translation>
    </message>
    <message>
        <source>Việc này đã chuyển sang kế hoạch năm {0}: ghi hoàn thành cho nhiệm vụ của năm {0}</source>
        <translation>Việc này đã chuyển sang kế hoạch năm {0}: ghi hoàn thành cho nhiệm vụ của năm {0}</translation>
    </message>
    <message>
        <source>Ghi ngày hoàn thành, kết quả, văn bản đã ban hành và tài liệu kiểm chứng</source>
        <translation>Ghi ngày hoàn thành, kết quả, văn bản đã ban hành và tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Đã lưu. Nhiệm vụ chưa có người chủ trì: cột “Chủ trì” đánh dấu ⚠ cho đến khi giao cho một người.</source>
        <translation>Đã lưu. Nhiệm vụ chưa có người chủ trì: cột “Chủ trì” đánh dấu ⚠ cho đến khi giao cho một người.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;Sổ chưa có nhiệm vụ nào.&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;Dữ liệu đang mở ở chế độ chỉ đọc (xem dòng báo phía trên) nên không thêm hay nhập nhiệm vụ được ở đây. &lt;a href=&apos;demo&apos;&gt;Xem thử với một xã mẫu&lt;/a&gt;: mở một cửa sổ riêng với dữ liệu mẫu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;Sổ chưa có nhiệm vụ nào.&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;Dữ liệu đang mở ở chế độ chỉ đọc (xem dòng báo phía trên) nên không thêm hay nhập nhiệm vụ được ở đây. &lt;a href=&apos;demo&apos;&gt;Xem thử với một xã mẫu&lt;/a&gt;: mở một cửa sổ riêng với dữ liệu mẫu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Xem…</source>
        <translation>Xem…</translation>
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
        <source>Sửa tiêu chí</source>
        <translation>Sửa tiêu chí</translation>
    </message>
    <message>
        <source>Thêm tiêu chí</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>(lĩnh vực mới)</source>
        <translation>(lĩnh vực mới)</translation>
    </message>
    <message>
        <source>ví dụ: 2,5</source>
        <translation>ví dụ: 2,5</translation>
    </message>
    <message>
        <source>Thuộc</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên tiêu chí *</source>
        <translation>Tên tiêu chí *</translation>
    </message>
    <message>
        <source>Điểm tối đa *</source>
        <translation>Điểm tối đa *</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>{0} (tổng các tiêu chí con)</source>
        <translation>{0} (tổng các tiêu chí con)</translation>
    </message>
    <message>
        <source>Hướng dẫn chấm điểm</source>
        <translation>Hướng dẫn chấm điểm</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng cần có</source>
        <translation>Tài liệu kiểm chứng cần có</translation>
    </message>
    <message>
        <source>Bộ tiêu chí năm {0}</source>
        <translation>Bộ tiêu chí năm {0}</translation>
    </message>
    <message>
        <source>ví dụ: 12/96</source>
        <translation>ví dụ: 12/96</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Tên bộ tiêu chí</source>
        <translation>Tên bộ tiêu chí</translation>
    </message>
    <message>
        <source>Xếp hạng chính thức</source>
        <translation>Xếp hạng chính thức</translation>
    </message>
    <message>
        <source>Lấy tài liệu kiểm chứng từ nhiệm vụ</source>
        <translation>Lấy tài liệu kiểm chứng từ nhiệm vụ</translation>
    </message>
    <message>
        <source>★: tài liệu của nhiệm vụ đã hoàn thành trong năm, cùng mã tiêu chí {0}.</source>
        <translation>★: tài liệu của nhiệm vụ đã hoàn thành trong năm, cùng mã tiêu chí {0}.</translation>
    </message>
    <message>
        <source>Chưa có nhiệm vụ nào có tài liệu kiểm chứng.</source>
        <translation>Chưa có nhiệm vụ nào có tài liệu kiểm chứng.</translation>
    </message>
    <message>
        <source>Lập kế hoạch khắc phục năm {0}</source>
        <translation>Lập kế hoạch khắc phục năm {0}</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Điểm mất</source>
        <translation>Điểm mất</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>(đơn vị đã giao trước đây)</source>
        <translation>(đơn vị đã giao trước đây)</translation>
    </message>
    <message>
        <source>Mỗi tiêu chí đã chấm mà chưa đạt điểm tối đa (theo điểm thẩm định nếu có, nếu không theo điểm tự đánh giá) thành một nhiệm vụ của kế hoạch khắc phục năm {0}. Người chủ trì được gợi ý theo các nhiệm vụ đã mang mã đó; hãy xem lại trước khi lập.</source>
        <translation>Mỗi tiêu chí đã chấm mà chưa đạt điểm tối đa (theo điểm thẩm định nếu có, nếu không theo điểm tự đánh giá) thành một nhiệm vụ của kế hoạch khắc phục năm {0}. Người chủ trì được gợi ý theo các nhiệm vụ đã mang mã đó; hãy xem lại trước khi lập.</translation>
    </message>
    <message>
        <source>Lập kế hoạch ({0} nhiệm vụ)</source>
        <translation>Lập kế hoạch ({0} nhiệm vụ)</translation>
    </message>
    <message>
        <source>Không có tiêu chí nào bị mất điểm cần thêm vào kế hoạch.</source>
        <translation>Không có tiêu chí nào bị mất điểm cần thêm vào kế hoạch.</translation>
    </message>
    <message>
        <source>Không lập được kế hoạch</source>
        <translation>Không lập được kế hoạch</translation>
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
        <source>Những điểm cần xem lại trước khi chốt; bấm để đến mục đó</source>
        <translation>Những điểm cần xem lại trước khi chốt; bấm để đến mục đó</translation>
    </message>
    <message>
        <source>Mục này đang trống. Gõ nội dung; mỗi lần xuống dòng (Enter) là một đoạn mới.</source>
        <translation>Mục này đang trống. Gõ nội dung; mỗi lần xuống dòng (Enter) là một đoạn mới.</translation>
    </message>
    <message>
        <source>Căn cứ và kiến nghị</source>
        <translation>Căn cứ và kiến nghị</translation>
    </message>
    <message>
        <source>Phụ lục I: số liệu</source>
        <translation>Phụ lục I: số liệu</translation>
    </message>
    <message>
        <source>Phụ lục II: danh sách nhiệm vụ</source>
        <translation>Phụ lục II: danh sách nhiệm vụ</translation>
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
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Cả năm {0}</source>
        <translation>Cả năm {0}</translation>
    </message>
    <message>
        <source>Riêng báo cáo này</source>
        <translation>Riêng báo cáo này</translation>
    </message>
    <message>
        <source>Mỗi kiến nghị một dòng, ví dụ: Đề nghị Sở Nội vụ tổ chức tập huấn …</source>
        <translation>Mỗi kiến nghị một dòng, ví dụ: Đề nghị Sở Nội vụ tổ chức tập huấn …</translation>
    </message>
    <message>
        <source>Lưu và cập nhật phần mở đầu, mục V</source>
        <translation>Lưu và cập nhật phần mở đầu, mục V</translation>
    </message>
    <message>
        <source>Phần mở đầu trích dẫn các văn bản này (kế hoạch, công văn yêu cầu báo cáo của cấp trên) và kế hoạch cải cách hành chính năm của xã (đánh dấu ở trang Kế hoạch). Mục V gồm các kiến nghị dưới đây và kiến nghị ghi ở từng nhiệm vụ quá hạn.</source>
        <translation>Phần mở đầu trích dẫn các văn bản này (kế hoạch, công văn yêu cầu báo cáo của cấp trên) và kế hoạch cải cách hành chính năm của xã (đánh dấu ở trang Kế hoạch). Mục V gồm các kiến nghị dưới đây và kiến nghị ghi ở từng nhiệm vụ quá hạn.</translation>
    </message>
    <message>
        <source>Văn bản căn cứ</source>
        <translation>Văn bản căn cứ</translation>
    </message>
    <message>
        <source>Kiến nghị của kỳ</source>
        <translation>Kiến nghị của kỳ</translation>
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
        <source>Báo cáo đã chốt ngày {0}; nội dung không thay đổi nữa (mã kiểm tra {1}…). Muốn sửa, hãy tạo bản nháp mới từ báo cáo này ở trang Báo cáo.</source>
        <translation>Báo cáo đã chốt ngày {0}; nội dung không thay đổi nữa (mã kiểm tra {1}…). Muốn sửa, hãy tạo bản nháp mới từ báo cáo này ở trang Báo cáo.</translation>
    </message>
    <message>
        <source>{0}. Số liệu lấy từ sổ nhiệm vụ ngày {1}, kỳ số liệu từ {2} đến {3}. Các mục đã sửa tay được đánh dấu ✎ và giữ nguyên khi cập nhật.</source>
        <translation>{0}. Số liệu lấy từ sổ nhiệm vụ ngày {1}, kỳ số liệu từ {2} đến {3}. Các mục đã sửa tay được đánh dấu ✎ và giữ nguyên khi cập nhật.</translation>
    </message>
    <message>
        <source>Mở đầu</source>
        <translation>Mở đầu</translation>
    </message>
    <message>
        <source>Đã tạo bản nháp mới từ báo cáo đã chốt ngày {0}, số {1}. Báo cáo đã chốt được giữ nguyên, không thay đổi.</source>
        <translation>Đã tạo bản nháp mới từ báo cáo đã chốt ngày {0}, số {1}. Báo cáo đã chốt được giữ nguyên, không thay đổi.</translation>
    </message>
    <message>
        <source>Đã tạo bản nháp mới từ báo cáo đã chốt ngày {0}. Báo cáo đã chốt được giữ nguyên, không thay đổi.</source>
        <translation>Đã tạo bản nháp mới từ báo cáo đã chốt ngày {0}. Báo cáo đã chốt được giữ nguyên, không thay đổi.</translation>
    </message>
    <message>
        <source>Số liệu của mục này: {0} nhiệm vụ</source>
        <translation>Số liệu của mục này: {0} nhiệm vụ</translation>
    </message>
    <message>
        <source>Cập nhật bản nháp</source>
        <translation>Cập nhật bản nháp</translation>
    </message>
    <message>
        <source>Mục “{0}” đã được sửa tay. Thay bằng nội dung tạo mới từ căn cứ và kiến nghị vừa lưu?</source>
        <translation>Mục “{0}” đã được sửa tay. Thay bằng nội dung tạo mới từ căn cứ và kiến nghị vừa lưu?</translation>
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
        <source>
… và {0} điểm khác.</source>
        <translation>
… và {0} điểm khác.</translation>
    </message>
    <message>
        <source>Đã ký (bản quét)</source>
        <translation>Đã ký (bản quét)</translation>
    </message>
    <message>
        <source>Đã ký số ({0})</source>
        <translation>Đã ký số ({0})</translation>
    </message>
    <message>
        <source>Đã ký số</source>
        <translation>Đã ký số</translation>
    </message>
    <message>
        <source>Đã chốt</source>
        <translation>Đã chốt</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Dự thảo ({0} bản)</source>
        <translation>Dự thảo ({0} bản)</translation>
    </message>
    <message>
        <source>quá hạn {0} ngày</source>
        <translation>quá hạn {0} ngày</translation>
    </message>
    <message>
        <source>hạn hôm nay</source>
        <translation>hạn hôm nay</translation>
    </message>
    <message>
        <source>đã ký</source>
        <translation>đã ký</translation>
    </message>
    <message>
        <source>chưa gắn bản đã ký</source>
        <translation>chưa gắn bản đã ký</translation>
    </message>
    <message>
        <source>{0} – hạn {1}, {2} ({3})</source>
        <translation>{0} – hạn {1}, {2} ({3})</translation>
    </message>
    <message>
        <source>Chờ gửi ({0}): {1}</source>
        <translation>Chờ gửi ({0}): {1}</translation>
    </message>
    <message>
        <source>Số văn bản văn thư cấp cho báo cáo này (ví dụ 39 hoặc 39/BC-UBND).
Để trống nếu sẽ ghi số bằng tay.</source>
        <translation>Số văn bản văn thư cấp cho báo cáo này (ví dụ 39 hoặc 39/BC-UBND).
Để trống nếu sẽ ghi số bằng tay.</translation>
    </message>
    <message>
        <source>Chốt báo cáo</source>
        <translation>Chốt báo cáo</translation>
    </message>
    <message>
        <source>Chỉ báo cáo đã chốt mới có bản đã ký. Hãy chốt báo cáo trước.</source>
        <translation>Chỉ báo cáo đã chốt mới có bản đã ký. Hãy chốt báo cáo trước.</translation>
    </message>
    <message>
        <source>Chọn bản báo cáo đã ký</source>
        <translation>Chọn bản báo cáo đã ký</translation>
    </message>
    <message>
        <source>PDF đã ký số hoặc bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>PDF đã ký số hoặc bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Gắn bản đã ký</source>
        <translation>Gắn bản đã ký</translation>
    </message>
    <message>
        <source>Tệp “{0}” không có chữ ký số. Nếu đây là bản giấy đã ký tay, đóng dấu rồi quét lại, gắn nó như bản quét (không kiểm tra chữ ký)?</source>
        <translation>Tệp “{0}” không có chữ ký số. Nếu đây là bản giấy đã ký tay, đóng dấu rồi quét lại, gắn nó như bản quét (không kiểm tra chữ ký)?</translation>
    </message>
    <message>
        <source>Không mở được bản đã ký</source>
        <translation>Không mở được bản đã ký</translation>
    </message>
    <message>
        <source>Không gắn được bản đã ký</source>
        <translation>Không gắn được bản đã ký</translation>
    </message>
    <message>
        <source>Chờ gửi: không có báo cáo đã chốt nào chưa gửi.</source>
        <translation>Chờ gửi: không có báo cáo đã chốt nào chưa gửi.</translation>
    </message>
    <message>
        <source>Đã gắn bản đã ký</source>
        <translation>Đã gắn bản đã ký</translation>
    </message>
    <message>
        <source>Đã gắn bản quét (ký tay, đóng dấu trên giấy) vào báo cáo. Bản quét không có chữ ký số nên không kiểm tra được.</source>
        <translation>Đã gắn bản quét (ký tay, đóng dấu trên giấy) vào báo cáo. Bản quét không có chữ ký số nên không kiểm tra được.</translation>
    </message>
    <message>
        <source>Tệp này đã là bản ký số của báo cáo.</source>
        <translation>Tệp này đã là bản ký số của báo cáo.</translation>
    </message>
    <message>
        <source>Bản ký số khớp từng byte với báo cáo đã chốt, mọi chữ ký còn nguyên vẹn.</source>
        <translation>Bản ký số khớp từng byte với báo cáo đã chốt, mọi chữ ký còn nguyên vẹn.</translation>
    </message>
    <message>
        <source>• {0}, ký lúc {1}</source>
        <translation>• {0}, ký lúc {1}</translation>
    </message>
    <message>
        <source>• Dấu thời gian {0}, lúc {1}</source>
        <translation>• Dấu thời gian {0}, lúc {1}</translation>
    </message>
    <message>
        <source>Chứng thư đã xác minh tới chứng thư gốc đã cài.</source>
        <translation>Chứng thư đã xác minh tới chứng thư gốc đã cài.</translation>
    </message>
    <message>
        <source>Chưa xác minh được chuỗi chứng thư (cấp bởi {0}).</source>
        <translation>Chưa xác minh được chuỗi chứng thư (cấp bởi {0}).</translation>
    </message>
    <message>
        <source>Để xác minh chuỗi chứng thư, chép chứng thư gốc của Ban Cơ yếu Chính phủ (tệp .cer, .crt) vào thư mục:
{0}</source>
        <translation>Để xác minh chuỗi chứng thư, chép chứng thư gốc của Ban Cơ yếu Chính phủ (tệp .cer, .crt) vào thư mục:
{0}</translation>
    </message>
    <message>
        <source>không rõ thời gian</source>
        <translation>không rõ thời gian</translation>
    </message>
    <message>
        <source>Báo cáo này chưa có bản đã ký.</source>
        <translation>Báo cáo này chưa có bản đã ký.</translation>
    </message>
    <message>
        <source>Bản nháp còn {0} điểm cần xem lại:
{1}{2}

Vẫn chốt báo cáo này? Sau khi chốt, nội dung không sửa được nữa.</source>
        <translation>Bản nháp còn {0} điểm cần xem lại:
{1}{2}

Vẫn chốt báo cáo này? Sau khi chốt, nội dung không sửa được nữa.</translation>
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
        <source>Gắn bản đã ký…</source>
        <translation>Gắn bản đã ký…</translation>
    </message>
    <message>
        <source>PDF đã ký số (kiểm tra khớp từng byte với báo cáo đã chốt), hoặc bản giấy đã ký tay, đóng dấu rồi quét</source>
        <translation>PDF đã ký số (kiểm tra khớp từng byte với báo cáo đã chốt), hoặc bản giấy đã ký tay, đóng dấu rồi quét</translation>
    </message>
    <message>
        <source>Mở bản đã ký</source>
        <translation>Mở bản đã ký</translation>
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
        <source>Không cần: đã có báo cáo “{0}”</source>
        <translation>Không cần: đã có báo cáo “{0}”</translation>
    </message>
    <message>
        <source>Trước khi dùng ParApp</source>
        <translation>Trước khi dùng ParApp</translation>
    </message>
    <message>
        <source>Chưa đến kỳ (từ {0})</source>
        <translation>Chưa đến kỳ (từ {0})</translation>
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
        <source>Chưa đến kỳ báo cáo</source>
        <translation>Chưa đến kỳ báo cáo</translation>
    </message>
    <message>
        <source>Kỳ báo cáo “{0}” năm {1} tính số liệu từ ngày {2}; hôm nay chưa đến kỳ nên báo cáo chưa có kết quả gì để nêu. Vẫn lập dự thảo bây giờ?</source>
        <translation>Kỳ báo cáo “{0}” năm {1} tính số liệu từ ngày {2}; hôm nay chưa đến kỳ nên báo cáo chưa có kết quả gì để nêu. Vẫn lập dự thảo bây giờ?</translation>
    </message>
    <message>
        <source>Kỳ này chưa có bản nháp để chốt. Hãy mở và soạn báo cáo trước.</source>
        <translation>Kỳ này chưa có bản nháp để chốt. Hãy mở và soạn báo cáo trước.</translation>
    </message>
    <message>
        <source>Số liệu đã thay đổi</source>
        <translation>Số liệu đã thay đổi</translation>
    </message>
    <message>
        <source>Bản nháp được lưu trước khi số liệu thay đổi:
{0}

Cập nhật số liệu vào bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</source>
        <translation>Bản nháp được lưu trước khi số liệu thay đổi:
{0}

Cập nhật số liệu vào bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</translation>
    </message>
    <message>
        <source>Chốt như bản nháp đã lưu</source>
        <translation>Chốt như bản nháp đã lưu</translation>
    </message>
    <message>
        <source>Đang dựng bản PDF của báo cáo…</source>
        <translation>Đang dựng bản PDF của báo cáo…</translation>
    </message>
    <message>
        <source>Đây là bản để ký: ký số trên chính tệp PDF này (“Lưu PDF…”), rồi bấm “Gắn bản đã ký…” ở trang Báo cáo.</source>
        <translation>Đây là bản để ký: ký số trên chính tệp PDF này (“Lưu PDF…”), rồi bấm “Gắn bản đã ký…” ở trang Báo cáo.</translation>
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
        <source>Chốt bản nháp “{0}”? Sau khi chốt, nội dung không sửa được nữa.</source>
        <translation>Chốt bản nháp “{0}”? Sau khi chốt, nội dung không sửa được nữa.</translation>
    </message>
    <message>
        <source>Bản nháp này được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({0}); dữ liệu đang mở chỉ đọc nên bản in là bản nháp như đã lưu. Muốn cập nhật, hãy mở dữ liệu ở nơi ghi được (chép cả thư mục dữ liệu vào máy) rồi bấm “Cập nhật các mục chưa sửa” trong cửa sổ soạn báo cáo.</source>
        <translation>Bản nháp này được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({0}); dữ liệu đang mở chỉ đọc nên bản in là bản nháp như đã lưu. Muốn cập nhật, hãy mở dữ liệu ở nơi ghi được (chép cả thư mục dữ liệu vào máy) rồi bấm “Cập nhật các mục chưa sửa” trong cửa sổ soạn báo cáo.</translation>
    </message>
    <message>
        <source>Bản nháp này được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({0}). Bấm “Cập nhật các mục chưa sửa” trong cửa sổ soạn báo cáo để đưa vào; các mục đã sửa tay được giữ nguyên.</source>
        <translation>Bản nháp này được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({0}). Bấm “Cập nhật các mục chưa sửa” trong cửa sổ soạn báo cáo để đưa vào; các mục đã sửa tay được giữ nguyên.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo đã thay đổi</source>
        <translation>Kỳ báo cáo đã thay đổi</translation>
    </message>
    <message>
        <source>Bản nháp được lưu trước khi lịch báo cáo hoặc số liệu thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</source>
        <translation>Bản nháp được lưu trước khi lịch báo cáo hoặc số liệu thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</translation>
    </message>
    <message>
        <source>Sổ nhiệm vụ đã thay đổi</source>
        <translation>Sổ nhiệm vụ đã thay đổi</translation>
    </message>
    <message>
        <source>Bản nháp được lưu trước khi sổ nhiệm vụ thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</source>
        <translation>Bản nháp được lưu trước khi sổ nhiệm vụ thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</translation>
    </message>
    <message>
        <source>Thông tin đã thay đổi</source>
        <translation>Thông tin đã thay đổi</translation>
    </message>
    <message>
        <source>Bản nháp được lưu trước khi số liệu hoặc tên xã thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</source>
        <translation>Bản nháp được lưu trước khi số liệu hoặc tên xã thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</translation>
    </message>
    <message>
        <source>Cập nhật rồi chốt</source>
        <translation>Cập nhật rồi chốt</translation>
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
        <source> năm trước</source>
        <translation> năm trước</translation>
    </message>
    <message>
        <source> năm sau</source>
        <translation> năm sau</translation>
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
        <source>Nhắc việc</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Soạn công văn đôn đốc</source>
        <translation>Soạn công văn đôn đốc</translation>
    </message>
    <message>
        <source>Công văn đôn đốc các đơn vị có nhiệm vụ cải cách hành chính quá hạn hoặc sắp đến hạn, theo thể thức Nghị định 30/2020. Chọn nơi nhận, xem trước rồi in, lưu PDF hoặc xuất Word để sửa.</source>
        <translation>Công văn đôn đốc các đơn vị có nhiệm vụ cải cách hành chính quá hạn hoặc sắp đến hạn, theo thể thức Nghị định 30/2020. Chọn nơi nhận, xem trước rồi in, lưu PDF hoặc xuất Word để sửa.</translation>
    </message>
    <message>
        <source> ngày tới</source>
        <translation> ngày tới</translation>
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
        <source>Việc sắp đến hạn trong</source>
        <translation>Việc sắp đến hạn trong</translation>
    </message>
    <message>
        <source>Gửi đến</source>
        <translation>Gửi đến</translation>
    </message>
    <message>
        <source>Hạn báo cáo lại</source>
        <translation>Hạn báo cáo lại</translation>
    </message>
    <message>
        <source>Xem trước và in…</source>
        <translation>Xem trước và in…</translation>
    </message>
    <message>
        <source>{0}: {1} quá hạn, {2} sắp đến hạn</source>
        <translation>{0}: {1} quá hạn, {2} sắp đến hạn</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ nào quá hạn hay sắp đến hạn có người chủ trì: chưa cần công văn đôn đốc.</source>
        <translation>Không có nhiệm vụ nào quá hạn hay sắp đến hạn có người chủ trì: chưa cần công văn đôn đốc.</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì nên không có trong công văn; hãy giao người chủ trì ở trang Nhiệm vụ.</source>
        <translation>{0} nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì nên không có trong công văn; hãy giao người chủ trì ở trang Nhiệm vụ.</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn hoặc sắp đến hạn do người đã nghỉ chủ trì ({1}) nên không có trong công văn; hãy giao lại cho người đang công tác ở trang Nhiệm vụ.</source>
        <translation>{0} nhiệm vụ quá hạn hoặc sắp đến hạn do người đã nghỉ chủ trì ({1}) nên không có trong công văn; hãy giao lại cho người đang công tác ở trang Nhiệm vụ.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một nơi nhận.</source>
        <translation>Hãy chọn ít nhất một nơi nhận.</translation>
    </message>
    <message>
        <source>Chưa soạn được</source>
        <translation>Chưa soạn được</translation>
    </message>
    <message>
        <source>Công văn đôn đốc – phông chữ: {0}. Số và ngày văn bản để trống cho văn thư điền.</source>
        <translation>Công văn đôn đốc – phông chữ: {0}. Số và ngày văn bản để trống cho văn thư điền.</translation>
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
        <source>Người tổng hợp báo cáo CCHC</source>
        <translation>Người tổng hợp báo cáo CCHC</translation>
    </message>
    <message>
        <source>Giao diện đổi sang ngôn ngữ này ngay khi lưu.</source>
        <translation>Giao diện đổi sang ngôn ngữ này ngay khi lưu.</translation>
    </message>
    <message>
        <source>Tổ chức bộ máy</source>
        <translation>Tổ chức bộ máy</translation>
    </message>
    <message>
        <source>Báo cáo gửi cấp trên nêu tên cơ quan chủ trì (ví dụ: Phòng Văn hóa – Xã hội), không nêu tên người. Mỗi cán bộ thuộc một cơ quan: chọn ở trang Cán bộ.</source>
        <translation>Báo cáo gửi cấp trên nêu tên cơ quan chủ trì (ví dụ: Phòng Văn hóa – Xã hội), không nêu tên người. Mỗi cán bộ thuộc một cơ quan: chọn ở trang Cán bộ.</translation>
    </message>
    <message>
        <source>Theo quyết định của tỉnh (tự nhập)</source>
        <translation>Theo quyết định của tỉnh (tự nhập)</translation>
    </message>
    <message>
        <source>mỗi cơ quan một dòng, ví dụ: Phòng Văn hóa – Xã hội</source>
        <translation>mỗi cơ quan một dòng, ví dụ: Phòng Văn hóa – Xã hội</translation>
    </message>
    <message>
        <source>Mẫu tổ chức</source>
        <translation>Mẫu tổ chức</translation>
    </message>
    <message>
        <source>Các cơ quan chuyên môn</source>
        <translation>Các cơ quan chuyên môn</translation>
    </message>
    <message>
        <source>Nơi tiếp nhận hồ sơ</source>
        <translation>Nơi tiếp nhận hồ sơ</translation>
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
        <source>Chỉ nêu cơ quan chủ trì ở việc chậm, quá hạn</source>
        <translation>Chỉ nêu cơ quan chủ trì ở việc chậm, quá hạn</translation>
    </message>
    <message>
        <source>Nêu cơ quan chủ trì ở mọi việc</source>
        <translation>Nêu cơ quan chủ trì ở mọi việc</translation>
    </message>
    <message>
        <source>Không nêu cơ quan chủ trì</source>
        <translation>Không nêu cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì trong báo cáo</source>
        <translation>Cơ quan chủ trì trong báo cáo</translation>
    </message>
    <message>
        <source>Nêu cả tên người chủ trì (chỉ dùng cho báo cáo nội bộ)</source>
        <translation>Nêu cả tên người chủ trì (chỉ dùng cho báo cáo nội bộ)</translation>
    </message>
    <message>
        <source>Để trống, hệ thống quản lý văn bản cấp khi ban hành</source>
        <translation>Để trống, hệ thống quản lý văn bản cấp khi ban hành</translation>
    </message>
    <message>
        <source>Văn thư cấp số khi chốt báo cáo, in sẵn số và ngày</source>
        <translation>Văn thư cấp số khi chốt báo cáo, in sẵn số và ngày</translation>
    </message>
    <message>
        <source>Nghị định 30/2020 cho phép hệ thống quản lý văn bản điện tử cấp số và ngày khi ký số, phát hành. Báo cáo đã chốt in theo lựa chọn lúc chốt.</source>
        <translation>Nghị định 30/2020 cho phép hệ thống quản lý văn bản điện tử cấp số và ngày khi ký số, phát hành. Báo cáo đã chốt in theo lựa chọn lúc chốt.</translation>
    </message>
    <message>
        <source>Số và ngày báo cáo</source>
        <translation>Số và ngày báo cáo</translation>
    </message>
    <message>
        <source>Đổi tên cơ quan</source>
        <translation>Đổi tên cơ quan</translation>
    </message>
    <message>
        <source>“{0}” đổi tên thành “{1}”? Có: {2} cán bộ và {3} nhiệm vụ do “{0}” chủ trì chuyển sang “{1}”, báo cáo và công văn ghi tên mới. Không: họ vẫn thuộc “{0}” (sửa từng người ở trang Cán bộ).</source>
        <translation>“{0}” đổi tên thành “{1}”? Có: {2} cán bộ và {3} nhiệm vụ do “{0}” chủ trì chuyển sang “{1}”, báo cáo và công văn ghi tên mới. Không: họ vẫn thuộc “{0}” (sửa từng người ở trang Cán bộ).</translation>
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
        <source>năm sau</source>
        <translation>năm sau</translation>
    </message>
    <message>
        <source>Việc này đã chuyển sang “{0}”: tiến độ, hoàn thành hoặc dừng thực hiện ghi ở nhiệm vụ cùng nội dung trong kế hoạch đó (nút “Đánh dấu hoàn thành” ở sổ nhiệm vụ mở phiếu của nhiệm vụ đó).</source>
        <translation>Việc này đã chuyển sang “{0}”: tiến độ, hoàn thành hoặc dừng thực hiện ghi ở nhiệm vụ cùng nội dung trong kế hoạch đó (nút “Đánh dấu hoàn thành” ở sổ nhiệm vụ mở phiếu của nhiệm vụ đó).</translation>
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
        <source>Bỏ tệp…</source>
        <translation>Bỏ tệp…</translation>
    </message>
    <message>
        <source>Hãy chọn tệp cần bỏ trong danh sách.</source>
        <translation>Hãy chọn tệp cần bỏ trong danh sách.</translation>
    </message>
    <message>
        <source>Bỏ tệp kiểm chứng</source>
        <translation>Bỏ tệp kiểm chứng</translation>
    </message>
    <message>
        <source>Bỏ tệp “{0}” khỏi nhiệm vụ này? Nhật ký ghi lại việc bỏ; tệp vẫn được giữ trong thư mục dữ liệu cho các bản sao lưu đã làm trước đó.</source>
        <translation>Bỏ tệp “{0}” khỏi nhiệm vụ này? Nhật ký ghi lại việc bỏ; tệp vẫn được giữ trong thư mục dữ liệu cho các bản sao lưu đã làm trước đó.</translation>
    </message>
    <message>
        <source>Không ghi đè tệp này</source>
        <translation>Không ghi đè tệp này</translation>
    </message>
    <message>
        <source>Thay tệp đã có?</source>
        <translation>Thay tệp đã có?</translation>
    </message>
    <message>
        <source>Tệp “{0}” đã có trong thư mục này. Thay bằng tệp mới?</source>
        <translation>Tệp “{0}” đã có trong thư mục này. Thay bằng tệp mới?</translation>
    </message>
    <message>
        <source>Xuất Word</source>
        <translation>Xuất Word</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Không xuất được bản Word</source>
        <translation>Không xuất được bản Word</translation>
    </message>
    <message>
        <source>Đã xuất bản Word</source>
        <translation>Đã xuất bản Word</translation>
    </message>
    <message>
        <source>Đã lưu bản Word tại:
{0}

Mở tệp này ngay để sửa?</source>
        <translation>Đã lưu bản Word tại:
{0}

Mở tệp này ngay để sửa?</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Không mở được tệp (máy chưa có phần mềm mở tệp Word?). Tệp đã được lưu tại: {0}</source>
        <translation>Không mở được tệp (máy chưa có phần mềm mở tệp Word?). Tệp đã được lưu tại: {0}</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ đang hiện trong sổ, theo thứ tự đang xếp – phông chữ: {1}.</source>
        <translation>{0} nhiệm vụ đang hiện trong sổ, theo thứ tự đang xếp – phông chữ: {1}.</translation>
    </message>
    <message>
        <source>Chọn một tiêu chí trong bảng.</source>
        <translation>Chọn một tiêu chí trong bảng.</translation>
    </message>
    <message>
        <source>(bộ tiêu chí không ghi hướng dẫn chấm điểm)</source>
        <translation>(bộ tiêu chí không ghi hướng dẫn chấm điểm)</translation>
    </message>
    <message>
        <source>Giải trình: căn cứ cho điểm, hoặc vì sao bị mất điểm</source>
        <translation>Giải trình: căn cứ cho điểm, hoặc vì sao bị mất điểm</translation>
    </message>
    <message>
        <source>Lưu giải trình</source>
        <translation>Lưu giải trình</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Từ nhiệm vụ…</source>
        <translation>Từ nhiệm vụ…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Gắn các tài liệu gợi ý</source>
        <translation>Gắn các tài liệu gợi ý</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Hướng dẫn chấm điểm:</source>
        <translation>Hướng dẫn chấm điểm:</translation>
    </message>
    <message>
        <source>Nhóm tiêu chí: tối đa {0} điểm, tự đánh giá {1} điểm (tổng các tiêu chí con). Chấm điểm ở từng tiêu chí con.</source>
        <translation>Nhóm tiêu chí: tối đa {0} điểm, tự đánh giá {1} điểm (tổng các tiêu chí con). Chấm điểm ở từng tiêu chí con.</translation>
    </message>
    <message>
        <source>Tối đa {0} điểm. Tự đánh giá: {1}. Thẩm định: {2}.</source>
        <translation>Tối đa {0} điểm. Tự đánh giá: {1}. Thẩm định: {2}.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>chưa chấm</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>Tài liệu cần có: {0}</source>
        <translation>Tài liệu cần có: {0}</translation>
    </message>
    <message>
        <source>(từ nhiệm vụ: {0})</source>
        <translation>(từ nhiệm vụ: {0})</translation>
    </message>
    <message>
        <source>Nhiệm vụ đã hoàn thành của tiêu chí này có {0} tài liệu chưa gắn: {1}</source>
        <translation>Nhiệm vụ đã hoàn thành của tiêu chí này có {0} tài liệu chưa gắn: {1}</translation>
    </message>
    <message>
        <source>Không mở được</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>Điều nhiệm vụ đạt được, như báo cáo sẽ nêu: ví dụ “Đã kiểm tra 5 công chức, không phát hiện vi phạm”</source>
        <translation>Điều nhiệm vụ đạt được, như báo cáo sẽ nêu: ví dụ “Đã kiểm tra 5 công chức, không phát hiện vi phạm”</translation>
    </message>
    <message>
        <source>Nếu nhiệm vụ chậm cần cấp trên hỗ trợ: câu kiến nghị sẽ in ở mục V của báo cáo, ví dụ “Đề nghị Sở Nội vụ hướng dẫn …”</source>
        <translation>Nếu nhiệm vụ chậm cần cấp trên hỗ trợ: câu kiến nghị sẽ in ở mục V của báo cáo, ví dụ “Đề nghị Sở Nội vụ hướng dẫn …”</translation>
    </message>
    <message>
        <source>Nhiệm vụ {0}: {1}</source>
        <translation>Nhiệm vụ {0}: {1}</translation>
    </message>
    <message>
        <source>Nhiệm vụ: {0}</source>
        <translation>Nhiệm vụ: {0}</translation>
    </message>
    <message>
        <source>(Chuyển từ kế hoạch năm {0})</source>
        <translation>(Chuyển từ kế hoạch năm {0})</translation>
    </message>
    <message>
        <source>Hạn hoàn thành: {0}</source>
        <translation>Hạn hoàn thành: {0}</translation>
    </message>
    <message>
        <source>Nhiệm vụ chưa có hạn.</source>
        <translation>Nhiệm vụ chưa có hạn.</translation>
    </message>
    <message>
        <source>Điều nhiệm vụ đạt được, như báo cáo sẽ nêu: ví dụ “Đã ban hành Kế hoạch tuyên truyền CCHC năm 2026”</source>
        <translation>Điều nhiệm vụ đạt được, như báo cáo sẽ nêu: ví dụ “Đã ban hành Kế hoạch tuyên truyền CCHC năm 2026”</translation>
    </message>
    <message>
        <source>Thêm tệp kiểm chứng…</source>
        <translation>Thêm tệp kiểm chứng…</translation>
    </message>
    <message>
        <source>Đã đính kèm: {0}</source>
        <translation>Đã đính kèm: {0}</translation>
    </message>
    <message>
        <source>Bỏ tệp đã chọn</source>
        <translation>Bỏ tệp đã chọn</translation>
    </message>
    <message>
        <source>Ngày hoàn thành *</source>
        <translation>Ngày hoàn thành *</translation>
    </message>
    <message>
        <source>Kết quả đạt được</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Văn bản đã ban hành</source>
        <translation>Văn bản đã ban hành</translation>
    </message>
    <message>
        <source>Ghi nhận hoàn thành</source>
        <translation>Ghi nhận hoàn thành</translation>
    </message>
    <message>
        <source>Lý do chậm *</source>
        <translation>Lý do chậm *</translation>
    </message>
    <message>
        <source>Hoàn thành sau hạn {0} ngày: báo cáo nêu lý do này.</source>
        <translation>Hoàn thành sau hạn {0} ngày: báo cáo nêu lý do này.</translation>
    </message>
    <message>
        <source>Bắt buộc: hoàn thành sau hạn {0} ngày. Vì sao chậm?</source>
        <translation>Bắt buộc: hoàn thành sau hạn {0} ngày. Vì sao chậm?</translation>
    </message>
    <message>
        <source>Không cần: hoàn thành đúng hạn.</source>
        <translation>Không cần: hoàn thành đúng hạn.</translation>
    </message>
    <message>
        <source>Kiến nghị cấp trên</source>
        <translation>Kiến nghị cấp trên</translation>
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
    <message>
        <source>Nhập biểu thống kê…</source>
        <translation>Nhập biểu thống kê…</translation>
    </message>
    <message>
        <source>Biểu thống kê hồ sơ xuất từ Hệ thống thông tin giải quyết thủ tục hành chính (Excel, Word, CSV) hoặc dán bảng vừa sao chép</source>
        <translation>Biểu thống kê hồ sơ xuất từ Hệ thống thông tin giải quyết thủ tục hành chính (Excel, Word, CSV) hoặc dán bảng vừa sao chép</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu của tỉnh…</source>
        <translation>Thêm chỉ tiêu của tỉnh…</translation>
    </message>
    <message>
        <source>Gõ số liệu từng quý; 6 tháng, 9 tháng và năm tự cộng từ các quý khi đã có đủ các quý của kỳ (chữ nghiêng, màu xám) — gõ đè để nhập trực tiếp, bấm Delete trên ô để trở lại số tự tính. Tỷ lệ luôn tự tính. Dán (Ctrl+V) được một cột hay một bảng số sao chép từ Excel, từ ô đang chọn trở xuống.</source>
        <translation>Gõ số liệu từng quý; 6 tháng, 9 tháng và năm tự cộng từ các quý khi đã có đủ các quý của kỳ (chữ nghiêng, màu xám) — gõ đè để nhập trực tiếp, bấm Delete trên ô để trở lại số tự tính. Tỷ lệ luôn tự tính. Dán (Ctrl+V) được một cột hay một bảng số sao chép từ Excel, từ ô đang chọn trở xuống.</translation>
    </message>
    <message>
        <source>Chỉ tiêu khác</source>
        <translation>Chỉ tiêu khác</translation>
    </message>
    <message>
        <source>Số đó vẫn chờ trong ô chữ đỏ: hãy gõ lại số đúng vào ô đó, hoặc chọn ô rồi bấm Delete để bỏ số đó.</source>
        <translation>Số đó vẫn chờ trong ô chữ đỏ: hãy gõ lại số đúng vào ô đó, hoặc chọn ô rồi bấm Delete để bỏ số đó.</translation>
    </message>
    <message>
        <source>Các số khác đã lưu.</source>
        <translation>Các số khác đã lưu.</translation>
    </message>
    <message>
        <source>số gõ trong ô chữ đỏ ở trang Số liệu ({0})</source>
        <translation>số gõ trong ô chữ đỏ ở trang Số liệu ({0})</translation>
    </message>
    <message>
        <source>{0} ở “{1}”, cột {2} năm {3}</source>
        <translation>{0} ở “{1}”, cột {2} năm {3}</translation>
    </message>
    <message>
        <source>sang trang Số liệu, chọn ô chữ đỏ đó (ở năm của nó) rồi bấm Delete</source>
        <translation>sang trang Số liệu, chọn ô chữ đỏ đó (ở năm của nó) rồi bấm Delete</translation>
    </message>
    <message>
        <source>Số {0} gõ trước đó ở “{1}”, cột {2} năm {3}, chưa lưu được:</source>
        <translation>Số {0} gõ trước đó ở “{1}”, cột {2} năm {3}, chưa lưu được:</translation>
    </message>
    <message>
        <source>Bảng sao chép có {0} cột, nhiều hơn số cột kỳ của trang này ({1}): có lẽ là một dòng của biểu thống kê. Chưa dán gì. Hãy bấm “Nhập biểu thống kê…” rồi “Dán bảng vừa sao chép”: ParApp đọc từng cột theo tên của biểu.</source>
        <translation>Bảng sao chép có {0} cột, nhiều hơn số cột kỳ của trang này ({1}): có lẽ là một dòng của biểu thống kê. Chưa dán gì. Hãy bấm “Nhập biểu thống kê…” rồi “Dán bảng vừa sao chép”: ParApp đọc từng cột theo tên của biểu.</translation>
    </message>
    <message>
        <source>Bảng sao chép có {0} dòng, {1} cột nhưng từ ô đang chọn chỉ còn {2} dòng chỉ tiêu, {3} cột kỳ: chưa dán gì. Hãy chọn ô bắt đầu cao hơn hoặc xa hơn về bên trái, hoặc sao chép ít hơn.</source>
        <translation>Bảng sao chép có {0} dòng, {1} cột nhưng từ ô đang chọn chỉ còn {2} dòng chỉ tiêu, {3} cột kỳ: chưa dán gì. Hãy chọn ô bắt đầu cao hơn hoặc xa hơn về bên trái, hoặc sao chép ít hơn.</translation>
    </message>
    <message>
        <source>Nhập bộ tiêu chí Chỉ số CCHC</source>
        <translation>Nhập bộ tiêu chí Chỉ số CCHC</translation>
    </message>
    <message>
        <source>Bảng tiêu chí của tỉnh (Word, Excel, CSV): cột STT/mã, tên tiêu chí, điểm tối đa; có thể có hướng dẫn chấm điểm, tài liệu kiểm chứng, điểm tự đánh giá, điểm thẩm định.</source>
        <translation>Bảng tiêu chí của tỉnh (Word, Excel, CSV): cột STT/mã, tên tiêu chí, điểm tối đa; có thể có hướng dẫn chấm điểm, tài liệu kiểm chứng, điểm tự đánh giá, điểm thẩm định.</translation>
    </message>
    <message>
        <source>Thay bộ tiêu chí đã có của năm này (giữ điểm, giải trình, tài liệu theo mã)</source>
        <translation>Thay bộ tiêu chí đã có của năm này (giữ điểm, giải trình, tài liệu theo mã)</translation>
    </message>
    <message>
        <source>Năm được đánh giá</source>
        <translation>Năm được đánh giá</translation>
    </message>
    <message>
        <source>Lưu bộ tiêu chí</source>
        <translation>Lưu bộ tiêu chí</translation>
    </message>
    <message>
        <source>Chọn tệp bộ tiêu chí</source>
        <translation>Chọn tệp bộ tiêu chí</translation>
    </message>
    <message>
        <source>Bộ tiêu chí (*.docx *.xlsx *.csv *.txt *.htm *.html *.xls);;Mọi tệp (*)</source>
        <translation>Bộ tiêu chí (*.docx *.xlsx *.csv *.txt *.htm *.html *.xls);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>bảng dán</source>
        <translation>bảng dán</translation>
    </message>
    <message>
        <source>Đọc được {0} lĩnh vực, {1} tiêu chí chấm điểm; tổng điểm tối đa {2}.</source>
        <translation>Đọc được {0} lĩnh vực, {1} tiêu chí chấm điểm; tổng điểm tối đa {2}.</translation>
    </message>
    <message>
        <source>{0} dòng cần sửa (tô cam) trước khi lưu.</source>
        <translation>{0} dòng cần sửa (tô cam) trước khi lưu.</translation>
    </message>
    <message>
        <source>Năm {0} đã có bộ tiêu chí.</source>
        <translation>Năm {0} đã có bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Các tiêu chí sau nay có tiêu chí con: điểm (tự đánh giá / thẩm định), giải trình và tài liệu kiểm chứng của chúng sẽ không giữ được, hãy chấm lại từng tiêu chí con: {0}.</source>
        <translation>Các tiêu chí sau nay có tiêu chí con: điểm (tự đánh giá / thẩm định), giải trình và tài liệu kiểm chứng của chúng sẽ không giữ được, hãy chấm lại từng tiêu chí con: {0}.</translation>
    </message>
    <message>
        <source>Các nhiệm vụ khắc phục sau sẽ không còn gắn với tiêu chí nào của bộ mới (nhiệm vụ vẫn ở trong kế hoạch): {0}.</source>
        <translation>Các nhiệm vụ khắc phục sau sẽ không còn gắn với tiêu chí nào của bộ mới (nhiệm vụ vẫn ở trong kế hoạch): {0}.</translation>
    </message>
    <message>
        <source>{0} (tự đánh giá {1} → {2})</source>
        <translation>{0} (tự đánh giá {1} → {2})</translation>
    </message>
    <message>
        <source>{0} (thẩm định {1} → {2})</source>
        <translation>{0} (thẩm định {1} → {2})</translation>
    </message>
    <message>
        <source>Điểm ghi trong tệp sẽ thay điểm đã chấm của các tiêu chí sau: {0}.</source>
        <translation>Điểm ghi trong tệp sẽ thay điểm đã chấm của các tiêu chí sau: {0}.</translation>
    </message>
    <message>
        <source>Giải trình ghi trong tệp sẽ thay giải trình đã nhập của các tiêu chí sau: {0}.</source>
        <translation>Giải trình ghi trong tệp sẽ thay giải trình đã nhập của các tiêu chí sau: {0}.</translation>
    </message>
    <message>
        <source>Điểm, giải trình giữ theo mã sẽ nằm ở tiêu chí nay có tên khác (tỉnh có thể đã đánh số lại; hãy kiểm tra, chấm lại nếu cần): {0}.</source>
        <translation>Điểm, giải trình giữ theo mã sẽ nằm ở tiêu chí nay có tên khác (tỉnh có thể đã đánh số lại; hãy kiểm tra, chấm lại nếu cần): {0}.</translation>
    </message>
    <message>
        <source>{0} (“{1}” nay là “{2}”)</source>
        <translation>{0} (“{1}” nay là “{2}”)</translation>
    </message>
    <message>
        <source>Đã lưu. Điểm của các tiêu chí sau không giữ được (tiêu chí không còn trong bộ mới, hoặc điểm tối đa mới thấp hơn điểm đã chấm): {0}.</source>
        <translation>Đã lưu. Điểm của các tiêu chí sau không giữ được (tiêu chí không còn trong bộ mới, hoặc điểm tối đa mới thấp hơn điểm đã chấm): {0}.</translation>
    </message>
    <message>
        <source>Thay bộ tiêu chí</source>
        <translation>Thay bộ tiêu chí</translation>
    </message>
    <message>
        <source>Các tiêu chí sau không còn trong bộ mới: điểm (tự đánh giá / thẩm định), giải trình và tài liệu kiểm chứng của chúng sẽ không giữ được: {0}.</source>
        <translation>Các tiêu chí sau không còn trong bộ mới: điểm (tự đánh giá / thẩm định), giải trình và tài liệu kiểm chứng của chúng sẽ không giữ được: {0}.</translation>
    </message>
    <message>
        <source>Các tiêu chí sau có điểm tối đa mới thấp hơn điểm đã chấm: điểm (tự đánh giá / thẩm định) sẽ không giữ được, giải trình và tài liệu vẫn giữ: {0}.</source>
        <translation>Các tiêu chí sau có điểm tối đa mới thấp hơn điểm đã chấm: điểm (tự đánh giá / thẩm định) sẽ không giữ được, giải trình và tài liệu vẫn giữ: {0}.</translation>
    </message>
    <message>
        <source>Vẫn thay bộ tiêu chí?</source>
        <translation>Vẫn thay bộ tiêu chí?</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng ParApp</source>
        <translation>Hướng dẫn sử dụng ParApp</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Còn {0} mục nữa: bấm “Xem chi tiết...” để đọc hết.</source>
        <translation>Còn {0} mục nữa: bấm “Xem chi tiết...” để đọc hết.</translation>
    </message>
    <message>
        <source>Bấm “Xem chi tiết...” để đọc hết.</source>
        <translation>Bấm “Xem chi tiết...” để đọc hết.</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Đã lưu tệp “{0}” vào thư mục:
{1}</source>
        <translation>Đã lưu tệp “{0}” vào thư mục:
{1}</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Chưa có bảng nào được sao chép. Hãy bôi đen bảng trong Word hoặc Excel, bấm Ctrl+C, rồi bấm lại “Dán bảng”.</source>
        <translation>Chưa có bảng nào được sao chép. Hãy bôi đen bảng trong Word hoặc Excel, bấm Ctrl+C, rồi bấm lại “Dán bảng”.</translation>
    </message>
    <message>
        <source>Chưa có gì để dán</source>
        <translation>Chưa có gì để dán</translation>
    </message>
    <message>
        <source>Tệp nhật ký lỗi: {0}</source>
        <translation>Tệp nhật ký lỗi: {0}</translation>
    </message>
    <message>
        <source>Dữ liệu đang bận (một chương trình khác đang ghi vào tệp dữ liệu), nên thao tác vừa rồi chưa thực hiện được. Hãy đợi một lát rồi làm lại.</source>
        <translation>Dữ liệu đang bận (một chương trình khác đang ghi vào tệp dữ liệu), nên thao tác vừa rồi chưa thực hiện được. Hãy đợi một lát rồi làm lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu nữa ({0}): ổ đĩa, USB hoặc thư mục dùng chung chứa dữ liệu vừa bị rút ra hoặc ngắt. Dữ liệu trong tệp không bị ảnh hưởng. Hãy cắm lại USB hoặc nối lại ổ đĩa, rồi đóng và mở lại ParApp.</source>
        <translation>Không đọc được tệp dữ liệu nữa ({0}): ổ đĩa, USB hoặc thư mục dùng chung chứa dữ liệu vừa bị rút ra hoặc ngắt. Dữ liệu trong tệp không bị ảnh hưởng. Hãy cắm lại USB hoặc nối lại ổ đĩa, rồi đóng và mở lại ParApp.</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp dữ liệu nữa ({0}): ổ đĩa hoặc USB chứa dữ liệu vừa bị rút ra hoặc chuyển sang chỉ đọc. Thao tác vừa rồi chưa được lưu; những gì đã lưu trước đó vẫn còn trong tệp. Hãy cắm lại USB hoặc kiểm tra ổ đĩa, rồi đóng và mở lại ParApp.</source>
        <translation>Không ghi được vào tệp dữ liệu nữa ({0}): ổ đĩa hoặc USB chứa dữ liệu vừa bị rút ra hoặc chuyển sang chỉ đọc. Thao tác vừa rồi chưa được lưu; những gì đã lưu trước đó vẫn còn trong tệp. Hãy cắm lại USB hoặc kiểm tra ổ đĩa, rồi đóng và mở lại ParApp.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp dữ liệu ({0}). Thao tác vừa rồi chưa thực hiện được; dữ liệu đã lưu trước đó không bị ảnh hưởng. Nếu lỗi lặp lại, hãy dùng Tệp → Khôi phục….</source>
        <translation>Không đọc hoặc ghi được tệp dữ liệu ({0}). Thao tác vừa rồi chưa thực hiện được; dữ liệu đã lưu trước đó không bị ảnh hưởng. Nếu lỗi lặp lại, hãy dùng Tệp → Khôi phục….</translation>
    </message>
    <message>
        <source>Máy tính không đủ bộ nhớ cho thao tác vừa rồi. Hãy đóng bớt chương trình khác rồi làm lại.</source>
        <translation>Máy tính không đủ bộ nhớ cho thao tác vừa rồi. Hãy đóng bớt chương trình khác rồi làm lại.</translation>
    </message>
    <message>
        <source>ParApp gặp một lỗi chưa lường trước, nên thao tác vừa rồi có thể chưa thực hiện xong. Dữ liệu đã lưu trước đó không bị ảnh hưởng. Hãy làm lại; nếu lỗi lặp lại, bấm “Sao chép chi tiết” và gửi cho người hỗ trợ.</source>
        <translation>ParApp gặp một lỗi chưa lường trước, nên thao tác vừa rồi có thể chưa thực hiện xong. Dữ liệu đã lưu trước đó không bị ảnh hưởng. Hãy làm lại; nếu lỗi lặp lại, bấm “Sao chép chi tiết” và gửi cho người hỗ trợ.</translation>
    </message>
    <message>
        <source>Có lỗi xảy ra</source>
        <translation>Có lỗi xảy ra</translation>
    </message>
    <message>
        <source>Sao chép chi tiết</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>Đã sao chép</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <source>Ai đang làm việc?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <source>Chọn tên của mình để Nhật ký ghi đúng người thực hiện mỗi thay đổi. ParApp nhớ lựa chọn này cho tài khoản máy tính đang dùng; đổi lại ở thanh trạng thái, mục “Làm việc với tư cách”.</source>
        <translation>Chọn tên của mình để Nhật ký ghi đúng người thực hiện mỗi thay đổi. ParApp nhớ lựa chọn này cho tài khoản máy tính đang dùng; đổi lại ở thanh trạng thái, mục “Làm việc với tư cách”.</translation>
    </message>
    <message>
        <source>Đây là tôi</source>
        <translation>Đây là tôi</translation>
    </message>
    <message>
        <source>Hỏi lại lần mở sau (phím Esc)</source>
        <translation>Hỏi lại lần mở sau (phím Esc)</translation>
    </message>
    <message>
        <source>Tên tôi chưa có…</source>
        <translation>Tên tôi chưa có…</translation>
    </message>
    <message>
        <source>ParApp – XÃ MẪU ĐỂ XEM THỬ (không phải dữ liệu của xã)</source>
        <translation>ParApp – XÃ MẪU ĐỂ XEM THỬ (không phải dữ liệu của xã)</translation>
    </message>
    <message>
        <source>Không mở được cửa sổ xã mẫu.</source>
        <translation>Không mở được cửa sổ xã mẫu.</translation>
    </message>
    <message>
        <source>Thư mục</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Soạn công văn đôn đốc…</source>
        <translation>Soạn công văn đôn đốc…</translation>
    </message>
    <message>
        <source>Ẩn</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Ẩn lời nhắc đến ngày mai (xem lại: Nhiệm vụ → Nhắc việc hôm nay)</source>
        <translation>Ẩn lời nhắc đến ngày mai (xem lại: Nhiệm vụ → Nhắc việc hôm nay)</translation>
    </message>
    <message>
        <source>Nhắc việc:</source>
        <translation>Nhắc việc:</translation>
    </message>
    <message>
        <source>Nhắc việc khi mở ParApp và mỗi ngày một lần khi đang chạy</source>
        <translation>Nhắc việc khi mở ParApp và mỗi ngày một lần khi đang chạy</translation>
    </message>
    <message>
        <source>Khi thu nhỏ, ẩn ParApp xuống khay hệ thống (góc phải thanh tác vụ) để vẫn được nhắc</source>
        <translation>Khi thu nhỏ, ẩn ParApp xuống khay hệ thống (góc phải thanh tác vụ) để vẫn được nhắc</translation>
    </message>
    <message>
        <source>Màn hình này không có khay hệ thống: lời nhắc hiện ở đầu cửa sổ ParApp.</source>
        <translation>Màn hình này không có khay hệ thống: lời nhắc hiện ở đầu cửa sổ ParApp.</translation>
    </message>
    <message>
        <source>Lời nhắc nói có bao nhiêu nhiệm vụ quá hạn, bao nhiêu đến hạn trong tuần và báo cáo định kỳ nào sắp đến hạn gửi; bấm vào để mở đúng trang. Mỗi ngày nhắc một lần; xem lại bất cứ lúc nào ở menu Nhiệm vụ → Nhắc việc hôm nay.</source>
        <translation>Lời nhắc nói có bao nhiêu nhiệm vụ quá hạn, bao nhiêu đến hạn trong tuần và báo cáo định kỳ nào sắp đến hạn gửi; bấm vào để mở đúng trang. Mỗi ngày nhắc một lần; xem lại bất cứ lúc nào ở menu Nhiệm vụ → Nhắc việc hôm nay.</translation>
    </message>
    <message>
        <source>Để ParApp tự mở (thu nhỏ) khi bật máy: chọn “Khởi động cùng Windows” khi cài đặt ParApp, hoặc đặt một lối tắt tới ParApp với tham số --minimized vào thư mục Startup của Windows.</source>
        <translation>Để ParApp tự mở (thu nhỏ) khi bật máy: chọn “Khởi động cùng Windows” khi cài đặt ParApp, hoặc đặt một lối tắt tới ParApp với tham số --minimized vào thư mục Startup của Windows.</translation>
    </message>
    <message>
        <source>Việc trước (sao lưu, nhập hay xuất bản PDF) chưa xong. Hãy đợi nó xong rồi làm lại.</source>
        <translation>Việc trước (sao lưu, nhập hay xuất bản PDF) chưa xong. Hãy đợi nó xong rồi làm lại.</translation>
    </message>
    <message>
        <source>Những gì bạn vừa nhập chưa được lưu. Lưu lại trước khi đóng?</source>
        <translation>Những gì bạn vừa nhập chưa được lưu. Lưu lại trước khi đóng?</translation>
    </message>
    <message>
        <source>Xem nhiệm vụ (chỉ đọc)</source>
        <translation>Xem nhiệm vụ (chỉ đọc)</translation>
    </message>
    <message>
        <source>Máy tính này chưa có chương trình mở được “{0}”. Tệp vẫn ở thư mục:
{1}
Hãy cài chương trình phù hợp (ví dụ trình đọc PDF, Word), hoặc chép tệp sang máy khác để xem.</source>
        <translation>Máy tính này chưa có chương trình mở được “{0}”. Tệp vẫn ở thư mục:
{1}
Hãy cài chương trình phù hợp (ví dụ trình đọc PDF, Word), hoặc chép tệp sang máy khác để xem.</translation>
    </message>
    <message>
        <source>Một ParApp khác đang ghi liên tục; ParApp sẽ đọc lại khi việc ghi ngớt.</source>
        <translation>Một ParApp khác đang ghi liên tục; ParApp sẽ đọc lại khi việc ghi ngớt.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu lúc này không đọc được (có thể đang được chép đè, hoặc ổ đĩa vừa bị ngắt); ParApp sẽ đọc lại khi tệp trở lại bình thường.</source>
        <translation>Tệp dữ liệu lúc này không đọc được (có thể đang được chép đè, hoặc ổ đĩa vừa bị ngắt); ParApp sẽ đọc lại khi tệp trở lại bình thường.</translation>
    </message>
    <message>
        <source>Chưa đọc lại được những gì vừa được lưu vào tệp dữ liệu: những gì đang hiện (và in ra) là dữ liệu lúc {0}. {1}</source>
        <translation>Chưa đọc lại được những gì vừa được lưu vào tệp dữ liệu: những gì đang hiện (và in ra) là dữ liệu lúc {0}. {1}</translation>
    </message>
    <message>
        <source>Một ParApp khác vừa thay tệp dữ liệu này bằng một bản khác (ví dụ khôi phục từ bản sao lưu). Cửa sổ đã mở lại dữ liệu để hiện đúng những gì đang có trong tệp.</source>
        <translation>Một ParApp khác vừa thay tệp dữ liệu này bằng một bản khác (ví dụ khôi phục từ bản sao lưu). Cửa sổ đã mở lại dữ liệu để hiện đúng những gì đang có trong tệp.</translation>
    </message>
    <message>
        <source>Dữ liệu giờ đã ghi được</source>
        <translation>Dữ liệu giờ đã ghi được</translation>
    </message>
    <message>
        <source>Dữ liệu này giờ đã ghi được, nhưng cửa sổ này mở nó ở chế độ chỉ đọc từ trước. Hãy đóng ParApp (Tệp → Thoát) rồi mở lại để sửa.</source>
        <translation>Dữ liệu này giờ đã ghi được, nhưng cửa sổ này mở nó ở chế độ chỉ đọc từ trước. Hãy đóng ParApp (Tệp → Thoát) rồi mở lại để sửa.</translation>
    </message>
    <message>
        <source>Cửa sổ này chỉ đọc dữ liệu nên không sửa được chỗ chữ hỏng ở đây. {0} Khi dữ liệu mở được để ghi, hộp báo lỗi này có nút “Sửa chỗ chữ hỏng”: sửa ngay trong cửa sổ, không mất gì khác (không cần khôi phục bản sao lưu).</source>
        <translation>Cửa sổ này chỉ đọc dữ liệu nên không sửa được chỗ chữ hỏng ở đây. {0} Khi dữ liệu mở được để ghi, hộp báo lỗi này có nút “Sửa chỗ chữ hỏng”: sửa ngay trong cửa sổ, không mất gì khác (không cần khôi phục bản sao lưu).</translation>
    </message>
    <message>
        <source>Dữ liệu có chỗ chữ bị hỏng trên đĩa. Bấm “Sửa chỗ chữ hỏng” để sửa ngay trong cửa sổ: không mất gì khác, không cần khôi phục bản sao lưu (dữ liệu trước khi sửa được giữ trong một bản sao lưu tự động).</source>
        <translation>Dữ liệu có chỗ chữ bị hỏng trên đĩa. Bấm “Sửa chỗ chữ hỏng” để sửa ngay trong cửa sổ: không mất gì khác, không cần khôi phục bản sao lưu (dữ liệu trước khi sửa được giữ trong một bản sao lưu tự động).</translation>
    </message>
    <message>
        <source>Dữ liệu có liên kết trỏ tới dòng không còn (ví dụ một nhiệm vụ ghi là đã chuyển sang năm sau, trỏ tới nhiệm vụ không còn). Bấm “Sửa chỗ chữ hỏng” để sửa ngay trong cửa sổ: bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác, không cần khôi phục bản sao lưu (dữ liệu trước khi sửa được giữ trong một bản sao lưu tự động).</source>
        <translation>Dữ liệu có liên kết trỏ tới dòng không còn (ví dụ một nhiệm vụ ghi là đã chuyển sang năm sau, trỏ tới nhiệm vụ không còn). Bấm “Sửa chỗ chữ hỏng” để sửa ngay trong cửa sổ: bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác, không cần khôi phục bản sao lưu (dữ liệu trước khi sửa được giữ trong một bản sao lưu tự động).</translation>
    </message>
    <message>
        <source>Sửa chỗ chữ hỏng</source>
        <translation>Sửa chỗ chữ hỏng</translation>
    </message>
    <message>
        <source>Chưa sửa được</source>
        <translation>Chưa sửa được</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {0} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</source>
        <translation>Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {0} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</translation>
    </message>
    <message>
        <source>• {0} dòng của Nhật ký thay đổi</source>
        <translation>• {0} dòng của Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Đã sửa {0} chỗ chữ bị hỏng trên đĩa, đặt lại đúng như trước khi hỏng:
{1}

Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</source>
        <translation>Đã sửa {0} chỗ chữ bị hỏng trên đĩa, đặt lại đúng như trước khi hỏng:
{1}

Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</translation>
    </message>
    <message>
        <source>Đã sửa {0} chỗ chữ bị hỏng trên đĩa:
{1}

Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</source>
        <translation>Đã sửa {0} chỗ chữ bị hỏng trên đĩa:
{1}

Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</translation>
    </message>
    <message>
        <source>{0} dòng Nhật ký thay đổi giữ dấu “�” ở chỗ chữ hỏng, phần còn lại đọc được như cũ: Nhật ký chỉ ghi thêm, không sửa được và không cần sửa.</source>
        <translation>{0} dòng Nhật ký thay đổi giữ dấu “�” ở chỗ chữ hỏng, phần còn lại đọc được như cũ: Nhật ký chỉ ghi thêm, không sửa được và không cần sửa.</translation>
    </message>
    <message>
        <source>Số thứ tự của tiêu chí Chỉ số CCHC năm {0} giữ dấu “�”: số này lấy từ tệp bộ tiêu chí của tỉnh, không sửa được trong cửa sổ. Hãy nhập lại tệp đó, thay bộ cũ (Chỉ số CCHC → Nhập bộ tiêu chí…, chọn “Thay bộ tiêu chí đã có”): điểm, giải trình và tài liệu của các mã còn giữ được giữ nguyên.</source>
        <translation>Số thứ tự của tiêu chí Chỉ số CCHC năm {0} giữ dấu “�”: số này lấy từ tệp bộ tiêu chí của tỉnh, không sửa được trong cửa sổ. Hãy nhập lại tệp đó, thay bộ cũ (Chỉ số CCHC → Nhập bộ tiêu chí…, chọn “Thay bộ tiêu chí đã có”): điểm, giải trình và tài liệu của các mã còn giữ được giữ nguyên.</translation>
    </message>
    <message>
        <source>Tên tệp bộ tiêu chí Chỉ số CCHC đã nhập (ParApp chỉ ghi để nhớ, không hiện ở đâu) giữ dấu “�”: không cần sửa.</source>
        <translation>Tên tệp bộ tiêu chí Chỉ số CCHC đã nhập (ParApp chỉ ghi để nhớ, không hiện ở đâu) giữ dấu “�”: không cần sửa.</translation>
    </message>
    <message>
        <source>ổ đĩa chứa “{0}” đã đầy</source>
        <translation>ổ đĩa chứa “{0}” đã đầy</translation>
    </message>
    <message>
        <source>Việc sửa này chưa được ghi vào Nhật ký thay đổi ({0}); chữ đã được sửa xong.</source>
        <translation>Việc sửa này chưa được ghi vào Nhật ký thay đổi ({0}); chữ đã được sửa xong.</translation>
    </message>
    <message>
        <source>Đã sửa chữ hỏng</source>
        <translation>Đã sửa chữ hỏng</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} trỏ tới nhiệm vụ nhận chuyển sang năm sau (số {1}) nay không còn: đã bỏ liên kết đó, như khi xóa nhiệm vụ nhận chuyển. Nếu việc này đã được chuyển, hãy dùng Nhiệm vụ → Chuyển việc chưa xong sang năm sau… (năm {2}) và chọn nó: nó được nối lại với việc cùng nội dung ở kế hoạch năm sau.</source>
        <translation>Nhiệm vụ số {0} trỏ tới nhiệm vụ nhận chuyển sang năm sau (số {1}) nay không còn: đã bỏ liên kết đó, như khi xóa nhiệm vụ nhận chuyển. Nếu việc này đã được chuyển, hãy dùng Nhiệm vụ → Chuyển việc chưa xong sang năm sau… (năm {2}) và chọn nó: nó được nối lại với việc cùng nội dung ở kế hoạch năm sau.</translation>
    </message>
    <message>
        <source>Đã bỏ {0} liên kết khác trỏ tới dòng không còn (như khi dòng đó bị xóa).</source>
        <translation>Đã bỏ {0} liên kết khác trỏ tới dòng không còn (như khi dòng đó bị xóa).</translation>
    </message>
    <message>
        <source>Đã sửa {0} chỗ chữ bị hỏng trên đĩa; chỗ hỏng nay là dấu “�”, phần còn lại giữ nguyên:
{1}

Hãy xem lại những chỗ đó và gõ lại cho đúng. Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</source>
        <translation>Đã sửa {0} chỗ chữ bị hỏng trên đĩa; chỗ hỏng nay là dấu “�”, phần còn lại giữ nguyên:
{1}

Hãy xem lại những chỗ đó và gõ lại cho đúng. Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</translation>
    </message>
    <message>
        <source>Việc vừa chọn chưa làm được vì {0} chưa lưu được, mà kết quả phải khớp với những gì đang hiện. Khi lưu được (ổ đĩa có chỗ trống, USB ghi được lại), hãy làm lại; hoặc {1} để bỏ giá trị đó rồi làm tiếp với dữ liệu đã lưu.</source>
        <translation>Việc vừa chọn chưa làm được vì {0} chưa lưu được, mà kết quả phải khớp với những gì đang hiện. Khi lưu được (ổ đĩa có chỗ trống, USB ghi được lại), hãy làm lại; hoặc {1} để bỏ giá trị đó rồi làm tiếp với dữ liệu đã lưu.</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Những gì vừa gõ chưa lưu được (lý do đã báo). Vẫn đóng và bỏ những chữ đó? Chọn “Không” để giữ nguyên, rồi lưu lại khi đã khắc phục.</source>
        <translation>Những gì vừa gõ chưa lưu được (lý do đã báo). Vẫn đóng và bỏ những chữ đó? Chọn “Không” để giữ nguyên, rồi lưu lại khi đã khắc phục.</translation>
    </message>
    <message>
        <source>Nhiệm vụ đã có trong sổ</source>
        <translation>Nhiệm vụ đã có trong sổ</translation>
    </message>
    <message>
        <source>Cả {0} nhiệm vụ sắp nhập đều đã có trong sổ (kế hoạch “{1}”): tệp này có lẽ đã được nhập rồi.</source>
        <translation>Cả {0} nhiệm vụ sắp nhập đều đã có trong sổ (kế hoạch “{1}”): tệp này có lẽ đã được nhập rồi.</translation>
    </message>
    <message>
        <source>Nhập nữa thì mỗi nhiệm vụ có hai bản, và báo cáo sẽ đếm mỗi nhiệm vụ hai lần.</source>
        <translation>Nhập nữa thì mỗi nhiệm vụ có hai bản, và báo cáo sẽ đếm mỗi nhiệm vụ hai lần.</translation>
    </message>
    <message>
        <source>Vẫn nhập thêm một bản</source>
        <translation>Vẫn nhập thêm một bản</translation>
    </message>
    <message>
        <source>Không nhập</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>{0} trong {1} nhiệm vụ sắp nhập đã có trong sổ (tô cam; kế hoạch “{2}”).</source>
        <translation>{0} trong {1} nhiệm vụ sắp nhập đã có trong sổ (tô cam; kế hoạch “{2}”).</translation>
    </message>
    <message>
        <source>Nhập cả những dòng đó thì các nhiệm vụ ấy có hai bản, và báo cáo sẽ đếm chúng hai lần.</source>
        <translation>Nhập cả những dòng đó thì các nhiệm vụ ấy có hai bản, và báo cáo sẽ đếm chúng hai lần.</translation>
    </message>
    <message>
        <source>Bỏ qua {0} dòng trùng, nhập {1} dòng còn lại</source>
        <translation>Bỏ qua {0} dòng trùng, nhập {1} dòng còn lại</translation>
    </message>
    <message>
        <source>Nhập cả dòng trùng</source>
        <translation>Nhập cả dòng trùng</translation>
    </message>
    <message>
        <source>Chuyển việc chưa xong sang năm sau</source>
        <translation>Chuyển việc chưa xong sang năm sau</translation>
    </message>
    <message>
        <source>Năm có việc chưa xong</source>
        <translation>Năm có việc chưa xong</translation>
    </message>
    <message>
        <source>ngày/tháng/năm – để trống: giao hạn sau</source>
        <translation>ngày/tháng/năm – để trống: giao hạn sau</translation>
    </message>
    <message>
        <source>Thời hạn mới</source>
        <translation>Thời hạn mới</translation>
    </message>
    <message>
        <source>Việc chưa xong của năm</source>
        <translation>Việc chưa xong của năm</translation>
    </message>
    <message>
        <source>sang</source>
        <translation>sang</translation>
    </message>
    <message>
        <source>Thời hạn mới cho các việc được chuyển:</source>
        <translation>Thời hạn mới cho các việc được chuyển:</translation>
    </message>
    <message>
        <source>Thêm một nhiệm vụ mới vào kế hoạch năm sau.</source>
        <translation>Thêm một nhiệm vụ mới vào kế hoạch năm sau.</translation>
    </message>
    <message>
        <source>Kế hoạch năm sau đã có việc này: nối vào đó, không thêm lần nữa.</source>
        <translation>Kế hoạch năm sau đã có việc này: nối vào đó, không thêm lần nữa.</translation>
    </message>
    <message>
        <source>thêm mới</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <source>đã có: STT {0}</source>
        <translation>đã có: STT {0}</translation>
    </message>
    <message>
        <source>đã có</source>
        <translation>đã có</translation>
    </message>
    <message>
        <source>Mỗi việc được chọn có một nhiệm vụ mới trong kế hoạch năm sau: cùng nội dung, lĩnh vực, mã tiêu chí, người chủ trì và tình trạng. Việc cũ giữ nguyên trong năm của nó: báo cáo năm ghi “chưa hoàn thành; chuyển sang năm sau thực hiện”, và việc cũ không còn bị nhắc. Việc lặp lại (thường xuyên, hằng năm…) không có ở đây: kế hoạch năm sau giao lại. Việc kế hoạch năm sau đã có (cùng nội dung) được nối vào việc đó, không thêm lần nữa.</source>
        <translation>Mỗi việc được chọn có một nhiệm vụ mới trong kế hoạch năm sau: cùng nội dung, lĩnh vực, mã tiêu chí, người chủ trì và tình trạng. Việc cũ giữ nguyên trong năm của nó: báo cáo năm ghi “chưa hoàn thành; chuyển sang năm sau thực hiện”, và việc cũ không còn bị nhắc. Việc lặp lại (thường xuyên, hằng năm…) không có ở đây: kế hoạch năm sau giao lại. Việc kế hoạch năm sau đã có (cùng nội dung) được nối vào việc đó, không thêm lần nữa.</translation>
    </message>
    <message>
        <source>Chọn tất cả</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Bỏ chọn tất cả</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Không đọc được danh sách việc</source>
        <translation>Không đọc được danh sách việc</translation>
    </message>
    <message>
        <source>{0} việc chưa đến hạn không được chọn sẵn: chuyển đi thì ParApp thôi nhắc việc đó trong năm {1}.</source>
        <translation>{0} việc chưa đến hạn không được chọn sẵn: chuyển đi thì ParApp thôi nhắc việc đó trong năm {1}.</translation>
    </message>
    <message>
        <source> (kế hoạch mới, sửa số và ngày sau)</source>
        <translation> (kế hoạch mới, sửa số và ngày sau)</translation>
    </message>
    <message>
        <source>Năm {0} không còn nhiệm vụ nào chưa hoàn thành để chuyển.</source>
        <translation>Năm {0} không còn nhiệm vụ nào chưa hoàn thành để chuyển.</translation>
    </message>
    <message>
        <source>Chuyển {0} nhiệm vụ</source>
        <translation>Chuyển {0} nhiệm vụ</translation>
    </message>
    <message>
        <source>Thời hạn mới: {0}</source>
        <translation>Thời hạn mới: {0}</translation>
    </message>
    <message>
        <source>Không chuyển được</source>
        <translation>Không chuyển được</translation>
    </message>
    <message>
        <source>Đã chuyển {0} nhiệm vụ sang kế hoạch năm sau.</source>
        <translation>Đã chuyển {0} nhiệm vụ sang kế hoạch năm sau.</translation>
    </message>
    <message>
        <source>Trình đơn đã đổi sang ngôn ngữ mới nhưng các trang chưa đổi: những gì vừa gõ trên một trang chưa lưu được. {0}

Các trang sẽ đổi sang ngôn ngữ mới khi chuyển sang trang khác, sau khi những chữ đó lưu được.</source>
        <translation>Trình đơn đã đổi sang ngôn ngữ mới nhưng các trang chưa đổi: những gì vừa gõ trên một trang chưa lưu được. {0}

Các trang sẽ đổi sang ngôn ngữ mới khi chuyển sang trang khác, sau khi những chữ đó lưu được.</translation>
    </message>
    <message>
        <source>Chưa đổi hết ngôn ngữ</source>
        <translation>Chưa đổi hết ngôn ngữ</translation>
    </message>
    <message>
        <source>Các điểm gõ trước đó chưa lưu được (ổ đĩa đầy) đã bỏ, không ghi vào bộ tiêu chí mới vì tiêu chí đó không còn (cùng mã, cùng tên) hoặc tệp vừa nhập đã có điểm của nó: {0}. Hãy xem lại và gõ lại điểm vào đúng tiêu chí nếu cần.</source>
        <translation>Các điểm gõ trước đó chưa lưu được (ổ đĩa đầy) đã bỏ, không ghi vào bộ tiêu chí mới vì tiêu chí đó không còn (cùng mã, cùng tên) hoặc tệp vừa nhập đã có điểm của nó: {0}. Hãy xem lại và gõ lại điểm vào đúng tiêu chí nếu cần.</translation>
    </message>
    <message>
        <source>Điểm đó vẫn chờ trong ô tô hồng: hãy gõ lại điểm đúng vào ô đó, hoặc chọn ô rồi bấm Delete để bỏ điểm đó.</source>
        <translation>Điểm đó vẫn chờ trong ô tô hồng: hãy gõ lại điểm đúng vào ô đó, hoặc chọn ô rồi bấm Delete để bỏ điểm đó.</translation>
    </message>
    <message>
        <source>Các điểm khác đã lưu.</source>
        <translation>Các điểm khác đã lưu.</translation>
    </message>
    <message>
        <source>điểm gõ trong ô tô hồng ở trang Chỉ số CCHC ({0})</source>
        <translation>điểm gõ trong ô tô hồng ở trang Chỉ số CCHC ({0})</translation>
    </message>
    <message>
        <source>{0} ở tiêu chí {1}, cột {2} năm {3}</source>
        <translation>{0} ở tiêu chí {1}, cột {2} năm {3}</translation>
    </message>
    <message>
        <source>Điểm {0} gõ trước đó ở tiêu chí {1}, cột {2} năm {3}, chưa lưu được:</source>
        <translation>Điểm {0} gõ trước đó ở tiêu chí {1}, cột {2} năm {3}, chưa lưu được:</translation>
    </message>
    <message>
        <source>Không thấy tệp dữ liệu</source>
        <translation>Không thấy tệp dữ liệu</translation>
    </message>
    <message>
        <source>Không thấy tệp dữ liệu “{0}”, nhưng thư mục dữ liệu còn bản sao lưu tự động lúc {1}{2}: tệp dữ liệu có thể đã bị xóa nhầm hoặc chuyển đi nơi khác.</source>
        <translation>Không thấy tệp dữ liệu “{0}”, nhưng thư mục dữ liệu còn bản sao lưu tự động lúc {1}{2}: tệp dữ liệu có thể đã bị xóa nhầm hoặc chuyển đi nơi khác.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu đó? Nếu chọn tạo dữ liệu mới, ParApp bắt đầu một sổ trống; các bản sao lưu tự động vẫn được giữ, khôi phục được sau (Tệp → Khôi phục…).</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu đó? Nếu chọn tạo dữ liệu mới, ParApp bắt đầu một sổ trống; các bản sao lưu tự động vẫn được giữ, khôi phục được sau (Tệp → Khôi phục…).</translation>
    </message>
    <message>
        <source>Tạo dữ liệu mới</source>
        <translation>Tạo dữ liệu mới</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;Sổ chưa có nhiệm vụ nào.&lt;/b&gt; Để bắt đầu:&lt;/p&gt;&lt;ul style=&apos;font-size:11pt&apos;&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; (hoặc nút “Thêm nhiệm vụ…”): ghi một nhiệm vụ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+I&lt;/b&gt; (hoặc nút “Nhập từ Word/Excel…”): nhập cả bảng phân công của một kế hoạch, từ tệp Word, Excel hoặc dán bảng vừa sao chép;&lt;/li&gt;&lt;li&gt;nhận dữ liệu của người làm trước (tệp .parapp-backup trên USB): &lt;a href=&apos;restore&apos;&gt;Khôi phục từ tệp sao lưu…&lt;/a&gt; (Tệp → Khôi phục…);&lt;/li&gt;&lt;li&gt;&lt;a href=&apos;demo&apos;&gt;Xem thử với một xã mẫu&lt;/a&gt;: mở một cửa sổ riêng với dữ liệu mẫu, không đụng đến dữ liệu của xã.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;Sổ chưa có nhiệm vụ nào.&lt;/b&gt; Để bắt đầu:&lt;/p&gt;&lt;ul style=&apos;font-size:11pt&apos;&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; (hoặc nút “Thêm nhiệm vụ…”): ghi một nhiệm vụ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+I&lt;/b&gt; (hoặc nút “Nhập từ Word/Excel…”): nhập cả bảng phân công của một kế hoạch, từ tệp Word, Excel hoặc dán bảng vừa sao chép;&lt;/li&gt;&lt;li&gt;nhận dữ liệu của người làm trước (tệp .parapp-backup trên USB): &lt;a href=&apos;restore&apos;&gt;Khôi phục từ tệp sao lưu…&lt;/a&gt; (Tệp → Khôi phục…);&lt;/li&gt;&lt;li&gt;&lt;a href=&apos;demo&apos;&gt;Xem thử với một xã mẫu&lt;/a&gt;: mở một cửa sổ riêng với dữ liệu mẫu, không đụng đến dữ liệu của xã.&lt;/li&gt;&lt;/ul&gt;</translation>
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
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Tiếp tục sửa</source>
        <translation>Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>“{0}” không phải là lệnh của “{1}”. Các lệnh có: {2}.</source>
        <translation>“{0}” không phải là lệnh của “{1}”. Các lệnh có: {2}.</translation>
    </message>
    <message>
        <source>{0} không nhận giá trị “{1}”. Hãy ghi một trong: {2}.</source>
        <translation>{0} không nhận giá trị “{1}”. Hãy ghi một trong: {2}.</translation>
    </message>
    <message>
        <source>{0} cần một số nguyên (chỉ gồm chữ số, ví dụ 2026), không phải “{1}”.</source>
        <translation>{0} cần một số nguyên (chỉ gồm chữ số, ví dụ 2026), không phải “{1}”.</translation>
    </message>
    <message>
        <source>{0} không nhận giá trị “{1}”.</source>
        <translation>{0} không nhận giá trị “{1}”.</translation>
    </message>
    <message>
        <source>{0} không đi kèm giá trị: hãy bỏ phần “={1}”, chỉ ghi {0}.</source>
        <translation>{0} không đi kèm giá trị: hãy bỏ phần “={1}”, chỉ ghi {0}.</translation>
    </message>
    <message>
        <source>Sau {0} cần ghi {1} giá trị. Hãy ghi đủ rồi chạy lại.</source>
        <translation>Sau {0} cần ghi {1} giá trị. Hãy ghi đủ rồi chạy lại.</translation>
    </message>
    <message>
        <source>Sau {0} cần ghi giá trị của nó. Hãy ghi thêm rồi chạy lại.</source>
        <translation>Sau {0} cần ghi giá trị của nó. Hãy ghi thêm rồi chạy lại.</translation>
    </message>
    <message>
        <source>{0} không dùng cùng {1} được: hãy chỉ ghi một trong hai.</source>
        <translation>{0} không dùng cùng {1} được: hãy chỉ ghi một trong hai.</translation>
    </message>
    <message>
        <source>{0} viết chưa đúng.</source>
        <translation>{0} viết chưa đúng.</translation>
    </message>
    <message>
        <source>Lệnh “{0}” cần có {1} mà chưa có. Hãy ghi thêm rồi chạy lại.</source>
        <translation>Lệnh “{0}” cần có {1} mà chưa có. Hãy ghi thêm rồi chạy lại.</translation>
    </message>
    <message>
        <source>Lệnh “{0}” cần có một trong {1}. Hãy ghi thêm rồi chạy lại.</source>
        <translation>Lệnh “{0}” cần có một trong {1}. Hãy ghi thêm rồi chạy lại.</translation>
    </message>
    <message>
        <source>Không hiểu {0}: lệnh không có tùy chọn hay tham số đó. Hãy bỏ đi, hoặc sửa nếu gõ nhầm.</source>
        <translation>Không hiểu {0}: lệnh không có tùy chọn hay tham số đó. Hãy bỏ đi, hoặc sửa nếu gõ nhầm.</translation>
    </message>
    <message>
        <source>“{0}” có thể là {1}: hãy ghi đủ tên tùy chọn.</source>
        <translation>“{0}” có thể là {1}: hãy ghi đủ tên tùy chọn.</translation>
    </message>
    <message>
        <source>Lệnh “{0}” viết chưa đúng.</source>
        <translation>Lệnh “{0}” viết chưa đúng.</translation>
    </message>
    <message>
        <source>Xem cách viết đầy đủ: {0} --help</source>
        <translation>Xem cách viết đầy đủ: {0} --help</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Công văn</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Chỉ thị</source>
        <translation>Chỉ thị</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Quy chế</source>
        <translation>Quy chế</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Nghị quyết</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Chỉ chọn một trong hai: --keep-draft hoặc --refresh-figures.</source>
        <translation>Chỉ chọn một trong hai: --keep-draft hoặc --refresh-figures.</translation>
    </message>
    <message>
        <source>Bản nháp số {0} thuộc kỳ {1} năm {2}, không phải kỳ đã chọn.</source>
        <translation>Bản nháp số {0} thuộc kỳ {1} năm {2}, không phải kỳ đã chọn.</translation>
    </message>
    <message>
        <source>“{0}” không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2024.</source>
        <translation>“{0}” không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2024.</translation>
    </message>
    <message>
        <source>Ngày “{0}” ở năm {1}: ParApp làm việc với các năm từ {2} đến {3}. Hãy kiểm tra lại năm.</source>
        <translation>Ngày “{0}” ở năm {1}: ParApp làm việc với các năm từ {2} đến {3}. Hãy kiểm tra lại năm.</translation>
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
        <source>Không có chỉ tiêu “{0}”. Hãy xem danh sách bằng lệnh parapp figures.</source>
        <translation>Không có chỉ tiêu “{0}”. Hãy xem danh sách bằng lệnh parapp figures.</translation>
    </message>
    <message>
        <source>“{0}” ({1}) được tính tự động từ các số liệu khác, không nhập trực tiếp.</source>
        <translation>“{0}” ({1}) được tính tự động từ các số liệu khác, không nhập trực tiếp.</translation>
    </message>
    <message>
        <source>“{0}” của chỉ tiêu “{1}” không phải là số. Hãy nhập như 1.240 hoặc 1240.</source>
        <translation>“{0}” của chỉ tiêu “{1}” không phải là số. Hãy nhập như 1.240 hoặc 1240.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{0}” không thể âm ({1}). Hãy kiểm tra lại số đã nhập hoặc ô đó trong biểu thống kê.</source>
        <translation>Chỉ tiêu “{0}” không thể âm ({1}). Hãy kiểm tra lại số đã nhập hoặc ô đó trong biểu thống kê.</translation>
    </message>
    <message>
        <source>“{0}” của chỉ tiêu “{1}” lớn hơn mọi số một xã có thể có (tối đa {2}). Hãy kiểm tra lại số đã nhập, hoặc các ô của cột đó trong biểu thống kê.</source>
        <translation>“{0}” của chỉ tiêu “{1}” lớn hơn mọi số một xã có thể có (tối đa {2}). Hãy kiểm tra lại số đã nhập, hoặc các ô của cột đó trong biểu thống kê.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{0}” là số đếm, phải là số nguyên ({1}). Hãy kiểm tra lại số đã nhập hoặc ô đó trong biểu thống kê.</source>
        <translation>Chỉ tiêu “{0}” là số đếm, phải là số nguyên ({1}). Hãy kiểm tra lại số đã nhập hoặc ô đó trong biểu thống kê.</translation>
    </message>
    <message>
        <source>“{0}”: hãy viết theo dạng MÃ=GIÁ_TRỊ, ví dụ dossiers.received=1240.</source>
        <translation>“{0}”: hãy viết theo dạng MÃ=GIÁ_TRỊ, ví dụ dossiers.received=1240.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu “{0}” chỉ gồm chữ thường không dấu, số, dấu chấm và gạch dưới, ví dụ tinh.ho_so_lien_thong.</source>
        <translation>Mã chỉ tiêu “{0}” chỉ gồm chữ thường không dấu, số, dấu chấm và gạch dưới, ví dụ tinh.ho_so_lien_thong.</translation>
    </message>
    <message>
        <source>Chưa nhập “{0}”. Trường này là bắt buộc.</source>
        <translation>Chưa nhập “{0}”. Trường này là bắt buộc.</translation>
    </message>
    <message>
        <source>Chỉ tiêu tự thêm chỉ được là số cộng dồn hoặc số đọc ở đầu/cuối kỳ.</source>
        <translation>Chỉ tiêu tự thêm chỉ được là số cộng dồn hoặc số đọc ở đầu/cuối kỳ.</translation>
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
        <source>Nhiệm vụ này đã được ghi nhận hoàn thành.</source>
        <translation>Nhiệm vụ này đã được ghi nhận hoàn thành.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày hoàn thành.</source>
        <translation>Hãy nhập ngày hoàn thành.</translation>
    </message>
    <message>
        <source>Nhiệm vụ hoàn thành sau hạn ({0}) {1} ngày. Hãy ghi lý do chậm: báo cáo sẽ nêu lý do này.</source>
        <translation>Nhiệm vụ hoàn thành sau hạn ({0}) {1} ngày. Hãy ghi lý do chậm: báo cáo sẽ nêu lý do này.</translation>
    </message>
    <message>
        <source>Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1}. Có phải là: {2}? Hãy sửa lại mã, hoặc để trống nếu nhiệm vụ không gắn với tiêu chí nào.</source>
        <translation>Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1}. Có phải là: {2}? Hãy sửa lại mã, hoặc để trống nếu nhiệm vụ không gắn với tiêu chí nào.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác (ổ đĩa hoặc thư mục này không cho ghi), ví dụ Tài liệu.</source>
        <translation>Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác (ổ đĩa hoặc thư mục này không cho ghi), ví dụ Tài liệu.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy đặt tên tệp ngắn hơn, hoặc lưu vào một thư mục có đường dẫn ngắn hơn.</source>
        <translation>Không ghi được tệp “{0}”: {1}. Hãy đặt tên tệp ngắn hơn, hoặc lưu vào một thư mục có đường dẫn ngắn hơn.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy xóa bớt tệp không cần trên ổ đĩa đó hoặc chọn thư mục khác.</source>
        <translation>Không ghi được tệp “{0}”: {1}. Hãy xóa bớt tệp không cần trên ổ đĩa đó hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống.</source>
        <translation>Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống.</translation>
    </message>
    <message>
        <source>“{0}” nằm trong thư mục dữ liệu của ParApp (tệp kiểm chứng, bản sao lưu tự động): không ghi đè, chưa ghi gì. Hãy lưu vào thư mục khác, ví dụ Tài liệu.</source>
        <translation>“{0}” nằm trong thư mục dữ liệu của ParApp (tệp kiểm chứng, bản sao lưu tự động): không ghi đè, chưa ghi gì. Hãy lưu vào thư mục khác, ví dụ Tài liệu.</translation>
    </message>
    <message>
        <source>“{0}” là tệp phụ SQLite giữ bên cạnh tệp dữ liệu “{1}”: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” là tệp phụ SQLite giữ bên cạnh tệp dữ liệu “{1}”: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục: không ghi đè, chưa ghi gì. Hãy ghi rõ tên tệp, ví dụ {1}.</source>
        <translation>“{0}” là một thư mục: không ghi đè, chưa ghi gì. Hãy ghi rõ tên tệp, ví dụ {1}.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một tệp thông thường: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” không phải là một tệp thông thường: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>“{0}” là tệp dữ liệu ParApp đang dùng: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” là tệp dữ liệu ParApp đang dùng: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>“{0}” chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác): không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác, hoặc bỏ đánh dấu chỉ đọc của tệp nếu muốn thay nó.</source>
        <translation>“{0}” chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác): không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác, hoặc bỏ đánh dấu chỉ đọc của tệp nếu muốn thay nó.</translation>
    </message>
    <message>
        <source>“{0}” là một tệp dữ liệu: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” là một tệp dữ liệu: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>“{0}” là một tệp sao lưu ParApp: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” là một tệp sao lưu ParApp: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>“{0}” đã có và không phải tệp {1}: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” đã có và không phải tệp {1}: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</translation>
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
        <source>Bộ tiêu chí Chỉ số CCHC năm {0} chưa có tiêu chí nào: không có gì để in hay xuất. Hãy thêm tiêu chí vào bộ, hoặc nhập lại bộ tiêu chí của tỉnh.</source>
        <translation>Bộ tiêu chí Chỉ số CCHC năm {0} chưa có tiêu chí nào: không có gì để in hay xuất. Hãy thêm tiêu chí vào bộ, hoặc nhập lại bộ tiêu chí của tỉnh.</translation>
    </message>
    <message>
        <source>{0} đã nghỉ công tác: không gửi công văn cho người đã nghỉ. Hãy giao lại các nhiệm vụ của người này cho người đang công tác.</source>
        <translation>{0} đã nghỉ công tác: không gửi công văn cho người đã nghỉ. Hãy giao lại các nhiệm vụ của người này cho người đang công tác.</translation>
    </message>
    <message>
        <source>{0} chủ trì nhiệm vụ qua {1}: công văn gửi đơn vị, không gửi từng người. Hãy ghi tên đơn vị sau --office.</source>
        <translation>{0} chủ trì nhiệm vụ qua {1}: công văn gửi đơn vị, không gửi từng người. Hãy ghi tên đơn vị sau --office.</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ quá hạn hay sắp đến hạn nào do “{0}” chủ trì. Những nơi có: {1}.</source>
        <translation>Không có nhiệm vụ quá hạn hay sắp đến hạn nào do “{0}” chủ trì. Những nơi có: {1}.</translation>
    </message>
    <message>
        <source>“{0}” không có trong danh sách Phó Chủ tịch ({1}). Hãy ghi đúng tên, hoặc “chu-tich”.</source>
        <translation>“{0}” không có trong danh sách Phó Chủ tịch ({1}). Hãy ghi đúng tên, hoặc “chu-tich”.</translation>
    </message>
    <message>
        <source>Số ngày phải từ 0 trở lên.</source>
        <translation>Số ngày phải từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ nào quá hạn hay đến hạn trong {0} ngày tới có người chủ trì: chưa cần công văn đôn đốc.</source>
        <translation>Không có nhiệm vụ nào quá hạn hay đến hạn trong {0} ngày tới có người chủ trì: chưa cần công văn đôn đốc.</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì: không có trong công văn.</source>
        <translation>{0} nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì: không có trong công văn.</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn hoặc sắp đến hạn do người đã nghỉ chủ trì ({1}): không có trong công văn. Hãy giao lại cho người đang công tác rồi lập lại công văn.</source>
        <translation>{0} nhiệm vụ quá hạn hoặc sắp đến hạn do người đã nghỉ chủ trì ({1}): không có trong công văn. Hãy giao lại cho người đang công tác rồi lập lại công văn.</translation>
    </message>
    <message>
        <source>Hạn báo cáo lại ({0}) đã qua. Hãy chọn một ngày từ hôm nay trở đi.</source>
        <translation>Hạn báo cáo lại ({0}) đã qua. Hãy chọn một ngày từ hôm nay trở đi.</translation>
    </message>
    <message>
        <source>Hạn báo cáo lại ({0}) là ngày nghỉ (thứ Bảy, Chủ nhật hoặc ngày lễ, Tết): các đơn vị không báo cáo được vào ngày đó. Nên chọn ngày làm việc, như {1}.</source>
        <translation>Hạn báo cáo lại ({0}) là ngày nghỉ (thứ Bảy, Chủ nhật hoặc ngày lễ, Tết): các đơn vị không báo cáo được vào ngày đó. Nên chọn ngày làm việc, như {1}.</translation>
    </message>
    <message>
        <source>Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.</source>
        <translation>Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.</translation>
    </message>
    <message>
        <source>“{0}” không phải số văn bản: số văn bản bắt đầu từ 01. Hãy nhập số văn thư đã cấp (ví dụ 39).</source>
        <translation>“{0}” không phải số văn bản: số văn bản bắt đầu từ 01. Hãy nhập số văn thư đã cấp (ví dụ 39).</translation>
    </message>
    <message>
        <source>“{0}” không phải số của một báo cáo: ký hiệu của báo cáo bắt đầu bằng {1}- (ví dụ 39/{2}). Hãy nhập số (ví dụ 39) hoặc số và ký hiệu của báo cáo.</source>
        <translation>“{0}” không phải số của một báo cáo: ký hiệu của báo cáo bắt đầu bằng {1}- (ví dụ 39/{2}). Hãy nhập số (ví dụ 39) hoặc số và ký hiệu của báo cáo.</translation>
    </message>
    <message>
        <source>Báo cáo đã chốt in ngày ký “ngày … tháng {0} năm {1}”, nay đã sang tháng {2} năm {3}: ký bây giờ thì ngày tháng trên văn bản sai. Hãy tạo bản nháp mới từ bản đã chốt (trang Báo cáo) rồi chốt lại trong tháng ký; bản đã chốt không sửa được.</source>
        <translation>Báo cáo đã chốt in ngày ký “ngày … tháng {0} năm {1}”, nay đã sang tháng {2} năm {3}: ký bây giờ thì ngày tháng trên văn bản sai. Hãy tạo bản nháp mới từ bản đã chốt (trang Báo cáo) rồi chốt lại trong tháng ký; bản đã chốt không sửa được.</translation>
    </message>
    <message>
        <source>Thông tin của xã ghi số và ngày báo cáo do hệ thống quản lý văn bản cấp khi ban hành, nên báo cáo được chốt với số và ngày để trống. Muốn in sẵn số, hãy chọn “Văn thư cấp số khi chốt báo cáo” trong Thông tin của xã → Văn bản in.</source>
        <translation>Thông tin của xã ghi số và ngày báo cáo do hệ thống quản lý văn bản cấp khi ban hành, nên báo cáo được chốt với số và ngày để trống. Muốn in sẵn số, hãy chọn “Văn thư cấp số khi chốt báo cáo” trong Thông tin của xã → Văn bản in.</translation>
    </message>
    <message>
        <source>{0} Dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu khác (tệp khác hoặc một bản sao lưu tự động), hoặc sao lưu lại trên máy có dữ liệu gốc.</source>
        <translation>{0} Dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu khác (tệp khác hoặc một bản sao lưu tự động), hoặc sao lưu lại trên máy có dữ liệu gốc.</translation>
    </message>
    <message>
        <source>nhiệm vụ {0}</source>
        <translation>nhiệm vụ {0}</translation>
    </message>
    <message>
        <source>Chỉ số CCHC</source>
        <translation>Chỉ số CCHC</translation>
    </message>
    <message>
        <source>bản báo cáo đã ký</source>
        <translation>bản báo cáo đã ký</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu đã bị thay đổi hoặc hỏng nên không có trong bản sao lưu. Hãy gắn lại tệp gốc rồi sao lưu lại.</source>
        <translation>Tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu đã bị thay đổi hoặc hỏng nên không có trong bản sao lưu. Hãy gắn lại tệp gốc rồi sao lưu lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy kiểm tra ổ đĩa của máy, gắn lại tệp gốc rồi sao lưu lại.</source>
        <translation>Không đọc được tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy kiểm tra ổ đĩa của máy, gắn lại tệp gốc rồi sao lưu lại.</translation>
    </message>
    <message>
        <source>Thiếu tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy gắn lại tệp gốc rồi sao lưu lại.</source>
        <translation>Thiếu tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy gắn lại tệp gốc rồi sao lưu lại.</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” ({1}) lớn hơn mức một bản sao lưu chứa được nên không có trong bản sao lưu. Hãy thay nó bằng bản chụp hoặc tệp PDF nhỏ hơn.</source>
        <translation>Tệp kiểm chứng “{0}” ({1}) lớn hơn mức một bản sao lưu chứa được nên không có trong bản sao lưu. Hãy thay nó bằng bản chụp hoặc tệp PDF nhỏ hơn.</translation>
    </message>
    <message>
        <source>Tài khoản này không có quyền đọc tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy sao lưu bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc thư mục dữ liệu, rồi sao lưu lại.</source>
        <translation>Tài khoản này không có quyền đọc tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy sao lưu bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc thư mục dữ liệu, rồi sao lưu lại.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu này không còn tệp kiểm chứng “{0}” ({1}) mà dữ liệu vừa khôi phục ghi (tệp đã bị xóa hoặc mất khỏi thư mục evidence; bản sao lưu tự động không chứa tệp kiểm chứng). Hãy khôi phục từ một tệp sao lưu (.parapp-backup) có tệp này, hoặc gắn lại tệp gốc nếu còn giữ.</source>
        <translation>Thư mục dữ liệu này không còn tệp kiểm chứng “{0}” ({1}) mà dữ liệu vừa khôi phục ghi (tệp đã bị xóa hoặc mất khỏi thư mục evidence; bản sao lưu tự động không chứa tệp kiểm chứng). Hãy khôi phục từ một tệp sao lưu (.parapp-backup) có tệp này, hoặc gắn lại tệp gốc nếu còn giữ.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu này không có tệp kiểm chứng “{0}” ({1}): bản sao lưu tự động chỉ chứa dữ liệu, không chứa tệp kiểm chứng. Dữ liệu vẫn ghi tệp này; hãy chép thư mục evidence từ thư mục dữ liệu nơi bản sao lưu tự động được tạo vào đây, hoặc khôi phục từ một tệp sao lưu (.parapp-backup).</source>
        <translation>Thư mục dữ liệu này không có tệp kiểm chứng “{0}” ({1}): bản sao lưu tự động chỉ chứa dữ liệu, không chứa tệp kiểm chứng. Dữ liệu vẫn ghi tệp này; hãy chép thư mục evidence từ thư mục dữ liệu nơi bản sao lưu tự động được tạo vào đây, hoặc khôi phục từ một tệp sao lưu (.parapp-backup).</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” ({1}) trong tệp sao lưu đã hỏng sau khi sao lưu (không khớp mã kiểm tra: USB hoặc ổ đĩa chứa tệp sao lưu bị lỗi) nên không được khôi phục. Dữ liệu vẫn ghi tệp này; hãy khôi phục tệp này từ một bản sao lưu khác, hoặc gắn lại tệp gốc nếu còn giữ. Nếu máy có dữ liệu gốc vẫn còn, hãy sao lưu lại ra một USB khác.</source>
        <translation>Tệp kiểm chứng “{0}” ({1}) trong tệp sao lưu đã hỏng sau khi sao lưu (không khớp mã kiểm tra: USB hoặc ổ đĩa chứa tệp sao lưu bị lỗi) nên không được khôi phục. Dữ liệu vẫn ghi tệp này; hãy khôi phục tệp này từ một bản sao lưu khác, hoặc gắn lại tệp gốc nếu còn giữ. Nếu máy có dữ liệu gốc vẫn còn, hãy sao lưu lại ra một USB khác.</translation>
    </message>
    <message>
        <source>Bản sao lưu không có tệp kiểm chứng “{0}” ({1}): tệp đã hỏng hoặc thiếu lúc sao lưu. Dữ liệu vẫn ghi tệp này; hãy gắn lại tệp gốc nếu còn giữ.</source>
        <translation>Bản sao lưu không có tệp kiểm chứng “{0}” ({1}): tệp đã hỏng hoặc thiếu lúc sao lưu. Dữ liệu vẫn ghi tệp này; hãy gắn lại tệp gốc nếu còn giữ.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: bảng {0}, cột {1}, dòng {2} có chữ bị hỏng, không đọc được (không phải UTF-8). Bản sao lưu tự động này được giữ để quay lại nên không sửa trực tiếp được. Hãy khôi phục nó vào dữ liệu đang dùng (parapp restore {3} --db &lt;tệp dữ liệu đang dùng&gt;, hoặc Tệp → Khôi phục… trong cửa sổ), sửa chỗ đó (parapp repair --db &lt;tệp dữ liệu đang dùng&gt;) rồi sao lưu dữ liệu đó.</source>
        <translation>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: bảng {0}, cột {1}, dòng {2} có chữ bị hỏng, không đọc được (không phải UTF-8). Bản sao lưu tự động này được giữ để quay lại nên không sửa trực tiếp được. Hãy khôi phục nó vào dữ liệu đang dùng (parapp restore {3} --db &lt;tệp dữ liệu đang dùng&gt;, hoặc Tệp → Khôi phục… trong cửa sổ), sửa chỗ đó (parapp repair --db &lt;tệp dữ liệu đang dùng&gt;) rồi sao lưu dữ liệu đó.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: bảng {0}, cột {1}, dòng {2} trỏ tới dòng {3} không còn. Bản sao lưu tự động này được giữ để quay lại nên không sửa trực tiếp được. Hãy khôi phục nó vào dữ liệu đang dùng (parapp restore {4} --db &lt;tệp dữ liệu đang dùng&gt;, hoặc Tệp → Khôi phục… trong cửa sổ), sửa chỗ đó (parapp repair --db &lt;tệp dữ liệu đang dùng&gt;) rồi sao lưu dữ liệu đó.</source>
        <translation>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: bảng {0}, cột {1}, dòng {2} trỏ tới dòng {3} không còn. Bản sao lưu tự động này được giữ để quay lại nên không sửa trực tiếp được. Hãy khôi phục nó vào dữ liệu đang dùng (parapp restore {4} --db &lt;tệp dữ liệu đang dùng&gt;, hoặc Tệp → Khôi phục… trong cửa sổ), sửa chỗ đó (parapp repair --db &lt;tệp dữ liệu đang dùng&gt;) rồi sao lưu dữ liệu đó.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: {0}. Dữ liệu không bị thay đổi. Hãy chạy lệnh parapp repair --db {1} rồi sao lưu lại; không cần khôi phục bản sao lưu cũ.</source>
        <translation>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: {0}. Dữ liệu không bị thay đổi. Hãy chạy lệnh parapp repair --db {1} rồi sao lưu lại; không cần khôi phục bản sao lưu cũ.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: {0}. Dữ liệu không bị thay đổi. Hãy sửa chỗ đó rồi sao lưu lại: lệnh parapp repair --db {1} (trong cửa sổ ParApp: nút “Sửa chỗ chữ hỏng” của hộp báo này); không cần khôi phục bản sao lưu cũ.</source>
        <translation>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: {0}. Dữ liệu không bị thay đổi. Hãy sửa chỗ đó rồi sao lưu lại: lệnh parapp repair --db {1} (trong cửa sổ ParApp: nút “Sửa chỗ chữ hỏng” của hộp báo này); không cần khôi phục bản sao lưu cũ.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được: dữ liệu có giá trị ParApp không đọc được ({0}), nên bản sao lưu sẽ không khôi phục được. Dữ liệu không bị thay đổi. Có lẽ tệp dữ liệu đã bị sửa bằng một chương trình khác: hãy khôi phục bản sao lưu gần nhất còn tốt (lệnh parapp restore, hoặc Tệp → Khôi phục… trong cửa sổ) rồi sao lưu lại; lệnh parapp check --db {1} nêu mọi chỗ như vậy.</source>
        <translation>Chưa sao lưu được: dữ liệu có giá trị ParApp không đọc được ({0}), nên bản sao lưu sẽ không khôi phục được. Dữ liệu không bị thay đổi. Có lẽ tệp dữ liệu đã bị sửa bằng một chương trình khác: hãy khôi phục bản sao lưu gần nhất còn tốt (lệnh parapp restore, hoặc Tệp → Khôi phục… trong cửa sổ) rồi sao lưu lại; lệnh parapp check --db {1} nêu mọi chỗ như vậy.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một thư mục. Hãy cho biết thư mục để ghi tệp sao lưu (ví dụ “{1}”); tên tệp sao lưu do ParApp tự đặt.</source>
        <translation>“{0}” không phải là một thư mục. Hãy cho biết thư mục để ghi tệp sao lưu (ví dụ “{1}”); tên tệp sao lưu do ParApp tự đặt.</translation>
    </message>
    <message>
        <source>Không thấy thư mục “{0}” trong “{1}”. Nếu đó là USB đã rút ra, hãy cắm lại; nếu thư mục chưa có, hãy tạo thư mục đó, hoặc cho biết một thư mục đã có (tên tệp sao lưu do ParApp tự đặt).</source>
        <translation>Không thấy thư mục “{0}” trong “{1}”. Nếu đó là USB đã rút ra, hãy cắm lại; nếu thư mục chưa có, hãy tạo thư mục đó, hoặc cho biết một thư mục đã có (tên tệp sao lưu do ParApp tự đặt).</translation>
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
        <source>Các tệp kiểm chứng trong thư mục dữ liệu đọc lúc được lúc không; chưa sao lưu được. Hãy kiểm tra ổ đĩa của máy rồi sao lưu lại.</source>
        <translation>Các tệp kiểm chứng trong thư mục dữ liệu đọc lúc được lúc không; chưa sao lưu được. Hãy kiểm tra ổ đĩa của máy rồi sao lưu lại.</translation>
    </message>
    <message>
        <source>Tệp sao lưu vừa ghi không đạt kiểm tra ({0}); chưa sao lưu được. Hãy sao lưu lại, hoặc dùng USB khác.</source>
        <translation>Tệp sao lưu vừa ghi không đạt kiểm tra ({0}); chưa sao lưu được. Hãy sao lưu lại, hoặc dùng USB khác.</translation>
    </message>
    <message>
        <source>USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Trên đó còn {0} tệp sao lưu dở dang ({1} MB) của một lần sao lưu trước bị ngắt giữa chừng, ví dụ “{2}”. Nếu không có máy nào khác đang sao lưu vào “{3}”, hãy xóa các tệp có đuôi .partial và .db đó rồi sao lưu lại; hoặc dùng USB khác.</source>
        <translation>USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Trên đó còn {0} tệp sao lưu dở dang ({1} MB) của một lần sao lưu trước bị ngắt giữa chừng, ví dụ “{2}”. Nếu không có máy nào khác đang sao lưu vào “{3}”, hãy xóa các tệp có đuôi .partial và .db đó rồi sao lưu lại; hoặc dùng USB khác.</translation>
    </message>
    <message>
        <source>USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Hãy xóa bớt tệp hoặc dùng USB khác. Không có tệp sao lưu dở dang nào được để lại.</source>
        <translation>USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Hãy xóa bớt tệp hoặc dùng USB khác. Không có tệp sao lưu dở dang nào được để lại.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{0}”: USB hoặc thư mục này chỉ đọc (USB bị gạt khóa chống ghi, đĩa CD, hoặc không có quyền ghi); chưa sao lưu được. Hãy mở khóa USB hoặc chọn thư mục khác.</source>
        <translation>Không ghi được vào “{0}”: USB hoặc thư mục này chỉ đọc (USB bị gạt khóa chống ghi, đĩa CD, hoặc không có quyền ghi); chưa sao lưu được. Hãy mở khóa USB hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Tệp sao lưu lớn hơn mức “{0}” nhận được: USB định dạng FAT32 (loại thường gặp) chỉ nhận tệp dưới 4 GB. Chưa sao lưu được, không có tệp dở dang nào được để lại. Hãy dùng USB hoặc ổ cứng rời định dạng exFAT hoặc NTFS, hoặc sao lưu vào một thư mục trên ổ cứng của máy.</source>
        <translation>Tệp sao lưu lớn hơn mức “{0}” nhận được: USB định dạng FAT32 (loại thường gặp) chỉ nhận tệp dưới 4 GB. Chưa sao lưu được, không có tệp dở dang nào được để lại. Hãy dùng USB hoặc ổ cứng rời định dạng exFAT hoặc NTFS, hoặc sao lưu vào một thư mục trên ổ cứng của máy.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{0}” ({1}): USB có thể đã bị rút. Hãy cắm lại và sao lưu lại.</source>
        <translation>Không ghi được vào “{0}” ({1}): USB có thể đã bị rút. Hãy cắm lại và sao lưu lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu ({0}); chưa sao lưu được. Hãy chạy lệnh parapp check --db {1} để kiểm tra dữ liệu.</source>
        <translation>Không đọc được tệp dữ liệu ({0}); chưa sao lưu được. Hãy chạy lệnh parapp check --db {1} để kiểm tra dữ liệu.</translation>
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
        <source>Không đọc được tệp sao lưu “{0}” ({1}): USB có thể đã bị rút hoặc cắm lỏng. Tệp sao lưu chưa chắc đã hỏng, và dữ liệu hiện tại không bị thay đổi; hãy cắm lại USB rồi làm lại.</source>
        <translation>Không đọc được tệp sao lưu “{0}” ({1}): USB có thể đã bị rút hoặc cắm lỏng. Tệp sao lưu chưa chắc đã hỏng, và dữ liệu hiện tại không bị thay đổi; hãy cắm lại USB rồi làm lại.</translation>
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
        <source>Không đọc được tệp sao lưu “{0}”: tài khoản này không có quyền đọc tệp. Hãy nhờ người quản trị máy cấp quyền đọc, hoặc chép tệp bằng tài khoản có quyền vào thư mục của bạn, rồi khôi phục lại.</source>
        <translation>Không đọc được tệp sao lưu “{0}”: tài khoản này không có quyền đọc tệp. Hãy nhờ người quản trị máy cấp quyền đọc, hoặc chép tệp bằng tài khoản có quyền vào thư mục của bạn, rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục, không phải tệp sao lưu.</source>
        <translation>“{0}” là một thư mục, không phải tệp sao lưu.</translation>
    </message>
    <message>
        <source>Tệp sao lưu “{0}” rỗng (0 byte): việc ghi hoặc chép tệp này đã không thành.</source>
        <translation>Tệp sao lưu “{0}” rỗng (0 byte): việc ghi hoặc chép tệp này đã không thành.</translation>
    </message>
    <message>
        <source>“{0}” là một tệp cơ sở dữ liệu (ví dụ tệp parapp.db được chép thẳng), không phải tệp sao lưu .parapp-backup, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy tạo tệp sao lưu từ nó rồi khôi phục tệp đó: parapp backup --db {1} --to &lt;thư mục&gt;, rồi parapp restore &lt;tệp .parapp-backup vừa tạo&gt; --db &lt;tệp dữ liệu cần khôi phục vào&gt;.</source>
        <translation>“{0}” là một tệp cơ sở dữ liệu (ví dụ tệp parapp.db được chép thẳng), không phải tệp sao lưu .parapp-backup, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy tạo tệp sao lưu từ nó rồi khôi phục tệp đó: parapp backup --db {1} --to &lt;thư mục&gt;, rồi parapp restore &lt;tệp .parapp-backup vừa tạo&gt; --db &lt;tệp dữ liệu cần khôi phục vào&gt;.</translation>
    </message>
    <message>
        <source>Tệp sao lưu “{0}” không trọn vẹn: thiếu phần cuối (thường do chép chưa xong, hoặc USB bị rút khi đang ghi hay chép).</source>
        <translation>Tệp sao lưu “{0}” không trọn vẹn: thiếu phần cuối (thường do chép chưa xong, hoặc USB bị rút khi đang ghi hay chép).</translation>
    </message>
    <message>
        <source>Tệp sao lưu “{0}” chỉ toàn byte 0: nội dung chưa được ghi vào (thường do USB bị rút hoặc máy tắt ngay khi đang ghi hay chép).</source>
        <translation>Tệp sao lưu “{0}” chỉ toàn byte 0: nội dung chưa được ghi vào (thường do USB bị rút hoặc máy tắt ngay khi đang ghi hay chép).</translation>
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
        <source>Tệp nén này chứa tệp sao lưu “{0}”, chưa phải chính tệp sao lưu, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy giải nén (nhấp chuột phải → Extract All / Giải nén) rồi khôi phục từ tệp “{0}” vừa giải nén.</source>
        <translation>Tệp nén này chứa tệp sao lưu “{0}”, chưa phải chính tệp sao lưu, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy giải nén (nhấp chuột phải → Extract All / Giải nén) rồi khôi phục từ tệp “{0}” vừa giải nén.</translation>
    </message>
    <message>
        <source>Tệp nén này không phải tệp sao lưu .parapp-backup (thiếu manifest.json) nhưng có dữ liệu parapp.db bên trong, ví dụ bản nén thư mục dữ liệu ParApp; chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy giải nén nó, tạo tệp sao lưu từ tệp parapp.db vừa giải nén rồi khôi phục tệp đó: parapp backup --db &lt;tệp parapp.db vừa giải nén&gt; --to &lt;thư mục&gt;, rồi parapp restore &lt;tệp .parapp-backup vừa tạo&gt; --db &lt;tệp dữ liệu cần khôi phục vào&gt;.</source>
        <translation>Tệp nén này không phải tệp sao lưu .parapp-backup (thiếu manifest.json) nhưng có dữ liệu parapp.db bên trong, ví dụ bản nén thư mục dữ liệu ParApp; chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy giải nén nó, tạo tệp sao lưu từ tệp parapp.db vừa giải nén rồi khôi phục tệp đó: parapp backup --db &lt;tệp parapp.db vừa giải nén&gt; --to &lt;thư mục&gt;, rồi parapp restore &lt;tệp .parapp-backup vừa tạo&gt; --db &lt;tệp dữ liệu cần khôi phục vào&gt;.</translation>
    </message>
    <message>
        <source>“{0}” là thư mục giải nén từ một tệp sao lưu, chưa phải tệp sao lưu, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy khôi phục từ chính tệp .parapp-backup ban đầu; nếu không còn, hãy mở thư mục này, chọn tất cả (Ctrl+A), nhấp chuột phải → Send to → Compressed (zipped) folder rồi khôi phục từ tệp .zip vừa tạo.</source>
        <translation>“{0}” là thư mục giải nén từ một tệp sao lưu, chưa phải tệp sao lưu, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy khôi phục từ chính tệp .parapp-backup ban đầu; nếu không còn, hãy mở thư mục này, chọn tất cả (Ctrl+A), nhấp chuột phải → Send to → Compressed (zipped) folder rồi khôi phục từ tệp .zip vừa tạo.</translation>
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
        <source>Tệp sao lưu có thành phần “{0}” không đúng cách ParApp đặt tên tệp kiểm chứng (evidence/…/mã băm); tệp sao lưu đã bị sửa hoặc không phải của ParApp; bị từ chối.</source>
        <translation>Tệp sao lưu có thành phần “{0}” không đúng cách ParApp đặt tên tệp kiểm chứng (evidence/…/mã băm); tệp sao lưu đã bị sửa hoặc không phải của ParApp; bị từ chối.</translation>
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
        <source>Thư mục “{0}” không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác.</source>
        <translation>Thư mục “{0}” không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác.</translation>
    </message>
    <message>
        <source>Tài khoản này không có quyền vào thư mục “{0}” (thư mục nằm trong thư mục của tài khoản khác) nên chưa làm gì; dữ liệu không bị thay đổi. Hãy chọn thư mục khác, hoặc nhờ người quản trị máy cấp quyền.</source>
        <translation>Tài khoản này không có quyền vào thư mục “{0}” (thư mục nằm trong thư mục của tài khoản khác) nên chưa làm gì; dữ liệu không bị thay đổi. Hãy chọn thư mục khác, hoặc nhờ người quản trị máy cấp quyền.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{0}” (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ trong Tài liệu của bạn.</source>
        <translation>Không ghi được vào thư mục “{0}” (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ trong Tài liệu của bạn.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{0}” (chỉ đọc: USB bị gạt khóa chống ghi, đĩa CD, hoặc không có quyền) nên chưa ghi gì. Dữ liệu ở đó vẫn xem và in được. Để sửa, hãy chép cả thư mục dữ liệu vào máy (ví dụ vào Tài liệu của bạn) rồi làm việc trên bản chép.</source>
        <translation>Không ghi được vào thư mục “{0}” (chỉ đọc: USB bị gạt khóa chống ghi, đĩa CD, hoặc không có quyền) nên chưa ghi gì. Dữ liệu ở đó vẫn xem và in được. Để sửa, hãy chép cả thư mục dữ liệu vào máy (ví dụ vào Tài liệu của bạn) rồi làm việc trên bản chép.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác) nên chưa ghi gì. Hãy bỏ đánh dấu chỉ đọc của tệp, hoặc nhờ người quản trị máy cấp quyền ghi, rồi thử lại.</source>
        <translation>Tệp dữ liệu “{0}” chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác) nên chưa ghi gì. Hãy bỏ đánh dấu chỉ đọc của tệp, hoặc nhờ người quản trị máy cấp quyền ghi, rồi thử lại.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al” hoặc công cụ sao lưu dùng liên kết): ghi vào đây là ghi luôn vào tệp kia, và hai ParApp mở hai tên sẽ làm hỏng dữ liệu, nên chưa ghi gì. Hãy chép tệp này thành một bản riêng (chép thường, không liên kết) rồi mở bản chép, hoặc xóa tên kia nếu không cần.</source>
        <translation>Tệp dữ liệu “{0}” còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al” hoặc công cụ sao lưu dùng liên kết): ghi vào đây là ghi luôn vào tệp kia, và hai ParApp mở hai tên sẽ làm hỏng dữ liệu, nên chưa ghi gì. Hãy chép tệp này thành một bản riêng (chép thường, không liên kết) rồi mở bản chép, hoặc xóa tên kia nếu không cần.</translation>
    </message>
    <message>
        <source>“{0}” là một bản sao lưu tự động của ParApp, giữ để quay lại khi cần, nên không ghi gì vào đó. Muốn dùng lại dữ liệu này, hãy khôi phục nó vào dữ liệu đang dùng: parapp restore {1} --db &lt;tệp dữ liệu đang dùng&gt; (hoặc Tệp → Khôi phục… trong cửa sổ). Muốn chỉ xem, hãy mở nó trong cửa sổ (chỉ đọc) bằng lệnh:
    parapp --db {1}</source>
        <translation>“{0}” là một bản sao lưu tự động của ParApp, giữ để quay lại khi cần, nên không ghi gì vào đó. Muốn dùng lại dữ liệu này, hãy khôi phục nó vào dữ liệu đang dùng: parapp restore {1} --db &lt;tệp dữ liệu đang dùng&gt; (hoặc Tệp → Khôi phục… trong cửa sổ). Muốn chỉ xem, hãy mở nó trong cửa sổ (chỉ đọc) bằng lệnh:
    parapp --db {1}</translation>
    </message>
    <message>
        <source>Tệp “{0}” (nhật ký ghi của SQLite, cạnh tệp dữ liệu) còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al” hoặc công cụ sao lưu dùng liên kết khi ParApp đang mở): ghi vào đây sẽ xóa những thay đổi của dữ liệu kia, nên chưa ghi gì. Hãy đóng ParApp rồi chép lại cả thư mục dữ liệu bằng cách chép thường (không liên kết).</source>
        <translation>Tệp “{0}” (nhật ký ghi của SQLite, cạnh tệp dữ liệu) còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al” hoặc công cụ sao lưu dùng liên kết khi ParApp đang mở): ghi vào đây sẽ xóa những thay đổi của dữ liệu kia, nên chưa ghi gì. Hãy đóng ParApp rồi chép lại cả thư mục dữ liệu bằng cách chép thường (không liên kết).</translation>
    </message>
    <message>
        <source>Tài khoản này không có quyền đọc tệp dữ liệu “{0}” (tệp của tài khoản khác) nên chưa làm gì; dữ liệu không bị thay đổi. Hãy mở ParApp bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc và ghi tệp này cho tài khoản của bạn.</source>
        <translation>Tài khoản này không có quyền đọc tệp dữ liệu “{0}” (tệp của tài khoản khác) nên chưa làm gì; dữ liệu không bị thay đổi. Hãy mở ParApp bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc và ghi tệp này cho tài khoản của bạn.</translation>
    </message>
    <message>
        <source>Tệp khóa “{0}” do một tài khoản khác trên máy này tạo nên tài khoản này không mở được: ParApp của tài khoản đó có thể đang ghi dữ liệu này. Chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đóng ParApp ở tài khoản kia rồi chạy lại; nếu vẫn vậy, nhờ người đã tạo dữ liệu hoặc người quản trị máy xóa tệp khóa đó.</source>
        <translation>Tệp khóa “{0}” do một tài khoản khác trên máy này tạo nên tài khoản này không mở được: ParApp của tài khoản đó có thể đang ghi dữ liệu này. Chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đóng ParApp ở tài khoản kia rồi chạy lại; nếu vẫn vậy, nhờ người đã tạo dữ liệu hoặc người quản trị máy xóa tệp khóa đó.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp dữ liệu có “{0}” nhưng đó không phải là một tệp bình thường (là thư mục hoặc tệp đặc biệt), nên ParApp chưa mở dữ liệu; dữ liệu không bị thay đổi. Hãy xóa hoặc đổi tên “{0}” rồi làm lại.</source>
        <translation>Bên cạnh tệp dữ liệu có “{0}” nhưng đó không phải là một tệp bình thường (là thư mục hoặc tệp đặc biệt), nên ParApp chưa mở dữ liệu; dữ liệu không bị thay đổi. Hãy xóa hoặc đổi tên “{0}” rồi làm lại.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp dữ liệu có “{0}” của một tài khoản khác trên máy này (ParApp của tài khoản đó đang mở dữ liệu, hoặc đã bị tắt đột ngột); tài khoản này không có quyền đọc hoặc ghi tệp đó nên chưa làm gì, dữ liệu không bị thay đổi. Hãy mở rồi đóng ParApp ở tài khoản kia, rồi làm lại; nếu vẫn vậy, nhờ người quản trị máy cấp quyền đọc và ghi tệp đó.</source>
        <translation>Bên cạnh tệp dữ liệu có “{0}” của một tài khoản khác trên máy này (ParApp của tài khoản đó đang mở dữ liệu, hoặc đã bị tắt đột ngột); tài khoản này không có quyền đọc hoặc ghi tệp đó nên chưa làm gì, dữ liệu không bị thay đổi. Hãy mở rồi đóng ParApp ở tài khoản kia, rồi làm lại; nếu vẫn vậy, nhờ người quản trị máy cấp quyền đọc và ghi tệp đó.</translation>
    </message>
    <message>
        <source>Tệp “{0}” bên cạnh tệp dữ liệu đang bị đánh dấu chỉ đọc (thường do chép cùng dữ liệu từ đĩa CD) nên chưa ghi gì, dữ liệu không bị thay đổi. Hãy bỏ đánh dấu chỉ đọc của tệp đó, như của tệp dữ liệu, rồi làm lại.</source>
        <translation>Tệp “{0}” bên cạnh tệp dữ liệu đang bị đánh dấu chỉ đọc (thường do chép cùng dữ liệu từ đĩa CD) nên chưa ghi gì, dữ liệu không bị thay đổi. Hãy bỏ đánh dấu chỉ đọc của tệp đó, như của tệp dữ liệu, rồi làm lại.</translation>
    </message>
    <message>
        <source>“{0}” là thư mục giải nén từ một tệp sao lưu, không phải tệp dữ liệu; dữ liệu trong đó chỉ dùng được sau khi khôi phục (lệnh parapp restore {1} nói cách làm). Chưa làm gì.</source>
        <translation>“{0}” là thư mục giải nén từ một tệp sao lưu, không phải tệp dữ liệu; dữ liệu trong đó chỉ dùng được sau khi khôi phục (lệnh parapp restore {1} nói cách làm). Chưa làm gì.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục, không phải tệp dữ liệu. Dữ liệu ParApp trong thư mục này là tệp “{1}”: hãy dùng --db {2}. Chưa làm gì.</source>
        <translation>“{0}” là một thư mục, không phải tệp dữ liệu. Dữ liệu ParApp trong thư mục này là tệp “{1}”: hãy dùng --db {2}. Chưa làm gì.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được ổ đĩa chứa “{0}” ({1}); chưa làm gì, dữ liệu không bị ghi đè. Hãy kiểm tra ổ đĩa hoặc USB (còn cắm chắc, còn chỗ trống) rồi làm lại; lệnh parapp check --db {3} cho biết dữ liệu có nguyên vẹn không.</source>
        <translation>Không đọc hoặc ghi được ổ đĩa chứa “{0}” ({1}); chưa làm gì, dữ liệu không bị ghi đè. Hãy kiểm tra ổ đĩa hoặc USB (còn cắm chắc, còn chỗ trống) rồi làm lại; lệnh parapp check --db {3} cho biết dữ liệu có nguyên vẹn không.</translation>
    </message>
    <message>
        <source>“{0}” là một liên kết (lối tắt) trỏ vòng về chính nó, không dẫn tới tệp dữ liệu nào, nên chưa làm gì; dữ liệu không bị thay đổi. Hãy ghi đường dẫn của tệp parapp.db thật, hoặc sửa liên kết đó.</source>
        <translation>“{0}” là một liên kết (lối tắt) trỏ vòng về chính nó, không dẫn tới tệp dữ liệu nào, nên chưa làm gì; dữ liệu không bị thay đổi. Hãy ghi đường dẫn của tệp parapp.db thật, hoặc sửa liên kết đó.</translation>
    </message>
    <message>
        <source>Thư mục “{0}” là một liên kết trỏ ra ngoài thư mục dữ liệu “{1}”. Khi chạy với quyền quản trị (root), ParApp không ghi qua liên kết như vậy nên chưa làm gì; dữ liệu không bị thay đổi. Hãy xóa liên kết đó (ParApp tự tạo lại thư mục), hoặc chạy lệnh bằng tài khoản của người dùng.</source>
        <translation>Thư mục “{0}” là một liên kết trỏ ra ngoài thư mục dữ liệu “{1}”. Khi chạy với quyền quản trị (root), ParApp không ghi qua liên kết như vậy nên chưa làm gì; dữ liệu không bị thay đổi. Hãy xóa liên kết đó (ParApp tự tạo lại thư mục), hoặc chạy lệnh bằng tài khoản của người dùng.</translation>
    </message>
    <message>
        <source>Tệp “{0}” không phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để tạo dữ liệu mới.</source>
        <translation>Tệp “{0}” không phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để tạo dữ liệu mới.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục, không phải tệp dữ liệu ParApp, và trong đó không có tệp parapp.db. Hãy cho biết tệp parapp.db của dữ liệu, hoặc một tên tệp mới để tạo dữ liệu mới (ví dụ “{1}”).</source>
        <translation>“{0}” là một thư mục, không phải tệp dữ liệu ParApp, và trong đó không có tệp parapp.db. Hãy cho biết tệp parapp.db của dữ liệu, hoặc một tên tệp mới để tạo dữ liệu mới (ví dụ “{1}”).</translation>
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
        <source>Dữ liệu đang ở nơi không ghi được (đĩa CD, USB khóa chống ghi, hoặc ổ đầy) nên ParApp đọc nó qua một bản chép tạm trong “{0}”, nhưng không ghi được vào thư mục tạm đó ({1}). Dữ liệu không bị thay đổi; hãy kiểm tra thư mục đó rồi làm lại.</source>
        <translation>Dữ liệu đang ở nơi không ghi được (đĩa CD, USB khóa chống ghi, hoặc ổ đầy) nên ParApp đọc nó qua một bản chép tạm trong “{0}”, nhưng không ghi được vào thư mục tạm đó ({1}). Dữ liệu không bị thay đổi; hãy kiểm tra thư mục đó rồi làm lại.</translation>
    </message>
    <message>
        <source>Dữ liệu đang ở nơi không ghi được (đĩa CD, USB khóa chống ghi, hoặc ổ đầy) nên ParApp đọc nó qua một bản chép tạm trong “{0}”, nhưng ổ đĩa chứa thư mục tạm đó không đủ chỗ trống. Dữ liệu không bị thay đổi; hãy xóa bớt tệp trên ổ đĩa đó (ví dụ dọn thư mục tạm) rồi làm lại.</source>
        <translation>Dữ liệu đang ở nơi không ghi được (đĩa CD, USB khóa chống ghi, hoặc ổ đầy) nên ParApp đọc nó qua một bản chép tạm trong “{0}”, nhưng ổ đĩa chứa thư mục tạm đó không đủ chỗ trống. Dữ liệu không bị thay đổi; hãy xóa bớt tệp trên ổ đĩa đó (ví dụ dọn thư mục tạm) rồi làm lại.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động: thư mục “{0}” chỉ đọc hoặc không có quyền ghi. Chưa làm gì, dữ liệu không thay đổi. Hãy mở khóa thư mục đó rồi làm lại.</source>
        <translation>Chưa tạo được bản sao lưu tự động: thư mục “{0}” chỉ đọc hoặc không có quyền ghi. Chưa làm gì, dữ liệu không thay đổi. Hãy mở khóa thư mục đó rồi làm lại.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động: “{0}” không phải là thư mục (có một tệp trùng tên). Chưa làm gì, dữ liệu không thay đổi. Hãy đổi tên tệp đó rồi làm lại.</source>
        <translation>Chưa tạo được bản sao lưu tự động: “{0}” không phải là thư mục (có một tệp trùng tên). Chưa làm gì, dữ liệu không thay đổi. Hãy đổi tên tệp đó rồi làm lại.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động trong “{0}” ({1}). Chưa làm gì, dữ liệu không thay đổi. Hãy kiểm tra thư mục đó rồi làm lại.</source>
        <translation>Chưa tạo được bản sao lưu tự động trong “{0}” ({1}). Chưa làm gì, dữ liệu không thay đổi. Hãy kiểm tra thư mục đó rồi làm lại.</translation>
    </message>
    <message>
        <source>Báo cáo {0} chưa được chốt, nên chưa có bản để ký hay gửi. Hãy chốt báo cáo trước.</source>
        <translation>Báo cáo {0} chưa được chốt, nên chưa có bản để ký hay gửi. Hãy chốt báo cáo trước.</translation>
    </message>
    <message>
        <source>“{0}” không phải một tệp.</source>
        <translation>“{0}” không phải một tệp.</translation>
    </message>
    <message>
        <source>Tệp “{0}” lớn bất thường ({1} MB); không phải bản báo cáo đã ký.</source>
        <translation>Tệp “{0}” lớn bất thường ({1} MB); không phải bản báo cáo đã ký.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{0}”: {1}.</source>
        <translation>Không đọc được tệp “{0}”: {1}.</translation>
    </message>
    <message>
        <source>Tệp “{0}” vừa bị thay đổi trong khi gắn; chưa lưu gì. Hãy gắn lại.</source>
        <translation>Tệp “{0}” vừa bị thay đổi trong khi gắn; chưa lưu gì. Hãy gắn lại.</translation>
    </message>
    <message>
        <source>Báo cáo đã chốt in ngày ký “ngày … tháng {0} năm {1}” nhưng được ký số ngày {2}: ngày tháng trên văn bản sai. Bản ký số vẫn được gắn; hãy tạo bản nháp mới từ bản đã chốt (trang Báo cáo), chốt lại trong tháng ký rồi ký số bản mới.</source>
        <translation>Báo cáo đã chốt in ngày ký “ngày … tháng {0} năm {1}” nhưng được ký số ngày {2}: ngày tháng trên văn bản sai. Bản ký số vẫn được gắn; hãy tạo bản nháp mới từ bản đã chốt (trang Báo cáo), chốt lại trong tháng ký rồi ký số bản mới.</translation>
    </message>
    <message>
        <source>“{0}” không phải bản quét (PDF hoặc ảnh JPG, PNG, TIFF).</source>
        <translation>“{0}” không phải bản quét (PDF hoặc ảnh JPG, PNG, TIFF).</translation>
    </message>
    <message>
        <source>Ngày gửi {0} còn ở phía trước; chỉ ghi nhận báo cáo đã gửi.</source>
        <translation>Ngày gửi {0} còn ở phía trước; chỉ ghi nhận báo cáo đã gửi.</translation>
    </message>
    <message>
        <source>Ngày gửi {0} trước ngày chốt báo cáo ({1}); hãy kiểm tra lại ngày gửi.</source>
        <translation>Ngày gửi {0} trước ngày chốt báo cáo ({1}); hãy kiểm tra lại ngày gửi.</translation>
    </message>
    <message>
        <source>“{0}” không phải số văn bản. Hãy nhập số (ví dụ 39) hoặc số và ký hiệu (ví dụ 39/BC-UBND).</source>
        <translation>“{0}” không phải số văn bản. Hãy nhập số (ví dụ 39) hoặc số và ký hiệu (ví dụ 39/BC-UBND).</translation>
    </message>
    <message>
        <source>Báo cáo đã in sẵn số {0} khi chốt; không ghi gửi dưới số {1} được.</source>
        <translation>Báo cáo đã in sẵn số {0} khi chốt; không ghi gửi dưới số {1} được.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn tệp văn bản, tệp PDF hoặc ảnh chụp.</source>
        <translation>“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn tệp văn bản, tệp PDF hoặc ảnh chụp.</translation>
    </message>
    <message>
        <source>Tệp “{0}” quá lớn để làm tệp kiểm chứng ({1} MB; tối đa {2} MB): bản sao lưu không chứa được. Hãy chọn bản chụp hoặc tệp PDF của văn bản.</source>
        <translation>Tệp “{0}” quá lớn để làm tệp kiểm chứng ({1} MB; tối đa {2} MB): bản sao lưu không chứa được. Hãy chọn bản chụp hoặc tệp PDF của văn bản.</translation>
    </message>
    <message>
        <source>“{0}” là tệp dữ liệu ParApp (hoặc tệp phụ bên cạnh tệp dữ liệu “{1}”), không phải văn bản kiểm chứng; chưa lưu gì. Hãy chọn tệp văn bản, tệp PDF hoặc ảnh chụp. Muốn giữ một bản của dữ liệu, hãy dùng Tệp → Sao lưu ra USB…</source>
        <translation>“{0}” là tệp dữ liệu ParApp (hoặc tệp phụ bên cạnh tệp dữ liệu “{1}”), không phải văn bản kiểm chứng; chưa lưu gì. Hãy chọn tệp văn bản, tệp PDF hoặc ảnh chụp. Muốn giữ một bản của dữ liệu, hãy dùng Tệp → Sao lưu ra USB…</translation>
    </message>
    <message>
        <source>Không chép được tệp kiểm chứng vào thư mục “{0}”: tài khoản này không có quyền ghi vào đó, nên chưa lưu gì. Hãy nhờ người quản trị máy cấp quyền ghi thư mục dữ liệu (cả thư mục evidence bên trong), rồi thử lại.</source>
        <translation>Không chép được tệp kiểm chứng vào thư mục “{0}”: tài khoản này không có quyền ghi vào đó, nên chưa lưu gì. Hãy nhờ người quản trị máy cấp quyền ghi thư mục dữ liệu (cả thư mục evidence bên trong), rồi thử lại.</translation>
    </message>
    <message>
        <source>Tệp “{0}” thay đổi trong lúc đang được chép; hãy đóng chương trình đang mở nó rồi thử lại.</source>
        <translation>Tệp “{0}” thay đổi trong lúc đang được chép; hãy đóng chương trình đang mở nó rồi thử lại.</translation>
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
        <source>Lịch báo cáo hiện tại không có kỳ “{0}” cho năm {1}; các kỳ có: {2}. Hãy chọn một trong các kỳ đó, hoặc thêm kỳ này trong Tệp → Lịch báo cáo định kỳ… rồi làm lại.</source>
        <translation>Lịch báo cáo hiện tại không có kỳ “{0}” cho năm {1}; các kỳ có: {2}. Hãy chọn một trong các kỳ đó, hoặc thêm kỳ này trong Tệp → Lịch báo cáo định kỳ… rồi làm lại.</translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>Thời hạn mới ({0}) phải thuộc năm {1} trở đi: việc được chuyển sang kế hoạch năm {1}.</source>
        <translation>Thời hạn mới ({0}) phải thuộc năm {1} trở đi: việc được chuyển sang kế hoạch năm {1}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} đã hoàn thành hoặc đã dừng: không có gì để chuyển sang năm sau.</source>
        <translation>Nhiệm vụ số {0} đã hoàn thành hoặc đã dừng: không có gì để chuyển sang năm sau.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} là việc lặp lại (thường xuyên, hằng năm…): kế hoạch năm sau giao lại việc này, không cần chuyển.</source>
        <translation>Nhiệm vụ số {0} là việc lặp lại (thường xuyên, hằng năm…): kế hoạch năm sau giao lại việc này, không cần chuyển.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} đã được chuyển sang năm sau (nhiệm vụ số {1}).</source>
        <translation>Nhiệm vụ số {0} đã được chuyển sang năm sau (nhiệm vụ số {1}).</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} không thuộc kế hoạch của một năm trước năm {1}: chỉ chuyển được việc của năm trước sang kế hoạch năm sau.</source>
        <translation>Nhiệm vụ số {0} không thuộc kế hoạch của một năm trước năm {1}: chỉ chuyển được việc của năm trước sang kế hoạch năm sau.</translation>
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
        <source>Nhiệm vụ này ghi là đã chuyển sang năm sau, nhưng nhiệm vụ nhận chuyển (số {0}) không còn trong dữ liệu. Hãy sửa chỗ đó: lệnh parapp repair --db &lt;tệp dữ liệu&gt; (trong cửa sổ: Tệp → Sao lưu ra USB…, nút “Sửa chỗ chữ hỏng” của hộp báo) bỏ liên kết đó như khi xóa nhiệm vụ nhận chuyển, không mất gì khác; rồi ghi hoàn thành hoặc dừng thực hiện ở đây.</source>
        <translation>Nhiệm vụ này ghi là đã chuyển sang năm sau, nhưng nhiệm vụ nhận chuyển (số {0}) không còn trong dữ liệu. Hãy sửa chỗ đó: lệnh parapp repair --db &lt;tệp dữ liệu&gt; (trong cửa sổ: Tệp → Sao lưu ra USB…, nút “Sửa chỗ chữ hỏng” của hộp báo) bỏ liên kết đó như khi xóa nhiệm vụ nhận chuyển, không mất gì khác; rồi ghi hoàn thành hoặc dừng thực hiện ở đây.</translation>
    </message>
    <message>
        <source>Nhiệm vụ này đã chuyển sang năm sau (nhiệm vụ số {0}): hãy ghi hoàn thành hoặc dừng thực hiện ở nhiệm vụ số {0}.</source>
        <translation>Nhiệm vụ này đã chuyển sang năm sau (nhiệm vụ số {0}): hãy ghi hoàn thành hoặc dừng thực hiện ở nhiệm vụ số {0}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ này đã chuyển sang kế hoạch năm {0} (nhiệm vụ số {1}): hãy ghi hoàn thành hoặc dừng thực hiện ở nhiệm vụ số {1}.</source>
        <translation>Nhiệm vụ này đã chuyển sang kế hoạch năm {0} (nhiệm vụ số {1}): hãy ghi hoàn thành hoặc dừng thực hiện ở nhiệm vụ số {1}.</translation>
    </message>
    <message>
        <source>Nội dung tiến độ đang trống. Hãy ghi kết quả hoặc việc đã làm.</source>
        <translation>Nội dung tiến độ đang trống. Hãy ghi kết quả hoặc việc đã làm.</translation>
    </message>
    <message>
        <source>Ngày ghi tiến độ ({0}) sau ngày hôm nay. Hãy nhập ngày đã làm việc này.</source>
        <translation>Ngày ghi tiến độ ({0}) sau ngày hôm nay. Hãy nhập ngày đã làm việc này.</translation>
    </message>
    <message>
        <source>Sau --db chưa có tên tệp dữ liệu. Hãy ghi đường dẫn tệp, ví dụ --db D:\ParApp\parapp.db, hoặc bỏ --db để dùng dữ liệu của người dùng này.</source>
        <translation>Sau --db chưa có tên tệp dữ liệu. Hãy ghi đường dẫn tệp, ví dụ --db D:\ParApp\parapp.db, hoặc bỏ --db để dùng dữ liệu của người dùng này.</translation>
    </message>
    <message>
        <source>“{0}” là tên một thư mục nhưng thư mục đó chưa có; chưa làm gì. Hãy tạo thư mục đó rồi dùng tệp dữ liệu trong nó: --db {1}</source>
        <translation>“{0}” là tên một thư mục nhưng thư mục đó chưa có; chưa làm gì. Hãy tạo thư mục đó rồi dùng tệp dữ liệu trong nó: --db {1}</translation>
    </message>
    <message>
        <source>Không tạo được thư mục dữ liệu “{0}”: ổ đĩa hoặc thư mục đó không dùng được (ổ mạng mất kết nối, ổ đầy, không được phép ghi, hoặc trùng tên một tệp). Hãy kiểm tra ổ đĩa đó, hoặc ghi --db với tệp dữ liệu ở thư mục khác, ví dụ --db D:\ParApp\parapp.db.</source>
        <translation>Không tạo được thư mục dữ liệu “{0}”: ổ đĩa hoặc thư mục đó không dùng được (ổ mạng mất kết nối, ổ đầy, không được phép ghi, hoặc trùng tên một tệp). Hãy kiểm tra ổ đĩa đó, hoặc ghi --db với tệp dữ liệu ở thư mục khác, ví dụ --db D:\ParApp\parapp.db.</translation>
    </message>
    <message>
        <source>Sau --today chưa có ngày. Hãy ghi ngày, ví dụ --today 15/03/2026, hoặc bỏ --today để tính từ hôm nay.</source>
        <translation>Sau --today chưa có ngày. Hãy ghi ngày, ví dụ --today 15/03/2026, hoặc bỏ --today để tính từ hôm nay.</translation>
    </message>
    <message>
        <source>Hãy cho biết kỳ và năm, ví dụ: --period q1 --year 2026.</source>
        <translation>Hãy cho biết kỳ và năm, ví dụ: --period q1 --year 2026.</translation>
    </message>
    <message>
        <source>Đã có chỉ tiêu mã “{0}”. Hãy chọn mã khác.</source>
        <translation>Đã có chỉ tiêu mã “{0}”. Hãy chọn mã khác.</translation>
    </message>
    <message>
        <source>Kỳ “{0}” không có. Hãy chọn q1, q2, q3, q4, h1, 9m hoặc year.</source>
        <translation>Kỳ “{0}” không có. Hãy chọn q1, q2, q3, q4, h1, 9m hoặc year.</translation>
    </message>
    <message>
        <source>Hãy chọn loại văn bản (Quyết định, Kế hoạch, Công văn…).</source>
        <translation>Hãy chọn loại văn bản (Quyết định, Kế hoạch, Công văn…).</translation>
    </message>
    <message>
        <source>Văn bản “{0}” cần có số hoặc ngày ban hành để báo cáo trích dẫn được.</source>
        <translation>Văn bản “{0}” cần có số hoặc ngày ban hành để báo cáo trích dẫn được.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng: {0}. Hãy khôi phục từ bản sao lưu gần nhất.</source>
        <translation>Cơ sở dữ liệu bị hỏng: {0}. Hãy khôi phục từ bản sao lưu gần nhất.</translation>
    </message>
    <message>
        <source>Chỉ mục của dữ liệu bị lệch với bảng ({0}); dữ liệu trong các bảng vẫn đọc được. Lệnh parapp repair --db {1} dựng lại chỉ mục từ các bảng, không mất gì; không cần khôi phục bản sao lưu.</source>
        <translation>Chỉ mục của dữ liệu bị lệch với bảng ({0}); dữ liệu trong các bảng vẫn đọc được. Lệnh parapp repair --db {1} dựng lại chỉ mục từ các bảng, không mất gì; không cần khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>Chỉ mục của bản sao lưu tự động này bị lệch với bảng ({0}); dữ liệu trong các bảng vẫn đọc được. Bản này vẫn khôi phục được: khi khôi phục, chỉ mục được dựng lại từ các bảng, không mất gì.</source>
        <translation>Chỉ mục của bản sao lưu tự động này bị lệch với bảng ({0}); dữ liệu trong các bảng vẫn đọc được. Bản này vẫn khôi phục được: khi khôi phục, chỉ mục được dựng lại từ các bảng, không mất gì.</translation>
    </message>
    <message>
        <source>Cấu trúc dữ liệu khác với của ParApp: {0}.</source>
        <translation>Cấu trúc dữ liệu khác với của ParApp: {0}.</translation>
    </message>
    <message>
        <source>Cài đặt: {0}.</source>
        <translation>Cài đặt: {0}.</translation>
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
        <source>Thiếu tệp tài liệu “{0}” của Chỉ số CCHC.</source>
        <translation>Thiếu tệp tài liệu “{0}” của Chỉ số CCHC.</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” đã bị thay đổi hoặc hỏng.</source>
        <translation>Tệp kiểm chứng “{0}” đã bị thay đổi hoặc hỏng.</translation>
    </message>
    <message>
        <source>Thiếu tệp bản đã ký “{0}” của báo cáo {1}.</source>
        <translation>Thiếu tệp bản đã ký “{0}” của báo cáo {1}.</translation>
    </message>
    <message>
        <source>Tệp bản đã ký “{0}” của báo cáo {1} đã bị thay đổi hoặc hỏng.</source>
        <translation>Tệp bản đã ký “{0}” của báo cáo {1} đã bị thay đổi hoặc hỏng.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{0}” trong thư mục dữ liệu (không có quyền đọc hoặc ổ đĩa lỗi). Hãy mở ParApp bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc thư mục dữ liệu.</source>
        <translation>Không đọc được tệp “{0}” trong thư mục dữ liệu (không có quyền đọc hoặc ổ đĩa lỗi). Hãy mở ParApp bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” có chữ bị hỏng trên đĩa ({1}). Dữ liệu không bị thay đổi. Hãy chạy lệnh parapp repair --db {2} (trong cửa sổ: nút “Sửa chỗ chữ hỏng”) rồi làm lại.</source>
        <translation>Tệp dữ liệu “{0}” có chữ bị hỏng trên đĩa ({1}). Dữ liệu không bị thay đổi. Hãy chạy lệnh parapp repair --db {2} (trong cửa sổ: nút “Sửa chỗ chữ hỏng”) rồi làm lại.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” có giá trị ParApp không đọc được ({1}): có lẽ nó đã bị sửa bằng một chương trình khác. Dữ liệu không bị thay đổi. Hãy khôi phục bản sao lưu gần nhất còn tốt (lệnh parapp restore, hoặc Tệp → Khôi phục… trong cửa sổ); lệnh parapp check --db {2} nêu mọi chỗ như vậy.</source>
        <translation>Tệp dữ liệu “{0}” có giá trị ParApp không đọc được ({1}): có lẽ nó đã bị sửa bằng một chương trình khác. Dữ liệu không bị thay đổi. Hãy khôi phục bản sao lưu gần nhất còn tốt (lệnh parapp restore, hoặc Tệp → Khôi phục… trong cửa sổ); lệnh parapp check --db {2} nêu mọi chỗ như vậy.</translation>
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
        <source>Cơ sở dữ liệu được khôi phục không phải dữ liệu ParApp nguyên vẹn ({0}); bị từ chối, dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu khác (tệp khác hoặc một bản sao lưu tự động), hoặc sao lưu lại trên máy có dữ liệu gốc.</source>
        <translation>Cơ sở dữ liệu được khôi phục không phải dữ liệu ParApp nguyên vẹn ({0}); bị từ chối, dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu khác (tệp khác hoặc một bản sao lưu tự động), hoặc sao lưu lại trên máy có dữ liệu gốc.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{0}” bên trong thư mục dữ liệu: tài khoản này không có quyền ghi vào đó; chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy nhờ người quản trị máy cấp quyền ghi thư mục dữ liệu (cả các thư mục bên trong), rồi khôi phục lại.</source>
        <translation>Không ghi được vào thư mục “{0}” bên trong thư mục dữ liệu: tài khoản này không có quyền ghi vào đó; chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy nhờ người quản trị máy cấp quyền ghi thư mục dữ liệu (cả các thư mục bên trong), rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>Không thay được tệp “{0}” (tệp chỉ đọc, hoặc đang mở trong chương trình khác); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đóng chương trình đang mở tệp đó, hoặc bỏ đánh dấu chỉ đọc của tệp (Thuộc tính), rồi khôi phục lại.</source>
        <translation>Không thay được tệp “{0}” (tệp chỉ đọc, hoặc đang mở trong chương trình khác); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đóng chương trình đang mở tệp đó, hoặc bỏ đánh dấu chỉ đọc của tệp (Thuộc tính), rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục nằm đúng chỗ ParApp cần một tệp (tệp kiểm chứng); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đổi tên hoặc chuyển thư mục đó ra chỗ khác rồi khôi phục lại.</source>
        <translation>“{0}” là một thư mục nằm đúng chỗ ParApp cần một tệp (tệp kiểm chứng); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đổi tên hoặc chuyển thư mục đó ra chỗ khác rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>“{0}” là một tệp nằm đúng chỗ ParApp cần một thư mục (để giữ tệp kiểm chứng); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đổi tên hoặc chuyển tệp đó ra chỗ khác rồi khôi phục lại.</source>
        <translation>“{0}” là một tệp nằm đúng chỗ ParApp cần một thư mục (để giữ tệp kiểm chứng); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đổi tên hoặc chuyển tệp đó ra chỗ khác rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{0}” ({1}); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</source>
        <translation>Không ghi được vào “{0}” ({1}); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>Chưa kiểm tra xong “{0}”: dữ liệu trong tệp sao lưu được đọc qua thư mục tạm “{1}”, nhưng không ghi được vào thư mục đó ({2}). Chưa biết tệp sao lưu có khôi phục được hay không; không có gì bị ghi hay thay đổi. Hãy xóa bớt tệp trên ổ đĩa chứa thư mục tạm đó (ví dụ dọn thư mục tạm) rồi kiểm tra lại.</source>
        <translation>Chưa kiểm tra xong “{0}”: dữ liệu trong tệp sao lưu được đọc qua thư mục tạm “{1}”, nhưng không ghi được vào thư mục đó ({2}). Chưa biết tệp sao lưu có khôi phục được hay không; không có gì bị ghi hay thay đổi. Hãy xóa bớt tệp trên ổ đĩa chứa thư mục tạm đó (ví dụ dọn thư mục tạm) rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Không còn bản chụp “{0}”: nó đã bị xóa (hoặc được dọn bớt) sau khi được liệt kê. Dữ liệu hiện tại giữ nguyên; hãy chọn một bản chụp khác.</source>
        <translation>Không còn bản chụp “{0}”: nó đã bị xóa (hoặc được dọn bớt) sau khi được liệt kê. Dữ liệu hiện tại giữ nguyên; hãy chọn một bản chụp khác.</translation>
    </message>
    <message>
        <source>“{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản này chưa biết); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy cài phiên bản ParApp mới nhất rồi khôi phục.</source>
        <translation>“{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản này chưa biết); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy cài phiên bản ParApp mới nhất rồi khôi phục.</translation>
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
        <source>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1}, cột {2}, dòng {3} trỏ tới dòng {4} không còn); lệnh parapp repair bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác</source>
        <translation>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1}, cột {2}, dòng {3} trỏ tới dòng {4} không còn); lệnh parapp repair bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác</translation>
    </message>
    <message>
        <source>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1}, cột {2}, dòng {3} trỏ tới dòng {4} không còn). Bản sao lưu tự động này không sửa trực tiếp được (giữ để quay lại), nhưng vẫn khôi phục được vào dữ liệu của thư mục {6} (parapp restore {5} --db &lt;tệp dữ liệu trong thư mục đó&gt;): sau đó lệnh parapp repair --db &lt;tệp dữ liệu đó&gt; bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác</source>
        <translation>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1}, cột {2}, dòng {3} trỏ tới dòng {4} không còn). Bản sao lưu tự động này không sửa trực tiếp được (giữ để quay lại), nhưng vẫn khôi phục được vào dữ liệu của thư mục {6} (parapp restore {5} --db &lt;tệp dữ liệu trong thư mục đó&gt;): sau đó lệnh parapp repair --db &lt;tệp dữ liệu đó&gt; bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác</translation>
    </message>
    <message>
        <source>báo cáo đã chốt số {0} ({1} năm {2}) không còn khớp mã băm lúc chốt: nội dung đã bị sửa ngoài ParApp</source>
        <translation>báo cáo đã chốt số {0} ({1} năm {2}) không còn khớp mã băm lúc chốt: nội dung đã bị sửa ngoài ParApp</translation>
    </message>
    <message>
        <source>tệp kiểm chứng “{0}” ghi mã “{1}”, không phải mã SHA-256 ParApp đặt cho tệp</source>
        <translation>tệp kiểm chứng “{0}” ghi mã “{1}”, không phải mã SHA-256 ParApp đặt cho tệp</translation>
    </message>
    <message>
        <source>tệp kiểm chứng “{0}” ghi kích thước “{1}”, không phải một số byte</source>
        <translation>tệp kiểm chứng “{0}” ghi kích thước “{1}”, không phải một số byte</translation>
    </message>
    <message>
        <source>tệp kiểm chứng mã “{0}” ghi tên không phải chữ</source>
        <translation>tệp kiểm chứng mã “{0}” ghi tên không phải chữ</translation>
    </message>
    <message>
        <source>bảng {0}, cột {1} chứa dữ liệu nhị phân, loại ParApp không bao giờ ghi</source>
        <translation>bảng {0}, cột {1} chứa dữ liệu nhị phân, loại ParApp không bao giờ ghi</translation>
    </message>
    <message>
        <source>bảng {0}, cột {1}, dòng {2} có chữ bị hỏng, không đọc được (không phải UTF-8); lệnh parapp repair sửa được chỗ đó mà không mất gì khác</source>
        <translation>bảng {0}, cột {1}, dòng {2} có chữ bị hỏng, không đọc được (không phải UTF-8); lệnh parapp repair sửa được chỗ đó mà không mất gì khác</translation>
    </message>
    <message>
        <source>bảng {0}, cột {1}, dòng {2} của bản sao lưu tự động này có chữ bị hỏng, không đọc được (không phải UTF-8). Bản này không sửa trực tiếp được (giữ để quay lại), nhưng vẫn khôi phục được: sau khi khôi phục, lệnh parapp repair --db &lt;tệp dữ liệu đã khôi phục vào&gt; sửa chỗ đó mà không mất gì khác</source>
        <translation>bảng {0}, cột {1}, dòng {2} của bản sao lưu tự động này có chữ bị hỏng, không đọc được (không phải UTF-8). Bản này không sửa trực tiếp được (giữ để quay lại), nhưng vẫn khôi phục được: sau khi khôi phục, lệnh parapp repair --db &lt;tệp dữ liệu đã khôi phục vào&gt; sửa chỗ đó mà không mất gì khác</translation>
    </message>
    <message>
        <source>không phải số nguyên</source>
        <translation>không phải số nguyên</translation>
    </message>
    <message>
        <source>không phải một ngày</source>
        <translation>không phải một ngày</translation>
    </message>
    <message>
        <source>không phải kỳ báo cáo ParApp biết</source>
        <translation>không phải kỳ báo cáo ParApp biết</translation>
    </message>
    <message>
        <source>không phải ngày, tháng hay số ngày ParApp ghi</source>
        <translation>không phải ngày, tháng hay số ngày ParApp ghi</translation>
    </message>
    <message>
        <source>không phải một số liệu</source>
        <translation>không phải một số liệu</translation>
    </message>
    <message>
        <source>không đọc được</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>không phải năm ParApp ghi (từ 2000 đến 2100)</source>
        <translation>không phải năm ParApp ghi (từ 2000 đến 2100)</translation>
    </message>
    <message>
        <source>không phải mã tiêu chí ParApp ghi</source>
        <translation>không phải mã tiêu chí ParApp ghi</translation>
    </message>
    <message>
        <source>bảng {0}, cột {1} ghi “{2}”, {3}</source>
        <translation>bảng {0}, cột {1} ghi “{2}”, {3}</translation>
    </message>
    <message>
        <source>cài đặt “{0}” ghi giá trị mà ParApp không đọc được</source>
        <translation>cài đặt “{0}” ghi giá trị mà ParApp không đọc được</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu có cấu trúc số {0} nhưng manifest ghi {1}</source>
        <translation>cơ sở dữ liệu có cấu trúc số {0} nhưng manifest ghi {1}</translation>
    </message>
    <message>
        <source>Chỉ tiêu {0} được cho hai giá trị khác nhau ({1} và {2}): hãy giữ một.</source>
        <translation>Chỉ tiêu {0} được cho hai giá trị khác nhau ({1} và {2}): hãy giữ một.</translation>
    </message>
    <message>
        <source>“{0}”: hãy viết --column SỐ_CỘT=MÃ, ví dụ --column 10=late hoặc --column 14=skip.</source>
        <translation>“{0}”: hãy viết --column SỐ_CỘT=MÃ, ví dụ --column 10=late hoặc --column 14=skip.</translation>
    </message>
    <message>
        <source>“{0}”: không biết nghĩa “{1}”. Dùng mã chỉ tiêu (như dossiers.resolved_late), một nghĩa của cột ({2}) hoặc skip.</source>
        <translation>“{0}”: không biết nghĩa “{1}”. Dùng mã chỉ tiêu (như dossiers.resolved_late), một nghĩa của cột ({2}) hoặc skip.</translation>
    </message>
    <message>
        <source>Cột {0} được chọn hai nghĩa khác nhau: hãy chỉ giữ một --column {0}=….</source>
        <translation>Cột {0} được chọn hai nghĩa khác nhau: hãy chỉ giữ một --column {0}=….</translation>
    </message>
    <message>
        <source>Tệp không ghi kỳ báo cáo (“Kỳ báo cáo: …” hay “Từ ngày … đến ngày …”): hãy cho biết kỳ và năm, ví dụ: --period q1 --year 2026.</source>
        <translation>Tệp không ghi kỳ báo cáo (“Kỳ báo cáo: …” hay “Từ ngày … đến ngày …”): hãy cho biết kỳ và năm, ví dụ: --period q1 --year 2026.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày gửi, ví dụ --on 18/03/2026.</source>
        <translation>Hãy nhập ngày gửi, ví dụ --on 18/03/2026.</translation>
    </message>
    <message>
        <source>Tệp này không phải tệp PDF.</source>
        <translation>Tệp này không phải tệp PDF.</translation>
    </message>
    <message>
        <source>Không đọc được tệp PDF này ({0}).</source>
        <translation>Không đọc được tệp PDF này ({0}).</translation>
    </message>
    <message>
        <source>Tệp PDF này đã bị mã hóa, nên không phải bản ParApp làm ra từ báo cáo đã chốt.</source>
        <translation>Tệp PDF này đã bị mã hóa, nên không phải bản ParApp làm ra từ báo cáo đã chốt.</translation>
    </message>
    <message>
        <source>Tệp này không có chữ ký số nào. Nếu đây là bản giấy đã ký tay rồi quét lại, hãy gắn nó như bản quét (--scan).</source>
        <translation>Tệp này không có chữ ký số nào. Nếu đây là bản giấy đã ký tay rồi quét lại, hãy gắn nó như bản quét (--scan).</translation>
    </message>
    <message>
        <source>Chữ ký “{0}” trong tệp không đọc được ({1}); tệp bị từ chối.</source>
        <translation>Chữ ký “{0}” trong tệp không đọc được ({1}); tệp bị từ chối.</translation>
    </message>
    <message>
        <source>Phần đã ký của tệp đã bị thay đổi sau khi ký: chữ ký “{0}” không còn khớp nội dung. Hãy lấy lại đúng tệp đã ký từ hệ thống.</source>
        <translation>Phần đã ký của tệp đã bị thay đổi sau khi ký: chữ ký “{0}” không còn khớp nội dung. Hãy lấy lại đúng tệp đã ký từ hệ thống.</translation>
    </message>
    <message>
        <source>Chữ ký “{0}” không hợp lệ (không khớp chứng thư của người ký).</source>
        <translation>Chữ ký “{0}” không hợp lệ (không khớp chứng thư của người ký).</translation>
    </message>
    <message>
        <source>Chữ ký “{0}” không phủ toàn bộ văn bản nó ký.</source>
        <translation>Chữ ký “{0}” không phủ toàn bộ văn bản nó ký.</translation>
    </message>
    <message>
        <source>Tệp đã được lưu lại toàn bộ bằng chương trình khác thay vì ký thêm vào bản ParApp làm ra, nên không chứng minh được nội dung đã ký đúng là báo cáo đã chốt.</source>
        <translation>Tệp đã được lưu lại toàn bộ bằng chương trình khác thay vì ký thêm vào bản ParApp làm ra, nên không chứng minh được nội dung đã ký đúng là báo cáo đã chốt.</translation>
    </message>
    <message>
        <source>Đây là bản đã ký của {0}, không phải của báo cáo đã chọn.</source>
        <translation>Đây là bản đã ký của {0}, không phải của báo cáo đã chọn.</translation>
    </message>
    <message>
        <source>Phần đầu của tệp không phải bản PDF ParApp làm ra từ báo cáo đã chốt này: có thể tệp được ký từ bản nháp, từ bản đã sửa trong chương trình khác, hoặc là của báo cáo khác. Hãy ký đúng tệp PDF xuất từ báo cáo đã chốt.</source>
        <translation>Phần đầu của tệp không phải bản PDF ParApp làm ra từ báo cáo đã chốt này: có thể tệp được ký từ bản nháp, từ bản đã sửa trong chương trình khác, hoặc là của báo cáo khác. Hãy ký đúng tệp PDF xuất từ báo cáo đã chốt.</translation>
    </message>
    <message>
        <source>Một lần lưu sau khi ParApp làm ra tệp đã sửa hoặc xóa nội dung của báo cáo (không chỉ thêm số, ngày, hình chữ ký, con dấu hay chữ ký khác). Tệp bị từ chối.</source>
        <translation>Một lần lưu sau khi ParApp làm ra tệp đã sửa hoặc xóa nội dung của báo cáo (không chỉ thêm số, ngày, hình chữ ký, con dấu hay chữ ký khác). Tệp bị từ chối.</translation>
    </message>
    <message>
        <source>Số ngày nhìn trước phải từ 0 đến 366 (ví dụ: --days 14).</source>
        <translation>Số ngày nhìn trước phải từ 0 đến 366 (ví dụ: --days 14).</translation>
    </message>
    <message>
        <source>“{0}” không chủ trì nhiệm vụ nào đang mở. Những nơi có: {1}.</source>
        <translation>“{0}” không chủ trì nhiệm vụ nào đang mở. Những nơi có: {1}.</translation>
    </message>
    <message>
        <source>“{0}” là một đơn vị, còn danh sách đang in theo từng người chủ trì. Hãy in theo đơn vị (bỏ --by person), hoặc ghi tên một người: {1}.</source>
        <translation>“{0}” là một đơn vị, còn danh sách đang in theo từng người chủ trì. Hãy in theo đơn vị (bỏ --by person), hoặc ghi tên một người: {1}.</translation>
    </message>
    <message>
        <source>“{0}” là một người chủ trì, còn danh sách đang in theo đơn vị. Hãy in theo từng người (--by person), hoặc ghi tên một đơn vị: {1}.</source>
        <translation>“{0}” là một người chủ trì, còn danh sách đang in theo đơn vị. Hãy in theo từng người (--by person), hoặc ghi tên một đơn vị: {1}.</translation>
    </message>
    <message>
        <source>Tệp phải có đuôi .{0} (ví dụ: {1}). Chưa ghi gì.</source>
        <translation>Tệp phải có đuôi .{0} (ví dụ: {1}). Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Năm {0} không hợp lệ: ParApp làm việc với các năm từ {1} đến {2}. Hãy nhập năm có 4 chữ số, ví dụ 2026.</source>
        <translation>Năm {0} không hợp lệ: ParApp làm việc với các năm từ {1} đến {2}. Hãy nhập năm có 4 chữ số, ví dụ 2026.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động: dữ liệu đang được chương trình khác ghi. Dữ liệu vẫn mở bình thường.</source>
        <translation>Chưa tạo được bản sao lưu tự động: dữ liệu đang được chương trình khác ghi. Dữ liệu vẫn mở bình thường.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động trong “{0}” ({1}). Dữ liệu vẫn mở bình thường; hãy kiểm tra thư mục đó (còn chỗ trống, không bị khóa) và sao lưu ra USB.</source>
        <translation>Chưa tạo được bản sao lưu tự động trong “{0}” ({1}). Dữ liệu vẫn mở bình thường; hãy kiểm tra thư mục đó (còn chỗ trống, không bị khóa) và sao lưu ra USB.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{0}”: ParApp mở một bản chép của tệp trong thư mục tạm “{1}” nhưng không dùng được thư mục đó ({2}). Tệp trong dữ liệu vẫn nguyên; hãy kiểm tra thư mục tạm đó rồi làm lại.</source>
        <translation>Không mở được tệp “{0}”: ParApp mở một bản chép của tệp trong thư mục tạm “{1}” nhưng không dùng được thư mục đó ({2}). Tệp trong dữ liệu vẫn nguyên; hãy kiểm tra thư mục tạm đó rồi làm lại.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{0}”: chỗ của nó trong thư mục dữ liệu không còn là một tệp bình thường (đã bị thay bằng thứ khác). Hãy khôi phục từ một bản sao lưu để lấy lại tệp này.</source>
        <translation>Không mở được tệp “{0}”: chỗ của nó trong thư mục dữ liệu không còn là một tệp bình thường (đã bị thay bằng thứ khác). Hãy khôi phục từ một bản sao lưu để lấy lại tệp này.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{0}”: {1}.</source>
        <translation>Không mở được tệp “{0}”: {1}.</translation>
    </message>
    <message>
        <source>không còn thấy tệp hoặc thư mục</source>
        <translation>không còn thấy tệp hoặc thư mục</translation>
    </message>
    <message>
        <source>một phần của đường dẫn không phải thư mục</source>
        <translation>một phần của đường dẫn không phải thư mục</translation>
    </message>
    <message>
        <source>đã có tệp trùng tên</source>
        <translation>đã có tệp trùng tên</translation>
    </message>
    <message>
        <source>không có quyền</source>
        <translation>không có quyền</translation>
    </message>
    <message>
        <source>ổ đĩa chỉ đọc</source>
        <translation>ổ đĩa chỉ đọc</translation>
    </message>
    <message>
        <source>ổ đĩa đã đầy</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>lỗi đọc hoặc ghi ổ đĩa</source>
        <translation>lỗi đọc hoặc ghi ổ đĩa</translation>
    </message>
    <message>
        <source>thiết bị không còn</source>
        <translation>thiết bị không còn</translation>
    </message>
    <message>
        <source>tên hoặc đường dẫn quá dài</source>
        <translation>tên hoặc đường dẫn quá dài</translation>
    </message>
    <message>
        <source>đang được chương trình khác dùng</source>
        <translation>đang được chương trình khác dùng</translation>
    </message>
    <message>
        <source>đó là một thư mục</source>
        <translation>đó là một thư mục</translation>
    </message>
    <message>
        <source>tên hoặc đường dẫn không hợp lệ</source>
        <translation>tên hoặc đường dẫn không hợp lệ</translation>
    </message>
    <message>
        <source>ổ mạng không còn kết nối</source>
        <translation>ổ mạng không còn kết nối</translation>
    </message>
    <message>
        <source>ổ đĩa hoặc ổ mạng không trả lời</source>
        <translation>ổ đĩa hoặc ổ mạng không trả lời</translation>
    </message>
    <message>
        <source>tệp lớn hơn mức ổ đĩa này nhận (USB định dạng FAT32 chỉ nhận tệp dưới 4 GB)</source>
        <translation>tệp lớn hơn mức ổ đĩa này nhận (USB định dạng FAT32 chỉ nhận tệp dưới 4 GB)</translation>
    </message>
    <message>
        <source>máy đang mở quá nhiều tệp</source>
        <translation>máy đang mở quá nhiều tệp</translation>
    </message>
    <message>
        <source>máy hết bộ nhớ</source>
        <translation>máy hết bộ nhớ</translation>
    </message>
    <message>
        <source>thư mục không trống</source>
        <translation>thư mục không trống</translation>
    </message>
    <message>
        <source>đường dẫn là lối tắt vòng quanh</source>
        <translation>đường dẫn là lối tắt vòng quanh</translation>
    </message>
    <message>
        <source>tên có ký tự ổ đĩa này không nhận</source>
        <translation>tên có ký tự ổ đĩa này không nhận</translation>
    </message>
    <message>
        <source>không chuyển được sang ổ đĩa khác</source>
        <translation>không chuyển được sang ổ đĩa khác</translation>
    </message>
    <message>
        <source>ổ đĩa này không hỗ trợ việc đó</source>
        <translation>ổ đĩa này không hỗ trợ việc đó</translation>
    </message>
    <message>
        <source>lỗi hệ thống {0}</source>
        <translation>lỗi hệ thống {0}</translation>
    </message>
    <message>
        <source>lỗi không rõ</source>
        <translation>lỗi không rõ</translation>
    </message>
    <message>
        <source>“{0}” dài {1} ký tự, quá giới hạn {2} ký tự của một dòng. Hãy rút gọn (có lẽ đã dán nhầm cả một đoạn văn bản).</source>
        <translation>“{0}” dài {1} ký tự, quá giới hạn {2} ký tự của một dòng. Hãy rút gọn (có lẽ đã dán nhầm cả một đoạn văn bản).</translation>
    </message>
    <message>
        <source>Chưa thể chốt báo cáo {0}: số liệu của kỳ này tính từ ngày {1}, chưa đến. Hãy kiểm tra lại kỳ và năm báo cáo, hoặc chốt khi đã vào kỳ.</source>
        <translation>Chưa thể chốt báo cáo {0}: số liệu của kỳ này tính từ ngày {1}, chưa đến. Hãy kiểm tra lại kỳ và năm báo cáo, hoặc chốt khi đã vào kỳ.</translation>
    </message>
    <message>
        <source>tệp bị hỏng, phần đầu chỉ còn byte 0 (thường do mất điện hoặc rút USB khi đang ghi)</source>
        <translation>tệp bị hỏng, phần đầu chỉ còn byte 0 (thường do mất điện hoặc rút USB khi đang ghi)</translation>
    </message>
    <message>
        <source>Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. Hãy chép cả thư mục “{1}” (chương trình ParApp cùng thư mục ParApp-data bên cạnh) vào máy, rồi chạy ParApp trong bản chép.</source>
        <translation>Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. Hãy chép cả thư mục “{1}” (chương trình ParApp cùng thư mục ParApp-data bên cạnh) vào máy, rồi chạy ParApp trong bản chép.</translation>
    </message>
    <message>
        <source>Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. Hãy chép cả thư mục dữ liệu (tệp dữ liệu cùng các tệp bên cạnh và thư mục evidence) vào máy rồi mở bản chép.</source>
        <translation>Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. Hãy chép cả thư mục dữ liệu (tệp dữ liệu cùng các tệp bên cạnh và thư mục evidence) vào máy rồi mở bản chép.</translation>
    </message>
    <message>
        <source>“{0}” là tệp phụ ParApp giữ bên cạnh tệp dữ liệu “{1}”, không phải tệp dữ liệu (Windows có thể hiện nó với tên giống tệp dữ liệu); chưa làm gì, dữ liệu không bị thay đổi. Hãy dùng --db {2}.</source>
        <translation>“{0}” là tệp phụ ParApp giữ bên cạnh tệp dữ liệu “{1}”, không phải tệp dữ liệu (Windows có thể hiện nó với tên giống tệp dữ liệu); chưa làm gì, dữ liệu không bị thay đổi. Hãy dùng --db {2}.</translation>
    </message>
    <message>
        <source>“{0}” là bản hỏng ParApp đã giữ lại khi khôi phục “{1}”, không phải dữ liệu đang dùng: dữ liệu đang dùng là “{1}” (parapp check --db {2}); không cần khôi phục vào tệp này.</source>
        <translation>“{0}” là bản hỏng ParApp đã giữ lại khi khôi phục “{1}”, không phải dữ liệu đang dùng: dữ liệu đang dùng là “{1}” (parapp check --db {2}); không cần khôi phục vào tệp này.</translation>
    </message>
    <message>
        <source>“{0}” là bản hỏng ParApp đã giữ lại khi khôi phục “{1}”, không phải dữ liệu đang dùng: khôi phục vào đó thì thư mục có hai dữ liệu, chung cả thư mục tệp kiểm chứng và bản sao lưu tự động. Chưa khôi phục, chưa ghi gì. Nếu muốn thay dữ liệu đang dùng, hãy khôi phục vào chính nó: --db {2}</source>
        <translation>“{0}” là bản hỏng ParApp đã giữ lại khi khôi phục “{1}”, không phải dữ liệu đang dùng: khôi phục vào đó thì thư mục có hai dữ liệu, chung cả thư mục tệp kiểm chứng và bản sao lưu tự động. Chưa khôi phục, chưa ghi gì. Nếu muốn thay dữ liệu đang dùng, hãy khôi phục vào chính nó: --db {2}</translation>
    </message>
    <message>
        <source>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không tạo dữ liệu mới ở đó, chưa ghi gì. Hãy chọn một thư mục riêng, ngoài “{2}”.</source>
        <translation>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không tạo dữ liệu mới ở đó, chưa ghi gì. Hãy chọn một thư mục riêng, ngoài “{2}”.</translation>
    </message>
    <message>
        <source>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không tạo xã mẫu ở đó, chưa ghi gì. Hãy tạo xã mẫu trong một thư mục riêng, ngoài “{2}”.</source>
        <translation>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không tạo xã mẫu ở đó, chưa ghi gì. Hãy tạo xã mẫu trong một thư mục riêng, ngoài “{2}”.</translation>
    </message>
    <message>
        <source>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không khôi phục vào đó, chưa ghi gì. Hãy chọn một thư mục riêng (ngoài “{2}”) cho dữ liệu khôi phục, hoặc chính tệp dữ liệu đang dùng.</source>
        <translation>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không khôi phục vào đó, chưa ghi gì. Hãy chọn một thư mục riêng (ngoài “{2}”) cho dữ liệu khôi phục, hoặc chính tệp dữ liệu đang dùng.</translation>
    </message>
    <message>
        <source>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của dữ liệu này thay bản của dữ liệu kia. Chưa tạo dữ liệu mới, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi mở ParApp với tệp dữ liệu trong đó (parapp --db {3}), hoặc mở chính “{1}” nếu đó là dữ liệu cần dùng.</source>
        <translation>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của dữ liệu này thay bản của dữ liệu kia. Chưa tạo dữ liệu mới, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi mở ParApp với tệp dữ liệu trong đó (parapp --db {3}), hoặc mở chính “{1}” nếu đó là dữ liệu cần dùng.</translation>
    </message>
    <message>
        <source>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của xã mẫu thay bản của dữ liệu kia. Chưa tạo xã mẫu, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi tạo xã mẫu trong đó: parapp demo --db {3}</source>
        <translation>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của xã mẫu thay bản của dữ liệu kia. Chưa tạo xã mẫu, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi tạo xã mẫu trong đó: parapp demo --db {3}</translation>
    </message>
    <message>
        <source>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của dữ liệu này thay bản của dữ liệu kia. Chưa khôi phục, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi khôi phục vào tệp parapp.db trong đó, hoặc vào chính “{1}” nếu muốn thay dữ liệu đó.</source>
        <translation>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của dữ liệu này thay bản của dữ liệu kia. Chưa khôi phục, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi khôi phục vào tệp parapp.db trong đó, hoặc vào chính “{1}” nếu muốn thay dữ liệu đó.</translation>
    </message>
    <message>
        <source>“{0}” chưa có, nhưng thư mục “{1}” còn các bản sao lưu tự động của một dữ liệu ParApp (mới nhất lúc {2}): tệp dữ liệu của nó có thể đã bị xóa nhầm hoặc chuyển đi. Xã mẫu tạo ở đó sẽ chung thư mục sao lưu tự động với dữ liệu đó và dần xóa các bản của nó. Chưa tạo xã mẫu, chưa ghi gì. Nếu đó là dữ liệu cần dùng, hãy khôi phục nó:
    parapp restore {3} --db {4}
hoặc tạo một thư mục riêng (ví dụ “{5}”) rồi tạo xã mẫu trong đó: parapp demo --db {6}</source>
        <translation>“{0}” chưa có, nhưng thư mục “{1}” còn các bản sao lưu tự động của một dữ liệu ParApp (mới nhất lúc {2}): tệp dữ liệu của nó có thể đã bị xóa nhầm hoặc chuyển đi. Xã mẫu tạo ở đó sẽ chung thư mục sao lưu tự động với dữ liệu đó và dần xóa các bản của nó. Chưa tạo xã mẫu, chưa ghi gì. Nếu đó là dữ liệu cần dùng, hãy khôi phục nó:
    parapp restore {3} --db {4}
hoặc tạo một thư mục riêng (ví dụ “{5}”) rồi tạo xã mẫu trong đó: parapp demo --db {6}</translation>
    </message>
    <message>
        <source>“{0}” là một tệp sao lưu ParApp, không phải tệp dữ liệu: dữ liệu trong đó chỉ dùng được sau khi khôi phục, bằng lệnh parapp restore {1} hoặc trong cửa sổ chọn Tệp → Khôi phục… (dữ liệu đang dùng được giữ lại trong một bản sao lưu tự động). Chưa làm gì.</source>
        <translation>“{0}” là một tệp sao lưu ParApp, không phải tệp dữ liệu: dữ liệu trong đó chỉ dùng được sau khi khôi phục, bằng lệnh parapp restore {1} hoặc trong cửa sổ chọn Tệp → Khôi phục… (dữ liệu đang dùng được giữ lại trong một bản sao lưu tự động). Chưa làm gì.</translation>
    </message>
    <message>
        <source>Chưa mở được “{0}” bằng trình đọc PDF: ParApp ghi một bản vào thư mục tạm “{1}” nhưng không dùng được thư mục đó ({2}). Hãy bấm “Lưu PDF…” để lưu vào một thư mục khác rồi mở tệp từ đó, hoặc dọn chỗ trống cho thư mục tạm đó rồi làm lại.</source>
        <translation>Chưa mở được “{0}” bằng trình đọc PDF: ParApp ghi một bản vào thư mục tạm “{1}” nhưng không dùng được thư mục đó ({2}). Hãy bấm “Lưu PDF…” để lưu vào một thư mục khác rồi mở tệp từ đó, hoặc dọn chỗ trống cho thư mục tạm đó rồi làm lại.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} không phải việc chưa hoàn thành của năm {1} (đã xong, đã dừng, việc lặp lại, đã chuyển, hoặc không có): chưa chuyển gì. Xem danh sách: parapp carry --year {1} --dry-run</source>
        <translation>Nhiệm vụ số {0} không phải việc chưa hoàn thành của năm {1} (đã xong, đã dừng, việc lặp lại, đã chuyển, hoặc không có): chưa chuyển gì. Xem danh sách: parapp carry --year {1} --dry-run</translation>
    </message>
    <message>
        <source>Kế hoạch số {0} là của năm {1}: việc chưa xong của năm {2} chỉ chuyển sang kế hoạch của một năm sau đó.</source>
        <translation>Kế hoạch số {0} là của năm {1}: việc chưa xong của năm {2} chỉ chuyển sang kế hoạch của một năm sau đó.</translation>
    </message>
    <message>
        <source>Chưa chọn nhiệm vụ nào để chuyển sang năm sau.</source>
        <translation>Chưa chọn nhiệm vụ nào để chuyển sang năm sau.</translation>
    </message>
    <message>
        <source>Không ghi được kết quả của lệnh ra nơi đã chuyển tới (tệp sau dấu “&gt;”): {0}. Lỗi này là của nơi nhận kết quả, không phải của tệp dữ liệu: những gì lệnh đã lưu vẫn được lưu. Hãy dọn chỗ ở nơi nhận (hoặc chuyển kết quả sang nơi khác) rồi chạy lệnh xem lại để có kết quả.</source>
        <translation>Không ghi được kết quả của lệnh ra nơi đã chuyển tới (tệp sau dấu “&gt;”): {0}. Lỗi này là của nơi nhận kết quả, không phải của tệp dữ liệu: những gì lệnh đã lưu vẫn được lưu. Hãy dọn chỗ ở nơi nhận (hoặc chuyển kết quả sang nơi khác) rồi chạy lệnh xem lại để có kết quả.</translation>
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
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Nhóm nhiệm vụ</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Mã tiêu chí</source>
        <translation>Mã tiêu chí</translation>
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
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Lý do dừng</source>
        <translation>Lý do dừng</translation>
    </message>
    <message>
        <source>Lý do chậm</source>
        <translation>Lý do chậm</translation>
    </message>
    <message>
        <source>Kết quả đạt được</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Kiến nghị cấp trên</source>
        <translation>Kiến nghị cấp trên</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation>Tên chỉ tiêu</translation>
    </message>
    <message>
        <source>Tên UBND xã</source>
        <translation>Tên UBND xã</translation>
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
        <source>Các cơ quan chuyên môn</source>
        <translation>Các cơ quan chuyên môn</translation>
    </message>
    <message>
        <source>Nơi tiếp nhận hồ sơ</source>
        <translation>Nơi tiếp nhận hồ sơ</translation>
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
        <source>Đơn vị soạn thảo</source>
        <translation>Đơn vị soạn thảo</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Nhập tay</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <source>Nhập từ tệp</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>Tính từ các quý</source>
        <translation>Tính từ các quý</translation>
    </message>
    <message>
        <source>Chưa có</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>“{0}” sẽ là {1}%: {2} ({3}) nhiều hơn {4} ({5}). Số liệu này không thể đúng; chưa lưu gì, hãy kiểm tra lại.</source>
        <translation>“{0}” sẽ là {1}%: {2} ({3}) nhiều hơn {4} ({5}). Số liệu này không thể đúng; chưa lưu gì, hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>“{0}” ({1}) nhiều hơn {2} ({3}). Số liệu này không thể đúng; chưa lưu gì, hãy kiểm tra lại.</source>
        <translation>“{0}” ({1}) nhiều hơn {2} ({3}). Số liệu này không thể đúng; chưa lưu gì, hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Mới tiếp nhận trực tuyến</source>
        <translation>Mới tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <source>Kỳ trước chuyển sang</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>Mới tiếp nhận trực tuyến toàn trình</source>
        <translation>Mới tiếp nhận trực tuyến toàn trình</translation>
    </message>
    <message>
        <source>Mới tiếp nhận trực tuyến một phần</source>
        <translation>Mới tiếp nhận trực tuyến một phần</translation>
    </message>
    <message>
        <source>Mới tiếp nhận trực tiếp, bưu chính</source>
        <translation>Mới tiếp nhận trực tiếp, bưu chính</translation>
    </message>
    <message>
        <source>Mới tiếp nhận qua bưu chính</source>
        <translation>Mới tiếp nhận qua bưu chính</translation>
    </message>
    <message>
        <source>Mới tiếp nhận</source>
        <translation>Mới tiếp nhận</translation>
    </message>
    <message>
        <source>Tổng số nhận giải quyết</source>
        <translation>Tổng số nhận giải quyết</translation>
    </message>
    <message>
        <source>Giải quyết trước hạn</source>
        <translation>Giải quyết trước hạn</translation>
    </message>
    <message>
        <source>Giải quyết đúng hạn</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Giải quyết trước và đúng hạn</source>
        <translation>Giải quyết trước và đúng hạn</translation>
    </message>
    <message>
        <source>Giải quyết quá hạn</source>
        <translation>Giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Tổng số đã giải quyết</source>
        <translation>Tổng số đã giải quyết</translation>
    </message>
    <message>
        <source>Đang giải quyết trong hạn</source>
        <translation>Đang giải quyết trong hạn</translation>
    </message>
    <message>
        <source>Đang giải quyết quá hạn</source>
        <translation>Đang giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Tổng số đang giải quyết</source>
        <translation>Tổng số đang giải quyết</translation>
    </message>
    <message>
        <source>Trả lại, rút hồ sơ</source>
        <translation>Trả lại, rút hồ sơ</translation>
    </message>
    <message>
        <source>Văn bản xin lỗi</source>
        <translation>Văn bản xin lỗi</translation>
    </message>
    <message>
        <source>Số hóa</source>
        <translation>Số hóa</translation>
    </message>
    <message>
        <source>Thanh toán trực tuyến</source>
        <translation>Thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Hồ sơ phải nộp phí, lệ phí</source>
        <translation>Hồ sơ phải nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>Bảng không có cột {0} (bảng có {1} cột): chưa lưu gì, hãy xem lại số cột trong --column.</source>
        <translation>Bảng không có cột {0} (bảng có {1} cột): chưa lưu gì, hãy xem lại số cột trong --column.</translation>
    </message>
    <message>
        <source>Không còn cột số liệu nào được chọn: hãy chọn nghĩa cho ít nhất một cột.</source>
        <translation>Không còn cột số liệu nào được chọn: hãy chọn nghĩa cho ít nhất một cột.</translation>
    </message>
    <message>
        <source>Cột “{0}” cũng đọc là “{1}” như cột “{2}”: chưa tính cột này, hãy chọn nghĩa cho nó nếu cần.</source>
        <translation>Cột “{0}” cũng đọc là “{1}” như cột “{2}”: chưa tính cột này, hãy chọn nghĩa cho nó nếu cần.</translation>
    </message>
    <message>
        <source>Lấy số liệu ở dòng tổng cộng (dòng {0} của bảng).</source>
        <translation>Lấy số liệu ở dòng tổng cộng (dòng {0} của bảng).</translation>
    </message>
    <message>
        <source>Bảng không có dòng tổng cộng: đã cộng {0} dòng lĩnh vực.</source>
        <translation>Bảng không có dòng tổng cộng: đã cộng {0} dòng lĩnh vực.</translation>
    </message>
    <message>
        <source>Bảng không có dòng số liệu nào.</source>
        <translation>Bảng không có dòng số liệu nào.</translation>
    </message>
    <message>
        <source>Dòng tổng cộng để trống cột “{0}”: đã cộng {1} dòng lĩnh vực của cột đó.</source>
        <translation>Dòng tổng cộng để trống cột “{0}”: đã cộng {1} dòng lĩnh vực của cột đó.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}” không phải số: tính là 0.</source>
        <translation>Ô “{0}” ở cột “{1}” không phải số: tính là 0.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}” lớn hơn mọi số một xã có thể có (tối đa {2}): hãy kiểm tra lại biểu thống kê. Chưa lưu gì.</source>
        <translation>Ô “{0}” ở cột “{1}” lớn hơn mọi số một xã có thể có (tối đa {2}): hãy kiểm tra lại biểu thống kê. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Hồ sơ mới tiếp nhận = tổng số nhận giải quyết trừ số kỳ trước chuyển sang.</source>
        <translation>Hồ sơ mới tiếp nhận = tổng số nhận giải quyết trừ số kỳ trước chuyển sang.</translation>
    </message>
    <message>
        <source>Bảng không tách hồ sơ kỳ trước chuyển sang: chưa lấy được số hồ sơ mới tiếp nhận.</source>
        <translation>Bảng không tách hồ sơ kỳ trước chuyển sang: chưa lấy được số hồ sơ mới tiếp nhận.</translation>
    </message>
    <message>
        <source>Hồ sơ kỳ trước chuyển sang = tổng số nhận giải quyết trừ số mới tiếp nhận.</source>
        <translation>Hồ sơ kỳ trước chuyển sang = tổng số nhận giải quyết trừ số mới tiếp nhận.</translation>
    </message>
    <message>
        <source>Cột “{0}”: dòng tổng cộng ghi ({1}) nhưng các dòng lĩnh vực cộng lại được ({2}): đã lấy số của dòng tổng cộng. Hãy kiểm tra lại bảng.</source>
        <translation>Cột “{0}”: dòng tổng cộng ghi ({1}) nhưng các dòng lĩnh vực cộng lại được ({2}): đã lấy số của dòng tổng cộng. Hãy kiểm tra lại bảng.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}”, dòng {2} của bảng, là số âm: số liệu không thể âm. Hãy sửa biểu thống kê rồi nhập lại. Chưa lưu gì.</source>
        <translation>Ô “{0}” ở cột “{1}”, dòng {2} của bảng, là số âm: số liệu không thể âm. Hãy sửa biểu thống kê rồi nhập lại. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}”, dòng {2} của bảng, không phải số nguyên: số hồ sơ, văn bản… phải là số nguyên. Hãy sửa biểu thống kê rồi nhập lại. Chưa lưu gì.</source>
        <translation>Ô “{0}” ở cột “{1}”, dòng {2} của bảng, không phải số nguyên: số hồ sơ, văn bản… phải là số nguyên. Hãy sửa biểu thống kê rồi nhập lại. Chưa lưu gì.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}” có dấu chú thích: đã đọc là {2}.</source>
        <translation>Ô “{0}” ở cột “{1}” có dấu chú thích: đã đọc là {2}.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}” ghi kèm tỷ lệ: đã đọc là {2}.</source>
        <translation>Ô “{0}” ở cột “{1}” ghi kèm tỷ lệ: đã đọc là {2}.</translation>
    </message>
    <message>
        <source>Cột “{0}” ghi tỷ lệ {1}% ở dòng {2}: tỷ lệ không thể quá 100%. Hãy kiểm tra lại biểu thống kê.</source>
        <translation>Cột “{0}” ghi tỷ lệ {1}% ở dòng {2}: tỷ lệ không thể quá 100%. Hãy kiểm tra lại biểu thống kê.</translation>
    </message>
    <message>
        <source>Cột tổng số ({0}) nhỏ hơn các cột thành phần của nó ({1}): không suy ra được số còn lại, số đó chưa được nhập. Hãy kiểm tra lại bảng.</source>
        <translation>Cột tổng số ({0}) nhỏ hơn các cột thành phần của nó ({1}): không suy ra được số còn lại, số đó chưa được nhập. Hãy kiểm tra lại bảng.</translation>
    </message>
    <message>
        <source>Bảng gộp “trước hạn” và “đúng hạn” trong một cột: đã ghi cả vào “đúng hạn”.</source>
        <translation>Bảng gộp “trước hạn” và “đúng hạn” trong một cột: đã ghi cả vào “đúng hạn”.</translation>
    </message>
    <message>
        <source>Tổng số nhận giải quyết ({0}) khác kỳ trước chuyển sang cộng mới tiếp nhận ({1}): hãy kiểm tra lại bảng.</source>
        <translation>Tổng số nhận giải quyết ({0}) khác kỳ trước chuyển sang cộng mới tiếp nhận ({1}): hãy kiểm tra lại bảng.</translation>
    </message>
    <message>
        <source>Tệp có {0} bảng số liệu; chỉ đọc bảng có nhiều số liệu nhất ({1}). Bảng của kỳ khác: hãy chọn kỳ đó (ở dòng lệnh: --period, --year) hoặc lưu bảng đó thành tệp riêng.</source>
        <translation>Tệp có {0} bảng số liệu; chỉ đọc bảng có nhiều số liệu nhất ({1}). Bảng của kỳ khác: hãy chọn kỳ đó (ở dòng lệnh: --period, --year) hoặc lưu bảng đó thành tệp riêng.</translation>
    </message>
    <message>
        <source>Tỷ lệ (chỉ để kiểm tra)</source>
        <translation>Tỷ lệ (chỉ để kiểm tra)</translation>
    </message>
    <message>
        <source>Bảng không có cột “{0}”: lấy tổng số đã giải quyết trừ các cột còn lại.</source>
        <translation>Bảng không có cột “{0}”: lấy tổng số đã giải quyết trừ các cột còn lại.</translation>
    </message>
    <message>
        <source>Bảng không tách hồ sơ trả trước hạn: số trả đúng hạn được ghi vào “đúng hạn”, trước hạn là 0.</source>
        <translation>Bảng không tách hồ sơ trả trước hạn: số trả đúng hạn được ghi vào “đúng hạn”, trước hạn là 0.</translation>
    </message>
    <message>
        <source>Bảng không có cột “{0}”: lấy tổng số đang giải quyết trừ cột còn lại.</source>
        <translation>Bảng không có cột “{0}”: lấy tổng số đang giải quyết trừ cột còn lại.</translation>
    </message>
    <message>
        <source>Tổng số đã giải quyết ({0}) khác tổng trước hạn, đúng hạn và quá hạn ({1}): hãy kiểm tra lại bảng.</source>
        <translation>Tổng số đã giải quyết ({0}) khác tổng trước hạn, đúng hạn và quá hạn ({1}): hãy kiểm tra lại bảng.</translation>
    </message>
    <message>
        <source>Tổng số đang giải quyết ({0}) khác trong hạn cộng quá hạn ({1}): hãy kiểm tra lại bảng.</source>
        <translation>Tổng số đang giải quyết ({0}) khác trong hạn cộng quá hạn ({1}): hãy kiểm tra lại bảng.</translation>
    </message>
    <message>
        <source>Không nhận ra cột số liệu nào (tiếp nhận, đã giải quyết, trước hạn, đúng hạn, quá hạn…). Hãy chọn tệp thống kê xuất từ Hệ thống thông tin giải quyết TTHC.</source>
        <translation>Không nhận ra cột số liệu nào (tiếp nhận, đã giải quyết, trước hạn, đúng hạn, quá hạn…). Hãy chọn tệp thống kê xuất từ Hệ thống thông tin giải quyết TTHC.</translation>
    </message>
    <message>
        <source>Không nhận ra cột số liệu nào trong phần Excel đang hiện: chưa lưu gì. {0}</source>
        <translation>Không nhận ra cột số liệu nào trong phần Excel đang hiện: chưa lưu gì. {0}</translation>
    </message>
    <message>
        <source>Tệp ghi hai kỳ, “{0}” ({1}) và “{2}” ({3}), mà chỉ có một bảng số liệu cho cả hai: chưa lưu gì. Hãy cho biết số liệu là của kỳ nào (ở dòng lệnh: --period {4} hoặc --period {5}, kèm --year).</source>
        <translation>Tệp ghi hai kỳ, “{0}” ({1}) và “{2}” ({3}), mà chỉ có một bảng số liệu cho cả hai: chưa lưu gì. Hãy cho biết số liệu là của kỳ nào (ở dòng lệnh: --period {4} hoặc --period {5}, kèm --year).</translation>
    </message>
    <message>
        <source>Tệp ghi “{0}” ({1}) nhưng lại ghi số liệu {2} ({3}): tệp tự mâu thuẫn, chưa lưu gì. Hãy xem lại tệp rồi cho biết số liệu là của kỳ nào (ở dòng lệnh: --period {4} hoặc --period {5}, kèm --year).</source>
        <translation>Tệp ghi “{0}” ({1}) nhưng lại ghi số liệu {2} ({3}): tệp tự mâu thuẫn, chưa lưu gì. Hãy xem lại tệp rồi cho biết số liệu là của kỳ nào (ở dòng lệnh: --period {4} hoặc --period {5}, kèm --year).</translation>
    </message>
    <message>
        <source>Tệp ghi số liệu {0}: năm {1} nằm ngoài các năm ParApp làm việc ({2}–{3}). Chưa lưu gì: hãy kiểm tra năm ghi trong tệp (có thể gõ nhầm) rồi xuất lại.</source>
        <translation>Tệp ghi số liệu {0}: năm {1} nằm ngoài các năm ParApp làm việc ({2}–{3}). Chưa lưu gì: hãy kiểm tra năm ghi trong tệp (có thể gõ nhầm) rồi xuất lại.</translation>
    </message>
    <message>
        <source>Tệp ghi số liệu {0}: đó không phải một kỳ ParApp giữ số liệu (quý, 6 tháng đầu năm, 9 tháng, năm). Hãy xuất lại biểu thống kê theo đúng kỳ báo cáo.</source>
        <translation>Tệp ghi số liệu {0}: đó không phải một kỳ ParApp giữ số liệu (quý, 6 tháng đầu năm, 9 tháng, năm). Hãy xuất lại biểu thống kê theo đúng kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Tệp ghi số liệu {0} ({1}), không phải {2}: chưa lưu gì. Hãy lưu vào {1} (ở dòng lệnh: bỏ --period/--year), hoặc chọn đúng tệp của {2}.</source>
        <translation>Tệp ghi số liệu {0} ({1}), không phải {2}: chưa lưu gì. Hãy lưu vào {1} (ở dòng lệnh: bỏ --period/--year), hoặc chọn đúng tệp của {2}.</translation>
    </message>
    <message>
        <source>Bảng “{0}” mang tên một kỳ khác, không phải {1}: chưa lưu gì. Hãy chọn đúng kỳ của bảng đó (ở dòng lệnh: --period), hoặc chọn tệp có bảng của {1}.</source>
        <translation>Bảng “{0}” mang tên một kỳ khác, không phải {1}: chưa lưu gì. Hãy chọn đúng kỳ của bảng đó (ở dòng lệnh: --period), hoặc chọn tệp có bảng của {1}.</translation>
    </message>
    <message>
        <source>“{0}”: chưa có chỉ tiêu này trong danh sách số liệu, không lưu ({1}).</source>
        <translation>“{0}”: chưa có chỉ tiêu này trong danh sách số liệu, không lưu ({1}).</translation>
    </message>
    <message>
        <source>Bảng không có số liệu nào để lưu (các ô số liệu đều trống): không lưu gì. Hãy kiểm tra đã chọn đúng tệp biểu số liệu, hoặc nhập số liệu trên trang Số liệu.</source>
        <translation>Bảng không có số liệu nào để lưu (các ô số liệu đều trống): không lưu gì. Hãy kiểm tra đã chọn đúng tệp biểu số liệu, hoặc nhập số liệu trên trang Số liệu.</translation>
    </message>
    <message>
        <source>Thay {0} số liệu đã nhập tay của kỳ này: {1}.</source>
        <translation>Thay {0} số liệu đã nhập tay của kỳ này: {1}.</translation>
    </message>
    <message>
        <source>Thay {0} số liệu đã nhập từ tệp trước đây của kỳ này: {1}.</source>
        <translation>Thay {0} số liệu đã nhập từ tệp trước đây của kỳ này: {1}.</translation>
    </message>
    <message>
        <source>Báo cáo {0} đã chốt ngày {1} và đã gửi ngày {2} với số liệu trước khi nhập: báo cáo đó giữ nguyên. Số liệu mới dùng cho các báo cáo chưa chốt; nếu báo cáo đã gửi ghi sai, hãy báo cáo bổ sung hoặc đính chính.</source>
        <translation>Báo cáo {0} đã chốt ngày {1} và đã gửi ngày {2} với số liệu trước khi nhập: báo cáo đó giữ nguyên. Số liệu mới dùng cho các báo cáo chưa chốt; nếu báo cáo đã gửi ghi sai, hãy báo cáo bổ sung hoặc đính chính.</translation>
    </message>
    <message>
        <source>Báo cáo {0} đã chốt ngày {1} với số liệu trước khi nhập: báo cáo đó giữ nguyên. Số liệu mới dùng cho các báo cáo chưa chốt.</source>
        <translation>Báo cáo {0} đã chốt ngày {1} với số liệu trước khi nhập: báo cáo đó giữ nguyên. Số liệu mới dùng cho các báo cáo chưa chốt.</translation>
    </message>
    <message>
        <source>Cột {0} “{1}” và cột {2} “{3}” là cùng một số liệu của hai thời gian khác nhau: chưa lưu gì. Hãy bỏ cột không phải của kỳ báo cáo (ở dòng lệnh: --column {0}=skip hoặc --column {2}=skip).</source>
        <translation>Cột {0} “{1}” và cột {2} “{3}” là cùng một số liệu của hai thời gian khác nhau: chưa lưu gì. Hãy bỏ cột không phải của kỳ báo cáo (ở dòng lệnh: --column {0}=skip hoặc --column {2}=skip).</translation>
    </message>
    <message>
        <source>Các cột {0} là cùng một số liệu của {1} thời gian khác nhau: chưa lưu gì. Hãy chỉ giữ cột của kỳ báo cáo và bỏ các cột còn lại (ở dòng lệnh: {2}, trừ cột giữ lại).</source>
        <translation>Các cột {0} là cùng một số liệu của {1} thời gian khác nhau: chưa lưu gì. Hãy chỉ giữ cột của kỳ báo cáo và bỏ các cột còn lại (ở dòng lệnh: {2}, trừ cột giữ lại).</translation>
    </message>
    <message>
        <source>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần số liệu ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần số liệu ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Tệp ghi năm kế hoạch {0}, còn kế hoạch được chọn là năm {1}: các thời hạn được tính trong năm {1} (“Thường xuyên” đến 31/12/{1}). Nếu chọn nhầm, hãy chọn kế hoạch năm {0} hoặc nhập thành một kế hoạch mới.</source>
        <translation>Tệp ghi năm kế hoạch {0}, còn kế hoạch được chọn là năm {1}: các thời hạn được tính trong năm {1} (“Thường xuyên” đến 31/12/{1}). Nếu chọn nhầm, hãy chọn kế hoạch năm {0} hoặc nhập thành một kế hoạch mới.</translation>
    </message>
    <message>
        <source>Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1} (gần nhất: {2}): hãy kiểm tra lại mã.</source>
        <translation>Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1} (gần nhất: {2}): hãy kiểm tra lại mã.</translation>
    </message>
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
        <source>Tệp ghi năm kế hoạch {0} (“Kèm theo Kế hoạch số … ngày …/{0}”): ParApp làm việc với các năm từ {1} đến {2}. Hãy sửa năm đó trong tệp (có thể gõ nhầm hoặc là năm Phật lịch) rồi nhập lại, hoặc nhập vào một kế hoạch đã có (ở dòng lệnh: --plan SỐ).</source>
        <translation>Tệp ghi năm kế hoạch {0} (“Kèm theo Kế hoạch số … ngày …/{0}”): ParApp làm việc với các năm từ {1} đến {2}. Hãy sửa năm đó trong tệp (có thể gõ nhầm hoặc là năm Phật lịch) rồi nhập lại, hoặc nhập vào một kế hoạch đã có (ở dòng lệnh: --plan SỐ).</translation>
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
        <source>Cột {0} “{1}” không nhận ra nên nội dung của nó ({2} ô có chữ) không được nhập. Nếu cần giữ, hãy đổi tên cột thành “Ghi chú” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</source>
        <translation>Cột {0} “{1}” không nhận ra nên nội dung của nó ({2} ô có chữ) không được nhập. Nếu cần giữ, hãy đổi tên cột thành “Ghi chú” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</translation>
    </message>
    <message>
        <source>Tệp Excel còn {0} trang tính khác có bảng nhiệm vụ: chỉ đọc trang đầu tiên có nhiệm vụ. Hãy lưu mỗi trang thành một tệp riêng rồi nhập từng tệp.</source>
        <translation>Tệp Excel còn {0} trang tính khác có bảng nhiệm vụ: chỉ đọc trang đầu tiên có nhiệm vụ. Hãy lưu mỗi trang thành một tệp riêng rồi nhập từng tệp.</translation>
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
        <source>Trong tệp Excel không có bảng nào có dòng tiêu đề nhận ra được (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Hãy kiểm tra đã chọn đúng tệp kế hoạch; nếu đúng, hãy ghi cho bảng một dòng tiêu đề như vậy rồi nhập lại.</source>
        <translation>Trong tệp Excel không có bảng nào có dòng tiêu đề nhận ra được (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Hãy kiểm tra đã chọn đúng tệp kế hoạch; nếu đúng, hãy ghi cho bảng một dòng tiêu đề như vậy rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không có gì để nhập: khung dán đang trống.</source>
        <translation>Không có gì để nhập: khung dán đang trống.</translation>
    </message>
    <message>
        <source>Trang “{0}” đang ẩn dòng tổng cộng (dòng {1}) cùng các dòng có số liệu (dòng {2}), có lẽ do lọc: các dòng đang hiện không phải cả bảng, cộng lại không phải số liệu của cả kỳ. Chưa lưu gì: hãy bỏ lọc, bỏ ẩn các dòng trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Trang “{0}” đang ẩn dòng tổng cộng (dòng {1}) cùng các dòng có số liệu (dòng {2}), có lẽ do lọc: các dòng đang hiện không phải cả bảng, cộng lại không phải số liệu của cả kỳ. Chưa lưu gì: hãy bỏ lọc, bỏ ẩn các dòng trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Tệp PDF chưa nhập trực tiếp được. Hãy mở PDF, sao chép bảng hoặc danh sách nhiệm vụ rồi dán vào ParApp.</source>
        <translation>Tệp PDF chưa nhập trực tiếp được. Hãy mở PDF, sao chép bảng hoặc danh sách nhiệm vụ rồi dán vào ParApp.</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một biểu thống kê (ParApp đọc tệp đến {0} MB). Hãy chọn đúng tệp xuất từ Hệ thống thông tin giải quyết TTHC.</source>
        <translation>Tệp quá lớn để là một biểu thống kê (ParApp đọc tệp đến {0} MB). Hãy chọn đúng tệp xuất từ Hệ thống thông tin giải quyết TTHC.</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một bộ tiêu chí Chỉ số CCHC (ParApp đọc tệp đến {0} MB). Hãy chọn đúng tệp phụ lục bộ tiêu chí của tỉnh.</source>
        <translation>Tệp quá lớn để là một bộ tiêu chí Chỉ số CCHC (ParApp đọc tệp đến {0} MB). Hãy chọn đúng tệp phụ lục bộ tiêu chí của tỉnh.</translation>
    </message>
    <message>
        <source>Tệp có hơn {0} dòng bảng: quá dài để là tệp ParApp đọc được. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới.</source>
        <translation>Tệp có hơn {0} dòng bảng: quá dài để là tệp ParApp đọc được. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới.</translation>
    </message>
    <message>
        <source>Bảng trong tệp có hơn {0} cột: quá rộng để là tệp ParApp đọc được. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới.</source>
        <translation>Bảng trong tệp có hơn {0} cột: quá rộng để là tệp ParApp đọc được. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới.</translation>
    </message>
    <message>
        <source>Tệp {0} này khai báo các ô gộp chồng lên nhau hoặc quá nhiều ô gộp: không đọc. Hãy mở tệp, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này khai báo các ô gộp chồng lên nhau hoặc quá nhiều ô gộp: không đọc. Hãy mở tệp, lưu lại thành tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Nội dung dán vào quá lớn (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng cần nhập.</source>
        <translation>Nội dung dán vào quá lớn (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng cần nhập.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn một tệp .docx, .xlsx, .csv, .txt hoặc .html.</source>
        <translation>“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn một tệp .docx, .xlsx, .csv, .txt hoặc .html.</translation>
    </message>
    <message>
        <source>Không có tệp “{0}”. Hãy kiểm tra tên tệp và thư mục (có thể tệp đã bị chuyển, đổi tên hoặc USB đã bị rút) rồi chọn lại.</source>
        <translation>Không có tệp “{0}”. Hãy kiểm tra tên tệp và thư mục (có thể tệp đã bị chuyển, đổi tên hoặc USB đã bị rút) rồi chọn lại.</translation>
    </message>
    <message>
        <source>Không được phép đọc tệp “{0}” (tệp bị khóa hoặc đang mở trong chương trình khác). Hãy đóng chương trình đó, hoặc chép tệp ra thư mục khác rồi nhập.</source>
        <translation>Không được phép đọc tệp “{0}” (tệp bị khóa hoặc đang mở trong chương trình khác). Hãy đóng chương trình đó, hoặc chép tệp ra thư mục khác rồi nhập.</translation>
    </message>
    <message>
        <source>Không mở được “{0}”: tên hoặc đường dẫn quá dài, hoặc là lối tắt vòng quanh. Hãy chép tệp ra một thư mục gần gốc ổ đĩa, đặt tên ngắn rồi nhập.</source>
        <translation>Không mở được “{0}”: tên hoặc đường dẫn quá dài, hoặc là lối tắt vòng quanh. Hãy chép tệp ra một thư mục gần gốc ổ đĩa, đặt tên ngắn rồi nhập.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{0}” (lỗi đọc đĩa, mã {1}): ổ đĩa hoặc USB có thể bị lỗi hay đã bị rút. Hãy chép tệp sang máy rồi nhập lại.</source>
        <translation>Không đọc được tệp “{0}” (lỗi đọc đĩa, mã {1}): ổ đĩa hoặc USB có thể bị lỗi hay đã bị rút. Hãy chép tệp sang máy rồi nhập lại.</translation>
    </message>
    <message>
        <source>Tệp này có phần bị khóa bằng mật khẩu nén (zip): không phải tệp Word/Excel thật, ParApp không đọc. Hãy mở tệp gốc bằng Word hoặc Excel, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp này có phần bị khóa bằng mật khẩu nén (zip): không phải tệp Word/Excel thật, ParApp không đọc. Hãy mở tệp gốc bằng Word hoặc Excel, lưu lại thành tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp này được nén theo cách Word và Excel không dùng (có thể do một chương trình nén khác tạo ra): ParApp không đọc. Hãy mở tệp gốc bằng Word hoặc Excel, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp này được nén theo cách Word và Excel không dùng (có thể do một chương trình nén khác tạo ra): ParApp không đọc. Hãy mở tệp gốc bằng Word hoặc Excel, lưu lại thành tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này gồm hơn {1} phần bên trong: quá nhiều để là tệp ParApp đọc được. Hãy mở tệp bằng {0}, chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này gồm hơn {1} phần bên trong: quá nhiều để là tệp ParApp đọc được. Hãy mở tệp bằng {0}, chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này chỉ nặng {1} nhưng nội dung bên trong giải nén ra hơn {2} MB: quá lớn để ParApp đọc (có thể tệp chứa hình ảnh hay đối tượng nhúng rất lớn, hoặc không phải tệp cần nhập). Hãy mở tệp bằng {0}, chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này chỉ nặng {1} nhưng nội dung bên trong giải nén ra hơn {2} MB: quá lớn để ParApp đọc (có thể tệp chứa hình ảnh hay đối tượng nhúng rất lớn, hoặc không phải tệp cần nhập). Hãy mở tệp bằng {0}, chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này ghi nội dung bên trong (phần “{1}”) bằng một bảng mã mà tệp {0} thật không bao giờ dùng: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này ghi nội dung bên trong (phần “{1}”) bằng một bảng mã mà tệp {0} thật không bao giờ dùng: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này khai báo thực thể XML (&lt;!ENTITY …&gt;), điều mà tệp {0} thật không bao giờ có: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này khai báo thực thể XML (&lt;!ENTITY …&gt;), điều mà tệp {0} thật không bao giờ có: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp Excel này khai báo hơn {0} chuỗi chữ khác nhau: quá nhiều để là tệp ParApp đọc được (một kế hoạch chỉ có vài nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới rồi nhập.</source>
        <translation>Tệp Excel này khai báo hơn {0} chuỗi chữ khác nhau: quá nhiều để là tệp ParApp đọc được (một kế hoạch chỉ có vài nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới rồi nhập.</translation>
    </message>
    <message>
        <source>Tệp Excel này có hơn {0} ô: quá nhiều để là tệp ParApp đọc được (một kế hoạch chỉ có vài nghìn ô). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới rồi nhập.</source>
        <translation>Tệp Excel này có hơn {0} ô: quá nhiều để là tệp ParApp đọc được (một kế hoạch chỉ có vài nghìn ô). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới rồi nhập.</translation>
    </message>
    <message>
        <source>Tệp {0} này có hơn {1} thành phần bên trong (đoạn văn, ô, định dạng…): quá nhiều để là tệp ParApp đọc được (một kế hoạch dài chỉ có vài chục nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này có hơn {1} thành phần bên trong (đoạn văn, ô, định dạng…): quá nhiều để là tệp ParApp đọc được (một kế hoạch dài chỉ có vài chục nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này có một thành phần mang hơn {1} thuộc tính, điều tệp {0} thật không bao giờ có: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này có một thành phần mang hơn {1} thuộc tính, điều tệp {0} thật không bao giờ có: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này có hơn {1} thành phần và thuộc tính bên trong (đoạn văn, ô, định dạng…): quá nhiều để là tệp ParApp đọc được (một kế hoạch dài chỉ có vài chục nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này có hơn {1} thành phần và thuộc tính bên trong (đoạn văn, ô, định dạng…): quá nhiều để là tệp ParApp đọc được (một kế hoạch dài chỉ có vài chục nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp trống: không có gì để nhập.</source>
        <translation>Tệp trống: không có gì để nhập.</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một kế hoạch (ParApp nhập tệp đến {0} MB). Hãy chọn đúng tệp kế hoạch, hoặc chép riêng bảng phân công nhiệm vụ ra tệp mới rồi nhập.</source>
        <translation>Tệp quá lớn để là một kế hoạch (ParApp nhập tệp đến {0} MB). Hãy chọn đúng tệp kế hoạch, hoặc chép riêng bảng phân công nhiệm vụ ra tệp mới rồi nhập.</translation>
    </message>
    <message>
        <source>Tệp này không phải văn bản (có thể là tệp nhị phân hoặc ảnh). Hãy chọn tệp .docx, .xlsx, .csv, .txt, .html, hoặc sao chép bảng từ Word rồi dán.</source>
        <translation>Tệp này không phải văn bản (có thể là tệp nhị phân hoặc ảnh). Hãy chọn tệp .docx, .xlsx, .csv, .txt, .html, hoặc sao chép bảng từ Word rồi dán.</translation>
    </message>
    <message>
        <source>Nội dung dán vào quá lớn để là một kế hoạch (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng phân công nhiệm vụ.</source>
        <translation>Nội dung dán vào quá lớn để là một kế hoạch (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng phân công nhiệm vụ.</translation>
    </message>
    <message>
        <source>Đây là tệp {0} dạng XML 2003 (thường do phần mềm khác xuất ra): ParApp chưa đọc trực tiếp được. Hãy mở tệp bằng {0}, chọn Tệp &gt; Lưu thành, lưu dạng {1} rồi nhập tệp vừa lưu.</source>
        <translation>Đây là tệp {0} dạng XML 2003 (thường do phần mềm khác xuất ra): ParApp chưa đọc trực tiếp được. Hãy mở tệp bằng {0}, chọn Tệp &gt; Lưu thành, lưu dạng {1} rồi nhập tệp vừa lưu.</translation>
    </message>
    <message>
        <source>Đây là tệp RTF (Word lưu dạng .rtf, hoặc phần mềm xuất ra đặt tên .doc): ParApp chưa đọc được. Hãy mở tệp bằng Word rồi “Lưu thành” .docx, sau đó nhập lại.</source>
        <translation>Đây là tệp RTF (Word lưu dạng .rtf, hoặc phần mềm xuất ra đặt tên .doc): ParApp chưa đọc được. Hãy mở tệp bằng Word rồi “Lưu thành” .docx, sau đó nhập lại.</translation>
    </message>
    <message>
        <source>Tệp này được đặt mật khẩu để mở nên ParApp không đọc được. Hãy mở tệp bằng Excel (hoặc Word), gỡ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ &gt; Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập.</source>
        <translation>Tệp này được đặt mật khẩu để mở nên ParApp không đọc được. Hãy mở tệp bằng Excel (hoặc Word), gỡ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ &gt; Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập.</translation>
    </message>
    <message>
        <source>Đây là tệp Excel 97–2003 (.xls) hoặc Word 97–2003 (.doc): ParApp chưa đọc được. Hãy mở tệp bằng Excel (hoặc Word) rồi “Lưu thành” .xlsx (hoặc .docx), sau đó nhập lại.</source>
        <translation>Đây là tệp Excel 97–2003 (.xls) hoặc Word 97–2003 (.doc): ParApp chưa đọc được. Hãy mở tệp bằng Excel (hoặc Word) rồi “Lưu thành” .xlsx (hoặc .docx), sau đó nhập lại.</translation>
    </message>
    <message>
        <source>Tệp là chữ UTF-8 nhưng có {0} chỗ hỏng (chỗ đầu tiên ở dòng {1}): tệp có thể bị hỏng hoặc ghép từ hai bảng mã. Hãy mở tệp, sửa hoặc gõ lại chỗ đó, lưu dạng UTF-8 rồi nhập lại.</source>
        <translation>Tệp là chữ UTF-8 nhưng có {0} chỗ hỏng (chỗ đầu tiên ở dòng {1}): tệp có thể bị hỏng hoặc ghép từ hai bảng mã. Hãy mở tệp, sửa hoặc gõ lại chỗ đó, lưu dạng UTF-8 rồi nhập lại.</translation>
    </message>
    <message>
        <source>Từ dòng {0}, một ô của bảng dài hơn {1} ký tự: thường là do một dấu ngoặc kép (&quot;) mở mà không đóng, nên phần còn lại của tệp thành một ô. Hãy mở tệp, sửa dấu ngoặc kép ở dòng đó rồi nhập lại.</source>
        <translation>Từ dòng {0}, một ô của bảng dài hơn {1} ký tự: thường là do một dấu ngoặc kép (&quot;) mở mà không đóng, nên phần còn lại của tệp thành một ô. Hãy mở tệp, sửa dấu ngoặc kép ở dòng đó rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không đọc được bảng: {0}.</source>
        <translation>Không đọc được bảng: {0}.</translation>
    </message>
    <message>
        <source>Bảng có hơn {0} ô: quá nhiều để là bảng ParApp đọc được (một kế hoạch chỉ có vài nghìn ô). Hãy chọn đúng tệp, hoặc chỉ sao chép bảng cần nhập.</source>
        <translation>Bảng có hơn {0} ô: quá nhiều để là bảng ParApp đọc được (một kế hoạch chỉ có vài nghìn ô). Hãy chọn đúng tệp, hoặc chỉ sao chép bảng cần nhập.</translation>
    </message>
    <message>
        <source>Tệp {0} này lồng bảng hoặc đoạn văn vào nhau quá 256 tầng: không đọc. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này lồng bảng hoặc đoạn văn vào nhau quá 256 tầng: không đọc. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này bị hỏng: nội dung bên trong sai cấu trúc nên không đọc được. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này bị hỏng: nội dung bên trong sai cấu trúc nên không đọc được. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này cần nhiều bộ nhớ hơn máy có để đọc: quá lớn để là tệp ParApp đọc được. Hãy chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp {0} này cần nhiều bộ nhớ hơn máy có để đọc: quá lớn để là tệp ParApp đọc được. Hãy chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp {0} này bị hỏng (có thể chép chưa hết, hoặc hỏng khi lưu hay khi tải về) nên không mở được. Hãy mở tệp bằng {0}: nếu mở được, lưu lại thành tệp mới rồi nhập tệp đó; nếu không, xin lại tệp gốc.</source>
        <translation>Tệp {0} này bị hỏng (có thể chép chưa hết, hoặc hỏng khi lưu hay khi tải về) nên không mở được. Hãy mở tệp bằng {0}: nếu mở được, lưu lại thành tệp mới rồi nhập tệp đó; nếu không, xin lại tệp gốc.</translation>
    </message>
    <message>
        <source>Tệp này không có cấu trúc của một tệp {0} nên không mở được (có thể là tệp khác đổi đuôi, hoặc đã bị hỏng). Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Tệp này không có cấu trúc của một tệp {0} nên không mở được (có thể là tệp khác đổi đuôi, hoặc đã bị hỏng). Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Tệp Excel này có {0} ô công thức chưa được tính (thường là tệp do phần mềm xuất ra, chưa từng mở bằng Excel): ParApp chỉ đọc được kết quả đã tính nên các ô đó sẽ thành ô trống. Hãy mở tệp bằng Excel, lưu lại rồi nhập tệp vừa lưu.</source>
        <translation>Tệp Excel này có {0} ô công thức chưa được tính (thường là tệp do phần mềm xuất ra, chưa từng mở bằng Excel): ParApp chỉ đọc được kết quả đã tính nên các ô đó sẽ thành ô trống. Hãy mở tệp bằng Excel, lưu lại rồi nhập tệp vừa lưu.</translation>
    </message>
    <message>
        <source>Tệp Word này có phần nội dung được ghép từ một tệp khác (do phần mềm xuất văn bản tạo ra): Word chỉ gộp phần đó khi mở tệp, ParApp không đọc được nó. Hãy mở tệp bằng Word, lưu lại thành tệp .docx mới rồi nhập tệp đó.</source>
        <translation>Tệp Word này có phần nội dung được ghép từ một tệp khác (do phần mềm xuất văn bản tạo ra): Word chỉ gộp phần đó khi mở tệp, ParApp không đọc được nó. Hãy mở tệp bằng Word, lưu lại thành tệp .docx mới rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Kinh phí “{0}” ghi ở dòng lĩnh vực “{1}” là của cả lĩnh vực: không gán cho nhiệm vụ nào. Hãy ghi kinh phí cho từng nhiệm vụ nếu cần.</source>
        <translation>Kinh phí “{0}” ghi ở dòng lĩnh vực “{1}” là của cả lĩnh vực: không gán cho nhiệm vụ nào. Hãy ghi kinh phí cho từng nhiệm vụ nếu cần.</translation>
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
        <source>không thuộc kế hoạch</source>
        <translation>không thuộc kế hoạch</translation>
    </message>
    <message>
        <source>Trùng với nhiệm vụ {0} ({1}).</source>
        <translation>Trùng với nhiệm vụ {0} ({1}).</translation>
    </message>
    <message>
        <source>Trùng với nhiệm vụ đã có ({0}).</source>
        <translation>Trùng với nhiệm vụ đã có ({0}).</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Không đọc được ngày từ thời hạn này.</source>
        <translation>Không đọc được ngày từ thời hạn này.</translation>
    </message>
    <message>
        <source>Trùng với nhiệm vụ đã có (số {0}).</source>
        <translation>Trùng với nhiệm vụ đã có (số {0}).</translation>
    </message>
    <message>
        <source>Không đọc được nhiệm vụ nào nên chưa nhập gì: các dòng nhiệm vụ của trang “{0}” đang ẩn trong Excel (dòng {1}). Hãy bỏ ẩn hoặc bỏ lọc trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Không đọc được nhiệm vụ nào nên chưa nhập gì: các dòng nhiệm vụ của trang “{0}” đang ẩn trong Excel (dòng {1}). Hãy bỏ ẩn hoặc bỏ lọc trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không đọc được nhiệm vụ nào từ tệp này nên chưa nhập gì (không tạo kế hoạch trống). Hãy xem tệp có đúng là kế hoạch có bảng hoặc danh sách nhiệm vụ không.</source>
        <translation>Không đọc được nhiệm vụ nào từ tệp này nên chưa nhập gì (không tạo kế hoạch trống). Hãy xem tệp có đúng là kế hoạch có bảng hoặc danh sách nhiệm vụ không.</translation>
    </message>
    <message>
        <source>Dòng {0} của tệp: {1} Chưa nhập gì.</source>
        <translation>Dòng {0} của tệp: {1} Chưa nhập gì.</translation>
    </message>
    <message>
        <source>Đây là tệp OpenDocument (.odt, .ods) của LibreOffice hoặc OpenOffice: ParApp chưa đọc trực tiếp được. Hãy mở tệp bằng LibreOffice, chọn Tệp &gt; Lưu thành, lưu dạng Word (.docx) hoặc Excel (.xlsx) rồi nhập tệp vừa lưu.</source>
        <translation>Đây là tệp OpenDocument (.odt, .ods) của LibreOffice hoặc OpenOffice: ParApp chưa đọc trực tiếp được. Hãy mở tệp bằng LibreOffice, chọn Tệp &gt; Lưu thành, lưu dạng Word (.docx) hoặc Excel (.xlsx) rồi nhập tệp vừa lưu.</translation>
    </message>
    <message>
        <source>Dòng nhóm “{0}” ghi “{1}” nhưng mọi nhiệm vụ dưới nó đã ghi riêng, nên không nhiệm vụ nào nhận giá trị đó. Dòng này được nhập làm tên nhóm; nếu nó cũng là một nhiệm vụ, hãy thêm nhiệm vụ đó sau khi nhập.</source>
        <translation>Dòng nhóm “{0}” ghi “{1}” nhưng mọi nhiệm vụ dưới nó đã ghi riêng, nên không nhiệm vụ nào nhận giá trị đó. Dòng này được nhập làm tên nhóm; nếu nó cũng là một nhiệm vụ, hãy thêm nhiệm vụ đó sau khi nhập.</translation>
    </message>
    <message>
        <source>Cả {0} nhiệm vụ trong tệp đã có trong sổ (kế hoạch “{1}”): tệp này có lẽ đã được nhập rồi. Chưa nhập gì. Nếu thật sự cần thêm một bản nữa, chạy lại với --again.</source>
        <translation>Cả {0} nhiệm vụ trong tệp đã có trong sổ (kế hoạch “{1}”): tệp này có lẽ đã được nhập rồi. Chưa nhập gì. Nếu thật sự cần thêm một bản nữa, chạy lại với --again.</translation>
    </message>
    <message>
        <source>Dòng {0} của tệp có nhiều ô số hơn số cột của dòng tiêu đề ({1} cột): trong tệp CSV ngăn ô bằng dấu phẩy, một số viết có dấu phẩy (như 1,234 hay 2,5) bị cắt làm hai ô và các số sau nó lệch sang cột bên cạnh. Chưa lưu gì: hãy đặt các số đó trong ngoặc kép (&quot;1,234&quot;), hoặc mở tệp bằng Excel rồi lưu lại, rồi nhập lại. Dòng đó: {2}</source>
        <translation>Dòng {0} của tệp có nhiều ô số hơn số cột của dòng tiêu đề ({1} cột): trong tệp CSV ngăn ô bằng dấu phẩy, một số viết có dấu phẩy (như 1,234 hay 2,5) bị cắt làm hai ô và các số sau nó lệch sang cột bên cạnh. Chưa lưu gì: hãy đặt các số đó trong ngoặc kép (&quot;1,234&quot;), hoặc mở tệp bằng Excel rồi lưu lại, rồi nhập lại. Dòng đó: {2}</translation>
    </message>
    <message>
        <source>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần nhập các nhiệm vụ ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần nhập các nhiệm vụ ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Bảng có {0} dòng ẩn (Excel không hiện): chưa đọc các dòng đó. Nếu cần nhập các nhiệm vụ ở đó, hãy bỏ ẩn trong Excel rồi sao chép hoặc lưu lại.</source>
        <translation>Bảng có {0} dòng ẩn (Excel không hiện): chưa đọc các dòng đó. Nếu cần nhập các nhiệm vụ ở đó, hãy bỏ ẩn trong Excel rồi sao chép hoặc lưu lại.</translation>
    </message>
    <message>
        <source>Bảng có cột ẩn (Excel không hiện): chưa đọc {0} ô có chữ trong đó. Nếu cần nhập nội dung ở đó, hãy bỏ ẩn cột trong Excel rồi sao chép hoặc lưu lại.</source>
        <translation>Bảng có cột ẩn (Excel không hiện): chưa đọc {0} ô có chữ trong đó. Nếu cần nhập nội dung ở đó, hãy bỏ ẩn cột trong Excel rồi sao chép hoặc lưu lại.</translation>
    </message>
    <message>
        <source>Các ngày trong tệp viết theo kiểu tháng/ngày/năm (như {0}, thường do Excel đặt định dạng Mỹ): đã đọc theo kiểu đó. Hãy kiểm tra lại hạn hoàn thành trong bản xem trước.</source>
        <translation>Các ngày trong tệp viết theo kiểu tháng/ngày/năm (như {0}, thường do Excel đặt định dạng Mỹ): đã đọc theo kiểu đó. Hãy kiểm tra lại hạn hoàn thành trong bản xem trước.</translation>
    </message>
    <message>
        <source>Trang “{0}”: dòng {1} (một lĩnh vực) đang ẩn mà các tiêu chí dưới nó (dòng {2}) vẫn hiện, có lẽ do lọc: không còn biết các tiêu chí đó thuộc lĩnh vực nào. Chưa lưu gì: hãy bỏ lọc, bỏ ẩn các dòng trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Trang “{0}”: dòng {1} (một lĩnh vực) đang ẩn mà các tiêu chí dưới nó (dòng {2}) vẫn hiện, có lẽ do lọc: không còn biết các tiêu chí đó thuộc lĩnh vực nào. Chưa lưu gì: hãy bỏ lọc, bỏ ẩn các dòng trong Excel, lưu lại rồi nhập lại.</translation>
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
        <source>gắn bản báo cáo đã ký</source>
        <translation>gắn bản báo cáo đã ký</translation>
    </message>
    <message>
        <source>ghi nhận gửi báo cáo</source>
        <translation>ghi nhận gửi báo cáo</translation>
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
        <source>ghi số liệu báo cáo</source>
        <translation>ghi số liệu báo cáo</translation>
    </message>
    <message>
        <source>nhập bộ tiêu chí Chỉ số CCHC</source>
        <translation>nhập bộ tiêu chí Chỉ số CCHC</translation>
    </message>
    <message>
        <source>chấm điểm Chỉ số CCHC</source>
        <translation>chấm điểm Chỉ số CCHC</translation>
    </message>
    <message>
        <source>lập kế hoạch khắc phục</source>
        <translation>lập kế hoạch khắc phục</translation>
    </message>
    <message>
        <source>ghi dữ liệu</source>
        <translation>ghi dữ liệu</translation>
    </message>
    <message>
        <source>sửa chữ hỏng trong dữ liệu</source>
        <translation>sửa chữ hỏng trong dữ liệu</translation>
    </message>
    <message>
        <source>chuyển việc chưa xong sang năm sau</source>
        <translation>chuyển việc chưa xong sang năm sau</translation>
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
        <source>Bộ tiêu chí CCHC</source>
        <translation>Bộ tiêu chí CCHC</translation>
    </message>
    <message>
        <source>Tiêu chí CCHC</source>
        <translation>Tiêu chí CCHC</translation>
    </message>
    <message>
        <source>Tài liệu của tiêu chí</source>
        <translation>Tài liệu của tiêu chí</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Văn bản đã ban hành</source>
        <translation>Văn bản đã ban hành</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Văn bản căn cứ</source>
        <translation>Văn bản căn cứ</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Bản báo cáo đã ký</source>
        <translation>Bản báo cáo đã ký</translation>
    </message>
    <message>
        <source>Thông tin của xã</source>
        <translation>Thông tin của xã</translation>
    </message>
    <message>
        <source>Lịch báo cáo</source>
        <translation>Lịch báo cáo</translation>
    </message>
    <message>
        <source>Toàn bộ dữ liệu</source>
        <translation>Toàn bộ dữ liệu</translation>
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
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
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
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Mã tiêu chí (TCTP)</source>
        <translation>Mã tiêu chí (TCTP)</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Người chủ trì</translation>
    </message>
    <message>
        <source>Chủ trì (theo văn bản)</source>
        <translation>Chủ trì (theo văn bản)</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Chữ không đọc được</source>
        <translation>Chữ không đọc được</translation>
    </message>
    <message>
        <source>Sửa chỗ chữ hỏng</source>
        <translation>Sửa chỗ chữ hỏng</translation>
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
        <source>Lặp lại</source>
        <translation>Lặp lại</translation>
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
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
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
        <source>Kết quả đạt được</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Kiến nghị cấp trên</source>
        <translation>Kiến nghị cấp trên</translation>
    </message>
    <message>
        <source>Chuyển sang năm sau</source>
        <translation>Chuyển sang năm sau</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Đang công tác</source>
        <translation>Đang công tác</translation>
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
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
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
        <source>Kế hoạch CCHC năm của xã</source>
        <translation>Kế hoạch CCHC năm của xã</translation>
    </message>
    <message>
        <source>Ngày ghi</source>
        <translation>Ngày ghi</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Ngày chốt</source>
        <translation>Ngày chốt</translation>
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
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <source>Xếp hạng</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Kế hoạch khắc phục</source>
        <translation>Kế hoạch khắc phục</translation>
    </message>
    <message>
        <source>Loại bản</source>
        <translation>Loại bản</translation>
    </message>
    <message>
        <source>Thời gian ký</source>
        <translation>Thời gian ký</translation>
    </message>
    <message>
        <source>Tên UBND xã</source>
        <translation>Tên UBND xã</translation>
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
        <source>Người tổng hợp báo cáo CCHC</source>
        <translation>Người tổng hợp báo cáo CCHC</translation>
    </message>
    <message>
        <source>Các cơ quan chuyên môn</source>
        <translation>Các cơ quan chuyên môn</translation>
    </message>
    <message>
        <source>Nơi tiếp nhận hồ sơ</source>
        <translation>Nơi tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Nêu tên người trong báo cáo</source>
        <translation>Nêu tên người trong báo cáo</translation>
    </message>
    <message>
        <source>Số và ngày báo cáo</source>
        <translation>Số và ngày báo cáo</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Cơ quan chủ quản</translation>
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
        <source>Đơn vị soạn thảo</source>
        <translation>Đơn vị soạn thảo</translation>
    </message>
    <message>
        <source>Mẫu lịch báo cáo</source>
        <translation>Mẫu lịch báo cáo</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì trong báo cáo</source>
        <translation>Cơ quan chủ trì trong báo cáo</translation>
    </message>
    <message>
        <source>Có báo cáo</source>
        <translation>Có báo cáo</translation>
    </message>
    <message>
        <source>Số liệu từ – đến</source>
        <translation>Số liệu từ – đến</translation>
    </message>
    <message>
        <source>Hạn gửi</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <source>Nội dung bản nháp</source>
        <translation>Nội dung bản nháp</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Đã chốt</source>
        <translation>Đã chốt</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Đã gửi</translation>
    </message>
</context>
<context>
    <name>par</name>
    <message>
        <source>Bộ tiêu chí có {0} dòng cần sửa trước khi lưu (chưa ghi gì): {1} Hãy sửa tệp rồi nhập lại.</source>
        <translation>Bộ tiêu chí có {0} dòng cần sửa trước khi lưu (chưa ghi gì): {1} Hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>Tệp ghi bộ tiêu chí năm {0}, bộ này được nhập cho năm {1} (--year). Nếu nhầm năm, hãy nhập lại với --year {0}.</source>
        <translation>Tệp ghi bộ tiêu chí năm {0}, bộ này được nhập cho năm {1} (--year). Nếu nhầm năm, hãy nhập lại với --year {0}.</translation>
    </message>
    <message>
        <source>Năm {0} đã có bộ tiêu chí. Thêm --replace để thay bộ cũ (điểm, giải trình và tài liệu của các mã còn giữ nguyên được giữ lại).</source>
        <translation>Năm {0} đã có bộ tiêu chí. Thêm --replace để thay bộ cũ (điểm, giải trình và tài liệu của các mã còn giữ nguyên được giữ lại).</translation>
    </message>
    <message>
        <source>Không đọc được điểm tối đa “{0}”: hãy sửa thành một số như 2,5.</source>
        <translation>Không đọc được điểm tối đa “{0}”: hãy sửa thành một số như 2,5.</translation>
    </message>
    <message>
        <source>Không đọc được điểm tự đánh giá “{0}”: hãy sửa thành một số như 2,5.</source>
        <translation>Không đọc được điểm tự đánh giá “{0}”: hãy sửa thành một số như 2,5.</translation>
    </message>
    <message>
        <source>Không đọc được điểm thẩm định “{0}”: hãy sửa thành một số như 2,5.</source>
        <translation>Không đọc được điểm thẩm định “{0}”: hãy sửa thành một số như 2,5.</translation>
    </message>
    <message>
        <source>Điểm “{0}” lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm): hãy sửa lại.</source>
        <translation>Điểm “{0}” lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm): hãy sửa lại.</translation>
    </message>
    <message>
        <source>Dòng không có mã tiêu chí, không nằm dưới tiêu chí nào: không nhập.</source>
        <translation>Dòng không có mã tiêu chí, không nằm dưới tiêu chí nào: không nhập.</translation>
    </message>
    <message>
        <source>Tiêu chí {0} chưa có điểm tối đa: hãy nhập điểm tối đa hoặc bỏ dòng này.</source>
        <translation>Tiêu chí {0} chưa có điểm tối đa: hãy nhập điểm tối đa hoặc bỏ dòng này.</translation>
    </message>
    <message>
        <source>Mã {0} đã có ở dòng trên: hãy sửa mã cho đúng.</source>
        <translation>Mã {0} đã có ở dòng trên: hãy sửa mã cho đúng.</translation>
    </message>
    <message>
        <source>Điểm {0} lớn hơn điểm tối đa {1}: hãy sửa lại.</source>
        <translation>Điểm {0} lớn hơn điểm tối đa {1}: hãy sửa lại.</translation>
    </message>
    <message>
        <source>Tệp ghi bộ tiêu chí năm {0} kèm điểm đã chấm; điểm của năm {0} không lưu cho năm {1} (chưa ghi gì). Nếu tệp là của năm {0}, hãy nhập với --year {0} (trong cửa sổ: chọn năm {0}); nếu chỉ muốn dùng bộ tiêu chí này cho năm {1}, hãy xóa các cột điểm trong tệp rồi nhập lại.</source>
        <translation>Tệp ghi bộ tiêu chí năm {0} kèm điểm đã chấm; điểm của năm {0} không lưu cho năm {1} (chưa ghi gì). Nếu tệp là của năm {0}, hãy nhập với --year {0} (trong cửa sổ: chọn năm {0}); nếu chỉ muốn dùng bộ tiêu chí này cho năm {1}, hãy xóa các cột điểm trong tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>{0} ghi {1} điểm nhưng các tiêu chí con cộng lại được {2} điểm.</source>
        <translation>{0} ghi {1} điểm nhưng các tiêu chí con cộng lại được {2} điểm.</translation>
    </message>
    <message>
        <source>Dòng tổng cộng ghi {0} điểm nhưng các lĩnh vực cộng lại được {1} điểm.</source>
        <translation>Dòng tổng cộng ghi {0} điểm nhưng các lĩnh vực cộng lại được {1} điểm.</translation>
    </message>
    <message>
        <source>Không thấy bảng tiêu chí nào có cột điểm tối đa (cần dòng tiêu đề như “STT | Tiêu chí | Điểm tối đa”). Hãy chọn tệp Word/Excel chứa bảng chấm điểm, hoặc sao chép cả bảng kèm dòng tiêu đề rồi dán.</source>
        <translation>Không thấy bảng tiêu chí nào có cột điểm tối đa (cần dòng tiêu đề như “STT | Tiêu chí | Điểm tối đa”). Hãy chọn tệp Word/Excel chứa bảng chấm điểm, hoặc sao chép cả bảng kèm dòng tiêu đề rồi dán.</translation>
    </message>
    <message>
        <source>Ô mã “{0}” ở dòng {1} là ngày tháng (Excel tự đổi mã {2} thành ngày): đã đọc là mã {2}. Hãy kiểm tra lại mã này.</source>
        <translation>Ô mã “{0}” ở dòng {1} là ngày tháng (Excel tự đổi mã {2} thành ngày): đã đọc là mã {2}. Hãy kiểm tra lại mã này.</translation>
    </message>
    <message>
        <source>Mã “{0}” ở dòng {1} đứng ngay sau mã {2}: đã đọc là {3} (Excel lưu mã 1.10 thành số 1.1 nếu ô không định dạng chữ). Hãy kiểm tra lại mã này.</source>
        <translation>Mã “{0}” ở dòng {1} đứng ngay sau mã {2}: đã đọc là {3} (Excel lưu mã 1.10 thành số 1.1 nếu ô không định dạng chữ). Hãy kiểm tra lại mã này.</translation>
    </message>
    <message>
        <source>Cột {0} “{1}” không nhận ra nên nội dung của nó ({2} ô có chữ) không được nhập. Nếu cần giữ, hãy đổi tên cột thành “Giải trình” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</source>
        <translation>Cột {0} “{1}” không nhận ra nên nội dung của nó ({2} ô có chữ) không được nhập. Nếu cần giữ, hãy đổi tên cột thành “Giải trình” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</translation>
    </message>
    <message>
        <source>Cột {0} “{1}” không nhận ra nên điểm của nó ({2} ô) không được nhập. Nếu đó là điểm đã chấm, hãy đổi tên cột thành “Điểm tự đánh giá” hoặc “Điểm thẩm định” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</source>
        <translation>Cột {0} “{1}” không nhận ra nên điểm của nó ({2} ô) không được nhập. Nếu đó là điểm đã chấm, hãy đổi tên cột thành “Điểm tự đánh giá” hoặc “Điểm thẩm định” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</translation>
    </message>
    <message>
        <source>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần các tiêu chí ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần các tiêu chí ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Bảng thứ {0} trong tệp (hoặc trang tính thứ {0}) cũng là một bảng tiêu chí ({1} dòng) nhưng không được nhập: mỗi lần chỉ nhập một bảng. Nếu đó là phần tiếp của bộ tiêu chí, hãy chép các dòng của nó vào cuối bảng đầu (cùng các cột) rồi nhập lại.</source>
        <translation>Bảng thứ {0} trong tệp (hoặc trang tính thứ {0}) cũng là một bảng tiêu chí ({1} dòng) nhưng không được nhập: mỗi lần chỉ nhập một bảng. Nếu đó là phần tiếp của bộ tiêu chí, hãy chép các dòng của nó vào cuối bảng đầu (cùng các cột) rồi nhập lại.</translation>
    </message>
    <message>
        <source>bảng vừa dán</source>
        <translation>bảng vừa dán</translation>
    </message>
    <message>
        <source>Không có gì để nhập: khung dán đang trống.</source>
        <translation>Không có gì để nhập: khung dán đang trống.</translation>
    </message>
    <message>
        <source>Tệp PDF chưa đọc trực tiếp được. Hãy mở tệp Word/Excel gốc của bộ tiêu chí, hoặc sao chép bảng trong PDF rồi dán vào ParApp.</source>
        <translation>Tệp PDF chưa đọc trực tiếp được. Hãy mở tệp Word/Excel gốc của bộ tiêu chí, hoặc sao chép bảng trong PDF rồi dán vào ParApp.</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: “{1}” không phải là số điểm (viết như 2,5 hoặc 2.5).</source>
        <translation>Tiêu chí {0}: “{1}” không phải là số điểm (viết như 2,5 hoặc 2.5).</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: điểm không được âm ({1}).</source>
        <translation>Tiêu chí {0}: điểm không được âm ({1}).</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: “{1}” có quá 3 chữ số thập phân.</source>
        <translation>Tiêu chí {0}: “{1}” có quá 3 chữ số thập phân.</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: {1} điểm lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm).</source>
        <translation>Tiêu chí {0}: {1} điểm lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm).</translation>
    </message>
    <message>
        <source>“{0}” không đúng dạng MÃ=ĐIỂM (ví dụ 1.1=2,5).</source>
        <translation>“{0}” không đúng dạng MÃ=ĐIỂM (ví dụ 1.1=2,5).</translation>
    </message>
    <message>
        <source>Mã “{0}” có ở nhiều lĩnh vực của bộ tiêu chí năm {1}: hãy ghi mã đầy đủ ({2}).</source>
        <translation>Mã “{0}” có ở nhiều lĩnh vực của bộ tiêu chí năm {1}: hãy ghi mã đầy đủ ({2}).</translation>
    </message>
    <message>
        <source>Tiêu chí {0} được cho hai điểm khác nhau ({1} và {2}): hãy giữ một.</source>
        <translation>Tiêu chí {0} được cho hai điểm khác nhau ({1} và {2}): hãy giữ một.</translation>
    </message>
    <message>
        <source>Không có tiêu chí mã “{0}” trong bộ tiêu chí năm {1}.</source>
        <translation>Không có tiêu chí mã “{0}” trong bộ tiêu chí năm {1}.</translation>
    </message>
    <message>
        <source>{0} là nhóm tiêu chí: điểm của nhóm là tổng điểm các tiêu chí con ({1}), hãy chấm từng tiêu chí con.</source>
        <translation>{0} là nhóm tiêu chí: điểm của nhóm là tổng điểm các tiêu chí con ({1}), hãy chấm từng tiêu chí con.</translation>
    </message>
    <message>
        <source>Tiêu chí {0} chưa có điểm tối đa: hãy sửa bộ tiêu chí trước khi chấm.</source>
        <translation>Tiêu chí {0} chưa có điểm tối đa: hãy sửa bộ tiêu chí trước khi chấm.</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: {1} điểm vượt điểm tối đa {2}.</source>
        <translation>Tiêu chí {0}: {1} điểm vượt điểm tối đa {2}.</translation>
    </message>
    <message>
        <source>Còn {0} tiêu chí chưa chấm điểm; báo cáo ghi rõ các mã đó.</source>
        <translation>Còn {0} tiêu chí chưa chấm điểm; báo cáo ghi rõ các mã đó.</translation>
    </message>
    <message>
        <source>Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.</source>
        <translation>Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}. Hãy nhập bộ tiêu chí của tỉnh (parapp par import-set TỆP --year {0}, hoặc trang Chỉ số CCHC → Nhập bộ tiêu chí).</source>
        <translation>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}. Hãy nhập bộ tiêu chí của tỉnh (parapp par import-set TỆP --year {0}, hoặc trang Chỉ số CCHC → Nhập bộ tiêu chí).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí không có tiêu chí nào để chấm điểm.</source>
        <translation>Bộ tiêu chí không có tiêu chí nào để chấm điểm.</translation>
    </message>
    <message>
        <source>Các tiêu chí sau chưa có điểm tối đa: {0}. Hãy nhập điểm tối đa rồi lưu lại.</source>
        <translation>Các tiêu chí sau chưa có điểm tối đa: {0}. Hãy nhập điểm tối đa rồi lưu lại.</translation>
    </message>
    <message>
        <source>Mã tiêu chí bị trùng: {0}. Hãy sửa mã rồi lưu lại.</source>
        <translation>Mã tiêu chí bị trùng: {0}. Hãy sửa mã rồi lưu lại.</translation>
    </message>
    <message>
        <source>Năm {0} đã có bộ tiêu chí. Hãy chọn thay thế bộ cũ (điểm, giải trình và tài liệu của các mã còn giữ nguyên được giữ lại).</source>
        <translation>Năm {0} đã có bộ tiêu chí. Hãy chọn thay thế bộ cũ (điểm, giải trình và tài liệu của các mã còn giữ nguyên được giữ lại).</translation>
    </message>
    <message>
        <source>Xếp hạng “{0}” không đúng: hãy ghi thứ hạng và số đơn vị được xếp hạng, ví dụ 12/96; thứ hạng không lớn hơn số đơn vị.</source>
        <translation>Xếp hạng “{0}” không đúng: hãy ghi thứ hạng và số đơn vị được xếp hạng, ví dụ 12/96; thứ hạng không lớn hơn số đơn vị.</translation>
    </message>
    <message>
        <source>Điểm tối đa “{0}” lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm).</source>
        <translation>Điểm tối đa “{0}” lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm).</translation>
    </message>
    <message>
        <source>tiêu chí</source>
        <translation>tiêu chí</translation>
    </message>
    <message>
        <source>{0} là nhóm tiêu chí: điểm tối đa của nhóm là tổng của các tiêu chí con.</source>
        <translation>{0} là nhóm tiêu chí: điểm tối đa của nhóm là tổng của các tiêu chí con.</translation>
    </message>
    <message>
        <source>Điểm tối đa “{0}” không phải là số (viết như 2,5 hoặc 2.5).</source>
        <translation>Điểm tối đa “{0}” không phải là số (viết như 2,5 hoặc 2.5).</translation>
    </message>
    <message>
        <source>Tiêu chí {0} đã được chấm {1} điểm: điểm tối đa không thể nhỏ hơn.</source>
        <translation>Tiêu chí {0} đã được chấm {1} điểm: điểm tối đa không thể nhỏ hơn.</translation>
    </message>
    <message>
        <source>Hãy nhập tên tiêu chí.</source>
        <translation>Hãy nhập tên tiêu chí.</translation>
    </message>
    <message>
        <source>Tiêu chí {0} đã được chấm điểm: hãy xóa điểm của nó trước khi thêm tiêu chí con.</source>
        <translation>Tiêu chí {0} đã được chấm điểm: hãy xóa điểm của nó trước khi thêm tiêu chí con.</translation>
    </message>
    <message>
        <source>Tiêu chí này không còn trong bộ tiêu chí (có thể vừa bị xóa).</source>
        <translation>Tiêu chí này không còn trong bộ tiêu chí (có thể vừa bị xóa).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp kiểm chứng số {0}.</source>
        <translation>Không tìm thấy tệp kiểm chứng số {0}.</translation>
    </message>
    <message>
        <source>Năm {0} không có tiêu chí nào đã chấm mà bị mất điểm: không cần kế hoạch khắc phục.</source>
        <translation>Năm {0} không có tiêu chí nào đã chấm mà bị mất điểm: không cần kế hoạch khắc phục.</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Nhóm tiêu chí</source>
        <translation>Nhóm tiêu chí</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Hướng dẫn (của tiêu chí trên)</source>
        <translation>Hướng dẫn (của tiêu chí trên)</translation>
    </message>
    <message>
        <source>Dòng tổng</source>
        <translation>Dòng tổng</translation>
    </message>
    <message>
        <source>Không nhập</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>STT, mã</source>
        <translation>STT, mã</translation>
    </message>
    <message>
        <source>Tên tiêu chí</source>
        <translation>Tên tiêu chí</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Điểm tự đánh giá</source>
        <translation>Điểm tự đánh giá</translation>
    </message>
    <message>
        <source>Điểm thẩm định</source>
        <translation>Điểm thẩm định</translation>
    </message>
    <message>
        <source>Hướng dẫn chấm điểm</source>
        <translation>Hướng dẫn chấm điểm</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Tài liệu kiểm chứng</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Giải trình</translation>
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
        <source>STT</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Lĩnh vực, tiêu chí</source>
        <translation>Lĩnh vực, tiêu chí</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Tự đánh giá</translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <source>Kiểm chứng</source>
        <translation>Kiểm chứng</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>chưa chấm</source>
        <translation>chưa chấm</translation>
    </message>
    <message>
        <source>Điểm vừa gõ chưa lưu được; sẽ lưu khi gõ điểm tiếp theo hoặc trước khi đóng cửa sổ</source>
        <translation>Điểm vừa gõ chưa lưu được; sẽ lưu khi gõ điểm tiếp theo hoặc trước khi đóng cửa sổ</translation>
    </message>
    <message>
        <source>Chưa chấm điểm: gõ điểm (ví dụ 2,5) rồi Enter.</source>
        <translation>Chưa chấm điểm: gõ điểm (ví dụ 2,5) rồi Enter.</translation>
    </message>
    <message>
        <source>Điểm tự đánh giá “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, điểm của nó là tổng điểm các tiêu chí con. Hãy ghi điểm vào từng tiêu chí con.</source>
        <translation>Điểm tự đánh giá “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, điểm của nó là tổng điểm các tiêu chí con. Hãy ghi điểm vào từng tiêu chí con.</translation>
    </message>
    <message>
        <source>Điểm thẩm định “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, điểm của nó là tổng điểm các tiêu chí con. Hãy ghi điểm vào từng tiêu chí con.</source>
        <translation>Điểm thẩm định “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, điểm của nó là tổng điểm các tiêu chí con. Hãy ghi điểm vào từng tiêu chí con.</translation>
    </message>
    <message>
        <source>Giải trình “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, giải trình chỉ lưu cho từng tiêu chí được chấm điểm. Hãy ghi vào tiêu chí con cần giải trình.</source>
        <translation>Giải trình “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, giải trình chỉ lưu cho từng tiêu chí được chấm điểm. Hãy ghi vào tiêu chí con cần giải trình.</translation>
    </message>
    <message>
        <source>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: điểm tự đánh giá “{1}” ghi ở đây không được lưu. Hãy ghi điểm vào dòng của tiêu chí {0}.</source>
        <translation>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: điểm tự đánh giá “{1}” ghi ở đây không được lưu. Hãy ghi điểm vào dòng của tiêu chí {0}.</translation>
    </message>
    <message>
        <source>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: điểm thẩm định “{1}” ghi ở đây không được lưu. Hãy ghi điểm vào dòng của tiêu chí {0}.</source>
        <translation>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: điểm thẩm định “{1}” ghi ở đây không được lưu. Hãy ghi điểm vào dòng của tiêu chí {0}.</translation>
    </message>
    <message>
        <source>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: giải trình “{1}” ghi ở đây không được lưu. Hãy ghi vào dòng của tiêu chí {0}.</source>
        <translation>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: giải trình “{1}” ghi ở đây không được lưu. Hãy ghi vào dòng của tiêu chí {0}.</translation>
    </message>
    <message>
        <source>Dòng tổng cộng ghi điểm tự đánh giá {0} nhưng các tiêu chí cộng lại được {1}: hãy xem có tiêu chí nào chưa được đọc hoặc ghi sai điểm.</source>
        <translation>Dòng tổng cộng ghi điểm tự đánh giá {0} nhưng các tiêu chí cộng lại được {1}: hãy xem có tiêu chí nào chưa được đọc hoặc ghi sai điểm.</translation>
    </message>
    <message>
        <source>Dòng tổng cộng ghi điểm thẩm định {0} nhưng các tiêu chí cộng lại được {1}: hãy xem có tiêu chí nào chưa được đọc hoặc ghi sai điểm.</source>
        <translation>Dòng tổng cộng ghi điểm thẩm định {0} nhưng các tiêu chí cộng lại được {1}: hãy xem có tiêu chí nào chưa được đọc hoặc ghi sai điểm.</translation>
    </message>
    <message>
        <source>Không thấy bảng tiêu chí có cột điểm tối đa trong phần Excel đang hiện: trang “{0}” có dòng {1}; cột {2} đang ẩn. Chưa lưu gì: hãy bỏ ẩn (bỏ lọc) các dòng, cột đó trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Không thấy bảng tiêu chí có cột điểm tối đa trong phần Excel đang hiện: trang “{0}” có dòng {1}; cột {2} đang ẩn. Chưa lưu gì: hãy bỏ ẩn (bỏ lọc) các dòng, cột đó trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không thấy mã tiêu chí nào (I, 1.1, 1.2…) trong phần Excel đang hiện: trang “{0}” có cột {1} đang ẩn. Chưa lưu gì: hãy bỏ ẩn các cột đó trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Không thấy mã tiêu chí nào (I, 1.1, 1.2…) trong phần Excel đang hiện: trang “{0}” có cột {1} đang ẩn. Chưa lưu gì: hãy bỏ ẩn các cột đó trong Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không thấy bảng tiêu chí có cột điểm tối đa trong phần Excel đang hiện. Chưa lưu gì. {0}</source>
        <translation>Không thấy bảng tiêu chí có cột điểm tối đa trong phần Excel đang hiện. Chưa lưu gì. {0}</translation>
    </message>
    <message>
        <source>Không thấy mã tiêu chí nào (I, 1.1, 1.2…) trong phần Excel đang hiện. Chưa lưu gì. {0}</source>
        <translation>Không thấy mã tiêu chí nào (I, 1.1, 1.2…) trong phần Excel đang hiện. Chưa lưu gì. {0}</translation>
    </message>
    <message>
        <source>Bảng có dòng ẩn (Excel không hiện): chưa đọc dòng {0}. Nếu cần các tiêu chí ở đó, hãy bỏ ẩn trong Excel rồi sao chép hoặc lưu lại.</source>
        <translation>Bảng có dòng ẩn (Excel không hiện): chưa đọc dòng {0}. Nếu cần các tiêu chí ở đó, hãy bỏ ẩn trong Excel rồi sao chép hoặc lưu lại.</translation>
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
    <name>report</name>
    <message>
        <source>Số văn bản xin lỗi nhiều hơn số hồ sơ trễ hẹn (giải quyết quá hạn và đang giải quyết quá hạn): câu về văn bản xin lỗi chưa được in. Hãy kiểm tra lại ở trang Số liệu.</source>
        <translation>Số văn bản xin lỗi nhiều hơn số hồ sơ trễ hẹn (giải quyết quá hạn và đang giải quyết quá hạn): câu về văn bản xin lỗi chưa được in. Hãy kiểm tra lại ở trang Số liệu.</translation>
    </message>
    <message>
        <source>Chưa có số liệu của kỳ này: số liệu {0} được cộng từ các quý, còn thiếu số liệu {1}. Hãy nhập ở trang Số liệu (hoặc nhập thẳng số liệu cả kỳ) rồi cập nhật bản nháp.</source>
        <translation>Chưa có số liệu của kỳ này: số liệu {0} được cộng từ các quý, còn thiếu số liệu {1}. Hãy nhập ở trang Số liệu (hoặc nhập thẳng số liệu cả kỳ) rồi cập nhật bản nháp.</translation>
    </message>
    <message>
        <source>Chưa có số liệu của kỳ này (hồ sơ thủ tục hành chính, phản ánh kiến nghị, văn bản…): hãy nhập ở trang Số liệu rồi cập nhật bản nháp.</source>
        <translation>Chưa có số liệu của kỳ này (hồ sơ thủ tục hành chính, phản ánh kiến nghị, văn bản…): hãy nhập ở trang Số liệu rồi cập nhật bản nháp.</translation>
    </message>
    <message>
        <source>Phần mở đầu chưa nêu căn cứ (kế hoạch hoặc văn bản yêu cầu báo cáo của cấp trên, kế hoạch cải cách hành chính năm của xã): hãy thêm ở mục “Căn cứ và kiến nghị” của bản nháp.</source>
        <translation>Phần mở đầu chưa nêu căn cứ (kế hoạch hoặc văn bản yêu cầu báo cáo của cấp trên, kế hoạch cải cách hành chính năm của xã): hãy thêm ở mục “Căn cứ và kiến nghị” của bản nháp.</translation>
    </message>
    <message>
        <source>Mục I chưa có nội dung: chưa có kế hoạch, số liệu hay nhiệm vụ chỉ đạo, điều hành nào trong kỳ.</source>
        <translation>Mục I chưa có nội dung: chưa có kế hoạch, số liệu hay nhiệm vụ chỉ đạo, điều hành nào trong kỳ.</translation>
    </message>
    <message>
        <source>Mục II chưa có nội dung: trong kỳ chưa có nhiệm vụ nào đến hạn, hoàn thành hay được ghi tiến độ. Hãy ghi tiến độ các nhiệm vụ đang thực hiện (sổ nhiệm vụ, “Cập nhật tiến độ…”) rồi soạn lại, hoặc tự viết mục II.</source>
        <translation>Mục II chưa có nội dung: trong kỳ chưa có nhiệm vụ nào đến hạn, hoàn thành hay được ghi tiến độ. Hãy ghi tiến độ các nhiệm vụ đang thực hiện (sổ nhiệm vụ, “Cập nhật tiến độ…”) rồi soạn lại, hoặc tự viết mục II.</translation>
    </message>
    <message>
        <source>Chưa có đề xuất, kiến nghị nào của kỳ này: mục V đang ghi “Không có”.</source>
        <translation>Chưa có đề xuất, kiến nghị nào của kỳ này: mục V đang ghi “Không có”.</translation>
    </message>
    <message>
        <source>Mục “{0}” đang trống.</source>
        <translation>Mục “{0}” đang trống.</translation>
    </message>
    <message>
        <source>Mục “{0}” còn dấu “{1}” cần thay bằng nội dung.</source>
        <translation>Mục “{0}” còn dấu “{1}” cần thay bằng nội dung.</translation>
    </message>
    <message>
        <source>Nhiệm vụ quá hạn chưa ghi nguyên nhân chậm: {0}.</source>
        <translation>Nhiệm vụ quá hạn chưa ghi nguyên nhân chậm: {0}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ quá hạn chưa có người chủ trì: {0}.</source>
        <translation>Nhiệm vụ quá hạn chưa có người chủ trì: {0}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ hoàn thành chậm chưa ghi nguyên nhân: {0}.</source>
        <translation>Nhiệm vụ hoàn thành chậm chưa ghi nguyên nhân: {0}.</translation>
    </message>
    <message>
        <source>{0} và {1} nhiệm vụ khác</source>
        <translation>{0} và {1} nhiệm vụ khác</translation>
    </message>
    <message>
        <source>{0}: bản nháp ghi {1}, số liệu hiện nay là {2}</source>
        <translation>{0}: bản nháp ghi {1}, số liệu hiện nay là {2}</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Tên cơ quan báo cáo: bản nháp chưa ghi “{0}”</source>
        <translation>Tên cơ quan báo cáo: bản nháp chưa ghi “{0}”</translation>
    </message>
    <message>
        <source>Mục “{0}” không còn khớp với sổ nhiệm vụ hôm nay</source>
        <translation>Mục “{0}” không còn khớp với sổ nhiệm vụ hôm nay</translation>
    </message>
    <message>
        <source>Kỳ số liệu đã đổi từ {0} thành {1}</source>
        <translation>Kỳ số liệu đã đổi từ {0} thành {1}</translation>
    </message>
    <message>
        <source>Bản nháp số {0} được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({1}). Chưa chốt. Hãy chạy lại với --refresh-figures để đưa số liệu và tình hình nhiệm vụ hiện nay vào bản nháp rồi chốt (các mục đã sửa tay được giữ), hoặc --keep-draft để chốt đúng như bản nháp đã lưu.</source>
        <translation>Bản nháp số {0} được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({1}). Chưa chốt. Hãy chạy lại với --refresh-figures để đưa số liệu và tình hình nhiệm vụ hiện nay vào bản nháp rồi chốt (các mục đã sửa tay được giữ), hoặc --keep-draft để chốt đúng như bản nháp đã lưu.</translation>
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
    <name>settings</name>
    <message>
        <source>Xã, từ ngày 01/7/2025 (Nghị định 150/2025/NĐ-CP)</source>
        <translation>Xã, từ ngày 01/7/2025 (Nghị định 150/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Phường, từ ngày 01/7/2025 (Nghị định 150/2025/NĐ-CP)</source>
        <translation>Phường, từ ngày 01/7/2025 (Nghị định 150/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Trước ngày 01/7/2025 (công chức chuyên môn, Bộ phận Một cửa)</source>
        <translation>Trước ngày 01/7/2025 (công chức chuyên môn, Bộ phận Một cửa)</translation>
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
        <source>Chưa giao</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>Chưa có hạn</source>
        <translation>Chưa có hạn</translation>
    </message>
    <message>
        <source>Chuyển sang năm {0}</source>
        <translation>Chuyển sang năm {0}</translation>
    </message>
    <message>
        <source>Quá hạn {0} ngày</source>
        <translation>Quá hạn {0} ngày</translation>
    </message>
    <message>
        <source>Hoàn thành (trễ hạn) {0}</source>
        <translation>Hoàn thành (trễ hạn) {0}</translation>
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
        <source>Nhiệm vụ chưa có người chủ trì. Bấm “Sửa…” để giao cho một người.</source>
        <translation>Nhiệm vụ chưa có người chủ trì. Bấm “Sửa…” để giao cho một người.</translation>
    </message>
    <message>
        <source>Phối hợp: {0}</source>
        <translation>Phối hợp: {0}</translation>
    </message>
    <message>
        <source>Chưa hoàn thành trong năm của nó; kế hoạch năm {0} tiếp tục việc này (tìm theo nội dung). Không tính quá hạn, không nhắc nữa.</source>
        <translation>Chưa hoàn thành trong năm của nó; kế hoạch năm {0} tiếp tục việc này (tìm theo nội dung). Không tính quá hạn, không nhắc nữa.</translation>
    </message>
    <message>
        <source>Việc lặp lại của năm {0}: hết năm thì không tính quá hạn, không nhắc nữa; kế hoạch năm sau giao lại việc này.</source>
        <translation>Việc lặp lại của năm {0}: hết năm thì không tính quá hạn, không nhắc nữa; kế hoạch năm sau giao lại việc này.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <source>Tệp này là bản hỏng ParApp đã giữ lại khi khôi phục “{0}”; dữ liệu đang dùng là “{0}”, không cần khôi phục vào tệp này. Hãy mở ParApp với tệp đó: parapp --db {1}</source>
        <translation>This file is a damaged copy ParApp kept aside when restoring “{0}”; the data in use is “{0}”, nothing needs restoring into this file. Open ParApp with that file: parapp --db {1}</translation>
    </message>
    <message>
        <source>Có bản sao lưu tự động lúc {0}. Khôi phục từ bản đó? Tệp hiện tại được giữ lại bên cạnh với tên khác, không bị xóa.</source>
        <translation>There is an automatic backup from {0}. Restore from it? The current file is kept beside it under another name, not deleted.</translation>
    </message>
    <message>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu tự động</source>
        <translation>No automatic backup made</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>ParApp {0}
Theo dõi nhiệm vụ cải cách hành chính của UBND xã.

Dữ liệu: {1}
Nhật ký lỗi: {2}

ParApp không kết nối mạng; dữ liệu chỉ nằm trên máy này (và các bản sao lưu).</source>
        <translation>ParApp {0}
Tracking the administrative-reform tasks of a commune People&apos;s Committee.

Data: {1}
Error log: {2}

ParApp makes no network connection; the data stays on this computer (and its backups).</translation>
    </message>
    <message>
        <source>(không ghi được)</source>
        <translation>(cannot be written)</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chưa khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>cán bộ đã xóa</source>
        <translation>deleted official</translation>
    </message>
    <message>
        <source>kế hoạch đã xóa</source>
        <translation>deleted plan</translation>
    </message>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Chủ tịch ký</source>
        <translation>signed by the chairman</translation>
    </message>
    <message>
        <source>{0} ký thay</source>
        <translation>signed by {0} on the chairman&apos;s behalf</translation>
    </message>
    <message>
        <source>chỉ ở việc chậm, quá hạn</source>
        <translation>only for late and overdue work</translation>
    </message>
    <message>
        <source>luôn nêu</source>
        <translation>always</translation>
    </message>
    <message>
        <source>không nêu</source>
        <translation>never</translation>
    </message>
    <message>
        <source>hệ thống quản lý văn bản cấp</source>
        <translation>given by the document system</translation>
    </message>
    <message>
        <source>văn thư cấp khi chốt</source>
        <translation>given by the clerk at finalising</translation>
    </message>
    <message>
        <source>nhiệm vụ đã xóa</source>
        <translation>deleted task</translation>
    </message>
    <message>
        <source>nhiệm vụ {0}: {1}</source>
        <translation>task {0}: {1}</translation>
    </message>
    <message>
        <source>nhiệm vụ: {0}</source>
        <translation>task: {0}</translation>
    </message>
    <message>
        <source>Bộ tiêu chí Chỉ số CCHC năm {0}</source>
        <translation>PAR Index criteria set {0}</translation>
    </message>
    <message>
        <source>Tiêu chí {0} (năm {1})</source>
        <translation>Criterion {0} ({1})</translation>
    </message>
    <message>
        <source>Tài liệu “{0}” của tiêu chí {1}</source>
        <translation>Document “{0}” of criterion {1}</translation>
    </message>
    <message>
        <source>tiêu đề</source>
        <translation>title</translation>
    </message>
    <message>
        <source>phần mở đầu</source>
        <translation>opening</translation>
    </message>
    <message>
        <source>sửa {0}</source>
        <translation>changed {0}</translation>
    </message>
    <message>
        <source>sửa</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Từ tệp “{0}”</source>
        <translation>From “{0}”</translation>
    </message>
    <message>
        <source>bản sao lưu lập lúc {0}</source>
        <translation>backup made {0}</translation>
    </message>
    <message>
        <source>dữ liệu trước khi khôi phục được giữ ở “{0}”</source>
        <translation>the data from before the restore is kept in “{0}”</translation>
    </message>
    <message>
        <source>nhật ký thay đổi, dòng {0}</source>
        <translation>change log, line {0}</translation>
    </message>
    <message>
        <source>{0}, dòng {1}, “{2}”</source>
        <translation>{0}, row {1}, “{2}”</translation>
    </message>
    <message>
        <source>{0} chỗ: {1}</source>
        <translation>{0} places: {1}</translation>
    </message>
    <message>
        <source>dữ liệu trước khi sửa được giữ ở “{0}”</source>
        <translation>the data from before the repair is kept in “{0}”</translation>
    </message>
    <message>
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Làm việc với tư cách</source>
        <translation>Working as</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người dùng máy</source>
        <translation>Computer user</translation>
    </message>
    <message>
        <source>Đối tượng</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Nội dung thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Mọi người</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chọn USB hoặc thư mục để sao lưu</source>
        <translation>Choose a USB stick or folder for the backup</translation>
    </message>
    <message>
        <source>Đang sao lưu dữ liệu và tệp kiểm chứng…</source>
        <translation>Backing up the data and evidence files…</translation>
    </message>
    <message>
        <source>Chưa sao lưu được</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Bản sao lưu thiếu tệp kiểm chứng</source>
        <translation>The backup lacks evidence files</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>đầu ngày</source>
        <translation>start of day</translation>
    </message>
    <message>
        <source>khi đóng chương trình</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>trước khi nâng cấp</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>trước khi khôi phục</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>trước khi xóa bộ tiêu chí</source>
        <translation>before removing a criteria set</translation>
    </message>
    <message>
        <source>trước khi thay bộ tiêu chí</source>
        <translation>before replacing a criteria set</translation>
    </message>
    <message>
        <source>trước khi sửa chữ hỏng</source>
        <translation>before mending damaged text</translation>
    </message>
    <message>
        <source>Trước khi khôi phục, dữ liệu hiện tại được tự động sao lưu lại. ParApp sẽ mở lại sau khi khôi phục.</source>
        <translation>Before restoring, the current data is backed up automatically. ParApp reopens after the restore.</translation>
    </message>
    <message>
        <source>Khôi phục bản đã chọn</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>Từ tệp sao lưu (.parapp-backup)…</source>
        <translation>From a backup file (.parapp-backup)…</translation>
    </message>
    <message>
        <source>Các bản sao lưu tự động:</source>
        <translation>Automatic backups:</translation>
    </message>
    <message>
        <source>Hãy chọn một bản trong danh sách các bản sao lưu tự động.</source>
        <translation>Choose one copy in the list of automatic backups.</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu tự động nào trong thư mục dữ liệu. Hãy khôi phục “Từ tệp sao lưu (.parapp-backup)…” trên USB hoặc máy khác.</source>
        <translation>There is no automatic backup in the data folder yet. Restore “From a backup file (.parapp-backup)…” on a USB stick or another computer.</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu về lúc {0}?</source>
        <translation>Restore the data as it was at {0}?</translation>
    </message>
    <message>
        <source>Chọn tệp sao lưu</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Tệp sao lưu ParApp (*.parapp-backup *.zip)</source>
        <translation>ParApp backup files (*.parapp-backup *.zip)</translation>
    </message>
    <message>
        <source>Tệp sao lưu bị từ chối</source>
        <translation>Backup file refused</translation>
    </message>
    <message>
        <source>Tệp sao lưu của “{0}”, tạo lúc {1}. Khôi phục từ tệp này?</source>
        <translation>Backup of “{0}”, made at {1}. Restore from this file?</translation>
    </message>
    <message>
        <source>chưa đặt tên xã</source>
        <translation>commune not named</translation>
    </message>
    <message>
        <source>Tệp này là dữ liệu của “{0}”, không phải của “{1}” đang mở: khôi phục sẽ thay toàn bộ dữ liệu của “{1}” bằng dữ liệu của xã kia. </source>
        <translation>This file holds the data of “{0}”, not of “{1}”, which is open: restoring replaces all of “{1}”&apos;s data with the other commune&apos;s. </translation>
    </message>
    <message>
        <source>Dữ liệu đang mở có thay đổi đến {0}, sau lúc tạo tệp sao lưu này: khôi phục sẽ thay các thay đổi đó bằng dữ liệu cũ hơn (chúng chỉ còn trong bản sao lưu tự động “trước khi khôi phục”). </source>
        <translation>The open data was changed up to {0}, after this backup was made: restoring replaces those changes with older data (they are then kept only in the automatic backup “before a restore”). </translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Restoring the data…</translation>
    </message>
    <message>
        <source>Đã khôi phục, thiếu tệp kiểm chứng</source>
        <translation>Restored, without some evidence files</translation>
    </message>
    <message>
        <source>Đã khôi phục xong dữ liệu về lúc {0}. Dữ liệu trước khi khôi phục bị hỏng nên không sao lưu tự động được; tệp đó được giữ nguyên, không bị xóa, với tên “{1}” trong thư mục “{2}”.</source>
        <translation>The data has been restored to {0}. The data as it was before the restore was damaged, so no automatic snapshot of it could be made; that file is kept as it was, not deleted, under the name “{1}” in the folder “{2}”.</translation>
    </message>
    <message>
        <source>Đã khôi phục xong dữ liệu về lúc {0}. Dữ liệu trước khi khôi phục vẫn được giữ trong các bản sao lưu tự động (Tệp → Khôi phục…, lý do “trước khi khôi phục”).</source>
        <translation>The data has been restored to {0}. The data from before the restore is kept in the automatic backups (File → Restore…, reason “before restoring”).</translation>
    </message>
    <message>
        <source>Nhập nhiệm vụ từ Word, Excel hoặc tệp</source>
        <translation>Import tasks from Word, Excel or a file</translation>
    </message>
    <message>
        <source>Dán bảng hoặc danh sách vừa sao chép</source>
        <translation>Paste the table or list you copied</translation>
    </message>
    <message>
        <source>Nhập biểu thống kê hồ sơ thủ tục hành chính</source>
        <translation>Import the dossier statistics</translation>
    </message>
    <message>
        <source>Dán bảng vừa sao chép</source>
        <translation>Paste the copied table</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>Số liệu của kỳ</source>
        <translation>Figures of</translation>
    </message>
    <message>
        <source>năm</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Chưa có bảng nào.</source>
        <translation>No table yet.</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Tiêu đề trong bảng</source>
        <translation>Title in the table</translation>
    </message>
    <message>
        <source>Hiểu là</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Xuất biểu thống kê tình hình giải quyết hồ sơ của kỳ (Biểu 06) từ Hệ thống thông tin giải quyết thủ tục hành chính (Excel, Word, HTML hoặc CSV), rồi chọn tệp; hoặc sao chép cả bảng (kèm các dòng tiêu đề) và bấm Dán.</source>
        <translation>Export the period&apos;s dossier statistics (form 06) from the one-stop system (Excel, Word, HTML or CSV) and choose the file; or copy the whole table (with its header rows) and press Paste.</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Trong bảng</source>
        <translation>In the table</translation>
    </message>
    <message>
        <source>Đang có</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <source>Các cột của bảng: chọn lại nghĩa nếu cần</source>
        <translation>The table&apos;s columns: choose another meaning if needed</translation>
    </message>
    <message>
        <source>Số liệu sẽ lưu</source>
        <translation>Figures to be saved</translation>
    </message>
    <message>
        <source>Lưu số liệu</source>
        <translation>Save figures</translation>
    </message>
    <message>
        <source>Chọn biểu thống kê</source>
        <translation>Choose the statistics file</translation>
    </message>
    <message>
        <source>Biểu thống kê (*.xlsx *.xls *.docx *.csv *.tsv *.txt *.html *.htm);;Mọi tệp (*)</source>
        <translation>Statistics (*.xlsx *.xls *.docx *.csv *.tsv *.txt *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>Bỏ qua (không lấy)</source>
        <translation>Skip (not taken)</translation>
    </message>
    <message>
        <source>Chưa hiểu: hãy chọn</source>
        <translation>Not understood: choose</translation>
    </message>
    <message>
        <source>Tệp không ghi kỳ báo cáo: hãy chọn kỳ và năm.</source>
        <translation>The file states no reporting period: choose the period and the year.</translation>
    </message>
    <message>
        <source>Tệp ghi hai kỳ khác nhau: hãy chọn kỳ và năm của số liệu ở trên rồi lưu.</source>
        <translation>The file names two different periods: choose the figures&apos; period and year above, then save.</translation>
    </message>
    <message>
        <source>Tệp ghi kỳ báo cáo “{0}”: số liệu của {1} năm {2}.</source>
        <translation>The file states the period “{0}”: figures of {1} {2}.</translation>
    </message>
    <message>
        <source>Tệp ghi kỳ báo cáo “{0}”.</source>
        <translation>The file states the period “{0}”.</translation>
    </message>
    <message>
        <source>Cột chưa hiểu (không lấy, trừ khi chọn nghĩa cho nó): {0}.</source>
        <translation>Columns not understood (not taken unless you choose what they mean): {0}.</translation>
    </message>
    <message>
        <source>bảng vừa dán</source>
        <translation>the pasted table</translation>
    </message>
    <message>
        <source>Đọc từ {0}: {1}</source>
        <translation>Read from {0}: {1}</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu của tỉnh</source>
        <translation>Add a provincial indicator</translation>
    </message>
    <message>
        <source>ví dụ: tinh.ho_so_lien_thong</source>
        <translation>for example: tinh.ho_so_lien_thong</translation>
    </message>
    <message>
        <source>ví dụ: hồ sơ</source>
        <translation>for example: dossiers</translation>
    </message>
    <message>
        <source>Cộng dồn qua các kỳ (số hồ sơ, văn bản…)</source>
        <translation>Adds up over periods (dossiers, documents…)</translation>
    </message>
    <message>
        <source>Đọc ở cuối kỳ (số đang tồn tại)</source>
        <translation>Read at the period&apos;s end (what stands)</translation>
    </message>
    <message>
        <source>Đọc ở đầu kỳ (số chuyển sang)</source>
        <translation>Read at the period&apos;s start (carried over)</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu *</source>
        <translation>Indicator name *</translation>
    </message>
    <message>
        <source>Mã *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cách cộng</source>
        <translation>How it adds up</translation>
    </message>
    <message>
        <source>(Tạo kế hoạch mới)</source>
        <translation>(Create a new plan)</translation>
    </message>
    <message>
        <source>Nhập vào</source>
        <translation>Import into</translation>
    </message>
    <message>
        <source>Tên kế hoạch mới</source>
        <translation>New plan&apos;s name</translation>
    </message>
    <message>
        <source>Năm của kế hoạch</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>Chưa có dữ liệu.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Đặt thời hạn chung…</source>
        <translation>Set one deadline for all…</translation>
    </message>
    <message>
        <source>Cho mọi dòng chưa có thời hạn, ví dụ “Trong năm 2024”.</source>
        <translation>For every row without a deadline, e.g. “Trong năm 2024”.</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng trùng</source>
        <translation>Skip duplicate rows</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Các cột nhận ra (sửa nếu sai):</source>
        <translation>Columns recognised (correct them if wrong):</translation>
    </message>
    <message>
        <source>Kế hoạch nhập ngày {0}</source>
        <translation>Plan imported on {0}</translation>
    </message>
    <message>
        <source>Chọn tệp kế hoạch</source>
        <translation>Choose a plan file</translation>
    </message>
    <message>
        <source>Ngày ban hành của kế hoạch: {0}</source>
        <translation>The plan&apos;s issue date: {0}</translation>
    </message>
    <message>
        <source>Đang nhập nhiệm vụ…</source>
        <translation>Importing the tasks…</translation>
    </message>
    <message>
        <source>Không đọc được</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <source>Sao chép bảng phân công (kèm dòng tiêu đề) hoặc phần nhiệm vụ trong Word/Excel rồi bấm Dán; hoặc chọn tệp .docx, .xlsx, .csv, .txt, .html (kể cả .htm, và tệp .xls dạng trang web mà phần mềm khác xuất ra).</source>
        <translation>Copy the task table (with its header row) or the task section in Word/Excel, then click Paste; or choose a .docx, .xlsx, .csv, .txt or .html file (.htm too, and an .xls file that is a web page, as other programs export it).</translation>
    </message>
    <message>
        <source>ví dụ 12/KH-UBND</source>
        <translation>e.g. 12/KH-UBND</translation>
    </message>
    <message>
        <source>Kế hoạch (*.docx *.xlsx *.csv *.txt *.tsv *.htm *.html *.xls);;Mọi tệp (*)</source>
        <translation>Plans (*.docx *.xlsx *.csv *.txt *.tsv *.htm *.html *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>bảng</source>
        <translation>a table</translation>
    </message>
    <message>
        <source>danh sách</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>Đọc được {0} nhiệm vụ từ {1}; {2} dòng cần xem lại (tô vàng); {3} dòng trùng với nhiệm vụ đã có (tô cam).</source>
        <translation>Read {0} tasks from {1}; {2} rows to review (yellow); {3} rows duplicate stored tasks (orange).</translation>
    </message>
    <message>
        <source>Dòng {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <source>Nhập {0} nhiệm vụ</source>
        <translation>Import {0} tasks</translation>
    </message>
    <message>
        <source>Danh sách: lĩnh vực lấy từ tiêu đề mục, chủ trì từ dòng “* …:”.</source>
        <translation>A list: areas come from the section headings, leads from the “* …:” lines.</translation>
    </message>
    <message>
        <source>Đóng bản xem trước</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <source>Bạn đã sửa {0} ô trong bản xem trước; đóng lại sẽ bỏ các sửa đó và chưa nhập gì. Vẫn đóng?</source>
        <translation>You corrected {0} cells of the preview; closing drops those corrections and imports nothing. Close anyway?</translation>
    </message>
    <message>
        <source>(cột {0})</source>
        <translation>(column {0})</translation>
    </message>
    <message>
        <source>(bỏ qua)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>Thời hạn chung</source>
        <translation>Common deadline</translation>
    </message>
    <message>
        <source>Thời hạn cho các dòng chưa có (như ghi trong kế hoạch):</source>
        <translation>Deadline for the rows without one (as a plan writes it):</translation>
    </message>
    <message>
        <source>Trong năm {0}</source>
        <translation>Trong năm {0}</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officials</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Nhật ký</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Chỉ số CCHC</source>
        <translation>PAR Index</translation>
    </message>
    <message>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa dữ liệu đã đầy nên dữ liệu đang mở ở chế độ CHỈ ĐỌC. Có thể xem và in, nhưng không sửa được. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi mở lại ParApp.</source>
        <translation>The disk holding the data is full, so the data is open READ-ONLY. You can view and print, but not change anything. Delete files you do not need on that disk, then open ParApp again.</translation>
    </message>
    <message>
        <source>Xem trước và in trang này…</source>
        <translation>Preview and print this page…</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Ai đang làm việc trên máy này: Nhật ký ghi tên người này cho mọi thay đổi</source>
        <translation>Who is working on this PC: the change log names this person for every change</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: một tài khoản khác trên máy này đang giữ dữ liệu này (ParApp của tài khoản đó đang mở, hoặc đã tắt đột ngột và để lại tệp khóa “{0}” mà tài khoản này không mở được). Có thể xem và in, nhưng không sửa được. Hãy đóng ParApp ở tài khoản kia rồi mở lại; nếu vẫn vậy, nhờ người đã tạo dữ liệu hoặc người quản trị máy xóa tệp khóa đó.</source>
        <translation>The data is open READ-ONLY: another account on this computer holds it (that account&apos;s ParApp is open, or it stopped abruptly and left the lock file “{0}”, which this account cannot open). You can view and print, but not edit. Close ParApp in the other account, then open it again here; if nothing changes, ask the person who made the data or the computer&apos;s administrator to delete that lock file.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: bên cạnh tệp dữ liệu có thư mục “{0}” ở đúng chỗ tệp khóa của ParApp. Có thể xem và in, nhưng không sửa được. Hãy xóa hoặc đổi tên thư mục đó rồi mở lại ParApp.</source>
        <translation>The data is open READ-ONLY: beside the data file there is a folder “{0}” exactly where ParApp keeps its lock file. You can view and print, but not edit. Delete or rename that folder, then open ParApp again.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp dữ liệu còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al”), ghi vào là ghi luôn vào tệp kia. Có thể xem và in. Hãy chép tệp thành một bản riêng (chép thường) rồi mở bản chép.</source>
        <translation>The data is open READ-ONLY: the data file has a second name on the disk (a hard link, usually from copying the folder with “cp -al”), so writing here would write into that other file too. You can view and print. Copy the file into a file of its own (an ordinary copy), then open the copy.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: đây là một bản sao lưu tự động (thư mục backups/auto), giữ để quay lại khi cần, nên không ghi gì vào đó. Có thể xem và in. Muốn dùng lại dữ liệu này, hãy mở dữ liệu đang dùng rồi khôi phục bản này (Tệp → Khôi phục…).</source>
        <translation>The data is open READ-ONLY: this is an automatic backup (the backups/auto folder), kept as a way back, so nothing is written into it. You can view and print. To use this data again, open the data in use and restore this copy (File → Restore…).</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp “{0}” bên cạnh tệp dữ liệu bị đánh dấu chỉ đọc (thường do chép cùng dữ liệu từ đĩa CD). Có thể xem và in, nhưng không sửa được. Hãy bỏ đánh dấu chỉ đọc của tệp đó (và của các tệp parapp.db khác bên cạnh nếu có), rồi mở lại ParApp.</source>
        <translation>The data is open READ-ONLY: the file “{0}” beside the data file is marked read-only (usually copied with the data from a CD). You can view and print, but not edit. Take the read-only mark off that file (and off the other parapp.db files beside it, if any), then open ParApp again.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: bên cạnh tệp dữ liệu có “{0}” của một tài khoản khác trên máy này (ParApp của tài khoản đó đang mở dữ liệu, hoặc đã bị tắt đột ngột). Có thể xem và in, nhưng không sửa được. Hãy đóng ParApp ở tài khoản kia rồi mở lại; nếu vẫn vậy, nhờ người quản trị máy cấp quyền đọc và ghi tệp đó.</source>
        <translation>The data is open READ-ONLY: beside the data file is “{0}”, belonging to another account on this computer (that account&apos;s ParApp has the data open, or was stopped abruptly). You can view and print, but not edit. Close ParApp in the other account and open it again; if it stays so, ask the computer&apos;s administrator to grant read and write access to that file.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC: tệp dữ liệu chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác). Có thể xem và in, nhưng không sửa được. Hãy bỏ đánh dấu chỉ đọc của tệp, hoặc nhờ người quản trị máy cấp quyền ghi, rồi mở lại ParApp.</source>
        <translation>The data is open READ-ONLY: the data file is read-only (marked read-only, or another account&apos;s). You can view and print, but not edit. Clear the file&apos;s read-only mark, or ask the computer&apos;s administrator for write permission, then open ParApp again.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa được. Để làm việc, hãy chép cả thư mục “{0}” (chương trình ParApp cùng thư mục ParApp-data bên cạnh) vào máy, rồi chạy ParApp trong bản chép.</source>
        <translation>The data is open READ-ONLY (the folder or USB stick cannot be written). You can view and print, but not edit. To work on it, copy the whole folder “{0}” (the ParApp program with the ParApp-data folder beside it) to the computer, then run ParApp in the copy.</translation>
    </message>
    <message>
        <source>Dữ liệu đang mở ở chế độ CHỈ ĐỌC (thư mục hoặc USB không cho ghi). Có thể xem và in, nhưng không sửa được. Để làm việc, hãy chép cả thư mục dữ liệu (tệp dữ liệu cùng các tệp bên cạnh và thư mục evidence) vào máy rồi mở bản chép.</source>
        <translation>The data is open READ-ONLY (the folder or USB stick cannot be written). You can view and print, but not edit. To work on it, copy the whole data folder (the data file with the files beside it and the evidence folder) to this computer and open the copy.</translation>
    </message>
    <message>
        <source>Đã đổi ngôn ngữ giao diện.</source>
        <translation>The interface language has been changed.</translation>
    </message>
    <message>
        <source>Làm việc với tư cách:</source>
        <translation>Working as:</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Thông tin của xã…</source>
        <translation>Commune details…</translation>
    </message>
    <message>
        <source>Mở ParApp</source>
        <translation>Open ParApp</translation>
    </message>
    <message>
        <source>Nhắc việc hôm nay</source>
        <translation>Today&apos;s reminder</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Hôm nay không có nhiệm vụ quá hạn hay đến hạn trong tuần, không có báo cáo quá hạn hay đến hạn gửi trong {0} ngày tới.</source>
        <translation>Today no task is overdue or due this week, and no report is overdue or due to be sent in the next {0} days.</translation>
    </message>
    <message>
        <source>Lịch báo cáo định kỳ…</source>
        <translation>Reporting schedule…</translation>
    </message>
    <message>
        <source>Sao lưu ra USB…</source>
        <translation>Back up to USB…</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>&amp;Nhiệm vụ</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Chuyển việc chưa xong sang năm sau…</source>
        <translation>Carry unfinished work into next year…</translation>
    </message>
    <message>
        <source>Danh sách việc cho giao ban…</source>
        <translation>Lists for the weekly meeting…</translation>
    </message>
    <message>
        <source>Xem thử với một xã mẫu…</source>
        <translation>Try it with a sample commune…</translation>
    </message>
    <message>
        <source>Nhập từ Word, Excel, tệp…</source>
        <translation>Import from Word, Excel, a file…</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Giới thiệu ParApp</source>
        <translation>About ParApp</translation>
    </message>
    <message>
        <source>ParApp – {0}</source>
        <translation>ParApp – {0}</translation>
    </message>
    <message>
        <source>Không tạo được xã mẫu trong thư mục “{0}” ({1}). Xã mẫu được tạo bên cạnh dữ liệu của ParApp, nên nơi đó phải ghi được: USB không gạt khóa chống ghi, không phải đĩa CD, ổ đĩa còn chỗ trống.</source>
        <translation>Could not make the sample commune in the folder “{0}” ({1}). The sample commune is made beside ParApp’s data, so that place must be writable: a USB stick not write-locked, not a CD, a drive with free space.</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>In danh sách…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <source>Đã nhập {0} nhiệm vụ.</source>
        <translation>Imported {0} tasks.</translation>
    </message>
    <message>
        <source>Cho nghỉ công tác</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <source>{0} đang chủ trì {1} nhiệm vụ chưa hoàn thành. Công văn đôn đốc không gửi cho người đã nghỉ: hãy giao lại các nhiệm vụ này cho người khác (trang Nhiệm vụ, lọc theo người chủ trì). Vẫn cho nghỉ?</source>
        <translation>{0} leads {1} unfinished tasks. Urging letters are not sent to someone who has left: give these tasks to someone else (Tasks page, filtered by lead). Mark as left anyway?</translation>
    </message>
    <message>
        <source>Sửa thông tin cán bộ</source>
        <translation>Edit official</translation>
    </message>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add official</translation>
    </message>
    <message>
        <source>Đang công tác</source>
        <translation>In post</translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị</source>
        <translation>Office or unit</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Đã có cán bộ {0}{1}. Nếu là cùng một người, bấm Không rồi sửa người đã có. Vẫn thêm một người nữa cùng tên?</source>
        <translation>There is already an official {0}{1}. If this is the same person, press No and edit the one already there. Add another person of the same name anyway?</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đã nghỉ</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Thêm cán bộ…</source>
        <translation>Add official…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Cho nghỉ / công tác lại</source>
        <translation>Mark as left / back in post</translation>
    </message>
    <message>
        <source>nhiệm vụ quá hạn</source>
        <translation>tasks overdue</translation>
    </message>
    <message>
        <source>đến hạn trong 14 ngày tới</source>
        <translation>due in the next 14 days</translation>
    </message>
    <message>
        <source>hoàn thành trong năm nay</source>
        <translation>done this year</translation>
    </message>
    <message>
        <source>đang mở (chưa xong)</source>
        <translation>open (not done)</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>(chưa giao)</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>Đang mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đến hạn 14 ngày</source>
        <translation>Due in 14 days</translation>
    </message>
    <message>
        <source>Hoàn thành năm nay</source>
        <translation>Done this year</translation>
    </message>
    <message>
        <source>Theo người chủ trì</source>
        <translation>By lead</translation>
    </message>
    <message>
        <source>Không còn báo cáo định kỳ nào phải gửi trong lịch hiện tại.</source>
        <translation>No periodic report is left to send in the current schedule.</translation>
    </message>
    <message>
        <source>{0} (cùng hạn: báo cáo {1})</source>
        <translation>{0} (due the same day: the {1} report)</translation>
    </message>
    <message>
        <source>Năm {0} còn {1} nhiệm vụ chưa hoàn thành (không kể việc lặp lại). Bấm để chuyển sang kế hoạch năm {2}.</source>
        <translation>{1} tasks of {0} are not finished (recurring work aside). Click to carry them into the plan of {2}.</translation>
    </message>
    <message>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <source>còn {0} ngày</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <source>đã quá hạn {0} ngày</source>
        <translation>{0} days late</translation>
    </message>
    <message>
        <source>chưa soạn</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>đang là bản nháp</source>
        <translation>in draft</translation>
    </message>
    <message>
        <source>đã chốt, chưa gửi</source>
        <translation>finalised, not sent</translation>
    </message>
    <message>
        <source>Báo cáo {0}: hạn gửi {1} ({2}), {3}</source>
        <translation>Report {0}: due {1} ({2}), {3}</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn</source>
        <translation>{0} overdue tasks</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ đến hạn trong tuần này</source>
        <translation>{0} tasks due this week</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ đến hạn trong {1} ngày tới</source>
        <translation>{0} tasks due in the next {1} days</translation>
    </message>
    <message>
        <source>ParApp – nhắc việc ngày {0}</source>
        <translation>ParApp – reminder for {0}</translation>
    </message>
    <message>
        <source>… và {0} báo cáo khác</source>
        <translation>… and {0} more reports</translation>
    </message>
    <message>
        <source>Bấm vào đây để xem.</source>
        <translation>Click here to see them.</translation>
    </message>
    <message>
        <source>đã ký, chưa gửi</source>
        <translation>signed, not sent yet</translation>
    </message>
    <message>
        <source>Báo cáo tiếp theo: báo cáo {0} – hạn gửi {1} ({2}); {3}. Bấm để mở trang Báo cáo.</source>
        <translation>Next report: the report for {0} – due {1} ({2}); {3}. Click to open Reports.</translation>
    </message>
    <message>
        <source>{0} – hôm nay {1}</source>
        <translation>{0} – today {1}</translation>
    </message>
    <message>
        <source>ParApp</source>
        <translation>ParApp</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ đang mở chưa có hạn hoàn thành.</source>
        <translation>Open tasks with no due date: {0}.</translation>
    </message>
    <message>
        <source>Xem trước: {0}</source>
        <translation>Preview: {0}</translation>
    </message>
    <message>
        <source>Đang dựng trang %v/%m</source>
        <translation>Rendering page %v/%m</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Mở bằng trình đọc PDF</source>
        <translation>Open in the PDF reader</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Xuất Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Đã lưu PDF</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>Không mở được trình đọc PDF. Tệp đã được lưu tại: {0}</source>
        <translation>Could not open a PDF reader. The file was saved at: {0}</translation>
    </message>
    <message>
        <source>Máy tính này chưa cài máy in nào. Hãy cài máy in của văn phòng, hoặc bấm “Lưu PDF…” rồi in tệp PDF từ máy khác.</source>
        <translation>No printer is installed on this computer. Install the office&apos;s printer, or press “Save PDF…” and print the PDF from another computer.</translation>
    </message>
    <message>
        <source>In văn bản</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>Máy in “{0}” không nhận lệnh in. Hãy kiểm tra máy in đã bật và có giấy, rồi in lại; hoặc bấm “Lưu PDF…” để in sau.</source>
        <translation>The printer “{0}” did not accept the job. Check that it is on and has paper, then print again; or press “Save PDF…” to print later.</translation>
    </message>
    <message>
        <source>Sửa kế hoạch</source>
        <translation>Edit plan</translation>
    </message>
    <message>
        <source>Thêm kế hoạch</source>
        <translation>Add plan</translation>
    </message>
    <message>
        <source>ví dụ: 65/KH-UBND</source>
        <translation>e.g. 65/KH-UBND</translation>
    </message>
    <message>
        <source>Kế hoạch cải cách hành chính năm của xã (báo cáo định kỳ trích dẫn ở phần mở đầu)</source>
        <translation>The commune&apos;s annual reform plan (cited at the opening of periodic reports)</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>ví dụ: 15/QĐ-UBND</source>
        <translation>for example: 15/QĐ-UBND</translation>
    </message>
    <message>
        <source>ngày/tháng/năm</source>
        <translation>day/month/year</translation>
    </message>
    <message>
        <source>để trống nếu do Ủy ban nhân dân xã ban hành</source>
        <translation>leave empty when issued by the commune</translation>
    </message>
    <message>
        <source>trích yếu, ví dụ: về việc ban hành Quy chế làm việc</source>
        <translation>summary, for example: on the working rules</translation>
    </message>
    <message>
        <source>Loại văn bản *</source>
        <translation>Kind of document *</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Dùng cho</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Thêm văn bản…</source>
        <translation>Add a document…</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Trích yếu *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quý I</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <source>Tự tính từ các số liệu khác</source>
        <translation>Computed from other figures</translation>
    </message>
    <message>
        <source>Số vừa gõ chưa lưu được; sẽ lưu khi gõ số tiếp theo hoặc trước khi đóng cửa sổ</source>
        <translation>The number typed could not be stored yet; it is stored with the next number typed or before the window closes</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Kế hoạch cải cách hành chính năm {0} của xã (báo cáo định kỳ trích dẫn) đang là “{1}”. Thay bằng kế hoạch này? Không: bỏ đánh dấu ô này rồi lưu.</source>
        <translation>The commune&apos;s annual administrative reform plan for {0} (cited by the periodic reports) is “{1}”. Replace it with this plan? No: untick this box, then save.</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Bộ chỉ số</source>
        <translation>Index set</translation>
    </message>
    <message>
        <source>Số nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Thêm kế hoạch…</source>
        <translation>Add plan…</translation>
    </message>
    <message>
        <source>Xem nhiệm vụ</source>
        <translation>Show tasks</translation>
    </message>
    <message>
        <source>In bảng phân công…</source>
        <translation>Print the task table…</translation>
    </message>
    <message>
        <source>Nhập bộ tiêu chí…</source>
        <translation>Import criteria set…</translation>
    </message>
    <message>
        <source>Sửa bộ tiêu chí</source>
        <translation>Edit criteria set</translation>
    </message>
    <message>
        <source>Thêm tiêu chí…</source>
        <translation>Add criterion…</translation>
    </message>
    <message>
        <source>Sửa tiêu chí đang chọn…</source>
        <translation>Edit selected criterion…</translation>
    </message>
    <message>
        <source>Xóa tiêu chí đang chọn</source>
        <translation>Delete selected criterion</translation>
    </message>
    <message>
        <source>Tỉnh, xếp hạng chính thức…</source>
        <translation>Province, official rank…</translation>
    </message>
    <message>
        <source>Xóa cả bộ tiêu chí…</source>
        <translation>Remove the whole criteria set…</translation>
    </message>
    <message>
        <source>Xem và in báo cáo…</source>
        <translation>Preview and print report…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Lập kế hoạch khắc phục…</source>
        <translation>Make remediation plan…</translation>
    </message>
    <message>
        <source>giải trình đang gõ ở trang Chỉ số CCHC</source>
        <translation>the explanation being typed on the PAR index page</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}.

Dữ liệu đang mở ở chế độ chỉ đọc (xem dòng báo phía trên) nên không nhập được bộ tiêu chí ở đây.</source>
        <translation>There is no PAR INDEX criteria set for {0} yet.

The data is open read-only (see the notice above), so a criteria set cannot be imported here.</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}.

Bấm “Nhập bộ tiêu chí…” và chọn tệp Word hoặc Excel của tỉnh (hoặc sao chép bảng rồi dán).</source>
        <translation>There is no PAR Index criteria set for {0} yet.

Click “Import criteria set…” and choose the province’s Word or Excel file (or copy the table and paste it).</translation>
    </message>
    <message>
        <source>Đã có bộ tiêu chí các năm: {0}.</source>
        <translation>Criteria sets exist for: {0}.</translation>
    </message>
    <message>
        <source>Có bộ tiêu chí lưu cho năm {0}, ngoài các năm 2000–2100 nên không hiển thị được. Hãy xóa nó: Sửa bộ tiêu chí → Xóa cả bộ tiêu chí….</source>
        <translation>A criteria set is stored for the year {0}, outside 2000–2100, so it cannot be shown. Remove it: Edit the criteria set → Remove the whole criteria set….</translation>
    </message>
    <message>
        <source>Tự đánh giá: {0}/{1} điểm</source>
        <translation>Self-assessment: {0}/{1} points</translation>
    </message>
    <message>
        <source>Thẩm định: {0}</source>
        <translation>Official: {0}</translation>
    </message>
    <message>
        <source>Xếp hạng: {0}</source>
        <translation>Rank: {0}</translation>
    </message>
    <message>
        <source>Chưa chấm: {0} tiêu chí</source>
        <translation>Not scored: {0} criteria</translation>
    </message>
    <message>
        <source>Đã chấm hết</source>
        <translation>All scored</translation>
    </message>
    <message>
        <source>Cột sao chép có {0} dòng nhưng từ tiêu chí đang chọn chỉ còn {1} tiêu chí: chưa dán gì. Hãy chọn tiêu chí bắt đầu cao hơn, hoặc sao chép ít dòng hơn.</source>
        <translation>The copied column has {0} lines but only {1} criteria are left from the selected one: nothing was pasted. Select a criterion higher up, or copy fewer lines.</translation>
    </message>
    <message>
        <source>Chưa có tiêu chí nào: Sửa bộ tiêu chí → Thêm tiêu chí…</source>
        <translation>No criteria yet: Edit criteria set → Add criterion…</translation>
    </message>
    <message>
        <source>chọn ô tô hồng đó (ở năm của nó) rồi bấm Delete</source>
        <translation>select that pink cell (in its year) and press Delete</translation>
    </message>
    <message>
        <source>đưa ô Giải trình về như trước</source>
        <translation>put the Explanation box back as it was</translation>
    </message>
    <message>
        <source>Tỉnh {0}. </source>
        <translation>Province: {0}. </translation>
    </message>
    <message>
        <source>{0} tiêu chí bị mất điểm</source>
        <translation>{0} criteria lost points</translation>
    </message>
    <message>
        <source>Không ghi được điểm</source>
        <translation>Score not saved</translation>
    </message>
    <message>
        <source>Không dán được</source>
        <translation>Could not paste</translation>
    </message>
    <message>
        <source>{0} và {1} tiêu chí con</source>
        <translation>{0} and its {1} sub-criteria</translation>
    </message>
    <message>
        <source>Xóa tiêu chí</source>
        <translation>Delete criterion</translation>
    </message>
    <message>
        <source>Xóa {0} khỏi bộ tiêu chí năm {1}? Điểm, giải trình và liên kết tài liệu của chúng cũng bị xóa (tệp vẫn được giữ).</source>
        <translation>Delete {0} from the {1} criteria set? Their scores, explanations and document links are deleted too (the files are kept).</translation>
    </message>
    <message>
        <source>Đã lập kế hoạch khắc phục: {0} nhiệm vụ trong “{1}” (xem ở trang Kế hoạch).</source>
        <translation>Remediation plan made: {0} tasks in “{1}” (see the Plans page).</translation>
    </message>
    <message>
        <source>Hãy chọn một kỳ báo cáo để in.</source>
        <translation>Choose a reporting period to print.</translation>
    </message>
    <message>
        <source>Hãy chọn một kế hoạch để in bảng phân công.</source>
        <translation>Choose a plan to print its task table.</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí của năm này để in.</source>
        <translation>There is no criteria set for this year to print.</translation>
    </message>
    <message>
        <source>Danh sách việc cho cuộc họp giao ban</source>
        <translation>Lists for the weekly meeting</translation>
    </message>
    <message>
        <source>Mỗi đơn vị (hoặc mỗi người) một trang: các nhiệm vụ đang mở do mình chủ trì, việc quá hạn trước, rồi việc sắp đến hạn, có cột ghi ý kiến tại cuộc họp.</source>
        <translation>A page for each office (or each person): the open tasks it leads, overdue ones first, then those falling due, with a column for what the meeting decides.</translation>
    </message>
    <message>
        <source>Mỗi đơn vị một trang</source>
        <translation>A page per office</translation>
    </message>
    <message>
        <source>Mỗi người chủ trì một trang</source>
        <translation>A page per person</translation>
    </message>
    <message>
        <source>In theo</source>
        <translation>Print by</translation>
    </message>
    <message>
        <source>Sắp đến hạn trong</source>
        <translation>Due soon within</translation>
    </message>
    <message>
        <source>In trang của</source>
        <translation>Pages for</translation>
    </message>
    <message>
        <source>(chưa giao người chủ trì)</source>
        <translation>(nobody leads them)</translation>
    </message>
    <message>
        <source>{0}: {1} đang mở ({2} quá hạn, {3} sắp đến hạn)</source>
        <translation>{0}: {1} open ({2} overdue, {3} due soon)</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một đơn vị hoặc người.</source>
        <translation>Choose at least one office or person.</translation>
    </message>
    <message>
        <source>{0} trang danh sách (mỗi nơi một trang) – phông chữ: {1}.</source>
        <translation>{0} list pages (one for each) – font: {1}.</translation>
    </message>
    <message>
        <source>Phông chữ: {0}.</source>
        <translation>Font: {0}.</translation>
    </message>
    <message>
        <source>Lưu bảng điểm</source>
        <translation>Save score table</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{0} (năm không hợp lệ, không hiển thị được)</source>
        <translation>{0} (not a valid year, cannot be shown)</translation>
    </message>
    <message>
        <source>Xóa cả bộ tiêu chí</source>
        <translation>Remove the whole criteria set</translation>
    </message>
    <message>
        <source>Bộ tiêu chí của năm:</source>
        <translation>The criteria set of the year:</translation>
    </message>
    <message>
        <source>Xóa bộ tiêu chí Chỉ số CCHC năm {0} cùng mọi điểm tự đánh giá, điểm thẩm định, giải trình và liên kết tài liệu của nó? Dữ liệu trước khi xóa được giữ trong một bản sao lưu tự động (Tệp → Khôi phục…).</source>
        <translation>Remove the PAR Index criteria set of {0} with all its self-assessed and official scores, explanations and document links? The data as it was before is kept in an automatic backup (File → Restore…).</translation>
    </message>
    <message>
        <source>Tìm nhiệm vụ, mã tiêu chí, người chủ trì… (gõ không dấu cũng được)</source>
        <translation>Search tasks, criterion codes, leads… (diacritics optional)</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Sắp đến hạn (14 ngày)</source>
        <translation>Due soon (14 days)</translation>
    </message>
    <message>
        <source>Hạn: mọi lúc</source>
        <translation>Due: any time</translation>
    </message>
    <message>
        <source>Hạn trong </source>
        <translation>Due within </translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Nhiệm vụ này đã kết thúc.</source>
        <translation>This task is finished.</translation>
    </message>
    <message>
        <source>Việc này đã chuyển sang kế hoạch năm {0}: ghi hoàn thành cho nhiệm vụ của năm {0}</source>
        <translation>This work was carried into the {0} plan: record its completion on the {0} task</translation>
    </message>
    <message>
        <source>Ghi ngày hoàn thành, kết quả, văn bản đã ban hành và tài liệu kiểm chứng</source>
        <translation>Record the completion date, the result, the documents issued and the evidence</translation>
    </message>
    <message>
        <source>Đã lưu. Nhiệm vụ chưa có người chủ trì: cột “Chủ trì” đánh dấu ⚠ cho đến khi giao cho một người.</source>
        <translation>Saved. The task has no lead: its Lead column is marked ⚠ until someone is assigned.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;Sổ chưa có nhiệm vụ nào.&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;Dữ liệu đang mở ở chế độ chỉ đọc (xem dòng báo phía trên) nên không thêm hay nhập nhiệm vụ được ở đây. &lt;a href=&apos;demo&apos;&gt;Xem thử với một xã mẫu&lt;/a&gt;: mở một cửa sổ riêng với dữ liệu mẫu.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;The register has no tasks yet.&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:11pt&apos;&gt;The data is open read-only (see the notice above), so tasks cannot be added or imported here. &lt;a href=&apos;demo&apos;&gt;Try a sample commune&lt;/a&gt;: opens a separate window with sample data.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Xem…</source>
        <translation>View…</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Nhập từ Word/Excel…</source>
        <translation>Import from Word/Excel…</translation>
    </message>
    <message>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Cập nhật tiến độ…</source>
        <translation>Update progress…</translation>
    </message>
    <message>
        <source>Mọi lĩnh vực</source>
        <translation>Any area</translation>
    </message>
    <message>
        <source>Mọi người chủ trì</source>
        <translation>Any lead</translation>
    </message>
    <message>
        <source>Mọi kế hoạch</source>
        <translation>Any plan</translation>
    </message>
    <message>
        <source>Đang hiện {0} / {1} nhiệm vụ</source>
        <translation>Showing {0} of {1} tasks</translation>
    </message>
    <message>
        <source>Số liệu của mục này</source>
        <translation>Facts behind this section</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Sửa tiêu chí</source>
        <translation>Edit criterion</translation>
    </message>
    <message>
        <source>Thêm tiêu chí</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>(lĩnh vực mới)</source>
        <translation>(new area)</translation>
    </message>
    <message>
        <source>ví dụ: 2,5</source>
        <translation>e.g. 2.5</translation>
    </message>
    <message>
        <source>Thuộc</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên tiêu chí *</source>
        <translation>Criterion name *</translation>
    </message>
    <message>
        <source>Điểm tối đa *</source>
        <translation>Maximum points *</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <source>{0} (tổng các tiêu chí con)</source>
        <translation>{0} (sum of its sub-criteria)</translation>
    </message>
    <message>
        <source>Hướng dẫn chấm điểm</source>
        <translation>Scoring guidance</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng cần có</source>
        <translation>Evidence required</translation>
    </message>
    <message>
        <source>Bộ tiêu chí năm {0}</source>
        <translation>Criteria set {0}</translation>
    </message>
    <message>
        <source>ví dụ: 12/96</source>
        <translation>e.g. 12/96</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Tên bộ tiêu chí</source>
        <translation>Name of the set</translation>
    </message>
    <message>
        <source>Xếp hạng chính thức</source>
        <translation>Official rank</translation>
    </message>
    <message>
        <source>Lấy tài liệu kiểm chứng từ nhiệm vụ</source>
        <translation>Take evidence from tasks</translation>
    </message>
    <message>
        <source>★: tài liệu của nhiệm vụ đã hoàn thành trong năm, cùng mã tiêu chí {0}.</source>
        <translation>★: documents of tasks done in the year under criterion {0}.</translation>
    </message>
    <message>
        <source>Chưa có nhiệm vụ nào có tài liệu kiểm chứng.</source>
        <translation>No task has evidence documents yet.</translation>
    </message>
    <message>
        <source>Lập kế hoạch khắc phục năm {0}</source>
        <translation>Remediation plan for {0}</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Điểm mất</source>
        <translation>Points lost</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>(đơn vị đã giao trước đây)</source>
        <translation>(unit assigned before)</translation>
    </message>
    <message>
        <source>Mỗi tiêu chí đã chấm mà chưa đạt điểm tối đa (theo điểm thẩm định nếu có, nếu không theo điểm tự đánh giá) thành một nhiệm vụ của kế hoạch khắc phục năm {0}. Người chủ trì được gợi ý theo các nhiệm vụ đã mang mã đó; hãy xem lại trước khi lập.</source>
        <translation>Each scored criterion below its maximum (by the official score where there is one, else by the self-score) becomes a task of the {0} remediation plan. Leads are suggested from the tasks that already carry the code; check them before making the plan.</translation>
    </message>
    <message>
        <source>Lập kế hoạch ({0} nhiệm vụ)</source>
        <translation>Make plan ({0} tasks)</translation>
    </message>
    <message>
        <source>Không có tiêu chí nào bị mất điểm cần thêm vào kế hoạch.</source>
        <translation>No criterion lost points that still needs a task in the plan.</translation>
    </message>
    <message>
        <source>Không lập được kế hoạch</source>
        <translation>Plan not made</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Nội dung báo cáo</source>
        <translation>Report text</translation>
    </message>
    <message>
        <source>Những điểm cần xem lại trước khi chốt; bấm để đến mục đó</source>
        <translation>What to look at before finalising; click to go to that part</translation>
    </message>
    <message>
        <source>Mục này đang trống. Gõ nội dung; mỗi lần xuống dòng (Enter) là một đoạn mới.</source>
        <translation>This section is empty. Type its text; each new line (Enter) starts a new paragraph.</translation>
    </message>
    <message>
        <source>Căn cứ và kiến nghị</source>
        <translation>Basis and proposals</translation>
    </message>
    <message>
        <source>Phụ lục I: số liệu</source>
        <translation>Appendix I: figures</translation>
    </message>
    <message>
        <source>Phụ lục II: danh sách nhiệm vụ</source>
        <translation>Appendix II: tasks</translation>
    </message>
    <message>
        <source>Tạo lại mục này</source>
        <translation>Regenerate this section</translation>
    </message>
    <message>
        <source>Cập nhật các mục chưa sửa</source>
        <translation>Update the unedited sections</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Chốt báo cáo…</source>
        <translation>Finalise report…</translation>
    </message>
    <message>
        <source>Xem bản in…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Cả năm {0}</source>
        <translation>All of {0}</translation>
    </message>
    <message>
        <source>Riêng báo cáo này</source>
        <translation>This report only</translation>
    </message>
    <message>
        <source>Mỗi kiến nghị một dòng, ví dụ: Đề nghị Sở Nội vụ tổ chức tập huấn …</source>
        <translation>One proposal per line, for example: a request that the Department of Home Affairs hold training …</translation>
    </message>
    <message>
        <source>Lưu và cập nhật phần mở đầu, mục V</source>
        <translation>Save and update the opening and part V</translation>
    </message>
    <message>
        <source>Phần mở đầu trích dẫn các văn bản này (kế hoạch, công văn yêu cầu báo cáo của cấp trên) và kế hoạch cải cách hành chính năm của xã (đánh dấu ở trang Kế hoạch). Mục V gồm các kiến nghị dưới đây và kiến nghị ghi ở từng nhiệm vụ quá hạn.</source>
        <translation>The opening cites these documents (the superior body&apos;s plan or request for the report) and the commune&apos;s annual reform plan (marked on the Plans page). Part V holds the proposals below and those recorded on overdue tasks.</translation>
    </message>
    <message>
        <source>Văn bản căn cứ</source>
        <translation>Basis documents</translation>
    </message>
    <message>
        <source>Kiến nghị của kỳ</source>
        <translation>Proposals of the period</translation>
    </message>
    <message>
        <source>Báo cáo đã chốt</source>
        <translation>Finalised report</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Báo cáo đã chốt ngày {0}; nội dung không thay đổi nữa (mã kiểm tra {1}…). Muốn sửa, hãy tạo bản nháp mới từ báo cáo này ở trang Báo cáo.</source>
        <translation>Report finalised on {0}; its text no longer changes (checksum {1}…). To change it, make a new draft from it on the Reports page.</translation>
    </message>
    <message>
        <source>{0}. Số liệu lấy từ sổ nhiệm vụ ngày {1}, kỳ số liệu từ {2} đến {3}. Các mục đã sửa tay được đánh dấu ✎ và giữ nguyên khi cập nhật.</source>
        <translation>{0}. Facts read from the register on {1}, data window {2} to {3}. Sections edited by hand are marked ✎ and kept when updating.</translation>
    </message>
    <message>
        <source>Mở đầu</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Đã tạo bản nháp mới từ báo cáo đã chốt ngày {0}, số {1}. Báo cáo đã chốt được giữ nguyên, không thay đổi.</source>
        <translation>A new draft was made from the report finalised on {0}, number {1}. The finalised report is kept unchanged.</translation>
    </message>
    <message>
        <source>Đã tạo bản nháp mới từ báo cáo đã chốt ngày {0}. Báo cáo đã chốt được giữ nguyên, không thay đổi.</source>
        <translation>A new draft was made from the report finalised on {0}. The finalised report is kept unchanged.</translation>
    </message>
    <message>
        <source>Số liệu của mục này: {0} nhiệm vụ</source>
        <translation>Facts behind this section: {0} tasks</translation>
    </message>
    <message>
        <source>Cập nhật bản nháp</source>
        <translation>Update the draft</translation>
    </message>
    <message>
        <source>Mục “{0}” đã được sửa tay. Thay bằng nội dung tạo mới từ căn cứ và kiến nghị vừa lưu?</source>
        <translation>“{0}” was edited by hand. Replace it with text made from the basis and proposals just saved?</translation>
    </message>
    <message>
        <source>Tạo lại mục</source>
        <translation>Regenerate section</translation>
    </message>
    <message>
        <source>Mục “{0}” đã được sửa tay. Thay bằng nội dung tạo mới từ sổ nhiệm vụ?</source>
        <translation>Section “{0}” was edited by hand. Replace it with text generated from the register?</translation>
    </message>
    <message>
        <source>
… và {0} điểm khác.</source>
        <translation>
… and {0} more.</translation>
    </message>
    <message>
        <source>Đã ký (bản quét)</source>
        <translation>Signed (scan)</translation>
    </message>
    <message>
        <source>Đã ký số ({0})</source>
        <translation>Digitally signed ({0})</translation>
    </message>
    <message>
        <source>Đã ký số</source>
        <translation>Digitally signed</translation>
    </message>
    <message>
        <source>Đã chốt</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Dự thảo ({0} bản)</source>
        <translation>Draft ({0} versions)</translation>
    </message>
    <message>
        <source>quá hạn {0} ngày</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <source>hạn hôm nay</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>đã ký</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>chưa gắn bản đã ký</source>
        <translation>no signed copy attached yet</translation>
    </message>
    <message>
        <source>{0} – hạn {1}, {2} ({3})</source>
        <translation>{0} – due {1}, {2} ({3})</translation>
    </message>
    <message>
        <source>Chờ gửi ({0}): {1}</source>
        <translation>To send ({0}): {1}</translation>
    </message>
    <message>
        <source>Số văn bản văn thư cấp cho báo cáo này (ví dụ 39 hoặc 39/BC-UBND).
Để trống nếu sẽ ghi số bằng tay.</source>
        <translation>The number the records clerk gives this report (e.g. 39 or 39/BC-UBND).
Leave it empty to write the number by hand.</translation>
    </message>
    <message>
        <source>Chốt báo cáo</source>
        <translation>Finalise report</translation>
    </message>
    <message>
        <source>Chỉ báo cáo đã chốt mới có bản đã ký. Hãy chốt báo cáo trước.</source>
        <translation>Only a finalised report has a signed copy. Finalise the report first.</translation>
    </message>
    <message>
        <source>Chọn bản báo cáo đã ký</source>
        <translation>Choose the signed report</translation>
    </message>
    <message>
        <source>PDF đã ký số hoặc bản quét (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Digitally signed PDF or scan (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Gắn bản đã ký</source>
        <translation>Attach the signed copy</translation>
    </message>
    <message>
        <source>Tệp “{0}” không có chữ ký số. Nếu đây là bản giấy đã ký tay, đóng dấu rồi quét lại, gắn nó như bản quét (không kiểm tra chữ ký)?</source>
        <translation>“{0}” has no digital signature. If it is the paper copy signed in ink, stamped and scanned, attach it as a scan (no signature is checked)?</translation>
    </message>
    <message>
        <source>Không mở được bản đã ký</source>
        <translation>Could not open the signed copy</translation>
    </message>
    <message>
        <source>Không gắn được bản đã ký</source>
        <translation>The signed copy was not attached</translation>
    </message>
    <message>
        <source>Chờ gửi: không có báo cáo đã chốt nào chưa gửi.</source>
        <translation>Waiting to be sent: no finalised report is waiting.</translation>
    </message>
    <message>
        <source>Đã gắn bản đã ký</source>
        <translation>Signed copy attached</translation>
    </message>
    <message>
        <source>Đã gắn bản quét (ký tay, đóng dấu trên giấy) vào báo cáo. Bản quét không có chữ ký số nên không kiểm tra được.</source>
        <translation>The scan (signed in ink and stamped on paper) is attached to the report. A scan has no digital signature, so nothing was checked.</translation>
    </message>
    <message>
        <source>Tệp này đã là bản ký số của báo cáo.</source>
        <translation>This file already is the report&apos;s digitally signed copy.</translation>
    </message>
    <message>
        <source>Bản ký số khớp từng byte với báo cáo đã chốt, mọi chữ ký còn nguyên vẹn.</source>
        <translation>The signed copy matches the finalised report byte for byte, and every signature is intact.</translation>
    </message>
    <message>
        <source>• {0}, ký lúc {1}</source>
        <translation>• {0}, signed at {1}</translation>
    </message>
    <message>
        <source>• Dấu thời gian {0}, lúc {1}</source>
        <translation>• Timestamp by {0}, at {1}</translation>
    </message>
    <message>
        <source>Chứng thư đã xác minh tới chứng thư gốc đã cài.</source>
        <translation>Certificate verified up to an installed root certificate.</translation>
    </message>
    <message>
        <source>Chưa xác minh được chuỗi chứng thư (cấp bởi {0}).</source>
        <translation>Certificate chain not verified (issued by {0}).</translation>
    </message>
    <message>
        <source>Để xác minh chuỗi chứng thư, chép chứng thư gốc của Ban Cơ yếu Chính phủ (tệp .cer, .crt) vào thư mục:
{0}</source>
        <translation>To verify certificate chains, copy the Government Cipher Committee&apos;s root certificates (.cer, .crt files) into the folder:
{0}</translation>
    </message>
    <message>
        <source>không rõ thời gian</source>
        <translation>time not stated</translation>
    </message>
    <message>
        <source>Báo cáo này chưa có bản đã ký.</source>
        <translation>This report has no signed copy yet.</translation>
    </message>
    <message>
        <source>Bản nháp còn {0} điểm cần xem lại:
{1}{2}

Vẫn chốt báo cáo này? Sau khi chốt, nội dung không sửa được nữa.</source>
        <translation>The draft still has {0} points to look at:
{1}{2}

Finalise this report anyway? Once finalised it cannot be changed.</translation>
    </message>
    <message>
        <source>Sau khi chốt, nội dung báo cáo được lưu cố định và không sửa được nữa. Chốt báo cáo này?</source>
        <translation>Once finalised, the report&apos;s text is frozen and cannot be edited. Finalise this report?</translation>
    </message>
    <message>
        <source>Đã gửi {0}</source>
        <translation>Sent {0}</translation>
    </message>
    <message>
        <source>Chưa làm</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đánh dấu đã gửi</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <source>ví dụ: 15/BC-UBND</source>
        <translation>e.g. 15/BC-UBND</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Gửi qua</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Hãy nhập ngày gửi.</source>
        <translation>Enter the date it was sent.</translation>
    </message>
    <message>
        <source>Năm </source>
        <translation>Year </translation>
    </message>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Số liệu từ</source>
        <translation>Data from</translation>
    </message>
    <message>
        <source>Số liệu đến</source>
        <translation>Data to</translation>
    </message>
    <message>
        <source>Hạn gửi</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Đúng hạn?</source>
        <translation>On time?</translation>
    </message>
    <message>
        <source>Mở / soạn báo cáo</source>
        <translation>Open / write report</translation>
    </message>
    <message>
        <source>Đánh dấu đã gửi…</source>
        <translation>Mark as sent…</translation>
    </message>
    <message>
        <source>Tạo bản nháp mới từ bản đã chốt</source>
        <translation>New draft from the finalised report</translation>
    </message>
    <message>
        <source>Gắn bản đã ký…</source>
        <translation>Attach signed copy…</translation>
    </message>
    <message>
        <source>PDF đã ký số (kiểm tra khớp từng byte với báo cáo đã chốt), hoặc bản giấy đã ký tay, đóng dấu rồi quét</source>
        <translation>A digitally signed PDF (checked byte for byte against the finalised report), or the paper copy signed in ink, stamped and scanned</translation>
    </message>
    <message>
        <source>Mở bản đã ký</source>
        <translation>Open signed copy</translation>
    </message>
    <message>
        <source>Xem và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Lịch báo cáo…</source>
        <translation>Reporting schedule…</translation>
    </message>
    <message>
        <source>Bản nháp được soạn tự động từ sổ nhiệm vụ; chỉ cần sửa câu chữ rồi chốt.</source>
        <translation>Drafts are written from the task register; polish the wording, then finalise.</translation>
    </message>
    <message>
        <source>Gửi trễ hạn</source>
        <translation>Sent late</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Không cần: đã có báo cáo “{0}”</source>
        <translation>Not needed: the “{0}” report was made</translation>
    </message>
    <message>
        <source>Trước khi dùng ParApp</source>
        <translation>Before ParApp was used</translation>
    </message>
    <message>
        <source>Chưa đến kỳ (từ {0})</source>
        <translation>Not begun (from {0})</translation>
    </message>
    <message>
        <source>Chưa gửi, quá hạn {0} ngày</source>
        <translation>Not sent, {0} days overdue</translation>
    </message>
    <message>
        <source>Còn {0} ngày</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <source>Chưa đến kỳ báo cáo</source>
        <translation>The period has not begun</translation>
    </message>
    <message>
        <source>Kỳ báo cáo “{0}” năm {1} tính số liệu từ ngày {2}; hôm nay chưa đến kỳ nên báo cáo chưa có kết quả gì để nêu. Vẫn lập dự thảo bây giờ?</source>
        <translation>The reporting period “{0}” {1} counts from {2}; it has not begun yet, so the report has no results to state. Draft it now anyway?</translation>
    </message>
    <message>
        <source>Kỳ này chưa có bản nháp để chốt. Hãy mở và soạn báo cáo trước.</source>
        <translation>This period has no draft to finalise. Open and write the report first.</translation>
    </message>
    <message>
        <source>Số liệu đã thay đổi</source>
        <translation>The figures have changed</translation>
    </message>
    <message>
        <source>Bản nháp được lưu trước khi số liệu thay đổi:
{0}

Cập nhật số liệu vào bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</source>
        <translation>The draft was saved before the figures changed:
{0}

Bring the figures up to date in the draft before finalising? Sections edited by hand are kept as they are.</translation>
    </message>
    <message>
        <source>Chốt như bản nháp đã lưu</source>
        <translation>Finalise the draft as saved</translation>
    </message>
    <message>
        <source>Đang dựng bản PDF của báo cáo…</source>
        <translation>Making the report&apos;s PDF…</translation>
    </message>
    <message>
        <source>Đây là bản để ký: ký số trên chính tệp PDF này (“Lưu PDF…”), rồi bấm “Gắn bản đã ký…” ở trang Báo cáo.</source>
        <translation>This is the copy for signing: sign this very PDF (“Save PDF…”), then click “Attach signed copy…” on the Reports page.</translation>
    </message>
    <message>
        <source>Chỉ báo cáo đã chốt mới được đánh dấu đã gửi. Hãy chốt báo cáo trước.</source>
        <translation>Only a finalised report can be marked as sent. Finalise the report first.</translation>
    </message>
    <message>
        <source>Kỳ này chưa có báo cáo đã chốt.</source>
        <translation>This period has no finalised report.</translation>
    </message>
    <message>
        <source>Chốt bản nháp “{0}”? Sau khi chốt, nội dung không sửa được nữa.</source>
        <translation>Finalise the draft “{0}”? Once finalised, it can no longer be changed.</translation>
    </message>
    <message>
        <source>Bản nháp này được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({0}); dữ liệu đang mở chỉ đọc nên bản in là bản nháp như đã lưu. Muốn cập nhật, hãy mở dữ liệu ở nơi ghi được (chép cả thư mục dữ liệu vào máy) rồi bấm “Cập nhật các mục chưa sửa” trong cửa sổ soạn báo cáo.</source>
        <translation>This draft was saved before the figures, the register or the report schedule changed ({0}); the data is open read-only, so what is printed is the draft as saved. To update it, open the data where it can be written (copy the whole data folder onto this computer), then click “Update the unedited sections” in the report editor.</translation>
    </message>
    <message>
        <source>Bản nháp này được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({0}). Bấm “Cập nhật các mục chưa sửa” trong cửa sổ soạn báo cáo để đưa vào; các mục đã sửa tay được giữ nguyên.</source>
        <translation>This draft was saved before the figures, the register or the report schedule changed ({0}). Click “Update the unedited sections” in the report editor to bring them in; sections edited by hand are kept.</translation>
    </message>
    <message>
        <source>Kỳ báo cáo đã thay đổi</source>
        <translation>The reporting period has changed</translation>
    </message>
    <message>
        <source>Bản nháp được lưu trước khi lịch báo cáo hoặc số liệu thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</source>
        <translation>The draft was saved before the report schedule or the figures changed:
{0}

Bring the draft up to date before finalising? Sections edited by hand are kept.</translation>
    </message>
    <message>
        <source>Sổ nhiệm vụ đã thay đổi</source>
        <translation>The task register has changed</translation>
    </message>
    <message>
        <source>Bản nháp được lưu trước khi sổ nhiệm vụ thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</source>
        <translation>The draft was saved before the task register changed:
{0}

Bring the draft up to date before finalising? Sections edited by hand are kept.</translation>
    </message>
    <message>
        <source>Thông tin đã thay đổi</source>
        <translation>Details have changed</translation>
    </message>
    <message>
        <source>Bản nháp được lưu trước khi số liệu hoặc tên xã thay đổi:
{0}

Cập nhật bản nháp trước khi chốt? Các mục đã sửa tay được giữ nguyên.</source>
        <translation>The draft was saved before the figures or the commune&apos;s name changed:
{0}

Update the draft before finalising? Sections edited by hand are kept.</translation>
    </message>
    <message>
        <source>Cập nhật rồi chốt</source>
        <translation>Update, then finalise</translation>
    </message>
    <message>
        <source>Bản nháp đã lưu</source>
        <translation>Saved draft</translation>
    </message>
    <message>
        <source>Bản nháp tạo mới từ sổ nhiệm vụ (chưa lưu)</source>
        <translation>New draft from the register (not saved)</translation>
    </message>
    <message>
        <source>{0} – phông chữ: {1}.</source>
        <translation>{0} – font: {1}.</translation>
    </message>
    <message>
        <source>Số và ngày văn bản để trống cho văn thư điền.</source>
        <translation>The number and date are left blank for the records clerk.</translation>
    </message>
    <message>
        <source>Có báo cáo</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Năm {0}</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <source>{0} ngày sau kỳ</source>
        <translation>{0} days after the period</translation>
    </message>
    <message>
        <source> năm trước</source>
        <translation> previous year</translation>
    </message>
    <message>
        <source> năm sau</source>
        <translation> next year</translation>
    </message>
    <message>
        <source>{0} – {1}, hạn {2}</source>
        <translation>{0} – {1}, due {2}</translation>
    </message>
    <message>
        <source>Lịch báo cáo định kỳ</source>
        <translation>Reporting schedule</translation>
    </message>
    <message>
        <source>Tự khai báo</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Áp dụng mẫu</source>
        <translation>Apply preset</translation>
    </message>
    <message>
        <source>Sửa trực tiếp trong bảng: ngày dạng 15/12, thêm “năm trước” cho ngày của năm trước; hạn gửi là một ngày (20/3) hoặc số ngày sau kỳ (+5).</source>
        <translation>Edit the table directly: days as 15/12, add “previous year” (or “năm trước”) for a day of the previous year; a deadline is a day (20/3) or days after the period (+5).</translation>
    </message>
    <message>
        <source>Mẫu lịch</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>Lưu ý về lịch báo cáo</source>
        <translation>About the reporting schedule</translation>
    </message>
    <message>
        <source>Thiết lập ban đầu</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>Thông tin của xã</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <source>Chào mừng đến với ParApp. Hãy nhập thông tin của xã: chúng được in trên báo cáo và kế hoạch. Có thể sửa lại bất cứ lúc nào trong menu Tệp → Thông tin của xã.</source>
        <translation>Welcome to ParApp. Enter the commune&apos;s details: they are printed on reports and plans. You can change them at any time in File → Commune details.</translation>
    </message>
    <message>
        <source>ví dụ: Ủy ban nhân dân xã Ba Giang</source>
        <translation>e.g. Ủy ban nhân dân xã Ba Giang</translation>
    </message>
    <message>
        <source>ví dụ: Ủy ban nhân dân tỉnh Quảng Ngãi</source>
        <translation>e.g. Ủy ban nhân dân tỉnh Quảng Ngãi</translation>
    </message>
    <message>
        <source>địa danh ghi ở dòng ngày tháng, ví dụ: Ba Giang</source>
        <translation>the place name on the date line, e.g. Ba Giang</translation>
    </message>
    <message>
        <source>mỗi người một dòng</source>
        <translation>one person per line</translation>
    </message>
    <message>
        <source>Tên UBND xã *</source>
        <translation>Commune People&apos;s Committee *</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>Các Phó Chủ tịch</source>
        <translation>Vice-chairmen</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Văn bản in</source>
        <translation>Printed documents</translation>
    </message>
    <message>
        <source>Nhắc việc</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Soạn công văn đôn đốc</source>
        <translation>Write an urging letter</translation>
    </message>
    <message>
        <source>Công văn đôn đốc các đơn vị có nhiệm vụ cải cách hành chính quá hạn hoặc sắp đến hạn, theo thể thức Nghị định 30/2020. Chọn nơi nhận, xem trước rồi in, lưu PDF hoặc xuất Word để sửa.</source>
        <translation>An urging letter to the offices whose reform tasks are overdue or due soon, in the Decree 30/2020 format. Choose the recipients, preview, then print, save as PDF or export to Word to edit.</translation>
    </message>
    <message>
        <source> ngày tới</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <source>Chủ tịch ký (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)</source>
        <translation>The chairman signs (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)</translation>
    </message>
    <message>
        <source>{0} ký thay (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)</source>
        <translation>{0} signs for the chairman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)</translation>
    </message>
    <message>
        <source>Việc sắp đến hạn trong</source>
        <translation>Tasks due within</translation>
    </message>
    <message>
        <source>Gửi đến</source>
        <translation>Send to</translation>
    </message>
    <message>
        <source>Hạn báo cáo lại</source>
        <translation>Report back by</translation>
    </message>
    <message>
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>{0}: {1} quá hạn, {2} sắp đến hạn</source>
        <translation>{0}: {1} overdue, {2} due soon</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ nào quá hạn hay sắp đến hạn có người chủ trì: chưa cần công văn đôn đốc.</source>
        <translation>No task with someone leading it is overdue or due soon: no urging letter is needed yet.</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì nên không có trong công văn; hãy giao người chủ trì ở trang Nhiệm vụ.</source>
        <translation>{0} overdue or soon-due tasks have nobody leading them, so they are not in the letter; give them a lead on the Tasks page.</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn hoặc sắp đến hạn do người đã nghỉ chủ trì ({1}) nên không có trong công văn; hãy giao lại cho người đang công tác ở trang Nhiệm vụ.</source>
        <translation>{0} overdue or soon-due tasks are led by someone who has left ({1}), so they are not in the letter; give them to someone at work on the Tasks page.</translation>
    </message>
    <message>
        <source>Hãy chọn ít nhất một nơi nhận.</source>
        <translation>Choose at least one recipient.</translation>
    </message>
    <message>
        <source>Chưa soạn được</source>
        <translation>Could not write the letter</translation>
    </message>
    <message>
        <source>Công văn đôn đốc – phông chữ: {0}. Số và ngày văn bản để trống cho văn thư điền.</source>
        <translation>Urging letter – font: {0}. The number and the day are left blank for the records clerk.</translation>
    </message>
    <message>
        <source>mỗi nơi một dòng; để trống: gửi cơ quan cấp trên ({0})</source>
        <translation>one recipient per line; empty: the superior body ({0})</translation>
    </message>
    <message>
        <source>chưa nhập</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>mỗi nơi một dòng, ví dụ: Như trên; TT Đảng ủy, HĐND xã</source>
        <translation>one per line, e.g. Như trên; TT Đảng ủy, HĐND xã</translation>
    </message>
    <message>
        <source>Người tổng hợp báo cáo CCHC</source>
        <translation>Official who drafts the CCHC reports</translation>
    </message>
    <message>
        <source>Giao diện đổi sang ngôn ngữ này ngay khi lưu.</source>
        <translation>The interface changes to this language as soon as you save.</translation>
    </message>
    <message>
        <source>Tổ chức bộ máy</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Báo cáo gửi cấp trên nêu tên cơ quan chủ trì (ví dụ: Phòng Văn hóa – Xã hội), không nêu tên người. Mỗi cán bộ thuộc một cơ quan: chọn ở trang Cán bộ.</source>
        <translation>Reports to the superior body name the office that leads (for example Phòng Văn hóa – Xã hội), not the person. Each official belongs to an office: choose it on the Officials page.</translation>
    </message>
    <message>
        <source>Theo quyết định của tỉnh (tự nhập)</source>
        <translation>As the province decided (typed in)</translation>
    </message>
    <message>
        <source>mỗi cơ quan một dòng, ví dụ: Phòng Văn hóa – Xã hội</source>
        <translation>one office per line, for example Phòng Văn hóa – Xã hội</translation>
    </message>
    <message>
        <source>Mẫu tổ chức</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Các cơ quan chuyên môn</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Nơi tiếp nhận hồ sơ</source>
        <translation>Where dossiers are received</translation>
    </message>
    <message>
        <source>thường để trống với văn bản của UBND xã</source>
        <translation>usually empty for a commune committee&apos;s documents</translation>
    </message>
    <message>
        <source>Kính gửi</source>
        <translation>Addressed to (Kính gửi)</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <source>Đơn vị soạn thảo (Lưu: VT, …)</source>
        <translation>Drafting unit (Lưu: VT, …)</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Chỉ nêu cơ quan chủ trì ở việc chậm, quá hạn</source>
        <translation>Name the lead office only where something is late</translation>
    </message>
    <message>
        <source>Nêu cơ quan chủ trì ở mọi việc</source>
        <translation>Always name the lead office</translation>
    </message>
    <message>
        <source>Không nêu cơ quan chủ trì</source>
        <translation>Name no lead office</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì trong báo cáo</source>
        <translation>Lead offices in reports</translation>
    </message>
    <message>
        <source>Nêu cả tên người chủ trì (chỉ dùng cho báo cáo nội bộ)</source>
        <translation>Name the person who leads too (internal reports only)</translation>
    </message>
    <message>
        <source>Để trống, hệ thống quản lý văn bản cấp khi ban hành</source>
        <translation>Left blank, given by the document system at issuing</translation>
    </message>
    <message>
        <source>Văn thư cấp số khi chốt báo cáo, in sẵn số và ngày</source>
        <translation>Given by the records clerk when finalising, printed</translation>
    </message>
    <message>
        <source>Nghị định 30/2020 cho phép hệ thống quản lý văn bản điện tử cấp số và ngày khi ký số, phát hành. Báo cáo đã chốt in theo lựa chọn lúc chốt.</source>
        <translation>Decree 30/2020 lets the electronic document system give the number and date when the document is signed and issued. A finalised report prints as chosen when it was finalised.</translation>
    </message>
    <message>
        <source>Số và ngày báo cáo</source>
        <translation>Report number and date</translation>
    </message>
    <message>
        <source>Đổi tên cơ quan</source>
        <translation>Rename office</translation>
    </message>
    <message>
        <source>“{0}” đổi tên thành “{1}”? Có: {2} cán bộ và {3} nhiệm vụ do “{0}” chủ trì chuyển sang “{1}”, báo cáo và công văn ghi tên mới. Không: họ vẫn thuộc “{0}” (sửa từng người ở trang Cán bộ).</source>
        <translation>Is “{0}” renamed “{1}”? Yes: {2} officials and {3} tasks led by “{0}” move to “{1}”, and reports and letters print the new name. No: they stay with “{0}” (edit each person on the Officials page).</translation>
    </message>
    <message>
        <source>Sửa nhiệm vụ</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>ví dụ 2.2.1</source>
        <translation>e.g. 2.2.1</translation>
    </message>
    <message>
        <source>đơn vị hoặc chức danh như ghi trong kế hoạch</source>
        <translation>unit or position as the plan writes it</translation>
    </message>
    <message>
        <source>như ghi trong kế hoạch: Quý I/2024, Trước ngày 01/6/2024, Hàng năm…</source>
        <translation>as the plan writes it: Quý I/2024, Trước ngày 01/6/2024, Hàng năm…</translation>
    </message>
    <message>
        <source>ngày/tháng/năm – để trống để tính từ thời hạn</source>
        <translation>day/month/year – empty: derived from the deadline</translation>
    </message>
    <message>
        <source>Nội dung *</source>
        <translation>Task *</translation>
    </message>
    <message>
        <source>năm sau</source>
        <translation>the next year</translation>
    </message>
    <message>
        <source>Việc này đã chuyển sang “{0}”: tiến độ, hoàn thành hoặc dừng thực hiện ghi ở nhiệm vụ cùng nội dung trong kế hoạch đó (nút “Đánh dấu hoàn thành” ở sổ nhiệm vụ mở phiếu của nhiệm vụ đó).</source>
        <translation>This work was carried into “{0}”: record progress, completion or stopping on the task with the same words in that plan (“Mark done” in the register opens that task&apos;s form).</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Mã tiêu chí (TCTP)</source>
        <translation>Criterion code (TCTP)</translation>
    </message>
    <message>
        <source>Chủ trì (theo văn bản)</source>
        <translation>Lead (as written)</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <source>Thời gian thực hiện</source>
        <translation>Deadline (as written)</translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Giải pháp</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Lặp lại</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>ngày/tháng/năm – mặc định hôm nay</source>
        <translation>day/month/year – today if empty</translation>
    </message>
    <message>
        <source>Việc đã làm, kết quả, văn bản kiểm chứng…</source>
        <translation>What was done, results, evidence documents…</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Lý do chậm</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>Lý do dừng</source>
        <translation>Reason for dropping</translation>
    </message>
    <message>
        <source>Các lần cập nhật</source>
        <translation>Progress notes</translation>
    </message>
    <message>
        <source>Ghi chép mới</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Ngày ghi</source>
        <translation>Note date</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>Đính kèm lúc</source>
        <translation>Attached at</translation>
    </message>
    <message>
        <source>Đính kèm tệp…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Bỏ tệp…</source>
        <translation>Remove file…</translation>
    </message>
    <message>
        <source>Hãy chọn tệp cần bỏ trong danh sách.</source>
        <translation>Choose the file to remove in the list.</translation>
    </message>
    <message>
        <source>Bỏ tệp kiểm chứng</source>
        <translation>Remove evidence file</translation>
    </message>
    <message>
        <source>Bỏ tệp “{0}” khỏi nhiệm vụ này? Nhật ký ghi lại việc bỏ; tệp vẫn được giữ trong thư mục dữ liệu cho các bản sao lưu đã làm trước đó.</source>
        <translation>Remove “{0}” from this task? The change log records it; the file is still kept in the data folder for the backups made before.</translation>
    </message>
    <message>
        <source>Không ghi đè tệp này</source>
        <translation>This file is not replaced</translation>
    </message>
    <message>
        <source>Thay tệp đã có?</source>
        <translation>Replace the existing file?</translation>
    </message>
    <message>
        <source>Tệp “{0}” đã có trong thư mục này. Thay bằng tệp mới?</source>
        <translation>The file “{0}” already exists in this folder. Replace it with the new one?</translation>
    </message>
    <message>
        <source>Xuất Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Không xuất được bản Word</source>
        <translation>Could not export the Word copy</translation>
    </message>
    <message>
        <source>Đã xuất bản Word</source>
        <translation>Word copy exported</translation>
    </message>
    <message>
        <source>Đã lưu bản Word tại:
{0}

Mở tệp này ngay để sửa?</source>
        <translation>The Word copy was saved at:
{0}

Open it now to edit?</translation>
    </message>
    <message>
        <source>Mở tệp</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Không mở được tệp (máy chưa có phần mềm mở tệp Word?). Tệp đã được lưu tại: {0}</source>
        <translation>Could not open the file (is there no program for Word files on this computer?). It was saved at: {0}</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ đang hiện trong sổ, theo thứ tự đang xếp – phông chữ: {1}.</source>
        <translation>{0} tasks shown in the register, in their current order – font: {1}.</translation>
    </message>
    <message>
        <source>Chọn một tiêu chí trong bảng.</source>
        <translation>Select a criterion in the table.</translation>
    </message>
    <message>
        <source>(bộ tiêu chí không ghi hướng dẫn chấm điểm)</source>
        <translation>(the set gives no scoring guidance)</translation>
    </message>
    <message>
        <source>Giải trình: căn cứ cho điểm, hoặc vì sao bị mất điểm</source>
        <translation>Explanation: the grounds for the score, or why points were lost</translation>
    </message>
    <message>
        <source>Lưu giải trình</source>
        <translation>Save explanation</translation>
    </message>
    <message>
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Từ nhiệm vụ…</source>
        <translation>From tasks…</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Gắn các tài liệu gợi ý</source>
        <translation>Attach the suggested documents</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Hướng dẫn chấm điểm:</source>
        <translation>Scoring guidance:</translation>
    </message>
    <message>
        <source>Nhóm tiêu chí: tối đa {0} điểm, tự đánh giá {1} điểm (tổng các tiêu chí con). Chấm điểm ở từng tiêu chí con.</source>
        <translation>Group of criteria: maximum {0} points, self-assessed {1} points (sum of its sub-criteria). Score each sub-criterion.</translation>
    </message>
    <message>
        <source>Tối đa {0} điểm. Tự đánh giá: {1}. Thẩm định: {2}.</source>
        <translation>Maximum {0} points. Self-score: {1}. Official: {2}.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>chưa chấm</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Tài liệu cần có: {0}</source>
        <translation>Evidence required: {0}</translation>
    </message>
    <message>
        <source>(từ nhiệm vụ: {0})</source>
        <translation>(from task: {0})</translation>
    </message>
    <message>
        <source>Nhiệm vụ đã hoàn thành của tiêu chí này có {0} tài liệu chưa gắn: {1}</source>
        <translation>Done tasks of this criterion have {0} documents not attached yet: {1}</translation>
    </message>
    <message>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Điều nhiệm vụ đạt được, như báo cáo sẽ nêu: ví dụ “Đã kiểm tra 5 công chức, không phát hiện vi phạm”</source>
        <translation>What the task achieved, as the report will say it, for example “5 officials inspected, no breach found”</translation>
    </message>
    <message>
        <source>Nếu nhiệm vụ chậm cần cấp trên hỗ trợ: câu kiến nghị sẽ in ở mục V của báo cáo, ví dụ “Đề nghị Sở Nội vụ hướng dẫn …”</source>
        <translation>If the late task needs the superior body&apos;s help: the request printed in part V, for example “ask the Department of Home Affairs for guidance on …”</translation>
    </message>
    <message>
        <source>Nhiệm vụ {0}: {1}</source>
        <translation>Task {0}: {1}</translation>
    </message>
    <message>
        <source>Nhiệm vụ: {0}</source>
        <translation>Task: {0}</translation>
    </message>
    <message>
        <source>(Chuyển từ kế hoạch năm {0})</source>
        <translation>(Carried over from the {0} plan)</translation>
    </message>
    <message>
        <source>Hạn hoàn thành: {0}</source>
        <translation>Due date: {0}</translation>
    </message>
    <message>
        <source>Nhiệm vụ chưa có hạn.</source>
        <translation>The task has no due date.</translation>
    </message>
    <message>
        <source>Điều nhiệm vụ đạt được, như báo cáo sẽ nêu: ví dụ “Đã ban hành Kế hoạch tuyên truyền CCHC năm 2026”</source>
        <translation>What the task achieved, as the report will say it: e.g. “Issued the 2026 CCHC communication plan”</translation>
    </message>
    <message>
        <source>Thêm tệp kiểm chứng…</source>
        <translation>Add evidence file…</translation>
    </message>
    <message>
        <source>Đã đính kèm: {0}</source>
        <translation>Already attached: {0}</translation>
    </message>
    <message>
        <source>Bỏ tệp đã chọn</source>
        <translation>Remove the chosen file</translation>
    </message>
    <message>
        <source>Ngày hoàn thành *</source>
        <translation>Completed on *</translation>
    </message>
    <message>
        <source>Kết quả đạt được</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Văn bản đã ban hành</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <source>Ghi nhận hoàn thành</source>
        <translation>Record as done</translation>
    </message>
    <message>
        <source>Lý do chậm *</source>
        <translation>Reason for delay *</translation>
    </message>
    <message>
        <source>Hoàn thành sau hạn {0} ngày: báo cáo nêu lý do này.</source>
        <translation>Finished {0} days after the deadline: the report states this reason.</translation>
    </message>
    <message>
        <source>Bắt buộc: hoàn thành sau hạn {0} ngày. Vì sao chậm?</source>
        <translation>Required: finished {0} days late. Why?</translation>
    </message>
    <message>
        <source>Không cần: hoàn thành đúng hạn.</source>
        <translation>Not needed: finished on time.</translation>
    </message>
    <message>
        <source>Kiến nghị cấp trên</source>
        <translation>Request to the superior body</translation>
    </message>
    <message>
        <source>(không thuộc kế hoạch)</source>
        <translation>(no plan)</translation>
    </message>
    <message>
        <source>(theo mã tiêu chí)</source>
        <translation>(from the criterion code)</translation>
    </message>
    <message>
        <source>Dùng hạn hoàn thành đã nhập bên dưới.</source>
        <translation>The due date entered below is used.</translation>
    </message>
    <message>
        <source>Chưa có thời hạn.</source>
        <translation>No deadline yet.</translation>
    </message>
    <message>
        <source>→ Hạn hoàn thành: {0}</source>
        <translation>→ Due date: {0}</translation>
    </message>
    <message>
        <source>Không đọc được ngày từ thời hạn này; nhiệm vụ sẽ chưa có hạn. Hãy nhập hạn hoàn thành nếu biết.</source>
        <translation>No date can be read from this deadline; the task will have no due date. Enter the due date if you know it.</translation>
    </message>
    <message>
        <source>{0} (đã nghỉ)</source>
        <translation>{0} (left)</translation>
    </message>
    <message>
        <source>Chưa có ghi chép tiến độ.</source>
        <translation>No progress notes yet.</translation>
    </message>
    <message>
        <source>Người chủ trì qua các thời kỳ:</source>
        <translation>Leads over time:</translation>
    </message>
    <message>
        <source>Từ {0}: {1}</source>
        <translation>From {0}: {1}</translation>
    </message>
    <message>
        <source>Chưa giao cho ai.</source>
        <translation>Not assigned to anyone.</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi:</source>
        <translation>Change history:</translation>
    </message>
    <message>
        <source>Hãy lưu nhiệm vụ trước, rồi đính kèm tài liệu kiểm chứng.</source>
        <translation>Save the task first, then attach evidence.</translation>
    </message>
    <message>
        <source>Chọn tài liệu kiểm chứng</source>
        <translation>Choose an evidence document</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Nhập biểu thống kê…</source>
        <translation>Import statistics…</translation>
    </message>
    <message>
        <source>Biểu thống kê hồ sơ xuất từ Hệ thống thông tin giải quyết thủ tục hành chính (Excel, Word, CSV) hoặc dán bảng vừa sao chép</source>
        <translation>The dossier statistics exported from the one-stop system (Excel, Word, CSV), or a pasted table</translation>
    </message>
    <message>
        <source>Thêm chỉ tiêu của tỉnh…</source>
        <translation>Add a provincial indicator…</translation>
    </message>
    <message>
        <source>Gõ số liệu từng quý; 6 tháng, 9 tháng và năm tự cộng từ các quý khi đã có đủ các quý của kỳ (chữ nghiêng, màu xám) — gõ đè để nhập trực tiếp, bấm Delete trên ô để trở lại số tự tính. Tỷ lệ luôn tự tính. Dán (Ctrl+V) được một cột hay một bảng số sao chép từ Excel, từ ô đang chọn trở xuống.</source>
        <translation>Type the figures of each quarter; 6 months, 9 months and the year add up from the quarters once all of the period&apos;s quarters are there (grey italics) — type over to enter a value directly, press Delete on the cell to go back to the computed value. Rates are always computed. A column or a block of numbers copied from Excel can be pasted (Ctrl+V), from the chosen cell down.</translation>
    </message>
    <message>
        <source>Chỉ tiêu khác</source>
        <translation>Other indicators</translation>
    </message>
    <message>
        <source>Số đó vẫn chờ trong ô chữ đỏ: hãy gõ lại số đúng vào ô đó, hoặc chọn ô rồi bấm Delete để bỏ số đó.</source>
        <translation>That number still waits in its red cell: type the right number into that cell, or select the cell and press Delete to drop it.</translation>
    </message>
    <message>
        <source>Các số khác đã lưu.</source>
        <translation>The other numbers were stored.</translation>
    </message>
    <message>
        <source>số gõ trong ô chữ đỏ ở trang Số liệu ({0})</source>
        <translation>the figure typed in red on the Figures page ({0})</translation>
    </message>
    <message>
        <source>{0} ở “{1}”, cột {2} năm {3}</source>
        <translation>{0} in “{1}”, column {2} of {3}</translation>
    </message>
    <message>
        <source>sang trang Số liệu, chọn ô chữ đỏ đó (ở năm của nó) rồi bấm Delete</source>
        <translation>go to the Figures page, select that red cell (in its year) and press Delete</translation>
    </message>
    <message>
        <source>Số {0} gõ trước đó ở “{1}”, cột {2} năm {3}, chưa lưu được:</source>
        <translation>The number {0} typed earlier in “{1}”, column {2} of {3}, could not be stored:</translation>
    </message>
    <message>
        <source>Bảng sao chép có {0} cột, nhiều hơn số cột kỳ của trang này ({1}): có lẽ là một dòng của biểu thống kê. Chưa dán gì. Hãy bấm “Nhập biểu thống kê…” rồi “Dán bảng vừa sao chép”: ParApp đọc từng cột theo tên của biểu.</source>
        <translation>The copied table has {0} columns, more than this page&apos;s period columns ({1}): probably a row of the statistics form. Nothing was pasted. Click “Import statistics…” then “Paste the copied table”: ParApp reads each column by the form&apos;s names.</translation>
    </message>
    <message>
        <source>Bảng sao chép có {0} dòng, {1} cột nhưng từ ô đang chọn chỉ còn {2} dòng chỉ tiêu, {3} cột kỳ: chưa dán gì. Hãy chọn ô bắt đầu cao hơn hoặc xa hơn về bên trái, hoặc sao chép ít hơn.</source>
        <translation>The copied table has {0} rows and {1} columns, but from the selected cell there are only {2} indicator rows and {3} period columns: nothing was pasted. Start from a cell higher up or further left, or copy less.</translation>
    </message>
    <message>
        <source>Nhập bộ tiêu chí Chỉ số CCHC</source>
        <translation>Import a PAR Index criteria set</translation>
    </message>
    <message>
        <source>Bảng tiêu chí của tỉnh (Word, Excel, CSV): cột STT/mã, tên tiêu chí, điểm tối đa; có thể có hướng dẫn chấm điểm, tài liệu kiểm chứng, điểm tự đánh giá, điểm thẩm định.</source>
        <translation>The province’s criteria table (Word, Excel, CSV): number/code, criterion name, maximum points; it may also have scoring guidance, evidence, self-scores and official scores.</translation>
    </message>
    <message>
        <source>Thay bộ tiêu chí đã có của năm này (giữ điểm, giải trình, tài liệu theo mã)</source>
        <translation>Replace this year’s existing set (scores, explanations and documents are kept by code)</translation>
    </message>
    <message>
        <source>Năm được đánh giá</source>
        <translation>Year assessed</translation>
    </message>
    <message>
        <source>Lưu bộ tiêu chí</source>
        <translation>Save criteria set</translation>
    </message>
    <message>
        <source>Chọn tệp bộ tiêu chí</source>
        <translation>Choose the criteria set file</translation>
    </message>
    <message>
        <source>Bộ tiêu chí (*.docx *.xlsx *.csv *.txt *.htm *.html *.xls);;Mọi tệp (*)</source>
        <translation>Criteria sets (*.docx *.xlsx *.csv *.txt *.htm *.html *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>bảng dán</source>
        <translation>pasted table</translation>
    </message>
    <message>
        <source>Đọc được {0} lĩnh vực, {1} tiêu chí chấm điểm; tổng điểm tối đa {2}.</source>
        <translation>Read {0} areas and {1} scored criteria; maximum total {2}.</translation>
    </message>
    <message>
        <source>{0} dòng cần sửa (tô cam) trước khi lưu.</source>
        <translation>{0} rows must be fixed (orange) before saving.</translation>
    </message>
    <message>
        <source>Năm {0} đã có bộ tiêu chí.</source>
        <translation>{0} already has a criteria set.</translation>
    </message>
    <message>
        <source>Các tiêu chí sau nay có tiêu chí con: điểm (tự đánh giá / thẩm định), giải trình và tài liệu kiểm chứng của chúng sẽ không giữ được, hãy chấm lại từng tiêu chí con: {0}.</source>
        <translation>The following criteria now have sub-criteria: their scores (self-assessment / appraised), explanations and evidence documents will not be kept; score each sub-criterion again: {0}.</translation>
    </message>
    <message>
        <source>Các nhiệm vụ khắc phục sau sẽ không còn gắn với tiêu chí nào của bộ mới (nhiệm vụ vẫn ở trong kế hoạch): {0}.</source>
        <translation>The following remediation tasks will no longer be tied to any criterion of the new set (the tasks stay in their plan): {0}.</translation>
    </message>
    <message>
        <source>{0} (tự đánh giá {1} → {2})</source>
        <translation>{0} (self-assessment {1} → {2})</translation>
    </message>
    <message>
        <source>{0} (thẩm định {1} → {2})</source>
        <translation>{0} (appraisal {1} → {2})</translation>
    </message>
    <message>
        <source>Điểm ghi trong tệp sẽ thay điểm đã chấm của các tiêu chí sau: {0}.</source>
        <translation>The scores in the file will replace the scores already given for these criteria: {0}.</translation>
    </message>
    <message>
        <source>Giải trình ghi trong tệp sẽ thay giải trình đã nhập của các tiêu chí sau: {0}.</source>
        <translation>The explanations in the file will replace the explanations already typed for these criteria: {0}.</translation>
    </message>
    <message>
        <source>Điểm, giải trình giữ theo mã sẽ nằm ở tiêu chí nay có tên khác (tỉnh có thể đã đánh số lại; hãy kiểm tra, chấm lại nếu cần): {0}.</source>
        <translation>Scores and explanations kept by code will sit on criteria now named otherwise (the province may have renumbered; check them and score again if needed): {0}.</translation>
    </message>
    <message>
        <source>{0} (“{1}” nay là “{2}”)</source>
        <translation>{0} (“{1}” is now “{2}”)</translation>
    </message>
    <message>
        <source>Đã lưu. Điểm của các tiêu chí sau không giữ được (tiêu chí không còn trong bộ mới, hoặc điểm tối đa mới thấp hơn điểm đã chấm): {0}.</source>
        <translation>Saved. The scores of these criteria were not kept (the criterion is not in the new set, or its new maximum is below the score given): {0}.</translation>
    </message>
    <message>
        <source>Thay bộ tiêu chí</source>
        <translation>Replace the criteria set</translation>
    </message>
    <message>
        <source>Các tiêu chí sau không còn trong bộ mới: điểm (tự đánh giá / thẩm định), giải trình và tài liệu kiểm chứng của chúng sẽ không giữ được: {0}.</source>
        <translation>These criteria are not in the new set: their scores (self / official), explanations and evidence documents will not be kept: {0}.</translation>
    </message>
    <message>
        <source>Các tiêu chí sau có điểm tối đa mới thấp hơn điểm đã chấm: điểm (tự đánh giá / thẩm định) sẽ không giữ được, giải trình và tài liệu vẫn giữ: {0}.</source>
        <translation>These criteria have a new maximum below the score given: the scores (self / official) will not be kept; explanations and documents are kept: {0}.</translation>
    </message>
    <message>
        <source>Vẫn thay bộ tiêu chí?</source>
        <translation>Replace the criteria set anyway?</translation>
    </message>
    <message>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hướng dẫn sử dụng ParApp</source>
        <translation>ParApp user guide</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Còn {0} mục nữa: bấm “Xem chi tiết...” để đọc hết.</source>
        <translation>{0} more: click “Show Details...” to read them all.</translation>
    </message>
    <message>
        <source>Bấm “Xem chi tiết...” để đọc hết.</source>
        <translation>Click “Show Details...” to read it all.</translation>
    </message>
    <message>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Đã lưu tệp “{0}” vào thư mục:
{1}</source>
        <translation>“{0}” was saved in the folder:
{1}</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Chưa có bảng nào được sao chép. Hãy bôi đen bảng trong Word hoặc Excel, bấm Ctrl+C, rồi bấm lại “Dán bảng”.</source>
        <translation>No table has been copied. Select the table in Word or Excel, press Ctrl+C, then press “Paste table” again.</translation>
    </message>
    <message>
        <source>Chưa có gì để dán</source>
        <translation>Nothing to paste</translation>
    </message>
    <message>
        <source>Tệp nhật ký lỗi: {0}</source>
        <translation>Error log file: {0}</translation>
    </message>
    <message>
        <source>Dữ liệu đang bận (một chương trình khác đang ghi vào tệp dữ liệu), nên thao tác vừa rồi chưa thực hiện được. Hãy đợi một lát rồi làm lại.</source>
        <translation>The data is busy (another program is writing to the data file), so that action was not done. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu nữa ({0}): ổ đĩa, USB hoặc thư mục dùng chung chứa dữ liệu vừa bị rút ra hoặc ngắt. Dữ liệu trong tệp không bị ảnh hưởng. Hãy cắm lại USB hoặc nối lại ổ đĩa, rồi đóng và mở lại ParApp.</source>
        <translation>The data file can no longer be read ({0}): the drive, USB stick or shared folder holding the data has just been pulled out or disconnected. The data in the file is not affected. Plug the USB stick in again or reconnect the drive, then close and reopen ParApp.</translation>
    </message>
    <message>
        <source>Không ghi được vào tệp dữ liệu nữa ({0}): ổ đĩa hoặc USB chứa dữ liệu vừa bị rút ra hoặc chuyển sang chỉ đọc. Thao tác vừa rồi chưa được lưu; những gì đã lưu trước đó vẫn còn trong tệp. Hãy cắm lại USB hoặc kiểm tra ổ đĩa, rồi đóng và mở lại ParApp.</source>
        <translation>The data file can no longer be written ({0}): the drive or USB stick holding the data was just removed or turned read-only. What you just did was not saved; what was saved before is still in the file. Plug the USB stick back in or check the drive, then close and reopen ParApp.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được tệp dữ liệu ({0}). Thao tác vừa rồi chưa thực hiện được; dữ liệu đã lưu trước đó không bị ảnh hưởng. Nếu lỗi lặp lại, hãy dùng Tệp → Khôi phục….</source>
        <translation>The data file could not be read or written ({0}). That action was not done; the data saved before is not affected. If it happens again, use File → Restore….</translation>
    </message>
    <message>
        <source>Máy tính không đủ bộ nhớ cho thao tác vừa rồi. Hãy đóng bớt chương trình khác rồi làm lại.</source>
        <translation>The computer ran out of memory for that action. Close some other programs and try again.</translation>
    </message>
    <message>
        <source>ParApp gặp một lỗi chưa lường trước, nên thao tác vừa rồi có thể chưa thực hiện xong. Dữ liệu đã lưu trước đó không bị ảnh hưởng. Hãy làm lại; nếu lỗi lặp lại, bấm “Sao chép chi tiết” và gửi cho người hỗ trợ.</source>
        <translation>ParApp met an unexpected error, so that action may not have been completed. The data saved before is not affected. Try again; if it happens again, press “Copy details” and send them to whoever helps you.</translation>
    </message>
    <message>
        <source>Có lỗi xảy ra</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Ai đang làm việc?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>Chọn tên của mình để Nhật ký ghi đúng người thực hiện mỗi thay đổi. ParApp nhớ lựa chọn này cho tài khoản máy tính đang dùng; đổi lại ở thanh trạng thái, mục “Làm việc với tư cách”.</source>
        <translation>Choose your name so that the change log names the right person for every change. ParApp remembers it for this computer account; change it in the status bar, “Working as”.</translation>
    </message>
    <message>
        <source>Đây là tôi</source>
        <translation>That&apos;s me</translation>
    </message>
    <message>
        <source>Hỏi lại lần mở sau (phím Esc)</source>
        <translation>Ask again next time (Esc)</translation>
    </message>
    <message>
        <source>Tên tôi chưa có…</source>
        <translation>My name is not there…</translation>
    </message>
    <message>
        <source>ParApp – XÃ MẪU ĐỂ XEM THỬ (không phải dữ liệu của xã)</source>
        <translation>ParApp – SAMPLE COMMUNE TO TRY OUT (not the commune&apos;s data)</translation>
    </message>
    <message>
        <source>Không mở được cửa sổ xã mẫu.</source>
        <translation>Could not open the sample commune&apos;s window.</translation>
    </message>
    <message>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Soạn công văn đôn đốc…</source>
        <translation>Write an urging letter…</translation>
    </message>
    <message>
        <source>Ẩn</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Ẩn lời nhắc đến ngày mai (xem lại: Nhiệm vụ → Nhắc việc hôm nay)</source>
        <translation>Hide the reminder until tomorrow (see it again: Tasks → Today&apos;s reminder)</translation>
    </message>
    <message>
        <source>Nhắc việc:</source>
        <translation>Reminder:</translation>
    </message>
    <message>
        <source>Nhắc việc khi mở ParApp và mỗi ngày một lần khi đang chạy</source>
        <translation>Remind me when ParApp opens, and once a day while it runs</translation>
    </message>
    <message>
        <source>Khi thu nhỏ, ẩn ParApp xuống khay hệ thống (góc phải thanh tác vụ) để vẫn được nhắc</source>
        <translation>When minimised, hide ParApp in the notification area (right end of the taskbar) and keep reminding</translation>
    </message>
    <message>
        <source>Màn hình này không có khay hệ thống: lời nhắc hiện ở đầu cửa sổ ParApp.</source>
        <translation>This desktop has no notification area: the reminder shows at the top of ParApp&apos;s window.</translation>
    </message>
    <message>
        <source>Lời nhắc nói có bao nhiêu nhiệm vụ quá hạn, bao nhiêu đến hạn trong tuần và báo cáo định kỳ nào sắp đến hạn gửi; bấm vào để mở đúng trang. Mỗi ngày nhắc một lần; xem lại bất cứ lúc nào ở menu Nhiệm vụ → Nhắc việc hôm nay.</source>
        <translation>The reminder says how many tasks are overdue, how many fall due this week and which periodic report is due soon; click it to open the right page. It comes once a day; see it again at any time from Tasks → Today&apos;s reminder.</translation>
    </message>
    <message>
        <source>Để ParApp tự mở (thu nhỏ) khi bật máy: chọn “Khởi động cùng Windows” khi cài đặt ParApp, hoặc đặt một lối tắt tới ParApp với tham số --minimized vào thư mục Startup của Windows.</source>
        <translation>To have ParApp open (minimised) when the computer starts: choose “Start ParApp with Windows” when installing it, or put a shortcut to ParApp with the --minimized option in Windows&apos; Startup folder.</translation>
    </message>
    <message>
        <source>Việc trước (sao lưu, nhập hay xuất bản PDF) chưa xong. Hãy đợi nó xong rồi làm lại.</source>
        <translation>The previous task (a backup, an import or a PDF) has not finished. Wait for it to finish, then try again.</translation>
    </message>
    <message>
        <source>Những gì bạn vừa nhập chưa được lưu. Lưu lại trước khi đóng?</source>
        <translation>What you have typed is not saved yet. Save it before closing?</translation>
    </message>
    <message>
        <source>Xem nhiệm vụ (chỉ đọc)</source>
        <translation>View task (read-only)</translation>
    </message>
    <message>
        <source>Máy tính này chưa có chương trình mở được “{0}”. Tệp vẫn ở thư mục:
{1}
Hãy cài chương trình phù hợp (ví dụ trình đọc PDF, Word), hoặc chép tệp sang máy khác để xem.</source>
        <translation>This computer has no program that can open “{0}”. The file is still in the folder:
{1}
Install a suitable program (a PDF reader, Word…), or copy the file to another computer to view it.</translation>
    </message>
    <message>
        <source>Một ParApp khác đang ghi liên tục; ParApp sẽ đọc lại khi việc ghi ngớt.</source>
        <translation>Another ParApp keeps saving; ParApp will read again when the saving pauses.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu lúc này không đọc được (có thể đang được chép đè, hoặc ổ đĩa vừa bị ngắt); ParApp sẽ đọc lại khi tệp trở lại bình thường.</source>
        <translation>The data file cannot be read right now (it may be being copied over, or its drive was just disconnected); ParApp will read it again when the file is back to normal.</translation>
    </message>
    <message>
        <source>Chưa đọc lại được những gì vừa được lưu vào tệp dữ liệu: những gì đang hiện (và in ra) là dữ liệu lúc {0}. {1}</source>
        <translation>What was just saved in the data file could not be read yet: what is shown (and printed) here is the data as at {0}. {1}</translation>
    </message>
    <message>
        <source>Một ParApp khác vừa thay tệp dữ liệu này bằng một bản khác (ví dụ khôi phục từ bản sao lưu). Cửa sổ đã mở lại dữ liệu để hiện đúng những gì đang có trong tệp.</source>
        <translation>Another ParApp has just replaced this data file with another copy (for example restored from a backup). The window has opened the data again to show what the file now holds.</translation>
    </message>
    <message>
        <source>Dữ liệu giờ đã ghi được</source>
        <translation>The data can be written now</translation>
    </message>
    <message>
        <source>Dữ liệu này giờ đã ghi được, nhưng cửa sổ này mở nó ở chế độ chỉ đọc từ trước. Hãy đóng ParApp (Tệp → Thoát) rồi mở lại để sửa.</source>
        <translation>This data can be written now, but this window opened it read-only before. Close ParApp (File → Exit) and open it again to edit.</translation>
    </message>
    <message>
        <source>Cửa sổ này chỉ đọc dữ liệu nên không sửa được chỗ chữ hỏng ở đây. {0} Khi dữ liệu mở được để ghi, hộp báo lỗi này có nút “Sửa chỗ chữ hỏng”: sửa ngay trong cửa sổ, không mất gì khác (không cần khôi phục bản sao lưu).</source>
        <translation>This window only reads the data, so the damaged text cannot be mended here. {0} Once the data opens for writing, this error message has a “Mend damaged text” button: it mends the text in the window, losing nothing else (no need to restore a backup).</translation>
    </message>
    <message>
        <source>Dữ liệu có chỗ chữ bị hỏng trên đĩa. Bấm “Sửa chỗ chữ hỏng” để sửa ngay trong cửa sổ: không mất gì khác, không cần khôi phục bản sao lưu (dữ liệu trước khi sửa được giữ trong một bản sao lưu tự động).</source>
        <translation>Some text of the data went bad on disk. Click “Mend damaged text” to mend it here in the window: nothing else is lost and no backup needs restoring (the data from before the repair is kept in an automatic backup).</translation>
    </message>
    <message>
        <source>Dữ liệu có liên kết trỏ tới dòng không còn (ví dụ một nhiệm vụ ghi là đã chuyển sang năm sau, trỏ tới nhiệm vụ không còn). Bấm “Sửa chỗ chữ hỏng” để sửa ngay trong cửa sổ: bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác, không cần khôi phục bản sao lưu (dữ liệu trước khi sửa được giữ trong một bản sao lưu tự động).</source>
        <translation>The data holds a link to a row no longer there (for example a task recorded as carried into next year, pointing at a task that is gone). Press “Mend damaged text” to mend it here in the window: the link is emptied as removing the other row would, nothing else is lost, no backup needs restoring (the data from before is kept in an automatic backup).</translation>
    </message>
    <message>
        <source>Sửa chỗ chữ hỏng</source>
        <translation>Mend damaged text</translation>
    </message>
    <message>
        <source>Chưa sửa được</source>
        <translation>Not mended</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Mended</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {0} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</source>
        <translation>The data from before the repair is kept in the automatic backup of {0} (File → Restore…, reason “before mending damaged text”).</translation>
    </message>
    <message>
        <source>• {0} dòng của Nhật ký thay đổi</source>
        <translation>• {0} lines of the change log</translation>
    </message>
    <message>
        <source>Đã sửa {0} chỗ chữ bị hỏng trên đĩa, đặt lại đúng như trước khi hỏng:
{1}

Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</source>
        <translation>Mended {0} places where text was damaged on the disk, each put back exactly as it was before:
{1}

The data as it was before is kept in the automatic snapshot of {2} (File → Restore…, reason “before mending damaged text”).</translation>
    </message>
    <message>
        <source>Đã sửa {0} chỗ chữ bị hỏng trên đĩa:
{1}

Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</source>
        <translation>Mended {0} places of text damaged on the disk:
{1}

The data as it was before is kept in the automatic snapshot of {2} (File → Restore…, reason “before mending damaged text”).</translation>
    </message>
    <message>
        <source>{0} dòng Nhật ký thay đổi giữ dấu “�” ở chỗ chữ hỏng, phần còn lại đọc được như cũ: Nhật ký chỉ ghi thêm, không sửa được và không cần sửa.</source>
        <translation>{0} lines of the change log keep “�” where their text was damaged, the rest reads as before: the change log is append-only, it cannot be edited and needs no retyping.</translation>
    </message>
    <message>
        <source>Số thứ tự của tiêu chí Chỉ số CCHC năm {0} giữ dấu “�”: số này lấy từ tệp bộ tiêu chí của tỉnh, không sửa được trong cửa sổ. Hãy nhập lại tệp đó, thay bộ cũ (Chỉ số CCHC → Nhập bộ tiêu chí…, chọn “Thay bộ tiêu chí đã có”): điểm, giải trình và tài liệu của các mã còn giữ được giữ nguyên.</source>
        <translation>The printed number of a PAR Index criterion of {0} keeps “�”: it comes from the province’s criteria file and cannot be edited in the window. Import that file again over the old set (PAR Index → Import criteria set…, tick “Replace this year’s existing set”): the scores, explanations and documents of the codes still there are kept.</translation>
    </message>
    <message>
        <source>Tên tệp bộ tiêu chí Chỉ số CCHC đã nhập (ParApp chỉ ghi để nhớ, không hiện ở đâu) giữ dấu “�”: không cần sửa.</source>
        <translation>The name of the file the PAR INDEX criteria set was imported from (a note ParApp keeps, shown nowhere) keeps “�”: nothing to mend.</translation>
    </message>
    <message>
        <source>ổ đĩa chứa “{0}” đã đầy</source>
        <translation>the disk holding “{0}” is full</translation>
    </message>
    <message>
        <source>Việc sửa này chưa được ghi vào Nhật ký thay đổi ({0}); chữ đã được sửa xong.</source>
        <translation>This repair is not written in the change log ({0}); the text has been mended.</translation>
    </message>
    <message>
        <source>Đã sửa chữ hỏng</source>
        <translation>Damaged text mended</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} trỏ tới nhiệm vụ nhận chuyển sang năm sau (số {1}) nay không còn: đã bỏ liên kết đó, như khi xóa nhiệm vụ nhận chuyển. Nếu việc này đã được chuyển, hãy dùng Nhiệm vụ → Chuyển việc chưa xong sang năm sau… (năm {2}) và chọn nó: nó được nối lại với việc cùng nội dung ở kế hoạch năm sau.</source>
        <translation>Task {0} pointed at the task carrying it into next year (number {1}), which is no longer there: that link was emptied, as removing the carrying task would. If this work was carried, use Tasks → Carry unfinished work into next year… (year {2}) and choose it: it is linked again to the same work in next year&apos;s plan.</translation>
    </message>
    <message>
        <source>Đã bỏ {0} liên kết khác trỏ tới dòng không còn (như khi dòng đó bị xóa).</source>
        <translation>Emptied {0} other link(s) to rows no longer there (as removing those rows would).</translation>
    </message>
    <message>
        <source>Đã sửa {0} chỗ chữ bị hỏng trên đĩa; chỗ hỏng nay là dấu “�”, phần còn lại giữ nguyên:
{1}

Hãy xem lại những chỗ đó và gõ lại cho đúng. Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).</source>
        <translation>Mended {0} places where text was damaged on the disk; each damaged spot is now “�”, the rest is kept:
{1}

Look at those places and retype them. The data as it was before is kept in the automatic snapshot of {2} (File → Restore…, reason “before mending damaged text”).</translation>
    </message>
    <message>
        <source>Việc vừa chọn chưa làm được vì {0} chưa lưu được, mà kết quả phải khớp với những gì đang hiện. Khi lưu được (ổ đĩa có chỗ trống, USB ghi được lại), hãy làm lại; hoặc {1} để bỏ giá trị đó rồi làm tiếp với dữ liệu đã lưu.</source>
        <translation>What you chose was not done because {0} could not be saved yet, and the result must match what is shown. Once it can be saved (room on the disk, the USB stick writable again), do it again; or {1} to drop that value and go on with the saved data.</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Những gì vừa gõ chưa lưu được (lý do đã báo). Vẫn đóng và bỏ những chữ đó? Chọn “Không” để giữ nguyên, rồi lưu lại khi đã khắc phục.</source>
        <translation>What you just typed could not be saved (the reason was shown). Close anyway and drop it? Choose “No” to keep it, then save again once the problem is fixed.</translation>
    </message>
    <message>
        <source>Nhiệm vụ đã có trong sổ</source>
        <translation>Tasks already in the register</translation>
    </message>
    <message>
        <source>Cả {0} nhiệm vụ sắp nhập đều đã có trong sổ (kế hoạch “{1}”): tệp này có lẽ đã được nhập rồi.</source>
        <translation>All {0} tasks to be imported are already in the register (plan “{1}”): this file has probably been imported before.</translation>
    </message>
    <message>
        <source>Nhập nữa thì mỗi nhiệm vụ có hai bản, và báo cáo sẽ đếm mỗi nhiệm vụ hai lần.</source>
        <translation>Importing it again makes two copies of each task, and reports will count each task twice.</translation>
    </message>
    <message>
        <source>Vẫn nhập thêm một bản</source>
        <translation>Import another copy anyway</translation>
    </message>
    <message>
        <source>Không nhập</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <source>{0} trong {1} nhiệm vụ sắp nhập đã có trong sổ (tô cam; kế hoạch “{2}”).</source>
        <translation>{0} of the {1} tasks to be imported are already in the register (orange; plan “{2}”).</translation>
    </message>
    <message>
        <source>Nhập cả những dòng đó thì các nhiệm vụ ấy có hai bản, và báo cáo sẽ đếm chúng hai lần.</source>
        <translation>Importing those rows as well makes two copies of those tasks, and reports will count them twice.</translation>
    </message>
    <message>
        <source>Bỏ qua {0} dòng trùng, nhập {1} dòng còn lại</source>
        <translation>Skip the {0} repeated rows, import the other {1}</translation>
    </message>
    <message>
        <source>Nhập cả dòng trùng</source>
        <translation>Import the repeated rows too</translation>
    </message>
    <message>
        <source>Chuyển việc chưa xong sang năm sau</source>
        <translation>Carry unfinished work into next year</translation>
    </message>
    <message>
        <source>Năm có việc chưa xong</source>
        <translation>Year with unfinished work</translation>
    </message>
    <message>
        <source>ngày/tháng/năm – để trống: giao hạn sau</source>
        <translation>day/month/year – leave empty to set deadlines later</translation>
    </message>
    <message>
        <source>Thời hạn mới</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>Việc chưa xong của năm</source>
        <translation>Unfinished work of</translation>
    </message>
    <message>
        <source>sang</source>
        <translation>into</translation>
    </message>
    <message>
        <source>Thời hạn mới cho các việc được chuyển:</source>
        <translation>New deadline for the carried tasks:</translation>
    </message>
    <message>
        <source>Thêm một nhiệm vụ mới vào kế hoạch năm sau.</source>
        <translation>A new task is added to next year&apos;s plan.</translation>
    </message>
    <message>
        <source>Kế hoạch năm sau đã có việc này: nối vào đó, không thêm lần nữa.</source>
        <translation>Next year&apos;s plan has this work already: linked to it, not added again.</translation>
    </message>
    <message>
        <source>thêm mới</source>
        <translation>added</translation>
    </message>
    <message>
        <source>đã có: STT {0}</source>
        <translation>already there: no. {0}</translation>
    </message>
    <message>
        <source>đã có</source>
        <translation>already there</translation>
    </message>
    <message>
        <source>Mỗi việc được chọn có một nhiệm vụ mới trong kế hoạch năm sau: cùng nội dung, lĩnh vực, mã tiêu chí, người chủ trì và tình trạng. Việc cũ giữ nguyên trong năm của nó: báo cáo năm ghi “chưa hoàn thành; chuyển sang năm sau thực hiện”, và việc cũ không còn bị nhắc. Việc lặp lại (thường xuyên, hằng năm…) không có ở đây: kế hoạch năm sau giao lại. Việc kế hoạch năm sau đã có (cùng nội dung) được nối vào việc đó, không thêm lần nữa.</source>
        <translation>Each ticked task gets a new task in next year&apos;s plan: the same content, area, criterion code, lead and status. The old task stays as it was in its own year: the year report says it was not finished and was carried into next year, and it is no longer reminded. Recurring work (ongoing, yearly…) is not listed: next year&apos;s plan gives it again. Work next year&apos;s plan has already (the same content) is linked to it, not added again.</translation>
    </message>
    <message>
        <source>Chọn tất cả</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Bỏ chọn tất cả</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>Không đọc được danh sách việc</source>
        <translation>Could not read the list of tasks</translation>
    </message>
    <message>
        <source>{0} việc chưa đến hạn không được chọn sẵn: chuyển đi thì ParApp thôi nhắc việc đó trong năm {1}.</source>
        <translation>{0} task(s) not yet due are not ticked: carried, ParApp stops reminding of them in {1}.</translation>
    </message>
    <message>
        <source> (kế hoạch mới, sửa số và ngày sau)</source>
        <translation> (a new plan: add its number and date later)</translation>
    </message>
    <message>
        <source>Năm {0} không còn nhiệm vụ nào chưa hoàn thành để chuyển.</source>
        <translation>No unfinished task of {0} is left to carry.</translation>
    </message>
    <message>
        <source>Chuyển {0} nhiệm vụ</source>
        <translation>Carry {0} tasks</translation>
    </message>
    <message>
        <source>Thời hạn mới: {0}</source>
        <translation>New deadline: {0}</translation>
    </message>
    <message>
        <source>Không chuyển được</source>
        <translation>Could not carry the tasks</translation>
    </message>
    <message>
        <source>Đã chuyển {0} nhiệm vụ sang kế hoạch năm sau.</source>
        <translation>{0} tasks carried into next year&apos;s plan.</translation>
    </message>
    <message>
        <source>Trình đơn đã đổi sang ngôn ngữ mới nhưng các trang chưa đổi: những gì vừa gõ trên một trang chưa lưu được. {0}

Các trang sẽ đổi sang ngôn ngữ mới khi chuyển sang trang khác, sau khi những chữ đó lưu được.</source>
        <translation>The menus are now in the new language but the pages are not yet: what was just typed on a page could not be stored. {0}

The pages change to the new language when you go to another page, once those words can be stored.</translation>
    </message>
    <message>
        <source>Chưa đổi hết ngôn ngữ</source>
        <translation>Language not fully changed</translation>
    </message>
    <message>
        <source>Các điểm gõ trước đó chưa lưu được (ổ đĩa đầy) đã bỏ, không ghi vào bộ tiêu chí mới vì tiêu chí đó không còn (cùng mã, cùng tên) hoặc tệp vừa nhập đã có điểm của nó: {0}. Hãy xem lại và gõ lại điểm vào đúng tiêu chí nếu cần.</source>
        <translation>The scores typed earlier that could not be stored (disk full) were dropped, not put into the new criteria set, because that criterion is no longer there (same code, same name) or the file just imported has its score: {0}. Check them and type the score again into the right criterion if needed.</translation>
    </message>
    <message>
        <source>Điểm đó vẫn chờ trong ô tô hồng: hãy gõ lại điểm đúng vào ô đó, hoặc chọn ô rồi bấm Delete để bỏ điểm đó.</source>
        <translation>That score still waits in its pink cell: type the right score into that cell, or select the cell and press Delete to drop it.</translation>
    </message>
    <message>
        <source>Các điểm khác đã lưu.</source>
        <translation>The other scores were stored.</translation>
    </message>
    <message>
        <source>điểm gõ trong ô tô hồng ở trang Chỉ số CCHC ({0})</source>
        <translation>the score typed in the pink cell on the PAR index page ({0})</translation>
    </message>
    <message>
        <source>{0} ở tiêu chí {1}, cột {2} năm {3}</source>
        <translation>{0} for criterion {1}, column {2} of {3}</translation>
    </message>
    <message>
        <source>Điểm {0} gõ trước đó ở tiêu chí {1}, cột {2} năm {3}, chưa lưu được:</source>
        <translation>The score {0} typed earlier for criterion {1}, column {2} of {3}, could not be stored:</translation>
    </message>
    <message>
        <source>Không thấy tệp dữ liệu</source>
        <translation>Data file not found</translation>
    </message>
    <message>
        <source>Không thấy tệp dữ liệu “{0}”, nhưng thư mục dữ liệu còn bản sao lưu tự động lúc {1}{2}: tệp dữ liệu có thể đã bị xóa nhầm hoặc chuyển đi nơi khác.</source>
        <translation>The data file “{0}” is not there, but the data folder still holds an automatic snapshot of {1}{2}: the data file may have been deleted by mistake or moved elsewhere.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu đó? Nếu chọn tạo dữ liệu mới, ParApp bắt đầu một sổ trống; các bản sao lưu tự động vẫn được giữ, khôi phục được sau (Tệp → Khôi phục…).</source>
        <translation>Restore the data from that snapshot? If you choose new data, ParApp starts an empty register; the automatic snapshots are kept and can be restored later (File → Restore…).</translation>
    </message>
    <message>
        <source>Tạo dữ liệu mới</source>
        <translation>New data</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;Sổ chưa có nhiệm vụ nào.&lt;/b&gt; Để bắt đầu:&lt;/p&gt;&lt;ul style=&apos;font-size:11pt&apos;&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; (hoặc nút “Thêm nhiệm vụ…”): ghi một nhiệm vụ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+I&lt;/b&gt; (hoặc nút “Nhập từ Word/Excel…”): nhập cả bảng phân công của một kế hoạch, từ tệp Word, Excel hoặc dán bảng vừa sao chép;&lt;/li&gt;&lt;li&gt;nhận dữ liệu của người làm trước (tệp .parapp-backup trên USB): &lt;a href=&apos;restore&apos;&gt;Khôi phục từ tệp sao lưu…&lt;/a&gt; (Tệp → Khôi phục…);&lt;/li&gt;&lt;li&gt;&lt;a href=&apos;demo&apos;&gt;Xem thử với một xã mẫu&lt;/a&gt;: mở một cửa sổ riêng với dữ liệu mẫu, không đụng đến dữ liệu của xã.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;font-size:12pt&apos;&gt;&lt;b&gt;The register has no tasks yet.&lt;/b&gt; To begin:&lt;/p&gt;&lt;ul style=&apos;font-size:11pt&apos;&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; (or the “Add task…” button): write down one task;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+I&lt;/b&gt; (or the “Import from Word/Excel…” button): import a plan&apos;s whole table of assignments, from a Word or Excel file or a table just copied;&lt;/li&gt;&lt;li&gt;taking over a predecessor&apos;s data (a .parapp-backup file on a USB stick): &lt;a href=&apos;restore&apos;&gt;Restore from a backup file…&lt;/a&gt; (File → Restore…);&lt;/li&gt;&lt;li&gt;&lt;a href=&apos;demo&apos;&gt;Try it with a sample commune&lt;/a&gt;: opens a separate window with sample data, without touching the commune&apos;s data.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Tiếp tục sửa</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>“{0}” không phải là lệnh của “{1}”. Các lệnh có: {2}.</source>
        <translation>“{0}” is not a command of “{1}”. The commands are: {2}.</translation>
    </message>
    <message>
        <source>{0} không nhận giá trị “{1}”. Hãy ghi một trong: {2}.</source>
        <translation>{0} does not take the value “{1}”. Write one of: {2}.</translation>
    </message>
    <message>
        <source>{0} cần một số nguyên (chỉ gồm chữ số, ví dụ 2026), không phải “{1}”.</source>
        <translation>{0} needs a whole number (digits only, e.g. 2026), not “{1}”.</translation>
    </message>
    <message>
        <source>{0} không nhận giá trị “{1}”.</source>
        <translation>{0} does not take the value “{1}”.</translation>
    </message>
    <message>
        <source>{0} không đi kèm giá trị: hãy bỏ phần “={1}”, chỉ ghi {0}.</source>
        <translation>{0} takes no value: leave out “={1}” and write just {0}.</translation>
    </message>
    <message>
        <source>Sau {0} cần ghi {1} giá trị. Hãy ghi đủ rồi chạy lại.</source>
        <translation>{0} needs {1} values after it. Write them all and run again.</translation>
    </message>
    <message>
        <source>Sau {0} cần ghi giá trị của nó. Hãy ghi thêm rồi chạy lại.</source>
        <translation>{0} needs its value written after it. Add it and run again.</translation>
    </message>
    <message>
        <source>{0} không dùng cùng {1} được: hãy chỉ ghi một trong hai.</source>
        <translation>{0} cannot be used with {1}: write only one of them.</translation>
    </message>
    <message>
        <source>{0} viết chưa đúng.</source>
        <translation>{0} is not written correctly.</translation>
    </message>
    <message>
        <source>Lệnh “{0}” cần có {1} mà chưa có. Hãy ghi thêm rồi chạy lại.</source>
        <translation>The command “{0}” needs {1}, which is missing. Add it and run again.</translation>
    </message>
    <message>
        <source>Lệnh “{0}” cần có một trong {1}. Hãy ghi thêm rồi chạy lại.</source>
        <translation>The command “{0}” needs one of {1}. Add it and run again.</translation>
    </message>
    <message>
        <source>Không hiểu {0}: lệnh không có tùy chọn hay tham số đó. Hãy bỏ đi, hoặc sửa nếu gõ nhầm.</source>
        <translation>{0} is not understood: the command has no such option or argument. Leave it out, or correct it if it was mistyped.</translation>
    </message>
    <message>
        <source>“{0}” có thể là {1}: hãy ghi đủ tên tùy chọn.</source>
        <translation>“{0}” could be {1}: write the option&apos;s full name.</translation>
    </message>
    <message>
        <source>Lệnh “{0}” viết chưa đúng.</source>
        <translation>The command “{0}” is not written correctly.</translation>
    </message>
    <message>
        <source>Xem cách viết đầy đủ: {0} --help</source>
        <translation>For how to write it: {0} --help</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Công văn</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Chỉ thị</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Quy chế</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Tờ trình</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Nghị quyết</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Hướng dẫn</source>
        <translation>Guidance</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Chỉ chọn một trong hai: --keep-draft hoặc --refresh-figures.</source>
        <translation>Choose only one of --keep-draft and --refresh-figures.</translation>
    </message>
    <message>
        <source>Bản nháp số {0} thuộc kỳ {1} năm {2}, không phải kỳ đã chọn.</source>
        <translation>Draft no. {0} belongs to period {1} of {2}, not the period chosen.</translation>
    </message>
    <message>
        <source>“{0}” không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2024.</source>
        <translation>“{0}” is not a date. Type it as day/month/year, e.g. 05/01/2024.</translation>
    </message>
    <message>
        <source>Ngày “{0}” ở năm {1}: ParApp làm việc với các năm từ {2} đến {3}. Hãy kiểm tra lại năm.</source>
        <translation>The date “{0}” is in the year {1}: ParApp works with the years {2} to {3}. Check the year.</translation>
    </message>
    <message>
        <source>Ngày “{0}” không có trên lịch. Hãy kiểm tra lại ngày và tháng.</source>
        <translation>The date “{0}” does not exist. Check the day and month.</translation>
    </message>
    <message>
        <source>“{0}” không có trong danh sách Phó Chủ tịch. Hãy kiểm tra Thông tin của xã.</source>
        <translation>“{0}” is not among the vice-chairmen. Check the commune details.</translation>
    </message>
    <message>
        <source>Mỗi loại báo cáo chỉ được khai báo một lần.</source>
        <translation>Each kind of report can be declared only once.</translation>
    </message>
    <message>
        <source>Kỳ {0}: ngày kết thúc số liệu ({1}) trước ngày bắt đầu ({2}). Hãy sửa lại khoảng thời gian.</source>
        <translation>{0}: the data window ends ({1}) before it starts ({2}). Correct the window.</translation>
    </message>
    <message>
        <source>Kỳ {0}: hạn gửi báo cáo ({1}) phải sau ngày chốt số liệu ({2}).</source>
        <translation>{0}: the deadline ({1}) must come after the data window ends ({2}).</translation>
    </message>
    <message>
        <source>Kỳ {0} bắt đầu ({1}) trước khi kỳ {2} kết thúc ({3}): các quý không được chồng lên nhau.</source>
        <translation>{0} starts ({1}) before {2} ends ({3}): quarters must not overlap.</translation>
    </message>
    <message>
        <source>Kỳ {0} phải kết thúc sau kỳ {1}.</source>
        <translation>{0} must end after {1}.</translation>
    </message>
    <message>
        <source>“{0}” không phải ngày/tháng. Hãy nhập như 15/12, thêm “năm trước” nếu là năm trước.</source>
        <translation>“{0}” is not a day/month. Type it like 15/12, adding “năm trước” for the previous year.</translation>
    </message>
    <message>
        <source>“{0}”: số ngày sau kỳ phải từ 1 đến 90, ví dụ +5.</source>
        <translation>“{0}”: days after the period must be 1 to 90, e.g. +5.</translation>
    </message>
    <message>
        <source>Trường “{0}” dài {1} ký tự, quá giới hạn {2}. Hãy rút gọn, hoặc đưa phần chi tiết vào Ghi chú.</source>
        <translation>“{0}” is {1} characters long, over the limit of {2}. Shorten it, or move the details into the note.</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu “{0}”. Hãy xem danh sách bằng lệnh parapp figures.</source>
        <translation>There is no indicator “{0}”. See the list with the command parapp figures.</translation>
    </message>
    <message>
        <source>“{0}” ({1}) được tính tự động từ các số liệu khác, không nhập trực tiếp.</source>
        <translation>“{0}” ({1}) is computed from other figures and cannot be entered.</translation>
    </message>
    <message>
        <source>“{0}” của chỉ tiêu “{1}” không phải là số. Hãy nhập như 1.240 hoặc 1240.</source>
        <translation>“{0}” for “{1}” is not a number. Type it like 1.240 or 1240.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{0}” không thể âm ({1}). Hãy kiểm tra lại số đã nhập hoặc ô đó trong biểu thống kê.</source>
        <translation>The indicator “{0}” cannot be negative ({1}). Check the number typed, or that cell of the statistics file.</translation>
    </message>
    <message>
        <source>“{0}” của chỉ tiêu “{1}” lớn hơn mọi số một xã có thể có (tối đa {2}). Hãy kiểm tra lại số đã nhập, hoặc các ô của cột đó trong biểu thống kê.</source>
        <translation>“{0}” for the indicator “{1}” is larger than any number a commune can have (at most {2}). Check the number typed, or the cells of that column in the statistics table.</translation>
    </message>
    <message>
        <source>Chỉ tiêu “{0}” là số đếm, phải là số nguyên ({1}). Hãy kiểm tra lại số đã nhập hoặc ô đó trong biểu thống kê.</source>
        <translation>The indicator “{0}” is a count and must be a whole number ({1}). Check the number typed, or that cell of the statistics file.</translation>
    </message>
    <message>
        <source>“{0}”: hãy viết theo dạng MÃ=GIÁ_TRỊ, ví dụ dossiers.received=1240.</source>
        <translation>“{0}”: write CODE=VALUE, for example dossiers.received=1240.</translation>
    </message>
    <message>
        <source>Mã chỉ tiêu “{0}” chỉ gồm chữ thường không dấu, số, dấu chấm và gạch dưới, ví dụ tinh.ho_so_lien_thong.</source>
        <translation>Indicator code “{0}” may hold only lower-case letters without accents, digits, dots and underscores, for example tinh.ho_so_lien_thong.</translation>
    </message>
    <message>
        <source>Chưa nhập “{0}”. Trường này là bắt buộc.</source>
        <translation>“{0}” is missing. It is required.</translation>
    </message>
    <message>
        <source>Chỉ tiêu tự thêm chỉ được là số cộng dồn hoặc số đọc ở đầu/cuối kỳ.</source>
        <translation>An indicator you add must be a running count or a count read at the start or end of the period.</translation>
    </message>
    <message>
        <source>Mã tiêu chí “{0}” không đúng dạng. Hãy nhập các số cách nhau bằng dấu chấm, ví dụ 2.2.1.</source>
        <translation>The criterion code “{0}” is not valid. Type numbers separated by dots, e.g. 2.2.1.</translation>
    </message>
    <message>
        <source>Trạng thái “{0}” không hợp lệ. Dùng một trong: not_started, in_progress, done, dropped.</source>
        <translation>The status “{0}” is not valid. Use one of: not_started, in_progress, done, dropped.</translation>
    </message>
    <message>
        <source>Kiểu lặp lại “{0}” không hợp lệ.</source>
        <translation>The recurrence “{0}” is not valid.</translation>
    </message>
    <message>
        <source>Ngày hoàn thành ({0}) sau ngày hôm nay. Hãy nhập ngày đã hoàn thành thực tế.</source>
        <translation>The completion date ({0}) is after today. Enter the date it was actually done.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do dừng thực hiện nhiệm vụ.</source>
        <translation>Give the reason the task was dropped.</translation>
    </message>
    <message>
        <source>Số điện thoại “{0}” không hợp lệ. Chỉ dùng chữ số, dấu cách, dấu chấm hoặc dấu +.</source>
        <translation>The phone number “{0}” is not valid. Use digits, spaces, dots or +.</translation>
    </message>
    <message>
        <source>Năm kế hoạch “{0}” không hợp lệ. Hãy nhập năm có 4 chữ số, ví dụ 2024.</source>
        <translation>The plan year “{0}” is not valid. Enter a four-digit year, e.g. 2024.</translation>
    </message>
    <message>
        <source>Nhiệm vụ này đã được ghi nhận hoàn thành.</source>
        <translation>This task has already been recorded as done.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày hoàn thành.</source>
        <translation>Enter the completion date.</translation>
    </message>
    <message>
        <source>Nhiệm vụ hoàn thành sau hạn ({0}) {1} ngày. Hãy ghi lý do chậm: báo cáo sẽ nêu lý do này.</source>
        <translation>The task was finished {1} days after its deadline ({0}). Give the reason for the delay: the report will state it.</translation>
    </message>
    <message>
        <source>Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1}. Có phải là: {2}? Hãy sửa lại mã, hoặc để trống nếu nhiệm vụ không gắn với tiêu chí nào.</source>
        <translation>Criterion code “{0}” is not in the PAR Index catalogue {1}. Did you mean: {2}? Correct the code, or leave it empty if the task serves no criterion.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác (ổ đĩa hoặc thư mục này không cho ghi), ví dụ Tài liệu.</source>
        <translation>Cannot write “{0}”: {1}. Choose another folder (this disk or folder may not be written to), for example Documents.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy đặt tên tệp ngắn hơn, hoặc lưu vào một thư mục có đường dẫn ngắn hơn.</source>
        <translation>Could not write the file “{0}”: {1}. Give it a shorter name, or save it in a folder with a shorter path.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy xóa bớt tệp không cần trên ổ đĩa đó hoặc chọn thư mục khác.</source>
        <translation>Cannot write “{0}”: {1}. Delete files you do not need on that disk, or choose another folder.</translation>
    </message>
    <message>
        <source>Không ghi được tệp “{0}”: {1}. Hãy chọn thư mục khác hoặc kiểm tra chỗ trống.</source>
        <translation>Cannot write “{0}”: {1}. Choose another folder or check the free space.</translation>
    </message>
    <message>
        <source>“{0}” nằm trong thư mục dữ liệu của ParApp (tệp kiểm chứng, bản sao lưu tự động): không ghi đè, chưa ghi gì. Hãy lưu vào thư mục khác, ví dụ Tài liệu.</source>
        <translation>“{0}” is inside ParApp&apos;s data folder (evidence files, automatic backups): nothing was replaced or written. Save into another folder, for example Documents.</translation>
    </message>
    <message>
        <source>“{0}” là tệp phụ SQLite giữ bên cạnh tệp dữ liệu “{1}”: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” is a side file SQLite keeps beside the data file “{1}”: not overwritten, nothing was written. Choose another file name.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục: không ghi đè, chưa ghi gì. Hãy ghi rõ tên tệp, ví dụ {1}.</source>
        <translation>“{0}” is a folder: nothing was replaced or written. Give a file name, for example {1}.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một tệp thông thường: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” is not an ordinary file: nothing was replaced or written. Choose another file name.</translation>
    </message>
    <message>
        <source>“{0}” là tệp dữ liệu ParApp đang dùng: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” is the ParApp data file in use: nothing was replaced or written. Choose another file name.</translation>
    </message>
    <message>
        <source>“{0}” chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác): không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác, hoặc bỏ đánh dấu chỉ đọc của tệp nếu muốn thay nó.</source>
        <translation>“{0}” is read-only (marked read-only, or it belongs to another account): not overwritten, nothing was written. Choose another file name, or remove the file’s read-only mark if you mean to replace it.</translation>
    </message>
    <message>
        <source>“{0}” là một tệp dữ liệu: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” is a data file: nothing was replaced or written. Choose another file name.</translation>
    </message>
    <message>
        <source>“{0}” là một tệp sao lưu ParApp: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” is a ParApp backup file: nothing was replaced or written. Choose another file name.</translation>
    </message>
    <message>
        <source>“{0}” đã có và không phải tệp {1}: không ghi đè, chưa ghi gì. Hãy chọn tên tệp khác.</source>
        <translation>“{0}” exists and is not a {1} file: nothing was replaced or written. Choose another file name.</translation>
    </message>
    <message>
        <source>Báo cáo này đã được in bằng phông “{0}” nhưng máy này không có phông đó, nên không in lại được giống hệt. Hãy in trên máy có phông “{0}”, hoặc cài phông này rồi in lại.</source>
        <translation>This report was printed with the font “{0}”, which this computer does not have, so it cannot be re-printed identically. Print on a computer with “{0}”, or install it and print again.</translation>
    </message>
    <message>
        <source>Chưa nhập thông tin của xã (tên xã, địa danh, người ký). Hãy mở Tệp → Thông tin của xã trước khi in.</source>
        <translation>The commune&apos;s details (name, place, signer) are not entered. Open File → Commune details before printing.</translation>
    </message>
    <message>
        <source>Bộ tiêu chí Chỉ số CCHC năm {0} chưa có tiêu chí nào: không có gì để in hay xuất. Hãy thêm tiêu chí vào bộ, hoặc nhập lại bộ tiêu chí của tỉnh.</source>
        <translation>The PAR Index criteria set for {0} has no criteria: there is nothing to print or export. Add criteria to the set, or import the province&apos;s criteria set again.</translation>
    </message>
    <message>
        <source>{0} đã nghỉ công tác: không gửi công văn cho người đã nghỉ. Hãy giao lại các nhiệm vụ của người này cho người đang công tác.</source>
        <translation>{0} has left: no letter goes to someone who has left. Give this person&apos;s tasks to someone at work.</translation>
    </message>
    <message>
        <source>{0} chủ trì nhiệm vụ qua {1}: công văn gửi đơn vị, không gửi từng người. Hãy ghi tên đơn vị sau --office.</source>
        <translation>{0} leads tasks through {1}: the letter goes to the office, not to each person. Give the office&apos;s name after --office.</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ quá hạn hay sắp đến hạn nào do “{0}” chủ trì. Những nơi có: {1}.</source>
        <translation>“{0}” leads no task that is overdue or due soon. Those that do: {1}.</translation>
    </message>
    <message>
        <source>“{0}” không có trong danh sách Phó Chủ tịch ({1}). Hãy ghi đúng tên, hoặc “chu-tich”.</source>
        <translation>“{0}” is not among the vice-chairmen ({1}). Give the name as it is written, or “chu-tich”.</translation>
    </message>
    <message>
        <source>Số ngày phải từ 0 trở lên.</source>
        <translation>The number of days must be 0 or more.</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ nào quá hạn hay đến hạn trong {0} ngày tới có người chủ trì: chưa cần công văn đôn đốc.</source>
        <translation>No task with someone leading it is overdue or due in the next {0} days: no urging letter is needed yet.</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn hoặc sắp đến hạn chưa giao cho ai chủ trì: không có trong công văn.</source>
        <translation>{0} overdue or soon-due tasks have nobody leading them: they are not in the letter.</translation>
    </message>
    <message>
        <source>{0} nhiệm vụ quá hạn hoặc sắp đến hạn do người đã nghỉ chủ trì ({1}): không có trong công văn. Hãy giao lại cho người đang công tác rồi lập lại công văn.</source>
        <translation>{0} overdue or soon-due tasks are led by someone who has left ({1}): they are not in the letter. Give them to someone at work, then write the letter again.</translation>
    </message>
    <message>
        <source>Hạn báo cáo lại ({0}) đã qua. Hãy chọn một ngày từ hôm nay trở đi.</source>
        <translation>The day to report back ({0}) has passed. Choose today or a later day.</translation>
    </message>
    <message>
        <source>Hạn báo cáo lại ({0}) là ngày nghỉ (thứ Bảy, Chủ nhật hoặc ngày lễ, Tết): các đơn vị không báo cáo được vào ngày đó. Nên chọn ngày làm việc, như {1}.</source>
        <translation>The reply day ({0}) is a day off (a Saturday, a Sunday or a public holiday): the offices cannot report on it. Choose a working day, such as {1}.</translation>
    </message>
    <message>
        <source>Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.</source>
        <translation>No signer&apos;s name in the commune details: the signature name is left blank.</translation>
    </message>
    <message>
        <source>“{0}” không phải số văn bản: số văn bản bắt đầu từ 01. Hãy nhập số văn thư đã cấp (ví dụ 39).</source>
        <translation>“{0}” is not a document number: numbers start at 01. Enter the number the records clerk gave (for example 39).</translation>
    </message>
    <message>
        <source>“{0}” không phải số của một báo cáo: ký hiệu của báo cáo bắt đầu bằng {1}- (ví dụ 39/{2}). Hãy nhập số (ví dụ 39) hoặc số và ký hiệu của báo cáo.</source>
        <translation>“{0}” is not a report’s number: a report’s symbol starts with {1}- (for example 39/{2}). Enter the number (for example 39) or the number and the report’s symbol.</translation>
    </message>
    <message>
        <source>Báo cáo đã chốt in ngày ký “ngày … tháng {0} năm {1}”, nay đã sang tháng {2} năm {3}: ký bây giờ thì ngày tháng trên văn bản sai. Hãy tạo bản nháp mới từ bản đã chốt (trang Báo cáo) rồi chốt lại trong tháng ký; bản đã chốt không sửa được.</source>
        <translation>The finalised report prints its date as “day … of month {0}/{1}”, and it is now {2}/{3}: signed now, the document&apos;s date is wrong. Make a new draft from the finalised report (Reports page) and finalise it in the month of signing; a finalised report cannot be changed.</translation>
    </message>
    <message>
        <source>Thông tin của xã ghi số và ngày báo cáo do hệ thống quản lý văn bản cấp khi ban hành, nên báo cáo được chốt với số và ngày để trống. Muốn in sẵn số, hãy chọn “Văn thư cấp số khi chốt báo cáo” trong Thông tin của xã → Văn bản in.</source>
        <translation>The commune&apos;s details say the document system gives the number and date at issuing, so the report is finalised with them blank. To print the number, choose “Given by the records clerk when finalising” in Commune details → Printed documents.</translation>
    </message>
    <message>
        <source>{0} Dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu khác (tệp khác hoặc một bản sao lưu tự động), hoặc sao lưu lại trên máy có dữ liệu gốc.</source>
        <translation>{0} Your current data has not been changed. Choose another backup (another file or an automatic backup), or make a new backup on the computer that has the original data.</translation>
    </message>
    <message>
        <source>nhiệm vụ {0}</source>
        <translation>task {0}</translation>
    </message>
    <message>
        <source>Chỉ số CCHC</source>
        <translation>PAR Index</translation>
    </message>
    <message>
        <source>bản báo cáo đã ký</source>
        <translation>a report&apos;s signed copy</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu đã bị thay đổi hoặc hỏng nên không có trong bản sao lưu. Hãy gắn lại tệp gốc rồi sao lưu lại.</source>
        <translation>The evidence file “{0}” ({1}) in the data folder has been changed or damaged, so it is not in the backup. Attach the original file again, then back up again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy kiểm tra ổ đĩa của máy, gắn lại tệp gốc rồi sao lưu lại.</source>
        <translation>The evidence file “{0}” ({1}) in the data folder cannot be read, so it is not in the backup. Check this computer&apos;s disk, attach the original file again, then back up again.</translation>
    </message>
    <message>
        <source>Thiếu tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy gắn lại tệp gốc rồi sao lưu lại.</source>
        <translation>The evidence file “{0}” ({1}) is missing from the data folder, so it is not in the backup. Attach the original file again, then back up again.</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” ({1}) lớn hơn mức một bản sao lưu chứa được nên không có trong bản sao lưu. Hãy thay nó bằng bản chụp hoặc tệp PDF nhỏ hơn.</source>
        <translation>The evidence file “{0}” ({1}) is larger than a backup can hold, so it is not in the backup. Replace it with a smaller scan or PDF.</translation>
    </message>
    <message>
        <source>Tài khoản này không có quyền đọc tệp kiểm chứng “{0}” ({1}) trong thư mục dữ liệu nên nó không có trong bản sao lưu. Hãy sao lưu bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc thư mục dữ liệu, rồi sao lưu lại.</source>
        <translation>This account has no permission to read the evidence file “{0}” ({1}) in the data folder, so it is not in the backup. Back up under the account that created the data, or ask the computer’s administrator for read access to the data folder, then back up again.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu này không còn tệp kiểm chứng “{0}” ({1}) mà dữ liệu vừa khôi phục ghi (tệp đã bị xóa hoặc mất khỏi thư mục evidence; bản sao lưu tự động không chứa tệp kiểm chứng). Hãy khôi phục từ một tệp sao lưu (.parapp-backup) có tệp này, hoặc gắn lại tệp gốc nếu còn giữ.</source>
        <translation>This data folder no longer holds the evidence file “{0}” ({1}) that the restored data records (it was deleted or lost from the evidence folder; automatic backups hold no evidence files). Restore from a backup file (.parapp-backup) that holds it, or attach the original file again if you still have it.</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu này không có tệp kiểm chứng “{0}” ({1}): bản sao lưu tự động chỉ chứa dữ liệu, không chứa tệp kiểm chứng. Dữ liệu vẫn ghi tệp này; hãy chép thư mục evidence từ thư mục dữ liệu nơi bản sao lưu tự động được tạo vào đây, hoặc khôi phục từ một tệp sao lưu (.parapp-backup).</source>
        <translation>This data folder does not hold the evidence file “{0}” ({1}): an automatic backup holds the data only, not its evidence files. The data still records this file; copy the evidence folder from the data folder where the automatic backup was made into this one, or restore from a backup file (.parapp-backup).</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” ({1}) trong tệp sao lưu đã hỏng sau khi sao lưu (không khớp mã kiểm tra: USB hoặc ổ đĩa chứa tệp sao lưu bị lỗi) nên không được khôi phục. Dữ liệu vẫn ghi tệp này; hãy khôi phục tệp này từ một bản sao lưu khác, hoặc gắn lại tệp gốc nếu còn giữ. Nếu máy có dữ liệu gốc vẫn còn, hãy sao lưu lại ra một USB khác.</source>
        <translation>The evidence file “{0}” ({1}) went bad in the backup file after the backup was made (it fails its checksum: the USB stick or disk holding the backup is failing), so it was not restored. The data still records this file; restore it from another backup, or attach the original again if you still have it. If the PC with the original data still has it, back up again to another USB stick.</translation>
    </message>
    <message>
        <source>Bản sao lưu không có tệp kiểm chứng “{0}” ({1}): tệp đã hỏng hoặc thiếu lúc sao lưu. Dữ liệu vẫn ghi tệp này; hãy gắn lại tệp gốc nếu còn giữ.</source>
        <translation>The backup does not hold the evidence file “{0}” ({1}): it was damaged or missing when the backup was made. The data still records it; attach the original file again if you still have it.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: bảng {0}, cột {1}, dòng {2} có chữ bị hỏng, không đọc được (không phải UTF-8). Bản sao lưu tự động này được giữ để quay lại nên không sửa trực tiếp được. Hãy khôi phục nó vào dữ liệu đang dùng (parapp restore {3} --db &lt;tệp dữ liệu đang dùng&gt;, hoặc Tệp → Khôi phục… trong cửa sổ), sửa chỗ đó (parapp repair --db &lt;tệp dữ liệu đang dùng&gt;) rồi sao lưu dữ liệu đó.</source>
        <translation>Not backed up, because the backup would not restore: table {0}, column {1}, row {2} holds damaged text that cannot be read (not UTF-8). This automatic backup is kept as the way back, so it cannot be mended in place. Restore it into the data in use (parapp restore {3} --db &lt;the data file in use&gt;, or File → Restore… in the window), mend that place (parapp repair --db &lt;the data file in use&gt;), then back that data up.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: bảng {0}, cột {1}, dòng {2} trỏ tới dòng {3} không còn. Bản sao lưu tự động này được giữ để quay lại nên không sửa trực tiếp được. Hãy khôi phục nó vào dữ liệu đang dùng (parapp restore {4} --db &lt;tệp dữ liệu đang dùng&gt;, hoặc Tệp → Khôi phục… trong cửa sổ), sửa chỗ đó (parapp repair --db &lt;tệp dữ liệu đang dùng&gt;) rồi sao lưu dữ liệu đó.</source>
        <translation>Not backed up, because the backup would not restore: table {0}, column {1}, row {2} points at row {3}, which is gone. This automatic backup is kept as the way back, so it is not mended directly. Restore it into the data in use (parapp restore {4} --db &lt;the data file in use&gt;, or File → Restore… in the window), mend that place (parapp repair --db &lt;the data file in use&gt;), then back that data up.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: {0}. Dữ liệu không bị thay đổi. Hãy chạy lệnh parapp repair --db {1} rồi sao lưu lại; không cần khôi phục bản sao lưu cũ.</source>
        <translation>Not backed up, because the backup would not restore: {0}. The data was not changed. Run parapp repair --db {1}, then back up again; there is no need to restore an old backup.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được, vì bản sao lưu sẽ không khôi phục được: {0}. Dữ liệu không bị thay đổi. Hãy sửa chỗ đó rồi sao lưu lại: lệnh parapp repair --db {1} (trong cửa sổ ParApp: nút “Sửa chỗ chữ hỏng” của hộp báo này); không cần khôi phục bản sao lưu cũ.</source>
        <translation>Not backed up, because the backup would not restore: {0}. The data was not changed. Mend that place, then back up again: the command parapp repair --db {1} (in the ParApp window: this message&apos;s “Mend damaged text” button); there is no need to restore an older backup.</translation>
    </message>
    <message>
        <source>Chưa sao lưu được: dữ liệu có giá trị ParApp không đọc được ({0}), nên bản sao lưu sẽ không khôi phục được. Dữ liệu không bị thay đổi. Có lẽ tệp dữ liệu đã bị sửa bằng một chương trình khác: hãy khôi phục bản sao lưu gần nhất còn tốt (lệnh parapp restore, hoặc Tệp → Khôi phục… trong cửa sổ) rồi sao lưu lại; lệnh parapp check --db {1} nêu mọi chỗ như vậy.</source>
        <translation>Nothing was backed up: the data holds a value ParApp cannot read ({0}), so the backup would not restore. The data was not changed. The data file was probably changed with another program: restore the latest good backup (the parapp restore command, or File → Restore… in the window), then back up again; the command parapp check --db {1} names every such place.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một thư mục. Hãy cho biết thư mục để ghi tệp sao lưu (ví dụ “{1}”); tên tệp sao lưu do ParApp tự đặt.</source>
        <translation>“{0}” is not a folder. Give the folder to write the backup file into (for example “{1}”); ParApp names the backup file itself.</translation>
    </message>
    <message>
        <source>Không thấy thư mục “{0}” trong “{1}”. Nếu đó là USB đã rút ra, hãy cắm lại; nếu thư mục chưa có, hãy tạo thư mục đó, hoặc cho biết một thư mục đã có (tên tệp sao lưu do ParApp tự đặt).</source>
        <translation>The folder “{0}” was not found in “{1}”. If it is a USB stick that was pulled out, plug it in again; if the folder does not exist yet, make it, or give a folder that exists (ParApp names the backup file itself).</translation>
    </message>
    <message>
        <source>Không thấy thư mục “{0}”. Hãy cắm lại USB hoặc chọn thư mục khác.</source>
        <translation>The folder “{0}” is not there. Plug the USB stick in again or choose another folder.</translation>
    </message>
    <message>
        <source>Bản chụp dữ liệu không đạt kiểm tra ({0}); chưa sao lưu được.</source>
        <translation>The data snapshot failed its check ({0}); nothing was backed up.</translation>
    </message>
    <message>
        <source>Các tệp kiểm chứng trong thư mục dữ liệu đọc lúc được lúc không; chưa sao lưu được. Hãy kiểm tra ổ đĩa của máy rồi sao lưu lại.</source>
        <translation>The evidence files in the data folder read differently each time; nothing was backed up. Check this computer&apos;s disk, then back up again.</translation>
    </message>
    <message>
        <source>Tệp sao lưu vừa ghi không đạt kiểm tra ({0}); chưa sao lưu được. Hãy sao lưu lại, hoặc dùng USB khác.</source>
        <translation>The backup file just written failed its check ({0}); nothing was backed up. Back up again, or use another USB stick.</translation>
    </message>
    <message>
        <source>USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Trên đó còn {0} tệp sao lưu dở dang ({1} MB) của một lần sao lưu trước bị ngắt giữa chừng, ví dụ “{2}”. Nếu không có máy nào khác đang sao lưu vào “{3}”, hãy xóa các tệp có đuôi .partial và .db đó rồi sao lưu lại; hoặc dùng USB khác.</source>
        <translation>The USB stick or disk is full; no backup was made. It still holds {0} half-written backup files ({1} MB) from an earlier backup that was cut off, for example “{2}”. If no other computer is backing up into “{3}” now, delete those .partial and .db files and back up again; or use another USB stick.</translation>
    </message>
    <message>
        <source>USB hoặc ổ đĩa đã đầy; chưa sao lưu được. Hãy xóa bớt tệp hoặc dùng USB khác. Không có tệp sao lưu dở dang nào được để lại.</source>
        <translation>The USB stick or disk is full; nothing was backed up. Free some space or use another stick. No half-written backup file was left.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{0}”: USB hoặc thư mục này chỉ đọc (USB bị gạt khóa chống ghi, đĩa CD, hoặc không có quyền ghi); chưa sao lưu được. Hãy mở khóa USB hoặc chọn thư mục khác.</source>
        <translation>Cannot write to “{0}”: this USB stick or folder is read-only (a write-protect switch, a CD, or no permission to write); no backup was made. Unlock the USB stick or choose another folder.</translation>
    </message>
    <message>
        <source>Tệp sao lưu lớn hơn mức “{0}” nhận được: USB định dạng FAT32 (loại thường gặp) chỉ nhận tệp dưới 4 GB. Chưa sao lưu được, không có tệp dở dang nào được để lại. Hãy dùng USB hoặc ổ cứng rời định dạng exFAT hoặc NTFS, hoặc sao lưu vào một thư mục trên ổ cứng của máy.</source>
        <translation>The backup file is larger than “{0}” can hold: a USB stick formatted FAT32 (the usual kind) takes no file of 4 GB or more. Nothing was backed up and no partial file was left. Use a USB stick or external disk formatted exFAT or NTFS, or back up to a folder on this computer&apos;s hard disk.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{0}” ({1}): USB có thể đã bị rút. Hãy cắm lại và sao lưu lại.</source>
        <translation>Cannot write to “{0}” ({1}): the USB stick may have been removed. Plug it in and back up again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp dữ liệu ({0}); chưa sao lưu được. Hãy chạy lệnh parapp check --db {1} để kiểm tra dữ liệu.</source>
        <translation>The data file cannot be read ({0}); nothing was backed up. Run the command parapp check --db {1} to check the data.</translation>
    </message>
    <message>
        <source>“{0}” không phải tệp sao lưu ParApp (không mở được như tệp nén).</source>
        <translation>“{0}” is not a ParApp backup file (it does not open as an archive).</translation>
    </message>
    <message>
        <source>Tệp sao lưu bị từ chối: có thành phần “{0}” trỏ ra ngoài thư mục dữ liệu.</source>
        <translation>Backup file refused: the member “{0}” points outside the data folder.</translation>
    </message>
    <message>
        <source>Tệp sao lưu thiếu manifest.json nên không kiểm tra được; bị từ chối.</source>
        <translation>The backup file has no manifest.json, so it cannot be checked; refused.</translation>
    </message>
    <message>
        <source>manifest.json của tệp sao lưu bị hỏng; bị từ chối.</source>
        <translation>The backup file&apos;s manifest.json is damaged; refused.</translation>
    </message>
    <message>
        <source>Tệp sao lưu không có cơ sở dữ liệu (parapp.db); bị từ chối.</source>
        <translation>The backup file holds no database (parapp.db); refused.</translation>
    </message>
    <message>
        <source>Tệp sao lưu được tạo bởi phiên bản ParApp mới hơn (cấu trúc dữ liệu {0}, phiên bản này hiểu đến {1}). Hãy cập nhật ParApp rồi khôi phục.</source>
        <translation>The backup was made by a newer ParApp (data structure {0}; this version knows up to {1}). Update ParApp, then restore.</translation>
    </message>
    <message>
        <source>Không đọc được tệp sao lưu “{0}” ({1}): USB có thể đã bị rút hoặc cắm lỏng. Tệp sao lưu chưa chắc đã hỏng, và dữ liệu hiện tại không bị thay đổi; hãy cắm lại USB rồi làm lại.</source>
        <translation>The backup file “{0}” could not be read ({1}): the USB stick may have been pulled out or be loose. The backup file is not necessarily damaged, and the current data has not been changed; plug the USB stick in again, then try again.</translation>
    </message>
    <message>
        <source>Không thấy tệp sao lưu “{0}”.</source>
        <translation>The backup file “{0}” was not found.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có quá nhiều thành phần (hơn {0}); bị từ chối.</source>
        <translation>The backup file has too many members (over {0}); refused.</translation>
    </message>
    <message>
        <source>Không đọc được tệp sao lưu “{0}”: tài khoản này không có quyền đọc tệp. Hãy nhờ người quản trị máy cấp quyền đọc, hoặc chép tệp bằng tài khoản có quyền vào thư mục của bạn, rồi khôi phục lại.</source>
        <translation>The backup file “{0}” cannot be read: this account has no permission to read it. Ask the computer’s administrator for read access, or copy the file into your own folder under an account that can read it, then restore again.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục, không phải tệp sao lưu.</source>
        <translation>“{0}” is a folder, not a backup file.</translation>
    </message>
    <message>
        <source>Tệp sao lưu “{0}” rỗng (0 byte): việc ghi hoặc chép tệp này đã không thành.</source>
        <translation>The backup file “{0}” is empty (0 bytes): writing or copying it did not succeed.</translation>
    </message>
    <message>
        <source>“{0}” là một tệp cơ sở dữ liệu (ví dụ tệp parapp.db được chép thẳng), không phải tệp sao lưu .parapp-backup, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy tạo tệp sao lưu từ nó rồi khôi phục tệp đó: parapp backup --db {1} --to &lt;thư mục&gt;, rồi parapp restore &lt;tệp .parapp-backup vừa tạo&gt; --db &lt;tệp dữ liệu cần khôi phục vào&gt;.</source>
        <translation>“{0}” is a database file (for example a parapp.db copied as it is), not a .parapp-backup backup file, so nothing was restored; the current data is unchanged. Make a backup file from it, then restore that: parapp backup --db {1} --to &lt;folder&gt;, then parapp restore &lt;the .parapp-backup just made&gt; --db &lt;the data file to restore into&gt;.</translation>
    </message>
    <message>
        <source>Tệp sao lưu “{0}” không trọn vẹn: thiếu phần cuối (thường do chép chưa xong, hoặc USB bị rút khi đang ghi hay chép).</source>
        <translation>The backup file “{0}” is incomplete: its end is missing (usually a copy that did not finish, or a USB stick pulled out while writing or copying).</translation>
    </message>
    <message>
        <source>Tệp sao lưu “{0}” chỉ toàn byte 0: nội dung chưa được ghi vào (thường do USB bị rút hoặc máy tắt ngay khi đang ghi hay chép).</source>
        <translation>The backup file “{0}” holds only zero bytes: its content was never written (usually a USB stick pulled out or the computer switched off while writing or copying it).</translation>
    </message>
    <message>
        <source>manifest.json của tệp sao lưu lớn bất thường; bị từ chối.</source>
        <translation>The backup file&apos;s manifest.json is abnormally large; refused.</translation>
    </message>
    <message>
        <source>“parapp.db” trong tệp sao lưu không phải cơ sở dữ liệu; bị từ chối.</source>
        <translation>“parapp.db” in the backup file is not a database; refused.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có hai thành phần cùng tên “{0}”; bị từ chối.</source>
        <translation>The backup file has two members named “{0}”; refused.</translation>
    </message>
    <message>
        <source>Tệp nén này chứa tệp sao lưu “{0}”, chưa phải chính tệp sao lưu, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy giải nén (nhấp chuột phải → Extract All / Giải nén) rồi khôi phục từ tệp “{0}” vừa giải nén.</source>
        <translation>This zip file holds the backup file “{0}”; it is not the backup file itself, so nothing was restored; the current data was not changed. Unzip it (right-click → Extract All) and restore from the file “{0}” it gives.</translation>
    </message>
    <message>
        <source>Tệp nén này không phải tệp sao lưu .parapp-backup (thiếu manifest.json) nhưng có dữ liệu parapp.db bên trong, ví dụ bản nén thư mục dữ liệu ParApp; chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy giải nén nó, tạo tệp sao lưu từ tệp parapp.db vừa giải nén rồi khôi phục tệp đó: parapp backup --db &lt;tệp parapp.db vừa giải nén&gt; --to &lt;thư mục&gt;, rồi parapp restore &lt;tệp .parapp-backup vừa tạo&gt; --db &lt;tệp dữ liệu cần khôi phục vào&gt;.</source>
        <translation>This zip file is not a .parapp-backup file (it has no manifest.json) but holds ParApp data, parapp.db, as a zipped ParApp data folder does; nothing was restored, the current data was not changed. Unzip it, make a backup file from the parapp.db it gives, then restore that file: parapp backup --db &lt;the unzipped parapp.db&gt; --to &lt;folder&gt;, then parapp restore &lt;the new .parapp-backup file&gt; --db &lt;the data file to restore into&gt;.</translation>
    </message>
    <message>
        <source>“{0}” là thư mục giải nén từ một tệp sao lưu, chưa phải tệp sao lưu, nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy khôi phục từ chính tệp .parapp-backup ban đầu; nếu không còn, hãy mở thư mục này, chọn tất cả (Ctrl+A), nhấp chuột phải → Send to → Compressed (zipped) folder rồi khôi phục từ tệp .zip vừa tạo.</source>
        <translation>“{0}” is a folder unpacked from a backup file, not the backup file itself, so nothing was restored; the current data was not changed. Restore from the original .parapp-backup file; if it is gone, open this folder, select everything (Ctrl+A), right-click → Send to → Compressed (zipped) folder, and restore from the .zip file it makes.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần lạ “{0}” không ghi trong manifest; bị từ chối.</source>
        <translation>The backup file has a member “{0}” not listed in its manifest; refused.</translation>
    </message>
    <message>
        <source>Tệp sao lưu thiếu “{0}”; bị từ chối.</source>
        <translation>The backup file is missing “{0}”; refused.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần “{0}” không đúng cách ParApp đặt tên tệp kiểm chứng (evidence/…/mã băm); tệp sao lưu đã bị sửa hoặc không phải của ParApp; bị từ chối.</source>
        <translation>The backup holds “{0}”, which is not named the way ParApp names an evidence file (evidence/…/hash): the backup has been altered or is not ParApp&apos;s; refused.</translation>
    </message>
    <message>
        <source>“{0}” trong tệp sao lưu không khớp mã kiểm tra (tệp bị sửa hoặc hỏng); bị từ chối.</source>
        <translation>“{0}” in the backup file does not match its checksum (altered or damaged); refused.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần được mã hóa “{0}”; bị từ chối.</source>
        <translation>The backup file has an encrypted member “{0}”; refused.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần nén kiểu lạ “{0}”; bị từ chối.</source>
        <translation>The backup file has a member “{0}” compressed in an unknown way; refused.</translation>
    </message>
    <message>
        <source>Thành phần “{0}” của tệp sao lưu lớn bất thường ({1} MB khi giải nén); bị từ chối, chưa ghi gì.</source>
        <translation>The backup member “{0}” is abnormally large ({1} MB unpacked); refused, nothing was written.</translation>
    </message>
    <message>
        <source>Thư mục “{0}” không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác.</source>
        <translation>The folder “{0}” does not exist. Create it or choose another place.</translation>
    </message>
    <message>
        <source>Tài khoản này không có quyền vào thư mục “{0}” (thư mục nằm trong thư mục của tài khoản khác) nên chưa làm gì; dữ liệu không bị thay đổi. Hãy chọn thư mục khác, hoặc nhờ người quản trị máy cấp quyền.</source>
        <translation>This account may not enter the folder “{0}” (it lies inside another account&apos;s folder), so nothing was done; the data is unchanged. Choose another folder, or ask the computer&apos;s administrator for access.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{0}” (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ trong Tài liệu của bạn.</source>
        <translation>Cannot write to the folder “{0}” (read-only or no permission). Choose another folder, e.g. in your Documents.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{0}” (chỉ đọc: USB bị gạt khóa chống ghi, đĩa CD, hoặc không có quyền) nên chưa ghi gì. Dữ liệu ở đó vẫn xem và in được. Để sửa, hãy chép cả thư mục dữ liệu vào máy (ví dụ vào Tài liệu của bạn) rồi làm việc trên bản chép.</source>
        <translation>Cannot write to the folder “{0}” (read-only: a USB stick with its write-protect switch on, a CD, or no permission), so nothing was written. The data there can still be viewed and printed. To change it, copy the whole data folder to this computer (for example into your Documents) and work on the copy.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” chỉ cho đọc (đánh dấu chỉ đọc hoặc của tài khoản khác) nên chưa ghi gì. Hãy bỏ đánh dấu chỉ đọc của tệp, hoặc nhờ người quản trị máy cấp quyền ghi, rồi thử lại.</source>
        <translation>The data file “{0}” is read-only (marked read-only, or it belongs to another account), so nothing was written. Remove the file’s read-only mark, or ask the computer’s administrator for write access, then try again.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al” hoặc công cụ sao lưu dùng liên kết): ghi vào đây là ghi luôn vào tệp kia, và hai ParApp mở hai tên sẽ làm hỏng dữ liệu, nên chưa ghi gì. Hãy chép tệp này thành một bản riêng (chép thường, không liên kết) rồi mở bản chép, hoặc xóa tên kia nếu không cần.</source>
        <translation>The data file “{0}” has a second name on the disk (a hard link, usually from copying the folder with “cp -al” or a backup tool that links files): writing here writes into that other file too, and two ParApps opening the two names would damage the data, so nothing was written. Copy this file into a file of its own (an ordinary copy, not a link) and open the copy, or delete the other name if it is not needed.</translation>
    </message>
    <message>
        <source>“{0}” là một bản sao lưu tự động của ParApp, giữ để quay lại khi cần, nên không ghi gì vào đó. Muốn dùng lại dữ liệu này, hãy khôi phục nó vào dữ liệu đang dùng: parapp restore {1} --db &lt;tệp dữ liệu đang dùng&gt; (hoặc Tệp → Khôi phục… trong cửa sổ). Muốn chỉ xem, hãy mở nó trong cửa sổ (chỉ đọc) bằng lệnh:
    parapp --db {1}</source>
        <translation>“{0}” is one of ParApp’s automatic backups, kept as a way back, so nothing is written into it. To use this data again, restore it into the data in use: parapp restore {1} --db &lt;the data file in use&gt; (or File → Restore… in the window). To only look at it, open it in the window (read-only) with the command:
    parapp --db {1}</translation>
    </message>
    <message>
        <source>Tệp “{0}” (nhật ký ghi của SQLite, cạnh tệp dữ liệu) còn mang một tên khác trên đĩa (liên kết cứng, thường do chép thư mục bằng “cp -al” hoặc công cụ sao lưu dùng liên kết khi ParApp đang mở): ghi vào đây sẽ xóa những thay đổi của dữ liệu kia, nên chưa ghi gì. Hãy đóng ParApp rồi chép lại cả thư mục dữ liệu bằng cách chép thường (không liên kết).</source>
        <translation>The file “{0}” (SQLite’s write log, beside the data file) also has another name on the disk (a hard link, usually from copying the folder with “cp -al” or a backup tool that links, while ParApp was open): writing here would wipe out changes of the other data, so nothing was written. Close ParApp, then copy the whole data folder again with a plain copy (no links).</translation>
    </message>
    <message>
        <source>Tài khoản này không có quyền đọc tệp dữ liệu “{0}” (tệp của tài khoản khác) nên chưa làm gì; dữ liệu không bị thay đổi. Hãy mở ParApp bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc và ghi tệp này cho tài khoản của bạn.</source>
        <translation>This account has no permission to read the data file “{0}” (it belongs to another account), so nothing was done; the data is unchanged. Open ParApp under the account that created the data, or ask the computer’s administrator to give your account read and write access to this file.</translation>
    </message>
    <message>
        <source>Tệp khóa “{0}” do một tài khoản khác trên máy này tạo nên tài khoản này không mở được: ParApp của tài khoản đó có thể đang ghi dữ liệu này. Chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đóng ParApp ở tài khoản kia rồi chạy lại; nếu vẫn vậy, nhờ người đã tạo dữ liệu hoặc người quản trị máy xóa tệp khóa đó.</source>
        <translation>The lock file “{0}” was made by another account on this computer, and this account cannot open it: that account&apos;s ParApp may be writing this data. Nothing was done; the data is unaffected. Close ParApp in the other account, then run this again; if nothing changes, ask the person who made the data or the computer&apos;s administrator to delete that lock file.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp dữ liệu có “{0}” nhưng đó không phải là một tệp bình thường (là thư mục hoặc tệp đặc biệt), nên ParApp chưa mở dữ liệu; dữ liệu không bị thay đổi. Hãy xóa hoặc đổi tên “{0}” rồi làm lại.</source>
        <translation>Beside the data file there is “{0}”, but it is not a regular file (it is a folder or a special file), so ParApp has not opened the data; the data has not been changed. Delete or rename “{0}” and try again.</translation>
    </message>
    <message>
        <source>Bên cạnh tệp dữ liệu có “{0}” của một tài khoản khác trên máy này (ParApp của tài khoản đó đang mở dữ liệu, hoặc đã bị tắt đột ngột); tài khoản này không có quyền đọc hoặc ghi tệp đó nên chưa làm gì, dữ liệu không bị thay đổi. Hãy mở rồi đóng ParApp ở tài khoản kia, rồi làm lại; nếu vẫn vậy, nhờ người quản trị máy cấp quyền đọc và ghi tệp đó.</source>
        <translation>Beside the data file there is “{0}”, another account&apos;s on this computer (that account&apos;s ParApp has the data open, or was stopped abruptly); this account may not read or write it, so nothing was done and the data is unchanged. Open and close ParApp in that account, then try again; if it persists, ask the computer&apos;s administrator to grant read and write access to that file.</translation>
    </message>
    <message>
        <source>Tệp “{0}” bên cạnh tệp dữ liệu đang bị đánh dấu chỉ đọc (thường do chép cùng dữ liệu từ đĩa CD) nên chưa ghi gì, dữ liệu không bị thay đổi. Hãy bỏ đánh dấu chỉ đọc của tệp đó, như của tệp dữ liệu, rồi làm lại.</source>
        <translation>The file “{0}” beside the data file is marked read-only (usually from copying the data off a CD), so nothing was written and the data is unchanged. Take the read-only mark off that file, as off the data file, then try again.</translation>
    </message>
    <message>
        <source>“{0}” là thư mục giải nén từ một tệp sao lưu, không phải tệp dữ liệu; dữ liệu trong đó chỉ dùng được sau khi khôi phục (lệnh parapp restore {1} nói cách làm). Chưa làm gì.</source>
        <translation>“{0}” is a folder unpacked from a backup file, not a data file; the data in it can be used only once restored (the command parapp restore {1} says how). Nothing was done.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục, không phải tệp dữ liệu. Dữ liệu ParApp trong thư mục này là tệp “{1}”: hãy dùng --db {2}. Chưa làm gì.</source>
        <translation>“{0}” is a folder, not a data file. The ParApp data in this folder is the file “{1}”: use --db {2}. Nothing was done.</translation>
    </message>
    <message>
        <source>Không đọc hoặc ghi được ổ đĩa chứa “{0}” ({1}); chưa làm gì, dữ liệu không bị ghi đè. Hãy kiểm tra ổ đĩa hoặc USB (còn cắm chắc, còn chỗ trống) rồi làm lại; lệnh parapp check --db {3} cho biết dữ liệu có nguyên vẹn không.</source>
        <translation>The disk holding “{0}” could not be read or written ({1}); nothing was done and nothing was overwritten. Check the disk or USB stick (plugged in firmly, with free space) and try again; the command parapp check --db {3} tells whether the data is sound.</translation>
    </message>
    <message>
        <source>“{0}” là một liên kết (lối tắt) trỏ vòng về chính nó, không dẫn tới tệp dữ liệu nào, nên chưa làm gì; dữ liệu không bị thay đổi. Hãy ghi đường dẫn của tệp parapp.db thật, hoặc sửa liên kết đó.</source>
        <translation>“{0}” is a link (shortcut) that leads back to itself, to no data file, so nothing was done; the data was not changed. Give the path of the real parapp.db file, or repair that link.</translation>
    </message>
    <message>
        <source>Thư mục “{0}” là một liên kết trỏ ra ngoài thư mục dữ liệu “{1}”. Khi chạy với quyền quản trị (root), ParApp không ghi qua liên kết như vậy nên chưa làm gì; dữ liệu không bị thay đổi. Hãy xóa liên kết đó (ParApp tự tạo lại thư mục), hoặc chạy lệnh bằng tài khoản của người dùng.</source>
        <translation>The folder “{0}” is a link leading out of the data folder “{1}”. Run as administrator (root), ParApp does not write through such a link, so nothing was done; the data is unchanged. Delete that link (ParApp makes the folder again), or run the command as the user&apos;s own account.</translation>
    </message>
    <message>
        <source>Tệp “{0}” không phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để tạo dữ liệu mới.</source>
        <translation>“{0}” is not a ParApp database. Choose the right parapp.db, or a new file name to start new data.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục, không phải tệp dữ liệu ParApp, và trong đó không có tệp parapp.db. Hãy cho biết tệp parapp.db của dữ liệu, hoặc một tên tệp mới để tạo dữ liệu mới (ví dụ “{1}”).</source>
        <translation>“{0}” is a folder, not a ParApp data file, and it holds no parapp.db file. Give the data&apos;s parapp.db file, or a new file name to create new data (for example “{1}”).</translation>
    </message>
    <message>
        <source>Tệp “{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản này chưa biết). Hãy cài phiên bản ParApp mới nhất; dữ liệu không bị thay đổi.</source>
        <translation>“{0}” was made by a newer ParApp (it has the change {1}, unknown to this version). Install the latest ParApp; the data was not changed.</translation>
    </message>
    <message>
        <source>Không mở được tệp dữ liệu “{0}”: {1}. Dữ liệu không bị thay đổi; hãy khôi phục từ bản sao lưu gần nhất.</source>
        <translation>Cannot open the data file “{0}”: {1}. The data was not changed; restore from the latest backup.</translation>
    </message>
    <message>
        <source>Không tìm thấy {0} số {1}.</source>
        <translation>No {0} with number {1}.</translation>
    </message>
    <message>
        <source>Không thấy tệp dữ liệu “{0}”. Hãy kiểm tra lại đường dẫn; dữ liệu mới chỉ được tạo khi mở cửa sổ ParApp lần đầu hoặc bằng lệnh parapp demo.</source>
        <translation>The data file “{0}” was not found. Check the path; new data is only created by the first start of the ParApp window or by parapp demo.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” đang được một chương trình khác ghi; chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đợi một lát rồi thử lại.</source>
        <translation>Another program is writing the data file “{0}”; nothing was done and the data is unaffected. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>ParApp khác đang ghi dữ liệu này ({0}); chưa làm gì, dữ liệu không bị ảnh hưởng. Hãy đợi việc đó xong (hoặc đóng cửa sổ ParApp) rồi chạy lại.</source>
        <translation>Another ParApp is writing this data ({0}); nothing was done and the data is unaffected. Wait for it to finish (or close the ParApp window) and run again.</translation>
    </message>
    <message>
        <source>Ổ đĩa chứa “{0}” đã đầy nên chưa ghi được; dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy xóa bớt tệp không cần trên ổ đĩa đó rồi làm lại.</source>
        <translation>The disk holding “{0}” is full, so nothing was written; the data saved before is intact. Delete files you do not need on that disk and try again.</translation>
    </message>
    <message>
        <source>Dữ liệu đang ở nơi không ghi được (đĩa CD, USB khóa chống ghi, hoặc ổ đầy) nên ParApp đọc nó qua một bản chép tạm trong “{0}”, nhưng không ghi được vào thư mục tạm đó ({1}). Dữ liệu không bị thay đổi; hãy kiểm tra thư mục đó rồi làm lại.</source>
        <translation>The data is where nothing can be written (a CD, a write-protected USB stick, or a full disk), so ParApp reads it through a temporary copy in “{0}”, but that temporary folder cannot be written ({1}). The data has not been changed; check that folder, then try again.</translation>
    </message>
    <message>
        <source>Dữ liệu đang ở nơi không ghi được (đĩa CD, USB khóa chống ghi, hoặc ổ đầy) nên ParApp đọc nó qua một bản chép tạm trong “{0}”, nhưng ổ đĩa chứa thư mục tạm đó không đủ chỗ trống. Dữ liệu không bị thay đổi; hãy xóa bớt tệp trên ổ đĩa đó (ví dụ dọn thư mục tạm) rồi làm lại.</source>
        <translation>The data is where nothing can be written (a CD, a write-protected USB stick, or a full disk), so ParApp reads it through a temporary copy in “{0}”, but the disk holding that temporary folder has no room. The data has not been changed; delete some files on that disk (for example, clear the temporary folder), then try again.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động: thư mục “{0}” chỉ đọc hoặc không có quyền ghi. Chưa làm gì, dữ liệu không thay đổi. Hãy mở khóa thư mục đó rồi làm lại.</source>
        <translation>The automatic backup could not be made: the folder “{0}” is read-only or may not be written to. Nothing was done and the data is unchanged. Unlock that folder, then try again.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động: “{0}” không phải là thư mục (có một tệp trùng tên). Chưa làm gì, dữ liệu không thay đổi. Hãy đổi tên tệp đó rồi làm lại.</source>
        <translation>The automatic backup could not be made: “{0}” is not a folder (a file has that name). Nothing was done and the data is unchanged. Rename that file, then try again.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động trong “{0}” ({1}). Chưa làm gì, dữ liệu không thay đổi. Hãy kiểm tra thư mục đó rồi làm lại.</source>
        <translation>The automatic backup could not be made in “{0}” ({1}). Nothing was done and the data is unchanged. Check that folder, then try again.</translation>
    </message>
    <message>
        <source>Báo cáo {0} chưa được chốt, nên chưa có bản để ký hay gửi. Hãy chốt báo cáo trước.</source>
        <translation>The report for {0} is not finalised, so there is nothing to sign or send yet. Finalise the report first.</translation>
    </message>
    <message>
        <source>“{0}” không phải một tệp.</source>
        <translation>“{0}” is not a file.</translation>
    </message>
    <message>
        <source>Tệp “{0}” lớn bất thường ({1} MB); không phải bản báo cáo đã ký.</source>
        <translation>“{0}” is unusually large ({1} MB); it is not a signed report.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{0}”: {1}.</source>
        <translation>Cannot read “{0}”: {1}.</translation>
    </message>
    <message>
        <source>Tệp “{0}” vừa bị thay đổi trong khi gắn; chưa lưu gì. Hãy gắn lại.</source>
        <translation>“{0}” changed while it was being attached; nothing was stored. Attach it again.</translation>
    </message>
    <message>
        <source>Báo cáo đã chốt in ngày ký “ngày … tháng {0} năm {1}” nhưng được ký số ngày {2}: ngày tháng trên văn bản sai. Bản ký số vẫn được gắn; hãy tạo bản nháp mới từ bản đã chốt (trang Báo cáo), chốt lại trong tháng ký rồi ký số bản mới.</source>
        <translation>The finalised report prints its date as “day … of month {0}/{1}” but was signed digitally on {2}: the document&apos;s date is wrong. The signed copy is attached all the same; make a new draft from the finalised report (Reports page), finalise it in the month of signing and sign the new one.</translation>
    </message>
    <message>
        <source>“{0}” không phải bản quét (PDF hoặc ảnh JPG, PNG, TIFF).</source>
        <translation>“{0}” is not a scan (PDF, or a JPG, PNG or TIFF image).</translation>
    </message>
    <message>
        <source>Ngày gửi {0} còn ở phía trước; chỉ ghi nhận báo cáo đã gửi.</source>
        <translation>The sending date {0} is still to come; only a report already sent is recorded.</translation>
    </message>
    <message>
        <source>Ngày gửi {0} trước ngày chốt báo cáo ({1}); hãy kiểm tra lại ngày gửi.</source>
        <translation>The sending date {0} is before the report was finalised ({1}); check the date.</translation>
    </message>
    <message>
        <source>“{0}” không phải số văn bản. Hãy nhập số (ví dụ 39) hoặc số và ký hiệu (ví dụ 39/BC-UBND).</source>
        <translation>“{0}” is not a document number. Type a number (e.g. 39) or a number and symbol (e.g. 39/BC-UBND).</translation>
    </message>
    <message>
        <source>Báo cáo đã in sẵn số {0} khi chốt; không ghi gửi dưới số {1} được.</source>
        <translation>The report was finalised with the number {0} printed on it; it cannot be recorded as sent under {1}.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn tệp văn bản, tệp PDF hoặc ảnh chụp.</source>
        <translation>“{0}” is not an ordinary file (it may be a folder or a device); choose a document, a PDF or a scan.</translation>
    </message>
    <message>
        <source>Tệp “{0}” quá lớn để làm tệp kiểm chứng ({1} MB; tối đa {2} MB): bản sao lưu không chứa được. Hãy chọn bản chụp hoặc tệp PDF của văn bản.</source>
        <translation>The file “{0}” is too large to be an evidence file ({1} MB; at most {2} MB): a backup could not hold it. Choose a scan or a PDF of the document.</translation>
    </message>
    <message>
        <source>“{0}” là tệp dữ liệu ParApp (hoặc tệp phụ bên cạnh tệp dữ liệu “{1}”), không phải văn bản kiểm chứng; chưa lưu gì. Hãy chọn tệp văn bản, tệp PDF hoặc ảnh chụp. Muốn giữ một bản của dữ liệu, hãy dùng Tệp → Sao lưu ra USB…</source>
        <translation>“{0}” is a ParApp data file (or a side file beside the data file “{1}”), not an evidence document; nothing was saved. Choose a text document, a PDF or a scanned image. To keep a copy of the data, use File → Back up to USB…</translation>
    </message>
    <message>
        <source>Không chép được tệp kiểm chứng vào thư mục “{0}”: tài khoản này không có quyền ghi vào đó, nên chưa lưu gì. Hãy nhờ người quản trị máy cấp quyền ghi thư mục dữ liệu (cả thư mục evidence bên trong), rồi thử lại.</source>
        <translation>The evidence file could not be copied into the folder “{0}”: this account has no permission to write there, so nothing was saved. Ask the computer’s administrator for write access to the data folder (including the evidence folder inside it), then try again.</translation>
    </message>
    <message>
        <source>Tệp “{0}” thay đổi trong lúc đang được chép; hãy đóng chương trình đang mở nó rồi thử lại.</source>
        <translation>The file “{0}” changed while it was being copied; close the program that has it open and try again.</translation>
    </message>
    <message>
        <source>Không chép được tệp kiểm chứng vào thư mục dữ liệu: {0}. Hãy kiểm tra chỗ trống trên ổ đĩa.</source>
        <translation>Cannot copy the evidence file into the data folder: {0}. Check the free disk space.</translation>
    </message>
    <message>
        <source>cán bộ</source>
        <translation>official</translation>
    </message>
    <message>
        <source>Hãy bật ít nhất một kỳ báo cáo.</source>
        <translation>Turn on at least one reporting period.</translation>
    </message>
    <message>
        <source>Không có mẫu lịch báo cáo “{0}”.</source>
        <translation>There is no schedule preset “{0}”.</translation>
    </message>
    <message>
        <source>Lịch báo cáo hiện tại không có kỳ “{0}” cho năm {1}; các kỳ có: {2}. Hãy chọn một trong các kỳ đó, hoặc thêm kỳ này trong Tệp → Lịch báo cáo định kỳ… rồi làm lại.</source>
        <translation>The current report schedule has no period “{0}” for {1}; its periods are: {2}. Choose one of those, or add this period in File → Reporting schedule… and try again.</translation>
    </message>
    <message>
        <source>kế hoạch</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Thời hạn mới ({0}) phải thuộc năm {1} trở đi: việc được chuyển sang kế hoạch năm {1}.</source>
        <translation>The new deadline ({0}) must be in {1} or later: the work is carried into the plan of {1}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} đã hoàn thành hoặc đã dừng: không có gì để chuyển sang năm sau.</source>
        <translation>Task {0} is done or dropped: there is nothing to carry into next year.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} là việc lặp lại (thường xuyên, hằng năm…): kế hoạch năm sau giao lại việc này, không cần chuyển.</source>
        <translation>Task {0} is recurring work (ongoing, yearly…): next year&apos;s plan gives it again, no need to carry it.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} đã được chuyển sang năm sau (nhiệm vụ số {1}).</source>
        <translation>Task {0} was already carried into next year (task {1}).</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} không thuộc kế hoạch của một năm trước năm {1}: chỉ chuyển được việc của năm trước sang kế hoạch năm sau.</source>
        <translation>Task {0} is not in a plan of a year before {1}: only an earlier year&apos;s work can be carried into a later year&apos;s plan.</translation>
    </message>
    <message>
        <source>Báo cáo này đã chốt nên không sửa được nữa. Hãy tạo bản nháp mới từ nó nếu cần thay đổi.</source>
        <translation>This report is finalised and can no longer be edited. Make a new draft from it to change it.</translation>
    </message>
    <message>
        <source>báo cáo</source>
        <translation>report</translation>
    </message>
    <message>
        <source>Chỉ báo cáo đã chốt mới được đánh dấu đã gửi. Hãy chốt báo cáo trước.</source>
        <translation>Only a finalised report can be marked as sent. Finalise the report first.</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>lĩnh vực</source>
        <translation>area</translation>
    </message>
    <message>
        <source>nhiệm vụ</source>
        <translation>task</translation>
    </message>
    <message>
        <source>Nhiệm vụ này ghi là đã chuyển sang năm sau, nhưng nhiệm vụ nhận chuyển (số {0}) không còn trong dữ liệu. Hãy sửa chỗ đó: lệnh parapp repair --db &lt;tệp dữ liệu&gt; (trong cửa sổ: Tệp → Sao lưu ra USB…, nút “Sửa chỗ chữ hỏng” của hộp báo) bỏ liên kết đó như khi xóa nhiệm vụ nhận chuyển, không mất gì khác; rồi ghi hoàn thành hoặc dừng thực hiện ở đây.</source>
        <translation>This task is recorded as carried into next year, but the task carrying it (number {0}) is no longer in the data. Mend that first: parapp repair --db &lt;data file&gt; (in the window: File → Back up to USB…, the message&apos;s “Mend damaged text” button) empties that link as removing the carrying task would, losing nothing else; then record it finished or stopped here.</translation>
    </message>
    <message>
        <source>Nhiệm vụ này đã chuyển sang năm sau (nhiệm vụ số {0}): hãy ghi hoàn thành hoặc dừng thực hiện ở nhiệm vụ số {0}.</source>
        <translation>This task was carried into the next year (task no. {0}): record its completion or stopping on task no. {0}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ này đã chuyển sang kế hoạch năm {0} (nhiệm vụ số {1}): hãy ghi hoàn thành hoặc dừng thực hiện ở nhiệm vụ số {1}.</source>
        <translation>This task was carried into the {0} plan (task no. {1}): record its completion or stopping on task no. {1}.</translation>
    </message>
    <message>
        <source>Nội dung tiến độ đang trống. Hãy ghi kết quả hoặc việc đã làm.</source>
        <translation>The progress note is empty. Write the result or what was done.</translation>
    </message>
    <message>
        <source>Ngày ghi tiến độ ({0}) sau ngày hôm nay. Hãy nhập ngày đã làm việc này.</source>
        <translation>The progress note&apos;s date ({0}) is after today. Enter the day the work was done.</translation>
    </message>
    <message>
        <source>Sau --db chưa có tên tệp dữ liệu. Hãy ghi đường dẫn tệp, ví dụ --db D:\ParApp\parapp.db, hoặc bỏ --db để dùng dữ liệu của người dùng này.</source>
        <translation>--db has no data file after it. Give the file&apos;s path, for example --db D:\ParApp\parapp.db, or leave --db out to use this user&apos;s data.</translation>
    </message>
    <message>
        <source>“{0}” là tên một thư mục nhưng thư mục đó chưa có; chưa làm gì. Hãy tạo thư mục đó rồi dùng tệp dữ liệu trong nó: --db {1}</source>
        <translation>“{0}” is the name of a folder, but that folder does not exist yet; nothing was done. Make that folder, then use the data file in it: --db {1}</translation>
    </message>
    <message>
        <source>Không tạo được thư mục dữ liệu “{0}”: ổ đĩa hoặc thư mục đó không dùng được (ổ mạng mất kết nối, ổ đầy, không được phép ghi, hoặc trùng tên một tệp). Hãy kiểm tra ổ đĩa đó, hoặc ghi --db với tệp dữ liệu ở thư mục khác, ví dụ --db D:\ParApp\parapp.db.</source>
        <translation>Could not create the data folder “{0}”: that drive or folder cannot be used (a network drive disconnected, a full disk, no permission to write, or a file of the same name). Check that drive, or give --db with a data file in another folder, for example --db D:\ParApp\parapp.db.</translation>
    </message>
    <message>
        <source>Sau --today chưa có ngày. Hãy ghi ngày, ví dụ --today 15/03/2026, hoặc bỏ --today để tính từ hôm nay.</source>
        <translation>--today has no date after it. Give one, for example --today 15/03/2026, or leave --today out to count from today.</translation>
    </message>
    <message>
        <source>Hãy cho biết kỳ và năm, ví dụ: --period q1 --year 2026.</source>
        <translation>Give the period and the year, for example: --period q1 --year 2026.</translation>
    </message>
    <message>
        <source>Đã có chỉ tiêu mã “{0}”. Hãy chọn mã khác.</source>
        <translation>An indicator with code “{0}” already exists. Choose another code.</translation>
    </message>
    <message>
        <source>Kỳ “{0}” không có. Hãy chọn q1, q2, q3, q4, h1, 9m hoặc year.</source>
        <translation>There is no period “{0}”. Choose q1, q2, q3, q4, h1, 9m or year.</translation>
    </message>
    <message>
        <source>Hãy chọn loại văn bản (Quyết định, Kế hoạch, Công văn…).</source>
        <translation>Choose the kind of document (decision, plan, official letter…).</translation>
    </message>
    <message>
        <source>Văn bản “{0}” cần có số hoặc ngày ban hành để báo cáo trích dẫn được.</source>
        <translation>The document “{0}” needs a number or an issue date for the report to cite it.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu bị hỏng: {0}. Hãy khôi phục từ bản sao lưu gần nhất.</source>
        <translation>The database is damaged: {0}. Restore from the latest backup.</translation>
    </message>
    <message>
        <source>Chỉ mục của dữ liệu bị lệch với bảng ({0}); dữ liệu trong các bảng vẫn đọc được. Lệnh parapp repair --db {1} dựng lại chỉ mục từ các bảng, không mất gì; không cần khôi phục bản sao lưu.</source>
        <translation>The data’s indexes are out of step with their tables ({0}); the data in the tables still reads. The command parapp repair --db {1} rebuilds the indexes from the tables, losing nothing; no need to restore a backup.</translation>
    </message>
    <message>
        <source>Chỉ mục của bản sao lưu tự động này bị lệch với bảng ({0}); dữ liệu trong các bảng vẫn đọc được. Bản này vẫn khôi phục được: khi khôi phục, chỉ mục được dựng lại từ các bảng, không mất gì.</source>
        <translation>The indexes of this automatic snapshot are out of step with its tables ({0}); the data in the tables still reads. It still restores: its indexes are rebuilt from the tables as it is restored, losing nothing.</translation>
    </message>
    <message>
        <source>Cấu trúc dữ liệu khác với của ParApp: {0}.</source>
        <translation>The data&apos;s structure differs from ParApp&apos;s: {0}.</translation>
    </message>
    <message>
        <source>Cài đặt: {0}.</source>
        <translation>Settings: {0}.</translation>
    </message>
    <message>
        <source>Báo cáo: {0}.</source>
        <translation>Report: {0}.</translation>
    </message>
    <message>
        <source>Thiếu tệp kiểm chứng “{0}” của nhiệm vụ {1}.</source>
        <translation>The evidence file “{0}” of task {1} is missing.</translation>
    </message>
    <message>
        <source>Thiếu tệp tài liệu “{0}” của Chỉ số CCHC.</source>
        <translation>The PAR INDEX document “{0}” is missing.</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng “{0}” đã bị thay đổi hoặc hỏng.</source>
        <translation>The evidence file “{0}” was changed or is damaged.</translation>
    </message>
    <message>
        <source>Thiếu tệp bản đã ký “{0}” của báo cáo {1}.</source>
        <translation>The signed copy “{0}” of the report for {1} is missing.</translation>
    </message>
    <message>
        <source>Tệp bản đã ký “{0}” của báo cáo {1} đã bị thay đổi hoặc hỏng.</source>
        <translation>The signed copy “{0}” of the report for {1} has been changed or damaged.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{0}” trong thư mục dữ liệu (không có quyền đọc hoặc ổ đĩa lỗi). Hãy mở ParApp bằng tài khoản đã tạo dữ liệu, hoặc nhờ người quản trị máy cấp quyền đọc thư mục dữ liệu.</source>
        <translation>The file “{0}” in the data folder cannot be read (no permission to read it, or a disk error). Open ParApp under the account that created the data, or ask the computer’s administrator to grant read access to the data folder.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” có chữ bị hỏng trên đĩa ({1}). Dữ liệu không bị thay đổi. Hãy chạy lệnh parapp repair --db {2} (trong cửa sổ: nút “Sửa chỗ chữ hỏng”) rồi làm lại.</source>
        <translation>The data file “{0}” holds text damaged on the disk ({1}). The data was not changed. Run the command parapp repair --db {2} (in the window: the “Mend damaged text” button), then try again.</translation>
    </message>
    <message>
        <source>Tệp dữ liệu “{0}” có giá trị ParApp không đọc được ({1}): có lẽ nó đã bị sửa bằng một chương trình khác. Dữ liệu không bị thay đổi. Hãy khôi phục bản sao lưu gần nhất còn tốt (lệnh parapp restore, hoặc Tệp → Khôi phục… trong cửa sổ); lệnh parapp check --db {2} nêu mọi chỗ như vậy.</source>
        <translation>The data file “{0}” holds a value ParApp cannot read ({1}): it was probably changed with another program. The data was not changed. Restore the latest good backup (the parapp restore command, or File → Restore… in the window); the command parapp check --db {2} names every such place.</translation>
    </message>
    <message>
        <source>“{0}” không phải tệp dữ liệu ParApp nên không bị ghi đè. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để khôi phục vào.</source>
        <translation>“{0}” is not a ParApp data file, so it is not overwritten. Choose the right parapp.db, or a new file name to restore into.</translation>
    </message>
    <message>
        <source>Không đủ chỗ trống để khôi phục vào “{0}”: cần khoảng {1} MB, còn {2} MB. Hãy xóa bớt tệp trên ổ đĩa đó rồi khôi phục lại; chưa ghi gì.</source>
        <translation>Not enough free space to restore into “{0}”: about {1} MB needed, {2} MB free. Delete files on that disk and restore again; nothing was written.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu được khôi phục không phải dữ liệu ParApp nguyên vẹn ({0}); bị từ chối, dữ liệu hiện tại không bị thay đổi. Hãy chọn một bản sao lưu khác (tệp khác hoặc một bản sao lưu tự động), hoặc sao lưu lại trên máy có dữ liệu gốc.</source>
        <translation>The database being restored is not sound ParApp data ({0}); refused, the current data was not changed. Choose another backup (another file or an automatic backup), or make a new backup on the computer that has the original data.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục “{0}” bên trong thư mục dữ liệu: tài khoản này không có quyền ghi vào đó; chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy nhờ người quản trị máy cấp quyền ghi thư mục dữ liệu (cả các thư mục bên trong), rồi khôi phục lại.</source>
        <translation>Cannot write to the folder “{0}” inside the data folder: this account has no permission to write there; nothing was restored and the current data is unchanged. Ask the computer’s administrator for write access to the data folder (and the folders inside it), then restore again.</translation>
    </message>
    <message>
        <source>Không thay được tệp “{0}” (tệp chỉ đọc, hoặc đang mở trong chương trình khác); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đóng chương trình đang mở tệp đó, hoặc bỏ đánh dấu chỉ đọc của tệp (Thuộc tính), rồi khôi phục lại.</source>
        <translation>Could not replace the file “{0}” (it is read-only, or open in another program); nothing was restored and the current data is unchanged. Close the program that has the file open, or clear the file’s read-only mark (Properties), then restore again.</translation>
    </message>
    <message>
        <source>“{0}” là một thư mục nằm đúng chỗ ParApp cần một tệp (tệp kiểm chứng); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đổi tên hoặc chuyển thư mục đó ra chỗ khác rồi khôi phục lại.</source>
        <translation>“{0}” is a folder standing where ParApp needs a file (an evidence file); nothing was restored and the current data is unchanged. Rename that folder or move it elsewhere, then restore again.</translation>
    </message>
    <message>
        <source>“{0}” là một tệp nằm đúng chỗ ParApp cần một thư mục (để giữ tệp kiểm chứng); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy đổi tên hoặc chuyển tệp đó ra chỗ khác rồi khôi phục lại.</source>
        <translation>“{0}” is a file standing where ParApp needs a folder (to keep evidence files); nothing was restored and the current data was not changed. Rename that file or move it elsewhere, then restore again.</translation>
    </message>
    <message>
        <source>Không ghi được vào “{0}” ({1}); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy kiểm tra ổ đĩa rồi thử lại.</source>
        <translation>Cannot write to “{0}” ({1}); nothing was restored and the current data was not changed. Check the disk and try again.</translation>
    </message>
    <message>
        <source>Chưa kiểm tra xong “{0}”: dữ liệu trong tệp sao lưu được đọc qua thư mục tạm “{1}”, nhưng không ghi được vào thư mục đó ({2}). Chưa biết tệp sao lưu có khôi phục được hay không; không có gì bị ghi hay thay đổi. Hãy xóa bớt tệp trên ổ đĩa chứa thư mục tạm đó (ví dụ dọn thư mục tạm) rồi kiểm tra lại.</source>
        <translation>Checking “{0}” is not finished: the data in the backup file is read through the temporary folder “{1}”, but that folder cannot be written ({2}). Whether the backup restores is not known yet; nothing was written or changed. Delete some files on the disk holding that temporary folder (for example empty the temporary folder), then check again.</translation>
    </message>
    <message>
        <source>Không còn bản chụp “{0}”: nó đã bị xóa (hoặc được dọn bớt) sau khi được liệt kê. Dữ liệu hiện tại giữ nguyên; hãy chọn một bản chụp khác.</source>
        <translation>The snapshot “{0}” is no longer there: it was deleted (or pruned) after it was listed. The current data is unchanged; choose another snapshot.</translation>
    </message>
    <message>
        <source>“{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản này chưa biết); chưa khôi phục, dữ liệu hiện tại không bị thay đổi. Hãy cài phiên bản ParApp mới nhất rồi khôi phục.</source>
        <translation>“{0}” was made by a newer version of ParApp (it has change {1}, which this version does not know); nothing was restored and the current data is unchanged. Install the latest version of ParApp, then restore.</translation>
    </message>
    <message>
        <source>Tệp sao lưu có thành phần lạ “{0}” mà cơ sở dữ liệu không dùng; bị từ chối.</source>
        <translation>The backup file has a member “{0}” its database does not use; refused.</translation>
    </message>
    <message>
        <source>“{0}” trong tệp sao lưu không khớp kích thước cơ sở dữ liệu ghi; bị từ chối.</source>
        <translation>“{0}” in the backup file does not have the size its database records; refused.</translation>
    </message>
    <message>
        <source>bản ghi nâng cấp không theo thứ tự của ParApp</source>
        <translation>its upgrade record is not in ParApp&apos;s order</translation>
    </message>
    <message>
        <source>có {0} lạ “{1}” mà ParApp không tạo</source>
        <translation>an unknown {0} “{1}” that ParApp does not create</translation>
    </message>
    <message>
        <source>“{0}” là {1} thay vì {2}</source>
        <translation>“{0}” is a {1} instead of a {2}</translation>
    </message>
    <message>
        <source>{0} “{1}” khác với của ParApp{2}</source>
        <translation>{0} “{1}” differs from ParApp&apos;s{2}</translation>
    </message>
    <message>
        <source>thiếu {0} “{1}”</source>
        <translation>{0} “{1}” is missing</translation>
    </message>
    <message>
        <source>bảng</source>
        <translation>table</translation>
    </message>
    <message>
        <source>chỉ mục</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>khung nhìn (view)</source>
        <translation>view</translation>
    </message>
    <message>
        <source>thừa cột {0}</source>
        <translation>extra column {0}</translation>
    </message>
    <message>
        <source>thiếu cột {0}</source>
        <translation>missing column {0}</translation>
    </message>
    <message>
        <source>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1})</source>
        <translation>{0} rows refer to data that no longer exists (table {1})</translation>
    </message>
    <message>
        <source>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1}, cột {2}, dòng {3} trỏ tới dòng {4} không còn); lệnh parapp repair bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác</source>
        <translation>{0} row(s) refer to data that no longer exists (table {1}, column {2}, row {3} points at row {4}, which is gone); parapp repair empties that link, as removing the other row would, losing nothing else</translation>
    </message>
    <message>
        <source>{0} dòng tham chiếu tới dữ liệu không còn tồn tại (bảng {1}, cột {2}, dòng {3} trỏ tới dòng {4} không còn). Bản sao lưu tự động này không sửa trực tiếp được (giữ để quay lại), nhưng vẫn khôi phục được vào dữ liệu của thư mục {6} (parapp restore {5} --db &lt;tệp dữ liệu trong thư mục đó&gt;): sau đó lệnh parapp repair --db &lt;tệp dữ liệu đó&gt; bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác</source>
        <translation>{0} row(s) refer to data that no longer exists (table {1}, column {2}, row {3} points at row {4}, which is gone). This automatic backup is not repaired itself (it is kept as a way back), but it can still be restored into the data of folder {6} (parapp restore {5} --db &lt;data file in that folder&gt;): then parapp repair --db &lt;that data file&gt; empties that link, as removing the other row would, losing nothing else</translation>
    </message>
    <message>
        <source>báo cáo đã chốt số {0} ({1} năm {2}) không còn khớp mã băm lúc chốt: nội dung đã bị sửa ngoài ParApp</source>
        <translation>finalised report no. {0} ({1} {2}) no longer matches the hash it was finalised with: its content was changed outside ParApp</translation>
    </message>
    <message>
        <source>tệp kiểm chứng “{0}” ghi mã “{1}”, không phải mã SHA-256 ParApp đặt cho tệp</source>
        <translation>evidence file “{0}” is recorded under “{1}”, which is not a SHA-256 as ParApp names its files</translation>
    </message>
    <message>
        <source>tệp kiểm chứng “{0}” ghi kích thước “{1}”, không phải một số byte</source>
        <translation>the evidence file “{0}” records the size “{1}”, which is not a number of bytes</translation>
    </message>
    <message>
        <source>tệp kiểm chứng mã “{0}” ghi tên không phải chữ</source>
        <translation>the evidence file with hash “{0}” records a name that is not text</translation>
    </message>
    <message>
        <source>bảng {0}, cột {1} chứa dữ liệu nhị phân, loại ParApp không bao giờ ghi</source>
        <translation>table {0}, column {1} holds binary data, which ParApp never writes</translation>
    </message>
    <message>
        <source>bảng {0}, cột {1}, dòng {2} có chữ bị hỏng, không đọc được (không phải UTF-8); lệnh parapp repair sửa được chỗ đó mà không mất gì khác</source>
        <translation>table {0}, column {1}, row {2} holds damaged text that cannot be read (not UTF-8); the command parapp repair mends it without losing anything else</translation>
    </message>
    <message>
        <source>bảng {0}, cột {1}, dòng {2} của bản sao lưu tự động này có chữ bị hỏng, không đọc được (không phải UTF-8). Bản này không sửa trực tiếp được (giữ để quay lại), nhưng vẫn khôi phục được: sau khi khôi phục, lệnh parapp repair --db &lt;tệp dữ liệu đã khôi phục vào&gt; sửa chỗ đó mà không mất gì khác</source>
        <translation>table {0}, column {1}, row {2} of this automatic backup holds damaged text that cannot be read (not UTF-8). This copy cannot be mended in place (it is kept as the way back), but it still restores: once restored, the command parapp repair --db &lt;the data file it was restored into&gt; mends it without losing anything else</translation>
    </message>
    <message>
        <source>không phải số nguyên</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>không phải một ngày</source>
        <translation>not a date</translation>
    </message>
    <message>
        <source>không phải kỳ báo cáo ParApp biết</source>
        <translation>not a reporting period ParApp knows</translation>
    </message>
    <message>
        <source>không phải ngày, tháng hay số ngày ParApp ghi</source>
        <translation>not a day, a month or a number of days ParApp writes</translation>
    </message>
    <message>
        <source>không phải một số liệu</source>
        <translation>not a figure</translation>
    </message>
    <message>
        <source>không đọc được</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>không phải năm ParApp ghi (từ 2000 đến 2100)</source>
        <translation>not a year ParApp writes (2000 to 2100)</translation>
    </message>
    <message>
        <source>không phải mã tiêu chí ParApp ghi</source>
        <translation>not a criterion code ParApp writes</translation>
    </message>
    <message>
        <source>bảng {0}, cột {1} ghi “{2}”, {3}</source>
        <translation>table {0}, column {1} holds “{2}”, {3}</translation>
    </message>
    <message>
        <source>cài đặt “{0}” ghi giá trị mà ParApp không đọc được</source>
        <translation>the setting “{0}” holds a value ParApp cannot read</translation>
    </message>
    <message>
        <source>cơ sở dữ liệu có cấu trúc số {0} nhưng manifest ghi {1}</source>
        <translation>the database has schema {0} but the manifest says {1}</translation>
    </message>
    <message>
        <source>Chỉ tiêu {0} được cho hai giá trị khác nhau ({1} và {2}): hãy giữ một.</source>
        <translation>Indicator {0} was given two different values ({1} and {2}): keep one.</translation>
    </message>
    <message>
        <source>“{0}”: hãy viết --column SỐ_CỘT=MÃ, ví dụ --column 10=late hoặc --column 14=skip.</source>
        <translation>“{0}”: write --column NUMBER=CODE, for example --column 10=late or --column 14=skip.</translation>
    </message>
    <message>
        <source>“{0}”: không biết nghĩa “{1}”. Dùng mã chỉ tiêu (như dossiers.resolved_late), một nghĩa của cột ({2}) hoặc skip.</source>
        <translation>“{0}”: unknown meaning “{1}”. Use an indicator code (such as dossiers.resolved_late), a column meaning ({2}) or skip.</translation>
    </message>
    <message>
        <source>Cột {0} được chọn hai nghĩa khác nhau: hãy chỉ giữ một --column {0}=….</source>
        <translation>Column {0} was given two different meanings: keep only one --column {0}=….</translation>
    </message>
    <message>
        <source>Tệp không ghi kỳ báo cáo (“Kỳ báo cáo: …” hay “Từ ngày … đến ngày …”): hãy cho biết kỳ và năm, ví dụ: --period q1 --year 2026.</source>
        <translation>The file states no reporting period (no period line, no dates from … to …): give the period and the year, for example: --period q1 --year 2026.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày gửi, ví dụ --on 18/03/2026.</source>
        <translation>Give the sending date, e.g. --on 18/03/2026.</translation>
    </message>
    <message>
        <source>Tệp này không phải tệp PDF.</source>
        <translation>This file is not a PDF.</translation>
    </message>
    <message>
        <source>Không đọc được tệp PDF này ({0}).</source>
        <translation>This PDF could not be read ({0}).</translation>
    </message>
    <message>
        <source>Tệp PDF này đã bị mã hóa, nên không phải bản ParApp làm ra từ báo cáo đã chốt.</source>
        <translation>This PDF is encrypted, so it is not the one ParApp made of the finalised report.</translation>
    </message>
    <message>
        <source>Tệp này không có chữ ký số nào. Nếu đây là bản giấy đã ký tay rồi quét lại, hãy gắn nó như bản quét (--scan).</source>
        <translation>This file has no digital signature. If it is the paper copy signed in ink and scanned, attach it as a scan (--scan).</translation>
    </message>
    <message>
        <source>Chữ ký “{0}” trong tệp không đọc được ({1}); tệp bị từ chối.</source>
        <translation>The signature “{0}” in the file cannot be read ({1}); the file is refused.</translation>
    </message>
    <message>
        <source>Phần đã ký của tệp đã bị thay đổi sau khi ký: chữ ký “{0}” không còn khớp nội dung. Hãy lấy lại đúng tệp đã ký từ hệ thống.</source>
        <translation>The signed part of the file was changed after signing: the signature “{0}” no longer matches the content. Get the signed file from the system again.</translation>
    </message>
    <message>
        <source>Chữ ký “{0}” không hợp lệ (không khớp chứng thư của người ký).</source>
        <translation>The signature “{0}” is not valid (it does not match the signer&apos;s certificate).</translation>
    </message>
    <message>
        <source>Chữ ký “{0}” không phủ toàn bộ văn bản nó ký.</source>
        <translation>The signature “{0}” does not cover the whole document it signs.</translation>
    </message>
    <message>
        <source>Tệp đã được lưu lại toàn bộ bằng chương trình khác thay vì ký thêm vào bản ParApp làm ra, nên không chứng minh được nội dung đã ký đúng là báo cáo đã chốt.</source>
        <translation>The file was saved anew by another program instead of being signed onto the PDF ParApp made, so it cannot show that what was signed is the finalised report.</translation>
    </message>
    <message>
        <source>Đây là bản đã ký của {0}, không phải của báo cáo đã chọn.</source>
        <translation>This is the signed copy of {0}, not of the report chosen.</translation>
    </message>
    <message>
        <source>Phần đầu của tệp không phải bản PDF ParApp làm ra từ báo cáo đã chốt này: có thể tệp được ký từ bản nháp, từ bản đã sửa trong chương trình khác, hoặc là của báo cáo khác. Hãy ký đúng tệp PDF xuất từ báo cáo đã chốt.</source>
        <translation>The file does not begin with the PDF ParApp made of this finalised report: it may have been signed from a draft, from a copy edited in another program, or be another report&apos;s. Sign the very PDF exported from the finalised report.</translation>
    </message>
    <message>
        <source>Một lần lưu sau khi ParApp làm ra tệp đã sửa hoặc xóa nội dung của báo cáo (không chỉ thêm số, ngày, hình chữ ký, con dấu hay chữ ký khác). Tệp bị từ chối.</source>
        <translation>A later save changed or removed the report&apos;s content (not only adding the number, the date, the signature&apos;s or seal&apos;s image or another signature). The file is refused.</translation>
    </message>
    <message>
        <source>Số ngày nhìn trước phải từ 0 đến 366 (ví dụ: --days 14).</source>
        <translation>The days to look ahead must be from 0 to 366 (for example: --days 14).</translation>
    </message>
    <message>
        <source>“{0}” không chủ trì nhiệm vụ nào đang mở. Những nơi có: {1}.</source>
        <translation>“{0}” leads no open task. Those that do: {1}.</translation>
    </message>
    <message>
        <source>“{0}” là một đơn vị, còn danh sách đang in theo từng người chủ trì. Hãy in theo đơn vị (bỏ --by person), hoặc ghi tên một người: {1}.</source>
        <translation>“{0}” is an office, and the lists are being made person by person. Make them by office (leave out --by person), or give a person&apos;s name: {1}.</translation>
    </message>
    <message>
        <source>“{0}” là một người chủ trì, còn danh sách đang in theo đơn vị. Hãy in theo từng người (--by person), hoặc ghi tên một đơn vị: {1}.</source>
        <translation>“{0}” is a person leading tasks, and the lists are being made office by office. Make them person by person (--by person), or give an office&apos;s name: {1}.</translation>
    </message>
    <message>
        <source>Tệp phải có đuôi .{0} (ví dụ: {1}). Chưa ghi gì.</source>
        <translation>The file name must end in .{0} (for example: {1}). Nothing was written.</translation>
    </message>
    <message>
        <source>Năm {0} không hợp lệ: ParApp làm việc với các năm từ {1} đến {2}. Hãy nhập năm có 4 chữ số, ví dụ 2026.</source>
        <translation>The year {0} is not valid: ParApp works with the years {1} to {2}. Enter a four-digit year, e.g. 2026.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động: dữ liệu đang được chương trình khác ghi. Dữ liệu vẫn mở bình thường.</source>
        <translation>No automatic backup could be made: another program is writing the data. The data is open as usual.</translation>
    </message>
    <message>
        <source>Chưa tạo được bản sao lưu tự động trong “{0}” ({1}). Dữ liệu vẫn mở bình thường; hãy kiểm tra thư mục đó (còn chỗ trống, không bị khóa) và sao lưu ra USB.</source>
        <translation>No automatic backup could be made in “{0}” ({1}). The data is open as usual; check that folder (free space, not locked) and back up to a USB stick.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{0}”: ParApp mở một bản chép của tệp trong thư mục tạm “{1}” nhưng không dùng được thư mục đó ({2}). Tệp trong dữ liệu vẫn nguyên; hãy kiểm tra thư mục tạm đó rồi làm lại.</source>
        <translation>Could not open “{0}”: ParApp opens a copy of the file in the temporary folder “{1}”, but that folder cannot be used ({2}). The file in the data is untouched; check that temporary folder and try again.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{0}”: chỗ của nó trong thư mục dữ liệu không còn là một tệp bình thường (đã bị thay bằng thứ khác). Hãy khôi phục từ một bản sao lưu để lấy lại tệp này.</source>
        <translation>Could not open “{0}”: what stands in its place in the data folder is no longer an ordinary file (something else replaced it). Restore from a backup to get this file back.</translation>
    </message>
    <message>
        <source>Không mở được tệp “{0}”: {1}.</source>
        <translation>Could not open the file “{0}”: {1}.</translation>
    </message>
    <message>
        <source>không còn thấy tệp hoặc thư mục</source>
        <translation>the file or folder is no longer there</translation>
    </message>
    <message>
        <source>một phần của đường dẫn không phải thư mục</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>đã có tệp trùng tên</source>
        <translation>a file of that name already exists</translation>
    </message>
    <message>
        <source>không có quyền</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>ổ đĩa chỉ đọc</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>ổ đĩa đã đầy</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>lỗi đọc hoặc ghi ổ đĩa</source>
        <translation>the disk failed a read or a write</translation>
    </message>
    <message>
        <source>thiết bị không còn</source>
        <translation>the device is gone</translation>
    </message>
    <message>
        <source>tên hoặc đường dẫn quá dài</source>
        <translation>the name or path is too long</translation>
    </message>
    <message>
        <source>đang được chương trình khác dùng</source>
        <translation>in use by another program</translation>
    </message>
    <message>
        <source>đó là một thư mục</source>
        <translation>that is a folder</translation>
    </message>
    <message>
        <source>tên hoặc đường dẫn không hợp lệ</source>
        <translation>the name or path is not valid</translation>
    </message>
    <message>
        <source>ổ mạng không còn kết nối</source>
        <translation>the network drive is no longer connected</translation>
    </message>
    <message>
        <source>ổ đĩa hoặc ổ mạng không trả lời</source>
        <translation>the disk or network drive does not answer</translation>
    </message>
    <message>
        <source>tệp lớn hơn mức ổ đĩa này nhận (USB định dạng FAT32 chỉ nhận tệp dưới 4 GB)</source>
        <translation>the file is larger than this disk takes (a FAT32 USB stick takes no file of 4 GB or more)</translation>
    </message>
    <message>
        <source>máy đang mở quá nhiều tệp</source>
        <translation>the computer has too many files open</translation>
    </message>
    <message>
        <source>máy hết bộ nhớ</source>
        <translation>the computer is out of memory</translation>
    </message>
    <message>
        <source>thư mục không trống</source>
        <translation>the folder is not empty</translation>
    </message>
    <message>
        <source>đường dẫn là lối tắt vòng quanh</source>
        <translation>the path is a shortcut that loops</translation>
    </message>
    <message>
        <source>tên có ký tự ổ đĩa này không nhận</source>
        <translation>the name has characters this disk does not accept</translation>
    </message>
    <message>
        <source>không chuyển được sang ổ đĩa khác</source>
        <translation>it cannot be moved to another disk</translation>
    </message>
    <message>
        <source>ổ đĩa này không hỗ trợ việc đó</source>
        <translation>this disk does not support that</translation>
    </message>
    <message>
        <source>lỗi hệ thống {0}</source>
        <translation>system error {0}</translation>
    </message>
    <message>
        <source>lỗi không rõ</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>“{0}” dài {1} ký tự, quá giới hạn {2} ký tự của một dòng. Hãy rút gọn (có lẽ đã dán nhầm cả một đoạn văn bản).</source>
        <translation>“{0}” is {1} characters long, over the limit of {2} characters for one line. Please shorten it (a whole passage of text may have been pasted by mistake).</translation>
    </message>
    <message>
        <source>Chưa thể chốt báo cáo {0}: số liệu của kỳ này tính từ ngày {1}, chưa đến. Hãy kiểm tra lại kỳ và năm báo cáo, hoặc chốt khi đã vào kỳ.</source>
        <translation>The {0} report cannot be finalised yet: this period&apos;s figures start on {1}, which has not come. Check the period and year of the report, or finalise it once the period has begun.</translation>
    </message>
    <message>
        <source>tệp bị hỏng, phần đầu chỉ còn byte 0 (thường do mất điện hoặc rút USB khi đang ghi)</source>
        <translation>the file is damaged: its start holds only zero bytes (usually a power cut, or a USB stick pulled while it was being written)</translation>
    </message>
    <message>
        <source>Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. Hãy chép cả thư mục “{1}” (chương trình ParApp cùng thư mục ParApp-data bên cạnh) vào máy, rồi chạy ParApp trong bản chép.</source>
        <translation>The file “{0}” needs upgrading for this version but is somewhere read-only. Copy the whole folder “{1}” (the ParApp program with the ParApp-data folder beside it) to the computer, then run ParApp in the copy.</translation>
    </message>
    <message>
        <source>Tệp “{0}” cần được nâng cấp cho phiên bản này nhưng đang ở nơi chỉ đọc. Hãy chép cả thư mục dữ liệu (tệp dữ liệu cùng các tệp bên cạnh và thư mục evidence) vào máy rồi mở bản chép.</source>
        <translation>The file “{0}” needs upgrading for this version but is on read-only storage. Copy the whole data folder (the data file with the files beside it and the evidence folder) to this computer and open the copy.</translation>
    </message>
    <message>
        <source>“{0}” là tệp phụ ParApp giữ bên cạnh tệp dữ liệu “{1}”, không phải tệp dữ liệu (Windows có thể hiện nó với tên giống tệp dữ liệu); chưa làm gì, dữ liệu không bị thay đổi. Hãy dùng --db {2}.</source>
        <translation>“{0}” is a file ParApp keeps beside the data file “{1}”, not a data file (Windows may show it with a name like the data file&apos;s); nothing was done and the data is unchanged. Use --db {2}.</translation>
    </message>
    <message>
        <source>“{0}” là bản hỏng ParApp đã giữ lại khi khôi phục “{1}”, không phải dữ liệu đang dùng: dữ liệu đang dùng là “{1}” (parapp check --db {2}); không cần khôi phục vào tệp này.</source>
        <translation>“{0}” is a damaged copy ParApp kept aside when restoring “{1}”, not the data in use: the data in use is “{1}” (parapp check --db {2}); nothing needs restoring into this file.</translation>
    </message>
    <message>
        <source>“{0}” là bản hỏng ParApp đã giữ lại khi khôi phục “{1}”, không phải dữ liệu đang dùng: khôi phục vào đó thì thư mục có hai dữ liệu, chung cả thư mục tệp kiểm chứng và bản sao lưu tự động. Chưa khôi phục, chưa ghi gì. Nếu muốn thay dữ liệu đang dùng, hãy khôi phục vào chính nó: --db {2}</source>
        <translation>“{0}” is a damaged copy ParApp kept aside when restoring “{1}”, not the data in use: restored into, the folder would hold two data sharing one evidence folder and one automatic backup folder. Nothing restored, nothing written. To replace the data in use, restore into it: --db {2}</translation>
    </message>
    <message>
        <source>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không tạo dữ liệu mới ở đó, chưa ghi gì. Hãy chọn một thư mục riêng, ngoài “{2}”.</source>
        <translation>“{0}” lies in the {1} folder of the ParApp data in “{2}”, where ParApp keeps that data&apos;s evidence files and backups: no new data is made there, nothing was written. Choose a folder of its own, outside “{2}”.</translation>
    </message>
    <message>
        <source>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không tạo xã mẫu ở đó, chưa ghi gì. Hãy tạo xã mẫu trong một thư mục riêng, ngoài “{2}”.</source>
        <translation>“{0}” is inside the {1} folder of the ParApp data in “{2}”, where ParApp keeps that data&apos;s evidence files and backups: no sample commune made there, nothing written. Make the sample commune in a folder of its own, outside “{2}”.</translation>
    </message>
    <message>
        <source>“{0}” nằm trong thư mục {1} của dữ liệu ParApp ở “{2}”, nơi ParApp giữ tệp kiểm chứng và bản sao lưu của dữ liệu đó: không khôi phục vào đó, chưa ghi gì. Hãy chọn một thư mục riêng (ngoài “{2}”) cho dữ liệu khôi phục, hoặc chính tệp dữ liệu đang dùng.</source>
        <translation>“{0}” is inside the {1} folder of the ParApp data in “{2}”, where ParApp keeps that data&apos;s evidence files and backups: nothing restored there, nothing written. Choose a folder of its own (outside “{2}”) for the restored data, or the data file in use itself.</translation>
    </message>
    <message>
        <source>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của dữ liệu này thay bản của dữ liệu kia. Chưa tạo dữ liệu mới, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi mở ParApp với tệp dữ liệu trong đó (parapp --db {3}), hoặc mở chính “{1}” nếu đó là dữ liệu cần dùng.</source>
        <translation>“{0}” is a new file in the folder of the ParApp data “{1}”: two data in one folder share its evidence folder and its automatic backups, and each one&apos;s copies replace the other&apos;s. No new data was made, nothing was written. Make a folder of its own (for example “{2}”) and open ParApp with a data file in it (parapp --db {3}), or open “{1}” itself if that is the data to use.</translation>
    </message>
    <message>
        <source>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của xã mẫu thay bản của dữ liệu kia. Chưa tạo xã mẫu, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi tạo xã mẫu trong đó: parapp demo --db {3}</source>
        <translation>“{0}” is a new file in the folder of the ParApp data “{1}”: two data in one folder share its evidence folder and its automatic backups, and the sample commune&apos;s copies replace the other data&apos;s. No sample commune made, nothing written. Make a folder of its own (for example “{2}”) and make the sample commune in it: parapp demo --db {3}</translation>
    </message>
    <message>
        <source>“{0}” là tệp mới trong thư mục của dữ liệu ParApp “{1}”: hai dữ liệu chung một thư mục thì chung cả thư mục tệp kiểm chứng và bản sao lưu tự động, bản của dữ liệu này thay bản của dữ liệu kia. Chưa khôi phục, chưa ghi gì. Hãy tạo một thư mục riêng (ví dụ “{2}”) rồi khôi phục vào tệp parapp.db trong đó, hoặc vào chính “{1}” nếu muốn thay dữ liệu đó.</source>
        <translation>“{0}” is a new file in the folder of the ParApp data “{1}”: two data in one folder share its evidence folder and its automatic backups, and one data&apos;s copies replace the other&apos;s. Nothing restored, nothing written. Make a folder of its own (for example “{2}”) and restore into the file parapp.db inside it, or into “{1}” itself to replace that data.</translation>
    </message>
    <message>
        <source>“{0}” chưa có, nhưng thư mục “{1}” còn các bản sao lưu tự động của một dữ liệu ParApp (mới nhất lúc {2}): tệp dữ liệu của nó có thể đã bị xóa nhầm hoặc chuyển đi. Xã mẫu tạo ở đó sẽ chung thư mục sao lưu tự động với dữ liệu đó và dần xóa các bản của nó. Chưa tạo xã mẫu, chưa ghi gì. Nếu đó là dữ liệu cần dùng, hãy khôi phục nó:
    parapp restore {3} --db {4}
hoặc tạo một thư mục riêng (ví dụ “{5}”) rồi tạo xã mẫu trong đó: parapp demo --db {6}</source>
        <translation>“{0}” is not there, but the folder “{1}” still holds the automatic snapshots of a ParApp data (the latest of {2}): its data file may have been deleted by mistake or moved. A sample commune made there would share that data&apos;s automatic snapshot folder and delete its snapshots over time. No sample commune was made, nothing was written. If that is the data you need, restore it:
    parapp restore {3} --db {4}
or make a folder of its own (for example “{5}”) and make the sample commune in it: parapp demo --db {6}</translation>
    </message>
    <message>
        <source>“{0}” là một tệp sao lưu ParApp, không phải tệp dữ liệu: dữ liệu trong đó chỉ dùng được sau khi khôi phục, bằng lệnh parapp restore {1} hoặc trong cửa sổ chọn Tệp → Khôi phục… (dữ liệu đang dùng được giữ lại trong một bản sao lưu tự động). Chưa làm gì.</source>
        <translation>“{0}” is a ParApp backup, not a data file: the data in it can be used only after restoring it, with the command parapp restore {1} or, in the window, File → Restore… (the data in use is kept in an automatic snapshot). Nothing was done.</translation>
    </message>
    <message>
        <source>Chưa mở được “{0}” bằng trình đọc PDF: ParApp ghi một bản vào thư mục tạm “{1}” nhưng không dùng được thư mục đó ({2}). Hãy bấm “Lưu PDF…” để lưu vào một thư mục khác rồi mở tệp từ đó, hoặc dọn chỗ trống cho thư mục tạm đó rồi làm lại.</source>
        <translation>“{0}” was not opened in the PDF reader: ParApp writes a copy into the temporary folder “{1}” but could not use that folder ({2}). Click “Save PDF…” to save it in another folder and open the file from there, or make room for that temporary folder and try again.</translation>
    </message>
    <message>
        <source>Nhiệm vụ số {0} không phải việc chưa hoàn thành của năm {1} (đã xong, đã dừng, việc lặp lại, đã chuyển, hoặc không có): chưa chuyển gì. Xem danh sách: parapp carry --year {1} --dry-run</source>
        <translation>Task {0} is not unfinished work of {1} (done, dropped, recurring, already carried, or missing): nothing was carried. See the list: parapp carry --year {1} --dry-run</translation>
    </message>
    <message>
        <source>Kế hoạch số {0} là của năm {1}: việc chưa xong của năm {2} chỉ chuyển sang kế hoạch của một năm sau đó.</source>
        <translation>Plan {0} is a plan of {1}: the unfinished work of {2} can only be carried into a plan of a later year.</translation>
    </message>
    <message>
        <source>Chưa chọn nhiệm vụ nào để chuyển sang năm sau.</source>
        <translation>No task was chosen to carry into next year.</translation>
    </message>
    <message>
        <source>Không ghi được kết quả của lệnh ra nơi đã chuyển tới (tệp sau dấu “&gt;”): {0}. Lỗi này là của nơi nhận kết quả, không phải của tệp dữ liệu: những gì lệnh đã lưu vẫn được lưu. Hãy dọn chỗ ở nơi nhận (hoặc chuyển kết quả sang nơi khác) rồi chạy lệnh xem lại để có kết quả.</source>
        <translation>The command&apos;s result could not be written where it was sent (the file after “&gt;”): {0}. The failure is the destination&apos;s, not the data file&apos;s: what the command stored stays stored. Make room there (or send the result elsewhere), then run a command that shows it to get the result.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Nội dung</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Trích yếu kế hoạch</source>
        <translation>Plan title</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nhóm nhiệm vụ</source>
        <translation>Task group</translation>
    </message>
    <message>
        <source>Mã tiêu chí</source>
        <translation>Criterion code</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Giải pháp</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Chủ trì (theo văn bản)</source>
        <translation>Lead (as written)</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <source>Thời gian thực hiện</source>
        <translation>Deadline (as written)</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lý do dừng</source>
        <translation>Reason for dropping</translation>
    </message>
    <message>
        <source>Lý do chậm</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>Kết quả đạt được</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Kiến nghị cấp trên</source>
        <translation>Request to the superior body</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Tên chỉ tiêu</source>
        <translation>Indicator name</translation>
    </message>
    <message>
        <source>Tên UBND xã</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>Các Phó Chủ tịch</source>
        <translation>Vice-chairmen</translation>
    </message>
    <message>
        <source>Các cơ quan chuyên môn</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Nơi tiếp nhận hồ sơ</source>
        <translation>Where dossiers are received</translation>
    </message>
    <message>
        <source>Kính gửi</source>
        <translation>Addressed to (Kính gửi)</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <source>Đơn vị soạn thảo</source>
        <translation>Drafting unit</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Nhập tay</source>
        <translation>Typed</translation>
    </message>
    <message>
        <source>Nhập từ tệp</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Tính từ các quý</source>
        <translation>From the quarters</translation>
    </message>
    <message>
        <source>Chưa có</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>“{0}” sẽ là {1}%: {2} ({3}) nhiều hơn {4} ({5}). Số liệu này không thể đúng; chưa lưu gì, hãy kiểm tra lại.</source>
        <translation>“{0}” would be {1}%: {2} ({3}) is more than {4} ({5}). These figures cannot be true; nothing was saved, check them.</translation>
    </message>
    <message>
        <source>“{0}” ({1}) nhiều hơn {2} ({3}). Số liệu này không thể đúng; chưa lưu gì, hãy kiểm tra lại.</source>
        <translation>“{0}” ({1}) is more than {2} ({3}). These figures cannot be true; nothing was saved, check them.</translation>
    </message>
    <message>
        <source>Mới tiếp nhận trực tuyến</source>
        <translation>Newly received online</translation>
    </message>
    <message>
        <source>Kỳ trước chuyển sang</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>Mới tiếp nhận trực tuyến toàn trình</source>
        <translation>Newly received fully online</translation>
    </message>
    <message>
        <source>Mới tiếp nhận trực tuyến một phần</source>
        <translation>Newly received partly online</translation>
    </message>
    <message>
        <source>Mới tiếp nhận trực tiếp, bưu chính</source>
        <translation>Newly received in person or by post</translation>
    </message>
    <message>
        <source>Mới tiếp nhận qua bưu chính</source>
        <translation>Newly received by post</translation>
    </message>
    <message>
        <source>Mới tiếp nhận</source>
        <translation>Newly received</translation>
    </message>
    <message>
        <source>Tổng số nhận giải quyết</source>
        <translation>Total to handle</translation>
    </message>
    <message>
        <source>Giải quyết trước hạn</source>
        <translation>Settled early</translation>
    </message>
    <message>
        <source>Giải quyết đúng hạn</source>
        <translation>Settled on time</translation>
    </message>
    <message>
        <source>Giải quyết trước và đúng hạn</source>
        <translation>Settled early or on time</translation>
    </message>
    <message>
        <source>Giải quyết quá hạn</source>
        <translation>Settled late</translation>
    </message>
    <message>
        <source>Tổng số đã giải quyết</source>
        <translation>Total settled</translation>
    </message>
    <message>
        <source>Đang giải quyết trong hạn</source>
        <translation>Pending, within time</translation>
    </message>
    <message>
        <source>Đang giải quyết quá hạn</source>
        <translation>Pending, past time</translation>
    </message>
    <message>
        <source>Tổng số đang giải quyết</source>
        <translation>Total pending</translation>
    </message>
    <message>
        <source>Trả lại, rút hồ sơ</source>
        <translation>Returned or withdrawn</translation>
    </message>
    <message>
        <source>Văn bản xin lỗi</source>
        <translation>Apology letters</translation>
    </message>
    <message>
        <source>Số hóa</source>
        <translation>Digitised</translation>
    </message>
    <message>
        <source>Thanh toán trực tuyến</source>
        <translation>Paid online</translation>
    </message>
    <message>
        <source>Hồ sơ phải nộp phí, lệ phí</source>
        <translation>Dossiers with a fee to pay</translation>
    </message>
    <message>
        <source>Bảng không có cột {0} (bảng có {1} cột): chưa lưu gì, hãy xem lại số cột trong --column.</source>
        <translation>The table has no column {0} (it has {1} columns): nothing was stored; check the column number in --column.</translation>
    </message>
    <message>
        <source>Không còn cột số liệu nào được chọn: hãy chọn nghĩa cho ít nhất một cột.</source>
        <translation>No column of figures is left: choose a meaning for at least one column.</translation>
    </message>
    <message>
        <source>Cột “{0}” cũng đọc là “{1}” như cột “{2}”: chưa tính cột này, hãy chọn nghĩa cho nó nếu cần.</source>
        <translation>Column “{0}” also reads as “{1}”, like column “{2}”: it is not counted; choose its meaning if needed.</translation>
    </message>
    <message>
        <source>Lấy số liệu ở dòng tổng cộng (dòng {0} của bảng).</source>
        <translation>Figures taken from the total row (row {0} of the table).</translation>
    </message>
    <message>
        <source>Bảng không có dòng tổng cộng: đã cộng {0} dòng lĩnh vực.</source>
        <translation>The table has no total row: {0} field rows were added up.</translation>
    </message>
    <message>
        <source>Bảng không có dòng số liệu nào.</source>
        <translation>The table has no rows of figures.</translation>
    </message>
    <message>
        <source>Dòng tổng cộng để trống cột “{0}”: đã cộng {1} dòng lĩnh vực của cột đó.</source>
        <translation>The total row leaves column “{0}” empty: the {1} field rows of that column were added up.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}” không phải số: tính là 0.</source>
        <translation>Cell “{0}” in column “{1}” is not a number: counted as 0.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}” lớn hơn mọi số một xã có thể có (tối đa {2}): hãy kiểm tra lại biểu thống kê. Chưa lưu gì.</source>
        <translation>The cell “{0}” in the column “{1}” is larger than any number a commune can have (at most {2}): check the statistics table. Nothing was stored.</translation>
    </message>
    <message>
        <source>Hồ sơ mới tiếp nhận = tổng số nhận giải quyết trừ số kỳ trước chuyển sang.</source>
        <translation>Newly received = total to handle less those carried over.</translation>
    </message>
    <message>
        <source>Bảng không tách hồ sơ kỳ trước chuyển sang: chưa lấy được số hồ sơ mới tiếp nhận.</source>
        <translation>The table does not separate dossiers carried over: the newly received count could not be read.</translation>
    </message>
    <message>
        <source>Hồ sơ kỳ trước chuyển sang = tổng số nhận giải quyết trừ số mới tiếp nhận.</source>
        <translation>Carried over = total to handle less newly received.</translation>
    </message>
    <message>
        <source>Cột “{0}”: dòng tổng cộng ghi ({1}) nhưng các dòng lĩnh vực cộng lại được ({2}): đã lấy số của dòng tổng cộng. Hãy kiểm tra lại bảng.</source>
        <translation>Column “{0}”: the total row gives ({1}) but the field rows add up to ({2}): the total row&apos;s figure was taken. Check the table.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}”, dòng {2} của bảng, là số âm: số liệu không thể âm. Hãy sửa biểu thống kê rồi nhập lại. Chưa lưu gì.</source>
        <translation>Cell “{0}” in column “{1}”, line {2} of the table, is negative: a figure cannot be negative. Correct the statistics table and import it again. Nothing was stored.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}”, dòng {2} của bảng, không phải số nguyên: số hồ sơ, văn bản… phải là số nguyên. Hãy sửa biểu thống kê rồi nhập lại. Chưa lưu gì.</source>
        <translation>Cell “{0}” in column “{1}”, line {2} of the table, is not a whole number: counts of dossiers, documents… must be whole numbers. Correct the statistics table and import it again. Nothing was stored.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}” có dấu chú thích: đã đọc là {2}.</source>
        <translation>Cell “{0}” in column “{1}” carries a footnote mark: read as {2}.</translation>
    </message>
    <message>
        <source>Ô “{0}” ở cột “{1}” ghi kèm tỷ lệ: đã đọc là {2}.</source>
        <translation>Cell “{0}” in column “{1}” is written with its share: read as {2}.</translation>
    </message>
    <message>
        <source>Cột “{0}” ghi tỷ lệ {1}% ở dòng {2}: tỷ lệ không thể quá 100%. Hãy kiểm tra lại biểu thống kê.</source>
        <translation>Column “{0}” gives a rate of {1}% on row {2}: a rate cannot exceed 100%. Check the statistics file.</translation>
    </message>
    <message>
        <source>Cột tổng số ({0}) nhỏ hơn các cột thành phần của nó ({1}): không suy ra được số còn lại, số đó chưa được nhập. Hãy kiểm tra lại bảng.</source>
        <translation>A total column ({0}) is smaller than its parts ({1}): the remaining figure cannot be worked out and was not imported. Check the table.</translation>
    </message>
    <message>
        <source>Bảng gộp “trước hạn” và “đúng hạn” trong một cột: đã ghi cả vào “đúng hạn”.</source>
        <translation>The table merges “early” and “on time” in one column: all recorded as “on time”.</translation>
    </message>
    <message>
        <source>Tổng số nhận giải quyết ({0}) khác kỳ trước chuyển sang cộng mới tiếp nhận ({1}): hãy kiểm tra lại bảng.</source>
        <translation>Total to handle ({0}) differs from carried over plus newly received ({1}): check the table.</translation>
    </message>
    <message>
        <source>Tệp có {0} bảng số liệu; chỉ đọc bảng có nhiều số liệu nhất ({1}). Bảng của kỳ khác: hãy chọn kỳ đó (ở dòng lệnh: --period, --year) hoặc lưu bảng đó thành tệp riêng.</source>
        <translation>The file has {0} statistics tables; only the one with the most figures ({1}) was read. For another period’s table, choose that period (on the command line: --period, --year) or save that table as a file of its own.</translation>
    </message>
    <message>
        <source>Tỷ lệ (chỉ để kiểm tra)</source>
        <translation>Rate (only checked)</translation>
    </message>
    <message>
        <source>Bảng không có cột “{0}”: lấy tổng số đã giải quyết trừ các cột còn lại.</source>
        <translation>The table has no “{0}” column: taken as the total settled less the other columns.</translation>
    </message>
    <message>
        <source>Bảng không tách hồ sơ trả trước hạn: số trả đúng hạn được ghi vào “đúng hạn”, trước hạn là 0.</source>
        <translation>The table does not separate dossiers settled early: those settled on time are recorded as “on time”, early as 0.</translation>
    </message>
    <message>
        <source>Bảng không có cột “{0}”: lấy tổng số đang giải quyết trừ cột còn lại.</source>
        <translation>The table has no “{0}” column: taken as the total pending less the other column.</translation>
    </message>
    <message>
        <source>Tổng số đã giải quyết ({0}) khác tổng trước hạn, đúng hạn và quá hạn ({1}): hãy kiểm tra lại bảng.</source>
        <translation>Total settled ({0}) differs from early plus on time plus late ({1}): check the table.</translation>
    </message>
    <message>
        <source>Tổng số đang giải quyết ({0}) khác trong hạn cộng quá hạn ({1}): hãy kiểm tra lại bảng.</source>
        <translation>Total pending ({0}) differs from within time plus past time ({1}): check the table.</translation>
    </message>
    <message>
        <source>Không nhận ra cột số liệu nào (tiếp nhận, đã giải quyết, trước hạn, đúng hạn, quá hạn…). Hãy chọn tệp thống kê xuất từ Hệ thống thông tin giải quyết TTHC.</source>
        <translation>No column of figures was recognised (received, settled, early, on time, late…). Choose the statistics file exported from the one-stop system.</translation>
    </message>
    <message>
        <source>Không nhận ra cột số liệu nào trong phần Excel đang hiện: chưa lưu gì. {0}</source>
        <translation>No statistics column recognised in what Excel shows: nothing was stored. {0}</translation>
    </message>
    <message>
        <source>Tệp ghi hai kỳ, “{0}” ({1}) và “{2}” ({3}), mà chỉ có một bảng số liệu cho cả hai: chưa lưu gì. Hãy cho biết số liệu là của kỳ nào (ở dòng lệnh: --period {4} hoặc --period {5}, kèm --year).</source>
        <translation>The file names two periods, “{0}” ({1}) and “{2}” ({3}), with one table of figures for both: nothing was saved. Say which period the figures are of (on the command line: --period {4} or --period {5}, with --year).</translation>
    </message>
    <message>
        <source>Tệp ghi “{0}” ({1}) nhưng lại ghi số liệu {2} ({3}): tệp tự mâu thuẫn, chưa lưu gì. Hãy xem lại tệp rồi cho biết số liệu là của kỳ nào (ở dòng lệnh: --period {4} hoặc --period {5}, kèm --year).</source>
        <translation>The file says “{0}” ({1}) but also that its figures are {2} ({3}): it contradicts itself, nothing was stored. Check the file, then say which period the figures are of (on the command line: --period {4} or --period {5}, with --year).</translation>
    </message>
    <message>
        <source>Tệp ghi số liệu {0}: năm {1} nằm ngoài các năm ParApp làm việc ({2}–{3}). Chưa lưu gì: hãy kiểm tra năm ghi trong tệp (có thể gõ nhầm) rồi xuất lại.</source>
        <translation>The file gives figures for {0}: the year {1} is outside the years ParApp works with ({2}–{3}). Nothing was saved: check the year written in the file (it may be a typing slip) and export it again.</translation>
    </message>
    <message>
        <source>Tệp ghi số liệu {0}: đó không phải một kỳ ParApp giữ số liệu (quý, 6 tháng đầu năm, 9 tháng, năm). Hãy xuất lại biểu thống kê theo đúng kỳ báo cáo.</source>
        <translation>The file counts figures {0}: that is not a period ParApp keeps figures for (a quarter, the first half year, 9 months, the year). Export the statistics again for the reporting period.</translation>
    </message>
    <message>
        <source>Tệp ghi số liệu {0} ({1}), không phải {2}: chưa lưu gì. Hãy lưu vào {1} (ở dòng lệnh: bỏ --period/--year), hoặc chọn đúng tệp của {2}.</source>
        <translation>The file counts figures {0} ({1}), not {2}: nothing was saved. Save them to {1} (on the command line: leave out --period/--year), or choose the file of {2}.</translation>
    </message>
    <message>
        <source>Bảng “{0}” mang tên một kỳ khác, không phải {1}: chưa lưu gì. Hãy chọn đúng kỳ của bảng đó (ở dòng lệnh: --period), hoặc chọn tệp có bảng của {1}.</source>
        <translation>The sheet “{0}” is named for another period, not {1}: nothing was saved. Choose that sheet&apos;s own period (on the command line: --period), or choose a file with the sheet of {1}.</translation>
    </message>
    <message>
        <source>“{0}”: chưa có chỉ tiêu này trong danh sách số liệu, không lưu ({1}).</source>
        <translation>“{0}”: no such indicator in the list of figures, not saved ({1}).</translation>
    </message>
    <message>
        <source>Bảng không có số liệu nào để lưu (các ô số liệu đều trống): không lưu gì. Hãy kiểm tra đã chọn đúng tệp biểu số liệu, hoặc nhập số liệu trên trang Số liệu.</source>
        <translation>The table holds no figure to save (every figure cell is empty): nothing was saved. Check that the right statistics file was chosen, or enter the figures on the Figures page.</translation>
    </message>
    <message>
        <source>Thay {0} số liệu đã nhập tay của kỳ này: {1}.</source>
        <translation>Replaces {0} figures of this period typed by hand: {1}.</translation>
    </message>
    <message>
        <source>Thay {0} số liệu đã nhập từ tệp trước đây của kỳ này: {1}.</source>
        <translation>Replaces {0} figures of this period imported from a file before: {1}.</translation>
    </message>
    <message>
        <source>Báo cáo {0} đã chốt ngày {1} và đã gửi ngày {2} với số liệu trước khi nhập: báo cáo đó giữ nguyên. Số liệu mới dùng cho các báo cáo chưa chốt; nếu báo cáo đã gửi ghi sai, hãy báo cáo bổ sung hoặc đính chính.</source>
        <translation>The report for {0} was finalised on {1} and sent on {2} with the figures from before this import: it stays as it was. The new figures go into the reports not yet finalised; if the report sent is wrong, send an additional report or a correction.</translation>
    </message>
    <message>
        <source>Báo cáo {0} đã chốt ngày {1} với số liệu trước khi nhập: báo cáo đó giữ nguyên. Số liệu mới dùng cho các báo cáo chưa chốt.</source>
        <translation>The report for {0} was finalised on {1} with the figures from before this import: it stays as it was. The new figures go into the reports not yet finalised.</translation>
    </message>
    <message>
        <source>Cột {0} “{1}” và cột {2} “{3}” là cùng một số liệu của hai thời gian khác nhau: chưa lưu gì. Hãy bỏ cột không phải của kỳ báo cáo (ở dòng lệnh: --column {0}=skip hoặc --column {2}=skip).</source>
        <translation>Column {0} “{1}” and column {2} “{3}” are the same figure for two different times: nothing was saved. Leave out the column that is not the reporting period’s (on the command line: --column {0}=skip or --column {2}=skip).</translation>
    </message>
    <message>
        <source>Các cột {0} là cùng một số liệu của {1} thời gian khác nhau: chưa lưu gì. Hãy chỉ giữ cột của kỳ báo cáo và bỏ các cột còn lại (ở dòng lệnh: {2}, trừ cột giữ lại).</source>
        <translation>Columns {0} are the same figure for {1} different times: nothing was saved. Keep only the reporting period’s column and leave out the others (on the command line: {2}, except the column kept).</translation>
    </message>
    <message>
        <source>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần số liệu ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Sheet “{0}” has hidden rows or columns (Excel does not show them): rows {1} and columns {2} were not read. If figures there are needed, unhide them in Excel, save, then import again.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Tệp ghi năm kế hoạch {0}, còn kế hoạch được chọn là năm {1}: các thời hạn được tính trong năm {1} (“Thường xuyên” đến 31/12/{1}). Nếu chọn nhầm, hãy chọn kế hoạch năm {0} hoặc nhập thành một kế hoạch mới.</source>
        <translation>The file states plan year {0}, but the plan chosen is of {1}: deadlines are worked out in {1} (ongoing work falls due 31/12/{1}). If the plan was chosen by mistake, choose the plan of {0} or import as a new plan.</translation>
    </message>
    <message>
        <source>Mã tiêu chí “{0}” không có trong bộ Chỉ số CCHC {1} (gần nhất: {2}): hãy kiểm tra lại mã.</source>
        <translation>Criterion code “{0}” is not in the PAR Index catalogue {1} (nearest: {2}): check the code.</translation>
    </message>
    <message>
        <source>Không đọc được ngày từ thời hạn “{0}”: hãy đặt hạn hoàn thành.</source>
        <translation>No date can be read from the deadline “{0}”: set a due date.</translation>
    </message>
    <message>
        <source>Chưa có thời hạn: hãy đặt hạn hoàn thành.</source>
        <translation>No deadline: set a due date.</translation>
    </message>
    <message>
        <source>Chưa xác định được lĩnh vực: hãy chọn lĩnh vực.</source>
        <translation>The area is not known: choose one.</translation>
    </message>
    <message>
        <source>Nội dung quá dài (hơn 20.000 ký tự): hãy rút gọn.</source>
        <translation>The text is too long (over 20,000 characters): shorten it.</translation>
    </message>
    <message>
        <source>Tệp ghi năm kế hoạch {0} (“Kèm theo Kế hoạch số … ngày …/{0}”): ParApp làm việc với các năm từ {1} đến {2}. Hãy sửa năm đó trong tệp (có thể gõ nhầm hoặc là năm Phật lịch) rồi nhập lại, hoặc nhập vào một kế hoạch đã có (ở dòng lệnh: --plan SỐ).</source>
        <translation>The file gives the plan&apos;s year as {0} (in its “attached to plan no. … of …/{0}” line): ParApp works with the years {1} to {2}. Correct that year in the file (it may be a typing slip or a Buddhist-era year) and import again, or import into an existing plan (on the command line: --plan NUMBER).</translation>
    </message>
    <message>
        <source>Có bảng nhưng không nhận ra dòng tiêu đề (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Hãy sao chép cả dòng tiêu đề của bảng.</source>
        <translation>There is a table but its header row is not recognised (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Copy the table&apos;s header row too.</translation>
    </message>
    <message>
        <source>Không nhận ra bảng phân công hay danh sách nhiệm vụ nào. Hãy sao chép bảng (kèm dòng tiêu đề) hoặc phần nhiệm vụ có tiêu đề lĩnh vực và gạch đầu dòng.</source>
        <translation>No task table or task list was recognised. Copy the table (with its header row) or the task section with its area headings and bullets.</translation>
    </message>
    <message>
        <source>Cột {0} “{1}” không nhận ra nên nội dung của nó ({2} ô có chữ) không được nhập. Nếu cần giữ, hãy đổi tên cột thành “Ghi chú” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</source>
        <translation>Column {0} “{1}” was not recognised, so its content ({2} cells with text) is not imported. To keep it, rename the column “Ghi chú” (or choose a meaning for the column in the import window) and import again.</translation>
    </message>
    <message>
        <source>Tệp Excel còn {0} trang tính khác có bảng nhiệm vụ: chỉ đọc trang đầu tiên có nhiệm vụ. Hãy lưu mỗi trang thành một tệp riêng rồi nhập từng tệp.</source>
        <translation>The Excel file has {0} more sheet(s) with a task table: only the first sheet holding tasks was read. Save each sheet as a file of its own and import each file.</translation>
    </message>
    <message>
        <source>Văn bản dùng bảng mã cũ TCVN3 (ABC, phông .VnTime): đã chuyển sang Unicode. Hãy kiểm tra lại chữ trong bản xem trước.</source>
        <translation>The text used the old TCVN3 (ABC, .VnTime) encoding: it was converted to Unicode. Check the text in the preview.</translation>
    </message>
    <message>
        <source>Văn bản dùng bảng mã cũ VNI (phông VNI-Times): đã chuyển sang Unicode. Hãy kiểm tra lại chữ trong bản xem trước.</source>
        <translation>The text used the old VNI (VNI-Times) encoding: it was converted to Unicode. Check the text in the preview.</translation>
    </message>
    <message>
        <source>Trong tệp Excel không có bảng nào có dòng tiêu đề nhận ra được (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Hãy kiểm tra đã chọn đúng tệp kế hoạch; nếu đúng, hãy ghi cho bảng một dòng tiêu đề như vậy rồi nhập lại.</source>
        <translation>The Excel file has no table with a recognisable header row (STT, Nội dung, Cơ quan chủ trì, Thời gian thực hiện…). Check that this is the plan&apos;s file; if it is, give the table such a header row and import again.</translation>
    </message>
    <message>
        <source>Không có gì để nhập: khung dán đang trống.</source>
        <translation>Nothing to import: the pasted text is empty.</translation>
    </message>
    <message>
        <source>Trang “{0}” đang ẩn dòng tổng cộng (dòng {1}) cùng các dòng có số liệu (dòng {2}), có lẽ do lọc: các dòng đang hiện không phải cả bảng, cộng lại không phải số liệu của cả kỳ. Chưa lưu gì: hãy bỏ lọc, bỏ ẩn các dòng trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Sheet “{0}” hides its total row (row {1}) together with rows holding figures (row {2}), probably through a filter: the rows shown are not the whole table and do not add up to the period’s figures. Nothing was saved: clear the filter and unhide the rows in Excel, save, then import again.</translation>
    </message>
    <message>
        <source>Tệp PDF chưa nhập trực tiếp được. Hãy mở PDF, sao chép bảng hoặc danh sách nhiệm vụ rồi dán vào ParApp.</source>
        <translation>PDF files cannot be imported directly. Open the PDF, copy the table or task list, and paste it into ParApp.</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một biểu thống kê (ParApp đọc tệp đến {0} MB). Hãy chọn đúng tệp xuất từ Hệ thống thông tin giải quyết TTHC.</source>
        <translation>The file is too large to be a statistics export (ParApp reads files up to {0} MB). Choose the file exported from the one-stop system.</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một bộ tiêu chí Chỉ số CCHC (ParApp đọc tệp đến {0} MB). Hãy chọn đúng tệp phụ lục bộ tiêu chí của tỉnh.</source>
        <translation>The file is too large to be a PAR Index criteria set (ParApp reads files up to {0} MB). Choose the province&apos;s criteria annex.</translation>
    </message>
    <message>
        <source>Tệp có hơn {0} dòng bảng: quá dài để là tệp ParApp đọc được. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới.</source>
        <translation>The file has more than {0} table rows: too long for ParApp to read. Choose the right file, or copy the table you need into a new file.</translation>
    </message>
    <message>
        <source>Bảng trong tệp có hơn {0} cột: quá rộng để là tệp ParApp đọc được. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới.</source>
        <translation>A table in the file has more than {0} columns: too wide for ParApp to read. Choose the right file, or copy the table you need into a new file.</translation>
    </message>
    <message>
        <source>Tệp {0} này khai báo các ô gộp chồng lên nhau hoặc quá nhiều ô gộp: không đọc. Hãy mở tệp, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file declares overlapping or too many merged cells: not read. Open the file, save it as a new file, and import that one.</translation>
    </message>
    <message>
        <source>Nội dung dán vào quá lớn (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng cần nhập.</source>
        <translation>What was pasted is too large (more than {0} million characters). Copy only the table to import.</translation>
    </message>
    <message>
        <source>“{0}” không phải là một tệp thông thường (có thể là thư mục hoặc thiết bị); hãy chọn một tệp .docx, .xlsx, .csv, .txt hoặc .html.</source>
        <translation>“{0}” is not an ordinary file (it may be a folder or a device); choose a .docx, .xlsx, .csv, .txt or .html file.</translation>
    </message>
    <message>
        <source>Không có tệp “{0}”. Hãy kiểm tra tên tệp và thư mục (có thể tệp đã bị chuyển, đổi tên hoặc USB đã bị rút) rồi chọn lại.</source>
        <translation>There is no file “{0}”. Check the file&apos;s name and folder (it may have been moved or renamed, or the USB stick removed) and choose it again.</translation>
    </message>
    <message>
        <source>Không được phép đọc tệp “{0}” (tệp bị khóa hoặc đang mở trong chương trình khác). Hãy đóng chương trình đó, hoặc chép tệp ra thư mục khác rồi nhập.</source>
        <translation>Reading “{0}” is not allowed (the file is locked or open in another program). Close that program, or copy the file to another folder and import the copy.</translation>
    </message>
    <message>
        <source>Không mở được “{0}”: tên hoặc đường dẫn quá dài, hoặc là lối tắt vòng quanh. Hãy chép tệp ra một thư mục gần gốc ổ đĩa, đặt tên ngắn rồi nhập.</source>
        <translation>“{0}” cannot be opened: its name or path is too long, or it is a shortcut that points to itself. Copy the file to a folder near the top of the drive, give it a short name and import it.</translation>
    </message>
    <message>
        <source>Không đọc được tệp “{0}” (lỗi đọc đĩa, mã {1}): ổ đĩa hoặc USB có thể bị lỗi hay đã bị rút. Hãy chép tệp sang máy rồi nhập lại.</source>
        <translation>The file “{0}” could not be read (disk error, code {1}): the drive or USB stick may be faulty or removed. Copy the file onto this PC and import it again.</translation>
    </message>
    <message>
        <source>Tệp này có phần bị khóa bằng mật khẩu nén (zip): không phải tệp Word/Excel thật, ParApp không đọc. Hãy mở tệp gốc bằng Word hoặc Excel, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>Part of this file is locked with a zip password: it is not a real Word/Excel file and ParApp does not read it. Open the original in Word or Excel, save it as a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp này được nén theo cách Word và Excel không dùng (có thể do một chương trình nén khác tạo ra): ParApp không đọc. Hãy mở tệp gốc bằng Word hoặc Excel, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>This file is compressed in a way Word and Excel never use (perhaps by another compression program): ParApp does not read it. Open the original in Word or Excel, save it as a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này gồm hơn {1} phần bên trong: quá nhiều để là tệp ParApp đọc được. Hãy mở tệp bằng {0}, chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file holds more than {1} parts: too many for a file ParApp reads. Open it in {0}, copy just the table to import into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này chỉ nặng {1} nhưng nội dung bên trong giải nén ra hơn {2} MB: quá lớn để ParApp đọc (có thể tệp chứa hình ảnh hay đối tượng nhúng rất lớn, hoặc không phải tệp cần nhập). Hãy mở tệp bằng {0}, chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file is only {1}, but its content unpacks to more than {2} MB: too large for ParApp to read (it may hold very large pictures or embedded objects, or not be the file to import). Open it in {0}, copy just the table to import into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này ghi nội dung bên trong (phần “{1}”) bằng một bảng mã mà tệp {0} thật không bao giờ dùng: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file writes its content (the part “{1}”) in a character encoding a real {0} file never uses: not read. Open the file in {0}, save it as a new file and import that file.</translation>
    </message>
    <message>
        <source>Tệp {0} này khai báo thực thể XML (&lt;!ENTITY …&gt;), điều mà tệp {0} thật không bao giờ có: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file declares an XML entity (&lt;!ENTITY …&gt;), which a real {0} file never has: not read. Open the file in {0}, save it as a new file and import that file.</translation>
    </message>
    <message>
        <source>Tệp Excel này khai báo hơn {0} chuỗi chữ khác nhau: quá nhiều để là tệp ParApp đọc được (một kế hoạch chỉ có vài nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới rồi nhập.</source>
        <translation>This Excel file declares more than {0} distinct strings of text: too many for a file ParApp reads (a plan has a few thousand). Choose the right file, or copy just the table to import into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp Excel này có hơn {0} ô: quá nhiều để là tệp ParApp đọc được (một kế hoạch chỉ có vài nghìn ô). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập ra tệp mới rồi nhập.</source>
        <translation>This Excel file has more than {0} cells: too many for a file ParApp reads (a plan has a few thousand cells). Choose the right file, or copy just the table to import into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này có hơn {1} thành phần bên trong (đoạn văn, ô, định dạng…): quá nhiều để là tệp ParApp đọc được (một kế hoạch dài chỉ có vài chục nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file holds more than {1} elements (paragraphs, cells, formats…): too many for a file ParApp reads (a long plan has a few tens of thousands). Choose the right file, or copy just the table to import into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này có một thành phần mang hơn {1} thuộc tính, điều tệp {0} thật không bao giờ có: không đọc. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file has an element carrying more than {1} attributes, which a real {0} file never has: not read. Open the file in {0}, save it as a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này có hơn {1} thành phần và thuộc tính bên trong (đoạn văn, ô, định dạng…): quá nhiều để là tệp ParApp đọc được (một kế hoạch dài chỉ có vài chục nghìn). Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file holds more than {1} elements and attributes (paragraphs, cells, formats…): too many for a file ParApp reads (a long plan has a few tens of thousands). Choose the right file, or copy just the table to import into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp trống: không có gì để nhập.</source>
        <translation>The file is empty: nothing to import.</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một kế hoạch (ParApp nhập tệp đến {0} MB). Hãy chọn đúng tệp kế hoạch, hoặc chép riêng bảng phân công nhiệm vụ ra tệp mới rồi nhập.</source>
        <translation>The file is too large to be a plan (ParApp imports files up to {0} MB). Choose the right plan file, or copy just the task table into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp này không phải văn bản (có thể là tệp nhị phân hoặc ảnh). Hãy chọn tệp .docx, .xlsx, .csv, .txt, .html, hoặc sao chép bảng từ Word rồi dán.</source>
        <translation>This file is not text (it may be binary or an image). Choose a .docx, .xlsx, .csv, .txt or .html file, or copy the table from Word and paste it.</translation>
    </message>
    <message>
        <source>Nội dung dán vào quá lớn để là một kế hoạch (hơn {0} triệu ký tự). Hãy chỉ sao chép bảng phân công nhiệm vụ.</source>
        <translation>The pasted text is too large to be a plan (over {0} million characters). Copy just the task table.</translation>
    </message>
    <message>
        <source>Đây là tệp {0} dạng XML 2003 (thường do phần mềm khác xuất ra): ParApp chưa đọc trực tiếp được. Hãy mở tệp bằng {0}, chọn Tệp &gt; Lưu thành, lưu dạng {1} rồi nhập tệp vừa lưu.</source>
        <translation>This is a {0} 2003 XML file (usually exported by other software): ParApp cannot read it directly yet. Open the file in {0}, choose File &gt; Save As, save it as {1} and import the saved file.</translation>
    </message>
    <message>
        <source>Đây là tệp RTF (Word lưu dạng .rtf, hoặc phần mềm xuất ra đặt tên .doc): ParApp chưa đọc được. Hãy mở tệp bằng Word rồi “Lưu thành” .docx, sau đó nhập lại.</source>
        <translation>This is an RTF file (Word saved as .rtf, or exported by other software and named .doc): ParApp cannot read it yet. Open the file in Word, “Save As” .docx, then import it again.</translation>
    </message>
    <message>
        <source>Tệp này được đặt mật khẩu để mở nên ParApp không đọc được. Hãy mở tệp bằng Excel (hoặc Word), gỡ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ &gt; Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập.</source>
        <translation>This file is locked with a password to open, so ParApp cannot read it. Open it in Excel (or Word), remove the password (File &gt; Info &gt; Protect &gt; Encrypt with Password, clear it), save and import it.</translation>
    </message>
    <message>
        <source>Đây là tệp Excel 97–2003 (.xls) hoặc Word 97–2003 (.doc): ParApp chưa đọc được. Hãy mở tệp bằng Excel (hoặc Word) rồi “Lưu thành” .xlsx (hoặc .docx), sau đó nhập lại.</source>
        <translation>This is an Excel 97–2003 (.xls) or Word 97–2003 (.doc) file, which ParApp cannot read yet. Open it in Excel (or Word), “Save As” .xlsx (or .docx), then import again.</translation>
    </message>
    <message>
        <source>Tệp là chữ UTF-8 nhưng có {0} chỗ hỏng (chỗ đầu tiên ở dòng {1}): tệp có thể bị hỏng hoặc ghép từ hai bảng mã. Hãy mở tệp, sửa hoặc gõ lại chỗ đó, lưu dạng UTF-8 rồi nhập lại.</source>
        <translation>The file is UTF-8 text with {0} damaged place(s) (the first on line {1}): the file may be damaged or joined from two encodings. Open it, fix or retype that place, save it as UTF-8, then import it again.</translation>
    </message>
    <message>
        <source>Từ dòng {0}, một ô của bảng dài hơn {1} ký tự: thường là do một dấu ngoặc kép (&quot;) mở mà không đóng, nên phần còn lại của tệp thành một ô. Hãy mở tệp, sửa dấu ngoặc kép ở dòng đó rồi nhập lại.</source>
        <translation>From line {0}, a table cell is longer than {1} characters: usually a quotation mark (&quot;) opened and never closed, so the rest of the file became one cell. Open the file, fix the quotation mark on that line and import again.</translation>
    </message>
    <message>
        <source>Không đọc được bảng: {0}.</source>
        <translation>Cannot read the table: {0}.</translation>
    </message>
    <message>
        <source>Bảng có hơn {0} ô: quá nhiều để là bảng ParApp đọc được (một kế hoạch chỉ có vài nghìn ô). Hãy chọn đúng tệp, hoặc chỉ sao chép bảng cần nhập.</source>
        <translation>The table has more than {0} cells: too many for a table ParApp reads (a plan has a few thousand). Choose the right file, or copy only the table to import.</translation>
    </message>
    <message>
        <source>Tệp {0} này lồng bảng hoặc đoạn văn vào nhau quá 256 tầng: không đọc. Hãy chọn đúng tệp, hoặc chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file nests tables or paragraphs more than 256 levels deep: not read. Choose the right file, or copy just the table to import into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này bị hỏng: nội dung bên trong sai cấu trúc nên không đọc được. Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>This {0} file is damaged: its content is not well-formed, so it cannot be read. Open the file in {0}, save it as a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này cần nhiều bộ nhớ hơn máy có để đọc: quá lớn để là tệp ParApp đọc được. Hãy chép riêng bảng cần nhập sang tệp mới rồi nhập tệp đó.</source>
        <translation>Reading this {0} file needs more memory than the PC has: too large for a file ParApp reads. Copy just the table to import into a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp {0} này bị hỏng (có thể chép chưa hết, hoặc hỏng khi lưu hay khi tải về) nên không mở được. Hãy mở tệp bằng {0}: nếu mở được, lưu lại thành tệp mới rồi nhập tệp đó; nếu không, xin lại tệp gốc.</source>
        <translation>This {0} file is damaged (perhaps not copied completely, or damaged when saved or downloaded) and cannot be opened. Open it in {0}: if it opens, save it as a new file and import that; if not, ask for the original again.</translation>
    </message>
    <message>
        <source>Tệp này không có cấu trúc của một tệp {0} nên không mở được (có thể là tệp khác đổi đuôi, hoặc đã bị hỏng). Hãy mở tệp bằng {0}, lưu lại thành tệp mới rồi nhập tệp đó.</source>
        <translation>This file does not have the structure of a {0} file and cannot be opened (it may be another file renamed, or damaged). Open it in {0}, save it as a new file and import that.</translation>
    </message>
    <message>
        <source>Tệp Excel này có {0} ô công thức chưa được tính (thường là tệp do phần mềm xuất ra, chưa từng mở bằng Excel): ParApp chỉ đọc được kết quả đã tính nên các ô đó sẽ thành ô trống. Hãy mở tệp bằng Excel, lưu lại rồi nhập tệp vừa lưu.</source>
        <translation>This Excel file has {0} formula cells that were never calculated (usually a file exported by a program and never opened in Excel): ParApp reads only calculated results, so those cells would come in empty. Open the file in Excel, save it, then import the saved file.</translation>
    </message>
    <message>
        <source>Tệp Word này có phần nội dung được ghép từ một tệp khác (do phần mềm xuất văn bản tạo ra): Word chỉ gộp phần đó khi mở tệp, ParApp không đọc được nó. Hãy mở tệp bằng Word, lưu lại thành tệp .docx mới rồi nhập tệp đó.</source>
        <translation>Part of this Word file&apos;s content is merged in from another file (made by document-export software): Word merges it only when it opens the file, and ParApp cannot read it. Open the file in Word, save it as a new .docx file and import that file.</translation>
    </message>
    <message>
        <source>Kinh phí “{0}” ghi ở dòng lĩnh vực “{1}” là của cả lĩnh vực: không gán cho nhiệm vụ nào. Hãy ghi kinh phí cho từng nhiệm vụ nếu cần.</source>
        <translation>The budget “{0}” on the area row “{1}” is the whole area&apos;s: it was given to no task. Write a budget on each task if needed.</translation>
    </message>
    <message>
        <source>Dòng không có nội dung nhiệm vụ nên không nhập được.</source>
        <translation>The row has no task text, so it cannot be imported.</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Mã TCTP</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Giải pháp</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Thời hạn (văn bản)</source>
        <translation>Deadline (as written)</translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>không thuộc kế hoạch</source>
        <translation>not in a plan</translation>
    </message>
    <message>
        <source>Trùng với nhiệm vụ {0} ({1}).</source>
        <translation>Duplicates task {0} ({1}).</translation>
    </message>
    <message>
        <source>Trùng với nhiệm vụ đã có ({0}).</source>
        <translation>Duplicates a stored task ({0}).</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Không đọc được ngày từ thời hạn này.</source>
        <translation>No date can be read from this deadline.</translation>
    </message>
    <message>
        <source>Trùng với nhiệm vụ đã có (số {0}).</source>
        <translation>Repeats a stored task (no. {0}).</translation>
    </message>
    <message>
        <source>Không đọc được nhiệm vụ nào nên chưa nhập gì: các dòng nhiệm vụ của trang “{0}” đang ẩn trong Excel (dòng {1}). Hãy bỏ ẩn hoặc bỏ lọc trong Excel, lưu lại rồi nhập lại.</source>
        <translation>No task could be read, so nothing was imported: the task rows of sheet “{0}” are hidden in Excel (rows {1}). Unhide them or clear the filter in Excel, save, then import again.</translation>
    </message>
    <message>
        <source>Không đọc được nhiệm vụ nào từ tệp này nên chưa nhập gì (không tạo kế hoạch trống). Hãy xem tệp có đúng là kế hoạch có bảng hoặc danh sách nhiệm vụ không.</source>
        <translation>No task could be read from this file, so nothing was imported (no empty plan was made). Check that the file is a plan with a table or a list of tasks.</translation>
    </message>
    <message>
        <source>Dòng {0} của tệp: {1} Chưa nhập gì.</source>
        <translation>Line {0} of the file: {1} Nothing was imported.</translation>
    </message>
    <message>
        <source>Đây là tệp OpenDocument (.odt, .ods) của LibreOffice hoặc OpenOffice: ParApp chưa đọc trực tiếp được. Hãy mở tệp bằng LibreOffice, chọn Tệp &gt; Lưu thành, lưu dạng Word (.docx) hoặc Excel (.xlsx) rồi nhập tệp vừa lưu.</source>
        <translation>This is an OpenDocument file (.odt, .ods) from LibreOffice or OpenOffice: ParApp cannot read it directly yet. Open the file in LibreOffice, choose File &gt; Save As, save it as Word (.docx) or Excel (.xlsx) and import the saved file.</translation>
    </message>
    <message>
        <source>Dòng nhóm “{0}” ghi “{1}” nhưng mọi nhiệm vụ dưới nó đã ghi riêng, nên không nhiệm vụ nào nhận giá trị đó. Dòng này được nhập làm tên nhóm; nếu nó cũng là một nhiệm vụ, hãy thêm nhiệm vụ đó sau khi nhập.</source>
        <translation>The group row “{0}” names “{1}”, but every task under it names its own, so no task takes it. The row is imported as the group&apos;s name; if it is also a task, add that task after the import.</translation>
    </message>
    <message>
        <source>Cả {0} nhiệm vụ trong tệp đã có trong sổ (kế hoạch “{1}”): tệp này có lẽ đã được nhập rồi. Chưa nhập gì. Nếu thật sự cần thêm một bản nữa, chạy lại với --again.</source>
        <translation>All {0} tasks in the file are already in the register (plan “{1}”): this file has probably been imported before. Nothing was imported. If you really need another copy, run again with --again.</translation>
    </message>
    <message>
        <source>Dòng {0} của tệp có nhiều ô số hơn số cột của dòng tiêu đề ({1} cột): trong tệp CSV ngăn ô bằng dấu phẩy, một số viết có dấu phẩy (như 1,234 hay 2,5) bị cắt làm hai ô và các số sau nó lệch sang cột bên cạnh. Chưa lưu gì: hãy đặt các số đó trong ngoặc kép (&quot;1,234&quot;), hoặc mở tệp bằng Excel rồi lưu lại, rồi nhập lại. Dòng đó: {2}</source>
        <translation>Line {0} of the file holds more numbers than the header has columns ({1}): in a CSV file whose cells are separated by commas, a number written with a comma (such as 1,234 or 2,5) was cut into two cells and the numbers after it moved into the next column. Nothing was stored: put those numbers in double quotes (&quot;1,234&quot;), or open the file in Excel and save it again, then import again. The line: {2}</translation>
    </message>
    <message>
        <source>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần nhập các nhiệm vụ ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Sheet “{0}” has hidden rows or columns (Excel does not show them): rows {1} and columns {2} were not read. If the tasks there are needed, unhide them in Excel, save, then import again.</translation>
    </message>
    <message>
        <source>Bảng có {0} dòng ẩn (Excel không hiện): chưa đọc các dòng đó. Nếu cần nhập các nhiệm vụ ở đó, hãy bỏ ẩn trong Excel rồi sao chép hoặc lưu lại.</source>
        <translation>The table has {0} hidden rows (Excel does not show them): they were not read. If the tasks there are needed, unhide them in Excel, then copy or save again.</translation>
    </message>
    <message>
        <source>Bảng có cột ẩn (Excel không hiện): chưa đọc {0} ô có chữ trong đó. Nếu cần nhập nội dung ở đó, hãy bỏ ẩn cột trong Excel rồi sao chép hoặc lưu lại.</source>
        <translation>The table has hidden columns (Excel does not show them): {0} cells with text in them were not read. If what is there is needed, unhide the columns in Excel, then copy or save again.</translation>
    </message>
    <message>
        <source>Các ngày trong tệp viết theo kiểu tháng/ngày/năm (như {0}, thường do Excel đặt định dạng Mỹ): đã đọc theo kiểu đó. Hãy kiểm tra lại hạn hoàn thành trong bản xem trước.</source>
        <translation>The dates in the file are written month/day/year (such as {0}, usually from Excel set to US formats): they were read so. Check the deadlines in the preview.</translation>
    </message>
    <message>
        <source>Trang “{0}”: dòng {1} (một lĩnh vực) đang ẩn mà các tiêu chí dưới nó (dòng {2}) vẫn hiện, có lẽ do lọc: không còn biết các tiêu chí đó thuộc lĩnh vực nào. Chưa lưu gì: hãy bỏ lọc, bỏ ẩn các dòng trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Sheet “{0}”: row {1} (an area) is hidden while the criteria under it (rows {2}) are shown, probably through a filter: which area those criteria belong to is no longer known. Nothing was saved: clear the filter and unhide the rows in Excel, save, then import again.</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <source>cửa sổ ParApp đang mở</source>
        <translation>the ParApp window is open</translation>
    </message>
    <message>
        <source>nhập kế hoạch</source>
        <translation>importing a plan</translation>
    </message>
    <message>
        <source>khôi phục dữ liệu</source>
        <translation>restoring data</translation>
    </message>
    <message>
        <source>chốt báo cáo</source>
        <translation>finalising a report</translation>
    </message>
    <message>
        <source>lưu bản nháp báo cáo</source>
        <translation>saving a report draft</translation>
    </message>
    <message>
        <source>gắn bản báo cáo đã ký</source>
        <translation>attaching a signed report</translation>
    </message>
    <message>
        <source>ghi nhận gửi báo cáo</source>
        <translation>recording a report as sent</translation>
    </message>
    <message>
        <source>tạo xã mẫu</source>
        <translation>creating the demo commune</translation>
    </message>
    <message>
        <source>nâng cấp dữ liệu</source>
        <translation>upgrading the data</translation>
    </message>
    <message>
        <source>ghi số liệu báo cáo</source>
        <translation>recording report figures</translation>
    </message>
    <message>
        <source>nhập bộ tiêu chí Chỉ số CCHC</source>
        <translation>importing the PAR INDEX criteria</translation>
    </message>
    <message>
        <source>chấm điểm Chỉ số CCHC</source>
        <translation>scoring the PAR INDEX</translation>
    </message>
    <message>
        <source>lập kế hoạch khắc phục</source>
        <translation>making the remediation plan</translation>
    </message>
    <message>
        <source>ghi dữ liệu</source>
        <translation>writing data</translation>
    </message>
    <message>
        <source>sửa chữ hỏng trong dữ liệu</source>
        <translation>mending damaged text in the data</translation>
    </message>
    <message>
        <source>chuyển việc chưa xong sang năm sau</source>
        <translation>carrying unfinished work into next year</translation>
    </message>
</context>
<context>
    <name>log</name>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officials</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Ghi chép tiến độ</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Tệp kiểm chứng</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <source>Bộ tiêu chí CCHC</source>
        <translation>PAR criteria set</translation>
    </message>
    <message>
        <source>Tiêu chí CCHC</source>
        <translation>PAR criterion</translation>
    </message>
    <message>
        <source>Tài liệu của tiêu chí</source>
        <translation>Criterion document</translation>
    </message>
    <message>
        <source>Số liệu</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Văn bản đã ban hành</source>
        <translation>Documents issued</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Văn bản căn cứ</source>
        <translation>Basis document</translation>
    </message>
    <message>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Bản báo cáo đã ký</source>
        <translation>Signed report copy</translation>
    </message>
    <message>
        <source>Thông tin của xã</source>
        <translation>Commune details</translation>
    </message>
    <message>
        <source>Lịch báo cáo</source>
        <translation>Reporting schedule</translation>
    </message>
    <message>
        <source>Toàn bộ dữ liệu</source>
        <translation>All the data</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Mã tiêu chí (TCTP)</source>
        <translation>Criterion code (TCTP)</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Chủ trì (theo văn bản)</source>
        <translation>Lead (as written)</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead office</translation>
    </message>
    <message>
        <source>Chữ không đọc được</source>
        <translation>Unreadable text</translation>
    </message>
    <message>
        <source>Sửa chỗ chữ hỏng</source>
        <translation>Mend damaged text</translation>
    </message>
    <message>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <source>Thời gian thực hiện</source>
        <translation>Deadline (as written)</translation>
    </message>
    <message>
        <source>Hạn hoàn thành</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Lặp lại</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Lý do chậm</source>
        <translation>Reason for delay</translation>
    </message>
    <message>
        <source>Lý do dừng</source>
        <translation>Reason for dropping</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Nguyên nhân</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Giải pháp</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Kết quả đạt được</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Kiến nghị cấp trên</source>
        <translation>Request to the superior body</translation>
    </message>
    <message>
        <source>Chuyển sang năm sau</source>
        <translation>Carried into next year</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Cơ quan, đơn vị</source>
        <translation>Office or unit</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Đang công tác</source>
        <translation>In post</translation>
    </message>
    <message>
        <source>Số, ký hiệu</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Kế hoạch CCHC năm của xã</source>
        <translation>The commune&apos;s annual CCHC plan</translation>
    </message>
    <message>
        <source>Ngày ghi</source>
        <translation>Note date</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày chốt</source>
        <translation>Finalised on</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Gửi qua</source>
        <translation>Sent via</translation>
    </message>
    <message>
        <source>Số văn bản</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Loại văn bản</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Đơn vị tính</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Xếp hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kế hoạch khắc phục</source>
        <translation>Remediation plan</translation>
    </message>
    <message>
        <source>Loại bản</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Thời gian ký</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Tên UBND xã</source>
        <translation>Commune People&apos;s Committee</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Superior body</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>Các Phó Chủ tịch</source>
        <translation>Vice-chairmen</translation>
    </message>
    <message>
        <source>Người tổng hợp báo cáo CCHC</source>
        <translation>Official who drafts the CCHC reports</translation>
    </message>
    <message>
        <source>Các cơ quan chuyên môn</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>Nơi tiếp nhận hồ sơ</source>
        <translation>Where dossiers are received</translation>
    </message>
    <message>
        <source>Nêu tên người trong báo cáo</source>
        <translation>Persons named in reports</translation>
    </message>
    <message>
        <source>Số và ngày báo cáo</source>
        <translation>Report number and date</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Kính gửi</source>
        <translation>Addressed to (Kính gửi)</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <source>Đơn vị soạn thảo</source>
        <translation>Drafting unit</translation>
    </message>
    <message>
        <source>Mẫu lịch báo cáo</source>
        <translation>Schedule preset</translation>
    </message>
    <message>
        <source>Cơ quan chủ trì trong báo cáo</source>
        <translation>Lead offices in reports</translation>
    </message>
    <message>
        <source>Có báo cáo</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Số liệu từ – đến</source>
        <translation>Data from – to</translation>
    </message>
    <message>
        <source>Hạn gửi</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Nội dung bản nháp</source>
        <translation>Draft text</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã chốt</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>par</name>
    <message>
        <source>Bộ tiêu chí có {0} dòng cần sửa trước khi lưu (chưa ghi gì): {1} Hãy sửa tệp rồi nhập lại.</source>
        <translation>The criteria set has {0} rows to correct before it can be stored (nothing was written): {1} Correct the file and import it again.</translation>
    </message>
    <message>
        <source>Tệp ghi bộ tiêu chí năm {0}, bộ này được nhập cho năm {1} (--year). Nếu nhầm năm, hãy nhập lại với --year {0}.</source>
        <translation>The file states the criteria set of {0}; it is being imported for {1} (--year). If the year is wrong, import it again with --year {0}.</translation>
    </message>
    <message>
        <source>Năm {0} đã có bộ tiêu chí. Thêm --replace để thay bộ cũ (điểm, giải trình và tài liệu của các mã còn giữ nguyên được giữ lại).</source>
        <translation>{0} already has a criteria set. Add --replace to replace it (scores, explanations and documents of codes that remain are kept).</translation>
    </message>
    <message>
        <source>Không đọc được điểm tối đa “{0}”: hãy sửa thành một số như 2,5.</source>
        <translation>Cannot read the maximum “{0}”: correct it to a number such as 2.5.</translation>
    </message>
    <message>
        <source>Không đọc được điểm tự đánh giá “{0}”: hãy sửa thành một số như 2,5.</source>
        <translation>Cannot read the self-score “{0}”: correct it to a number such as 2.5.</translation>
    </message>
    <message>
        <source>Không đọc được điểm thẩm định “{0}”: hãy sửa thành một số như 2,5.</source>
        <translation>Cannot read the official score “{0}”: correct it to a number such as 2.5.</translation>
    </message>
    <message>
        <source>Điểm “{0}” lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm): hãy sửa lại.</source>
        <translation>The points “{0}” are more than any criterion could have (at most 1000 points): correct them.</translation>
    </message>
    <message>
        <source>Dòng không có mã tiêu chí, không nằm dưới tiêu chí nào: không nhập.</source>
        <translation>Row without a criterion code and not under any criterion: not imported.</translation>
    </message>
    <message>
        <source>Tiêu chí {0} chưa có điểm tối đa: hãy nhập điểm tối đa hoặc bỏ dòng này.</source>
        <translation>Criterion {0} has no maximum: enter its maximum points or leave the row out.</translation>
    </message>
    <message>
        <source>Mã {0} đã có ở dòng trên: hãy sửa mã cho đúng.</source>
        <translation>Code {0} is already used above: correct the code.</translation>
    </message>
    <message>
        <source>Điểm {0} lớn hơn điểm tối đa {1}: hãy sửa lại.</source>
        <translation>Score {0} is above the maximum {1}: correct it.</translation>
    </message>
    <message>
        <source>Tệp ghi bộ tiêu chí năm {0} kèm điểm đã chấm; điểm của năm {0} không lưu cho năm {1} (chưa ghi gì). Nếu tệp là của năm {0}, hãy nhập với --year {0} (trong cửa sổ: chọn năm {0}); nếu chỉ muốn dùng bộ tiêu chí này cho năm {1}, hãy xóa các cột điểm trong tệp rồi nhập lại.</source>
        <translation>The file is the criteria set of {0} with its scores; the scores of {0} are not stored for {1} (nothing was written). If the file is {0}&apos;s, import it with --year {0} (in the window: choose the year {0}); to use this set for {1} only, delete the score columns in the file and import it again.</translation>
    </message>
    <message>
        <source>{0} ghi {1} điểm nhưng các tiêu chí con cộng lại được {2} điểm.</source>
        <translation>{0} states {1} points but its sub-criteria add up to {2} points.</translation>
    </message>
    <message>
        <source>Dòng tổng cộng ghi {0} điểm nhưng các lĩnh vực cộng lại được {1} điểm.</source>
        <translation>The total row states {0} points but the areas add up to {1} points.</translation>
    </message>
    <message>
        <source>Không thấy bảng tiêu chí nào có cột điểm tối đa (cần dòng tiêu đề như “STT | Tiêu chí | Điểm tối đa”). Hãy chọn tệp Word/Excel chứa bảng chấm điểm, hoặc sao chép cả bảng kèm dòng tiêu đề rồi dán.</source>
        <translation>No criteria table with a maximum-points column was found (a header row such as “No. | Criterion | Maximum points” is needed). Choose the Word/Excel file with the scoring table, or copy the whole table with its header row and paste it.</translation>
    </message>
    <message>
        <source>Ô mã “{0}” ở dòng {1} là ngày tháng (Excel tự đổi mã {2} thành ngày): đã đọc là mã {2}. Hãy kiểm tra lại mã này.</source>
        <translation>The code cell “{0}” on row {1} is a date (Excel turned the code {2} into a date): read as code {2}. Please check this code.</translation>
    </message>
    <message>
        <source>Mã “{0}” ở dòng {1} đứng ngay sau mã {2}: đã đọc là {3} (Excel lưu mã 1.10 thành số 1.1 nếu ô không định dạng chữ). Hãy kiểm tra lại mã này.</source>
        <translation>Code “{0}” on row {1} comes right after code {2}: read as {3} (Excel stores the code 1.10 as the number 1.1 when the cell is not formatted as text). Please check this code.</translation>
    </message>
    <message>
        <source>Cột {0} “{1}” không nhận ra nên nội dung của nó ({2} ô có chữ) không được nhập. Nếu cần giữ, hãy đổi tên cột thành “Giải trình” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</source>
        <translation>Column {0} “{1}” was not recognised, so its content ({2} cells with text) is not imported. To keep it, rename the column “Explanation” (or choose the column&apos;s meaning in the import window) and import again.</translation>
    </message>
    <message>
        <source>Cột {0} “{1}” không nhận ra nên điểm của nó ({2} ô) không được nhập. Nếu đó là điểm đã chấm, hãy đổi tên cột thành “Điểm tự đánh giá” hoặc “Điểm thẩm định” (hoặc chọn nghĩa cho cột trong cửa sổ nhập) rồi nhập lại.</source>
        <translation>Column {0} “{1}” was not recognised, so its points ({2} cells) were not imported. If they are scores given, choose the self-assessment or appraised score as the column&apos;s meaning in the import window (or rename the column so) and import again.</translation>
    </message>
    <message>
        <source>Trang “{0}” có dòng, cột ẩn (Excel không hiện): chưa đọc dòng {1}; cột {2}. Nếu cần các tiêu chí ở đó, hãy bỏ ẩn trong Excel, lưu lại rồi nhập lại.</source>
        <translation>Sheet “{0}” has hidden rows or columns (Excel does not show them): rows {1} and columns {2} were not read. If criteria there are needed, unhide them in Excel, save, then import again.</translation>
    </message>
    <message>
        <source>Bảng thứ {0} trong tệp (hoặc trang tính thứ {0}) cũng là một bảng tiêu chí ({1} dòng) nhưng không được nhập: mỗi lần chỉ nhập một bảng. Nếu đó là phần tiếp của bộ tiêu chí, hãy chép các dòng của nó vào cuối bảng đầu (cùng các cột) rồi nhập lại.</source>
        <translation>Table {0} of the file (or sheet {0}) is also a criteria table ({1} rows) but was not imported: one table is imported at a time. If it continues the criteria set, copy its rows to the end of the first table (in the same columns) and import again.</translation>
    </message>
    <message>
        <source>bảng vừa dán</source>
        <translation>the pasted table</translation>
    </message>
    <message>
        <source>Không có gì để nhập: khung dán đang trống.</source>
        <translation>Nothing to import: the paste area is empty.</translation>
    </message>
    <message>
        <source>Tệp PDF chưa đọc trực tiếp được. Hãy mở tệp Word/Excel gốc của bộ tiêu chí, hoặc sao chép bảng trong PDF rồi dán vào ParApp.</source>
        <translation>PDF files cannot be read directly yet. Open the criteria set’s original Word/Excel file, or copy the table from the PDF and paste it into ParApp.</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: “{1}” không phải là số điểm (viết như 2,5 hoặc 2.5).</source>
        <translation>Criterion {0}: “{1}” is not a number of points (write it as 2,5 or 2.5).</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: điểm không được âm ({1}).</source>
        <translation>Criterion {0}: points cannot be negative ({1}).</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: “{1}” có quá 3 chữ số thập phân.</source>
        <translation>Criterion {0}: “{1}” has more than 3 decimals.</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: {1} điểm lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm).</source>
        <translation>Criterion {0}: {1} points are more than any criterion could have (at most 1000 points).</translation>
    </message>
    <message>
        <source>“{0}” không đúng dạng MÃ=ĐIỂM (ví dụ 1.1=2,5).</source>
        <translation>“{0}” is not in the form CODE=POINTS (e.g. 1.1=2,5).</translation>
    </message>
    <message>
        <source>Mã “{0}” có ở nhiều lĩnh vực của bộ tiêu chí năm {1}: hãy ghi mã đầy đủ ({2}).</source>
        <translation>Code “{0}” is printed in several areas of the {1} criteria set: write the full code ({2}).</translation>
    </message>
    <message>
        <source>Tiêu chí {0} được cho hai điểm khác nhau ({1} và {2}): hãy giữ một.</source>
        <translation>Criterion {0} is given two different scores ({1} and {2}): keep one.</translation>
    </message>
    <message>
        <source>Không có tiêu chí mã “{0}” trong bộ tiêu chí năm {1}.</source>
        <translation>There is no criterion “{0}” in the {1} criteria set.</translation>
    </message>
    <message>
        <source>{0} là nhóm tiêu chí: điểm của nhóm là tổng điểm các tiêu chí con ({1}), hãy chấm từng tiêu chí con.</source>
        <translation>{0} is a group of criteria: its score is the sum of its sub-criteria ({1}); score each sub-criterion.</translation>
    </message>
    <message>
        <source>Tiêu chí {0} chưa có điểm tối đa: hãy sửa bộ tiêu chí trước khi chấm.</source>
        <translation>Criterion {0} has no maximum: correct the criteria set before scoring.</translation>
    </message>
    <message>
        <source>Tiêu chí {0}: {1} điểm vượt điểm tối đa {2}.</source>
        <translation>Criterion {0}: {1} points is above the maximum {2}.</translation>
    </message>
    <message>
        <source>Còn {0} tiêu chí chưa chấm điểm; báo cáo ghi rõ các mã đó.</source>
        <translation>{0} criteria are not scored yet; the report names their codes.</translation>
    </message>
    <message>
        <source>Chưa có tên người ký trong Thông tin của xã: chỗ ký tên để trống.</source>
        <translation>No signer’s name in the commune details: the signature name is left blank.</translation>
    </message>
    <message>
        <source>Chưa có bộ tiêu chí Chỉ số CCHC năm {0}. Hãy nhập bộ tiêu chí của tỉnh (parapp par import-set TỆP --year {0}, hoặc trang Chỉ số CCHC → Nhập bộ tiêu chí).</source>
        <translation>There is no PAR Index criteria set for {0}. Import the province’s set (parapp par import-set FILE --year {0}, or the PAR Index page → Import criteria set).</translation>
    </message>
    <message>
        <source>Bộ tiêu chí không có tiêu chí nào để chấm điểm.</source>
        <translation>The criteria set has no criterion to score.</translation>
    </message>
    <message>
        <source>Các tiêu chí sau chưa có điểm tối đa: {0}. Hãy nhập điểm tối đa rồi lưu lại.</source>
        <translation>These criteria have no maximum: {0}. Enter their maximum points and save again.</translation>
    </message>
    <message>
        <source>Mã tiêu chí bị trùng: {0}. Hãy sửa mã rồi lưu lại.</source>
        <translation>Duplicate criterion codes: {0}. Correct the codes and save again.</translation>
    </message>
    <message>
        <source>Năm {0} đã có bộ tiêu chí. Hãy chọn thay thế bộ cũ (điểm, giải trình và tài liệu của các mã còn giữ nguyên được giữ lại).</source>
        <translation>{0} already has a criteria set. Choose to replace it (scores, explanations and documents of codes that remain are kept).</translation>
    </message>
    <message>
        <source>Xếp hạng “{0}” không đúng: hãy ghi thứ hạng và số đơn vị được xếp hạng, ví dụ 12/96; thứ hạng không lớn hơn số đơn vị.</source>
        <translation>Rank “{0}” is not valid: write the place and the number of units ranked, e.g. 12/96; the place cannot exceed the number of units.</translation>
    </message>
    <message>
        <source>Điểm tối đa “{0}” lớn hơn mọi tiêu chí có thể có (tối đa 1000 điểm).</source>
        <translation>The maximum “{0}” is more than any criterion could have (at most 1000 points).</translation>
    </message>
    <message>
        <source>tiêu chí</source>
        <translation>criterion</translation>
    </message>
    <message>
        <source>{0} là nhóm tiêu chí: điểm tối đa của nhóm là tổng của các tiêu chí con.</source>
        <translation>{0} is a group of criteria: its maximum is the sum of its sub-criteria.</translation>
    </message>
    <message>
        <source>Điểm tối đa “{0}” không phải là số (viết như 2,5 hoặc 2.5).</source>
        <translation>Maximum “{0}” is not a number (write it as 2,5 or 2.5).</translation>
    </message>
    <message>
        <source>Tiêu chí {0} đã được chấm {1} điểm: điểm tối đa không thể nhỏ hơn.</source>
        <translation>Criterion {0} is already scored {1} points: its maximum cannot be lower.</translation>
    </message>
    <message>
        <source>Hãy nhập tên tiêu chí.</source>
        <translation>Enter the criterion’s name.</translation>
    </message>
    <message>
        <source>Tiêu chí {0} đã được chấm điểm: hãy xóa điểm của nó trước khi thêm tiêu chí con.</source>
        <translation>Criterion {0} is already scored: clear its scores before adding sub-criteria.</translation>
    </message>
    <message>
        <source>Tiêu chí này không còn trong bộ tiêu chí (có thể vừa bị xóa).</source>
        <translation>This criterion is no longer in the set (it may just have been deleted).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp kiểm chứng số {0}.</source>
        <translation>Evidence file no. {0} not found.</translation>
    </message>
    <message>
        <source>Năm {0} không có tiêu chí nào đã chấm mà bị mất điểm: không cần kế hoạch khắc phục.</source>
        <translation>No scored criterion lost points in {0}: no remediation plan is needed.</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Nhóm tiêu chí</source>
        <translation>Group of criteria</translation>
    </message>
    <message>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Hướng dẫn (của tiêu chí trên)</source>
        <translation>Guidance (of the criterion above)</translation>
    </message>
    <message>
        <source>Dòng tổng</source>
        <translation>Total row</translation>
    </message>
    <message>
        <source>Không nhập</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>STT, mã</source>
        <translation>No., code</translation>
    </message>
    <message>
        <source>Tên tiêu chí</source>
        <translation>Criterion name</translation>
    </message>
    <message>
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <source>Điểm tự đánh giá</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>Điểm thẩm định</source>
        <translation>Official score</translation>
    </message>
    <message>
        <source>Hướng dẫn chấm điểm</source>
        <translation>Scoring guidance</translation>
    </message>
    <message>
        <source>Tài liệu kiểm chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Giải trình</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tối đa</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cần xem lại</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Lĩnh vực, tiêu chí</source>
        <translation>Area, criterion</translation>
    </message>
    <message>
        <source>Tự đánh giá</source>
        <translation>Self-score</translation>
    </message>
    <message>
        <source>Thẩm định</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Kiểm chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>chưa chấm</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Điểm vừa gõ chưa lưu được; sẽ lưu khi gõ điểm tiếp theo hoặc trước khi đóng cửa sổ</source>
        <translation>The score typed could not be stored yet; it is stored with the next score typed or before the window closes</translation>
    </message>
    <message>
        <source>Chưa chấm điểm: gõ điểm (ví dụ 2,5) rồi Enter.</source>
        <translation>Not scored: type the points (e.g. 2.5) and press Enter.</translation>
    </message>
    <message>
        <source>Điểm tự đánh giá “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, điểm của nó là tổng điểm các tiêu chí con. Hãy ghi điểm vào từng tiêu chí con.</source>
        <translation>The self-assessment score “{0}” on this row is not kept: the row has sub-criteria, and its score is the sum of theirs. Enter the points on each sub-criterion.</translation>
    </message>
    <message>
        <source>Điểm thẩm định “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, điểm của nó là tổng điểm các tiêu chí con. Hãy ghi điểm vào từng tiêu chí con.</source>
        <translation>The appraised score “{0}” on this row is not kept: the row has sub-criteria, and its score is the sum of theirs. Enter the points on each sub-criterion.</translation>
    </message>
    <message>
        <source>Giải trình “{0}” ghi ở dòng này không được lưu: dòng có tiêu chí con, giải trình chỉ lưu cho từng tiêu chí được chấm điểm. Hãy ghi vào tiêu chí con cần giải trình.</source>
        <translation>The explanation “{0}” on this row is not kept: the row has sub-criteria, and explanations are kept only for criteria that are scored. Write it on the sub-criterion it explains.</translation>
    </message>
    <message>
        <source>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: điểm tự đánh giá “{1}” ghi ở đây không được lưu. Hãy ghi điểm vào dòng của tiêu chí {0}.</source>
        <translation>This row is read as scoring guidance of criterion {0}: the self-assessment score “{1}” on it is not kept. Enter the points on criterion {0}&apos;s row.</translation>
    </message>
    <message>
        <source>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: điểm thẩm định “{1}” ghi ở đây không được lưu. Hãy ghi điểm vào dòng của tiêu chí {0}.</source>
        <translation>This row is read as scoring guidance of criterion {0}: the appraised score “{1}” on it is not kept. Enter the points on criterion {0}&apos;s row.</translation>
    </message>
    <message>
        <source>Dòng này được đọc là hướng dẫn chấm điểm của tiêu chí {0}: giải trình “{1}” ghi ở đây không được lưu. Hãy ghi vào dòng của tiêu chí {0}.</source>
        <translation>This row is read as scoring guidance of criterion {0}: the explanation “{1}” on it is not kept. Write it on criterion {0}&apos;s row.</translation>
    </message>
    <message>
        <source>Dòng tổng cộng ghi điểm tự đánh giá {0} nhưng các tiêu chí cộng lại được {1}: hãy xem có tiêu chí nào chưa được đọc hoặc ghi sai điểm.</source>
        <translation>The total row gives a self-assessment score of {0} but the criteria add up to {1}: check whether a criterion was not read or a score is wrong.</translation>
    </message>
    <message>
        <source>Dòng tổng cộng ghi điểm thẩm định {0} nhưng các tiêu chí cộng lại được {1}: hãy xem có tiêu chí nào chưa được đọc hoặc ghi sai điểm.</source>
        <translation>The total row gives an appraised score of {0} but the criteria add up to {1}: check whether a criterion was not read or a score is wrong.</translation>
    </message>
    <message>
        <source>Không thấy bảng tiêu chí có cột điểm tối đa trong phần Excel đang hiện: trang “{0}” có dòng {1}; cột {2} đang ẩn. Chưa lưu gì: hãy bỏ ẩn (bỏ lọc) các dòng, cột đó trong Excel, lưu lại rồi nhập lại.</source>
        <translation>No criteria table with a maximum points column in what Excel shows: sheet “{0}” hides rows {1} and columns {2}. Nothing was stored: unhide those rows and columns in Excel (or clear the filter), save, then import again.</translation>
    </message>
    <message>
        <source>Không thấy mã tiêu chí nào (I, 1.1, 1.2…) trong phần Excel đang hiện: trang “{0}” có cột {1} đang ẩn. Chưa lưu gì: hãy bỏ ẩn các cột đó trong Excel, lưu lại rồi nhập lại.</source>
        <translation>No criterion codes (I, 1.1, 1.2…) in what Excel shows: sheet “{0}” hides columns {1}. Nothing was stored: unhide those columns in Excel, save, then import again.</translation>
    </message>
    <message>
        <source>Không thấy bảng tiêu chí có cột điểm tối đa trong phần Excel đang hiện. Chưa lưu gì. {0}</source>
        <translation>No criteria table with a maximum points column in what Excel shows. Nothing was stored. {0}</translation>
    </message>
    <message>
        <source>Không thấy mã tiêu chí nào (I, 1.1, 1.2…) trong phần Excel đang hiện. Chưa lưu gì. {0}</source>
        <translation>No criterion codes (I, 1.1, 1.2…) in what Excel shows. Nothing was stored. {0}</translation>
    </message>
    <message>
        <source>Bảng có dòng ẩn (Excel không hiện): chưa đọc dòng {0}. Nếu cần các tiêu chí ở đó, hãy bỏ ẩn trong Excel rồi sao chép hoặc lưu lại.</source>
        <translation>The table has hidden rows (Excel does not show them): rows {0} were not read. If you need the criteria there, unhide them in Excel, then copy or save again.</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <source>Quý I</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half-year</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>Nine months</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Từ ngày 15 đến ngày 14 (Bộ Nội vụ; nhiều tỉnh áp dụng)</source>
        <translation>15th to 14th (Ministry of Home Affairs; used by many provinces)</translation>
    </message>
    <message>
        <source>Theo quý dương lịch, hạn 5 ngày sau kỳ</source>
        <translation>Calendar quarters, due 5 days after</translation>
    </message>
    <message>
        <source>Từ ngày 11 đến ngày 10, hạn ngày 11 (như huyện Trần Đề 2024)</source>
        <translation>11th to 10th, due on the 11th (as Trần Đề district 2024)</translation>
    </message>
    <message>
        <source>Hạn 15/3, 15/6, 15/9, 01/11 (như xã Ba Giang 2023)</source>
        <translation>Due 15/3, 15/6, 15/9, 01/11 (as Ba Giang commune 2023)</translation>
    </message>
    <message>
        <source>Kỳ {0}: giữa ngày chốt số liệu và hạn gửi không có ngày làm việc nào (quy định chung cần ít nhất 1 ngày).</source>
        <translation>{0}: there is no working day between the end of the data window and the deadline (the general rule asks for at least one).</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Số văn bản xin lỗi nhiều hơn số hồ sơ trễ hẹn (giải quyết quá hạn và đang giải quyết quá hạn): câu về văn bản xin lỗi chưa được in. Hãy kiểm tra lại ở trang Số liệu.</source>
        <translation>More apology letters than late dossiers (settled late and pending past their day): the sentence on apology letters is not printed. Check the figures on the Figures page.</translation>
    </message>
    <message>
        <source>Chưa có số liệu của kỳ này: số liệu {0} được cộng từ các quý, còn thiếu số liệu {1}. Hãy nhập ở trang Số liệu (hoặc nhập thẳng số liệu cả kỳ) rồi cập nhật bản nháp.</source>
        <translation>This period has no figures yet: the figures of {0} are added up from its quarters, and those of {1} are missing. Enter them on the Figures page (or enter the whole period&apos;s figures directly), then update the draft.</translation>
    </message>
    <message>
        <source>Chưa có số liệu của kỳ này (hồ sơ thủ tục hành chính, phản ánh kiến nghị, văn bản…): hãy nhập ở trang Số liệu rồi cập nhật bản nháp.</source>
        <translation>This period has no figures yet (dossiers, feedback, documents…): enter them on the Figures page, then update the draft.</translation>
    </message>
    <message>
        <source>Phần mở đầu chưa nêu căn cứ (kế hoạch hoặc văn bản yêu cầu báo cáo của cấp trên, kế hoạch cải cách hành chính năm của xã): hãy thêm ở mục “Căn cứ và kiến nghị” của bản nháp.</source>
        <translation>The opening cites nothing the report answers to (the superior body&apos;s plan or request, the commune&apos;s annual plan): add them under “Basis and proposals” in the draft.</translation>
    </message>
    <message>
        <source>Mục I chưa có nội dung: chưa có kế hoạch, số liệu hay nhiệm vụ chỉ đạo, điều hành nào trong kỳ.</source>
        <translation>Part I is empty: no plan, figure or leadership task in the period.</translation>
    </message>
    <message>
        <source>Mục II chưa có nội dung: trong kỳ chưa có nhiệm vụ nào đến hạn, hoàn thành hay được ghi tiến độ. Hãy ghi tiến độ các nhiệm vụ đang thực hiện (sổ nhiệm vụ, “Cập nhật tiến độ…”) rồi soạn lại, hoặc tự viết mục II.</source>
        <translation>Part II is empty: no task fell due, was finished or had progress recorded in the period. Record the progress of the tasks in hand (the register, “Update progress…”) and draft again, or write part II yourself.</translation>
    </message>
    <message>
        <source>Chưa có đề xuất, kiến nghị nào của kỳ này: mục V đang ghi “Không có”.</source>
        <translation>No proposals for this period yet: part V says “Không có”.</translation>
    </message>
    <message>
        <source>Mục “{0}” đang trống.</source>
        <translation>“{0}” is empty.</translation>
    </message>
    <message>
        <source>Mục “{0}” còn dấu “{1}” cần thay bằng nội dung.</source>
        <translation>“{0}” still holds the mark “{1}”: replace it with text.</translation>
    </message>
    <message>
        <source>Nhiệm vụ quá hạn chưa ghi nguyên nhân chậm: {0}.</source>
        <translation>Overdue tasks with no reason for the delay: {0}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ quá hạn chưa có người chủ trì: {0}.</source>
        <translation>Overdue tasks with no lead: {0}.</translation>
    </message>
    <message>
        <source>Nhiệm vụ hoàn thành chậm chưa ghi nguyên nhân: {0}.</source>
        <translation>Tasks finished late with no reason recorded: {0}.</translation>
    </message>
    <message>
        <source>{0} và {1} nhiệm vụ khác</source>
        <translation>{0} and {1} more tasks</translation>
    </message>
    <message>
        <source>{0}: bản nháp ghi {1}, số liệu hiện nay là {2}</source>
        <translation>{0}: the draft says {1}, the figures now say {2}</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Tên cơ quan báo cáo: bản nháp chưa ghi “{0}”</source>
        <translation>Reporting body&apos;s name: the draft does not yet say “{0}”</translation>
    </message>
    <message>
        <source>Mục “{0}” không còn khớp với sổ nhiệm vụ hôm nay</source>
        <translation>Section “{0}” no longer matches today&apos;s task register</translation>
    </message>
    <message>
        <source>Kỳ số liệu đã đổi từ {0} thành {1}</source>
        <translation>The data period changed from {0} to {1}</translation>
    </message>
    <message>
        <source>Bản nháp số {0} được lưu trước khi số liệu, sổ nhiệm vụ hoặc lịch báo cáo thay đổi ({1}). Chưa chốt. Hãy chạy lại với --refresh-figures để đưa số liệu và tình hình nhiệm vụ hiện nay vào bản nháp rồi chốt (các mục đã sửa tay được giữ), hoặc --keep-draft để chốt đúng như bản nháp đã lưu.</source>
        <translation>Draft {0} was saved before the figures, the task register or the report schedule changed ({1}). Not finalised. Run again with --refresh-figures to bring today&apos;s figures and tasks into the draft and finalise it (sections edited by hand are kept), or with --keep-draft to finalise the draft exactly as saved.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Hệ thống quản lý văn bản và điều hành</source>
        <translation>Document management system</translation>
    </message>
    <message>
        <source>Hệ thống thông tin báo cáo của tỉnh</source>
        <translation>Provincial reporting system</translation>
    </message>
    <message>
        <source>Thư điện tử công vụ</source>
        <translation>Official e-mail</translation>
    </message>
    <message>
        <source>Gửi bản giấy qua bưu điện</source>
        <translation>Paper copy by post</translation>
    </message>
    <message>
        <source>Gửi trực tiếp</source>
        <translation>Delivered in person</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Xã, từ ngày 01/7/2025 (Nghị định 150/2025/NĐ-CP)</source>
        <translation>Commune, from 1 July 2025 (Decree 150/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Phường, từ ngày 01/7/2025 (Nghị định 150/2025/NĐ-CP)</source>
        <translation>Ward, from 1 July 2025 (Decree 150/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>Trước ngày 01/7/2025 (công chức chuyên môn, Bộ phận Một cửa)</source>
        <translation>Before 1 July 2025 (civil-servant posts, one-stop desk)</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dừng thực hiện</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Không lặp lại</source>
        <translation>Does not recur</translation>
    </message>
    <message>
        <source>Hằng năm</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>Hằng quý</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Hằng tháng</source>
        <translation>Monthly</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Mã TCTP</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Chưa giao</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Chưa có hạn</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>Chuyển sang năm {0}</source>
        <translation>Carried into {0}</translation>
    </message>
    <message>
        <source>Quá hạn {0} ngày</source>
        <translation>{0} days overdue</translation>
    </message>
    <message>
        <source>Hoàn thành (trễ hạn) {0}</source>
        <translation>Done (late) {0}</translation>
    </message>
    <message>
        <source>Hoàn thành {0}</source>
        <translation>Done {0}</translation>
    </message>
    <message>
        <source>Thời hạn ghi trong kế hoạch: {0}</source>
        <translation>Deadline in the plan: {0}</translation>
    </message>
    <message>
        <source>Nhiệm vụ chưa có người chủ trì. Bấm “Sửa…” để giao cho một người.</source>
        <translation>The task has no lead. Press “Edit…” to assign someone.</translation>
    </message>
    <message>
        <source>Phối hợp: {0}</source>
        <translation>Coordinating: {0}</translation>
    </message>
    <message>
        <source>Chưa hoàn thành trong năm của nó; kế hoạch năm {0} tiếp tục việc này (tìm theo nội dung). Không tính quá hạn, không nhắc nữa.</source>
        <translation>Not finished in its year; the plan of {0} carries it on (search by its content). No longer counted as overdue, no longer reminded.</translation>
    </message>
    <message>
        <source>Việc lặp lại của năm {0}: hết năm thì không tính quá hạn, không nhắc nữa; kế hoạch năm sau giao lại việc này.</source>
        <translation>Recurring work of {0}: once its year is over it is neither late nor chased; next year&apos;s plan gives it again.</translation>
    </message>
</context>
</TS>

"""Why a database could not be opened, in words a user can act on."""

from parapp.core.messages import N_, ParAppError


class StoreError(ParAppError):
    context = "errors"


class FolderMissing(StoreError):
    def __init__(self, folder):
        super().__init__(
            N_("errors", "Thư mục “{0}” không tồn tại. Hãy tạo thư mục đó hoặc chọn nơi lưu khác."),
            folder,
        )


class FolderReadOnly(StoreError):
    def __init__(self, folder):
        super().__init__(
            N_("errors", "Không ghi được vào thư mục “{0}” (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác, ví dụ trong Tài liệu của bạn."),
            folder,
        )


class NotParAppDatabase(StoreError):
    def __init__(self, path):
        super().__init__(
            N_("errors", "Tệp “{0}” không phải là cơ sở dữ liệu ParApp. Hãy chọn đúng tệp parapp.db, hoặc một tên tệp mới để tạo dữ liệu mới."),
            path,
        )


class DatabaseTooNew(StoreError):
    def __init__(self, path, unknown):
        super().__init__(
            N_("errors", "Tệp “{0}” được tạo bởi phiên bản ParApp mới hơn (có thay đổi {1} mà phiên bản này chưa biết). Hãy cài phiên bản ParApp mới nhất; dữ liệu không bị thay đổi."),
            path, unknown,
        )


class DatabaseDamaged(StoreError):
    def __init__(self, path, detail):
        super().__init__(
            N_("errors", "Không mở được tệp dữ liệu “{0}”: {1}. Dữ liệu không bị thay đổi; hãy khôi phục từ bản sao lưu gần nhất."),
            path, detail,
        )


class NotFound(StoreError):
    def __init__(self, what, ident):
        super().__init__(N_("errors", "Không tìm thấy {0} số {1}."), what, ident)

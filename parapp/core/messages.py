"""User-facing messages raised by the core and the store.

The core may not import Qt, yet its messages must be translatable. They are
written as N_("context", "text"): Qt's lupdate is told (see translations/)
to read N_ like QT_TRANSLATE_NOOP, so the strings land in the .ts files,
and the UI shows them through QCoreApplication.translate(context, text).
The command line prints the Vietnamese source text, which is the app's first
language.
"""

from __future__ import annotations


# The interface languages, and the one used until a person chooses: the source strings are
# Vietnamese. Declared once, here, for the store (the saved choice), the command line and the window.
LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"


def N_(context: str, text: str) -> str:  # noqa: N802 - the gettext convention
    """Mark text for translation without translating it here."""
    return text


class ParAppError(Exception):
    """An error whose message a user can act on.

    `text` is the untranslated template, `args` fill its {0}, {1} … slots.
    """

    context = "errors"

    def __init__(self, text: str, *args: object, field: str | None = None, context: str | None = None):
        self.text = text
        self.args_ = args
        self.field = field
        if context is not None:  # the text was marked N_(context, …) in another context than the class's
            self.context = context
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.text.format(*self.args_)

    def translated(self, translate) -> str:
        """Message in the UI language; `translate(context, text)` is Qt's. An argument that is itself
        a message (a Msg, such as os_reason's words) is translated too, in the same context."""
        return translate(self.context, self.text).format(*(_in(translate, self.context, a) for a in self.args_))


def _in(translate, context: str, arg: object) -> object:
    if isinstance(arg, Msg):
        return translate(context, arg.template).format(*(_in(translate, context, a) for a in arg.args))
    return arg


class ValidationError(ParAppError):
    """The input cannot be stored as it is; nothing was written."""


class ValidationProblems(ValidationError):
    """Several things wrong with one input, each said on its own line; nothing was stored.
    A subclass names the translation `context` its messages were marked in."""

    context = "errors"

    def __init__(self, problems: list["Msg"]):
        self.problems = list(problems)
        super().__init__(problems[0].template, *problems[0].args)

    @property
    def message(self) -> str:
        return "\n".join(self.problems)

    def translated(self, translate) -> str:
        return "\n".join(translate(self.context, p.template).format(*p.args) for p in self.problems)


class Msg(str):
    """A message formatted in Vietnamese that remembers its template and arguments,
    so the window can show it in another language: Msg(N_("import", "…{0}…"), value)."""

    template: str
    args: tuple

    def __new__(cls, template: str, *args: object) -> "Msg":
        obj = super().__new__(cls, template.format(*args))
        obj.template, obj.args = template, args
        return obj


# What the system says of a failed file operation, in the user's words: its own text (strerror) is
# English on every system but a localised Windows ("No such file or directory" when a USB stick is pulled).
_OS_WORDS = {
    "ENOENT": N_("errors", "không còn thấy tệp hoặc thư mục"),
    "ENOTDIR": N_("errors", "một phần của đường dẫn không phải thư mục"),
    "EEXIST": N_("errors", "đã có tệp trùng tên"),
    "EACCES": N_("errors", "không có quyền"),
    "EPERM": N_("errors", "không có quyền"),
    "EROFS": N_("errors", "ổ đĩa chỉ đọc"),
    "ENOSPC": N_("errors", "ổ đĩa đã đầy"),
    "EDQUOT": N_("errors", "ổ đĩa đã đầy"),
    "EIO": N_("errors", "lỗi đọc hoặc ghi ổ đĩa"),
    "ENODEV": N_("errors", "thiết bị không còn"),
    "ENXIO": N_("errors", "thiết bị không còn"),
    "ENAMETOOLONG": N_("errors", "tên hoặc đường dẫn quá dài"),
    "EBUSY": N_("errors", "đang được chương trình khác dùng"),
    "ETXTBSY": N_("errors", "đang được chương trình khác dùng"),
    "EISDIR": N_("errors", "đó là một thư mục"),
    "EINVAL": N_("errors", "tên hoặc đường dẫn không hợp lệ"),
    "ESTALE": N_("errors", "ổ mạng không còn kết nối"),
    "ENOTCONN": N_("errors", "ổ mạng không còn kết nối"),
    "ECONNRESET": N_("errors", "ổ mạng không còn kết nối"),
    "EHOSTDOWN": N_("errors", "ổ mạng không còn kết nối"),
    "EHOSTUNREACH": N_("errors", "ổ mạng không còn kết nối"),
    "ETIMEDOUT": N_("errors", "ổ đĩa hoặc ổ mạng không trả lời"),
    # FAT32, the format most USB sticks come in, holds no file of 4 GB or more.
    "EFBIG": N_("errors", "tệp lớn hơn mức ổ đĩa này nhận (USB định dạng FAT32 chỉ nhận tệp dưới 4 GB)"),
    "EMFILE": N_("errors", "máy đang mở quá nhiều tệp"),
    "ENFILE": N_("errors", "máy đang mở quá nhiều tệp"),
    "ENOMEM": N_("errors", "máy hết bộ nhớ"),
    "ENOTEMPTY": N_("errors", "thư mục không trống"),
    "ELOOP": N_("errors", "đường dẫn là lối tắt vòng quanh"),
    "EILSEQ": N_("errors", "tên có ký tự ổ đĩa này không nhận"),
    "EXDEV": N_("errors", "không chuyển được sang ổ đĩa khác"),
    "EOPNOTSUPP": N_("errors", "ổ đĩa này không hỗ trợ việc đó"),
    "ENOTSUP": N_("errors", "ổ đĩa này không hỗ trợ việc đó"),
}

# Windows' own codes that Python folds into errnos saying something else (CPython's PC/errmap.h): a pulled
# stick (ERROR_NOT_READY), a failing one (ERROR_CRC, ERROR_WRITE_FAULT) and a file another program holds
# (ERROR_SHARING_VIOLATION) all become EACCES, "no permission"; a stick removed while a file was open
# (ERROR_DEVICE_NOT_CONNECTED, ERROR_FILE_INVALID), a FAT32 stick's 4 GB limit (ERROR_FILE_TOO_LARGE) and a
# full disk's ERROR_HANDLE_DISK_FULL become EINVAL, "invalid name"; a path too long becomes ENOENT.
_WINDOWS = {
    19: "EROFS",                                                   # ERROR_WRITE_PROTECT
    21: "ENODEV", 55: "ENODEV", 433: "ENODEV", 1006: "ENODEV", 1167: "ENODEV",
    23: "EIO", 25: "EIO", 27: "EIO", 29: "EIO", 30: "EIO", 31: "EIO", 1117: "EIO", 1392: "EIO", 1393: "EIO",
    32: "EBUSY", 33: "EBUSY",                                      # sharing and lock violations
    39: "ENOSPC", 112: "ENOSPC",                                   # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
    206: "ENAMETOOLONG",                                           # ERROR_FILENAME_EXCED_RANGE
    223: "EFBIG", 665: "EFBIG",                                    # ERROR_FILE_TOO_LARGE, FILE_SYSTEM_LIMITATION
    51: "ENOTCONN", 59: "ENOTCONN", 64: "ENOTCONN", 121: "ETIMEDOUT", 1231: "ENOTCONN",  # a share gone
}


def os_errno(exc: BaseException) -> int | None:
    """The errno that says what happened to a file operation, read from Windows' own code where there is
    one (see _WINDOWS); elsewhere the exception's errno. Decisions on a failure (full, read-only, pulled)
    are taken on this, never on exc.errno."""
    import errno

    name = _WINDOWS.get(getattr(exc, "winerror", None) or -1)
    if name is not None and hasattr(errno, name):
        return int(getattr(errno, name))
    return getattr(exc, "errno", None)


_MEDIUM_FAILURES = ("EIO", "ENODEV", "ENXIO", "ENOMEDIUM", "ESTALE", "ENOTCONN", "ETIMEDOUT", "ECONNRESET",
                    "EHOSTDOWN", "EHOSTUNREACH")


def medium_failed(exc: BaseException) -> bool:
    """Whether an OSError is the disk, stick or share failing (pulled, loose, a bad sector), not a name, a right or
    the content: on Windows, ERROR_NOT_READY and ERROR_CRC come as PermissionError (round 30A)."""
    import errno

    return isinstance(exc, OSError) and os_errno(exc) in {getattr(errno, n) for n in _MEDIUM_FAILURES
                                                          if hasattr(errno, n)}


def os_reason(exc: BaseException) -> str:
    """Why a file operation failed, in words (a Msg, translated with the message it is put in). An errno
    with no words here is named by its number, never by the system's English text."""
    import errno

    code = os_errno(exc)
    name = errno.errorcode.get(code or -1)
    if name in _OS_WORDS:
        return Msg(_OS_WORDS[name])
    if code:
        return Msg(N_("errors", "lỗi hệ thống {0}"), getattr(exc, "winerror", None) or name or code)
    return Msg(N_("errors", "lỗi không rõ"))

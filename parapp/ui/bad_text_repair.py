"""The error box's way out when a byte of the data went bad inside a text (not UTF-8): the register failed on every
row it drew, and the way out said was the command line's (`parapp repair`) or the last good backup, all work since
lost. The window holds the writer lock, so it mends the text itself (the same use-case, after the same snapshot)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from parapp.core.messages import ParAppError
from parapp.ui.widgets.texts import tr


def _window_with_data():
    windows = [w for w in QApplication.topLevelWidgets()
               if getattr(w, "db", None) is not None and getattr(w.db, "path", None) and hasattr(w, "refresh_all")]
    windows.sort(key=lambda w: not w.isVisible())
    return windows[0] if windows else None


def offer_repair(box: QMessageBox) -> None:
    """A "Sửa chỗ chữ hỏng" button on the box when the shown data, open for writing, holds such text; when it is only
    read, why it cannot be mended here and how it will be."""
    from parapp.store.loose_links import loose_links
    from parapp.store.text_repair import bad_texts

    window = _window_with_data()
    if window is None:
        return
    texts = bool(bad_texts(window.db.conn))
    if not texts and not loose_links(window.db.conn):  # a link pointing nowhere: mended by the same repair (41A)
        return
    if window.db.readonly:
        # No button: nothing is written here. The box's way out was "Tệp → Khôi phục…" (grey in this window) or the
        # command line's repair (refused on the same stick), and a restore loses all work since the backup (33B).
        from parapp.ui.readonly_banner import readonly_text

        box.setInformativeText(tr("Cửa sổ này chỉ đọc dữ liệu nên không sửa được chỗ chữ hỏng ở đây. {0} Khi dữ liệu "
                                  "mở được để ghi, hộp báo lỗi này có nút “Sửa chỗ chữ hỏng”: sửa ngay trong cửa sổ, "
                                  "không mất gì khác (không cần khôi phục bản sao lưu).").format(
                                      readonly_text(window.db, getattr(window, "readonly_why", ""))))
        return
    # The box's own words end "hãy dùng Tệp → Khôi phục…": a restore loses all work since the backup (33B left it)
    if texts:
        box.setInformativeText(tr("Dữ liệu có chỗ chữ bị hỏng trên đĩa. Bấm “Sửa chỗ chữ hỏng” để sửa ngay trong cửa "
                                  "sổ: không mất gì khác, không cần khôi phục bản sao lưu (dữ liệu trước khi sửa được "
                                  "giữ trong một bản sao lưu tự động)."))
    else:
        box.setInformativeText(tr("Dữ liệu có liên kết trỏ tới dòng không còn (ví dụ một nhiệm vụ ghi là đã chuyển "
                                  "sang năm sau, trỏ tới nhiệm vụ không còn). Bấm “Sửa chỗ chữ hỏng” để sửa ngay trong "
                                  "cửa sổ: bỏ liên kết đó như khi dòng kia bị xóa, không mất gì khác, không cần khôi "
                                  "phục bản sao lưu (dữ liệu trước khi sửa được giữ trong một bản sao lưu tự động)."))
    button = box.addButton(tr("Sửa chỗ chữ hỏng"), QMessageBox.ButtonRole.ActionRole)
    button.clicked.disconnect()  # the box closes only once the repair is done and said
    button.clicked.connect(lambda: _repair(box, window))


def _repair(box: QMessageBox, window) -> None:
    from parapp.datadir import data_dir_for
    from parapp.services.safety import repair_text_in
    from parapp.ui.widgets.texts import error_text, inform, show_error

    box.done(0)
    try:
        repaired, snap, unlogged = repair_text_in(window.db, data_dir_for(window.db.path))
    except ParAppError as exc:
        show_error(window, error_text(exc), tr("Chưa sửa được"))
        return
    window.refresh_all()
    unlinked = [r for r in repaired if r.unlinked is not None]
    repaired = [r for r in repaired if r.unlinked is None]
    if unlinked and not repaired:
        inform(window, tr("Đã sửa"), _unlinked_words(unlinked) + "\n\n" + tr(
            "Dữ liệu trước khi sửa được giữ trong bản sao lưu tự động lúc {0} (Tệp → Khôi phục…, lý do “trước khi sửa "
            "chữ hỏng”).").format(snap.label))
        return
    if not repaired:
        return
    # What the user typed, to look at and retype; a note shown nowhere is said apart (round 39A)
    shown = [r for r in repaired if r.table != "audit_log" and not r.unseen and not r.in_par_set]
    lines = ["• “{0}”".format(_start(r.was if r.retype else r.text)) for r in shown[:10]]
    if any(r.table == "audit_log" for r in repaired):
        lines.append(tr("• {0} dòng của Nhật ký thay đổi").format(sum(r.table == "audit_log" for r in repaired)))
    places = "\n".join(lines)
    logged = sum(1 for r in repaired if r.in_log)  # kept with "\ufffd": the log is append-only, none to retype (38A)
    if not any(r.to_retype or r.kept for r in repaired):  # each put back exactly (round 32A): nothing to retype
        said = tr("Đã sửa {0} chỗ chữ bị hỏng trên đĩa, đặt lại đúng như trước khi hỏng:\n{1}\n\nDữ liệu trước khi "
                  "sửa được giữ trong bản sao lưu tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).")
    elif not any(r.to_retype for r in repaired):
        said = tr("Đã sửa {0} chỗ chữ bị hỏng trên đĩa:\n{1}\n\nDữ liệu trước khi sửa được giữ trong bản sao lưu "
                  "tự động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).")
    else:
        said = tr("Đã sửa {0} chỗ chữ bị hỏng trên đĩa; chỗ hỏng nay là dấu “\ufffd”, phần còn lại giữ nguyên:\n{1}\n\n"
                  "Hãy xem lại những chỗ đó và gõ lại cho đúng. Dữ liệu trước khi sửa được giữ trong bản sao lưu tự "
                  "động lúc {2} (Tệp → Khôi phục…, lý do “trước khi sửa chữ hỏng”).")
    said = said.format(len(repaired), places, snap.label)
    if logged:
        said += "\n\n" + tr("{0} dòng Nhật ký thay đổi giữ dấu “\ufffd” ở chỗ chữ hỏng, phần còn lại đọc được như cũ: "
                             "Nhật ký chỉ ghi thêm, không sửa được và không cần sửa.").format(logged)
    for year in sorted({r.year or 0 for r in repaired if r.in_par_set}):  # no window edits it (round 39A)
        said += "\n\n" + tr("Số thứ tự của tiêu chí Chỉ số CCHC năm {0} giữ dấu “\ufffd”: số này lấy từ tệp bộ "
                             "tiêu chí của tỉnh, không sửa được trong cửa sổ. Hãy nhập lại tệp đó, thay bộ cũ (Chỉ số "
                             "CCHC → Nhập bộ tiêu chí…, chọn “Thay bộ tiêu chí đã có”): điểm, giải trình và tài liệu "
                             "của các mã còn giữ được giữ nguyên.").format(year or "…")
    if any(r.unseen for r in repaired):  # a note no window shows: nothing to retype (round 39A)
        said += "\n\n" + tr("Tên tệp bộ tiêu chí Chỉ số CCHC đã nhập (ParApp chỉ ghi để nhớ, không hiện ở đâu) giữ "
                             "dấu “\ufffd”: không cần sửa.")
    if unlogged:  # the repair stands; the log read on as if the words had always been so (round 34B)
        why = tr("ổ đĩa chứa “{0}” đã đầy").format(unlogged.detail) if unlogged.full else unlogged.detail
        said += "\n\n" + tr("Việc sửa này chưa được ghi vào Nhật ký thay đổi ({0}); chữ đã được sửa xong.").format(why)
    if unlinked:
        said += "\n\n" + _unlinked_words(unlinked)
    inform(window, tr("Đã sửa chữ hỏng"), said)


def _unlinked_words(unlinked) -> str:
    """Links emptied (store.loose_links): a carried task's by its number, with how to link it again."""
    carried = [r for r in unlinked if (r.table, r.column) == ("tasks", "carried_to")]
    lines = [tr("Nhiệm vụ số {0} trỏ tới nhiệm vụ nhận chuyển sang năm sau (số {1}) nay không còn: đã bỏ liên kết "
                "đó, như khi xóa nhiệm vụ nhận chuyển. Nếu việc này đã được chuyển, hãy dùng Nhiệm vụ → Chuyển việc "
                "chưa xong sang năm sau… (năm {2}) và chọn nó: nó được nối lại với việc cùng nội dung ở kế hoạch năm "
                "sau.").format(r.rowid, r.unlinked, r.year or "…") for r in carried]
    others = len(unlinked) - len(carried)
    if others:
        lines.append(tr("Đã bỏ {0} liên kết khác trỏ tới dòng không còn (như khi dòng đó bị xóa).").format(others))
    return "\n".join(lines)


def _start(text: str, width: int = 70) -> str:
    words = " ".join(text.split())
    return words if len(words) <= width else words[:width].rsplit(" ", 1)[0] + "…"


def or_said(window, step, db=None):
    """step() of the window's start, or None when it failed on text gone bad on the disk (not UTF-8): the window opens
    all the same, and the failure is said by its error box, with "Sửa chỗ chữ hỏng", once the window is up. Raised, one
    byte of the commune's name or of an official's kept the window from opening at all, and the message sent the
    clerk to that button of a window that never opened (round 35A). Any other failure is raised as before. `db`: the
    data a step reads before the window holds it (who this computer user said they were, round 36A)."""
    try:
        return step()
    except Exception as exc:
        from parapp.store.text_repair import bad_texts

        try:
            gone_bad = bool(bad_texts((db or window.db).conn))
        except Exception:  # noqa: BLE001 - the data not even scanned: the failure as it was
            gone_bad = False
        if not gone_bad:
            raise
        import sys

        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window, lambda e=exc: sys.excepthook(type(e), e, e.__traceback__))
        return None

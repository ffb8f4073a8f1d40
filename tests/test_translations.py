"""Every user-visible string is translated in both languages, and the .ts files
are exactly what pyside6-lupdate makes from the code today."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "translations"))
import update  # noqa: E402  (translations/update.py)

PLACEHOLDER = re.compile(r"\{\d\}|%[vm]")


def messages(ts: Path):
    for ctx in ET.parse(ts).getroot():
        name = ctx.find("name").text or ""
        for m in ctx.findall("message"):
            yield name, m.find("source").text or "", m.find("translation")


def test_ts_files_are_not_stale(tmp_path):
    for lang in update.LANGS:
        shutil.copy(ROOT / "translations" / f"parapp_{lang}.ts", tmp_path / f"parapp_{lang}.ts")
    subprocess.run(update.lupdate_command([tmp_path / f"parapp_{lang}.ts" for lang in update.LANGS]),
                   cwd=ROOT, check=True, capture_output=True)
    for lang in update.LANGS:
        fresh = (tmp_path / f"parapp_{lang}.ts").read_text(encoding="utf-8")
        committed = (ROOT / "translations" / f"parapp_{lang}.ts").read_text(encoding="utf-8")
        assert fresh == committed, f"parapp_{lang}.ts is stale: run python translations/update.py and translate"


@pytest.mark.parametrize("lang", update.LANGS)
def test_every_message_is_finished(lang):
    found = list(messages(ROOT / "translations" / f"parapp_{lang}.ts"))
    assert len(found) > 400
    for ctx, source, tr in found:
        assert tr.get("type") is None, f"[{ctx}] not translated: {source!r}"
        assert (tr.text or "").strip(), f"[{ctx}] empty translation: {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(tr.text)), \
            f"[{ctx}] placeholders differ: {source!r} → {tr.text!r}"


# Terms the documents print and place names stay Vietnamese in the English interface.
KEPT_IN_VIETNAMESE = ("TM. ", "KT. ", "Trong năm", "Kính gửi", "Nơi nhận", "Quý I/2024", "năm trước", "Ủy ban",
                      "STT, Nội dung", "Như trên", "Trần Đề", "Ba Giang", "Phòng Văn hóa – Xã hội")


def test_english_is_english():
    leftovers = [s for _, s, tr in messages(ROOT / "translations" / "parapp_en.ts")
                 if re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵđ]", tr.text or "")
                 and not any(k in (tr.text or "") for k in KEPT_IN_VIETNAMESE)]
    assert leftovers == []  # Vietnamese left only where it is a term the documents print


def test_window_in_english(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from parapp.store import open_database
    from parapp.ui import i18n
    from parapp.ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        assert i18n.install(app, "en") == "en"
        db = open_database(tmp_path / "x.db")
        w = MainWindow(db)
        qtbot.addWidget(w)
        items = [w.nav.item(i).text() for i in range(w.nav.count())]
        assert items == ["Overview", "Tasks", "Reports", "Figures", "Officials", "Plans", "PAR Index", "Change log"]
        assert w.register.model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Task"
        from parapp.ui.widgets.texts import fmt_date, fmt_number
        import datetime as dt

        assert fmt_date(dt.date(2024, 1, 5)) == "Jan 5, 2024" and fmt_number(1234.5) == "1,234.5"
        db.close()
    finally:
        i18n.install(app, "vi")
    from parapp.ui.widgets.texts import fmt_date, fmt_number
    import datetime as dt

    assert fmt_date(dt.date(2024, 1, 5)) == "05/01/2024" and fmt_number(1234.5) == "1.234,5"


def test_qt_strings_have_a_vietnamese_catalogue():
    """Qt's own strings the windows show (buttons, the text fields' menu, the file dialog): PySide6
    has no Vietnamese for them, so translations/qt_vi.ts does; lrelease builds it with the rest."""
    from parapp.ui.i18n import compile_translations

    found = list(messages(ROOT / "translations" / "qt_vi.ts"))
    contexts = {ctx for ctx, _, _ in found}
    assert {"QPlatformTheme", "QLineEdit", "QWidgetTextControl", "QFileDialog", "QMessageBox"} <= contexts
    for ctx, source, tr in found:
        assert tr.get("type") is None and (tr.text or "").strip(), f"[{ctx}] not translated: {source!r}"
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", tr.text)), source
    assert "qt_vi.qm" in {q.name for q in compile_translations()}


def test_a_stale_catalogue_is_replaced_not_rewritten_under_its_readers(tmp_path):
    """A QTranslator maps its .qm file: lrelease rewrote a stale one in place, under every process of the checkout
    that had it loaded (a test run, a window), whose next tr() read new bytes at old offsets and crashed. The fresh
    catalogue is a new file put in the old one's place: a reader of the old file keeps the bytes it mapped."""
    import os
    import shutil

    from parapp.ui.i18n import compile_translations, translations_dir

    ts = tmp_path / "parapp_en.ts"
    shutil.copy(translations_dir() / "parapp_en.ts", ts)
    compile_translations(tmp_path)
    qm = tmp_path / "parapp_en.qm"
    with qm.open("rb") as reader:
        before = reader.read()
        os.utime(ts, (qm.stat().st_mtime + 10, qm.stat().st_mtime + 10))  # the .ts edited since
        ts.write_text(ts.read_text(encoding="utf-8").replace("Tick all", "Tick every task"), encoding="utf-8")
        os.utime(ts, (qm.stat().st_mtime + 10, qm.stat().st_mtime + 10))
        assert qm in compile_translations(tmp_path)
        reader.seek(0)
        assert reader.read() == before  # the old file, whole, for whoever had it open
    assert qm.read_bytes() != before and not list(tmp_path.glob("*.new"))

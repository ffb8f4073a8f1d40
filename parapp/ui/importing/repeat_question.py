"""The question asked before rows that repeat stored tasks are imported again.

The preview paints them orange, but a file imported twice (the clerk not sure the first import went through)
still made a second plan with every task twice, and every report then counted each of them twice (33C, 34C)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from parapp.ui.widgets.screen_fit import fit_window
from parapp.ui.widgets.texts import tr

SKIP, ALL, CANCEL = "skip", "all", "cancel"


def ask_about_repeats(parent: QWidget | None, total: int, repeated: int, plans: list[str]) -> str:
    """SKIP (leave the repeated rows out), ALL (import them as well) or CANCEL. Every row repeated: only "import
    anyway" or not, and not is the default; some: leaving them out is."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Nhiệm vụ đã có trong sổ"))
    where = "”, “".join(plans)
    if repeated == total:
        box.setText(tr("Cả {0} nhiệm vụ sắp nhập đều đã có trong sổ (kế hoạch “{1}”): tệp này có lẽ đã được nhập "
                       "rồi.").format(total, where))
        box.setInformativeText(tr("Nhập nữa thì mỗi nhiệm vụ có hai bản, và báo cáo sẽ đếm mỗi nhiệm vụ hai lần."))
        again = box.addButton(tr("Vẫn nhập thêm một bản"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(tr("Không nhập"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.setEscapeButton(stop)
        fit_window(box)
        box.exec()
        return ALL if box.clickedButton() is again else CANCEL
    box.setText(tr("{0} trong {1} nhiệm vụ sắp nhập đã có trong sổ (tô cam; kế hoạch “{2}”).").format(
        repeated, total, where))
    box.setInformativeText(tr("Nhập cả những dòng đó thì các nhiệm vụ ấy có hai bản, và báo cáo sẽ đếm chúng hai "
                              "lần."))
    skip = box.addButton(tr("Bỏ qua {0} dòng trùng, nhập {1} dòng còn lại").format(repeated, total - repeated),
                         QMessageBox.ButtonRole.AcceptRole)
    both = box.addButton(tr("Nhập cả dòng trùng"), QMessageBox.ButtonRole.DestructiveRole)
    stop = box.addButton(tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(skip)
    box.setEscapeButton(stop)
    fit_window(box)
    box.exec()
    clicked = box.clickedButton()
    return SKIP if clicked is skip else ALL if clicked is both else CANCEL

"""The PAR INDEX page's tree of criteria and scores."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeView

from parapp.ui.par.par_model import COL_EVIDENCE, COL_NOTE

# Below this width (pixels of the tree's viewport) the evidence and explanation columns give their room to the
# criterion's name: a fresh-eyes walk (round 43) at 125 % on a 1366×768 screen read every name cut to ten letters
# ("Ban hành kế…", "Mức độ hoàn…") while "Giải trình" had more room. Both stay in the panel beside the tree.
NARROW = 720
SPARE = (COL_EVIDENCE, COL_NOTE)


class ScoreTree(QTreeView):
    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt's name
        # A key on a score cell that takes none does nothing (not Qt's jump to the next row starting with that key).
        return

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        for col in SPARE:
            if self.isColumnHidden(col) != narrow:
                self.setColumnHidden(col, narrow)

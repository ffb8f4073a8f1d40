"""A value still in a table cell's editor (typed, the cell not yet left) is the user's: what prints or reads the
page first finishes that editing, as leaving the cell would (round 21A: Ctrl+P right after typing a figure printed
the cell empty)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication


def finish_cell_editing() -> bool:
    """Commit and close the item editor that has the focus; True when there was one. A page that stores what a cell
    commits a moment later (the figures grid) has it stored by the time the events now queued have run."""
    editor = QApplication.focusWidget()
    view = editor.parentWidget() if editor is not None else None
    while view is not None and not isinstance(view, QAbstractItemView):
        view = view.parentWidget()
    if view is None or view.state() != QAbstractItemView.State.EditingState or editor is view:
        return False
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    return True

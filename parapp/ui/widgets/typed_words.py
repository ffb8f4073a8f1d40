"""What was typed on a page and not yet saved, kept before the window closes.

A page that holds words typed and stored only when it is hidden (the PAR INDEX panel's "Giải trình") answers
`keep_typed()`: True once they are stored (or there were none), False when a refusal was said; a storage error (a disk
that filled while the window was open) is raised. Round 35B: the save failed inside the hiding, the error box said the
disk full, and the window closed all the same, the words gone. The window now stays open with them."""

from __future__ import annotations


class KeepsTypedWords:
    """Mixed into the main window (before QMainWindow); `_built` is its pages built so far, by attribute."""

    _built: dict

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        for page in list(self._built.values()):
            keep = getattr(page, "keep_typed", None)
            if keep is None:
                continue
            try:
                kept = keep()
            except BaseException:
                event.ignore()  # said by ui.uncaught; the window stays with the words in it
                raise
            if not kept:
                event.ignore()
                return
        super().closeEvent(event)  # type: ignore[misc]

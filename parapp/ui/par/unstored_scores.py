"""Scores typed in the PAR INDEX tree that could not be stored yet (a disk that filled while the window was open).

Round 39B: 1.2's "Tự chấm" typed 0,25 on a full disk was said and the cell went back to the stored 2, the score gone
(round 38B kept the "Giải trình" typed in that tree, not the scores). Each stays in its cell, marked, and is stored
with the next score typed, or before the window closes or its pages are built again (the page's keep_typed)."""

from __future__ import annotations

from parapp.core.messages import ParAppError
from parapp.store import par_index
from parapp.ui.widgets.operation import attempt
from parapp.ui.widgets.texts import tr


class UnstoredScores:
    def __init__(self, page):
        self.page = page
        self.typed: dict[tuple[int, str, str], str] = {}  # (year, criterion code, "self" or "official"): text typed

    def store(self, node, field: str, text: str) -> None:
        """One score typed, stored with those still waiting, all or none; refused (ParAppError), that one is dropped
        as before (said by the caller's attempt), a storage error keeps it."""
        key = (self.page.cset.year, node.code, field)
        self.typed[key] = text
        try:
            self._store_all()
        except ParAppError:
            self.typed.pop(key, None)
            raise
        finally:
            self.show()

    def keep(self) -> bool:
        """Those waiting stored: True once they are (or there were none), False when refused (said); a storage error
        is raised (widgets.typed_words says it, the window staying open with them)."""
        if not self.typed:
            return True
        try:
            return bool(attempt(self.page, self._store_all, tr("Không ghi được điểm")))
        finally:
            self.show()

    def replaced(self, year: int, field: str, codes) -> None:
        """Scores stored over those waiting (a column pasted): those no longer wait, to be stored over them."""
        for code in codes:
            self.typed.pop((year, code, field), None)
        self.show()

    def take_back(self, year: int, code: str, field: str) -> bool:
        """Delete on a score waiting: that score is dropped, nothing written (it cleared the stored one too, round
        40B); False when none waits there."""
        if self.typed.pop((year, code, field), None) is None:
            return False
        self.show()
        return True

    def drop(self) -> None:
        self.typed.clear()
        self.show()

    def show(self) -> None:
        cset = self.page.cset
        self.page.model.unstored = {(code, field): text for (year, code, field), text in self.typed.items()
                                    if cset is not None and year == cset.year}
        self.page.tree.viewport().update()

    def _store_all(self) -> None:
        db, pending = self.page.db, dict(self.typed)
        done = []
        with db.atomic():
            for (year, code, field), text in pending.items():
                done.append((year, code, field, par_index.set_scores(db, year, [(code, text)], field)[code]))
        cset = self.page.cset
        for year, code, field, milli in done:
            if self.typed.get((year, code, field)) == pending[(year, code, field)]:
                del self.typed[(year, code, field)]
            node = cset.find(code) if cset is not None and cset.year == year else None
            if node is not None:
                setattr(node, f"{field}_milli", milli)
                self.page.model.node_changed(node)

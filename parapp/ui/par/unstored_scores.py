"""Scores typed in the PAR INDEX tree that could not be stored yet (a disk that filled while the window was open).

Round 39B: 1.2's "Tự chấm" typed 0,25 on a full disk was said and the cell went back to the stored 2, the score gone
(round 38B kept the "Giải trình" typed in that tree, not the scores). Each stays in its cell, marked, and is stored
with the next score typed, or before the window closes or its pages are built again (the page's keep_typed)."""

from __future__ import annotations

from parapp.core.messages import ParAppError
from parapp.store import par_index
from parapp.ui.widgets.operation import attempt, say
from parapp.ui.widgets.texts import show_error, tr, trc
from parapp.ui.widgets.typed_words import WaitingRefused


class UnstoredScores:
    def __init__(self, page):
        self.page = page
        self.typed: dict[tuple[int, str, str], str] = {}  # (year, criterion code, "self" or "official"): text typed
        self.refused: set[tuple[int, str, str]] = set()  # of those, refused at the last storing (said)
        self.names: dict[tuple[int, str], str] = {}  # (year, code): the criterion's name when its score was typed

    def store(self, node, field: str, text: str) -> None:
        """One score typed, stored with those still waiting, each on its own; refused (ParAppError), that one is
        dropped as before (said by the caller's attempt), one typed before waits on (said); a storage error keeps it."""
        key = (self.page.cset.year, node.code, field)
        self.typed[key] = text
        self.names[key[:2]] = node.name
        try:
            self._store_all(typed_now=key)
        except ParAppError as exc:
            if key not in self.refused:  # this one stored (totals updated by the caller), one typed before waits on
                say(self.page, exc, tr("Không ghi được điểm"))
                return
            self.typed.pop(key, None)
            raise
        finally:
            self.show()
            self.page.update_totals()  # those stored count, a storage error after them too (round 41B)

    def keep(self) -> bool:
        """Those waiting stored: True once they are (or there were none), False when refused (said); a storage error
        is raised (widgets.typed_words says it, the window staying open with them)."""
        if not self.typed:
            return True
        try:
            return bool(attempt(self.page, self._store_all, tr("Không ghi được điểm")))
        finally:
            self.show()
            self.page.update_totals()

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

    def forget(self, year: int, codes=None) -> None:
        """A criterion (`codes`, it and those under it) or the year's whole set deleted, its scores with it: one
        waiting there went on waiting, the close said to Delete it in a cell no longer shown, and a set imported again
        stored it on its own criterion of that number (round 42B)."""
        for key in [k for k in self.typed if k[0] == year and (codes is None or k[1] in codes)]:
            del self.typed[key]
        self.show()

    def reimported(self, year: int, file_scored: set[tuple[str, str]]) -> None:
        """The year's set stored again (Nhập bộ tiêu chí…, "Thay bộ tiêu chí đã có"): a score waits on only where the
        new set has the same criterion, by code and name, and its file gave no score there (the import, later, has the
        last word, as on the figures page). Round 43B: keyed by code, one typed for “Kế hoạch” was stored into the
        new 1 “Báo cáo” the province had renumbered. Those dropped are said, to be typed again where they belong."""
        cset, dropped = par_index.load_set(self.page.db, year), []
        for key in [k for k in self.typed if k[0] == year]:
            _year, code, field = key
            node, name = cset.find(code) if cset is not None else None, self.names.get((year, code), "")
            if (node is None or node.is_group or not par_index.same_name(name, node.name)
                    or (code, field) in file_scored):
                column = "" if field == "self" else " (" + trc("par", "Thẩm định") + ")"
                dropped.append(f"{code} “{name}”{column}: {self.typed.pop(key)}")
        self.show()
        if dropped:
            show_error(self.page, tr("Các điểm gõ trước đó chưa lưu được (ổ đĩa đầy) đã bỏ, không ghi vào bộ tiêu "
                                     "chí mới vì tiêu chí đó không còn (cùng mã, cùng tên) hoặc tệp vừa nhập đã có "
                                     "điểm của nó: {0}. Hãy xem lại và gõ lại điểm vào đúng tiêu chí nếu cần.")
                       .format("; ".join(dropped)), tr("Lưu ý"))

    def drop(self) -> None:
        self.typed.clear()
        self.show()

    def show(self) -> None:
        cset = self.page.cset
        self.page.model.unstored = {(code, field): text for (year, code, field), text in self.typed.items()
                                    if cset is not None and year == cset.year}
        self.page.tree.viewport().update()

    def _store_all(self, typed_now: tuple[int, str, str] | None = None) -> None:
        # Each on its own (round 41B): stored all or none, one refused against the set changed meanwhile (its maximum
        # lowered, Sửa bộ tiêu chí) held up, and dropped, every score typed after it.
        db, pending = self.page.db, dict(self.typed)
        refused: list[tuple[tuple[int, str, str], ParAppError]] = []
        cset = self.page.cset
        for (year, code, field), text in pending.items():
            try:
                milli = par_index.set_scores(db, year, [(code, text)], field)[code]  # its own transaction
            except ParAppError as exc:
                refused.append(((year, code, field), exc))
                continue
            if self.typed.get((year, code, field)) == text:
                del self.typed[(year, code, field)]
            node = cset.find(code) if cset is not None and cset.year == year else None
            if node is not None:
                setattr(node, f"{field}_milli", milli)
                self.page.model.node_changed(node)
        self.refused = {key for key, _exc in refused}
        if refused:
            refused.sort(key=lambda one: one[0] != typed_now)  # the score just typed said first, in its words
            raise WaitingRefused([(None if key == typed_now else self._where(key, pending[key]), exc)
                                  for key, exc in refused],
                                 tr("Điểm đó vẫn chờ trong ô tô hồng: hãy gõ lại điểm đúng vào ô đó, hoặc chọn ô rồi "
                                    "bấm Delete để bỏ điểm đó.") + (" " + tr("Các điểm khác đã lưu.")
                                                                    if len(refused) < len(pending) else ""))

    def waiting(self) -> str:
        """Those still waiting, each with its criterion, column and year (one typed for another year is not shown)."""
        return tr("điểm gõ trong ô tô hồng ở trang Chỉ số CCHC ({0})").format("; ".join(
            tr("{0} ở tiêu chí {1}, cột {2} năm {3}").format(text, code, self._column(field), year)
            for (year, code, field), text in self.typed.items()))

    @staticmethod
    def _column(field: str) -> str:
        return trc("par", "Tự đánh giá") if field == "self" else trc("par", "Thẩm định")  # as the tree heads them

    @classmethod
    def _where(cls, key: tuple[int, str, str], text: str) -> str:
        year, code, field = key
        said = tr("Điểm {0} gõ trước đó ở tiêu chí {1}, cột {2} năm {3}, chưa lưu được:")
        return said.format(text, code, cls._column(field), year)

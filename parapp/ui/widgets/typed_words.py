"""What was typed and not yet saved, kept before a window or an editor closes.

A page that holds words typed and stored only when it is hidden (the PAR INDEX panel's "Giải trình") answers
`keep_typed()`: True once they are stored (or there were none), False when a refusal was said; a storage error (a disk
that filled while the window was open) is raised, and kept_or_given_up says it; `drop_typed()` puts back what is stored.
Round 35B: the save failed inside the hiding (or the report editor's closing), the error box said the disk full, and
the window closed all the same, the words gone. It now stays open with them; closed again while they still cannot be
stored (a stick pulled out stays so), the clerk is asked whether to close and drop them, never kept in a window that
cannot be closed."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from parapp.core.messages import ParAppError
from parapp.ui.widgets.texts import ask_yes_no, tr


HOLDS_UP = "_parapp_holds_up"  # on a storage error met storing what waits before an output: what to do (ui.uncaught)


@contextmanager
def holding_up(waiting: Callable[[], str], drop: str) -> Iterator[None]:
    """Values waiting for room (`waiting`: which, where) stored before an output that must match what is shown (a PAR
    table, a report drafted): a storage error met there is said with what still waits (asked then: those before it
    were stored) and how to go on without it (`drop`).
    Round 43B left: only the full disk was said, the output refused with no word that the pink score held it up, nor
    that Delete on it lets the work go ahead with the stored data."""
    try:
        yield
    except ParAppError:
        raise
    except Exception as exc:
        if not hasattr(exc, HOLDS_UP):
            note = tr("Việc vừa chọn chưa làm được vì {0} chưa lưu được, mà kết quả phải khớp với những gì đang hiện. "
                      "Khi lưu được (ổ đĩa có chỗ trống, USB ghi được lại), hãy làm lại; hoặc {1} để bỏ giá trị đó "
                      "rồi làm tiếp với dữ liệu đã lưu.").format(waiting(), drop)
            try:
                setattr(exc, HOLDS_UP, note)
            except AttributeError:  # an error of C's that takes no attribute: said as before
                pass
        raise


class WaitingRefused(ParAppError):
    """Values typed and waiting for room (a full disk), stored each on its own, some refused: the one just typed in
    its own words (dropped, as any refusal), one typed before named by `where` (it waits on in its cell, so the clerk
    can mend or drop it), then `advice` (what to do; whether the others were stored). Round 41B: stored all or none,
    one refused against data changed meanwhile (a paste, an import) held up, and dropped, every value typed
    after it."""

    def __init__(self, refused: list[tuple[str | None, ParAppError]], advice: str):
        self.refused, self.advice = refused, advice
        super().__init__("{0}", "")

    @property
    def message(self) -> str:  # the log's words: the same, untranslated (a "{" typed is no template)
        return self.translated(lambda _context, text: text)

    def translated(self, translate) -> str:
        parts = [exc.translated(translate) if where is None else f"{where}\n{exc.translated(translate)}"
                 for where, exc in self.refused]
        if any(where is not None for where, _exc in self.refused):
            parts.append(self.advice)
        return "\n\n".join(parts)


def kept_or_given_up(owner, keep: Callable[[], bool]) -> bool:
    """True when what `owner` holds typed may go: stored by keep(), or the clerk chose to drop it. A storage error met
    for a reason not said before is said (ui.uncaught) and answers False: the caller, a method Qt calls, stays open and
    raises nothing back into Qt."""
    if getattr(owner, "_typed_given_up", False):
        return True
    try:
        if keep():
            return True
    except Exception as exc:  # noqa: BLE001 - said by the window's handler of last resort, not lost
        # Asked "(lý do đã báo)" only when this reason is the one said: round 38B, a disk full said at one close, room
        # made and the words saved, the stick pulled out at a later close was never said, the clerk asked to drop.
        reason = (type(exc).__name__, str(exc))
        if getattr(owner, "_typed_unsaved_said", None) != reason:
            owner._typed_unsaved_said = reason
            from parapp.ui.widgets.virtual_errors import say_from_qt_virtual

            say_from_qt_virtual(exc, again=True)  # the close refused: never without a word
            return False
    if ask_yes_no(owner, tr("Chưa lưu được"), tr("Những gì vừa gõ chưa lưu được (lý do đã báo). Vẫn đóng và bỏ những "
                                                "chữ đó? Chọn “Không” để giữ nguyên, rồi lưu lại khi đã khắc phục.")):
        owner._typed_given_up = True
        return True
    return False


class KeepsTypedWords:
    """Mixed into the main window (before QMainWindow); `_built` is its pages built so far, by attribute."""

    _built: dict

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        for page in list(self._built.values()):
            keep = getattr(page, "keep_typed", None)
            if keep is None:
                continue
            if not kept_or_given_up(self, keep):  # refused or failed, said: the window stays with the words in it
                event.ignore()
                return
            if getattr(self, "_typed_given_up", False) and hasattr(page, "drop_typed"):
                page.drop_typed()  # nothing left for the page's own hiding to store
        super().closeEvent(event)  # type: ignore[misc]

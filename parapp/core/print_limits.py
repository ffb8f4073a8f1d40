"""How much of a field a printed page shows.

A field may hold more than a page can print (a pasted 1 MB text, a 5,000-letter
"word" typed into the commune's name). The printout never fails for it and
never hides that it cut: what is left out is said in the text itself, and the
stored data is untouched. The limits are far above what any real field holds.
The notes are Vietnamese, as the printed documents are, whatever the interface language.
"""

from __future__ import annotations

PARAGRAPH = 20_000       # a body paragraph, an appendix cell (the import warns past 20,000 too)
NAME = 150               # the commune, the superior body, a signer: a few lines of the header
PLACE = 100
RECIPIENT = 300          # one "Kính gửi" or "Nơi nhận" entry
RECIPIENTS = 30          # how many of them
NOTE_ROOM = 80           # a renderer clipping again leaves room for the note a first clip added


def clip(text: str, limit: int) -> str:
    """`text`, or its first `limit` characters and a note of how many were left out."""
    text = text or ""
    if len(text) <= limit:
        return text
    rest = f"{len(text) - limit:,}".replace(",", ".")
    return text[:limit] + "… " + "[còn {0} ký tự không in; xem đầy đủ trong ParApp]".format(rest)


def more_entries(n: int) -> str:
    """What stands for the entries of a list a page could not hold."""
    return "… và {0} nơi khác (xem đầy đủ trong ParApp)".format(n)


def clip_list(items: list[str], each: int, count: int = RECIPIENTS) -> list[str]:
    out = [clip(x, each) for x in items[:count]]
    if len(items) > count:
        out.append(more_entries(len(items) - count))
    return out

"""The numbers and bullets Word draws in front of a paragraph by itself (automatic numbering, w:numPr).

Word keeps them out of the text: a paragraph numbered "II" by the Numbering button holds only its words, the
"II" is worked out from the numbering definitions each time the page is drawn. A plan's "STT" column is very often
numbered so (select the column, press Numbering), and its area headings and "-" items are often automatic too.
Round 14: such a plan's STT column came in empty, so "CẢI CÁCH THỂ CHẾ" (shown as "I") became a task without a
deadline and "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" (shown as "II") was glued onto the task above it; a plan written as an
automatically numbered list had no heading or item marks at all. Here each numbered paragraph of the parsed copy
gets the label Word shows, as a run of text in front of its words, counted in document order as Word counts.
"""

from __future__ import annotations

import re

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_LEVELS = 9  # Word's levels 0–8
_PLACE = re.compile(r"%([1-9])")


def _val(el, default: str = "") -> str:
    return el.get(_W + "val", default) if el is not None else default


def _int(text: str, default: int) -> int:
    try:
        return int(text.strip()) if len(text) < 12 else default
    except ValueError:
        return default


def _roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _formatted(n: int, fmt: str) -> str:
    """A counter as the level's number format shows it; bounded (a file may start a list at 999999999)."""
    if fmt in ("upperRoman", "lowerRoman") and 0 < n < 4000:
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter") and 0 < n <= 26 * 10:
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # a … z, aa … zz, as Word counts
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero" and 0 <= n < 10:
        return f"0{n}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, and every format Word has that a plan does not use


class _Level:
    def __init__(self, lvl) -> None:
        self.start = _int(_val(lvl.find(_W + "start"), "0"), 0)
        self.fmt = _val(lvl.find(_W + "numFmt"), "decimal")
        text = lvl.find(_W + "lvlText")
        self.text = _val(text)[:60] if text is not None else None
        self.suffix = _val(lvl.find(_W + "suff"), "tab")
        self.legal = lvl.find(_W + "isLgl") is not None and _val(lvl.find(_W + "isLgl"), "1") not in ("0", "false")
        # w:lvlRestart N: the level starts again only under an item of a level above N (1-based); 0, never (an
        # STT column counting 1…n across its area headings). Without it, under any item above it.
        own = _int(lvl.get(_W + "ilvl", "0"), 0)
        self.restart_below = _int(_val(lvl.find(_W + "lvlRestart"), str(own)), own)


class _Numbering:
    """The file's numbering definitions: list instances (w:num) over abstract definitions, each with its levels."""

    def __init__(self, numbering, list_styles: dict[str, str] | None = None) -> None:
        abstract, linked = {}, {}
        for a in numbering.iter(_W + "abstractNum"):
            levels = {_int(lvl.get(_W + "ilvl", "0"), 0): _Level(lvl)
                      for lvl in a.findall(_W + "lvl")}
            abstract[a.get(_W + "abstractNumId")] = levels
            link = a.find(_W + "numStyleLink")
            if link is not None:
                linked[a.get(_W + "abstractNumId")] = _val(link)
        instances = {num.get(_W + "numId"): _val(num.find(_W + "abstractNumId")) for num in numbering.iter(_W + "num")}

        def resolved(aid: str) -> str:
            """A list defined by a list style (Define New List Style; templates' multilevel lists) holds no levels,
            only the style's name: its levels are the list the style numbers with. Round 15: such a list's numbers
            came in as nothing, as every automatic number did before round 14. A style linking back is bounded."""
            for _ in range(5):
                if aid not in linked:
                    break
                aid = instances.get((list_styles or {}).get(linked[aid], ""), aid)
            return aid

        # numId → (abstract id, its levels with the instance's overrides, the levels it restarts)
        self.nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        for num in numbering.iter(_W + "num"):
            aid = resolved(_val(num.find(_W + "abstractNumId")))
            levels = dict(abstract.get(aid, {}))
            restarts = {}
            for override in num.findall(_W + "lvlOverride"):
                ilvl = _int(override.get(_W + "ilvl", "0"), 0)
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _Level(lvl)
                start = override.find(_W + "startOverride")
                if start is not None:
                    restarts[ilvl] = _int(_val(start, "0"), 0)
            self.nums[num.get(_W + "numId")] = (aid, levels, restarts)
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()

    def label(self, num_id: str, ilvl: int) -> tuple[str, str] | None:
        """The label of the next paragraph of list `num_id` at level `ilvl`, and what follows it."""
        if num_id not in self.nums or not 0 <= ilvl < _LEVELS:
            return None
        aid, levels, restarts = self.nums[num_id]
        level = levels.get(ilvl)
        if level is None or level.text is None:
            return None
        # Word counts per abstract definition: a second list instance of it goes on counting, unless it restarts.
        counters = self.counters.setdefault(aid, [None] * _LEVELS)
        if num_id not in self.started:
            self.started.add(num_id)
            for at, start in restarts.items():
                if 0 <= at < _LEVELS:
                    counters[at] = start - 1
        current = counters[ilvl]
        counters[ilvl] = (levels[ilvl].start if current is None else current + 1)
        for deeper in range(ilvl + 1, _LEVELS):
            lower = levels.get(deeper)
            if ilvl < (lower.restart_below if lower else deeper):
                counters[deeper] = None  # a level starts again under a new item above it

        def place(m: re.Match) -> str:
            at = int(m.group(1)) - 1
            lvl = levels.get(at)
            n = counters[at] if counters[at] is not None else (lvl.start if lvl else 1)
            fmt = "decimal" if level.legal or lvl is None else lvl.fmt
            return _formatted(n or 0, fmt)

        text = level.text
        if level.fmt == "bullet":
            # A bullet drawn from the Symbol or Wingdings font is a private-use character: shown as a dot.
            text = "".join("•" if 0xF000 <= ord(c) <= 0xF0FF else c for c in text)
            # a letter drawn as a bullet (the second level's "o" of Courier New, Wingdings' "ü", "§"): a white bullet
            # (round 33D: "o Khai sinh" read as a field, counted again, and the next field set aside under it)
            text = "◦" if len(text.strip()) == 1 and text.strip().isalnum() else text
        else:
            text = _PLACE.sub(place, text)
        return text, ("" if level.suffix == "nothing" else " ")


def _list_styles(styles) -> dict[str, str]:
    """Each list style (a style of type "numbering") and the list instance it numbers with."""
    out = {}
    for s in styles.iter(_W + "style") if styles is not None else ():
        num_id = s.find(f"{_W}pPr/{_W}numPr/{_W}numId")
        if s.get(_W + "type") == "numbering" and num_id is not None:
            out[s.get(_W + "styleId")] = _val(num_id)
    return out


def _style_numbering(styles) -> dict[str, tuple[str | None, str | None]]:
    """Each paragraph style's own numbering (a "List Number" style numbers every paragraph in it), through basedOn."""
    defs = {s.get(_W + "styleId"): s for s in styles.iter(_W + "style")} if styles is not None else {}
    out: dict[str, tuple[str | None, str | None]] = {}
    for sid in defs:
        seen, at = 0, defs.get(sid)
        while at is not None and seen < 20:
            num_pr = at.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                out[sid] = (_val(num_pr.find(_W + "numId"), None), _val(num_pr.find(_W + "ilvl"), None))  # type: ignore[arg-type]
                break
            based = at.find(_W + "basedOn")
            at = defs.get(_val(based)) if based is not None else None
            seen += 1
    return out


def _not_drawn(p) -> bool:
    """A paragraph Word does not draw: the old copy of a drawing's text (mc:Fallback), a row deleted with changes,
    a paragraph all of whose text is hidden."""
    from parapp.core.importing.word_text import _shown

    runs = list(p.iter(_W + "r"))
    if runs and not any(_shown(r) for r in runs):
        return True
    for up in p.iterancestors():
        if up.tag == _FALLBACK:
            return True
        if up.tag == _W + "tr" and up.find(f"{_W}trPr/{_W}del") is not None:
            return True
    return False


def number_paragraphs(body, numbering, styles) -> None:
    """Put in front of each automatically numbered paragraph of the parsed copy the label Word shows there."""
    if numbering is None:
        return
    lists = _Numbering(numbering, _list_styles(styles))
    if not lists.nums:
        return
    by_style = _style_numbering(styles)
    for p in body.iter(_W + "p"):
        ppr = p.find(_W + "pPr")
        style = _val(ppr.find(_W + "pStyle")) if ppr is not None else ""
        num_id, ilvl = by_style.get(style, (None, None))
        own = ppr.find(_W + "numPr") if ppr is not None else None
        if own is not None:
            num_id = _val(own.find(_W + "numId"), num_id or "")
            ilvl = _val(own.find(_W + "ilvl"), ilvl or "0")
        if not num_id or num_id == "0" or _not_drawn(p):
            continue  # numId 0: the style's numbering taken off this paragraph
        label = lists.label(num_id, _int(ilvl or "0", 0))
        if label is None or not label[0]:
            continue
        run = p.makeelement(_W + "r", {})
        t = run.makeelement(_W + "t", {})
        t.text = label[0] + label[1]
        run.append(t)
        p.insert(list(p).index(ppr) + 1 if ppr is not None else 0, run)

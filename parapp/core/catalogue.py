"""PAR INDEX catalogues (areas and criteria codes) as data, never an enum.

The lists change with each reform programme (2016–2020 had eight areas,
2021–2030 has seven) and with provinces, so they are read from JSON files in
resources/catalogues and a plan's year picks the catalogue that covers it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parapp.assets import asset
from parapp.core.vntext import clean, fold


@dataclass(frozen=True)
class Criterion:
    code: str
    name: str


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    ordinal: int
    leadership: bool = False
    criteria: tuple[Criterion, ...] = field(default_factory=tuple)
    aliases: tuple[str, ...] = ()   # short names plans use for it: "TTHC", "chính quyền số"


@dataclass(frozen=True)
class Catalogue:
    code: str
    name: str
    year_from: int
    year_to: int
    areas: tuple[Area, ...]

    def covers(self, year: int) -> bool:
        return self.year_from <= year <= self.year_to

    def area_for_code(self, par_code: str | None) -> Area | None:
        head = area_code_of(par_code)
        return next((a for a in self.areas if a.code == head), None) if head else None


def area_code_of(par_code: str | None) -> str:
    """The area a criterion code belongs to: its first number ("2.2.1" → "2"). The one rule,
    for the catalogue files and for the catalogues in the database alike."""
    return (par_code or "").strip().split(".")[0]


def load_catalogue(path: Path) -> Catalogue:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    areas = tuple(
        Area(
            code=str(a["code"]),
            name=clean(a["name"]),
            ordinal=i,
            leadership=bool(a.get("leadership", False)),
            criteria=tuple(Criterion(str(c["code"]), clean(c["name"])) for c in a.get("criteria", ())),
            aliases=tuple(clean(x) for x in a.get("aliases", ())),
        )
        for i, a in enumerate(data["areas"], start=1)
    )
    return Catalogue(data["code"], clean(data["name"]), int(data["year_from"]), int(data["year_to"]), areas)


def shipped_catalogues() -> list[Catalogue]:
    folder = asset("catalogues")
    cats = [load_catalogue(p) for p in sorted(folder.glob("*.json"))]
    return sorted(cats, key=lambda c: c.year_from)


def catalogue_for_year(catalogues: list[Catalogue], year: int | None) -> Catalogue:
    """The catalogue covering the year; the newest one when none does."""
    newest = max(catalogues, key=lambda c: c.year_from)
    if year is None:
        return newest
    for c in catalogues:
        if c.covers(year):
            return c
    oldest = min(catalogues, key=lambda c: c.year_from)
    return oldest if year < oldest.year_from else newest


_STOP = {"va", "cua", "doi", "voi", "cac", "linh", "vuc", "chi", "so", "trong", "hanh", "chinh", "cai", "cach",
         "nha", "nuoc", "xay", "dung", "thuc", "hien", "nang", "cao", "chat", "luong"}


def _words(text: str) -> list[str]:
    return [w for w in fold(text).replace(",", " ").replace("(", " ").replace(")", " ").split()]


def match_area(catalogue: Catalogue, text: str) -> Area | None:
    """The area a heading or cell names, by meaning: diacritics, wording and
    numbering ignored ("2.3. Chỉ số đối với lĩnh vực cải cách TTHC" → TTHC).

    An alias of the area found in the text decides (the longest wins); failing
    that, the area sharing most distinctive words with the text."""
    t = " " + " ".join(_words(text)) + " "
    best, best_len = None, 0
    for a in catalogue.areas:
        for alias in (a.name, *a.aliases):
            key = " " + " ".join(_words(alias)) + " "
            if key in t and len(key) > best_len:
                best, best_len = a, len(key)
    if best:
        return best
    # No alias: most of an area's own distinctive words must be there, and
    # clearly more of one area's than any other's ("Tổ quốc … tổ chức" is not
    # "tổ chức bộ máy").
    words = set(_words(text)) - _STOP
    scored = []
    for a in catalogue.areas:
        own = set(_words(a.name)) - _STOP
        hit = len(words & own)
        scored.append((hit, hit / max(1, len(own)), a))
    scored.sort(key=lambda x: (-x[0], -x[1]))
    if scored and scored[0][0] >= 3 and scored[0][1] >= 0.6 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][2]
    return None


def _numbers(code: str) -> list[str]:
    """'7.1.5a' → ['7', '1', '5']: the numeric levels of a criterion code."""
    out = []
    for part in code.strip().split("."):
        digits = "".join(ch for ch in part if ch.isdecimal())  # not a raised "⁴" (round 31C: int() of it crashed)
        if not digits:
            break
        out.append(digits)
    return out


def all_codes(catalogue: Catalogue) -> list[str]:
    return [c.code for a in catalogue.areas for c in a.criteria]


def code_is_known(catalogue: Catalogue, code: str, extra: Iterable[str] = ()) -> bool:
    """A code the catalogue (or the commune's PAR INDEX sets, `extra`) has, or a sub-criterion
    of one it has: catalogues list criteria ("2.2"), plans cite their parts too ("2.2.1")."""
    code = code.strip()
    if not code or code in set(extra):
        return True
    area = catalogue.area_for_code(code)
    if area is None:
        return False
    nums = _numbers(code)
    if len(nums) == 1:
        return True  # the area itself
    listed = {tuple(_numbers(c.code)) for c in area.criteria}
    return any(tuple(nums[:n]) in listed for n in range(2, len(nums) + 1))


def nearest_codes(catalogue: Catalogue, code: str, extra: Iterable[str] = (), n: int = 3) -> list[str]:
    """The known codes a mistyped one most likely meant: same area first, then the closest spelling."""
    from difflib import SequenceMatcher

    known = list(dict.fromkeys([*all_codes(catalogue), *extra]))
    nums = _numbers(code)

    def rank(candidate: str):
        cand = _numbers(candidate)
        same_area = bool(nums and cand and cand[0] == nums[0])
        shared = 0
        for a, b in zip(nums, cand):
            if a != b:
                break
            shared += 1
        spelling = round(SequenceMatcher(None, code, candidate).ratio(), 3)
        distance = abs(int(nums[shared]) - int(cand[shared])) if shared < min(len(nums), len(cand)) else 0
        return (-same_area, -shared, -spelling, distance, candidate)

    return sorted(known, key=rank)[:n]

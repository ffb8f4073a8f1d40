"""One commune however its name is written.

"UBND xã Ba Giang", "Uỷ ban nhân dân xã Ba Giang" (the old tone placement) and "Ủy ban nhân dân xã Ba Giang" are one
commune: a restore that compared them as written announced the commune's own backup as another's (round 23B)."""

from __future__ import annotations

from parapp.core.vntext import nfc

_BODY = ("ủy ban nhân dân ", "uỷ ban nhân dân ", "ubnd ")


def commune_key(commune: str) -> str:
    name = " ".join(nfc(commune).lower().split())
    for head in _BODY:
        if name.startswith(head):
            return name[len(head):]
    return name


def same_commune(a: str, b: str) -> bool:
    return commune_key(a) == commune_key(b)

"""No import cycle inside the window's package: every import counts, also one inside a function
and one under `if TYPE_CHECKING:` (a cycle closed inside a function, or hidden from the
interpreter, is still a knot a maintainer has to untie to move anything)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def modules(package: str) -> dict[str, Path]:
    base = ROOT.joinpath(*package.split("."))
    found = {}
    for path in base.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's own modules this module imports, wherever in it the import is written."""
    is_package = path.name == "__init__.py"
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            # `from package import module` imports the module; `from module import name`, the module
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        out |= {t for t in targets if t in known and t != name}
    return out


def cycles(package: str) -> list[list[str]]:
    """One cycle for each knot (strongly connected set of modules), named module by module."""
    known = modules(package)
    graph = {m: imports(m, p, known) for m, p in known.items()}
    index, low, stack, on, knots = {}, {}, [], set(), []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            knot = []
            while True:
                w = stack.pop()
                on.discard(w)
                knot.append(w)
                if w == v:
                    break
            if len(knot) > 1:
                knots.append(set(knot))

    for m in sorted(graph):
        if m not in index:
            visit(m)
    named = []
    for knot in knots:  # a path round the knot, from its first module back to it
        start = min(knot)
        path, seen = [start], {start}
        while True:
            nxt = sorted(w for w in graph[path[-1]] if w in knot)
            back = [w for w in nxt if w == start]
            if back and len(path) > 1:
                named.append(path + [start])
                break
            step = next((w for w in nxt if w not in seen), None)
            if step is None:
                named.append(path + [nxt[0]])
                break
            path.append(step)
            seen.add(step)
    return named


@pytest.mark.parametrize("package", ["parapp.ui"])
def test_no_import_cycle(package):
    found = cycles(package)
    assert found == [], "import cycles: " + "; ".join(" → ".join(c) for c in found)


def test_a_cycle_is_found_and_named(tmp_path, monkeypatch):
    """The test above can fail: two modules that import each other, one inside a function."""
    pkg = tmp_path / "knotted"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from knotted import b\n")
    (pkg / "b.py").write_text("def late():\n    from knotted.a import thing\n")
    (pkg / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from knotted import a\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)
    assert cycles("knotted") == [["knotted.a", "knotted.b", "knotted.a"]]

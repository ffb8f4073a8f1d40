"""No import cycle among a package's modules. Every import counts, wherever it is written:
at the top, inside a function, or under `if TYPE_CHECKING:`. A cycle closed inside a function
or hidden from the interpreter is still two modules that cannot be read, changed or moved
one without the other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PACKAGES = ["parapp.core", "parapp.store", "parapp.services", "parapp.document", "parapp.pdf", "parapp.docx",
            "parapp.cli", "parapp.ui"]


def modules(package: str, root: Path = ROOT) -> dict[str, tuple[Path, bool]]:
    """Dotted name → (file, is a package's __init__) for every module in the package and below."""
    folder = root / package.replace(".", "/")
    out = {}
    for path in sorted(folder.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        is_init = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_init else parts)] = (path, is_init)
    return out


def imported(name: str, path: Path, is_init: bool, known: set[str]) -> set[str]:
    """The package's modules that this module imports, anywhere in its text. `from P import x`
    is an edge to P.x when that is a module, else to P; `import P.x` is an edge to P.x."""
    here = name if is_init else name.rpartition(".")[0]
    targets: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            targets += [f"{source}.{a.name}" if f"{source}.{a.name}" in known else source for a in node.names]
    out = set()
    for target in targets:
        while target and target not in known:  # `import a.b.c` where a.b.c is a function's module
            target = target.rpartition(".")[0]
        if target and target != name:
            out.add(target)
    return out


def graph(package: str, root: Path = ROOT) -> dict[str, set[str]]:
    mods = modules(package, root)
    known = set(mods)
    return {name: imported(name, path, is_init, known) for name, (path, is_init) in mods.items()}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle as [a, b, …, a], or None (depth-first search, three colours)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycle(package):
    edges = graph(package)
    assert len(edges) > 1, f"{package} has no modules: the test would pass on nothing"
    cycle = find_cycle(edges)
    assert cycle is None, f"import cycle in {package}: " + " → ".join(cycle or [])


def test_the_finder_sees_a_cycle_closed_inside_a_function(tmp_path):
    # The knot this test exists for: a imports b at the top, b imports a inside a function.
    pkg = tmp_path / "knot"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from knot.b import g\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from knot import c\n"
                              "def g():\n    from knot.a import f\n")
    (pkg / "c.py").write_text("")
    assert find_cycle(graph("knot", tmp_path)) == ["knot.a", "knot.b", "knot.a"]


def test_the_finder_sees_a_cycle_hidden_under_type_checking(tmp_path):
    pkg = tmp_path / "knot"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from . import b\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import f\n")
    assert find_cycle(graph("knot", tmp_path)) == ["knot.a", "knot.b", "knot.a"]

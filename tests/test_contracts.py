"""The contracts in pyproject.toml, checked by the tools themselves: the layers (import-linter),
lint (ruff) and types (mypy, on everything below the window and the command line)."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")


def test_layers_hold():
    r = run(tool("lint-imports"))
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr


def test_lint_is_clean():
    r = run(tool("ruff"), "check", "parapp", "tests", "bench")
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr


def test_core_and_store_type_check():
    r = run(sys.executable, "-m", "mypy")
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr

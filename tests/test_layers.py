"""The core, the store and the command line's headless commands work with
PySide6 absent: they must never import Qt."""

import subprocess
import sys

CODE = r"""
import builtins, sys
real = builtins.__import__
def guard(name, *a, **k):
    if name.split('.')[0] in ('PySide6', 'shiboken6'):
        raise ImportError('Qt is blocked in this test: ' + name)
    return real(name, *a, **k)
builtins.__import__ = guard
import pkgutil, importlib, parapp
for mod in pkgutil.walk_packages(parapp.__path__, 'parapp.'):
    if mod.name.startswith('parapp.ui') or mod.name == 'parapp.__main__':
        continue
    importlib.import_module(mod.name)
from parapp.cli.main import main
import tempfile, os
d = tempfile.mkdtemp()
assert main(['demo', '--db', os.path.join(d, 'x.db')]) == 0
assert main(['tasks', '--db', os.path.join(d, 'x.db'), '--json']) == 0
print('OK')
"""


def test_core_store_cli_import_without_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, encoding="utf-8")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("OK")

"""ParApp never reaches for the network: the self-test and the window run with
every socket connection refused, and none is even attempted."""

import subprocess
import sys

GUARD = r"""
import os, socket, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
attempts = []
def refuse(*a, **k):
    attempts.append(a)
    raise OSError("network refused by the test")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from parapp.cli.main import main
code = main(["selftest"])
from parapp.store import open_database
from parapp.ui.app import make_app
from parapp.ui.main_window import MainWindow
import tempfile
app = make_app()
db = open_database(os.path.join(tempfile.mkdtemp(), "x.db"))
w = MainWindow(db)
w.show()
app.processEvents()
w.close()
db.close()
print("attempts", len(attempts))
sys.exit(code)
"""


def test_selftest_and_window_without_network():
    r = subprocess.run([sys.executable, "-c", GUARD], capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Tự kiểm tra đạt" in r.stdout
    assert "attempts 0" in r.stdout

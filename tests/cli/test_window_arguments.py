"""The window's usual start (`parapp`, `parapp --db X --lang en --minimized`) reads its options
without argparse; what it reads must be what argparse reads, and what argparse refuses it leaves
to argparse to refuse."""

from __future__ import annotations

import pytest

from parapp.cli import main as cli
from parapp.cli.window_start import window_only


def _by_argparse(argv: list[str]) -> dict:
    top = cli._top_parser()
    top.set_defaults(command=None)
    return vars(top.parse_args(argv))


@pytest.mark.parametrize("argv", [
    [], ["--minimized"], ["--db", "D:/Dữ liệu #1/parapp.db"], ["--db=C:/a b%/x.db", "--lang=en"],
    ["--lang", "vi", "--db", "x.db", "--minimized"], ["--db", "a.db", "--db", "b.db"], ["--db="],
])
def test_the_window_s_options_are_read_as_argparse_reads_them(argv):
    assert window_only(argv)
    assert vars(cli.parse_args(argv)) == _by_argparse(argv)


def test_a_language_argparse_refuses_is_still_refused_by_argparse_in_vietnamese(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.parse_args(["--lang", "fr"])
    assert stop.value.code == 2
    assert "fr" in capsys.readouterr().err

"""Round 9 (issue 21): a command line written wrong is refused in Vietnamese, with what to do.

argparse's own refusals were English ("parapp backup: error: the following arguments are
required: --to" under "usage:"); round 7 noted it. Each kind of refusal argparse makes is run
through the real command line here: exit 2, no traceback, no English of argparse's, and the
words say what is wrong and where the full usage is."""

import re

import pytest

from .test_cli import run

ARGPARSE_ENGLISH = re.compile(r"usage:|error:|required|invalid|expected|unrecognized|choose from|ambiguous|"
                              r"ignored|argument|Traceback")


@pytest.mark.parametrize("args, said", [
    (["backup"], "cần có --to mà chưa có"),
    (["backup", "--to"], "Sau --to cần ghi giá trị"),
    (["tasks", "--bogus"], "Không hiểu --bogus"),
    (["tasks", "--status", "late"], "--status không nhận giá trị “late”. Hãy ghi một trong: overdue, due-soon"),
    (["periods", "--year", "hai nghìn"], "--year cần một số nguyên"),
    (["sao-luu"], "“sao-luu” không phải là lệnh của “parapp”. Các lệnh có: demo, tasks"),
    (["par", "nhap"], "“nhap” không phải là lệnh của “parapp par”"),
    (["import"], "“parapp import” cần có FILE"),
    (["import", "kh.xlsx", "--plan", "abc"], "--plan: “abc” không phải là số của một bản ghi"),
    (["tasks", "--json=yes"], "--json không đi kèm giá trị: hãy bỏ phần “=yes”"),
    (["remind", "--d", "3"], "“--d” có thể là --db, --days: hãy ghi đủ tên"),
    (["report", "draft", "--period", "q1"], "“parapp report draft” cần có --year"),
    (["--lang", "fr"], "--lang không nhận giá trị “fr”. Hãy ghi một trong: vi, en"),
])
def test_a_command_line_written_wrong_is_refused_in_vietnamese_with_what_to_do(tmp_path, args, said):
    r = run(*args, "--db", tmp_path / "parapp.db")
    assert r.returncode == 2, r.stderr
    assert said in r.stderr
    assert "Lỗi: " in r.stderr and "--help" in r.stderr
    assert not ARGPARSE_ENGLISH.search(r.stderr), r.stderr
    assert not (tmp_path / "parapp.db").exists()  # refused before anything is opened


def test_the_usage_and_help_headings_are_vietnamese():
    r = run("backup", "--help")
    assert r.returncode == 0
    assert r.stdout.startswith("Cách dùng: parapp backup")
    assert "tùy chọn:" in r.stdout and "in hướng dẫn này rồi thoát" in r.stdout
    assert not re.search(r"usage:|options:|show this help", r.stdout)

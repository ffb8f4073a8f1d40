"""The command line's parser, saying its refusals in Vietnamese.

argparse words its own refusals in English ("the following arguments are required: --to",
"invalid choice: 'x' (choose from …)") and prints them under an English "usage:". The command
line speaks Vietnamese (the app's first language, cli/main.py), so each refusal argparse
makes is said again here in words, with what to do, exit 2 as before. argparse builds a
refusal from a fixed set of English templates (Python's own, the version the app ships with);
a refusal matching none of them is still said in Vietnamese, without argparse's words.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from typing import NoReturn

from parapp.core.messages import N_

# The subcommand metavars of cli/main.py: a wrong word there is a wrong command, not a wrong value.
COMMAND_METAVARS = ("LỆNH", "VIỆC")

_ARGUMENT = re.compile(r"argument (?P<arg>[^:]+): (?P<rest>.*)", re.DOTALL)
_CHOICE = re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)", re.DOTALL)
_TYPE = re.compile(r"invalid (?P<type>\w+) value: (?P<value>.*)", re.DOTALL)
_IGNORED = re.compile(r"ignored explicit argument (?P<value>.*)", re.DOTALL)
_EXPECTED = re.compile(r"expected (?:(?P<one>one)|at least one|at most one|(?P<n>\d+)) arguments?")
_NOT_WITH = re.compile(r"not allowed with argument (?P<other>.*)", re.DOTALL)
_REQUIRED = re.compile(r"the following arguments are required: (?P<names>.*)", re.DOTALL)
_ONE_OF = re.compile(r"one of the arguments (?P<names>.*) is required", re.DOTALL)
_UNKNOWN = re.compile(r"unrecognized arguments: (?P<words>.*)", re.DOTALL)
_AMBIGUOUS = re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)", re.DOTALL)


def _plain(text: str) -> str:
    """A value as argparse quoted it ('x', "it's"), unquoted."""
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError):
        return text.strip()
    return value if isinstance(value, str) else text.strip()


def _choices(text: str) -> str:
    return ", ".join(_plain(c) for c in text.split(", "))


def _about_argument(arg: str, rest: str, prog: str) -> str:
    """A refusal argparse words as "argument ARG: …"."""
    if m := _CHOICE.fullmatch(rest):
        if arg in COMMAND_METAVARS:
            return N_("cli", "“{0}” không phải là lệnh của “{1}”. Các lệnh có: {2}.").format(
                _plain(m["value"]), prog, _choices(m["choices"]))
        return N_("cli", "{0} không nhận giá trị “{1}”. Hãy ghi một trong: {2}.").format(
            arg, _plain(m["value"]), _choices(m["choices"]))
    if m := _TYPE.fullmatch(rest):
        if m["type"] == "int":
            return N_("cli", "{0} cần một số nguyên (chỉ gồm chữ số, ví dụ 2026), không phải “{1}”.").format(
                arg, _plain(m["value"]))
        return N_("cli", "{0} không nhận giá trị “{1}”.").format(arg, _plain(m["value"]))
    if m := _IGNORED.fullmatch(rest):
        return N_("cli", "{0} không đi kèm giá trị: hãy bỏ phần “={1}”, chỉ ghi {0}.").format(arg, _plain(m["value"]))
    if m := _EXPECTED.fullmatch(rest):
        if m["n"]:
            return N_("cli", "Sau {0} cần ghi {1} giá trị. Hãy ghi đủ rồi chạy lại.").format(arg, m["n"])
        return N_("cli", "Sau {0} cần ghi giá trị của nó. Hãy ghi thêm rồi chạy lại.").format(arg)
    if m := _NOT_WITH.fullmatch(rest):
        return N_("cli", "{0} không dùng cùng {1} được: hãy chỉ ghi một trong hai.").format(arg, m["other"])
    if re.search(r"[À-ỹ]", rest):  # a type function's own refusal (record_id), already in Vietnamese
        return f"{arg}: {rest}"
    return N_("cli", "{0} viết chưa đúng.").format(arg)


def vietnamese(message: str, prog: str) -> str:
    """argparse's English refusal `message`, of the command `prog`, said in Vietnamese."""
    if m := _ARGUMENT.fullmatch(message):
        return _about_argument(m["arg"], m["rest"], prog)
    if m := _REQUIRED.fullmatch(message):
        return N_("cli", "Lệnh “{0}” cần có {1} mà chưa có. Hãy ghi thêm rồi chạy lại.").format(prog, m["names"])
    if m := _ONE_OF.fullmatch(message):
        return N_("cli", "Lệnh “{0}” cần có một trong {1}. Hãy ghi thêm rồi chạy lại.").format(prog, m["names"])
    if m := _UNKNOWN.fullmatch(message):
        return N_("cli", "Không hiểu {0}: lệnh không có tùy chọn hay tham số đó. Hãy bỏ đi, hoặc sửa nếu "
                         "gõ nhầm.").format(m["words"])
    if m := _AMBIGUOUS.fullmatch(message):
        return N_("cli", "“{0}” có thể là {1}: hãy ghi đủ tên tùy chọn.").format(m["option"], _choices(m["matches"]))
    return N_("cli", "Lệnh “{0}” viết chưa đúng.").format(prog)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "Cách dùng: ")


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose refusals, usage line and headings are Vietnamese. add_subparsers makes
    each subcommand's parser of the same class, so every refusal passes through error()."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):  # noqa: SLF001 - argparse's own -h, added in __init__
                action.help = "in hướng dẫn này rồi thoát"

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        hint = N_("cli", "Xem cách viết đầy đủ: {0} --help").format(self.prog)
        self.exit(2, f"Lỗi: {vietnamese(message, self.prog)}\n{hint}\n")

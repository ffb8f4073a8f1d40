"""Round 9 (issue 21): an error shown in the English window is English. An error is translated in its class's
context (Unreadable: "import", ValidationError: "errors"), but the PAR criteria and figures importers raised
Unreadable and ValidationError with text marked N_("par", …) or N_("figures", …): in English the window showed
"Không thấy bảng tiêu chí nào có cột điểm tối đa…" and "Không nhận ra cột số liệu nào…" in Vietnamese."""

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import parapp
from parapp.core.messages import ParAppError

ROOT = Path(parapp.__file__).parent


def _error_contexts() -> dict[str, str]:
    for info in pkgutil.walk_packages([str(ROOT)], "parapp."):
        if ".ui" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    out, todo = {}, [ParAppError]
    while todo:
        cls = todo.pop()
        out[cls.__name__] = cls.context
        todo += cls.__subclasses__()
    return out


def test_every_error_raised_with_marked_text_is_translated_in_the_context_it_was_marked_in():
    contexts = _error_contexts()
    wrong = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in contexts
                    and node.func.id != "NotFound"  # its first argument is a noun put into its own template
                    and node.args and isinstance(node.args[0], ast.Call)
                    and getattr(node.args[0].func, "id", "") == "N_"):
                continue
            marked = node.args[0].args[0].value
            given = next((k.value.value for k in node.keywords if k.arg == "context"), contexts[node.func.id])
            if marked != given:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id}(N_({marked!r}, …))")
    assert wrong == []


@pytest.fixture
def english(qapp):
    from parapp.ui import i18n

    i18n.compile_translations()
    before = i18n.current()
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, before)


@pytest.mark.parametrize("read, english_words", [
    (lambda: __import__("parapp.core.par.reading", fromlist=["x"]).read_text("a\tb\n1\t2\n"), "maximum"),
    (lambda: __import__("parapp.core.figures_import", fromlist=["x"]).read_bytes(b"a;b;c\n1;2;3\n", "x.csv"),
     "column"),
])
def test_an_importers_refusal_is_english_in_the_english_window(english, read, english_words):
    from parapp.core.importing.model import Unreadable
    from parapp.ui.widgets.texts import error_text

    with pytest.raises(Unreadable) as e:
        read()
    shown = error_text(e.value)
    assert english_words in shown and "Không" not in shown, shown
    assert e.value.message.startswith("Không")  # the command line still prints the Vietnamese

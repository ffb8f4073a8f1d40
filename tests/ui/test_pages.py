"""The page registry and the one way operations run: what a user would notice of them."""

from __future__ import annotations

from parapp.core.messages import ParAppError
from parapp.ui.pages import ATTRS, PAGES, page_titles


def test_every_page_is_built_from_the_registry_and_answers_the_protocol(window):
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == page_titles()
    for entry in PAGES:
        window.show_page(entry.attr)
        page = getattr(window, entry.attr)
        assert window.current_page() == entry.attr and window.stack.currentWidget() is page
        assert all(callable(getattr(page, m, None)) for m in ("reload", "set_read_only", "print_shown"))
    assert sorted(window.built_pages()) == sorted(ATTRS)


def test_a_change_reloads_only_the_pages_that_show_it(window, monkeypatch):
    for attr in ("figures", "officials", "change_log"):
        window.show_page(attr)
    reloaded = []
    for attr in ("figures", "officials", "change_log", "register"):
        page = getattr(window, attr)
        monkeypatch.setattr(page, "reload", lambda a=attr: reloaded.append(a))
    window.data_changed.emit(frozenset({"figures"}))
    assert sorted(reloaded) == ["change_log", "figures"]  # the log shows every change; officials and tasks untouched


def test_an_operation_s_refusal_is_said_once_and_changes_nothing(window, errors):
    from parapp.ui.widgets.operation import attempt, run_long

    def refused():
        raise ParAppError("Không ghi được vào thư mục này.")

    got = []
    assert not attempt(window, refused, "Không lưu được")
    run_long(window, refused, "Đang làm…", "Không lưu được", done=got.append)
    assert list(errors) == ["Không ghi được vào thư mục này."] * 2 and errors.titles == ["Không lưu được"] * 2
    assert got == []


def test_a_finished_operation_announces_what_it_changed(window):
    from parapp.ui.widgets.operation import attempt

    heard = []
    window.data_changed.connect(heard.append)
    done = attempt(window.register, lambda: 7, changes={"tasks"})
    assert done and done.value == 7 and heard == [frozenset({"tasks"})]

"""The window's pages, each declared once: the sidebar, the guide, Ctrl+P and read-only media
all read this list.

A page is a QWidget answering the `Page` protocol. A new page is one module in its feature
folder and one line below (its window attribute, which is also the guide's anchor
"page-<attr>"; its sidebar title; where its class is and what it is built from; the kinds of
data it shows, so a change reloads only the pages that show it).

The classes are named by dotted path and imported when the page is first shown: the window
appears before the modules of pages nobody has opened are read (an office PC with a hard disk
waits for every module it imports), and this list imports none of the pages it names.
"""

from __future__ import annotations

from importlib import import_module
from typing import Callable, NamedTuple, Protocol

from PySide6.QtWidgets import QWidget

from parapp.ui.widgets.texts import tr

# What a change can touch; a page lists those it shows, an edit says those it changed.
TASKS, PLANS, OFFICIALS, REPORTS, FIGURES, PAR, SETTINGS = (
    "tasks", "plans", "officials", "reports", "figures", "par", "settings")
EVERYTHING = frozenset({TASKS, PLANS, OFFICIALS, REPORTS, FIGURES, PAR, SETTINGS})


class Page(Protocol):
    """What the window asks of every page."""

    def reload(self) -> None:
        """Read again what the page shows from the database."""

    def set_read_only(self) -> None:
        """Read-only media: switch off everything that would write; viewing and printing stay."""

    def print_shown(self, window) -> None:
        """Ctrl+P: a print preview of what the page shows (or a status-bar word why not)."""


class PageEntry(NamedTuple):  # not a dataclass: building one costs ~1 ms of every start
    attr: str                       # the window's attribute, the guide's anchor
    title: Callable[[], str]        # the sidebar's words, in the interface language
    where: str                      # "feature.module.Class" under parapp.ui
    needs: tuple[str, ...]          # the window's attributes the class is built from, in order
    shows: frozenset[str]           # the kinds of data whose change reloads it
    changes: frozenset[str] = frozenset()  # what its own `changed` signal means

    def make(self, window) -> QWidget:
        module, cls = self.where.rsplit(".", 1)
        return getattr(import_module(f"parapp.ui.{module}"), cls)(*(getattr(window, n) for n in self.needs))


def _kinds(*kinds: str) -> frozenset[str]:
    return frozenset(kinds)


PAGES: tuple[PageEntry, ...] = (
    PageEntry("overview", lambda: tr("Tổng quan"), "overview.overview_page.OverviewPage", (), EVERYTHING),
    PageEntry("register", lambda: tr("Nhiệm vụ"), "tasks.register_page.RegisterPage", ("db", "today"),
              _kinds(TASKS, PLANS, OFFICIALS, PAR), _kinds(TASKS)),
    PageEntry("reports", lambda: tr("Báo cáo"), "reports.reports_page.ReportsPage", ("db", "today"),
              _kinds(REPORTS, TASKS, PLANS, OFFICIALS, FIGURES, SETTINGS), _kinds(REPORTS)),
    PageEntry("figures", lambda: tr("Số liệu"), "figures.figures_page.FiguresPage", ("db", "today"),
              _kinds(FIGURES)),
    PageEntry("officials", lambda: tr("Cán bộ"), "people.officials_page.OfficialsPage", ("db", "today"),
              _kinds(OFFICIALS), EVERYTHING),
    PageEntry("plans", lambda: tr("Kế hoạch"), "tasks.plans_page.PlansPage", ("db",),
              _kinds(PLANS, TASKS, OFFICIALS, PAR), EVERYTHING),
    PageEntry("par", lambda: tr("Chỉ số CCHC"), "par.par_page.ParIndexPage", ("db", "today"),
              _kinds(PAR, OFFICIALS), EVERYTHING),
    PageEntry("change_log", lambda: tr("Nhật ký"), "change_log.change_log_page.ChangeLogPage", ("db",),
              EVERYTHING),
)

ATTRS: tuple[str, ...] = tuple(e.attr for e in PAGES)


def entry(attr: str) -> PageEntry:
    return PAGES[ATTRS.index(attr)]


def page_titles() -> list[str]:
    """The sidebar, in order (the guide lists the same pages: a test keeps them together)."""
    return [e.title() for e in PAGES]

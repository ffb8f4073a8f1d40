"""The guide (Hướng dẫn sử dụng) cannot drift from the window: every screenshot it
shows exists (resources/doc/make_screenshots.py makes them), and its list of
pages is the window's sidebar, in both languages."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "resources" / "doc"


def _guide(lang: str) -> str:
    return (DOC / f"guide_{lang}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_screenshot_the_guide_shows_exists(lang):
    images = re.findall(r'<img src="([^"]+)"', _guide(lang))
    assert len(images) >= 12
    assert [i for i in images if not (DOC / i).is_file()] == []


def test_the_readme_shows_screenshots_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"\]\((resources/doc/[^)]+\.png)\)", readme)
    assert shown and [s for s in shown if not (ROOT / s).is_file()] == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_guide_lists_the_windows_pages(qapp, lang):
    from parapp.ui import i18n
    from parapp.ui.pages import ATTRS, page_titles

    text = _guide(lang)
    pages = [html.unescape(t) for t in re.findall(r'<h3 class="page">(.*?)</h3>', text)]
    anchors = re.findall(r'<a name="page-(\w+)"></a>\s*<h3 class="page">', text)
    try:
        i18n.install(qapp, lang)
        assert pages == page_titles()
    finally:
        i18n.install(qapp, "vi")
    assert anchors == list(ATTRS)  # F1 opens the guide at the page being shown


def test_every_internal_link_has_its_anchor():
    for lang in ("vi", "en"):
        text = _guide(lang)
        targets = set(re.findall(r'<a href="#(\w[\w-]*)">', text))
        names = set(re.findall(r'<a name="([\w-]+)">', text))
        assert targets <= names, lang

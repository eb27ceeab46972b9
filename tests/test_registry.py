"""The registry: registration, detection, ties, entry points."""

from __future__ import annotations

import datetime as dt
import importlib.metadata

import pytest

import newsparse
from newsparse import (
    Article,
    Parser,
    SiteParser,
    detect,
    parse,
    register,
    registry,
    sites,
    unregister,
)
from newsparse.pipeline import Reading, label_body


class Fixed(SiteParser):
    """A test parser that scores a fixed amount."""

    name = "fixed-test"
    fixed_score = 0.5

    def score(self, text: str) -> float:
        return self.fixed_score if "FIXED" in text else 0.0

    def read(self, lines):
        return Reading(lines=tuple(label_body(lines)), title="fixed")


@pytest.fixture
def fixed():
    register(Fixed)
    yield
    unregister("fixed-test")


def test_sites_are_sorted_names():
    names = sites()
    assert names == tuple(sorted(names))
    assert {"generic", "iraqnewsnow"} <= set(names)
    assert newsparse.sites is registry.sites  # not shadowed by the `newsparse.sites` package


def test_register_returns_the_class_and_refuses_duplicates(fixed):
    assert "fixed-test" in sites()
    with pytest.raises(ValueError, match="already registered"):
        register(Fixed)
    register(Fixed, replace=True)


def test_register_refuses_non_parsers():
    with pytest.raises(TypeError, match="not a parser"):
        register(object())


def test_detect_and_parse_pick_the_highest_score(fixed):
    assert detect("FIXED text") == "fixed-test"
    assert parse("FIXED text").title == "fixed"
    assert detect("other text") == "generic"


def test_ties_break_by_priority_then_name(fixed):
    class Twin(Fixed):
        name = "a-twin-test"

    class Senior(Fixed):
        name = "z-senior-test"
        priority = 5

    register(Twin)
    try:
        assert detect("FIXED") == "a-twin-test"  # same score and priority: name order
        register(Senior)
        assert detect("FIXED") == "z-senior-test"  # higher priority wins
    finally:
        unregister("a-twin-test")
        unregister("z-senior-test")


def test_a_parser_whose_score_raises_is_skipped_with_a_warning():
    class Flaky(Fixed):
        name = "flaky-test"

        def score(self, text: str) -> float:
            raise RuntimeError("boom")

    register(Flaky)
    try:
        with pytest.warns(RuntimeWarning, match="flaky-test"):
            assert detect("FIXED") == "generic"
    finally:
        unregister("flaky-test")


def test_protocol_objects_work_without_the_base_class():
    class Minimal:
        name = "minimal-test"

        def score(self, text: str) -> float:
            return 1.0 if text.startswith("MINIMAL") else 0.0

        def parse(self, text: str, published: dt.date | dt.datetime | None = None) -> Article:
            return Article(site=self.name, paragraphs=(text,))

    assert isinstance(Minimal(), Parser)
    register(Minimal())
    try:
        article = parse(b"MINIMAL \xe2\x80\x99 \x92")
        assert article.site == "minimal-test"
        assert article.warnings == ("input is not valid UTF-8: 1 byte(s) read as cp1252",)
    finally:
        unregister("minimal-test")


class FakeEntryPoint:
    def __init__(self, name, target):
        self.name, self.value, self._target = name, f"tests:{name}", target

    def load(self):
        if isinstance(self._target, Exception):
            raise self._target
        return self._target


def test_entry_point_parsers_are_loaded_lazily(monkeypatch):
    class Plugin(Fixed):
        name = "plugin-test"

    def fake_entry_points(group):
        assert group == "newsparse.sites"
        return [FakeEntryPoint("plugin-test", Plugin), FakeEntryPoint("bad", ImportError("x"))]

    monkeypatch.setattr(registry, "entry_points", fake_entry_points)
    monkeypatch.setattr(registry, "_LOADED", False)
    try:
        with pytest.warns(RuntimeWarning, match="could not load site parser 'bad'"):
            names = sites()
        assert "plugin-test" in names
    finally:
        unregister("plugin-test")


def test_the_hypothesis_entry_point_is_declared():
    points = importlib.metadata.entry_points(group="hypothesis")
    assert any(point.value.startswith("newsparse.") for point in points)

"""Bad input: a clear newsparse exception or an Article with warnings; never a traceback from
inside, never a hang, never a silent empty result."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTypeError,
    ParseError,
    UnknownSiteError,
    parse,
)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\ufeff\u200b\u00a0", b"", b"  \n"])
def test_empty_input_raises(text):
    with pytest.raises(EmptyInputError):
        parse(text)


@pytest.mark.parametrize(
    "data",
    [b"\x00\x01\x02\x03binary", bytes(range(256)), "\x00\x01\x02" * 100, b"\x89PNG\r\n\x1a\n\x00"],
)
def test_binary_input_raises(data):
    with pytest.raises(BinaryInputError):
        parse(data)


@pytest.mark.parametrize("value", [None, 42, 3.5, ["a list"], {"a": "dict"}, object()])
def test_wrong_type_raises(value):
    with pytest.raises(InputTypeError) as info:
        parse(value)
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, ParseError)


def test_wrong_published_type_raises():
    with pytest.raises(InputTypeError, match="published"):
        parse("text", published="2019-11-10")


def test_unknown_site_raises_with_the_known_names():
    with pytest.raises(UnknownSiteError, match="known parsers: generic, iraqnewsnow"):
        parse("text", site="nope")


def test_invalid_utf8_is_read_with_a_warning():
    article = parse("Iraq’s army said “no”.".encode("cp1252"))
    assert article.paragraphs == ("Iraq’s army said “no”.",)
    assert article.warnings[0].startswith("input is not valid UTF-8")


def test_mojibake_is_repaired_with_a_warning():
    article = parse("Itâ€™s a test of the â€œrepairâ€ code.")
    assert article.paragraphs == ("It’s a test of the “repair” code.",)
    assert any("mojibake" in warning for warning in article.warnings)


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_escape_as_internal_errors(data):
    try:
        article = parse(data)
    except InputError:
        return
    assert isinstance(article, newsparse.Article)
    assert article.paragraphs or article.removed or article.title


@given(st.text(max_size=300))
def test_arbitrary_text_never_escapes_as_internal_errors(text):
    try:
        article = parse(text)
    except InputError:
        return
    assert article.paragraphs or article.removed or article.title or article.warnings


def test_a_failing_third_party_parser_becomes_a_parse_error():
    class Broken:
        name = "broken-test"

        def score(self, text: str) -> float:
            return 0.0

        def parse(self, text, published=None):
            raise KeyError("oops")

    newsparse.register(Broken())
    try:
        with pytest.raises(ParseError, match="parser 'broken-test' failed: KeyError"):
            parse("text", site="broken-test")
    finally:
        newsparse.unregister("broken-test")

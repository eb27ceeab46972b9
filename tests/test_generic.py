"""The generic parser: never raises on text, loses nothing, reads common headers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import InputError, parse
from newsparse.credits import parse_credits
from newsparse.lines import Label, split_lines
from newsparse.normalize import normalize_text
from newsparse.paragraphs import clean_paragraph
from newsparse.pipeline import assemble
from newsparse.related import parse_related
from newsparse.sites.generic import GenericParser

from render import headlines, names, paragraphs

NOISE_LINES = st.sampled_from(
    [
        "Advertisement",
        "Sponsored Links",
        "Share on Facebook",
        "Follow us on Twitter",
        "Read More: Rockets hit base",
        "Related: Talks stall again",
        "Read more…",
        "© 2020 Example",
        "Editing by John Catherine",
        "(Reporting by Ahmed Rasheed in Baghdad; Editing by Ed Tobin)",
        "By  Sayed Salahuddin",
        "2019-11-10 00:00:00",
        "Comments",
        "We use cookies on this site.",
        "ERBIL (Kurdistan 24) – Iraq’s military said on Sunday.",
        "Print Article",
    ]
)
ANY_LINE = st.one_of(
    paragraphs(),
    headlines(),
    NOISE_LINES,
    st.just(""),
    st.text(max_size=80),
    names().map(lambda name: f"Writing by {name}"),
)


@given(st.lists(ANY_LINE, max_size=25).map("\n".join))
def test_never_raises_on_text(text):
    try:
        article = parse(text, site="generic", extract=False)
    except InputError:
        assert not normalize_text_safe(text)
        return
    assert article.site == "generic"
    assert all("\n" not in paragraph for paragraph in article.paragraphs)


def normalize_text_safe(text: str) -> str:
    try:
        return normalize_text(text)[0].strip()
    except InputError:
        return ""


@given(st.lists(ANY_LINE, min_size=1, max_size=25).map("\n".join))
def test_every_line_ends_up_in_exactly_one_field(text):
    """Nothing is lost silently: each non-blank line has one label, and its field holds it."""
    clean = normalize_text_safe(text)
    if not clean:
        return
    normalised = normalize_text(text)[0]
    reading = GenericParser().read(split_lines(normalised))
    article = assemble("generic", reading, extract=False)
    dateline_raw = article.dateline.raw if article.dateline else ""
    body = [
        " ".join((dateline_raw, paragraph)) if index == 0 else paragraph
        for index, paragraph in enumerate(article.paragraphs)
    ]
    removed = [(piece.text, piece.rule) for piece in article.removed]
    for line in reading.lines:
        text_line = line.text.strip()
        if not text_line:
            assert line.label is Label.BLANK
            continue
        assert line.label is not Label.BLANK
        if line.label is Label.HEADLINE:
            # A headline cut from a one-line scrape drops the full stop the data set added.
            assert article.title in (text_line, text_line.removesuffix("."))
        elif line.label is Label.REMOVED:
            assert (text_line, line.rule) in removed
            removed.remove((text_line, line.rule))
        elif line.label is Label.RELATED:
            headline = parse_related(text_line)
            assert headline == "" or clean_paragraph(headline) in article.related
        elif line.label is Label.CREDIT:
            assert set(parse_credits(text_line)) <= set(article.credits)
        else:
            assert line.label is Label.BODY
            folded = clean_paragraph(text_line)
            assert any(folded in paragraph for paragraph in body), (folded, body)
    assert removed == [], "removed pieces that came from no line"
    # Pieces cut from one input line put together give that line back.
    by_number: dict[int, str] = {}
    for line in reading.lines:
        by_number[line.number] = by_number.get(line.number, "") + line.text
    assert [by_number[n] for n in sorted(by_number)] == normalised.split("\n")


@given(st.lists(paragraphs(), min_size=1, max_size=6))
def test_parsing_clean_text_again_is_idempotent(body):
    article = parse("\n\n".join(body), site="generic", extract=False)
    assert parse(article.text, site="generic", extract=False).paragraphs == article.paragraphs


@given(headlines(), st.lists(paragraphs(), min_size=1, max_size=5))
def test_headline_then_paragraphs(title, body):
    article = parse(title + "\n\n" + "\n\n".join(body), site="generic", extract=False)
    assert article.title == title
    assert article.paragraphs == tuple(body)


def test_bbc_style_page():
    text = (
        "Global blogger action day called\n\n"
        "The global web blog community is being called into action to lend support.\n\n"
        '"I hope this day will focus people," Curt Hopkins told the BBC.\n'
    )
    article = parse(text)
    assert article.site == "generic"
    assert article.title == "Global blogger action day called"
    assert len(article.paragraphs) == 2
    assert article.removed == ()


def test_byline_date_and_wire_dateline():
    text = (
        "Police arrest three after shooting\n\nBy JANE DOE and Tom Ng, Staff Writers\n"
        "November 10, 2019 3:05 pm EST\n\nDALLAS (AP) — Police said three men were held.\n\n"
        "Advertisement\n\nThe men were not named.\n"
    )
    article = parse(text)
    assert article.title == "Police arrest three after shooting"
    assert article.authors == ("Jane Doe", "Tom Ng")
    assert article.published == dt.datetime(
        2019, 11, 10, 15, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )
    assert article.dateline.place == "Dallas"
    assert article.source == "AP"
    assert article.paragraphs == ("Police said three men were held.", "The men were not named.")
    assert [piece.rule for piece in article.removed] == ["byline", "header-date", "advertisement"]


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "Manufacturing activity in New York State factories slowed more\n"
        "than expected in January to its lowest since mid-2005, the New\n"
        "York Federal Reserve said on Tuesday.\n\n"
        "The index fell to 9.13 from a downwardly revised 22.19 in\n"
        "December.\n"
    )
    article = parse(text, site="generic")
    assert article.paragraphs == (
        (
            "Manufacturing activity in New York State factories slowed more than expected in "
            "January to its lowest since mid-2005, the New York Federal Reserve said on Tuesday."
        ),
        "The index fell to 9.13 from a downwardly revised 22.19 in December.",
    )


def test_published_argument_is_used_when_the_text_has_none():
    article = parse("Some text here.", published=dt.date(2020, 3, 21))
    assert article.published == dt.datetime(2020, 3, 21)
    stated = parse("2019-11-10 08:00\n\nBody text.", published=dt.date(2020, 3, 21))
    assert stated.published == dt.datetime(2019, 11, 10, 8, 0)


def test_a_single_line_has_no_title():
    article = parse("Bomb rockets kill 19 civilians in Syrias Aleppo Monitor AFP Thursday.")
    assert article.title is None
    assert len(article.paragraphs) == 1


@pytest.mark.parametrize("text", ["Advertisement", "Sponsored Links\n\nShare on Facebook"])
def test_only_boilerplate_gives_an_empty_body_and_a_warning(text):
    article = parse(text)
    assert article.paragraphs == ()
    assert "no body text found" in article.warnings
    assert article.removed

"""The Reuters archive parser: rendered stories round-trip; the real archive parses cleanly."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given

from newsparse import detect, parse
from newsparse.sites.reuters import read_date

from render import (
    PLACES,
    WireStory,
    ambiguous_wrap,
    expected_wire_paragraphs,
    render_reuters,
    wire_stories,
    wraps_at_paragraph_end,
)


@given(wire_stories())
def test_render_then_parse_recovers_every_field(story: WireStory):
    text = render_reuters(story)
    assume(not ambiguous_wrap(text) and not wraps_at_paragraph_end(story))
    article = parse(text, extract=False)
    assert article.site == "reuters"
    assert article.title == story.title
    assert article.authors == story.authors
    assert article.published == story.published
    assert article.published.utcoffset() == story.published.utcoffset()
    assert article.source == "Reuters"
    assert (article.dateline.place, article.dateline.region, article.dateline.agency) == (
        PLACES[story.place],
        story.region,
        "Reuters",
    )
    assert article.paragraphs == expected_wire_paragraphs(story)
    assert [(c.role, c.name) for c in article.credits] == story.expected_credits
    assert [r.text for r in article.removed if r.rule == "subhead"] == [
        s for _, s in story.subheads
    ]
    assert all("\n" not in paragraph for paragraph in article.paragraphs)
    assert not article.warnings


@given(wire_stories())
def test_rendered_stories_are_detected_as_reuters(story: WireStory):
    assert detect(render_reuters(story)) == "reuters"


@given(wire_stories())
def test_the_clean_text_is_not_claimed_by_reuters(story: WireStory):
    article = parse(render_reuters(story), extract=False)
    assert detect(article.text) == "generic"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sat Oct 21, 2006 8:11pm EDT",
            dt.datetime(2006, 10, 21, 20, 11, tzinfo=dt.timezone(dt.timedelta(hours=-4))),
        ),
        ("Thu May 10, 2007 12:05am GMT", dt.datetime(2007, 5, 10, 0, 5, tzinfo=dt.timezone.utc)),
        (
            "Mon Jan 1, 2007 12:30pm CET",
            dt.datetime(2007, 1, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        ),
    ],
)
def test_header_dates(text, expected):
    when, warning = read_date(text)
    assert warning is None
    assert when == expected
    assert when.utcoffset() == expected.utcoffset()


def test_run_together_subheads_and_tickers_on_a_written_example():
    text = "\n".join(
        [
            "-- Adobe shares fall",
            "-- By  Jim Finkle",
            "-- Tue Oct 29, 2013 6:32pm EDT",
            "-- http://www.reuters.com/article/2013/10/29/us-adobe-idUSBRE99S1DJ20131029",
            "",
            " ",
            "",
            " BOSTON  (Reuters) - Adobe Systems Inc ( ADBE.O ) said on Tuesday data was stolen. ",
            "",
            (
                " The company said more. COMMUNITY TENSION A security source told Reuters it "
                "was bad. (Reporting by  Jim Finkle ; Additional reporting by Sue Lee in Tokyo; "
                "Editing by  Jan Paschal )"
            ),
        ]
    )
    article = parse(text)
    assert article.paragraphs == (
        "Adobe Systems Inc ( ADBE.O ) said on Tuesday data was stolen.",
        "The company said more.",
        "A security source told Reuters it was bad.",
    )
    assert [(r.rule, r.text) for r in article.removed][-1] == ("subhead", "COMMUNITY TENSION")
    assert [(c.role.value, c.name, c.place) for c in article.credits] == [
        ("reporting", "Jim Finkle", None),
        ("additional_reporting", "Sue Lee", "Tokyo"),
        ("editing", "Jan Paschal", None),
    ]


def test_every_archive_file_is_detected_and_clean(shared):
    files = sorted((shared / "corpus" / "reuters").glob("*.txt"))
    assert len(files) == 70
    for path in files:
        text = path.read_text(encoding="utf-8")
        article = parse(text)
        assert article.site == "reuters", path.name
        assert article.title, path.name
        assert article.published, path.name
        assert article.published.tzinfo, path.name
        assert article.dateline is not None, path.name
        assert "http://" not in article.text, path.name
        assert not article.warnings, (path.name, article.warnings)

"""One-line scrapes: pieces cover the line exactly; headers, debris and trailers come out."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse
from newsparse.lines import Label
from newsparse.scrape import read_scrape
from newsparse.sentences import sentence_spans

from render import paragraphs

GLUED = st.sampled_from(
    [
        "Thursday 9 Jul 2015",
        "Fri Apr 29 2016",
        "Date of publication 25 July 2016",
        "Posted on April 2 2017 by Youssef Diab",
        "Last updated at Aug 142016",
        "27-09-2013",
        "20.07.2016Get short URL 0 55",
        "AFP",
        "- REUTERS",
        "--Reuters",
        "(Google Maps.)",
        "Buy Photo",
        "(Photo: A. Person/Agency)",
        "R. Milhem / Ghossoun/H. Said",
        "Read Also",
        "Copyright 2018 by WJXT News4Jax - All rights reserved.",
        "JACKSONVILLE, Fla. -",
        "Follow her on Twitter @someone.",
        "ctkacik@baltsun.com twitter.com/x",
        "Twitter",
    ]
)


@given(st.lists(st.one_of(paragraphs(), GLUED, st.text(max_size=40)), max_size=12).map(" ".join))
def test_pieces_give_the_line_back(line):
    reading = read_scrape(line)
    assert "".join(piece.text for piece in reading.pieces) == line
    assert all(piece.rule for piece in reading.pieces if piece.label is Label.REMOVED)


@given(st.text(max_size=400))
def test_sentence_spans_cover_the_text(text):
    spans = sentence_spans(text)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(a < b for a, b in spans)


def test_fakes_header_and_agency():
    article = parse(
        "Bomb rockets kill 19 civilians in Syrias Aleppo Monitor AFP Thursday 9 Jul 2015 At "
        "least 19 civilians including five children were killed by a Syrian regime barrel bomb "
        "attack and rebel rocket fire in Aleppo a monitoring group said on Thursday. Fifteen of "
        "the dead came in the barrel bomb strike. The children were aged under 10. The crude "
        "explosives-filled container hit a building. Rescuers searched the rubble. - REUTERS"
    )
    assert article.title == "Bomb rockets kill 19 civilians in Syrias Aleppo Monitor"
    assert article.published == dt.datetime(2015, 7, 9)
    assert article.source == "AFP"
    assert article.paragraphs[0].startswith("At least 19 civilians")
    assert not any("REUTERS" in p or "AFP" in p for p in article.paragraphs)
    assert len(article.paragraphs) >= 2


def test_local_news_debris_is_removed_and_updates_are_kept():
    article = parse(
        "Sayers Drive shooting.jpg Deputies are investigating a shooting that left one man "
        "injured on Tuesday. The shooting occurred at Sayers and Swan drives in Marrero, "
        "according to police scanners. (Google Maps.) The man was taken to a hospital. "
        "Update: The victim was released on Wednesday. No arrests were made. Pamela Smith may "
        "be reached at psmith@example.com. Follow her on Twitter @psmith. Find example.com on "
        "Facebook.",
        published=dt.date(2014, 2, 11),
    )
    rules = [piece.rule for piece in article.removed]
    assert rules == ["image-file", "map-credit", "contact", "follow-prompt", "follow-prompt"]
    assert any(
        p.startswith("Update: The victim was released") or "Update:" in p
        for p in article.paragraphs
    )
    assert article.published == dt.datetime(2014, 2, 11)


def test_structured_text_is_not_cut_up():
    text = (
        "Headline here\n\n"
        + "A sentence that goes on for a while. " * 30
        + "\n\n"
        + "Another paragraph. " * 3
    )
    article = parse(text)
    assert len(article.paragraphs) == 2

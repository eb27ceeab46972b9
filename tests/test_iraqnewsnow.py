"""The Iraq News Now parser: render-then-parse round trips, boilerplate, layouts, variants."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import detect, parse

from render import PLACES, Page, pages, render_iraqnewsnow

SITE_BOILERPLATE = (
    "Advertisement",
    "Share on Facebook",
    "Follow us on Twitter",
    "Subscribe to our newsletter",
    "© 2019 Iraq News Now",
    "Iraq News Now",
    "Share this article",
    "Facebook Twitter WhatsApp",
)


def check_round_trip(page: Page) -> None:
    text = render_iraqnewsnow(page)
    article = parse(text, extract=False)
    assert article.site == "iraqnewsnow"
    assert article.title == page.title
    assert article.published == page.published
    assert article.source == page.outlet
    assert article.paragraphs == page.paragraphs
    assert list(article.related) == page.related_headlines
    assert [(c.role, c.name) for c in article.credits] == page.expected_credits
    if page.dateline_place:
        assert article.dateline is not None
        assert article.dateline.place == PLACES[page.dateline_place]
        assert article.dateline.agency == page.dateline_agency
    else:
        assert article.dateline is None
    assert not article.warnings


@given(pages())
def test_render_then_parse_recovers_every_field(page):
    check_round_trip(page)


@given(pages(), st.data())
def test_boilerplate_between_paragraphs_changes_nothing(page, data):
    between = tuple(
        (
            data.draw(st.integers(0, len(page.paragraphs) - 1)),
            data.draw(st.sampled_from(SITE_BOILERPLATE)),
        )
        for _ in range(data.draw(st.integers(1, 4)))
    )
    plain = parse(render_iraqnewsnow(page), extract=False)
    noisy = parse(render_iraqnewsnow(page, between=between), extract=False)
    assert noisy.paragraphs == plain.paragraphs
    assert noisy.related == plain.related
    assert noisy.credits == plain.credits
    assert len(noisy.removed) == len(plain.removed) + len(between)


@given(pages())
def test_rendered_pages_are_detected_as_the_site(page):
    assert detect(render_iraqnewsnow(page)) == "iraqnewsnow"


@given(pages())
def test_parsing_the_clean_text_again_changes_nothing(page):
    article = parse(render_iraqnewsnow(page), extract=False)
    again = parse(article.text, site="iraqnewsnow", extract=False)
    assert again.paragraphs == article.paragraphs


def test_a_parser_that_drops_the_last_paragraph_is_caught(monkeypatch):
    """The round-trip property can fail: break the pipeline and watch it do so."""
    from newsparse import pipeline

    original = pipeline._read_body

    def drop_last(lines, **options):
        body = original(lines, **options)
        del body.paragraphs[-1:]
        return body

    monkeypatch.setattr(pipeline, "_read_body", drop_last)
    with pytest.raises(AssertionError):
        given(pages())(check_round_trip)()


# Layout variants seen in stored copies of the site (english.hathalyoum.net).
V2_PAGE = """date 2019-11-10
Home › kurdistan 24 › Iraq says ‘terrorists’ fired rocket barrage at base

Iraq says ‘terrorists’ fired rocket barrage at base hosting US troops
2019/11/10 | 13:45



ERBIL (Kurdistan 24) – Iraq’s military said on Friday that rockets hit the base.



No group has yet claimed responsibility for this attack.
"""

V3_PAGE = """2019/11/10
Iraq News Now

SULAIMANI, Kurdistan Region – The KRG said on Sunday that talks went well.

Comments

Rudaw moderates all comments submitted on our website. We welcome comments which are relevant.
This is great news for everyone living here and I hope it lasts a long time.
"""


def test_layout_v2_breadcrumb_and_slash_date():
    article = parse(V2_PAGE)
    assert article.site == "iraqnewsnow"
    assert article.title == "Iraq says ‘terrorists’ fired rocket barrage at base hosting US troops"
    assert article.published == dt.datetime(2019, 11, 10, 13, 45)
    assert article.source == "Kurdistan 24"
    assert article.dateline.place == "Erbil"
    assert article.paragraphs == (
        "Iraq’s military said on Friday that rockets hit the base.",
        "No group has yet claimed responsibility for this attack.",
    )
    assert {piece.rule for piece in article.removed} == {"header-date", "breadcrumb"}


def test_layout_v3_date_then_brand_and_a_comment_section():
    article = parse(V3_PAGE)
    assert article.site == "iraqnewsnow"
    assert article.title is None
    assert article.published == dt.datetime(2019, 11, 10)
    assert article.dateline.region == "Kurdistan Region"
    assert article.paragraphs == ("The KRG said on Sunday that talks went well.",)
    comment_rules = [piece.rule for piece in article.removed if piece.rule == "comment-notice"]
    assert len(comment_rules) == 3


def test_republisher_credit_lines_and_unknown_outlet():
    text = (
        "Iraq News Now\n\nHeadline here\n\n2021-05-01 08:30:00 - Source: some local blog\n\n"
        "The story starts here.\n\nPhoto: Rudaw\n\nSource: Rudaw News\n"
    )
    article = parse(text)
    assert article.source == "some local blog"
    assert any("not a known outlet" in warning for warning in article.warnings)
    assert [(c.role.value, c.name) for c in article.credits] == [
        ("photography", "Rudaw"),
        ("source", "Rudaw News"),
    ]


def test_brand_line_alone_is_not_enough_to_claim_text():
    assert detect("Iraq News Now is a website.\n\nIt aggregates news.") == "generic"
    assert newsparse.get_parser("iraqnewsnow").score("Plain text with no header.") == 0.0


def test_unknown_layout_of_the_site_keeps_the_story_and_warns():
    article = parse("Iraq News Now\n\nSomething new.\n\nThe story.", site="iraqnewsnow")
    assert "The story." in article.paragraphs
    assert article.warnings == ("page layout not recognised; header fields not read",)

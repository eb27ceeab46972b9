"""The generic parser: any plain-text article, when no site parser claims it.

It reads what most scraped text has: an optional headline line set off by a blank line, an
optional byline ("By …") and date line, then paragraphs separated by blank lines or hard-wrapped,
with related-story lines, credits and common boilerplate taken out.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsparse.credits import parse_byline
from newsparse.dateline import split_dateline
from newsparse.dates import parse_date_line
from newsparse.lines import Label, Line
from newsparse.paragraphs import SENTENCE_END
from newsparse.parser import SiteParser
from newsparse.pipeline import Reading, classify_line, label_body
from newsparse.registry import register
from newsparse.scrape import read_scrape

__all__ = ["GenericParser"]

# How far into the text a headline, byline or date line may stand.
HEADER_LINES = 6

# A headline is short, and does not end like a sentence or a clause: a short first paragraph
# ("Is Iraq ready?") is story text, so that parsing clean text again finds no headline in it.
MAX_HEADLINE_LENGTH = 200
MAX_HEADLINE_WORDS = 30
CLAUSE_END = regex.compile(r"[,;]$")
WORD = regex.compile(r"\S++")


def _is_headline(line: Line, lines: tuple[Line, ...]) -> bool:
    text = line.text.strip()
    alone = line.number + 1 >= len(lines) or lines[line.number + 1].is_blank
    more_follows = any(not later.is_blank for later in lines[line.number + 1 :])
    return (
        alone
        and more_follows
        and len(text) <= MAX_HEADLINE_LENGTH
        and len(WORD.findall(text)) <= MAX_HEADLINE_WORDS
        and not SENTENCE_END.search(text)
        and not CLAUSE_END.search(text)
        and classify_line(text)[0] is Label.BODY
        and split_dateline(text + " x") is None
    )


@register
class GenericParser(SiteParser):
    """Any plain-text article: headline, byline, date line, paragraphs."""

    name = "generic"
    description = "any plain text: optional headline, byline and date lines, then paragraphs"
    fills = (
        "title",
        "published",
        "source",
        "authors",
        "dateline",
        "paragraphs",
        "related",
        "credits",
        "removed",
    )
    priority = -100  # the fallback: every site parser wins a tie against it

    def score(self, text: str) -> float:  # noqa: ARG002 - the same for every text
        """Always answer, with a score any site parser that recognises its text beats."""
        return 0.05

    def read(self, lines: tuple[Line, ...]) -> Reading:
        """Label the header lines it recognises, then the body with the shared classifier."""
        labelled = list(lines)
        title: str | None = None
        published: dt.datetime | None = None
        authors: tuple[str, ...] = ()
        seen = 0
        for line in lines:
            if line.is_blank:
                continue
            seen += 1
            if seen > HEADER_LINES:
                break
            text = line.text.strip()
            byline = parse_byline(text) if not authors else None
            when = parse_date_line(text) if published is None else None
            if byline:
                authors = byline
                labelled[line.number] = line.removed_as("byline")
            elif when is not None:
                published = when
                labelled[line.number] = line.removed_as("header-date")
            elif title is None and _is_headline(line, lines):
                title = text
                labelled[line.number] = line.labelled(Label.HEADLINE)
            elif classify_line(text)[0] is Label.BODY:
                break
        lines_out: list[Line] = []
        source: str | None = None
        dateline = None
        # Only text without any line structure is cut up: a scrape keeps the whole article on
        # one line. A headline line and one long paragraph are a short article, left as is.
        body = list(label_body(labelled, self.boilerplate))
        only_text = sum(not line.is_blank for line in lines) == 1
        for line in body:
            if not only_text or line.label is not Label.BODY:
                lines_out.append(line)
                continue
            scrape = read_scrape(line.text)
            lines_out.extend(
                Line(number=line.number, text=piece.text, label=piece.label, rule=piece.rule)
                for piece in scrape.pieces
            )
            title = title or scrape.title
            published = published or scrape.published
            source = source or scrape.source
            authors = authors or scrape.authors
            dateline = dateline or scrape.dateline
        return Reading(
            lines=tuple(lines_out),
            title=title,
            published=published,
            source=source,
            authors=authors,
            dateline=dateline,
        )

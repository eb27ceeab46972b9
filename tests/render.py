"""Strategies for story text and renderers that print an article in a site's layout.

The renderers are the inverse of the parsers: a property test renders a random page, parses
it, and checks that every field comes back.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex
from hypothesis import strategies as st

from newsparse.article import CreditRole
from newsparse.outlets import KNOWN_OUTLETS

# Sentences open with words that cannot start a credit, related-story or boilerplate line.
OPENERS = (
    "The",
    "Officials",
    "Police",
    "Iraq",
    "Forces",
    "Residents",
    "Witnesses",
    "Security",
    "It",
    "He",
    "She",
    "They",
    "Local",
    "Kurdish",
    "Coalition",
    "A",
    "Two",
    "On",
    "In",
    "After",
)
LOWER_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)
NUMBER = st.integers(0, 5000).map(str)
QUOTED = st.lists(LOWER_WORD, min_size=1, max_size=4).map(lambda ws: "“" + " ".join(ws) + "”")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = [draw(st.sampled_from(OPENERS))]
    words += draw(
        st.lists(
            st.one_of(LOWER_WORD, LOWER_WORD, LOWER_WORD, NUMBER, QUOTED), min_size=2, max_size=18
        )
    )
    if draw(st.booleans()):
        position = draw(st.integers(1, len(words) - 1))
        words[position] += ","
    return " ".join(words) + draw(st.sampled_from([".", ".", ".", "?", "!"]))


def paragraphs() -> st.SearchStrategy[str]:
    return st.lists(sentences(), min_size=1, max_size=4).map(" ".join)


FIRST_NAMES = ("John", "Sara", "Ahmed", "Lina", "Karwan", "Dilan", "Maria", "Omar", "Wladimir")
LAST_NAMES = (
    "Catherine",
    "Rasheed",
    "Salih",
    "van Wilgenburg",
    "Ali",
    "O'Brien",
    "Hussein",
    "Smith",
    "Abdulla",
)


def names() -> st.SearchStrategy[str]:
    return st.builds(
        lambda a, b: f"{a} {b}", st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES)
    )


@st.composite
def headlines(draw: st.DrawFn) -> str:
    words = [draw(st.sampled_from(OPENERS))]
    for plain in draw(st.lists(st.one_of(LOWER_WORD, NUMBER), min_size=2, max_size=12)):
        decoration = draw(st.sampled_from(["", "", "", ",", ":", "-", "‘’"]))
        if decoration == "‘’":
            words.append(f"‘{plain}’")
        elif decoration == "-":
            words.append(f"{plain}-{draw(LOWER_WORD)}")
        else:
            words.append(plain + decoration)
    return " ".join(words).rstrip(",:")


# Dateline places as printed, and as the parser should give them.
PLACES = {
    "ERBIL": "Erbil",
    "BAGHDAD": "Baghdad",
    "MOSUL": "Mosul",
    "KIRKUK": "Kirkuk",
    "SULAIMANI": "Sulaimani",
    "DUHOK": "Duhok",
    "BASRA": "Basra",
    "NEW YORK": "New York",
    "TEL AVIV": "Tel Aviv",
    "RIO DE JANEIRO": "Rio de Janeiro",
    "AL-QAIM": "Al-Qaim",
}
OUTLETS = tuple(names[0] for names in KNOWN_OUTLETS)
CREDIT_LEADS = {
    "Editing by": CreditRole.EDITING,
    "Reporting by": CreditRole.REPORTING,
    "Writing by": CreditRole.WRITING,
    "Additional reporting by": CreditRole.ADDITIONAL_REPORTING,
}


@attrs.frozen(kw_only=True)
class Page:
    """What a rendered page says, field by field."""

    title: str
    published: dt.datetime
    outlet: str
    dateline_place: str | None  # as printed, e.g. "NEW YORK"
    dateline_agency: str | None
    dash: str
    paragraphs: tuple[str, ...]
    related: tuple[tuple[int, str], ...]  # (paragraph index it precedes, headline)
    credits: tuple[tuple[str, tuple[str, ...]], ...]  # (lead, names)
    trailer: tuple[str, ...]

    @property
    def expected_credits(self) -> list[tuple[CreditRole, str]]:
        return [(CREDIT_LEADS[lead], name) for lead, people in self.credits for name in people]

    @property
    def related_headlines(self) -> list[str]:
        return [headline for _, headline in sorted(self.related, key=lambda item: item[0])]


@st.composite
def pages(draw: st.DrawFn) -> Page:
    outlet = draw(st.sampled_from(OUTLETS))
    body = tuple(draw(st.lists(paragraphs(), min_size=1, max_size=7)))
    has_dateline = draw(st.booleans())
    related = tuple(
        (draw(st.integers(1, len(body))), draw(headlines())) for _ in range(draw(st.integers(0, 3)))
    )
    credits = tuple(
        (
            draw(st.sampled_from(list(CREDIT_LEADS))),
            tuple(draw(st.lists(names(), min_size=1, max_size=3, unique=True))),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    trailer = draw(
        st.sampled_from(
            [
                (),
                ("Sponsored Links",),
                ("Sponsored Links", "", "You will not believe this trick", "Ten places to see"),
            ]
        )
    )
    return Page(
        title=draw(headlines()),
        published=draw(st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2035, 12, 31))).replace(
            microsecond=0
        ),
        outlet=outlet,
        dateline_place=draw(st.sampled_from(list(PLACES))) if has_dateline else None,
        dateline_agency=(outlet if draw(st.booleans()) else None) if has_dateline else None,
        dash=draw(st.sampled_from(["–", "-", "—"])),
        paragraphs=body,
        related=related,
        credits=credits,
        trailer=trailer,
    )


PUNCTUATION = regex.compile(r"[^\w\s]")


def render_iraqnewsnow(page: Page, *, between: tuple[tuple[int, str], ...] = ()) -> str:
    """Print ``page`` in the Iraq News Now layout; ``between`` adds lines before paragraphs."""
    stripped = " ".join(PUNCTUATION.sub("", page.title).split())
    lines = [
        "Iraq News Now",
        "",
        page.title,
        "",
        stripped,
        page.title,
        "",
        f"{page.published:%Y-%m-%d %H:%M:%S} - Source: {page.outlet.lower()}",
        "",
    ]
    for index, story in enumerate(page.paragraphs):
        for position, headline in page.related:
            if position == index:
                lines += [f"Read More: {headline}", ""]
        for position, extra in between:
            if position == index:
                lines += [extra, ""]
        if index == 0 and page.dateline_place:
            tag = page.dateline_place
            if page.dateline_agency:
                tag += f" ({page.dateline_agency})"
            lines += [f"{tag} {page.dash} {story}", ""]
        else:
            lines += [story, ""]
    for position, headline in page.related:
        if position == len(page.paragraphs):
            lines += [f"Read More: {headline}", ""]
    for lead, people in page.credits:
        names_text = (
            people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
        )
        lines += [f"{lead} {names_text}", ""]
    if page.trailer:
        lines += ["", "", "", *page.trailer]
    return "\n".join(lines)

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


# --- the Reuters archive layout ---------------------------------------------------------------

REUTERS_ZONES = {"EST": -5, "EDT": -4, "GMT": 0, "BST": 1, "CET": 1}
REUTERS_CREDIT_LEADS = {
    "Reporting by": CreditRole.REPORTING,
    "Additional reporting by": CreditRole.ADDITIONAL_REPORTING,
    "Writing by": CreditRole.WRITING,
    "Editing by": CreditRole.EDITING,
    "editing by": CreditRole.EDITING,
}
SUBHEADS = ("MARKET REACTION", "COMMUNITY TENSION", "DISRUPTIONS", "NEW OIL BOSSES")


@attrs.frozen(kw_only=True)
class WireStory:
    """What a rendered Reuters archive file says."""

    title: str
    authors: tuple[str, ...]
    published: dt.datetime  # aware
    zone: str
    place: str  # as printed
    region: str | None
    paragraphs: tuple[str, ...]
    subheads: tuple[tuple[int, str], ...]  # (paragraph index it precedes, subhead)
    credits: tuple[tuple[str, tuple[str, ...]], ...]
    wrapped: bool

    @property
    def expected_credits(self) -> list[tuple[CreditRole, str]]:
        return [(REUTERS_CREDIT_LEADS[lead], n) for lead, people in self.credits for n in people]


@st.composite
def wire_stories(draw: st.DrawFn) -> WireStory:
    zone = draw(st.sampled_from(list(REUTERS_ZONES)))
    naive = draw(st.datetimes(dt.datetime(2006, 1, 1), dt.datetime(2013, 12, 31)))
    published = naive.replace(
        second=0, microsecond=0, tzinfo=dt.timezone(dt.timedelta(hours=REUTERS_ZONES[zone]))
    )
    body = tuple(draw(st.lists(paragraphs(), min_size=1, max_size=6)))
    subheads = tuple(
        (index, draw(st.sampled_from(SUBHEADS)))
        for index in sorted(draw(st.sets(st.integers(1, max(1, len(body) - 1)), max_size=2)))
        if index < len(body)
    )
    credits = tuple(
        (
            draw(st.sampled_from(list(REUTERS_CREDIT_LEADS))),
            tuple(draw(st.lists(names(), min_size=1, max_size=2, unique=True))),
        )
        for _ in range(draw(st.integers(0, 3)))
    )
    return WireStory(
        title=draw(headlines()),
        authors=tuple(draw(st.lists(names(), max_size=2, unique=True))),
        published=published,
        zone=zone,
        place=draw(st.sampled_from(list(PLACES))),
        region=draw(st.none() | st.sampled_from(["Peru", "Iraq", "Kurdistan Region"])),
        paragraphs=body,
        subheads=subheads,
        credits=credits,
        wrapped=draw(st.booleans()),
    )


def _clock(when: dt.datetime) -> str:
    hour = when.hour % 12 or 12
    return (
        f"{when:%a %b} {when.day}, {when.year} {hour}:{when:%M}{'pm' if when.hour >= 12 else 'am'}"
    )


def render_reuters(story: WireStory) -> str:
    """Print ``story`` as a Reuters archive file, hard-wrapped or run together."""
    import textwrap

    byline = "By " + "  and  ".join(story.authors) if story.authors else ""
    header = [
        f"-- {story.title}",
        f"-- {byline}",
        f"-- {_clock(story.published)} {story.zone}",
        f"-- http://www.reuters.com/article/{story.published:%Y/%m/%d}/us-story-idUSN0000",
        "",
        " ",
        "",
    ]
    tag = story.place + (f", {story.region}" if story.region else "") + "  (Reuters) - "
    subheads = dict(story.subheads)
    rest = [
        (f"{subheads[index]} " if index in subheads else "") + paragraph
        for index, paragraph in enumerate(story.paragraphs[1:], start=1)
    ]
    credit = ""
    if story.credits:
        credit = (
            " ("
            + "; ".join(
                f"{lead} {people[0] if len(people) == 1 else ' and '.join(people)}"
                for lead, people in story.credits
            )
            + ")"
        )
    if not story.wrapped:
        lines = [" " + tag + story.paragraphs[0] + " ", ""]
        if rest:
            lines.append(" " + " ".join(rest) + credit)
        elif credit:
            lines[0] = lines[0].rstrip() + credit
        return "\n".join(header + lines)
    # Hard-wrapped at 65 columns; later paragraphs run into each other after two spaces.
    first = textwrap.wrap(
        tag + story.paragraphs[0] + ("" if rest else credit),
        65,
        break_long_words=False,
        break_on_hyphens=False,
    )
    lines = [" " + first[0], *first[1:], ""]
    if rest:
        wrapped = textwrap.wrap(
            "  ".join(rest) + credit,
            65,
            break_long_words=False,
            break_on_hyphens=False,
            drop_whitespace=True,
        )
        lines += ["  " + wrapped[0], *wrapped[1:]]
    return "\n".join(header + lines)


def expected_wire_paragraphs(story: WireStory) -> tuple[str, ...]:
    """Run-together files keep no boundary but subheads; wrapped ones keep every one."""
    if story.wrapped:
        return story.paragraphs
    out = [story.paragraphs[0]]
    current: list[str] = []
    subheads = dict(story.subheads)
    for index, paragraph in enumerate(story.paragraphs[1:], start=1):
        if index in subheads and current:
            out.append(" ".join(current))
            current = []
        current.append(paragraph)
    if current:
        out.append(" ".join(current))
    return tuple(out)


def ambiguous_wrap(text: str) -> bool:
    """A block of several lines that all end sentences reads as one paragraph per line.

    A wrapping program can break exactly at sentence ends; such a block cannot be told from
    short paragraphs, and the parser reads it as those (see ``paragraphs.reflow``).
    """
    from newsparse.paragraphs import SENTENCE_END

    for block in regex.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        if len(lines) > 1 and all(SENTENCE_END.search(line.rstrip()) for line in lines[:-1]):
            return True
    return False


def wraps_at_paragraph_end(story: WireStory) -> bool:
    """Whether a hard-wrapped story breaks a line exactly where one paragraph runs into the
    next: the two spaces that mark the boundary are lost at the line break, as they are in
    the archive's own wrapped files."""
    import textwrap

    if not story.wrapped or len(story.paragraphs) < 3:
        return False
    subheads = dict(story.subheads)
    rest = [
        (f"{subheads[index]} " if index in subheads else "") + paragraph
        for index, paragraph in enumerate(story.paragraphs[1:], start=1)
    ]
    joined = "  ".join(rest)
    lines = textwrap.wrap(joined, 65, break_long_words=False, break_on_hyphens=False)
    paragraph_ends, offset = set(), 0
    for paragraph in rest[:-1]:
        offset += len(paragraph)
        paragraph_ends.add(offset)
        offset += 2
    position = 0
    for line in lines[:-1]:
        position = joined.index(line, position) + len(line)
        if position in paragraph_ends:
            return True
    return False

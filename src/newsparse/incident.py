"""Security events a story reports: the :class:`Incident` and :class:`Munition` records.

:func:`extract_incidents` reads them from an article's paragraphs with rules written once for
every site. It works sentence by sentence:

1. a cheap scan finds the sentences that carry an event, casualty or munition word, so a
   business story costs one regex pass per paragraph;
2. each such sentence is read for its facts: the kind of event, casualty statements ("six
   people were killed and 20 wounded", "killing at least 26 civilians", "the death toll rose
   to 112", "no casualties"), munitions ("17 Katyusha rockets"), dates, place and actors;
   background ("since the conflict began", "has continued to launch … attacks") and
   hypotheticals ("threatened to shoot down") are set aside;
3. consecutive sentences about one event are merged into one incident; a sentence opens a new
   incident when it names another day, a different kind of event with its own toll, or the
   same toll somewhere else after "Meanwhile" or "In Damascus".

Counts never hold a number the text does not give: a statement about one person ("a man was
shot") counts one, and a total is the sum of the parts only where one sentence lists them.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import enum
import functools
import itertools
import operator
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs
import regex

from newsparse._data.incident_words import (
    ABBREVIATIONS,
    ACTOR_WORDS,
    AGENT_STOPS,
    ATTACK_NOUNS,
    AUXILIARIES,
    BACKGROUND_CUES,
    CASUALTY_ADVERBS,
    CASUALTY_WORDS,
    CLAUSE_WORDS,
    COUNTRY_NAMES,
    COUPLE_WORDS,
    DEAD_NOUNS,
    DETERMINERS,
    EVENT_VERBS,
    EVENT_WORDS,
    FATAL_EVENTS,
    FATAL_WORDS,
    FIRE_VERBS,
    GENERIC_PEOPLE,
    HYPOTHETICAL_WORDS,
    KILLED_VERBS,
    KILLING_VERBS,
    MUNITION_MAKES,
    MUNITION_NAMES,
    NEGATIONS,
    NO_FILLERS,
    NO_WORDS,
    NOT_A_HIT,
    NOT_AN_EVENT_AFTER,
    NOT_PLACES,
    NUMBER_WORDS,
    PERIOD_WORDS,
    PERPETRATOR_VERBS,
    PERSON_NOUNS_PLURAL,
    PERSON_NOUNS_SINGULAR,
    PHRASE_END_WORDS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    QUALIFIERS,
    RANGE_OR_SCALE,
    REPORTING_VERBS,
    SUBJECT_CLOSING_WORDS,
    SUBJECT_STOPS,
    SUBSET_WORDS,
    TARGET_STOPS,
    TARGET_VERBS,
    TO_DEATH_VERBS,
    TOLL_LINKS,
    TRIGGER_STOPWORDS,
    UNITS_AFTER_COUNTS,
    VAGUE_COUNTS,
    VERB_OBJECT_STARTS,
    WEAK_TRIGGER_WORDS,
    WOUNDED_VERBS,
    WOUNDING_VERBS,
)
from newsparse._data.incident_words import TENS as TENS_WORDS
from newsparse._data.incident_words import UNITS as UNIT_WORDS
from newsparse._validators import (
    as_tuple,
    non_empty_str,
    non_negative_int,
    optional_non_empty_str,
    records_of,
    strings,
)
from newsparse.dates import DATE_ANCHORS, DatePrecision, EventDate, event_dates_at
from newsparse.quantity import (
    COUNT_PART_PATTERNS,
    Count,
    CountQualifier,
    count_from_match,
    parse_number,
)

if TYPE_CHECKING:
    from newsparse.attribution import Attribution

__all__ = [
    "Incident",
    "IncidentKind",
    "Munition",
    "extract_incidents",
    "main_incident",
]


class IncidentKind(str, enum.Enum):
    """What sort of event an incident is."""

    AIRSTRIKE = "airstrike"
    DRONE_STRIKE = "drone_strike"
    ROCKET_ATTACK = "rocket_attack"
    SHELLING = "shelling"
    ARMED_CLASH = "armed_clash"
    AMBUSH = "ambush"
    BOMBING = "bombing"
    SUICIDE_BOMBING = "suicide_bombing"
    SHOOTING = "shooting"
    ASSASSINATION = "assassination"
    KIDNAPPING = "kidnapping"
    RAID = "raid"
    ARREST = "arrest"
    OTHER = "other"


def _plain_date(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # datetime is a subclass of date; a time of day here would claim a precision the text lacks.
    if value is not None and (type(value) is not dt.date):
        raise TypeError(
            f"{attribute.name!r} must be a datetime.date (not a datetime), got {value!r}"
        )


def _optional_count(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Count):
        raise TypeError(f"{attribute.name!r} must be a Count or None, got {type(value).__name__}")


def _optional_precision(value: object) -> DatePrecision | None:
    return None if value is None else DatePrecision(value)


@attrs.frozen(kw_only=True)
class Munition:
    """A weapon or strike the story counts: "17 Katyusha rockets", "Fourteen airstrikes".

    Examples:
        >>> from newsparse.quantity import CountQualifier
        >>> Munition(name="Katyusha rocket", count=Count(low=17, high=17,
        ...     qualifier=CountQualifier.EXACT, text="17")).count.low
        17
    """

    name: str = attrs.field(validator=non_empty_str)
    """The munition in the singular ("Katyusha rocket", "airstrike", "car bomb")."""
    count: Count | None = attrs.field(default=None, validator=_optional_count)
    """How many, or ``None`` when the text does not say."""


@attrs.frozen(kw_only=True)
class Incident:
    """One security event: what, when, where, by and against whom, and its toll.

    Examples:
        >>> Incident(kind=IncidentKind.ROCKET_ATTACK, paragraph=0,
        ...          evidence="Rockets hit the base.").kind.value
        'rocket_attack'
    """

    kind: IncidentKind = attrs.field(
        converter=IncidentKind, validator=attrs.validators.instance_of(IncidentKind)
    )
    """The sort of event."""
    date: dt.date | None = attrs.field(default=None, validator=_plain_date)
    """Day it happened, resolved against the publication date; ``None`` if unknown. With a
    ``date_precision`` coarser than a day, the first day of the week, month or year named."""
    date_text: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """The words the date was read from ("On Friday")."""
    date_precision: DatePrecision | None = attrs.field(
        default=None,
        converter=_optional_precision,
        validator=attrs.validators.optional(attrs.validators.instance_of(DatePrecision)),
    )
    """How closely ``date_text`` pins the day down (``day``, ``week``, ``month``, ``year``);
    ``None`` when the story gives no date."""
    location: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """Place as written ("Makhmour", "the Qayyarah military base")."""
    perpetrators: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=strings)
    """Who carried it out, as written."""
    targets: tuple[str, ...] = attrs.field(default=(), converter=as_tuple, validator=strings)
    """Who or what it was aimed at, as written."""
    killed: Count | None = attrs.field(default=None, validator=_optional_count)
    """Deaths; ``None`` when the story says nothing about them."""
    wounded: Count | None = attrs.field(default=None, validator=_optional_count)
    """Injuries; ``None`` when the story says nothing about them."""
    munitions: tuple[Munition, ...] = attrs.field(
        default=(), converter=as_tuple, validator=records_of(Munition)
    )
    """Weapons and strikes, with counts."""
    paragraph: int = attrs.field(validator=non_negative_int)
    """Index into ``Article.paragraphs`` of the main evidence."""
    evidence: str = attrs.field(validator=non_empty_str)
    """The sentence(s) it was read from."""


_FLAGS = regex.VERBOSE | regex.IGNORECASE
NUMBER_WORD_SET = frozenset(NUMBER_WORDS)

# --- Sentences and tokens ------------------------------------------------------------------------

_ABBREVIATIONS = frozenset(ABBREVIATIONS)

# Sentence ends: a run of full stops, question or exclamation marks (found with str.find, far
# cheaper than a pattern scan), closing quotes, then space and a capital, a digit or an opening
# quote; or, where the scrape lost the space, a capital and a lower-case letter after two
# lower-case letters: "where he later died.According to investigators" (a gun-violence story).
# The word before the marks decides: abbreviations and initials do not end sentences.
SENTENCE_MARKS = frozenset(".!?")
CLOSERS = frozenset("”\"’')]")
OPENERS = frozenset("“\"‘'([")


def _mark_positions(paragraph: str) -> list[int]:
    found: list[int] = []
    for mark in SENTENCE_MARKS:
        at = paragraph.find(mark)
        while at >= 0:
            found.append(at)
            at = paragraph.find(mark, at + 1)
    found.sort()
    return found


# No sentence runs this long; a longer span is a scrape that lost its stops (or hostile input)
# and is read in pieces cut at spaces, so no sentence costs more than a bounded amount.
LONGEST_SENTENCE = 2000
# Nor has a sentence more than a few dozen verbs, counts or dates: beyond this many of one
# role, the rest of a sentence is not read (a flood of "killed killed killed …" stays cheap).
MOST_PER_SENTENCE = 16


def _cut_long(paragraph: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > LONGEST_SENTENCE:
        cut = paragraph.rfind(" ", start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE)
        if cut <= start:
            cut = start + LONGEST_SENTENCE
        pieces.append((start, cut + 1))
        start = cut + 1
    pieces.append((start, end))
    return pieces


def _sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans = _raw_sentence_spans(paragraph)
    if all(end - start <= LONGEST_SENTENCE for start, end in spans):
        return spans
    return [piece for start, end in spans for piece in _cut_long(paragraph, start, end)]


def _raw_sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    size = len(paragraph)
    covered = -1
    for at in _mark_positions(paragraph):
        if at < covered:
            continue  # inside a run: "..."
        end = at + 1
        while end < size and paragraph[end] in SENTENCE_MARKS:
            end += 1
        covered = end
        while end < size and paragraph[end] in CLOSERS:
            end += 1
        after = end
        while after < size and paragraph[after].isspace():
            after += 1
        if after >= size:
            break
        head = paragraph[after]
        if head in OPENERS and after + 1 < size:
            head = paragraph[after + 1]
        if after > end:
            if not (head.isupper() or head.isdigit()):
                continue
        elif not (
            paragraph[max(0, at - 2) : at].isalpha()
            and paragraph[max(0, at - 2) : at].islower()
            and head.isupper()
            and paragraph[after + 1 : after + 2].islower()
        ):
            continue
        space = paragraph.rfind(" ", start, at)
        token = paragraph[max(space + 1, start, at - 20) : at].lstrip("(\"“‘'[").lower()
        # Abbreviations and initials keep the sentence going ("Jan.", "R.", "U.S."); a number
        # does not ("at 23.13. Economists ...").
        if token in _ABBREVIATIONS or len(token) == 1:
            continue
        if "." in token and not token.replace(".", "").replace(",", "").isdigit():
            continue
        spans.append((start, after))
        start = after
    if start < size:
        spans.append((start, size))
    return spans


# Quote marks are blanked (one space each, so offsets still line up with the original) before
# the rules run: 'killed a “large number of terrorists”' reads as a count; an apostrophe
# inside a word ("Iraq’s") stays.
CLOSING_QUOTES = frozenset("”\"’'»")

# Tokens are the text's space-separated pieces without the punctuation at their edges: "1,400",
# "1.5", "28-year-old", "al-Midan", "Iraq’s", "drive-by", "U.S" (its last stop stripped).
# str.split and str.strip do this in C, several times faster than a token pattern.
SPACE_BUT_BLANK = regex.compile(r"[^\S ]")  # a tab, a newline, a no-break space…
EDGE_PUNCTUATION = "\"'“”‘’`()[]{}<>,.;:!?…–—-/*|#"


def _token_spans(text: str) -> tuple[list[str], list[int], list[int] | None]:
    """The tokens of a text, the offset of each, and which had punctuation at their edges.

    The last is the indexes of the tokens whose piece lost punctuation to ``strip``, or
    ``None`` for a text whose pieces are not all parted by single spaces. A token is a
    space-separated piece without the punctuation at its edges. ``map`` over ``str.split`` and
    ``str.strip`` does the work in C, token by token; Python touches only the few pieces that
    had punctuation stripped.
    """
    pieces = text.split()
    cores = list(map(str.strip, pieces, itertools.repeat(EDGE_PUNCTUATION)))
    # A core starts after the piece's leading punctuation: where ``find`` first sees it, as it
    # opens on a character that is not edge punctuation. (``strip`` hands back the piece
    # itself when it strips nothing: only the others are looked at.)
    stripped: list[int] | None = list(
        itertools.compress(itertools.count(), map(operator.is_not, cores, pieces))
    )
    if "  " not in text and (text.isprintable() or SPACE_BUT_BLANK.search(text) is None):
        # With single spaces only, each piece starts one past the end of the last. (A
        # printable text has no whitespace but the space: no tab, newline or no-break space.)
        lead = len(text) - len(text.lstrip())
        offsets: list[int] = list(
            itertools.accumulate(
                map(operator.add, map(len, pieces), itertools.repeat(1)), initial=lead
            )
        )
        offsets.pop()
    else:
        offsets = []
        position = 0
        for piece in pieces:
            position = text.find(piece, position)
            offsets.append(position)
            position += len(piece)
        stripped = None
    for index in stripped if stripped is not None else range(len(pieces)):
        offsets[index] += pieces[index].find(cores[index])
    if "" in cores:
        kept = list(map(bool, cores))
        return list(itertools.compress(cores, kept)), list(itertools.compress(offsets, kept)), None
    return cores, offsets, stripped


@attrs.define
class _Sentence:
    """One sentence, its quote-blanked copy, and its tokens (lower-cased) with offsets."""

    paragraph: int
    start: int
    text: str
    words: list[str]
    raw: list[str]
    starts: list[int]
    ends: list[int]
    breaks: frozenset[int]  # tokens with a clause mark (";", " - ", "(") before them
    marks: frozenset[int]  # tokens with punctuation that ends a phrase (also "," and ".")
    _positions: dict[int, list[int]]  # the tokens with each role (ROLE_* bit)
    # Count phrases by first token (last token, count), and first token by last token; read
    # on first use, as most sentences a trigger word lets through hold no incident.
    _counts: dict[int, tuple[int, Count]] | None = None
    _count_ends: dict[int, int] = attrs.Factory(dict)
    _inside: frozenset[int] | None = None
    _blanked: str | None = None

    @classmethod
    def read(cls, paragraph: int, start: int, text: str) -> _Sentence:
        # Tokens come from the text as it is: quotes at a token's edges are stripped with the
        # other punctuation. Only the patterns tried at a token read the blanked copy.
        raw, starts, stripped = _token_spans(text)
        ends = list(map(operator.add, starts, map(len, raw)))
        if text.isascii():
            # Lower-casing ASCII needs no context: one join, lower and split do all tokens.
            words = " ".join(raw).lower().split(" ") if raw else []
        else:
            lowered = text.lower()
            if len(lowered) == len(text):
                words = list(map(lowered.__getitem__, map(slice, starts, ends)))
            else:  # "İ" lowers to two characters; lower each token instead
                words = list(map(str.lower, raw))
        # Between most tokens stands one space; only a wider gap can hold punctuation (the
        # first token's gap is whatever precedes it). Where the pieces were parted by single
        # spaces, only a token whose piece or whose predecessor's piece lost punctuation at
        # its edges can have one.
        breaks: set[int] = set()
        marks: set[int] = set()
        if stripped is None:
            wide = [
                index
                for index, (end, first) in enumerate(zip(ends, starts[1:], strict=False), 1)
                if first - end > 1
            ]
        else:
            size = len(starts)
            wide = [
                index
                for index in {*stripped, *[index + 1 for index in stripped]}
                if 0 < index < size and starts[index] - ends[index - 1] > 1
            ]
        if starts and starts[0]:
            wide.append(0)
        for index in wide:
            gap = text[ends[index - 1] if index else 0 : starts[index]]
            broken, marked = _gap_flags(gap)
            if broken:
                breaks.add(index)
            if marked:
                marks.add(index)
        # What each token may start, from one dict lookup: the only places a reader looks.
        positions: dict[int, list[int]] = collections.defaultdict(list)
        # (Which tokens hold a role word or open with a digit is found by ``map`` in C.)
        found = map(
            operator.or_,
            map(ROLES.__contains__, words),
            map(_DIGITS.__contains__, map(operator.itemgetter(0), words)),
        )
        for index in itertools.compress(itertools.count(), found):
            word = words[index]
            if word[0] in _DIGITS:
                bits = _BITS[ROLES.get(word, 0) | ROLE_COUNT | ROLE_DATE]
            else:
                bits = ROLE_BITS[word]
            for bit in bits:
                positions[bit].append(index)
        return cls(
            paragraph,
            start,
            text,
            words,
            raw,
            starts,
            ends,
            frozenset(breaks),
            frozenset(marks),
            positions,
        )

    @property
    def blanked(self) -> str:
        """The text with quote marks blanked, for the patterns tried at a token."""
        if self._blanked is None:
            self._blanked = _blank_quotes(self.text)
        return self._blanked

    def at(self, role: int) -> list[int]:
        """The indexes of the tokens with a role: the only places a reader looks."""
        return self._positions.get(role, [])

    @property
    def counts(self) -> dict[int, tuple[int, Count]]:
        if self._counts is None:
            self._counts = {}
            self._find_counts()
        return self._counts

    @property
    def count_ends(self) -> dict[int, int]:
        if self._counts is None:
            self._counts = {}
            self._find_counts()
        return self._count_ends

    def count_spans(self) -> frozenset[int]:
        """The indexes of tokens inside a count of several words ("one hundred and one")."""
        if self._inside is None:
            self._inside = frozenset(
                k
                for first, (last, _count) in self.counts.items()
                if last > first
                for k in range(first, last + 1)
            )
        return self._inside

    def _find_counts(self) -> None:
        assert self._counts is not None
        counts, count_ends = self._counts, self._count_ends
        covered = -1
        words = self.words
        for index in self.at(ROLE_COUNT)[:MOST_PER_SENTENCE]:
            word = words[index]
            if index <= covered:
                continue
            nxt = words[index + 1] if index + 1 < len(words) else ""
            plain = word in _SINGLE_NUMBERS or (
                word[0] in _DIGITS and PLAIN_NUMBER.fullmatch(word) is not None
            )
            if (
                plain
                and nxt not in _RANGE_OR_SCALE
                and nxt not in NUMBER_WORD_SET
                and (self.gap(index + 1) == " " if index + 1 < len(words) else True)
            ):
                # Most counts are a plain number: "17", "1,400", "six". Build them without the
                # pattern (and share the record: counts are immutable).
                counts[index] = (index, _exact_count(self.raw[index]))
                count_ends[index] = index
                continue
            needs = COUNT_NEXT.get(word)
            if needs is not None:
                nxt = words[index + 1] if index + 1 < len(words) else ""
                if nxt not in needs and not (nxt[:1].isdigit() and "" in needs):
                    continue
            match = None
            for part in _COUNT_PARTS_FOR.get(word, _DIGIT_PARTS):
                match = part.match(self.blanked, self.starts[index])
                if match is not None:
                    break
            found = count_from_match(match) if match is not None else None
            if match is None or found is None:
                continue
            end = match.end("count")
            last = index
            while last + 1 < len(self.words) and self.ends[last + 1] <= end:
                last += 1
            text = self.text[match.start("count") : end].strip()
            if found.qualifier is CountQualifier.VAGUE:
                text = TRAILING_OF.sub("", text)  # "dozens of civilians": the count is "dozens"
            if text != found.text:
                found = attrs.evolve(found, text=text)  # the quotes the pattern did not see
            counts[index] = (last, found)
            count_ends[last] = index
            covered = last

    def gap(self, index: int) -> str:
        """The characters between token ``index - 1`` and token ``index``."""
        if index >= len(self.starts):
            return ""
        return self.text[self.ends[index - 1] if index else 0 : self.starts[index]]

    def span(self, first: int, last: int) -> str:
        return self.text[self.starts[first] : self.ends[last]]

    def marked(self, index: int) -> bool:
        """Whether punctuation that ends a phrase stands before token ``index``."""
        return index in self.marks

    def breaks_before(self, index: int) -> bool:
        """Whether a clause boundary separates token ``index`` from the one before."""
        return index in self.breaks


_DIGITS = frozenset("0123456789")


@functools.lru_cache(maxsize=256)
def _gap_flags(gap: str) -> tuple[bool, bool]:
    """Whether a gap between tokens breaks a clause, and whether it ends a phrase.

    A clause breaks at ";", " - " or "("; a phrase ends there and at "," and "." too.
    """
    breaks = any(mark in gap for mark in CLAUSE_MARKS)
    return breaks, breaks or any(mark in gap for mark in PHRASE_MARKS)


DOUBLE_QUOTES = str.maketrans(dict.fromkeys('“”"«»', " "))
SINGLE_QUOTE = regex.compile(r"[‘’'`]")
DOUBLE_QUOTE = regex.compile(r"[“”\"«»]")


def _blank_quotes(text: str) -> str:
    """Blank quote marks, one space each, so offsets still match.

    "killed a “large number of terrorists”" then reads as a count; an apostrophe inside a word
    ("Iraq’s") stays.

    ``str.translate`` and a scan for single quotes do what one pattern with lookbehinds would,
    at a small part of the cost.
    """
    blanked = text.translate(DOUBLE_QUOTES) if DOUBLE_QUOTE.search(text) else text
    if SINGLE_QUOTE.search(blanked) is None:
        return blanked
    return SINGLE_QUOTE.sub(_quote_or_apostrophe, blanked)


def _quote_or_apostrophe(mark: regex.Match[str]) -> str:
    text, at = mark.string, mark.start()
    inside = 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()
    return mark.group() if inside else " "


CLAUSE_MARKS = (";", ":", " - ", "–", "—", "(", ")", "[", "]")
PHRASE_MARKS = (*CLAUSE_MARKS, ",", ".", "!", "?")


def _token_words(phrases: Sequence[str]) -> set[str]:
    return {word for phrase in phrases for word in regex.split(r"[\s\-]++", phrase.lower())}


# --- Word lists as token sets -------------------------------------------------------------------

_STOP = frozenset(TRIGGER_STOPWORDS)
_ALL_EVENT_WORDS = sorted({word for words in EVENT_WORDS.values() for word in words})
_EVENT_KIND = {word: IncidentKind(kind) for kind, words in EVENT_WORDS.items() for word in words}
_CASUALTY_WORDS = frozenset(CASUALTY_WORDS)
# A sentence with none of these words holds no incident; the check is one C-level pass. Of a
# phrase only its telling word is here ("blew" of "blew up", "fire" of "opened fire"); words
# that business news uses more than war news does ("barrels", "Shell", "rounds", "drive") are
# left out and read only in a sentence some other word let through.
_SINGLE_WORDS = {
    phrase.lower()
    for phrase in (*_ALL_EVENT_WORDS, *MUNITION_NAMES)
    if " " not in phrase and "-" not in phrase
}
TRIGGER_WORDS = frozenset(
    word.encode()
    for word in (_SINGLE_WORDS | _CASUALTY_WORDS)
    - {"shell", "rounds", "bullets", "bullet", "shots", "barrels", "strikes", "round"}
) | {
    b"fire",
    b"custody",
    b"hostage",
    b"blew",
    b"laden",
    b"explosive",
    b"invasion",
    b"strikes",
    b"helicopters",
}
# Trigger words that also fill business pages; see _has_trigger.
WEAK_TRIGGERS = frozenset(word.encode() for word in WEAK_TRIGGER_WORDS)
SIGNAL_WORDS = frozenset(
    word.encode()
    for word in (
        *ACTOR_WORDS,
        *PERSON_NOUNS_PLURAL,
        *PERSON_NOUNS_SINGULAR,
        *UNIT_WORDS,
        *TENS_WORDS,
    )
    if word.isascii() and word.isalpha()
) | {b"no", b"nobody", b"dozens", b"several", b"scores"}
PERSONAL_PRONOUNS = frozenset({b"he", b"she", b"him", b"her"})
PERSONAL_TRIGGERS = frozenset(
    {b"shot", b"dead", b"died", b"death", b"killing", b"kill", b"hurt", b"harmed", b"injuries"}
)
DIGIT = regex.compile(r"[0-9]")
# Characters to their lower-case ASCII letter, every other character to a space. Encoded as
# ASCII with "?" for anything else, a text keeps one byte per character, so offsets in the
# letters are offsets in the text, and one translate call does the rest.
_ASCII_LETTERS = bytes(
    ord(chr(c).lower()) if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256)
)
# A paragraph holding more trigger words than this has its sentences tested one by one
# instead of by a search per trigger word: a dense flood of event words stays linear.
MOST_TRIGGER_SEARCHES = 8


def _letters(text: str) -> bytes:
    """The text's ASCII letters, lower-cased, one byte per character; the rest are spaces."""
    return text.encode("ascii", "replace").translate(_ASCII_LETTERS)


def _has_trigger(text: str, *, strict: bool = False) -> bool:
    """Whether a text may report an incident: one C-level pass over its words.

    With ``strict`` (for one sentence), a word that business news uses as much as war news
    ("attack", "hurt", "shot", "jets", "strikes", "fire") lets the sentence through only beside
    an actor, a person, a number or a second such word: "the scandal may hurt investor
    confidence" is skipped, "Pabon pulled out a gun and shot the teenager" is read.
    """
    words = _letters(text).split()
    if strict:
        return _strict_trigger(words, text)
    return not TRIGGER_WORDS.isdisjoint(words)


def _strict_trigger(words: list[bytes], text: str) -> bool:
    """The strict test of :func:`_has_trigger` on a sentence's words (from :func:`_letters`)."""
    found = TRIGGER_WORDS.intersection(words)
    if not found:
        return False
    if not found <= WEAK_TRIGGERS or len(found) > 1:
        return True
    if not SIGNAL_WORDS.isdisjoint(words) or DIGIT.search(text) is not None:
        return True
    # "he" and "she" make a person's fate worth reading ("he was shot", "she later died"),
    # not "she could not say whether … attacks".
    return found <= PERSONAL_TRIGGERS and not PERSONAL_PRONOUNS.isdisjoint(words)


def _trigger_sentences(
    letters: bytes, found: frozenset[bytes], spans: list[tuple[int, int]]
) -> set[int] | None:
    """The indexes of the sentences in which a trigger word of the paragraph occurs.

    The paragraph's words were split once to find its trigger words (``found``); each is then
    looked for with a C-level search of the paragraph's letters, one hit per sentence, so only
    the few sentences that hold one are split again for the strict test. ``None`` asks for
    every sentence to be tested: when a sentence was cut inside a word (a scrape with no space
    for 2,000 characters), the search and a split of the sentence could disagree; and a
    paragraph with many different trigger words would cost many searches.
    """
    if len(found) > MOST_TRIGGER_SEARCHES or any(
        letters[end - 1] != 32 and letters[end] != 32 for _start, end in spans[:-1]
    ):
        return None
    # With a space either side, a match is a whole word; a match at offset ``at`` of the padded
    # letters is a word starting at offset ``at`` of the paragraph.
    padded = b" " + letters + b" "
    starts = [start for start, _end in spans]
    hits: set[int] = set()
    for word in found:
        needle = b" " + word + b" "
        at = padded.find(needle)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            hits.add(index)
            # One hit per sentence is enough: go on from the start of the next.
            at = padded.find(needle, spans[index][1])
    return hits


def _phrase_index(phrases: Sequence[str]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases split into tokens, listed under their first token, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        tokens = tuple(phrase.lower().split())
        index.setdefault(tokens[0], []).append(tokens)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


def _phrase_at(
    words: list[str], index: int, phrases: dict[str, list[tuple[str, ...]]]
) -> tuple[str, ...] | None:
    for phrase in phrases.get(words[index], ()):
        if tuple(words[index : index + len(phrase)]) == phrase:
            return phrase
    return None


EVENT_PHRASES = _phrase_index(_ALL_EVENT_WORDS)
MUNITION_PHRASES = _phrase_index(list(MUNITION_NAMES))
_MUNITION_MAKES = frozenset(MUNITION_MAKES)
_PERSONS_ONE = frozenset(w.lower() for w in (*PERSON_NOUNS_PLURAL, *PERSON_NOUNS_SINGULAR))
_PERSONS_ONE |= {"other", "more", "others"}
_PERSON_SINGULAR = frozenset(w.lower() for w in PERSON_NOUNS_SINGULAR)
_ACTORS = frozenset(w.lower() for w in ACTOR_WORDS if " " not in w)
_ACTOR_PHRASES = tuple(w.lower() for w in ACTOR_WORDS if " " in w)
_ADVERBS = frozenset(CASUALTY_ADVERBS)
_REPORTING = frozenset(w for w in REPORTING_VERBS if " " not in w)
_PERPETRATOR_PHRASES = _phrase_index(list(PERPETRATOR_VERBS))

# First words of count phrases; a count is tried only where one of these starts a token.
COUNT_STARTS_BASE = frozenset(
    word
    for phrase in (*NUMBER_WORDS, *QUALIFIERS, *VAGUE_COUNTS, *COUPLE_WORDS)
    for word in phrase.lower().split()[:1]
) | {"between", "from", "no", "none", "nobody", "zero", "half"}

# Which alternatives of the count pattern each first word can open: one pattern of a few
# phrases is tried instead of all of them.
_PART_FIRST_WORDS = {
    "range": {"between", "from", "a", "one", "half", *NUMBER_WORDS},
    "qualified": {
        "a",
        "one",
        "half",
        *NUMBER_WORDS,
        *(phrase.split()[0] for phrase in (*QUALIFIERS, *COUPLE_WORDS)),
    },
    "vague": {phrase.split()[0] for phrase in VAGUE_COUNTS},
    "none": {"no", "nobody", "none", "zero"},
}
_COUNT_PARTS_FOR: dict[str, tuple[regex.Pattern[str], ...]] = {}
for _name, _firsts in _PART_FIRST_WORDS.items():
    for _first in _firsts:
        _COUNT_PARTS_FOR[_first] = (*_COUNT_PARTS_FOR.get(_first, ()), COUNT_PART_PATTERNS[_name])
_DIGIT_PARTS = (COUNT_PART_PATTERNS["range"], COUNT_PART_PATTERNS["qualified"])

# Number words that make a count on their own: "six", "twenty-one".
_SINGLE_NUMBERS = frozenset(
    [
        *(word for word in NUMBER_WORDS if word in UNIT_WORDS or word in TENS_WORDS),
        *(f"{tens}-{unit}" for tens in TENS_WORDS for unit in list(UNIT_WORDS)[1:10]),
    ]
)
COUNT_STARTS = COUNT_STARTS_BASE | _SINGLE_NUMBERS


@functools.lru_cache(maxsize=1024)
def _exact_count(text: str) -> Count:
    value = parse_number(text)
    assert value is not None
    return Count(low=value, high=value, qualifier=CountQualifier.EXACT, text=text)


TRAILING_OF = regex.compile(r"\s++of$", regex.IGNORECASE)
PLAIN_NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})++|\d{1,9}")
_RANGE_OR_SCALE = frozenset(RANGE_OR_SCALE)
# Common words that start a count only before certain words ("in excess of", "at least",
# "about 20"); "" stands for any number in digits. Skipping the rest spares a pattern match.
_NUMERALS = frozenset({*NUMBER_WORDS, "", "a", "half"})
COUNT_NEXT: dict[str, frozenset[str]] = {
    "in": frozenset({"excess"}),
    "at": frozenset({"least", "most", "the"}),
    "as": frozenset({"many"}),
    "up": frozenset({"to"}),
    "no": frozenset(
        {"one", *(w.lower() for w in PERSON_NOUNS_PLURAL), "other", "more", "less", "fewer"}
    ),
    "not": frozenset({"more", "less"}),
    "all": _NUMERALS | {"of"},
    "well": frozenset({"over"}),
    "just": frozenset({"over", "under"}),
    "close": frozenset({"to"}),
    "more": frozenset({"than"}),
    "fewer": frozenset({"than"}),
    "less": frozenset({"than"}),
    "from": _NUMERALS,
    "between": _NUMERALS,
    "a": frozenset(
        [
            "dozen",
            "few",
            "handful",
            "hundred",
            "thousand",
            "million",
            "couple",
            "pair",
            "number",
            "large",
            "great",
            "significant",
            "small",
            "minimum",
            "maximum",
            "total",
        ]
    ),
    "an": frozenset({"estimated", "unspecified", "unknown", "undetermined"}),
    **dict.fromkeys(
        [
            "over",
            "about",
            "around",
            "some",
            "under",
            "below",
            "above",
            "nearly",
            "almost",
            "approximately",
            "roughly",
            "estimated",
            "circa",
        ],
        _NUMERALS,
    ),
}

# Words that may stand between a count and its verb: "no one else was injured", "20 others
# wounded", "six more were killed".
_SUBJECT_FILLERS = frozenset(CASUALTY_ADVERBS) | {"else", "more", "others", "other", "people"}

_AUX = frozenset(AUXILIARIES)
# Words that open the object of a verb: "fighting the Islamic State", "battling rebels".
_VERB_OBJECT_STARTS = frozenset(VERB_OBJECT_STARTS)
_AUX_SINGULAR = frozenset({"was", "is"})
_NEGATIONS = frozenset(NEGATIONS)
_KILLED = frozenset(KILLED_VERBS)
_WOUNDED = frozenset(WOUNDED_VERBS)
_ACTIVE_KILLED = frozenset(KILLING_VERBS)
_ACTIVE_WOUNDED = frozenset(WOUNDING_VERBS)
_TO_DEATH = frozenset(TO_DEATH_VERBS)
_NOT_A_HIT = frozenset(NOT_A_HIT)
_CLAUSE_WORDS = frozenset(CLAUSE_WORDS)
_SUBSET_BEFORE = frozenset(SUBSET_WORDS)
_TIME_UNITS = frozenset(UNITS_AFTER_COUNTS)
_NP_END = frozenset(PHRASE_END_WORDS)
_PERIOD_WORDS = frozenset(PERIOD_WORDS)
_DEAD_NOUNS = frozenset(DEAD_NOUNS)
_TOLL_LINKS = frozenset(TOLL_LINKS)
_FATAL = frozenset(FATAL_WORDS)
_FATAL_EVENTS = frozenset(FATAL_EVENTS)
_NO_WORDS = frozenset(NO_WORDS)
_NO_FILLERS = frozenset(NO_FILLERS)
_NO_TARGETS = {
    "casualties": "both",
    "casualty": "both",
    "victims": "both",
    "injuries": "wounded",
    "injured": "wounded",
    "deaths": "killed",
    "fatalities": "killed",
    "dead": "killed",
}
_UNHURT = {"unharmed": "both", "unhurt": "both", "uninjured": "wounded"}
_HYPOTHETICAL = frozenset(HYPOTHETICAL_WORDS)
_BACKGROUND_CUES = frozenset(BACKGROUND_CUES)
_SUBJECT_STOPS = frozenset(SUBJECT_STOPS)
_PRONOUNS = frozenset(PRONOUNS)
_SUBJECT_PRONOUNS = _PRONOUNS - {"its"}
_AGENT_STOPS = frozenset(AGENT_STOPS)
_TARGET_STOPS = frozenset(TARGET_STOPS)
_DETERMINERS = frozenset(DETERMINERS)
_FIRE_VERBS = frozenset(FIRE_VERBS)
_ATTACK_NOUNS = frozenset(ATTACK_NOUNS)
_TARGET_VERBS = frozenset(TARGET_VERBS)
_PLACE_PREPOSITIONS = frozenset(PLACE_PREPOSITIONS)
_COUNTRIES = frozenset(name.lower() for name in COUNTRY_NAMES)
ARTICLE_PREFIXES = frozenset({"al-", "el-", "ad-", "ar-", "as-", "an-", "az-"})
_PLACE_NOUN_WORDS = frozenset(PLACE_NOUNS)

# --- Token roles ---------------------------------------------------------------------------------
# Each reader looks only at the tokens that can start what it reads; one dict lookup per token
# finds them all, so a sentence costs one pass plus the work at its few candidate tokens.
ROLE_COUNT = 1
ROLE_VERB = 2
ROLE_EVENT = 4
ROLE_MUNITION = 8
ROLE_PERPETRATOR = 16
ROLE_TARGET = 32
ROLE_NOMINAL = 64
ROLE_PLACE = 128
ROLE_DATE = 256
ROLE_BACKGROUND = 512
ROLE_DEAD_NOUN = 1024
ROLE_BEHIND = 2048

_VERB_WORDS = (
    _KILLED
    | _WOUNDED
    | _ACTIVE_KILLED
    | _ACTIVE_WOUNDED
    | _TO_DEATH
    | {"shot", "gunned", "lost", "claimed", "claiming", "claims", "claim", "cost", "costing"}
)
_ROLE_WORDS: dict[int, frozenset[str]] = {
    ROLE_COUNT: COUNT_STARTS,
    ROLE_VERB: frozenset(_VERB_WORDS),
    ROLE_EVENT: frozenset(EVENT_PHRASES),
    ROLE_MUNITION: frozenset(MUNITION_PHRASES),
    ROLE_PERPETRATOR: frozenset(_PERPETRATOR_PHRASES),
    ROLE_TARGET: _FIRE_VERBS | _ATTACK_NOUNS | _TARGET_VERBS,
    ROLE_NOMINAL: _FATAL | _NO_WORDS | frozenset({"toll", "number", "death", "deaths", *_UNHURT}),
    ROLE_PLACE: _PLACE_PREPOSITIONS | _PLACE_NOUN_WORDS,
    ROLE_DATE: DATE_ANCHORS,
    ROLE_BACKGROUND: _BACKGROUND_CUES,
    ROLE_DEAD_NOUN: _DEAD_NOUNS,
    ROLE_BEHIND: frozenset({"behind"}),
}
ROLES: dict[str, int] = {}
for _role, _words in _ROLE_WORDS.items():
    for _word in _words:
        ROLES[_word] = ROLES.get(_word, 0) | _role
_BITS = {mask: tuple(bit for bit in _ROLE_WORDS if mask & bit) for mask in range(1, 4096)}
ROLE_BITS = {word: _BITS[mask] for word, mask in ROLES.items()}


# --- Patterns tried only at candidate tokens ------------------------------------------------

# Background: aggregates and habits, not one event. "since the conflict began", "in the past
# two weeks", "has continued to launch insurgency attacks, ambushes, and kidnappings" (the
# seed story), "a wave of attacks", "so far this year". Searched only in sentences holding one
# of _BACKGROUND_CUES.
BACKGROUND = regex.compile(
    r"""
    (?:
        since | so\s++far | to\s++date | this\s++year | a\s++year | per\s++year | each\s++year
      | in\s++(?:the\s++)?(?:past|last|previous|first)\s++(?:[\p{L}\d]++\s++){0,2}?
            (?:days?|weeks?|months?|years?|decades?)
      | over\s++the\s++(?:past|last)
      | every\s++(?:day|week|month|year) | each\s++day | daily | annually
      | record | has\s++continued | have\s++continued | continues?\s++to | continued\s++to
      | on\s++multiple\s++occasions | repeatedly | regularly | frequently | routinely | often
      | a\s++(?:wave|spate|series)\s++of
      | stepped\s++up | civil\s++war | (?:the|its|this|a|Syrias|Syria’s|Syria's)\s++
            (?:[\p{L}\d\-]++\s++)?(?-i:war|conflict|crisis|uprising|revolution)(?![\p{L}])
      | war\s++that | conflict\s++(?:that|which)
      | (?:it|which|that)\s++ha(?:s|ve)\s++(?:cost|claimed|killed|taken)
      | (?:began|begun|started)\s++(?:[\p{L}\-]++\s++){0,2}?(?:air\s++strikes|airstrikes
            |strikes|raids|attacks|operations|campaign|shelling|bombing|offensive)
    )
    (?![\p{L}])
    """,
    _FLAGS,
)
SCENE_CHANGE = regex.compile(
    r"\W*+(?:meanwhile|elsewhere|separately|in\s++other\s++news|also\s++in|earlier|later"
    r"|in\s++\p{Lu}|on\s++the\s++other|another)\b",
    regex.IGNORECASE,
)
LIST_ITEM = regex.compile(r"\s*+\d{1,3}\.\s")

# Places: "the disputed town of Makhmour", "at the Qayyarah military base", "in the 800 block
# of South Fork Drive", "in al-Midan", "on Stardust Lane". Tried at a preposition or a few
# tokens before a place noun.
_CAPS = r"""
    (?:(?:\p{Lu}\.){2,4}+|\p{Lu}[\p{L}’'\-]*+|(?:al|el|ad|ar|as|ash|az|an)-\p{L}[\p{L}’'\-]*+)
    (?:\s++(?:(?:al|el|ad|ar|as|ash|az|an|bin|ibn|de|del|la|of|the)[\s\-]++)?+
        (?!(?:January|February|March|April|May|June|July|August|September|October|November
            |December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)
        (?:\p{Lu}[\p{L}’'\-]*+|(?:al|el)-\p{L}[\p{L}’'\-]*+|\d{1,4}(?:st|nd|rd|th)\b)){0,4}+
"""
_PLACE_NOUNS = (
    r"(?:town|city|village|district|province|governorate|neighbou?rhood|area|region|suburbs?"
    r"|countryside|outskirts|camp|base|county|state|capital|township|municipality|valley"
    r"|mountains|port|island)"
)
_PLACE_SUFFIX = (
    r"(?:military\s++base|air\s++base|airbase|base|airport|camp|district|province"
    r"|neighbou?rhood|area|region|town|city|village|county|township|governorate|countryside"
    r"|mountains|prison|market|mosque|checkpoint|square|street|streets|road|avenue|drive"
    r"|boulevard|highway|station|compound|hotel|embassy|field|oilfield|refinery|pipeline)"
)
_NOT_PLACES = list(NOT_PLACES)
LOCATION = regex.compile(
    rf"""
    (?P<descriptor>
        (?:the\s++)?+(?:(?!(?:in|at|on|near|of|from|to|by|with|and)\s)[\p{{Ll}}\-]++\s++){{0,2}}?
        {_PLACE_NOUNS}\s++of\s++
        (?!(?-i:\L<notplaces>)(?:s|’s|'s)?+\b)(?-i:{_CAPS})
    )
  | (?:in|at|near|outside(?:\s++of)?+|inside)\s++
    (?P<place>
        (?:the\s++)?+(?:\d[\d,]*+\s++block\s++of\s++)?+
        (?!(?-i:\L<notplaces>)(?:s|’s|'s)?+\b)(?-i:{_CAPS})
        (?:\s++{_PLACE_SUFFIX}(?![\p{{L}}]))?+
    )
  | on\s++(?P<street>(?-i:(?:\p{{Lu}}[\p{{L}}’'\-]*+\s++){{1,3}}?(?:Street|Road|Lane|Avenue
        |Drive|Boulevard|Highway|Way|Court|Place|Square|Terrace|Parkway|Circle))(?![\p{{L}}]))
    """,
    regex.VERBOSE | regex.IGNORECASE,
    notplaces=_NOT_PLACES,
)
# What opens a subject phrase without naming the actor: "On Friday, …", "According to
# police, …"; matched at its start only.
SUBJECT_OPENING = regex.compile(
    r"""
    [\s,]*+(?:(?:on|early|late|earlier|later|last)\s++(?:on\s++)?+(?:\p{Lu}\p{L}++)?+
        (?:\s++(?:morning|afternoon|evening|night))?+\s*+,?+\s*+)?+
        (?:according\s++to\s++[^,]{1,60}+,\s*+)?+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Words that close a subject phrase without naming the actor: "… had", "… apparently".
SUBJECT_CLOSERS = frozenset(SUBJECT_CLOSING_WORDS)

_KIND_PRIORITY = [
    IncidentKind.SUICIDE_BOMBING,
    IncidentKind.DRONE_STRIKE,
    IncidentKind.AIRSTRIKE,
    IncidentKind.ROCKET_ATTACK,
    IncidentKind.SHELLING,
    IncidentKind.BOMBING,
    IncidentKind.AMBUSH,
    IncidentKind.ASSASSINATION,
    IncidentKind.KIDNAPPING,
    IncidentKind.SHOOTING,
    IncidentKind.ARMED_CLASH,
    IncidentKind.RAID,
    IncidentKind.ARREST,
    IncidentKind.OTHER,
]
_RANK = {kind: index for index, kind in enumerate(_KIND_PRIORITY)}
# Kinds one event may be reported under in different sentences.
_FAMILY = {
    IncidentKind.AIRSTRIKE: "air",
    IncidentKind.DRONE_STRIKE: "air",
    IncidentKind.ROCKET_ATTACK: "fire",
    IncidentKind.SHELLING: "fire",
    IncidentKind.BOMBING: "bomb",
    IncidentKind.SUICIDE_BOMBING: "bomb",
    IncidentKind.SHOOTING: "gun",
    IncidentKind.ASSASSINATION: "gun",
    IncidentKind.AMBUSH: "gun",
    IncidentKind.ARMED_CLASH: "gun",
    IncidentKind.KIDNAPPING: "kidnap",
}
# Kinds that fit any event: "attack", and raids and arrests, which end many shootings.
_ANY_FAMILY = frozenset({IncidentKind.OTHER, IncidentKind.RAID, IncidentKind.ARREST})
# Kinds whose words are also everyday English ("attack the plan", "arrested development",
# "a legal battle", "a raid on the fridge"): they start an incident only beside an actor, a
# toll or a weapon.
_WEAK_KINDS = frozenset(
    {IncidentKind.OTHER, IncidentKind.ARMED_CLASH, IncidentKind.ARREST, IncidentKind.RAID}
)
_EVENT_VERBS = frozenset(EVENT_VERBS)


# --- Sentences that cannot report an event ------------------------------------------------------
# A sentence reports an event only with a toll, a weapon, or an event word: one that names a
# kind other than the weak ones, or a weak one beside an actor (see _read_sentence). The words
# that can start each are tested in the sentence's letters (see _letters) before the sentence
# is cut into tokens: a business sentence a trigger word let through ("shares shot up", "the
# scandal may hurt") is thus set aside at the cost of a few set lookups. A token holds the
# letters of its word, so a word with a hyphen or an apostrophe is looked for by its longest
# run of letters ("drive" of "drive-by"): the test may let a sentence through, never turn one
# away that a full reading would count.


def _letter_keys(words: frozenset[str] | set[str]) -> frozenset[bytes]:
    return frozenset(max(_letters(word).split(), key=len) for word in words)


_CASUALTY_VERBS = _KILLED | _WOUNDED | _ACTIVE_KILLED | _ACTIVE_WOUNDED | {"shot"}
_STRONG_EVENT_STARTS = {
    phrase.split()[0] for phrase, kind in _EVENT_KIND.items() if kind not in _WEAK_KINDS
}
# Words that may start a toll or a counted weapon, or name a kind that needs no actor.
MAY_TELL = _letter_keys(
    _CASUALTY_VERBS
    | _TO_DEATH
    | _FATAL
    | _DEAD_NOUNS
    | {"toll", "death", "deaths"}
    | set(MUNITION_PHRASES)
    | _STRONG_EVENT_STARTS
)
# Words that start a toll only beside another word: "lost their lives", "gunned down",
# "stabbed to death", "the number of dead".
MAY_TELL_WITH = _letter_keys((_VERB_WORDS - _CASUALTY_VERBS) | {"number"})
TELLING_PARTNERS = _letter_keys(
    {"death", "down", "lives", "life", "dead", "deaths", "fatalities", "victims"}
    | {"killed", "injured", "wounded", "injuries"}
)
EVENT_STARTS = _letter_keys(set(EVENT_PHRASES))
ACTOR_LETTERS = _letter_keys(_ACTORS)
# The one character that lower-cases to an ASCII letter but is no ASCII letter itself.
KELVIN = "\u212a"


def _reports_nothing(words: list[bytes], text: str) -> bool:
    """Whether a sentence (its words from :func:`_letters`) surely reports no event.

    Such a sentence has no toll, no weapon, and at most a weak event word without an actor:
    :func:`_read_sentence` would find no event in it and read no day.
    """
    if KELVIN in text or not MAY_TELL.isdisjoint(words):
        return False
    if not MAY_TELL_WITH.isdisjoint(words) and not TELLING_PARTNERS.isdisjoint(words):
        return False
    return EVENT_STARTS.isdisjoint(words) or ACTOR_LETTERS.isdisjoint(words)


# --- Reading one sentence -------------------------------------------------------------------


@attrs.define
class _Statement:
    slot: str  # "killed", "wounded", "shot" (hit by gunfire, fate not stated) or "both"
    count: Count
    start: int  # token index, to read one phrase once
    noun: str | None = None


@attrs.define
class _Facts:
    sentence: _Sentence
    kind: IncidentKind | None = None
    killed: Count | None = None
    wounded: Count | None = None
    shot: Count | None = None
    zero_killed: Count | None = None
    zero_wounded: Count | None = None
    munitions: list[Munition] = attrs.Factory(list)
    counted_munitions: bool = False
    dates: list[tuple[EventDate, bool]] = attrs.Factory(list)  # (date, weak)
    location: str | None = None
    perpetrators: list[str] = attrs.Factory(list)
    targets: list[str] = attrs.Factory(list)
    actor: bool = False
    period: bool = False  # the sentence speaks of a period ("since April 21")
    dates_read: bool = False  # _read_dates has run (it runs at most once)
    # Every event word refers back ("after the bombing", "this attack"): such a sentence adds to
    # the incident in hand but starts none of its own.
    definite: bool = True

    @property
    def paragraph(self) -> int:
        return self.sentence.paragraph

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def casualties(self) -> bool:
        return any(
            count is not None and (count.low is None or count.low > 0 or count.high is None)
            for count in (self.killed, self.wounded, self.shot)
        )

    def best_date(self) -> tuple[EventDate, bool] | None:
        dated = [(found, weak) for found, weak in self.dates if found.date is not None]
        if not dated:
            return None
        strong = [(found, weak) for found, weak in dated if not weak] or dated
        # Of two days in one sentence the earlier is the event: "was charged with murder this
        # morning after his neighbor died from wounds sustained in a Tuesday night shooting".
        return min(strong, key=lambda pair: (pair[0].date or dt.date.max, pair[0].start))


def _value(count: Count) -> int:
    if count.low is not None:
        return count.low
    return count.high if count.high is not None else -1


_SPECIFICITY = {
    CountQualifier.EXACT: 4,
    CountQualifier.APPROXIMATE: 3,
    CountQualifier.AT_LEAST: 2,
    CountQualifier.AT_MOST: 1,
    CountQualifier.VAGUE: 0,
}


def _better(old: Count | None, new: Count | None) -> Count | None:
    """The count to keep when two sentences state one toll.

    A number beats a vague word; the larger number beats the smaller (tolls rise, and
    "Fifteen of the dead" is part of "At least 19 civilians").
    """
    if old is None:
        return new
    if new is None:
        return old
    old_vague = old.qualifier is CountQualifier.VAGUE
    new_vague = new.qualifier is CountQualifier.VAGUE
    if old_vague != new_vague:
        return old if new_vague else new
    old_key = (_value(old), _SPECIFICITY[old.qualifier])
    new_key = (_value(new), _SPECIFICITY[new.qualifier])
    return new if new_key > old_key else old


def _one_count(counts: list[Count]) -> Count:
    """The count to report when one sentence gives several for one slot.

    The parts are not added up: "11 Syrian opposition fighters and five Kurdish fighters were
    killed" states no 16, and a count never holds a number the text does not give. The best
    single count is kept (see :func:`_better`); a story that sums its parts states the sum.
    """
    best: Count | None = None
    for count in counts:
        best = _better(best, count)
    assert best is not None
    return best


def _person_after(s: _Sentence, last: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase naming people right after a count ending at token ``last``.

    "17 Islamist fighters", "Two of three armed robbers": its first and last token.
    """
    words = s.words
    k = last + 1
    if k < limit and words[k] == "of":
        k += 1
        if k < limit and words[k] in ("the", "those", "these"):
            k += 1
        if k < limit and (words[k][0].isdigit() or words[k] in NUMBER_WORD_SET):
            k += 1
    first = k
    for m in range(k, min(k + 4, limit)):
        if m > last + 1 and s.marked(m):
            return None
        if words[m] in _PERSONS_ONE or (m > first and f"{words[m - 1]} {words[m]}" in _PERSONS_ONE):
            return first, m
    return None


def _is_subset(s: _Sentence, first: int, last: int, limit: int) -> bool:
    words = s.words
    before = words[max(0, first - 3) : first]
    if any(word in _SUBSET_BEFORE for word in before) or "such as" in " ".join(before):
        return True
    if first >= 2 and words[first - 2] == "of" and words[first - 1] in ("whom", "them"):
        return True
    after = words[last + 1 : min(limit, last + 4)]
    if after[:1] == ["of"] and after[1:2] and after[1] in ("those", "them", "whom"):
        return True
    if (
        after[:2] == ["of", "the"]
        and after[2:3]
        and after[2]
        in (
            "dead",
            "victims",
            "wounded",
            "injured",
            "casualties",
            "killed",
        )
    ):
        return True
    tail = words[last + 1 : min(limit, last + 7)]
    return "among" in tail and any(word in ("were", "was", "are") for word in tail)


def _noun(s: _Sentence, span: tuple[int, int] | None) -> str | None:
    if span is None or span[0] > span[1]:
        return None
    return s.span(*span)


def _subject_count(s: _Sentence, region: int, end: int) -> tuple[Count, str | None] | bool | None:
    """The count in a subject phrase between tokens ``region`` and ``end`` (exclusive).

    ``True`` marks a subset to skip ("including five children"); ``None`` means no count.
    """
    for first in range(region, end):
        entry = s.counts.get(first)
        if entry is None:
            continue
        last, count = entry
        if last >= end:
            continue
        if last + 1 < len(s.words) and s.words[last + 1] in _TIME_UNITS:
            continue
        if first > 0 and s.words[first - 1] == "how":
            continue  # "It’s unclear how many victims are injured"
        person = _person_after(s, last, end)
        between = s.words[last + 1 : end]
        if person is None and (
            s.marked(last + 1) or not all(word in _SUBJECT_FILLERS for word in between)
        ):
            continue  # "Franklin Lopez-Guardado, 19, died": an age, not a count
        if _is_subset(s, first, last, end):
            return True
        return count, _noun(s, person)
    return None


def _singular_tail(s: _Sentence, region: int, end: int) -> int | None:
    """The first token of a phrase ending just before ``end`` that names one person.

    "A 28-year-old woman", "his neighbor", "he", "the other", "Franklin Lopez-Guardado, 19,".
    """
    if end <= region:
        return None
    words = s.words
    last = end - 1
    if words[last] in ("he", "she", "him", "her", "another"):
        return last
    if last > region and words[last - 1 : last + 1] == ["the", "other"]:
        return last - 1
    if words[last] in _PERSON_SINGULAR:
        for k in range(last - 1, max(region, last - 5) - 1, -1):
            if words[k] in ("a", "an", "one", "another", "the", "his", "her", "their", "its"):
                return k
            if s.marked(k + 1):
                break
    # A name, perhaps with an age: "Franklin Lopez-Guardado, 19,".
    name_end = last - 1 if words[last].isdigit() and len(words[last]) <= 3 else last
    capitals = 0
    k = name_end
    while k >= region and s.raw[k][:1].isupper() and capitals < 4:
        capitals += 1
        k -= 1
    if capitals >= 2 and (name_end == last or "," in s.gap(last)):
        return k + 1
    return None


def _singular_head(s: _Sentence, before: int) -> bool:
    """Whether the clause that ends before token ``before`` opens with one person.

    "She", "A man", "Tim Smith, 54,".
    """
    words = s.words
    start = before
    while start > 0 and words[start - 1] not in _SUBJECT_STOPS and not s.breaks_before(start):
        start -= 1
    if start >= before:
        return False
    head = words[start]
    if head in ("he", "she"):
        return True
    if head in ("a", "an", "one", "his", "her", "the"):
        return any(word in _PERSON_SINGULAR for word in words[start + 1 : min(start + 5, before)])
    run = start
    while run < before and run - start < 4 and s.raw[run][:1].isupper():
        run += 1
    if run == start or words[run - 1] in _ACTORS or words[run - 1] in _PERSONS_ONE:
        return False
    return run < before and not s.raw[run][:1].isupper()


def _verb_at(s: _Sentence, index: int) -> tuple[str, int, bool] | None:
    """The casualty verb starting at token ``index``.

    Its slot, its last token, and whether it can take an object ("killed 13 fighters").
    """
    words = s.words
    word = words[index]
    after = words[index + 1 : index + 4]
    if word == "shot":
        if after[:2] == ["and", "killed"]:
            return "killed", index + 2, True
        if after[:2] == ["and", "wounded"]:
            return "wounded", index + 2, True
        if after[:1] == ["dead"]:
            return "killed", index + 1, True
        if after[:2] == ["to", "death"]:
            return "killed", index + 2, False
        if after[:1] and after[0] in ("himself", "herself"):
            if after[1:3] == ["to", "death"]:
                return "killed", index + 3, False
            if after[1:2] == ["dead"]:
                return "killed", index + 2, False
            return None
        if after[:1] and after[0] in _NOT_A_HIT:
            return None
        return "shot", index, False
    if word in _TO_DEATH and after[:2] == ["to", "death"]:
        return "killed", index + 2, False
    if word == "gunned" and after[:1] == ["down"]:
        return "killed", index + 1, True
    if word == "lost" and after[:2] in (["their", "lives"], ["his", "life"], ["her", "life"]):
        return "killed", index + 2, False
    if word in ("claimed", "claiming", "claims", "claim", "cost", "costing") and after == [
        "the",
        "lives",
        "of",
    ]:
        return "killed", index + 3, True
    if word in _KILLED or word in _ACTIVE_KILLED:
        return "killed", index, word in _ACTIVE_KILLED
    if word in _WOUNDED or word in _ACTIVE_WOUNDED:
        return "wounded", index, word in _ACTIVE_WOUNDED
    return None


def _object(
    s: _Sentence, index: int, *, person_needed: bool = False, any_noun: bool = False
) -> tuple[Count, str | None] | None:
    """The count of people a verb acts on, starting at token ``index``.

    A bare number may end the phrase ("Car bomb kills six in Syria's Homs"); a vague word needs
    its noun: "the lives and deaths of many, many large American corporations" counts no one.
    """
    words = s.words
    if index >= len(words):
        return None
    entry = s.counts.get(index)
    if entry is not None:
        last, count = entry
        if last + 1 < len(words) and words[last + 1] in _TIME_UNITS:
            return None
        person = _person_after(s, last, len(words))
        if person is None and (person_needed or count.qualifier is CountQualifier.VAGUE):
            return None
        if person is None and last + 1 < len(words):
            nxt = words[last + 1]
            if nxt not in _NP_END and not s.marked(last + 1):
                return None
        if _is_subset(s, index, last, len(words)):
            return None
        return count, _noun(s, person)
    if words[index] in ("him", "her"):
        one = Count(low=1, high=1, qualifier=CountQualifier.EXACT, text=s.raw[index])
        return one, None
    if words[index] in ("a", "an"):
        for k in range(index + 1, min(index + 5, len(words))):
            if words[k] in _PERSON_SINGULAR:
                text = s.span(index, k)
                return Count(low=1, high=1, qualifier=CountQualifier.EXACT, text=text), text
        if any_noun:
            # "shot dead a shopkeeper": these verbs only ever take a person.
            end = _phrase_until(s, index, _TARGET_STOPS, 5)
            if end is not None and end > index:
                text = s.span(index, end)
                return Count(low=1, high=1, qualifier=CountQualifier.EXACT, text=text), text
    return None


@attrs.define
class _Verb:
    """A casualty verb found in a sentence, with what stands before it."""

    slot: str
    start: int  # first token of the verb
    last: int  # last token of the verb ("shot to death" spans three)
    aux: str | None  # "was", "were", "has" (for "has been"), …
    negated: bool
    subject_end: int  # where the subject phrase ends (exclusive)


def _verb_with_auxiliary(s: _Sentence, start: int, slot: str, last: int, floor: int) -> _Verb:
    """Walk back over adverbs, a negation and the auxiliary: "was not seriously injured"."""
    words = s.words
    k = start - 1
    negated = False
    adverbs = 0
    while k >= floor and adverbs < 4 and (words[k] in _ADVERBS or words[k] in _NEGATIONS):
        negated |= words[k] in _NEGATIONS
        adverbs += 1
        k -= 1
    aux = words[k] if k >= floor and words[k] in _AUX else None
    subject_end = k if aux is not None else k + 1
    if aux == "been" and k - 1 >= floor and words[k - 1] in ("has", "have", "had"):
        subject_end = k - 1
        aux = "has" if words[k - 1] == "has" else "have"
    return _Verb(slot, start, last, aux, negated, subject_end)


def _clause_start(s: _Sentence, floor: int, end: int) -> int:
    """The first token of the clause ``end`` is in: "Two people were injured and [one man]"."""
    region = floor
    inside = s.count_spans()
    for b in range(floor, end):
        if s.words[b] in _CLAUSE_WORDS and b not in inside:
            region = b + 1  # not the "and" of "one hundred and one"
        elif s.breaks_before(b):
            region = b
    return region


def _one_person(s: _Sentence, verb: _Verb, region: int) -> _Statement | None:
    """A statement about one victim: "A man was shot", "his neighbor died"."""
    words = s.words
    end = verb.subject_end
    word = words[verb.start]
    tail = _singular_tail(s, region, end)
    if end > region and words[end - 1] in _PRONOUNS - {"he", "she", "who"}:
        return None  # "it was hurt by a sales shortfall"
    if word in ("hurt", "harmed") and tail is None and not verb.negated:
        return None  # hurt profits, hurt the economy: only a person's hurt is counted
    himself = verb.last > verb.start and words[verb.start + 1] in ("himself", "herself")
    # The verb may share the subject of an earlier clause: "She was taken to the hospital …,
    # but never regained consciousness and later died."
    shared = region > 0 and region >= end and words[region - 1] in _CLAUSE_WORDS
    shared = shared and _singular_head(s, region - 1)
    if not (verb.aux in ("was", "is", "has") or tail is not None or himself or shared):
        return None
    text = s.span(tail if tail is not None else verb.start, verb.last)
    number = 0 if verb.negated else 1
    count = Count(low=number, high=number, qualifier=CountQualifier.EXACT, text=text)
    return _Statement(verb.slot, count, verb.start)


def _casualty_statements(s: _Sentence) -> list[_Statement]:
    """Read every casualty verb with its count: "six people were killed and 20 wounded"."""
    words = s.words
    statements: list[_Statement] = []
    floor = 0  # a subject cannot reach back past the previous verb
    for start in s.at(ROLE_VERB)[:MOST_PER_SENTENCE]:
        if start < floor:
            continue  # inside the previous verb: "shot and killed"
        found = _verb_at(s, start)
        if found is None:
            continue
        slot, last, takes_object = found
        if last + 1 < len(words) and words[last + 1] == "or":
            continue  # "in which a person was shot or killed" describes no one
        verb = _verb_with_auxiliary(s, start, slot, last, floor)
        region = _clause_start(s, floor, verb.subject_end)
        earlier, floor = floor, last + 1
        if takes_object and verb.aux is None:
            target = _object(s, last + 1, any_noun=last > start or words[start] == "gunned")
            if target is not None:
                statements.append(_Statement(slot, target[0], start, target[1]))
                continue
        if slot == "wounded" and words[start] in ("hurt", "harmed") and verb.negated:
            verb.slot = "both"  # no one was hurt: neither killed nor wounded
        subject = _subject_count(s, region, verb.subject_end)
        if subject is None and region > earlier and words[region - 1] == "and":
            # The "and" joined names, not clauses: "98 evacuees from the northern towns of Fuaa
            # and Kafraya were killed".
            wider = _clause_start(s, earlier, region - 1)
            if _subject_count(s, wider, verb.subject_end) is not None:
                region = wider
                subject = _subject_count(s, region, verb.subject_end)
        if subject is True:
            continue
        if region > 0 and words[region - 1] == "and" and isinstance(subject, tuple):
            # "11 Syrian opposition fighters and five Kurdish fighters were killed": the count
            # before "and" is a subject of the verb too.
            before = _subject_count(s, max(earlier, region - 9), region - 1)
            if isinstance(before, tuple):
                statements.append(_Statement(verb.slot, before[0], region - 1, before[1]))
        if isinstance(subject, tuple):
            count, noun = subject
            if count.low == 0 and count.high == 0 and words[start] in ("hurt", "harmed"):
                verb.slot = "both"
            statements.append(_Statement(verb.slot, count, start, noun))
            continue
        one = _one_person(s, verb, region)
        if one is not None:
            statements.append(one)
    return statements


def _nominal_statements(s: _Sentence) -> list[_Statement]:
    words = s.words
    statements: list[_Statement] = []
    for index in s.at(ROLE_NOMINAL)[:MOST_PER_SENTENCE]:
        word = words[index]
        slot: str | None = None
        if word == "toll":
            slot = "killed"
        elif word == "number" and words[index + 1 : index + 2] == ["of"] and index + 2 < len(words):
            noun = words[index + 2]
            if noun in ("dead", "deaths", "fatalities", "victims", "killed") or (
                noun in ("those", "people") and words[index + 3 : index + 4] == ["killed"]
            ):
                slot = "killed"
            elif noun in ("injured", "wounded", "injuries"):
                slot = "wounded"
        if slot is not None:
            for k in range(index + 1, min(index + 30, len(words) - 1)):
                if s.breaks_before(k) and ";" in s.gap(k):
                    break
                if words[k] in _TOLL_LINKS and (k + 1) in s.counts:
                    count = s.counts[k + 1][1]
                    statements.append(_Statement(slot, count, k + 1))
                    break
        elif word in ("death", "deaths") and words[index + 1 : index + 2] == ["of"]:
            target = _object(s, index + 2, person_needed=True)
            if target is not None:
                statements.append(_Statement("killed", target[0], index + 2, target[1]))
        elif word in _FATAL:
            k = index + 1
            if k < len(words) and words[k] == "drive-by":
                k += 1
            if k < len(words) and words[k] in _FATAL_EVENTS:
                some = Count(low=1, high=None, qualifier=CountQualifier.AT_LEAST, text=s.raw[index])
                statements.append(_Statement("killed", some, index))
        elif word in _NO_WORDS and index + 1 < len(words):
            k = index + 1
            while k < len(words) and k < index + 5 and words[k] in _NO_FILLERS:
                k += 1
            target_slot = _NO_TARGETS.get(words[k]) if k < len(words) else None
            if target_slot is None and words[k : k + 3] == ["loss", "of", "life"]:
                target_slot = "both"
            if target_slot is not None and (word != "not" or words[index + 1] == "any"):
                text = s.span(index, k)
                zero = Count(low=0, high=0, qualifier=CountQualifier.EXACT, text=text)
                statements.append(_Statement(target_slot, zero, index))
        elif word in _UNHURT:
            zero = Count(low=0, high=0, qualifier=CountQualifier.EXACT, text=s.raw[index])
            statements.append(_Statement(_UNHURT[word], zero, index))
    if not s.at(ROLE_DEAD_NOUN)[:MOST_PER_SENTENCE]:
        return statements
    for first, (last, count) in s.counts.items():
        for k in range(last + 1, min(last + 4, len(words))):
            if words[k] in _DEAD_NOUNS:
                statements.append(_Statement("killed", count, first))
                break
            if s.marked(k):
                break
    return statements


def _read_casualties(facts: _Facts) -> None:
    s = facts.sentence
    statements = _casualty_statements(s) + _nominal_statements(s)
    by_slot: dict[str, dict[int, Count]] = {"killed": {}, "wounded": {}, "shot": {}}
    for statement in statements:
        slots = ("killed", "wounded") if statement.slot == "both" else (statement.slot,)
        for slot in slots:
            count = statement.count
            if count.low == 0 and count.high == 0:
                if slot == "killed":
                    facts.zero_killed = facts.zero_killed or count
                elif slot == "wounded":
                    facts.zero_wounded = facts.zero_wounded or count
                continue
            # One phrase read by two rules ("killing at least 26" as verb and as toll) counts
            # once.
            by_slot[slot].setdefault(statement.start, count)
        noun = statement.noun
        if (
            noun
            and noun.split()[-1].lower() not in GENERIC_PEOPLE
            and noun.lower().split()[0] not in ("other", "more", "of", "others")
        ):
            facts.targets.append(noun)
    for slot, counts in by_slot.items():
        if counts:
            unique: list[Count] = []
            for count in counts.values():
                if all(count.text != seen.text for seen in unique):
                    unique.append(count)
            setattr(facts, slot, _one_count(unique))


def _hypothetical(s: _Sentence, index: int) -> bool:
    if index and s.words[index - 1] == "to":
        return True  # "to attack", "to shoot down"; not "responded to a home invasion"
    for k in range(index - 1, max(-1, index - 4), -1):
        if s.breaks_before(k + 1):
            return False
        if s.words[k] in _HYPOTHETICAL and s.words[k] != "to":
            return True
    return False


def _read_kind(facts: _Facts) -> bool:
    """Set the sentence's kind; return whether an event word reports an event on its own."""
    s = facts.sentence
    words = s.words
    best: IncidentKind | None = None
    reports = False
    covered = 0
    for start in s.at(ROLE_EVENT)[:MOST_PER_SENTENCE]:
        phrase = _phrase_at(words, start, EVENT_PHRASES) if start >= covered else None
        if phrase is None:
            continue
        index = covered = start + len(phrase)
        kind = _EVENT_KIND[" ".join(phrase)]
        end = s.ends[index - 1]
        quoted = s.text[end : end + 1] in CLOSING_QUOTES
        if quoted or _hypothetical(s, start) or (start and words[start - 1] in ("heart", "panic")):
            continue
        if index < len(words) and words[index] in _NOT_AN_EVENT_AFTER:
            continue  # "a bomb squad", "a bomb scare", "the shooting range"
        if index < len(words) and words[index] == "or":
            continue  # "incidents in which a person was shot or killed" describe none
        if (
            phrase[-1] in ("fighting", "battling")
            and index < len(words)
            and (s.raw[index][:1].isupper() or words[index] in _VERB_OBJECT_STARTS)
        ):
            continue  # "fighting Daesh", "battling Islamist militants": a war, not an event
        if best is None or _RANK[kind] < _RANK[best]:
            best = kind
        word = phrase[-1]
        plural = word.endswith("s") and not word.endswith("ss") and word not in _EVENT_VERBS
        before = words[max(0, start - 2) : start]
        if (
            not plural
            or any(w in ("the", "these", "those", "two", "three", "twin") for w in before)
            or (start and start - 1 in s.count_ends)
        ):
            reports = True
        if not any(w in ("the", "this", "that", "these", "those") for w in before):
            facts.definite = False
    facts.kind = best
    return reports


def _read_munitions(facts: _Facts) -> None:
    s = facts.sentence
    words = s.words
    covered = 0
    for name_start in s.at(ROLE_MUNITION)[:MOST_PER_SENTENCE]:
        phrase = _phrase_at(words, name_start, MUNITION_PHRASES) if name_start >= covered else None
        if phrase is None:
            continue
        index = covered = name_start + len(phrase)
        makes_start = name_start
        while (
            makes_start > 0
            and name_start - makes_start < 2
            and (words[makes_start - 1] in _MUNITION_MAKES or MM.fullmatch(words[makes_start - 1]))
        ):
            makes_start -= 1
        count: Count | None = None
        first = s.count_ends.get(makes_start - 1)
        if first is not None:
            count = s.counts[first][1]
            if count.low == 0 and count.high == 0:
                continue
        elif makes_start > 0 and words[makes_start - 1] in ("a", "an", "one", "single"):
            one_start = makes_start - 2 if words[makes_start - 1] == "single" else makes_start - 1
            text = s.span(max(one_start, 0), makes_start - 1)
            count = Count(low=1, high=1, qualifier=CountQualifier.EXACT, text=text)
        name_word = " ".join(phrase)
        if count is None and name_word in GENERIC_MUNITIONS:
            continue
        if index < len(words) and words[index] in _NOT_AN_EVENT_AFTER:
            continue
        makes = s.raw[makes_start:name_start]
        name = " ".join([*makes, MUNITION_NAMES[name_word]])
        facts.munitions.append(Munition(name=name, count=count))
        if MUNITION_NAMES[name_word] not in SMALL_ARMS:
            facts.counted_munitions |= count is not None


MM = regex.compile(r"\d{2,3}mm")
_NOT_AN_EVENT_AFTER = frozenset(NOT_AN_EVENT_AFTER)
# Small-arms munitions are heard more than counted; they never make an event on their own.
SMALL_ARMS = frozenset({"gunshot", "shot", "round", "bullet"})
# Munition words too common to mean a weapon unless counted: "strikes", "shells", "shots".
GENERIC_MUNITIONS = frozenset({"strikes", "shells", "shell", "shots", "rounds", "bullets"})


def _token_at(s: _Sentence, offset: int) -> int:
    """The index of the first token starting at or after ``offset``."""
    return bisect.bisect_left(s.starts, offset)


def _read_dates(facts: _Facts, reference: dt.date | None, day_first: bool | None = None) -> None:
    s = facts.sentence
    facts.dates_read = True
    for found in event_dates_at(
        s.text,
        s.words,
        s.starts,
        reference=reference,
        day_first=day_first,
        candidates=s.at(ROLE_DATE)[:MOST_PER_SENTENCE],
    ):
        first = _token_at(s, found.start)
        last = _token_at(s, found.end) - 1
        before = s.words[max(0, first - 3) : first]
        if any(word in ("published", "updated", "posted", "publication") for word in before):
            continue  # "(Published Thursday, April 3, 2014)"
        if before[-1:] and before[-1] in _PERIOD_WORDS:
            facts.period = True  # "since April 21", "from Friday March 27 2015 to …"
            continue
        # The date of a statement, not of the event, sits right against its verb: "said on
        # Thursday", "remained hospitalized Thursday", "Iraq’s military on Sunday said". In
        # "was shot Saturday night, police said" the day is the shooting's.
        weak = any(
            word in _REPORTING and not any(s.marked(j) for j in range(k + 1, first + 1))
            for k, word in enumerate(s.words[max(0, first - 3) : first], start=max(0, first - 3))
        )
        for k in range(last + 1, min(last + 4, len(s.words))):
            if s.marked(k):
                break
            if s.words[k] in _REPORTING:
                weak = True
                break
        facts.dates.append((found, weak))


def _clean_actor(text: str, *, head_last: bool = True) -> str | None:
    """The actor a phrase names, trimmed, or ``None`` if it names none.

    With ``head_last`` (a subject phrase), the phrase must end on its head. An agent phrase
    after "by" may end on the weapon the actor used: "killed by regime shelling".
    """
    blanked = _blank_quotes(text)
    opening = SUBJECT_OPENING.match(blanked)
    pieces = blanked[opening.end() if opening else 0 :].split()
    while pieces and pieces[-1].strip(",").lower() in SUBJECT_CLOSERS:
        pieces.pop()
    cleaned = " ".join(pieces).strip(" ,")
    if not cleaned or len(cleaned.split()) > 14:
        return None
    words = [word.strip(",.;:()").lower() for word in cleaned.split()]
    if words[0] in _SUBJECT_PRONOUNS or _AUX.intersection(words):
        return None  # "they", or a clause rather than a noun phrase: "A man was shot and"
    lowered = cleaned.lower()
    if not (_ACTORS.intersection(words) or any(phrase in lowered for phrase in _ACTOR_PHRASES)):
        return None
    # The phrase must end on its head: an actor word or a name ("Opposition forces in
    # Syria"), not "officers responded to a shots [fired call]".
    last = cleaned.split()[-1].strip(",.;:()")
    if head_last and words[-1] not in _ACTORS and not last[:1].isupper():
        return None
    return cleaned


def _phrase_until(s: _Sentence, first: int, stops: frozenset[str], most: int) -> int | None:
    """The last token of a phrase from ``first`` up to a stop word or punctuation."""
    last = None
    for k in range(first, min(first + most, len(s.words))):
        if k > first and (s.words[k] in stops or s.marked(k)):
            break
        last = k
    return last


def _subject_before(s: _Sentence, index: int) -> str | None:
    """The actor named by the subject phrase before the verb at token ``index``."""
    words = s.words
    first = index
    while first > 0 and index - first < 16:
        if words[first - 1] in _SUBJECT_STOPS or s.breaks_before(first):
            break
        first -= 1
    if first == index:
        return None
    if first > 0 and not (words[first - 1] in _SUBJECT_STOPS or s.breaks_before(first)):
        return None  # no clause start within reach: too long to be a subject
    if any(k in s.counts for k in range(first, index)):
        return None  # "two people were shot and killed": victims, not actors
    return _clean_actor(s.span(first, index - 1))


def _read_perpetrators(facts: _Facts) -> None:
    """Read who carried an attack out.

    The actor before an attack verb ("Masked gunmen shot dead …"), after "by" in the passive
    voice ("killed by regime snipers"), and before "were behind".
    """
    s = facts.sentence
    words = s.words
    found_subject = False
    tries = 0  # a subject is looked for before the first few attack verbs only
    for index in s.at(ROLE_PERPETRATOR)[:MOST_PER_SENTENCE]:
        phrase = _phrase_at(words, index, _PERPETRATOR_PHRASES)
        if phrase is None:
            continue
        if index > 0 and words[index - 1] in _AUX:
            by = index + len(phrase)
            if by < len(words) and words[by] == "by":
                last = _phrase_until(s, by + 1, _AGENT_STOPS, 9)
                actor = _clean_actor(s.span(by + 1, last), head_last=False) if last else None
                if actor:
                    facts.perpetrators.append(actor)
        elif not found_subject and index > 0 and tries < 3:
            tries += 1
            actor = _subject_before(s, index)
            if actor:
                facts.perpetrators.append(actor)
                found_subject = True
    for index in s.at(ROLE_BEHIND)[:MOST_PER_SENTENCE]:
        if index >= 2 and words[index - 1] in ("was", "were"):
            first = index - 1
            while first > 0 and index - first < 7 and not s.breaks_before(first):
                if words[first - 1] in _SUBJECT_STOPS:
                    break
                first -= 1
            actor = _clean_actor(s.span(first, index - 2))
            if actor:
                facts.perpetrators.append(actor)


def _read_targets(facts: _Facts) -> None:
    """Read what an attack was aimed at.

    "fired … at the Qayyarah military base", "an attack on an oil pipeline", "targeted a
    marketplace".
    """
    words = facts.sentence.words
    for index in facts.sentence.at(ROLE_TARGET)[:MOST_PER_SENTENCE]:
        word = words[index]
        if word in _FIRE_VERBS:
            for k in range(index + 1, min(index + 12, len(words) - 1)):
                if words[k] in ("at", "on") and words[k + 1] in _DETERMINERS:
                    _add_target(facts, k + 1)
                    break
        elif word in _ATTACK_NOUNS and words[index + 1 : index + 2] in (["on"], ["against"]):
            if index + 2 < len(words) and words[index + 2] in _DETERMINERS:
                _add_target(facts, index + 2)
        elif word in _TARGET_VERBS and index + 1 < len(words) and words[index + 1] in _DETERMINERS:
            _add_target(facts, index + 1)


def _read_actors(facts: _Facts) -> None:
    _read_perpetrators(facts)
    _read_targets(facts)
    facts.actor = bool(facts.perpetrators) or not _ACTORS.isdisjoint(facts.sentence.words)


def _add_target(facts: _Facts, first: int) -> None:
    last = _phrase_until(facts.sentence, first, _TARGET_STOPS, 8)
    if last is not None and last > first:
        facts.targets.insert(0, facts.sentence.span(first, last))


def _is_country(place: str) -> bool:
    name = place.removeprefix("the ").removesuffix("’s").removesuffix("'s").lower()
    return name in _COUNTRIES or name.removesuffix("s") in _COUNTRIES


def _read_location(facts: _Facts) -> None:
    """Read the place: the first one named, unless that is only a country.

    "Air strikes in Syria killed up to 22 people … in the village of Hass" happened in Hass.
    """
    s = facts.sentence
    words = s.words
    for index in s.at(ROLE_PLACE)[: 2 * MOST_PER_SENTENCE]:
        word = words[index]
        start = -1
        if word in _PLACE_PREPOSITIONS and index + 1 < len(words):
            nxt = s.raw[index + 1]
            if (
                nxt[:1].isupper()
                or nxt[:1].isdigit()
                or words[index + 1] in ("the", "of")
                or nxt[:3] in ARTICLE_PREFIXES  # "in al-Midan"
            ):
                start = index
        elif word in _PLACE_NOUN_WORDS and words[index + 1 : index + 2] == ["of"]:
            # From the "the" before it: "the disputed town of Makhmour", not "in the …".
            the = [k for k in range(max(0, index - 3), index) if words[k] == "the"]
            start = the[-1] if the else index
        match = LOCATION.match(s.blanked, s.starts[start]) if start >= 0 else None
        if match is None:
            continue
        group = next(name for name in ("descriptor", "place", "street") if match.group(name))
        after = _token_at(s, match.end(group))
        if after < len(words) and words[after] in _REPORTING:
            continue  # "The defence ministry in Moscow said": where the speaker is
        place = s.text[match.start(group) : match.end(group)].strip()
        if facts.location is None or _is_country(facts.location):
            facts.location = place
        if not _is_country(place):
            return


def _is_background(s: _Sentence) -> bool:
    """Whether the sentence speaks of a period or a habit rather than one event.

    The pattern is tried only a few tokens before each cue word, so a long sentence costs no
    more than its cue words.
    """
    for index in s.at(ROLE_BACKGROUND)[:MOST_PER_SENTENCE]:
        for start in range(max(0, index - 4), index + 1):
            if BACKGROUND.match(s.blanked, s.starts[start]):
                return True
    return False


def _read_sentence(
    s: _Sentence,
    reference: dt.date | None,
    *,
    need_dates: bool = True,
    day_first: bool | None = None,
) -> tuple[_Facts, bool, bool]:
    """Read a sentence for its facts.

    Returns the facts, whether the sentence reports an event, and whether it is background
    (an aggregate, a habit or a hypothetical) to leave out. Dates are read only for a sentence
    with something to date, or with ``need_dates``.
    """
    facts = _Facts(sentence=s)
    reports = _read_kind(facts)
    _read_casualties(facts)
    _read_munitions(facts)
    telling = facts.casualties or facts.counted_munitions
    if not telling and (
        facts.kind is None
        or (facts.kind in _WEAK_KINDS and not facts.munitions and _ACTORS.isdisjoint(s.words))
    ):
        # No toll, no weapon, and no event word that could stand alone ("attack" needs an
        # actor): nothing to report, only perhaps a day to give the incident in hand.
        if need_dates:
            _read_dates(facts, reference, day_first)
        return facts, False, False
    _read_dates(facts, reference, day_first)
    has_day = any(
        found.precision is DatePrecision.DAY and found.date is not None
        for found, _weak in facts.dates
    )
    background = not has_day and (facts.period or _is_background(s))
    if background or not (facts.kind or facts.casualties or facts.counted_munitions):
        return facts, False, background
    _read_actors(facts)
    _read_location(facts)
    if facts.casualties or facts.counted_munitions:
        return facts, True, False
    # A plural event word with a day reports events on it: "Rockets hit the base on Friday".
    event = (reports or any(found.date for found, _weak in facts.dates)) and facts.kind is not None
    if event and facts.kind in _WEAK_KINDS:
        event = facts.actor or bool(facts.munitions)
    # An event word alone, with no day, place, actor or weapon, is talk about such events:
    # "a shooting to an occupied dwelling … [is] considered a shooting".
    anchored = (
        facts.dates or facts.location or facts.perpetrators or facts.targets or facts.munitions
    )
    return facts, bool(event and anchored), False


# --- Grouping sentences into incidents -------------------------------------------------------


@attrs.define
class _Draft:
    first: _Facts
    kind: IncidentKind = IncidentKind.OTHER
    date: EventDate | None = None
    date_weak: bool = True
    location: str | None = None
    perpetrators: list[str] = attrs.Factory(list)
    targets: list[str] = attrs.Factory(list)
    killed: Count | None = None
    wounded: Count | None = None
    shot: Count | None = None
    zero_killed: Count | None = None
    zero_wounded: Count | None = None
    munitions: list[Munition] = attrs.Factory(list)
    evidence: list[_Facts] = attrs.Factory(list)
    last_sentence: int = 0

    @property
    def casualties(self) -> bool:
        return any(count is not None for count in (self.killed, self.wounded, self.shot))

    def add(self, facts: _Facts, sentence: int) -> None:
        telling = facts.casualties or facts.counted_munitions
        if facts.kind is not None and (
            not self.evidence
            or (self.kind in _ANY_FAMILY and facts.kind not in _ANY_FAMILY and telling)
            or (self.kind is IncidentKind.OTHER and telling)
            or (
                # "a bomb attack" then "a suicide car bomb attack": the more specific kind
                telling
                and _FAMILY.get(facts.kind) == _FAMILY.get(self.kind)
                and _RANK[facts.kind] < _RANK[self.kind]
            )
        ):
            self.kind = facts.kind
        best = facts.best_date()
        if telling or not self.evidence or best is None or best[0].precision is DatePrecision.DAY:
            # A sentence that only mentions the event may give its day, not a coarser period:
            # "… had used the same chemical weapons in Aleppo last year" dates another attack.
            self.take_date(facts)
        if self.location is None or (
            facts.location and _is_country(self.location) and not _is_country(facts.location)
        ):
            self.location = facts.location
        self.perpetrators += [p for p in facts.perpetrators if p not in self.perpetrators]
        self.targets += [t for t in facts.targets if t not in self.targets]
        self.killed = _better(self.killed, facts.killed)
        self.wounded = _better(self.wounded, facts.wounded)
        self.shot = _better(self.shot, facts.shot)
        self.zero_killed = self.zero_killed or facts.zero_killed
        self.zero_wounded = self.zero_wounded or facts.zero_wounded
        names = {munition.name.lower(): index for index, munition in enumerate(self.munitions)}
        for munition in facts.munitions:
            index = names.get(munition.name.lower())
            if index is None:
                names[munition.name.lower()] = len(self.munitions)
                self.munitions.append(munition)
            elif self.munitions[index].count is None and munition.count is not None:
                self.munitions[index] = munition
        self.evidence.append(facts)
        self.last_sentence = sentence

    def take_date(self, facts: _Facts) -> None:
        best = facts.best_date()
        if best is None:
            if self.date is None and facts.dates:
                # No day can be worked out ("on Friday" with no reference day): keep the words.
                self.date, self.date_weak = facts.dates[0]
            return
        found, weak = best
        if (
            self.date is None
            or self.date.date is None
            or (self.date_weak and not weak and _near_report(found, self.date))
            or _finer(found, self.date)
        ):
            self.date, self.date_weak = found, weak

    def build(self) -> Incident:
        killed, wounded = self.killed, self.wounded
        if killed is None:
            killed = self.zero_killed
        if wounded is None:
            # "A man was shot" with no death reported is a wounding (the Gun Violence Archive
            # counts it so); beside a death the shot may be the one who died.
            wounded = self.shot if self.shot is not None and killed is None else self.zero_wounded
            if wounded is None and self.shot is not None and killed is not None:
                wounded = self.zero_wounded
        first = self.evidence[0]
        return Incident(
            kind=self.kind,
            date=self.date.date if self.date else None,
            date_text=self.date.text.strip() if self.date else None,
            date_precision=self.date.precision if self.date else None,
            location=self.location,
            perpetrators=tuple(self.perpetrators),
            targets=tuple(self.targets[:4]),
            killed=killed,
            wounded=wounded,
            munitions=tuple(self.munitions),
            paragraph=first.paragraph,
            evidence=" ".join(facts.text.strip() for facts in self.evidence),
        )


def _period(found: EventDate) -> tuple[dt.date, dt.date] | None:
    if found.date is None:
        return None
    start = found.date
    if found.precision is DatePrecision.DAY:
        return start, start
    if found.precision is DatePrecision.WEEK:
        return start, start + dt.timedelta(days=6)
    if found.precision is DatePrecision.MONTH:
        next_month = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return start, next_month - dt.timedelta(days=1)
    return start, dt.date(start.year, 12, 31)


def _finer(new: EventDate, old: EventDate) -> bool:
    """Whether ``new`` pins down a day inside the coarser period ``old`` names.

    A little outside counts too: "last week" stories often mean the weekend before.
    """
    order = [DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR]
    if order.index(new.precision) >= order.index(old.precision):
        return False
    new_period, old_period = _period(new), _period(old)
    if new_period is None or old_period is None:
        return False
    slack = dt.timedelta(days=2 if old.precision is DatePrecision.WEEK else 0)
    return old_period[0] - slack <= new_period[0] <= old_period[1] + slack


def _near_report(event: EventDate, report: EventDate) -> bool:
    """Whether a day could be that of an event its report dates a little later.

    "said Sunday" of deaths "on Saturday": a day, up to a week before; not "last year".
    """
    if event.precision is not DatePrecision.DAY or event.date is None or report.date is None:
        return False
    return 0 <= (report.date - event.date).days <= 7


def _different_day(draft: _Draft, facts: _Facts, reference: dt.date | None) -> bool:
    best = facts.best_date()
    if best is None:
        return False
    if draft.date is None:
        # An undated incident is the story's news; a toll in a month or year long past ("in
        # August 2013") is another event.
        found = best[0]
        return bool(
            reference is not None
            and found.precision in (DatePrecision.MONTH, DatePrecision.YEAR)
            and facts.casualties
            and (period := _period(found)) is not None
            and (reference - period[1]).days > 60
        )
    found, weak = best
    if draft.date_weak and not weak and _near_report(found, draft.date):
        # The incident was dated by its report ("a monitoring group said Sunday"); a sentence
        # that dates the event itself, before the report ("killed … on Saturday"), dates the
        # same incident.
        return False
    if _finer(found, draft.date) or _finer(draft.date, found):
        return False
    new_period, old_period = _period(found), _period(draft.date)
    if new_period is None or old_period is None:
        return False
    return new_period[1] < old_period[0] or new_period[0] > old_period[1]


def _starts_new(draft: _Draft, facts: _Facts, reference: dt.date | None = None) -> bool:
    if LIST_ITEM.match(facts.text):
        return True
    if _different_day(draft, facts, reference):
        return True
    if not (facts.casualties or facts.counted_munitions):
        return False
    kind = facts.kind
    if kind is not None and kind not in _ANY_FAMILY:
        family = _FAMILY.get(kind)
        if draft.kind not in _ANY_FAMILY and family != _FAMILY.get(draft.kind):
            return True
        if (
            draft.kind is IncidentKind.OTHER
            and not draft.casualties
            and facts.casualties
            and facts.best_date() is not None
        ):
            # "… the attack last month on the U.S. Embassy by protesters …" then "Last month
            # Abdulilah Al-Ashwal … was killed in a drive-by shooting": two events.
            return True
    # "Meanwhile Jaish al-Islam terrorists targeted … al-Adawi … with two rocket shells".
    return bool(draft.casualties and SCENE_CHANGE.match(facts.text))


def _fill_date(draft: _Draft, facts: _Facts) -> None:
    """Date an undated incident from a later sentence that only narrates it.

    "A 35-year-old man apparently shot himself to death …" is dated by "officers spotted him
    driving away … at 12:05 p.m. Wednesday".
    """
    best = facts.best_date()
    if best is None or best[0].precision is not DatePrecision.DAY:
        return
    found, weak = best
    if (
        draft.date is None
        or draft.date.date is None
        or _finer(found, draft.date)
        or (draft.date_weak and not weak)
    ):
        # "A bar patron remained hospitalized Thursday after he was shot" is dated by the
        # next sentence: "… playing pool … on Wednesday night when a man … came in".
        draft.date, draft.date_weak = best


def main_incident(incidents: Sequence[Incident]) -> Incident | None:
    """The story's main event: the first incident with a toll, else the first incident.

    News leads with its main event; background and related events come later. Benchmarks and
    exports that want one event per story use this.

    Args:
        incidents: an article's incidents, in body order.

    Returns:
        The main incident, or ``None`` when there is none.

    Examples:
        >>> found = extract_incidents(["Police arrested two men on Monday.",
        ...                            "On Sunday a gunman shot dead a shopkeeper."],
        ...                           reference=dt.date(2019, 11, 12))
        >>> [incident.kind.value for incident in found]
        ['arrest', 'shooting']
        >>> main_incident(found).kind.value
        'shooting'
    """
    for incident in incidents:
        if incident.killed is not None or incident.wounded is not None:
            return incident
    return incidents[0] if incidents else None


# Reading a sentence in full costs about a microsecond a character. No news story has this
# many characters in sentences worth reading (the most in the corpora is 4,500, in 32
# sentences), but 5 MB of "The army said the attack killed 17 people." has 5 million, and a
# single 400 KB run-on line of casualty clauses 400,000: beyond this many, the rest of a text
# is not read, so its cost stays bounded (a tenth of a second) whatever its length.
MOST_CHARACTERS_READ = 100_000
# A lede dates an incident that starts at most this many sentences after it.
LEDE_DISTANCE = 2


@attrs.frozen
class _Unread:
    """A sentence set aside unread (see :func:`_reports_nothing`): where to read it if needed."""

    paragraph: int
    start: int
    text: str


def _keep_lede(
    ledes: list[tuple[_Facts | _Unread, int]], lede: _Facts | _Unread, index: int
) -> None:
    """Keep sentence ``index`` as a possible lede; only the last few can date an incident."""
    ledes.append((lede, index))
    del ledes[: -LEDE_DISTANCE - 1]


def _lede_date(
    ledes: list[tuple[_Facts | _Unread, int]],
    index: int,
    reference: dt.date | None,
    day_first: bool | None,
) -> tuple[EventDate, bool] | None:
    """The day of the latest sentence in ``ledes`` that gives one, if it is near enough.

    It must stand at most :data:`LEDE_DISTANCE` sentences before sentence ``index``; days not
    read yet are read now.
    """
    for position in range(len(ledes) - 1, -1, -1):
        facts, at = ledes[position]
        if index - at > LEDE_DISTANCE:
            return None
        if isinstance(facts, _Unread):
            facts = _Facts(sentence=_Sentence.read(facts.paragraph, facts.start, facts.text))
            ledes[position] = (facts, at)
        if not facts.dates_read:
            _read_dates(facts, reference, day_first)
        found = facts.best_date()
        if found is not None:
            return found
    return None


# One pass over the sentences carries the incident in hand, the lede's day and the sentence
# count together; split into helpers, each would need all three threaded through.
def extract_incidents(  # noqa: PLR0915
    paragraphs: Sequence[str],
    *,
    reference: dt.date | None = None,
    attributions: Sequence[Attribution] = (),
    day_first: bool | None = None,
    notes: list[str] | None = None,
) -> tuple[Incident, ...]:
    """Find the security events an article reports, in body order.

    Args:
        paragraphs: the clean body, as in ``Article.paragraphs``.
        reference: the day relative dates ("on Friday") are resolved against: the dateline's
            date, else the publication date, else the caller's ``published=``.
        attributions: the article's attributions, for who reported a count (not used yet).
        day_first: the site's order in numeric dates ("21/03/2020" is day first); ``None``
            reads only the unambiguous ones.
        notes: where to say that the text was not read to its end (``Article.warnings``).

    Returns:
        The incidents. A text is read no further once the sentences read in full (those with
        an event, casualty or weapon word) reach :data:`MOST_CHARACTERS_READ` characters: a
        long report, or hostile input.

    Examples:
        >>> found = extract_incidents(
        ...     ["On Friday, militants fired 17 Katyusha rockets at the Qayyarah military base.",
        ...      "The attack resulted in no casualties."],
        ...     reference=dt.date(2019, 11, 10))
        >>> incident = found[0]
        >>> incident.kind.value, incident.date, incident.location
        ('rocket_attack', datetime.date(2019, 11, 8), 'the Qayyarah military base')
        >>> incident.munitions[0].name, incident.munitions[0].count.low, incident.killed.low
        ('Katyusha rocket', 17, 0)
        >>> extract_incidents(["The weather was fine."])
        ()
    """
    del attributions  # who reported a count is a later refinement
    drafts: list[_Draft] = []
    current: _Draft | None = None
    sentence_index = 0
    # The last sentences read that reported no event of their own, with their indexes: the
    # latest of them with a day (a lede such as "Victims of a suspected chemical attack … the
    # World Health Organization said on Wednesday") dates an incident that starts right after
    # it with no day of its own. Their days are read only then (see _lede_date): most such
    # sentences are business news a trigger word let through, and no incident follows.
    ledes: list[tuple[_Facts | _Unread, int]] = []
    budget = MOST_CHARACTERS_READ
    unread_from: int | None = None  # the paragraph where reading stopped, if it did
    for paragraph_index, paragraph in enumerate(paragraphs):
        if budget <= 0:
            unread_from = paragraph_index if unread_from is None else unread_from
            break
        # One split of the paragraph's letters finds its trigger words; most paragraphs have
        # none and are not cut into sentences at all.
        letters = _letters(paragraph)
        words = letters.split()
        # (One pass: the intersection, not a test for one word and then the intersection.)
        found = TRIGGER_WORDS.intersection(words)
        if not found:
            if current is None:
                continue
            latest_lede = ledes[-1][1] if ledes else -9
            if sentence_index + 1 - current.last_sentence > 3 and sentence_index - latest_lede >= 2:
                # No sentence here can date the incident in hand or take a lede's day: only
                # distances of up to three sentences are ever compared, and they are already
                # longer, so the paragraph counts as one sentence without being cut up.
                sentence_index += 1
                continue
        spans = _sentence_spans(paragraph)
        hits = _trigger_sentences(letters, frozenset(found), spans) if found else set()
        for index, (start, end) in enumerate(spans):
            if budget <= 0:
                unread_from = paragraph_index
                break
            sentence_index += 1
            near = current is not None and sentence_index - current.last_sentence <= 3
            if not near and hits is not None and index not in hits:
                continue  # no trigger word, and no incident in hand to date: nothing to read
            text = paragraph[start:end]
            if " " not in text.strip():
                continue  # one word ("Killed.") reports nothing
            letter_words = letters[start:end].split() if hits is None or index in hits else None
            if letter_words is None or not _strict_trigger(letter_words, text):
                if near and current is not None and _date_hint(text):
                    # Only the date of an undated incident is read from such a sentence.
                    facts = _Facts(sentence=_Sentence.read(paragraph_index, start, text))
                    budget -= len(text)
                    if not _is_background(facts.sentence):
                        _read_dates(facts, reference, day_first)
                        _fill_date(current, facts)
                continue
            if not near and _reports_nothing(letter_words, text):
                # Far from an incident in hand, such a sentence matters only as a lede, whose
                # day is read if an undated incident follows (see _lede_date).
                budget -= len(text)
                if current is None:
                    _keep_lede(ledes, _Unread(paragraph_index, start, text), sentence_index)
                continue
            sentence = _Sentence.read(paragraph_index, start, text)
            budget -= len(text)
            facts, event, background = _read_sentence(
                sentence, reference, need_dates=near, day_first=day_first
            )
            if background:
                continue
            if not event:
                if facts.dates_read or current is None:
                    # (Far from an incident in hand, a sentence gives the next one no day.)
                    _keep_lede(ledes, facts, sentence_index)
                if near and current is not None:
                    if facts.zero_killed or facts.zero_wounded:
                        # "According to an announcement, the action resulted in no casualties."
                        current.add(facts, sentence_index)
                    else:
                        _fill_date(current, facts)
                continue
            telling = facts.casualties or facts.counted_munitions
            if current is None or _starts_new(current, facts, reference):
                if current is not None and facts.definite and not telling:
                    continue  # "The Observatory said after the bombing that …" starts nothing
                current = _Draft(first=facts)
                drafts.append(current)
                current.add(facts, sentence_index)
                if current.date is None:
                    lede = _lede_date(ledes, sentence_index, reference, day_first)
                    if lede is not None:
                        current.date, current.date_weak = lede[0], True
                continue
            current.add(facts, sentence_index)
    if unread_from is not None and notes is not None:
        notes.append(
            f"incidents were read up to paragraph {unread_from} only: the text before it has "
            f"{MOST_CHARACTERS_READ:,} characters of event sentences"
        )
    return tuple(draft.build() for draft in drafts)


# A cheap test for a weekday, month or relative day before reading a sentence for its date:
# substring tests in C, several times faster than one search for the alternation.
DATE_HINTS = (
    "day",
    "night",
    "morning",
    "afternoon",
    "evening",
    "week",
    "month",
    "ago",
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)


def _date_hint(text: str) -> bool:
    """Whether a text may hold a day ("yesterday", "today" and "tonight" hold "day" and "night")."""
    return any(hint in text for hint in DATE_HINTS)

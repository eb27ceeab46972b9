"""Who said what: the :class:`Attribution` record and :func:`extract_attributions`.

The extractor reads one paragraph at a time with rules, no model. Two regex passes find the
paragraph's quotations and sentence ends (one pass) and its candidate cues (reporting verbs
with their auxiliaries, "according to"); each cue is then read in the first frame that fits:

- after: ``“…,” the military said`` / ``…, a security source said.`` (content first);
- inverted: ``“…,” said the source, who asked not to be named.``;
- before: ``X said (that) …``, ``X told Y (that) …``, ``X said: “…”``, ``X vowed to …``,
  ``X denied …``;
- participle: ``…, adding that …`` (the speaker of the clause before);
- according to: ``according to X, …`` / ``…, according to X.``

A statement's words are attributed once: a cue inside another attribution's content
("X said Y told him …") is part of that content, not an attribution of its own. A quotation
left open at the end of a paragraph and picked up by an opening quote mark in the next is
attributed there too, with the speaker and cue of the paragraph before (and no spans for
them, which lie in the other paragraph).
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import regex

from newsparse._data import attribution_words as words
from newsparse._validators import (
    non_empty_str,
    non_negative_int,
    optional_non_empty_str,
    optional_span,
    strict_bool,
)

__all__ = ["Attribution", "AttributionKind", "extract_attributions"]


class AttributionKind(str, enum.Enum):
    """How the statement is reported."""

    DIRECT = "direct"
    """All of the content is quoted: ``"…," the military said``."""
    MIXED = "mixed"
    """Reported speech with quoted fragments: ``said its forces killed a "large number"``."""
    INDIRECT = "indirect"
    """Reported speech without quotes: ``a source told Kurdistan 24 that …``."""
    ACCORDING_TO = "according_to"
    """Attributed with "according to": ``according to an announcement, …``."""


def _check_span_lengths(instance: Attribution, _attribute: object, _value: object) -> None:
    for name in ("speaker", "cue", "content"):
        text: str | None = getattr(instance, name)
        span: tuple[int, int] | None = getattr(instance, f"{name}_span")
        if span is None:
            continue
        if text is None:
            raise ValueError(f"'{name}_span' is set but '{name}' is None")
        if span[1] - span[0] != len(text):
            raise ValueError(
                f"'{name}_span' {span} is {span[1] - span[0]} characters long "
                f"but '{name}' has {len(text)}"
            )


@attrs.frozen(kw_only=True)
class Attribution:
    """A statement and the source it is attributed to.

    Spans are ``(start, end)`` character offsets into ``Article.paragraphs[paragraph]``; the
    article checks that each slice equals the string it locates.

    Examples:
        >>> a = Attribution(
        ...     speaker="A security source", cue="told", content="the rockets were fewer",
        ...     kind=AttributionKind.INDIRECT, anonymous=True, recipient="Kurdistan 24",
        ...     paragraph=7,
        ... )
        >>> a.kind.value, a.anonymous
        ('indirect', True)
    """

    speaker: str | None = attrs.field(validator=optional_non_empty_str)
    """The source as written ("A security source"); ``None`` if the text does not state it."""
    cue: str = attrs.field(validator=non_empty_str)
    """The attributing words: "said", "said in a statement", "told", "according to"."""
    content: str = attrs.field(validator=non_empty_str)
    """The attributed statement as written."""
    kind: AttributionKind = attrs.field(
        converter=AttributionKind, validator=attrs.validators.instance_of(AttributionKind)
    )
    """Direct, mixed, indirect or according-to."""
    anonymous: bool = attrs.field(validator=strict_bool)
    """The source is unnamed ("a security source", "officials")."""
    recipient: str | None = attrs.field(default=None, validator=optional_non_empty_str)
    """Who was told ("Kurdistan 24" in "told Kurdistan 24"), else ``None``."""
    paragraph: int = attrs.field(validator=non_negative_int)
    """Index into ``Article.paragraphs``."""
    speaker_span: tuple[int, int] | None = attrs.field(default=None, validator=optional_span)
    """Offsets of ``speaker`` in the paragraph."""
    cue_span: tuple[int, int] | None = attrs.field(default=None, validator=optional_span)
    """Offsets of ``cue`` in the paragraph."""
    content_span: tuple[int, int] | None = attrs.field(
        default=None, validator=[optional_span, _check_span_lengths]
    )
    """Offsets of ``content`` in the paragraph."""


# ---------------------------------------------------------------------------------------------
# Word lists turned into lookups.


def _inflect(lemma: str) -> dict[str, str]:
    """The forms of a reporting verb, each mapped to its grammatical kind.

    Kinds: ``finite`` (says, said, say), ``ing`` (saying), ``participle`` (written: only after
    an auxiliary).
    """
    head, _, particle = lemma.partition(" ")
    tail = f" {particle}" if particle else ""
    irregular = words.IRREGULAR_FORMS.get(lemma)
    if irregular:
        forms = {lemma: "finite"}
        for form in irregular:
            kind = "ing" if form.endswith(("ing", "ing on")) else "finite"
            forms[form] = kind
        if lemma == "write":
            forms["written"] = "participle"
        elif lemma in ("know", "show", "swear", "go on"):
            forms[irregular[2]] = "participle"
        return forms
    if head.endswith("e") and not head.endswith("ee"):
        stem = head[:-1]
    elif head in words.DOUBLING:
        stem = head + head[-1]
    else:
        stem = head
    if head.endswith("y") and head[-2] not in "aeiou":
        third, past = head[:-1] + "ies", head[:-1] + "ied"
    else:
        third = head + ("es" if head.endswith(("s", "sh", "ch", "x", "z")) else "s")
        past = stem + "ed"
    if head.endswith("ee"):
        past = head + "d"
    ing = (head if head.endswith("ee") else stem) + "ing"
    return {
        head + tail: "finite",
        third + tail: "finite",
        past + tail: "finite",
        ing + tail: "ing",
    }


def _frame_lemmas() -> tuple[dict[str, str], dict[str, str], dict[str, frozenset[str]]]:
    frames = {
        "after": words.AFTER_VERBS,
        "inverted": words.INVERTED_VERBS,
        "that": words.THAT_VERBS,
        "bare": words.BARE_VERBS,
        "clause": words.CLAUSE_VERBS,
        "to": words.TO_VERBS,
        "question": words.QUESTION_VERBS,
        "object": words.OBJECT_VERBS,
        "label": words.LABEL_VERBS,
    }
    by_lemma: dict[str, set[str]] = {}
    for frame, lemmas in frames.items():
        for lemma in lemmas:
            by_lemma.setdefault(lemma, set()).add(frame)
    form_lemma: dict[str, str] = {}
    form_kind: dict[str, str] = {}
    for lemma in by_lemma:
        for form, kind in _inflect(lemma).items():
            form_lemma.setdefault(form, lemma)
            form_kind.setdefault(form, kind)
    return form_lemma, form_kind, {lemma: frozenset(f) for lemma, f in by_lemma.items()}


FORM_LEMMA, FORM_KIND, LEMMA_FRAMES = _frame_lemmas()
# "Asked about Cruz's charges, Rubio said …": the one capitalised form read as a cue.
FORM_LEMMA["Asked"], FORM_KIND["Asked"] = "ask", "finite"
# Headlines in title case: "Hillary Clinton Says EgyptAir Crash Seems Like An ‘Act Of
# Terrorism’". These forms are read only in a paragraph that looks like a headline.
FORM_LEMMA.update(
    {
        form.title(): lemma
        for lemma in words.HEADLINE_VERBS
        for form, kind in _inflect(lemma).items()
        if kind == "finite" and form != lemma
    }
)
FORM_KIND.update({form: "finite" for form in FORM_LEMMA if form[0].isupper()})
# "In a Washington Post/ABC News poll released Sunday, …": read as a cue at a sentence's start.
FORM_LEMMA["In"], FORM_KIND["In"] = "in", "finite"

# Auxiliaries that make a passive ("was asked", "is said to be"): the subject did not speak.
PASSIVE_AUXILIARIES = frozenset(
    {
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "has been",
        "have been",
        "had been",
        "will be",
        "is being",
    }
)


# ---------------------------------------------------------------------------------------------
# Patterns.

# Quotations and sentence ends. A quotation is
#
# - ``“…”`` or ``"…"``, curly or straight, even mixed: from an opening mark to the next of
#   ``“”"``, which must close it (a second opening mark first means the first one opens
#   nothing), or to the paragraph's end when none follows (the quote goes on in the next
#   paragraph);
# - ``''…''`` (the New York Times), to the next ``''`` or the paragraph's end;
# - ``‘…’``, to the first ``’`` not followed by a letter (apostrophes inside are kept), with no
#   ``‘“”"`` before it.
#
# Marks are read left to right and a quotation's words are not read again, so a sentence end
# inside one is no end: "“We came. We saw,” he said." stays one sentence. A quotation closed
# by ``.!?`` and its mark ends a sentence when a capital or a digit follows.
#
# A sentence ends at a run of ``.!?`` (closing brackets after it allowed) followed by space and
# a capital or a digit (an opening quote or bracket between allowed), unless the run follows
# an initial ("Ahmed S."), "U.S" or a title ("Mr."); and at a semicolon followed by space.
#
# This is read with ``str.find`` and a few character tests at each mark, not with one regex:
# a regex pass over every character of a paragraph costs three times as much on a Reuters
# article, and the marks are few. ``tests/test_attribution.py`` checks the reading against
# the single-pattern definition on generated text.
OPENING_MARKS = ("“", '"', "''", "‘")
TITLE_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Lt",
    "Col",
    "Sgt",
    "Capt",
    "Maj",
    "Adm",
    "Prof",
    "Rev",
    "St",
    "Jr",
    "Sr",
    "Mt",
    "Ft",
    "Cpl",
    "Pvt",
    "Cmdr",
    "Supt",
    "Insp",
    "Det",
    "Hon",
    "Amb",
    "Sec",
    "Atty",
    "No",
    "Jan",
    "Feb",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "vs",
    "Messrs",
)
# A full stop that may end a sentence: its run, closing brackets, space and what may be a
# capital or a digit. The standard library's ``re`` scans for a literal first character in C,
# ten times as fast as a pass of ``regex``; each candidate is then checked exactly.
FULL_STOP_END = re.compile(r"\.[.]*+[)\]]*+\s++(?=(?:''|[(\[\"“‘'])?[^\W_a-z])")
# What may stand between a sentence end's space and the capital that opens the next sentence.
SENTENCE_OPENERS = "([\"“‘'"
UPPER_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _trie_pattern(phrases: Sequence[str]) -> str:
    """An alternation of ``phrases`` as a character trie (``sa(?:id|ys)``)."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# Candidate cues: a reporting verb form or "according to", as whole words, in lower case only
# ("The Washington Post reports" must not read "Post" as a verb). Every paragraph is scanned,
# so the scan is done in C: ``str.split`` and a set intersection say which first words occur
# (``CUE_TOKENS`` holds each with the punctuation that may follow it: "said," "said."),
# ``str.find`` finds each, and this trie of all forms, compiled with the standard library's
# ``re`` (three times faster than ``regex`` on a word list this size), reads the longest form
# there ("called", "called for"). That is about a fifth of the time of one regex pass over the
# paragraph; every step is linear in its length.
CUE_WORD = re.compile(
    r"\b(?:" + _trie_pattern([*FORM_LEMMA, "according to", "According to"]) + r")\b"
)
CUE_HEADS = frozenset({form.split()[0] for form in FORM_LEMMA} | {"according", "According"})
CUE_TOKENS = {
    head + tail: head
    for head in CUE_HEADS
    for tail in ("", *",.:;?!)”\"’'", ",”", ".”", ',"', '."')
}

CUE_TOKEN_SET = frozenset(CUE_TOKENS)


def _cue_hits(text: str, tokens: list[str]) -> list[re.Match[str]]:
    """The cue forms in a paragraph, in order (the first ``MAX_CUES_PER_PARAGRAPH``).

    ``tokens`` is the paragraph split at spaces. A form found from two heads ("calling" from
    "call" and from "calling") is one hit.
    """
    found: dict[int, re.Match[str]] = {}
    for head in {CUE_TOKENS[token] for token in CUE_TOKEN_SET.intersection(tokens)}:
        position = text.find(head)
        count = 0
        while position != -1 and count < MAX_CUES_PER_PARAGRAPH:
            if position == 0 or not text[position - 1].isalnum():
                hit = CUE_WORD.match(text, position)
                if hit is not None:
                    found[position] = hit
                    count += 1
            position = text.find(head, position + len(head))
    return [found[position] for position in sorted(found)[:MAX_CUES_PER_PARAGRAPH]]


# How the statement was delivered, read as part of the cue: "said in a statement".
DELIVERY = regex.compile(
    r"""
    \s++ (?: in | on | at | during | via ) \s++
    (?: (?: a | an | the | its | his | her | their | our | a \s++ joint ) \s++ )?
    \L<delivery>
    (?! [\p{L}\p{N}'’\-] )
    """,
    regex.VERBOSE,
    delivery=words.DELIVERY_NOUNS,
)

DELIVERY_STARTS = (" in ", " on ", " at ", " during ", " via ")

# Time, place and manner words between the verb and what was said: "said on Sunday that",
# "told Reuters by telephone", "said Tuesday", "said in an interview with the BBC", "said on
# Thursday during a speech at the Council on Foreign Relations".
GAP_AFTER = regex.compile(
    r"""
    (?:
        \s*+ ,? \s*+
        (?:
            (?: on | last | this | that | late | early | earlier | later | next ) \s++
                (?: (?i:\L<days>) | \L<times> ) (?: \s++ \L<times> )?
          | (?i:\L<days>) (?: \s++ \L<times> )?
          | earlier | later | again | also | then | too | afterwards | repeatedly | publicly
          | however | though | meanwhile | instead | privately \s++ and \s++ publicly
          | to \s++ (?: reporters | journalists | the \s++ crowd | supporters | him | her | them
                       | me | us
                       | (?: the \s++ )? \p{Lu}[\p{L}'’.\-]*+ (?: \s++ \p{Lu}[\p{L}'’.\-]*+ ){0,3} )
          | privately | separately | recently | previously | once \s++ more | today
          | (?: in | at | during | on | before | after | to | while \s++ at ) \s++
            (?: a | an | the | his | her | its | their | this | that | one | several ) \s++
            (?: [\p{L}\-]++ \s++ ){0,2}? \L<occasions>
            (?: \s++ (?: at | in | on | to | with | for | of | before | hosted \s++ by | by ) \s++
                (?: (?: the | a | an | his | her | its | their ) \s++ )?
                (?: \p{Lu}[^\s,.;:“”"]*+ | \p{N}++ | [\p{Ll}\-]++ (?= \s++ \p{Lu} ) )
                (?: \s++ (?: of | for | and | the | on )? \s*+ \p{Lu}[^\s,.;:“”"]*+ ){0,6} )*+
          | on \s++ (?: Twitter | Facebook | Instagram | television | TV | radio | CNN | Fox
                       (?: \s++ News )? | NBC | CBS | ABC | MSNBC )
          | by \s++ (?: telephone | phone | email | e-mail )
          | (?: a | one | two | three | several | a \s++ few ) \s++
            (?: days? | weeks? | months? | years? | hours? ) \s++
            (?: before | after | ahead \s++ of | later | earlier | ago )
            (?: \s++ (?: an? | the ) (?: \s++ [\p{L}.\-]++ ){1,3} )?
          | (?: about | of | regarding ) \s++
            (?: him | her | them | it
              | (?: the \s++ )? \p{Lu}[\p{L}'’.\-]*+ (?: \s++ \p{Lu}[\p{L}'’.\-]*+ ){0,3} )
          | in \s++ \p{Lu}[\p{L}\-]*+ (?: \s++ \p{Lu}[\p{L}\-]*+ ){0,2}
        )
        (?= [\s,.;:“”"!?] | \Z )
    )*+
    """,
    regex.VERBOSE,
    days=words.DAYS,
    times=words.TIME_NOUNS,
    occasions=words.OCCASION_NOUNS,
)

# A capitalised word of a name, inner dots allowed ("U.S"), a final full stop not.
NAME_WORD = r"(?: \p{Lu} (?: [\p{L}\p{N}'’&\-] | \.(?=\p{L}) )*+ | \p{N}++ )"

# The first words GAP_AFTER can start with; any other word ends it at once.
GAP_WORDS = frozenset(
    {
        *words.DAYS,
        "on",
        "last",
        "this",
        "that",
        "late",
        "early",
        "earlier",
        "later",
        "next",
        "again",
        "also",
        "then",
        "too",
        "afterwards",
        "repeatedly",
        "publicly",
        "privately",
        "separately",
        "recently",
        "previously",
        "once",
        "however",
        "though",
        "meanwhile",
        "instead",
        "to",
        "in",
        "at",
        "during",
        "before",
        "after",
        "while",
        "by",
        "about",
        "of",
        "regarding",
        "a",
        "one",
        "two",
        "three",
        "several",
    }
)

# Every first word GAP_AFTER can start with, for a check that must never pass over a match.
GAP_STARTS = GAP_WORDS | {"today"}

# The first words after which ``GAP_AFTER`` needs a second word from a short list, most of
# them after a cue that opens its statement ("said that", "to", "a"): for a second word of
# ASCII letters not in it the pattern matches nothing, and ``_gap_end`` reads no pattern.
# After "to" a capital also may follow ("told Reuters", "to Congress").
GAP_THAT_WORDS = frozenset(words.DAYS) | frozenset(words.TIME_NOUNS)
GAP_TO_WORDS = frozenset(
    {"reporters", "journalists", "the", "supporters", "him", "her", "them", "me", "us"}
    | {"a", "an", "his", "its", "their", "this", "that", "one", "several"}
)
GAP_A_WORDS = frozenset(
    {"few", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"}
)

# Who was told, right after "told": a pronoun, a capitalised name ("Kurdistan 24", "The
# Washington Post"), or a few common nouns ("reporters", "a news conference").
RECIPIENT = regex.compile(
    rf"""
    \s++
    (?P<recipient>
        (?: him | her | them | us | me | you | reporters | journalists | lawmakers | supporters
          | the \s++ (?: crowd | audience | newspaper | paper | agency | channel | committee
                       | court | jury | house | senate | station | magazine | network ) )
      | (?: (?: the | a | an ) \s++ )? {NAME_WORD}
        (?: \s++ (?: (?: of | for | the | and | de | al ) \s++ )? {NAME_WORD} ){{0,6}}
      | (?: a | an | the ) \s++ (?: \p{{Ll}}++ \s++ )? (?: news \s++ )? (?: conference | briefing
          | rally | crowd | meeting | gathering | audience | interviewer | reporter | newspaper
          | news \s++ agency | television \s++ station )
      | \p{{Ll}}[\p{{L}}\-]*+ \s++ (?: reporters | journalists | television | radio | media )
    )
    (?= [\s,.;:“”"!?] | \Z )
    """,
    regex.VERBOSE,
)

# The opening of a clause, for verbs whose bare complement may be a plain object: a subject
# pronoun, or a few words and an auxiliary ("the race is", "they were", "Iraqi officials had").
CLAUSE_OPENING = regex.compile(
    r"""
    \s++
    (?: (?: he | she | they | we | I | there ) \b
      | (?: [\p{L}\p{N}'’.\-]++ \s++ ){0,6}?
        (?: is | was | are | were | has | have | had | will | would | could | should | can
          | may | might | must | did | does | do | isn['’]t | wasn['’]t | aren['’]t | weren['’]t
          | hasn['’]t | haven['’]t | hadn['’]t | won['’]t | wouldn['’]t | couldn['’]t
          | shouldn['’]t | can['’]t | didn['’]t | doesn['’]t | don['’]t ) \b
      | \p{L}++ ['’] (?: s | re | ll | d | ve ) \b
    )
    """,
    regex.VERBOSE,
)

# What may stand between a cue and its content: "that", a colon, a comma before a quote.
# Patterns read at every cue that need no Unicode property or word list are compiled with the
# standard library's ``re``: a call costs a third of what it costs with ``regex``, and these run
# several times a cue.
CONTENT_OPENER = re.compile(r"\s*+(?:,?\s*+that\b\s*+|:\s*+|,\s*+(?=[“\"‘']))?")
THAT_OPENER = re.compile(r"\s*+(?:,?\s*+that\b|:|,?\s*+(?:[“\"]|''))")
QUESTION_OPENER = re.compile(
    r"\s*+(?:whether|if|how|why|what|when|where|who|whom|which|about)\b(?!\s*+[,.;:])"
)
# A name given in quotation marks within a few words of a verb of naming: "called the long
# lines “unacceptable”", "described him as …".
LABEL_OPENER = regex.compile(
    r"""
    \s++ (?: [^\s“”"'.;:!?]++ \s++ ){0,8}?
    (?: [“"] | '' | as \s++ (?: an? | the )? \s*+ [\p{L}“"] )
    # Or a pronoun and its label without quotes: "called him divisive", "dubbed it a
    # failure". A particle or a preposition after the pronoun is a phone call or an errand
    # ("called him on Monday", "called them back", "praised her for").
  | \s++ (?: him | her | them | it | himself | herself | themselves ) \s++
    (?! \L<not_labels> \b ) \p{Ll}
    """,
    regex.VERBOSE,
    not_labels=words.NOT_LABEL_WORDS,
)
# The marks ``DASH_CREDIT`` opens with, after its spaces.
DASH_MARKS = frozenset("―—–-")
# A quotation credited with a dash and a name, as quote lists and pull quotes print it:
# "“We will rebuild the bridge.” ― Maria Lopez" or "“…” — A. Reporter (@areporter)".
DASH_CREDIT = regex.compile(
    r"""
    \s*+ (?P<cue> [―—–] | (?<= \s ) -- | (?<= \s ) - (?= \s ) ) \s*+
    (?P<speaker> \p{Lu}[\p{L}'’.\-]*+
        (?: \s++ (?: \p{Lu}[\p{L}'’.\-]*+ | de | van | von | al | bin | el ) ){0,4} )
    (?= \s*+ (?: [.,;(“"] | \Z ) )
    """,
    regex.VERBOSE,
)
# What every survey noun holds ("exit polls" holds "poll"): a sentence without one of them
# has no match of ``IN_SURVEY``.
SURVEY_HEADS = tuple(
    noun
    for noun in words.SURVEY_NOUNS
    if not any(o in noun and o != noun for o in words.SURVEY_NOUNS)
)
# A poll that opens its sentence: "In a Washington Post/ABC News poll released Sunday, …".
IN_SURVEY = regex.compile(
    r"""
    (?P<cue> In ) \s++
    (?P<speaker> [^,;:!?“”"]{0,80}? \b \L<surveys> \b [^,;:!?“”"]{0,80}? )
    \s*+ , \s*+
    """,
    regex.VERBOSE,
    surveys=words.SURVEY_NOUNS,
)
# A speaker's name and a colon opening a paragraph: transcripts ("TAPPER: And obviously …",
# "Q: …") and headlines ("Trump: My immigration plans aren't set in stone").
SPEAKER_LABEL = regex.compile(
    r"""
    # Transcripts pasted as quotations open each turn with a stray mark: "\"PENCE: Well, …".
    \s*+ (?: [“"] \s*+ )?
    (?P<speaker> Q | A | \p{Lu}[\p{L}'’.\-]*+
        (?: \s++ (?: \p{Lu}[\p{L}'’.\-]*+ | de | van | von | al | bin | el ) ){0,3} )
    \s*+ : \s++ (?= \S )
    """,
    regex.VERBOSE,
)

QUESTION_WORDS = frozenset(
    {"whether", "if", "how", "why", "what", "when", "where", "who", "whom", "which", "about"}
)
# Who reported, after "As reported": "As reported by Western Journalism, …".
AS_REPORTED_BY = regex.compile(
    r"\s++by\s++(?P<speaker>(?:the\s++)?\p{Lu}[^\s,;:]*+(?:\s++\p{Lu}[^\s,;:]*+){0,5})"
)
# Words that may stand before a sentence-opening "asked": "When asked whether …, he said".
ASKED_OPENERS = frozenset({"when", "after", "once", "if", "as", "but", "and", "though"})
ASKED_AFTER_ANSWER = frozenset({"when", "after", "once"})
TO_OPENER = regex.compile(
    r"""
    \s++
    (?: (?P<object> (?: him | her | them | us | me | you | it
                      | \p{Lu}[\p{L}'’.\-]*+ (?: \s++ \p{Lu}[\p{L}'’.\-]*+ ){0,4}
                      | (?: the | a | an | his | her | their | its ) \s++ [\p{L}\-]++
                        (?: \s++ [\p{L}\-]++ )?? ) ) \s++ )?
    (?P<to> to ) \s++ (?! be \s++ \p{L}++ed \b ) \p{L}
    """,
    regex.VERBOSE,
)
# A direct object: it opens with a determiner, pronoun, number, capital or quote.
OBJECT_OPENER = regex.compile(
    r"""
    \s++
    (?= (?: the | a | an | his | her | their | its | this | these | those | him | them
          | any | all | reports? | claims? | allegations? | accusations? | calls? | plans? ) \b
      | \p{Lu} | \p{N} | [“"] )
    """,
    regex.VERBOSE,
)
# Words that cannot open a bare object ("denied on Monday", "backed by", "praised as"):
BARE_OBJECT_STOPS = frozenset(
    {"to", "that", "by", "in", "on", "at", "for", "with", "from", "of", "as", "and", "but", "or"}
    | {"if", "when", "while", "after", "before", "into", "over", "under", "during", "since"}
    | {"until", "about", "against", "up", "out", "off", "down", "back", "so", "not", "also"}
    | {"again", "too", "then", "there", "here", "what", "how", "why", "who", "which", "where"}
    | {"whether", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will"}
    | {"would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "said"}
    | {"says", "say", "said", "last", "this", "next", "earlier", "later", "today", "yesterday"}
    | {"once", "twice", "even", "just", "only", "still", "yet", "now", "it", "itself"}
)
# What ends a clause after a post-posed cue: "…, the source said." / "said, adding"; read by
# :func:`_clause_end`.
CLAUSE_END_MARKS = ".!?;)—–,"
OPENS_QUOTE = re.compile(r"\s*+[“\"‘]|\s*+''")

# The speaker after an inverted cue, up to the end of the sentence or of its own clause:
# "said the source, who asked not to be named", "said Smith, adding …".
INVERTED_SPEAKER = regex.compile(
    r"""
    \s++
    (?P<speaker>
        (?! (?: that | to | of | about | by | in | on | at | for | with | it \s++ was ) \b )
        (?: [^\s.,;:!?“”"] [^;:!?“”"]{0,200}?
            (?= \s*+ (?: [.!?;]? \s*+ \Z
                      | , \s*+ (?: (?: \L<ing> | according \s++ to | though | but | although
                                    | while | and | as | because | when | after | before
                                    | even \s++ as ) \b | [“"] | '' )
                      | \s++ [—–(] ) )
          | [^\s.,;:!?“”"] [^,;:!?“”"]{0,120}? (?= \s*+ , )      # or its first phrase alone
        )
    )
    """,
    regex.VERBOSE,
    ing=sorted(form for form, kind in FORM_KIND.items() if kind == "ing"),
)

# ``INVERTED_SPEAKER`` read without its lazy runs: ``regex`` tests the lookahead at every
# character of them, and a call cost more than the rest of the cue's reading (some 50 µs on a
# long sentence). The lookahead can hold only where spaces lead to the paragraph slice's end
# (a closing mark allowed) or to a comma and what opens a clause; its third branch never
# holds, since ``\s*+`` leaves no space for ``\s++``. ``_inverted_speaker`` finds those
# places with ``str.find`` and reads only the commas' openers and the stop words with the
# patterns below; ``tests/test_attribution_speed_inverted.py`` checks it against the pattern.
# What ``regex`` reads as ``\s``: ``str.isspace`` but for the separators U+001C to U+001F.
SPEAKER_SPACES = frozenset(
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
SPACE_RUN = regex.compile(r"\s*+")
SPACE_RUN_BACK = regex.compile(r"(?r)\s*+")
SPEAKER_BARS = frozenset('.,;:!?“”"')
# A speaker's first word may not be one of these: "said that …", "said it was …".
SPEAKER_STOP_HEADS = ("that", "to", "of", "about", "by", "in", "on", "at", "for", "with", "it")
SPEAKER_STOP = regex.compile(
    r"(?: that | to | of | about | by | in | on | at | for | with | it \s++ was ) \b",
    regex.VERBOSE,
)
# The marks the speaker's run does not pass.
SPEAKER_RUN_BAR = re.compile(r"[;:!?“”\"]")
# A comma and what opens a clause after it: the speaker ends before the comma's spaces.
SPEAKER_COMMA_END = regex.compile(
    r"""
    , \s*+
    # A participle or a conjunction: "said Smith, adding …", "said the source, though …"
    (?: (?: \L<ing> | according \s++ to | though | but | although | while | and | as | because
          | when | after | before | even \s++ as ) \b
    # or a quotation going on: "said Smith, “we will …"
      | [“"] | '' )
    """,
    regex.VERBOSE,
    ing=sorted(form for form, kind in FORM_KIND.items() if kind == "ing"),
)
# The first words of the clause openers above, each a run of ASCII lower-case letters.
SPEAKER_COMMA_HEADS = frozenset(
    {form.split()[0] for form, kind in FORM_KIND.items() if kind == "ing"}
    | {"according", "though", "but", "although", "while", "and", "as", "because", "when"}
    | {"after", "before", "even"}
)
LOWER_WORD = re.compile(r"[a-z]++")
MAX_SPEAKER_RUN = 200
MAX_SPEAKER_PHRASE = 120

# An expectation or a question with no one named for it: "Trump is expected to deliver a
# victory speech", "sales are widely expected to rise", "Sanders was asked to name one".
# Only the passive: "expected" alone is as often an adjective ("the expected result") or an
# active verb with its own subject, and "asked" in the active names who asked.
PASSIVE_CUE = regex.compile(
    r"""
    \b (?P<cue>
        (?: is | are | was | were | be | been | being | (?: i | he | she | it | that | who ) ['’]s
          | (?: they | we | you ) ['’]re )
        (?: \s++ (?: not | also | still | now | widely | generally | largely | broadly | later
                   | then | repeatedly | never ) ){0,2}
        \s++ expected (?= \s++ to \s++ \p{L} )
      # Past only: "Anyone with information is asked to call …" is an appeal, not a question.
      | (?: was | were | been )
        (?: \s++ (?: not | also | later | then | repeatedly | never ) ){0,2}
        \s++ asked \b
      # An impression the writer reports: "The rally seemed to lift her spirits", "Both
      # parties appear to want a deal". The verb is followed by "to" and a word ("appeared on
      # television" is a place, "seemed tired" a description).
      | (?: seem | seems | seemed | appear | appears | appeared ) (?= \s++ to \s++ \p{L} )
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# ``PASSIVE_CUE`` is read only near the words one of which each of its matches holds, in any
# case: a regex pass over a whole paragraph costs more than the rest of the expectation
# reading. A match ends with the keyword ("expected", "asked") or opens with it ("seemed"),
# and before it stand at most three words of ten letters or fewer, each with its spaces
# ("were not widely expected"); after it the rest of the word, "to", a letter and their
# spaces. ``_passive_cues`` reads each window around a keyword with the pattern (windows that
# touch are one), which finds what one pass over the paragraph finds. The keywords are found
# with ``str.find`` in the paragraph in lower case when that keeps every offset; "ſ", which
# the pattern reads as "s", sends a paragraph to the one pass.
PASSIVE_KEYWORDS = ("expected", "asked", "seem", "appear")
PASSIVE_KEYWORD_SPACING = 200
PASSIVE_BEFORE = regex.compile(r"(?r)(?:\S{0,10}+\s++){0,3}")
PASSIVE_AFTER = regex.compile(r"\S{0,3}+\s*+\S{0,2}+\s*+")

# Words that open a relative clause's predicate right after "that": "the states that have
# voted", "reports that were denied".
RELATIVE_VERBS = frozenset(
    {"have", "has", "had", "is", "are", "was", "were", "would", "will", "could", "can", "may"}
    | {"might", "should", "must", "did", "do", "does", "helped", "made", "led"}
)
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
EDGE_PUNCTUATION = "\"'“”‘’()[]{},;:.!?—–-…*"
OPENING_QUOTES = ("“", '"', "‘", "''")
CLOSING_QUOTES = ("”", '"', "’", "''")
SEPARATORS = (",", "”", '"', "''", "—", "–", ",’", "’")
CLAUSE_BREAKS = (";", ":")
DASHES = frozenset({"—", "–", "―", "-", "--"})
CLAUSE_ENDINGS = SEPARATORS + CLAUSE_BREAKS
# The last characters of those endings and of the dashes, and the first of the opening quotes
# and a parenthesis: most chunks end and open with a letter, and one character test settles
# them before the tuple tests.
CLAUSE_LAST_CHARS = frozenset("".join(CLAUSE_ENDINGS) + "".join(DASHES))
OPENING_FIRST_CHARS = frozenset("".join(OPENING_QUOTES) + "(")
SEPARATOR_LAST_CHARS = frozenset("".join(SEPARATORS) + "".join(DASHES))

# Bounds that keep hostile input linear: no real sentence has more cues than this, and no
# speaker is longer.
MAX_CUES_PER_SENTENCE = 24
# A paragraph is read for its first this many cues: some 100 kB of dense reported speech, where
# a real paragraph has fewer than fifty. A single five-megabyte line stays under a second.
MAX_CUES_PER_PARAGRAPH = 2000
MAX_SPEAKER_CHUNKS = 30
MAX_SPEAKER_LENGTH = 240
MAX_NOUN_WORDS = 12
MAX_HEADLINE_WORDS = 30
LEFT_WINDOW = 160
LEFT_CHUNKS = 26
VERB_GROUP_WINDOW = 40

AUXILIARIES = frozenset(words.AUXILIARIES) | {"wo", "ca"}  # "won't", "can't"
VERB_ADVERBS = frozenset(words.VERB_ADVERBS)
# Words that may end a verb group before its verb ("has", "also", "not", "didn't").
GROUP_WORDS = (
    AUXILIARIES
    | VERB_ADVERBS
    | {"not"}
    | {f"{aux}n't" for aux in AUXILIARIES}
    | {word.split()[-1] for word in AUXILIARIES}
)
# Frames in which a that-clause, a colon or a quotation may follow the verb.
SPEECH_FRAMES = frozenset({"that", "bare", "after"})
# A named speaker after an inverted cue, up to the end of the sentence: "said the
# Observatory which tracks the Syrian conflict using sources on the ground."
UNMARKED_INVERTED = regex.compile(
    r"""
    \s++
    (?P<speaker>
        (?: the | a | an ) \s++ \p{Lu}[\p{L}'’.\-]*+
        (?: \s++ (?: (?: of | for | on | and ) \s++ (?: the \s++ )? )? \p{Lu}[\p{L}'’.\-]*+ ){0,6}
        (?: \s++ (?: a | an | the ) (?: \s++ [\p{L}\-]++ ){1,4}?     # "a Britain-based group"
            (?= \s++ (?: which | who | that ) \b ) )?
        (?: \s++ (?: which | who | that ) \s++ [^.;:!?“”"]{1,160}? )?
    )
    \s*+ [.!?;]? \s*+ \Z
    """,
    regex.VERBOSE,
)


# Words that open a phrase about the saying after its cue: "said during a speech at …", "the
# spokeswoman said but declined to comment".
SAYING_WORDS = frozenset(
    {
        "during",
        "when",
        "but",
        "and",
        "at",
        "in",
        "on",
        "to",
        "before",
        "after",
        "while",
        "as",
        "from",
        "with",
        "without",
        "for",
        "outside",
        "inside",
        "near",
        "via",
        "through",
        "of",
        "about",
        "amid",
        "recently",
        "again",
        "too",
        "also",
        "then",
        "later",
        "earlier",
        "last",
        "this",
        "today",
        "yesterday",
        "tonight",
    }
)

# Verbs that open a clause right after a subject: "Olmert has …", "the army was …": the
# one-word auxiliaries but "do", which never follows a single name.
FINITE_AUXILIARIES = frozenset(verb for verb in words.AUXILIARIES if verb.isalpha()) - {"do"}

# Speakers too vague for a belief, an intention or an object: "who think", "I believe".
WEAK_SPEAKERS = frozenset({"who", "that", "which", "i", "we", "you", "they", "one"})

# Determiners that stand alone as a speaker: "Some said they have cringed".
QUANTIFIERS = frozenset({"some", "several", "many", "most", "both", "all", "others", "few"})

# The words that stand alone as a speaker at the end of a noun phrase ("he", "some"), those
# that cannot end one ("the", "of", "that"), and those the walk back over a phrase stops at or
# passes with a test of their own (``_noun_phrase_start``).
SPEAKER_WORDS = words.PRONOUNS | QUANTIFIERS
NO_SPEAKER_END = words.SPEAKER_STOPS | words.DETERMINERS | words.SPEAKER_LINKS
PHRASE_WORDS = (
    words.DETERMINERS | words.SPEAKER_LINKS | words.SPEAKER_STOPS | words.PRONOUNS | {"and"}
)
BETWEEN_OR_TIME_WORDS = words.BETWEEN_WORDS | set(words.DAYS) | set(words.TIME_NOUNS)
# What may open a chunk before its first word: quote marks and brackets.
LEADING_MARKS = ("“", '"', "‘", "'", "(", "[")

# Words that cannot end a statement told before its speaker: "what he said", "as he said".
UNMARKED_STOPS = frozenset({"what", "how", "as", "than", "who", "which", "whom", "where", "to"})

# Stop words that are names when capitalised: "said Will Doyle", "Theresa May said".
NAME_STOPS = frozenset({"will", "may", "can", "said"})

# Words that open a sentence before its subject: "On Friday, the Iraqi military said …".
INTRODUCTIONS = frozenset(
    {
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "when",
        "while",
        "as",
        "since",
        "if",
        "but",
        "and",
        "so",
        "however",
        "meanwhile",
        "also",
        "still",
        "yet",
        "last",
        "earlier",
        "later",
        "by",
        "for",
        "with",
        "from",
        "under",
        "although",
        "though",
        "because",
        "despite",
        "instead",
        "now",
        "then",
        "today",
        "yesterday",
        "separately",
        "elsewhere",
    }
)
TELL_LIKE = frozenset(
    {
        "tell",
        "inform",
        "assure",
        "remind",
        "notify",
        "advise",
        "promise",
        "warn",
        "urge",
        "ask",
        "convince",
        "persuade",
        "brief",
    }
)


# Words after which no reading of a finite verb finds a speaker: determiners, prepositions and
# conjunctions ("the report", "to say", "of support", "that said"). The walk back for a speaker
# stops at them at once, so a verb right after one is dropped before it is read: most cue words
# in news are nouns or infinitives so placed. Words that a speaker may still stand behind are
# kept: pronouns and quantifiers ("who said", "some said"), words passed over between a
# speaker and the verb ("here", "Sunday"), "and" and "but" (the sentence's subject speaks),
# "as" ("as reported"), the openers of "when asked", and the data nouns of "polls show".
NO_SPEAKER_BEFORE = frozenset(
    (words.DETERMINERS | words.SPEAKER_STOPS | words.SPEAKER_LINKS)
    - words.PRONOUNS
    - QUANTIFIERS
    - words.BETWEEN_WORDS
    - set(words.DAYS)
    - set(words.TIME_NOUNS)
    - ASKED_OPENERS
    - words.DATA_NOUNS
    - {"and", "but", "as"}
)


# ---------------------------------------------------------------------------------------------
# Reading one paragraph.

Chunk = tuple[int, int, str]
"""A run of text between spaces, with its offsets: ``(start, end, text)``."""
Span = tuple[int, int]


def _chunks(text: str, start: int, end: int, limit: int) -> list[Chunk]:
    """The last ``limit`` space-separated chunks of ``text[start:end]``, with offsets.

    This runs for most cues: ``str.split`` does the splitting, and where the chunks are
    single-spaced (nearly always: paragraphs are reflowed) their offsets are summed from their
    lengths; otherwise ``str.rfind`` finds each from the end. The sum is a plain loop: mapping
    ``operator.add`` over the lengths and zipping costs nearly twice as many instructions.
    """
    piece = text[start:end]
    parts = piece.split()
    if len(parts) > limit:
        parts = parts[-limit:]
    if not parts:
        return []
    joined = " ".join(parts)
    stop = len(piece.rstrip())
    first = stop - len(joined)
    found: list[Chunk] = []
    if first >= 0 and piece.startswith(joined, first):
        position = start + first
        for part in parts:
            after = position + len(part)
            found.append((position, after, part))
            position = after + 1
        return found
    position = len(piece)
    for part in reversed(parts):
        position = piece.rfind(part, 0, position)
        found.append((start + position, start + position + len(part), part))
    found.reverse()
    return found


def _ends_clause(part: str) -> bool:
    """Whether a chunk closes what comes before it: "Baghdad," "mountains,”" "—"."""
    return part[-1:] in CLAUSE_LAST_CHARS and (part.endswith(CLAUSE_ENDINGS) or part in DASHES)


@attrs.define
class _Cue:
    start: int
    end: int
    lemma: str
    """The verb's lemma, or "according to"."""
    kind: str
    """``finite``, ``ing`` (saying) or ``participle`` (written)."""
    aux: str | None
    sentence: Span
    """The sentence the cue is in."""
    verb: str = ""
    """The verb form as written ("said")."""
    left: tuple[int, list[Chunk]] | None = None
    """The chunks before the cue and where they start, once read (:func:`_left`)."""
    after: tuple[Span | None, int] | None = None
    """Who was told and where the statement may start, once read (:func:`_after_cue`)."""


@attrs.define
class _Found:
    speaker: Span | None
    cue: Span
    content: Span
    frame: str
    """The frame the cue was read in, for diagnostics: after, inverted, before, …"""
    according: bool = False
    recipient: Span | None = None


@attrs.define
class _Paragraph:
    text: str
    quotes: list[Span]
    quote_starts: list[int]
    sentence_starts: list[int]

    def sentence(self, position: int) -> Span:
        index = bisect.bisect_right(self.sentence_starts, position) - 1
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.text)
        )
        return self.sentence_starts[index], end

    def quoted(self, position: int) -> bool:
        """Whether ``position`` is inside a quotation.

        That is a closed quotation, or one open from the paragraph's start (a quotation going
        on from the paragraph before).
        """
        index = bisect.bisect_right(self.quote_starts, position) - 1
        if index < 0:
            return False
        start, end = self.quotes[index]
        if not start < position < end:
            return False
        return self.text[end - 1] in "”\"'" or start == 0

    def quote_at(self, position: int) -> Span | None:
        """The quotation that starts at ``position``, if any."""
        index = bisect.bisect_left(self.quote_starts, position)
        if index < len(self.quotes) and self.quotes[index][0] == position:
            return self.quotes[index]
        return None

    def quote_ending_at(self, position: int) -> Span | None:
        """The quotation whose closing mark ends at ``position``, if any."""
        index = bisect.bisect_left(self.quote_starts, position) - 1
        if index >= 0 and self.quotes[index][1] == position:
            return self.quotes[index]
        return None


@attrs.define
class _Sentence:
    paragraph: _Paragraph
    start: int
    end: int
    cues: list[_Cue]
    found: list[_Found] = attrs.Factory(list)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _opens_sentence(text: str, position: int) -> bool:
    """Whether a capital or a digit is at ``position``, after an opening mark if any."""
    if position < len(text) and _upper_or_digit(text[position]):
        return True
    if text.startswith("''", position) and _upper_or_digit(text[position + 2 : position + 3]):
        return True
    return (
        position + 1 < len(text)
        and text[position] in SENTENCE_OPENERS
        and _upper_or_digit(text[position + 1])
    )


def _upper_or_digit(char: str) -> bool:
    """Whether ``char`` is an upper-case letter or a number, as the category test of ``regex``."""
    if not char:
        return False
    if char.isascii():
        return char in UPPER_OR_DIGIT
    return unicodedata.category(char) in ("Lu", "Nd", "Nl", "No")


def _space_end(text: str, position: int) -> int:
    """The end of the run of spaces at ``position`` (``position`` itself if there is none)."""
    length = len(text)
    while position < length and text[position].isspace():
        position += 1
    return position


def _quote_end(text: str, start: int, ahead: dict[str, int] | None = None) -> int:
    """The end of the quotation opened at ``start``, or -1 if the mark there opens none.

    ``ahead`` remembers, for calls at rising ``start``, where each mark was last found: a
    paragraph of thousands of opening marks and no closing one is then searched once, not once
    per mark.
    """
    mark = text[start]
    length = len(text)
    if mark == "'":  # ''…''
        close = text.find("''", start + 2)
        return length if close == -1 else close + 2
    if ahead is None:
        ahead = {}
    stops = [_find_ahead(text, char, start + 1, ahead) for char in '“”"']
    stop = -1
    for position in stops:
        if position != -1 and (stop == -1 or position < stop):
            stop = position
    if mark != "‘":
        if stop == -1:
            return length
        return -1 if text[stop] == "“" else stop + 1
    single = _find_ahead(text, "‘", start + 1, ahead)
    if single != -1 and (stop == -1 or single < stop):
        stop = single
    close = text.find("’", start + 1)
    while close != -1 and (stop == -1 or close < stop):
        if not text[close + 1 : close + 2].isalpha():
            return close + 1
        close = text.find("’", close + 1)
    return -1


def _find_ahead(text: str, char: str, position: int, ahead: dict[str, int]) -> int:
    """``text.find(char, position)``, reusing the last answer while ``position`` only rises."""
    found = ahead.get(char, -2)
    if found == -2 or (found != -1 and found < position):
        found = ahead[char] = text.find(char, position)
    return found


def _read_quotes(text: str) -> list[Span]:
    """The quotations of a paragraph, in order."""
    quotes: list[Span] = []
    marks = [mark for mark in OPENING_MARKS if mark in text]
    if not marks:
        return quotes
    following = {mark: text.find(mark) for mark in marks}
    ahead: dict[str, int] = {}
    position = 0
    while True:
        start = -1
        for mark in marks:
            found = following[mark]
            if found != -1 and found < position:
                found = following[mark] = text.find(mark, position)
            if found != -1 and (start == -1 or found < start):
                start = found
        if start == -1:
            return quotes
        end = _quote_end(text, start, ahead)
        if end == -1:
            position = start + 1
        else:
            quotes.append((start, end))
            position = end


def _sentence_end(text: str, position: int) -> tuple[int, int]:
    """Read the run of ``.!?`` at ``position``.

    Returns where the run ends and where the sentence after it starts (-1 if it ends none).
    """
    run_end = position + 1
    length = len(text)
    while run_end < length and text[run_end] in ".!?":
        run_end += 1
    # An initial or a title before the run is no end; a second mark of the run is read after
    # a mark, never after the initial.
    if run_end - position == 1 and not _may_end(text, position):
        return run_end, -1
    after = run_end
    while after < length and text[after] in ")]":
        after += 1
    start = _space_end(text, after)
    if start > after and _opens_sentence(text, start):
        return start, start
    return run_end, -1


def _may_end(text: str, position: int) -> bool:
    """Whether a mark at ``position`` may end a sentence: no initial, "U.S" or title before."""
    before = text[position - 1 : position]
    if not before.isalpha():
        return True
    previous = text[position - 2 : position - 1]
    if previous == ".":
        return False  # "U.S."
    if not (previous and _is_word_char(previous)) and _upper_or_digit(before) and before.isalpha():
        return False  # "Ahmed S."
    window = text[position - 6 if position > 6 else 0 : position]
    # Every title but "vs" has a capital, which a window in lower case lacks: the tuple test
    # of forty titles is then skipped.
    if (not window.islower() or window.endswith("vs")) and window.endswith(TITLE_ABBREVIATIONS):
        for title in TITLE_ABBREVIATIONS:
            start = position - len(title)
            if text.startswith(title, start) and (start == 0 or not _is_word_char(text[start - 1])):
                return False
    return True


def _marked_ends(text: str, quotes: list[Span]) -> list[int]:
    """Where sentences start after the sentence ends outside ``quotes``: any mark."""
    starts = []
    marks = []
    for mark in ".!?;":
        position = text.find(mark)
        while position != -1:
            marks.append(position)
            position = text.find(mark, position + 1)
    marks.sort()
    quote_index = 0
    quote_count = len(quotes)
    done = 0
    for position in marks:
        if position < done:
            continue  # in the run of marks read before
        while quote_index < quote_count and quotes[quote_index][1] <= position:
            quote_index += 1
        if quote_index < quote_count and quotes[quote_index][0] <= position:
            continue  # quoted words
        if text[position] == ";":
            start = _space_end(text, position + 1)
            if start > position + 1:
                starts.append(start)
                done = start
            continue
        done, start = _sentence_end(text, position)
        if start != -1:
            starts.append(start)
    return starts


def _full_stop_ends(text: str, quotes: list[Span]) -> list[int]:
    """:func:`_marked_ends` for a paragraph without ``!`` or ``?``, the usual case.

    ``FULL_STOP_END`` finds the candidates in one fast scan; each is then checked exactly.
    """
    starts = []
    quote_index = 0
    quote_count = len(quotes)
    for match in FULL_STOP_END.finditer(text):
        position, start = match.span()
        while quote_index < quote_count and quotes[quote_index][1] <= position:
            quote_index += 1
        if quote_index < quote_count and quotes[quote_index][0] <= position:
            continue  # quoted words
        if text[start] not in UPPER_OR_DIGIT and not _opens_sentence(text, start):
            continue
        if (
            text[position - 1 : position].isalpha()
            and text[position + 1] != "."
            and not _may_end(text, position)
        ):
            continue
        starts.append(start)
    if ";" in text:
        position = text.find(";")
        while position != -1:
            start = _space_end(text, position + 1)
            if start > position + 1 and not any(a <= position < b for a, b in quotes):
                starts.append(start)
            position = text.find(";", position + 1)
    return starts


def _read_structure(text: str) -> _Paragraph:
    quotes = _read_quotes(text)
    starts = [0]
    for _, end in quotes:
        if (
            end >= 2
            and text[end - 2] in ".!?"
            and text[end - 1] in "\"”'’"
            and _space_end(text, end) > end
            and _opens_sentence(text, _space_end(text, end))
        ):
            starts.append(_space_end(text, end))
    if "!" in text or "?" in text:
        starts.extend(_marked_ends(text, quotes))
    else:
        starts.extend(_full_stop_ends(text, quotes))
    starts.sort()
    return _Paragraph(text, quotes, [q[0] for q in quotes], starts)


def _verb_group(text: str, verb_start: int, kind: str) -> tuple[int, str | None]:
    """Where a verb's group starts ("has also said"), and its auxiliary.

    Auxiliaries and adverbs count only in lower case: "May said" names Theresa May.
    """
    window = verb_start - VERB_GROUP_WINDOW if verb_start > VERB_GROUP_WINDOW else 0
    last = text[window:verb_start].rsplit(None, 1)
    if not last or last[-1].replace("’", "'") not in GROUP_WORDS:
        return verb_start, None  # the usual case, settled without splitting the window
    before = _chunks(text, window, verb_start, 4)
    index = len(before)
    adverbs = 0
    while index > 0 and adverbs < 2 and before[index - 1][2] in VERB_ADVERBS:
        index -= 1
        adverbs += 1
    if index > 0 and before[index - 1][2] == "not":
        index -= 1
    if index > 1 and f"{before[index - 2][2]} {before[index - 1][2]}" in AUXILIARIES:
        return before[index - 2][0], f"{before[index - 2][2]} {before[index - 1][2]}"
    if index > 0:
        word = before[index - 1][2].replace("’", "'")
        if word in AUXILIARIES:
            return before[index - 1][0], word
        if word.endswith("n't") and word[:-3] in AUXILIARIES:
            return before[index - 1][0], word[:-3]
    if kind == "ing" or adverbs == 0 or index == len(before):
        return verb_start, None
    # An adverb with no auxiliary belongs to the group before a finite verb ("also said").
    return before[index][0], None


def _headline(text: str) -> bool:
    """Whether a paragraph is a headline in title case: short, most words capitalised."""
    parts = text.split()
    if not 3 <= len(parts) <= MAX_HEADLINE_WORDS:
        return False
    return sum(part[:1].isupper() for part in parts) * 3 >= len(parts) * 2


def _cues(text: str, paragraph: _Paragraph, hits: list[re.Match[str]]) -> dict[Span, list[_Cue]]:
    """The cues of a paragraph by sentence, in order; cues inside quotations are left out.

    A cue inside quoted words belongs to the quoted speaker's statement: "“I think we have to
    deepen …,” Clinton added." Each sentence keeps its first ``MAX_CUES_PER_SENTENCE`` hits.
    """
    by_sentence: dict[Span, list[_Cue]] = {}
    starts = paragraph.sentence_starts
    next_index = 1  # the sentence after the current one
    sentence = (0, starts[1] if len(starts) > 1 else len(text))
    count = 0
    headline: bool | None = None
    for match in hits:
        position = match.start()
        if next_index < len(starts) and position >= starts[next_index]:
            next_index = bisect.bisect_right(starts, position, next_index)
            sentence = (
                starts[next_index - 1],
                starts[next_index] if next_index < len(starts) else len(text),
            )
            count = 0
        count += 1
        if count > MAX_CUES_PER_SENTENCE:
            continue
        cue = _cue(text, match, sentence)
        if cue is None:
            continue
        if cue is _NO_SPEAKER:
            # The sentence is still one with a cue: a quotation before it does not go on into it.
            if not paragraph.quoted(position):
                by_sentence.setdefault(sentence, [])
            continue
        if (
            cue.lemma not in ("in", "according to")
            and cue.verb[0].isupper()
            and cue.verb != "Asked"
        ):
            if headline is None:
                headline = _headline(text)
            if not headline:
                continue
        if not paragraph.quoted(cue.start):
            by_sentence.setdefault(sentence, []).append(cue)
    return by_sentence


_NO_SPEAKER = _Cue(0, 0, "", "", None, (0, 0))


def _cue(text: str, match: re.Match[str], sentence: Span) -> _Cue | None:
    """The cue a hit reads as in its sentence, if any.

    Returns ``_NO_SPEAKER`` for a verb no speaker can stand before (see ``NO_SPEAKER_BEFORE``).
    """
    verb = match.group()
    position = match.start()
    if verb == "In":
        if text[sentence[0] : position].strip(" “\"‘'("):
            return None  # only a sentence's opening "In" can name a poll
        return _Cue(position, match.end(), "in", "finite", None, sentence, verb)
    if verb in ("according to", "According to"):
        return _Cue(position, match.end(), "according to", "finite", None, sentence, verb)
    kind = FORM_KIND[verb]
    window = position - VERB_GROUP_WINDOW if position > VERB_GROUP_WINDOW else 0
    before = text[window:position].rsplit(None, 1)
    if before and before[-1].replace("’", "'") in GROUP_WORDS:
        start, aux = _verb_group(text, position, kind)
    else:
        start, aux = position, None
        if (
            kind != "ing"
            and len(before) == 2
            and before[1].strip(EDGE_PUNCTUATION).lower() in NO_SPEAKER_BEFORE
            and not _ends_clause(before[1])
            and text.rfind(before[1], window, position) >= sentence[0]
        ):
            return _NO_SPEAKER  # "the report", "to say": no speaker ends before the verb
    if aux in PASSIVE_AUXILIARIES and kind != "ing":
        return None  # "was asked", "is said to be": not the subject's words
    if aux is None and kind == "finite" and FORM_LEMMA[verb] == verb and _after_a(text, position):
        return None  # "a fundraising call", "a sharp reply": a noun, not "a spokesman says"
    if (kind == "participle" and aux is None) or (kind == "ing" and aux is not None):
        return None  # "the written word"; "is saying" would need its subject, before
    end = match.end()
    if text.startswith(DELIVERY_STARTS, end):
        delivery = DELIVERY.match(text, end)
        end = delivery.end() if delivery else end
    start = start if start > sentence[0] else sentence[0]  # max() costs a call
    return _Cue(start, end, FORM_LEMMA[verb], kind, aux, sentence, verb)


# Words after "a" that make a plural subject: "a few voters say", "a third of them say".
PLURAL_AFTER_A = frozenset(
    {"few", "couple", "handful", "lot", "number", "majority", "minority", "host", "dozen"}
    | {"third", "quarter", "half", "fifth", "series", "pair", "group", "variety", "range"}
)


def _after_a(text: str, position: int) -> bool:
    """Whether a verb's base form follows "a" or "an" and at most three words.

    A singular indefinite subject takes "says", not "say", so the base form there is a noun:
    "drew a sharp reply", "sent out a fundraising call", "a new Pew report compares …".
    """
    words_before = text[position - 48 if position > 48 else 0 : position].split()[-4:]
    # Walking back, each step adds one word between "a" and the verb: only that one is new.
    for index in range(len(words_before) - 2, -1, -1):
        word = words_before[index + 1]
        lower = word.lower()
        if (
            not word[-1].isalnum()
            or lower in ("of", "who", "that", "which", "and", "or", "percent")
            or lower in SPEAKER_WORDS
            or not word[0].isalnum()
        ):
            return False
        if words_before[index] in ("a", "an", "A", "An"):
            return lower not in PLURAL_AFTER_A
    return False


def _left(text: str, cue: _Cue, floor: int) -> list[Chunk]:
    """The chunks of the sentence before a cue, from ``floor`` on (a window's worth)."""
    start = cue.start - LEFT_WINDOW if cue.start - LEFT_WINDOW > floor else floor
    if cue.left is None or cue.left[0] != start:
        cue.left = (start, _chunks(text, start, cue.start, LEFT_CHUNKS))
    return cue.left[1]


def _subject(text: str, start: int, end: int) -> Span | None:
    """The subject a sentence opens with, for a cue that has none of its own.

    "Hillary Clinton’s right-hand woman rallied supporters, saying: …" and "The judge rubbed
    his chin, and then said …" are attributed to the sentence's subject. An opening phrase
    closed by a comma is passed over ("On Friday, the military …"). The subject is read
    forward: a pronoun, or capitalised words, or a determiner and a few lower-case words; it
    ends before a word that looks like a verb.
    """
    piece = text[start : end if end < start + LEFT_WINDOW else start + LEFT_WINDOW]
    parts = piece.split()[:24]
    spans: list[Chunk] = []
    position = 0
    for part in parts:
        position = piece.find(part, position)
        spans.append((start + position, start + position + len(part), part))
        position += len(part)
    index = 0
    if spans and spans[0][2].strip(EDGE_PUNCTUATION).lower() in INTRODUCTIONS:
        while index < len(spans) and not spans[index][2].endswith(","):
            index += 1
        index += 1
    if index >= len(spans):
        return None
    first = index
    word = spans[index][2].strip(EDGE_PUNCTUATION)
    if word.lower() in words.PRONOUNS:
        return _span(spans, first, first)
    if word.lower() in words.DETERMINERS:
        index += 1
    last = None
    while index < len(spans) and index - first < 6:
        part = spans[index][2]
        word = part.strip(EDGE_PUNCTUATION)
        lower = word.lower()
        if (
            not word
            or lower in words.SPEAKER_STOPS
            or (word[0].islower() and lower in FORM_KIND)
            or (word[0].islower() and lower.endswith("ed"))
            or part.startswith(OPENING_QUOTES)
        ):
            break
        last = index
        if _ends_clause(part):
            break
        index += 1
    return None if last is None else _span(spans, first, last)


def _strip(text: str, start: int, end: int) -> Span:
    """Narrow ``start, end`` past spaces and separating punctuation at either edge."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def _content_span(text: str, start: int, end: int) -> Span | None:
    """The content between ``start`` and ``end``: no edge spaces, commas or final full stop."""
    start, end = _strip(text, start, end)
    if end > start and text[end - 1] == "." and _final_stop(text, end - 1):
        start, end = _strip(text, start, end - 1)
    if end <= start or not (
        text[start].isalnum() or any(char.isalnum() for char in text[start:end])
    ):
        return None
    return start, end


def _final_stop(text: str, position: int) -> bool:
    """Whether the full stop at ``position`` ends a sentence.

    It does not after an initial ("Ahmed S."), an abbreviation ("U.S.") or in an ellipsis.
    """
    before = text[position - 1 : position]
    if not before:
        return True
    previous = text[position - 2 : position - 1]
    if before in ".!?":
        return previous not in (".", "!", "?") or not previous
    if not before.isalpha():
        return True
    if previous == ".":
        return False  # "U.S."
    return not (_upper_or_digit(before) and not (previous and _is_word_char(previous)))


def _quote_content(text: str, quote: Span) -> Span:
    """The words of a quotation: inside the marks, without a closing comma.

    “We will,” he said → ``We will``.
    """
    start, end = quote
    opening = 2 if text.startswith("''", start) else 1
    inner_end = end
    if end - start > opening and text[end - 1] in "”\"'’":
        inner_end = end - (2 if opening == 2 and text.startswith("''", end - 2) else 1)
    span = _strip(text, start + opening, inner_end)
    return span if span[1] > span[0] else quote


def _skip_time_words(left: list[Chunk], end: int) -> int:
    """Step back over words between a speaker and the verb.

    "military on Sunday said", "workers here said", "Clinton herself said".
    """
    while end > 0:
        part = left[end - 1][2]
        word = part.strip(EDGE_PUNCTUATION).lower()
        if word not in BETWEEN_OR_TIME_WORDS:
            break  # the usual case
        if word in words.BETWEEN_WORDS and not _ends_clause(part) and end > 1:
            end -= 1
            continue
        if word not in words.DAYS and word not in words.TIME_NOUNS:
            break
        if _ends_clause(part):
            break
        end -= 1
        if end > 0 and left[end - 1][2].lower() in ("on", "last", "this", "late", "early"):
            end -= 1
    return end


def _noun_phrase_start(left: list[Chunk], end: int) -> int | None:
    """Walk back from ``left[end - 1]`` over one noun phrase; return its first chunk's index.

    The walk takes words that may belong to a speaker, stops after a determiner ("in an
    attack a Yemeni security source" → "a Yemeni security source") unless a preposition joins
    it to more ("a spokesman for the ministry"), and stops before words that never do ("that",
    "was", "also") and at punctuation that closes a clause ("In Washington, U.S. officials").
    """
    index = end - 1
    if index < 0:
        return None
    last = left[index][2].strip(EDGE_PUNCTUATION).lower()
    if last in SPEAKER_WORDS:
        if (
            last == "one"
            and index > 0
            and left[index - 1][2].strip(EDGE_PUNCTUATION).lower() == "no"
        ):
            return None  # "No one said anything"
        return index
    if not last or last in NO_SPEAKER_END:
        return None
    start = index
    nouns = 0
    word = last
    while index >= 0:
        part = left[index][2]
        if index < end - 1:
            if part[-1] in CLAUSE_LAST_CHARS and (part.endswith(CLAUSE_ENDINGS) or part in DASHES):
                break
            word = part.strip(EDGE_PUNCTUATION).lower()
        if word in PHRASE_WORDS or not word:
            # Words that end the walk or lead it on; any other word is part of the phrase.
            if word in words.DETERMINERS:
                start = index
                if index > 1 and _joins(left, index - 1):
                    index -= 1
                    continue
                break
            if word in words.SPEAKER_LINKS:
                if _joins(left, index):
                    index -= 1
                    continue
                break
            if (
                word == "and"
                and index > 0
                and left[index + 1][2][:1].isupper()
                and left[index - 1][2][:1].isupper()
                and not _ends_clause(left[index - 1][2])
            ):
                index -= 1  # "David Albright and Serena Kelleher-Vergantini"
                continue
            if (
                not word
                or (word in words.SPEAKER_STOPS and not (part[0].isupper() and word in NAME_STOPS))
                or word in words.PRONOUNS
            ):
                break
        start = index
        if part[0] in OPENING_FIRST_CHARS and (
            part.startswith(OPENING_QUOTES)
            or (
                # "Sen. Claire McCaskill (D-Mo.)": a parenthesis of its own is part of the name
                part.startswith("(") and not part.rstrip(",").endswith(")")
            )
        ):
            break
        nouns += 1
        if nouns > MAX_NOUN_WORDS:
            return None
        index -= 1
    return start


def _joins(left: list[Chunk], index: int) -> bool:
    """Whether ``left[index]`` joins two parts of one speaker.

    That is a preposition ("a spokesman for the ministry") or a participle after a noun ("a
    group tracking the violence", "a network monitoring the war").
    """
    if index < 1:
        return False
    word = left[index][2].strip(EDGE_PUNCTUATION)
    if word.lower() not in words.SPEAKER_LINKS and not (
        word.endswith("ing") and word.islower() and not _ends_clause(left[index][2])
    ):
        return False
    before = left[index - 1][2]
    word = before.strip(EDGE_PUNCTUATION).lower()
    return (
        bool(word)
        and not _ends_clause(before)
        and word not in words.SPEAKER_STOPS
        and word not in words.PRONOUNS
        and word not in words.DETERMINERS
    )


def _span(left: list[Chunk], first: int, last: int) -> Span:
    """Offsets from chunk ``first`` to chunk ``last``, without edge punctuation."""
    start = left[first][0] + len(left[first][2]) - len(left[first][2].lstrip("“\"‘'(["))
    end = left[last][1] - (len(left[last][2]) - len(left[last][2].rstrip(",;:—–")))
    return start, end


def _antecedent(left: list[Chunk], found: tuple[int, int] | None) -> Span | None:
    """The speaker of chunks ``found`` (first, last), or the noun a relative "who" stands for.

    "Annette Guessford, who … said" → "Annette Guessford".
    """
    if found is None:
        return None
    first, last = found
    part = left[first][2]
    if (
        first > 0
        and not part.startswith(LEADING_MARKS)
        and part.strip(EDGE_PUNCTUATION).lower() == "who"
        and left[first - 1][2].endswith(",")
    ):
        head = _noun_phrase_start(left, first)
        if head is not None:
            return _span(left, head, first - 1)
    return _span(left, first, last)


def _relative_subject(left: list[Chunk]) -> Span | None:
    """The noun of the relative clause a cue ends: "Annette Guessford, who answered … and"."""
    for index in range(len(left) - 1, 0, -1):
        part = left[index][2]
        if _ends_clause(part):
            return None
        if part.strip(EDGE_PUNCTUATION).lower() == "who":
            if left[index - 1][2].endswith(","):
                head = _noun_phrase_start(left, index)
                if head is not None:
                    return _span(left, head, index - 1)
            return left[index][0], left[index][1]
    return None


def _speaker_before(left: list[Chunk]) -> tuple[int, int] | None:
    """The speaker right before a cue that opens its statement, if there is one.

    Returns :func:`_speaker_phrase` unless the phrase opens with a participle ("fighting
    alongside pro-government units reported …" is the end of a relative clause, not a
    speaker).
    """
    found = _speaker_phrase(left)
    if found is not None:
        part = left[found[0]][2]
        if (
            part.islower()
            and part.endswith(("ing", "ed"))
            and len(part) > 4
            and not part.startswith(LEADING_MARKS)
        ):
            return None
    return found


def _speaker_phrase(left: list[Chunk]) -> tuple[int, int] | None:
    """The speaker right before a cue that opens its statement: "Iraq’s military on Sunday".

    Returns its first and last chunks. An apposition closed by a comma is part of it: "Cornell
    Belcher, a Democratic pollster who worked on Mr. Obama's campaign, said that …".
    """
    end = _skip_time_words(left, len(left))
    if end == 0:
        return None
    last = left[end - 1][2]
    dash = last in DASHES or (last.endswith(("—", "–")) and len(last) > 1)
    if last.endswith(",") or dash:
        # An apposition between commas, or a parenthesis between dashes: "Gingrich —
        # mentioned by Newsmax as the leading choice — told Bill O’Reilly …".
        closers = ("—", "–") if dash else (",",)
        index = end - 2
        while index >= 0 and end - index <= MAX_SPEAKER_CHUNKS:
            part = left[index][2]
            if part.endswith(closers) or (dash and part in DASHES):
                before = index if part in DASHES else index + 1
                head = _noun_phrase_start(left, before)
                if head is None:
                    return None
                return head, end - 1 if not dash else end - 2
            if _ends_clause(part) or part.startswith(OPENING_QUOTES):
                return None
            index -= 1
        return None
    if _ends_clause(last):
        return None
    head = _noun_phrase_start(left, end)
    if head is None:
        return None
    if (
        head > 1
        and left[head - 1][2].strip(EDGE_PUNCTUATION).lower() in ("who", "which", "that")
        and not (_ends_clause(left[head - 2][2]))
    ):
        # "The monitor which relies on a network of sources said …", "Officials who asked not
        # to be named said …": the relative clause belongs to the noun before it.
        noun = _noun_phrase_start(left, head - 1)
        if noun is not None and left[head - 1][2].islower():
            head = noun
    return head, end - 1


def _separates(part: str) -> bool:
    """Whether a chunk ends with a separator or is a dash: "Baghdad," "mountains,”" "—"."""
    return part[-1:] in SEPARATOR_LAST_CHARS and (part.endswith(SEPARATORS) or part in DASHES)


def _speaker_after_statement(left: list[Chunk], opened: bool) -> tuple[Span, int] | None:
    """For a statement said first: the speaker between its comma or quote and the cue.

    Returns the speaker and the offset where the statement ends ("…,” the military
    communications center known as the Security Media Cell said in a statement"); ``-1`` for
    a statement that is the quotation ending the sentence before (``opened``: "“Are you
    equating that?” Priebus said.").
    """
    end = _skip_time_words(left, len(left))
    if end == 0:
        return None
    last = end - 1
    apposition = left[last][2].endswith(",") and not left[last][2].endswith(CLOSING_QUOTES)
    if not apposition and _separates(left[last][2]):
        return None  # nothing between the statement and the cue: an inverted cue
    index = last - 1
    while index >= 0:
        part = left[index][2]
        if part[-1] in SEPARATOR_LAST_CHARS and (part.endswith(SEPARATORS) or part in DASHES):
            break
        if (
            part.endswith(CLAUSE_BREAKS)
            or part.startswith(OPENING_QUOTES)
            or part.strip(EDGE_PUNCTUATION) in ("that", "said", "says", "told")
            or last - index > MAX_SPEAKER_CHUNKS
        ):
            return None
        index -= 1
    if index < 0 and not opened:
        return None
    closing = left[index][1] if index >= 0 else -1
    first = index + 1
    if (
        apposition
        and index >= 0
        and left[index][2].endswith(",")
        and not left[index][2].endswith(CLOSING_QUOTES)
    ):
        # "…,” Cornell Belcher, a Democratic pollster, said": the name before the apposition
        # is the speaker's too, and what closes the statement comes before the name.
        head = _noun_phrase_start(left, index + 1)
        if head is not None:
            if head == 0 and not opened:
                return None  # "Cornell Belcher, a pollster, said …": no statement before
            if head == 0:
                closing, first = -1, 0
            elif _separates(left[head - 1][2]):
                closing, first = left[head - 1][1], head
    if first > last or not _is_speaker(left, first, last):
        return None
    return _span(left, first, last), closing


def _spaces_end(text: str, position: int, end: int) -> int:
    """The end of the run of ``SPEAKER_SPACES`` at ``position``, at most ``end``.

    One space is read here; a longer run, as hostile input may hold, by a pattern.
    """
    if position < end and text[position] in SPEAKER_SPACES:
        position += 1
        if position < end and text[position] in SPEAKER_SPACES:
            return SPACE_RUN.match(text, position, end).end()  # type: ignore[union-attr]
    return position


def _spaces_start(text: str, position: int, floor: int) -> int:
    """The start of the run of ``SPEAKER_SPACES`` that ends at ``position``, at least ``floor``."""
    if position > floor and text[position - 1] in SPEAKER_SPACES:
        position -= 1
        if position > floor and text[position - 1] in SPEAKER_SPACES:
            return SPACE_RUN_BACK.match(text, floor, position).start()  # type: ignore[union-attr]
    return position


def _inverted_speaker(text: str, position: int, end: int) -> Span | None:
    """The speaker ``INVERTED_SPEAKER.match(text, position, end)`` finds, as offsets."""
    start = _spaces_end(text, position, end)
    if start in (position, end) or text[start] in SPEAKER_BARS:
        return None
    if text.startswith(SPEAKER_STOP_HEADS, start, end) and SPEAKER_STOP.match(text, start, end):
        return None
    first = start + 1
    bar = SPEAKER_RUN_BAR.search(text, first, end)
    bar_at = end if bar is None else bar.start()
    # The lazy run ends at the first place the lookahead holds, at most this far.
    stop = first + MAX_SPEAKER_RUN if first + MAX_SPEAKER_RUN < bar_at else bar_at
    comma = text.find(",", first, bar_at)
    phrase_comma = comma
    while comma != -1:
        speaker_end = _spaces_start(text, comma, first)
        if speaker_end > stop:
            break
        if _opens_clause(text, comma, end):
            return start, speaker_end
        comma = text.find(",", comma + 1, bar_at)
    # Or at the end of the slice, a closing mark and spaces allowed.
    speaker_end = _spaces_start(text, end, first)
    if speaker_end > first and text[speaker_end - 1] in ".!?;":
        speaker_end = _spaces_start(text, speaker_end - 1, first)
    if speaker_end <= stop:
        return start, speaker_end
    # Or the first phrase alone, up to the spaces before its comma.
    if phrase_comma == -1:
        return None
    speaker_end = _spaces_start(text, phrase_comma, first)
    return (start, speaker_end) if speaker_end <= first + MAX_SPEAKER_PHRASE else None


def _opens_clause(text: str, comma: int, end: int) -> bool:
    """``SPEAKER_COMMA_END.match(text, comma, end)``, read only after a word that may open one."""
    after = _spaces_end(text, comma + 1, end)
    head = LOWER_WORD.match(text, after, end)
    if (head is None or head.group() not in SPEAKER_COMMA_HEADS) and not text.startswith(
        ("“", '"', "''"), after, end
    ):
        return False
    return SPEAKER_COMMA_END.match(text, comma, end) is not None


def _names_someone(text: str, start: int, end: int) -> bool:
    """Whether the words after an inverted cue open with a speaker.

    "said the source, who asked not to be named" does; "said the surge was over" does not.
    """
    comma = text.find(",", start, end)
    chunks = _chunks(text, start, end if comma == -1 else comma, MAX_SPEAKER_CHUNKS)
    return bool(chunks) and _noun_phrase_start(chunks, len(chunks)) == 0


def _about_the_saying(following: str) -> bool:
    """Whether the words after a cue speak of the saying, not open a statement.

    "said on Thursday during a speech" and "said, smiling" do; "said heavy U.S. pressure …",
    "said the army …" and "said Trump was …" open a statement.
    """
    first = following.split(None, 1)[:1]
    if not first:
        return True
    word = first[0].strip(EDGE_PUNCTUATION)
    return word in SAYING_WORDS or (word.islower() and word.endswith(("ly", "ing")))


def _unmarked_inverted(paragraph: _Paragraph, cue: _Cue, floor: int, end: int) -> _Found | None:
    """Read an inverted cue with no comma before it, as scrapes that lost their commas print it.

    "… while battles raged in Hardatain said the Observatory which tracks the conflict."
    """
    if "inverted" not in LEMMA_FRAMES[cue.lemma] or cue.aux is not None:
        return None
    text = paragraph.text
    # The pattern opens with spaces and an article: most cues are ruled out before it is read.
    after = _spaces_end(text, cue.end, end)
    if after == cue.end or not text.startswith(("the", "a"), after, end):
        return None
    match = UNMARKED_INVERTED.match(text, cue.end, end)
    if match is None or len(text[floor : cue.start].split()) < 5:
        return None
    content = _content_span(text, floor, cue.start)
    if content is None:
        return None
    speaker = _strip(text, *match.span("speaker"))
    return _Found(speaker, (cue.start, cue.end), content, "inverted")


def _unmarked_speaker(left: list[Chunk]) -> tuple[Span, int] | None:
    """A speaker after its statement with no comma between.

    Scrapes that lost their commas print it so: "… killed 10 civilians in the town the
    London-based Syrian Observatory for Human Rights said." The speaker must open with a
    capital or an article and follow a clause of five words or more; "It is unclear what he
    said." has no statement before "he".
    """
    end = _skip_time_words(left, len(left))
    head = _noun_phrase_start(left, end) if end else None
    if head is None or head < 5:
        return None
    opening = left[head][2]
    before = left[head - 1][2].strip(EDGE_PUNCTUATION).lower()
    if not (
        opening[:1].isupper() or opening.lower() in ("the", "a", "an", "it", "they", "he", "she")
    ):
        return None
    if before in words.SPEAKER_STOPS or before in UNMARKED_STOPS or _ends_clause(left[head - 1][2]):
        return None
    return _span(left, head, end - 1), left[head - 1][1]


def _is_speaker(left: list[Chunk], first: int, last: int) -> bool:
    """Whether the chunks from ``first`` to ``last`` read as a speaker.

    Either one noun phrase ("the military communications center known as the Security Media
    Cell"), or a phrase that opens like one and goes on with an apposition or a relative
    clause ("Cornell Belcher, a pollster who worked on …"). "in 30 states" and "declined to
    comment" are no speakers.
    """
    if _noun_phrase_start(left, last + 1) == first:
        return True
    opening = left[first][2].lstrip("“\"‘'(")
    word = opening.strip(EDGE_PUNCTUATION).lower()
    if not opening or not (opening[0].isupper() or word in words.DETERMINERS):
        return False
    return any(
        part.endswith(",") or part.strip(EDGE_PUNCTUATION).lower() in ("who", "whose", "which")
        for _, _, part in left[first:last]
    )


def _content_before(paragraph: _Paragraph, floor: int, closing: int) -> tuple[Span, bool] | None:
    """The statement before a cue that follows it, and whether it is a quotation.

    That is the quotation that ends at ``closing`` (a comma after it allowed), else the clause
    from ``floor`` up to ``closing``, or from a dash or semicolon before it: "sketching the
    boundaries may be the easy part -- real progress, they say, depends on …".
    """
    text = paragraph.text
    end = closing
    while end > floor and text[end - 1] in ",—–- ":
        end -= 1
    quote = paragraph.quote_ending_at(end)
    if quote is not None and quote[0] >= floor:
        return _quote_content(text, quote), True
    after = _last_clause_break(text, floor, end)
    if after != -1 and len(text[after:end].split()) >= 2:
        floor = after
    span = _content_span(text, floor, end)
    return None if span is None else (span, False)


def _last_clause_break(text: str, start: int, end: int) -> int:
    """Where the text after the last dash or semicolon in ``text[start:end]`` starts, or -1.

    A dash stands between spaces ("… the easy part -- real progress"); a semicolon is followed
    by one.
    """
    best = -1
    position = text.rfind(";", start, end - 1)
    while position != -1 and not text[position + 1].isspace():
        position = text.rfind(";", start, position)
    if position != -1:
        best = position + 2
    for dash in ("--", "—", "–"):
        position = text.rfind(dash, start + 1, end - 1)
        while position != -1 and not (
            text[position - 1].isspace() and text[position + len(dash)].isspace()
        ):
            position = text.rfind(dash, start + 1, position + len(dash) - 1)
        if position != -1:
            best = max(best, position + len(dash) + 1)
    return best


def _clause_end(text: str, position: int, end: int) -> tuple[str, int] | None:
    """What ends the clause at ``position``: a mark and where it ends, or ``""`` at ``end``.

    Spaces before the mark are passed over. ``None`` if something else comes first.
    """
    while position < end and text[position].isspace():
        position += 1
    if position >= end:
        return "", position
    mark = text[position]
    return (mark, position + 1) if mark in CLAUSE_END_MARKS else None


def _gap_end(text: str, position: int, end: int) -> int:
    """Where ``GAP_AFTER.match(text, position, end)`` ends.

    The pattern is not read where its first two words rule out any match (see
    ``GAP_THAT_WORDS``): a second word of ASCII letters, followed by a space, is compared with
    the words the pattern could take there.
    """
    following = text[position : position + 48].lstrip(" ,").split(None, 2)
    if len(following) == 3:
        first, second = following[0], following[1]
        if second.isascii() and second.isalpha():
            if first == "that":
                if second.lower() not in GAP_THAT_WORDS:
                    return position
            elif first == "to":
                if second[0].islower() and second not in GAP_TO_WORDS:
                    return position
            elif first == "a" and second not in GAP_A_WORDS:
                return position
    gap = GAP_AFTER.match(text, position, end)
    return gap.end() if gap else position


def _after_cue(text: str, cue: _Cue) -> tuple[Span | None, int]:
    """Who was told, and where the words about the saying end ("told Reuters by telephone").

    Read once per cue, up to the end of its sentence.
    """
    if cue.after is None:
        end = cue.sentence[1]
        recipient = None
        if cue.lemma in TELL_LIKE:
            match = RECIPIENT.match(text, cue.end, end)
            recipient = match.span("recipient") if match else None
            if recipient is not None:
                # "told Reuters Olmert has privately signaled …": the last name opens the
                # statement when a verb follows it.
                following = text[recipient[1] : recipient[1] + 12].split(None, 1)
                name = text[recipient[0] : recipient[1]]
                if following and following[0] in FINITE_AUXILIARIES and " " in name:
                    recipient = (recipient[0], recipient[0] + name.rindex(" "))
        position = recipient[1] if recipient else cue.end
        following = text[position : position + 24].lstrip(" ,").split(None, 1)
        if following and following[0].strip(EDGE_PUNCTUATION).lower() in GAP_WORDS:
            position = _gap_end(text, position, end)
        cue.after = (recipient, position)
    return cue.after


def _as_reported(paragraph: _Paragraph, cue: _Cue, floor: int, end: int) -> _Found | None:
    """Read a cue after "as": the statement is the rest of the sentence, or the clause before.

    "As The Daily Caller reported, …", "…, as The New York Times reported on Tuesday," and "As
    reported by Western Journalism, …".
    """
    text = paragraph.text
    left = _left(text, cue, floor)
    index = next((i for i in range(len(left) - 1, -1, -1) if left[i][2] in ("As", "as")), None)
    if index is None or len(left) - index > MAX_NOUN_WORDS:
        return None
    if index > 0 and not left[index - 1][2].endswith(","):
        return None
    recipient, position = _after_cue(text, cue)
    if index == len(left) - 1:
        by = AS_REPORTED_BY.match(text, position, end)  # "As reported by Western Journalism,"
        if by is None:
            return None
        speaker: Span | None = by.span("speaker")
        position = by.end("speaker")
    elif _noun_phrase_start(left, len(left)) == index + 1:
        speaker = _span(left, index + 1, len(left) - 1)
    else:
        return None
    if not text.startswith(",", position) and position < end:
        return None
    if index == 0 and left[0][0] - floor < 3:
        content = _content_span(text, position + 1, end)
    else:
        content = _content_span(text, floor, left[index - 1][1])
    if content is None:
        return None
    return _Found(speaker, (cue.start, cue.end), content, "as", recipient=recipient)


def _statement_first(paragraph: _Paragraph, cue: _Cue, floor: int, end: int) -> _Found | None:
    """Read a cue that follows its statement: "…, the source said." / "…,” said Smith."."""
    text = paragraph.text
    frames = LEMMA_FRAMES[cue.lemma]
    window = cue.start - LEFT_WINDOW
    if "after" in frames:
        lowered = text[window if window > floor else floor : cue.start].lower()
        if " as " in lowered or lowered.startswith("as "):
            reported = _as_reported(paragraph, cue, floor, end)
            if reported is not None:
                return reported
    closing = cue.start
    while closing > floor and text[closing - 1].isspace():
        closing -= 1
    if "inverted" in frames and cue.aux is None and text.endswith(SEPARATORS, floor, closing):
        found = _inverted_speaker(text, cue.end, end)
        if found is not None and _names_someone(text, *found):
            said = _content_before(paragraph, floor, closing)
            if said is not None:
                speaker = _strip(text, *found)
                return _Found(speaker, (cue.start, cue.end), said[0], "inverted")
    if "after" not in frames:
        return None
    following = text[cue.end : cue.end + 24].split(None, 1)
    if (
        following
        and following[0][0].isalnum()
        and (word := following[0].strip(EDGE_PUNCTUATION)).lower() not in GAP_WORDS
        and word not in SAYING_WORDS
        and cue.lemma not in TELL_LIKE
        and "”" not in (piece := text[window if window > floor - 4 else floor - 4 : cue.start])
        and '"' not in piece
        and "'" not in piece
    ):
        # "X said the …": a statement after the cue, read by the later passes; or a speaker
        # after it with the comma lost ("… said the Observatory.").
        return _unmarked_inverted(paragraph, cue, floor, end) if following[0] == "the" else None
    recipient, position = _after_cue(text, cue)
    position = position if position < end else end
    # A sentence may open right after a quotation that ends in its own full stop, question or
    # exclamation mark: "“Are you equating that?” Priebus said."
    previous = (
        paragraph.quote_ending_at(floor - 4 + len(text[floor - 4 : floor].rstrip()))
        if floor >= 4
        else None
    )
    tail = _clause_end(text, position, end)
    # "“…,” Clinton said on Thursday in a long speech …": what follows the cue may be about
    # the saying, not a statement of its own.
    saying = tail is None and _about_the_saying(text[position : position + 24])
    if tail is None and not saying:
        return _unmarked_inverted(paragraph, cue, floor, end)
    placed = _speaker_after_statement(_left(text, cue, floor), previous is not None)
    unmarked = False
    if placed is None and (saying or (tail is not None and tail[0] in ".!?")):
        placed = _unmarked_speaker(_left(text, cue, floor))
        unmarked = True
    if placed is None:
        return None
    speaker, closing = placed
    if text.endswith(POSSESSIVE_ENDINGS, speaker[0], speaker[1]):
        return None  # "… defended the host’s remarks.": a possessive owns a noun, says nothing
    if closing == -1 and previous is not None:
        before: tuple[Span, bool] | None = (_quote_content(text, previous), True)
    else:
        before = _content_before(paragraph, floor, closing)
    if before is None or (tail is None and not before[1] and not unmarked):
        return None  # "… police said during a raid that …": the statement may follow
    # "He said, “…”" opens a statement; "“…,” he said, “…”" splits one: a comma and a quote
    # after the cue read as a statement first only when a quotation comes before too.
    if (
        tail is not None
        and tail[0] == ","
        and OPENS_QUOTE.match(text, tail[1], end)
        and not before[1]
    ):
        return None
    return _Found(speaker, (cue.start, cue.end), before[0], "after", recipient=recipient)


def _opening(
    cue: _Cue, text: str, position: int, limit: int
) -> tuple[int, str, Span | None] | None:
    """Where the statement after a cue starts, the frame that reads it, and an object told.

    The frames are tried in order: a that-clause, colon or quotation ("said that", "said:
    “…”"); an infinitive ("vowed to", "urged Iraq to"); an indirect question ("asked Trump how
    …"); a bare clause ("said the attack …", "think he is …"); a direct object ("denied the
    report"); a name in quotes ("called the lines “unacceptable”").
    """
    frames = LEMMA_FRAMES[cue.lemma]
    noun_like = cue.kind != "ing" and cue.verb in words.NOUN_FORMS
    # The first word after the cue settles most frames without a pattern.
    first = text[position : position + 16].lstrip(" ,").split(None, 1)
    word = first[0] if first else ""
    if (
        frames & SPEECH_FRAMES
        and (word[:1] in "“\"':" or word.startswith("that") or text.startswith(",", position))
        and THAT_OPENER.match(text, position, limit)
    ):
        opener = CONTENT_OPENER.match(text, position, limit)
        return (opener.end() if opener else position), "that", None
    if "to" in frames and " to " in text[position - 1 : position + 48]:
        match = TO_OPENER.match(text, position, limit)
        if match is not None:
            return match.start("to"), "to", match.span("object") if match.group("object") else None
    if noun_like:
        if "label" in frames and LABEL_OPENER.match(text, position, limit):
            return position, "label", None
        return None
    if (
        "question" in frames
        and word.strip(EDGE_PUNCTUATION) in QUESTION_WORDS
        and QUESTION_OPENER.match(text, position, limit)
    ):
        return position, "question", None
    if "bare" in frames or ("clause" in frames and CLAUSE_OPENING.match(text, position, limit)):
        piece = text[position : position + 6].lstrip()
        if piece and not piece.startswith((",", ".", ";", "to ", "of ", "about", "by ", "for ")):
            return position, "bare" if "bare" in frames else "clause", None
    if "object" in frames and (
        OBJECT_OPENER.match(text, position, limit)
        or (
            # ", citing low growth", "called for more spending": after a comma a participle's
            # object, and after a preposition any noun phrase, needs no determiner
            word[:1].isalpha()
            and (
                " " in cue.lemma
                or (
                    cue.kind == "ing"
                    and text[max(0, cue.start - 2) : cue.start].rstrip().endswith(",")
                )
                or (
                    word[:1].islower()
                    and cue.lemma not in ("raise", "pledge", "vow", "promise")
                    and word.strip(EDGE_PUNCTUATION) not in BARE_OBJECT_STOPS
                    and not word.endswith(("ly", ",", "."))
                )
            )
        )
    ):
        return position, "object", None
    if "label" in frames and LABEL_OPENER.match(text, position, limit):
        return position, "label", None
    return None


def _shows(text: str, cue: _Cue, start: int) -> Span | None:
    """The speaker of "polls show …" and "records show …", if the cue reads so.

    Polls, records and studies show and find without a clause opener after the verb.
    """
    if "clause" not in LEMMA_FRAMES[cue.lemma] or cue.kind == "ing":
        return None
    window = cue.start - 24 if cue.start - 24 > start else start
    before = text[window : cue.start].rsplit(None, 1)
    if not before or before[-1].strip(EDGE_PUNCTUATION).lower() not in words.DATA_NOUNS:
        return None
    left = _left(text, cue, start)
    found = _speaker_before(left)
    if found is None:
        return None
    speaker = _span(left, *found)
    head = text[speaker[0] : speaker[1]].rsplit(None, 1)[-1].strip(EDGE_PUNCTUATION).lower()
    return speaker if head in words.DATA_NOUNS else None


def _statement_after(sentence: _Sentence, cue: _Cue, limit: int) -> _Found | None:
    """Read a cue that opens its statement: "X said (that) …", "X told Y …", ", adding …"."""
    paragraph, start = sentence.paragraph, sentence.start
    text = paragraph.text
    if cue.lemma == "according to":
        return _according_to(paragraph, cue, start, limit, sentence.found)
    recipient, position = _after_cue(text, cue)
    if position > limit:
        recipient, position = None, cue.end
    opening = _opening(cue, text, position, limit)
    speaker: Span | None = None
    if opening is None:
        speaker = _shows(text, cue, start)
        if speaker is None:
            return None
        opening = (position, "data", None)
    content_start, frame, told = opening
    recipient = recipient or told
    if speaker is not None:
        pass
    elif cue.kind == "ing":
        speaker = _participle_speaker(sentence, cue, frame)
        if speaker is None:
            return None
        frame = "ing-" + frame
    else:
        left = _left(text, cue, start)
        speaker = _antecedent(left, _speaker_before(left))
        if speaker is None and left and left[-1][2].strip(EDGE_PUNCTUATION) in ("and", "but"):
            # "The judge rubbed his chin, and then said …": the subject of the sentence, or
            # of the relative clause ("Annette Guessford, who answered her door and said …").
            speaker = _relative_subject(left) or _subject(text, start, cue.start)
        if speaker is None:
            if not _asked(cue, left, frame):
                return None
            # "Asked about Cruz's charges, Rubio said …": a question put by someone the
            # sentence does not name; it runs to the comma.
            comma = text.find(",", content_start, limit)
            limit = limit if comma == -1 else comma
            frame = "asked"
    if speaker is not None and text.endswith(POSSESSIVE_ENDINGS, speaker[0], speaker[1]):
        return None  # "Editor’s note: …": a possessive owns a noun, says nothing
    if (
        frame == "that"
        and cue.verb in words.NOUN_FORMS
        and _relative_that(text, content_start, limit)
    ):
        return None  # "Rust Belt states that have suffered": a noun and its relative clause
    if (
        speaker is not None
        and frame.removeprefix("ing-") not in SPEECH_FRAMES
        and frame != "question"
        and text[speaker[0] : speaker[1]].split(None, 1)[0].lower() in WEAK_SPEAKERS
    ):
        # "candidates who think …", "I think …": a belief of a relative clause or of the
        # writer is seldom an attribution worth reporting; a saying is.
        return None
    later = [other for other in sentence.cues if other.start > cue.start]
    content = _content_from(
        paragraph, content_start, _content_end(text, content_start, limit, later)
    )
    if content is None:
        return None
    return _Found(speaker, (cue.start, cue.end), content, frame, recipient=recipient)


def _relative_that(text: str, start: int, limit: int) -> bool:
    """Whether the clause after a "that" has no subject: "states that have voted"."""
    before = text[max(0, start - 6) : start].rstrip()
    if not before.endswith("that"):
        return False
    following = text[start : limit if limit < start + 24 else start + 24].split(None, 1)
    return bool(following) and following[0].strip(EDGE_PUNCTUATION) in RELATIVE_VERBS


# Words after which a participle's speaker is the sentence's subject: "by saying", "while
# adding".
SUBJECT_CLAUSE_WORDS = ("by", "upon", "while", "after", "before", "in")


def _participle_speaker(sentence: _Sentence, cue: _Cue, frame: str) -> Span | None:
    """The speaker of a participle cue, if it has one.

    After a comma (", adding that …") it is the speaker of the clause before, or the
    sentence's subject; after "by", "upon" or "while" ("She followed that by saying, “…”")
    the subject; right after a noun ("voters saying they want …", "with 50 percent saying she
    is prepared") that noun.
    """
    text, start = sentence.paragraph.text, sentence.start
    before = text[cue.start - 3 if cue.start - 3 > start else start : cue.start].rstrip()
    if before.endswith((",", "—", "–")):
        return next(
            (f.speaker for f in reversed(sentence.found) if f.cue[0] < cue.start), None
        ) or _subject(text, start, cue.start)
    if frame not in ("that", "bare", "clause"):
        return None
    left = _left(text, cue, start)
    if left and left[-1][2].strip(EDGE_PUNCTUATION).lower() in SUBJECT_CLAUSE_WORDS:
        return _subject(text, start, left[-1][0])
    found = _speaker_before(left)
    return None if found is None else _span(left, *found)


def _asked(cue: _Cue, left: list[Chunk], frame: str) -> bool:
    """Whether a cue is a sentence-opening "Asked …" or "When asked …"."""
    if frame not in ("question", "to", "object") or cue.verb not in ("asked", "Asked"):
        return False
    if not left:
        return True
    last = left[-1][2].strip(EDGE_PUNCTUATION).lower()
    # "…,” Christie said when asked whether …": "when asked" may follow its answer.
    return last in ASKED_OPENERS and (len(left) == 1 or last in ASKED_AFTER_ANSWER)


def _content_from(paragraph: _Paragraph, start: int, end: int) -> Span | None:
    """The statement from ``start`` to ``end``: the quotation there if that is all of it."""
    text = paragraph.text
    while start < end and text[start].isspace():
        start += 1
    quote = paragraph.quote_at(start)
    if quote is not None and not text[quote[1] : end].strip(" ,.;—–"):
        return _quote_content(text, quote)
    return _content_span(text, start, end)


def _content_end(text: str, start: int, limit: int, later: list[_Cue]) -> int:
    """Where a statement that follows its cue ends.

    That is the end of the sentence, or before a later cue that starts a clause of its own:
    a participle or "according to" after a comma ("…, adding that …"), a verb joined by "and"
    or "but" ("endorsed Canova and said he would …"), or a verb with its own subject after a
    comma ("While Comey has said that …, Lewandowski said …").
    """
    for other in later:
        if other.start >= limit:
            break
        before = text[start : other.start].rstrip()
        if other.kind == "ing" or other.lemma == "according to":
            if before.endswith((",", "—", "–")):
                return start + len(before) - 1
            continue
        window = other.start - LEFT_WINDOW
        chunks = _chunks(text, window if window > start else start, other.start, 16)
        if not chunks:
            continue
        if other.verb == "asked" and chunks[-1][2].strip(EDGE_PUNCTUATION) in ASKED_AFTER_ANSWER:
            return start + len(text[start : chunks[-1][0]].rstrip(" ,"))  # "… when asked how"
        if chunks[-1][2].strip(EDGE_PUNCTUATION) in ("and", "but") and not _ends_clause(
            chunks[-1][2]
        ):
            cut = chunks[-1][0]
            if len(chunks) > 1 and chunks[-2][2].endswith(","):
                cut = chunks[-2][1] - 1
            return cut
        end = _skip_time_words(chunks, len(chunks))
        head = _noun_phrase_start(chunks, end) if end else None
        if head is None or head == 0:
            continue
        if chunks[head - 1][2].endswith(","):
            return chunks[head - 1][1] - 1
        if chunks[head - 1][2] in ("and", "but", "while", "whereas"):
            # "Ted Cruz accuses Obama of … and Donald Trump says …": a new subject
            cut = chunks[head - 1][0]
            if head > 1 and chunks[head - 2][2].endswith(","):
                cut = chunks[head - 2][1] - 1
            return cut
    return limit


def _according_to(
    paragraph: _Paragraph, cue: _Cue, start: int, limit: int, found: list[_Found]
) -> _Found | None:
    """Read "According to an announcement, the action …" or "…, according to the report"."""
    text = paragraph.text
    comma = text.find(",", cue.end, limit)
    floor = max([start] + [f.content[1] for f in found if f.content[1] <= cue.start])
    before = _content_span(text, floor, cue.start)
    if comma == -1:
        speaker = _content_span(text, cue.end, limit)
        content = before
    else:
        speaker = _strip(text, cue.end, comma)
        after = _content_span(text, comma + 1, limit)
        content = after
        if before is not None and (after is None or before[1] - before[0] > after[1] - after[0]):
            content = before
    if content is None or speaker is None or not 0 < speaker[1] - speaker[0] <= MAX_SPEAKER_LENGTH:
        return None
    return _Found(speaker, (cue.start, cue.end), content, "according", according=True)


def _names_survey(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a survey noun, as each match of ``IN_SURVEY`` does."""
    piece = text[start:end]
    return any(noun in piece for noun in SURVEY_HEADS)


def _read_sentence(paragraph: _Paragraph, start: int, end: int, cues: list[_Cue]) -> list[_Found]:
    """Read the cues of one sentence; each part of the sentence is attributed at most once."""
    text = paragraph.text
    # A poll that opens the sentence claims all of it: "In a CNN/ORC poll released Monday, 31%
    # of Republicans said they were …".
    survey = (
        IN_SURVEY.match(text, cues[0].start, end)
        if cues[0].lemma == "in" and _names_survey(text, cues[0].start, end)
        else None
    )
    if survey is not None:
        content = _content_span(text, survey.end(), end)
        if content is not None:
            speaker = _strip(text, *survey.span("speaker"))
            return [_Found(speaker, survey.span("cue"), content, "survey")]
    sentence = _Sentence(paragraph, start, end, cues[1:] if cues[0].lemma == "in" else cues)
    taken: list[Span] = []

    # First: cues that follow their statement ("…, the source said.") claim it, so a verb
    # inside it ("Clinton had told police …, the source added.") is not read again.
    floor = start
    for cue in sentence.cues:
        if cue.kind != "finite" or cue.start < floor:
            continue
        if cue.lemma == "according to":
            # "…, according to the summary presented to Baghdad lawmakers.": the statement
            # before is claimed, with any verb inside it.
            if (
                not text[cue.start - 2 if cue.start - 2 > floor else floor : cue.start]
                .rstrip()
                .endswith(",")
            ):
                continue
            if text.find(",", cue.end, end) != -1:
                continue
            item = _according_to(paragraph, cue, floor, end, sentence.found)
        else:
            item = _statement_first(paragraph, cue, floor, end)
        if item is not None:
            sentence.found.append(item)
            taken.append((item.content[0], item.cue[1]))
            if item.speaker:
                taken.append(item.speaker)
            floor = item.cue[1]
            if item.speaker and item.speaker[1] > floor:
                floor = item.speaker[1]

    # Then cues whose speaker carries an apposition ("Sen. Claire McCaskill, who has endorsed
    # Clinton, said …") claim it, so a verb inside it is part of the speaker.
    for cue in sentence.cues:
        if (
            cue.kind != "ing"
            # A comma right before the cue, a space between allowed (read char by char: a
            # slice, its strip and a suffix test cost four times as much).
            and cue.start > start
            and (
                text[cue.start - 1] == ","
                or (
                    text[cue.start - 1].isspace()
                    and cue.start - 2 >= start
                    and text[cue.start - 2] == ","
                )
            )
            and _free(taken, cue.start)
        ):
            item = _statement_after(sentence, cue, _limit(taken, cue.start, end))
            if item is not None and item.speaker is not None:
                sentence.found.append(item)
                taken.extend([item.speaker, (item.cue[0], item.content[1])])

    # Last, the other cues that open their statement, left to right; each statement runs to
    # the end of the sentence or to the next part already claimed.
    # A verb in a relative clause ("The Republican who wrote the speech says he …") waits for
    # the others, so its statement stops where the main verb's speaker starts.
    order = sentence.cues
    if len(order) > 1:
        relative = [cue for cue in order if _after_relative(text, cue, start)]
        if relative:
            order = [cue for cue in order if cue not in relative] + relative
    for cue in order:
        if _free(taken, cue.start):
            item = _statement_after(sentence, cue, _limit(taken, cue.start, end))
            if item is not None:
                sentence.found.append(item)
                taken.append((item.cue[0], item.content[1]))
                if item.speaker is not None and item.speaker[0] > cue.start:
                    taken.append(item.speaker)
    found = sentence.found
    if len(found) > 1:
        found.sort(key=_cue_start)
    return found


def _cue_start(item: _Found) -> int:
    return item.cue[0]


def _free(taken: list[Span], position: int) -> bool:
    """Whether ``position`` is outside every claimed part of the sentence."""
    for start, end in taken:  # noqa: SIM110 - all() over a generator costs twice as much
        if start <= position < end:
            return False
    return True


def _limit(taken: list[Span], position: int, end: int) -> int:
    """Where a statement opened at ``position`` must stop: the next claimed part, or ``end``."""
    for start, _ in taken:
        if position < start < end:
            end = start
    return end


def _after_relative(text: str, cue: _Cue, start: int) -> bool:
    """Whether a cue follows a relative pronoun: "who wrote", "which reported"."""
    before = text[cue.start - 8 if cue.start - 8 > start else start : cue.start].rsplit(None, 1)
    return bool(before) and before[-1].lower() in ("who", "which", "that")


# ---------------------------------------------------------------------------------------------
# Records.


def _kind(paragraph: _Paragraph, found: _Found) -> AttributionKind:
    if found.according:
        return AttributionKind.ACCORDING_TO
    start, end = found.content
    index = bisect.bisect_right(paragraph.quote_starts, start) - 1
    index = index if index > 0 else 0
    quotes = []
    while index < len(paragraph.quotes) and paragraph.quotes[index][0] < end:
        if paragraph.quotes[index][1] > start:
            quotes.append(paragraph.quotes[index])
        index += 1
    if not quotes:
        return AttributionKind.INDIRECT
    if len(quotes) == 1 and quotes[0][0] < start and quotes[0][1] >= end:
        return AttributionKind.DIRECT
    return AttributionKind.MIXED


def is_anonymous(speaker: str | None) -> bool:
    """Whether a speaker is an unnamed source ("a security source", "officials").

    A speaker is unnamed when it says so ("who asked not to be named", "familiar with the
    talks") or when the head of its first phrase is a person noun ("source", "official",
    "spokesman") with no name after it.

    Args:
        speaker: the speaker as written, or ``None``.

    Returns:
        ``True`` for an unnamed source; pronouns, names and institutions are not.

    Examples:
        >>> is_anonymous("A security source")
        True
        >>> is_anonymous("State Department spokeswoman Victoria Nuland")
        False
        >>> is_anonymous("the source, who asked not to be named")
        True
        >>> is_anonymous("the Security Media Cell")
        False
    """
    if not speaker:
        return False
    lowered = speaker[:MAX_SPEAKER_LENGTH].lower()
    # A speaker is short: a substring test per phrase costs less than one regex search.
    for phrase in words.ANONYMITY_PHRASES:
        if phrase in lowered:
            return True
    head = None
    for part in speaker.split(",", 1)[0].split():
        word = part.strip(EDGE_PUNCTUATION).lower()
        if head is not None and (word in words.SPEAKER_LINKS or word in ("who", "which", "that")):
            break
        if word:
            head = word
    return head in words.ANONYMOUS_HEADS


# Speakers repeat ("he", "the company", a name), within an article and across a corpus: each is
# judged once. The cache is bounded, so a flood of distinct speakers costs no more memory.
_anonymous = functools.lru_cache(maxsize=4096)(is_anonymous)


# Records are built without running the attrs validators. The extractor's values are valid by
# construction (each string is the slice of the paragraph its span names, and a span is only
# kept when that slice holds a word), and running nine validators costs more than reading the
# attribution: about 12 µs a record, a third of the extractor's time on a Reuters article.
# ``tests/test_attribution_corpus.py`` rebuilds every extracted record through the validating
# constructor and checks it comes out equal; ``Article`` checks the spans again.
_NEW = object.__new__
_SET = object.__setattr__


def _record(
    *,
    speaker: str | None,
    cue: str,
    content: str,
    kind: AttributionKind,
    anonymous: bool,
    recipient: str | None,
    paragraph: int,
    speaker_span: Span | None,
    cue_span: Span | None,
    content_span: Span | None,
) -> Attribution:
    """An :class:`Attribution` from values the extractor has already made valid."""
    record: Attribution = _NEW(Attribution)
    _SET(record, "speaker", speaker)
    _SET(record, "cue", cue)
    _SET(record, "content", content)
    _SET(record, "kind", kind)
    _SET(record, "anonymous", anonymous)
    _SET(record, "recipient", recipient)
    _SET(record, "paragraph", paragraph)
    _SET(record, "speaker_span", speaker_span)
    _SET(record, "cue_span", cue_span)
    _SET(record, "content_span", content_span)
    return record


def _attribution(paragraph: _Paragraph, index: int, found: _Found) -> Attribution:
    text = paragraph.text
    speaker = text[found.speaker[0] : found.speaker[1]] if found.speaker else None
    recipient = found.recipient
    return _record(
        speaker=speaker,
        cue=text[found.cue[0] : found.cue[1]],
        content=text[found.content[0] : found.content[1]],
        kind=_kind(paragraph, found),
        anonymous=_anonymous(speaker),
        recipient=text[recipient[0] : recipient[1]] if recipient else None,
        paragraph=index,
        speaker_span=found.speaker,
        cue_span=found.cue,
        content_span=found.content,
    )


def _expectations(paragraph: _Paragraph, found: list[_Found]) -> list[_Found]:
    """Expectations and questions no one is named for: "The sale is expected to close soon".

    The expectation or question is attributed (to no one the sentence names) and its content
    is the whole clause, subject included. Parts already attributed are left alone. Matches are read
    left to right against the claimed parts, merged and in order, so a flood of them stays
    linear; a paragraph is read for its first ``MAX_CUES_PER_PARAGRAPH``.
    """
    text = paragraph.text
    claimed: list[list[int]] = []
    for start, end in sorted(
        (min(item.cue[0], item.content[0]), max(item.cue[1], item.content[1])) for item in found
    ):
        if claimed and start <= claimed[-1][1]:
            claimed[-1][1] = max(claimed[-1][1], end)
        else:
            claimed.append([start, end])
    more: list[_Found] = []
    index = 0
    for count, match in enumerate(_passive_cues(text)):
        if count >= MAX_CUES_PER_PARAGRAPH:
            break
        cue = match.span("cue")
        while index < len(claimed) and claimed[index][1] <= cue[0]:
            index += 1
        if (index < len(claimed) and claimed[index][0] <= cue[0]) or paragraph.quoted(cue[0]):
            continue
        start, end = paragraph.sentence(cue[0])
        subject = _subject(text, start, cue[0])
        content = _content_span(text, subject[0] if subject else start, end)
        if content is None or not content[0] < cue[0]:
            continue
        more.append(_Found(None, cue, content, "expected"))
        # The clause is claimed: later matches in it are part of this expectation.
        claimed.insert(index, [content[0], content[1]])
    return more


def _passive_cues(text: str) -> Iterator[regex.Match[str]]:
    """``PASSIVE_CUE.finditer(text)``, read only in the windows around its keywords."""
    lowered = text.lower()
    if len(lowered) != len(text) or "ſ" in text:
        yield from PASSIVE_CUE.finditer(text)
        return
    # Where the keywords are dense ("Prices are expected to " repeated), one pass costs less
    # than a window each.
    most = len(text) // PASSIVE_KEYWORD_SPACING + 4
    keywords = []
    for keyword in PASSIVE_KEYWORDS:
        position = lowered.find(keyword)
        while position != -1:
            keywords.append((position, position + len(keyword)))
            if len(keywords) > most:
                yield from PASSIVE_CUE.finditer(text)
                return
            position = lowered.find(keyword, position + len(keyword))
    keywords.sort()
    window_start = window_end = -1
    for keyword_start, keyword_end in keywords:
        if keyword_start < window_end:
            start = window_end  # inside the window: it already reaches back far enough
        else:
            before = PASSIVE_BEFORE.match(text, max(window_end, 0), keyword_start)
            start = before.start() if before else keyword_start
        after = PASSIVE_AFTER.match(text, keyword_end)
        end = (after.end() if after else keyword_end) + 2
        if start > window_end:
            if window_end != -1:
                yield from PASSIVE_CUE.finditer(text, window_start, window_end)
            window_start = start
        window_end = max(window_end, end)
    if window_end != -1:
        yield from PASSIVE_CUE.finditer(text, window_start, window_end)


def _read_paragraph(index: int, text: str) -> list[Attribution]:
    label = SPEAKER_LABEL.match(text) if ":" in text else None
    if label is not None:
        labelled = _labelled(index, text, label)
        if labelled is not None:
            return [labelled]
    hits = _cue_hits(text, text.split())
    expected = "expected to" in text or " asked" in text or "seem" in text or "appear" in text
    dashed = ("―" in text or "—" in text or "–" in text or " -" in text) and (
        "”" in text or '"' in text
    )
    if not hits and not expected and not dashed:
        return []
    paragraph = _read_structure(text)
    found: list[_Found] = []
    by_sentence = _cues(text, paragraph, hits) if hits else {}
    for (start, end), cues in by_sentence.items():
        if not cues:
            continue
        for item in _read_sentence(paragraph, start, end, cues):
            found.append(item)
            more = _quote_goes_on(paragraph, item, end, by_sentence)
            if more is not None:
                found.append(attrs.evolve(item, content=more, frame="continued"))
    if expected:
        more_found = _expectations(paragraph, found)
        if more_found:
            found.extend(more_found)
            found.sort(key=_cue_start)
    if dashed:
        credited = _dash_credits(paragraph, found)
        if credited:
            found.extend(credited)
            found.sort(key=_cue_start)
    return [_attribution(paragraph, index, item) for item in found]


def _dash_credits(paragraph: _Paragraph, found: list[_Found]) -> list[_Found]:
    """Quotations credited with a dash and a name: "“We will rebuild.” ― Maria Lopez".

    A quotation already attributed by a cue is left alone. Each quotation is read once, so a
    paragraph of many stays linear.
    """
    text = paragraph.text
    claimed = [item.content for item in found]
    more: list[_Found] = []
    for quote in paragraph.quotes[:MAX_CUES_PER_PARAGRAPH]:
        if text[quote[1] - 1] not in '”"':
            continue
        # The pattern opens with spaces and a dash: most quotations are ruled out before it.
        after = _spaces_end(text, quote[1], len(text))
        if text[after : after + 1] not in DASH_MARKS:
            continue
        match = DASH_CREDIT.match(text, quote[1])
        if match is None:
            continue
        content = _quote_content(text, quote)
        if any(start < content[1] and content[0] < end for start, end in claimed):
            continue
        start, end = match.span("speaker")
        if text[end - 1] == "." and len(text[start:end].rsplit(None, 1)[-1]) > 3:
            end -= 1  # "― Omar Ali." ends its sentence; "A. Smith Jr." keeps its stop
        more.append(_Found((start, end), match.span("cue"), content, "dash"))
    return more


def _labelled(index: int, text: str, label: regex.Match[str]) -> Attribution | None:
    """A paragraph opened by its speaker's name and a colon: "TAPPER: And obviously, …"."""
    speaker = label.group("speaker")
    if (
        speaker.lower() in words.NOT_SPEAKER_LABELS
        or speaker.split()[0].lower() in words.DETERMINERS
        or speaker.rsplit(None, 1)[-1].lower() in words.RUBRIC_ENDINGS
        or (index == 0 and speaker.isupper())
        or sum(part[:1].isalpha() for part in text[label.end() :].split()) < 3
    ):
        # "Source: Rudaw" is a credit, "The Latest: …" a rubric, "Clinton: 547" a tally, and
        # "BAGHDAD: …" opening a story a dateline.
        return None
    paragraph = _read_structure(text)
    content = _content_span(text, label.end(), len(text))
    if content is None:
        return None
    quote = paragraph.quote_at(content[0])
    if quote is not None and not text[quote[1] : content[1]].strip(" .,"):
        content = _quote_content(text, quote)
    colon = text.index(":", label.end("speaker"))
    found = _Found(label.span("speaker"), (colon, colon + 1), content, "label")
    return _attribution(paragraph, index, found)


def _quote_goes_on(
    paragraph: _Paragraph, item: _Found, end: int, by_sentence: dict[Span, list[_Cue]]
) -> Span | None:
    """The rest of a quotation after its cue, if it goes on.

    A cue may interrupt a quotation ("“Judge,” Brafman said, “I have never …”"), or the next
    sentence may be all quotation ("“I am not shy,” I said. “I have not been …”").
    """
    if item.frame not in ("after", "inverted"):
        return None
    text = paragraph.text
    quoted = item.content[0] > 0 and text[item.content[0] - 1] in "“\"'‘"
    after = item.cue[1]
    if item.speaker and item.speaker[1] > after:
        after = item.speaker[1]
    if after > item.content[0]:
        position = after
        first = text[after : after + 24].lstrip(" ,").split(None, 1)
        if first and first[0].strip(EDGE_PUNCTUATION).lower() in GAP_STARTS:
            position = _gap_end(text, after, end)
        rest = text[position:end]
        stripped = rest.lstrip(" ,")
        if rest[: len(rest) - len(stripped)].strip() == ",":
            quote = paragraph.quote_at(position + len(rest) - len(stripped))
            if quote is not None:
                return _quote_content(text, quote)
        elif not rest.strip(" .") and end < len(text) and quoted:
            following = paragraph.sentence(end)
            if following not in by_sentence:
                quote = paragraph.quote_at(end)
                if quote is not None and not text[quote[1] : following[1]].strip(" .,"):
                    return _quote_content(text, quote)
    return None


def _continued(index: int, text: str, previous: Attribution) -> Attribution | None:
    """The quotation a paragraph opens with, when it goes on from the paragraph before."""
    if not text.startswith(OPENING_MARKS):
        return None
    end = _quote_end(text, 0)
    if end == -1:
        return None
    span = _quote_content(text, (0, end))
    return _record(
        speaker=previous.speaker,
        cue=previous.cue,
        content=text[span[0] : span[1]],
        kind=AttributionKind.DIRECT,
        anonymous=previous.anonymous,
        recipient=previous.recipient,
        paragraph=index,
        speaker_span=None,
        cue_span=None,
        content_span=span,
    )


def _left_open(text: str, attribution: Attribution) -> bool:
    """Whether an attribution's quotation runs on, unclosed, to the end of its paragraph."""
    if attribution.content_span is None or attribution.kind is AttributionKind.INDIRECT:
        return False
    if text[attribution.content_span[1] :].strip():
        return False
    start = attribution.content_span[0] - 1
    return (
        start >= 0
        and text[start] in '“"'
        and text.count("”" if text[start] == "“" else '"', start) == 0
    )


def extract_attributions(paragraphs: Sequence[str]) -> tuple[Attribution, ...]:
    """Find who said what in an article's paragraphs, in body order.

    Args:
        paragraphs: the clean body, as in ``Article.paragraphs``.

    Returns:
        The attributions, each located in its paragraph by character spans.

    Examples:
        >>> extract_attributions(["No one said anything here"])
        ()
        >>> [a] = extract_attributions(
        ...     ["A security source told Kurdistan 24 that the rockets were fewer than 17."])
        >>> a.speaker, a.cue, a.recipient, a.content
        ('A security source', 'told', 'Kurdistan 24', 'the rockets were fewer than 17')
        >>> a.kind.value, a.anonymous
        ('indirect', True)
        >>> [a] = extract_attributions(["“We condemn this act,” the spokeswoman said."])
        >>> a.speaker, a.cue, a.content, a.kind.value
        ('the spokeswoman', 'said', 'We condemn this act', 'direct')
    """
    found: list[Attribution] = []
    open_quote: Attribution | None = None
    for index, text in enumerate(paragraphs):
        attributions = _read_paragraph(index, text)
        if open_quote is not None and not any(
            a.content_span is not None and a.content_span[0] <= 2 for a in attributions
        ):
            continued = _continued(index, text, open_quote)
            if continued is not None:
                found.append(continued)
            open_quote = continued if continued and _left_open(text, continued) else None
        else:
            open_quote = None
        found.extend(attributions)
        if attributions and _left_open(text, attributions[-1]):
            open_quote = attributions[-1]
    return tuple(found)

"""One-line scrapes: text whose lines were run together, headers and trailers glued on.

Data sets built by scrapers often keep an article as a single line: the date, headline and
agency run into the story ("Thursday 9 Jul 2015 Bomb rockets kill 19 civilians … AFP At
least 19 civilians …"), photo captions and map credits sit inside sentences, and the page's
furniture trails at the end ("… - REUTERS", "R. Milhem / Ghossoun/H. Said", "Read or Share
this story: http://…"). :func:`read_scrape` cuts such a line into labelled pieces that
together are the whole line, and regroups the story's sentences into paragraphs.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from newsparse.article import Dateline
from newsparse.boilerplate import match_boilerplate
from newsparse.credits import parse_credits
from newsparse.dateline import DATELINE, split_dateline
from newsparse.lines import Label
from newsparse.names import normal_case
from newsparse.sentences import sentence_spans

__all__ = ["Piece", "ScrapeReading", "is_scrape", "read_scrape"]

# A line this long, holding this many sentences, is a scrape, not a paragraph.
SCRAPE_MIN_LENGTH = 600
SCRAPE_MIN_SENTENCES = 4
# The header (date, headline, agency) stands within the first characters of the line.
HEADER_WINDOW = 300
# Sentences regrouped into paragraphs of about this size.
PARAGRAPH_SENTENCES = 3
PARAGRAPH_CHARACTERS = 400

AGENCIES = (
    "AFP",
    "Afp",
    "Reuters",
    "REUTERS",
    "AP",
    "DPA",
    "dpa",
    "Xinhua",
    "XINHUA",
    "ANSA",
    "EFE",
    "TASS",
    "SANA",
    "Sputnik",
    "SPUTNIK",
    "Anadolu",
    "UPI",
    "IRNA",
    "KUNA",
    "WAM",
    "SPA",
    "QNA",
    "MENA",
    "NNA",
    "IANS",
    "PTI",
    "Yonhap",
    "Kyodo",
    "FNA",
)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\.?"
WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*+\.?"
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# The dates scrapes glue to the start of a story, in the forms the FA-KES and local-news
# scrapes print them.
LEADING_DATE = regex.compile(
    rf"""
    (?P<label>(?:date\s++of\s++publication|posted\s++on|published(?:\s++on)?
        |last\s++updated(?:\s++(?:at|on))?|updated)\s*+:?\s*+)?
    (?:{WEEKDAY},?\s++)?
    (?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s++(?P<m1>{MONTH}),?\s++(?P<y1>\d{{4}})   # 9 Jul 2015
      | (?P<m2>{MONTH})\s++(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s*+(?P<y2>\d{{4}})  # Aug 142016
      | (?P<d3>\d{{1,2}})[-./](?P<n3>\d{{1,2}})[-./](?P<y3>\d{{4}})               # 27-09-2013
      | (?P<y4>\d{{4}})-(?P<n4>\d{{1,2}})-(?P<d4>\d{{1,2}})                       # 2016-07-20
    )
    (?:\s++(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}}))?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "(Published Monday, Jan. 6, 2014)": the date a local news page prints in its summary.
PUBLISHED_NOTE = regex.compile(r"\(\s*+published\b[^()]{1,60}\)", regex.IGNORECASE)

AGENCY = regex.compile(r"(?<![\w-])\L<agencies>(?![\w-])", agencies=AGENCIES)
# "… buses. Afp - The death toll …": an agency tag opening a sentence.
AGENCY_LEAD = regex.compile(r"(?P<agency>\L<agencies>)\s*+[-–—]++\s++", agencies=AGENCIES)
# "… in December. - REUTERS", "…in December. --Reuters"
AGENCY_TAIL = regex.compile(r"\s*+[-–—]{1,2}+\s*+(?P<agency>\L<agencies>)\s*+$", agencies=AGENCIES)
# "… rights group Reuters Staff. Evidence …"
AGENCY_STAFF = regex.compile(
    r"(?P<agency>\L<agencies>)\s++staff\b\.?", regex.IGNORECASE, agencies=AGENCIES
)
# "20.07.2016Get short URL 0 55", "Get short URL Topic Battle Against Daesh in Syria (180) 0 54"
SHORT_URL = regex.compile(
    r"get\s++short\s++url(?:\s++topic\b[^()]{0,80}\(\d++\))?(?:\s++\d++)*+", regex.IGNORECASE
)
POSTED_BY = regex.compile(r"by\s++(?P<name>\p{Lu}[\p{L}'’\-]++\s++\p{Lu}[\p{L}'’\-]++)\s++")

# Pieces cut from inside sentences: photo credits and captions' markers, map credits, media
# controls, image file names.
INLINE_DEBRIS = regex.compile(
    r"""
    (?P<photo_credit>
        \((?:photo|photos|image|file\s++photo|ap\s++photo|picture)\s*+:?[^()]{0,150}+\)
      | \(\w++(?:\s++\w++)?\s++photo\s*+/[^()]{0,80}+\)
      | (?<![\w/])(?:REUTERS|AFP|AP|Reuters|AFP\s++Photo)/       # "REUTERS/Maxim Shemetov"
        \p{Lu}[\p{L}.'\-]++(?:\s++\p{Lu}[\p{L}.'\-]++){0,2}
    )
  | (?P<map_credit>\(\s*+google\s++maps\.?\s*+\))
  | (?P<media_control>\[\s*+\+\s*+-\s*+\]\s*+video|\bbuy\s++photo\b|(?-i:\bCLOSE\b)(?=\s++\p{Lu})
      |\bprint\s++article\b)
  | (?P<image_file>[\w\-]++\.(?:jpe?g|png|gif|webp)\b)
  | (?P<copyright>\bcopyright\s++(?:\d{4}\s++)?by\s++[^.]{1,60}?\s++[-–—]\s++
        all\s++rights\s++reserved\.?)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Whole sentences that are the page talking, not the story. Names are kebab-case rules.
DEBRIS_SENTENCES = (
    (
        "contact",
        regex.compile(
            r".{0,80}?\b(?:may|can)\s++be\s++reached\s++at\b.*+|contact\s++(?:the\s++writer|"
            r"\p{Lu}\w++\s++\p{Lu}\w++\s++at)\b.*+|(?:\S++@\S++\.\w++|twitter\.com/\S++|\s)++",
            regex.IGNORECASE,
        ),
    ),
    (
        "promo",
        regex.compile(
            r"(?:stay\s++with|check\s++back\s++with)\b.{0,80}\bfor\s++(?:updates|more)\b.*+"
            r"|interactive\s++map:.*+|alertme",
            regex.IGNORECASE,
        ),
    ),
    ("share-prompt", regex.compile(r"read\s++or\s++share\s++this\s++story:.*+", regex.IGNORECASE)),
    (
        "video-caption",
        regex.compile(
            r"(?:\S++\s++){0,3}\S++['’]s\s++\p{Lu}\w++\s++\p{Lu}\w++\s++(?:reports|has\s++the\s++"
            r"story|has\s++more)\.?"
        ),
    ),
    (
        "comment-notice",
        regex.compile(
            r"leave\s++your\s++(?:reaction|comments?)\s++(?:in|below)\b.*+", regex.IGNORECASE
        ),
    ),
    ("standards-notice", regex.compile(r"our\s++standards:.*+", regex.IGNORECASE)),
)
# The same rules as one alternation, tried in order, each with its own flags: one match per
# sentence instead of one per rule (a long scrape has a great many sentences).
DEBRIS_SENTENCE = regex.compile(
    "|".join(
        f"(?P<r{index}>{'(?i:' if pattern.flags & regex.IGNORECASE else '(?:'}{pattern.pattern}))"
        for index, (_, pattern) in enumerate(DEBRIS_SENTENCES)
    )
)
# What the patterns above can open with, tested before trying them on every sentence: a photo
# credit opens with a bracket or an agency's name ("(Photo: …)", "REUTERS/…", "AP/…"); an
# agency lead with one of AGENCIES (case matters there).
PHOTO_CREDIT_INITIALS = frozenset("(RrAa")
AGENCY_INITIALS = frozenset(agency[0] for agency in AGENCIES)
# Page furniture that trails the story: "Read Also", "Twitter", "12 MoreImage", "Tags …".
TRAILER_WORDS = regex.compile(
    r"\b(?:read\s++also|tags|community\s++standards|comment\s++via|twitter|facebook|share|"
    r"moreimage|english\s++bulletin)\b",
    regex.IGNORECASE,
)
TRAILER_MAX_WORDS = 8
# "… Ron Popeski Our Standards:The Thomson Reuters Trust Principles."
STANDARDS = regex.compile(
    r"\s*+our\s++standards:\s*+the\s++thomson\s++reuters\s++trust\s++principles\.?\s*+$",
    regex.IGNORECASE,
)
SENTENCE_END = regex.compile(r"[.!?…][\"'”’)\]]*+\s*+$")
INNER_END = regex.compile(r"[.!?…][\"'”’)\]]*+\s++")
WORD = regex.compile(r"\S++")
CAPS_PLACE = regex.compile(r"(?P<place>\p{Lu}{4,}+(?:[ ]\p{Lu}{4,}+)?)[ ]++(?=\p{Lu}\p{Ll})")
CAPITALISED = regex.compile(r"\p{Lu}")


@attrs.frozen
class Piece:
    """A run of the line with its label; for removed pieces, the rule."""

    text: str
    label: Label
    rule: str | None = None


@attrs.frozen(kw_only=True)
class ScrapeReading:
    """What :func:`read_scrape` found: the pieces, in order, and the header fields."""

    pieces: tuple[Piece, ...]
    title: str | None = None
    published: dt.datetime | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    dateline: Dateline | None = None


def is_scrape(line: str) -> bool:
    """Whether a line is a whole article run together rather than one paragraph.

    Examples:
        >>> is_scrape("A short paragraph. It has two sentences.")
        False
    """
    return len(line) >= SCRAPE_MIN_LENGTH and len(sentence_spans(line)) >= SCRAPE_MIN_SENTENCES


def _date_of(match: regex.Match[str]) -> dt.datetime | None:
    day = match["d1"] or match["d2"] or match["d3"] or match["d4"]
    year = match["y1"] or match["y2"] or match["y3"] or match["y4"]
    name = match["m1"] or match["m2"]
    month = MONTHS.index(name[:3].lower()) + 1 if name else int(match["n3"] or match["n4"])
    try:
        when = dt.datetime(int(year), month, int(day))
        if match["hour"]:
            when = when.replace(hour=int(match["hour"]), minute=int(match["minute"]))
    except ValueError:
        return None
    return when


def _title_case(text: str) -> bool:
    """Most longer words capitalised: a headline, not a sentence."""
    long_words = [word for word in WORD.findall(text) if sum(c.isalpha() for c in word) >= 4]
    capitalised = [word for word in long_words if CAPITALISED.match(word)]
    return len(long_words) >= 3 and len(capitalised) >= 0.75 * len(long_words)


@attrs.define
class _Cutter:
    """Builds the pieces of one line from left to right."""

    text: str
    pieces: list[Piece] = attrs.Factory(list)
    position: int = 0

    def take(self, end: int, label: Label, rule: str | None = None) -> str:
        piece = self.text[self.position : end]
        if piece.strip():
            self.pieces.append(Piece(piece, label, rule))
        elif piece and self.pieces:
            # Spaces between pieces join the piece before, so nothing is lost.
            last = self.pieces[-1]
            self.pieces[-1] = Piece(last.text + piece, last.label, last.rule)
        self.position = end
        return piece.strip()

    def skip_spaces(self) -> None:
        end = self.position
        while end < len(self.text) and self.text[end].isspace():
            end += 1
        if end > self.position:
            self.take(end, Label.BLANK)


def _read_header(cutter: _Cutter, found: dict[str, object]) -> None:
    """Date, headline, agency, byline and dateline glued to the start of the line."""
    text = cutter.text
    window = text[:HEADER_WINDOW]
    date = LEADING_DATE.search(window)
    if date and _date_of(date) and len(WORD.findall(window[: date.start()])) <= 40:
        prefix = window[: date.start()]
        date_start, date_end = date.start(), date.end()
        if prefix.rstrip().endswith("(") and text[date_end : date_end + 1] == ")":
            # "… northwest Miami-Dade (Published Monday, Jan. 6, 2014) One man …"
            date_start, date_end = len(prefix.rstrip()) - 1, date_end + 1
            prefix = text[:date_start]
        credit = INLINE_DEBRIS.match(
            text, date_end + 1 if text[date_end : date_end + 1] == " " else date_end
        )
        if credit and credit.lastgroup == "photo_credit":
            return _read_caption_header(cutter, found, credit)  # a caption's date, not ours
        agency = AGENCY.search(prefix)
        if prefix.strip() and not SENTENCE_END.search(prefix.strip()):
            title_end = agency.start() if agency else len(prefix)
            if text[:title_end].strip():
                found["title"] = cutter.take(title_end, Label.HEADLINE)
            if agency:
                found["source"] = agency.group()
                cutter.take(agency.end(), Label.REMOVED, "agency-tag")
                cutter.take(date_start, Label.REMOVED, "header")  # author, section, time
        elif prefix.strip():
            return None  # sentences before the date: the date is part of the story
        found["published"] = _date_of(date)
        cutter.take(date_end, Label.REMOVED, "header-date")
        cutter.skip_spaces()
        rest = text[cutter.position :]
        url = SHORT_URL.match(rest)
        if url:
            cutter.take(cutter.position + url.end(), Label.REMOVED, "share-prompt")
            cutter.skip_spaces()
        posted_by = POSTED_BY.match(text, cutter.position)
        if posted_by and date["label"] and "posted" in date["label"].lower():
            found["authors"] = (posted_by["name"],)
            cutter.take(posted_by.end(), Label.REMOVED, "byline")
        staff = AGENCY_STAFF.search(text, cutter.position, cutter.position + HEADER_WINDOW)
        first = sentence_spans(text[cutter.position : cutter.position + HEADER_WINDOW])
        if staff and first and staff.start() < cutter.position + first[0][1]:
            # "September 10 2013 <headline> Reuters Staff. Evidence …"
            found["source"] = staff["agency"]
            if "title" not in found and text[cutter.position : staff.start()].strip():
                found["title"] = cutter.take(staff.start(), Label.HEADLINE)
            cutter.take(staff.end(), Label.REMOVED, "byline")
        elif "title" not in found and first:
            headline = text[cutter.position : cutter.position + first[0][1]]
            if _title_case(headline.rstrip(" .")) and len(first) > 1:
                # "Fri Apr 29 2016 57 Civilians killed 150 Injured in … on Aleppo. Yesterday …"
                found["title"] = cutter.take(
                    cutter.position + len(headline.rstrip()), Label.HEADLINE
                ).removesuffix(".")  # the data set ended the headline with a full stop
    else:
        _read_published_note(cutter, found)
    cutter.skip_spaces()
    _read_glued_dateline(cutter, found)
    return None


def _read_published_note(cutter: _Cutter, found: dict[str, object]) -> None:
    """Read a "(Published Monday, Jan. 6, 2014)" note glued after a local news headline."""
    text = cutter.text
    note = PUBLISHED_NOTE.search(text[:HEADER_WINDOW])
    if not note:
        return
    date = LEADING_DATE.search(note.group())
    if date and _date_of(date):
        found["published"] = _date_of(date)
        before = text[: note.start()]
        if before.strip() and not SENTENCE_END.search(before.strip()):
            found["title"] = cutter.take(note.start(), Label.HEADLINE)
            cutter.take(note.end(), Label.REMOVED, "header-date")


def _read_caption_header(
    cutter: _Cutter, found: dict[str, object], credit: regex.Match[str]
) -> None:
    """A headline, page furniture and a photo caption before the story.

    "One dead after shooting in east Columbus Copyright by WCMH - All rights reserved The
    scene of a fatal shooting on Elaine Road March 1, 2018 (WCMH photo/Bill Reagan) …"
    """
    text = cutter.text
    furniture = INLINE_DEBRIS.search(text, cutter.position, credit.start())
    if furniture and furniture.lastgroup == "copyright":
        if text[cutter.position : furniture.start()].strip():
            found["title"] = cutter.take(furniture.start(), Label.HEADLINE)
        cutter.take(furniture.end(), Label.REMOVED, "copyright")
    cutter.take(credit.start(), Label.REMOVED, "photo-caption")
    cutter.take(credit.end(), Label.REMOVED, "photo-credit")
    cutter.skip_spaces()
    while (control := INLINE_DEBRIS.match(text, cutter.position)) and control.lastgroup in (
        "media_control",
        "photo_credit",
    ):
        cutter.take(control.end(), Label.REMOVED, control.lastgroup.replace("_", "-"))
        cutter.skip_spaces()
    _read_glued_dateline(cutter, found)


def _read_glued_dateline(cutter: _Cutter, found: dict[str, object]) -> None:
    """A dateline at the story's start, or after a headline run into it."""
    text = cutter.text
    start = cutter.position
    at_start = split_dateline(text[start : start + HEADER_WINDOW])
    if at_start:
        found["dateline"], _ = at_start
        cutter.take(
            start + len(text[start:]) - len(text[start:].lstrip()) + len(at_start[0].raw),
            Label.REMOVED,
            "dateline",
        )
        return
    caps = CAPS_PLACE.match(text, start)
    if caps and "published" in found:
        # "Last updated at Oct 262016 BEIRUT Air strikes in Syria …": no dash after the place.
        found["dateline"] = Dateline(place=normal_case(caps["place"]), raw=caps["place"])
        cutter.take(caps.end("place"), Label.REMOVED, "dateline")
        return
    if "title" in found:
        return
    # "A man … on a porch in the New Town neighborhood, police say JACKSONVILLE, Fla. - A 32-…"
    for match in DATELINE.finditer(text, start, start + HEADER_WINDOW, overlapped=False):
        if match.start() == start or not text[match.start() - 1].isspace():
            continue
        prefix = text[start : match.start()].strip()
        if not prefix or SENTENCE_END.search(prefix) or len(WORD.findall(prefix)) > 30:
            return
        dateline = split_dateline(text[match.start() : match.start() + HEADER_WINDOW])
        if dateline is None or dateline[0].place is None or len(dateline[0].place) < 4:
            continue
        furniture = list(INLINE_DEBRIS.finditer(text, start, match.end()))
        if any(piece.lastgroup == "photo_credit" for piece in furniture):
            # "Antoine Higgins (Photo: Fox19) CINCINNATI, OH (FOX19) – …": a caption, its
            # credit and the page's media controls ("Buy Photo", "CLOSE") before the story.
            for piece in furniture:
                cutter.take(piece.start(), Label.REMOVED, "photo-caption")
                cutter.take(piece.end(), Label.REMOVED, (piece.lastgroup or "").replace("_", "-"))
            cutter.skip_spaces()
            at_start = split_dateline(text[cutter.position : cutter.position + HEADER_WINDOW])
            if at_start:
                found["dateline"] = at_start[0]
                cutter.take(cutter.position + len(at_start[0].raw), Label.REMOVED, "dateline")
            return
        found["title"] = cutter.take(match.start(), Label.HEADLINE)
        found["dateline"] = dateline[0]
        cutter.take(match.start() + len(dateline[0].raw), Label.REMOVED, "dateline")
        return


# Every inline debris pattern holds one of these; most sentences hold none, and a substring
# test is far cheaper than the full pattern.
DEBRIS_TRIGGERS = (
    "(",
    "[",
    "/",
    "buy photo",
    "close",
    "print article",
    "copyright",
    ".jp",
    ".png",
    ".gif",
    ".webp",
)


# The triggers as one pattern: one search per sentence instead of one scan per trigger.
DEBRIS_TRIGGER = regex.compile("|".join(regex.escape(trigger) for trigger in DEBRIS_TRIGGERS))


def _may_hold_debris(sentence: str) -> bool:
    return DEBRIS_TRIGGER.search(sentence.lower()) is not None


FILE_NAME_WORD = regex.compile(r"\p{Lu}[\w\-]*+\s++$")


def _file_name_start(text: str, floor: int, start: int) -> int:
    for _ in range(4):
        word = FILE_NAME_WORD.search(text, max(floor, start - 40), start)
        if word is None:
            break
        start = word.start()
    return start


def _sentence_rule(sentence: str) -> str | None:
    text = sentence.strip()
    match = DEBRIS_SENTENCE.fullmatch(text)
    if match is not None and match.lastgroup is not None:
        return DEBRIS_SENTENCES[int(match.lastgroup[1:])][0]
    return match_boilerplate(text)


def _read_body(cutter: _Cutter, end: int, sentences: list[tuple[int, int]] | None) -> None:
    """Sentences up to ``end`` regrouped into paragraphs; debris cut out.

    ``sentences`` are the spans of ``text[cutter.position:end]`` when the caller has them
    already (see :func:`_trailer_start`), else ``None``.
    """
    text = cutter.text
    group_sentences = 0
    group_start = cutter.position
    if sentences is None:
        sentences = sentence_spans(text[cutter.position : end])
    spans = [(cutter.position + a, cutter.position + b) for a, b in sentences]
    for index, (start, stop) in enumerate(spans):
        sentence = text[start:stop]
        rule = _sentence_rule(sentence)
        caption = (
            INLINE_DEBRIS.match(text, stop)
            if rule is None and stop < end and text[stop] in PHOTO_CREDIT_INITIALS
            else None
        )
        if caption and caption.lastgroup == "photo_credit":
            rule = "photo-caption"  # the sentence right before a photo credit is its caption
        agency = AGENCY_LEAD.match(sentence) if index and sentence[:1] in AGENCY_INITIALS else None
        if rule is not None or agency:
            if cutter.position < start:
                cutter.take(start, Label.BODY)
                cutter.pieces.append(Piece("", Label.BLANK))
            if agency:
                cutter.take(start + agency.end(), Label.REMOVED, "agency-tag")
                continue
            cutter.take(stop, Label.REMOVED, rule)
            group_sentences, group_start = 0, cutter.position
            continue
        if not _may_hold_debris(sentence):
            debris_found: list[regex.Match[str]] = []
        else:
            debris_found = list(INLINE_DEBRIS.finditer(text, max(start, cutter.position), stop))
        for debris in debris_found:
            debris_start = debris.start()
            if debris.lastgroup == "image_file":
                # "Sayers Drive shooting.jpg": a file name may hold spaces; take back the
                # capitalised words before it, up to the sentence start.
                debris_start = _file_name_start(text, max(start, cutter.position), debris_start)
            if cutter.position < debris_start:
                cutter.take(debris_start, Label.BODY)
            rule = (debris.lastgroup or "debris").replace("_", "-")
            cutter.take(debris.end(), Label.REMOVED, rule)
        group_sentences += 1
        if group_sentences >= PARAGRAPH_SENTENCES or stop - group_start >= PARAGRAPH_CHARACTERS:
            cutter.take(stop, Label.BODY)
            cutter.pieces.append(Piece("", Label.BLANK))
            group_sentences, group_start = 0, cutter.position
    cutter.take(end, Label.BODY)


def _trailer_start(
    text: str, start: int, found: dict[str, object]
) -> tuple[int, list[Piece], list[tuple[int, int]] | None]:
    """Where the page's trailer begins, its pieces, and the sentences of the story before it.

    The pieces are credits, an agency tag and page furniture; the sentences are spans relative
    to ``start``, or ``None`` when not known. They are the first of those split here: splitting
    the shorter text again would find the same ones, at twice the cost on a long line.
    """
    end = len(text.rstrip())
    # Collected from the end backwards and reversed once: inserting each at the front would
    # cost quadratic time on a line of many short trailing credits.
    backwards: list[Piece] = []
    standards = STANDARDS.search(text, start)
    if standards:
        backwards.append(Piece(text[standards.start() :], Label.REMOVED, "standards-notice"))
        end = standards.start()
    agency = AGENCY_TAIL.search(text, max(start, end - 40), end)
    if agency:
        found.setdefault("source", agency["agency"])
        backwards.append(Piece(text[agency.start() : end], Label.REMOVED, "agency-tag"))
        end = agency.start()
    spans = sentence_spans(text[start:end])
    while spans:
        first, last = spans[-1]
        sentence = text[start + first : start + last]
        stripped = sentence.strip()
        credits = parse_credits(stripped)
        words = len(WORD.findall(stripped))
        inner_end = None
        if credits is None and not SENTENCE_END.search(stripped) and words > TRAILER_MAX_WORDS:
            # "… Crime Stoppers at 1-866-7lockup. ctkacik@baltsun.com twitter.com/xtinatkacik":
            # the splitter saw no boundary before a lower-case word; only what follows the
            # last full stop can be furniture.
            inner_end = max((m.end() for m in INNER_END.finditer(sentence)), default=None)
        if inner_end is not None:
            candidate = sentence[inner_end:].strip()
            if candidate and (
                len(WORD.findall(candidate)) <= TRAILER_MAX_WORDS or TRAILER_WORDS.search(candidate)
            ):
                backwards.append(Piece(sentence[inner_end:], Label.REMOVED, "trailer"))
                end = start + first + inner_end
                if text[end - 1] != " ":
                    return end, backwards[::-1], None
                # The story now ends after the spaces that follow a full stop: split again,
                # its last sentence would end there and the others stay as they are.
                spans[-1] = (first, first + inner_end)
            break
        if credits is not None:
            backwards.append(Piece(sentence, Label.CREDIT))
        elif not SENTENCE_END.search(stripped) and (
            words <= TRAILER_MAX_WORDS or TRAILER_WORDS.search(stripped)
        ):
            # "(Source: Syrian Coalition) Twitter": a credit before the furniture.
            source = regex.match(r"\s*+(\([^()]{1,60}\))\s*+", sentence)
            if source and parse_credits(source.group(1)):
                backwards.append(Piece(sentence[source.end() :], Label.REMOVED, "trailer"))
                backwards.append(Piece(sentence[: source.end()], Label.CREDIT))
            else:
                backwards.append(Piece(sentence, Label.REMOVED, "trailer"))
        else:
            break
        # Split again, text ending at a sentence boundary gives the sentences before it.
        end = start + first
        spans.pop()
    return end, backwards[::-1], spans


def read_scrape(text: str) -> ScrapeReading:
    """Cut a one-line scrape into header, story and trailer pieces.

    The pieces' texts joined give ``text`` back exactly; story pieces are separated by
    ``BLANK`` pieces where a new paragraph starts.

    Examples:
        >>> reading = read_scrape(
        ...     "Thursday 9 Jul 2015 At least 19 civilians were killed. Five were children. "
        ...     "The strike hit a market. Rescuers dug in the rubble. Aid groups condemned it. "
        ...     "The toll may rise. - REUTERS")
        >>> reading.published, reading.source
        (datetime.datetime(2015, 7, 9, 0, 0), 'REUTERS')
        >>> [piece.rule for piece in reading.pieces if piece.label is Label.REMOVED]
        ['header-date', 'agency-tag']
    """
    found: dict[str, object] = {}
    cutter = _Cutter(text)
    _read_header(cutter, found)
    body_end, tail, sentences = _trailer_start(text, cutter.position, found)
    _read_body(cutter, body_end, sentences)
    cutter.pieces.extend(tail)
    covered = "".join(piece.text for piece in cutter.pieces)
    remainder = text[len(covered) :]
    if covered != text[: len(covered)] or remainder.strip():
        # A bug here must not lose text: fall back to the whole line as story.
        return ScrapeReading(pieces=(Piece(text, Label.BODY),))
    if remainder and cutter.pieces:
        last = cutter.pieces[-1]
        cutter.pieces[-1] = Piece(last.text + remainder, last.label, last.rule)
    elif remainder:
        cutter.pieces.append(Piece(remainder, Label.BLANK))
    return ScrapeReading(
        pieces=tuple(cutter.pieces),
        title=found.get("title") or None,  # type: ignore[arg-type]
        published=found.get("published"),  # type: ignore[arg-type]
        source=found.get("source"),  # type: ignore[arg-type]
        authors=found.get("authors", ()),  # type: ignore[arg-type]
        dateline=found.get("dateline"),  # type: ignore[arg-type]
    )

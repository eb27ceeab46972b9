"""Staff credits ("Editing by …", "(Reporting by A in Baghdad; Editing by B)") and bylines."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from newsparse.article import Credit, CreditRole
from newsparse.names import looks_like_name, normal_case, split_names

__all__ = ["parse_byline", "parse_credits", "split_trailing_credits"]

# Credit lines are short; anything longer is prose that happens to start like one.
MAX_CREDIT_LENGTH = 400

# The words of a role, mapped to the role. Kept as data: outlets add their own.
ROLE_WORDS: dict[str, CreditRole] = {
    "reporting": CreditRole.REPORTING,
    "reported": CreditRole.REPORTING,
    "writing": CreditRole.WRITING,
    "written": CreditRole.WRITING,
    "editing": CreditRole.EDITING,
    "edited": CreditRole.EDITING,
    "compiled": CreditRole.COMPILING,
    "compiling": CreditRole.COMPILING,
    "translated": CreditRole.TRANSLATION,
    "translation": CreditRole.TRANSLATION,
    "translating": CreditRole.TRANSLATION,
    "photography": CreditRole.PHOTOGRAPHY,
    "photographs": CreditRole.PHOTOGRAPHY,
    "photos": CreditRole.PHOTOGRAPHY,
    "photo": CreditRole.PHOTOGRAPHY,
    "pictures": CreditRole.PHOTOGRAPHY,
    "produced": CreditRole.PRODUCTION,
    "production": CreditRole.PRODUCTION,
    "video": CreditRole.PRODUCTION,
    "graphics": CreditRole.PRODUCTION,
    "research": CreditRole.ADDITIONAL_REPORTING,
}

# "Photo: Rudaw", "Source: Rudaw News", "Editor: Jane Doe".
# (LABEL_WORDS follows; _LEAD_WORDS, the words a credit may open with, is built after it.)
LABEL_WORDS: dict[str, CreditRole] = {
    "photo": CreditRole.PHOTOGRAPHY,
    "photos": CreditRole.PHOTOGRAPHY,
    "photograph": CreditRole.PHOTOGRAPHY,
    "image": CreditRole.PHOTOGRAPHY,
    "picture": CreditRole.PHOTOGRAPHY,
    "source": CreditRole.SOURCE,
    "editor": CreditRole.EDITING,
    "editors": CreditRole.EDITING,
    "editing": CreditRole.EDITING,
    "reporter": CreditRole.REPORTING,
    "reporters": CreditRole.REPORTING,
    "reporting": CreditRole.REPORTING,
    "writer": CreditRole.WRITING,
    "writing": CreditRole.WRITING,
    "translator": CreditRole.TRANSLATION,
    "translation": CreditRole.TRANSLATION,
}

_LEAD_WORDS = frozenset([*ROLE_WORDS, *LABEL_WORDS, "additional"])

# One role phrase and its "by": "Additional reporting and writing by", "reporting from". A
# parenthetical may drop the "by" ("(Reporting Braden Reddall; Editing by Bernard Orr)"); such
# a lead is accepted only there, at a clause start, before a capitalised name.
ROLE_LEAD = regex.compile(
    r"""
    (?<!\p{L})
    (?P<roles>
        (?:additional \s++)? \L<roles>
        (?: \s*+ (?:and|&|,) \s++ (?:additional \s++)? \L<roles> )*+
    )
    (?: \s++ (?P<by>by|from) \b | (?=\s++\p{Lu}) )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    roles=list(ROLE_WORDS),
)
ROLE_WORD = regex.compile(
    r"(?P<additional>additional\s++)?(?P<word>\L<roles>)", regex.IGNORECASE, roles=list(ROLE_WORDS)
)

LABELLED_CREDIT = regex.compile(
    r"(?P<label>\L<labels>)\s*+:\s*+(?P<names>.++)", regex.IGNORECASE, labels=list(LABEL_WORDS)
)

# A newsroom rather than a person: "the Beirut newsroom", "Gdansk Newsroom".
TEAM = regex.compile(
    r"(?:the\s++)?(?:\p{Lu}[\p{L}'’\-]*+\s++){1,3}(?:newsroom|desk|bureau|team|staff)",
    regex.IGNORECASE,
)

# "Ahmed Rasheed in Baghdad": the place a credited person worked from.
IN_PLACE = regex.compile(
    r"\s++in\s++(?P<place>\p{Lu}[\p{L}'’.\-]*+(?:\s++\p{Lu}[\p{L}'’.\-]*+){0,3})$"
)

# What separates clauses and trails names: "; ", ", ", ". ", " and ".
_EDGE_CHARACTERS = frozenset(" ;,.|:")
CLAUSE_EDGE = regex.compile(r"^[\s;,.|:]++|(?:\s++and\b|[\s;,.|])++$")

GENRE_SUFFIX = regex.compile(r"\s++[-–—]\s*+(?:[\p{L}]++\s*+){1,3}$")

BYLINE = regex.compile(r"by(?:\s*+:)?\s++(?P<names>.++)", regex.IGNORECASE)

# Words that describe an author rather than name one: "By Jane Doe, Staff Writer".
AFFILIATION_PATTERN = r"""
    (?:staff|senior|chief|special|foreign|political|security|defen[cs]e|diplomatic|business)?
    \s*+ (?:writer|reporter|correspondent|editor|contributor|columnist|analyst)s?
    | special \s++ to \b .*+
    | reuters | afp | ap | the \s++ associated \s++ press | associated \s++ press (?:\s++ writer)?
    | agence \s++ france-presse | staff | agencies | wire \s++ services?
"""
AFFILIATIONS = regex.compile(AFFILIATION_PATTERN, regex.VERBOSE | regex.IGNORECASE)
# "JOHN SMITH Associated Press Writer": an affiliation run on after the name.
TRAILING_AFFILIATION = regex.compile(
    rf"\s++(?:{AFFILIATION_PATTERN})$", regex.VERBOSE | regex.IGNORECASE
)


def _is_credited_name(name: str) -> bool:
    return looks_like_name(name) or bool(TEAM.fullmatch(name))


def _trim(text: str) -> str:
    """Separators and a dangling "and" off both ends (the pattern runs only when needed)."""
    text = text.strip()
    if text[:1] in _EDGE_CHARACTERS or text[-1:] in _EDGE_CHARACTERS or text.endswith(" and"):
        return CLAUSE_EDGE.sub("", text)
    return text


def _named_pieces(names_text: str) -> list[tuple[str, str | None]]:
    """Split names and read each one's place; a lone word after a place continues it."""
    pieces: list[tuple[str, str | None]] = []
    for raw in split_names(_trim(names_text)):
        piece = _trim(raw)
        if not piece:
            continue
        if pieces and pieces[-1][1] and " " not in piece:
            # "Reporting by Lynnley Browning in Hamden, Conn.": the comma split the place.
            name, place = pieces[-1]
            pieces[-1] = (name, f"{place}, {raw.strip(' ;,|')}")
            continue
        place_match = IN_PLACE.search(piece) if " in " in piece else None
        if place_match:
            pieces.append((_trim(piece[: place_match.start()]), place_match["place"]))
        else:
            pieces.append((piece, None))
    return pieces


def _credits_for(roles: Sequence[CreditRole], names_text: str) -> list[Credit] | None:
    pieces = _named_pieces(names_text)
    if not pieces or not all(_is_credited_name(name) for name, _ in pieces):
        return None
    return [Credit(role=role, name=name, place=place) for name, place in pieces for role in roles]


@functools.lru_cache(maxsize=256)
def _roles(phrase: str) -> tuple[CreditRole, ...]:
    """The roles a phrase names; a few phrases ("Reporting", "Editing") recur in every story."""
    roles = []
    for word in ROLE_WORD.finditer(phrase):
        role = ROLE_WORDS[word.group("word").lower()]
        if word.group("additional") and role is CreditRole.REPORTING:
            role = CreditRole.ADDITIONAL_REPORTING
        roles.append(role)
    return tuple(roles)


def parse_credits(text: str) -> tuple[Credit, ...] | None:
    """Read a credit line into one :class:`Credit` per name and role.

    The line must be nothing but credits (optionally in parentheses); otherwise the result is
    ``None`` and the line is left as text. Names listed after a semicolon without a role of
    their own share the role before them ("Reporting by A in New York; B in Boston").

    Args:
        text: one line, or the parenthetical that ends a wire story.

    Returns:
        The credits in the order printed, or ``None``.

    Examples:
        >>> [(c.role.value, c.name) for c in parse_credits("Editing by John Catherine")]
        [('editing', 'John Catherine')]
        >>> for c in parse_credits("(Reporting by A. Rasheed in Baghdad; Additional reporting"
        ...                        " by Sue Lee and Tom Ng; Editing by Ed Tobin/Jon Boyle)"):
        ...     print(c.role.value, c.name, c.place)
        reporting A. Rasheed Baghdad
        additional_reporting Sue Lee None
        additional_reporting Tom Ng None
        editing Ed Tobin None
        editing Jon Boyle None
        >>> parse_credits("Editing by hand is slow.") is None
        True
    """
    body = text.strip()
    if not body or len(body) > MAX_CREDIT_LENGTH:
        return None
    parenthesised = body.startswith("(") and body.endswith(")")
    if parenthesised:
        body = body[1:-1].strip()
    first_word = body[:40].split(None, 1)[0].rstrip(":").lower() if body else ""
    if first_word not in _LEAD_WORDS:
        return None  # every credit opens with a role or a label: a cheap test for prose
    labelled = LABELLED_CREDIT.fullmatch(body) if ":" in body else None
    if labelled:
        role = LABEL_WORDS[labelled.group("label").lower()]
        found = _credits_for((role,), labelled.group("names"))
        return tuple(found) if found else None
    leads = [
        lead
        for lead in ROLE_LEAD.finditer(body)
        if lead.group("by")
        or (parenthesised and (lead.start() == 0 or body[: lead.start()].rstrip()[-1:] in ";."))
    ]
    if not leads or leads[0].start() != 0:
        return None
    credits: list[Credit] = []
    for index, lead in enumerate(leads):
        end = leads[index + 1].start() if index + 1 < len(leads) else len(body)
        found = _credits_for(_roles(lead.group("roles")), body[lead.end() : end])
        if found is None:
            return None
        credits.extend(found)
    return tuple(credits)


def split_trailing_credits(paragraph: str) -> tuple[str, tuple[Credit, ...]] | None:
    """Cut the credit parenthetical that ends a wire story off its last paragraph.

    Examples:
        >>> rest, credits = split_trailing_credits(
        ...     "Shares fell. (Reporting by Ed Leefeldt; editing by Jeffrey Benkoe)")
        >>> rest, [c.name for c in credits]
        ('Shares fell.', ['Ed Leefeldt', 'Jeffrey Benkoe'])
        >>> split_trailing_credits("Shares of Adobe ( ADBE.O ) fell.") is None
        True
    """
    text = paragraph.rstrip()
    if not text.endswith(")"):
        return None
    # The bracket that opens the final parenthetical: the last "(" after which the brackets
    # balance. Credits are short, so only the paragraph's tail is searched.
    floor = max(0, len(text) - MAX_CREDIT_LENGTH - 2)
    opening = text.rfind("(", floor)
    while opening != -1:
        tail = text[opening:]
        if tail.count("(") == tail.count(")"):
            credits = parse_credits(tail)
            if credits is None:
                return None
            return text[:opening].rstrip(), credits
        opening = text.rfind("(", floor, opening)
    return None


def parse_byline(text: str) -> tuple[str, ...] | None:
    """Read a byline ("By  Sayed Salahuddin") into author names in normal case.

    Affiliations ("Staff Writer", "Reuters") are dropped; the result is ``None`` when the line
    is not a byline.

    Examples:
        >>> parse_byline("By  Sayed Salahuddin")
        ('Sayed Salahuddin',)
        >>> parse_byline("BY JANE DOE AND JOHN MCCAIN, Staff Writers")
        ('Jane Doe', 'John McCain')
        >>> parse_byline("By Dina Kyriakidou - Analysis")
        ('Dina Kyriakidou',)
        >>> parse_byline("By the end of the day, prices fell.") is None
        True
    """
    match = BYLINE.fullmatch(text.strip())
    if match is None or len(text) > MAX_CREDIT_LENGTH:
        return None
    authors: list[str] = []
    # "By Dina Kyriakidou - Analysis": the story's genre follows the name after a dash.
    names_text = match.group("names")
    if any(dash in names_text for dash in "-–—"):  # the pattern opens with a class: slow to scan
        names_text = GENRE_SUFFIX.sub("", names_text)
    for part in split_names(names_text):
        if AFFILIATIONS.fullmatch(part):
            continue
        name = normal_case(TRAILING_AFFILIATION.sub("", CLAUSE_EDGE.sub("", part)))
        if not looks_like_name(name):
            return None
        authors.append(name)
    return tuple(authors) or None

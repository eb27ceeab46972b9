"""Staff credits ("Editing by …", "(Reporting by A in Baghdad; Editing by B)") and bylines."""

from __future__ import annotations

import regex

from newsparse.article import Credit, CreditRole
from newsparse.names import looks_like_name, normal_case, split_names

__all__ = ["parse_byline", "parse_credits"]

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

# One role phrase and its "by": "Additional reporting and writing by".
ROLE_BY = regex.compile(
    r"""
    (?P<roles>
        (?:additional \s++)? \L<roles>
        (?: \s*+ (?:and|&|,) \s++ (?:additional \s++)? \L<roles> )*+
    )
    \s++ by \b
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
CLAUSE_EDGE = regex.compile(r"^[\s;,.|:]++|(?:[\s;,.|]++|\s++and)++$")

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


def _credits_for(roles: list[CreditRole], names_text: str) -> list[Credit] | None:
    names = split_names(CLAUSE_EDGE.sub("", names_text))
    if not names:
        return None
    credits: list[Credit] = []
    for raw_name in names:
        place_match = IN_PLACE.search(raw_name)
        name = raw_name[: place_match.start()].strip() if place_match else raw_name
        name = CLAUSE_EDGE.sub("", name)
        if not _is_credited_name(name):
            return None
        place = place_match.group("place") if place_match else None
        credits.extend(Credit(role=role, name=name, place=place) for role in roles)
    return credits


def parse_credits(text: str) -> tuple[Credit, ...] | None:
    """Read a credit line into one :class:`Credit` per name and role.

    The line must be nothing but credits (optionally in parentheses); otherwise the result is
    ``None`` and the line is left as text.

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
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    labelled = LABELLED_CREDIT.fullmatch(body)
    if labelled:
        role = LABEL_WORDS[labelled.group("label").lower()]
        found = _credits_for([role], labelled.group("names"))
        return tuple(found) if found else None
    clauses = list(ROLE_BY.finditer(body))
    if not clauses or clauses[0].start() != 0:
        return None
    credits: list[Credit] = []
    for index, clause in enumerate(clauses):
        end = clauses[index + 1].start() if index + 1 < len(clauses) else len(body)
        roles = [
            CreditRole.ADDITIONAL_REPORTING
            if word.group("additional")
            and ROLE_WORDS[word.group("word").lower()] is CreditRole.REPORTING
            else ROLE_WORDS[word.group("word").lower()]
            for word in ROLE_WORD.finditer(clause.group("roles"))
        ]
        found = _credits_for(roles, body[clause.end() : end])
        if found is None:
            return None
        credits.extend(found)
    return tuple(credits)


def parse_byline(text: str) -> tuple[str, ...] | None:
    """Read a byline ("By  Sayed Salahuddin") into author names in normal case.

    Affiliations ("Staff Writer", "Reuters") are dropped; the result is ``None`` when the line
    is not a byline.

    Examples:
        >>> parse_byline("By  Sayed Salahuddin")
        ('Sayed Salahuddin',)
        >>> parse_byline("BY JANE DOE AND JOHN MCCAIN, Staff Writers")
        ('Jane Doe', 'John McCain')
        >>> parse_byline("By the end of the day, prices fell.") is None
        True
    """
    match = BYLINE.fullmatch(text.strip())
    if match is None or len(text) > MAX_CREDIT_LENGTH:
        return None
    authors: list[str] = []
    for part in split_names(match.group("names")):
        if AFFILIATIONS.fullmatch(part):
            continue
        name = normal_case(TRAILING_AFFILIATION.sub("", CLAUSE_EDGE.sub("", part)))
        if not looks_like_name(name):
            return None
        authors.append(name)
    return tuple(authors) or None

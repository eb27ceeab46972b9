"""Datelines: the place/agency tag that opens a story (``ERBIL (Kurdistan 24) –``)."""

from __future__ import annotations

import regex

from newsparse.article import Dateline
from newsparse.names import normal_case

__all__ = ["split_dateline"]

DATELINE = regex.compile(
    r"""
    (?P<raw>
      (?:
        # PLACE in capitals: "ERBIL", "NEW YORK", "BEIJING/MOSCOW", "ST. LOUIS", "AL-QAIM"
        (?P<place>\p{Lu}[\p{Lu}'’.\-]*+(?:[\s/]\p{Lu}[\p{Lu}'’.\-]*+){0,4})
        (?:,\s++(?P<region>[\p{Lu}\d][\p{L}\d'’.\-]*+(?:\s++[\p{Lu}\d][\p{L}\d'’.\-]*+){0,3}))?
        (?:\s*+\((?P<agency>[^()\n]{1,40}+)\))?
      |
        # No place at all, only the agency: "(Reuters) - The U.S. pursuit of …"
        \((?P<agency>[^()\n]{1,40}+)\)
      |
        # Place in normal case, allowed only with an agency: "Erbil (Kurdistan 24) –"
        (?P<place>\p{Lu}\p{Ll}[\p{L}'’.\-]*+(?:\s\p{Lu}[\p{L}'’.\-]*+){0,3})
        (?:,\s++(?P<region>\p{Lu}[\p{L}'’.\-]*+(?:\s++\p{Lu}[\p{L}'’.\-]*+){0,3}))?
        \s*+\((?P<agency>[^()\n]{1,40}+)\)
      )
      \s*+(?P<dash>--?|[–—]|:)                         # the tag ends with a dash
    )
    (?:\s++(?=\S)|(?<=\)\s*+-)(?=[\p{Lu}"“]))          # and the story follows; after an
                                                       # agency even unspaced: "(Reuters) -Treasury"
    """,
    regex.VERBOSE,
)

# "BAGHDAD, Oct 21 (Reuters) -": a date in the region slot is not a region.
DATE_REGION = regex.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\.?\s++\d{1,2}"
    r"|\d{1,2}\s++(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*+\.?",
    regex.IGNORECASE,
)


# Without a place, only a known wire name in parentheses opens a story as a dateline; any
# other parenthesis at a paragraph's start is text ("(Corrects paragraph 3) - …" aside).
AGENCY_ONLY = regex.compile(
    r"reuters|ap|afp|upi|ansa|efe|dpa|xinhua|kyodo|tass|bloomberg|anadolu|the\s++associated"
    r"\s++press|associated\s++press|agence\s++france-presse",
    regex.IGNORECASE,
)


def split_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """Read the dateline at the start of a paragraph.

    A dateline is a place in capitals, or any place followed by an agency in parentheses,
    optionally with a region after a comma, ending with a dash and followed by the story.

    Args:
        paragraph: the first paragraph of a story.

    Returns:
        The dateline and the paragraph without it, or ``None`` if the paragraph has none.

    Examples:
        >>> dateline, rest = split_dateline("ERBIL (Kurdistan 24) – Iraq’s military said…")
        >>> dateline.place, dateline.agency, rest
        ('Erbil', 'Kurdistan 24', 'Iraq’s military said…')
        >>> split_dateline("LIMA, Peru  (Reuters) - Peru said.")[0]
        Dateline(place='Lima', region='Peru', agency='Reuters', raw='LIMA, Peru  (Reuters) -')
        >>> split_dateline("ERBIL, Kurdistan Region – The KRG said.")[0].region
        'Kurdistan Region'
        >>> split_dateline("(Reuters) - Energy regulators said.")[0].place is None
        True
        >>> split_dateline("WASHINGTON (Reuters) -Treasury Secretary said.")[1]
        'Treasury Secretary said.'

        >>> split_dateline("NATO said on Monday it would act.") is None
        True
    """
    match = DATELINE.match(paragraph)
    if match is None:
        return None
    place = match.group("place")
    agency = match.group("agency")
    region = match.group("region")
    # A capitalised word and a dash ("US - the ...") is too weak alone: ask for a sign that this
    # is a tag, an agency, a region, or a place of two or more letters followed by a real dash.
    if agency is None and region is None and (len(place) < 3 or match.group("dash") == ":"):
        return None
    if place is None and not (agency and AGENCY_ONLY.fullmatch(agency)):
        return None
    if region is not None and DATE_REGION.fullmatch(region):
        region = None
    dateline = Dateline(
        place=normal_case(place.strip()) if place else None,
        region=region.strip() if region else None,
        agency=agency.strip() if agency and agency.strip() else None,
        raw=match.group("raw").strip(),
    )
    return dateline, paragraph[match.end() :]

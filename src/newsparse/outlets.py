"""News outlets: their names in their own casing, found from however a page prints them."""

from __future__ import annotations

import regex

__all__ = ["KNOWN_OUTLETS", "canonical_outlet", "outlet_key"]

# Canonical name first, then other spellings pages use. Matching ignores case, spaces and
# punctuation, so "kurdistan 24", "Kurdistan24" and "KURDISTAN-24" are one outlet.
KNOWN_OUTLETS: tuple[tuple[str, ...], ...] = (
    ("Kurdistan 24", "K24"),
    ("Rudaw", "Rudaw News", "Rudaw English"),
    ("Shafaq News", "Shafaq"),
    ("AFP", "Agence France-Presse", "Agence France Presse"),
    ("Reuters", "Thomson Reuters"),
    ("AP", "Associated Press", "The Associated Press"),
    ("Xinhua", "Xinhua News Agency"),
    ("Al-Monitor",),
    ("The National", "The National News"),
    ("Al Jazeera", "Al Jazeera English", "Aljazeera"),
    ("Al Arabiya", "Al Arabiya English", "Alarabiya"),
    ("Asharq Al-Awsat", "Asharq Alawsat", "Aawsat"),
    ("Anadolu Agency", "Anadolu", "AA"),
    ("Iraqi News Agency", "INA"),
    ("Baghdad Post", "The Baghdad Post"),
    ("Alsumaria", "Alsumaria News", "Al Sumaria"),
    ("NRT", "NRT English", "NRT TV"),
    ("BasNews", "Bas News"),
    ("Kurdistan Chronicle",),
    ("964media", "964"),
    ("Iraqi News", "IraqiNews"),
    ("Middle East Eye", "MEE"),
    ("The New Arab", "Al-Araby Al-Jadeed", "Al-Araby"),
    ("Al-Ahram", "Ahram Online", "Ahram"),
    ("Al-Manar",),
    ("Al-Alam", "Alalam"),
    ("SANA", "Syrian Arab News Agency"),
    ("TASS",),
    ("Sputnik", "Sputnik News"),
    ("Daily Sabah",),
    ("TRT World", "TRT"),
    ("The Jordan Times", "Jordan Times"),
    ("NNA", "National News Agency"),
    ("Etilaf", "Syrian Coalition"),
    ("BBC", "BBC News"),
    ("CNN",),
    ("Bloomberg",),
    ("The Guardian", "Guardian"),
    ("The New York Times", "New York Times", "NYT"),
    ("The Washington Post", "Washington Post"),
    ("The Wall Street Journal", "Wall Street Journal", "WSJ"),
    ("Voice of America", "VOA", "VOA News"),
    ("Radio Free Europe/Radio Liberty", "RFE/RL"),
    ("Deutsche Welle", "DW"),
    ("France 24", "France24"),
    ("Al-Mada", "Almada"),
    ("Iraq News Now",),
    ("Arab News",),
    ("Gulf News",),
    ("Iran International",),
    ("IRNA", "Islamic Republic News Agency"),
    ("Tasnim", "Tasnim News Agency"),
    ("Fars", "Fars News Agency"),
    ("UPI", "United Press International"),
    ("Kyodo", "Kyodo News"),
    ("dpa", "Deutsche Presse-Agentur"),
    ("EFE",),
    ("ANSA",),
)

NON_ALNUM = regex.compile(r"[^\p{L}\p{N}]++")


def outlet_key(name: str) -> str:
    """Fold an outlet name for comparison: case, spaces and punctuation ignored.

    Examples:
        >>> outlet_key("Kurdistan 24") == outlet_key("kurdistan24")
        True
    """
    return NON_ALNUM.sub("", name).casefold()


_BY_KEY: dict[str, str] = {
    outlet_key(alias): names[0] for names in KNOWN_OUTLETS for alias in names
}


def canonical_outlet(name: str, *hints: str | None) -> str | None:
    """Give an outlet its own casing, from a hint that names it or the table of outlets.

    Args:
        name: the outlet as the page prints it (``"kurdistan 24"``).
        hints: other spellings on the same page, such as the dateline's agency; the first
            that folds to the same key wins, since the page itself knows best.

    Returns:
        The outlet in its own casing, or ``None`` when neither a hint nor the table knows it.

    Examples:
        >>> canonical_outlet("kurdistan 24", "Kurdistan 24")
        'Kurdistan 24'
        >>> canonical_outlet("shafaq news")
        'Shafaq News'
        >>> canonical_outlet("some blog") is None
        True
    """
    key = outlet_key(name)
    if not key:
        return None
    for hint in hints:
        if hint and outlet_key(hint) == key:
            return hint.strip()
    return _BY_KEY.get(key)

"""Boilerplate: lines a page carries that are not the story.

Each rule is a short stable name (what users filter ``Article.removed`` on) and a pattern that
must match the whole line. Site parsers add their own rules with :func:`compile_rules`; these
are the ones every site shares.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

__all__ = ["COMMON_RULES", "BoilerplateRules", "compile_rules", "match_boilerplate"]

# Boilerplate lines are short; a long line is story text however it starts, and the bound
# keeps the work per line small.
MAX_BOILERPLATE_LENGTH = 400

SOCIAL_NETWORKS = (
    "facebook",
    "twitter",
    "x",
    "instagram",
    "linkedin",
    "whatsapp",
    "telegram",
    "youtube",
    "tiktok",
    "reddit",
    "pinterest",
    "email",
    "e-mail",
    "messenger",
    "threads",
    "bluesky",
)

BoilerplateRules = tuple[tuple[str, "regex.Pattern[str]"], ...]
_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.V1


def compile_rules(rules: Iterable[tuple[str, str]]) -> BoilerplateRules:
    r"""Compile ``(rule name, verbose pattern)`` pairs; patterns must match a whole line.

    Examples:
        >>> rules = compile_rules([("site-name", r"iraq \s news \s now")])
        >>> match_boilerplate("Iraq News Now", rules)
        'site-name'
    """
    return tuple(
        (
            name,
            regex.compile(
                pattern,
                _FLAGS,
                networks=SOCIAL_NETWORKS,
                ignore_unused=True,
            ),
        )
        for name, pattern in rules
    )


# A rule that may match anywhere in a line ("… All rights reserved.") opens with a look-ahead
# for a word it cannot match without. On story text that plain scan fails fast, where the
# bounded lazy run, tried position by position with a word boundary and an alternation after
# it, costs ten times more. The look-ahead crosses line breaks because `\s` in the rule may.
COMMON_RULES: BoilerplateRules = compile_rules(
    [
        (
            "sponsored-links",
            r"""(?:sponsored|promoted|paid|partner) \s
                (?:links?|content|stories|posts?|articles?|by\b.*+)
              | sponsored | from \s our \s (?:partners|sponsors)""",
        ),
        (
            "advertisement",
            r"""advertisements? | advert | ads? | adv\.? | \[?\s*ad\s*\]?
              | (?:story|article) \s continues \s below (?:\s (?:this \s)? (?:ad|advertisement))?
              | scroll \s (?:down \s)? to \s continue (?:\s with \s content)?
              | (?:advertisement|ad) \s - \s (?:story|content) \s continues \s below""",
        ),
        (
            "share-prompt",
            r"""(?:share|tweet|email|print|save|copy \s link)
                (?:\s (?:this|the) \s (?:article|story|page|post))?
                (?:\s (?:on|via|to|with) \s \L<networks>)? \s*+ :?
              | print \s (?:article|story|this \s page) | share \s this:?
              | (?:\L<networks> [\s,|•·/]*+){2,}""",
        ),
        (
            "follow-prompt",
            r"""(?:follow|like|join|find) \s (?:us|\S++ \s on) \b [^\n]{0,120}?
                \b (?:on \s)? (?:\L<networks>|social \s media|google \s news) \b [^\n]{0,80}""",
        ),
        (
            "subscribe-prompt",
            r"""(?:subscribe|sign \s up|get \s (?:our|the) \s (?:latest|daily))
                \b [^\n]{0,160}? \b (?:newsletter|updates|inbox|alerts|channel|now|today|free)
                \b [^\n]{0,80}
              | subscribe | sign \s up | newsletter (?:\s sign-?up)?""",
        ),
        (
            "comment-notice",
            r"""(?:\d++ \s)? comments? (?:\s \(\d++\))? | leave \s a \s (?:comment|reply)
              | post \s a \s comment | add \s (?:a \s)? comment | show \s comments
              | (?=[\s\S]*?moderate) [^\n]{0,80}? \b moderates? \s all \s comments \b [^\n]*+
              | comments \s are \s (?:moderated|closed) [^\n]*+""",
        ),
        (
            "cookie-notice",
            r"""(?=[\s\S]*?cookies) [^\n]{0,60}? \b (?:we|this \s (?:web)?site) \s uses? \s cookies
                \b [^\n]*+
              | (?=[\s\S]*?cookies) [^\n]{0,120}? \b (?:accept|agree \s to) \s (?:the \s|our \s)?
                (?:use \s of \s)? cookies \b [^\n]*+
              | (?:accept|reject|manage) \s (?:all \s)? cookies""",
        ),
        (
            "copyright",
            r"""© [^\n]*+ | \(c\) \s*+ \d{4} [^\n]*+
              | copyright \s*+ (?:©|\(c\)|\d{4}|by \b|of \b) [^\n]*+
              | (?=[\s\S]*?reserved) [^\n]{0,160}? \b all \s rights \s reserved \b [^\n]*+
              | this \s material \s may \s not \s be \s published [^\n]*+""",
        ),
        (
            "click-prompt",
            r"""(?:click|tap) \s (?:here|to) \b [^\n]{0,120}
              | (?:continue|keep) \s reading [^\n]{0,40} | read \s the \s full \s (?:story|article)
              | view \s (?:gallery|slideshow|photos) | watch: [^\n]{0,160}""",
        ),
        (
            "breadcrumb",
            r"""home \s*+ [›»>|/] [^\n]*+""",
        ),
    ]
)


@functools.lru_cache(maxsize=64)
def _combined(rules: BoilerplateRules) -> tuple[regex.Pattern[str], tuple[str, ...]]:
    """All rules as one alternation: one match attempt per line instead of one per rule.

    Alternatives are tried in order, so the first rule that matches the whole line names it,
    as trying the rules one by one would.
    """
    pattern = "|".join(f"(?P<r{index}>{rule.pattern})" for index, (_, rule) in enumerate(rules))
    compiled = regex.compile(pattern, _FLAGS, networks=SOCIAL_NETWORKS, ignore_unused=True)
    return compiled, tuple(name for name, _ in rules)


_MAX_RULE_SETS = 64
_COMBINED_BY_ID: dict[int, tuple[BoilerplateRules, regex.Pattern[str], tuple[str, ...]]] = {}


def match_boilerplate(line: str, rules: BoilerplateRules = COMMON_RULES) -> str | None:
    """Return the name of the first rule matching the whole line, or ``None``.

    Args:
        line: one line of normalised text.
        rules: the rules to try, in order.

    Examples:
        >>> match_boilerplate("Sponsored Links")
        'sponsored-links'
        >>> match_boilerplate("Copyright 2014 by Local10.com. All rights reserved.")
        'copyright'
        >>> match_boilerplate("The advertisement ran for weeks.") is None
        True
    """
    text = line.strip()
    if not text or len(text) > MAX_BOILERPLATE_LENGTH:
        return None
    # Looked up by identity: the rules are one module-level tuple per site, and hashing its
    # patterns for the cache key cost more than the match on a short line.
    found = _COMBINED_BY_ID.get(id(rules))
    if found is None or found[0] is not rules:
        if len(_COMBINED_BY_ID) >= _MAX_RULE_SETS:
            _COMBINED_BY_ID.clear()  # rule sets built on the fly must not pile up
        found = _COMBINED_BY_ID[id(rules)] = (rules, *_combined(rules))
    _, pattern, names = found
    match = pattern.fullmatch(text)
    if match is None or match.lastgroup is None:
        return None
    return names[int(match.lastgroup[1:])]

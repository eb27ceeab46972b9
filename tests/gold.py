"""Checks an Article against the expected facts in ../shared/gold/*.json.

Strings compare after folding whitespace, case and quote marks; ``*_has`` means contains,
``*_have_any`` means at least one of the words appears in one of the strings. Each checker
returns the list of facts that do not hold (empty when all do).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from newsparse import Article, Attribution, Count, Incident

QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "`": "'"})
SPACE = regex.compile(r"\s+")


def fold(text: str | None) -> str:
    return SPACE.sub(" ", (text or "").translate(QUOTES)).strip().casefold()


def has(text: str | None, part: str) -> bool:
    return fold(part) in fold(text)


def _count_matches(count: Count | None, expected: dict[str, Any]) -> bool:
    if count is None:
        return False
    return all(
        getattr(count, key) == value if key != "qualifier" else count.qualifier.value == value
        for key, value in expected.items()
    )


def check_article(article: Article, facts: dict[str, Any]) -> list[str]:
    problems: list[str] = []

    def expect(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    for key, value in facts.items():
        if key == "site":
            expect(article.site == value, f"site {article.site!r} != {value!r}")
        elif key in ("title", "source"):
            expect(
                fold(getattr(article, key)) == fold(value),
                f"{key} {getattr(article, key)!r} != {value!r}",
            )
        elif key == "published":
            got = article.published.isoformat() if article.published else None
            expect(
                got == dt.datetime.fromisoformat(value).isoformat(), f"published {got} != {value}"
            )
        elif key == "authors":
            expect(
                [fold(a) for a in article.authors] == [fold(a) for a in value],
                f"authors {article.authors} != {value}",
            )
        elif key == "dateline":
            for part, expected in value.items():
                got = getattr(article.dateline, part, None)
                expect(fold(got) == fold(expected), f"dateline.{part} {got!r} != {expected!r}")
        elif key == "paragraph_count":
            expect(
                len(article.paragraphs) == value, f"{len(article.paragraphs)} paragraphs != {value}"
            )
        elif key == "first_paragraph_starts":
            first = article.paragraphs[0] if article.paragraphs else ""
            expect(fold(first).startswith(fold(value)), f"first paragraph starts {first[:60]!r}")
        elif key == "last_paragraph_starts":
            last = article.paragraphs[-1] if article.paragraphs else ""
            expect(fold(last).startswith(fold(value)), f"last paragraph starts {last[:60]!r}")
        elif key == "related":
            expect(
                [fold(r) for r in article.related] == [fold(r) for r in value],
                f"related {article.related} != {value}",
            )
        elif key == "credits":
            got = [(c.role.value, fold(c.name)) for c in article.credits]
            want = [(c["role"], fold(c["name"])) for c in value]
            expect(got == want, f"credits {got} != {want}")
        elif key == "not_in_body":
            for piece in value:
                expect(not has(article.text, piece), f"body contains {piece!r}")
        else:
            problems.append(f"unknown article fact {key!r}")
    return problems


def _attribution_matches(attribution: Attribution, expected: dict[str, Any]) -> bool:
    for key, value in expected.items():
        if key == "speaker_has" and not has(attribution.speaker, value):
            return False
        if key == "cue_has" and not has(attribution.cue, value):
            return False
        if key == "recipient_has" and not has(attribution.recipient, value):
            return False
        if key == "kind_in" and attribution.kind.value not in value:
            return False
        if key == "anonymous" and attribution.anonymous != value:
            return False
    return True


def _incident_matches(incident: Incident, expected: dict[str, Any]) -> bool:
    for key, value in expected.items():
        if key == "kind" and incident.kind.value != value:
            return False
        if key == "date" and (incident.date is None or incident.date.isoformat() != value):
            return False
        if key == "location_has" and not has(incident.location, value):
            return False
        if key == "perpetrators_have_any" and not any(
            has(actor, word) for actor in incident.perpetrators for word in value
        ):
            return False
        if key in ("killed", "wounded") and not _count_matches(getattr(incident, key), value):
            return False
        if key == "munitions":
            for munition in value:
                if not any(
                    has(found.name, munition["name_has"])
                    and (found.count is not None and found.count.low == munition["count"])
                    for found in incident.munitions
                ):
                    return False
    return True


def _check_matched(
    records: tuple[Any, ...], expected: list[dict[str, Any]], matches: Any, what: str
) -> list[str]:
    problems = []
    unused = list(records)
    for fact in expected:
        found = next((record for record in unused if matches(record, fact)), None)
        if found is None:
            problems.append(f"no {what} matches {fact}")
        else:
            unused.remove(found)
    return problems


def check_attributions(article: Article, expected: list[dict[str, Any]]) -> list[str]:
    return _check_matched(article.attributions, expected, _attribution_matches, "attribution")


def check_incidents(article: Article, expected: list[dict[str, Any]]) -> list[str]:
    return _check_matched(article.incidents, expected, _incident_matches, "incident")


CHECKERS = {
    "article": check_article,
    "attributions": check_attributions,
    "incidents": check_incidents,
}

"""Incident facts on real articles: tests/data/incidents/*.json, texts from ../shared/corpus.

Each file names an article of the shared corpus (the texts are read from there at run time:
the Reuters and gun-violence texts may not be copied into the project) and the facts its
incidents must show, in the terms of ../shared/gold (see tests/gold.py), plus:

- ``main``: facts of :func:`newsparse.incident.main_incident`;
- ``no_casualties``: no incident reports a death or an injury;
- ``none``: no incident at all (with ``files``, for each of several articles);
- ``incident_count_at_most`` / ``incident_count_at_least``;
- inside an incident's facts, ``date_precision`` and ``targets_have_any`` too.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.incident import Incident, extract_incidents, main_incident

from conftest import DATA
from gold import _incident_matches, check_incidents, has

CASES = sorted((DATA / "incidents").glob("*.json"))


def read(shared: Path, file: str, published: str | None = None) -> tuple[Incident, ...]:
    """The article's incidents: the article layer, then incident extraction alone (so these
    facts test this stage, whatever the attribution stage does)."""
    day = dt.date.fromisoformat(published) if published else None
    article = newsparse.parse((shared / file).read_bytes(), published=day, extract=False)
    reference = article.published.date() if article.published else None
    return extract_incidents(article.paragraphs, reference=reference)


def matches(incident: Incident, facts: dict[str, Any]) -> bool:
    plain = {k: v for k, v in facts.items() if k not in ("date_precision", "targets_have_any")}
    if not _incident_matches(incident, plain):
        return False
    precision = facts.get("date_precision")
    if precision and (
        incident.date_precision is None or incident.date_precision.value != precision
    ):
        return False
    targets = facts.get("targets_have_any")
    return not targets or any(has(target, word) for target in incident.targets for word in targets)


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.stem)
def test_incident_facts_hold(shared, case):
    facts = json.loads(case.read_text(encoding="utf-8"))
    for file in facts.get("files", [facts.get("file")]):
        found = read(shared, file, facts.get("published"))
        problems = []
        if facts.get("none") and found:
            problems.append(f"{file}: expected no incident, got {found}")
        if "incidents" in facts:
            problems += check_incidents(_Holder(found), facts["incidents"])
        if "main" in facts:
            main = main_incident(found)
            if main is None or not matches(main, facts["main"]):
                problems.append(f"main incident {main} does not match {facts['main']}")
        if facts.get("no_casualties"):
            for incident in found:
                for count in (incident.killed, incident.wounded):
                    if count is not None and (count.low or count.high):
                        problems.append(f"a casualty count in {incident}")
        if len(found) > facts.get("incident_count_at_most", len(found)):
            problems.append(f"{len(found)} incidents, at most {facts['incident_count_at_most']}")
        if len(found) < facts.get("incident_count_at_least", 0):
            problems.append(f"{len(found)} incidents, at least {facts['incident_count_at_least']}")
        assert problems == [], "\n".join(problems)


class _Holder:
    """What tests/gold.check_incidents reads: an object with ``incidents``."""

    def __init__(self, incidents: tuple[Incident, ...]) -> None:
        self.incidents = incidents


def test_there_are_golden_incident_facts():
    assert len(CASES) >= 12


def test_the_facts_can_fail(shared):
    # A fact that does not hold must be reported: the checker is not vacuous.
    found = read(shared, "corpus/gun-violence/test_0028.txt", "2014-01-06")
    assert not matches(main_incident(found), {"killed": {"low": 2}})
    assert not matches(main_incident(found), {"date_precision": "week"})
    assert check_incidents(_Holder(found), [{"kind": "airstrike"}])

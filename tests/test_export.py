"""ACLED-like rows: newsparse.export."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.export import (
    COLUMNS,
    EVENT_TYPES,
    EXTRA_COLUMNS,
    VagueCounts,
    article_rows,
    fatalities,
    incident_rows,
    write_csv,
)
from newsparse.incident import Incident, IncidentKind, extract_incidents
from newsparse.quantity import Count, parse_count
from newsparse.strategies import incidents

SUNDAY = dt.date(2019, 11, 10)


@pytest.mark.parametrize(
    ("words", "lower_bound", "acled", "blank"),
    [
        ("17", 17, 17, 17),
        ("at least 5", 5, 5, 5),
        ("more than 20", 21, 21, 21),
        ("up to 22", 22, 22, 22),
        ("fewer than 17", 16, 16, 16),
        ("about 20", 20, 20, 20),
        ("five to seven", 5, 5, 5),
        ("no", 0, 0, 0),
        ("dozens", 24, 12, None),
        ("Dozens of", 24, 12, None),
        ("tens", 20, 10, None),
        ("hundreds", 200, 100, None),
        ("several", 3, None, None),
        ("a large number", None, None, None),
    ],
)
def test_each_policy_turns_a_count_into_one_number(words, lower_bound, acled, blank):
    count = parse_count(words)
    assert count is not None
    assert fatalities(count) == lower_bound
    assert fatalities(count, VagueCounts.ACLED) == acled
    assert fatalities(count, "blank") == blank


def test_an_unstated_toll_is_zero_unless_asked_otherwise():
    assert fatalities(None) == 0
    assert fatalities(None, unstated=None) is None


@given(st.from_type(Count), st.sampled_from(VagueCounts))
def test_a_number_is_always_one_the_count_allows(count, policy):
    number = fatalities(count, policy)
    if number is None:
        return
    assert number >= 0
    if count.low is not None and count.qualifier.value != "vague":
        assert number == count.low
    if count.high is not None:
        assert number <= count.high or count.qualifier.value == "vague"


SEED = [
    (
        "Iraq’s military on Sunday said that its forces killed a “large number of terrorists” "
        "near the town of Makhmour."
    ),
    "Fourteen airstrikes resulted in the death of a large number of terrorists.",
    "On Friday, militants fired 17 Katyusha rockets at the Qayyarah military base.",
    "According to an announcement, the action resulted in no casualties.",
]


def test_rows_for_the_seed_incidents():
    rows = incident_rows(extract_incidents(SEED, reference=SUNDAY), source="Kurdistan 24")
    assert [list(row) for row in rows] == [list(COLUMNS)] * 2
    airstrike, rockets = rows
    assert airstrike["event_date"] == "2019-11-10"
    assert (airstrike["event_type"], airstrike["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert airstrike["fatalities"] is None  # "a large number": no number under any policy
    assert airstrike["location"] == "the town of Makhmour"
    assert rockets["event_date"] == "2019-11-08"
    assert rockets["sub_event_type"] == "Shelling/artillery/missile attack"
    assert rockets["actor1"] == "militants"
    assert rockets["actor2"] == "the Qayyarah military base"
    assert rockets["fatalities"] == 0
    assert rockets["source"] == "Kurdistan 24"
    assert "17 Katyusha rockets" in rockets["notes"]


def test_extra_columns():
    (row,) = incident_rows(
        extract_incidents(
            ["Last week gunmen killed dozens of people in Kirkuk."], reference=SUNDAY
        ),
        extra=True,
        vague="acled",
    )
    assert list(row) == [*COLUMNS, *EXTRA_COLUMNS]
    assert row["time_precision"] == 2  # a week
    assert row["event_date"] == "2019-10-28"
    assert row["fatalities"] == 12
    assert row["kind"] == "shooting"
    assert row["date_text"] == "Last week"


def test_an_other_incident_with_a_toll_is_an_attack():
    incident = Incident(
        kind=IncidentKind.OTHER,
        paragraph=0,
        evidence="Protesters set fire to a bank, killing three people.",
        killed=parse_count("three"),
    )
    (row,) = incident_rows([incident])
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    (row,) = incident_rows([incident.__class__(kind="other", paragraph=0, evidence="e")])
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Other")


def test_every_kind_has_an_event_type():
    assert set(EVENT_TYPES) == set(IncidentKind)


def test_event_types_can_be_replaced():
    incident = Incident(kind="raid", paragraph=0, evidence="Troops raided a house.")
    (row,) = incident_rows([incident], event_types={**EVENT_TYPES, "raid": ("Battles", "Raid")})
    assert row["sub_event_type"] == "Raid"


def test_article_rows_carry_the_source():
    article = newsparse.parse(
        "Gunmen kill two\n\nSANAA (Reuters) - Gunmen shot dead two police officers in Sanaa "
        "on Thursday.",
        published=dt.date(2012, 10, 11),
    )
    (row,) = article_rows(article)
    assert row["source"] == "Reuters"
    assert (row["event_date"], row["location"], row["fatalities"]) == ("2012-10-11", "Sanaa", 2)


# Generated incidents are costly to draw; fifty lists cover the columns and policies.
@settings(max_examples=50)
@given(st.lists(incidents(), max_size=3), st.sampled_from(VagueCounts), st.booleans())
def test_rows_always_have_their_columns_and_write_as_csv(found, policy, extra):
    rows = incident_rows(found, vague=policy, extra=extra, source="Example")
    columns = (*COLUMNS, *EXTRA_COLUMNS) if extra else COLUMNS
    assert all(tuple(row) == columns for row in rows)
    out = io.StringIO(newline="")
    write_csv(rows, out, columns)
    back = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert len(back) == len(rows)
    for row, read in zip(rows, back, strict=True):
        assert read["event_type"] == row["event_type"]
        assert read["fatalities"] == ("" if row["fatalities"] is None else str(row["fatalities"]))

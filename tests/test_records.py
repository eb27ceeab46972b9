"""Records: validation at construction, lossless JSON and pickle round trips."""

from __future__ import annotations

import datetime as dt
import json
import pickle
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Article,
    Attribution,
    AttributionKind,
    Count,
    CountQualifier,
    Credit,
    CreditRole,
    Dateline,
    DeserializationError,
    Incident,
    IncidentKind,
    Munition,
    ParseError,
    Removed,
    SchemaVersionError,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

RECORDS = [Article, Attribution, Incident, Count, Munition, Dateline, Credit, Removed]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_json_round_trip_is_lossless(cls, data):
    record = data.draw(st.from_type(cls))
    text = to_json(record)
    assert json.loads(text)["schema_version"] == newsparse.SCHEMA_VERSION
    again = from_json(text, cls)
    assert again == record
    assert to_json(again) == text  # byte-for-byte stable, aware datetimes included


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_pickle_round_trip(cls, data):
    record = data.draw(st.from_type(cls))
    assert pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)) == record


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_records_are_frozen_slotted_keyword_only(cls):
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert all(field.kw_only for field in attrs.fields(cls))
    with pytest.raises(TypeError):
        cls("positional")


def test_frozen():
    article = Article(site="generic")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.site = "other"  # type: ignore[misc]


def test_naive_datetime_stays_naive_and_dates_stay_dates():
    article = Article(
        site="x",
        published=dt.datetime(2019, 11, 10),
        paragraphs=("p",),
        incidents=(
            Incident(kind="airstrike", date=dt.date(2019, 11, 8), paragraph=0, evidence="e"),
        ),
    )
    data = to_dict(article)
    assert data["published"] == "2019-11-10T00:00:00"
    assert data["incidents"][0]["date"] == "2019-11-08"
    back = from_dict(data, Article)
    assert back.published.tzinfo is None
    assert type(back.incidents[0].date) is dt.date


def test_aware_datetime_in_a_dst_fold_round_trips_exactly():
    zone = ZoneInfo("America/New_York")
    first = dt.datetime(2007, 11, 4, 1, 30, tzinfo=zone, fold=0)  # EDT
    second = dt.datetime(2007, 11, 4, 1, 30, tzinfo=zone, fold=1)  # EST, an hour later
    a, b = Article(site="x", published=first), Article(site="x", published=second)
    assert a.published.utcoffset() == dt.timedelta(hours=-4)
    assert b.published.utcoffset() == dt.timedelta(hours=-5)
    assert a != b
    for article in (a, b):
        assert from_json(to_json(article), Article) == article
    assert to_dict(b)["published"] == "2007-11-04T01:30:00-05:00"


def test_enums_serialise_as_values():
    credit = Credit(role=CreditRole.ADDITIONAL_REPORTING, name="Sue Lee", place="Tokyo")
    assert to_dict(credit) == {
        "schema_version": 1,
        "role": "additional_reporting",
        "name": "Sue Lee",
        "place": "Tokyo",
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"low": 5, "high": 2, "qualifier": "vague"}, "'low' (5) must not exceed 'high' (2)"),
        ({"low": 1, "high": 2, "qualifier": "exact"}, "exact count needs 'low' == 'high'"),
        ({"low": None, "high": 3, "qualifier": "at_least"}, "'at_least' count needs 'low'"),
        ({"low": 3, "high": None, "qualifier": "at_most"}, "'at_most' count needs 'high'"),
        ({"low": -1, "high": None, "qualifier": "vague"}, "'low' must be >= 0"),
        ({"low": True, "high": None, "qualifier": "vague"}, "'low' must be an int"),
    ],
)
def test_count_validation_names_the_field(kwargs, message):
    with pytest.raises(
        (TypeError, ValueError), match=message.replace("(", r"\(").replace(")", r"\)")
    ):
        Count(text="x", **kwargs)


def test_count_examples_from_the_contract():
    assert Count(low=17, high=17, qualifier="exact", text="17").qualifier is CountQualifier.EXACT
    assert Count(low=None, high=16, qualifier="at_most", text="fewer than 17").high == 16
    assert Count(low=None, high=None, qualifier="vague", text="a large number").low is None


def test_article_checks_spans_against_their_paragraph():
    paragraph = "A security source told Kurdistan 24 then."
    good = Attribution(
        speaker="A security source",
        cue="told",
        content="then",
        kind="indirect",
        anonymous=True,
        recipient="Kurdistan 24",
        paragraph=0,
        speaker_span=(0, 17),
        cue_span=(18, 22),
        content_span=(36, 40),
    )
    Article(site="x", paragraphs=(paragraph,), attributions=(good,))
    with pytest.raises(ValueError, match=r"attributions\[0\]\.paragraph is 1"):
        Article(site="x", paragraphs=(paragraph,), attributions=(attrs.evolve(good, paragraph=1),))
    shifted = attrs.evolve(good, cue_span=(19, 23))
    with pytest.raises(ValueError, match=r"attributions\[0\]\.cue_span \(19, 23\) does not locate"):
        Article(site="x", paragraphs=(paragraph,), attributions=(shifted,))
    with pytest.raises(ValueError, match="runs past the end"):
        Article(site="x", paragraphs=("short",), attributions=(attrs.evolve(good, paragraph=0),))


def test_attribution_span_length_must_match_its_text():
    with pytest.raises(ValueError, match=r"'cue_span' .* 3 characters long but 'cue' has 4"):
        Attribution(
            speaker=None,
            cue="told",
            content="x",
            kind="direct",
            anonymous=False,
            paragraph=0,
            cue_span=(0, 3),
        )


def test_incident_paragraph_in_range_and_date_not_datetime():
    with pytest.raises(ValueError, match=r"incidents\[0\]\.paragraph is 2"):
        Article(
            site="x",
            paragraphs=("a", "b"),
            incidents=(Incident(kind="raid", paragraph=2, evidence="e"),),
        )
    with pytest.raises(TypeError, match=r"'date' must be a datetime\.date"):
        Incident(kind="raid", paragraph=0, evidence="e", date=dt.datetime(2020, 1, 1))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"site": ""}, "'site' must not be empty"),
        ({"site": "x", "paragraphs": ("one\ntwo",)}, r"paragraphs\[0\] must not contain a line"),
        ({"site": "x", "authors": "John Smith"}, "'authors' must be a tuple"),
        ({"site": "x", "published": dt.date(2020, 1, 1)}, "'published' must be a datetime"),
        ({"site": "x", "removed": (Removed(text="t", rule="ok"), "x")}, r"removed\[1\] must be"),
    ],
)
def test_article_validation_names_the_field(kwargs, message):
    with pytest.raises((TypeError, ValueError), match=message):
        Article(**kwargs)


def test_lists_become_tuples():
    article = Article(site="x", paragraphs=["one", "two"], authors=["A B"])
    assert article.paragraphs == ("one", "two")
    assert article.authors == ("A B",)


def test_removed_rule_is_kebab_case():
    with pytest.raises(ValueError, match="kebab-case"):
        Removed(text="x", rule="Sponsored Links")


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"site": 5}, "$.site"),
        ({"site": "x", "paragraphs": "abc"}, "$.paragraphs"),
        ({"site": "x", "paragraphs": ["a", 3]}, "$.paragraphs[1]"),
        ({"site": "x", "published": "yesterday"}, "$.published"),
        (
            {"site": "x", "credits": [{"role": "editing", "name": 7, "place": None}]},
            "$.credits[0].name",
        ),
        ({"site": "x", "dateline": {"place": "Erbil", "raw": "ERBIL -", "bogus": 1}}, "$.dateline"),
        (
            {
                "site": "x",
                "paragraphs": ["a"],
                "incidents": [
                    {
                        "kind": "raid",
                        "paragraph": 0,
                        "evidence": "e",
                        "killed": {"low": "five", "high": None, "qualifier": "vague", "text": "t"},
                    }
                ],
            },
            "$.incidents[0].killed.low",
        ),
        ({"site": "x", "extra": 1}, "extra fields found (extra) @ $"),
    ],
)
def test_malformed_data_raises_with_the_path(data, path):
    with pytest.raises(DeserializationError) as info:
        from_dict(data, Article)
    assert isinstance(info.value, ParseError)
    assert path in str(info.value)
    assert any(path in error for error in info.value.errors)


def test_from_json_rejects_bad_json_and_non_objects():
    with pytest.raises(DeserializationError, match="not valid JSON"):
        from_json("{", Article)
    with pytest.raises(DeserializationError, match="expected an object"):
        from_json("[1, 2]", Article)


def test_newer_schema_version_is_refused():
    data = to_dict(Article(site="x"))
    data["schema_version"] = newsparse.SCHEMA_VERSION + 1
    with pytest.raises(SchemaVersionError, match="schema_version 2"):
        from_dict(data, Article)


def test_to_dict_refuses_non_records():
    with pytest.raises(TypeError, match="expected a newsparse record"):
        to_dict({"site": "x"})


def test_configure_converter_on_a_users_converter():
    import cattrs

    converter = cattrs.Converter()
    newsparse.configure_converter(converter)
    article = Article(site="x", published=dt.datetime(2020, 1, 2, 3, 4, 5))
    data = converter.unstructure(article)
    assert data["published"] == "2020-01-02T03:04:05"
    assert converter.structure(data, Article) == article
    with pytest.raises(cattrs.BaseValidationError) as info:
        converter.structure({"text": 5, "rule": "x"}, Removed)
    assert "expected a string, got int" in repr(info.value.exceptions)


def test_enum_members_match_the_contract():
    assert {kind.value for kind in AttributionKind} == {
        "direct",
        "mixed",
        "indirect",
        "according_to",
    }
    assert {kind.value for kind in IncidentKind} >= {
        "airstrike",
        "drone_strike",
        "rocket_attack",
        "shelling",
        "armed_clash",
        "ambush",
        "bombing",
        "suicide_bombing",
        "shooting",
        "assassination",
        "kidnapping",
        "raid",
        "arrest",
        "other",
    }
    assert {q.value for q in CountQualifier} == {
        "exact",
        "at_least",
        "at_most",
        "approximate",
        "vague",
    }
    assert {r.value for r in CreditRole} >= {
        "reporting",
        "additional_reporting",
        "writing",
        "editing",
    }

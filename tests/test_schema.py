"""The JSON Schema: generated records validate against it, and the file in the repository is
current."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Article, to_dict
from newsparse.schema import json_schema

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema" / "article.schema.json"
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    return not isinstance(value, str) or bool(dt.datetime.fromisoformat(value))


@FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or bool(dt.date.fromisoformat(value))


VALIDATOR = jsonschema.Draft202012Validator(json_schema(), format_checker=FORMATS)


def test_the_schema_is_a_valid_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_the_schema_file_is_current():
    expected = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    assert SCHEMA_FILE.read_text(encoding="utf-8") == expected, (
        "regenerate it: newsparse schema > schema/article.schema.json"
    )


def test_the_command_prints_it():
    script = Path(sys.executable).with_name("newsparse")
    result = subprocess.run([str(script), "schema"], capture_output=True, check=True, timeout=60)
    assert json.loads(result.stdout) == json_schema()


@given(st.from_type(Article))
def test_serialised_articles_validate(article):
    errors = sorted(VALIDATOR.iter_errors(to_dict(article)), key=str)
    assert errors == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("site",), 5),
        (("removed",), [{"text": "x", "rule": "Not Kebab"}]),
        (("paragraphs",), ["two\nlines"]),
        (("published",), "yesterday"),
        (("extra",), 1),
        (("schema_version",), 2),
    ],
)
def test_bad_data_is_rejected(path, value):
    data = to_dict(Article(site="generic", paragraphs=("One.",)))
    data[path[0]] = value
    assert not VALIDATOR.is_valid(data)

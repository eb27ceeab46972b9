"""``extract=`` picks the extractors: all, none, or some by name, in every entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import EXTRACTORS, ParseError, UnknownExtractorError, parse, parse_many
from newsparse.pipeline import selected_extractors
from newsparse.scaleout import parse_bag

from conftest import DATA, shared_dir

SAMPLE = DATA / "iraqnewsnow" / "2019-11-10-makhmour.txt"
SCRIPT = Path(sys.executable).with_name("newsparse")


def _texts() -> list[bytes]:
    """The seed page (two incidents, several attributions) and a few real articles per
    corpus folder, so both extractors have something to find."""
    found = [SAMPLE.read_bytes()]
    corpus = shared_dir() / "corpus"
    for folder in ("reuters", "fakes-syria", "gun-violence", "bbc"):
        found.extend(path.read_bytes() for path in sorted((corpus / folder).glob("*.txt"))[:3])
    return found


TEXTS = _texts()
FULL = {text: parse(text) for text in TEXTS}


def _without(article: newsparse.Article, wanted: frozenset[str]) -> newsparse.Article:
    """What ``parse`` should give when only ``wanted`` run: the full parse, the rest emptied."""
    return attrs.evolve(
        article,
        attributions=article.attributions if "attributions" in wanted else (),
        incidents=article.incidents if "incidents" in wanted else (),
    )


def test_the_seed_page_has_both_kinds_of_record():
    # Without them the comparisons below could not tell the extractors apart.
    full = FULL[SAMPLE.read_bytes()]
    assert full.attributions
    assert full.incidents


@given(
    text=st.sampled_from(TEXTS),
    wanted=st.frozensets(st.sampled_from(EXTRACTORS)),
    form=st.sampled_from(["set", "list", "tuple"]),
)
def test_a_selection_fills_exactly_the_named_fields(text, wanted, form):
    extract = {"set": set, "list": sorted, "tuple": lambda names: tuple(sorted(names))}[form](
        wanted
    )
    assert parse(text, extract=extract) == _without(FULL[text], wanted)


@given(text=st.sampled_from(TEXTS), name=st.sampled_from(EXTRACTORS))
def test_one_name_as_a_string_selects_that_extractor(text, name):
    assert parse(text, extract=name) == _without(FULL[text], frozenset({name}))


def test_true_false_and_every_name_agree():
    text = SAMPLE.read_bytes()
    assert parse(text, extract=True) == parse(text, extract=list(EXTRACTORS))
    assert parse(text, extract=False) == parse(text, extract=())
    assert parse(text, extract=False) == _without(FULL[text], frozenset())


@pytest.mark.parametrize(
    ("extract", "message"),
    [
        ("quotes", "unknown extractor 'quotes'"),
        (["incidents", "Incidents"], "unknown extractor 'Incidents'"),
        ([1], "unknown extractor '1'"),
        ([["incidents"]], "unknown extractor"),
        (3, "extract must be True, False or extractor names, got int"),
        (None, "got NoneType"),
    ],
)
def test_a_bad_selection_is_a_clear_newsparse_error(extract, message):
    with pytest.raises(UnknownExtractorError, match=message) as raised:
        parse("Police said 3 people were killed.", extract=extract)
    assert isinstance(raised.value, ParseError)
    assert isinstance(raised.value, ValueError)


def test_a_bad_selection_fails_before_any_text_is_read():
    # Even an input that is itself bad: the argument is checked first, so the message
    # names the real mistake.
    with pytest.raises(UnknownExtractorError):
        parse(b"", extract="quote")
    with pytest.raises(UnknownExtractorError):
        list(parse_many(["Police said 3 people were killed."], extract={"quote"}))


def test_selected_extractors_returns_frozensets():
    assert selected_extractors(True) == frozenset(EXTRACTORS)
    assert selected_extractors(False) == frozenset()
    assert selected_extractors(["incidents", "incidents"]) == frozenset({"incidents"})


@pytest.mark.parametrize("jobs", [1, 2])
def test_parse_many_passes_the_selection_on(jobs):
    got = list(parse_many(TEXTS[:4], jobs=jobs, extract="incidents"))
    assert got == [_without(FULL[text], frozenset({"incidents"})) for text in TEXTS[:4]]


class _Bag:
    """Just enough of a dask bag to see what ``parse_bag`` hands to ``map``."""

    def map(self, function, *args):
        return function, args


def test_parse_bag_checks_and_ships_the_selection():
    function, (site, extract) = parse_bag(_Bag(), extract="incidents")
    assert extract == frozenset({"incidents"})
    _identifier, article = function(("seed", SAMPLE.read_bytes()), site, extract)
    assert article == _without(FULL[SAMPLE.read_bytes()], frozenset({"incidents"}))
    with pytest.raises(UnknownExtractorError):
        parse_bag(_Bag(), extract="quotes")


def _cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    if not SCRIPT.exists():
        pytest.skip(f"console script not installed at {SCRIPT}")
    return subprocess.run([str(SCRIPT), *args], capture_output=True, timeout=300, check=False)


def test_cli_extract_runs_only_the_named_extractors():
    result = _cli("parse", str(SAMPLE), "--extract", "incidents")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["attributions"] == []
    assert data["incidents"] == newsparse.to_dict(FULL[SAMPLE.read_bytes()])["incidents"]
    both = _cli("parse", str(SAMPLE), "--extract", "incidents, attributions")
    assert json.loads(both.stdout) == newsparse.to_dict(FULL[SAMPLE.read_bytes()])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--extract", "quotes"), b"unknown extractor 'quotes'"),
        (("--extract", "incidents", "--no-extract"), b"not allowed with argument"),
    ],
)
def test_cli_rejects_a_bad_selection(args, message):
    result = _cli("parse", str(SAMPLE), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == b""

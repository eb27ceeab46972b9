"""The shared stages: normalisation, datelines, credits, bylines, related lines, boilerplate,
outlets and paragraph reflow."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse import BinaryInputError, CreditRole, EmptyInputError, InputTypeError
from newsparse.boilerplate import COMMON_RULES, match_boilerplate
from newsparse.credits import parse_byline, parse_credits
from newsparse.dateline import split_dateline
from newsparse.normalize import coerce_text, decode, normalize_text
from newsparse.outlets import KNOWN_OUTLETS, canonical_outlet, outlet_key
from newsparse.paragraphs import SENTENCE_END, reflow
from newsparse.related import parse_related

from render import PLACES, names, paragraphs

# --- normalisation -------------------------------------------------------------------------


@given(st.text())
def test_normalisation_is_idempotent_and_clean(text):
    try:
        clean, _ = normalize_text(text)
    except (EmptyInputError, BinaryInputError):
        return
    again, warnings = normalize_text(clean)
    assert again == clean
    assert not any(warning.startswith(("repaired", "replaced")) for warning in warnings)
    assert "\r" not in clean
    assert not any(char in clean for char in "\xa0\u200b\ufeff\t\u2028")
    assert clean.strip()


MOJIBAKE_SAFE = st.text(
    alphabet=st.sampled_from([*"abcdefghij ABC.,’‘“”–—…éüñçß€", "\u00a0"]), max_size=60
)


@given(MOJIBAKE_SAFE)
def test_utf8_read_as_cp1252_is_repaired(text):
    if not text.strip() or text.isascii():
        return
    garbled = text.encode("utf-8").decode("cp1252", errors="strict") if _cp1252_ok(text) else None
    if garbled is None:
        return
    clean, warnings = normalize_text(garbled)
    assert clean == normalize_text(text)[0]
    assert any("mojibake" in warning for warning in warnings)


def _cp1252_ok(text: str) -> bool:
    try:
        text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def test_normalisation_examples():
    text = "\ufeffIt\u00e2\u20ac\u2122s a\u00a0hotbed\u00a0 of\u200b cells.\r\nNext\x92s line\r"
    clean, warnings = normalize_text(text)
    assert clean == "It’s a hotbed  of cells.\nNext’s line\n"
    assert len(warnings) == 2


def test_decode_falls_back_to_cp1252_with_a_warning():
    assert decode("Iraq’s".encode()) == ("Iraq’s", ())
    text, warnings = decode("Iraq’s army – “large”".encode("cp1252"))
    assert text == "Iraq’s army – “large”"
    assert warnings == ("input is not valid UTF-8: 4 byte(s) read as cp1252",)
    assert decode(b"\xef\xbb\xbfBOM") == ("BOM", ())
    assert decode("utf16".encode("utf-16"))[0] == "utf16"


@pytest.mark.parametrize("value", [None, 5, ["text"], {"text": "x"}])
def test_coerce_rejects_other_types(value):
    with pytest.raises(InputTypeError):
        coerce_text(value)


def test_coerce_points_at_read_text_for_paths(tmp_path):
    with pytest.raises(InputTypeError, match="read_text"):
        coerce_text(tmp_path)


# --- datelines -----------------------------------------------------------------------------


@given(
    st.sampled_from(list(PLACES)),
    st.none() | st.sampled_from(["Reuters", "AP", "Kurdistan 24"]),
    st.none() | st.sampled_from(["Peru", "Kurdistan Region", "Iraq"]),
    st.sampled_from(["-", "–", "—", "--"]),
    paragraphs(),
)
def test_datelines_round_trip(place, agency, region, dash, story):
    raw = (
        place + (f", {region}" if region else "") + (f"  ({agency})" if agency else "") + f" {dash}"
    )
    found = split_dateline(f"{raw} {story}")
    assert found is not None
    dateline, rest = found
    assert (dateline.place, dateline.region, dateline.agency, dateline.raw) == (
        PLACES[place],
        region,
        agency,
        raw,
    )
    assert rest == story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ERBIL (Kurdistan 24) – Iraq’s military", ("Erbil", None, "Kurdistan 24")),
        ("LIMA, Peru  (Reuters) - Peru's", ("Lima", "Peru", "Reuters")),
        ("DALLAS (AP) — Police", ("Dallas", None, "AP")),
        ("ERBIL, Kurdistan Region – The", ("Erbil", "Kurdistan Region", None)),
        ("NEW YORK  (Reuters) - Stocks", ("New York", None, "Reuters")),
        ("BAGHDAD, Oct 21 (Reuters) - A", ("Baghdad", None, "Reuters")),
        ("Erbil (Kurdistan 24) – Iraq’s", ("Erbil", None, "Kurdistan 24")),
    ],
)
def test_dateline_forms(text, expected):
    dateline, _ = split_dateline(text)
    assert (dateline.place, dateline.region, dateline.agency) == expected


@pytest.mark.parametrize(
    "text",
    [
        "US - the first",
        "NATO said on Monday",
        "A man was shot - police said",
        "Erbil – the city",
        "Iraq’s military said",
        "UN: talks resume",
    ],
)
def test_not_datelines(text):
    assert split_dateline(text) is None


# --- credits and bylines -------------------------------------------------------------------

LEADS = {
    "Editing by": CreditRole.EDITING,
    "Reporting by": CreditRole.REPORTING,
    "Writing by": CreditRole.WRITING,
    "Additional reporting by": CreditRole.ADDITIONAL_REPORTING,
    "editing by": CreditRole.EDITING,
    "Compiled by": CreditRole.COMPILING,
}


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(LEADS)), st.lists(names(), min_size=1, max_size=3, unique=True)
        ),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["; ", ", ", ". "]),
    st.booleans(),
)
def test_credit_lines_round_trip(clauses, separator, parenthesised):
    text = separator.join(
        f"{lead} {people[0] if len(people) == 1 else ', '.join(people[:-1]) + ' and ' + people[-1]}"
        for lead, people in clauses
    )
    if parenthesised:
        text = f"({text})"
    credits = parse_credits(text)
    assert credits is not None
    assert [(c.role, c.name) for c in credits] == [
        (LEADS[lead], name) for lead, people in clauses for name in people
    ]


def test_credit_places_and_slashes():
    credits = parse_credits(
        "(Reporting by Ahmed Rasheed in Baghdad; Additional reporting by Sue Lee and Tom Ng in "
        "Tokyo; Writing by Dan Lee; Editing by Ed Tobin/Jon Boyle)"
    )
    assert [(c.role.value, c.name, c.place) for c in credits] == [
        ("reporting", "Ahmed Rasheed", "Baghdad"),
        ("additional_reporting", "Sue Lee", None),
        ("additional_reporting", "Tom Ng", "Tokyo"),
        ("writing", "Dan Lee", None),
        ("editing", "Ed Tobin", None),
        ("editing", "Jon Boyle", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Editing by hand is slow.",
        "Reporting by the media was poor, officials said.",
        "Source: a security official said",
        "By the end of the day, prices fell.",
        "",
    ],
)
def test_prose_is_not_a_credit(text):
    assert parse_credits(text) is None


def test_bylines():
    assert parse_byline("By  Sayed Salahuddin") == ("Sayed Salahuddin",)
    assert parse_byline("By Peg Mackey and  Alex Lawler") == ("Peg Mackey", "Alex Lawler")
    assert parse_byline("BY JOHN SMITH Associated Press Writer") == ("John Smith",)
    assert parse_byline("By the end of the day, prices fell.") is None


# --- related, boilerplate, outlets -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Read More: Multiple casualties in clashes", "Multiple casualties in clashes"),
        ("Read more…Iraq says rockets hit base", "Iraq says rockets hit base"),
        ("READ MORE: Talks stall", "Talks stall"),
        ("Related: Oil prices rise", "Oil prices rise"),
        ("Also read: KRG budget", "KRG budget"),
        ("Read More:", ""),
        ("Read more about it in the report.", None),
        ("Related reports were denied.", None),
    ],
)
def test_related_lines(line, headline):
    assert parse_related(line) == headline


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Sponsored Links", "sponsored-links"),
        ("Advertisement", "advertisement"),
        ("Share on Facebook", "share-prompt"),
        ("Follow us on Twitter", "follow-prompt"),
        ("Subscribe to our newsletter", "subscribe-prompt"),
        ("Rudaw moderates all comments submitted on our website.", "comment-notice"),
        ("We use cookies to give you the best experience.", "cookie-notice"),
        ("Copyright 2014 by Local10.com. All rights reserved.", "copyright"),
        ("© 2019 Rudaw", "copyright"),
    ],
)
def test_boilerplate_rules(line, rule):
    assert match_boilerplate(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Share prices rose on Monday.",
        "Comments by the minister angered Baghdad.",
        "Copyright law was changed.",
        "Follow the money, he said.",
        "Subscribers were angry.",
    ],
)
def test_story_lines_are_not_boilerplate(line):
    assert match_boilerplate(line) is None


@given(st.text(max_size=500))
def test_boilerplate_rules_never_raise(line):
    rule = match_boilerplate(line)
    assert rule is None or rule in {name for name, _ in COMMON_RULES}


def test_outlet_aliases_name_one_outlet_each():
    seen: dict[str, str] = {}
    for names_ in KNOWN_OUTLETS:
        for alias in names_:
            key = outlet_key(alias)
            assert seen.setdefault(key, names_[0]) == names_[0], alias
        assert canonical_outlet(names_[0].lower()) == names_[0]


# --- reflow ----------------------------------------------------------------------------------


@given(st.lists(paragraphs(), min_size=1, max_size=4), st.integers(50, 80))
def test_hard_wrapping_is_undone(body, width):
    wrapped = [
        textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False)
        for paragraph in body
    ]
    # A paragraph wrapped only at sentence ends reads as one paragraph per line: ambiguous.
    assume(
        not any(
            len(lines) > 1 and all(SENTENCE_END.search(line) for line in lines[:-1])
            for lines in wrapped
        )
    )
    joined = [reflow(lines) for lines in wrapped]
    assert [paragraph for part in joined for paragraph in part] == body

"""Incident extraction: newsparse.incident.extract_incidents on generated and written text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import incident as incident_module
from newsparse.dates import DatePrecision
from newsparse.incident import Incident, IncidentKind, extract_incidents, main_incident
from newsparse.quantity import CountQualifier, spell_number

SUNDAY = dt.date(2019, 11, 10)


def one(text: str, reference: dt.date | None = SUNDAY) -> Incident:
    found = extract_incidents([text], reference=reference)
    assert len(found) == 1, found
    return found[0]


# --- Casualty counts ----------------------------------------------------------------------------

# Sentences that state N killed and M wounded, in the phrasings wire copy uses; {n} and {m} are
# replaced by the numbers in digits or words, {N} and {M} the same at the start of a sentence.
TEMPLATES = [
    "{N} people were killed and {m} wounded when a car bomb exploded in the market.",
    "{N} civilians were killed and {m} others were injured in an air strike on the town.",
    "A suicide bomber killed {n} people and wounded {m} at a checkpoint near Kirkuk.",
    "The blast killed {n} soldiers and injured {m} others, police said.",
    "Gunmen killed {n} villagers and wounded {m} in an ambush near the border on Monday.",
    "{M} people were wounded and {n} killed in the shelling, the monitor said.",
    "The attack left {n} people dead and {m} wounded.",
    "Officials said {n} people died and {m} were hurt in the explosion.",
    "Police said {n} were killed and {m} injured in the shooting.",
    "Rockets hit the town, killing {n} civilians and wounding {m}.",
    "The strike killed {n} fighters; {m} more were wounded.",
    "{N} soldiers died and {m} were wounded when militants attacked their convoy.",
    "Mortar shells killed {n} residents and injured {m} in Aleppo, state media reported.",
]


def written(number: int, words: bool, capital: bool) -> str:
    if not words:
        return f"{number:,}" if number >= 1000 and capital else str(number)
    text = spell_number(number)
    return text[0].upper() + text[1:] if capital else text


@given(
    st.sampled_from(TEMPLATES),
    st.integers(2, 20_000),
    st.integers(2, 20_000),
    st.booleans(),
    st.booleans(),
)
def test_generated_casualty_sentences_give_exactly_n_and_m(template, n, m, n_words, m_words):
    sentence = template.format(
        n=written(n, n_words, capital=False),
        N=written(n, n_words, capital=True),
        m=written(m, m_words, capital=False),
        M=written(m, m_words, capital=True),
    )
    incident = one(sentence)
    assert incident.killed is not None, sentence
    assert incident.wounded is not None, sentence
    assert (incident.killed.low, incident.killed.high) == (n, n), sentence
    assert (incident.wounded.low, incident.wounded.high) == (m, m), sentence
    assert incident.killed.qualifier is CountQualifier.EXACT


QUALIFIED = [
    ("at least {}", "at_least", lambda n: (n, None)),
    ("more than {}", "at_least", lambda n: (n + 1, None)),
    ("up to {}", "at_most", lambda n: (None, n)),
    ("about {}", "approximate", lambda n: (n, n)),
    ("nearly {}", "approximate", lambda n: (None, n)),
]


@given(st.sampled_from(QUALIFIED), st.integers(2, 5000), st.booleans())
def test_qualified_counts_keep_their_bounds(qualified, n, active):
    phrase, qualifier, bounds = qualified
    count = phrase.format(n)
    sentence = (
        f"Air strikes killed {count} people in the village on Tuesday."
        if active
        else f"{count[0].upper()}{count[1:]} people were killed in air strikes on Tuesday."
    )
    killed = one(sentence).killed
    assert killed is not None
    assert (killed.low, killed.high) == bounds(n)
    assert killed.qualifier.value == qualifier
    if killed.low is not None and killed.high is not None:
        assert killed.low <= killed.high


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("Two people were killed and three wounded in the blast.", 2, 3),
        ("One man was killed and another injured after they were shot inside a car.", 1, 1),
        ("A 28-year-old woman was seriously injured when a handgun discharged.", None, 1),
        ("A man was shot Wednesday night in the 800 block of Whitelock Street.", None, 1),
        ("Police found the man shot in his car; he later died at the hospital.", 1, None),
        ("Masked gunmen shot dead a Yemeni man in Sanaa on Thursday.", 1, None),
        ("Two of three armed robbers were shot and killed by a security guard.", 2, None),
        # The parts are not added up: the text states no total (and so neither do we).
        ("Eleven civilians were killed in Saraqeb and another man died in Binnish.", 11, None),
        ("11 Syrian opposition fighters and five Kurdish fighters were killed.", 11, None),
        ("98 evacuees from the towns of Fuaa and Kafraya were killed when a bomb hit.", 98, None),
        ("Richmond resident Franklin Lopez-Guardado, 19, died in a shooting.", 1, None),
        ("At least 19 civilians including five children were killed by a barrel bomb.", 19, None),
        ("The death toll from the suicide bombing has risen to at least 112.", 112, None),
        ("The governor put the death toll at six and the number of injured at 28.", 6, 28),
        ("A bomb blast killed six people and injured 32 in the Salah al-Din district.", 6, 32),
        ("6 Lebanese martyrs and 22 injured in a bombing that targeted a bus.", 6, 22),
        ("Car bomb kills six in Homs.", 6, None),
        ("Syrian jets killed dozens of civilians in the town on Sunday.", 24, None),
    ],
)
def test_casualty_statements(sentence, killed, wounded):
    incident = one(sentence)
    got_killed = incident.killed.low if incident.killed else None
    got_wounded = incident.wounded.low if incident.wounded else None
    assert (got_killed, got_wounded) == (killed, wounded)


def test_a_vague_count_states_no_number():
    incident = one("Iraqi forces killed a “large number of terrorists” in Makhmour on Sunday.")
    killed = incident.killed
    assert killed is not None
    assert (killed.low, killed.high, killed.qualifier) == (None, None, CountQualifier.VAGUE)
    assert "large number" in killed.text


@pytest.mark.parametrize(
    ("sentences", "killed", "wounded"),
    [
        (["Rockets hit the base on Friday.", "The attack resulted in no casualties."], 0, 0),
        (["A bomb exploded in the market on Monday.", "No one was hurt."], 0, 0),
        (["Gunmen opened fire on a bus on Monday.", "No one was injured."], None, 0),
        (["Officers shot and wounded an armed suspect.", "No officers were injured."], None, 1),
    ],
)
def test_negations_give_zero_unless_a_toll_is_stated(sentences, killed, wounded):
    (incident,) = extract_incidents(sentences, reference=SUNDAY)
    assert (incident.killed.low if incident.killed else None) == killed
    assert (incident.wounded.low if incident.wounded else None) == wounded


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike was hurt by a sales shortfall in April.",
        "Shares shot up 15 percent over the past three weeks.",
        "The bill would kill the program, critics said.",
        "He asked how many people were injured.",
        "Analysts said the lives and deaths of many large corporations were at stake.",
        "Police said shootings are hard to put a number on.",
        "Sanusi’s “Friday massacre” set BlackBerries buzzing.",
        "Police called in a bomb squad after a bomb scare downtown.",
        "The arms sales include $148 million in grenade launchers.",
    ],
)
def test_sentences_that_report_no_incident(sentence):
    assert extract_incidents([sentence], reference=SUNDAY) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Since then, however, the group has continued to launch insurgency attacks, ambushes, "
            "and kidnappings in the country."
        ),
        "More than 220,000 people have been killed in Syria since the conflict began in 2011.",
        "In the past two weeks more than 200 civilians have been killed in Aleppo.",
        (
            "The conflict has cost the lives of more than 200,000 people, it said. It has cost the "
            "lives of more than 200,000 people."
        ),
        "Syria’s military threatened to shoot down any Turkish warplane that enters its air space.",
    ],
)
def test_background_and_hypotheticals_are_not_incidents(sentence):
    assert extract_incidents([sentence], reference=SUNDAY) == ()


# --- Kinds, places, actors, munitions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Fourteen airstrikes killed 12 militants on Sunday.", "airstrike"),
        ("A US drone strike killed three suspected militants on Sunday.", "drone_strike"),
        ("Militants fired 17 Katyusha rockets at the base on Friday.", "rocket_attack"),
        ("Mortar shells killed two people in Damascus on Sunday.", "shelling"),
        ("Clashes between rebels and the army killed 12 fighters on Sunday.", "armed_clash"),
        ("Insurgents ambushed a patrol on Sunday, killing four soldiers.", "ambush"),
        ("A roadside bomb killed three policemen on Sunday.", "bombing"),
        ("A suicide car bomb killed 20 people at a checkpoint on Sunday.", "suicide_bombing"),
        ("A gunman shot dead a shopkeeper in Baghdad on Sunday.", "shooting"),
        ("Gunmen assassinated a judge in Basra on Sunday.", "assassination"),
        ("Gunmen kidnapped two aid workers in the town on Sunday.", "kidnapping"),
        ("Troops raided a house in Mosul on Sunday.", "raid"),
        ("Police arrested three men in Erbil on Sunday.", "arrest"),
        ("Protesters set fire to a bank on Sunday, killing three people.", "other"),
    ],
)
def test_kinds(sentence, kind):
    assert one(sentence).kind.value == kind


def test_the_seed_rocket_attack_sentence():
    incident = one(
        "On Friday, the Iraqi military said that “terrorist elements” had fired 17 Katyusha "
        "rockets at the Qayyarah military base, which hosts US troops."
    )
    assert incident.kind is IncidentKind.ROCKET_ATTACK
    assert incident.date == dt.date(2019, 11, 8)
    assert incident.date_text == "On Friday"
    assert incident.date_precision is DatePrecision.DAY
    assert incident.location == "the Qayyarah military base"
    assert incident.perpetrators == ("terrorist elements",)
    assert "the Qayyarah military base" in incident.targets
    (munition,) = incident.munitions
    assert munition.name == "Katyusha rocket"
    assert munition.count is not None
    assert munition.count.low == 17


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A bomb killed six people in the disputed town of Makhmour on Sunday.", "Makhmour"),
        ("A man was shot in the 800 block of South Fork Drive on Sunday.", "South Fork Drive"),
        ("Two people were killed in al-Midan on Sunday.", "al-Midan"),
        ("A man was shot to death on Stardust Lane on Sunday.", "Stardust Lane"),
    ],
)
def test_places(sentence, place):
    assert place in (one(sentence).location or "")


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Masked gunmen shot dead a Yemeni man in Sanaa on Thursday.", "Masked gunmen"),
        ("Six people were killed by regime shelling in Aleppo on Sunday.", "regime shelling"),
        ("Armed Nigerian youths were behind an attack on a pipeline on Thursday.", "youths"),
    ],
)
def test_perpetrators(sentence, actor):
    assert any(actor in found for found in one(sentence).perpetrators)


# --- Dates and grouping -------------------------------------------------------------------------


def test_sentences_about_one_event_make_one_incident():
    found = extract_incidents(
        [
            (
                "Iraq’s military on Sunday said its forces killed a large number of terrorists "
                "near Makhmour."
            ),
            "Fourteen airstrikes resulted in the death of a large number of terrorists.",
            "On Friday, militants fired 17 Katyusha rockets at the Qayyarah military base.",
            "The attack resulted in no casualties.",
        ],
        reference=SUNDAY,
    )
    assert [(i.kind.value, i.date, i.paragraph) for i in found] == [
        ("airstrike", SUNDAY, 0),
        ("rocket_attack", dt.date(2019, 11, 8), 2),
    ]
    assert found[1].killed is not None
    assert found[1].killed.low == 0


def test_a_later_sentence_dates_an_undated_incident():
    (incident,) = extract_incidents(
        [
            (
                "A bar patron remained hospitalized Thursday after he was shot while trying to "
                "stop an armed robbery. A witness said he was playing pool with the victim on "
                "Wednesday night when a man came in."
            )
        ],
        reference=dt.date(2014, 2, 13),
    )
    assert incident.date == dt.date(2014, 2, 12)


def test_published_dates_are_not_event_dates():
    (incident,) = extract_incidents(
        ["(Published Thursday, April 3, 2014) Keith Johnson was shot and killed on Feb. 16."],
        reference=dt.date(2014, 4, 3),
    )
    assert incident.date == dt.date(2014, 2, 16)


def test_a_coarse_date_keeps_its_precision():
    incident = one("Last month a senior official was killed in a drive-by shooting in Sanaa.")
    assert (incident.date, incident.date_precision) == (dt.date(2019, 10, 1), DatePrecision.MONTH)


def test_a_relative_date_without_reference_keeps_its_words():
    incident = one("Gunmen killed two policemen on Friday in Kirkuk.", reference=None)
    assert incident.date is None
    assert incident.date_text == "on Friday"


def test_numeric_dates_follow_the_site_order():
    text = ["Gunmen killed two men on 03/04/2019 in Kirkuk."]
    assert extract_incidents(text, reference=SUNDAY)[0].date is None  # ambiguous
    assert extract_incidents(text, reference=SUNDAY, day_first=True)[0].date == dt.date(2019, 4, 3)
    assert extract_incidents(text, reference=SUNDAY, day_first=False)[0].date == dt.date(2019, 3, 4)


def test_a_lede_dates_the_incident_after_it():
    (incident,) = extract_incidents(
        [
            (
                "Victims of a suspected chemical attack showed symptoms of nerve agents, the World "
                "Health Organization said on Wednesday."
            ),
            "It put the death toll at at least 70.",
        ],
        reference=SUNDAY,
    )
    assert incident.date == dt.date(2019, 11, 6)
    assert incident.killed is not None
    assert incident.killed.low == 70


def test_no_date_is_ever_after_the_reference():
    found = extract_incidents(
        ["Rockets killed two people on 21 March 2020.", "Gunmen killed a man next Monday."],
        reference=SUNDAY,
    )
    assert all(incident.date is None or incident.date <= SUNDAY for incident in found)


def test_main_incident_is_the_first_with_a_toll():
    found = extract_incidents(
        ["Police arrested two men on Monday.", "On Sunday a gunman shot dead a shopkeeper."],
        reference=dt.date(2019, 11, 12),
    )
    assert main_incident(found) is found[1]
    assert main_incident(()) is None


# --- Robustness ---------------------------------------------------------------------------------


@given(st.lists(st.text(max_size=300), max_size=5), st.one_of(st.none(), st.dates()))
def test_any_text_gives_valid_incidents(paragraphs, reference):
    found = extract_incidents(paragraphs, reference=reference)
    for incident in found:
        assert 0 <= incident.paragraph < len(paragraphs)
        assert incident.evidence.strip()
        for count in (incident.killed, incident.wounded):
            if count is not None and count.low is not None and count.high is not None:
                assert count.low <= count.high
        if incident.date is not None and reference is not None:
            assert incident.date <= reference


@given(st.lists(st.sampled_from(TEMPLATES), min_size=1, max_size=4))
def test_incidents_point_into_their_paragraphs(templates):
    paragraphs = [t.format(n="two", N="Two", m="three", M="Three") for t in templates]
    for incident in extract_incidents(paragraphs, reference=SUNDAY):
        assert incident.evidence.split()[0] in paragraphs[incident.paragraph]


# Hostile inputs, with the extractors' own floods, are in benchmarks/hostile.py (timed there)
# and tests/test_hostile.py (parsed under a hang guard there).


# --- Records ------------------------------------------------------------------------------------


def test_incidents_round_trip_through_json():
    found = extract_incidents(
        ["On Friday, militants fired 17 Katyusha rockets at the base, killing two soldiers."],
        reference=SUNDAY,
    )
    assert found
    for incident in found:
        assert newsparse.from_json(newsparse.to_json(incident), Incident) == incident


def test_date_precision_is_validated():
    with pytest.raises(ValueError, match="fortnight"):
        Incident(kind="raid", paragraph=0, evidence="e", date_precision="fortnight")
    incident = Incident(kind="raid", paragraph=0, evidence="e", date_precision="week")
    assert incident.date_precision is DatePrecision.WEEK


def test_parse_fills_incidents_from_the_published_date():
    article = newsparse.parse(
        "Rocket attack on base\n\nMilitants fired 17 rockets at the base on Friday.",
        published=SUNDAY,
        extract=True,
    )
    assert article.incidents
    assert article.incidents[0].date == dt.date(2019, 11, 8)


# --- The reference day: dateline, publication date, site's day order ---------------------------


def test_incident_dates_resolve_against_the_dateline():
    # Filed on Saturday 21 March 2020, published on Wednesday the 25th: "on Tuesday" is the
    # 17th, counted back from the dateline, not the 24th counted back from publication.
    text = (
        "Rockets hit Iraqi base\n\n"
        "BAGHDAD, March 21 (Reuters) - Militants fired 17 Katyusha rockets at the Qayyarah "
        "military base on Tuesday, killing two soldiers, the army said.\n"
    )
    article = newsparse.parse(text, site="generic", published=dt.date(2020, 3, 25))
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2020, 3, 21)
    assert article.dateline.raw == "BAGHDAD, March 21 (Reuters) -"
    (incident,) = article.incidents
    assert (incident.date, incident.date_text) == (dt.date(2020, 3, 17), "on Tuesday")
    # Without the dateline's date the same words count back from publication.
    undated = text.replace("BAGHDAD, March 21", "BAGHDAD")
    article = newsparse.parse(undated, site="generic", published=dt.date(2020, 3, 25))
    assert article.dateline.date is None
    assert article.incidents[0].date == dt.date(2020, 3, 24)


def test_a_dateline_after_publication_is_not_the_reference():
    # A day after the page's date (the dateline's zone is ahead): publication stays the
    # reference, so no incident date is after it.
    text = (
        "BAGHDAD, March 26 (Reuters) - Militants fired 17 Katyusha rockets at the Qayyarah "
        "military base on Tuesday, killing two soldiers, the army said.\n"
    )
    article = newsparse.parse(text, site="generic", published=dt.date(2020, 3, 25))
    assert article.dateline.date is None
    assert article.incidents[0].date == dt.date(2020, 3, 24)


REUTERS_PAGE = """-- Rockets hit Iraqi base
-- By John Smith
-- Wed Apr 8, 2020 8:11pm EDT
-- http://www.reuters.com/article/idUSTRE0000000000

BAGHDAD  (Reuters) - Militants fired 17 Katyusha rockets at the Qayyarah military base on
3/4/2020, killing two soldiers, the army said.
"""


def test_parse_reads_numeric_dates_in_the_site_order():
    # Reuters prints the month first ("Wed Apr 8, 2020"): "3/4/2020" is 4 March. The generic
    # parser knows no order and leaves the ambiguous date unresolved.
    reuters = newsparse.parse(REUTERS_PAGE)
    assert reuters.site == "reuters"
    assert reuters.incidents[0].date == dt.date(2020, 3, 4)
    body = REUTERS_PAGE.split("\n\n", 1)[1]
    generic = newsparse.parse(body, site="generic", published=dt.date(2020, 4, 8))
    assert generic.incidents[0].date is None
    assert extract_incidents([body], reference=dt.date(2020, 4, 8), day_first=True)[0].date == (
        dt.date(2020, 4, 3)
    )


def test_reading_stops_after_the_most_characters(monkeypatch):
    # Hostile input (5 MB of "The army said the attack killed 17 people.") is read up to a
    # bound, not to its end; a story below the bound is read whole.
    stories = [
        "Gunmen killed three policemen in Kirkuk on Monday.",
        "On Wednesday a car bomb killed five people in Baghdad.",
        "Rockets hit the Qayyarah base on Friday, wounding two soldiers.",
    ]
    whole = extract_incidents(stories, reference=SUNDAY)
    assert len(whole) == 3
    monkeypatch.setattr(incident_module, "MOST_CHARACTERS_READ", len(stories[0]) + 1)
    assert extract_incidents(stories, reference=SUNDAY) == whole[:2]


def test_reading_that_stops_early_says_so(monkeypatch):
    stories = [
        "Gunmen killed three policemen in Kirkuk on Monday.",
        "On Wednesday a car bomb killed five people in Baghdad.",
        "Rockets hit the Qayyarah base on Friday, wounding two soldiers.",
    ]
    read_whole: list[str] = []
    extract_incidents(stories, reference=SUNDAY, notes=read_whole)
    assert read_whole == []
    monkeypatch.setattr(incident_module, "MOST_CHARACTERS_READ", len(stories[0]) + 1)
    stopped: list[str] = []
    extract_incidents(stories, reference=SUNDAY, notes=stopped)
    assert len(stopped) == 1
    assert "paragraph 2" in stopped[0]
    article = newsparse.parse("\n\n".join(["Headline of the story", *stories]))
    assert any("incidents were read up to paragraph" in note for note in article.warnings)

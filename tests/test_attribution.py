"""Attribution extraction: generated sentences in every pattern, and what must never happen."""

from __future__ import annotations

import pickle

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Attribution, AttributionKind, from_json, to_json
from newsparse.attribution import (
    FORM_LEMMA,
    MAX_CUES_PER_PARAGRAPH,
    _read_structure,
    extract_attributions,
    is_anonymous,
)

# Speakers as news prints them, with whether each is an unnamed source.
SPEAKERS = {
    "Ahmed Rasheed": False,
    "Lina Salih": False,
    "the Iraqi military": False,
    "Iraq’s military": False,
    "the Security Media Cell": False,
    "the ministry": False,
    "a security source": True,
    "officials": True,
    "U.S. officials": True,
    "a police spokesman": True,
    "the governor of Nineveh province": False,
    "he": False,
    "she": False,
    "they": False,
}
# Names for the pattern with the verb first ("“…,” said the source"): a pronoun reads oddly
# there ("said he") and is left out.
INVERTED_SPEAKERS = [s for s in SPEAKERS if s not in ("he", "she", "they")]
RECIPIENTS = ["Kurdistan 24", "Reuters", "reporters", "The Washington Post", "him", "AFP"]

# Verbs by the patterns they take, in the forms news uses.
THAT_VERBS = [
    "said",
    "says",
    "added",
    "noted",
    "warned",
    "claimed",
    "announced",
    "confirmed",
    "stressed",
    "explained",
    "insisted",
    "argued",
    "acknowledged",
    "stated",
    "has said",
    "also said",
    "had warned",
    "would say",
]
BARE_VERBS = ["said", "says", "claimed", "insisted", "argued", "warned", "has said"]
AFTER_VERBS = [
    "said",
    "says",
    "added",
    "noted",
    "warned",
    "explained",
    "told Reuters",
    "said in a statement",
    "concluded",
    "continued",
]
INVERTED_VERBS = ["said", "added", "noted", "explained", "continued", "asked"]

# Content words: none is a reporting verb, a quote mark or a word that ends a clause.
SUBJECTS = ["the convoy", "the rockets", "its forces", "two gunmen", "the bridge", "it", "we"]
AUXILIARIES = ["was", "were", "had", "would be", "will be", "has been", "is"]
WORDS = [
    "hit",
    "near",
    "the",
    "base",
    "north",
    "of",
    "town",
    "fired",
    "seven",
    "reached",
    "late",
    "border",
    "crossing",
    "repaired",
    "before",
    "dawn",
    "closed",
    "road",
    "fuel",
    "village",
    "heavy",
    "damage",
    "calm",
    "market",
]


@st.composite
def clauses(draw: st.DrawFn) -> str:
    """A plain clause: "the convoy was hit near the base"."""
    words = [draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(AUXILIARIES))]
    words += draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=10))
    return " ".join(words)


def capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


QUOTES = st.sampled_from([("“", "”"), ('"', '"')])


def only(paragraph: str) -> Attribution:
    found = extract_attributions([paragraph])
    assert len(found) == 1, found
    return found[0]


def check_spans(paragraph: str, attribution: Attribution) -> None:
    for part in ("speaker", "cue", "content"):
        span = getattr(attribution, f"{part}_span")
        value = getattr(attribution, part)
        if value is None:
            assert span is None
        else:
            assert span is not None, part
            assert paragraph[span[0] : span[1]] == value, part


def check_speaker(attribution: Attribution, speaker: str) -> None:
    assert attribution.speaker == speaker
    assert attribution.anonymous is SPEAKERS[speaker]


@given(st.sampled_from(list(SPEAKERS)), st.sampled_from(THAT_VERBS), clauses())
def test_speaker_verb_that_clause(speaker, verb, content):
    paragraph = f"{capitalised(speaker)} {verb} that {content}."
    found = only(paragraph)
    check_spans(paragraph, found)
    assert found.speaker == capitalised(speaker)
    assert found.cue == verb
    assert found.content == content
    assert found.kind is AttributionKind.INDIRECT


@given(st.sampled_from(list(SPEAKERS)), st.sampled_from(BARE_VERBS), clauses())
def test_speaker_verb_bare_clause(speaker, verb, content):
    paragraph = f"{capitalised(speaker)} {verb} {content}."
    found = only(paragraph)
    check_spans(paragraph, found)
    assert (found.speaker, found.cue, found.content) == (capitalised(speaker), verb, content)


@given(st.sampled_from(list(SPEAKERS)), st.sampled_from(AFTER_VERBS), clauses(), QUOTES)
def test_quotation_then_speaker_and_verb(speaker, verb, content, marks):
    opening, closing = marks
    paragraph = f"{opening}{capitalised(content)},{closing} {speaker} {verb}."
    found = only(paragraph)
    check_spans(paragraph, found)
    check_speaker(found, speaker)
    assert found.cue == verb.removesuffix(" Reuters")
    assert found.content == capitalised(content)
    assert found.kind is AttributionKind.DIRECT
    if verb == "told Reuters":
        assert found.recipient == "Reuters"


@given(st.sampled_from(INVERTED_SPEAKERS), st.sampled_from(INVERTED_VERBS), clauses(), QUOTES)
def test_quotation_then_verb_and_speaker(speaker, verb, content, marks):
    opening, closing = marks
    paragraph = f"{opening}{capitalised(content)},{closing} {verb} {speaker}."
    found = only(paragraph)
    check_spans(paragraph, found)
    check_speaker(found, speaker)
    assert (found.cue, found.content) == (verb, capitalised(content))
    assert found.kind is AttributionKind.DIRECT


@given(st.sampled_from(list(SPEAKERS)), st.sampled_from(AFTER_VERBS), clauses())
def test_reported_clause_then_speaker_and_verb(speaker, verb, content):
    paragraph = f"{capitalised(content)}, {speaker} {verb}."
    found = only(paragraph)
    check_spans(paragraph, found)
    check_speaker(found, speaker)
    assert found.content == capitalised(content)
    assert found.kind is AttributionKind.INDIRECT


@given(st.sampled_from(list(SPEAKERS)), st.sampled_from(THAT_VERBS), clauses(), QUOTES)
def test_speaker_verb_colon_quotation(speaker, verb, content, marks):
    opening, closing = marks
    paragraph = f"{capitalised(speaker)} {verb}: {opening}{capitalised(content)}.{closing}"
    found = only(paragraph)
    check_spans(paragraph, found)
    assert (found.speaker, found.cue) == (capitalised(speaker), verb)
    assert found.content == f"{capitalised(content)}."
    assert found.kind is AttributionKind.DIRECT


@given(
    st.sampled_from(list(SPEAKERS)),
    st.sampled_from(RECIPIENTS),
    st.booleans(),
    clauses(),
)
def test_speaker_told_recipient(speaker, recipient, that, content):
    paragraph = f"{capitalised(speaker)} told {recipient}{' that' if that else ''} {content}."
    found = only(paragraph)
    check_spans(paragraph, found)
    assert (found.speaker, found.cue, found.recipient) == (capitalised(speaker), "told", recipient)
    assert found.content == content


@given(st.sampled_from(list(SPEAKERS)), clauses(), st.booleans())
def test_according_to(speaker, content, first):
    if first:
        paragraph = f"According to {speaker}, {content}."
        cue = "According to"
    else:
        paragraph = f"{capitalised(content)}, according to {speaker}."
        cue = "according to"
    found = only(paragraph)
    check_spans(paragraph, found)
    assert (found.speaker, found.cue) == (speaker, cue)
    assert found.content in (content, capitalised(content))
    assert found.kind is AttributionKind.ACCORDING_TO


@given(st.sampled_from(list(SPEAKERS)), clauses(), st.sampled_from(WORDS), QUOTES)
def test_quoted_fragment_makes_it_mixed(speaker, content, fragment, marks):
    opening, closing = marks
    paragraph = f"{capitalised(speaker)} said {content} {opening}{fragment}{closing} again."
    found = only(paragraph)
    check_spans(paragraph, found)
    assert found.kind is AttributionKind.MIXED
    assert found.content == f"{content} {opening}{fragment}{closing} again"


@given(st.sampled_from(INVERTED_SPEAKERS), clauses(), clauses(), QUOTES)
def test_quotation_interrupted_by_its_cue_gives_both_parts(speaker, first, second, marks):
    opening, closing = marks
    paragraph = (
        f"{opening}{capitalised(first)},{closing} {speaker} said, {opening}{second}.{closing}"
    )
    found = extract_attributions([paragraph])
    assert [a.content for a in found] == [capitalised(first), f"{second}."]
    assert {a.cue_span for a in found} == {found[0].cue_span}
    for attribution in found:
        check_spans(paragraph, attribution)
        check_speaker(attribution, speaker)


@given(st.sampled_from(INVERTED_SPEAKERS), clauses(), clauses())
def test_quotation_continued_in_the_next_paragraph(speaker, first, second):
    paragraphs = [f"{capitalised(speaker)} said: “{capitalised(first)}.", f"“{second}.”"]
    found = extract_attributions(paragraphs)
    assert [(a.paragraph, a.content) for a in found] == [
        (0, f"{capitalised(first)}."),
        (1, f"{second}."),
    ]
    assert found[1].speaker == found[0].speaker
    assert found[1].cue == found[0].cue
    assert found[1].speaker_span is None
    assert found[1].content_span is not None
    assert paragraphs[1][found[1].content_span[0] : found[1].content_span[1]] == found[1].content


@given(st.lists(clauses(), min_size=1, max_size=6))
def test_no_reporting_verb_and_no_quote_gives_nothing(contents):
    paragraph = " ".join(f"{capitalised(content)}." for content in contents)
    assert extract_attributions([paragraph]) == ()


@given(st.lists(st.sampled_from([*WORDS, "said", "told", "he", "she", "“", "”", '"', ",", "."])))
def test_words_without_a_speaker_or_a_statement_never_break(words):
    paragraph = " ".join(words)
    for attribution in extract_attributions([paragraph]):
        check_spans(paragraph, attribution)


@given(
    st.lists(
        st.sampled_from([*"“”\"'‘’ ,.:;—abcS", " said ", " told ", "According to ", "Q: "]),
        max_size=120,
    ).map("".join)
)
def test_unbalanced_quote_marks_never_raise(text):
    for attribution in extract_attributions([text, text]):
        check_spans(text, attribution)


def test_no_generated_word_is_a_reporting_verb():
    # The properties above rely on it; a word list edit must not break them silently.
    vocabulary = {word for text in (*SUBJECTS, *AUXILIARIES, *WORDS) for word in text.split()}
    assert not vocabulary & set(FORM_LEMMA)


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("A security source", True),
        ("sources close to the prime minister", True),
        ("a spokesman who asked not to be named", True),
        ("Iraqi military officials", True),
        ("people familiar with the talks", True),
        ("State Department spokeswoman Victoria Nuland", False),
        ("the Security Media Cell", False),
        ("Iraq’s military", False),
        ("an announcement", False),
        ("he", False),
        (None, False),
    ],
)
def test_anonymous_sources(speaker, expected):
    assert is_anonymous(speaker) is expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Editing by John Catherine",
        "Source: Rudaw",
        "(Reporting by Ahmed Rasheed; Editing by Andrew Roche)",
        "Photo: Rudaw",
        "Contributing: Jane Roe in Erbil and Omar Ali in Mosul.",
    ],
)
def test_credits_are_not_attributions(paragraph):
    assert extract_attributions([paragraph]) == ()


@given(
    st.sampled_from(["called", "labeled", "branded", "calls"]),
    st.sampled_from(["him", "her", "them", "it", "himself"]),
    st.sampled_from(["divisive", "a failure", "the best choice", "reckless and unfit"]),
)
def test_label_without_quotes_after_a_pronoun(verb, pronoun, label):
    # "The senator called him divisive": the label is the statement, as with quotes.
    paragraph = f"The senator {verb} {pronoun} {label}."
    found = only(paragraph)
    assert (found.speaker, found.cue, found.content) == (
        "The senator",
        verb,
        f"{pronoun} {label}",
    )
    check_spans(paragraph, found)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor called him on Monday.",
        "The coach called them back after practice.",
        "The manager called her into the office.",
    ],
)
def test_a_call_or_an_errand_is_no_label(paragraph):
    # A particle or a preposition after the pronoun: a telephone call, not a label.
    assert extract_attributions([paragraph]) == ()


@given(
    st.sampled_from(["drew a sharp", "sent out a fundraising", "made an urgent", "ended a long"]),
    st.sampled_from(["reply", "call", "note", "claim", "tweet"]),
)
def test_base_form_after_a_is_a_noun(before, noun):
    # A singular indefinite subject takes "says": "a sharp reply" names a thing, no speaker.
    paragraph = f"The mayor {before} {noun} from the council on Monday."
    assert all(a.cue != noun for a in extract_attributions([paragraph]))


@pytest.mark.parametrize(
    "paragraph",
    [
        "A few voters say the race is over.",
        "A third of voters say the race is over.",
        "It was a plan they say failed.",
    ],
)
def test_plural_subjects_after_a_still_speak(paragraph):
    assert [a.cue for a in extract_attributions([paragraph])] == ["say"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Revealed: The ten bridges that carry the most trucks each day.",
        "Wow: The city council just voted down its own budget.",
        "Delegate Update: The latest count in the race for the nomination.",
        "Tuesday’s Morning Email: Storm damage spreads across the coast.",
        "City Hall Daily: What the new budget means for your street.",
        "Name: Maria Lopez Age: 34 Job: Nurse at the county hospital.",
    ],
)
def test_rubrics_and_teasers_are_not_speaker_labels(paragraph):
    # A teaser word or a rubric's name before a colon introduces a headline, not a speech.
    assert all(a.cue != ":" for a in extract_attributions(["Headline", paragraph]))


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue", "content"),
    [
        (
            (
                "Iraq’s military on Sunday said that its forces killed a “large number of "
                "terrorists” in areas outside Makhmour."
            ),
            "Iraq’s military",
            "said",
            "its forces killed a “large number of terrorists” in areas outside Makhmour",
        ),
        (
            "A neighbor who identified himself only as Fahad said he had noticed strangers.",
            "Fahad",
            "said",
            "he had noticed strangers",
        ),
        (
            "In an attack a Yemeni security source said appeared to be the work of al Qaeda.",
            "a Yemeni security source",
            "said",
            "appeared to be the work of al Qaeda",
        ),
        (
            (
                "“This operation has the fingerprints of al Qaeda,” said the source, who asked "
                "not to be named."
            ),
            "the source, who asked not to be named",
            "said",
            "This operation has the fingerprints of al Qaeda",
        ),
        (
            (
                "Cornell Belcher, a Democratic pollster who worked on the campaign, said the surge "
                "was over."
            ),
            "Cornell Belcher, a Democratic pollster who worked on the campaign",
            "said",
            "the surge was over",
        ),
        (
            "The attackers opened fire near his house, the source told Reuters.",
            "the source",
            "told",
            "The attackers opened fire near his house",
        ),
        (
            "“Are you equating that?” Priebus said.",
            "Priebus",
            "said",
            "Are you equating that?",
        ),
        (
            "TAPPER: And obviously, you’re supporting Donald Trump.",
            "TAPPER",
            ":",
            "And obviously, you’re supporting Donald Trump",
        ),
    ],
)
def test_rules_from_real_sentences(paragraph, speaker, cue, content):
    found = extract_attributions(["Headline", paragraph])
    assert [(a.speaker, a.cue, a.content) for a in found] == [(speaker, cue, content)]
    check_spans(paragraph, found[0])


EXPECTED_AUXILIARIES = ["is", "are", "was", "were", "is widely", "are not", "had been"]
INFINITIVES = ["reach", "close", "hit", "repair", "open"]


@given(
    st.sampled_from(SUBJECTS),
    st.sampled_from(EXPECTED_AUXILIARIES),
    st.sampled_from(INFINITIVES),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
)
def test_expectation_without_a_named_source(subject, aux, verb, rest):
    # "The convoy is widely expected to reach the base": attributed, to no one named.
    sentence = f"{capitalised(subject)} {aux} expected to {verb} {' '.join(rest)}."
    found = only(sentence)
    assert found.speaker is None
    assert found.cue.endswith("expected")
    assert found.content.startswith(capitalised(subject))
    assert found.content.endswith(" ".join(rest))
    check_spans(sentence, found)


@given(
    st.sampled_from(SUBJECTS),
    st.sampled_from(["seems", "seemed", "appears", "appeared", "did not seem", "may appear"]),
    st.sampled_from(INFINITIVES),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
)
def test_impression_without_a_named_source(subject, verb, infinitive, rest):
    # "The convoy seemed to reach the base": the writer's impression, attributed to no one.
    sentence = f"{capitalised(subject)} {verb} to {infinitive} {' '.join(rest)}."
    found = only(sentence)
    assert found.speaker is None
    assert found.cue == verb.split()[-1]
    assert found.content == sentence[:-1]
    check_spans(sentence, found)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The governor appeared on television on Monday.",
        "The crowd seemed tired after the long march.",
        "The minister will appear before the committee.",
    ],
)
def test_seem_and_appear_only_before_to(paragraph):
    # "appeared on television" is a place and "seemed tired" a description: no statement.
    assert extract_attributions([paragraph]) == ()


@given(st.sampled_from(SUBJECTS), st.sampled_from(["was", "were", "was later"]), clauses())
def test_question_put_by_someone_unnamed(subject, aux, question):
    # "Sanders was asked whether …": the one asked is the subject, not the speaker.
    sentence = f"{capitalised(subject)} {aux} asked whether {question}."
    found = only(sentence)
    assert (found.speaker, found.cue) == (None, f"{aux} asked")
    assert found.content == sentence[:-1]
    check_spans(sentence, found)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The expected rise in fuel prices came early.",
        "The market was busier than expected.",
        "Officials expected the road to reopen.",
        "“The convoy is expected to arrive soon,” the governor said.",
    ],
)
def test_expected_only_in_its_passive_frame_outside_quotes(paragraph):
    # "expected" alone is an adjective, or an active verb with its own speaker; inside a
    # quotation it is the quoted speaker's word.
    assert all(a.speaker is not None for a in extract_attributions([paragraph]))


@given(st.sampled_from(INVERTED_SPEAKERS), clauses(), st.sampled_from(["the bridge", "Mosul"]))
def test_participle_after_a_statement_shares_its_speaker(speaker, content, thing):
    # "“…,” the governor said, referring to the bridge.": the same speaker refers.
    paragraph = f"“{capitalised(content)},” {speaker} said, referring to {thing}."
    found = extract_attributions([paragraph])
    assert [(a.speaker, a.cue) for a in found] == [(speaker, "said"), (speaker, "referring to")]
    assert found[1].content == thing


@pytest.mark.parametrize(
    "paragraph",
    [
        "Several council members defended the governor’s remarks.",
        "The mayor later repeated the ministers’ claims.",
    ],
)
def test_a_possessive_before_a_noun_is_no_speaker(paragraph):
    # "remarks" and "claims" are read as verbs after a statement; after a possessive they are
    # nouns ("the governor’s remarks"), and their owner said nothing here.
    assert all(
        not (a.speaker or "").endswith(("’s", "’")) for a in extract_attributions([paragraph])
    )


@pytest.mark.parametrize(
    ("paragraph", "speaker", "cue", "content"),
    [
        (
            "The mayor tweeted a photograph of the flooded square on Sunday.",
            "The mayor",
            "tweeted",
            "a photograph of the flooded square on Sunday",
        ),
        (
            "The governor wants to reopen the bridge before winter.",
            "The governor",
            "wants",
            "to reopen the bridge before winter",
        ),
        (
            "The council pointed to the falling fuel prices.",
            "The council",
            "pointed to",
            "the falling fuel prices",
        ),
        (
            "Turnout fell sharply in the north, the survey found.",
            "the survey",
            "found",
            "Turnout fell sharply in the north",
        ),
        (
            "The council called for more buses on the northern route.",
            "The council",
            "called for",
            "more buses on the northern route",
        ),
        (
            "The minister cited rising fuel costs.",
            "The minister",
            "cited",
            "rising fuel costs",
        ),
    ],
)
def test_verbs_of_stance_with_an_object(paragraph, speaker, cue, content):
    # Stances, postings and findings news attributes as it does sayings: what someone tweeted,
    # wants, points to; what a survey found.
    found = extract_attributions([paragraph])
    assert [(a.speaker, a.cue, a.content) for a in found] == [(speaker, cue, content)]
    check_spans(paragraph, found[0])


@given(st.sampled_from(INVERTED_SPEAKERS), clauses(), clauses())
def test_when_asked_after_the_answer(speaker, answer, question):
    # "“…,” the governor said when asked whether …": the question is put by someone unnamed,
    # and it is not part of the answer.
    paragraph = f"“{capitalised(answer)},” {speaker} said when asked whether {question}."
    found = extract_attributions([paragraph])
    assert [(a.speaker, a.cue, a.content) for a in found] == [
        (speaker, "said", capitalised(answer)),
        (None, "asked", f"whether {question}"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Editor’s note: the bridge was closed before dawn.",
        "The vote moves to the northern states that have not yet voted.",
        "He visited the three states that were hit by the flood.",
        "The bank cut its rate by a quarter-percentage point to 2.0 percent.",
    ],
)
def test_nouns_that_look_like_verbs(paragraph):
    # "note" after a possessive, "states" before a relative clause and a bare "point to"
    # after a noun are nouns.
    assert extract_attributions([paragraph]) == ()


def test_a_participle_object_after_a_comma_needs_no_determiner():
    paragraph = "“We will not reopen it,” the mayor said, citing heavy damage to the road."
    found = extract_attributions([paragraph])
    assert [(a.speaker, a.cue, a.content) for a in found][1] == (
        "the mayor",
        "citing",
        "heavy damage to the road",
    )


def only_in_body(paragraph: str) -> Attribution:
    """The one attribution of a body paragraph (a headline before it)."""
    found = extract_attributions(["Headline", paragraph])
    assert len(found) == 1, found
    return found[0]


@given(st.sampled_from(['"', "“", '" ']), st.sampled_from(["PENCE", "Chris Matthews", "Q"]))
def test_transcript_turn_opened_by_a_stray_quote_mark(mark, speaker):
    # A transcript pasted as a quotation: "\"MAYOR: Well, the bridge will reopen in May."
    paragraph = f"{mark}{speaker}: Well, the bridge will reopen in May."
    found = only_in_body(paragraph)
    assert (found.speaker, found.cue) == (speaker, ":")
    assert found.content == "Well, the bridge will reopen in May"
    check_spans(paragraph, found)


NAMES = ["Maria Lopez", "Omar Ali", "Jane Roe", "A. J. Smith"]


@given(
    st.lists(st.tuples(clauses(), st.sampled_from(NAMES)), min_size=1, max_size=4),
    st.sampled_from(["―", " ― ", " — ", " – ", " - ", " -- "]),
    st.sampled_from(["“{}.”", '"{}."', "“{}”"]),
)
def test_quotation_credited_with_a_dash(pairs, dash, marks):
    # "“We will rebuild the bridge.” ― Maria Lopez": a quote list, each quote credited.
    paragraph = " ".join(marks.format(capitalised(clause)) + dash + name for clause, name in pairs)
    found = extract_attributions([paragraph])
    assert [(a.speaker, a.cue) for a in found] == [(name, dash.strip()) for _, name in pairs]
    assert [a.content.rstrip(".") for a in found] == [capitalised(c) for c, _ in pairs]
    for attribution in found:
        check_spans(paragraph, attribution)
        assert attribution.kind is AttributionKind.DIRECT


@pytest.mark.parametrize(
    "paragraph",
    [
        "“We will rebuild the bridge,” the mayor said — Maria Lopez agreed.",
        "The bridge — Maria Lopez said — is closed.",
        "The word “reckless” - Jane Roe used it twice.",
    ],
)
def test_a_dash_after_an_attributed_or_unclosed_clause_credits_no_one(paragraph):
    assert all(a.cue not in "―—–-" for a in extract_attributions([paragraph]))


def test_a_flood_of_dash_credits_is_bounded():
    flood = extract_attributions(["“We will.” ― Maria Lopez " * 3_000])
    assert len(flood) == MAX_CUES_PER_PARAGRAPH


def test_a_flood_of_expectations_is_read_once_per_clause_and_bounded():
    # One clause with many "is expected to" is one expectation; a flood of sentences is cut at
    # the per-paragraph bound (linear time is checked by benchmarks/hostile.py).
    assert len(extract_attributions(["It is expected to " * 2_000])) == 1
    flood = extract_attributions(["The road is expected to reopen. " * 3_000])
    assert len(flood) == MAX_CUES_PER_PARAGRAPH


def test_a_cue_inside_a_quotation_belongs_to_the_quotation():
    paragraph = "“I think we have to deepen our coordination,” Clinton added."
    [found] = extract_attributions([paragraph])
    assert (found.speaker, found.cue) == ("Clinton", "added")


def test_first_person_inside_another_statement_is_not_read_again():
    paragraph = (
        "Clinton had told police officials that she did not want the escort at all, but the "
        "NYPD overruled that request, the source added."
    )
    [found] = extract_attributions([paragraph])
    assert (found.speaker, found.cue) == ("the source", "added")


def test_records_round_trip_and_pickle():
    for attribution in extract_attributions(
        ["A security source told Kurdistan 24 that the rockets were fewer than 17."]
    ):
        assert from_json(to_json(attribution), Attribution) == attribution
        assert pickle.loads(pickle.dumps(attribution)) == attribution


# The definition of quotations and sentence ends as one pattern: what the extractor read with one
# regex pass before it read them mark by mark, faster. The two must agree on every text.
STRUCTURE = regex.compile(
    r"""
    (?P<quote>
        [“"] [^“”"]*+ (?: [”"] | \Z )                  # curly or straight, even mixed
      | '' (?: [^'] | '(?!') )*+ (?: '' | \Z )          # ''…'' (the New York Times)
      | ‘ (?: [^‘’“”"] | ’ (?=\p{L}) )*+ ’ (?!\p{L})     # ‘…’, apostrophes inside kept
    )
    (?P<quote_end> (?<= [.!?] ["”'’] ) \s++ (?= (?: '' | [(\["“‘'] )? [\p{Lu}\p{N}] ) )?
  | (?P<end>
        (?<! \b (?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|St|Jr|Sr|Mt
                  |Ft|Cpl|Pvt|Cmdr|Supt|Insp|Det|Hon|Amb|Sec|Atty|No|Jan|Feb|Aug|Sept|Sep|Oct
                  |Nov|Dec|vs|Messrs) )
        (?<! \b \p{Lu} | \. \p{L} )                      # an initial or "U.S." is no end
        [.!?]++ [)\]]*+ \s++ (?= (?: '' | [(\["“‘'] )? [\p{Lu}\p{N}] )
      | ; \s++                                           # a semicolon ends a clause too
    )
    """,
    regex.VERBOSE,
)
STRUCTURE_PIECES = [
    *".!?;()[]",
    " ",
    "\n",
    "“",
    "”",
    '"',
    "'",
    "''",
    "‘",
    "’",
    "A",
    "a",
    "É",
    "é",
    "1",
    "²",
    "_",
    "Mr",
    "U.S",
    "Messrs",
    "AMr",
    "said",
]


@given(st.lists(st.sampled_from(STRUCTURE_PIECES), max_size=40).map("".join))
def test_quotations_and_sentence_ends_follow_their_definition(text):
    quotes = []
    starts = [0]
    for match in STRUCTURE.finditer(text):
        if match.group("quote") is not None:
            quotes.append(match.span("quote"))
            if match.group("quote_end") is not None:
                starts.append(match.end())
        else:
            starts.append(match.end())
    paragraph = _read_structure(text)
    assert (paragraph.quotes, paragraph.sentence_starts) == (quotes, starts)


# Hostile inputs are timed in benchmarks/hostile.py and parsed under a hang guard in
# tests/test_hostile.py, never timed in a unit test.

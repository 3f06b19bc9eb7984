"""Round 8: speakers named by an office or a body, scare quotes, and actors named by a possessive
(invented states, bodies and people, hand-written sentences).

Conventions tested (see speakers, speaker_offices, speaker_repeats, quotes, quotes_terms, actors
and actor_phrases):

* a state office ("the prime minister") is never a party's person: it is the party's state;
* "a member of the Kestrian border commission" speaks for Kestria, and a later "he" is that member;
* a secretariat officer ("the Assistant Secretary-General for …") speaks for the issuing
  organisation; the region in the title is no person;
* "A presidential adviser" is someone new, of the actor the paragraph opens with ("In Harnby …");
  "according to him" points back to them; an outlet's name is no person;
* "…, saying the mission “…”": the participle's subject said it;
* a headline's quote takes the speaker of the same words in the body;
* "what he called the “…”" gives his word, even a single one;
* a term after "of" on a noun, a title in title case and a show's episode title are no quotes;
* "the Aurelian Union's monitoring mission" and "the Aurelian mission" name the mission, not the
  union; "Western mediators" name the collective.
"""

from __future__ import annotations

import pytest
from round_helpers import quoted_speakers

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "round8",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Olaf Dunn"), ("Harnby",),
              ("Norlandic",)),
        Actor("free_party", "Free Party", "party", ("Free Party",), ("Tomas Vell",), camp="kestria"),
        Actor("au", "Aurelian Union", "organisation", ("AU",)),
        Actor("au_mission", "AU Mission in Norland", "organisation",
              ("AU Mission in Norland", "AU monitoring mission"), ("Pia Lund",), camp="au"),
        Actor("concord", "Concord of Nations", "organisation", ("CN",)),
        Actor("intl", "International community", "collective", ("international community", "Western countries")),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
    affiliation_camps=(("Concord of Nations", "concord"),),
)
K, N = "kestria", "norland"
HEAD = "Border talks\nThe Harbour Review\n12 February 2026\n\n"  # a Thursday


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(default_config(), BOOK)


@pytest.fixture(scope="module")
def run(pipeline):
    return lambda text, head=HEAD: pipeline.run(Document.from_text(head + text))


_speakers = quoted_speakers


def test_a_state_office_is_not_a_party_persons(run):
    text = ("PRESENTER: With me tonight is Tomas Vell of the Free Party.\n\n"
            "PRESENTER: Mr Vell, your own government disagrees. On Monday the prime minister called the vote "
            "\"a fair price for a quiet border\".\n")
    assert _speakers(run(text)) == [("a fair price for a quiet border", K)]


def test_a_member_of_a_national_body_and_his_later_words(run):
    text = ("Tomas Vell said the deal was \"a surrender on paper\". According to a member of the Kestrian border "
            "commission, Harnby raised the demand again. \"We told them it was out of the question,\" he said.")
    assert _speakers(run(text))[-1] == ("We told them it was out of the question", K)


def test_a_secretariat_officer_speaks_for_the_issuer(run):
    head = "Deal within reach, council told\nConcord of Nations, Meetings Coverage\n12 February 2026\n\n"
    text = ("Briefing the council this morning, the Assistant Secretary-General for Europe, the Valley and the "
            "Isles said that a deal was \"within reach\". \"The text is ready,\" she said.")
    assert _speakers(run(text, head)) == [("within reach", "concord"), ("The text is ready", "concord")]


def test_a_new_role_holder_takes_the_paragraphs_actor(run):
    text = ("In Harnby the tone is calm. A presidential adviser told the Harbour Review that the trucks must pass. "
            "According to him, Harnby expects \"free passage, not an escort\".")
    assert _speakers(run(text)) == [("free passage, not an escort", N)]


def test_a_participle_after_a_comma_has_the_main_subject(run):
    text = ("Their spokeswoman, Pia Lund, said on Monday that the monitors would stay. She declined to comment "
            "further, saying the mission \"does not take sides in Norland's politics\".")
    assert _speakers(run(text)) == [("does not take sides in Norland's politics", "au_mission")]


def test_a_headline_quote_takes_the_bodys_speaker(pipeline):
    text = ("\"Harnby must choose a side\": group asks Norland to act\nThe Harbour Review\n12 February 2026\n\n"
            "\"Kestria cannot wait for ever,\" said Ilsa Marr. She added: \"Harnby must choose a side.\"\n")
    result = pipeline.run(Document.from_text(text))
    assert ("Harnby must choose a side", K) in _speakers(result)


def test_what_he_called_gives_his_single_word(run):
    text = ("Kestria's delegate said the old statements remained the basis. He objected to what he called the "
            "\"militarisation\" of the valley by outside powers and said the monitors should leave.")
    assert ("militarisation", K) in _speakers(run(text))


@pytest.mark.parametrize("text, phrase", [
    ("The ministers warned against turning the valley into an arena of \"great-power rivalry\" and said the "
     "talks must go on.", "great-power rivalry"),
    ("Members said at the hearing \"Peace in the Valley: Next Steps for Our Policy\" that the deal was close.",
     "Peace in the Valley: Next Steps for Our Policy"),
])
def test_terms_and_titles_are_no_quotes(run, text, phrase):
    assert phrase not in [q.text for q in run(text).quotes if q.direct]


def test_an_episode_title_after_a_label_is_no_quote(pipeline):
    text = "Open Talk: \"A deal or a delay?\"\nKestrian Television\n12 February 2026\n\nPRESENTER: Good evening.\n"
    assert [q.text for q in pipeline.run(Document.from_text(text)).quotes if q.direct] == []


def test_a_possessive_mission_and_its_adjective_form(run):
    result = run("The Aurelian Union's monitoring mission in Norland will stay. Kestria wants the Aurelian mission "
                 "to leave, and Western mediators stay silent.")
    assert {"au_mission", "intl", K} <= set(result.actors()) and "au" not in result.actors()


def test_an_office_that_names_its_party_stays_the_partys(run):
    text = ("PRESENTER: With me tonight is Tomas Vell of the Free Party.\n\n"
            "PRESENTER: The president of the Free Party called the vote \"a trap for the unwary\".\n")
    assert _speakers(run(text)) == [("a trap for the unwary", "free_party")]


def test_a_source_in_a_national_delegation(run):
    text = "A source in the Norlandic delegation said the text was \"ready for signature\" on Monday."
    assert _speakers(run(text)) == [("ready for signature", N)]


def test_an_envoy_of_the_secretary_general_speaks_for_the_issuer(run):
    head = "Envoy briefs council\nConcord of Nations, Meetings Coverage\n12 February 2026\n\n"
    text = "The Secretary-General's envoy for the valley said the two sides were \"closer than ever\"."
    assert _speakers(run(text, head)) == [("closer than ever", "concord")]


def test_a_headline_quote_within_a_longer_body_quote(pipeline):
    text = ("FOR IMMEDIATE RELEASE\n\"Harnby must choose a side\": group asks Norland to act\n12 February 2026\n\n"
            "\"Kestria cannot wait for ever. Harnby must choose a side,\" said Ilsa Marr.\n")
    result = pipeline.run(Document.from_text(text))
    assert ("Harnby must choose a side", K) in _speakers(result)

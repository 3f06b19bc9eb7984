"""Round 9: speakers named by a people, "its", a capital that opens the sentence, a fronted subject, a
possessive "words", and actors named as a state's partners (invented states, bodies and people,
hand-written sentences).

Conventions tested (see speaker_groups, speaker_fronted, quotes_owned, speaker_offices, actors):

* "The Kestrians say they will never accept “…”": a plural demonym as speaker is the state;
* "The X mission … Its spokeswoman said …": "its" points to the previous sentence's institution;
* "In Varn, a senior official … said …": the capital that opens the sentence gives the state;
* "Norland, which on Monday called on both sides to “…”, said …": the fronted subject said it,
  on the day its relative clause gives;
* "Norland's offer to host “…”": "offered to host “…”" attributes the quote to the subject;
* "the prime minister's words “…”": someone's words are a quote, said at a time the text does not give;
* "the head of the Kestrian border commission" speaks for Kestria;
* "our Norlandic brothers" names Norland as an agent; "the National Library of Norland" does not;
  "the Norlandic border guards" do as the subject of their clause, not as an object.
"""

from __future__ import annotations

import pytest
from round_helpers import quoted_speakers

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "round9",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Olaf Dunn"), ("Harnby",),
              ("Norlandic",)),
        Actor("au", "Aurelian Union", "organisation", ("AU",)),
        Actor("au_mission", "AU Mission in Norland", "organisation", ("AU Mission in Norland",), camp="au"),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
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


def _dated(result):
    return [(q.text, q.date and str(q.date)) for q in result.quotes if q.direct]


def test_a_plural_demonym_speaks_for_its_state(run):
    text = "HOST: The Kestrians say they will never accept \"foreign soldiers on the pass\". Does that worry you?"
    assert _speakers(run(text)) == [("foreign soldiers on the pass", K)]


def test_its_spokeswoman_is_the_previous_sentences_institution(run):
    text = ("Ilsa Marr said the map was drawn abroad. The AU Mission in Norland, which patrols the valley, played "
            "no part. Its spokeswoman said on Tuesday that the mission \"has never drawn a single line\".")
    assert _speakers(run(text))[-1] == ("has never drawn a single line", "au_mission")


def test_a_capital_opening_the_sentence_gives_the_officials_state(run):
    text = ("Jane Roe welcomed the deal. In Varn, a senior official who asked not to be named said the next "
            "section would be agreed \"before the spring floods\".")
    assert _speakers(run(text)) == [("before the spring floods", K)]


def test_a_fronted_subject_with_a_relative_clause_said_it(run):
    text = ("Norland, which on Monday called on both sides to \"sign the treaty without delay\", said the map "
            "showed the region could settle its own affairs.")
    assert _speakers(run(text)) == [("sign the treaty without delay", N)]
    assert _dated(run(text)) == [("sign the treaty without delay", "2026-02-09")]


def test_offered_to_host_attributes_the_quote(run):
    text = ("Jane Roe spoke first. Kestria's foreign ministry offered to host \"the signing, whenever the parties "
            "are ready\". It said the railway was ready too.")
    assert _speakers(run(text))[-1] == ("the signing, whenever the parties are ready", K)


def test_someones_words_are_a_quote_with_no_date(run):
    text = ("OLAF DUNN (Unity faction): My friends used to laugh at the Kestrian president's words \"a border "
            "nobody shoots across\". Today that border exists.")
    quotes = [q for q in run(text).quotes if q.direct]
    assert [(q.text, q.speaker_actor, q.date) for q in quotes] == [("a border nobody shoots across", K, None)]


def test_the_bare_words_stay_a_term(run):
    text = "Jane Roe avoided the words \"border line\" in her speech and said the talks would go on."
    assert "border line" not in [q.text for q in run(text).quotes if q.direct]


def test_the_head_of_a_national_body_speaks_for_its_state(run):
    text = ("The talks resumed. The head of the Kestrian border commission said on Friday that Varn wanted the "
            "work \"finished before the winter\".")
    assert _speakers(run(text)) == [("finished before the winter", K)]


def test_a_states_brothers_are_an_agent_a_library_is_not(run):
    text = ("Ilsa Marr said the road would open, and our Norlandic brothers, who stood with us, know it well. "
            "The maps are held by the National Library of Norland.")
    assert N in {m.actor for m in run(text).mentions}
    library = "The maps are held by the National Library of Norland."
    assert N not in {m.actor for m in run(library).mentions}



def test_a_subject_that_names_its_actor_keeps_it_after_a_capital(run):
    text = ("Jane Roe welcomed the deal. In Varn, the AU Mission in Norland's spokesman said the patrols would go "
            "on \"for as long as Norland asks\".")
    assert _speakers(run(text)) == [("for as long as Norland asks", "au_mission")]


def test_a_states_force_is_an_agent_only_as_a_subject(run):
    acting = "Will the Norlandic border guards who left the pass be invited back? Jane Roe did not say."
    assert N in {m.actor for m in run(acting).mentions}
    object_only = "Ilsa Marr will not let Norlandic border guards onto the new road."
    assert N not in {m.actor for m in run(object_only).mentions}

"""Round 12: a pronoun before a colon, "our" offices of the text's own voice, an organisation's
adjective, and a participle after an adverb in commas (invented states, bodies and people,
hand-written sentences).

* "… the minister also welcomed the accord. He went further: “…”": the pronoun's referent speaks;
* "SPOKESPERSON: … Our foreign minister … told him that “…”" in a briefing whose header names the
  issuing ministry: the ministry's state; "our president" in an op-ed by a codebook member: the
  author's state;
* "The Nordic chair of the meeting said …": the one organisation whose names open with "Nordic"
  (not its mission, whose names hold the organisation's);
* "Kestria's foreign ministry, meanwhile, has rejected …, calling such requests “…”": the
  ministry, not "meanwhile".
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round12speakers",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr", "Otto Brenn"), ("Varn",),
              ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe",), ("Harnby",), ("Norlandic",)),
        Actor("nordic_union", "Nordic Union", "organisation", ("Nordic Council",), (), ("Lund",)),
        Actor("num", "Nordic Union Mission in Kestria", "organisation", ("NUM",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"), ("Varn Herald", "kestria")),
    affiliation_camps=(("Ministry of Foreign Affairs of Norland", "norland"),),
)
HEAD = "Border talks\nThe Harbour Review\nFriday, 12 March 2027\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


def test_he_went_further_with_a_colon_is_the_ministers(run):
    text = ("PRESENTER: Good evening. Norland's foreign minister said today that Harnby is ready to open the pass "
            "\"on the day the treaty is signed\". Speaking after talks with his counterpart, the minister also "
            "welcomed the accord on detainees and the new commission on the missing in both valleys. He went "
            "further: \"Our deminers can be in Varn next month if both sides ask for them.\"")
    assert quoted_speakers(run(text)) == [
        ("on the day the treaty is signed", "norland"),
        ("Our deminers can be in Varn next month if both sides ask for them", "norland"),
    ]


def test_our_minister_in_a_ministry_briefing_is_the_issuers(run):
    head = "Weekly briefing\nMinistry of Foreign Affairs of Norland\nMonday, 15 March 2027\n\n"
    text = ("SPOKESPERSON: Good morning. Our foreign minister spoke by telephone with his Kestrian counterpart on "
            "Thursday and told him that \"Norland supports a just peace reached by the two valleys themselves.\"")
    assert quoted_speakers(run(text, head=head)) == [
        ("Norland supports a just peace reached by the two valleys themselves", "norland"),
    ]


def test_our_president_in_an_op_ed_is_the_authors_state(run):
    head = "The treaty can wait\nVarn Herald - Opinion\nBy Otto Brenn\n12 March 2027\n\n"
    text = ("The accord deserves the credit it has received. As our president said in Varn in early March, \"we "
            "have no claim on anyone's land, and we expect the same in writing.\"")
    assert [s for _, s in quoted_speakers(run(text, head=head))] == ["kestria"]


def test_our_correspondent_is_no_office(run):
    head = "Weekly briefing\nMinistry of Foreign Affairs of Norland\nMonday, 15 March 2027\n\n"
    text = "Our correspondent said the crowd was chanting \"no treaty without our sons\" all night."
    assert [s for _, s in quoted_speakers(run(text, head=head))] != ["norland"]


def test_an_organisations_adjective_names_its_chair(run):
    text = ("QUESTION (Harbour Review): The Nordic chair of the border meeting said last week that the monitors "
            "would stay \"until the parties agree otherwise\". What is your comment?")
    assert quoted_speakers(run(text)) == [("until the parties agree otherwise", "nordic_union")]


def test_a_state_demonym_is_left_to_the_actor_lookup(run):
    text = "The Kestrian envoy said the monitors would stay \"until the parties agree otherwise\"."
    assert quoted_speakers(run(text)) == [("until the parties agree otherwise", "kestria")]


def test_a_participle_after_an_adverb_in_commas_is_the_main_subjects(run):
    text = ("Kestria's foreign ministry, meanwhile, has rejected international access to the chapels of the "
            "valley, calling such requests \"interference in internal affairs\".")
    assert quoted_speakers(run(text)) == [("interference in internal affairs", "kestria")]

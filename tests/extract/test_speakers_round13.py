"""Round 13: who speaks after a role's colon paragraph, a new topic person, a relative clause, and an
object asked to drop a word; actors named by a chamber, a consul, a group's short name, "the
opposition's …" and "its monitors" (invented states, bodies and people, hand-written sentences).

* "At the briefing, the spokeswoman said:" ending a paragraph, the quote opening the next: the role's
  actor, as for any "the spokeswoman said" (speaker_neighbours.introduced);
* "His counterpart, X, who …, cared more about Y. He said … “…,” he said": X, the sentence's subject,
  once the text stops naming the one whose counterpart he is (speaker_roles.not_pronoun_referent);
* "“…”, which some in Varn read as a promise": the quote is what they read, not their words;
* "We ask X to stop calling it “…”": X's word (speaker_characterised.controlled_characteriser);
* "the Norlandic Senate", "the Kestrian consul general", "the Civic Dawn protest" (for "Civic Dawn
  alliance"), "the opposition's appeal", "the Union … its monitors" name their actors.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round13speakers",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government", "Kestrian foreign ministry"),
              ("Ilsa Marr", "Otto Brenn"), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Tom Hale"), ("Harnby",),
              ("Norlandic",)),
        Actor("kestrian_opposition", "Kestrian opposition", "party", ("Civic Dawn alliance",), ("Pia Lund",)),
        Actor("nu", "Nordic Union", "organisation", ("NU",), (), ("Lund",)),
        Actor("num", "Nordic Union Mission in Kestria", "organisation", ("NUM", "NU monitors")),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
    affiliation_camps=(("Ministry of Foreign Affairs of Kestria", "kestria"),),
)
HEAD = "Border talks\nThe Harbour Review\nFriday, 12 March 2027\n\n"
MINISTRY_HEAD = "Statement on the Harnby round\nMinistry of Foreign Affairs of Kestria\n12 March 2027\n\n"
K, N, OPP = "kestria", "norland", "kestrian_opposition"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


@pytest.mark.parametrize("intro", [
    "At the press conference after the round, the Minister said:",
    "In his closing remarks to the delegations, the Minister told them:",
    "Answering journalists in the hall, the Minister stated:",
])
def test_a_roles_colon_paragraph_introduces_the_next_quote(run, intro):
    text = ("The Ministry informs that the two ministers met in Harnby on 10 and 11 March.\n\n"
            f"{intro}\n\n\"Nobody here needs to be told what the old clause meant. It is gone.\"")
    assert quoted_speakers(run(text, head=MINISTRY_HEAD)) == [
        ("Nobody here needs to be told what the old clause meant. It is gone", K)]


@pytest.mark.parametrize("middle", [
    "His Norlandic counterpart, Tom Hale, who travelled in the second car, cared more about timetables. "
    "He said the road should carry six lorries an hour. Asked about the permits, he smiled.",
    "His Norlandic counterpart, Tom Hale, spoke last. He listed the permits still missing and laughed.",
    "His Norlandic colleague Tom Hale stayed behind at the gate. He had brought the papers himself.",
])
def test_a_counterpart_who_becomes_the_subject_is_the_next_he(run, middle):
    text = ("Otto Brenn, who heads the Varn crossing, rode in the first car. \"It is our road,\" he said.\n\n"
            f"{middle} \"Today was only a test,\" he said.")
    assert quoted_speakers(run(text)) == [("It is our road", K), ("Today was only a test", N)]


@pytest.mark.parametrize("reader", [
    "which some in Harnby read as a promise",
    "which critics in Harnby read as a delay",
    "which Norland's envoy welcomed as a promise",
])
def test_a_relative_clause_after_the_quote_names_no_speaker(run, reader):
    text = (f"Kestria's deputy foreign minister told parliament on 4 March that the question \"will be closed "
            f"together with the treaty\", {reader}.")
    assert quoted_speakers(run(text)) == [("will be closed together with the treaty", K)]


@pytest.mark.parametrize("sentence", [
    "We also ask the Norlandic government to stop calling their release \"a priority\" and to act.",
    "The opposition urged the Norlandic government to stop describing the detainees as \"a priority\".",
    "Families called on the Norlandic government to quit calling the case \"a priority\" and to set a date.",
])
def test_the_object_asked_to_drop_a_word_is_its_speaker(run, sentence):
    assert quoted_speakers(run(sentence)) == [("a priority", N)]


def _actors(result):
    return sorted({m.actor for m in result.mentions})


@pytest.mark.parametrize("text, actor", [
    ("Ilsa Marr noted that the Norlandic Senate, which last month called for access to the abbey, had no say.", N),
    ("The paper led with the warnings of the Norlandic consul general in Varn about the border.", N),
    ("Ilsa Marr said the Norlandic consulate had issued no visas since May.", N),
])
def test_a_demonym_before_a_chamber_or_a_consul_names_the_state(run, text, actor):
    assert actor in _actors(run(text))


@pytest.mark.parametrize("text", [
    "The paper also gave space to the Civic Dawn protest in Varn.",
    "Civic Dawn deputies left the chamber before the vote.",
    "Ilsa Marr met Civic Dawn leaders on Monday.",
])
def test_a_groups_name_without_its_group_noun_names_it(run, text):
    assert OPP in _actors(run(text))


@pytest.mark.parametrize("text, named", [
    ("Asked about the opposition's appeal to the court, Ilsa Marr said the court would decide.", True),
    ("The opposition benches stayed empty during the debate on the treaty.", True),
    ("The opposition leader left the hall before Ilsa Marr spoke.", True),
    ("Ilsa Marr said a delay would hand the opposition a gift.", False),
    ("The opposition to the treaty is strongest in Varn.", False),
])
def test_the_oppositions_own_act_names_the_only_opposition(run, text, named):
    assert (OPP in _actors(run(text))) is named


@pytest.mark.parametrize("text, named", [
    ("We call on the Nordic Union, which has offered to pay for laboratories, to keep its monitors on the border.",
     True),
    ("The Nordic Union said its monitors would stay until the autumn.", True),
    ("Ilsa Marr and the Nordic Union met in Varn; the Union thanked Kestria for its monitors' safety.", False),
])
def test_its_monitors_after_the_parent_name_its_mission(run, text, named):
    assert ("num" in _actors(run(text))) is named

"""Round 11: marks after a passive description, "called for", a body's officer named through the body,
"our" in a transcript turn, and "she" past a state or a person introduced as "her" counterpart
(invented states, bodies and people, hand-written sentences).

Conventions tested (see quotes_terms, speaker_characterised, speaker_subjects, speaker_groups,
speaker_roles, persons):

* "The summit has been described everywhere as the day the valley “…”": a passive description with
  no "by" names no speaker, so the marks make no quote; "… was described by X as “…”" still does;
* "HARNBY - The X League, meeting in Varn on the same day, called for “…”": the League's words
  (a capitals dateline the parser takes for the subject gives way to its apposition);
* "Kestria's commission on missing persons wants … “…,” the commission's secretary told Y": Kestria's;
* "DOE (lawyer, X League): … Our committee wrote …": the label's actor; a host's "our foreign minister"
  is the state whose camp the outlet in the header has (nobody's with an independent outlet);
* "she" skips "the Norlandic side" (a state, not a person) and a person introduced as "Her counterpart";
  "a member of the Kestrian commission" is still a person "he" can point to;
* "I remind the House that Norland wants …. Only yesterday its foreign minister named “…” as the next
  item": "named" cues its subject, and "its" is the framed clause's Norland; "a convoy named “…”" no one's;
* "Kestrian deminers … left no maps" names Kestria (a state's team as subject), "let Kestrian deminers
  in" does not.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from parley.core.types import Actor, Codebook, Issue

BOOK = Codebook(
    "round11",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Tom Hale"), ("Harnby",),
              ("Norlandic",)),
        Actor("kestrian_diaspora", "Kestrian diaspora", "community", ("Kestrian Heritage League",), ("Olga Brant",),
              camp="kestria"),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"), ("Varn Television", "kestria")),
)
K, N, D = "kestria", "norland", "kestrian_diaspora"
HEAD = "Border talks\nThe Harbour Review\n12 March 2027\n\n"


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


_speakers = quoted_speakers


def test_a_passive_description_without_by_is_no_quote(run):
    text = ("The summit has been described everywhere as the day the valley \"buried its old quarrels\". For "
            "the drivers, nothing has changed.")
    assert _speakers(run(text)) == []


def test_a_passive_description_by_someone_is_a_quote(run):
    text = "The summit was described by Jane Roe as the day the valley \"buried its old quarrels\"."
    assert [t for t, _ in _speakers(run(text))] == ["buried its old quarrels"]


def test_called_for_quotes_its_subject_after_a_dateline(run):
    text = ("HARNBY - Norland's foreign ministry said on Monday that the road would open in May.\n\n"
            "VARN - The Kestrian Heritage League, meeting in Varn on the same day, called for \"a school in "
            "every valley village\" and asked the government to act before the vote.")
    assert _speakers(run(text))[-1] == ("a school in every valley village", D)


def test_a_bodys_officer_is_the_bodys_owners(run):
    text = ("The missing are part of the same story. Kestria's commission on missing persons wants joint teams in "
            "the cleared fields. \"Every field map is also a map of graves,\" the commission's secretary told "
            "the Review on 9 March.")
    assert _speakers(run(text)) == [("Every field map is also a map of graves", K)]


def test_our_in_a_transcript_turn_is_the_labels_actor(run):
    text = ("TOM GRAY (host): Good evening. Ms Brant, the diaspora was not pleased.\n\n"
            "OLGA BRANT (director, Kestrian Heritage League): Not pleased is a polite word. Our committee wrote to "
            "Harnby last week that Norland \"must not cheer an amnesty\".\n\nGRAY: Thank you.")
    assert _speakers(run(text)) == [("must not cheer an amnesty", D)]


def test_she_skips_a_side_and_a_counterpart_introduced_as_hers(run):
    text = ("Ilsa Marr has led Kestria's road team for six years.\n\n"
            "Her Norlandic counterpart, Tom Hale, said of her in February that \"she never gives a metre\". "
            "She still thinks the Norlandic side closed the pass on purpose.\n\n"
            "\"Those who want to stay will find the law on their side,\" she said.")
    assert _speakers(run(text))[-1] == ("Those who want to stay will find the law on their side", K)


def test_a_member_of_a_commission_is_still_a_person(run):
    text = ("Officials in Harnby say the Kestrian side asked again for its trucks to pass. According to a member "
            "of the Norlandic border commission, Varn raised it in the last round. \"We told them no,\" he said.")
    assert _speakers(run(text)) == [("We told them no", N)]


def _actors(result):
    return sorted({m.actor for m in result.mentions})


def test_a_states_deminers_as_subject_name_it(run):
    text = "Kestrian deminers, who worked in the valley until 2024, left no maps with the villages."
    assert _actors(run(text)) == [K]


def test_a_states_deminers_as_object_are_no_agent(run):
    text = "Norland asked the villages to let Kestrian deminers into the fields."
    assert _actors(run(text)) == [N]


def test_a_hosts_our_minister_is_the_outlets_state(run):
    head = "Valley Tonight (transcript)\nVarn Television\nPresented by Tom Gray\n12 March 2027\n\n"
    text = ("TOM GRAY (host): Good evening. Our foreign minister said on Tuesday that Kestria \"has teams ready "
            "for the fields tomorrow\". Mr Hale, will Harnby take them?\n\nTOM HALE (Norlandic MP): Gladly.")
    assert _speakers(run(text, head)) == [("has teams ready for the fields tomorrow", K)]


def test_a_hosts_our_minister_without_a_state_outlet_is_nobodys(run):
    text = ("TOM GRAY (host): Good evening. Our foreign minister said on Tuesday that the pass \"will open in "
            "May\".\n\nTOM HALE (Norlandic MP): Gladly.")
    assert _speakers(run(text)) == [("will open in May", None)]


def test_its_minister_named_after_a_framed_clause(run):
    text = ("PETRA VALE (Unity bloc): I remind the House that Norland wants more than the preamble. Only "
            "yesterday its foreign minister named \"the return of the herders to the upper valley\" as the next "
            "item.\n\nCHAIR: Thank you.")
    assert _speakers(run(text)) == [("the return of the herders to the upper valley", N)]


def test_a_thing_named_in_marks_has_no_speaker(run):
    text = "A convoy named \"the bread road to the upper valley\" left Harnby at dawn."
    assert [s for _, s in _speakers(run(text))] in ([], [None])

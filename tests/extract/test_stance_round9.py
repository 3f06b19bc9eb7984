"""Round 9 of the position rules: documents named by their subject, transcript labels, terrain.

* a headline naming "the border protocol" makes the body's "this protocol" the same document;
* a named document is later "the agreement", "the document", "the Strelsau protocol" (a place name
  before it); a place name before the noun ("the Strelsau protocol") is no subject of the deal;
* "[00:01:30] TASCH:" (a time stamp, a surname in capitals), "RUDOLF RASSENDYLL (Unity faction):"
  (a faction in brackets), "RURITANIAN FOREIGN MINISTER:" (a demonym in capitals) are speaker labels
  whose turns speak for the actor they name;
* "Editorial: …" as a title makes the text the outlet's own argument;
* "the Klowville heights" (a place cue before a word for terrain) is no cue of the railway;
* "the Lakeside Mission" is the mission of "Lakeside Mission in Borduria";
* "the return of the remains", "return every prisoner": a keyword of another issue is the object;
* "Szohod offers border guards", "Szohod's offer of troops": the state offers the role a label keeps;
* "QUESTION (Name, Outlet):" is a journalist's turn: no actor, whoever the bracket names.

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.issue_terrain import names_terrain
from parley.extract.turn_labels import LABEL

BOOK = Codebook(
    "toy-round9",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania", "Unity faction"), ("Rudolf Rassendyll",),
              ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",), ("Bordurian",)),
        Actor("ru_opposition", "Ruritanian opposition", "party", ("Homeland faction",), ("Anna Black",)),
        Actor("lakeside", "Lakeside Mission in Borduria", "organisation", ("Lakeside Mission in Borduria",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty",)),
        Issue("border", "Delimit and demarcate the state border", keywords=("delimitation", "border commission")),
        Issue("roads", "Open transport links (roads, railways) through the region", keywords=("railway", "Klowville")),
        Issue("presence", "Keep foreign peacekeepers, monitors or mediators' presence in the region",
              keywords=("monitoring mission",)),
        Issue("borduria_role", "Keep Borduria as the leading power and mediator in the region",
              keywords=("Bordurian mediation",)),
    ),
    affiliation_camps=(("Strelsau Daily", "ruritania"),),
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


def triples(result) -> set[tuple[str, str, str]]:
    return {(p.actor, p.issue, p.stance) for p in result.positions}


def about(result, text: str, words: str) -> set[tuple[str, str, str]]:
    """The triples whose evidence sentence contains ``words``."""
    return {(p.actor, p.issue, p.stance) for p in result.positions if words in text[p.span.start:p.span.end]}


def test_a_headline_document_is_the_bodys_this_protocol(run):
    text = ("Debate on the border protocol\n\nThursday, 22 April 2027\n\n"
            "The opposition spoke first. Anna Black said her faction would not ratify this protocol.\n")
    assert ("ru_opposition", "border", "oppose") in about(run(text), text, "ratify this protocol")


def test_a_named_document_is_later_the_agreement_and_the_place_protocol(run):
    text = ("Ministers meet in Klow\n\n"
            "Ruritania and Borduria signed a protocol on the delimitation of their border on Monday.\n"
            "Syldavia's foreign ministry welcomed the agreement on Tuesday.\n"
            "Kurvi Tasch said Borduria would ratify the Strelsau protocol next month.\n")
    result = run(text)
    assert ("borduria", "border", "support") in about(result, text, "ratify the Strelsau")
    assert not any(issue == "peace" for _, issue, _ in about(result, text, "welcomed the agreement"))


def test_transcript_labels_with_stamps_brackets_and_capitals():
    assert LABEL.match("[00:01:30] TASCH: Yes.").group(1) == "TASCH"
    assert LABEL.match("RUDOLF RASSENDYLL (Unity faction): Mr Speaker").groups() == ("RUDOLF RASSENDYLL", "Unity faction")


def test_a_faction_in_brackets_speaks_for_its_actor(run):
    text = ("Verbatim record of the sitting\n\n"
            "THE SPEAKER: The floor is yours.\n\n"
            "RUDOLF RASSENDYLL (Unity faction): We want the whole border delimited, commission by commission.\n\n"
            "ANNA BLACK (Homeland faction): We will never accept the delimitation of this border.\n")
    result = run(text)
    assert ("ruritania", "border", "support") in about(result, text, "commission by commission")
    assert ("ru_opposition", "border", "oppose") in about(result, text, "never accept")


def test_a_capitalised_demonym_label_and_a_stamped_surname(run):
    text = ("Press conference in Klow\n\nMODERATOR: The two ministers will answer in turn.\n\n"
            "RURITANIAN FOREIGN MINISTER: Thank you all for coming to Klow today. We want the railway opened this year, "
            "and we will say so to our neighbours.\n\n"
            "In the studio earlier, Kurvi Tasch of Borduria joined us.\n\n"
            "[00:01:30] TASCH: We want the border delimited before the winter.\n")
    result = run(text)
    assert ("ruritania", "roads", "support") in about(result, text, "railway opened")
    assert ("borduria", "border", "support") in about(result, text, "before the winter")


def test_an_editorial_title_makes_the_outlets_argument(run):
    text = ("Editorial: A railway for the region\nStrelsau Daily\nMonday, 26 April 2027\n\n"
            "For thirty years nothing has moved.\n"
            "The railway should be built this year, by the two neighbours alone.\n")
    assert ("ruritania", "roads", "support") in about(run(text), text, "should be built")


def test_a_place_before_a_word_for_terrain_is_no_cue():
    class Cue:
        start, end = 19, 28
    assert names_terrain("They gave away the Klowville heights.", Cue)
    assert not names_terrain("They gave away the Klowville railway.", Cue)


def test_terrain_named_by_a_place_cue_takes_no_railway_position(run):
    text = "Anna Black said the government had signed away the Klowville heights.\n"
    assert not any(issue == "roads" for _, issue, _ in triples(run(text)))


def test_a_mission_is_named_without_its_place(run):
    text = ("Ruritania's foreign minister spoke in Strelsau.\n"
            "She said the Lakeside Mission in Borduria had done good work.\n"
            "Borduria wants the Lakeside Mission to stay on the border for another year.\n")
    assert ("borduria", "presence", "support") in about(run(text), text, "to stay on the border")


def test_a_return_whose_object_is_a_detainee_is_no_right_of_return():
    from types import SimpleNamespace as NS

    from parley.extract.issue_objects import governed_by_other
    text = "to return every Ruritanian prisoner"
    ret = NS(issue="return", cues=(NS(start=3, end=9, source="keyword"),))
    held = NS(issue="missing", cues=(NS(start=16, end=35, source="keyword"),))
    assert governed_by_other(text, [ret, held], ret)
    group = NS(issue="rights", cues=(NS(start=16, end=35, source="group"),))
    assert not governed_by_other(text, [ret, group], ret)


def test_a_state_offering_its_forces_offers_its_role(run):
    text = "Kurvi Tasch spoke on Monday.\nSzohod offers border guards for the new section, the ministry said.\n"
    assert ("borduria", "borduria_role", "support") in about(run(text), text, "offers border guards")


def test_an_askers_label_carries_no_actor(run):
    from parley.extract.turn_labels import asker_label
    assert asker_label("QUESTION") and asker_label("Moderator") and not asker_label("RURITANIAN FOREIGN MINISTER")
    text = ("Press conference in Klow\n\nMODERATOR: The two ministers will answer in turn.\n\n"
            "QUESTION (Kurvi Tasch, Klow Post): The railway was promised for June. Will it open?\n\n"
            "RURITANIAN FOREIGN MINISTER: Thank you for the question today. We want the railway opened this year.\n")
    assert not any(actor == "borduria" for actor, _, _ in triples(run(text)))

"""Round 12 of the position rules: statements, newsletters and conditions.

* "neither side will resort to force" negates like "no side";
* a keyword used as a verb on an object another issue classifies ("exchange all the minefield
  records") leaves that object's issue its own stance;
* "raised its objection to X" (the parser's "to" on "raised") holds the subject against X;
* an object "no place / no role / no one" negates the predicate; "needs no guests" does not;
* "supports a treaty concluded by X and Y" (an indefinite object of wanting) gives X and Y nothing;
* "the period of the war" names a time, not force;
* place names at the ends of "between" ("the border between X and the Kestria exclave") and after a
  cue's head noun ("any border agreement in Kestria") are places;
* "made hostages of a legal argument" is a figure of speech, no captives;
* "…, calling such requests interference" points to this sentence's request, not the previous one's;
* "return in safety, with guarantees" wants the guarantees too;
* "X says it still has a role to play" claims the role an issue's label gives X;
* "In her view the monitors should leave": the view's owner holds the clause;
* "none of this replaces X" wants X; "the one step that matters", "no reason for" argue;
* a body named by its task ("a joint commission to search for the missing") is "the commission" later;
* "the commission must not become a one-way street" refuses the one-way street, not the commission;
* "mined the roads" lays mines: no position on demining;
* a subject whose act "throws away" or "undermines" something is argued against;
* "leaves X behind", "leaves X to the mercy of others" abandons X;
* a verbless "The constitution still must not." states nothing;
* "the constitution is a matter for our voters" states a competence, no stance;
* cue words: "even-handedness", "handed to prosecutors", "went missing", "open its border",
  "the crossing will open",
  "speaking only for one side", "in safety, with guarantees"; a newsletter speaks in its
  issuer's voice;
* in an issuer's statement, its own body "will continue" its work: the issuer's commitment;
* a letter signature that ends with an organisation keeps it; doer nouns only where sensible.

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.issue_places import place_of_other
from parley.extract.issue_references import heads_named
from parley.extract.issues import IssueVocabulary, _agent_noun
from parley.extract.letter_signatures import _before_town
from parley.extract.stance import _argues
from parley.extract.stance_cases import squanders
from parley.extract.stance_ellipsis import elliptical
from parley.extract.stance_lexicon import stem
from parley.extract.stance_objects import acted_on, denied_standing, lays_mines, negated_becoming, wanted_kind
from parley.extract.voice import STATEMENT_WORDS

BOOK = Codebook(
    "toy-round12",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania",), ("Rudolf Rassendyll", "Anna Black"),
              ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria", "Bordurian side"), ("Kurvi Tasch",),
              ("Szohod",), ("Bordurian",)),
        Actor("syldavia", "Syldavia", "state", ("Republic of Syldavia",), (), ("Klowtown",), ("Syldavian",)),
        Actor("sy_mission", "Syldavia Mission", "organisation", ("Syldavia Mission in Ruritania",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty",)),
        Issue("force", "Refrain from the threat or use of force", keywords=("use of force", "war")),
        Issue("presence", "Keep foreign peacekeepers, monitors or mediators' presence in the region",
              keywords=("peacekeepers", "observers")),
        Issue("demining", "Clear landmines and hand over minefield maps", keywords=("mines", "demining")),
        Issue("missing", "Release detainees and prisoners of war and account for missing persons",
              keywords=("detainees", "release", "exchange", "hostages")),
        Issue("rights", "Guarantee the rights, security and reintegration of Highland Ruritanians within Borduria",
              keywords=("rights and security",)),
        Issue("return", "Right of return for people displaced by the conflict", keywords=("return",)),
        Issue("heritage", "Protect cultural and religious heritage and monuments", keywords=("churches",)),
        Issue("claims", "Renounce territorial claims, including amending the constitution",
              keywords=("constitution", "preamble")),
        Issue("balance", "International actors treat both sides' concerns evenly (a one-sided approach is criticised)"),
        Issue("transport", "Open transport and communication links (roads, railways) through the region",
              keywords=("Kestria",)),
        Issue("border", "Delimit and demarcate the state border", keywords=("delimitation", "state border")),
        Issue("role", "Keep Borduria as the leading power and mediator in the region"),
        Issue("justice", "Hold perpetrators of wartime abuses to account", keywords=("prosecution",)),
    ),
)


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(default_config(), BOOK)


@pytest.fixture(scope="module")
def run(pipeline):
    return lambda text: pipeline.run(Document.from_text(text))


@pytest.fixture(scope="module")
def parse(pipeline):
    return lambda text: pipeline.nlp(text)


@pytest.fixture(scope="module")
def vocabulary():
    return IssueVocabulary.from_codebook(BOOK)


def about(result, text: str, words: str) -> set[tuple[str, str, str]]:
    """The triples whose evidence sentence contains ``words``."""
    return {(p.actor, p.issue, p.stance) for p in result.positions if words in text[p.span.start:p.span.end]}


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_neither_side_negates_like_no_side(run):
    text = "Ruritania and Borduria met on Monday. Both ministers confirmed that neither side will resort to force.\n"
    found = about(run(text), text, "neither side")
    assert {("ruritania", "force", "support"), ("borduria", "force", "support")} <= found


def test_a_keyword_verb_leaves_its_classified_object_alone(parse):
    doc = parse("I call on both sides to exchange all remaining minefield records before the session.")
    minefield, exchange = word(doc, "minefield"), word(doc, "exchange")
    assert acted_on(minefield, frozenset({exchange.i})) == frozenset()
    assert acted_on(word(doc, "session"), frozenset({exchange.i})) == frozenset({exchange.i})


def test_raised_objection_to_holds_the_subject_against_it(run):
    text = "Borduria also raised its objection to the presence of the observers in Ruritania.\n"
    assert ("borduria", "presence", "oppose") in about(run(text), text, "raised its objection")


def test_no_place_negates_but_needs_no_guests_does_not(parse):
    doc = parse("Foreign forces have no place on this border, and a settled border needs no guests.")
    assert denied_standing(word(doc, "place"))
    assert not denied_standing(word(doc, "guests"))


def test_a_kind_of_treaty_wanted_gives_its_makers_nothing(run, parse):
    doc = parse("Syldavia supports a peace treaty concluded by Ruritania and Borduria.")
    assert wanted_kind(word(doc, "treaty"))
    assert not wanted_kind(word(parse("Syldavia welcomed the treaty concluded by Ruritania."), "treaty"))
    text = "Syldavia supports a peace treaty concluded by Ruritania and Borduria themselves.\n"
    found = about(run(text), text, "concluded by")
    assert ("syldavia", "peace", "support") in found
    assert not {a for a, _, _ in found} & {"ruritania", "borduria"}


def test_the_period_of_the_war_is_a_time(run):
    text = "Borduria refused to include the people who went missing, arguing that they fall outside the period of the war.\n"
    found = about(run(text), text, "period of the war")
    assert ("borduria", "missing", "oppose") in found
    assert not {i for _, i, _ in found} & {"force"}


def test_a_place_at_the_end_of_between_is_a_place():
    text = "talks on the state border between Ruritania and the Kestria exclave"
    kestria = text.index("Kestria")
    place = SimpleNamespace(issue="transport", cues=(SimpleNamespace(start=kestria, end=kestria + 7,
                                                                      source="keyword", weight=1.5),))
    border = SimpleNamespace(issue="border", cues=(SimpleNamespace(start=13, end=25, source="keyword", weight=1.5),))
    assert place_of_other(text, [place, border], place)
    assert not place_of_other("the road to Kestria", [place], place)
    text = "any state border agreement in Kestria"
    kestria = text.index("Kestria")
    place = SimpleNamespace(issue="transport", cues=(SimpleNamespace(start=kestria, end=kestria + 7,
                                                                      source="keyword", weight=1.5),))
    border = SimpleNamespace(issue="border", cues=(SimpleNamespace(start=4, end=16, source="keyword", weight=1.5),))
    assert place_of_other(text, [place, border], place)


def test_hostages_of_an_argument_are_no_captives(run):
    text = "Anna Black said the families had waited too long to be made hostages of a legal argument.\n"
    assert not {i for _, i, _ in about(run(text), text, "hostages")} & {"missing"}


def test_such_requests_point_to_this_sentences_request(run):
    text = ("The displaced must be able to return home.\n"
            "Borduria has rejected international access to the churches, calling such requests interference.\n")
    found = about(run(text), text, "such requests")
    assert ("borduria", "heritage", "oppose") in found
    assert not {i for _, i, _ in found} & {"return"}


def test_return_in_safety_with_guarantees_wants_the_guarantees(vocabulary, run):
    text = "The Highlanders must be able to return in safety, with guarantees that do not depend on goodwill."
    assert {"rights", "return"} <= {h.issue for h in vocabulary.match(text)}
    text = "Ruritania said the Highlanders must be able to return in safety, with guarantees that last.\n"
    assert {("ruritania", "rights", "support"), ("ruritania", "return", "support")} <= about(run(text), text, "safety")


def test_an_actor_claiming_its_own_role(run):
    text = "Ruritania and Syldavia want a peace treaty signed this year. Szohod, meanwhile, says it still has a role to play.\n"
    assert ("borduria", "role", "support") in about(run(text), text, "a role to play")


def test_in_her_view_names_the_holder(run):
    text = ("Anna Black spoke on Monday.\n"
            "In her view the observers should leave the region, because they are not needed.\n")
    assert ("ruritania", "presence", "oppose") in about(run(text), text, "In her view")


def test_arguments_and_ellipsis(parse):
    assert _argues(parse("None of this replaces the one step that matters.")[:])
    assert _argues(parse("Nor is there any reason for the observers to stay.")[:])
    assert elliptical(parse("The constitution still must not.")[:])
    assert not elliptical(parse("The constitution must not change.")[:])


def test_a_verbless_sentence_and_a_competence_state_nothing(run):
    text = "Humanitarian steps need not wait. The constitution still must not.\n"
    assert not about(run(text), text, "still must not")
    text = 'Ruritania\'s president said that "the constitution is a matter for our voters, not for negotiators".\n'
    assert not {i for _, i, _ in about(run(text), text, "a matter for")} & {"claims"}


def test_none_of_this_replaces_wants_what_it_names(run):
    text = "Ruritania said that nothing replaces a peace treaty.\n"
    assert ("ruritania", "peace", "support") in about(run(text), text, "nothing replaces")


@pytest.mark.parametrize("text, issue", [
    ("Outside powers should show the same even-handedness in every case.", "balance"),
    ("The findings should be handed to prosecutors without delay.", "justice"),
    ("The people who went missing in 1993 are still searched for.", "missing"),
    ("Syldavia is ready to open its land border with Ruritania.", "transport"),
    ("Both leaders agreed that the river crossing will open to passenger traffic in spring.", "transport"),
    ("She accused the assembly of speaking only for one side.", "balance"),
])
def test_cue_words_of_the_labels(vocabulary, text, issue):
    assert issue in {h.issue for h in vocabulary.match(text)}, text


def test_a_newsletter_is_its_issuers_text():
    assert stem("newsletter") in STATEMENT_WORDS


def test_a_signature_ending_with_an_organisation_keeps_it():
    line = "Jane Roe, Chair, Klowville Heritage Council\n"
    assert line[:_before_town(line)].endswith("Heritage Council")
    line = "Jane Roe, Chair, Klowville Heritage Council, Klowville\n"
    assert line[:_before_town(line)].endswith("Heritage Council")
    assert re.fullmatch(r"Jane Roe", "Jane Roe, Dublin"[:_before_town("Jane Roe, Dublin")])


def test_doer_nouns_only_where_sensible():
    assert _agent_noun("demining") == stem("deminer")
    assert _agent_noun("peacekeeping") == stem("peacekeeper")
    assert _agent_noun("unblocking") is None
    assert _agent_noun("monitoring") is None
    assert _agent_noun("negotiating") is None


def test_an_issuers_own_body_staying_is_its_commitment(run):
    text = ("Statement by the Republic of Syldavia on the border talks\n\n"
            "The Republic of Syldavia welcomes the agreement reached by Ruritania and Borduria on the state border.\n"
            "The Syldavia Mission in Ruritania will continue to patrol on the Ruritanian side of the border.\n")
    found = about(run(text), text, "will continue to patrol")
    assert ("syldavia", "presence", "support") in found
    assert not {a for a, _, _ in found} & {"sy_mission"}


def test_leaving_to_the_mercy_of_others_abandons(run):
    text = "Ruritania said that an arrangement that leaves the churches to the mercy of others is not finished.\n"
    assert ("ruritania", "heritage", "support") in about(run(text), text, "mercy")
    text = "Ruritania said that an arrangement that leaves the churches behind is not finished.\n"
    assert ("ruritania", "heritage", "support") in about(run(text), text, "behind")


def test_a_body_named_by_its_task_and_what_it_must_not_become(parse):
    text = "They set up a joint commission to search for the missing."
    cue = SimpleNamespace(start=text.index("search"), end=text.index("search") + 6, source="description", polarity=1)
    assert heads_named(text, [SimpleNamespace(issue="missing", cues=(cue,))]) == {"commission": "missing"}
    assert negated_becoming(word(parse("But the commission must not become a one-way street."), "commission"))
    assert not negated_becoming(word(parse("The commission must become a standing body."), "commission"))


def test_an_act_that_throws_something_away_is_argued_against(parse, run):
    assert squanders(word(parse("Withdrawing the case throws away the last lever we have."), "throws"))
    assert not squanders(word(parse("The new route damages nothing at all."), "damages"))
    text = "Ruritania said that releasing the detainees now undermines the talks.\n"
    assert ("ruritania", "missing", "oppose") in about(run(text), text, "undermines")


def test_mining_roads_is_no_demining(parse, run):
    assert lays_mines(word(parse("She believes the other side mined the roads in 2020."), "mined"))
    assert not lays_mines(word(parse("The mines are still there."), "mines"))
    text = "Anna Black still believes the Bordurian side mined the roads deliberately, and says so.\n"
    assert not {i for _, i, _ in about(run(text), text, "mined")} & {"demining"}

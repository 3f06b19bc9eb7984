"""Round 10 of the position rules: how a cue hangs on its clause, and cues built from the codebook.

* a one-word cue inside another issue's multi-word keyword belongs to it ("by peaceful means");
* an instrument ("settle it by peaceful means") is an issue of its own, not a qualifier of the verb's;
* a one-word activity keyword names its doers too ("demining" → "deminers");
* a cue in the agent of a participle on another issue's noun ("remains … found by deminers") only
  describes that noun;
* a presence that is the subject of a verb of leaving ("the monitors should leave") is wanted gone;
  forces that "will not return" are refused, and where they return to is a place, not an issue;
* "not everyone welcomed X" names no holder;
* "X's foreign minister said …. It also offered …": "it" is the minister's state;
* a place keyword after "of"/"in" on another issue's noun ("the mosques of Klowville") is no cue;
* "the return on 4 May of the remains" is still the return of the remains;
* a document named with a cue a word before it ("a transit customs framework") is "the framework"
  later, also "the framework on Tuesday";
* a group named in the label ("Klow Ruritanians") matches "the Ruritanians who left Klow", not
  "the Ruritanian churches in the Klow valley";
* refusing "the price for X" is no refusal of X; "the road must stay under X's control" sets terms;
* "peace can come only after X" is the author's argument for X;
* a news dateline ("KLOWTOWN, May 3 (Wire) -") makes a signed report no opinion, so the parties'
  announced steps are not dropped as an op-ed's forecasts;
* "X's minister … his Y counterpart … the two ministers" are X and Y;
* "they" after "Xian border guards" is the guards: their return is no right of return;
* the bare topic of speaking ("spoke of X"), a silence ("silent about X") and a denied conclusion
  ("none of this means that …") are no stance;
* "X, expressing support for Y, said …": the noun a participle of stance hangs on holds it;
* "Y offered X, and Z welcomes the offer": Z shares Y's stance; "objected to X" is a stance;
* "the return of Xian border guards" is their role, not a right of return.

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.issues import IssueVocabulary

BOOK = Codebook(
    "toy-round10",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania",), ("Rudolf Rassendyll",),
              ("Strelsau",), ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",), ("Bordurian",)),
        Actor("syldavia", "Syldavia", "state", ("Republic of Syldavia",), (), ("Klowtown",), ("Syldavian",)),
        Actor("klow_ruritanians", "Klow Ruritanians", "community", ("Klow Ruritanians",), (), ("Klow",)),
        Actor("ru_opposition", "Ruritanian opposition", "party", ("Homeland faction",), ("Anna Black",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty",)),
        Issue("force", "Refrain from the threat or use of force", keywords=("peaceful means", "ceasefire")),
        Issue("roads", "Open transport links (roads, railways) through the region", keywords=("railway", "transit", "Klowville")),
        Issue("presence", "Keep foreign peacekeepers, monitors or mediators' presence in the region",
              keywords=("monitoring mission",)),
        Issue("borduria_role", "Keep Borduria as the leading power and mediator in the region",
              keywords=("Bordurian mediation",)),
        Issue("demining", "Clear landmines and hand over minefield maps", keywords=("demining", "mine clearance")),
        Issue("heritage", "Protect cultural and religious heritage and monuments", keywords=("mosques", "churches")),
        Issue("missing", "Release detainees and account for missing persons", keywords=("remains", "detainees")),
        Issue("return", "Right of return for displaced people", keywords=("return", "refugees")),
        Issue("rights", "Guarantee the rights and security of Klow Ruritanians", keywords=("rights and security",)),
        Issue("claims", "Renounce territorial claims, including amending the constitution",
              keywords=("territorial claims", "constitution")),
    ),
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text: pipeline.run(Document.from_text(text))


@pytest.fixture(scope="module")
def vocabulary():
    return IssueVocabulary.from_codebook(BOOK)


def triples(result) -> set[tuple[str, str, str]]:
    return {(p.actor, p.issue, p.stance) for p in result.positions}


def about(result, text: str, words: str) -> set[tuple[str, str, str]]:
    """The triples whose evidence sentence contains ``words``."""
    return {(p.actor, p.issue, p.stance) for p in result.positions if words in text[p.span.start:p.span.end]}


def test_a_word_inside_another_issues_keyword_is_no_cue_of_its_own(vocabulary):
    text = "The peace treaty must be reached by peaceful means."
    hits = {h.issue: h for h in vocabulary.match(text)}
    assert "force" in hits
    assert not any(text[c.start:c.end] == "peaceful" for c in hits["peace"].cues)


def test_an_instrument_is_an_issue_of_its_own(run):
    text = "Kurvi Tasch spoke on Monday.\nBorduria will settle every dispute with its neighbours by peaceful means.\n"
    assert ("borduria", "force", "support") in about(run(text), text, "by peaceful means")


def test_the_doers_of_an_activity_keyword_are_its_cue(vocabulary, run):
    assert "demining" in {h.issue for h in vocabulary.match("Syldavia sent forty deminers north.")}
    text = "Syldavia's ministry spoke on Monday.\nSyldavia offered its deminers for the fields along the river.\n"
    assert ("syldavia", "demining", "support") in about(run(text), text, "offered its deminers")


def test_a_cue_in_the_agent_of_a_participle_describes_the_noun(run):
    text = "Kurvi Tasch spoke on Monday.\nBorduria received the remains of six soldiers found by deminers last spring.\n"
    assert not any(issue == "demining" for _, issue, _ in about(run(text), text, "found by deminers"))


def test_a_presence_that_should_leave_is_refused(run):
    text = "Kurvi Tasch spoke on Monday.\nBorduria said the foreign monitors should leave the valley.\n"
    assert ("borduria", "presence", "oppose") in about(run(text), text, "should leave")


def test_forces_that_will_not_return_and_their_destination(run):
    text = "Rudolf Rassendyll spoke on Monday.\nRuritania insists that Bordurian border guards will not return to the railway.\n"
    found = about(run(text), text, "will not return")
    assert ("ruritania", "borduria_role", "oppose") in found
    assert not any(issue == "roads" for _, issue, _ in found)


def test_not_everyone_names_no_holder(run):
    from parley.extract.nlp import load_nlp
    from parley.extract.stance_attachment import not_everyone

    nlp = load_nlp(default_config().spacy_model, frozenset({"parser"}))
    assert not_everyone(nlp("Not everyone welcomed the deal.")[1])
    assert not not_everyone(nlp("Everyone welcomed the deal.")[0])
    text = "Anna Black spoke on Monday.\nNot everyone in the Homeland faction welcomed the peace treaty.\n"
    assert not about(run(text), text, "Not everyone")


def test_it_after_a_states_officer_is_that_state(run):
    text = ("Rudolf Rassendyll spoke first.\n"
            "Syldavia's foreign minister told reporters on Monday that the talks had gone well. "
            "It also offered Syldavian deminers for the fields along the river.\n")
    assert ("syldavia", "demining", "support") in about(run(text), text, "It also offered")


def test_a_place_keyword_on_another_issues_noun_is_no_cue(run):
    text = "Kurvi Tasch spoke on Monday.\nBorduria wants the commission to start with the mosques of Klowville.\n"
    found = about(run(text), text, "mosques of Klowville")
    assert ("borduria", "heritage", "support") in found
    assert not any(issue == "roads" for _, issue, _ in found)


def test_the_return_on_a_date_of_the_remains_is_no_right_of_return(run):
    text = "Kurvi Tasch spoke on Monday.\nBorduria welcomed the return on 4 May of the remains of its soldiers.\n"
    found = about(run(text), text, "return on 4 May")
    assert ("borduria", "missing", "support") in found
    assert not any(issue == "return" for _, issue, _ in found)


def test_a_framework_named_with_its_subject_is_later_the_framework(run):
    text = ("Ruritania and Borduria signed a transit customs framework on Monday in Klowtown.\n"
            "Syldavia's foreign ministry welcomed the framework on Tuesday.\n")
    assert ("syldavia", "roads", "support") in about(run(text), text, "welcomed the framework")


def test_a_group_in_the_label_is_its_noun_not_its_adjective(vocabulary):
    people = vocabulary.match("They spoke for the Ruritanians who left Klow and their rights and security.")
    assert any(c.source == "group" for h in people if h.issue == "rights" for c in h.cues)
    churches = vocabulary.match("They restored the Ruritanian churches in the Klow valley and spoke of rights and security.")
    assert not any(c.source == "group" for h in churches if h.issue == "rights" for c in h.cues)


def test_refusing_the_price_for_a_treaty_is_no_refusal_of_it(run):
    text = "Anna Black spoke on Monday.\nThe Homeland faction said Ruritania must not accept the price for the peace treaty.\n"
    assert ("ru_opposition", "peace", "oppose") not in about(run(text), text, "the price for")


def test_terms_set_for_a_cue_do_not_want_it(run):
    text = "Kurvi Tasch spoke on Monday.\nBorduria said that the railway must stay under Ruritanian control.\n"
    assert not any(issue == "roads" for _, issue, _ in about(run(text), text, "must stay under"))


def test_a_necessary_condition_is_an_argument():
    from parley.extract.nlp import load_nlp
    from parley.extract.stance import _argues

    nlp = load_nlp(default_config().spacy_model, frozenset({"parser"}))
    assert _argues(nlp("Peace can come only after the claims are removed from the constitution."))
    assert not _argues(nlp("Peace came after the claims were removed from the constitution."))


def test_a_news_dateline_makes_a_signed_report_no_opinion(run):
    from parley.extract.news_datelines import news_dateline

    assert news_dateline("KLOWTOWN, May 3 (Lake Wire) - Talks ended.", 0)
    assert not news_dateline("Klowtown is quiet today - talks ended.", 0)
    text = ("Ruritania and Borduria agree on returns\nLake Wire\nBy Ada Novak\n3 May 2027\n\n"
            "KLOWTOWN, May 3 (Lake Wire) - Ruritania and Borduria agreed on Monday to swap prisoners next week.\n"
            "In a separate step, the two sides will hand over to each other on Friday the remains of soldiers.\n")
    assert {("ruritania", "missing", "support"), ("borduria", "missing", "support")} <= about(
        run(text), text, "hand over to each other")


def test_the_two_ministers_after_a_minister_and_his_counterpart(run):
    text = ("Ruritania's foreign minister spoke in Klowtown on Monday.\n"
            "His Bordurian counterpart said the talks had been useful.\n"
            "Syldavia sent only an observer.\n"
            "The two ministers also agreed to protect the mosques and churches of the valley.\n")
    found = about(run(text), text, "The two ministers")
    assert {("ruritania", "heritage", "support"), ("borduria", "heritage", "support")} <= found
    assert ("syldavia", "heritage", "support") not in found


def test_they_after_forces_are_the_forces_not_displaced_people(run):
    text = ("Rudolf Rassendyll spoke on Monday.\n"
            "Until 2024, Bordurian border guards stood at the crossing. Ruritania has said they will not return.\n")
    assert not any(issue == "return" for _, issue, _ in about(run(text), text, "they will not return"))


def test_the_topic_of_speaking_or_a_silence_is_no_stance(run):
    text = ("Kurvi Tasch spoke on Monday.\n"
            "Ruritania rejects the statements of Syldavia, which spoke of Ruritanian churches while remaining "
            "silent about the destroyed Bordurian mosques.\n")
    assert not any(actor == "syldavia" for actor, _, _ in about(run(text), text, "spoke of"))


def test_a_denied_conclusion_is_no_stance(run):
    text = "Kurvi Tasch spoke on Monday.\nNone of this means that Syldavia opposes the railway itself.\n"
    assert not about(run(text), text, "None of this means")



def test_the_noun_a_participle_of_stance_hangs_on_holds_it(run):
    text = ("Kurvi Tasch spoke on Monday.\n"
            "Syldavia's envoy, expressing support for the monitoring mission, said that it had done good work.\n")
    assert ("syldavia", "presence", "support") in about(run(text), text, "expressing support")


def test_welcoming_the_offer_shares_the_offerers_stance(run):
    text = ("Kurvi Tasch spoke on Monday.\n"
            "Borduria has offered to fund demining along the river, and Syldavia welcomes the offer.\n")
    assert ("syldavia", "demining", "support") in about(run(text), text, "welcomes the offer")


def test_objecting_to_a_cue_is_a_stance(run):
    text = "Kurvi Tasch spoke on Monday.\nSyldavia has again objected to the railway, warning that it would cut the valley off.\n"
    assert ("syldavia", "roads", "oppose") in about(run(text), text, "objected to the railway")


def test_the_return_of_forces_is_their_role_not_a_right_of_return(run):
    text = "Anna Black spoke on Monday.\nThe Homeland faction called for the return of Bordurian border guards to the crossing.\n"
    found = about(run(text), text, "called for the return")
    assert ("ru_opposition", "borduria_role", "support") in found
    assert not any(issue == "return" for _, issue, _ in found)

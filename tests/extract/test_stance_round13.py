"""Round 13 of the position rules: whose op-ed it is, what is asked for, and whom "he" means.

* an op-ed's author note "Jane Roe is an MP of the X faction" counts when the byline carries the
  surname, whatever the trade; a header "Outlet - Opinion" names the genre;
* an op-ed's byline author who is a codebook member of an actor speaks for that actor before the
  outlet's camp;
* "(not) ask for X to return", "push for X to be deployed": a "for"-clause with its own subject
  under a verb of asking is what is asked for, under the asking verb's sign (no purpose clause);
* verbs that undo an act ("annul", "overturn", "revoke", "rescind", "cancel") turn the sign;
* "repeated", "defeated", "treated" have the stems of "repeat", "defeat", "treat";
* "he" or "she" points back to a person of no other gender: not to a spokeswoman for "he", nor to
  a bare actor or city name ("Moscow struck a cooler note");
* "no treaty should be signed while X": a negative subject makes "while" a condition, like "cannot";
* a cue subject of a verb of loss ("the churches crumbled", "let the cemeteries disappear") is lost;
* "will not sign before X", "sign not one day before X", "ratify only after X": X is a precondition
  the signer wants (no mere date);
* guarding kept to oneself ("guarded by our border guards and by nobody else", "no one else's
  guards", "would not accept anyone else's troops") refuses outside presence;
* turning to the state a role label names ("ask Xburg for", "rely on Xburg", "turn to Xburg") is a
  stance on that role.

Texts are about invented states, bodies and people (Ruritania, Borduria, Syldavia).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Issue
from parley.extract.holder_gender import phrase_gender, pointable
from parley.extract.holders import Resolution
from parley.extract.stance_cases import asked_for, precondition, signing_on_condition
from parley.extract.issue_exclusive import exclusive_phrases
from parley.extract.issue_forces import turn_phrases
from parley.extract.stance_flips import by_nobody_else
from parley.extract.stance_lexicon import OPPOSE_WORDS, SPEECH_PREDICATES, stem
from parley.extract.stance_syntax import turns_to
from parley.extract.voice import author_note, named_affiliation, opinion_signals
from round_helpers import about, toy_fixtures, word

BOOK = Codebook(
    "toy-round13",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania",), ("Anna Black",), ("Strelsau",),
              ("Ruritanian",)),
        Actor("ru_opposition", "Ruritanian opposition", "party", ("Homeland Bloc",), ("Karel Vost", "Mira Dane"),
              camp="ruritania"),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",),
              ("Bordurian",)),
        Actor("syldavia", "Syldavia", "state", ("Republic of Syldavia",), (), ("Klowtown",), ("Syldavian",)),
    ),
    (
        Issue("peace", "Conclude a comprehensive peace treaty", keywords=("peace treaty", "peace agreement")),
        Issue("presence", "Keep foreign peacekeepers, monitors or mediators' presence in the region",
              keywords=("peacekeepers", "observers")),
        Issue("claims", "Renounce territorial claims, including amending the constitution",
              keywords=("constitution", "preamble", "referendum")),
        Issue("missing", "Release detainees and prisoners of war and account for missing persons",
              keywords=("detainees", "release")),
        Issue("transport", "Open transport and communication links (roads, railways) through the region",
              keywords=("railway",)),
        Issue("heritage", "Protect cultural and religious heritage and monuments", keywords=("churches", "cemeteries")),
        Issue("role", "Keep Borduria as the leading power and mediator in the region"),
    ),
    outlet_camps=(("Strelsau Monitor", "ruritania"), ("Lake Wire", "independent")),
    affiliation_camps=(("Homeland Bloc", "ru_opposition"),),
)


pipeline, run, parse = toy_fixtures(BOOK)


# --- whose op-ed -------------------------------------------------------------------------

@pytest.mark.parametrize("header, note", [
    ("Why we went to court\nStrelsau Monitor - Opinion\nBy Karel Vost\n3 May 2027\n\n",
     "Karel Vost is an MP of the Homeland Bloc in the National Assembly."),
    ("A border for the valley\nBy Mira Dane\n\n", "Mira Dane is the deputy leader of the Homeland Bloc."),
    ("The treaty can wait\nComment\nBy Karel Vost\n\n", "Karel Vost is a member of parliament for the Homeland Bloc."),
])
def test_an_author_note_of_the_bylined_author_names_the_institution(header, note):
    text = header + "The court must be heard first.\n\n" + note + "\n"
    body = len(header)
    assert opinion_signals(text, body)
    assert author_note(text, body) == note
    assert named_affiliation(text, body, BOOK.affiliation_camps) == "ru_opposition"


def test_a_note_on_someone_else_is_no_author_note():
    header = "Talks resume\nLake Wire\nBy Ada Novak\n\n"
    text = header + "The talks resumed.\n\nKarel Vost is an MP of the Homeland Bloc.\n"
    assert author_note(text, len(header)) is None


@pytest.mark.parametrize("line", ["Strelsau Monitor - Opinion", "Opinion — Strelsau Monitor", "Strelsau Monitor – Commentary"])
def test_a_genre_field_after_a_dash_names_an_opinion(line):
    header = f"Why we went to court\n{line}\n\n"
    assert opinion_signals(header + "The court must be heard first.\n", len(header))


@pytest.mark.parametrize("sentence, expected", [
    ("I am not against a peace treaty with Borduria.", ("ru_opposition", "peace", "support")),
    ("My party does not oppose the railway.", ("ru_opposition", "transport", "support")),
    ("We asked the court to annul the referendum.", ("ru_opposition", "claims", "oppose")),
])
def test_an_op_ed_of_a_codebook_member_speaks_for_the_member_s_actor(run, sentence, expected):
    text = "Why we went to court\nOpinion\nBy Karel Vost\n3 May 2027\n\n" + sentence + "\n"
    found = about(run(text, author="Karel Vost", outlet="Strelsau Monitor"), text, sentence[:12])
    assert expected in found
    assert not any(actor == "ruritania" for actor, _, _ in found)


# --- what is asked for -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, verb", [
    ("I do not ask for peacekeepers to return to the border.", "return"),
    ("We are not calling for the observers to stay after the vote.", "stay"),
    ("My party will never push for foreign peacekeepers to be deployed here.", "deployed"),
])
def test_a_for_clause_with_a_subject_is_what_is_asked_for(parse, run, sentence, verb):
    assert asked_for(word(parse(sentence), verb))
    text = "Opinion\nBy Karel Vost\n3 May 2027\n\n" + sentence + "\n"
    assert ("ru_opposition", "presence", "oppose") in about(run(text, author="Karel Vost"), text, sentence[:12])


def test_a_purpose_clause_is_not_asked_for(parse):
    doc = parse("The minister travelled to Klowtown to ask for the release of the detainees.")
    assert not asked_for(word(doc, "ask"))


# --- verbs that undo an act ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Borduria wants to overturn the peace treaty.", ("borduria", "peace", "oppose")),
    ("The Syldavian parliament voted to rescind the peace agreement.", ("syldavia", "peace", "oppose")),
    ("Borduria said it would not cancel the peace treaty.", ("borduria", "peace", "support")),
])
def test_verbs_that_undo_an_act_turn_the_sign(run, sentence, expected):
    assert expected in about(run(sentence + "\n"), sentence + "\n", sentence[:12])


def test_undoing_words_are_refusals():
    assert {stem(w) for w in ("annulled", "revoking", "invalidated", "nullified")} <= OPPOSE_WORDS


# --- stems --------------------------------------------------------------------------------

@pytest.mark.parametrize("base, forms", [
    ("repeat", ("repeated", "repeating")), ("defeat", ("defeated", "defeating")), ("treat", ("treated", "treating")),
])
def test_verbs_in_eat_keep_one_stem(base, forms):
    assert all(stem(f) == stem(base) for f in forms)
    assert stem("created") == stem("create") and stem("demarcated") == stem("demarcate")


def test_repeated_reports_speech():
    assert stem("repeated") in SPEECH_PREDICATES


# --- whom "he" means ------------------------------------------------------------------------

def test_phrase_gender_reads_role_words_not_possessives():
    assert phrase_gender("A spokeswoman for the Bordurian ministry") == "f"
    assert phrase_gender("Mr Kurvi Tasch") == "m"
    assert phrase_gender("his colleague Mira Dane") is None
    assert phrase_gender("the minister") is None


def test_he_points_to_persons_of_no_other_gender():
    entries = [(0, "", Resolution(("syldavia",), "name")), (10, "", Resolution(("borduria",), "name")),
               (20, "", Resolution(("ruritania",), "name", "Ruritania"))]
    phrases = {0: "the Syldavian foreign ministry spokesperson", 10: "A spokeswoman for Borduria", 20: "Strelsau"}
    names = {"Syldavia", "Borduria", "Ruritania"}
    assert [e[0] for e in pointable("he", entries, phrases, names)] == [0]
    assert [e[0] for e in pointable("she", entries, phrases, names)] == [0, 10]
    assert len(pointable("it", entries, phrases, names)) == 3


@pytest.mark.parametrize("middle", [
    "A spokeswoman for the Bordurian foreign ministry said Borduria \"welcomes every step\".",
    "Szohod struck a cooler note.",
    "Ms Lena Holm of Borduria said on Monday that Borduria \"welcomes every step\".",
])
def test_he_skips_a_spokeswoman_and_a_bare_capital(run, middle):
    text = ("The Syldavian foreign ministry spokesman spoke on Monday about the peace treaty. " + middle +
            " He repeated that no peacekeepers from outside the region should appear on the border.\n")
    found = about(run(text), text, "He repeated")
    assert ("syldavia", "presence", "oppose") in found
    assert not any(actor == "borduria" for actor, _, _ in found)


# --- "no X should be signed while …" --------------------------------------------------------

@pytest.mark.parametrize("sentence, verb", [
    ("No treaty should be signed while the court is still reading our file.", "signed"),
    ("No peace agreement could be initialled while the detainees remained in Szohod.", "initialled"),
    ("No document will be ratified whilst the court is still deliberating.", "ratified"),
])
def test_a_negative_subject_makes_while_a_condition(parse, sentence, verb):
    assert signing_on_condition(word(parse(sentence), verb))


# --- verbs of loss ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Borduria wants the old churches to crumble.", ("borduria", "heritage", "oppose")),
    ("Ruritania will not allow the cemeteries to vanish.", ("ruritania", "heritage", "support")),
    ("Syldavia's president said the churches must not be allowed to fade away.", ("syldavia", "heritage", "support")),
])
def test_a_cue_that_is_lost_turns_the_sign(run, sentence, expected):
    assert expected in about(run(sentence + "\n"), sentence + "\n", sentence[:12])


def test_letting_churches_disappear_is_no_support(run):
    text = "For three years the authorities in Szohod have let the churches near the river disappear under new roads.\n"
    assert ("borduria", "heritage", "support") not in about(run(text), text, "disappear")


# --- turning to the role's state ------------------------------------------------------------

def test_turn_phrases_name_the_role_state():
    label = "Keep Borduria as the leading power and mediator in the region"
    phrases = turn_phrases(label, BOOK)
    assert (stem("ask"), stem("Szohod"), stem("for")) in phrases
    assert (stem("rely"), "on", stem("Borduria")) in phrases
    assert turn_phrases("Conclude a comprehensive peace treaty", BOOK) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Ruritania will never again rely on Borduria for its security, the minister said.", ("ruritania", "role", "oppose")),
    ("Syldavia should ask Szohod for guarantees, the opposition leader said.", None),
    ("Syldavia does not count on Borduria any more, its president said.", ("syldavia", "role", "oppose")),
])
def test_turning_to_the_role_state_is_a_stance_on_the_role(run, sentence, expected):
    found = about(run(sentence + "\n"), sentence + "\n", sentence[:12])
    if expected is None:
        assert any(issue == "role" and stance == "support" for _, issue, stance in found)
    else:
        assert expected in found


def test_turns_to_needs_its_preposition(parse):
    assert turns_to(word(parse("Ruritania will turn to Borduria."), "turn"))
    assert not turns_to(word(parse("Ruritania will turn the page."), "turn"))


# --- preconditions of signing ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The official said Borduria had told Syldavia it would not sign before the referendum on the constitution.",
    "Borduria's president said he would sign the peace treaty not one day before the constitutional referendum.",
    "Borduria will ratify the peace treaty only after the referendum on the constitution, its minister said.",
])
def test_a_signing_held_back_until_x_wants_x(parse, run, sentence):
    doc = parse(sentence)
    assert any(precondition(t) for t in doc if t.lower_ in {"before", "after"})
    assert ("borduria", "claims", "support") in about(run(sentence + "\n"), sentence + "\n", sentence[:12])


def test_a_plain_date_is_no_precondition(parse):
    doc = parse("Borduria signed the treaty before the summit and after the vote.")
    assert not any(precondition(t) for t in doc if t.lower_ in {"before", "after"})


# --- guarding kept to oneself -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    'Asked about Bordurian guards, the Ruritanian minister replied: "The new road will be guarded by '
    'Ruritanian border guards, and by nobody else."',
    "Ruritania's prime minister said that no one else's guards will ever stand on its rails.",
    "Ruritania would not accept anyone else's troops on the route, the Ruritanian minister said.",
])
def test_guarding_kept_to_oneself_refuses_outside_presence(run, sentence):
    text = sentence + "\n"
    found = about(run(text), text, sentence[:12])
    assert ("ruritania", "presence", "oppose") in found
    assert ("ruritania", "presence", "support") not in found


def test_exclusive_phrases_only_for_a_presence_label():
    assert exclusive_phrases("Keep foreign peacekeepers, monitors or mediators' presence in the region", BOOK, "…")
    assert exclusive_phrases("Conclude a comprehensive peace treaty", BOOK, "…") == []


def test_by_nobody_else_reads_a_conjoined_agent(parse):
    doc = parse("The section will be guarded by our own service and by nobody else.")
    assert by_nobody_else(word(doc, "guarded"))
    assert not by_nobody_else(word(parse("The section will be guarded by our own service."), "guarded"))

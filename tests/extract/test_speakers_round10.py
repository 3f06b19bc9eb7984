"""Round 10: speakers cued by "reminded"/"repeated", "its" after a state that is the subject, a name in
apposition after the closing mark, a verb joined by "and" after the quote, and an unnamed office in an
op-ed by a party member (invented states, bodies and people, hand-written sentences).

Conventions tested (see speech_cues, speaker_groups, speaker_trim, speaker_roles):

* "X reminded both sides that the accord “…”", "X repeated … that Y would accept “…”": the verb
  reports X's words (and makes a short quoted phrase a quote);
* "X boasted that Y had “…”", "as X put it, “…”": speech cues beyond "said"; "a joke about “…”" is none;
* "the chairman of our party" in an op-ed: the party the byline author is a member of;
* "Norland moved first. Its foreign ministry said on Monday …. It also promised to “…”": Norland's,
  both said on Monday (the speaker is named as the actor, so "It" goes on from the same speaker);
* "Kestria was cautious. Its foreign minister …": "its" is the state that was the subject;
* "“…,” its chair, Ilsa Marr, wrote": the name in apposition is the speaker;
* "X called it “…” on Monday and said …": "on Monday and" is no subject: X said it;
* "X called it “a” and urged Y to “b”": two fragments joined by narration are two quotes, both X's;
* "X, Y's negotiator, had earlier said …": the subject before the apposition, not "had earlier";
  "X described the proposal as “…”" (the parser hangs "as" on the object) is X's;
* "In Harnby, officials were upbeat. “…,” one senior diplomat said.": the framing capital's state;
* "A Kestrian official said …" is Kestria's, even in a paragraph that opens with Norland and after a
  Kestrian named earlier (an indefinite role is someone new);
* a headline quote that is one part of a body quote broken by "she said" is that one quote;
* "X called it “…”" is a quote of X's; "His aides said …" is the actor of the man "his" points to
  (not inside a transcript turn, where the last person named may be the one answering);
* "…, calling the offer “…”" quotes the main clause's subject; "its “open road” policy" (a term that
  modifies the noun after it) is no quote, "a “swift and total” answer" still is;
* "your prime minister" in a transcript is the prime minister of the one who answers next;
* "the prime minister", with no country in the lead, in an op-ed by a member of a party whose camp
  is a state: that state's prime minister.
"""

from __future__ import annotations

import pytest
from round_helpers import headed_runner, quoted_speakers

from parley.core.types import Actor, Codebook, Issue
from parley.extract import default_config

BOOK = Codebook(
    "round10",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Olaf Dunn",), ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe",), ("Harnby",), ("Norlandic",)),
        Actor("kestria_opposition", "Kestrian opposition", "party", ("Unity bloc",), ("Petra Vale",), camp="kestria"),
        Actor("kestrian_diaspora", "Kestrian diaspora", "community", ("Kestrian Heritage League",), ("Ilsa Marr",),
              camp="kestria"),
        Actor("au", "Aurelian Union", "organisation", ("AU",), (), ("Lumen",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
    outlet_camps=(("Harbour Review", "independent"),),
)
K, N = "kestria", "norland"
HEAD = "Border talks\nThe Harbour Review\n12 February 2026\n\n"  # a Thursday


@pytest.fixture(scope="module")
def run():
    return headed_runner(BOOK, HEAD)


_speakers = quoted_speakers


def test_reminded_cues_the_speaker(run):
    text = ("The accord of 2019 gave the pass to Norland's customs. Norland's foreign ministry reminded both "
            "parties on Monday that the accord \"still binds everyone who signed it\".")
    assert _speakers(run(text)) == [("still binds everyone who signed it", N)]


def test_repeated_makes_a_short_phrase_a_quote_and_cues_it(run):
    text = ("Norland was the most cautious of the neighbours. Its foreign minister repeated on Tuesday that "
            "the road must stay open and that Harnby would accept \"no soldiers from abroad\", words he had "
            "used before.")
    assert _speakers(run(text)) == [("no soldiers from abroad", N)]


def test_repeated_as_an_adjective_makes_no_quote(run):
    text = ("Repeated closures of the pass left the valley \"cut off from the world\". The repeated delays left "
            "the drivers \"tired of waiting\".")
    assert _speakers(run(text)) == []


def test_repeated_after_the_closing_mark_attributes_the_words(run):
    text = "\"We will not sign this map,\" Jane Roe repeated. \"Not now, not later,\" she reminded them."
    assert _speakers(run(text)) == [("We will not sign this map", N), ("Not now, not later", N)]


def test_its_minister_is_the_state_that_was_the_subject(run):
    text = ("Jane Roe, Norland's foreign minister, welcomed the deal. Kestria was more guarded. Its foreign "
            "minister said the pass would need \"guards of its own\" for years.")
    assert _speakers(run(text))[-1] == ("guards of its own", K)


def test_a_name_in_apposition_after_the_quote_speaks(run):
    text = ("In Lumen, the Kestrian Heritage League wrote to the Aurelian Union on Thursday. \"Not one coin for "
            "the road while our teachers sit in Harnby prisons,\" its director, Ilsa Marr, wrote in the letter.")
    quotes = [q for q in run(text).quotes if q.direct]
    assert [(q.speaker, q.speaker_actor) for q in quotes] == [("Ilsa Marr", "kestrian_diaspora")]


def test_a_verb_joined_after_the_quote_shares_the_subject(run):
    text = ("The Aurelian Union's envoy for the region called the deal \"a sensible beginning\" on Wednesday and "
            "said Lumen would pay for the scanners.")
    assert _speakers(run(text)) == [("a sensible beginning", "au")]


def test_an_op_ed_authors_party_gives_the_unnamed_prime_ministers_state(run):
    head = "A road too far\nThe Harbour Review\nBy Petra Vale\n12 February 2026\n\n"
    text = ("Petra Vale is a member of parliament.\n\nOn Monday the prime minister called the deal signed in "
            "Lumen \"a gate that we open ourselves\". I have read it twice.")
    assert _speakers(run(text, head)) == [("a gate that we open ourselves", K)]


def test_an_independent_byline_gives_no_state(run):
    head = "A road too far\nThe Harbour Review\nBy Tom Gray\n12 February 2026\n\n"
    text = ("Tom Gray covers the region.\n\nOn Monday the prime minister called the deal signed in Lumen "
            "\"a gate that we open ourselves\". I have read it twice.")
    assert _speakers(run(text, head)) == [("a gate that we open ourselves", None)]


def test_your_prime_minister_is_the_next_speakers(run):
    head = "The Crossing (podcast)\nHosted by Tom Gray\n12 February 2026\n\n"
    text = ("[00:00:05] GRAY: With me are Jane Roe of the Harnby Forum and Olaf Dunn, a former prime minister. "
            "Let me start with the Forum. On Tuesday, your prime minister called the deal \"a door we open "
            "together\". Is that fair?\n\n[00:00:40] ROE: It is fair, and it is late.\n")
    assert _speakers(run(text, head)) == [("a door we open together", N)]


def test_fragments_joined_by_narration_are_two_quotes(run):
    text = ("Kestria's foreign ministry, in a statement, called the move \"a provocation\" and urged Norland to "
            "\"return to the table\".")
    assert _speakers(run(text)) == [("a provocation", K), ("return to the table", K)]


def test_a_bare_attribution_still_joins_its_parts(run):
    text = "\"We will sign\" Olaf Dunn said \"when the bridge is finished\"."
    assert _speakers(run(text)) == [("We will sign when the bridge is finished", K)]


def test_a_subject_before_apposition_and_auxiliaries_speaks(run):
    text = ("Olaf Dunn, Kestria's chief negotiator, had earlier said the proposal was \"a step in the right "
            "direction\". The Unity bloc, which won thirty seats last year, has also warned that the road is "
            "\"not for sale\".")
    assert _speakers(run(text)) == [("a step in the right direction", K), ("not for sale", "kestria_opposition")]


def test_as_on_the_object_completes_the_subjects_verb():
    from parley.extract.nlp import load_nlp
    from parley.extract.speaker_characterised import as_complement

    text = "Olaf Dunn, Kestria's chief negotiator, had earlier described the proposal as \"a step forward\"."
    doc = load_nlp(default_config().spacy_model, frozenset({"parser"}))(text)
    opening = text.index('"')
    words = [(t.idx, t.idx + len(t.text), t.text) for t in doc if t.idx < opening and not t.is_punct]
    cue, subject = as_complement(doc, words)
    assert (text[slice(*cue)], text[slice(*subject)]) == ("described", "Olaf Dunn")


def test_a_capital_framing_the_sentence_before_gives_the_officials_state(run):
    text = ("Olaf Dunn left the talks early. In Harnby, officials were more upbeat. \"We see light at the end of "
            "the pass,\" one senior diplomat said.")
    assert _speakers(run(text)) == [("We see light at the end of the pass", N)]


def test_boasted_cues_a_short_quote(run):
    text = "Jane Roe boasted on Sunday that Norland had \"won the pass without a shot\"."
    assert _speakers(run(text)) == [("won the pass without a shot", N)]


def test_a_joke_as_a_noun_makes_no_quote(run):
    text = "The drivers waited all night. Their favourite joke, \"nobody passes the pass\", made the rounds."
    assert [q.text for q in run(text).quotes if q.direct] == []


def test_as_x_put_it_and_our_party_in_an_op_ed(run):
    head = "A road too far\nThe Harbour Review\nBy Petra Vale\n12 February 2026\n\n"
    text = ("Petra Vale is a member of parliament.\n\nWe will vote against the deal. As the chairman of our party "
            "put it on Monday, \"a border you cannot defend is no border\".")
    quotes = [q for q in run(text, head).quotes if q.direct]
    assert [(q.speaker, q.speaker_actor, str(q.date)) for q in quotes] == [
        ("Kestrian opposition", "kestria_opposition", "2026-02-09")]


def test_an_indefinite_role_with_a_demonym_is_that_states(run):
    text = ("Olaf Dunn, a retired customs officer, is less sure. \"Paper does not open a border,\" he said.\n\n"
            "Norland's governor said the state would \"pave the last ten kilometres before winter\". A Kestrian "
            "official said the plan was \"news to us\".")
    quotes = [q for q in run(text).quotes if q.direct]
    assert [(q.speaker, q.speaker_actor) for q in quotes][-1] == ("Kestria", K)


def test_a_headline_part_of_a_broken_body_quote_is_one_quote(run):
    head = "\"The road is our only chance\": life on the pass\nThe Harbour Review\nBy Tom Gray\n12 February 2026\n\n"
    text = ("Jane Roe has sold bread at the foot of the pass for twenty years.\n\n\"The road is our only chance,\" "
            "she said. \"Without it, the young people leave.\"")
    assert _speakers(run(text, head)) == [("The road is our only chance Without it, the young people leave", N)]


def test_its_ministry_after_a_state_subject_and_it_also(run):
    text = ("Norland moved first. Its foreign ministry said on Monday that the deal was \"a model for the "
            "region\". It also promised to \"open the archives\" to Kestrian historians.")
    quotes = [q for q in run(text).quotes if q.direct]
    assert [(q.speaker_actor, str(q.date)) for q in quotes] == [(N, "2026-02-09"), (N, "2026-02-09")]


def test_called_it_makes_a_short_quote(run):
    text = "Petra Vale called it \"a betrayal of the dead\". The vote is on Friday."
    assert _speakers(run(text)) == [("a betrayal of the dead", "kestria_opposition")]


def test_his_aides_are_the_actor_of_the_man_before(run):
    text = "Olaf Dunn arrived in Lumen on Monday. His aides said he wanted \"a deal before the snow\"."
    assert _speakers(run(text)) == [("a deal before the snow", K)]


def test_his_aides_in_an_answer_turn_are_left_alone(run):
    head = "Talks\nThe Harbour Review\nInterview by Tom Gray\n12 February 2026\n\n"
    text = ("Jane Roe is Norland's envoy. We spoke on Wednesday.\n\nQ: What does Kestria want?\n\n"
            "Roe: Privately, his aides told us they want \"a deal before the snow\".\n")
    assert _speakers(run(text, head)) == [("a deal before the snow", None)]


def test_calling_after_a_comma_quotes_the_subject(run):
    text = "Olaf Dunn hit back on Tuesday, calling Norland's offer \"an insult to the dead\"."
    assert _speakers(run(text)) == [("an insult to the dead", K)]


def test_a_term_before_its_noun_is_no_quote(run):
    text = "Jane Roe said its \"open road\" policy was working, and promised a \"swift and total\" answer."
    assert [q.text for q in run(text).quotes if q.direct] == ["swift and total"]

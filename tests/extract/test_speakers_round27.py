"""Round 27 (speakers and dates): a name the parse cut at its first word ("Sakina | Nabiyeva, who sits
on the board …, said") is given whole as the speaker; "Asked by Dr X whether …, she said": X asks,
"she" answers (and X is not made a woman by it); "the X–Y Border Regions" is no person; "a written
submission" holds no verb of saying; "a submission from the Community, which asked that …, “…”"
gives the words to the Community; a leading line "Public debate of Wednesday 17 November" dates the
words of the debate it writes up. Invented states and people, hand-written sentences."""

from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Span

from round_helpers import TOY_STATES, quoted_dates, quoted_speakers, toy_fixtures

from parley.core.types import Actor, Codebook, Issue
from parley.extract.persons import looks_like_person, name_runs
from parley.extract.speaker_trim import named_in_apposition

COMMUNITY = Actor("community", "Northern Community", "community", ("Northern Community",), ("Sakina Nabiyeva",))
BOOK = Codebook(
    "round27speakers",
    (*TOY_STATES, COMMUNITY),
    (Issue("return", "Return of displaced people", keywords=("go home",)),),
)
pipeline, run, parse = toy_fixtures(BOOK)
HEAD = "Moderator's notes\nThe Debating Union\n18 November 2032\n\n"


def test_a_name_cut_by_the_parse_is_given_whole():
    # the cut depends on how a whole document parses, so the rule is checked on its own here: a
    # subject "Nabiyeva" inside the person "Sakina Nabiyeva" grows to the whole name
    text = "Sakina Nabiyeva, who sits on the board, said from the floor: "
    person = SimpleNamespace(span=SimpleNamespace(start=0, end=15))
    ctx = SimpleNamespace(text=text, people=[person], speakers_in=lambda start, end: [], mentions=[])
    assert named_in_apposition(ctx, (7, 15), text.index("said")) == (0, 15)


def test_a_whole_name_stays_as_it_is(run):
    text = HEAD + ("Sakina Nabiyeva, who sits on the board of the Northern Community's branch in the north, said: "
                   "\"We do not need a mediator to visit a grave. We may need one to go home.\"\n")
    assert quoted_speakers(run(text)) == [
        ("We do not need a mediator to visit a grave. We may need one to go home", "community")]


DEBATE = ("Moderator's notes\nThe Debating Union\nPublic debate of Wednesday 17 November 2032, written up by the chair\n"
          "18 November 2032\n\n")


def test_the_one_asking_is_not_the_she_who_answers(run):
    text = HEAD + ("Vera Lind, a deputy of Ruritania, opened for the proposition. \"We need no mediator,\" she said. "
                   "Asked by Dr Tasch whether that included the border guards of Borduria, she said that it did, "
                   "\"at every crossing in time\".\n\nKurvi Tasch, of the Bordurian Institute, opened against. "
                   "Borduria, he argued, \"intends to stay for two centuries more\".\n")
    spoken = dict(quoted_speakers(run(text)))
    assert spoken["at every crossing in time"] == "ruritania"
    assert spoken["intends to stay for two centuries more"] == "borduria"


def test_the_tail_of_a_capitalised_name_after_the_is_no_person(parse):
    # the statistical NER may call "Borduria Border Regions" a person; the article before the whole
    # capitalised name says it is none (the NER's call is forced here, as it varies with the model)
    doc = parse("The Conference on Recovery in the Ruritania–Borduria Border Regions met in Klow on Thursday.")
    run = next(r for r in name_runs(doc, set()) if r.words[-1] == "Regions")
    doc.ents = [Span(doc, run.start, run.end, label="PERSON")]
    assert not looks_like_person(run, doc)
    named = parse("Anna Black met Kurvi Tasch in Klow.")
    named.ents = [Span(named, 3, 5, label="PERSON")]
    assert looks_like_person(next(r for r in name_runs(named, set()) if r.words[-1] == "Tasch"), named)


def test_a_relative_subject_gives_the_words_to_the_body_before_it(run):
    text = HEAD + ("The Chair took note of a written submission of 25 November from the Northern Community, which "
                   "asked that the fund also pay for clearance around the old villages, \"to which our members still "
                   "hope to return\".\n")
    assert quoted_speakers(run(text)) == [("to which our members still hope to return", "community")]


def test_a_leading_line_dates_the_debate_it_writes_up(run):
    text = DEBATE + ("The Union's autumn debate took the treaty as its subject. Vera Lind opened for the proposition. "
                     "\"Our treaty was written with two pens, not three,\" she said.\n")
    assert quoted_dates(run(text)) == [("Our treaty was written with two pens, not three", "2032-11-17")]


def test_a_leading_line_without_a_gathering_dates_nothing(run):
    head = "Moderator's notes\nThe Debating Union\nWritten up on Wednesday 17 November 2032 by the chair\n18 November 2032\n\n"
    text = head + ("The Union's autumn debate took the treaty as its subject. Vera Lind opened for the proposition. "
                   "\"Our treaty was written with two pens, not three,\" she said.\n")
    assert quoted_dates(run(text)) == [("Our treaty was written with two pens, not three", "2032-11-18")]


def test_a_speaker_joined_by_and_to_an_earlier_verb_is_that_verbs_subject(run):
    text = HEAD + ("Ruritania's deputy foreign minister, Vera Lind, met the second group at the same gate and said "
                   "that the cemetery \"will stay open to those who come to mourn\".\n")
    assert quoted_speakers(run(text)) == [("will stay open to those who come to mourn", "ruritania")]


def test_he_goes_on_with_the_subject_that_spoke_not_the_object(run):
    text = HEAD + ("Kurvi Tasch received Ruritania's deputy foreign minister on Tuesday and said "
                   "Borduria \"supports every agreement the two neighbours reach\". He repeated that the border "
                   "\"is a red line and will remain one\".\n")
    assert [actor for _, actor in quoted_speakers(run(text))] == ["borduria", "borduria"]

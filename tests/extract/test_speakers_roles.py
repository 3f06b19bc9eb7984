"""speakers.rules.v1 on speakers named by role or by a governing clause (our own invented texts).

Each case gives (quote text, speaker, speaker actor) of every direct quote. Conventions (see the
speakers and speaker_roles module docstrings):

* an unnamed role holder of an actor ("Kestria's envoy", "the Kestrian foreign minister") speaks
  as that actor: the speaker is the actor's codebook name, and a later "he"/"she" can point to it;
* a country inside the quote or as an object of the sentence is never the speaker;
* a byline author never speaks the quotes of a report;
* a role without a country ("the foreign minister") takes the role holder named earlier, else the
  document's subject actor (lower confidence), else nobody;
* several speakers ("the two ministers") are joined with "and", their actor only when shared.
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "roles",
    (
        Actor("kestria", "Kestria", "state", ("Kestrian government",), ("Ilsa Marr", "Oren Vale"),
              ("Varn",), ("Kestrian",)),
        Actor("norland", "Norland", "state", ("Norlandic government",), ("Jane Roe", "Piotr Valen"),
              ("Harnby",), ("Norlandic",)),
        Actor("league", "Coastal League", "organisation", ("the League",), ("Helga Sand",)),
    ),
    (Issue("peace", "Conclude a peace treaty"),),
)
K, N = "kestria", "norland"
Q = "We will not sign anything that divides the valley"
Q2 = "Our offer stands until the end of the month"
HEAD = "Talks resume in the valley\n\nBy Mark Ellison\nThe Courier\n4 May 2025\n\n"

CASES = [
    # -- roles with possessive actors, demonym roles, institutions -------------------------------
    ("possessive role, then he", f"Kestria's envoy arrived on Monday. “{Q},” he said.", [(Q, "Kestria", K)]),
    ("possessive of a side, then she",
     f"The Norlandic side's negotiator left the room. “{Q},” she told reporters.", [(Q, "Norland", N)]),
    ("metonym's role, then he", f"Varn's chief negotiator dismissed the report. “{Q},” he said.",
     [(Q, "Kestria", K)]),
    ("demonym role, then he", f"The Kestrian foreign minister met reporters on Friday. “{Q},” he said.",
     [(Q, "Kestria", K)]),
    ("demonym role as the subject", f"“{Q},” the Kestrian foreign minister said.", [(Q, "Kestria", K)]),
    ("the ministry's press service",
     f"Norland's foreign ministry reacted on Tuesday. “{Q},” the ministry's press service said.",
     [(Q, "Norland", N)]),
    # -- a country inside the quote or as an object is not the speaker --------------------------
    ("country inside the quote",
     "Kestria's presidential aide rejected the offer. “Norland wants the valley for itself,” he said.",
     [("Norland wants the valley for itself", "Kestria", K)]),
    ("country as an object", f"Norland's envoy accused Kestria of delays. “{Q},” she said.", [(Q, "Norland", N)]),
    ("adding that, with a fragment",
     f"Norland's envoy rejected the plan. “{Q},” she said, adding that Harnby would not sign "
     "“while Kestrian troops stay in the valley”.",
     [(Q, "Norland", N), ("while Kestrian troops stay in the valley", "Norland", N)]),
    # -- reported clauses with a quoted fragment --------------------------------------------------
    ("fragment in the reported clause, then 'but accused'",
     "Kestria said on Tuesday it would keep the crossing open “for as long as the talks go on”, "
     "but accused Norland of stalling.",
     [("for as long as the talks go on", "Kestria", K)]),
    ("after a dateline",
     "VARN, May 4 (Courier) - Norland said on Monday it was ready to resume talks “at any level”, "
     "but warned Kestria against new demands.",
     [("at any level", "Norland", N)]),
    # -- headlines --------------------------------------------------------------------------------
    ("headline: quote, colon, possessive role",
     f"“{Q}”: Kestria's deputy foreign minister on the talks\n\nBy Mark Ellison\n\nThe talks went on.",
     [(Q, "Kestria", K)]),
    ("headline: quote, colon, demonym role",
     f"“{Q}”: the Norlandic prime minister speaks to the Courier\n\nThe talks went on.", [(Q, "Norland", N)]),
    ("headline: quote, colon, a member", f"“{Q}”: Ilsa Marr on the talks\n\nThe talks went on.",
     [(Q, "Ilsa Marr", K)]),
    # -- byline authors never speak ----------------------------------------------------------------
    ("byline author is not 'the spokesman'",
     f"{HEAD}The delegations met on Monday. “{Q},” the spokesman said.", [(Q, None, None)]),
    ("byline author is not 'he'", f"{HEAD}The delegations met on Monday. “{Q},” he said.", [(Q, None, None)]),
    # -- roles without a country -------------------------------------------------------------------
    ("the minister: the minister named before, not the deputy named last",
     f"Foreign Minister Ilsa Marr opened the debate. Tomas Grell, a deputy from the opposition, spoke next. "
     f"“{Q},” the minister said.", [(Q, "Ilsa Marr", K)]),
    ("the foreign minister: the unnamed minister, not the envoy",
     f"Norland's foreign minister arrived on Monday. Kestria's envoy met him at the airport. "
     f"“{Q},” the foreign minister said.", [(Q, "Norland", N)]),
    ("no subject actor: nobody", f"Kestria and Norland meet again\n\nKestria and Norland met in the valley "
     f"on Monday for a new round of talks on the border and the railway.\n\n“{Q},” the foreign minister said.",
     [(Q, None, None)]),
    # -- two speakers ------------------------------------------------------------------------------
    ("she and he after two roles",
     f"Kestria's spokeswoman met Norland's spokesman on Monday. “{Q},” she said. “{Q2},” he replied.",
     [(Q, "Kestria", K), (Q2, "Norland", N)]),
    ("the two ministers of two sides",
     f"Kestria's foreign minister met Norland's foreign minister on Monday. “{Q},” the two ministers said.",
     [(Q, "Kestria and Norland", None)]),
    ("the two ministers of one side", f"Ilsa Marr and Oren Vale met the press. “{Q},” the two ministers said.",
     [(Q, "Ilsa Marr and Oren Vale", K)]),
    # -- titles before and appositions after names --------------------------------------------------
    ("a role before a name is a title", f"Norland's envoy Piotr Valen met reporters. “{Q},” he said.",
     [(Q, "Piotr Valen", N)]),
    ("an apposed role is the named person",
     f"Oren Vale, the Kestrian defence minister, spoke first. “{Q},” he said.", [(Q, "Oren Vale", K)]),
]

PARLIAMENT = (
    "Kestrian parliament debates the valley treaty\n\nBy Mark Ellison\nThe Courier\n5 February 2025\n\n"
    "The Kestrian parliament debated the treaty on Wednesday, with ministers and opposition deputies "
    "trading accusations for four hours.\n\n"
    "Opening the session, the foreign minister said the government would keep working "
    "“until every clause is agreed”. He described the border deal as “the best guarantee of our villages”.\n\n"
    "Tomas Grell, a deputy from the opposition, said his faction would never back the deal. "
    "Answering him, the foreign minister said the railway would open next year."
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text, **meta: pipeline.run(Document.from_text(text, **meta))


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_direct_quote_speaker(run, name, text, expected):
    found = [(q.text, q.speaker, q.speaker_actor) for q in run(text).quotes if q.direct]
    assert found == expected, name


def test_role_without_country_takes_the_subject_actor_with_lower_confidence(run):
    direct = [q for q in run(PARLIAMENT).quotes if q.direct]
    assert [(q.text, q.speaker_actor) for q in direct] == [
        ("until every clause is agreed", K), ("the best guarantee of our villages", K),
    ]
    assert all(q.confidence <= 0.5 for q in direct)


def test_reported_role_takes_the_earlier_role_not_the_deputy(run):
    reported = {q.text: q.speaker_actor for q in run(PARLIAMENT).quotes if not q.direct}
    assert reported["the railway would open next year"] == K


def test_the_byline_author_from_metadata_never_speaks(run):
    text = "Lena Fisk\n\nThe delegations met on Monday in the valley. “We will not sign,” he said."
    quotes = run(text, author="Lena Fisk").quotes
    assert [(q.text, q.speaker) for q in quotes if q.direct] == [("We will not sign", None)]


def test_a_named_role_holder_is_not_replaced_by_the_subject_actor(run):
    text = PARLIAMENT.replace("the foreign minister said the", "Foreign Minister Ilsa Marr said the")
    direct = [(q.speaker, q.speaker_actor) for q in run(text).quotes if q.direct]
    assert direct == [("Ilsa Marr", K), ("Ilsa Marr", K)]


def test_there_are_many_cases():
    assert len(CASES) >= 20


def test_a_headline_colon_that_names_nobody_gives_no_speaker(run):
    text = f"“{Q}”: Border Deal Under Pressure\n\nThe talks went on."
    assert [(q.text, q.speaker) for q in run(text).quotes if q.direct] == [(Q, None)]

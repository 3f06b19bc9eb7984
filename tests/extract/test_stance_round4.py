"""Round 4 of the position rules: whose voice a bare text is in (:mod:`parley.extract.voice`) —
an op-ed known by a genre line, a "Name, Institute" byline or a closing author note; a statement
whose title names its issuer on a later header line or after "statement of"; "the faction" or
"the Council" in the body of its own statement — and "nothing … more than X", which ranks X first.

Texts are about invented states, bodies and people (Ruritania, Borduria, the Lantern faction).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.voice import opinion_signals, statement_title

BOOK = Codebook(
    "toy-round4",
    (
        Actor("ruritania", "Ruritania", "state", ("Strelsau",), ("Rudolf Rassendyll",), demonyms=("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Szohod",), ("Kurvi Tasch",), demonyms=("Bordurian",)),
        Actor("lantern", "Ruritanian opposition", "party", ("Lantern faction",), ("Ottokar Brand",)),
        Actor("exiles", "Ruritanian exiles", "community", ("Ruritanian Exile Council of Norland",)),
    ),
    (
        Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),
        Issue("border", "Delimit and demarcate the state border", keywords=("delimitation",)),
        Issue("rail", "Reopen railways and transport links", keywords=("railway",)),
        Issue("prisoners", "Release detainees and prisoners of war", keywords=("prisoners of war", "detainees")),
    ),
)

OPED_BODY = (
    "Borduria has waited long enough for a settlement with Ruritania, and the talks drag on.\n\n"
    "Szohod must stop delaying and sign the peace treaty this year.\n"
)


@pytest.fixture(scope="module")
def run():
    pipeline = build_pipeline(default_config(), BOOK)
    return lambda text, **meta: pipeline.run(Document.from_text(text, **meta))


def triples(result) -> set[tuple[str, str, str]]:
    return {(p.actor, p.issue, p.stance) for p in result.positions}


# --- op-eds known without metadata ------------------------------------------------------------
@pytest.mark.parametrize("header, closing", [
    ("OPINION\n\nA treaty at last\n\nMira Holt\n\n", ""),
    ("A treaty at last\n\nMira Holt, Centre for Bordurian Studies\n\n", ""),
    ("A treaty at last\n\n", "\nMira Holt is a senior fellow at a Bordurian research centre.\n"),
])
def test_an_unlabelled_op_ed_is_known_by_its_header_or_author_note(header, closing):
    text = header + OPED_BODY + closing
    assert opinion_signals(text, len(header))


def test_a_news_story_has_no_opinion_signal():
    header = "Talks drag on\n\nBy staff\n\n"
    assert not opinion_signals(header + OPED_BODY, len(header))


def test_a_call_on_a_party_in_a_bare_op_ed_is_the_authors_camp(run):
    """The "must" of the author's argument is a demand of the author's camp, not Borduria's own
    position (Szohod is told what to do)."""
    text = "OPINION\n\nA treaty at last\n\nMira Holt\n\n" + OPED_BODY
    found = triples(run(text, camp="ruritania"))
    assert ("ruritania", "peace", "support") in found


# --- statements of organisations ------------------------------------------------------------
def test_a_statement_word_on_a_later_header_line_makes_a_statement():
    text = "Ruritanian Exile Council of Norland\nSTATEMENT\n\nOn the draft treaty\n\n"
    assert statement_title(text, len(text))
    assert not statement_title("Talks drag on\n\nBy staff\n\n", 20)


def test_the_faction_in_its_own_statement_holds_the_position(run):
    text = (
        "STATEMENT OF THE LANTERN FACTION OF THE RURITANIAN PARLIAMENT\n\n2025-05-02\n\n"
        "The Lantern faction of the parliament met on Friday to discuss the talks with Borduria.\n\n"
        "The faction demands that the delimitation of the border with Borduria be halted at once.\n"
    )
    found = triples(run(text))
    assert ("lantern", "border", "oppose") in found


def test_the_council_alone_on_the_first_line_issues_the_statement(run):
    text = (
        "Ruritanian Exile Council of Norland\nSTATEMENT\n\nOn the release of detainees\n\n"
        "Strelsau, 3 June 2025\n\n"
        "The Council calls for the release of all Ruritanian detainees held in Borduria without delay.\n"
    )
    found = triples(run(text))
    assert ("exiles", "prisoners", "support") in found


# --- "nothing … more than X" -----------------------------------------------------------------
def test_nothing_more_than_x_ranks_x_first(run):
    text = (
        "OPINION\n\nRails first\n\nMira Holt\n\n"
        "Nothing would bind the two countries more firmly than reopening the railway across the border region.\n"
    )
    found = triples(run(text, camp="ruritania"))
    assert ("ruritania", "rail", "support") in found
    assert ("ruritania", "rail", "oppose") not in found


def test_a_plain_negative_subject_still_turns_the_cue(run):
    text = "OPINION\n\nRails first\n\nMira Holt\n\nNobody in Strelsau wants the railway reopened under foreign control.\n"
    found = triples(run(text, camp="borduria"))
    assert ("borduria", "rail", "support") not in found

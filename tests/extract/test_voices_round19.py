"""Round 19: an op-ed's closing line on its author by name ("Jon Arden chairs the X League", "… heads
…", "… directs …") names the institution the op-ed speaks for, ahead of the outlet's camp (voice,
camp); a subject "not one dollar" or "not a single soldier" says no one does it (stance_syntax).
Invented states and people, hand-written texts."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, about

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "round19voices",
    TOY_STATES[:2] + (
        Actor("ruritanian_diaspora", "Ruritanian diaspora", "community", ("Ruritanian Heritage League",),
              (), (), (), "", "ruritania"),
    ),
    (Issue("transit", "Open transport links through the region", keywords=("railway", "Klowport road")),),
    outlet_camps=(("The Harbour Observer", "independent"),),
    affiliation_camps=(("Ruritanian Heritage League", "ruritanian_diaspora"),),
)

OPED = ("The road can wait\nThe Harbour Observer\nOpinion | By Jon Arden\n3 June 2030\n\n"
        "I have written for years about the region and its long-closed railways. {body}\n\n{note}\n")


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(default_config(), BOOK)


@pytest.mark.parametrize("note", [
    "Jon Arden chairs the Ruritanian Heritage League.",
    "Jon Arden heads the Ruritanian Heritage League's office in Marseille.",
    "Jon Arden directs research at the Ruritanian Heritage League.",
    "Jon Arden is a trustee of the Ruritanian Heritage League.",
])
def test_a_closing_line_on_the_author_names_the_camp(pipeline, note):
    result = pipeline.run(Document.from_text(OPED.format(body="We should wait.", note=note)))
    assert result.camp == "ruritanian_diaspora"


def test_a_closing_line_on_someone_else_leaves_the_outlets_camp(pipeline):
    note = "Mara Quell chairs the Ruritanian Heritage League."  # not the byline's author
    result = pipeline.run(Document.from_text(OPED.format(body="We should wait.", note=note)))
    assert result.camp == "independent"


@pytest.mark.parametrize("body", [
    "Not one dollar of ours should pave the Klowport road while our people sit in cells.",
    "I would go further: not a single coin should be spent on the railway this year.",
    "Not one more lorry should cross by the railway before the prisoners come home.",
])
def test_a_not_one_subject_opposes(pipeline, body):
    text = OPED.format(body=body, note="Jon Arden chairs the Ruritanian Heritage League.")
    found = about(pipeline.run(Document.from_text(text)), text, body[:12])
    assert ("ruritanian_diaspora", "transit", "oppose") in found
    assert ("ruritanian_diaspora", "transit", "support") not in found


def test_one_dollar_alone_is_no_refusal(pipeline):
    body = "One dollar in ten should pave the Klowport road, and the rest should rebuild the schools."
    text = OPED.format(body=body, note="Jon Arden chairs the Ruritanian Heritage League.")
    found = about(pipeline.run(Document.from_text(text)), text, "One dollar")
    assert ("ruritanian_diaspora", "transit", "oppose") not in found

"""Hard sentences for issues.hybrid.v1 + stance.rules.v1: the exact positions each one yields.

Each case names what it exercises; the expected set is every
(actor, issue, stance, modality, via) the default pipeline extracts from the text, with the
small made-up codebook below (no keywords except two, so label cues must carry it).
"""

from __future__ import annotations

import pytest

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config

BOOK = Codebook(
    "hard",
    (
        Actor("ruritania", "Ruritania", "state", ("Strelsau", "Ruritanian government"),
              ("Rudolf Rassendyll", "Flavia Elphberg")),
        Actor("borduria", "Borduria", "state", ("Szohod", "Bordurian side"), ("Kurvi Tasch", "Sponsz Ivanovic")),
        Actor("league", "League of Nations", "organisation", ("the League",), ("Maria Lopez",)),
    ),
    (
        Issue("peace", "Conclude a peace treaty between Ruritania and Borduria"),
        Issue("force", "Refrain from the threat or use of force", keywords=("ceasefire",)),
        Issue("border", "Demarcate the Ruritania–Borduria border"),
        Issue("monitors", "Deploy international monitors along the line of contact", keywords=("monitors", "observers")),
        Issue("railway", "Reopen the railway line between the two capitals"),
    ),
    affiliation_camps=(("Institute of Ruritanian Studies", "ruritania"),),
)
OPED = {"author": "Ann Analyst", "affiliation": "Institute of Ruritanian Studies"}

R, B, L = "ruritania", "borduria", "league"
CASES = [
    ("own quote", "“We want a peace treaty this year,” Kurvi Tasch said.", {},
     {(B, "peace", "support", "asserted", "quote")}),
    ("split quote, intention", "“We are ready to sign a peace treaty,” Flavia Elphberg said, “but not at any price.”", {},
     {(R, "peace", "support", "intended", "quote")}),
    ("pronoun chain and 'his government'", "Kurvi Tasch arrived on Monday. He said his government rejects any peace treaty.", {},
     {(B, "peace", "oppose", "asserted", "reported")}),
    ("double negation", "Szohod does not oppose the reopening of the railway line.", {},
     {(B, "railway", "support", "asserted", "reported")}),
    ("calls on X: the caller holds it", "Maria Lopez called on Ruritania to demarcate the border.", {},
     {(L, "border", "support", "demanded", "reported")}),
    ("urged to refrain from force", "The League urged the Bordurian side to refrain from the use of force.", {},
     {(L, "force", "support", "demanded", "reported")}),
    ("condition inside a quote", "“If Szohod recognises the border, we will reopen the railway line,” Rudolf Rassendyll said.", {},
     {(R, "border", "support", "conditional", "quote"), (R, "railway", "support", "conditional", "quote")}),
    ("accusation in narration", "Strelsau accused Borduria of shelling villages near the border.", {}, set()),
    ("accusation in a quote", "“Borduria is obstructing the peace treaty,” Flavia Elphberg said.", {}, set()),
    ("rejected claims", "Kurvi Tasch rejected claims that Borduria plans to use force.", {},
     {(B, "force", "support", "asserted", "reported")}),
    ("op-ed forecast about a third party", "Borduria will never sign a peace treaty.", OPED, set()),
    ("op-ed author's argument", "Both governments should sign a peace treaty without delay.", OPED,
     {(R, "peace", "support", "demanded", "author")}),
    ("assessment, no holder", "Progress was made towards a peace treaty.", {}, set()),
    ("hypothetical", "“A peace treaty would end the war,” Kurvi Tasch said.", {},
     {(B, "force", "support", "hypothetical", "quote"), (B, "peace", "support", "hypothetical", "quote")}),
    ("metonym as subject", "Strelsau wants the border demarcated before winter.", {},
     {(R, "border", "support", "asserted", "reported")}),
    ("possessive stance noun, passive agent", "Szohod's readiness to sign a peace treaty was welcomed by the League.", {},
     {(B, "peace", "support", "intended", "reported"), (L, "peace", "support", "asserted", "reported")}),
    ("counterfactual", "“Had we wanted war, we would have attacked long ago,” Kurvi Tasch said.", {},
     {(B, "force", "support", "hypothetical", "quote")}),
    ("told reporters that", "Kurvi Tasch told reporters that Borduria was ready to reopen the railway line.", {},
     {(B, "railway", "support", "intended", "reported")}),
    ("one side reports the other's wish", "Kurvi Tasch said Ruritania wanted a peace treaty.", {},
     {(R, "peace", "support", "asserted", "reported")}),
    ("one side reports the other's conduct", "Kurvi Tasch said Ruritania had violated the ceasefire.", {}, set()),
    ("'both leaders' and 'they'", "Rudolf Rassendyll met Kurvi Tasch on Monday. Both leaders said they were ready for peace.", {},
     {(B, "peace", "support", "intended", "reported"), (R, "peace", "support", "intended", "reported")}),
    ("unless", "“We will not sign a peace treaty unless Szohod recognises the border,” Flavia Elphberg said.", {},
     {(R, "border", "support", "conditional", "quote"), (R, "peace", "oppose", "conditional", "quote")}),
    ("no alternative to", "Strelsau believes there is no alternative to a peace treaty.", {},
     {(R, "peace", "support", "asserted", "reported")}),
    ("pledged to refrain", "Szohod pledged to refrain from the use of force.", {},
     {(B, "force", "support", "intended", "reported")}),
    ("refused to discuss", "The Bordurian side refused to discuss the border.", {},
     {(B, "border", "oppose", "asserted", "reported")}),
    ("welcomed another's proposal", "Strelsau welcomed the League's proposal to deploy monitors.", {},
     {(L, "monitors", "support", "asserted", "reported"), (R, "monitors", "support", "asserted", "reported")}),
    ("an end to the war", "Kurvi Tasch called for an end to the war.", {},
     {(B, "force", "support", "demanded", "reported")}),
    ("places only", "Talks were held in Strelsau near the border.", {}, set()),
    ("will not accept", "Szohod will not accept monitors on its territory.", {},
     {(B, "monitors", "oppose", "intended", "reported")}),
    ("quote continued in a second sentence", "“We will never accept monitors,” Kurvi Tasch said. “They would freeze the conflict.”", {},
     {(B, "monitors", "oppose", "intended", "quote")}),
    ("'once' condition in reported speech", "Flavia Elphberg said Strelsau would reopen the railway line once Borduria demarcates the border.", {},
     {(R, "border", "support", "conditional", "reported"), (R, "railway", "support", "conditional", "reported")}),
    ("not a hostage", "“The railway is not a hostage,” Kurvi Tasch said.", {},
     {(B, "railway", "support", "asserted", "quote")}),
    ("rejecting a demand with a precondition",
     "Strelsau rejected Szohod's demand that the border be demarcated before the railway line can reopen.", {},
     {(B, "border", "support", "conditional", "reported"), (B, "railway", "support", "conditional", "reported"),
      (R, "border", "oppose", "conditional", "reported"), (R, "railway", "support", "conditional", "reported")}),
    ("negative pronoun", "“Endless war helps nobody,” Kurvi Tasch said.", {},
     {(B, "force", "support", "asserted", "quote")}),
    ("proposed by", "The monitors proposed by the League would help displaced families.", {},
     {(L, "monitors", "support", "asserted", "reported")}),
    ("would not discuss until", "Maria Lopez said the League would not discuss the border until a ceasefire holds.", {},
     {(L, "border", "oppose", "conditional", "reported"), (L, "force", "support", "conditional", "reported")}),
    ("op-ed: two demands, 'should not fear'",
     "Ruritania must reopen the railway line, and Borduria should not fear monitors.", OPED,
     {(R, "monitors", "support", "demanded", "author"), (R, "railway", "support", "demanded", "author")}),
    ("interview turn", "Kurvi Tasch spoke to the Herald.\n\nHerald: Will you sign the treaty?\n\n"
     "Tasch: We are ready to sign a peace treaty this year.", {},
     {(B, "peace", "support", "intended", "author")}),
    ("headline skipped", "Ruritania rejects peace treaty\n\nMarch 3, 2024\n\n"
     "Strelsau said on Monday that it wanted a peace treaty before the summer.", {},
     {(R, "peace", "support", "asserted", "reported")}),
    ("quote without a speaker", "“We will never sign a peace treaty.”", {}, set()),
    ("demonym with an institution", "The Bordurian government rejected the monitors.", {},
     {(B, "monitors", "oppose", "asserted", "reported")}),
    ("rejected call, passive", "The League’s call for a ceasefire was rejected by Szohod.", {},
     {(B, "force", "oppose", "asserted", "reported"), (L, "force", "support", "demanded", "reported")}),
    ("first person statement of an organisation", "We call on both governments to sign a peace treaty.", {"camp": L},
     {(L, "peace", "support", "demanded", "author")}),
]


@pytest.fixture(scope="module")
def hard_pipeline():
    return build_pipeline(default_config(), BOOK)


@pytest.mark.parametrize("name, text, metadata, expected", CASES, ids=[c[0] for c in CASES])
def test_hard_sentence(hard_pipeline, name, text, metadata, expected):
    result = hard_pipeline.run(Document.from_text(text, **metadata))
    found = {(p.actor, p.issue, p.stance, p.modality, p.via) for p in result.positions}
    assert found == expected, name


def test_there_are_at_least_thirty_cases():
    assert len(CASES) >= 30

"""Round 17: whose text it is, from its header and closing lines (invented states and people,
hand-written texts, each rule with a case it must leave alone).

* An office's header line that names one codebook actor ("Ministry of Foreign Affairs of the
  Republic of X", "Embassy of X in Y") makes that actor the issuer: the document's camp, and the
  actor of its bare governmental roles (speaker_issuer, camp);
* "the spokesman of the Ministry of Foreign Affairs said" is a governmental role however long the
  ministry's name, and a later "he said" goes on with him (speaker_subjects, speaker_roles);
* "the Press and Public Diplomacy Department": a capitalised run that an organisation word ends is
  part of a body's name, not a person (persons);
* a letter to the editor speaks for the writer's institution its closing note names ("The writer
  chairs the X"), before the outlet that prints it (voice, camp); "The X Observer" on a header
  line is no person's name (ingest.leading).
"""

from __future__ import annotations

import pytest
from round_helpers import quoted_speakers

from parley.core.types import Actor, Codebook, Document, Issue
from parley.extract import build_pipeline, default_config
from parley.extract.persons import looks_like_person, name_runs
from parley.extract.speaker_issuer import header_issuer, office_line_actor
from parley.ingest.leading import leading_metadata

BOOK = Codebook(
    "round17sources",
    (
        Actor("ruritania", "Ruritania", "state", ("Republic of Ruritania",), ("Anna Black",), ("Strelsau",),
              ("Ruritanian",)),
        Actor("borduria", "Borduria", "state", ("Republic of Borduria",), ("Kurvi Tasch",), ("Szohod",),
              ("Bordurian",)),
        Actor("ruritanian_diaspora", "Ruritanian diaspora", "community", ("Ruritanian Heritage League",),
              (), (), (), "", "ruritania"),
    ),
    (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),),
    outlet_camps=(("The Harbour Observer", "ruritania"),),
    affiliation_camps=(("Ruritanian Heritage League", "ruritanian_diaspora"),),
)
R, B = "ruritania", "borduria"


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(default_config(), BOOK)


@pytest.mark.parametrize(("line", "actor"), [
    ("Ministry of Foreign Affairs of the Republic of Ruritania", R),
    ("Embassy of Borduria in Klow", B),
    ("Office of the President of Ruritania", R),
])
def test_an_office_line_names_its_actor(line, actor):
    assert office_line_actor(line, BOOK) == actor


@pytest.mark.parametrize("line", [
    "Joint office of Ruritania and Borduria",          # two actors: nobody's alone
    "Ruritania welcomes the treaty of Borduria.",      # a sentence
    "Talks between Ruritania and its neighbours",      # no office word
])
def test_other_lines_name_no_issuer(line):
    assert office_line_actor(line, BOOK) is None


def test_the_issuer_is_read_from_the_first_lines_only():
    text = "Peace is near\nMinistry of Foreign Affairs of the Republic of Ruritania\n1 May 2030\n\nText."
    assert header_issuer(text, BOOK) == R
    later = "Peace is near\nThe Harbour Observer\n1 May 2030\n\nText.\n\nEmbassy of Borduria in Klow"
    assert header_issuer(later, BOOK) is None


STATEMENT = ("Ruritania welcomes the peace treaty\nMinistry of Foreign Affairs of the Republic of Ruritania\n"
             "Statement of the Press and Public Diplomacy Department\n27 May 2030\n\n")


@pytest.mark.parametrize("body", [
    "At his weekly briefing on Monday, the spokesman of the Ministry of Foreign Affairs said that Strelsau "
    "\"will not accept any change to the border\". He said the route \"is welcome as long as it stays ours.\"",
    "On Monday the spokesman of the Ministry of Foreign Affairs told reporters that the text \"is a good basis\". "
    "He said the talks \"must go on without outsiders.\"",
    "The spokeswoman of the Ministry of Foreign Affairs said the treaty \"opens a new page\". "
    "She said Ruritania \"will be ready to sign in June.\"",
])
def test_a_ministry_spokesman_in_its_own_statement_speaks_for_the_issuer(pipeline, body):
    result = pipeline.run(Document.from_text(STATEMENT + body))
    assert [actor for _, actor in quoted_speakers(result)] == [R, R]
    assert result.camp == R


def test_a_spokesman_in_a_newspaper_stays_unknown(pipeline):
    text = ("Peace is near\nThe Harbour Observer\n27 May 2030\n\n"
            "The spokesman of the Ministry of Foreign Affairs said the text \"is a good basis\".")
    assert [actor for _, actor in quoted_speakers(pipeline.run(Document.from_text(text)))] == [None]


@pytest.mark.parametrize(("text", "name", "person"), [
    ("Statement of the Press and Public Diplomacy Department", "Public Diplomacy", False),
    ("A report of the Border Security Service was published.", "Border Security", False),
    ("Public Diplomacy said the talks went well.", "Public Diplomacy", True),  # a speech verb, no org word
])
def test_a_run_an_organisation_word_ends_is_no_person(pipeline, text, name, person):
    doc = pipeline.nlp(text)
    runs = [r for r in name_runs(doc, set()) if " ".join(r.words) == name]
    assert runs and looks_like_person(runs[0], doc) is person


LETTER = ("Letters: Sign the treaty, but keep the monasteries\nThe Harbour Observer\nLetter to the editor\n"
          "3 June 2030\n\nSir, — I will say yes to the peace treaty. A marked border protects the villages.\n\n"
          "Jon Arden\nMarseille\n\n{note}\n")


@pytest.mark.parametrize("note", [
    "The writer chairs the Ruritanian Heritage League.",
    "The writer is a trustee of the Ruritanian Heritage League in Marseille.",
    "The author heads the Ruritanian Heritage League's Marseille branch.",
])
def test_a_letter_speaks_for_the_writers_institution_not_the_paper(pipeline, note):
    result = pipeline.run(Document.from_text(LETTER.format(note=note)))
    assert result.camp == "ruritanian_diaspora"


def test_a_letter_without_a_writers_note_keeps_the_papers_camp(pipeline):
    result = pipeline.run(Document.from_text(LETTER.format(note="")))
    assert result.camp == R


@pytest.mark.parametrize(("head", "author"), [
    ("Peace is near\nThe Harbour Observer\n3 June 2030\n\nText.", None),
    ("Peace is near\n\nJon Arden\n\n3 June 2030\n\nText.", "Jon Arden"),
    ("Peace is near\nThe Glendale Armenian Review\n3 June 2030\n\nText.", None),
])
def test_a_name_with_an_article_is_no_author(head, author):
    assert leading_metadata(head).get("author") == author


@pytest.mark.parametrize(("line", "camp"), [
    ("Ruritanian Heritage League (@RHL_Marseille)", "ruritanian_diaspora"),
    ("Ruritanian Heritage League", "ruritanian_diaspora"),
    ("Ruritanian Heritage League:", "ruritanian_diaspora"),
])
def test_an_affiliation_line_with_a_handle_names_the_issuer_and_its_own_camp(pipeline, line, camp):
    text = f"Nine years on: our thread\n{line}\nThread posted 10 November 2029\n\n1/3 We welcome the peace treaty."
    assert header_issuer(text, BOOK) == camp
    assert pipeline.run(Document.from_text(text)).camp == camp


def test_a_line_that_only_mentions_the_league_names_no_issuer():
    text = "Nine years on\nA thread about the Ruritanian Heritage League and its work\n10 November 2029\n\nText."
    assert header_issuer(text, BOOK) is None

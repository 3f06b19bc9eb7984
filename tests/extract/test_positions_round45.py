"""Round 45 (positions): two parses that leave a list of subjects hanging on something fronted.
"First, A, B and C held talks on X" hangs the names on the ordinal adverb; "At the meeting on 22
April, A, B, the C and D agreed" keeps only "the C and D" as the subject and hangs A and B on the
date. Both lists are the verb's subject. The parser makes these mistakes on some names and not on
others, so the trees are written by hand (spaCy ``Doc`` with heads and labels)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from parley.extract.fronted_names import split_list_head
from parley.extract.stance_syntax import subject

VOCAB = spacy.blank("en").vocab


def _doc(rows):
    """A parsed sentence from (word, head index, label) rows; a root is its own head."""
    words, heads, deps = zip(*rows)
    return Doc(VOCAB, words=list(words), heads=list(heads), deps=list(deps), sent_starts=[True] + [False] * (len(rows) - 1))


ORDINAL = _doc([("First", 6, "advmod"), (",", 0, "punct"), ("Ruritania", 0, "npadvmod"), (",", 2, "punct"),
                ("Borduria", 2, "conj"), ("and", 4, "cc"), ("held", 6, "ROOT"), ("talks", 6, "dobj"), (".", 6, "punct")])
ORDINAL_SUBJECT = _doc([("First", 5, "advmod"), (",", 0, "punct"), ("Ruritania", 5, "nsubj"), ("and", 2, "cc"),
                        ("Borduria", 2, "conj"), ("held", 5, "ROOT"), ("talks", 5, "dobj")])
SPLIT = _doc([("On", 11, "prep"), ("22", 2, "nummod"), ("April", 0, "pobj"), (",", 2, "punct"),
              ("Ruritania", 2, "npadvmod"), (",", 4, "punct"), ("Borduria", 4, "conj"), (",", 2, "punct"),
              ("Syldavia", 11, "nsubj"), ("and", 8, "cc"), ("Dawn", 8, "conj"), ("agreed", 11, "ROOT"), (".", 11, "punct")])
UNSPLIT = _doc([("On", 5, "prep"), ("22", 2, "nummod"), ("April", 0, "pobj"), (",", 2, "punct"),
                ("Syldavia", 5, "nsubj"), ("agreed", 5, "ROOT")])


def test_a_list_hanging_on_a_fronted_ordinal_is_the_subject():
    assert subject(ORDINAL[6]).text == "Ruritania"


def test_an_ordinal_before_a_true_subject_changes_nothing():
    assert subject(ORDINAL_SUBJECT[5]).text == "Ruritania"


def test_the_head_of_a_list_split_by_a_fronted_date_is_its_first_name():
    assert split_list_head(SPLIT[8]).text == "Ruritania"


def test_a_subject_after_a_fronted_date_without_a_list_is_alone():
    assert split_list_head(UNSPLIT[4]) is None
    assert split_list_head(SPLIT[10]) is None  # a conjunct is no subject

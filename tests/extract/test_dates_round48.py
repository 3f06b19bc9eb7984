"""Round 48 (dates): the record of one event that its header dates ("Citizens' reception | Friday 22
January 2038") gives that day to the words it quotes with no time of their own; a header date still
to come, or one on no event, dates nothing. Invented states and people, hand-written sentences."""

from __future__ import annotations

import pytest
from round_helpers import TOY_STATES, quoted_dates, toy_fixtures

from parley.core.types import Codebook, Issue

BOOK = Codebook("round48dates", TOY_STATES, (Issue("peace", "Conclude a peace treaty", keywords=("peace treaty",)),))
pipeline, run, parse = toy_fixtures(BOOK)
RECORD = ("Record of the citizens' reception held by the Chairman in Klow\nState Committee of Ruritania\n"
          "Citizens' reception | Klow district, Friday 22 January 2038 | Summary record of appeals\n25 January 2038\n\n"
          "The Chairman of the State Committee received fourteen citizens in the building of the district authority.\n\n"
          'The applicant asked about the missing shepherds of his village. "Your father came home after forty years," '
          "the Chairman told him.")


def test_the_header_event_dates_the_quotes_of_its_record(run):
    assert quoted_dates(run(RECORD)) == [("Your father came home after forty years", "2038-01-22")]


@pytest.mark.parametrize("header", [
    "Citizens' reception | Klow district, Friday 29 January 2038 | Summary record of appeals",  # still to come
    "Public notice | Klow district, Friday 22 January 2038 | Summary of appeals",  # no event named
])
def test_a_header_date_to_come_or_on_no_event_dates_nothing(run, header):
    text = RECORD.replace("Citizens' reception | Klow district, Friday 22 January 2038 | Summary record of appeals", header)
    assert quoted_dates(run(text)) == [("Your father came home after forty years", "2038-01-25")]

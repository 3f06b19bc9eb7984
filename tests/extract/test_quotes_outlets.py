"""quotes.rules.v1 on quote shapes other outlets and genres use (our own invented texts).

Each case is a short text in a house style the evaluation sets do not show: colons,
guillemets, German and British marks, em-dash attributions, quotes over paragraphs,
nested quotes, apostrophes, unbalanced marks, and names or scare quotes in marks.
The expected value is the list of direct-quote texts the toy pipeline must find.
"""

from __future__ import annotations

import pytest

LONG = "We have waited for this moment for thirty years and we will not waste it now"

CASES = [
    # -- colons ------------------------------------------------------------------------------
    ("colon after said", "Kurvi Tasch said: “The border will stay open for trade.”",
     ["The border will stay open for trade"]),
    ("colon after a lower-case cue", "The envoy put it bluntly: “No treaty will be signed this year.”",
     ["No treaty will be signed this year"]),
    ("headline colon with guillemets", "Tasch: «No deal without guarantees»\n\nThe talks resumed on Monday.",
     ["No deal without guarantees"]),
    ("headline colon, short quote", "Elphberg: “Never again”\n\nThe minister spoke in parliament.",
     ["Never again"]),
    # -- guillemets and German marks ---------------------------------------------------------
    ("guillemets with inner German marks", "«We will not accept „temporary“ borders», said Kurvi Tasch.",
     ["We will not accept „temporary“ borders"]),
    ("reversed guillemets", "»We are ready for a second round«, Kurvi Tasch told the agency.",
     ["We are ready for a second round"]),
    ("German marks in English text", "„The talks are over for now“, Kurvi Tasch told reporters.",
     ["The talks are over for now"]),
    ("guillemets with spaces inside", "« The talks are over for now », Kurvi Tasch told reporters.",
     ["The talks are over for now"]),
    ("split guillemet quote", "«We want peace», she said, «but not at any price.»",
     ["We want peace but not at any price"]),
    # -- British style -----------------------------------------------------------------------
    ("British single with nested double",
     "‘We were promised “a fair deal”, and we will hold them to it,’ Flavia Elphberg said.",
     ["We were promised “a fair deal”, and we will hold them to it"]),
    ("straight single with nested straight double",
     "'They called it \"a final offer\", but it was not,' Kurvi Tasch said.",
     ["They called it \"a final offer\", but it was not"]),
    ("split single-mark quote", "‘We want peace,’ she said, ‘but not at any price.’",
     ["We want peace but not at any price"]),
    # -- dashes ------------------------------------------------------------------------------
    ("em-dash attribution", "“Peace is a choice we make every single day.” — Kurvi Tasch",
     ["Peace is a choice we make every single day"]),
    ("en-dash attribution on the next line", "“Peace is a choice we make every single day.”\n– Kurvi Tasch, foreign minister",
     ["Peace is a choice we make every single day"]),
    # -- where the attribution stands ---------------------------------------------------------
    ("according to, then colon", "According to Kurvi Tasch, “the border will stay open for trade”.",
     ["the border will stay open for trade"]),
    ("attribution in the sentence before",
     "Kurvi Tasch told reporters on Friday. “We will not sign anything that divides the valley.”",
     ["We will not sign anything that divides the valley"]),
    ("attribution in the next paragraph",
     f"“{LONG}. Nobody should doubt our resolve.”\n\nKurvi Tasch said this at a rally on Sunday.",
     [f"{LONG}. Nobody should doubt our resolve"]),
    ("broken by he said with a date", "“We want peace,” Tasch said on Monday, “but not at any price.”",
     ["We want peace but not at any price"]),
    ("broken mid-sentence without commas", "“We want peace” he said “but not at any price.”",
     ["We want peace but not at any price"]),
    ("a fragment after a long attribution stays separate",
     "“We are ready to sign the treaty now,” the diplomat said, commenting on the tension caused "
     "by Borduria’s “dangerous ideas.”", ["We are ready to sign the treaty now", "dangerous ideas"]),
    # -- paragraphs ----------------------------------------------------------------------------
    ("three paragraphs, one closing mark",
     "Tasch read a statement: “The first part of the statement is long enough.\n\n"
     "“The second part is long enough as well.\n\n“The third part ends it.”",
     ["The first part of the statement is long enough. The second part is long enough as well. "
      "The third part ends it"]),
    ("guillemets over two paragraphs",
     "Tasch read a statement: «The first part of the statement is long enough.\n\n«The second part ends it.»",
     ["The first part of the statement is long enough. The second part ends it"]),
    # -- nesting -------------------------------------------------------------------------------
    ("single inside double", "“When they say ‘peace’, they mean surrender,” Kurvi Tasch said.",
     ["When they say ‘peace’, they mean surrender"]),
    ("straight single inside straight double",
     "\"When they say 'peace', they mean surrender,\" Kurvi Tasch said.",
     ["When they say 'peace', they mean surrender"]),
    ("double inside guillemets", "«They told us “not yet” three times», Kurvi Tasch said.",
     ["They told us “not yet” three times"]),
    ("curly opening, straight closing", "“We are ready to talk,\" Kurvi Tasch said.", ["We are ready to talk"]),
    ("straight inside curly", "“They said \"no\" twice,” Kurvi Tasch said.", ["They said \"no\" twice"]),
    # -- apostrophes ---------------------------------------------------------------------------
    ("possessives only", "Borduria's and Ruritania’s envoys met; the envoys' talks lasted for hours.", []),
    ("plural possessive inside single marks", "‘The parties’ positions are closer than ever,’ Kurvi Tasch said.",
     ["The parties’ positions are closer than ever"]),
    ("elided decade", "In the ’90s the border was open, and the ’00s brought war.", []),
    ("apostrophes inside single marks", "‘We’re ready to meet at ten o’clock,’ Kurvi Tasch said.",
     ["We’re ready to meet at ten o’clock"]),
    # -- unbalanced marks ----------------------------------------------------------------------
    ("stray straight opener does not swallow the next quote",
     'Tasch called it "a trap. The talks went on. Lopez said "peace is near," and left.',
     ["peace is near"]),
    ("stray curly opener, one long paragraph",
     "Tasch called it “a trap. The talks went on for six hours. Maria Lopez said: “We are ready to talk.”",
     ["We are ready to talk"]),
    ("stray closing mark", "The plan is dead,” Tasch said. Later Lopez said: “We are ready to talk.”",
     ["We are ready to talk"]),
    ("opening mark never closed in the paragraph",
     "Kurvi Tasch said “we will see what happens\n\nThe talks resume on Monday in Strelsau.", []),
    # -- names, titles and scare quotes --------------------------------------------------------
    ("book title", "Tasch's book “Borders and Bridges” came out in May.", []),
    ("dubbed", "The talks, dubbed “the long road to nowhere” by local media, resumed.", []),
    ("one-word scare quote", "He described the plan as a “non-starter” in his remarks.", []),
    ("operation name", "“Operation Dawn” began on Monday, the ministry said.", []),
    ("speak of a term", "Observers speak of a “frozen conflict” in the valley.", []),
    ("newspaper in guillemets", "The newspaper «Szohod Daily» reported the story on Monday.", []),
    ("scare quotes in an op-ed", "Their “peace plan” is a trap and their “guarantees” are worthless.", []),
]


def texts(result):
    return [q.text for q in result.quotes if q.direct]


@pytest.mark.parametrize("name, text, expected", CASES, ids=[c[0] for c in CASES])
def test_quote_shape(extract, name, text, expected):
    assert texts(extract(text)) == expected, name


def test_no_quote_runs_past_a_paragraph_unless_it_reopens(extract):
    body = "\n\n".join(f"Paragraph {n} tells the story of the talks in Strelsau at length." for n in range(30))
    text = f"Kurvi Tasch said “we will see what happens next week.\n\n{body}\n\n“Peace is near,” Lopez said."
    quotes = extract(text).quotes
    assert all("Paragraph" not in q.text for q in quotes)
    assert "Peace is near" in texts(extract(text))


def test_quote_spans_point_at_the_quoted_words(extract):
    text = "«We want peace», she said, «but not at any price.»"
    (quote,) = extract(text).quotes
    assert quote.span.text_in(text) == "We want peace», she said, «but not at any price"


def test_there_are_many_cases():
    assert len(CASES) >= 30


def test_unclosed_mark_in_a_text_without_line_breaks_stops_at_its_sentence(extract):
    narration = " ".join(f"Sentence {n} of the narration tells more about the talks." for n in range(40))
    text = f"Kurvi Tasch said “we will see what happens next week at the talks. {narration}"
    quotes = extract(text).quotes
    assert [q.text for q in quotes if q.direct] == ["we will see what happens next week at the talks"]

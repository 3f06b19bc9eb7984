"""The turns of an interview: the interviewer's questions and the interviewee's answers.

Used by :mod:`.holders` where a text has no speaker labels of named actors. Two layouts:

* labelled turns, "Q:" / "A:" (or "Question:" / "Answer:") at line starts;
* unlabelled turns, the layout of printed interviews: after an introduction, paragraphs that
  end in a question mark, each followed by an answer paragraph. Where questions and answers
  alternate strictly, a question paragraph without a question mark ("You are often accused of
  …") is still the interviewer's.

Unlabelled turns count only where the introduction says the text is an interview (a word of
the interview family before the first question) and at least two answers speak in the first
person. The interviewee is the codebook actor of the first person the introduction names
(title, standfirst: "X leads the Y bloc"); the interviewer's turns carry no actor, so what a question reports ("The government says …") is never the interviewee's
position, while the interviewee's answers, in the first person without quotation marks, are
his own words.

A turn is ``(offset, actors, name)``, the offset where it starts, as for transcript labels.
"""

from __future__ import annotations

import re

_QA_LABEL = re.compile(r"^[ \t]*(Q|A|Question|Answer)[ \t]*[:.][ \t]+", re.MULTILINE)
_INTERVIEW_WORD = re.compile(r"\b(?:interview(?:ed)?|Q\s?&\s?A|spoke to|talked to|in conversation with)\b",
                             re.IGNORECASE)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
_MIN_QUESTIONS = 3
_MIN_FIRST_PERSON = 2

Turn = tuple[int, tuple[str, ...], "str | None"]


def interview_turns(text: str, speakers: list[tuple[int, str, str | None]]) -> list[Turn]:
    """The turns of an interview (see the module docstring); empty for any other text.

    ``speakers``: ``(offset, actor, name)`` of the persons with a codebook actor and of the
    speakers of direct quotes (a headline quote names the interviewee), in text order.
    """
    turns = _labelled(text)
    if not turns:
        turns = _unlabelled(text)
        if not turns or not _INTERVIEW_WORD.search(text[:turns[0][0]]):
            return []  # question paragraphs in a text that does not say it is an interview
        if _first_person_answers(text, turns) < _MIN_FIRST_PERSON:
            return []  # rhetorical questions answered by the author, not an interviewee's words
    first_question = turns[0][0]
    before = [(actor, name) for offset, actor, name in speakers if offset < first_question]
    if not before:
        return []
    actor, name = before[0]  # the first person the introduction names
    return [(start, (actor,) if kind == "answer" else (), name if kind == "answer" else None)
            for start, kind in turns]


def _first_person_answers(text: str, turns: list[tuple[int, str]]) -> int:
    """How many answer turns speak in the first person ("we will vote against it")."""
    ends = [start for start, _ in turns[1:]] + [len(text)]
    return sum(1 for (start, kind), end in zip(turns, ends)
               if kind == "answer" and _FIRST_PERSON.search(text[start:end]))


def _labelled(text: str) -> list[tuple[int, str]]:
    """"Q:" / "A:" turns, when both kinds occur at least twice."""
    turns = [(m.start(), "question" if m.group(1)[0] == "Q" else "answer") for m in _QA_LABEL.finditer(text)]
    kinds = [kind for _, kind in turns]
    return turns if kinds.count("question") >= 2 and kinds.count("answer") >= 2 else []


def _unlabelled(text: str) -> list[tuple[int, str]]:
    """Question and answer paragraphs from the first paragraph that ends in a question mark."""
    paragraphs = [(m.start(), m.group().strip()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    asks = [i for i, (_, body) in enumerate(paragraphs) if _asks(body)]
    if not asks:
        return []
    turns = paragraphs[asks[0]:]
    strict = all(not _asks(body) for _, body in turns[1::2])  # answers never ask: strict alternation
    kinds = [("question" if i % 2 == 0 else "answer") if strict else ("question" if _asks(body) else "answer")
             for i, (_, body) in enumerate(turns)]
    answered = sum(1 for i, kind in enumerate(kinds[:-1]) if kind == "question" and kinds[i + 1] == "answer")
    return list(zip((start for start, _ in turns), kinds)) if answered >= _MIN_QUESTIONS else []


def _asks(paragraph: str) -> bool:
    return paragraph.rstrip("”\"’' ").endswith("?")

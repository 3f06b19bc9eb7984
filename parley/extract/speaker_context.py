"""The lookups of one document that attributing its quotes needs (:class:`QuoteContext`).

Used by ``speakers.rules.v1`` and its helpers: the sentences, the quote marks and what they enclose
(direct quotes, reported clauses once found), the people and the codebook mentions in order, the
unnamed role holders ("X's envoy", none apposed to a person named just before it), the byline
authors (who report and are never another's speaker), the document's subject actor (else the byline
author's state), and the roles the text gives each person (a title before the name, an apposition
after it).
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from parley.core.types import Quote

from .dates_context import attribution_gaps
from .letter_signatures import letter_turns
from .persons import genders_in_text
from .speaker_issuer import GENERIC_MODIFIERS
from .speaker_roles import author_state, byline_names, role_heads, role_referents, role_words, subject_actor
from .state import DocState, Person
from .terms import demonym_table

DOUBLE_MARKS = frozenset('“”„«»"')
SINGLE_MARKS = frozenset("‘’‹›'")
_MARK_CHARS = DOUBLE_MARKS | SINGLE_MARKS
_SENTENCE_WINDOW = 3

_ROLE_BEFORE = re.compile(r"(?:\b[\w'’-]+\s+){1,5}$")
_APPOSITION_AFTER = re.compile(r",\s+([^,.;:\n“”\"]{1,60})")
_DESCRIPTION = re.compile(r"^(?:a|an)\s+(?:[\w-]+\s+)?([a-z][a-z-]+)(?=\s+(?:from|in|of|at|who|with)\b|\s*$)")


class QuoteContext:
    """Sentences, quote marks, people and mentions of one document, for lookups."""

    def __init__(self, state: DocState, quotes: list[Quote], codebook) -> None:
        self.state, self.text, self.quotes, self.codebook = state, state.text, quotes, codebook
        self.sent_starts = [s.start for s in state.sentences]
        self.people = sorted(state.persons, key=lambda p: p.span)
        self.mentions = sorted(state.mentions, key=lambda m: m.span)
        self.quoted = [self.marks(q) for q in quotes]
        # the attribution between the parts of a broken quote ("A," X said. "B.") is narration
        self.gaps = [gap for q in quotes if q.direct for gap in attribution_gaps(self.text, q)]
        self.reported: list[tuple[int, int]] = []  # reported clauses (set once found)
        self.labels: list[Person] = []  # role holders named by label lines (speaker_label_lines)
        self.unresolved_roles: list[tuple[int, int]] = []  # role subjects that spoke, actor unknown
        roles = role_referents(self.text, self.mentions, codebook)
        self.roles = [r for r in roles if not any(_apposed(self.text, p, r) for p in self.people)]
        self.authors = byline_names(state.document)
        self.spoke: set = set()  # the subject spans attributions gave quotes to

    @cached_property
    def subject_actor(self) -> str | None:
        """The state actor the document is about (headline and first paragraph), if one leads, else
        the byline author's state."""
        return subject_actor(self.text, self.mentions, self.codebook, self.quoted) or author_state(
            self.authors, self.codebook)

    @cached_property
    def letters(self) -> list[tuple[int, tuple[str, ...], str | None]]:
        """A letters page's letters as turns (:func:`.letter_signatures.letter_turns`); empty elsewhere."""
        return letter_turns(self.text, self.mentions)

    @cached_property
    def demonyms(self) -> dict[str, str]:
        """Demonym → actor id ("Kestrian" → kestria), for issuers of documents."""
        return demonym_table(self.codebook)

    @cached_property
    def role_heads(self) -> dict[str, set[str]]:
        """``{person name: role nouns}`` the text gives each person (title before, apposition after)."""
        found: dict[str, set[str]] = {}
        for person in self.people:
            found.setdefault(person.name, set()).update(_roles_around(self.text, person))
        return found

    def is_author(self, person: Person) -> bool:
        """A byline author (who reports, and speaks only in their own op-ed words)."""
        return person.name.lower() in self.authors or person.text.lower() in self.authors

    def speakers_in(self, start: int, end: int) -> list[Person]:
        """People named inside ``[start, end)`` who may speak (byline authors left out)."""
        return [p for p in self.people if start <= p.span.start and p.span.end <= end and not self.is_author(p)]

    def referents(self) -> list[Person]:
        """People named so far and unnamed role holders, by position, byline authors left out."""
        merged = sorted([*self.people, *self.roles], key=lambda p: (p.span.end, p.span.start))
        return [p for p in merged if not self.is_author(p)]

    def marks(self, quote: Quote) -> tuple[int, int]:
        """Positions of the opening and closing marks around a quote (or its edges)."""
        start, end = quote.span.start, quote.span.end
        opening = next((i for i in range(start - 1, max(start - 4, -1), -1) if self.text[i] in _MARK_CHARS), start)
        family = SINGLE_MARKS if self.text[opening] in SINGLE_MARKS else DOUBLE_MARKS
        closing = next((i for i in range(end, min(end + 4, len(self.text))) if self.text[i] in family), end)
        return opening, closing

    def region(self, open_mark: int, close_mark: int) -> tuple[int, int]:
        """The sentences from the one holding the opening mark to the one holding the closing mark."""
        if not self.sent_starts:
            start = self.text.rfind("\n", 0, open_mark) + 1
            end = self.text.find("\n", close_mark)
            return start, len(self.text) if end < 0 else end
        first = max(bisect.bisect_right(self.sent_starts, open_mark) - 1, 0)
        last = max(bisect.bisect_right(self.sent_starts, close_mark) - 1, first)
        return self.state.sentences[first].start, max(self.state.sentences[last].end, close_mark + 1)

    @cached_property
    def genders(self) -> dict[str, str]:
        """Genders the text gives its people (only asked for by "he"/"she")."""
        return genders_in_text(self.text, self.people, self.state.sentences)

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (-1 before the first)."""
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def window_start(self, pos: int) -> int:
        """Where the sentence ``_SENTENCE_WINDOW - 1`` sentences before ``pos`` starts."""
        index = self.sentence_index(pos)
        return self.state.sentences[max(index - _SENTENCE_WINDOW + 1, 0)].start if index >= 0 else 0

    def remember(self, person: Person) -> None:
        """A speaker found by attribution is a person later pronouns can point to."""
        self.spoke.add(person.span)
        if not any(p.span.overlaps(person.span) for p in self.people):
            bisect.insort(self.people, person, key=lambda p: p.span)

    def in_quotes(self, pos: int) -> bool:
        """Inside a direct quote or a reported clause (someone's words, not the narration)."""
        if any(a < pos < b for a, b in self.gaps):
            return False
        return any(a <= pos <= b for a, b in self.quoted) or any(a <= pos < b for a, b in self.reported)

    def next_open_after(self, pos: int, limit: int) -> int:
        """Where the next quote opens after ``pos`` (or ``limit``)."""
        return min([a for a, _ in self.quoted if a > pos] + [limit])

    def previous_close_before(self, pos: int, limit: int) -> int:
        """Just after the last quote that closes before ``pos`` (or ``limit``)."""
        return max([b + 1 for _, b in self.quoted if b < pos] + [limit])


def _apposed(text: str, person: Person, role: Person) -> bool:
    """"Jane Roe, Norland's foreign minister": the role describes the person named just before."""
    between = text[person.span.end : role.span.start]
    return 0 <= len(between) <= 8 and re.fullmatch(r",\s*(?:the|a|an)?\s*", between) is not None


def _roles_around(text: str, person: Person) -> set[str]:
    """Role nouns in the title right before a name or in an apposition right after it."""
    before = _ROLE_BEFORE.search(text, max(person.span.start - 60, 0), person.span.start)
    words = role_words(before.group()) if before else []
    title = []
    for word in reversed(words):  # the title: role words and their modifiers, up to the first other word
        if word not in role_heads([word]) | GENERIC_MODIFIERS:
            break
        title.append(word)
    after = _APPOSITION_AFTER.match(text, person.span.end)
    described = role_heads(role_words(after.group(1))) if after else set()
    if after and not described:  # "X, a farmer from Y": a description that is no office, kept so no office fits X
        described = set(_DESCRIPTION.findall(after.group(1))[:1])
    return role_heads(title) | described

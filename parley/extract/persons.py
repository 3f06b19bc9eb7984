"""People named in a text: runs of capitalised words, matched to codebook members.

A run becomes a codebook member by its full name (middle initials allowed:
"Antony J. Blinken"), an initial and surname ("H. Hajiyev"), a close
transliteration ("Hikmat" for "Hikmet"; both first and last names must be
close), or a surname alone when the member is named in full elsewhere in the
document or a title stands before it ("President Aliyev"). A surname that
follows another first name ("Yasar Aliyev") is a different person.

Other runs are people when the statistical NER says so, a title stands in
front of them, or a speech verb follows. Their actor comes from the title
around them ("Permanent Representative of X to the UN Y" → X).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from .lexicon import MONTHS, ORG_WORDS, SPEECH_VERBS, TITLE_WORDS, WEEKDAYS
from .segment import sentence_range
from .state import Person
from .terms import Member, fold

_CONNECTORS = frozenset({"of", "the", "to", "for", "and", "'s", "’s", "-", "on", "at"})
_TITLE_CONTEXT = TITLE_WORDS | ORG_WORDS | _CONNECTORS


@dataclass(frozen=True)
class NameRun:
    """Consecutive name-like tokens ``[start, end)`` (token indices)."""

    start: int
    end: int
    words: tuple[str, ...]

    @property
    def core(self) -> tuple[str, ...]:
        """The words without initials."""
        return tuple(w for w in self.words if not _is_initial(w))


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _name_like(token, blocked: set[int]) -> bool:
    if token.i in blocked or token.is_space:
        return False
    text = token.text
    if _is_initial(text):
        return True
    lower = token.lower_
    if lower in TITLE_WORDS or lower in ORG_WORDS or lower in MONTHS or lower in WEEKDAYS:
        return False
    if not token.is_alpha or token.is_stop:
        return False
    return token.is_title or (token.is_upper and len(text) > 2)


def name_runs(doc, blocked: set[int]) -> list[NameRun]:
    """Runs of capitalised tokens not covered by codebook terms (token indices ``blocked``)."""
    runs, current = [], []
    for token in doc:
        if _name_like(token, blocked) and not (current and token.is_sent_start):
            current.append(token)
            continue
        if current:
            runs.append(_run(current))
        current = [token] if _name_like(token, blocked) else []
    if current:
        runs.append(_run(current))
    return [r for r in runs if r.core]


def _run(tokens) -> NameRun:
    return NameRun(tokens[0].i, tokens[-1].i + 1, tuple(t.text for t in tokens))


def member_for_run(run: NameRun, members: list[Member], fuzzy: float) -> tuple[Member, float] | None:
    """The member a multi-word run names, with a confidence; ``None`` when none fits."""
    core = [fold(w) for w in run.core]
    if len(core) < 2 and not (len(run.words) == 2 and _is_initial(run.words[0])):
        return None
    best: tuple[Member, float] | None = None
    for member in members:
        score = _name_score(run, core, member, fuzzy)
        if score and (best is None or score > best[1]):
            best = (member, score)
    return best


def _name_score(run: NameRun, core: list[str], member: Member, fuzzy: float) -> float:
    if len(core) == 1:  # "H. Hajiyev"
        initial = fold(run.words[0][0])
        return 0.9 if core[0] == member.last and member.first.startswith(initial) else 0.0
    first, last = core[0], core[-1]
    if (first, last) == (member.first, member.last):
        return 1.0
    first_sim = fuzz.ratio(first, member.first) / 100
    last_sim = fuzz.ratio(last, member.last) / 100
    if min(first_sim, last_sim) >= fuzzy and first[0] == member.first[0]:
        return round(0.6 + 0.3 * min(first_sim, last_sim), 3)
    return 0.0


def surname_member(
    run: NameRun, doc, members: list[Member], named: set[str]
) -> tuple[Member, float] | None:
    """The member a lone surname refers to (see the module docstring)."""
    if len(run.core) != 1 or len(run.words) != 1:
        return None
    word = fold(run.words[0])
    fits = [m for m in members if m.last == word]
    titled = run.start > 0 and doc[run.start - 1].lower_ in TITLE_WORDS
    known = [m for m in fits if m.name in named]
    if len(known) == 1:
        return known[0], 0.85
    if len(fits) == 1 and titled:
        return fits[0], 0.75
    return None


def looks_like_person(run: NameRun, doc) -> bool:
    """A run that is a person though not a member: NER, a title before it, or a speech verb after."""
    if len(run.core) < 2 or _inside_org_name(doc, run):
        return False
    if any(doc[i].ent_type_ == "PERSON" for i in range(run.start, run.end)):
        return True
    sentence_start = sentence_range(doc, run.start)[0]
    left = doc[max(run.start - 8, sentence_start) : run.start]
    if any(t.lower_ in TITLE_WORDS and not t.is_sent_start for t in left):
        return True
    return run.end < len(doc) and doc[run.end].lower_ in SPEECH_VERBS


def _inside_org_name(doc, run: NameRun) -> bool:
    """"Department of Political Science": a run after "of"/"for" that follows an organisation word."""
    i = run.start
    return i >= 2 and doc[i - 1].lower_ in {"of", "for"} and doc[i - 2].lower_ in ORG_WORDS


def title_window(doc, run: NameRun) -> tuple[int, int]:
    """Token range of the title in front of a name ("Permanent Representative of X to the UN")."""
    start = run.start
    sentence_start = sentence_range(doc, run.start)[0]
    while start > sentence_start and run.start - start < 12:
        token = doc[start - 1]
        if not (token.is_title or token.is_upper or token.lower_ in _TITLE_CONTEXT):
            break
        start -= 1
    return start, run.start


def apposition_window(doc, run: NameRun) -> tuple[int, int]:
    """Token range of an apposition after a name (", Assistant to the President of X,")."""
    if run.end >= len(doc) or doc[run.end].text != ",":
        return run.end, run.end
    end = run.end + 1
    sentence_end = sentence_range(doc, run.start)[1]
    while end < sentence_end and end - run.end < 16:
        token = doc[end]
        if token.text in {",", ".", ";", ":"} or token.is_quote or token.lower_ in SPEECH_VERBS:
            break
        end += 1
    return run.end + 1, end


def make_person(state, doc, run: NameRun, name: str, actor: str | None, evidence: str | None) -> Person:
    """A :class:`Person` for a run of tokens."""
    start, end = doc[run.start].idx, doc[run.end - 1].idx + len(doc[run.end - 1].text)
    return Person(state.span(start, end), state.text[start:end], name, actor, evidence)

"""People named in a text: runs of capitalised words, matched to codebook members.

A run becomes a codebook member by its full name (middle initials allowed:
"Rudolf J. Rassendyll"), an initial and surname ("K. Tasch"), a close
transliteration ("Hikmat" for "Hikmet"; both first and last names must be
close), or a surname alone when the member is named in full elsewhere in the
document or a title stands before it ("President Tasch"). A surname that
follows another first name ("Ferenc Tasch") is a different person.

Other runs are people when the statistical NER says so, a title stands in
front of them or in an apposition after them (", spokesperson for …"), a
speech verb follows, or their surname alone is a person elsewhere ("“…,” Roe
said"). Their actor comes from the title
around them ("Permanent Representative of X to the UN Y" → X).

A run ends at a sentence start only after a line break: the parser may split a
name on one line ("By John Smith ¶ Jane | Roe spoke …" after a byline), and the
NER then misses it; the run "Jane Roe" goes on.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .lexicon import CARD_WORDS, MONTHS, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, WEEKDAYS
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
    if lower in MONTHS and _month_as_first_name(token):
        return True  # "Jan Novotny", "June Carter": a first name, not a date
    if lower in TITLE_WORDS or lower in ORG_WORDS or lower in MONTHS or lower in WEEKDAYS or lower in _POSTNOMINALS:
        return False
    if not token.is_alpha or token.is_stop:
        return False
    return token.is_title or (token.is_upper and len(text) > 2)


_POSTNOMINALS = frozenset({"mep", "mdb", "qc", "kc", "phd", "obe", "cbe", "mbe"})  # "Jane Roe MEP": no name word
_DATE_LEAD = frozenset("in on since by until till from last next early late mid of this that before after".split())


def _month_as_first_name(token) -> bool:
    """A month's name used as a first name: a capitalised name word right after it, no number
    beside it and no word before it that makes it a date ("in March Kestria …" stays a date)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if after is None or not (after.is_title and after.is_alpha) or after.lower_ in MONTHS | WEEKDAYS:
        return False
    if before is not None and (before.like_num or before.lower_ in _DATE_LEAD):
        return False
    return not (token.i + 2 < len(doc) and doc[token.i + 2].like_num)


def name_runs(doc, blocked: set[int]) -> list[NameRun]:
    """Runs of capitalised tokens not covered by codebook terms (token indices ``blocked``).

    A hyphen written tight between two capitalised words joins them into one word
    ("Ter-Vardanyan", which the tokenizer splits in three)."""
    runs, current = [], []
    for token in doc:
        if current and _name_hyphen(doc, token, blocked):
            current.append(token)
            continue
        if _name_like(token, blocked) and not (current and _new_line_sentence(doc, token)):
            current.append(token)
            continue
        if current:
            runs.append(_run(current))
        current = [token] if _name_like(token, blocked) else []
    if current:
        runs.append(_run(current))
    return [r for r in (_without_card_number(r, doc) for r in runs) if r.core]


def _without_card_number(run: NameRun, doc) -> NameRun:
    """"Source B. Jan Roe" on a source card: the card's number is no part of the name."""
    if len(run.words) > 3 and run.words[0] in CARD_WORDS and _is_initial(run.words[1]):
        return _run(list(doc[run.start + 2 : run.end]))
    return run


def _new_line_sentence(doc, token) -> bool:
    """A sentence that starts at ``token`` after a line break: a name run stops there ("TALKS" ¶
    "Jane Roe …"). A sentence start the parser puts between two name words on one line ("By John
    Smith ¶ Jane | Roe spoke …" after a byline) is its misreading: the run goes on."""
    return token.is_sent_start and "\n" in doc[token.i - 1].whitespace_


def _name_hyphen(doc, token, blocked: set[int]) -> bool:
    """A "-" with no space on either side, a capitalised name word after it."""
    if token.text != "-" or token.i == 0 or token.i + 1 >= len(doc) or token.i in blocked:
        return False
    return not doc[token.i - 1].whitespace_ and not token.whitespace_ and _name_like(doc[token.i + 1], blocked)


def _run(tokens) -> NameRun:
    words: list[str] = []
    for n, token in enumerate(tokens):  # "Ter", "-", "Vardanyan" → "Ter-Vardanyan"
        if token.text == "-" or (n and tokens[n - 1].text == "-"):
            words[-1] += token.text
        else:
            words.append(token.text)
    return NameRun(tokens[0].i, tokens[-1].i + 1, tuple(words))


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
    if len(core) == 1:  # "K. Tasch"
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


def looks_like_person(run: NameRun, doc, surnames: frozenset[str] = frozenset()) -> bool:
    """A run that is a person though not a member: NER, a title before it, a speech verb after, or
    a surname of ``surnames`` (:func:`speaking_surnames`: "Jane Roe met X. … “…,” Roe said")."""
    if len(run.core) < 2 or _inside_org_name(doc, run) or _after_named_the(doc, run):
        return False
    if any(doc[i].ent_type_ == "PERSON" for i in range(run.start, run.end)):
        return True
    if run.start > 0 and doc[run.start - 1].lower_ == "the":
        return False  # a person's name takes no article; "told The X Review" names an outlet
    if run.core[-1].lower() in surnames:
        return True
    sentence_start = sentence_range(doc, run.start)[0]
    left = doc[max(run.start - 8, sentence_start) : run.start]
    if any(t.lower_ in TITLE_WORDS and not t.is_sent_start for t in left):
        return True
    return run.end < len(doc) and (doc[run.end].lower_ in SPEECH_VERBS or _titled_apposition(doc, run))


def speaking_surnames(runs: list[NameRun], doc) -> frozenset[str]:
    """Lower-cased single names that are a person on their own: the NER says so, or a speech verb
    stands beside them ("“…,” Roe said", "said Roe"). A full name the NER missed ("By X ¶ Jane Roe
    met …", where the parser broke the name in two) is a person when its surname is one of them."""
    return frozenset(run.words[0].lower() for run in runs if len(run.words) == 1 and _lone_person(run, doc))


def _lone_person(run: NameRun, doc) -> bool:
    if doc[run.start].ent_type_ == "PERSON":
        return True
    return run.end < len(doc) and doc[run.end].lower_ in SPEECH_VERBS or (
        run.start > 0 and doc[run.start - 1].lower_ in SPEECH_VERBS)


def _titled_apposition(doc, run: NameRun) -> bool:
    """", spokesperson for …" or ", the deputy minister, …" right after the name, parsed as its
    apposition (not ", the President said", a new subject)."""
    if doc[run.end].text != ",":
        return False
    following = doc[run.end + 1 : run.end + 4]
    heads = [t for t in following if t.dep_ == "appos" and run.start <= t.head.i < run.end]
    return any(t.lower_ in TITLE_WORDS | ROLE_NOUNS for t in heads)


def _inside_org_name(doc, run: NameRun) -> bool:
    """"Department of Political Science": a run after "of"/"for" that follows an organisation word;
    "the speaker of the Milli Majlis": a run right after "of the"/"for the" (a person's name
    takes no article, a body's name does); "Public Diplomacy Department": a run an organisation
    word ends."""
    i = run.start
    after = doc[run.end] if run.end < len(doc) else None
    if after is not None and after.lower_ in ORG_WORDS and after.text[:1].isupper():
        return True
    if i >= 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ in {"of", "for"}:
        return True
    return i >= 2 and doc[i - 1].lower_ in {"of", "for"} and doc[i - 2].lower_ in ORG_WORDS


def _after_named_the(doc, run: NameRun) -> bool:
    """"the Armenia–Azerbaijan Border Regions": the tail of a capitalised name that opens with "the"
    and joins its first words with a dash (the run starts inside it; "to the League Anna Roe" is a
    name after a body's, and a title word between, "the Ruritanian Ambassador X", allows one)."""
    i = run.start - 1
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].text in {"–", "-"}) and doc[i].lower_ not in TITLE_WORDS:
        i -= 1
    dashed = any(doc[k].text in {"–", "-"} for k in range(i + 1, run.start))
    return dashed and i >= 0 and doc[i].lower_ == "the"


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


_MALE_TITLES = frozenset("mr mr. sir lord king prince spokesman chairman congressman".split())
_FEMALE_TITLES = frozenset("ms ms. mrs mrs. miss madam lady queen princess spokeswoman chairwoman congresswoman".split())
_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}
_TITLE_GAP = re.compile(r"([A-Za-z.]+)[\s,]*(?:the\s+)?$")
_APPOSITION = re.compile(r"^,\s+(?:the|a|an)\s+(?:\w+\s+){0,3}?(spokesman|spokeswoman|chairman|chairwoman)\b")
_PRONOUN = re.compile(r"\b(he|his|him|she|her|hers)\b", re.IGNORECASE)


def genders_in_text(text: str, persons, sentences) -> dict[str, str]:
    """``{person name: "m" | "f"}`` where the text itself says so; never guessed from a name.

    The evidence: a title or gendered role just before the name ("Ms Roe", "the spokesman,
    Piotr Valen"), such a role in an apposition after it (", the spokeswoman"), or a
    he/his/she/her later in a sentence that names only that person. Conflicting evidence
    gives nothing.

    >>> from parley.core.types import Span
    >>> people = [Person(Span("d", 3, 6), "Roe", "Jane Roe")]
    >>> genders_in_text("Ms Roe spoke.", people, [Span("d", 0, 13)])
    {'Jane Roe': 'f'}
    """
    seen: dict[str, set[str]] = {}
    starts = [s.start for s in sentences]
    for person in persons:
        found = _gender_around(text, person.span.start, person.span.end)
        if found is None and sentences:
            found = _gender_later_in_sentence(text, person, persons, sentences, starts)
        if found is not None:
            seen.setdefault(person.name, set()).add(found)
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def _title_gender(word: str) -> str | None:
    word = word.lower()
    return "m" if word in _MALE_TITLES else "f" if word in _FEMALE_TITLES else None


def _gender_around(text: str, start: int, end: int) -> str | None:
    before = _TITLE_GAP.search(text, max(start - 20, 0), start)
    found = _title_gender(before.group(1)) if before else None
    if found is None:
        after = _APPOSITION.match(text[end : end + 60])
        found = _title_gender(after.group(1)) if after else None
    return found


_ASKED_BY = re.compile(r"\b(?:asked|questioned|pressed|challenged)\s+by\s+(?:the\s+)?(?:\w+\.?\s+)?$", re.IGNORECASE)


def asked_by(text: str, start: int) -> bool:
    """The name at ``start`` is the one who asks ("Asked by Dr X whether …"), not the one who answers."""
    return _ASKED_BY.search(text, max(start - 40, 0), start) is not None


def _gender_later_in_sentence(text, person, persons, sentences, starts) -> str | None:
    if asked_by(text, person.span.start):
        return None  # "Asked by Dr X whether …, she said": "she" is the one asked
    index = bisect.bisect_right(starts, person.span.start) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    if any(p.name != person.name and sentence.start <= p.span.start < sentence.end for p in persons):
        return None
    if _PRONOUN.search(text, sentence.start, person.span.start):  # "Her deputy, X, said of her": another she
        return None
    pronouns = _PRONOUN.finditer(text, person.span.end, sentence.end)
    genders = {_PRONOUN_GENDER[m.group(1).lower()] for m in pronouns}
    return genders.pop() if len(genders) == 1 else None

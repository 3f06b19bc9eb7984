"""``issues.hybrid.v1``: which codebook issues each sentence speaks to, and the words that say so.

Cues of an issue come from three places, compared by :func:`stem`:

* the codebook's ``keywords`` (weight 1.5);
* the content words of the issue's ``label`` (weight 1, split among the issues whose labels
  share the word; generic words and place names count half) and of its ``description``
  (half that), with the codebook's actor names, aliases, members and demonyms left out — the
  parties are not the question;
* related words of general negotiation vocabulary for label words (:func:`~.stance_lexicon.concept_words`:
  "force" → war, hostilities, ceasefire…), some of them paraphrases of the opposite pole with a gap ("a change
  to the recognised borders" against inviolability), whose one-word cues of other issues they take over;
* an actor the label names by two proper words ("Highland Ruritanians"), also in the other
  order a few words apart ("the Ruritanians who left the Highland"), weight 0.75;
* a definite reference back to a body a cue named in full earlier ("the commissions" after "the border
  commissions", :mod:`.issue_references`), rolling stock given to a railway or asked for (:mod:`.issue_stock`)
  or security kept to some (:func:`.issue_exclusive.reserved_security`), weight 1.

A cue has a *polarity*: +1 when it names the label's pole, -1 when the label puts it under a word of refusal
("Refrain from the threat or use of force": "force", and "war" with it, are cues of the opposite pole; "a
one-sided approach is criticised": "one-sided" too). A sentence speaks to an issue when its cue weights add
up to ``min_score``.

With ``use_embeddings`` (WordLlama, :mod:`.embeddings`), each sentence with the actors' names blanked is
compared with each issue's label and keywords: a clear best match above ``min_similarity`` adds an issue no
cue found (with no cue words), and similarity raises the score of lexical hits a little. Sentences before
the body (title, byline, date lines) are skipped.

>>> from parley.core.types import Issue, Codebook
>>> book = Codebook("t", (), (Issue("nuf", "Refrain from the threat or use of force"),))
>>> vocab = IssueVocabulary.from_codebook(book)
>>> [(h.issue, [c.polarity for c in h.cues]) for h in vocab.match("Endless war helps nobody.")]
[('nuf', [-1])]
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from parley.core.types import Codebook, Issue, Span

from .issue_actions import action_pairs
from .issue_between import DOCUMENT_NOUNS, relation_phrases
from .issue_bodies import body_name_end, body_name_start
from .issue_deals import other_deals, refers_elsewhere, signed_for_other
from .issue_overlaps import drop_inside_paraphrases, without_nested
from .issue_permissions import unpermitted_act
from .issue_events import event_references
from .issue_exclusive import exclusive_phrases, reserved_security
from .issue_foreigners import actor_demonyms, foreign_personnel
from .stance_roles import role_issues
from .issue_forces import FORCES_WEIGHT, forces_phrases, offer_phrases, turn_phrases
from .issue_nominal import verbal_forms
from .issue_names import inside_actor_name
from .issue_missions import MISSION_WEIGHT, mission_names, presence_label
from .issue_pronouns import pronoun_references, singular_references
from .issue_references import references
from .issue_resumption import about_resumption
from .issue_stock import given_stock
from .issue_objects import governed_by_other
from .issue_places import place_of_other
from .issue_terrain import about_terrain
from .lexicon import demonyms_of
from .stance_lexicon import (
    CONFLICT_WORDS, GENERIC_CUE_WORDS, OPPOSE_WORDS, STANCE_PREDICATES, STOP_WORDS, concept_words,
    stem,
)
from .state import Component, DocState, register_component

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+", re.UNICODE)
_BRACKETED = re.compile(r"\(([^()]*)\)")
_CLAUSE = re.compile(r"[,;:()]|\bincluding\b|\bsuch as\b", re.IGNORECASE)
_DESCRIPTION_NOISE = frozenset(stem(w) for w in "support oppose means mean include includes want".split())
KEYWORD_WEIGHT, LABEL_WEIGHT, CONCEPT_WEIGHT, PHRASE_BONUS = 1.5, 1.0, 1.0, 0.5
GAP, MAX_GAP = "…", 4
GROUP_WEIGHT = 0.75
REFERENCE_WEIGHT = 1.0  # "the commissions" back to "the border commissions": as much as a label word


@dataclass(frozen=True)
class IssueCue:
    """Words ``[start, end)`` of the text that point to an issue, with their polarity."""

    start: int
    end: int
    polarity: int
    weight: float
    source: str  # keyword / label / description / concept
    noun: bool = False  # from a plural noun of the codebook ("remains"): no cue where the text uses it as a verb


@dataclass(frozen=True)
class IssueHit:
    """One issue a sentence speaks to: the cues found, the score and how it was found."""

    sentence: Span
    issue: str
    score: float
    cues: tuple[IssueCue, ...] = ()
    method: str = "lexical"  # lexical / embedding / lexical+embedding
    similarity: float | None = None


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]  # stems
    issue: str
    polarity: int
    weight: float
    source: str
    lower: bool = True  # written in lower case: does not match a capitalised word mid-sentence
    plural: tuple[bool, ...] = ()  # per word: a plural noun ("remains"), which no verb form ("remained") matches
    form: str | None = None  # a participle of the label matches only as written ("missing", not "misses")


class IssueVocabulary:
    """Cue patterns of every issue of a codebook, matched against sentences."""

    def __init__(self, patterns: list[_Pattern], min_score: float = 1.0, demonyms: frozenset[str] = frozenset()) -> None:
        self.min_score = min_score
        self.demonyms = demonyms  # stems of adjectives capitalised by spelling, not as part of a name
        self.by_first: dict[str, list[_Pattern]] = defaultdict(list)
        for pattern in patterns:
            self.by_first[pattern.words[0]].append(pattern)

    @classmethod
    def from_codebook(cls, codebook: Codebook, min_score: float = 1.0) -> "IssueVocabulary":
        """Build the cue patterns (see the module docstring)."""
        actor_words = actor_stems(codebook)
        shared = defaultdict(int)  # in how many issues' texts a word occurs
        for issue in codebook.issues:
            texts = " ".join((issue.label, issue.description or "", *issue.keywords))
            for word in set(_content_stems(texts, actor_words)):
                shared[word] += 1
        patterns = []
        names = {" ".join(a.name.lower().split()) for a in codebook.actors} | {
            " ".join(n.lower().split()) for a in codebook.actors for n in a.aliases}
        for issue in codebook.issues:
            patterns += _issue_patterns(issue, actor_words, shared)
            patterns += _group_patterns(issue, actor_words, names)
            patterns += _mission_patterns(issue, codebook)
            patterns += _action_patterns(issue)
            patterns += [_Pattern(words, issue.id, 1, KEYWORD_WEIGHT, "paraphrase")  # "the peace between A and B"
                         for words in relation_phrases([stem(w) for _, _, w in _tokens_raw(issue.label)])]
            patterns += [_Pattern(words, issue.id, 1, FORCES_WEIGHT, "group", lower=False)
                         for words in forces_phrases(issue.label, codebook) + offer_phrases(issue.label, codebook, GAP)
                         + turn_phrases(issue.label, codebook) + exclusive_phrases(issue.label, codebook, GAP)]
        demonyms = frozenset(stem(d) for a in codebook.actors for d in a.demonyms) | frozenset(
            stem(d) for a in codebook.actors if a.kind == "state" for n in (a.name, *a.aliases) for d in demonyms_of(n))
        return cls(patterns, min_score, demonyms)

    def starts(self, word: str, issue: str) -> bool:
        """Whether a cue pattern of ``issue`` begins with ``word``."""
        return any(p.issue == issue for p in self.by_first.get(stem(word), ()))

    def match(self, text: str, offset: int = 0, sentence: Span | None = None) -> list[IssueHit]:
        """Issues whose cues in ``text`` reach ``min_score`` (cue offsets shifted by ``offset``).

        Each distinct cue counts once to the score (every occurrence is kept); a lower-case cue does not match a
        capitalised word inside the sentence ("Armed Forces", "the Karabakh War" are names).
        """
        # "the Armenian Constitution": a demonym is no part of a name that would hide the keyword after it
        tokens = [(*t[:3], False, t[4]) if t[2] in self.demonyms else t for t in _tokens(text)]
        found: dict[str, dict[tuple[str, ...], list[IssueCue]]] = defaultdict(lambda: defaultdict(list))
        for i, token in enumerate(tokens):
            for pattern in self.by_first.get(token[2], ()) if token[2] not in STOP_WORDS else ():
                end = _match_at(tokens, i, pattern)
                if end is not None:
                    cue = IssueCue(token[0] + offset, tokens[end - 1][1] + offset, _gap_polarity(tokens, i, end, pattern), pattern.weight,
                                   pattern.source, any(pattern.plural))
                    found[pattern.issue][pattern.words].append(cue)
        span = sentence or Span("text", offset, offset + len(text))
        drop_inside_paraphrases(found, GAP)
        hits = []
        for issue, by_pattern in found.items():
            every = without_nested([c for cues in by_pattern.values() for c in cues])
            distinct = without_nested([max(cues, key=lambda c: c.weight) for cues in by_pattern.values()])
            score = round(sum(c.weight for c in distinct), 3)
            if score >= self.min_score and max(c.weight for c in distinct) >= 0.75:
                hits.append(IssueHit(span, issue, score, tuple(sorted(every, key=lambda c: c.start))))
        return sorted(hits, key=lambda h: (-h.score, h.issue))


def actor_stems(codebook: Codebook) -> frozenset[str]:
    """Stems of the proper words that name actors (names, aliases, metonyms, members, demonyms).

    Capitalised words only, and not those the issues use as common words ("Treaty" in an
    organisation's name stays a cue where a label speaks of a "treaty").
    """
    words: set[str] = set()
    for actor in codebook.actors:
        names = (actor.name, *actor.aliases, *actor.metonyms, *actor.members, *actor.demonyms)
        for name in names:
            words.update(stem(w) for _, _, w in _tokens_raw(name) if w[:1].isupper())
        if actor.kind == "state":
            for name in (actor.name, *actor.aliases):
                words.update(stem(d) for d in demonyms_of(name))
    common = set()
    for issue in codebook.issues:
        for text in (issue.label, issue.description or "", *issue.keywords):
            common.update(stem(w) for _, _, w in _tokens_raw(text) if w[:1].islower())
    return frozenset(words - common)


_ADJECTIVE = re.compile(r"(?:al|ate|ic|ive|ous|ary)$", re.IGNORECASE)


def _issue_patterns(issue: Issue, actor_words: frozenset[str], shared: dict[str, int]) -> list[_Pattern]:
    negative = _negative_scope(issue.label)
    patterns = [_keyword_pattern(issue, k, negative) for k in issue.keywords if _stems_of(k)]
    patterns += [replace(_keyword_pattern(issue, k, negative), words=(_agent_noun(k),)) for k in issue.keywords if _agent_noun(k)]
    patterns += [replace(_keyword_pattern(issue, k, negative), source="paraphrase", plural=(), words=tuple(
        w for n, raw in enumerate(words) for w in ((GAP,) if gapped and n == 1 else ()) + (stem(raw),)))
        for k in issue.keywords for words, gapped in verbal_forms(str(k))]  # "force … be used" (:mod:`.issue_nominal`)
    label_tokens = [(stem(raw), raw) for _, _, raw in _tokens_raw(issue.label)]
    content = [k for k, (w, _) in enumerate(label_tokens) if w not in STOP_WORDS]
    for n, position in enumerate(content):
        word, raw = label_tokens[position]
        if word in actor_words or len(word) < 3 or word.isdigit():
            continue
        polarity = -1 if word in negative else 1
        proper = raw[:1].isupper() and position > 0
        weight = LABEL_WEIGHT / shared.get(word, 1) / (2 if word in GENERIC_CUE_WORDS else 1) / (4 if proper else 1)
        following = content[n + 1] if n + 1 < len(content) else None
        modifier = following == position + 1 and label_tokens[following][1][:1].islower()
        if modifier and _ADJECTIVE.search(raw):  # "legal" of "legal claims": half a cue alone
            weight /= 2
        form = raw.lower() if modifier and raw.lower().endswith(("ing", "ed")) else None  # "missing persons"
        patterns.append(_Pattern((word,), issue.id, polarity, weight, "label", not raw[:1].isupper(), form=form))
        patterns += _concept_patterns(issue.id, word, polarity, weight / LABEL_WEIGHT, word in GENERIC_CUE_WORDS)
        if following is not None and label_tokens[following][0] not in actor_words and not proper \
                and label_tokens[following][1][:1].islower() and following - position <= 3:
            words = tuple(w for w, _ in label_tokens[position : following + 1])
            patterns.append(_Pattern(words, issue.id, polarity, LABEL_WEIGHT + PHRASE_BONUS, "label"))
    for word in _content_stems(issue.description or "", actor_words):
        if word not in _DESCRIPTION_NOISE and word not in STANCE_PREDICATES and word not in OPPOSE_WORDS:
            weight = LABEL_WEIGHT / 2 / (2 if word in GENERIC_CUE_WORDS else 1)
            patterns.append(_Pattern((word,), issue.id, -1 if word in negative else 1, weight, "description"))
    return patterns


def _group_patterns(issue: Issue, actor_words: frozenset[str], names: set[str]) -> list[_Pattern]:
    """An actor the label names by two proper words ("… of Highland Ruritanians"), in either order and a
    few words apart ("the Ruritanians who left the Highland"): the group whose rights or return is at stake."""
    out = []
    words = [(stem(raw), raw) for _, _, raw in _tokens_raw(issue.label)]
    for (a, raw_a), (b, raw_b) in zip(words[1:], words[2:]):
        if f"{raw_a} {raw_b}".lower() in names and a in actor_words and b in actor_words:
            plural_a, plural_b = raw_a.endswith("s"), raw_b.endswith("s")  # "Ruritanians", not "Ruritanian cemeteries"
            for words, plural in (((a, GAP, b), (plural_a, False, plural_b)), ((b, GAP, a), (plural_b, False, plural_a))):
                out.append(_Pattern(words, issue.id, 1, GROUP_WEIGHT, "group", lower=False, plural=plural))
    return out


def _mission_patterns(issue: Issue, codebook: Codebook) -> list[_Pattern]:
    """A mission's name as a cue of an issue of outside presence (:mod:`.issue_missions`)."""
    if not presence_label(issue.label):
        return []
    return [_Pattern(_stems_of(name), issue.id, 1, MISSION_WEIGHT, "group", lower=False)
            for name in mission_names(codebook) if _stems_of(name)]


def _action_patterns(issue: Issue) -> list[_Pattern]:
    """The act the label and description name, verb and object a few words apart in either order
    ("withdrawing these cases", "the cases should be dropped"): as much as a keyword (:mod:`.issue_actions`)."""
    out = []
    for verb, noun in action_pairs(issue.label, issue.description or ""):
        v, n = stem(verb), stem(noun)
        out += [_Pattern((v, GAP, n), issue.id, 1, KEYWORD_WEIGHT, "paraphrase"),
                _Pattern((n, GAP, v), issue.id, 1, KEYWORD_WEIGHT, "paraphrase")]
    return out


def _keyword_pattern(issue: Issue, keyword: str, negative: frozenset[str]) -> _Pattern:
    words = _stems_of(keyword)
    conflict = any(w in CONFLICT_WORDS for w in negative)
    against = all(w in negative for w in words) or (conflict and any(w in CONFLICT_WORDS for w in words))
    lower = not any(w[:1].isupper() for _, _, w in _tokens_raw(keyword))
    raw = [w.lower() for _, _, w in _tokens_raw(keyword)]
    plural = tuple(w.endswith("s") and not w.endswith(("ss", "us", "is")) for w in raw) if len(raw) == len(words) else ()
    return _Pattern(words, issue.id, -1 if against else 1, KEYWORD_WEIGHT, "keyword", lower, plural)


def _agent_noun(keyword: str) -> str | None:
    """The stem of the doer of a one-word activity keyword: "demining" → "deminers", "peacekeeping" →
    "peacekeepers" (who does the work stands for it: "offered its deminers"). Not where the "-er" noun
    names no doer: a reversal or a repetition ("unblocking", "rebuilding": the act's result), a base
    that is a noun already ("monitoring": the monitor), an "-ate" verb ("negotiating": "negotiator")."""
    if " " in keyword.strip() or not keyword.islower() or not keyword.endswith("ing") or len(keyword) < 7:
        return None
    base = keyword[:-3]
    if base.startswith(("un", "re")) or base.endswith(("or", "er", "at")):
        return None
    return stem(base + "er")


def _concept_patterns(issue_id: str, word: str, polarity: int, share: float = 1.0, generic: bool = False) -> list[_Pattern]:
    """Cues from the related phrases of a label word. A generic label word ("presence") counts half
    alone, but a phrase of two or more words related to it ("foreign troops") is as specific as any."""
    out = []
    for phrase in concept_words(word):
        words = _gapped_stems(phrase.lstrip("~="))
        own = -1 if polarity < 0 and not any(w in OPPOSE_WORDS for w in words) else 1
        if polarity < 0 and not any(w in CONFLICT_WORDS for w in words):
            own = 1  # "ceasefire" names the label's pole even where "force" names the other
        if phrase.startswith("~"):
            own = -1  # names the opposite pole: "a change to the borders"
        weight = (CONCEPT_WEIGHT + (PHRASE_BONUS if len(words) > 1 else 0.0)) * share
        if generic and len(words) > 1:
            weight *= 2  # undo the halving ``share`` carries for the generic word: the phrase is specific
        source = "paraphrase" if phrase.startswith("~") or GAP in words else "concept"
        noun_only = (True,) if phrase.startswith("=") and len(words) == 1 else ()  # "=trains": not "training"
        out.append(_Pattern(words, issue_id, own, weight, source, plural=noun_only))
    return out


def _gapped_stems(phrase: str) -> tuple[str, ...]:
    """Stems of a phrase where "…" stands for a gap of up to :data:`MAX_GAP` words."""
    parts = [_stems_of(part) for part in phrase.split(GAP)]
    out: list[str] = []
    for n, part in enumerate(parts):
        out += ([GAP] if n else []) + list(part)
    return tuple(out)


def _negative_scope(label: str) -> frozenset[str]:
    """Stems the label puts under a word of refusal ("refrain from X", "X is criticised")."""
    scoped: set[str] = set()
    # "Withdraw claims (ICJ, arbitration)": the bracketed examples share the scope of what they illustrate
    label = _BRACKETED.sub(lambda m: " " + m.group(1).replace(",", " "), label)
    for clause in _CLAUSE.split(label):
        words = [stem(w) for _, _, w in _tokens_raw(clause or "")]
        for k, word in enumerate(words):
            if word in OPPOSE_WORDS:
                passive = k > 0 and words[k - 1] in {"is", "are", "be", "been", "was", "were"}
                scoped.update(words[:k] if passive else words[k + 1 :])
                break
    return frozenset(w for w in scoped if w not in STOP_WORDS)


def _content_stems(text: str, actor_words: frozenset[str]) -> list[str]:
    return [w for _, _, raw in _tokens_raw(text) if (w := stem(raw)) not in STOP_WORDS and w not in actor_words and len(w) >= 3]


def _stems_of(phrase: str) -> tuple[str, ...]:
    """Stems of a phrase's words, stop words inside kept ("use of force"), at the ends dropped."""
    words = [stem(w) for _, _, w in _tokens_raw(phrase)]
    while words and words[0] in STOP_WORDS:
        words.pop(0)
    while words and words[-1] in STOP_WORDS:
        words.pop()
    return tuple(words)


def _verb_form(tokens, j: int, alone: bool) -> bool:
    """The word at ``j`` is used as a verb: "remained", "remaining", and where the plural noun is a
    keyword by itself, any form without its "s" ("would remain"; "an interstate claim" is still one)."""
    raw = tokens[j][4]
    return raw.endswith(("ed", "ing")) or (alone and not raw.endswith("s"))


def _tokens_raw(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _tokens(text: str) -> list[tuple[int, int, str, bool, str]]:
    """Stemmed tokens of ``text``: (start, end, stem, capitalised inside the sentence, lower-case word)."""
    out = []
    for n, (a, b, raw) in enumerate(_tokens_raw(text)):
        word = stem(raw)
        opening = text[:a].rstrip()[-1:] in {"", "“", '"', "«", ":", ".", "!", "?", "(", "‘", "'"}
        out.append((a, b, word, raw[:1].isupper() and n > 0 and not opening and not raw.isupper(), raw.lower()))
    return out


def _match_at(tokens, i: int, pattern: "_Pattern") -> int | None:
    if GAP in pattern.words:
        return _match_gapped(tokens, i, pattern.words, pattern.plural)
    end = i + len(pattern.words)
    if end > len(tokens) or any(tokens[i + k][2] != w for k, w in enumerate(pattern.words)):
        return None
    if pattern.form is not None and tokens[i][4] != pattern.form:
        return None
    if pattern.lower and any(tokens[k][3] for k in range(i, end)) and not _capitalised_alone(tokens, i, end, pattern):
        return (body_name_end(tokens, end) or (end if body_name_start(tokens, i) else None)) \
            if pattern.source == "keyword" else None  # "the Mine Action Board", "the Centre for Humanitarian Demining"
    alone = len(pattern.words) == 1 and pattern.source != "concept"  # a related "=trains" still matches "the train"
    if any(plural and _verb_form(tokens, i + k, alone) for k, plural in enumerate(pattern.plural)):
        return None  # "remains" (of the missing) is not "remained" nor "would remain"
    return end


def _match_gapped(tokens, i: int, words: tuple[str, ...], plural: tuple[bool, ...] = ()) -> int | None:
    """End of a match of ``words`` at ``i`` where each gap takes the fewest words (up to MAX_GAP); a
    word marked plural matches only a word ending in "s" (the group's noun, not its adjective)."""
    k = i
    for n, word in enumerate(words):
        if word == GAP:
            continue
        last = k + (MAX_GAP + 1 if n and words[n - 1] == GAP else 1)
        noun = n < len(plural) and plural[n]
        k = next((j for j in range(k, min(last, len(tokens))) if tokens[j][2] == word
                  and (not noun or tokens[j][4].endswith("s"))), None)
        if k is None:
            return None
        k += 1
    return k


_GAP_NEGATIONS = frozenset({"without"})


def _gap_polarity(tokens, i: int, end: int, pattern: "_Pattern") -> int:
    """A "without" in the gap negates what the pattern's last word names and turns the pattern:
    "settle any dispute without force" is the opposite of "settle … by force". ("not", "never" hang on
    the phrase's verb, where the stance walk meets them: "the mandate should not be extended".)"""
    if GAP not in pattern.words or any(w in _GAP_NEGATIONS for w in pattern.words):
        return pattern.polarity
    negated = any(tokens[j][2] in _GAP_NEGATIONS for j in range(i + 1, end - 1))
    return -pattern.polarity if negated else pattern.polarity


def _capitalised_alone(tokens, i: int, end: int, pattern: "_Pattern") -> bool:
    """A keyword capitalised as a word on its own ("the Constitution of X"), not inside a
    name of several capitalised words ("the Armed Forces", "the Karabakh War")."""
    neighbours = [tokens[k] for k in (i - 1, end) if 0 <= k < len(tokens)]
    neighbours = [t for t in neighbours if not t[4].endswith(("'s", "’s"))]  # "X's Constitution": an owner
    # a named document is itself: "the Treaty on Peace and …"
    own_name = pattern.source == "keyword" or pattern.words[0] in DOCUMENT_NOUNS
    return own_name and not any(t[3] for t in neighbours)


def body_start(state: DocState) -> int:
    """Where the body begins: the first sentence with final punctuation and at least eight words (a
    resolution's recitals and clauses end with a semicolon)."""
    for sentence in state.sentences:
        text = sentence.text_in(state.text).rstrip("”\"’' ")
        if text[-1:] in ".!?;" and len(text.split()) >= 8:
            return sentence.start
    return 0


@register_component("issues.hybrid.v1")
class HybridIssues(Component):
    """Issue hits per sentence from codebook cues, optionally with sentence embeddings."""

    defaults = {
        "min_score": 1.0, "use_embeddings": False, "min_similarity": 0.45, "min_margin": 0.08,
        "similarity_bonus": 0.5, "skip_header": True,
    }

    def __init__(self, codebook, settings=None) -> None:
        super().__init__(codebook, settings)
        self.vocabulary = IssueVocabulary.from_codebook(codebook, self.settings["min_score"])
        self.demonyms = {w: a for w, a in actor_demonyms(codebook).items() if a not in role_issues(codebook).values()}
        self._semantic = None

    @property
    def semantic(self):
        """The embedding matcher, built on first use (``None`` when switched off or no issues)."""
        if self._semantic is None and self.settings["use_embeddings"] and self.codebook.issues:
            from .issue_similarity import IssueSimilarity
            self._semantic = IssueSimilarity(self.codebook, actor_stems(self.codebook))
        return self._semantic

    def __call__(self, state: DocState) -> DocState:
        start = body_start(state) if self.settings["skip_header"] else 0
        sentences = [s for s in state.sentences if s.start >= start]
        hits = {s: self.vocabulary.match(s.text_in(state.text), s.start, s) for s in sentences}
        if self.semantic is not None and sentences:
            hits = self.semantic.combine(state, sentences, hits, self.settings)
        header = [h for s in state.sentences if s.start < start  # "the protocol" after a headline naming it
                  for h in self.vocabulary.match(s.text_in(state.text), s.start, s)]
        for finder in (lambda: references(state.text, sentences, hits, header),  # "the commissions" after
                       lambda: pronoun_references(state.parsed, state.text, sentences, hits),  # "… monitors. … them"
                       lambda: singular_references(state.parsed, state.text, sentences, hits),  # "the treaty … ratified it"
                       lambda: event_references(state.parsed, sentences, hits),  # "… visit the cemetery. … the visit"
                       lambda: given_stock(state.parsed, state.text, sentences, hits, self.vocabulary.match),  # "lent a locomotive"
                       lambda: reserved_security(state.text, sentences, hits, self.vocabulary.match),  # "… theirs alone"
                       lambda: foreign_personnel(state, sentences, hits, self.demonyms,  # "European advisers"
                                                 self.codebook, self.vocabulary.match)):
            for sentence, found in finder().items():
                hits[sentence] = hits[sentence] + [
                    IssueHit(sentence, issue, REFERENCE_WEIGHT,
                             tuple(IssueCue(a, b, 1, REFERENCE_WEIGHT, "reference") for a, b in spans))
                    for issue, spans in found
                ]
        deals = other_deals(state.text)  # "the deal" after "the rail deal" is that deal, no peace treaty
        for s in sentences:  # "the mosques of Syunik": the place of another issue's object, no cue of its own
            hits[s] = [h for h in hits[s] if not place_of_other(state.text, hits[s], h)
                       and not about_resumption(state.text, h)  # "return to the talks" is nobody's return
                       and not signed_for_other(state.text, hits[s], h, self.vocabulary.starts)  # "… on a railway station"
                       and not unpermitted_act(state.text, h)]  # "where their sons are buried"
        flat = tuple(h for s in sentences for h in hits[s] if not refers_elsewhere(h, deals, self.vocabulary.starts)
                     and not about_terrain(state.text, h)  # "the Xville heights" is no Xville railway
                     and not inside_actor_name(h, state.mentions)  # "the Western Xland Community"
                     and not governed_by_other(state.text, hits[s], h))  # "return every prisoner"
        return state.add(self.name, issue_hits=state.issue_hits + flat)

"""Backers named beside an act: "cleared 4 hectares with X funding", "carried out under the quality
assurance of X", "under X's supervision", "with the support of X". Whoever pays for or oversees the
act the cue names supports it, besides whoever does it (whom the stance walk finds,
:mod:`.stance_walk`); "paid for by X" is the walk's own passive agent. A paying or overseeing
participle on a word of the act's clause names backers too ("deminers, paid by X and checked by Y
inspectors, cleared …"), and so does a paying or commissioning participle on the cue's own noun
("the rail study commissioned by X and Y"). A negated act, or a cue that is refused, is left to the
walk. Used by ``stance.rules.v1``.
"""

from __future__ import annotations

from .stance_agents import support_findings
from .stance_lexicon import stem, stems
from .stance_walk import Finding

_BACKING = stems("funding financing money support assistance grant grants backing sponsorship".split())
_OVERSIGHT = stems("assurance supervision auspices oversight aegis guidance facilitation".split())
_BACKED_PARTICIPLES = frozenset("""paid funded financed sponsored bankrolled backed checked inspected verified supervised
monitored overseen watched commissioned""".split())  # not "built": "the road built by X" is no stance
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "pcomp"})  # the parse has no part-of-speech tags
_OTHER_CLAUSE_DEPS = _CLAUSE_DEPS | {"conj"}  # where a clause of its own, or a conjoined one, begins
_VERB_CHILDREN = frozenset({"prt", "aux", "auxpass", "dobj", "agent", "nsubj", "nsubjpass"})  # "and carried out under …"
_REACH = 3  # words up from the cue to the act's verb ("the clearance near X was paid for")


def sponsor_findings(ctx, token, polarity: int) -> list[Finding]:
    """Support for the backers named in "with"/"under" phrases of the verb over ``token`` (a cue)
    and of that verb's conjuncts; none where the cue is refused or the verb negated."""
    if token is None or polarity < 0:
        return []
    owners = [owner for verb in _act_verbs(token) for owner in _backers(verb)] + _noun_backers(token)
    named = [o for o in owners if not (o.dep_ == "amod" and o.lower_ in ctx.demonyms)]
    demonyms = dict.fromkeys(ctx.demonyms[o.lower_] for o in owners if o not in named)  # "with Xian funding"
    return support_findings(ctx, named) + [Finding((actor,), 1, "reported", "asserted", "name") for actor in demonyms]


def _act_verbs(token) -> list:
    """The verb the cue belongs to (up to three words up) and its conjunct verbs."""
    node = token
    for _ in range(_REACH):
        if node.dep_ in _CLAUSE_DEPS or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ not in _CLAUSE_DEPS or any(c.dep_ == "neg" for c in node.children):
        return []
    return [node] + [c for c in node.children if c.dep_ == "conj" and any(g.dep_ in _VERB_CHILDREN for g in c.children)]


def _backers(verb) -> list:
    """The owners of "with X funding", "under the supervision of X" on ``verb`` (a "with" phrase's
    conjoined "and under …" too)."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "under"}]
    preps += [g for p in preps for n in p.children if n.dep_ == "pobj" for g in n.children
              if g.dep_ == "conj" and g.lower_ in {"with", "under"}]
    nouns = [n for p in preps for n in p.children if n.dep_ == "pobj" and _backing(n, p.lower_)]
    return [o for n in nouns for o in _owners(n)] + _participle_backers(verb)


def _noun_backers(token) -> list:
    """"the rail study commissioned by X and Y": the doers of a backing participle on the cue's own noun."""
    noun = token
    while noun.dep_ in {"compound", "amod"} and noun.head.i != noun.i:
        noun = noun.head
    if any(c.dep_ == "neg" for c in _clause_of(noun).children):
        return []  # "a board of deminers financed by X will not keep anyone safe": left to the walk
    return _agents([c for c in noun.children if c.dep_ == "acl" and c.lower_ in _BACKED_PARTICIPLES])


def _clause_of(token):
    """The verb (or root) of the clause ``token`` is in."""
    while token.dep_ not in _CLAUSE_DEPS and token.head.i != token.i:
        token = token.head
    return token


def _participle_backers(verb) -> list:
    """"deminers, paid by X and checked by Y inspectors, cleared …", "cleared the road, paid by X":
    the doers after "by" of a paying or overseeing participle on a word of the act's own clause."""
    return _agents([t for t in _clause_words(verb) if t.dep_ == "acl" and t.lower_ in _BACKED_PARTICIPLES])


def _agents(participles) -> list:
    """The doers after "by" of ``participles`` and of their backing conjuncts, with the doers' owners."""
    participles = participles + [c for t in participles for c in t.conjuncts if c.lower_ in _BACKED_PARTICIPLES]
    doers = [n for t in participles for a in t.children if a.dep_ == "agent" for n in a.children if n.dep_ == "pobj"]
    return [o for n in doers for o in (n, *_owners(n), *n.conjuncts)]


def _clause_words(verb) -> list:
    """The words of ``verb``'s clause and of the participles on them, not of clauses within it."""
    out, stack = [], [verb]
    while stack:
        token = stack.pop()
        out.append(token)
        stack += [c for c in token.children if _within(c)]
    return out


def _within(child) -> bool:
    """Part of the same act: not a clause or conjunct of its own, and not a thing it is set against
    ("a better guarantee than a scanner paid for by X")."""
    if child.dep_ == "prep" and child.lower_ in {"than", "unlike", "instead", "without"}:
        return False
    return child.dep_ not in _OTHER_CLAUSE_DEPS


def _backing(noun, preposition: str) -> bool:
    word = stem(noun.lower_)
    return word in _BACKING or preposition == "under" and word in _OVERSIGHT


def _owners(noun) -> list:
    """"EU funding", "UNDP's quality assurance", "the support of X and Y"."""
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS and c.text[:1].isupper()]
    owners += [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return owners + [c for o in owners for c in o.children if c.dep_ == "conj"]

"""A role subject with the body it serves: "a spokeswoman for the Norlandic Foreign Ministry said".

Used by ``speakers.rules.v1``. The parser often hangs the prepositional phrase that names a role's
body on the verb rather than on the role ("A spokeswoman | for the X ministry | described …"), so
the subject it gives stops at the role and names no actor. When the words right after a role
subject are "for/of/at/to (the) Capitalised Name …" and the cue verb follows them directly, the
subject takes them in, provided the longer words then name a codebook actor ("an official at the
Kestrian embassy told", "an adviser to Norland's president described", "the spokesperson of the X
Foreign Ministry said"). A place ("a diplomat in Varn") is not taken in.
"""

from __future__ import annotations

import re

from .speaker_roles import role_heads, role_words
from .speaker_subjects import resolve_subject

_COMPLEMENT = re.compile(
    r"[ \t]+(?:for|of|at|to)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.-]*[ \t]+){0,4}[A-Z][\w-]*(?:['’]s)?(?:[ \t]+(?:"
    r"government|ministry|side|embassy|delegation|office|presidency|administration|authorities|mission|cabinet))?"
)
_BEFORE_VERB = re.compile(r"[ \t]*(?:(?:also|later|then|earlier|separately|\w+ly)[ \t]+)?")
_MAX_ROLE_WORDS = 4


def with_role_complement(ctx, subject: tuple[int, int], cue: tuple[int, int]) -> tuple[int, int]:
    """``subject`` grown by the body its role serves (module docstring), else unchanged."""
    text = ctx.text
    words = role_words(text[subject[0] : subject[1]])
    if not 1 <= len(words) <= _MAX_ROLE_WORDS or not role_heads(words[-1:]) or cue[0] < subject[1]:
        return subject
    match = _COMPLEMENT.match(text, subject[1])
    if match is None or _BEFORE_VERB.fullmatch(text, match.end(), cue[0]) is None:
        return subject
    grown = (subject[0], match.end())
    return grown if resolve_subject(ctx, grown)[1] is not None else subject

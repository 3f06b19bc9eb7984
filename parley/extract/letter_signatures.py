"""Letters to the editor: each letter is its signatory's own argument.

A letters page prints several letters, each opened by a salutation ("Sir, …", "Dear Editor, …")
and closed by a signature line under it ("Jane Roe, Chair, Some Council, Dublin"), or by two: the name,
then the role and organisation ("Jane Roe" / "Chair, Some Council, Dublin"). The page's
own camp (often independent) is not the writers': what a letter argues is the position of the
actor its signatory stands for (the organisation named in the signature). The letters become
turns, like a transcript's labelled speakers: ``(offset, actors, person)`` at each letter's
start, and a turn without actors at its signature, so a heading of the next letter is nobody's.
"""

from __future__ import annotations

import re

from .lexicon import ORG_WORDS

_SALUTATION = re.compile(r"(?:Sir|Madam|Sirs|Dear\s+(?:Sir|Madam|Editor|Sirs)\b[^,\n]{0,30})\s*[,:—-]\s")
_SIGNATURE_MAX_WORDS = 16  # a name, a role, an organisation and a town; longer is prose
_NAME = re.compile(r"^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+\s*,")


def letter_turns(text: str, mentions) -> list[tuple[int, tuple[str, ...], str | None]]:
    """The letters of a letters page as turns (module docstring); empty unless two letters are signed.

    ``mentions``: the document's actor mentions (``.span``, ``.actor``). Only what the signature
    names counts, not a guess from the writer's town.
    """
    turns, start = [], None
    offset = 0
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        bare = line.strip()
        below = _role_line_after(lines, i) if start is not None and bare and _name_only(bare) else None
        if _SALUTATION.match(bare):
            start = offset
        elif start is not None and bare and (_signature(bare) or below is not None):
            end = offset + (_before_town(line) if below is None else len(line) + _before_town(below))
            actors = [m.actor for m in mentions if offset <= m.span.start and m.span.end <= end]
            turns.append((start, tuple(actors[:1]), bare.split(",")[0]))  # the organisation named first
            turns.append((offset, (), None))
            start = None
        offset += len(line)
    signed = [t for t in turns if t[1]]
    return turns if len(turns) >= 4 and signed else []


def _signature(line: str) -> bool:
    """A short line without a full stop at its end that opens with a person's name and a comma."""
    return len(line.split()) <= _SIGNATURE_MAX_WORDS and not line.endswith((".", "?", "!", '"', "”")) \
        and bool(_NAME.match(line))


def _name_only(line: str) -> bool:
    """A line that is a person's name alone ("Javid Shahmarli"), the first line of a two-line signature."""
    return bool(_NAME_LINE.fullmatch(line))


_NAME_LINE = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+")


def _role_line_after(lines: list[str], i: int) -> str | None:
    """The short line right under a name line ("Press Counsellor, Embassy of X, London"; "Dundee"):
    the second line of a signature; else ``None``."""
    if i + 1 >= len(lines):
        return None
    line = lines[i + 1]
    bare = line.strip()
    if not bare or len(bare.split()) > _SIGNATURE_MAX_WORDS or bare.endswith((".", "?", "!", '"', "”")):
        return None
    return line


def _before_town(line: str) -> int:
    """Where a signature's last part, the writer's town, begins ("…, Western Community, Klowville"): a
    town says where the writer lives, not whom the letter speaks for. A name and a town alone
    ("Jane Roe, Dublin") leave only the name. A last part that names an organisation ("Jane Roe,
    Chair, Klowville Heritage Council") is kept whole: the line ends there."""
    cut = line.rfind(",")
    last = line[cut + 1:].split() if cut >= 0 else []
    if len(last) > _TOWN_MAX_WORDS or any(w.lower().strip(".,") in ORG_WORDS | _BODY_WORDS for w in last):
        return len(line.rstrip())
    return cut


_TOWN_MAX_WORDS = 3  # "Klowville", "New Klowville", "Upper Klow Valley"
_BODY_WORDS = frozenset("forum society network community association foundation league club trust".split())


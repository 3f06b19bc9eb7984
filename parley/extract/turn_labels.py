"""Speaker labels of transcripts in the layouts that name the speaker without a codebook name.

:func:`transcript_labels` finds labels at line starts ("SECRETARY TASCH:") and reads
their actors from the mentions inside them. Three common layouts escape that:

* a time stamp before the label, as podcast and broadcast transcripts print it
  ("[00:01:36] KARAOGLU: …");
* a party or faction in brackets after the name, as parliamentary records print it
  ("JANE DOE (Green faction): …"): the bracket names the actor the speaker stands for;
* a label in capitals ("XIAN FOREIGN MINISTER:", "DOE:"), where the mention finder, which
  matches names as the codebook spells them, sees nothing: its words are compared with the
  codebook's names and demonyms case-insensitively, and a lone surname with the persons the text
  names in full ("Jane Doe of the Y Institute" … "DOE:").

A label of the one who asks ("QUESTION (Jane Roe, Y Post):", "MODERATOR:") carries no actor, whoever
the bracket names: the journalist's turn is nobody's position. An office without a country
("DEPUTY MINISTER:") in the record of a state's institution is that state's. A page of signed
letters to the editor, with no labels, has its letters as turns (:mod:`.letter_signatures`).

>>> LABEL.match("[00:01:36] DOE (Green faction): Yes.").groups()
('DOE', 'Green faction')
"""

from __future__ import annotations

import re

from .letter_signatures import letter_turns

_STAMP = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?"
LABEL = re.compile(
    rf"^[ \t]*{_STAMP}([A-Z][\w.'’ -]{{1,60}}?)(?:[ \t]*\(([^()\n]{{1,60}})\))?:[ \t]*", re.MULTILINE)
"""A speaker label: an optional time stamp, the name or title, an optional bracketed affiliation."""


_MARKS = frozenset('“”"«»„')
_NAME_CONNECTORS = frozenset({"of", "the", "and", "for", "de", "van", "von", "al", "el", "bin"})
_ASKERS = frozenset("question q moderator host interviewer presenter anchor reporter journalist".split())


def asker_label(label: str) -> bool:
    """The label of a journalist's question or a moderator's turn ("QUESTION", "Moderator")."""
    return label.strip().casefold() in _ASKERS


_GOVERNMENT_OFFICES = frozenset("minister ministry government secretary spokesperson spokesman spokeswoman".split())


def label_actors(label: str, codebook, persons, issuer: str | None = None) -> tuple[tuple[str, ...], str | None]:
    """Actors and person of a label whose mentions found nothing (capitals, a bare surname).

    An office of government named without its country ("DEPUTY MINISTER OF FOREIGN AFFAIRS") in a
    record a state's institution issues is that state's: a parliament's record names its own
    government's ministers so.
    """
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", label)]
    if not words:
        return (), None
    if len(words) == 1:  # a surname: the person the text named in full
        named = [p for p in persons if p.actor and p.name.split()[-1].casefold() == words[0]]
        if named:
            return (named[-1].actor,), named[-1].name
    found = [actor.id for actor in codebook.actors if _names_actor(words, actor)]
    if len(found) == 1:
        return (tuple(found), None)
    kinds = {a.id: a.kind for a in codebook.actors}
    if not found and issuer is not None and kinds.get(issuer) == "state" and _GOVERNMENT_OFFICES & set(words):
        return (issuer,), None  # "DEPUTY MINISTER:" in the record of the state's parliament
    return (), None


def _names_actor(words: list[str], actor) -> bool:
    """The label's words contain one of the actor's names, aliases or demonyms, as whole words."""
    joined = f" {' '.join(words)} "
    names = (actor.name, *actor.aliases, *actor.demonyms, *actor.members)
    return any(f" {name.casefold()} " in joined for name in names if name)


def transcript_labels(state, ctx) -> list[tuple[int, tuple[str, ...], str | None]]:
    """Speaker labels at line starts ("SECRETARY TASCH:", "Ferro: …"): (offset, actors, name)."""
    found = []
    for match in LABEL.finditer(state.text):
        if len(match.group(1).split()) > 5 or state.text[match.end() : match.end() + 1] in _MARKS:
            continue  # a headline attributing a quote, not a speaker's turn
        if not is_speaker_label(match.group(1)):
            continue  # "Ruritania's choice: …" is a headline
        actors, person = ctx.actors_in(match.start(1), match.end(match.lastindex))  # with "(X faction)"
        if asker_label(match.group(1)):
            actors, person = (), None  # "QUESTION (Jane Roe, Y Post):" — the journalist's turn
        elif not actors:  # "XIAN MINISTER:", "DOE:" — capitals or a surname the mentions miss
            actors, person = label_actors(" ".join(g for g in match.groups() if g), ctx.codebook, ctx.persons, ctx.home)
        if not actors and not asker_label(match.group(1)):  # "OFFICIAL:" under "Caption: Official of X's …"
            caption = caption_before(state.text, match.start())
            actors = ctx.actors_in(*caption)[0] if caption else ()
        found.append((match.end(), actors, person))
    if len(found) == 1 and _title_line(state.text, found[0][0]):
        found = []  # "Xland: a firm no to …" as the title, and no turn after it: a headline
    return found if any(actors for _, actors, _ in found) else letter_turns(state.text, ctx.mentions)


_TITLE_WORDS = 25
_CAPTION = re.compile(r"\bCaption:[ \t]*([^\n]+)|\[(?:CLIP|AUDIO|SOUND|VIDEO|INSERT)\b[^\]\n:]*:[ \t]*([^\]\n.]+)")


def caption_before(text: str, position: int) -> tuple[int, int] | None:
    """``(start, end)`` of the on-screen caption in the paragraph right before a turn label: a script
    captions who speaks next ("[06:20] Ordubad. Caption: Official of X's transport ministry." ¶
    "OFFICIAL: …"), or a bulletin's clip header does ("[CLIP 3: X's ambassador in Y. Duration 0:12]")."""
    end = len(text[:position].rstrip())
    start = text.rfind("\n\n", 0, end)
    found = _CAPTION.search(text, 0 if start < 0 else start, end)
    if found is None:
        return None
    return found.span(1) if found.group(1) is not None else found.span(2)


def _title_line(text: str, position: int) -> bool:
    """``position`` is on the text's first non-blank line, a short one with another header line
    right under it (a turn that opens a transcript runs on, or leaves a blank line after it)."""
    first = len(text) - len(text.lstrip())
    end = text.find("\n", first)
    if end < 0 or end < position:
        return False
    return len(text[first:end].split()) <= _TITLE_WORDS and text[end + 1 : end + 2] not in {"", "\n", "\r"}


def is_speaker_label(label: str) -> bool:
    """A name or title, capitalised word by word ("SECRETARY TASCH", "Ferro", "Q"), not a phrase
    with a possessive or lower-case words ("Ruritania's choice").

    >>> is_speaker_label("Minister of Foreign Affairs"), is_speaker_label("Ruritania's choice")
    (True, False)
    """
    words = label.split()
    return not any(w.endswith(("'s", "’s")) for w in words) and all(
        w[:1].isupper() or w in _NAME_CONNECTORS for w in words
    )


def _turn_at(ctx, position: int):
    """The last label at or before ``position`` (``None`` before the first)."""
    return next((lab for lab in reversed(ctx.labels) if lab[0] <= position), None)


def label_speaker(ctx, position: int) -> tuple[tuple[str, ...], str | None] | None:
    """The labelled speaker whose turn covers ``position`` (``None`` outside labelled turns)."""
    turn = _turn_at(ctx, position)
    return (turn[1], turn[2]) if turn is not None and turn[1] else None


def unowned_turn(ctx, position: int) -> bool:
    """``position`` lies in a turn whose label names no actor (a chair, a journalist, a private
    letter writer): the words are nobody's own argument, not the page's or the author's."""
    turn = _turn_at(ctx, position)
    return turn is not None and not turn[1]


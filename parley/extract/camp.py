"""``camp.codebook.v1``: the camp a document speaks from, with the evidence.

In order: ``Document.camp`` when the source gave one; the author's affiliation
matched against the codebook's ``affiliation_camps`` (an op-ed speaks for its
author's institution, whatever outlet prints it); an institutional author (a
press office) or the outlet matched against the source tables; the outlet or
author being a codebook actor itself (an organisation publishing its own
readout speaks from that actor's camp); in an op-ed without metadata, an
institution of the affiliation table its byline or closing author note names;
a sponsor of the affiliation table named in leading lines that mark the text as sponsored
("Partner content | Produced for X": an advertorial speaks for whoever paid for it); an outlet
of the codebook named in the document's leading lines (a dateline "/AGENCY/" or "…, AGENCY reports").
Matching is case-insensitive and either name may contain the other. Nothing is
guessed: without evidence the camp is ``None`` (unknown) and the evidence says
what was looked at.
"""

from __future__ import annotations

import re

from .issues import body_start
from .speaker_issuer import header_issuer
from .state import Component, DocState, register_component
from .voice import named_affiliation, opinion_signals

_HEADER_CHARS = 600


@register_component("camp.codebook.v1")
class CodebookCamp(Component):
    """The document's camp from its metadata and the codebook's source tables."""

    defaults = {"search_header": True}

    def __call__(self, state: DocState) -> DocState:
        camp, evidence = self.camp_of(state)
        return state.add(self.name, camp=camp, camp_evidence=evidence)

    def camp_of(self, state: DocState) -> tuple[str | None, str]:
        doc, book = state.document, self.codebook
        if doc.camp:
            return doc.camp, doc.camp_evidence or f"camp '{doc.camp}' given with the document"
        sources = book.outlet_camps + book.affiliation_camps
        for field, value, table in (
            ("affiliation", doc.affiliation, book.affiliation_camps + book.outlet_camps),
            ("author", doc.author, sources),
        ):
            hit = _lookup(value, table)
            if hit:
                return hit[1], f"{field} '{value}' → {hit[1]} (codebook sources: '{hit[0]}')"
        if self.settings["search_header"]:  # an op-ed or letter speaks for its writer's institution
            byline = _opinion_affiliation(state, book.affiliation_camps)
            if byline is not None:
                return byline, f"op-ed whose byline or author note names an institution of camp {byline}"
        hit = _lookup(doc.outlet, sources)
        if hit:
            return hit[1], f"outlet '{doc.outlet}' → {hit[1]} (codebook sources: '{hit[0]}')"
        for field, value in (("outlet", doc.outlet), ("author", doc.author)):
            actor = actor_named(value, book)
            if actor:
                return actor.side, f"{field} '{value}' is the codebook actor {actor.id} → {actor.side}"
        member = author_member(doc.author, book.actors)  # a deputy's newsletter speaks from the deputy's camp
        if member:
            side = book.actor(member).side
            return side, f"author '{doc.author}' is a member of the codebook actor {member} → {side}"
        if self.settings["search_header"]:
            hit = _sponsor_in_header(state, book.affiliation_camps)
            if hit:
                return hit[1], f"sponsored content: '{hit[0]}', named in the first lines as its sponsor → {hit[1]}"
            hit = _named_in_header(state.text, book.outlet_camps)
            if hit:
                return hit[1], f"outlet '{hit[0]}' named in the document's first lines → {hit[1]}"
            issuer = header_issuer(state.text, book)  # the issuer speaks from its own camp, as a source entry does
            if issuer is not None:
                return issuer, f"a first line names the issuing office of the codebook actor {issuer}"
        looked = ", ".join(f"{k} {v!r}" for k, v in (("outlet", doc.outlet), ("affiliation", doc.affiliation)))
        return None, f"unknown: no codebook source entry matches ({looked})"


def _opinion_affiliation(state: DocState, table) -> str | None:
    """An op-ed in a bare file: the camp of the institution its byline or author note names."""
    body = body_start(state)
    if not opinion_signals(state.text, body):
        return None
    return named_affiliation(state.text, body, table)


def _lookup(value: str | None, table) -> tuple[str, str] | None:
    """The (name, camp) entry whose name contains ``value`` or is contained in it."""
    if not value:
        return None
    wanted = value.casefold().strip()
    exact = [e for e in table if e[0].casefold().strip() == wanted]
    near = [e for e in table if e[0].casefold() in wanted or wanted in e[0].casefold()]
    found = exact or sorted(near, key=lambda e: -len(e[0]))
    return tuple(found[0]) if found else None  # type: ignore[return-value]


def actor_named(value: str | None, book):
    """The codebook actor whose name or alias is exactly ``value`` (case-insensitive)."""
    if not value:
        return None
    wanted = value.casefold().strip()
    for actor in book.actors:
        if wanted in {n.casefold() for n in (actor.name, *actor.aliases)}:
            return actor
    return None


def author_member(author: str | None, actors) -> str | None:
    """The codebook actor whose members list the byline author (first and last name)."""
    for actor in actors:
        if author and any(_same_name(author, member) for member in actor.members):
            return actor.id
    return None


def _same_name(author: str, member: str) -> bool:
    a, m = author.lower().split(), member.lower().split()
    return bool(a) and bool(m) and a[0] == m[0] and a[-1] == m[-1]


_SPONSORED = re.compile(r"\b(?:sponsored|partner content|paid (?:for|post|content)|advertorial|advertising feature"
                        r"|promoted by|produced for)\b", re.IGNORECASE)


def _sponsor_in_header(state: DocState, table) -> tuple[str, str] | None:
    """A sponsored supplement or advertorial speaks for whoever paid for it, not for the outlet that
    prints it: an institution of the affiliation table named in lines that say the text is sponsored."""
    header = state.text[: body_start(state)]
    if not _SPONSORED.search(header):
        return None
    return _named_in_header(header, table)


def _named_in_header(text: str, table) -> tuple[str, str] | None:
    header = text.lstrip()[:_HEADER_CHARS]
    for name, camp in sorted(table, key=lambda e: -len(e[0])):
        if len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", header, re.IGNORECASE):
            return name, camp
    return None

"""``camp.codebook.v1``: the camp a document speaks from, with the evidence.

In order: ``Document.camp`` when the source gave one; the document's outlet
matched against the codebook's ``outlet_camps``; its affiliation against
``affiliation_camps`` (case-insensitive, either name may contain the other);
an outlet of the codebook named in the document's leading lines (a dateline
"/AGENCY/" or "…, AGENCY reports"). Nothing is guessed: without evidence the
camp is ``None`` (unknown) and the evidence says what was looked at.
"""

from __future__ import annotations

import re

from .state import Component, DocState, register_component

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
        for field, value, table in (
            ("outlet", doc.outlet, book.outlet_camps),
            ("affiliation", doc.affiliation, book.affiliation_camps),
        ):
            hit = _lookup(value, table)
            if hit:
                return hit[1], f"{field} '{value}' → {hit[1]} (codebook sources: '{hit[0]}')"
        if self.settings["search_header"]:
            hit = _named_in_header(state.text, book.outlet_camps)
            if hit:
                return hit[1], f"outlet '{hit[0]}' named in the document's first lines → {hit[1]}"
        looked = ", ".join(f"{k} {v!r}" for k, v in (("outlet", doc.outlet), ("affiliation", doc.affiliation)))
        return None, f"unknown: no codebook source entry matches ({looked})"


def _lookup(value: str | None, table) -> tuple[str, str] | None:
    """The (name, camp) entry whose name contains ``value`` or is contained in it."""
    if not value:
        return None
    wanted = value.casefold().strip()
    exact = [e for e in table if e[0].casefold().strip() == wanted]
    near = [e for e in table if e[0].casefold() in wanted or wanted in e[0].casefold()]
    found = exact or sorted(near, key=lambda e: -len(e[0]))
    return tuple(found[0]) if found else None  # type: ignore[return-value]


def _named_in_header(text: str, table) -> tuple[str, str] | None:
    header = text.lstrip()[:_HEADER_CHARS]
    for name, camp in sorted(table, key=lambda e: -len(e[0])):
        if len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", header, re.IGNORECASE):
            return name, camp
    return None

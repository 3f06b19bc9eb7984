"""The contract every pipeline component meets (Axelrod-style: each component's test class inherits it).

A subclass sets ``component_name`` and, where useful, ``samples`` (texts that make
the component produce something). The checks run the default pipeline up to the
component, then the component itself, on the samples and on odd texts.
"""

from __future__ import annotations

from parley.core.registry import check_versioned_name
from parley.core.types import Document
from parley.extract import COMPONENTS, DocState

ODD_TEXTS = [
    " ",
    "?",
    "“",
    '"""',
    "no sentence punctuation at all and no capitals either",
    "Ünïcödé — 日本語 «guillemets» and emoji 🙂 “unclosed",
    "\n\n\n",
    "“” „“ ‘’",
    " ".join(["word"] * 1500) + ".",
    "A\u00a0non-breaking\u2009space and a zero\u200bwidth joiner.",
]
LAYERS = ("sentences", "mentions", "persons", "candidates", "quotes", "positions")


class ComponentContract:
    """Checks shared by every component; subclasses set ``component_name``."""

    component_name: str = ""
    samples: list[str] = [
        "“We will never accept this,” Rudolf Rassendyll said in Szohod on Friday.",
        "Strelsau and Szohod agreed. The Bordurian side said “talks will go on”.",
    ]

    # -- helpers ----------------------------------------------------------------------
    def states(self, pipeline, text: str) -> tuple[DocState, DocState]:
        """The state before this component and after it, for ``text``."""
        position = pipeline.config.components.index(self.component_name)
        document = Document.from_text(text) if text.strip() else Document.from_text(text + "x")
        nlp = pipeline.nlp
        state = DocState(document, nlp(document.text) if nlp is not None else None)
        for component in pipeline.components[:position]:
            state = component(state)
        return state, pipeline.components[position](state)

    def all_texts(self) -> list[str]:
        return self.samples + ODD_TEXTS

    # -- the contract -------------------------------------------------------------------
    def test_registered_under_a_versioned_name(self, pipeline):
        check_versioned_name(self.component_name)
        cls = COMPONENTS.get(self.component_name)
        assert cls.name == self.component_name
        assert any(isinstance(c, cls) for c in pipeline.components)

    def test_records_that_it_ran(self, pipeline):
        _, after = self.states(pipeline, self.samples[0])
        assert after.components[-1] == self.component_name

    def test_deterministic(self, pipeline):
        for text in self.samples:
            first = self.states(pipeline, text)[1]
            second = self.states(pipeline, text)[1]
            for layer in LAYERS + ("camp", "doc_date"):
                assert getattr(first, layer) == getattr(second, layer), layer

    def test_spans_lie_inside_the_document_and_match_their_text(self, pipeline):
        for text in self.all_texts():
            _, after = self.states(pipeline, text)
            doc = after.document
            for layer in LAYERS:
                for item in getattr(after, layer):
                    span = item if layer == "sentences" else item.span
                    assert span.doc_id == doc.id and 0 <= span.start <= span.end <= len(doc.text)
                    if hasattr(item, "text") and layer != "quotes":
                        assert span.text_in(doc.text) == item.text
            for quote in after.quotes:
                covered = quote.span.text_in(doc.text)
                for part in quote.text.split(" "):
                    assert part in covered

    def test_confidence_in_unit_interval_and_extractor_named(self, pipeline):
        for text in self.all_texts():
            before, after = self.states(pipeline, text)
            for layer in ("mentions", "candidates", "quotes", "positions"):
                for item in getattr(after, layer):
                    assert 0.0 <= item.confidence <= 1.0
                    assert item.extractor and item.extractor != "unknown"
                    check_versioned_name(item.extractor)

    def test_keeps_what_earlier_components_produced(self, pipeline):
        for text in self.all_texts():
            before, after = self.states(pipeline, text)
            assert after.components[: len(before.components)] == before.components
            for layer in LAYERS:
                old, new = getattr(before, layer), getattr(after, layer)
                assert len(new) >= len(old), layer
                if layer != "quotes":  # speakers and dates enrich quotes in place
                    assert set(old) <= set(new), layer
                else:
                    assert {q.span for q in old} <= {q.span for q in new}

    def test_odd_texts_do_not_crash(self, pipeline):
        for text in ODD_TEXTS:
            self.states(pipeline, text)

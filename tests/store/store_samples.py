"""Sample documents, extraction results and hypothesis strategies for the store tests."""

from __future__ import annotations

from hypothesis import strategies as st

from parley.core import Document, ExtractionResult, Mention, PartialDate, Position, Quote
from parley.core.types import DATE_SOURCES, MODALITIES, STANCES, VIAS, CandidateActor

TEXT = "Velorian minister Ana Roe said \"we will sign\". Kestrel rejected the plan in Castelmar."


def sample_doc(text: str = TEXT, **metadata) -> Document:
    """A document with the sample text (or ``text``)."""
    return Document.from_text(text, **{"name": "d1", **metadata})


def sample_result(doc: Document) -> ExtractionResult:
    """One of every kind of item, with spans into ``doc`` (which starts with TEXT)."""
    quote_span = doc.span(TEXT.index("we will"), TEXT.index("sign") + 4)
    return ExtractionResult(
        doc_id=doc.id,
        sentences=(doc.span(0, 47), doc.span(48, len(TEXT))),
        mentions=(Mention(doc.span(0, 8), "veloria", "Velorian", "demonym", "actors.codebook.v1", 0.9),),
        quotes=(Quote(quote_span, "we will sign", "Ana Roe", "veloria", doc.span(18, 25), "said",
                      PartialDate(2025, 3), "text", True, "quotes.rules.v1", 0.8),),
        positions=(Position("kestrel", "plan", "oppose", doc.span(48, len(TEXT)), "reported",
                            extractor="stance.rules.v1", confidence=0.6),),
        candidates=(CandidateActor(doc.span(18, 25), "Ana Roe", "PERSON", "ner.spacy.v1", 0.7),),
        camp="independent", camp_evidence="outlet",
    )


def item_count(result: ExtractionResult) -> int:
    """How many rows ``result`` writes into the item tables."""
    return sum(len(getattr(result, name)) for name in ("sentences", "mentions", "quotes", "positions", "candidates"))


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120).filter(str.strip)
optional_texts = st.one_of(st.none(), texts)
confidences = st.floats(0.0, 1.0, allow_nan=False)
slugs = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)


@st.composite
def dates(draw) -> PartialDate:
    """A valid date at any precision."""
    year = draw(st.integers(1, 9999))
    month = draw(st.one_of(st.none(), st.integers(1, 12)))
    day = draw(st.one_of(st.none(), st.integers(1, 28))) if month else None
    return PartialDate(year, month, day)


optional_dates = st.one_of(st.none(), dates())


@st.composite
def documents(draw) -> Document:
    """An arbitrary valid document."""
    return Document.from_text(
        draw(texts), title=draw(optional_texts), author=draw(optional_texts),
        affiliation=draw(optional_texts), outlet=draw(optional_texts), published=draw(optional_dates),
        url=draw(optional_texts), language=draw(st.sampled_from(["en", "fr", "hy", "az"])),
        camp=draw(st.one_of(st.none(), slugs)), camp_evidence=draw(optional_texts),
        source_path=draw(optional_texts), name=draw(optional_texts), genre=draw(optional_texts),
    )


@st.composite
def spans(draw, doc: Document):
    """A span inside ``doc``."""
    start = draw(st.integers(0, len(doc.text)))
    return doc.span(start, draw(st.integers(start, len(doc.text))))


@st.composite
def quotes(draw, doc: Document) -> Quote:
    """An arbitrary valid quote in ``doc``."""
    return Quote(
        draw(spans(doc)), draw(texts), speaker=draw(optional_texts),
        speaker_actor=draw(st.one_of(st.none(), slugs)), speaker_span=draw(st.one_of(st.none(), spans(doc))),
        cue=draw(optional_texts), date=draw(optional_dates), date_source=draw(st.sampled_from(DATE_SOURCES)),
        direct=draw(st.booleans()), extractor=draw(texts), confidence=draw(confidences),
    )


@st.composite
def positions(draw, doc: Document) -> Position:
    """An arbitrary valid machine position in ``doc``."""
    return Position(
        draw(slugs), draw(slugs), draw(st.sampled_from(STANCES)), draw(spans(doc)),
        via=draw(st.sampled_from(VIAS)), modality=draw(st.sampled_from(MODALITIES)),
        speaker=draw(optional_texts), quote_id=draw(optional_texts), date=draw(optional_dates),
        extractor=draw(texts), confidence=draw(confidences),
    )

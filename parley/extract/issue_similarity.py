"""Sentence–issue similarity with offline sentence embeddings (used by ``issues.hybrid.v1``).

Actor names are blanked in sentences and labels before embedding: the parties appear in
most sentences and in many labels, and would otherwise make every sentence that names
them look like every issue that does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parley.core.types import Codebook, Span

from .embeddings import load_encoder
from .issues import IssueHit, _tokens_raw
from .stance_lexicon import stem
from .state import DocState

_SPACES = re.compile(r"\s+")


class IssueSimilarity:
    """Cosine similarity of sentences to each issue's label and keywords."""

    def __init__(self, codebook: Codebook, actor_words: frozenset[str]) -> None:
        self.issue_ids = codebook.issue_ids
        self.actor_words = actor_words
        self.encoder = load_encoder()
        texts = [_blank_words(f"{i.label}. {', '.join(i.keywords)}", actor_words) for i in codebook.issues]
        self.issue_vectors = self.encoder.embed(texts)

    def similarities(self, texts: list[str]):
        """``len(texts) × n_issues`` cosine similarities."""
        import numpy as np

        return np.nan_to_num(self.encoder.embed(texts) @ self.issue_vectors.T)

    def combine(self, state: DocState, sentences: list[Span], hits: dict, settings: dict) -> dict:
        """Lexical hits with their similarity added, plus clear embedding-only hits."""
        texts = [self.blanked(state, s) for s in sentences]
        sims = self.similarities(texts)
        out = {}
        for row, sentence in enumerate(sentences):
            out[sentence] = self._for_sentence(sentence, hits[sentence], sims[row], settings)
        return out

    def blanked(self, state: DocState, sentence: Span) -> str:
        """The sentence with actor mentions and actor words removed."""
        text = state.text
        pieces, cursor = [], sentence.start
        for mention in sorted(state.mentions, key=lambda m: m.span):
            if sentence.start <= mention.span.start and mention.span.end <= sentence.end and mention.span.start >= cursor:
                pieces.append(text[cursor : mention.span.start])
                cursor = mention.span.end
        pieces.append(text[cursor : sentence.end])
        return _blank_words(" ".join(pieces), self.actor_words)

    def _for_sentence(self, sentence: Span, lexical: list[IssueHit], row, settings: dict) -> list[IssueHit]:
        bonus = settings["similarity_bonus"]
        updated = [
            replace(h, similarity=round(float(row[self.issue_ids.index(h.issue)]), 3), method="lexical+embedding",
                    score=round(h.score + bonus * max(float(row[self.issue_ids.index(h.issue)]), 0.0), 3))
            for h in lexical
        ]
        order = row.argsort()[::-1]
        best = int(order[0])
        margin = float(row[best] - row[order[1]]) if len(order) > 1 else float(row[best])
        issue = self.issue_ids[best]
        if float(row[best]) >= settings["min_similarity"] and margin >= settings["min_margin"] and not any(
            h.issue == issue for h in lexical
        ):
            updated.append(IssueHit(sentence, issue, round(float(row[best]), 3), (), "embedding", round(float(row[best]), 3)))
        return updated


def _blank_words(text: str, actor_words: frozenset[str]) -> str:
    """The words of ``text`` without actor words and proper names (capitalised words after the first)."""
    words = _tokens_raw(text)
    kept = [w for n, (_, _, w) in enumerate(words) if stem(w) not in actor_words and not (n and w[:1].isupper())]
    return _SPACES.sub(" ", " ".join(kept)).strip()

"""Answer keys ("gold") of an evaluation set, read from JSON.

A set is a folder with ``codebook.yaml``, ``docs/<doc_id>.<ext>`` and
``gold/<doc_id>.json`` (format: the eval README). Errors name the file and
what was expected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from parley.core.dates import PartialDate, parse_optional_date
from parley.core.errors import InputError, ValidationError


@dataclass(frozen=True)
class GoldSource:
    title: str | None = None
    author: str | None = None
    affiliation: str | None = None
    outlet: str | None = None
    date: PartialDate | None = None
    url: str | None = None


@dataclass(frozen=True)
class GoldQuote:
    text: str
    speaker: str | None = None
    speaker_actor: str | None = None
    date: PartialDate | None = None


@dataclass(frozen=True)
class GoldPosition:
    actor: str
    issue: str
    stance: str
    evidence: str
    via: str = "reported"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.actor, self.issue, self.stance)


@dataclass(frozen=True)
class GoldDocument:
    """The answer key of one document."""

    doc_id: str
    source: GoldSource
    perspective: str | None
    actors: tuple[str, ...]
    quotes: tuple[GoldQuote, ...]
    positions: tuple[GoldPosition, ...]


@dataclass(frozen=True)
class GoldSet:
    """An evaluation set on disk: the codebook, the document files and the answer keys.

    A file may hold several documents (a ``.jsonl``), so keys are matched to
    documents by doc id after reading; :meth:`document_path` finds the file named
    after a doc id where there is one.
    """

    root: Path
    codebook: Path
    files: tuple[Path, ...]
    gold: dict[str, GoldDocument]

    def document_path(self, doc_id: str) -> Path | None:
        """The file ``docs/<doc_id>.<ext>``, or ``None`` (a record inside a multi-document file)."""
        return next((p for p in self.files if p.stem == doc_id), None)


def load_gold(path: str | Path) -> GoldDocument:
    """Read one answer key; :class:`InputError` names the file and the problem."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such answer key") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(path, f"not valid JSON ({err})") from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a JSON object with doc_id, actors, quotes, positions")
    try:
        return _gold_from(data, path.stem)
    except (KeyError, TypeError, ValidationError) as err:
        raise InputError(path, f"not an answer key ({err.__class__.__name__}: {err})") from None


def _gold_from(data: dict, default_id: str) -> GoldDocument:
    source = data.get("source") or {}
    return GoldDocument(
        doc_id=str(data.get("doc_id") or default_id),
        source=GoldSource(
            **{k: source.get(k) for k in ("title", "author", "affiliation", "outlet", "url")},
            date=parse_optional_date(source.get("date")),
        ),
        perspective=data.get("perspective"),
        actors=tuple(str(a) for a in data.get("actors", [])),
        quotes=tuple(
            GoldQuote(str(q["text"]), q.get("speaker"), q.get("speaker_actor"), parse_optional_date(q.get("date")))
            for q in data.get("quotes", [])
        ),
        positions=tuple(
            GoldPosition(p["actor"], p["issue"], p["stance"], p.get("evidence", ""), p.get("via", "reported"))
            for p in data.get("positions", [])
        ),
    )


def load_gold_set(setdir: str | Path) -> GoldSet:
    """Read every answer key of a set and list its document files."""
    root = Path(setdir)
    for part in ("codebook.yaml", "docs", "gold"):
        if not (root / part).exists():
            raise InputError(root, f"not an evaluation set (missing {part}); expected codebook.yaml, docs/, gold/")
    files = tuple(p for p in sorted((root / "docs").iterdir()) if p.is_file())
    gold = {}
    for path in sorted((root / "gold").glob("*.json")):
        key = load_gold(path)
        gold[key.doc_id] = key
    return GoldSet(root, root / "codebook.yaml", files, gold)

"""Document metadata: from mappings (sidecars, front matter, record columns), merged by priority.

A *layer* is the metadata one source gives, as a dict of :class:`Document` field
names. Layers are merged highest priority first: sidecar file > the file's own
metadata > its leading title/byline/date block.

>>> layer = metadata_from_mapping("a.md", {"Title": "Talks", "date": "2023-10", "authors": ["A", "B"]})
>>> layer["title"], str(layer["published"]), layer["author"]
('Talks', '2023-10', 'A, B')
>>> merged = merge_layers([("sidecar", {"title": "Given"}), ("file", {"title": "Found", "url": "u"})])
>>> merged["title"], merged["url"]
('Given', 'u')
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Mapping

from parley.core.errors import InputError
from parley.core.types import Document

from .dates import parse_date_value

#: Metadata keys understood in sidecars, front matter and record columns, and the field each fills.
KEY_FIELDS = {
    "title": "title", "headline": "title",
    "author": "author", "authors": "author", "byline": "author",
    "affiliation": "affiliation",
    "outlet": "outlet", "source": "outlet", "publisher": "outlet", "sitename": "outlet", "site_name": "outlet",
    "date": "published", "published": "published", "publication_date": "published", "pubdate": "published",
    "url": "url", "link": "url",
    "language": "language", "lang": "language",
    "camp": "camp",
    "genre": "genre", "type": "genre",
    "name": "name", "id": "name",
}
SIDECAR_SUFFIXES = (".meta.json", ".meta.yaml", ".meta.yml")
Layer = dict[str, Any]


def metadata_from_mapping(where: str | Path, mapping: Mapping[Any, Any]) -> Layer:
    """The fields a mapping gives; unknown keys are ignored, a bad date is an InputError."""
    layer: Layer = {}
    for key, value in mapping.items():
        field = KEY_FIELDS.get(str(key).strip().lower().replace("-", "_"))
        if field and field not in layer and not _is_empty(value):
            layer[field] = _field_value(where, field, value)
    return {k: v for k, v in layer.items() if v is not None}


def _field_value(where: str | Path, field: str, value: Any) -> Any:
    if field == "published":
        date = parse_date_value(value)
        if date is None:
            raise InputError(where, f"date {value!r} is not a date (expected e.g. 2023-10-05, 2023-10 or 17 November 2021)")
        return date
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v).strip() for v in value if not _is_empty(v))
    if isinstance(value, (dict, set)):
        raise InputError(where, f"metadata {field!r} must be text, not a {type(value).__name__}")
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    text = " ".join(text.split())
    return text.lower() if field == "language" else text


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def merge_layers(layers: list[tuple[str, Layer]]) -> Layer:
    """One field set from labelled layers, highest priority first.

    When a layer gives ``camp``, ``camp_evidence`` says which one did.
    """
    merged: Layer = {}
    for label, layer in layers:
        for field, value in layer.items():
            if field not in merged:
                merged[field] = value
                if field == "camp":
                    merged["camp_evidence"] = f"camp '{value}' given in the {label}"
    return merged


def sidecar_path(path: Path) -> Path | None:
    """The metadata file beside ``path`` (``<file>.meta.json`` or ``.meta.yaml``), if any."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(path.name + suffix)
        if candidate.is_file():
            return candidate
    return None


def is_sidecar(path: Path) -> bool:
    """True for a metadata sidecar file, which is read with its document, never on its own."""
    return path.name.lower().endswith(SIDECAR_SUFFIXES)


def read_sidecar(path: Path) -> tuple[str, Layer] | None:
    """The labelled metadata layer of ``path``'s sidecar, or ``None`` without one."""
    sidecar = sidecar_path(path)
    if sidecar is None:
        return None
    try:
        raw = sidecar.read_text(encoding="utf-8-sig")
        data = json.loads(raw) if sidecar.name.endswith(".json") else _yaml_mapping(raw)
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise InputError(sidecar, f"metadata sidecar cannot be read ({_short(err)})") from None
    if not isinstance(data, dict):
        raise InputError(sidecar, "metadata sidecar must hold a mapping of keys such as title, author, date")
    return f"sidecar {sidecar.name}", metadata_from_mapping(sidecar, data)


def _yaml_mapping(text: str) -> Any:
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ValueError(f"not valid YAML: {_short(err)}") from None


def _short(err: Exception) -> str:
    return " ".join(str(err).split())[:200]


def build_document(text: str, fields: Layer, *, name: str, source_path: str) -> Document:
    """A :class:`Document` of ``text`` with merged ``fields``; ``name`` unless the metadata names it."""
    values = dict(fields)
    values.setdefault("name", name)
    values.setdefault("language", "en")
    return Document.from_text(text, source_path=source_path, **values)

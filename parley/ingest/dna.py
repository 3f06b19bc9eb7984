"""Discourse Network Analyzer 3 (``.dna``, SQLite) files: read into Parley, write back.

Mapping (DNA → Parley):

* ``DOCUMENTS`` → :class:`Document` (Title → title, Author → author, Source → outlet,
  Type → genre, Date (Unix seconds, UTC) → published day);
* each statement of a type with the variables ``organization``, ``concept`` (short
  text) and ``agreement`` (boolean) — DNA's default "DNA Statement" — whose
  organization and concept are not empty → :class:`Position`: organization → actor,
  concept → issue, agreement 1/0 → support/oppose, person → speaker, the statement's
  characters → span, document date → date; ``review_state="accepted"`` (people coded it);
* organizations and concepts used → codebook actors and issues (ids are slugs of the
  entity values; names and labels are the values themselves).

Everything Parley has no field for — settings, coders, statement types, variables,
regexes, entity colours, parents and attributes, Section/Notes/Coder/exact dates of
documents, statement ids and coders, other statement types and their values — is
kept in :attr:`DnaImport.extra`, a JSON-ready mapping, so that :func:`write_dna`
restores the file. Without ``extra``, :func:`write_dna` writes a fresh DNA 3 file
with one coder ``Admin`` (password given, hashed as DNA does) and the default
statement type.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from parley.core.dates import PartialDate
from parley.core.errors import InputError, ValidationError
from parley.core.types import Actor, Codebook, Document, Issue, Position, Span

EXTRACTOR = "dna.import.v1"
DNA_VERSION = ("3.0.7", "2022-06-10")
MAX_TEXT = 190  # DNA checks LENGTH(...) < 191 on names, titles and entity values
_COLOR = "{c} INTEGER NOT NULL DEFAULT 0 CHECK ({c} BETWEEN 0 AND 255)"
_RGB = ", ".join(_COLOR.format(c=c) for c in ("Red", "Green", "Blue"))
_PERMISSIONS = [f"Permission{p}" for p in (
    "AddDocuments", "EditDocuments", "DeleteDocuments", "ImportDocuments", "AddStatements",
    "EditStatements", "DeleteStatements", "EditAttributes", "EditRegex", "EditStatementTypes",
    "EditCoders", "EditCoderRelations", "ViewOthersDocuments", "EditOthersDocuments",
    "ViewOthersStatements", "EditOthersStatements")]
_FLAG = "{c} INTEGER NOT NULL CHECK ({c} BETWEEN 0 AND 1) DEFAULT {d}"
_CASCADE = "FOREIGN KEY({c}) REFERENCES {t}(ID) ON DELETE CASCADE"
_DATA = ("CREATE TABLE {t}(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, "
         "VariableId INTEGER NOT NULL, {v}, " + _CASCADE.format(c="StatementId", t="STATEMENTS")
         + ", " + _CASCADE.format(c="VariableId", t="VARIABLES") + "{x})")
_UNIQUE_SV = ", UNIQUE (StatementId, VariableId)"

# DNA 3's schema, table by table, exactly as DNA writes it (checked against sample.dna).
SCHEMA: dict[str, str] = {
    "SETTINGS": "CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT NOT NULL)",
    "CODERS": (
        "CREATE TABLE CODERS(ID INTEGER NOT NULL PRIMARY KEY, Name TEXT NOT NULL CHECK "
        f"(LENGTH(Name) < 191), {_RGB}, Refresh INTEGER NOT NULL CHECK (Refresh BETWEEN 0 AND "
        "9999) DEFAULT 0, FontSize INTEGER NOT NULL CHECK (FontSize BETWEEN 1 AND 99) DEFAULT 14, "
        "Password TEXT NOT NULL CHECK (LENGTH(Password) < 191), PopupWidth INTEGER CHECK "
        "(PopupWidth BETWEEN 100 AND 9999) DEFAULT 300, "
        + ", ".join(_FLAG.format(c=c, d=d) for c, d in (
            ("ColorByCoder", 0), ("PopupDecoration", 0), ("PopupAutoComplete", 1),
            *((p, 1) for p in _PERMISSIONS))) + ")"),
    "DOCUMENTS": (
        "CREATE TABLE DOCUMENTS(ID INTEGER NOT NULL PRIMARY KEY, Title TEXT NOT NULL CHECK "
        "(LENGTH(Title) < 191), Text TEXT NOT NULL, Coder INTEGER, "
        + ", ".join(f"{c} TEXT NOT NULL DEFAULT '' CHECK (LENGTH({c}) < 191)"
                    for c in ("Author", "Source", "Section"))
        + ", Notes TEXT NOT NULL DEFAULT '', Type TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Type) "
        "< 191), Date INTEGER NOT NULL, " + _CASCADE.format(c="Coder", t="CODERS") + ")"),
    "STATEMENTTYPES": ("CREATE TABLE STATEMENTTYPES(ID INTEGER NOT NULL PRIMARY KEY, Label TEXT "
                       f"NOT NULL CHECK (LENGTH(Label) < 191), {_RGB})"),
    "VARIABLES": (
        "CREATE TABLE VARIABLES(ID INTEGER NOT NULL PRIMARY KEY, Variable TEXT NOT NULL CHECK "
        "(LENGTH(Variable) < 191), DataType TEXT NOT NULL CHECK (DataType = 'boolean' OR "
        "DataType = 'integer' OR DataType = 'long text' OR DataType = 'short text') DEFAULT "
        "'short text', StatementTypeId INTEGER, "
        + _CASCADE.format(c="StatementTypeId", t="STATEMENTTYPES")
        + ", UNIQUE (Variable, StatementTypeId))"),
    "VARIABLELINKS": (
        "CREATE TABLE VARIABLELINKS(ID INTEGER NOT NULL PRIMARY KEY, SourceVariableId INTEGER, "
        "TargetVariableId INTEGER, CHECK (TargetVariableId != SourceVariableId), "
        + _CASCADE.format(c="SourceVariableId", t="VARIABLES") + ", "
        + _CASCADE.format(c="TargetVariableId", t="VARIABLES") + ")"),
    "REGEXES": f"CREATE TABLE REGEXES(Label TEXT PRIMARY KEY CHECK (LENGTH(Label) < 191), {_RGB})",
    "CODERRELATIONS": (
        "CREATE TABLE CODERRELATIONS(ID INTEGER NOT NULL PRIMARY KEY, Coder INTEGER CHECK(Coder "
        "> 0), OtherCoder INTEGER CHECK(OtherCoder > 0), "
        + ", ".join(f"{c} INTEGER NOT NULL DEFAULT 1 CHECK({c} BETWEEN 0 AND 1)" for c in (
            "viewStatements", "editStatements", "viewDocuments", "editDocuments"))
        + ", CHECK (Coder != OtherCoder), " + _CASCADE.format(c="Coder", t="CODERS") + ", "
        + _CASCADE.format(c="OtherCoder", t="CODERS") + ")"),
    "STATEMENTS": (
        "CREATE TABLE STATEMENTS(ID INTEGER NOT NULL PRIMARY KEY, StatementTypeId INTEGER, "
        "DocumentId INTEGER, Start INTEGER NOT NULL CHECK(Start >= 0), Stop INTEGER NOT NULL "
        "CHECK(Stop >= 0), Coder INTEGER, CHECK (Start < Stop), "
        + _CASCADE.format(c="StatementTypeId", t="STATEMENTTYPES") + ", "
        + _CASCADE.format(c="Coder", t="CODERS") + ", "
        + _CASCADE.format(c="DocumentId", t="DOCUMENTS") + ")"),
    "DATABOOLEAN": _DATA.format(t="DATABOOLEAN", v="Value INTEGER NOT NULL DEFAULT 1", x=_UNIQUE_SV),
    "DATAINTEGER": _DATA.format(t="DATAINTEGER", v="Value INTEGER NOT NULL DEFAULT 0", x=_UNIQUE_SV),
    "ENTITIES": (
        "CREATE TABLE ENTITIES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, "
        "Value TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Value) < 191), "
        + ", ".join(f"{c} INTEGER CHECK ({c} BETWEEN 0 AND 255)" for c in ("Red", "Green", "Blue"))
        + ", ChildOf INTEGER CHECK(ChildOf > 0), UNIQUE (VariableId, Value), "
        + _CASCADE.format(c="ChildOf", t="ENTITIES") + ", "
        + _CASCADE.format(c="VariableId", t="VARIABLES") + ")"),
    "DATASHORTTEXT": _DATA.format(
        t="DATASHORTTEXT", v="Entity INTEGER NOT NULL",
        x=", " + _CASCADE.format(c="Entity", t="ENTITIES") + _UNIQUE_SV),
    "DATALONGTEXT": _DATA.format(t="DATALONGTEXT", v="Value TEXT DEFAULT ''", x=_UNIQUE_SV),
    "ATTRIBUTEVARIABLES": (
        "CREATE TABLE ATTRIBUTEVARIABLES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT "
        "NULL, AttributeVariable TEXT NOT NULL CHECK (LENGTH(AttributeVariable) < 191), "
        "UNIQUE(VariableId, AttributeVariable), " + _CASCADE.format(c="VariableId", t="VARIABLES") + ")"),
    "ATTRIBUTEVALUES": (
        "CREATE TABLE ATTRIBUTEVALUES(ID INTEGER PRIMARY KEY NOT NULL, EntityId INTEGER NOT NULL, "
        "AttributeVariableId INTEGER NOT NULL, AttributeValue TEXT NOT NULL DEFAULT '' CHECK "
        "(LENGTH(AttributeValue) < 191), UNIQUE (EntityId, AttributeVariableId), "
        + _CASCADE.format(c="EntityId", t="ENTITIES") + ", "
        + _CASCADE.format(c="AttributeVariableId", t="ATTRIBUTEVARIABLES") + ")"),
}
DATA_TABLES = {"boolean": "DATABOOLEAN", "integer": "DATAINTEGER", "short text": "DATASHORTTEXT",
               "long text": "DATALONGTEXT"}
# Tables restored verbatim from ``extra`` (the others are rebuilt from Parley objects).
VERBATIM = ("SETTINGS", "CODERS", "STATEMENTTYPES", "VARIABLES", "VARIABLELINKS", "REGEXES",
            "CODERRELATIONS", "ATTRIBUTEVARIABLES")


@dataclass(frozen=True)
class DnaImport:
    """What a ``.dna`` file holds, as Parley objects plus everything else in ``extra``."""

    documents: tuple[Document, ...]
    positions: tuple[Position, ...]
    codebook: Codebook
    extra: Mapping[str, Any] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading


def _rows(db: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    cursor = db.execute(f"SELECT * FROM {table} ORDER BY rowid")  # noqa: S608 (fixed names)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor]


def _read_tables(path: Path) -> dict[str, list[dict[str, Any]]]:
    if not path.is_file():
        raise InputError(path, "no such DNA file")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            present = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = sorted(set(SCHEMA) - present)
            if missing:
                raise InputError(path, f"not a DNA 3 database: missing tables {', '.join(missing)}")
            return {table: _rows(db, table) for table in SCHEMA}
    except sqlite3.DatabaseError as err:
        raise InputError(path, f"not a DNA 3 database (SQLite: {err})") from None


def slug(text: str) -> str:
    """A codebook id from an entity value: ``"Sierra Club"`` → ``sierra_club``."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _unique_ids(entities: list[dict], prefix: str) -> dict[int, str]:
    """Entity id → a unique slug id (``prefix`` + entity id when the slug is empty or taken)."""
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for entity in entities:
        candidate = slug(entity["Value"])
        if not candidate or candidate in taken or not candidate[0].isalnum():
            candidate = f"{prefix}_{entity['ID']}" if not candidate else f"{candidate}_{entity['ID']}"
        taken.add(candidate)
        ids[entity["ID"]] = candidate
    return ids


def _document(row: dict, path: Path) -> Document:
    published = dt.datetime.fromtimestamp(row["Date"], dt.timezone.utc).date()
    return Document.from_text(
        row["Text"], title=row["Title"] or None, author=row["Author"] or None,
        outlet=row["Source"] or None, genre=row["Type"] or None,
        published=PartialDate.from_date(published), name=f"{path.stem}-{row['ID']}",
        source_path=str(path),
    )


def _position_types(tables) -> dict[int, dict[str, int]]:
    """Statement types that carry positions → their variable name → variable id."""
    by_type: dict[int, dict[str, tuple[int, str]]] = {}
    for v in tables["VARIABLES"]:
        by_type.setdefault(v["StatementTypeId"], {})[v["Variable"]] = (v["ID"], v["DataType"])
    wanted = {"organization": "short text", "concept": "short text", "agreement": "boolean"}
    return {
        t: {name: vid for name, (vid, _) in variables.items()}
        for t, variables in by_type.items()
        if all(variables.get(n, (0, ""))[1] == kind for n, kind in wanted.items())
    }


def _statement_values(tables) -> dict[int, dict[int, Any]]:
    """Statement id → variable id → value (entity id for short text)."""
    values: dict[int, dict[int, Any]] = {}
    for table in DATA_TABLES.values():
        column = "Entity" if table == "DATASHORTTEXT" else "Value"
        for row in tables[table]:
            values.setdefault(row["StatementId"], {})[row["VariableId"]] = row[column]
    return values


def read_dna(path: str | Path) -> DnaImport:
    """Read a DNA 3 file into documents, positions, a codebook and ``extra`` (see module doc)."""
    path = Path(path)
    tables = _read_tables(path)
    docs = {row["ID"]: _document(row, path) for row in tables["DOCUMENTS"] if row["Text"].strip()}
    entities = {e["ID"]: e for e in tables["ENTITIES"]}
    types = _position_types(tables)
    values = _statement_values(tables)
    mapped = [s for s in tables["STATEMENTS"] if _maps(s, types, values, entities, docs)]
    org_ids = _unique_ids(_used(mapped, types, values, entities, "organization"), "actor")
    concept_ids = _unique_ids(_used(mapped, types, values, entities, "concept"), "issue")
    positions = {s["ID"]: _position(s, types, values, entities, docs, org_ids, concept_ids)
                 for s in mapped}
    codebook = Codebook(
        name=slug(path.stem) or "dna",
        actors=tuple(Actor(i, entities[e]["Value"], kind="organisation") for e, i in org_ids.items()),
        issues=tuple(Issue(i, entities[e]["Value"]) for e, i in concept_ids.items()),
        source_path=str(path),
    )
    extra = _extra(tables, docs, positions, org_ids, concept_ids, path)
    return DnaImport(tuple(dict.fromkeys(docs.values())), tuple(positions.values()), codebook, extra)


def _maps(statement, types, values, entities, docs) -> bool:
    variables = types.get(statement["StatementTypeId"])
    if variables is None or statement["DocumentId"] not in docs:
        return False
    found = values.get(statement["ID"], {})
    if any(variables[n] not in found for n in ("organization", "concept", "agreement")):
        return False
    return all(entities[found[variables[n]]]["Value"].strip() for n in ("organization", "concept"))


def _used(statements, types, values, entities, name: str) -> list[dict]:
    ids = dict.fromkeys(values[s["ID"]][types[s["StatementTypeId"]][name]] for s in statements)
    return [entities[i] for i in sorted(ids)]


def _position(statement, types, values, entities, docs, org_ids, concept_ids) -> Position:
    variables, found = types[statement["StatementTypeId"]], values[statement["ID"]]
    person = found.get(variables.get("person", -1))
    doc = docs[statement["DocumentId"]]
    return Position(
        actor=org_ids[found[variables["organization"]]],
        issue=concept_ids[found[variables["concept"]]],
        stance="support" if found[variables["agreement"]] else "oppose",
        span=Span(doc.id, statement["Start"], statement["Stop"]),
        speaker=(entities[person]["Value"] or None) if person is not None else None,
        date=doc.published, extractor=EXTRACTOR, confidence=1.0, review_state="accepted",
    )


def position_key(position: Position) -> list:
    """How ``extra`` names a position: [doc id, start, end, actor, issue]."""
    return [position.span.doc_id, position.span.start, position.span.end, position.actor,
            position.issue]


def _extra(tables, docs, positions, org_ids, concept_ids, path: Path) -> dict[str, Any]:
    documents = []
    for row in tables["DOCUMENTS"]:
        kept = {k: v for k, v in row.items() if k != "Text" or row["ID"] not in docs}
        documents.append({**kept, "doc_id": docs[row["ID"]].id if row["ID"] in docs else None})
    verbatim = {t: tables[t] for t in (*VERBATIM, "ENTITIES", "ATTRIBUTEVALUES")}
    data = {t: tables[t] for t in DATA_TABLES.values()}
    return {
        "format": "dna3", "source": str(path), "tables": verbatim, "documents": documents,
        "statements": tables["STATEMENTS"], "data": data,
        "positions": {str(sid): position_key(p) for sid, p in positions.items()},
        "actors": {a: e for e, a in org_ids.items()}, "issues": {i: e for e, i in concept_ids.items()},
    }


# --------------------------------------------------------------------------- writing


def dna_password_hash(password: str, salt: bytes | None = None) -> str:
    """A password hash DNA 3 accepts: base64(salt ‖ SHA-256 iterated 100,000 times)."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.sha256(salt + password.encode("utf-8")).digest()
    for _ in range(99_999):
        digest = hashlib.sha256(digest).digest()
    return base64.b64encode(salt + digest).decode("ascii")


def write_dna(
    path: str | Path,
    documents: Iterable[Document],
    positions: Iterable[Position],
    codebook: Codebook | None = None,
    extra: Mapping[str, Any] | None = None,
    password: str = "parley",
) -> Path:
    """Write a DNA 3 file: ``extra`` (from :func:`read_dna`) restores what Parley lacks.

    ``password`` is the fresh file's ``Admin`` password (unused when ``extra`` has coders).
    """
    path = Path(path)
    if path.exists():
        raise InputError(path, "already exists; DNA files are not overwritten")
    builder = _Builder(extra or {}, codebook, password)
    builder.add_documents(documents)
    builder.add_statements(positions)
    with sqlite3.connect(path) as db:
        for sql in SCHEMA.values():
            db.execute(sql)
        for table, rows in builder.tables.items():
            for row in rows:
                marks = ", ".join("?" for _ in row)
                db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})",  # noqa: S608
                           list(row.values()))
    db.close()
    return path


class _Builder:
    """Collects the rows of each DNA table: ``extra``'s where it has them, new ones otherwise."""

    def __init__(self, extra: Mapping[str, Any], codebook: Codebook | None, password: str) -> None:
        self.extra, self.codebook = extra, codebook
        self.tables: dict[str, list[dict]] = {t: [] for t in SCHEMA}
        if extra:
            for table in (*VERBATIM, "ENTITIES", "ATTRIBUTEVALUES"):
                self.tables[table] = [dict(r) for r in extra["tables"][table]]
        else:
            self._defaults(password)
        self.entities = {(e["VariableId"], e["Value"]): e["ID"] for e in self.tables["ENTITIES"]}
        self.type_id, self.variables = self._position_type()
        self.coder = self.tables["CODERS"][0]["ID"]
        self.doc_ids: dict[str, int] = {}
        self.kinds = {v["ID"]: v["DataType"] for v in self.tables["VARIABLES"]}
        self.values = {e["ID"]: e["Value"] for e in self.tables["ENTITIES"]}
        self.last = {t: max((r.get("ID", 0) for r in rows), default=0) for t, rows in self.tables.items()}
        for table, rows in extra.get("data", {}).items():  # ids of restored rows stay free
            self.last[table] = max([self.last[table], *(r["ID"] for r in rows)])
        self.last["STATEMENTS"] = max([0, *(s["ID"] for s in extra.get("statements", ()))])
        self.last["DOCUMENTS"] = max([0, *(d["ID"] for d in extra.get("documents", ()))])

    def take(self, table: str) -> int:
        """The next free id of ``table``."""
        self.last[table] += 1
        return self.last[table]

    def _defaults(self, password: str) -> None:
        t = self.tables
        t["SETTINGS"] = [{"Property": "version", "Value": DNA_VERSION[0]},
                         {"Property": "date", "Value": DNA_VERSION[1]}]
        t["CODERS"] = [{"ID": 1, "Name": "Admin", "Red": 255, "Green": 255, "Blue": 0,
                        "Password": dna_password_hash(password)}]
        t["STATEMENTTYPES"] = [{"ID": 1, "Label": "DNA Statement", "Red": 239, "Green": 208, "Blue": 51}]
        names = [("person", "short text"), ("organization", "short text"),
                 ("concept", "short text"), ("agreement", "boolean")]
        t["VARIABLES"] = [{"ID": n, "Variable": v, "DataType": d, "StatementTypeId": 1}
                          for n, (v, d) in enumerate(names, start=1)]
        t["ATTRIBUTEVARIABLES"] = [
            {"ID": 3 * k + v, "VariableId": v, "AttributeVariable": a}
            for k, a in enumerate(("Type", "Alias", "Notes")) for v in (1, 2, 3)]

    def _position_type(self) -> tuple[int, dict[str, int]]:
        types = _position_types(self.tables)
        if not types:
            raise ValidationError("the DNA file has no statement type with organization, "
                                  "concept and agreement variables")
        type_id = min(types)
        return type_id, types[type_id]

    def entity(self, variable: int, value: str) -> int:
        """The id of the entity ``value`` of ``variable``, created (with empty attributes) if new."""
        value = value[:MAX_TEXT]
        if (variable, value) not in self.entities:
            new = {"ID": self.take("ENTITIES"), "VariableId": variable, "Value": value,
                   "Red": 0, "Green": 0, "Blue": 0, "ChildOf": None}
            self.tables["ENTITIES"].append(new)
            self.entities[(variable, value)] = new["ID"]
            self.values[new["ID"]] = value
            for attribute in self.tables["ATTRIBUTEVARIABLES"]:
                if attribute["VariableId"] == variable:
                    self.tables["ATTRIBUTEVALUES"].append({
                        "ID": self.take("ATTRIBUTEVALUES"), "EntityId": new["ID"],
                        "AttributeVariableId": attribute["ID"], "AttributeValue": ""})
        return self.entities[(variable, value)]

    # ---------------------------------------------------------------- documents
    def add_documents(self, documents: Iterable[Document]) -> None:
        docs = {d.id: d for d in documents}
        rows = self.tables["DOCUMENTS"]
        for row in self.extra.get("documents", ()):
            doc_id = row["doc_id"]
            if doc_id is None or doc_id in docs:
                text = docs[doc_id].text if doc_id else row["Text"]
                rows.append({**{k: v for k, v in row.items() if k != "doc_id"}, "Text": text})
                if doc_id:
                    self.doc_ids.setdefault(doc_id, row["ID"])
        for doc in docs.values():
            if doc.id not in self.doc_ids:
                self.doc_ids[doc.id] = self.take("DOCUMENTS")
                rows.append(self._new_document(doc, self.doc_ids[doc.id]))

    def _new_document(self, doc: Document, dna_id: int) -> dict:
        date = doc.published.start() if doc.published else dt.date(1970, 1, 1)
        stamp = int(dt.datetime(date.year, date.month, date.day, tzinfo=dt.timezone.utc).timestamp())
        return {"ID": dna_id, "Title": (doc.title or doc.name or doc.id)[:MAX_TEXT],
                "Text": doc.text, "Coder": self.coder, "Author": (doc.author or "")[:MAX_TEXT],
                "Source": (doc.outlet or "")[:MAX_TEXT], "Section": "", "Notes": "",
                "Type": (doc.genre or "")[:MAX_TEXT], "Date": stamp}

    # ---------------------------------------------------------------- statements
    def add_statements(self, positions: Iterable[Position]) -> None:
        known = self._known_statements()
        kept_docs = {r["ID"] for r in self.tables["DOCUMENTS"]}
        mapped = {int(s) for s in self.extra.get("positions", {})}
        for sid, statement in known.items():
            if sid not in mapped and statement["DocumentId"] in kept_docs:
                self._restore(statement)
        for position in positions:
            self._add_position(position)
        for table in ("STATEMENTS", *DATA_TABLES.values()):
            self.tables[table].sort(key=lambda r: r["ID"])

    def _known_statements(self) -> dict[int, dict]:
        self.by_key: dict[tuple, list[int]] = {}
        for sid, key in self.extra.get("positions", {}).items():
            self.by_key.setdefault(tuple(key), []).append(int(sid))
        self.data_rows: dict[int, list[tuple[str, dict]]] = {}
        for table, rows in self.extra.get("data", {}).items():
            for row in rows:
                self.data_rows.setdefault(row["StatementId"], []).append((table, row))
        self.known = {s["ID"]: s for s in self.extra.get("statements", ())}
        return self.known

    def _restore(self, statement: dict, agreement: int | None = None) -> None:
        self.tables["STATEMENTS"].append(dict(statement))
        for table, row in self.data_rows.get(statement["ID"], ()):
            row = dict(row)
            if agreement is not None and row["VariableId"] == self.variables["agreement"]:
                row["Value"] = agreement
            self.tables[table].append(row)

    def _add_position(self, position: Position) -> None:
        agreement = int(position.stance == "support")
        waiting = self.by_key.get(tuple(position_key(position)))
        if waiting:
            self._restore(self.known[waiting.pop(0)], agreement)
            return
        span = position.span
        if span.doc_id not in self.doc_ids or span.end <= span.start:
            raise ValidationError(
                f"position {position.actor}/{position.issue} at {span.doc_id}:{span.start}-"
                f"{span.end} needs a non-empty span in a document being written")
        sid = self.take("STATEMENTS")
        self.tables["STATEMENTS"].append({
            "ID": sid, "StatementTypeId": self.type_id, "DocumentId": self.doc_ids[span.doc_id],
            "Start": span.start, "Stop": span.end, "Coder": self.coder})
        for name, value in self._values(position).items():
            if name in self.variables:
                self._data(sid, name, value)
        self._data(sid, "agreement", agreement)

    def _values(self, position: Position) -> dict[str, str]:
        actors = {a.id: a.name for a in self.codebook.actors} if self.codebook else {}
        issues = {i.id: i.label for i in self.codebook.issues} if self.codebook else {}
        return {"person": position.speaker or "",
                "organization": self._entity_value("actors", position.actor, actors),
                "concept": self._entity_value("issues", position.issue, issues)}

    def _entity_value(self, kind: str, ident: str, names: Mapping[str, str]) -> str:
        entity = self.extra.get(kind, {}).get(ident)
        if entity is not None:
            return self.values[entity]
        return names.get(ident, ident)

    def _data(self, sid: int, name: str, value: Any) -> None:
        variable = self.variables[name]
        table = DATA_TABLES[self.kinds[variable]]
        column = "Entity" if table == "DATASHORTTEXT" else "Value"
        if table == "DATASHORTTEXT":
            value = self.entity(variable, value)
        self.tables[table].append({"ID": self.take(table), "StatementId": sid,
                                   "VariableId": variable, column: value})

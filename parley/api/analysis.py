"""Analysis workflows: read a project's evidence, run :mod:`parley.analysis`, write files.

Every function takes a project ``target`` (a store path or URL, or an already open
store) and returns the analysis objects; with ``out`` it also writes them (the
format follows the file's suffix). Positions are read with their review state and
the review rule (:func:`parley.analysis.effective_positions`) is applied by the
analysis itself.
"""

from __future__ import annotations

import json
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

import pandas as pd

from parley import analysis as an
from parley.core.errors import ConfigError, NotFoundError, ValidationError
from parley.core.types import Codebook, Document, ExtractionResult, Position
from parley.ingest.dna import EXTRACTOR as DNA_EXTRACTOR
from parley.ingest.dna import read_dna, write_dna

DNA_EXTRA_KEY = "dna_extra"


@contextmanager
def _opened(target: Any) -> Iterator[Any]:
    """An open store: ``target`` itself when it already is one, else ``Store.open(target)``."""
    if hasattr(target, "positions") and hasattr(target, "documents"):
        with nullcontext(target) as store:
            yield store
        return
    from parley.store import Store

    with Store.open(target) as store:
        yield store


@dataclass(frozen=True)
class Evidence:
    """What the analyses read from a project."""

    documents: tuple[Document, ...]
    positions: tuple[Position, ...]
    codebook: Codebook | None


def _codebook(store: Any) -> Codebook | None:
    try:
        from parley.api.project import project_codebook

        return project_codebook(store)
    except (ConfigError, ImportError, AttributeError):
        return None  # analyses work on ids alone when the project has no codebook


def load_evidence(target: Any) -> Evidence:
    """Documents, every position (rejected ones too: the review rule needs them), codebook."""
    with _opened(target) as store:
        return Evidence(tuple(store.documents()), tuple(store.positions(include_rejected=True)),
                        _codebook(store))


def statements(evidence: Evidence, rule: an.StatementFilter | None = None) -> an.Statements:
    """The filtered statement table of a project's evidence."""
    table = an.build_statements(evidence.positions, evidence.documents, evidence.codebook)
    return an.filter_statements(table, rule or an.StatementFilter())


def _kept(evidence: Evidence, rule: an.StatementFilter | None) -> tuple[Position, ...]:
    return statements(evidence, rule).positions


def _sibling(out: Path, name: str) -> Path:
    return out.with_name(f"{out.stem}.{name}{out.suffix}")


# --------------------------------------------------------------------------- positions


def positions(target: Any, out: str | Path | None = None,
              rule: an.StatementFilter | None = None) -> an.PositionMatrix:
    """The actor × issue position matrix; written as CSV/JSON/Parquet when ``out`` is given."""
    evidence = load_evidence(target)
    matrix = an.position_matrix(_kept(evidence, rule), evidence.documents, evidence.codebook)
    if out is not None:
        an.write_table(matrix.to_frame(), out)
    return matrix


# --------------------------------------------------------------------------- networks


@dataclass(frozen=True)
class NetworkRequest:
    """Which network to build: kind, mode, normalisation, weighting and windows."""

    kind: str = "actor"
    mode: str = "congruence"
    normalisation: str = "none"
    weighting: str = "binary"
    window: str | None = None
    step: str | None = None
    kernel: str = "uniform"


def _one(table: an.Statements, request: NetworkRequest) -> an.Network:
    if request.kind == "two-mode":
        return an.two_mode_network(table, request.mode, request.normalisation)
    return an.one_mode_network(table, request.kind, request.mode, request.normalisation,
                               request.weighting)


def _series(table: an.Statements, request: NetworkRequest) -> list[an.Network]:
    spec = an.WindowSpec.parse(request.window, request.step, request.kernel)  # type: ignore[arg-type]
    if request.kind == "two-mode":
        return list(an.two_mode_series(table, spec, request.mode, request.normalisation))
    series = an.network_series(table, spec, request.kind, (request.mode,), request.normalisation,
                               request.weighting)
    return [networks[0] for networks in series]


def network(target: Any, out: str | Path | None = None, request: NetworkRequest = NetworkRequest(),
            rule: an.StatementFilter | None = None, fmt: str | None = None) -> list[an.Network]:
    """Build one network, or one per time window; write GraphML/GEXF/CSV when ``out`` is given.

    Windows go to one dynamic GEXF, one CSV edge list (with window columns) plus nodes,
    or one GraphML file per window (``<stem>.w0001.graphml`` …).
    """
    table = statements(load_evidence(target), rule)
    built = _series(table, request) if request.window else [_one(table, request)]
    if out is not None:
        write_networks(built, Path(out), fmt, windowed=bool(request.window))
    return built


def write_networks(built: Sequence[an.Network], out: Path, fmt: str | None,
                   windowed: bool) -> list[Path]:
    """Write networks to ``out`` in ``fmt`` (default: the suffix of ``out``)."""
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if not windowed:
        return an.write_network(built[0], out, fmt)
    if fmt == "gexf":
        return [an.write_dynamic_gexf(built, out)]
    if fmt == "csv":
        stem = out.with_suffix("")
        edges = pd.concat([an.edges_frame(n) for n in built], ignore_index=True)
        return [an.write_table(an.nodes_frame(built[0]), f"{stem}.nodes.csv"),
                an.write_table(edges, f"{stem}.edges.csv")]
    if fmt == "graphml":
        return [an.write_graphml(n, out.with_name(f"{out.stem}.w{n.window:04d}.graphml"))
                for n in built]
    raise ValidationError(f"{out}: network format must be one of gexf, graphml, csv")


def polarisation(target: Any, out: str | Path | None = None, window: str | None = None,
                 step: str | None = None, kernel: str = "uniform", k: int = 2, seed: int = 0,
                 rule: an.StatementFilter | None = None) -> pd.DataFrame:
    """Polarisation of the actor network, for the whole period or per window."""
    table = statements(load_evidence(target), rule)
    if window:
        spec = an.WindowSpec.parse(window, step, kernel)
        pairs = an.network_series(table, spec, "actor", ("congruence", "conflict"))
    else:
        pairs = iter([an.one_mode_networks(table, "actor", ("congruence", "conflict"))])
    rows = [_polarisation_row(c, f, k, seed) for c, f in pairs]
    frame = pd.DataFrame(rows, columns=["window", "start", "end", "score", "quality", "camps"])
    if out is not None:
        an.write_table(frame, out)
    return frame


def _polarisation_row(congruence: an.Network, conflict: an.Network, k: int, seed: int) -> dict:
    found = an.network_polarisation(congruence, conflict, k, seed)
    return {"window": congruence.window, "start": _iso(congruence.start),
            "end": _iso(congruence.end), "score": found.score, "quality": found.quality,
            "camps": " | ".join(",".join(c) for c in found.camps)}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


# --------------------------------------------------------------------------- timelines, balance


def timeline(target: Any, out: str | Path | None = None, period: str = "month",
             by: Sequence[str] = ("actor", "issue"), rule: an.StatementFilter | None = None,
             ) -> tuple[pd.DataFrame, tuple[an.PositionShift, ...]]:
    """Statements per period and the position shifts; ``out`` + ``<stem>.shifts.<ext>``."""
    table = statements(load_evidence(target), rule)
    counts, shifts = an.timeline(table, period, by), an.position_shifts(table, period)
    if out is not None:
        out = Path(out)
        an.write_table(counts, out)
        an.write_table(an.shifts_frame(shifts), _sibling(out, "shifts"))
    return counts, shifts


def balance(target: Any, out: str | Path | None = None, one_sided_share: float = 0.75,
            rule: an.StatementFilter | None = None) -> an.BalanceReport:
    """Perspective balance; ``out`` gets the actor × issue table, ``<stem>.camps.<ext>`` the camps."""
    evidence = load_evidence(target)
    report = an.perspective_balance(_kept(evidence, rule), evidence.documents, evidence.codebook,
                                    one_sided_share)
    if out is not None:
        out = Path(out)
        an.write_table(report.cells, out)
        an.write_table(report.camps, _sibling(out, "camps"))
    return report


# --------------------------------------------------------------------------- reliability


def reliability(target: Any, other: Any = None, out: str | Path | None = None,
                absent: str = "none") -> an.ReliabilityReport:
    """Agreement of machine vs reviewed coding in one project, or of two projects' codings.

    With ``other``, both projects' effective positions are compared on the documents
    both hold; without, the machine's positions are compared with the reviewed ones on
    the documents a person reviewed.
    """
    first = load_evidence(target)
    if other is None:
        machine, reviewed, docs = an.machine_and_reviewed(first.positions)
        if not docs:
            raise NotFoundError("no reviewed positions in this project to compare with")
        report = an.compare_codings(machine, reviewed, docs, absent)
    else:
        second = load_evidence(other)
        docs = {d.id for d in first.documents} & {d.id for d in second.documents}
        report = an.compare_codings(an.effective_positions(first.positions),
                                    an.effective_positions(second.positions), docs, absent)
    if out is not None:
        an.write_table(report.disagreements_frame(), out)
    return report


# --------------------------------------------------------------------------- DNA files


@dataclass(frozen=True)
class DnaReport:
    """What an import or export moved."""

    path: str
    documents: int
    positions: int


def import_dna(target: Any, path: str | Path) -> DnaReport:
    """Read a DNA 3 file into the project; what Parley has no field for is kept for export."""
    found = read_dna(path)
    by_doc: dict[str, list[Position]] = {}
    for p in found.positions:
        by_doc.setdefault(p.span.doc_id, []).append(p)
    with _opened(target) as store:
        for doc in found.documents:
            store.add_document(doc)
        run_id = store.start_run(DNA_EXTRACTOR, f"import {path}")
        for doc in found.documents:
            result = ExtractionResult(doc.id, positions=tuple(by_doc.get(doc.id, ())),
                                      components=(DNA_EXTRACTOR,))
            store.save_extraction(result, DNA_EXTRACTOR, run_id)
        store.finish_run(run_id, "ok")
        store.set_setting(DNA_EXTRA_KEY, json.dumps(found.extra))
    return DnaReport(str(path), len(found.documents), len(found.positions))


def export_dna(target: Any, path: str | Path, password: str = "parley") -> DnaReport:
    """Write the project as a DNA 3 file (restoring what an earlier import kept)."""
    evidence = load_evidence(target)
    with _opened(target) as store:
        stored = store.get_setting(DNA_EXTRA_KEY)
    kept = an.effective_positions(evidence.positions)
    write_dna(path, evidence.documents, kept, evidence.codebook,
              json.loads(stored) if stored else None, password)
    return DnaReport(str(path), len(evidence.documents), len(kept))

"""Analysis: pure functions over core objects (never the store).

Position matrix, discourse networks (DNA standard) with filters and time windows,
polarisation / communities / backbone, timelines and shifts, perspective balance,
inter-coder reliability, and file formats (GraphML, GEXF 1.3, CSV, JSON, Parquet).
Every analysis applies :func:`effective_positions` first: reviewed items override
the machine's, rejected ones are dropped.
"""

from .balance import BalanceReport, perspective_balance
from .formats import (
    edges_frame, nodes_frame, to_networkx, write_dynamic_gexf, write_gexf, write_graphml,
    write_network, write_table,
)
from .matrix import PositionCell, PositionMatrix, position_matrix, spans_text
from .networks import (
    NORMALISATIONS, ONE_MODE, TWO_MODE, Network, edge_evidence, edge_stance, one_mode_network,
    one_mode_networks, two_mode_network,
)
from .reliability import (
    ReliabilityReport, cohen_kappa, compare_codings, krippendorff_alpha, machine_and_reviewed,
)
from .review import effective_positions
from .statements import (
    DUPLICATE_RULES, StatementFilter, Statements, build_statements, drop_duplicates,
    filter_statements,
)
from .structure import (
    Backbone, Communities, Polarisation, backbone, communities, network_polarisation, polarisation,
)
from .timelines import PositionShift, position_shifts, shifts_frame, timeline
from .windows import KERNELS, WindowSpec, network_series, two_mode_series, windows

__all__ = [
    "Backbone", "BalanceReport", "Communities", "DUPLICATE_RULES", "KERNELS", "NORMALISATIONS",
    "Network", "ONE_MODE", "Polarisation", "PositionCell", "PositionMatrix", "PositionShift",
    "ReliabilityReport", "StatementFilter", "Statements", "TWO_MODE", "WindowSpec", "backbone",
    "build_statements", "cohen_kappa", "communities", "compare_codings", "drop_duplicates",
    "edge_evidence", "edge_stance", "edges_frame", "effective_positions", "filter_statements",
    "krippendorff_alpha", "machine_and_reviewed", "network_polarisation", "network_series", "nodes_frame",
    "one_mode_network", "one_mode_networks", "perspective_balance", "polarisation",
    "position_matrix", "position_shifts", "shifts_frame", "spans_text", "timeline",
    "to_networkx", "two_mode_network", "two_mode_series", "windows", "write_dynamic_gexf",
    "write_gexf", "write_graphml", "write_network", "write_table",
]

"""Make the file builders (``ingest_builders``) importable by these tests.

The suite may run with ``--import-mode=importlib``, which leaves ``sys.path`` alone.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = str(Path(__file__).resolve().parent)
if HERE not in sys.path:
    sys.path.insert(0, HERE)

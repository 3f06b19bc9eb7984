"""The ingest layer: files of every supported format to Documents, and the codebook loader.

>>> from parley.ingest import read_paths, SUPPORTED_SUFFIXES
>>> ".pdf" in SUPPORTED_SUFFIXES
True

``read_paths(["corpus/"])`` yields each document, or the :class:`InputError` of a
file or record that could not be read, so one bad file never stops a run.
Discourse Network Analyzer files are read and written by :mod:`parley.ingest.dna`.
"""

from .codebook import codebook_from_text, load_codebook
from .files import SUPPORTED_SUFFIXES, read_file, read_items, read_paths
from .leading import leading_metadata
from .text import MAX_TEXT_BYTES

__all__ = [
    "MAX_TEXT_BYTES", "SUPPORTED_SUFFIXES", "codebook_from_text", "leading_metadata",
    "load_codebook", "read_file", "read_items", "read_paths",
]

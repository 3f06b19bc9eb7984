"""Parley: evidence, analysis and models for peace-negotiation corpora."""

__version__ = "0.1.0"

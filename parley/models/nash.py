"""Weighted Nash bargaining solution with a status quo (being written)."""

"""Stokman exchange model, Equal Gain (being written)."""

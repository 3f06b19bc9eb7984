"""The registry of negotiation models: ``MODELS.get("compromise.v1")(scenario)``."""

from __future__ import annotations

from parley.core.registry import Registry

MODELS: Registry = Registry("model")

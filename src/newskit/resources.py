"""Data files shipped in ``newskit/data``: read once, cached, comments and blank lines skipped."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["data_path", "read_json", "read_lines", "read_table"]


def data_path(name: str) -> Any:
    """A traversable path to ``newskit/data/<name>``."""
    return resources.files("newskit").joinpath("data").joinpath(name)


@functools.cache
def read_lines(name: str) -> tuple[str, ...]:
    """The non-blank lines of a data file that do not start with ``#``, stripped."""
    text = data_path(name).read_text(encoding="utf-8")
    return tuple(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))


@functools.cache
def read_table(name: str, sep: str = "\t") -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file (comments and blank lines skipped)."""
    return tuple(tuple(cell.strip() for cell in line.split(sep)) for line in read_lines(name))


@functools.cache
def read_json(name: str) -> Any:
    """A JSON data file, parsed."""
    return json.loads(data_path(name).read_text(encoding="utf-8"))

"""The built-in organisations extractor: listed names, head words, legal forms, acronyms and results tables."""

from __future__ import annotations

from .finder import Found, find_organizations

__all__ = ["Found", "find_organizations"]

"""Tokens with offsets, as the people finder sees them: the host's one tokenizer (:mod:`newskit.tokens`)."""

from __future__ import annotations

from ...tokens import TOKEN, tokenize

__all__ = ["TOKEN", "tokenize"]

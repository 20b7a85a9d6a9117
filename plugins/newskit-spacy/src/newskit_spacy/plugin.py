"""The newskit plugin: registers the spaCy people extractor when its pipeline is installed.

newskit loads this module through the ``newskit`` entry point and calls its
``register_people_extractors`` hook. Where spaCy or the configured pipeline is missing, the
hook registers nothing, so installing the plugin alone never breaks ``newskit.extract``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import newskit

from .extractor import SpacyPeopleExtractor, model_available, model_from_env

__all__ = ["register_people_extractors"]

log = logging.getLogger("newskit.spacy")


@newskit.hookimpl
def register_people_extractors(register: Callable[..., Any]) -> None:
    """Register a :class:`SpacyPeopleExtractor` for the pipeline named by ``NEWSKIT_SPACY_MODEL``."""
    model = model_from_env()
    if not model_available(model):
        log.info("newskit-spacy: spaCy pipeline %r is not installed; no spaCy people extractor", model)
        return
    register(SpacyPeopleExtractor(model))

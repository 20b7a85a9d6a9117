"""newskit-spacy: people found by an installed spaCy pipeline.

Install it next to newskit with an English spaCy pipeline::

    pip install newskit-spacy
    python -m spacy download en_core_web_sm

and every ``newskit.extract`` also reports the people spaCy's named-entity recogniser finds
(label ``PERSON``). ``NEWSKIT_SPACY_MODEL`` names another installed pipeline.
"""

from __future__ import annotations

from .extractor import DEFAULT_MODEL, ENV_VAR, SpacyPeopleExtractor, model_available, model_from_env

__all__ = ["DEFAULT_MODEL", "ENV_VAR", "SpacyPeopleExtractor", "model_available", "model_from_env"]

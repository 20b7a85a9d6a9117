"""The exceptions of plugin checking, :class:`PluginError` and :class:`ExtractorTimeout`.

They live here, in a module that stays Python, because :mod:`newskit.validate` is compiled (mypyc builds no
subclass of a built-in exception); import them from :mod:`newskit.validate` or :mod:`newskit`.
"""

from __future__ import annotations

from .models import PluginFailure

__all__ = ["ExtractorTimeout", "PluginError"]


class PluginError(RuntimeError):
    """A plugin failed in strict mode; ``failure`` says which plugin, extractor and stage, and why."""

    def __init__(self, failure: PluginFailure) -> None:
        self.failure = failure
        where = f"extractor {failure.extractor!r} of plugin {failure.plugin!r}" if failure.extractor else (
            f"plugin {failure.plugin!r}"
        )
        super().__init__(f"{where} failed ({failure.stage}): {failure.error}: {failure.message}")


class ExtractorTimeout(BaseException):
    """An extractor overran its time budget.

    A :class:`BaseException`, so that an extractor's own ``except Exception`` does not swallow it.
    """


# documented, pickled and shown where users meet them
PluginError.__module__ = ExtractorTimeout.__module__ = "newskit.validate"

"""The pipeline: preparation, extractors, merging, entities, events, result."""

from __future__ import annotations

import datetime as dt
import gc
import logging
import time
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs
import pluggy
from mypy_extensions import mypyc_attr

from .document import Document
from .entities import build_entities, country_name, link_organizations, link_people
from .merge import by_stage, resolve
from .models import Article, CountryMention, Event, Extraction, Mention, PluginFailure, Timing, maker
from .plugins import (
    DEFAULT_PLUGINS,
    Registration,
    collect,
    get_plugin_manager,
    make_plugin_manager,
    strict_from_env,
)
from .prepare import prepare
from .protocols import Findings
from .stages import MENTION_STAGES, STAGES
from .validate import ExtractorTimeout, PluginError, call_with_budget, partition

__all__ = ["Pipeline", "default_pipeline", "extract", "to_article"]

log = logging.getLogger("newskit")

# models made for every article, without the class call (:func:`newskit.models.maker`)
_timing: Final = maker(Timing)
_extraction: Final = maker(Extraction)


def to_article(text_or_article: str | Article | dict[str, Any], *, published: object = None, **fields: Any) -> Article:
    """An :class:`Article` from a string, a record or an article (``published`` overrides its date)."""
    if isinstance(text_or_article, Article):
        changes: dict[str, Any] = dict(fields)
        if published is not None:
            changes["published"] = published
        return attrs.evolve(text_or_article, **changes) if changes else text_or_article
    if isinstance(text_or_article, str):
        return Article.from_text(text_or_article, published=published, **fields)
    if isinstance(text_or_article, dict):
        record = dict(text_or_article, **fields)
        if published is not None:
            record["published"] = published
        return Article.from_dict(record)
    raise TypeError(f"newskit.extract takes a string, an Article or a dict, not {type(text_or_article).__name__}")


@mypyc_attr(native_class=False)  # a Python class, as users may subclass it, also where it is compiled
class Pipeline:
    """Runs the registered extractors over articles.

    >>> from newskit import Pipeline
    >>> pipe = Pipeline(disable=["newskit.extractors.events.plugin"], entry_points=False)
    >>> [c.code for c in pipe.extract("Talks in Paris.").countries]
    ['FR']

    :param plugins: the plugins to use: module paths or plugin objects. ``None`` uses the
        process-wide manager (the built-in plugins, installed entry points and any registered).
    :param disable: plugin names or extractor names to leave out.
    :param entry_points: load installed ``newskit`` entry points (default: only when ``plugins``
        is None).
    :param strict: raise :class:`~newskit.validate.PluginError` at a plugin failure instead of
        recording it (default: the ``NEWSKIT_STRICT`` environment variable).
    :param timeout: a time budget in seconds for each extractor on each article; one that overruns
        it is recorded as failed (``ExtractorTimeout``) and the article goes on without it.
    """

    def __init__(
        self,
        plugins: Sequence[object | str] | None = None,
        *,
        disable: Iterable[str] = (),
        entry_points: bool | None = None,
        strict: bool | None = None,
        timeout: float | None = None,
    ) -> None:
        self.timeout = timeout
        self.strict = strict_from_env() if strict is None else strict
        self.disabled = frozenset(disable)
        if plugins is None and entry_points is None and not self.disabled:
            self.plugin_manager: pluggy.PluginManager = get_plugin_manager()
        else:
            self.plugin_manager = make_plugin_manager(
                plugins,
                entry_points=plugins is None if entry_points is None else entry_points,
                disable=self.disabled,
                strict=self.strict,
            )
        self._generation = getattr(self.plugin_manager, "generation", None)
        self._signature = _signature(self.plugin_manager)
        self._produces = {stage.name: stage.produces for stage in STAGES}
        self.registrations, failures = collect(self.plugin_manager, strict=self.strict)
        self.registrations = [r for r in self.registrations if r.name not in self.disabled]
        self._plans: dict[str, tuple[list[Registration], list[Registration], list[Registration]]] = {}
        self.builtin_extractors = frozenset(r.name for r in self.registrations if r.plugin in DEFAULT_PLUGINS)
        self.load_failures: tuple[PluginFailure, ...] = (
            *getattr(self.plugin_manager, "load_failures", ()),
            *failures,
        )

    def __repr__(self) -> str:
        names = ", ".join(r.name for r in self.registrations)
        return f"<Pipeline [{names}]>"

    @property
    def stale(self) -> bool:
        """True when plugins were registered or unregistered since this pipeline was built."""
        generation = getattr(self.plugin_manager, "generation", None)
        if generation is not None and generation == self._generation:
            return False  # nothing was (un)registered: no need to list the plugins
        return _signature(self.plugin_manager) != self._signature

    def extract(
        self, text_or_article: str | Article | dict[str, Any], *, published: object = None, **fields: Any
    ) -> Extraction:
        """Find dates, countries, organisations, people and events in one article.

        Python's cyclic garbage collector is paused while the article is read and restored afterwards:
        the built-in extractors leave no reference cycles behind, and on a long text the collector's passes over
        the growing heap of tokens and mentions cost more per megabyte the longer the text.
        """
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            return self._extract(to_article(text_or_article, published=published, **fields))
        finally:
            if paused:
                gc.enable()

    def _extract(self, article: Article) -> Extraction:
        timings: list[Timing] = []
        errors: list[PluginFailure] = list(self.load_failures)
        t0 = time.perf_counter()
        doc = prepare(article)
        timings.append(_timing(name="prepare", stage="prepare", seconds=time.perf_counter() - t0))

        finders, builders = self._plan(doc.language)
        found: list[Mention] = []
        for reg in finders:
            found.extend(self._run(reg, doc, timings, errors))

        t0 = time.perf_counter()
        merged: dict[str, Any] = by_stage(resolve(found, builtin=self.builtin_extractors))
        merged["people"] = link_people(merged["people"])
        merged["organizations"] = link_organizations(merged["organizations"])
        merged = {name: tuple(mentions) for name, mentions in merged.items()}
        entities = build_entities(doc, merged["countries"], merged["people"], merged["organizations"])
        timings.append(_timing(name="merge", stage="merge", seconds=time.perf_counter() - t0))

        findings = Findings(**merged, entities=entities)
        events: list[Event] = []
        for reg in builders:
            events.extend(self._run(reg, doc, timings, errors, findings))
        main_event = max(events, key=lambda e: e.salience, default=None)
        return _extraction(
            article=article,
            text=doc.text,
            **merged,
            events=events,
            main_event=main_event,
            entities=entities,
            errors=errors,
            timings=timings,
            language=doc.language,
            language_source=doc.language_source,
        )

    def _plan(self, language: str) -> tuple[list[Registration], list[Registration]]:
        """The extractors that serve ``language``, in the order they run, and its event builders: worked out once
        per language (again if :attr:`registrations` is replaced)."""
        registrations = self.registrations
        known = self._plans.get(language)
        if known is not None and known[0] is registrations:
            return known[1], known[2]
        serving = [reg for reg in registrations if reg.serves(language)]
        finders = [reg for stage in MENTION_STAGES for reg in serving if reg.stage == stage.name]
        builders = [reg for reg in serving if reg.stage == "events"]
        self._plans[language] = (registrations, finders, builders)
        return finders, builders

    def extract_many(self, articles: Iterable[str | Article | dict[str, Any]], **kwargs: Any) -> Iterable[Extraction]:
        """Extract from each article in turn."""
        for article in articles:
            yield self.extract(article, **kwargs)

    def _run(
        self,
        reg: Registration,
        doc: Document,
        timings: list[Timing],
        errors: list[PluginFailure],
        *args: Any,
    ) -> list[Any]:
        t0 = time.perf_counter()
        try:
            if self.timeout is None:
                produced = list(reg.function(doc, *args))
            else:
                produced = call_with_budget(reg.function, (doc, *args), self.timeout)
        except (Exception, ExtractorTimeout) as exc:
            failure = PluginFailure.from_exception(exc, plugin=reg.plugin, stage=reg.stage, extractor=reg.name)
            if self.strict:
                raise PluginError(failure) from exc
            log.warning("newskit extractor %s (plugin %s) failed: %r", reg.name, reg.plugin, exc)
            errors.append(failure)
            produced = []
        finally:
            timings.append(_timing(name=reg.name, stage=reg.stage, seconds=time.perf_counter() - t0))
        return self._checked(reg, doc, produced, errors)

    def _checked(self, reg: Registration, doc: Document, produced: list[Any], errors: list[PluginFailure]) -> list[Any]:
        """Results that pass :func:`newskit.validate.check`, outside boilerplate, credited to their extractor."""
        sound, unsound = partition(produced, doc.text, self._produces[reg.stage])
        name = reg.name
        for _item, problem in unsound:
            failure = PluginFailure(
                plugin=reg.plugin, stage=reg.stage, extractor=name, error="InvalidResult", message=problem
            )
            if self.strict:
                raise PluginError(failure)
            errors.append(failure)
        if doc.boilerplate:
            outside = doc.is_boilerplate
            sound = [item for item in sound if not (isinstance(item, Mention) and outside(item.start, item.end))]
        for i, item in enumerate(sound):
            if item.extractor != name:
                item = sound[i] = attrs.evolve(item, extractor=name)
            if isinstance(item, CountryMention) and not item.name:
                sound[i] = attrs.evolve(item, name=country_name(item.code))
        return sound


def _signature(pm: pluggy.PluginManager) -> tuple[int, ...]:
    return tuple(sorted(id(p) for p in pm.get_plugins()))


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The pipeline :func:`extract` uses: built once, rebuilt when plugins are (un)registered."""
    global _default
    if _default is None or _default.stale:
        _default = Pipeline()
    return _default


def extract(
    text_or_article: str | Article | dict[str, Any],
    *,
    published: str | dt.date | dt.datetime | None = None,
    **fields: Any,
) -> Extraction:
    """Find the dates, countries, people and events of a news article.

    ``text_or_article`` is the article's text (a first line followed by a blank line is its
    title), an :class:`~newskit.models.Article`, or a record with a ``text`` field.
    ``published`` (a date, datetime or ISO string) anchors relative dates.

    >>> import newskit
    >>> result = newskit.extract("Talks will open in Paris on Tuesday.", published="2023-02-23")
    >>> [(d.text, d.value) for d in result.dates]
    [('Tuesday', '2023-02-28')]
    >>> [c.code for c in result.countries]
    ['FR']
    """
    return default_pipeline().extract(text_or_article, published=published, **fields)

"""The plugin manager: built-in plugins, entry-point plugins, and what each registers.

Loading is lazy and idempotent (:func:`load_plugins`), so ``import newskit`` stays cheap.
A plugin that fails to import is logged, recorded and skipped; in strict mode it raises.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import types
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .models import PluginFailure
from .stages import STAGES

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "STAGES",
    "DuplicateExtractorError",
    "PluginInfo",
    "Registration",
    "collect",
    "get_plugin_manager",
    "list_plugins",
    "load_plugins",
    "make_plugin_manager",
    "strict_from_env",
]

log = logging.getLogger("newskit.plugins")

ENTRY_POINT_GROUP = "newskit"
STRICT_ENV = "NEWSKIT_STRICT"

DEFAULT_PLUGINS: tuple[str, ...] = (
    "newskit.extractors.dates.plugin",
    "newskit.extractors.countries.plugin",
    "newskit.extractors.organizations.plugin",
    "newskit.extractors.people.plugin",
    "newskit.extractors.events.plugin",
)
"""The built-in plugins, registered exactly like third-party ones."""

class DuplicateExtractorError(ValueError):
    """Two registrations used the same extractor name."""


def strict_from_env() -> bool:
    """True when ``NEWSKIT_STRICT`` is set to a true value (1, true, yes, on)."""
    return os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


@attrs.frozen(kw_only=True)
class Registration:
    """One registered extractor or event builder, and the plugin it came from."""

    name: str
    stage: str
    plugin: str
    function: Callable[..., Any] = attrs.field(eq=False, repr=False)
    languages: tuple[str, ...] | None = None  # the languages it serves; None: every language

    def serves(self, language: str) -> bool:
        """True when this extractor runs on articles in ``language``."""
        return self.languages is None or language in self.languages


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``newskit plugins`` shows of a plugin."""

    name: str
    version: str | None
    hooks: tuple[str, ...]
    source: str  # "builtin", "entry point" or "registered"
    distribution: str | None = None


class _Manager(pluggy.PluginManager):
    """A pluggy manager that remembers where each plugin came from and what failed to load."""

    def __init__(self) -> None:
        super().__init__("newskit")
        self.add_hookspecs(hookspecs)
        self.load_failures: list[PluginFailure] = []
        self.origins: dict[str, tuple[str, str | None, str | None]] = {}  # name -> source, dist, version
        self.loaded = False
        #: Goes up at every (un)registration, so that a pipeline sees at once whether its plugins may have changed.
        self.generation = 0

    def register(self, plugin: object, name: str | None = None) -> str | None:
        """Register ``plugin`` (see :meth:`pluggy.PluginManager.register`)."""
        self.generation += 1
        return super().register(plugin, name=name)

    def unregister(self, plugin: object | None = None, name: str | None = None) -> Any | None:
        """Unregister ``plugin`` (see :meth:`pluggy.PluginManager.unregister`)."""
        self.generation += 1
        return super().unregister(plugin, name=name)

    def add_module(self, path: str, *, source: str = "builtin", strict: bool = False) -> None:
        """Import ``path`` and register it under that name; a failure is recorded, or raised if strict."""
        try:
            module = importlib.import_module(path)
            self.register(module, name=path)
        except Exception as exc:
            if strict:
                raise
            log.warning("newskit plugin %s failed to load: %r", path, exc)
            self.load_failures.append(PluginFailure.from_exception(exc, plugin=path, stage="load"))
            return
        self.origins[path] = (source, None, None)

    def add_object(self, plugin: object, *, name: str | None = None, strict: bool = False) -> None:
        if isinstance(plugin, str):
            self.add_module(plugin, source="registered", strict=strict)
            return
        registered = self.register(plugin, name=name)
        if registered is not None:
            self.origins[registered] = ("registered", None, None)

    def add_entry_points(self, *, disable: Iterable[str] = (), strict: bool = False) -> None:
        """Load every plugin of the ``newskit`` entry-point group, one by one."""
        if not _may_declare(ENTRY_POINT_GROUP):
            return  # no installed distribution declares one: importlib.metadata is not needed
        import importlib.metadata

        skip = set(disable)
        for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            if ep.name in skip or self.has_plugin(ep.name) or self.is_blocked(ep.name):
                continue
            dist = getattr(ep, "dist", None)
            try:
                self.register(ep.load(), name=ep.name)
            except Exception as exc:
                if strict:
                    raise
                log.warning("newskit plugin %s (entry point %s) failed to load: %r", ep.name, ep.value, exc)
                self.load_failures.append(PluginFailure.from_exception(exc, plugin=ep.name, stage="load"))
                continue
            self.origins[ep.name] = ("entry point", dist.name if dist else None, dist.version if dist else None)


def _may_declare(group: str) -> bool:
    """False only when no distribution on ``sys.path`` can declare an entry point of ``group``.

    Reads the ``entry_points.txt`` of each ``*.dist-info``/``*.egg-info`` folder, as ``importlib.metadata``
    would, without importing it (importing it costs a new process more than the rest of the plugin
    manager). Wherever that reading could miss one (a zip or an egg on the path, a finder of
    distributions other than the standard one), the answer is True and ``importlib.metadata`` decides.
    """
    if not all(map(_reads_path, sys.meta_path)):
        return True
    for entry in sys.path:
        if not isinstance(entry, str):
            return True
        folder = entry or "."
        if folder.lower().endswith(".egg"):
            return True
        try:
            with os.scandir(folder) as found:
                names = [e.name for e in found if e.name.lower().endswith((".dist-info", ".egg-info"))]
        except OSError:  # a zip (read by importlib.metadata), a missing folder (nothing to read)
            if os.path.exists(folder):
                return True
            continue
        for name in names:
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:  # no entry points, or a one-file egg-info
                continue
            except ValueError:  # not UTF-8: let importlib.metadata judge it
                return True
            if group in text and any(_section(line) == group for line in text.splitlines()):
                return True
    return False


def _reads_path(finder: object) -> bool:
    """True for a finder that finds no distributions, or finds them in ``sys.path``'s folders as read below:
    the standard path finder, and the ``importlib_metadata`` backport's (which installs itself when imported)."""
    from importlib.machinery import PathFinder

    if finder is PathFinder or not hasattr(finder, "find_distributions"):
        return True
    kind = type(finder)
    return (kind.__module__, kind.__qualname__) == ("importlib_metadata", "MetadataPathFinder")


def _section(line: str) -> str | None:
    """The section a line of ``entry_points.txt`` opens (read as ``importlib.metadata`` reads it), or None."""
    line = line.strip()
    return line.strip("[]") if line.startswith("[") and line.endswith("]") else None


def make_plugin_manager(
    plugins: Sequence[object | str] | None = None,
    *,
    entry_points: bool = True,
    disable: Iterable[str] = (),
    strict: bool = False,
) -> _Manager:
    """A new plugin manager with ``plugins`` (default: :data:`DEFAULT_PLUGINS`) and entry points.

    ``disable`` names plugins to block (a module path such as ``newskit.extractors.people.plugin``, or an
    entry-point name).
    """
    pm = _Manager()
    for name in disable:
        pm.set_blocked(name)
    for plugin in DEFAULT_PLUGINS if plugins is None else plugins:
        if isinstance(plugin, str):
            if not pm.is_blocked(plugin):
                pm.add_module(plugin, strict=strict)
        else:
            pm.add_object(plugin, strict=strict)
    if entry_points:
        pm.add_entry_points(disable=disable, strict=strict)
    pm.loaded = True
    return pm


_pm: _Manager | None = None


def get_plugin_manager() -> _Manager:
    """The process-wide plugin manager, with the built-in and installed plugins loaded."""
    return load_plugins()


def load_plugins() -> _Manager:
    """Load the built-in and entry-point plugins once; later calls return the same manager."""
    global _pm
    if _pm is None:
        _pm = make_plugin_manager(strict=strict_from_env())
    return _pm


def collect(pm: pluggy.PluginManager, *, strict: bool = False) -> tuple[list[Registration], list[PluginFailure]]:
    """Call every registration hook of every plugin and return what they registered, in stage order.

    Each plugin's hook is called on its own so that a registration is credited to its plugin and
    a plugin whose hook raises does not stop the others. A name used twice raises
    :class:`DuplicateExtractorError`.
    """
    registrations: list[Registration] = []
    failures: list[PluginFailure] = []
    seen: dict[str, str] = {}
    for declared in STAGES:
        stage, hook_name = declared.name, declared.hook
        hook = getattr(pm.hook, hook_name)
        # pluggy calls the most recently registered first; newskit runs them in registration order.
        for impl in reversed(hook.get_hookimpls()):
            plugin = _display_name(impl.plugin_name, impl.plugin)

            def register(
                function: Callable[..., Any],
                name: str | None = None,
                *,
                languages: Iterable[str] | None = None,
                _stage: str = stage,
                _plugin: str = plugin,
            ) -> None:
                if not callable(function):
                    raise TypeError(f"plugin {_plugin} registered {function!r}, which is not callable")
                label = name or getattr(function, "name", None) or getattr(function, "__name__", None)
                if not isinstance(label, str) or not label:
                    raise TypeError(f"plugin {_plugin} registered {function!r} without a name")
                if label in seen:
                    raise DuplicateExtractorError(
                        f"extractor name {label!r} is registered by both plugin {seen[label]!r} and plugin {_plugin!r}; "
                        "pass register(..., name=...) to tell them apart"
                    )
                seen[label] = _plugin
                served = None if languages is None else tuple(str(code).lower() for code in languages)
                registrations.append(
                    Registration(name=label, stage=_stage, plugin=_plugin, function=function, languages=served)
                )

            try:
                impl.function(**{arg: register for arg in impl.argnames})
            except DuplicateExtractorError:
                raise
            except Exception as exc:
                failure = PluginFailure.from_exception(exc, plugin=plugin, stage="register")
                if strict:
                    from .validate import PluginError

                    raise PluginError(failure) from exc
                log.warning("newskit plugin %s failed in %s: %r", plugin, hook_name, exc)
                failures.append(failure)
    return registrations, failures


def _display_name(name: str, plugin: object) -> str:
    """A plugin's registered name, or for one registered without a name (pluggy names it by its id) its class."""
    if not name.isdigit():
        return name
    if isinstance(plugin, types.ModuleType):
        return plugin.__name__
    kind = plugin if isinstance(plugin, type) else type(plugin)
    return f"{kind.__module__}.{kind.__qualname__}"


def list_plugins(pm: pluggy.PluginManager | None = None) -> list[PluginInfo]:
    """The plugins a manager holds, with version and the hooks each implements."""
    pm = pm or get_plugin_manager()
    origins: dict[str, tuple[str, str | None, str | None]] = getattr(pm, "origins", {})
    infos = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        hooks = tuple(sorted(h.name for h in pm.get_hookcallers(plugin) or ()))
        source, dist, version = origins.get(name, ("registered", None, None))
        if source == "builtin":
            version = _version("newskit")
            dist = "newskit"
        infos.append(PluginInfo(name=name, version=version, hooks=hooks, source=source, distribution=dist))
    return infos


def _version(dist: str) -> str | None:
    import importlib.metadata

    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None

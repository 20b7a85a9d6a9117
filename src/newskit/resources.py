"""Data files shipped in ``newskit/data``: read once, cached, comments and blank lines skipped.

Tables that take long to build from them (the gazetteers) are kept in the user's cache folder
(:func:`cache_dir`) by :func:`cached`, under a key that changes whenever what they are built from does.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "cache_dir",
    "cached",
    "data_path",
    "fingerprint",
    "letter_tree",
    "read_json",
    "read_lines",
    "read_table",
    "write_atomically",
]

log = logging.getLogger("newskit")

T = TypeVar("T")

_FORMAT = b"newskit-table 1"  # the first line of a cached table, before its key and checksum


_DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def _data_is_dir() -> bool:
    return _DATA.is_dir()


def data_path(name: str) -> Any:
    """A traversable path to ``newskit/data/<name>``.

    A plain path where the package lies in a folder (``importlib.resources``, which a zipped package
    needs, costs start-up more than every data file newskit reads).
    """
    if _data_is_dir():
        return _DATA / name
    from importlib import resources

    return resources.files("newskit").joinpath("data").joinpath(name)


@functools.cache
def read_lines(name: str) -> tuple[str, ...]:
    """The non-blank lines of a data file that do not start with ``#``, stripped."""
    text = data_path(name).read_text(encoding="utf-8")
    lines = filter(None, map(str.strip, text.splitlines()))  # in C: a word list has tens of thousands of lines
    if "#" not in text:
        return tuple(lines)
    return tuple(s for s in lines if s[0] != "#")


@functools.cache
def read_table(name: str, sep: str = "\t") -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file (comments and blank lines skipped)."""
    return tuple(tuple(cell.strip() for cell in line.split(sep)) for line in read_lines(name))


@functools.cache
def read_json(name: str) -> Any:
    """A JSON data file, parsed."""
    return json.loads(data_path(name).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- the cache folder


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/newskit`` or ``~/.cache/newskit``; None when the home (or cache root's parent) is missing.

    newskit creates its own folder, and ``.cache`` in an existing home, but never a home itself.
    """
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        base = Path(xdg)
        return base / "newskit" if base.parent.is_dir() else None
    home = os.environ.get("HOME")
    if not home or not Path(home).is_dir():
        return None
    return Path(home) / ".cache" / "newskit"


def _version(distribution: str) -> str:
    """The installed version of ``distribution`` (its ``dist-info`` folder's name beside the package: no
    scan of every installed distribution, which ``importlib.metadata`` would make), or ``"unknown"``."""
    try:
        import importlib.util

        spec = importlib.util.find_spec(distribution)
        if spec is not None and spec.origin:
            folder = Path(spec.origin).parent.parent
            found = sorted(p.name for p in folder.glob(f"{distribution}-*.dist-info"))
            if found:
                return ",".join(found)
        import importlib.metadata

        return importlib.metadata.version(distribution)
    except Exception:  # not installed, or a source checkout
        return "unknown"


def fingerprint(*, distributions: Iterable[str] = (), files: Iterable[Any] = (), parts: Iterable[str] = ()) -> str:
    """A short key for what a table is built from: package versions, the bytes of files, other strings.

    ``files`` are paths or traversables (a data file, the module that builds the table); the
    Python version is always part of the key.
    """
    digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
    for name in distributions:
        digest.update(f"\0{name}={_version(name)}".encode())
    for file in files:
        digest.update(b"\0")
        digest.update(file.read_bytes())
    for part in parts:
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()[:24]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()``, kept in the cache folder as ``<name>-<key>.marshal`` and read back while ``key`` is the same.

    ``build`` must return plain data (dicts, tuples, sets, strings, numbers: what :mod:`marshal`
    writes). A file whose key differs (a newer package, an edited data file), that was cut short or
    edited, is rebuilt and rewritten; when the folder cannot be written, the table is built in each
    process.
    """
    folder = cache_dir()
    # the key is in the file's name too, so that two installs of different versions keep a table each
    path = None if folder is None else folder / f"{name}-{key[:12]}.marshal"
    if path is not None:
        found = _read(path, key)
        if found is not None:
            return found  # type: ignore[no-any-return]
    value = build()
    if path is not None:
        _write(path, key, value)
        _prune(path.parent, name, keep=_KEEP)
    return value


#: How many versions of one table the cache folder keeps (the most recently written).
_KEEP = 3


def _prune(folder: Path, name: str, keep: int) -> None:
    """Remove all but the ``keep`` newest versions of the table ``name`` (older installs' tables)."""
    try:
        versions = sorted(folder.glob(f"{name}-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in versions[keep:]:
            old.unlink()
    except OSError:  # a file another process removed first, or a folder gone read-only
        pass


def _read(path: Path, key: str) -> Any:
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    header, _, body = raw.partition(b"\n")
    fields = header.split(b" ")
    if fields[:2] != _FORMAT.split(b" ") or len(fields) != 4 or fields[2] != key.encode("ascii"):
        return None
    if hashlib.sha256(body).hexdigest().encode("ascii") != fields[3]:
        log.info("newskit rebuilds the table cached at %s: checksum does not match", path)
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError) as exc:  # pragma: no cover - a sound checksum over unreadable data
        log.info("newskit rebuilds the table cached at %s: %r", path, exc)
        return None


def _write(path: Path, key: str, value: Any) -> None:
    try:
        body = marshal.dumps(value)
    except ValueError as exc:  # pragma: no cover - a table that is not plain data: not kept
        log.info("newskit cannot cache %s: %r", path.name, exc)
        return
    header = b"%s %s %s\n" % (_FORMAT, key.encode("ascii"), hashlib.sha256(body).hexdigest().encode("ascii"))
    write_atomically(path, header + body)


def write_atomically(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file, so that no reader sees half a file.

    Returns False, and logs why, where the folder cannot be written (a read-only home): callers then
    rebuild what they meant to keep in each process.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        log.info("newskit could not cache %s: %r", path, exc)
        return False
    return True


def letter_tree(forms: Iterable[str]) -> str:
    r"""A regex alternation of ``forms`` written as a letter tree, which matches as the flat alternation of the
    forms, longest first, would (the forms that fit at one position lie on one branch, the longer tried first),
    but which the engine leaves at the first letter that fits no form instead of trying each form in turn.

    >>> letter_tree(["Ga.", "Kan.", "Kans."])
    '(?:Ga\\.|Kan(?:\\.|s\\.))'
    """
    tree: dict[str, Any] = {}
    for form in forms:
        node = tree
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}  # a form ends here

    def branch(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")  # the form ending here comes after the longer ones going on from it
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return branch(tree) if tree else "(?!)"

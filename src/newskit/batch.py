"""Corpus runs: inputs read as they are processed, worker processes or a Dask cluster, resumable output.

The command line's ``newskit extract`` is built from these parts:

- :func:`iter_sources` reads the inputs lazily, one record at a time (JSON Lines split on ``\\n``
  only), and gives an error source for whatever cannot be read, a file or a folder;
- :func:`process` turns one source into one :class:`Outcome`: the output record as compact JSON
  text, and whether the input failed, a plugin failed, or strict mode must stop the run;
- :func:`run` processes sources in this process, in worker processes that start and warm up
  once (``jobs``), or on a Dask cluster (``dask``), and gives the outcomes in input order while
  holding only a bounded number of records in memory;
- :func:`completed_inputs` reads what an interrupted run wrote, drops a torn last line, and says
  which inputs already have their record, so that a run can be resumed.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import json
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, NamedTuple

import attrs

from .models import Article

__all__ = [
    "SUFFIXES",
    "FatalError",
    "Item",
    "Outcome",
    "Settings",
    "Source",
    "completed_inputs",
    "file_date",
    "input_size",
    "iter_sources",
    "process",
    "read_inputs",
    "run",
]

log = logging.getLogger("newskit.batch")

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
_HTML = (".html", ".htm")
_FILE_DATE = re.compile(r"(?<![0-9])([0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])")

WARM_UP = "Talks in Paris\n\nPresident Emmanuel Macron met Olaf Scholz in Berlin on Monday, officials said."
"""The article each worker reads once before its first input, so that data and patterns are loaded."""


class FatalError(RuntimeError):
    """The run cannot go on (strict mode met a plugin failure, or no pipeline could be built); one line for the user."""


# --------------------------------------------------------------------------- reading


class Source(NamedTuple):
    """One input record as read, not yet parsed.

    ``kind`` says what ``payload`` holds: ``text`` (an article's text), ``html`` (a web page, as
    bytes), ``line`` (one JSON Lines line, as bytes), ``record`` (a parsed JSON value) or ``error``
    (why the input cannot be read). ``size`` is the number of input bytes it stands for (for
    progress); ``published`` the date the file's name gives, if any.
    """

    label: str
    kind: str
    payload: Any
    size: int = 0
    published: str | None = None


@attrs.frozen
class Item:
    """One input record: where it came from, and the article or what was wrong with it."""

    label: str
    article: Article | None = None
    error: str | None = None


def iter_sources(
    paths: Sequence[str], *, stdin: IO[bytes] | None = None, skip: Callable[[str], bool] | None = None
) -> Iterator[Source]:
    """Every record of every input, read only as it is asked for.

    Directories are walked (sorted, recursively) for ``.txt``, ``.json``, ``.jsonl``, ``.html`` and
    ``.htm`` files; ``-`` reads standard input. A file or folder that cannot be read gives an ``error`` source. ``skip``
    (a label test) leaves out records before they are decoded, as a resumed run needs.
    """
    for name in paths:
        if name == "-":
            yield from _stdin_sources(stdin or sys.stdin.buffer, skip)
            continue
        path = Path(name)
        if path.is_dir():
            found = False
            for source in _walk(path, skip):
                found = True
                yield source
            if not found:
                yield Source(name, "error", "directory holds no .txt, .json, .jsonl or .html files")
        else:
            yield from _file_sources(path, skip)


def _walk(folder: Path, skip: Callable[[str], bool] | None) -> Iterator[Source]:
    """The sources of the files under ``folder``, in the order of their sorted paths; unreadable folders as errors."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        yield Source(str(folder), "error", f"cannot read folder: {exc.strerror or exc}")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, skip)
        elif path.suffix.lower() in SUFFIXES:
            yield from _file_sources(path, skip)


def file_date(path: Path) -> str | None:
    """The publication date a file's name gives (``2023-02-23-talks.txt``, ``talks.2023-02-23.txt``), or None.

    >>> file_date(Path("news/talks.2023-02-23.txt")), file_date(Path("talks.2023-02-30.txt"))
    ('2023-02-23', None)
    """
    for match in _FILE_DATE.finditer(path.stem):
        try:
            return dt.date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            continue
    return None


def _file_sources(path: Path, skip: Callable[[str], bool] | None) -> Iterator[Source]:
    label = str(path)
    suffix = path.suffix.lower()
    dated = file_date(path)
    try:
        if suffix == ".jsonl":
            with path.open("rb") as fh:
                yield from _line_sources(fh, label, skip, dated)
            return
        if skip is not None and suffix != ".json" and skip(label):
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Source(label, "error", f"cannot read: {exc.strerror or exc}")
        return
    yield from _whole_sources(raw, label, suffix, skip, dated)


def _line_sources(
    lines: Iterable[bytes], label: str, skip: Callable[[str], bool] | None, dated: str | None = None
) -> Iterator[Source]:
    """One source per non-blank line; lines end at ``\\n`` only (U+2028 or U+0085 inside a string are text)."""
    for n, line in enumerate(lines, 1):
        if n == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if not line.strip():
            continue
        sub = f"{label}:{n}"
        if skip is None or not skip(sub):
            yield Source(sub, "line", line, len(line), dated)


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<!--"))


def _whole_sources(
    raw: bytes, label: str, suffix: str, skip: Callable[[str], bool] | None, dated: str | None = None
) -> Iterator[Source]:
    if suffix in _HTML or (suffix == "-" and _looks_like_html(raw)):
        if skip is None or not skip(label):
            yield Source(label, "html", raw, len(raw), dated)
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if skip is None or not skip(label):
            yield Source(label, "error", f"not UTF-8 text: {exc}", len(raw))
        return
    if suffix == ".json" or (suffix == "-" and text.lstrip().startswith(("{", "["))):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if skip is None or not skip(label):
                yield Source(label, "error", f"malformed JSON: {exc}", len(raw))
            return
        if not isinstance(data, list):
            if skip is None or not skip(label):
                yield Source(label, "record", data, len(raw), dated)
            return
        share = len(raw) // max(len(data), 1)
        for n, record in enumerate(data):
            sub = f"{label}[{n}]"
            if skip is None or not skip(sub):
                yield Source(sub, "record", record, share, dated)
        return
    if skip is None or not skip(label):
        yield Source(label, "text", text, len(raw), dated)


def _stdin_sources(stream: IO[bytes], skip: Callable[[str], bool] | None) -> Iterator[Source]:
    """Standard input: JSON Lines (streamed) when its first two records are JSON objects, else one document."""
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    first = b"".join(head)
    if first.lstrip().lstrip(b"\xef\xbb\xbf").startswith(b"{") and _is_json(first):
        second: list[bytes] = []
        for line in stream:
            second.append(line)
            if line.strip():
                break
        if any(x.strip() for x in second):
            yield from _line_sources(_chain(head, second, stream), "<stdin>", skip)
            return
        first += b"".join(second)
    yield from _whole_sources(first + stream.read(), "<stdin>", "-", skip)


def _chain(*parts: Iterable[bytes]) -> Iterator[bytes]:
    for part in parts:
        yield from part


def _is_json(raw: bytes) -> bool:
    try:
        json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False
    return True


def input_size(paths: Sequence[str]) -> int | None:
    """The bytes the inputs hold (for a progress bar), or None when standard input is among them."""
    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        try:
            if path.is_dir():
                for root, _dirs, files in os.walk(path):
                    for file in files:
                        if Path(file).suffix.lower() in SUFFIXES:
                            try:
                                total += os.stat(os.path.join(root, file)).st_size
                            except OSError:
                                continue
            else:
                total += path.stat().st_size
        except OSError:
            continue
    return total


# --------------------------------------------------------------------------- one record


@attrs.frozen(kw_only=True)
class Settings:
    """How to run the pipeline on each input: the same in this process, worker processes and Dask workers."""

    published: str | None = None
    language: str | None = None
    disable: tuple[str, ...] = ()
    strict: bool = False
    timeout: float | None = None


class Outcome(NamedTuple):
    """The output record of one input, as compact JSON text, and what happened.

    ``status`` is ``ok``; ``failed`` (the input could not be read or parsed); ``plugin`` (a result,
    but a plugin failed on it); or ``fatal`` (strict mode met a plugin failure: ``line`` is the message).
    """

    label: str
    line: str
    status: str
    size: int = 0


def to_item(source: Source, published: str | None = None, language: str | None = None) -> Item:
    """The article a source holds, or what is wrong with it.

    ``published`` and ``language`` are used for articles that do not give theirs; a date in the
    file's name comes before ``published``.
    """
    label, kind, payload, _size, dated = source
    published = dated or published
    if kind == "error":
        return Item(label, error=str(payload))
    if kind == "html":
        return _from_html(payload, label, published, language)
    if kind == "text":
        try:
            fields = {"language": language} if language else {}
            return Item(label, Article.from_text(payload, published=published, id=label, **fields))
        except (TypeError, ValueError, OverflowError) as exc:
            return Item(label, error=str(exc))
    if kind == "line":
        try:
            payload = json.loads(payload.decode("utf-8"))
        except UnicodeDecodeError as exc:
            return Item(label, error=f"not UTF-8 text: {exc}")
        except json.JSONDecodeError as exc:
            return Item(label, error=f"malformed JSON line: {exc}")
    return _from_record(payload, label, published, language)


def _from_record(record: object, label: str, published: str | None, language: str | None) -> Item:
    try:
        if not isinstance(record, dict):
            raise TypeError(f"expected a JSON object with a 'text' field, got {type(record).__name__}")
        if "text" not in record and "html" in record:
            from .pages import article_from_record

            return Item(label, article_from_record(record, published=published, language=language))
        if "text" in record:
            if published and not record.get("published"):
                record = {**record, "published": published}
            if language and not record.get("language"):
                record = {**record, "language": language}
        return Item(label, Article.from_dict(record))
    except (TypeError, ValueError, OverflowError, ImportError) as exc:
        return Item(label, error=str(exc))


def _from_html(raw: bytes, label: str, published: str | None, language: str | None) -> Item:
    try:
        from .pages import read_page

        page = read_page(raw)
        fields = {"id": label}
        if published and not page.published:
            fields["published"] = published
        if language and not page.language:
            fields["language"] = language
        return Item(label, page.to_article(**fields))
    except (TypeError, ValueError, OverflowError, ImportError) as exc:
        return Item(label, error=str(exc))


def read_inputs(
    paths: Sequence[str],
    published: str | None = None,
    stdin: IO[bytes] | None = None,
    *,
    language: str | None = None,
) -> Iterator[Item]:
    """Every record of every input as an :class:`Item`: its article, or an error naming the input and the reason.

    ``published`` and ``language`` are used for articles that do not give theirs; a date in a
    file's name (``talks.2023-02-23.txt``) is that file's publication date.
    """
    for source in iter_sources(paths, stdin=stdin):
        yield to_item(source, published, language)


_DEFAULT = Settings()
_pipelines: dict[Settings, Any] = {}
_fatal: dict[Settings, str] = {}
_lock = threading.Lock()


def _pipeline(settings: Settings) -> Any:
    """This process's pipeline for ``settings``, warmed up once; a failure to build it is kept and raised.

    With default settings it is :func:`newskit.pipeline.default_pipeline`, which follows plugins
    registered in this process; other settings get a pipeline of their own.
    """
    if settings in _fatal:
        raise FatalError(_fatal[settings])
    pipeline = _pipelines.get(settings)
    if pipeline is not None:
        return pipeline if settings != _DEFAULT else _default()
    with _lock:
        if settings not in _pipelines and settings not in _fatal:
            from .pipeline import Pipeline

            try:
                if settings == _DEFAULT:
                    built = _default()
                else:
                    built = Pipeline(disable=settings.disable, strict=settings.strict, timeout=settings.timeout)
                built.extract(WARM_UP, published="2023-02-23")
            except Exception as exc:  # no pipeline, no run: every input would fail the same way
                _fatal[settings] = _one_line(exc, settings.strict)
            else:
                _pipelines[settings] = built
    return _pipeline(settings)


def _default() -> Any:
    from .pipeline import default_pipeline

    return default_pipeline()


def _one_line(exc: BaseException, strict: bool = True) -> str:
    """A failure that stops the run, as one line."""
    from .validate import PluginError

    message = " ".join(str(exc).split())
    if not strict:
        return f"cannot build the pipeline: {type(exc).__name__}: {message}"
    if isinstance(exc, PluginError):
        return f"strict mode: {message}"
    return f"strict mode: a plugin failed: {type(exc).__name__}: {message}"


def process(source: Source, settings: Settings) -> Outcome:
    """The output record of one source: its result, or the error that stopped it (never raises but for strict mode)."""
    from .serialize import to_dict
    from .validate import PluginError

    label = source.label
    try:
        pipeline = _pipeline(settings)
    except FatalError as exc:
        return Outcome(label, str(exc), "fatal", source.size)
    item = to_item(source, settings.published, settings.language)
    if item.article is None:
        return Outcome(label, _dumps({"input": label, "error": item.error}), "failed", source.size)
    try:
        result = pipeline.extract(item.article)
        line = _dumps({"input": label, "result": to_dict(result)})
    except PluginError as exc:
        if settings.strict:
            return Outcome(label, _one_line(exc), "fatal", source.size)
        return Outcome(label, _dumps({"input": label, "error": f"PluginError: {exc}"}), "failed", source.size)
    except Exception as exc:  # a bug: report it on this record and go on
        return Outcome(label, _dumps({"input": label, "error": f"{type(exc).__name__}: {exc}"}), "failed", source.size)
    return Outcome(label, line, "plugin" if result.errors else "ok", source.size)


def _dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, allow_nan=False)


def process_chunk(chunk: list[Source], settings: Settings) -> list[Outcome]:
    """:func:`process` over a list of sources (what travels to a worker and back)."""
    return [process(source, settings) for source in chunk]


def _start_worker(settings: Settings) -> None:
    """A worker process: leave Ctrl-C to the parent, and warm up before the first input."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(FatalError):  # reported on the first outcome
        _pipeline(settings)


# --------------------------------------------------------------------------- running


def run(
    sources: Iterable[Source], settings: Settings, *, jobs: int = 1, dask: str | None = None
) -> Iterator[Outcome]:
    """The outcome of each source, in input order: here (``jobs=1``), in ``jobs`` processes, or on a Dask cluster.

    Raises :class:`FatalError` at the first strict-mode plugin failure.
    """
    if dask is not None:
        outcomes = _run_dask(sources, settings, dask)
    elif jobs <= 1:
        _pipelines.clear()  # each run in this process builds its pipeline afresh
        _fatal.clear()
        outcomes = (process(source, settings) for source in sources)
    else:
        outcomes = _run_processes(sources, settings, jobs)
    for outcome in outcomes:
        if outcome.status == "fatal":
            raise FatalError(outcome.line)
        yield outcome


def _chunks(sources: Iterable[Source], largest: int = 16) -> Iterator[list[Source]]:
    """Lists of sources: small at first, so that every worker starts at once, then up to ``largest``."""
    size = 1
    chunk: list[Source] = []
    for source in sources:
        chunk.append(source)
        if len(chunk) >= size:
            yield chunk
            chunk = []
            size = min(size * 2, largest)
    if chunk:
        yield chunk


def _lost(chunk: list[Source], why: str) -> list[Outcome]:
    return [Outcome(s.label, _dumps({"input": s.label, "error": why}), "failed", s.size) for s in chunk]


def _run_processes(sources: Iterable[Source], settings: Settings, jobs: int) -> Iterator[Outcome]:
    import multiprocessing

    context = multiprocessing.get_context("spawn")

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(settings,))

    executor = start()
    pending: collections.deque[tuple[list[Source], Future[list[Outcome]]]] = collections.deque()
    window = 2 * jobs + 1
    chunks = _chunks(sources)
    done_since_start = 0
    try:
        while True:
            while len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                try:
                    pending.append((chunk, executor.submit(process_chunk, chunk, settings)))
                except BrokenProcessPool:
                    executor = start()
                    pending.append((chunk, executor.submit(process_chunk, chunk, settings)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                outcomes = future.result()
                done_since_start += 1
            except BrokenProcessPool as exc:
                if not done_since_start:  # workers that cannot even start: no use starting more
                    raise FatalError(f"worker processes cannot start: {exc}") from exc
                # A worker died (killed, or crashed in native code): its inputs get error records, a new pool goes on.
                outcomes = _lost(chunk, "the worker process processing this input died")
                done_since_start = 0
                executor.shutdown(wait=False, cancel_futures=True)
                executor = start()
                resubmit = list(pending)
                pending.clear()
                for again, _ in resubmit:
                    pending.append((again, executor.submit(process_chunk, again, settings)))
            yield from outcomes
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _run_dask(sources: Iterable[Source], settings: Settings, address: str) -> Iterator[Outcome]:
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise FatalError("--dask needs the dask extra: pip install 'newskit[dask]'") from exc
    try:
        client = Client(address, timeout=60)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as exc:
        raise FatalError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        workers = max(sum(client.nthreads().values()), 1)  # type: ignore[no-untyped-call]
        pending: collections.deque[Any] = collections.deque()
        window = 4 * workers
        for chunk in _chunks(sources, largest=32):
            pending.append(client.submit(process_chunk, chunk, settings, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


# --------------------------------------------------------------------------- resuming


def completed_inputs(path: Path) -> set[str]:
    """The inputs that already have a complete record in ``path``, a JSON Lines output of an earlier run.

    A torn last line (a run killed while writing) is cut off, and a line that is not a record is
    dropped, so that appending to the file leaves valid JSON Lines with one record per input.
    """
    done: set[str] = set()
    if not path.exists():
        return done
    good_end = 0
    bad = False
    kept: list[bytes] = []
    with path.open("rb") as fh:
        for line in fh:
            label = _record_input(line) if line.endswith(b"\n") else None
            if label is None or label in done:
                bad = True
                continue
            done.add(label)
            if bad:
                kept.append(line)
            else:
                good_end += len(line)
    if bad:
        _rewrite(path, good_end, kept)
    return done


def _record_input(line: bytes) -> str | None:
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if isinstance(record, dict) and isinstance(record.get("input"), str) and ("result" in record or "error" in record):
        return str(record["input"])
    return None


def _rewrite(path: Path, good_end: int, later: list[bytes]) -> None:
    """Keep the first ``good_end`` bytes of ``path`` and then the good lines found after a bad one."""
    if not later:
        with path.open("r+b") as fh:
            fh.truncate(good_end)
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with path.open("rb") as src, tmp.open("wb") as dst:
        dst.write(src.read(good_end))
        dst.writelines(later)
    tmp.replace(path)

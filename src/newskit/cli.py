"""The ``newskit`` command: extract from files and corpora, list plugins, print timelines."""

from __future__ import annotations

import csv
import datetime as dt
import json
import multiprocessing
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs
import click

from .models import Article, Extraction

__all__ = ["cli", "read_inputs"]

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")
_HTML = (".html", ".htm")
_FILE_DATE = re.compile(r"(?<![0-9])([0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])")


@attrs.frozen
class Item:
    """One input record: where it came from, and the article or what was wrong with it."""

    label: str
    article: Article | None = None
    error: str | None = None


@attrs.frozen
class Defaults:
    """What the command line gives for articles that do not say: their publication date and language."""

    published: str | None = None
    language: str | None = None


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


def _article(record: object, label: str, defaults: Defaults) -> Item:
    try:
        if not isinstance(record, dict):
            raise TypeError(f"expected a JSON object with a 'text' field, got {type(record).__name__}")
        if "text" not in record and "html" in record:
            from .pages import article_from_record

            return Item(label, article_from_record(record, published=defaults.published, language=defaults.language))
        if "text" in record:
            if defaults.published and not record.get("published"):
                record = {**record, "published": defaults.published}
            if defaults.language and not record.get("language"):
                record = {**record, "language": defaults.language}
        return Item(label, Article.from_dict(record))
    except (TypeError, ValueError, ImportError) as exc:
        return Item(label, error=str(exc))


def _from_html(raw: bytes, label: str, defaults: Defaults) -> Item:
    try:
        from .pages import read_page

        page = read_page(raw)
        fields = {"id": label}
        if defaults.published and not page.published:
            fields["published"] = defaults.published
        if defaults.language and not page.language:
            fields["language"] = defaults.language
        return Item(label, page.to_article(**fields))
    except (TypeError, ValueError, ImportError) as exc:
        return Item(label, error=str(exc))


def _from_text(raw: str, label: str, defaults: Defaults, suffix: str) -> Iterator[Item]:
    if suffix == ".jsonl" or (suffix == "-" and raw.lstrip().startswith("{") and "\n{" in raw.strip()):
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Item(f"{label}:{n}", error=f"malformed JSON line: {exc}")
                continue
            yield _article(record, f"{label}:{n}", defaults)
    elif suffix == ".json" or (suffix == "-" and raw.lstrip().startswith(("{", "["))):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Item(label, error=f"malformed JSON: {exc}")
            return
        records = data if isinstance(data, list) else [data]
        for n, record in enumerate(records):
            yield _article(record, f"{label}[{n}]" if isinstance(data, list) else label, defaults)
    else:
        try:
            language = {"language": defaults.language} if defaults.language else {}
            yield Item(label, Article.from_text(raw, published=defaults.published, id=label, **language))
        except (TypeError, ValueError) as exc:
            yield Item(label, error=str(exc))


def read_inputs(
    paths: Sequence[str],
    published: str | None = None,
    stdin: IO[bytes] | None = None,
    *,
    language: str | None = None,
) -> Iterator[Item]:
    """Every record of every input, or an error item naming the input and the reason.

    Directories are walked for ``.txt``, ``.json``, ``.jsonl``, ``.html`` and ``.htm`` files; ``-`` reads
    standard input. ``published`` and ``language`` are used for articles that do not give theirs; a date
    in a file's name (``talks.2023-02-23.txt``) is that file's publication date.
    """
    defaults = Defaults(published=published, language=language)
    for name in paths:
        if name == "-":
            raw_bytes = (stdin or sys.stdin.buffer).read()
            yield from _decode_and_parse(raw_bytes, "<stdin>", defaults, "-")
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield Item(name, error="directory holds no .txt, .json, .jsonl or .html files")
            for file in files:
                yield from _read_file(file, defaults)
        else:
            yield from _read_file(path, defaults)


def _read_file(path: Path, defaults: Defaults) -> Iterator[Item]:
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        yield Item(str(path), error=f"cannot read: {exc.strerror or exc}")
        return
    dated = file_date(path)
    if dated:
        defaults = attrs.evolve(defaults, published=dated)
    yield from _decode_and_parse(raw_bytes, str(path), defaults, path.suffix.lower())


def _looks_like_html(raw_bytes: bytes) -> bool:
    head = raw_bytes[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<!--"))


def _decode_and_parse(raw_bytes: bytes, label: str, defaults: Defaults, suffix: str) -> Iterator[Item]:
    if suffix in _HTML or (suffix == "-" and _looks_like_html(raw_bytes)):
        yield _from_html(raw_bytes, label, defaults)
        return
    try:
        raw = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield Item(label, error=f"not UTF-8 text: {exc}")
        return
    yield from _from_text(raw, label, defaults, suffix)


# --------------------------------------------------------------------------- running

_worker_pipeline: Any = None


def _init_worker(disable: tuple[str, ...], strict: bool) -> None:
    global _worker_pipeline
    from .pipeline import Pipeline

    _worker_pipeline = Pipeline(disable=disable, strict=strict) if (disable or strict) else None


def _process(item: Item) -> dict[str, Any]:
    """The output record of one input: its result, or the error that stopped it."""
    from .pipeline import default_pipeline
    from .serialize import to_dict

    if item.article is None:
        return {"input": item.label, "error": item.error}
    pipeline = _worker_pipeline or default_pipeline()
    try:
        result = pipeline.extract(item.article)
    except Exception as exc:  # strict mode, or a bug: report it on this record and go on
        return {"input": item.label, "error": f"{type(exc).__name__}: {exc}"}
    return {"input": item.label, "result": to_dict(result)}


def _run(
    items: Iterable[Item], jobs: int, disable: tuple[str, ...], strict: bool, total: int
) -> Iterator[dict[str, Any]]:
    if jobs <= 1:
        _init_worker(disable, strict)
        yield from map(_process, items)
        return
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(disable, strict)) as pool:
        yield from pool.imap(_process, items, chunksize=8)


def _progress(records: Iterator[dict[str, Any]], total: int, show: bool) -> Iterator[dict[str, Any]]:
    if not show:
        yield from records
        return
    with click.progressbar(length=total, label="newskit", file=sys.stderr) as bar:
        for record in records:
            bar.update(1)
            yield record


# --------------------------------------------------------------------------- commands


@click.group()
@click.version_option(package_name="newskit")
def cli() -> None:
    """Find dates, countries, people and events in news articles."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (ISO) for articles that do not give one.")
@click.option("--language", help="Language code (en, de, fr, es) for articles that do not give one.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="table: a readable summary; json: one JSON array; jsonl: one JSON record a line; "
    "csv: one row per mention (input, kind, text, start, end, value, extractor).",
)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write here instead of standard output."
)
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True, help="Worker processes.")
@click.option("--disable", multiple=True, help="Leave out a plugin or extractor by name (repeatable).")
@click.option("--strict", is_flag=True, help="Stop an article at the first plugin failure instead of recording it.")
def extract(
    paths: tuple[str, ...],
    published: str | None,
    language: str | None,
    fmt: str,
    output: IO[str],
    jobs: int,
    disable: tuple[str, ...],
    strict: bool,
) -> None:
    """Extract from PATHS: .txt, .json, .jsonl and .html files, directories, or - for standard input.

    Every input record gives exactly one output record: its result, or an error naming the
    input and the reason. The exit status is 1 when any input failed.
    """
    items = list(read_inputs(paths, published, language=language))
    show = sys.stderr.isatty() and len(items) > 1
    records = _progress(_run(items, jobs, disable, strict, len(items)), len(items), show)
    failed = 0
    if fmt == "json":
        output.write("[\n")
    writer = _csv_writer(output) if fmt == "csv" else None
    for n, record in enumerate(records):
        failed += "error" in record
        if writer is not None:
            writer.writerows(_csv_rows(record))
        elif fmt == "jsonl":
            output.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt == "json":
            output.write((",\n" if n else "") + json.dumps(record, ensure_ascii=False, indent=2))
        else:
            output.write(_table(record) + "\n\n")
    if fmt == "json":
        output.write("\n]\n")
    if failed:
        click.echo(f"newskit: {failed} of {len(items)} inputs failed", err=True)
        sys.exit(1)


def _csv_writer(output: IO[str]) -> Any:
    from .tables import MENTION_COLUMNS

    writer = csv.DictWriter(output, fieldnames=MENTION_COLUMNS, lineterminator="\n")
    writer.writeheader()
    return writer


def _csv_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The CSV rows of one output record: its mentions, or one ``error`` row that gives the reason."""
    from .serialize import from_dict
    from .tables import mention_rows

    if "error" in record:
        yield {"input": record["input"], "kind": "error", "text": record["error"]}
        return
    yield from mention_rows(from_dict(record["result"], Extraction), record["input"])


def _table(record: dict[str, Any]) -> str:
    from .render import render_table
    from .serialize import from_dict

    if "error" in record:
        return f"== {record['input']}\n! error: {record['error']}"
    result = from_dict(record["result"], Extraction)
    return render_table(result, label=record["input"])


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (ISO) for articles that do not give one.")
@click.option("--language", help="Language code (en, de, fr, es) for articles that do not give one.")
def timeline(paths: tuple[str, ...], published: str | None, language: str | None) -> None:
    """Print the events of PATHS in date order."""
    from .pipeline import default_pipeline
    from .render import render_timeline

    results = []
    failed = 0
    for item in read_inputs(paths, published, language=language):
        if item.article is None:
            click.echo(f"newskit: {item.label}: {item.error}", err=True)
            failed += 1
            continue
        results.append((item.label, default_pipeline().extract(item.article)))
    text = render_timeline(results)
    if text:
        click.echo(text)
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", help="Publication date (ISO) for articles that do not give one.")
@click.option("--language", help="Language code (en, de, fr, es) for articles that do not give one.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="view.html",
    show_default=True,
    help="The HTML file to write; - for standard output.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser afterwards.")
def view(paths: tuple[str, ...], published: str | None, language: str | None, output: str, open_browser: bool) -> None:
    """Write one self-contained HTML page showing the articles of PATHS with their mentions marked.

    Every date, country, person and organisation is highlighted (a <mark> with data-kind and data-value),
    under a legend; the entities are listed and the events drawn on a timeline. The page fetches nothing.
    """
    from .pipeline import default_pipeline
    from .view import render_page

    results = []
    failed = 0
    for item in read_inputs(paths, published, language=language):
        if item.article is None:
            click.echo(f"newskit: {item.label}: {item.error}", err=True)
            failed += 1
            continue
        results.append((item.label, default_pipeline().extract(item.article)))
    if results:
        title = results[0][1].article.title if len(results) == 1 else None
        page = render_page(results, title=f"newskit: {title or results[0][0]}" + (" …" if len(results) > 1 else ""))
        if output == "-":
            click.echo(page, nl=False)
        else:
            Path(output).write_text(page, encoding="utf-8")
            marks = sum(len(list(r.mentions())) for _, r in results)
            click.echo(f"newskit: wrote {output} ({len(results)} article{'s' * (len(results) != 1)}, {marks} marks)", err=True)
            if open_browser:
                click.launch(str(Path(output).resolve()))
    if failed or not results:
        sys.exit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def plugins(as_json: bool) -> None:
    """List the installed plugins, their versions and the hooks they implement."""
    from .plugins import get_plugin_manager, list_plugins

    pm = get_plugin_manager()
    infos = list_plugins(pm)
    if as_json:
        data = [attrs.asdict(i) for i in infos]
        click.echo(json.dumps(data, indent=2))
    else:
        for info in infos:
            version = info.version or "-"
            click.echo(f"{info.name:<32} {version:<10} {info.source:<12} {', '.join(info.hooks)}")
    for failure in getattr(pm, "load_failures", ()):
        click.echo(f"! {failure.plugin} failed to load: {failure.error}: {failure.message}", err=True)


if __name__ == "__main__":  # pragma: no cover
    cli()

"""The ``newskit`` command: extract from files and corpora, list plugins, print timelines."""

from __future__ import annotations

import csv
import io
import json
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any, TypeVar

import attrs
import click

from .batch import (
    FatalError,
    Outcome,
    Settings,
    completed_inputs,
    file_date,
    input_size,
    iter_sources,
    read_inputs,
    run,
)
from .models import Extraction

__all__ = ["cli", "file_date", "read_inputs"]

EXIT_FAILED = 1
"""Exit status when some input could not be read or a plugin failed on it."""
EXIT_STOPPED = 3
"""Exit status when the run stopped at once: strict mode met a plugin failure, or no pipeline could be built."""


class Interrupted(KeyboardInterrupt):
    """SIGTERM (or SIGINT) arrived: stop after the record being written, leaving the output valid."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _on_signal(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


class _Writer:
    """Writes records in one format; each record goes out in a single write, so an interruption never tears one."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.count = 0
        self.rows = io.StringIO()
        self.csv = _csv_writer(self.rows) if fmt == "csv" else None
        if fmt == "json":
            out.write("[")
        elif self.csv is not None:
            out.write(self._rows())

    def _rows(self) -> str:
        text = self.rows.getvalue()
        self.rows.seek(0)
        self.rows.truncate()
        return text

    def write(self, outcome: Outcome) -> None:
        if self.fmt == "jsonl":
            text = outcome.line + "\n"
        elif self.fmt == "json":
            body = json.dumps(json.loads(outcome.line), ensure_ascii=False, indent=2)
            text = ("," if self.count else "") + "\n" + body
        elif self.csv is not None:
            self.csv.writerows(_csv_rows(json.loads(outcome.line)))
            text = self._rows()
        else:
            text = _table(json.loads(outcome.line)) + "\n\n"
        self.out.write(text)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n")
        self.out.flush()


def _progress(outcomes: Iterator[Outcome], total: int | None, show: bool) -> Iterator[Outcome]:
    if not show or not total:
        yield from outcomes
        return
    count = 0
    bar: Any
    with click.progressbar(
        length=total,
        label="newskit",
        file=sys.stderr,
        item_show_func=lambda _: f"{count} records",
    ) as bar:
        for outcome in outcomes:
            count += 1
            bar.update(outcome.size, outcome)
            yield outcome


# --------------------------------------------------------------------------- commands


F = TypeVar("F", bound=Callable[..., Any])


def _article_inputs(command: F) -> F:
    """The arguments every command that reads articles takes: paths, and the defaults they may lack."""
    command = click.option("--language", help="Language code (en, de, fr, es) for articles that do not give one.")(
        command
    )
    command = click.option("--published", help="Publication date (ISO) for articles that do not give one.")(command)
    return click.argument("paths", nargs=-1, required=True)(command)


def _version_message() -> str:
    from .compiled import compiled_modules

    built = len(compiled_modules())
    return "%(prog)s, version %(version)s" + (f" (compiled: {built} modules)" if built else " (plain Python)")


@click.group()
@click.version_option(package_name="newskit", message=_version_message())
def cli() -> None:
    """Find dates, countries, people and events in news articles."""


@cli.command()
@_article_inputs
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
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Write here instead of standard output.",
)
@click.option("--resume", is_flag=True, help="Keep the records already in --output and process only the other inputs.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True, help="Worker processes.")
@click.option("--dask", "dask_address", metavar="ADDRESS", help="Run on this Dask scheduler (tcp://HOST:PORT).")
@click.option("--disable", multiple=True, help="Leave out a plugin or extractor by name (repeatable).")
@click.option("--strict", is_flag=True, help="Stop the run at the first plugin failure instead of recording it.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), help="Time budget of each extractor (seconds).")
def extract(
    paths: tuple[str, ...],
    published: str | None,
    language: str | None,
    fmt: str,
    output: str,
    resume: bool,
    jobs: int,
    dask_address: str | None,
    disable: tuple[str, ...],
    strict: bool,
    timeout: float | None,
) -> None:
    """Extract from PATHS: .txt, .json, .jsonl and .html files, directories, or - for standard input.

    Every input record gives exactly one output record: its result, or an error naming the
    input and the reason. The exit status is 1 when any input failed or a plugin failed on it,
    3 when strict mode stopped the run, 130 or 143 when it was interrupted.
    """
    if resume and (output == "-" or fmt != "jsonl"):
        raise click.UsageError("--resume needs --output FILE and --format jsonl")
    done = completed_inputs(Path(output)) if resume else set()
    settings = Settings(published=published, language=language, disable=disable, strict=strict, timeout=timeout)
    sources = iter_sources(paths, skip=done.__contains__ if done else None)
    show = sys.stderr.isatty() and dask_address is None
    counts = {"ok": 0, "failed": 0, "plugin": 0}
    in_main = threading.current_thread() is threading.main_thread()  # signal handlers can only be set there
    previous = signal.signal(signal.SIGTERM, _on_signal) if in_main else None
    out: IO[str] = sys.stdout if output == "-" else open(output, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115
    stop: tuple[int, str] | None = None
    try:
        writer = _Writer(out, fmt)
        try:
            outcomes = run(sources, settings, jobs=jobs, dask=dask_address)
            for outcome in _progress(outcomes, input_size(paths) if show else None, show):
                writer.write(outcome)
                counts[outcome.status] += 1
        except FatalError as exc:
            stop = (EXIT_STOPPED, str(exc))
        except KeyboardInterrupt as exc:
            signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
            stop = (128 + signum, f"interrupted after {writer.count} records; run again with --resume to go on")
        finally:
            writer.close()
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)
        if out is not sys.stdout:
            out.close()
    if stop is not None:
        click.echo(f"newskit: {stop[1]}", err=True)
        sys.exit(stop[0])
    total = sum(counts.values())
    if counts["failed"]:
        click.echo(f"newskit: {counts['failed']} of {total} inputs failed", err=True)
    if counts["plugin"]:
        click.echo(
            f"newskit: a plugin failed on {counts['plugin']} of {total} inputs (see each result's errors)", err=True
        )
    if counts["failed"] or counts["plugin"]:
        sys.exit(EXIT_FAILED)


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


def _extract_each(
    paths: tuple[str, ...], published: str | None, language: str | None
) -> tuple[list[tuple[str, Extraction]], int]:
    """Each readable input's label and result, and how many inputs could not be read (each said on stderr)."""
    from .pipeline import default_pipeline

    results = []
    failed = 0
    for item in read_inputs(paths, published, language=language):
        if item.article is None:
            click.echo(f"newskit: {item.label}: {item.error}", err=True)
            failed += 1
            continue
        results.append((item.label, default_pipeline().extract(item.article)))
    return results, failed


@cli.command()
@_article_inputs
def timeline(paths: tuple[str, ...], published: str | None, language: str | None) -> None:
    """Print the events of PATHS in date order."""
    from .render import render_timeline

    results, failed = _extract_each(paths, published, language)
    text = render_timeline(results)
    if text:
        click.echo(text)
    if failed:
        sys.exit(1)


@cli.command()
@_article_inputs
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
    from .view import render_page

    results, failed = _extract_each(paths, published, language)
    if results:
        title = results[0][1].article.title if len(results) == 1 else None
        page = render_page(results, title=f"newskit: {title or results[0][0]}" + (" …" if len(results) > 1 else ""))
        if output == "-":
            click.echo(page, nl=False)
        else:
            Path(output).write_text(page, encoding="utf-8")
            marks = sum(len(list(r.mentions())) for _, r in results)
            click.echo(
                f"newskit: wrote {output} ({len(results)} article{'s' * (len(results) != 1)}, {marks} marks)", err=True
            )
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

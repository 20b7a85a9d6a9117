"""Web pages in: the article a news page holds, with the title, date, language and author it states.

The main text is found by `trafilatura <https://trafilatura.readthedocs.io/>`_, which leaves out site furniture
(menus, most-read lists, comment forms, newsletter boxes, adverts, footers); the publication date by
`htmldate <https://htmldate.readthedocs.io/>`_ (through trafilatura). Both come with the ``html`` extra
(``pip install 'newskit[html]'``) and are imported only when a page is read, so ``import newskit`` stays cheap.

The article's text is the page's title, a blank line, then the paragraphs of the main text, one blank line
apart: the layout :meth:`~newskit.models.Article.from_text` reads, so that offsets index that text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from .models import Article, to_date

__all__ = ["HTMLSupportMissing", "NoArticleText", "Page", "article_from_html", "article_from_record", "read_page"]

_LANGUAGE = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")
_BLANK_LINES = re.compile(r"\n\s*\n")


class NoArticleText(ValueError):
    """The page holds no article body (an index page, a gallery, an error page, or not HTML at all)."""


class HTMLSupportMissing(ImportError):
    """trafilatura or htmldate is not installed."""


@attrs.frozen(kw_only=True)
class Page:
    """What a news page states about its article: the main text and the page's metadata."""

    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    sitename: str | None = None
    description: str | None = None
    url: str | None = None

    def to_article(self, **fields: Any) -> Article:
        """The article of this page; ``fields`` (``published``, ``language``, ``id``...) override the page's."""
        metadata = {
            key: value
            for key, value in (("author", self.author), ("sitename", self.sitename), ("description", self.description))
            if value
        }
        metadata.update(fields.pop("metadata", None) or {})
        values: dict[str, Any] = {
            "text": self.text,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "source": self.sitename,
        }
        if self.language:
            values["language"] = self.language
        values.update({k: v for k, v in fields.items() if v is not None})
        return Article(**values, metadata=metadata)


def _modules() -> tuple[Any, Any]:
    try:
        import htmldate
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise HTMLSupportMissing(
            f"reading HTML needs trafilatura and htmldate ({exc}): pip install 'newskit[html]'"
        ) from exc
    return trafilatura, htmldate


def _language(tree: Any) -> str | None:
    """The primary language subtag the page declares (``<html lang>``, ``og:locale``, ``content-language``)."""
    candidates = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath("//meta[@property='og:locale']/@content"),
        *tree.xpath("//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content"),
    ]
    for value in candidates:
        match = _LANGUAGE.match(str(value or ""))
        if match:
            return match.group(1).lower()
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _body(text: str, title: str | None) -> str:
    """The title, a blank line, and the paragraphs one blank line apart."""
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not paragraphs:
        return ""
    return "\n\n".join([title, *paragraphs] if title else paragraphs) + "\n"


_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*$")


def _is_prose(paragraph: str) -> bool:
    """True for a paragraph of running text: four words or more ending like a sentence."""
    return len(paragraph.split()) >= 4 and _SENTENCE_END.search(paragraph) is not None


def read_page(html: str | bytes, url: str | None = None) -> Page:
    """The main text and metadata of a news page.

    :param html: the page, as text or as the bytes a server sent (their encoding is detected).
    :param url: where the page comes from, if known; it helps find the date and is kept on the article.
    :raises NoArticleText: when the page has no article body.
    :raises HTMLSupportMissing: when trafilatura or htmldate is not installed.
    """
    if not isinstance(html, (str, bytes)):
        raise TypeError(f"html must be a string or bytes, not {type(html).__name__}")
    trafilatura, htmldate = _modules()
    tree = trafilatura.load_html(html) if html.strip() else None
    if tree is None:
        raise NoArticleText("the page has no article text: it is empty or not HTML")
    language = _language(tree)
    published = htmldate.find_date(tree, url=url, original_date=True, extensive_search=False)
    found = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None:
        raise NoArticleText("the page has no article text: no main content was found in it")
    meta = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    title = _clean(meta.get("title"))
    text = _body(str(meta.get("text") or ""), title)
    if not any(_is_prose(line) for line in text.splitlines()[2 if title else 0 :]):
        raise NoArticleText("the page has no article text: its main content has no sentence (a list of links?)")
    return Page(
        text=text,
        title=title,
        published=_date(published or meta.get("date")),
        language=language or _clean(meta.get("language")),
        author=_clean(meta.get("author")),
        sitename=_clean(meta.get("sitename")),
        description=_clean(meta.get("description")),
        url=url or _clean(meta.get("url")),
    )


def _date(value: object) -> str | None:
    """An ISO date string that :func:`~newskit.models.to_date` accepts, or None."""
    if not isinstance(value, str):
        return None
    try:
        return value if to_date(value) is not None else None
    except (TypeError, ValueError):
        return None


def article_from_html(html: str | bytes, url: str | None = None, **fields: Any) -> Article:
    """The article of a news page (see :meth:`Article.from_html <newskit.models.Article.from_html>`)."""
    return read_page(html, url=url).to_article(**fields)


_ALIASES = ("date", "dct", "published_at")
_FIELDS = frozenset({"title", "url", "published", "language", "id", "source"})


def article_from_record(
    record: Mapping[str, Any], *, published: object = None, language: str | None = None
) -> Article:
    """The article of a record with an ``html`` field (a line of a JSON Lines file, say).

    The record's other fields override what the page states (``date``, ``dct`` and ``published_at``
    are read as ``published``); keys that are not article fields go into ``metadata``. ``published``
    and ``language`` are used when neither the record nor the page gives one.
    """
    data = dict(record)
    html = data.pop("html", None)
    if not isinstance(html, (str, bytes)):
        raise TypeError(f"the record's 'html' must be a string, not {type(html).__name__}")
    data.pop("text", None)
    for alias in _ALIASES:
        if "published" not in data and alias in data:
            data["published"] = data.pop(alias)
    metadata = dict(data.pop("metadata", None) or {})
    metadata.update({k: data.pop(k) for k in list(data) if k not in _FIELDS})
    if data.get("id") is not None and not isinstance(data["id"], str):
        data["id"] = str(data["id"])
    page = read_page(html, url=data.get("url"))
    if published is not None and not page.published and not data.get("published"):
        data["published"] = published
    if language and not page.language and not data.get("language"):
        data["language"] = language
    return page.to_article(metadata=metadata, **data)

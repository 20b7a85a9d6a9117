"""Built-in dates plugin: the rule-based TIMEX3 tagger of :mod:`newskit.extractors.dates`."""

from __future__ import annotations

from ...document import Document
from ...hookspecs import hookimpl
from ...models import DateMention
from ...protocols import Register
from . import fallback, locale, tag


def find_dates(doc: Document) -> list[DateMention]:
    """Every temporal expression of the document, resolved against its publication day."""
    text = doc.text
    if doc.language in locale.LANGUAGES:
        return locale.tag(text, doc.anchor, doc.language)
    if doc.language != "en" and fallback.knows(doc.language):
        return fallback.tag(text, doc.anchor, doc.language)  # day values from dateparser, marked as such

    def sentence_of(offset: int) -> tuple[int, int]:
        sent = doc.sentence_at(offset)
        if sent is not None:
            return sent.start, sent.end
        s = text.rfind("\n", 0, offset) + 1
        e = text.find("\n", offset)
        return s, len(text) if e < 0 else e

    return tag(text, doc.anchor, sentence_of=sentence_of)


@hookimpl
def register_date_extractors(register: Register) -> None:
    register(find_dates, name="dates")

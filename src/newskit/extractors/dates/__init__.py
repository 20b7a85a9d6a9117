"""newskit's built-in temporal tagger: TIMEX3 values for dates, times, durations and sets.

>>> import datetime as dt
>>> from newskit.extractors.dates import tag
>>> [(m.text, m.value, str(m.kind)) for m in tag("The deal was signed on March 3, 2021 after two years.", None)]
[('March 3, 2021', '2021-03-03', 'DATE'), ('two years', 'P2Y', 'DURATION')]
"""

from __future__ import annotations

from .tagger import tag

__all__ = ["tag"]

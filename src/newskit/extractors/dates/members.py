"""The enum members the dates code reads most, as module constants.

Compiled, a ``Final`` constant is a C static (also when another compiled module imports it), while a member read off its
class (``Granularity.DAY``) goes through the lookup Python 3.11's enum metaclass makes slow. ``Tense``'s are in
:mod:`.context`, beside it.
"""

from __future__ import annotations

from typing import Final

from ...models import DateKind, Granularity

GRAN_CENTURY: Final = Granularity.CENTURY
GRAN_DAY: Final = Granularity.DAY
GRAN_DECADE: Final = Granularity.DECADE
GRAN_DURATION: Final = Granularity.DURATION
GRAN_HALF: Final = Granularity.HALF
GRAN_MONTH: Final = Granularity.MONTH
GRAN_PART_OF_DAY: Final = Granularity.PART_OF_DAY
GRAN_QUARTER: Final = Granularity.QUARTER
GRAN_REFERENCE: Final = Granularity.REFERENCE
GRAN_SEASON: Final = Granularity.SEASON
GRAN_SET: Final = Granularity.SET
GRAN_TIME: Final = Granularity.TIME
GRAN_WEEK: Final = Granularity.WEEK
GRAN_WEEKEND: Final = Granularity.WEEKEND
GRAN_YEAR: Final = Granularity.YEAR
KIND_DATE: Final = DateKind.DATE
KIND_DURATION: Final = DateKind.DURATION
KIND_SET: Final = DateKind.SET
KIND_TIME: Final = DateKind.TIME

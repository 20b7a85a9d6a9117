"""newskit-example: a newskit plugin that finds the people of a watch list.

Install it next to newskit (``pip install plugins/newskit-example``) and every
``newskit.extract`` also reports the watched people, under their canonical names and roles.
"""

from __future__ import annotations

from .plugin import WatchListExtractor
from .watchlist import ENV_VAR, Watched, WatchList, default_watchlist, load_watchlist, watchlist_from_env

__all__ = [
    "ENV_VAR",
    "WatchList",
    "WatchListExtractor",
    "Watched",
    "default_watchlist",
    "load_watchlist",
    "watchlist_from_env",
]

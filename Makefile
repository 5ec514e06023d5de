# minutes — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= data/minutes.db
PORT   ?= 8001

.PHONY: run test install ingest serve schema samples fixtures eval eval-fixtures eval-scans eval-check lint format clean system-deps ocr-deps bench screenshots

## run: create .venv, install (and Tesseract for scans), ingest corpus/ and serve it
run: $(STAMP) ocr-deps
	$(BIN)/minutes ingest corpus --db $(DB)
	@echo
	@echo "Serving $(DB) on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)."
	@echo "Next: open that address; 'minutes check corpus/<file>.pdf' shows a meeting's attendance."
	$(BIN)/minutes serve --db $(DB) --port $(PORT)

## test: create .venv if missing, install with test extras, run the test suite
test: $(STAMP) system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## system-deps: Debian packages the tests need (headless Chromium, Tesseract), when missing
system-deps:
	@bash scripts/system-deps.sh

## ocr-deps: Tesseract with Swedish, when missing; without it scanned PDFs are reported unread
ocr-deps:
	@bash scripts/system-deps.sh ocr || echo "make: no Tesseract: scanned PDFs will be listed as failed (no text layer)"

ingest: $(STAMP)
	$(BIN)/minutes ingest corpus --db $(DB)

serve: $(STAMP)
	$(BIN)/minutes serve --db $(DB) --port $(PORT)

## schema: regenerate schemas/record.schema.json from the pydantic models
schema: $(STAMP)
	$(BIN)/python -m schemas > schemas/record.schema.json

## samples: regenerate the sample documents in corpus/
samples: $(STAMP)
	$(BIN)/python scripts/make_samples.py
	$(BIN)/python scripts/make_scanned_sample.py

## screenshots: regenerate docs/*-page.png (the README's meeting, person and compare pages) from corpus/
screenshots: $(STAMP) system-deps
	$(BIN)/python scripts/screenshots.py

## fixtures: regenerate tests/fixtures/minutes and tests/fixtures/decks (LibreOffice for
## the Word-table layouts and the slide decks exported to PDF)
fixtures: $(STAMP)
	bash scripts/system-deps.sh libreoffice
	$(BIN)/python -m pip install --quiet -e '.[test,fixtures]'
	$(BIN)/python tests/fixtures/minutes/make_fixtures.py
	$(BIN)/python tests/fixtures/decks/make_fixtures.py

## eval: one table of every evaluation set: the fixtures, and the real sets in ../shared/eval
eval: $(STAMP)
	$(BIN)/python scripts/eval_sets.py

## eval-scans: the fixtures rasterised as a scanner makes them, read by OCR, per-field F1
## beside the text layer's (a few minutes: OCR)
eval-scans: $(STAMP) system-deps
	$(BIN)/python scripts/eval_scans.py

## eval-fixtures: the fixtures alone, with per-field P/R/F1
eval-fixtures: $(STAMP)
	$(BIN)/python scripts/evaluate.py tests/fixtures/minutes

## eval-check: the same table; fails when a set is below its floor in scripts/eval_floors.toml
eval-check: $(STAMP)
	$(BIN)/python scripts/eval_sets.py --check

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) data .pytest_cache

## bench: generate a corpus and measure ingest, extract and Datasette against their floors
bench: $(STAMP)
	bash scripts/system-deps.sh poppler
	$(BIN)/python bench/run.py

# make        build extracted/ from raw/ (creates .venv and installs the project first)
# make full   build extracted/ reading every file again (make reads only what changed)
# make test   run the test suite
# make eval   precision / recall / F1 per field on the gold set in tests/gold/
# make golden regenerate the golden JSON in tests/golden/ on purpose (review the diff!)
# make diff   what the last build changed in extracted/, field by field, against the accepted
#             version (git's copy of extracted/); writes the review page build/review.html too
# make accept record extracted/ as accepted (git: stage it; outside git: copy to extracted.accepted/)
# make bench  time a full, an incremental and a no-op build of a 2,000-document corpus, a build of raw/, and each source format
# make langid compare language detectors on short blocks and the gold documents
# make htmlcompare  the HTML reader against trafilatura on gold texts in page templates
# make fuzz   the fuzz tests (tests/test_fuzz*.py) with FUZZ_FACTOR (15) times the examples and fresh seeds
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OCR_STAMP := $(VENV)/.ocr-stamp
CHROMIUM_STAMP := $(VENV)/.chromium-stamp

.PHONY: all build full test eval golden diff accept bench langid htmlcompare lexicons fuzz clean

all: build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# Debian packages for OCR of scanned pages (Tesseract and our languages' packs, the DejaVu
# fonts of the test fixtures); warns and goes on when it cannot install them.
$(OCR_STAMP): scripts/install-ocr.sh scripts/apt-install.sh | $(STAMP)
	@sh scripts/install-ocr.sh $(OCR_STAMP)

# Debian's chromium and chromedriver, for the review page's browser test; warns and goes on
# when it cannot install them (the test then fails, naming them).
$(CHROMIUM_STAMP): scripts/install-chromium.sh scripts/apt-install.sh | $(STAMP)
	@sh scripts/install-chromium.sh $(CHROMIUM_STAMP)

# per-run worker pool and limits, e.g. `make JOBS=1 TIMEOUT=1200` (README "Limits")
LIMITS := $(if $(JOBS),--jobs $(JOBS)) $(if $(TIMEOUT),--timeout $(TIMEOUT)) \
	$(if $(MEMORY),--memory $(MEMORY)) $(if $(MAX_SIZE),--max-size $(MAX_SIZE))

build: $(STAMP) $(OCR_STAMP)
	$(PY) -m pipeline build --raw raw --out extracted $(LIMITS)

# read every file again, whatever extracted/manifest.json says
full: $(STAMP) $(OCR_STAMP)
	$(PY) -m pipeline build --raw raw --out extracted --full $(LIMITS)

test: $(STAMP) $(OCR_STAMP) $(CHROMIUM_STAMP)
	$(PY) -m pytest

eval: $(STAMP)
	$(PY) -m pipeline eval --gold tests/gold --by-language

golden: $(STAMP)
	$(PY) -m pytest tests/test_golden.py --update-golden

lexicons: $(STAMP)
	$(PY) -m pipeline.lexicons.generate

# exit status as diff(1): 0 no change, 1 changes (not a failure here), 2 error
diff: $(STAMP)
	@$(PY) -m pipeline diff extracted; test $$? -le 1
	@$(PY) -m pipeline diff extracted --format html --output build/review.html; test $$? -le 1

accept: $(STAMP)
	$(PY) -m pipeline accept extracted

bench: $(STAMP) $(OCR_STAMP)
	$(PY) -m pipeline bench --raw raw --corpus 2000 --formats

langid: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[compare]'
	$(PY) -m pipeline langid --blocks tests/langid/blocks.tsv --gold tests/gold

htmlcompare: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[compare]'
	$(PY) -m pipeline.html_compare --gold tests/gold --raw raw

fuzz: $(STAMP)
	@start=$$(date +%s); HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -p no:cacheprovider --durations=5 \
		tests/test_fuzz.py tests/test_fuzz_regressions.py; status=$$?; \
		echo "make fuzz: $$(( $$(date +%s) - start )) s"; exit $$status

clean:
	rm -rf $(VENV) build *.egg-info

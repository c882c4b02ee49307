# make        build extracted/ from raw/ (creates .venv and installs the project first)
# make test   run the test suite
# make eval   precision / recall / F1 per field on the gold set in tests/gold/
# make golden regenerate the golden JSON in tests/golden/ on purpose (review the diff!)
# make diff   what the last build changed in extracted/, against what git has committed
# make accept stage extracted/ so the next diff starts from it
# make bench  time a build of raw/, and each source format on generated fixtures
# make langid compare language detectors on short blocks and the gold documents
# make htmlcompare  the HTML reader against trafilatura on gold texts in page templates
# make fuzz   the fuzz tests (tests/test_fuzz*.py) with FUZZ_FACTOR (15) times the examples and fresh seeds
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OCR_STAMP := $(VENV)/.ocr-stamp

.PHONY: all build test eval golden diff accept bench langid htmlcompare lexicons fuzz clean

all: build

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# Debian packages for OCR of scanned pages (Tesseract and our languages' packs, the DejaVu
# fonts of the test fixtures); warns and goes on when it cannot install them.
$(OCR_STAMP): scripts/install-ocr.sh | $(STAMP)
	@sh scripts/install-ocr.sh $(OCR_STAMP)

build: $(STAMP) $(OCR_STAMP)
	$(PY) -m pipeline build --raw raw --out extracted

test: $(STAMP) $(OCR_STAMP)
	$(PY) -m pytest

eval: $(STAMP)
	$(PY) -m pipeline eval --gold tests/gold --by-language

golden: $(STAMP)
	$(PY) -m pytest tests/test_golden.py --update-golden

lexicons: $(STAMP)
	$(PY) -m pipeline.lexicons.generate

diff:
	git diff --stat -- extracted/
	git diff --word-diff=color -- extracted/*.csv

accept:
	git add -A extracted/
	@echo "extracted/ staged; now: git commit -m 'Accept extraction changes'"

bench: $(STAMP) $(OCR_STAMP)
	$(PY) -m pipeline bench --raw raw --formats

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

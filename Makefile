# Thin wrapper over CMake. `make demo` and `make test` are the two commands a new user needs.
BUILD    ?= build
SANITIZE ?= build-sanitize
BENCH    ?= build-bench
FUZZ     ?= build-fuzz
FUZZ_SECONDS ?= 60
# Profile-guided optimisation (CMakeLists.txt, scripts/pgo-train) is opt-in: `make fast` (or PGO=1) trains a
# profile first and builds with it; everything else builds once, with -Werror on every module
PGO       ?= 0
PGO_BUILD ?= build-pgo
PGO_DIR    = $(abspath $(PGO_BUILD))/profile
ifeq ($(PGO),1)
PGO_FLAGS   = -DLUOSHI_PGO=USE -DLUOSHI_PGO_DIR=$(PGO_DIR)
PGO_PROFILE = profile
else
PGO_FLAGS   = -DLUOSHI_PGO=OFF
PGO_PROFILE =
endif
JOBS     ?= $(shell nproc 2>/dev/null || echo 2)
LUOSHI    = $(BUILD)/cli/luoshi

.PHONY: all setup configure profile build fast test test-sanitize format format-check demo bench fuzz clean

all: build

setup:
	@scripts/setup

configure: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DLUOSHI_WERROR=ON $(PGO_FLAGS) >/dev/null

# The first step of PGO: an instrumented luoshi, run over the project's own texts, writes the profiles.
profile: setup
	@cmake -S . -B $(PGO_BUILD) -DCMAKE_BUILD_TYPE=Release -DLUOSHI_PGO=GENERATE -DLUOSHI_PGO_DIR=$(PGO_DIR) \
	    -DLUOSHI_BUILD_TESTS=OFF >/dev/null
	@cmake --build $(PGO_BUILD) -j $(JOBS) --target luoshi -- --no-print-directory
	@scripts/pgo-train $(PGO_BUILD)/cli/luoshi $(PGO_DIR)

build: configure $(PGO_PROFILE)
	@cmake --build $(BUILD) -j $(JOBS) -- --no-print-directory

# A luoshi built with the profile of a training run over the project's own texts (PGO=1)
fast:
	@$(MAKE) --no-print-directory build PGO=1

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

test-sanitize: setup
	@cmake -S . -B $(SANITIZE) -DCMAKE_BUILD_TYPE=Debug -DLUOSHI_SANITIZE=ON -DLUOSHI_WERROR=ON >/dev/null
	@cmake --build $(SANITIZE) -j $(JOBS) -- --no-print-directory
	@ctest --test-dir $(SANITIZE) --output-on-failure -j $(JOBS)

# One .clang-format for the tree; CI fails on code that does not follow it.
SOURCES = $(shell git ls-files '*.cpp' '*.hpp' '*.cpp.in' 2>/dev/null)

format: setup
	@clang-format -i $(SOURCES)

format-check: setup
	@clang-format --dry-run --Werror $(SOURCES) && echo "format: ok"

demo: build
	@DEMO_DB=$(BUILD)/demo.db DEMO_REPORT=$(BUILD)/demo-report.html examples/demo.sh $(LUOSHI)

bench: setup $(PGO_PROFILE)
	@cmake -S . -B $(BENCH) -DCMAKE_BUILD_TYPE=Release -DLUOSHI_BUILD_BENCH=ON -DLUOSHI_BUILD_TESTS=OFF \
	    $(PGO_FLAGS) >/dev/null
	@cmake --build $(BENCH) -j $(JOBS) --target luoshi_bench luoshi_extract_bench luoshi_judge_bench luoshi_ingest_bench luoshi_formats_bench -- --no-print-directory
	@$(BENCH)/bench/luoshi_bench && $(BENCH)/bench/luoshi_extract_bench && $(BENCH)/bench/luoshi_judge_bench && $(BENCH)/bench/luoshi_ingest_bench && $(BENCH)/bench/luoshi_formats_bench

# libFuzzer on the scanner and the grammar, then on the rule-file loaders, then on the web page, Word and PDF readers (fuzz/), with clang, ASan and UBSan, for FUZZ_SECONDS each. It runs on a
# copy of fuzz/corpus so that what it finds does not grow the repo; crashes land in $(FUZZ)/artifacts/.
fuzz: setup
	@CC=clang CXX=clang++ cmake -S . -B $(FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g" -DLUOSHI_BUILD_FUZZ=ON -DLUOSHI_BUILD_TESTS=OFF >/dev/null
	@cmake --build $(FUZZ) -j $(JOBS) --target luoshi_fuzz luoshi_fuzz_rules luoshi_fuzz_formats -- --no-print-directory
	@rm -rf $(FUZZ)/corpus $(FUZZ)/corpus-rules $(FUZZ)/corpus-formats $(FUZZ)/artifacts
	@mkdir -p $(FUZZ)/corpus $(FUZZ)/corpus-rules $(FUZZ)/corpus-formats $(FUZZ)/artifacts
	@# corpus-grown, corpus-rules-grown: what 1.5 hours of each (2026-12-07) added to the seeds, set-cover merged
	@cp fuzz/corpus/* fuzz/corpus-grown/* $(FUZZ)/corpus/
	@cp fuzz/corpus-rules/* fuzz/corpus-rules-grown/* $(FUZZ)/corpus-rules/
	@cp fuzz/corpus-formats/* $(FUZZ)/corpus-formats/
	@$(FUZZ)/fuzz/luoshi_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ)/artifacts/ $(FUZZ)/corpus
	@$(FUZZ)/fuzz/luoshi_fuzz_rules -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ)/artifacts/ $(FUZZ)/corpus-rules
	@# -timeout=120: poppler grows its maps by realloc, which AddressSanitizer always copies to a fresh mapping;
	@# 1.7 KB PDFs with a broken font dictionary or a wide ToUnicode range (fuzz/slow/) take 14 s here on a quiet
	@# machine, up to 73 s on a loaded one, and 0.01-0.07 s in a Release luoshi
	@LSAN_OPTIONS=suppressions=fuzz/lsan.supp $(FUZZ)/fuzz/luoshi_fuzz_formats -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=120 -rss_limit_mb=4096 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ)/artifacts/ $(FUZZ)/corpus-formats

clean:
	@rm -rf $(BUILD) $(SANITIZE) $(BENCH) $(FUZZ) $(PGO_BUILD)

# Pipit -- `make serve` and `make test` are the two commands a user needs.
# Native builds use the host's cc; the web build uses clang-19 for wasm32-wasi.

CC ?= cc
CFLAGS_COMMON = -std=c17 -Wall -Wextra -Wno-unused-parameter -Isrc
CFLAGS ?= -O2 -g
BUILD = build

CORE_SRC = $(sort $(wildcard src/*.c src/compiler/*.c src/runtime/*.c src/objects/*.c src/modules/*.c))
UNIX_SRC = $(wildcard ports/unix/*.c)
CORE_HDR = $(wildcard src/*.h src/*/*.h)
FROZEN_C = $(BUILD)/gen/frozen.c

# ---- native builds: objects per variant, compiled once, shared by the CLI and the C tests ----

ASAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
VARIANT_FLAGS_native = $(CFLAGS)
VARIANT_FLAGS_asan = $(ASAN_FLAGS)
VARIANT_FLAGS_gcstress = $(ASAN_FLAGS) -DPIPIT_GC_STRESS=1

core_objs = $(patsubst %.c,$(BUILD)/obj/$(1)/%.o,$(CORE_SRC) $(FROZEN_C))

$(BUILD)/obj/native/%.o: %.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(VARIANT_FLAGS_native) -c $< -o $@
$(BUILD)/obj/asan/%.o: %.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(VARIANT_FLAGS_asan) -c $< -o $@
$(BUILD)/obj/gcstress/%.o: %.c $(CORE_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(VARIANT_FLAGS_gcstress) -c $< -o $@

$(BUILD)/pipit: $(call core_objs,native) $(UNIX_SRC:%.c=$(BUILD)/obj/native/%.o)
	$(CC) $(VARIANT_FLAGS_native) -o $@ $^ -lm

# The same, under AddressSanitizer and UBSan, and with GC stress.
$(BUILD)/pipit-asan: $(call core_objs,asan) $(UNIX_SRC:%.c=$(BUILD)/obj/asan/%.o)
	$(CC) $(VARIANT_FLAGS_asan) -o $@ $^ -lm

$(BUILD)/pipit-gcstress: $(call core_objs,gcstress) $(UNIX_SRC:%.c=$(BUILD)/obj/gcstress/%.o)
	$(CC) $(VARIANT_FLAGS_gcstress) -o $@ $^ -lm

# lib/*.py frozen into the binary as source.
$(FROZEN_C): $(wildcard lib/*.py lib/*/*.py) scripts/freeze
	@mkdir -p $(dir $@)
	sh scripts/freeze lib > $@

# ---- C unit tests: tests/c/test_*.c, each linked with the core (ASan build) ----

C_TESTS = $(patsubst tests/c/%.c,$(BUILD)/tests/%,$(wildcard tests/c/test_*.c))

$(BUILD)/tests/%: $(BUILD)/obj/asan/tests/c/%.o $(call core_objs,asan)
	@mkdir -p $(dir $@)
	$(CC) $(VARIANT_FLAGS_asan) -o $@ $^ -lm -lpthread

# the web build, browser tests, serve, bench: mk/*.mk
-include mk/*.mk

.PHONY: all native test test-builds test-py test-c test-asan test-gcstress clean
all: native
native: $(BUILD)/pipit

# Every suite; each ends with a line "N passed, N failed". The builds run
# two at a time first, then the suites one after another.
test:
	@$(MAKE) --no-print-directory -j2 test-builds
	@$(MAKE) --no-print-directory test-c test-py test-cli test-asan test-gcstress test-web

test-builds: $(BUILD)/pipit $(BUILD)/pipit-asan $(BUILD)/pipit-gcstress $(C_TESTS) web

test-c: $(C_TESTS)
	@sh tests/run-c $(C_TESTS)

test-py: $(BUILD)/pipit
	@sh tests/run-py -b $(BUILD)/pipit -l py

test-asan: $(BUILD)/pipit-asan
	@ASAN_OPTIONS=detect_leaks=0 sh tests/run-py -b $(BUILD)/pipit-asan -l py-asan -t 300

test-gcstress: $(BUILD)/pipit-gcstress
	@ASAN_OPTIONS=detect_leaks=0 sh tests/run-py -b $(BUILD)/pipit-gcstress -l py-gcstress -t 300

clean:
	rm -rf $(BUILD)

# The WebAssembly build, the web platform, the browser tests and `make serve`.
# pipit.wasm is built from the same core sources as the native CLI (CORE_SRC,
# FROZEN_C) plus ports/wasm/*.c, with Debian's clang-19 for wasm32-wasi and
# the wasi-libc sysroot; no emscripten (see DESIGN.md, "The WebAssembly build").

WEB = $(BUILD)/web
WASM_CC = clang-19
WASM_OPT = wasm-opt
WASM_STACK = 1048576
# Cold code (compiler, most types and modules) is built for size, the hot
# paths (the VM loop and the objects every program leans on) for speed:
# measured in Chromium, -Oz everywhere costs fib 35% and strings 13%, and -O2
# everywhere adds ~50 KB gzipped; this split keeps -O2's speed (bench/web.mjs).
# `make web WASM_COPT=-O2` builds every file one way.
WASM_COPT ?= -Oz
WASM_HOT_COPT ?= -O2
WASM_HOT_SRC = src/runtime/vm.c src/runtime/abstract.c src/runtime/gc.c \
    src/objects/function.c src/objects/dict.c src/objects/list.c \
    src/objects/tuple.c src/objects/float.c src/objects/strbuf.c
wasm_copt = $(if $(filter $(WASM_HOT_SRC),$(1)),$(WASM_HOT_COPT),$(WASM_COPT))
# What goes into pipit.wasm; overridable to build the port against a stand-in.
WEB_CORE_SRC ?= $(CORE_SRC) $(FROZEN_C)
WASM_SRC = $(WEB_CORE_SRC) $(wildcard ports/wasm/*.c)
WASM_OBJ = $(patsubst %.c,$(WEB)/obj/%.o,$(WASM_SRC))

# Keep glibc's headers out: clang's own, then wasi-libc's.
WASM_CFLAGS = --target=wasm32-wasi -std=c17 -Wall -Wextra -Wno-unused-parameter \
    -nostdinc -isystem $(shell $(WASM_CC) -print-resource-dir 2>/dev/null)/include \
    -isystem /usr/include/wasm32-wasi -Isrc \
    -mbulk-memory -msign-ext -mnontrapping-fptoint -mmutable-globals -DPIPIT_WASM=1
WASM_LDFLAGS = --target=wasm32-wasi --sysroot=/usr -mexec-model=reactor \
    -Wl,--stack-first -Wl,-z,stack-size=$(WASM_STACK) -Wl,--strip-debug \
    -Wl,--export=__heap_base
WASM_OPT_FLAGS = -Oz --enable-bulk-memory --enable-sign-ext \
    --enable-nontrapping-float-to-int --enable-mutable-globals --strip-producers

# The tools come from scripts/setup; this stamp runs it once per change of
# the things it installs from.
SETUP_STAMP = $(BUILD)/stamps/setup
$(SETUP_STAMP): scripts/setup package.json package-lock.json
	@mkdir -p $(dir $@)
	sh scripts/setup
	@touch $@

# mk/web.mk too: a change of flags here must rebuild the objects.
$(WEB)/obj/%.o: %.c $(CORE_HDR) mk/web.mk | $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	@echo "  WASM-CC $<"
	@$(WASM_CC) $(WASM_CFLAGS) $(call wasm_copt,$<) -c $< -o $@

$(WEB)/pipit-raw.wasm: $(WASM_OBJ) | $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	@echo "  WASM-LD $@"
	@$(WASM_CC) $(WASM_LDFLAGS) $(WASM_COPT) -o $@ $(WASM_OBJ) -lm

$(WEB)/pipit.wasm: $(WEB)/pipit-raw.wasm
	@echo "  WASM-OPT $@"
	@$(WASM_OPT) $(WASM_OPT_FLAGS) $< -o $@

$(WEB)/pipit.js: ports/wasm/pipit.js
	@mkdir -p $(dir $@)
	@cp $< $@

# pyscript.js is one file in the build: the runtime adapter is inlined (its
# imports and exports dropped) so the page makes one request for it.
WEB_RUNTIMES = web/runtimes/pipit.js
$(WEB)/pyscript.js: web/pyscript.js $(WEB_RUNTIMES)
	@mkdir -p $(dir $@)
	@{ for f in $(WEB_RUNTIMES); do sed -e 's/^export //' $$f; done; \
	  sed -e "/^import .* from '\.\/runtimes\//d" web/pyscript.js; } > $@

.PHONY: web serve test-web web-size dist
web: $(WEB)/pipit.wasm $(WEB)/pipit.js $(WEB)/pyscript.js

serve: web
	node scripts/serve.mjs

test-web: web $(SETUP_STAMP)
	@node tests/web/run.mjs

# What a page downloads before its first output, raw and gzipped.
web-size: web
	@for f in $(WEB)/pyscript.js $(WEB)/pipit.js $(WEB)/pipit.wasm; do \
	    printf '%-24s %8d raw %8d gzip\n' $$f $$(wc -c < $$f) $$(gzip -9c $$f | wc -c); done

# A directory to publish as is: the examples with the web build beside them.
dist: web
	rm -rf $(BUILD)/dist && mkdir -p $(BUILD)/dist
	cp -R examples/. $(BUILD)/dist/
	cp $(WEB)/pyscript.js $(WEB)/pipit.js $(WEB)/pipit.wasm $(BUILD)/dist/
	@echo "dist: $(BUILD)/dist"

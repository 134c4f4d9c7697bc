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
# The character-name tables stay out: ports/wasm/names.c reads them from
# lib/unicode_names.bin when a program first asks for a name.
WEB_CORE_SRC ?= $(filter-out src/objects/unicode_names_data.c,$(CORE_SRC)) $(WEB_FROZEN_C)
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

# The platform is bundled by esbuild (npm) from web/: pyscript.js is what
# every page loads (Pipit's adapter and the built-in plugins inlined, so one
# request). What only some pages need is a bundle of its own that pyscript.js
# imports then: the TOML parser, archive unpacking, MicroPython's and
# Pyodide's adapters, the <py-repl> cells with their editor (CodeMirror 6)
# and the terminal (xterm.js). MicroPython's and Pyodide's files are copied
# from node_modules into runtimes/ (served from the same origin, never a
# CDN), and pyscript-py.json carries lib/pyscript/*.py for those runtimes.
ESBUILD = node_modules/.bin/esbuild
ESBUILD_FLAGS = --bundle --format=esm --minify --target=es2020 --legal-comments=none \
    --log-level=warning
WEB_JS = $(wildcard web/*.js web/plugins/*.js web/runtimes/*.js)
MPY_DIR = node_modules/@micropython/micropython-webassembly-pyscript
MPY_FILES = micropython.mjs micropython.wasm
PYODIDE_DIR = node_modules/pyodide
PYODIDE_FILES = pyodide.mjs pyodide.asm.mjs pyodide.asm.wasm python_stdlib.zip pyodide-lock.json
PYSCRIPT_PY = $(wildcard lib/pyscript/*.py lib/pyscript/*/*.py)
WEB_LAZY = $(WEB)/pyscript-toml.js $(WEB)/pyscript-editor.js $(WEB)/pyscript-terminal.js \
    $(WEB)/pyscript-runtimes.js $(WEB)/pyscript-archive.js
WEB_RUNTIME_FILES = $(addprefix $(WEB)/runtimes/micropython/,$(MPY_FILES)) \
    $(addprefix $(WEB)/runtimes/pyodide/,$(PYODIDE_FILES))
WEB_PLATFORM = $(WEB)/pyscript.js $(WEB_LAZY) $(WEB)/pyscript-py.json $(WEB_RUNTIME_FILES)

$(WEB)/pyscript.js: $(WEB_JS) | $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	@echo "  ESBUILD $@"
	@$(ESBUILD) web/pyscript.js $(ESBUILD_FLAGS) --outfile=$@

$(WEB)/pyscript-toml.js: web/plugins/toml.js | $(SETUP_STAMP)
	@echo "  ESBUILD $@"
	@$(ESBUILD) $< $(ESBUILD_FLAGS) --outfile=$@

$(WEB)/pyscript-runtimes.js: web/runtimes/others.js web/runtimes/micropython.js \
    web/runtimes/pyodide.js web/runtimes/pipit.js | $(SETUP_STAMP)
	@echo "  ESBUILD $@"
	@$(ESBUILD) $< $(ESBUILD_FLAGS) --outfile=$@

$(WEB)/pyscript-archive.js: web/plugins/archive.js | $(SETUP_STAMP)
	@echo "  ESBUILD $@"
	@$(ESBUILD) $< $(ESBUILD_FLAGS) --outfile=$@

$(WEB)/pyscript-editor.js: web/plugins/repl-cells.js web/plugins/editor.js web/plugins/common.js | $(SETUP_STAMP)
	@echo "  ESBUILD $@"
	@$(ESBUILD) $< $(ESBUILD_FLAGS) --outfile=$@

$(WEB)/pyscript-terminal.js: web/plugins/console.js web/plugins/terminal.js | $(SETUP_STAMP)
	@echo "  ESBUILD $@"
	@$(ESBUILD) $< $(ESBUILD_FLAGS) --loader:.css=text --outfile=$@

# {"pyscript/__init__.py": "source", ...}
$(WEB)/pyscript-py.json: $(PYSCRIPT_PY) mk/web.mk
	@mkdir -p $(dir $@)
	@python3 -c 'import json, sys; \
	  json.dump({f[len("lib/"):]: open(f, encoding="utf-8").read() for f in sys.argv[2:]}, \
	  open(sys.argv[1], "w"))' $@ $(PYSCRIPT_PY)

$(WEB)/runtimes/micropython/%: $(MPY_DIR)/% | $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	@cp $< $@

$(WEB)/runtimes/pyodide/%: $(PYODIDE_DIR)/% | $(SETUP_STAMP)
	@mkdir -p $(dir $@)
	@cp $< $@

# The character names, one file beside the lib modules (after index.json,
# whose rule recreates lib/).
$(BUILD)/tools/names-blob: scripts/names-blob.c src/objects/unicode_names_data.c src/objects/unicode_names.h
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -Wall -Wextra -Isrc -O2 -o $@ scripts/names-blob.c src/objects/unicode_names_data.c

$(WEB)/lib/unicode_names.bin: $(BUILD)/tools/names-blob $(WEB)/lib/index.json
	$(BUILD)/tools/names-blob $@

.PHONY: web serve test-web web-size dist
web: $(WEB)/pipit.wasm $(WEB)/pipit.js $(WEB_PLATFORM) $(WEB)/lib/index.json $(WEB)/lib/unicode_names.bin

serve: web
	node scripts/serve.mjs

test-web: web $(SETUP_STAMP)
	@node tests/web/run.mjs

# What a page downloads before its first output, raw and gzipped; then the
# bundles only some pages load.
web-size: web
	@total=0; for f in $(WEB)/pyscript.js $(WEB)/pipit.js $(WEB)/pipit.wasm; do \
	    gz=$$(gzip -9c $$f | wc -c); total=$$((total + gz)); \
	    printf '%-36s %8d raw %8d gzip\n' $$f $$(wc -c < $$f) $$gz; done; \
	  printf '%-36s %8s     %8d gzip\n' 'first download' '' $$total
	@for f in $(WEB_LAZY); do \
	    printf '%-36s %8d raw %8d gzip (lazy)\n' $$f $$(wc -c < $$f) $$(gzip -9c $$f | wc -c); done

# A directory to publish as is, on any static server or to npm: the
# platform, the runtimes, the lazily loaded bundles, the examples beside
# them, and a package.json (its "files" leave the examples out).
DIST = $(BUILD)/dist
dist: web
	rm -rf $(DIST) && mkdir -p $(DIST)
	cp -R examples/. $(DIST)/
	(cd $(WEB) && tar cf - --exclude=./obj --exclude=./gen --exclude=./pipit-raw.wasm .) | (cd $(DIST) && tar xf -)
	@python3 -c 'import json, os, sys; p = json.load(open("package.json")); web, dist = sys.argv[1:]; \
	  files = sorted(f + ("/" if os.path.isdir(os.path.join(web, f)) else "") \
	    for f in os.listdir(web) if f not in ("obj", "gen", "pipit-raw.wasm")); \
	  out = {"name": "pipit-pyscript", "version": p["version"], \
	    "description": "A PyScript-compatible page platform with the Pipit Python runtime (WebAssembly), MicroPython and Pyodide", \
	    "type": "module", "main": "pyscript.js", "module": "pyscript.js", \
	    "exports": {".": "./pyscript.js", "./*": "./*"}, "files": files, \
	    "license": p.get("license", "MIT")}; \
	  f = open(os.path.join(dist, "package.json"), "w"); json.dump(out, f, indent=2); f.write("\n")' $(WEB) $(DIST)
	@echo "dist: $(DIST)"

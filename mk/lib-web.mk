# The standard library on demand in the web build: pipit.wasm freezes only
# WEB_EAGER_LIB (what the runtime and the js bridge import by themselves); every lib/ module is
# also laid out in $(WEB)/lib/ with an index of their imports, fetched by
# pipit.js when a program imports them (docs/web.md, "The standard library").
WEB_EAGER_LIB = os posixpath pyodide pyodide.ffi
# (read before web.mk: spelled with $(BUILD)/web, which web.mk calls $(WEB))
WEB_FROZEN_C = $(BUILD)/web/gen/frozen-web.c
LIB_PY = $(shell find lib -name '*.py')

$(WEB_FROZEN_C): $(LIB_PY) scripts/freeze mk/lib-web.mk
	@mkdir -p $(dir $@)
	sh scripts/freeze lib "$(WEB_EAGER_LIB)" > $@

$(BUILD)/web/lib/index.json: $(LIB_PY) scripts/weblib.mjs
	@rm -rf $(BUILD)/web/lib
	node scripts/weblib.mjs lib $(BUILD)/web/lib

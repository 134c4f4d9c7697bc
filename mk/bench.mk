# `make bench`: times bench/*.py under Pipit and CPython (never part of `make test`).
.PHONY: bench
bench: $(BUILD)/pipit
	@sh bench/run -b $(BUILD)/pipit

# The same programs in headless Chromium, through the web build.
.PHONY: bench-web
bench-web: web $(SETUP_STAMP)
	@node bench/web.mjs

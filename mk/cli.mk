# `make test-cli`: the CLI's behaviour (arguments, REPL, tracebacks, exit
# statuses) compared with CPython 3.11; cases in tests/cli/cases.
.PHONY: test-cli
test-cli: $(BUILD)/pipit
	@sh tests/cli/run -b $(BUILD)/pipit

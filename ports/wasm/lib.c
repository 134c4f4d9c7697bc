/*
** lib.c -- the standard library on demand: the web build freezes most of
** lib/ as names only, and import asks the loader for their source
** (pipit.js serves it from what it prefetched, see docs/web.md).
*/
#include <stddef.h>

#define WASM_IMPORT(name) __attribute__((import_module("pipit"), import_name(name)))

/* The host writes the length to *len and returns source it allocated with
** the exported malloc, or 0 when it has none. */
WASM_IMPORT("lib_source")
char *host_lib_source(const char *name, int is_package, size_t *len);

char *port_lib_source(const char *name, int is_package, size_t *len) {
    *len = 0;
    return host_lib_source(name, is_package, len);
}

/*
** ports/wasm/main.c -- the WebAssembly exports of the embedding API.
**
** JS (ports/wasm/pipit.js) drives these: it calls _initialize (reactor), then
** "new" to make a VM whose output goes to the imported pipit.write, and steps
** tasks with "start"/"step"/"resume_*". Strings go in through memory JS gets
** from "malloc" and gives back with "free". Everything here is a thin wrapper
** over src/pipit.h: the port never reaches into core internals.
*/
#include <stdlib.h>
#include <string.h>

#include "pipit.h"

#define WASM_EXPORT(name) __attribute__((export_name(name)))
#define WASM_IMPORT(name) __attribute__((import_module("pipit"), import_name(name)))

/* Hands [len] bytes at [data] written to [fd] (1 stdout, 2 stderr) to JS. */
WASM_IMPORT("write") void js_write(int fd, const char *data, size_t len);

static void write_to_js(void *ctx, int fd, const char *data, size_t len) {
    (void)ctx;
    js_write(fd, data, len);
}

/* JS passes strings in memory it allocates here. */
WASM_EXPORT("malloc") void *wasm_malloc(size_t size) { return malloc(size); }
WASM_EXPORT("free") void wasm_free(void *ptr) { free(ptr); }

/* A new VM writing to JS; [heap_limit] in bytes, 0 for none. */
WASM_EXPORT("new") PipitVM *wasm_new(size_t heap_limit) {
    static const char *const argv[] = {""};
    PipitConfig config = {
        .heap_limit = heap_limit,
        .write = write_to_js,
        .argc = 1,
        .argv = argv,
    };
    return pipit_new(&config);
}

WASM_EXPORT("delete") void wasm_delete(PipitVM *vm) { pipit_free(vm); }

/* Compile [len] bytes of [src] as a task; -1 with a SyntaxError pending. */
WASM_EXPORT("start")
int wasm_start(PipitVM *vm, const char *src, size_t len, const char *filename, int mode) {
    return pipit_start(vm, src, len, filename, mode);
}

WASM_EXPORT("step") int wasm_step(PipitVM *vm, int task, long budget) {
    return pipit_step(vm, task, budget);
}

WASM_EXPORT("wait_kind") int wasm_wait_kind(PipitVM *vm, int task) {
    return pipit_wait_kind(vm, task);
}

WASM_EXPORT("wait_seconds") double wasm_wait_seconds(PipitVM *vm, int task) {
    return pipit_wait_seconds(vm, task);
}

WASM_EXPORT("wait_text") const char *wasm_wait_text(PipitVM *vm, int task) {
    return pipit_wait_text(vm, task);
}

WASM_EXPORT("resume_none") int wasm_resume_none(PipitVM *vm, int task) {
    return pipit_resume_none(vm, task);
}

WASM_EXPORT("resume_eof") int wasm_resume_eof(PipitVM *vm, int task) {
    return pipit_resume_eof(vm, task);
}

WASM_EXPORT("resume_str")
int wasm_resume_str(PipitVM *vm, int task, const char *s, size_t len) {
    return pipit_resume_str(vm, task, s, len);
}

WASM_EXPORT("interrupt") void wasm_interrupt(PipitVM *vm) { pipit_interrupt(vm); }

WASM_EXPORT("error_text") const char *wasm_error_text(PipitVM *vm) {
    return pipit_error_text(vm);
}

WASM_EXPORT("exit_code") int wasm_exit_code(PipitVM *vm) { return pipit_exit_code(vm); }

WASM_EXPORT("input_complete")
int wasm_input_complete(PipitVM *vm, const char *src, size_t len) {
    return pipit_input_complete(vm, src, len);
}

WASM_EXPORT("vfs_write")
int wasm_vfs_write(PipitVM *vm, const char *path, const void *data, size_t len) {
    return pipit_vfs_write(vm, path, data, len);
}

/* The file's bytes (malloc'ed: JS frees them) with their length in *[len]. */
WASM_EXPORT("vfs_read")
void *wasm_vfs_read(PipitVM *vm, const char *path, size_t *len) {
    return pipit_vfs_read(vm, path, len);
}

WASM_EXPORT("vfs_mkdir") int wasm_vfs_mkdir(PipitVM *vm, const char *path) {
    return pipit_vfs_mkdir(vm, path);
}

WASM_EXPORT("version") const char *wasm_version(void) { return pipit_version(); }

/*
** buffer.h -- the buffer protocol of the core: objects that lend their
** memory (bytes, bytearray, array.array, memoryview) to memoryview and to C
** code that reads or writes bytes-like arguments.
**
** An exporter type registers a function that describes its memory as one
** contiguous run of items. A memoryview holds an export for as long as it
** is alive and not released: it counts itself in the exporter's counter,
** and a mutable exporter refuses to resize while that counter is not zero.
*/
#ifndef PIPIT_BUFFER_H
#define PIPIT_BUFFER_H

#include "../runtime/vm.h"

typedef struct Buffer {
    uint8_t *buf;             /* the first byte */
    size_t len;               /* in bytes */
    uint32_t itemsize;
    bool readonly;
    const char *format;       /* a struct format string ("B", "h", "@i"...) */
    int64_t *exports;         /* the exporter's count of live views; NULL if it never resizes */
} Buffer;

/* Describe the memory of [v] (an instance of the registered type) in *out. */
typedef void (*BufferExportFn)(Value v, Buffer *out);

/* Let instances of [t] (and its subclasses) export buffers. */
void buffer_register(Type *t, BufferExportFn fn);

/* The memory of any exporter, a memoryview when it is C-contiguous; false
** (no exception) otherwise. Nothing is counted: valid until Python code runs. */
bool buffer_of(Value v, Buffer *out);

/* May [exports] (an exporter's counter) change size? When views are counted,
** a collection first drops the views nobody holds any more (the caller must
** hold nothing unrooted). Returns 0, or -1 with BufferError [msg] pending. */
int buffer_check_resize(VM *vm, int64_t *exports, const char *msg);

/* ---- memoryview (objects/memoryview.c) ---- */

/* Register the exporters of the core and memoryview's methods (setup_bytes). */
int memoryview_setup(VM *vm);

/* The bytes a memoryview shows, if it is live and C-contiguous. */
bool memoryview_contiguous(Value v, const uint8_t **data, size_t *len);
/* m.tobytes(): the items in C order (any layout). */
Value memoryview_tobytes(VM *vm, Value m);

/* bytes.hex(): args[0] a bytes-like object; (sep, bytes_per_sep) follow. */
Value bytes_hex_method(VM *vm, Value *args, int nargs, Value kwnames);

#endif

/*
** memoryview.c -- the buffer protocol (buffer.h) and memoryview: N-dimensional
** views with a shape and strides over the memory of any exporter, items of
** one native struct format, CPython 3.11's casts, comparisons and messages.
*/
#include <stdlib.h>

#include "buffer.h"
#include "str.h"
#include "containers.h"
#include "int.h"
#include "float.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}
#define MV_MAXDIM 64

/* ---- exporters ---- */

typedef struct Exporter {
    Type *type;
    BufferExportFn fn;
} Exporter;

static Exporter exporters[8];
static int nexporters;

void buffer_register(Type *t, BufferExportFn fn) {
    for (int i = 0; i < nexporters; i++)
        if (exporters[i].type == t) return;
    if (nexporters < (int)(sizeof exporters / sizeof exporters[0]))
        exporters[nexporters++] = (Exporter){t, fn};
}

static BufferExportFn exporter_of(Value v) {
    if (!val_is_obj(v)) return NULL;
    for (int i = 0; i < nexporters; i++)
        if (val_isinstance(v, exporters[i].type)) return exporters[i].fn;
    return NULL;
}

static void bytes_export(Value v, Buffer *out) {
    BytesObj *b = (BytesObj *)val_as_obj(v);
    *out = (Buffer){b->data, b->len, 1, true, "B", NULL};
}

static void bytearray_export(Value v, Buffer *out) {
    ByteArrayObj *ba = (ByteArrayObj *)val_as_obj(v);
    uint8_t *d = ba->data ? ba->data : (uint8_t *)"";
    *out = (Buffer){d, ba->len, 1, false, "B", &ba->exports};
}

int buffer_check_resize(VM *vm, int64_t *exports, const char *msg) {
    if (*exports <= 0) return 0;
    /* views nobody holds are only dropped by a collection */
    gc_collect(vm);
    if (*exports <= 0) return 0;
    vm_raise(vm, &type_BufferError, "%s", msg);
    return -1;
}

/* ---- the view object ---- */

enum { MV_READONLY = 1, MV_RELEASED = 2, MV_C = 4, MV_F = 8 };

typedef struct MemoryViewObj {
    Obj hdr;
    Value obj;                /* the exporter (m.obj) */
    int64_t *exports;         /* the exporter's view count this view is counted in, or NULL */
    uint8_t *buf;             /* the item at index (0, ..., 0) */
    int64_t len;              /* nbytes: product(shape) * itemsize */
    int64_t itemsize;
    int64_t hash;             /* -1: not computed */
    int ndim;
    uint8_t flags;            /* MV_* */
    char format[8];
    int64_t dims[];           /* shape[ndim], then strides[ndim] */
} MemoryViewObj;

static inline MemoryViewObj *as_mv(Value v) { return (MemoryViewObj *)val_as_obj(v); }
static inline int64_t *mv_shape(MemoryViewObj *m) { return m->dims; }
static inline int64_t *mv_strides(MemoryViewObj *m) { return m->dims + m->ndim; }

static void mv_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((MemoryViewObj *)o)->obj); }

/* A dead view gives its export back (the exporter's memory is still there:
** the collector releases memory only after finalizing every dead object). */
static void mv_drop_export(MemoryViewObj *m) {
    if (m->exports) (*m->exports)--;
    m->exports = NULL;
}

static void mv_finalize(Obj *o) { mv_drop_export((MemoryViewObj *)o); }

static int mv_check(VM *vm, MemoryViewObj *m) {
    if (!(m->flags & MV_RELEASED)) return 0;
    vm_raise(vm, &type_ValueError, "operation forbidden on released memoryview object");
    return -1;
}

static bool contiguous_in(MemoryViewObj *m, bool c_order) {
    if (m->len == 0) return true;
    int64_t sd = m->itemsize;
    for (int k = 0; k < m->ndim; k++) {
        int i = c_order ? m->ndim - 1 - k : k;
        int64_t dim = mv_shape(m)[i];
        if (dim > 1 && mv_strides(m)[i] != sd) return false;
        sd *= dim;
    }
    return true;
}

/* The contiguity flags, from the shape and strides (CPython's init_flags). */
static void mv_init_flags(MemoryViewObj *m) {
    m->flags &= MV_READONLY | MV_RELEASED;
    bool c, f;
    if (m->ndim == 0) c = f = true;
    else if (m->ndim == 1) c = f = mv_shape(m)[0] == 1 || mv_strides(m)[0] == m->itemsize;
    else c = contiguous_in(m, true), f = contiguous_in(m, false);
    if (c) m->flags |= MV_C;
    if (f) m->flags |= MV_F;
}

static void mv_init_len(MemoryViewObj *m) {
    int64_t n = m->itemsize;
    for (int i = 0; i < m->ndim; i++) n *= mv_shape(m)[i];
    m->len = n;
}

static MemoryViewObj *mv_alloc(VM *vm, int ndim) {
    size_t slots = ndim > 1 ? 2 * (size_t)ndim : 2;
    MemoryViewObj *m = gc_alloc(vm, &type_memoryview, sizeof(MemoryViewObj) + slots * sizeof(int64_t));
    if (m) m->hash = -1;
    return m;
}

static void mv_take_export(MemoryViewObj *m, int64_t *exports) {
    m->exports = exports;
    if (exports) (*exports)++;
}

/* A one-dimensional view of an exporter's whole memory. */
static Value mv_from_buffer(VM *vm, Value obj, const Buffer *b) {
    MemoryViewObj *m = mv_alloc(vm, 1);
    if (!m) return VAL_ERROR;
    m->obj = obj;
    m->buf = b->buf;
    m->itemsize = b->itemsize;
    m->ndim = 1;
    mv_shape(m)[0] = (int64_t)(b->len / b->itemsize);
    mv_strides(m)[0] = b->itemsize;
    m->len = (int64_t)b->len;
    m->flags = b->readonly ? MV_READONLY : 0;
    snprintf(m->format, sizeof m->format, "%s", b->format);
    mv_init_flags(m);
    mv_take_export(m, b->exports);
    return val_from_obj(m);
}

/* A new view of what [src] sees, with [ndim] dimensions (shape and strides
** copied when ndim is src's). */
static MemoryViewObj *mv_copy(VM *vm, MemoryViewObj *src, int ndim) {
    MemoryViewObj *m = mv_alloc(vm, ndim);
    if (!m) return NULL;
    m->obj = src->obj;
    m->buf = src->buf;
    m->len = src->len;
    m->itemsize = src->itemsize;
    m->ndim = ndim;
    m->flags = src->flags & ~MV_RELEASED;
    memcpy(m->format, src->format, sizeof m->format);
    if (ndim == src->ndim) memcpy(m->dims, src->dims, 2 * (size_t)ndim * sizeof(int64_t));
    mv_take_export(m, src->exports);
    return m;
}

static Value mv_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"object", NULL};
    Value obj = VAL_NULL;
    if (vm_parse_args(vm, "memoryview", args, nargs, kwnames, names, 1, 0, &obj) < 0) return VAL_ERROR;
    if (val_is_type(obj, &type_memoryview)) {
        MemoryViewObj *src = as_mv(obj);
        if (mv_check(vm, src) < 0) return VAL_ERROR;
        MemoryViewObj *m = mv_copy(vm, src, src->ndim);
        return m ? val_from_obj(m) : VAL_ERROR;
    }
    Buffer b;
    if (!buffer_of(obj, &b))
        return vm_raise(vm, &type_TypeError, "memoryview: a bytes-like object is required, not '%T'", obj);
    return mv_from_buffer(vm, obj, &b);
}

bool memoryview_contiguous(Value v, const uint8_t **data, size_t *len) {
    MemoryViewObj *m = as_mv(v);
    if ((m->flags & MV_RELEASED) || !(m->flags & MV_C)) return false;
    *data = m->buf;
    *len = (size_t)m->len;
    return true;
}

bool buffer_of(Value v, Buffer *out) {
    if (!val_is_obj(v)) return false;
    if (val_is_type(v, &type_memoryview)) {
        MemoryViewObj *m = as_mv(v);
        if ((m->flags & MV_RELEASED) || !(m->flags & MV_C)) return false;
        *out = (Buffer){m->buf, (size_t)m->len, (uint32_t)m->itemsize, (m->flags & MV_READONLY) != 0,
                        m->format, m->exports};
        return true;
    }
    BufferExportFn fn = exporter_of(v);
    if (!fn) return false;
    fn(v, out);
    return true;
}

/* ---- formats ---- */

/* The native format letter of a format string ("B", "@i"), or 0. */
static char native_char(const char *fmt) {
    if (fmt[0] == '@') fmt++;
    if (!fmt[0] || fmt[1]) return 0;
    return strchr("cbB?hHiIlLqQnNfdP", fmt[0]) ? fmt[0] : 0;
}

/* The size of native format letter c; Pipit's native sizes are LP64's on every host. */
static int64_t native_size(char c) {
    switch (c) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    default: return 8;
    }
}

static bool is_byte_format(char c) { return c == 'B' || c == 'b' || c == 'c'; }
static bool is_signed_char(char c) { return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'; }

/* The format without '@' when it is one letter; else NotImplementedError. */
static const char *mv_item_format(VM *vm, MemoryViewObj *m) {
    const char *f = m->format[0] == '@' ? m->format + 1 : m->format;
    if (f[0] && !f[1]) return f;
    vm_raise(vm, &type_NotImplementedError, "memoryview: unsupported format %s", m->format);
    return NULL;
}

static Value format_not_supported(VM *vm, const char *fmt) {
    return vm_raise(vm, &type_NotImplementedError, "memoryview: format %s not supported", fmt);
}

/* The item at p as a Python value. */
static Value unpack_item(VM *vm, const uint8_t *p, const char *fmt) {
    char c = native_char(fmt);
    switch (c) {
    case 0: return format_not_supported(vm, fmt);
    case 'B': return val_from_small(*p);
    case 'b': return val_from_small((int8_t)*p);
    case 'c': return bytes_new(vm, p, 1);
    case '?': return val_from_bool(*p != 0);
    case 'f': {
        float f;
        memcpy(&f, p, sizeof f);
        return val_from_float((double)f);
    }
    case 'd': {
        double d;
        memcpy(&d, p, sizeof d);
        return val_from_float(d);
    }
    default: break;
    }
    int64_t size = native_size(c);
    uint64_t u = 0;
    memcpy(&u, p, (size_t)size); /* little-endian hosts (x86-64, wasm32) */
    if (!is_signed_char(c)) return int_from_u64(vm, u);
    unsigned shift = 64 - 8u * (unsigned)size;
    return int_from_i64(vm, shift ? (int64_t)(u << shift) >> shift : (int64_t)u);
}

static int bad_item(VM *vm, Type *t, const char *what, const char *fmt) {
    vm_raise(vm, t, "memoryview: invalid %s for format '%s'", what, fmt);
    return -1;
}

static bool is_index_like(Value v) {
    return val_is_intlike(v) || (val_type(v)->number && val_type(v)->number->index);
}

/* v as a 64-bit pattern for an integer format; 1 when out of range. */
static int int_bits(VM *vm, Value v, bool is_signed, uint64_t *out) {
    int64_t i;
    if (int_as_i64(vm, v, &i) == 0) {
        *out = (uint64_t)i;
        return i < 0 && !is_signed ? 1 : 0;
    }
    if (!vm_exc_matches(vm, &type_OverflowError)) return -1;
    vm_clear_exc(vm);
    if (is_signed || int_sign(v) < 0) return 1;
    Value r = int_sub(vm, v, int_from_u64(vm, (uint64_t)1 << 63));
    if (val_is_error(r)) return -1;
    if (int_as_i64(vm, r, &i) < 0 || i < 0) {
        vm_clear_exc(vm);
        return 1;
    }
    *out = (uint64_t)i + ((uint64_t)1 << 63);
    return 0;
}

static bool int_fits(uint64_t u, bool is_signed, int64_t size) {
    if (size == 8) return true;
    unsigned bits = 8u * (unsigned)size;
    if (!is_signed) return u < ((uint64_t)1 << bits);
    int64_t i = (int64_t)u, lim = (int64_t)1 << (bits - 1);
    return i >= -lim && i < lim;
}

/* A float conversion's TypeError, OverflowError or ValueError becomes
** memoryview's own (CPython's fix_error_int). */
static int fix_item_error(VM *vm, const char *fmt) {
    if (vm_exc_matches(vm, &type_TypeError)) {
        vm_clear_exc(vm);
        return bad_item(vm, &type_TypeError, "type", fmt);
    }
    if (vm_exc_matches(vm, &type_OverflowError) || vm_exc_matches(vm, &type_ValueError)) {
        vm_clear_exc(vm);
        return bad_item(vm, &type_ValueError, "value", fmt);
    }
    return -1;
}

static int pack_float_item(VM *vm, Value v, const char *fmt, uint8_t *item) {
    double d;
    if (float_as_double(vm, v, &d) < 0) return fix_item_error(vm, fmt);
    if (native_char(fmt) == 'd') {
        memcpy(item, &d, sizeof d);
        return 0;
    }
    float f = (float)d; /* out of range: inf, as CPython's cast */
    memcpy(item, &f, sizeof f);
    return 0;
}

/* v as the bytes of one item of [fmt] into item. May run Python code
** (__index__, __float__, __bool__): the caller takes addresses only after. */
static int pack_item(VM *vm, Value v, const char *fmt, uint8_t item[8]) {
    char c = native_char(fmt);
    if (c == 0) return (format_not_supported(vm, fmt), -1);
    if (c == 'c') {
        if (!val_isinstance(v, &type_bytes)) return bad_item(vm, &type_TypeError, "type", fmt);
        BytesObj *b = (BytesObj *)val_as_obj(v);
        if (b->len != 1) return bad_item(vm, &type_ValueError, "value", fmt);
        item[0] = b->data[0];
        return 0;
    }
    if (c == '?') {
        int t = obj_truthy(vm, v);
        if (t < 0) return -1;
        item[0] = (uint8_t)t;
        return 0;
    }
    if (c == 'f' || c == 'd') return pack_float_item(vm, v, fmt, item);
    if (!is_index_like(v)) return bad_item(vm, &type_TypeError, "type", fmt);
    Value iv = obj_index(vm, v);
    if (val_is_error(iv)) return -1;
    uint64_t u;
    bool sgn = is_signed_char(c);
    int r = int_bits(vm, iv, sgn, &u);
    if (r == 1 && c == 'P') r = int_bits(vm, iv, true, &u); /* a pointer may be given signed */
    if (r < 0) return -1;
    if (r > 0 || !int_fits(u, sgn, native_size(c))) return bad_item(vm, &type_ValueError, "value", fmt);
    memcpy(item, &u, (size_t)native_size(c));
    return 0;
}

/* ---- walking the items ---- */

/* Copy every item of m into dst in C ('C') or Fortran ('F') order. */
static void mv_copy_out(MemoryViewObj *m, uint8_t *dst, char order) {
    if (m->ndim == 0) {
        memcpy(dst, m->buf, (size_t)m->itemsize);
        return;
    }
    int64_t idx[MV_MAXDIM] = {0};
    int64_t *shape = mv_shape(m), *strides = mv_strides(m);
    for (int i = 0; i < m->ndim; i++)
        if (shape[i] == 0) return;
    for (;;) {
        const uint8_t *p = m->buf;
        for (int i = 0; i < m->ndim; i++) p += idx[i] * strides[i];
        memcpy(dst, p, (size_t)m->itemsize);
        dst += m->itemsize;
        int k;
        for (k = 0; k < m->ndim; k++) {
            int d = order == 'F' ? k : m->ndim - 1 - k;
            if (++idx[d] < shape[d]) break;
            idx[d] = 0;
        }
        if (k == m->ndim) return;
    }
}

static Value mv_bytes_in_order(VM *vm, MemoryViewObj *m, char order) {
    uint8_t *p;
    Value b = bytes_alloc(vm, &type_bytes, (size_t)m->len, &p);
    if (val_is_error(b)) return b;
    if (order == 'A' && (m->flags & (MV_C | MV_F))) {
        /* raw memory order is C or Fortran order already */
        if (m->len) memcpy(p, m->buf, (size_t)m->len);
        if (!(m->flags & MV_C)) mv_copy_out(m, p, 'F');
        return b;
    }
    mv_copy_out(m, p, order == 'F' ? 'F' : 'C');
    return b;
}

Value memoryview_tobytes(VM *vm, Value v) {
    MemoryViewObj *m = as_mv(v);
    if (mv_check(vm, m) < 0) return VAL_ERROR;
    return mv_bytes_in_order(vm, m, 'C');
}

/* The nested lists of dimension [dim] from p. */
static Value tolist_dim(VM *vm, MemoryViewObj *m, const uint8_t *p, int dim, const char *fmt) {
    int64_t n = mv_shape(m)[dim], stride = mv_strides(m)[dim];
    Value list = list_new(vm, (size_t)n);
    if (val_is_error(list)) return list;
    for (int64_t i = 0; i < n; i++) {
        const uint8_t *q = p + i * stride;
        Value item = dim + 1 == m->ndim ? unpack_item(vm, q, fmt) : tolist_dim(vm, m, q, dim + 1, fmt);
        if (val_is_error(item)) return item;
        as_list(list)->items[i] = item;
    }
    return list;
}

/* ---- methods ---- */

static int self_args(VM *vm, const char *name, int nargs, Value kw, int max) {
    char qual[48];
    snprintf(qual, sizeof qual, "memoryview.%s", name);
    return vm_check_args(vm, max == 0 ? qual : name, nargs - 1, kw, 0, max);
}

static Value mv_tobytes(VM *vm, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"order", NULL};
    Value order = VAL_NULL;
    if (vm_parse_args(vm, "tobytes", args + 1, nargs - 1, kw, names, 0, 0, &order) < 0) return VAL_ERROR;
    MemoryViewObj *m = as_mv(args[0]);
    if (mv_check(vm, m) < 0) return VAL_ERROR;
    char ord = 'C';
    if (!val_is_null(order) && !val_is_none(order)) {
        if (!val_is_str(order))
            return vm_raise(vm, &type_TypeError, "tobytes() argument 'order' must be str or None, not %T", order);
        const char *o = str_cstr(order);
        if ((o[0] != 'C' && o[0] != 'F' && o[0] != 'A') || o[1])
            return vm_raise(vm, &type_ValueError, "order must be 'C', 'F' or 'A'");
        ord = o[0];
    }
    return mv_bytes_in_order(vm, m, ord);
}

static Value mv_tolist(VM *vm, Value *args, int nargs, Value kw) {
    if (self_args(vm, "tolist", nargs, kw, 0) < 0) return VAL_ERROR;
    MemoryViewObj *m = as_mv(args[0]);
    if (mv_check(vm, m) < 0) return VAL_ERROR;
    const char *fmt = mv_item_format(vm, m);
    if (!fmt) return VAL_ERROR;
    if (m->ndim == 0) return unpack_item(vm, m->buf, fmt);
    return tolist_dim(vm, m, m->buf, 0, fmt);
}

static Value mv_hex(VM *vm, Value *args, int nargs, Value kw) {
    MemoryViewObj *m = as_mv(args[0]);
    if (mv_check(vm, m) < 0) return VAL_ERROR;
    int nkw = val_is_obj(kw) ? (int)as_tuple(kw)->len : 0;
    if (nargs + nkw > 3) return bytes_hex_method(vm, args, nargs, kw); /* reports the error */
    Value a[3];
    for (int i = 0; i < nargs + nkw; i++) a[i] = args[i];
    a[0] = mv_bytes_in_order(vm, m, 'C');
    if (val_is_error(a[0])) return VAL_ERROR;
    return bytes_hex_method(vm, a, nargs, kw);
}

static void mv_release_now(MemoryViewObj *m) {
    mv_drop_export(m);
    m->flags |= MV_RELEASED;
}

static Value mv_release(VM *vm, Value *args, int nargs, Value kw) {
    if (self_args(vm, "release", nargs, kw, 0) < 0) return VAL_ERROR;
    mv_release_now(as_mv(args[0]));
    return VAL_NONE;
}

static Value mv_enter(VM *vm, Value *args, int nargs, Value kw) {
    if (self_args(vm, "__enter__", nargs, kw, 0) < 0) return VAL_ERROR;
    if (mv_check(vm, as_mv(args[0])) < 0) return VAL_ERROR;
    return args[0];
}

static Value mv_exit(VM *vm, Value *args, int nargs, Value kw) {
    mv_release_now(as_mv(args[0]));
    return VAL_NONE;
}

static Value mv_toreadonly(VM *vm, Value *args, int nargs, Value kw) {
    if (self_args(vm, "toreadonly", nargs, kw, 0) < 0) return VAL_ERROR;
    MemoryViewObj *src = as_mv(args[0]);
    if (mv_check(vm, src) < 0) return VAL_ERROR;
    MemoryViewObj *m = mv_copy(vm, src, src->ndim);
    if (!m) return VAL_ERROR;
    m->flags |= MV_READONLY;
    return val_from_obj(m);
}

/* ---- cast ---- */

static bool zero_in_shape(MemoryViewObj *m) {
    for (int i = 0; i < m->ndim; i++)
        if (mv_shape(m)[i] == 0) return true;
    return false;
}

/* m (a fresh copy) as a one-dimensional view of format [fmt]. */
static int cast_to_1d(VM *vm, MemoryViewObj *m, MemoryViewObj *src, Value format) {
    if (!as_str(format)->ascii) {
        Value e = str_encode(vm, format, "ascii", "strict"); /* raises UnicodeEncodeError */
        if (val_is_error(e)) return -1;
    }
    const char *f = str_cstr(format);
    char dest = native_char(f);
    if (!dest) {
        vm_raise(vm, &type_ValueError, "memoryview: destination format must be a native single "
                 "character format prefixed with an optional '@'");
        return -1;
    }
    char srcc = native_char(src->format);
    if ((!srcc || !is_byte_format(srcc)) && !is_byte_format(dest)) {
        vm_raise(vm, &type_TypeError, "memoryview: cannot cast between two non-byte formats");
        return -1;
    }
    int64_t size = native_size(dest);
    if (src->len % size) {
        vm_raise(vm, &type_TypeError, "memoryview: length is not a multiple of itemsize");
        return -1;
    }
    snprintf(m->format, sizeof m->format, "%s", f);
    m->itemsize = size;
    m->ndim = 1;
    mv_shape(m)[0] = src->len / size;
    mv_strides(m)[0] = size;
    return 0;
}

/* The shape list of a cast into m's dims; returns product(shape) * itemsize or -1. */
static int64_t copy_shape(VM *vm, MemoryViewObj *m, Value *items, int ndim) {
    int64_t len = m->itemsize;
    for (int i = 0; i < ndim; i++) {
        if (!val_is_intlike(items[i])) {
            vm_raise(vm, &type_TypeError, "memoryview.cast(): elements of shape must be integers");
            return -1;
        }
        int64_t x;
        if (int_as_i64(vm, items[i], &x) < 0) {
            vm_clear_exc(vm);
            if (int_sign(items[i]) < 0) x = 0;
            else x = INT64_MAX;
        }
        if (x <= 0) {
            vm_raise(vm, &type_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
            return -1;
        }
        if (x > INT64_MAX / len) {
            vm_raise(vm, &type_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
            return -1;
        }
        len *= x;
        mv_shape(m)[i] = x;
    }
    return len;
}

static void strides_from_shape(MemoryViewObj *m) {
    int64_t sd = m->itemsize;
    for (int i = m->ndim - 1; i >= 0; i--) {
        mv_strides(m)[i] = sd;
        sd *= mv_shape(m)[i];
    }
}

static int cast_to_nd(VM *vm, MemoryViewObj *m, Value *items, int ndim) {
    m->ndim = ndim;
    int64_t len = m->itemsize;
    if (ndim > 0) {
        len = copy_shape(vm, m, items, ndim);
        if (len < 0) return -1;
        strides_from_shape(m);
    }
    if (m->len != len) {
        vm_raise(vm, &type_TypeError, "memoryview: product(shape) * itemsize != buffer size");
        return -1;
    }
    return 0;
}

static Value mv_cast(VM *vm, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"format", "shape", NULL};
    Value out[2] = {VAL_NULL, VAL_NULL};
    if (vm_parse_args(vm, "cast", args + 1, nargs - 1, kw, names, 1, 0, out) < 0) return VAL_ERROR;
    MemoryViewObj *src = as_mv(args[0]);
    if (mv_check(vm, src) < 0) return VAL_ERROR;
    if (!val_is_str(out[0]))
        return vm_raise(vm, &type_TypeError, "cast() argument 'format' must be str, not %T", out[0]);
    if (!(src->flags & MV_C))
        return vm_raise(vm, &type_TypeError, "memoryview: casts are restricted to C-contiguous views");
    bool shaped = !val_is_null(out[1]);
    if ((shaped || src->ndim != 1) && zero_in_shape(src))
        return vm_raise(vm, &type_TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    Value *items = NULL;
    size_t ndim = 1;
    if (shaped) {
        if (!seq_items(out[1], &items, &ndim)) return vm_raise(vm, &type_TypeError, "shape must be a list or a tuple");
        if (ndim > MV_MAXDIM)
            return vm_raise(vm, &type_ValueError, "memoryview: number of dimensions must not exceed 64");
        if (src->ndim != 1 && ndim != 1)
            return vm_raise(vm, &type_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    MemoryViewObj *m = mv_copy(vm, src, ndim == 0 ? 1 : (int)ndim);
    if (!m) return VAL_ERROR;
    Value r = val_from_obj(m);
    if (cast_to_1d(vm, m, src, out[0]) < 0) return VAL_ERROR;
    if (shaped && cast_to_nd(vm, m, items, (int)ndim) < 0) return VAL_ERROR;
    mv_init_flags(m);
    return r;
}

/* ---- indexing ---- */

static int64_t mv_length(MemoryViewObj *m) { return m->ndim == 0 ? 1 : mv_shape(m)[0]; }

static int64_t mv_len(VM *vm, Value self) {
    if (mv_check(vm, as_mv(self)) < 0) return -1;
    return mv_length(as_mv(self));
}

/* The address of index [i] along dimension [dim] from p; NULL with IndexError. */
static uint8_t *lookup_dimension(VM *vm, MemoryViewObj *m, uint8_t *p, int dim, int64_t i) {
    int64_t n = mv_shape(m)[dim];
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        vm_raise(vm, &type_IndexError, "index out of bounds on dimension %d", dim + 1);
        return NULL;
    }
    return p + i * mv_strides(m)[dim];
}

/* The int keys of an index or a tuple of them, each checked against its
** dimension as it comes (converting may run __index__). */
static int key_indices(VM *vm, MemoryViewObj *m, Value key, int64_t *out, int *n) {
    bool tup = val_is_type(key, &type_tuple);
    *n = tup ? (int)as_tuple(key)->len : 1;
    for (int d = 0; d < *n; d++) {
        if (obj_index_i64(vm, tup ? as_tuple(key)->items[d] : key, &out[d], &type_IndexError) < 0) return -1;
        if (!lookup_dimension(vm, m, m->buf, d, out[d])) return -1;
    }
    return 0;
}

/* The item address of [n] indices (the caller checked n against ndim). */
static uint8_t *ptr_from_indices(VM *vm, MemoryViewObj *m, const int64_t *idx, int n) {
    uint8_t *p = m->buf;
    for (int d = 0; d < n && p; d++) p = lookup_dimension(vm, m, p, d, idx[d]);
    return p;
}

/* The address of the item [key] names: an index (one dimension) or a full
** tuple of them; NULL with an exception. The view may be released by the
** key's __index__, so it is checked again. */
static uint8_t *item_ptr(VM *vm, MemoryViewObj *m, Value key) {
    if (val_is_type(key, &type_tuple) && (int64_t)as_tuple(key)->len > m->ndim) {
        vm_raise(vm, &type_TypeError, "cannot index %d-dimension view with %zu-element tuple", m->ndim,
                 as_tuple(key)->len);
        return NULL;
    }
    int64_t idx[MV_MAXDIM];
    int n;
    if (key_indices(vm, m, key, idx, &n) < 0 || mv_check(vm, m) < 0) return NULL;
    return ptr_from_indices(vm, m, idx, n);
}

static bool tuple_all(Value key, bool (*pred)(Value)) {
    if (!val_is_type(key, &type_tuple)) return false;
    TupleObj *t = as_tuple(key);
    for (size_t i = 0; i < t->len; i++)
        if (!pred(t->items[i])) return false;
    return true;
}

static bool is_slice_value(Value v) { return val_is_slice(v); }
static bool is_multiindex(Value key) { return tuple_all(key, is_index_like); }
static bool is_multislice(Value key) { return tuple_all(key, is_slice_value) && as_tuple(key)->len > 0; }

/* src[key] for a slice: the new view is made first, so that the slice's
** __index__ releasing src leaves it valid (as in CPython). */
static Value mv_slice(VM *vm, MemoryViewObj *src, Value key) {
    MemoryViewObj *m = mv_copy(vm, src, src->ndim);
    if (!m) return VAL_ERROR;
    Value r = val_from_obj(m);
    int64_t start, stop, step;
    gc_push_root(vm, &r);
    int64_t n = slice_indices(vm, key, mv_shape(m)[0], &start, &stop, &step);
    gc_pop_roots(vm, 1);
    if (n < 0) return VAL_ERROR;
    m->buf += mv_strides(m)[0] * start;
    mv_shape(m)[0] = n;
    mv_strides(m)[0] *= step;
    mv_init_len(m);
    mv_init_flags(m);
    return val_from_obj(m);
}

static Value mv_getitem(VM *vm, Value self, Value key) {
    MemoryViewObj *m = as_mv(self);
    if (mv_check(vm, m) < 0) return VAL_ERROR;
    if (m->ndim == 0) {
        if (val_is_type(key, &type_tuple) && as_tuple(key)->len == 0) {
            const char *fmt = mv_item_format(vm, m);
            return fmt ? unpack_item(vm, m->buf, fmt) : VAL_ERROR;
        }
        if (key == VAL_ELLIPSIS) return self;
        return vm_raise(vm, &type_TypeError, "invalid indexing of 0-dim memory");
    }
    if (is_index_like(key)) {
        const char *fmt = mv_item_format(vm, m);
        if (!fmt) return VAL_ERROR;
        if (m->ndim > 1)
            return vm_raise(vm, &type_NotImplementedError, "multi-dimensional sub-views are not implemented");
        uint8_t *p = item_ptr(vm, m, key);
        return p ? unpack_item(vm, p, fmt) : VAL_ERROR;
    }
    if (val_is_slice(key)) return mv_slice(vm, m, key);
    if (is_multiindex(key)) {
        const char *fmt = mv_item_format(vm, m);
        if (!fmt) return VAL_ERROR;
        if ((int64_t)as_tuple(key)->len < m->ndim)
            return vm_raise(vm, &type_NotImplementedError, "sub-views are not implemented");
        uint8_t *p = item_ptr(vm, m, key);
        return p ? unpack_item(vm, p, fmt) : VAL_ERROR;
    }
    if (is_multislice(key))
        return vm_raise(vm, &type_NotImplementedError, "multi-dimensional slicing is not implemented");
    return vm_raise(vm, &type_TypeError, "memoryview: invalid slice key");
}

/* Store v at the item [key] names (NULL: the 0-dim item). The key is
** converted first, then the value; either may release the view. */
static int store_item(VM *vm, MemoryViewObj *m, Value key, Value v, const char *fmt) {
    int64_t idx[MV_MAXDIM];
    int n = 0;
    if (!val_is_null(key)) {
        if (val_is_type(key, &type_tuple) && (int64_t)as_tuple(key)->len > m->ndim) {
            vm_raise(vm, &type_TypeError, "cannot index %d-dimension view with %zu-element tuple", m->ndim,
                     as_tuple(key)->len);
            return -1;
        }
        if (key_indices(vm, m, key, idx, &n) < 0 || mv_check(vm, m) < 0) return -1;
        if (!ptr_from_indices(vm, m, idx, n)) return -1;
    }
    uint8_t item[8];
    if (pack_item(vm, v, fmt, item) < 0 || mv_check(vm, m) < 0) return -1;
    uint8_t *p = ptr_from_indices(vm, m, idx, n);
    if (!p) return -1;
    memcpy(p, item, (size_t)m->itemsize);
    return 0;
}

static bool same_format(const char *a, const char *b) {
    if (a[0] == '@') a++;
    if (b[0] == '@') b++;
    return strcmp(a, b) == 0;
}

/* m[key] = v for a slice of a one-dimensional view: v's buffer must have
** the same format, item size and length. */
static int mv_assign_slice(VM *vm, MemoryViewObj *m, Value key, Value v) {
    Buffer src;
    MemoryViewObj *sv = val_is_type(v, &type_memoryview) ? as_mv(v) : NULL;
    if (sv && mv_check(vm, sv) < 0) return -1;
    if (!sv && !buffer_of(v, &src)) {
        vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", v);
        return -1;
    }
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, key, mv_shape(m)[0], &start, &stop, &step);
    if (n < 0 || mv_check(vm, m) < 0) return -1;
    const char *sfmt = sv ? sv->format : src.format;
    int64_t sitem = sv ? sv->itemsize : src.itemsize;
    bool shape_ok = sv ? sv->ndim == 1 && mv_shape(sv)[0] == n : (int64_t)(src.len / src.itemsize) == n;
    if (!same_format(m->format, sfmt) || sitem != m->itemsize || !shape_ok) {
        vm_raise(vm, &type_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    /* copy through a temporary: source and destination may overlap */
    size_t nbytes = (size_t)(n * m->itemsize);
    uint8_t *tmp = malloc(nbytes ? nbytes : 1);
    if (!tmp) return (vm_raise_nomem(vm), -1);
    for (int64_t i = 0; i < n; i++) {
        const uint8_t *s = sv ? sv->buf + i * mv_strides(sv)[0] : src.buf + i * sitem;
        memcpy(tmp + i * m->itemsize, s, (size_t)m->itemsize);
    }
    for (int64_t i = 0; i < n; i++)
        memcpy(m->buf + (start + i * step) * mv_strides(m)[0], tmp + i * m->itemsize, (size_t)m->itemsize);
    free(tmp);
    return 0;
}

static int mv_setitem(VM *vm, Value self, Value key, Value v) {
    MemoryViewObj *m = as_mv(self);
    if (mv_check(vm, m) < 0) return -1;
    const char *fmt = mv_item_format(vm, m);
    if (!fmt) return -1;
    if (m->flags & MV_READONLY) {
        vm_raise(vm, &type_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "cannot delete memory");
        return -1;
    }
    if (m->ndim == 0) {
        if (key == VAL_ELLIPSIS || (val_is_type(key, &type_tuple) && as_tuple(key)->len == 0))
            return store_item(vm, m, VAL_NULL, v, fmt);
        vm_raise(vm, &type_TypeError, "invalid indexing of 0-dim memory");
        return -1;
    }
    if (is_index_like(key)) {
        if (m->ndim > 1) {
            vm_raise(vm, &type_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        return store_item(vm, m, key, v, fmt);
    }
    if (val_is_slice(key) && m->ndim == 1) return mv_assign_slice(vm, m, key, v);
    if (is_multiindex(key)) {
        if ((int64_t)as_tuple(key)->len < m->ndim) {
            vm_raise(vm, &type_NotImplementedError, "sub-views are not implemented");
            return -1;
        }
        return store_item(vm, m, key, v, fmt);
    }
    if (val_is_slice(key) || is_multislice(key)) {
        vm_raise(vm, &type_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        return -1;
    }
    vm_raise(vm, &type_TypeError, "memoryview: invalid slice key");
    return -1;
}

/* memory_iterator: the items of a one-dimensional view, its length fixed
** when it starts. */
typedef struct MemIterObj {
    Obj hdr;
    Value view;               /* VAL_NULL once exhausted */
    int64_t index, length;
} MemIterObj;

static void memiter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((MemIterObj *)o)->view); }

static Value memiter_self(VM *vm, Value self) { return self; }

static Value memiter_next(VM *vm, Value self) {
    MemIterObj *it = (MemIterObj *)val_as_obj(self);
    if (val_is_null(it->view)) return VAL_NULL;
    if (it->index >= it->length) {
        it->view = VAL_NULL;
        return VAL_NULL;
    }
    MemoryViewObj *m = as_mv(it->view);
    if (mv_check(vm, m) < 0) return VAL_ERROR;
    const char *fmt = mv_item_format(vm, m);
    if (!fmt) return VAL_ERROR;
    return unpack_item(vm, m->buf + it->index++ * mv_strides(m)[0], fmt);
}

static Type type_memory_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "memory_iterator",
    .basicsize = sizeof(MemIterObj),
    .iter = memiter_self,
    .iternext = memiter_next,
    .traverse = memiter_traverse,
};

static Value mv_iter(VM *vm, Value self) {
    MemoryViewObj *m = as_mv(self);
    if (mv_check(vm, m) < 0) return VAL_ERROR;
    if (m->ndim == 0) return vm_raise(vm, &type_TypeError, "invalid indexing of 0-dim memory");
    if (m->ndim > 1)
        return vm_raise(vm, &type_NotImplementedError, "multi-dimensional sub-views are not implemented");
    if (!mv_item_format(vm, m)) return VAL_ERROR;
    MemIterObj *it = gc_alloc(vm, &type_memory_iterator, sizeof(MemIterObj));
    if (!it) return VAL_ERROR;
    it->view = self;
    it->length = mv_shape(m)[0];
    return val_from_obj(it);
}

/* ---- comparison and hashing ---- */

/* One side of a comparison: a shape, strides, item format and memory. */
typedef struct Side {
    uint8_t *buf;
    int ndim;
    const int64_t *shape, *strides;
    int64_t one_shape, one_stride;
    const char *format;
} Side;

static void side_of_view(MemoryViewObj *m, Side *s) {
    *s = (Side){m->buf, m->ndim, mv_shape(m), mv_strides(m), 0, 0, m->format};
}

static void side_of_buffer(const Buffer *b, Side *s) {
    *s = (Side){b->buf, 1, NULL, NULL, (int64_t)(b->len / b->itemsize), b->itemsize, b->format};
    s->shape = &s->one_shape;
    s->strides = &s->one_stride;
}

static bool equiv_shape(const Side *a, const Side *b) {
    if (a->ndim != b->ndim) return false;
    for (int i = 0; i < a->ndim; i++) {
        if (a->shape[i] != b->shape[i]) return false;
        if (a->shape[i] == 0) break;
    }
    return true;
}

/* Items at p and q equal? 1, 0, -1. Same native letter: compared as C values. */
static int items_equal(VM *vm, const uint8_t *p, const char *pf, const uint8_t *q, const char *qf) {
    char a = native_char(pf), b = native_char(qf);
    if (a && a == b && a != 'f' && a != 'd' && a != '?') return memcmp(p, q, (size_t)native_size(a)) == 0;
    if (a && a == b && a == '?') return (*p != 0) == (*q != 0);
    Value x = unpack_item(vm, p, pf);
    if (val_is_error(x)) return -1;
    Value y = unpack_item(vm, q, qf);
    if (val_is_error(y)) return -1;
    return obj_eq(vm, x, y);
}

static int compare_dim(VM *vm, const Side *a, const Side *b, const uint8_t *p, const uint8_t *q, int dim) {
    for (int64_t i = 0; i < a->shape[dim]; i++) {
        const uint8_t *pi = p + i * a->strides[dim], *qi = q + i * b->strides[dim];
        int eq = dim + 1 == a->ndim ? items_equal(vm, pi, a->format, qi, b->format)
                                    : compare_dim(vm, a, b, pi, qi, dim + 1);
        if (eq <= 0) return eq;
    }
    return 1;
}

static int sides_equal(VM *vm, const Side *a, const Side *b) {
    if (!equiv_shape(a, b)) return 0;
    /* formats struct cannot unpack compare unequal */
    if (!native_char(a->format) || !native_char(b->format)) return 0;
    if (a->ndim == 0) return items_equal(vm, a->buf, a->format, b->buf, b->format);
    return compare_dim(vm, a, b, a->buf, b->buf, 0);
}

static Value mv_richcompare(VM *vm, Value a, Value b, int op) {
    if (op != CMPOP_EQ && op != CMPOP_NE) return VAL_NOTIMPL;
    MemoryViewObj *x = as_mv(a);
    Side sa, sb;
    int eq;
    if (x->flags & MV_RELEASED) {
        eq = a == b;
    } else if (val_is_type(b, &type_memoryview)) {
        MemoryViewObj *y = as_mv(b);
        if (y->flags & MV_RELEASED) {
            eq = a == b;
        } else {
            side_of_view(x, &sa);
            side_of_view(y, &sb);
            eq = sides_equal(vm, &sa, &sb);
        }
    } else {
        Buffer buf;
        if (!buffer_of(b, &buf)) return VAL_NOTIMPL;
        side_of_view(x, &sa);
        side_of_buffer(&buf, &sb);
        eq = sides_equal(vm, &sa, &sb);
    }
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(op == CMPOP_EQ ? eq : !eq);
}

static int64_t mv_hash(VM *vm, Value self) {
    MemoryViewObj *m = as_mv(self);
    if (m->hash != -1) return m->hash;
    if (mv_check(vm, m) < 0) return -1;
    if (!(m->flags & MV_READONLY)) {
        vm_raise(vm, &type_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    const char *fmt = mv_item_format(vm, m);
    if (!fmt) return -1;
    if (!is_byte_format(fmt[0])) {
        vm_raise(vm, &type_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    if (obj_hash(vm, m->obj) == -1) return -1;
    Value b = mv_bytes_in_order(vm, m, 'C');
    if (val_is_error(b)) return -1;
    m->hash = hash_bytes(((BytesObj *)val_as_obj(b))->data, ((BytesObj *)val_as_obj(b))->len);
    return m->hash;
}

static Value mv_repr(VM *vm, Value self) {
    return str_format(vm, (as_mv(self)->flags & MV_RELEASED) ? "<released memory at %p>" : "<memory at %p>",
                      (void *)val_as_obj(self));
}

/* ---- attributes (every one raises on a released view, as in CPython) ---- */

#define MV_LIVE(self) do { if (mv_check(vm, as_mv(self)) < 0) return VAL_ERROR; } while (0)

static Value int_tuple(VM *vm, const int64_t *v, int n) {
    Value t = tuple_new(vm, (size_t)n);
    if (val_is_error(t)) return t;
    for (int i = 0; i < n; i++) as_tuple(t)->items[i] = int_from_i64(vm, v[i]);
    return t;
}

static Value mv_get_obj(VM *vm, Value self) {
    MV_LIVE(self);
    return as_mv(self)->obj;
}

static Value mv_get_nbytes(VM *vm, Value self) {
    MV_LIVE(self);
    return int_from_i64(vm, as_mv(self)->len);
}

static Value mv_get_readonly(VM *vm, Value self) {
    MV_LIVE(self);
    return val_from_bool(as_mv(self)->flags & MV_READONLY);
}

static Value mv_get_itemsize(VM *vm, Value self) {
    MV_LIVE(self);
    return val_from_small(as_mv(self)->itemsize);
}

static Value mv_get_ndim(VM *vm, Value self) {
    MV_LIVE(self);
    return val_from_small(as_mv(self)->ndim);
}

static Value mv_get_format(VM *vm, Value self) {
    MV_LIVE(self);
    return str_from_cstr(vm, as_mv(self)->format);
}

static Value mv_get_shape(VM *vm, Value self) {
    MV_LIVE(self);
    return int_tuple(vm, mv_shape(as_mv(self)), as_mv(self)->ndim);
}

static Value mv_get_strides(VM *vm, Value self) {
    MV_LIVE(self);
    return int_tuple(vm, mv_strides(as_mv(self)), as_mv(self)->ndim);
}

static Value mv_get_suboffsets(VM *vm, Value self) {
    MV_LIVE(self);
    return tuple_new(vm, 0);
}

static Value mv_get_c_contiguous(VM *vm, Value self) {
    MV_LIVE(self);
    return val_from_bool(as_mv(self)->flags & MV_C);
}

static Value mv_get_f_contiguous(VM *vm, Value self) {
    MV_LIVE(self);
    return val_from_bool(as_mv(self)->flags & MV_F);
}

static Value mv_get_contiguous(VM *vm, Value self) {
    MV_LIVE(self);
    return val_from_bool(as_mv(self)->flags & (MV_C | MV_F));
}

static const GetSetDef mv_getsets[] = {
    {"obj", mv_get_obj, NULL}, {"nbytes", mv_get_nbytes, NULL}, {"readonly", mv_get_readonly, NULL},
    {"itemsize", mv_get_itemsize, NULL}, {"ndim", mv_get_ndim, NULL}, {"format", mv_get_format, NULL},
    {"shape", mv_get_shape, NULL}, {"strides", mv_get_strides, NULL},
    {"suboffsets", mv_get_suboffsets, NULL},
    {"contiguous", mv_get_contiguous, NULL}, {"c_contiguous", mv_get_c_contiguous, NULL},
    {"f_contiguous", mv_get_f_contiguous, NULL},
    {NULL, NULL, NULL},
};

static Value mv_reduce_ex(VM *vm, Value *args, int nargs, Value kw) {
    return vm_raise(vm, &type_TypeError, "cannot pickle memoryview objects");
}

static Value mv_reduce(VM *vm, Value *args, int nargs, Value kw) {
    return vm_raise(vm, &type_TypeError, "cannot pickle 'memoryview' object");
}

static const MethodDef mv_methods[] = {
    {"__reduce_ex__", mv_reduce_ex, 0, NULL}, {"__reduce__", mv_reduce, 0, NULL},
    {"tobytes", mv_tobytes, 0, NULL}, {"tolist", mv_tolist, 0, NULL}, {"hex", mv_hex, 0, NULL},
    {"release", mv_release, 0, NULL}, {"__enter__", mv_enter, 0, NULL}, {"__exit__", mv_exit, 0, NULL},
    {"cast", mv_cast, 0, NULL}, {"toreadonly", mv_toreadonly, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_memoryview = {
    .hdr = STATIC_TYPE_HDR,
    .name = "memoryview",
    .basicsize = sizeof(MemoryViewObj),
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .len = mv_len,
    .iter = mv_iter,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .new_ = mv_new,
    .traverse = mv_traverse,
    .finalize = mv_finalize,
};

int memoryview_setup(VM *vm) {
    buffer_register(&type_bytes, bytes_export);
    buffer_register(&type_bytearray, bytearray_export);
    if (type_ready(vm, &type_memory_iterator) < 0) return -1;
    if (type_add_methods(vm, &type_memoryview, mv_methods) < 0) return -1;
    return type_add_getsets(vm, &type_memoryview, mv_getsets);
}

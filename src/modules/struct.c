/*
** struct.c -- the struct module: pack and unpack C values described by a
** format string ("<iH2s"), with CPython 3.11's sizes, alignment and
** messages. A format is compiled into a list of codes (StructCode) once;
** Struct objects keep theirs, the module functions compile on each call.
*/
#include <math.h>
#include <stdlib.h>

#include "objects/buffer.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "compiler/opcodes.h"
#include "runtime/import.h"
#include "runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

Value struct_module_init(VM *vm);

Type type_struct_error = {
    .hdr = STATIC_TYPE_HDR,
    .name = "struct.error",
    .base = &type_Exception,
    .flags = TYPE_BASETYPE | TYPE_EXC_SUBCLASS | TYPE_INSTANCE_DICT,
    .basicsize = sizeof(ExcObj),
};

/* ---- compiling a format ---- */

typedef struct StructCode {
    char code;                /* format character */
    bool big;                 /* byte order of this value */
    bool native;              /* '@': native sizes and C conversions */
    bool std_be;              /* '>' / '!': 8-byte ints report "int too large" */
    uint32_t size;            /* bytes (for s/p: the field length) */
    size_t offset;
} StructCode;

typedef struct StructFormat {
    StructCode *codes;        /* malloc'ed; one per packed value */
    size_t ncodes;
    size_t size;              /* total bytes */
} StructFormat;

static bool host_is_big_endian(void) {
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 0;
}

/* Size of [c] in native ('@') or standard mode; 0 when [c] is no format char. */
static uint32_t code_size(char c, bool native) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

static Value struct_error(VM *vm, const char *msg) {
    return vm_raise(vm, &type_struct_error, "%s", msg);
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

/* Parse the repeat count at *p (if any); -1 with struct.error on overflow. */
static int parse_count(VM *vm, const char **p, const char *end, int64_t *count, bool *given) {
    *given = false;
    *count = 1;
    if (*p >= end || **p < '0' || **p > '9') return 0;
    int64_t n = 0;
    while (*p < end && **p >= '0' && **p <= '9') {
        if (n > (INT64_MAX - 9) / 10) {
            struct_error(vm, "total struct size too long");
            return -1;
        }
        n = n * 10 + (**p - '0');
        (*p)++;
    }
    *count = n;
    *given = true;
    return 0;
}

static int add_code(VM *vm, StructFormat *f, size_t *cap, StructCode c) {
    if (f->ncodes == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        StructCode *n = realloc(f->codes, ncap * sizeof(StructCode));
        if (!n) {
            vm_raise_nomem(vm);
            return -1;
        }
        f->codes = n;
        *cap = ncap;
    }
    f->codes[f->ncodes++] = c;
    return 0;
}

/* Walk the format once; with [f] NULL only the size is computed. */
static int compile_format(VM *vm, const char *s, size_t len, StructFormat *f) {
    const char *p = s, *end = s + len;
    bool native = true, big = host_is_big_endian(), std_be = false;
    if (p < end && (*p == '@' || *p == '=' || *p == '<' || *p == '>' || *p == '!')) {
        native = *p == '@';
        if (*p == '<') big = false;
        else if (*p == '>' || *p == '!') big = std_be = true;
        p++;
    }
    size_t cap = 0, total = 0;
    f->codes = NULL;
    f->ncodes = 0;
    if (memchr(s, '\0', len)) {
        struct_error(vm, "embedded null character");
        return -1;
    }
    while (p < end) {
        if (is_space(*p)) {
            p++;
            continue;
        }
        int64_t count;
        bool given;
        if (parse_count(vm, &p, end, &count, &given) < 0) goto fail;
        if (p >= end) {
            struct_error(vm, given ? "repeat count given without format specifier"
                                   : "bad char in struct format");
            goto fail;
        }
        char c = *p++;
        uint32_t size = code_size(c, native);
        if (size == 0) {
            struct_error(vm, "bad char in struct format");
            goto fail;
        }
        if (native && size > 1 && c != 's' && c != 'p') total = (total + size - 1) / size * size;
        bool bytes_field = c == 's' || c == 'p';
        uint64_t add = bytes_field || c == 'x' ? (uint64_t)count : (uint64_t)count * size;
        if (count > INT64_MAX / 8 || total > (uint64_t)INT64_MAX - add) {
            struct_error(vm, "total struct size too long");
            goto fail;
        }
        StructCode sc = {.code = c, .big = big, .native = native, .std_be = std_be, .size = size};
        if (bytes_field) {
            if ((uint64_t)count > UINT32_MAX) {
                struct_error(vm, "total struct size too long");
                goto fail;
            }
            sc.size = (uint32_t)count;
            sc.offset = total;
            if (add_code(vm, f, &cap, sc) < 0) goto fail;
        } else if (c != 'x') {
            for (int64_t i = 0; i < count; i++) {
                sc.offset = total + (size_t)i * size;
                if (add_code(vm, f, &cap, sc) < 0) goto fail;
            }
        }
        total += add;
    }
    f->size = total;
    return 0;
fail:
    free(f->codes);
    f->codes = NULL;
    return -1;
}

/* The format argument as text: a str or bytes. */
static int format_text(VM *vm, Value fmt, const char **s, size_t *len) {
    if (val_is_str(fmt)) {
        *s = as_str(fmt)->data;
        *len = as_str(fmt)->size;
        return 0;
    }
    if (val_isinstance(fmt, &type_bytes)) {
        *s = (const char *)((BytesObj *)val_as_obj(fmt))->data;
        *len = ((BytesObj *)val_as_obj(fmt))->len;
        return 0;
    }
    vm_raise(vm, &type_TypeError, "Struct() argument 1 must be a str or bytes object, not %T", fmt);
    return -1;
}

static int compile_value(VM *vm, Value fmt, StructFormat *f) {
    const char *s;
    size_t len;
    if (format_text(vm, fmt, &s, &len) < 0) return -1;
    return compile_format(vm, s, len, f);
}

/* ---- packing one value ---- */

static void store_uint(uint8_t *p, uint64_t v, uint32_t size, bool big) {
    for (uint32_t i = 0; i < size; i++) {
        uint8_t b = (uint8_t)(v >> (8 * i));
        p[big ? size - 1 - i : i] = b;
    }
}

static uint64_t load_uint(const uint8_t *p, uint32_t size, bool big) {
    uint64_t v = 0;
    for (uint32_t i = 0; i < size; i++) v |= (uint64_t)p[big ? size - 1 - i : i] << (8 * i);
    return v;
}

static bool code_is_signed(char c) {
    return c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
}

/* The argument as an int object (by __index__); struct.error otherwise. */
static Value int_argument(VM *vm, Value v) {
    if (val_is_intlike(v)) return v;
    Type *t = val_type(v);
    if (t->number && t->number->index) return obj_index(vm, v);
    return struct_error(vm, "required argument is not an integer");
}

/* v as int64 / uint64; false (no exception) when it does not fit. */
static bool int_to_i64(VM *vm, Value v, int64_t *out) {
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return true;
    }
    if (int_as_i64(vm, v, out) == 0) return true;
    vm_clear_exc(vm);
    return false;
}

static bool int_to_u64(VM *vm, Value v, uint64_t *out) {
    int64_t i;
    if (int_to_i64(vm, v, &i)) {
        if (i < 0) return false;
        *out = (uint64_t)i;
        return true;
    }
    /* between 2**63 and 2**64: split by shifting */
    Value hi = obj_binary_op(vm, v, val_from_small(32), BINOP_RSHIFT);
    if (val_is_error(hi)) {
        vm_clear_exc(vm);
        return false;
    }
    int64_t h;
    if (!int_to_i64(vm, hi, &h) || h < 0 || h > (int64_t)UINT32_MAX) return false;
    Value lo = obj_binary_op(vm, v, val_from_small(0xFFFFFFFF), BINOP_AND);
    int64_t l;
    if (val_is_error(lo) || !int_to_i64(vm, lo, &l)) {
        vm_clear_exc(vm);
        return false;
    }
    *out = ((uint64_t)h << 32) | (uint64_t)l;
    return true;
}

static int range_error(VM *vm, const StructCode *c, bool is_signed) {
    if (c->size == 1 || (c->size == 2 && !c->std_be)) {
        const char *what = c->size == 1 ? (is_signed ? "byte" : "ubyte") : (is_signed ? "short" : "ushort");
        if (is_signed)
            vm_raise(vm, &type_struct_error, "%s format requires %lld <= number <= %lld", what,
                     -(1LL << (8 * c->size - 1)), (1LL << (8 * c->size - 1)) - 1);
        else
            vm_raise(vm, &type_struct_error, "%s format requires 0 <= number <= %lld", what,
                     (1LL << (8 * c->size)) - 1);
    } else if (is_signed) {
        vm_raise(vm, &type_struct_error, "'%c' format requires %lld <= number <= %lld", c->code,
                 -(1LL << (8 * c->size - 1)), (1LL << (8 * c->size - 1)) - 1);
    } else {
        vm_raise(vm, &type_struct_error, "'%c' format requires 0 <= number <= %lld", c->code,
                 (1LL << (8 * c->size)) - 1);
    }
    return -1;
}

/* An 8-byte value that does not fit: big-endian standard formats word it
** as the int conversion does, the others as "argument out of range". */
static int out_of_range(VM *vm, const StructCode *c) {
    if (c->size == 8 && c->std_be && c->code != 'd')
        vm_raise(vm, &type_struct_error, "int too large to convert");
    else
        struct_error(vm, "argument out of range");
    return -1;
}

static int pack_int(VM *vm, const StructCode *c, Value v, uint8_t *p) {
    v = int_argument(vm, v);
    if (val_is_error(v)) return -1;
    bool is_signed = code_is_signed(c->code);
    uint64_t bits;
    if (c->code == 'P') {
        int64_t i;
        if (int_to_i64(vm, v, &i)) bits = (uint64_t)i;
        else if (!int_to_u64(vm, v, &bits)) return struct_error(vm, "int too large to convert"), -1;
    } else if (is_signed || c->size == 1 || (c->size == 2 && !c->std_be)) {
        int64_t i;
        if (!int_to_i64(vm, v, &i)) return out_of_range(vm, c);
        if (c->size < 8) {
            int64_t lo = is_signed ? -(1LL << (8 * c->size - 1)) : 0;
            int64_t hi = is_signed ? (1LL << (8 * c->size - 1)) - 1 : (1LL << (8 * c->size)) - 1;
            if (i < lo || i > hi) return range_error(vm, c, is_signed);
        }
        bits = (uint64_t)i;
    } else {
        if (!int_to_u64(vm, v, &bits)) return out_of_range(vm, c);
        if (c->size < 8 && bits > ((1ULL << (8 * c->size)) - 1)) return range_error(vm, c, false);
    }
    store_uint(p, bits, c->size, c->big);
    return 0;
}

/* IEEE half precision, round half to even (CPython's PyFloat_Pack2). */
static int pack_half(VM *vm, double x, uint16_t *out) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    if (a == 0.0) {
        *out = sign;
        return 0;
    }
    int e;
    double f = frexp(a, &e);  /* a = f * 2**e, 0.5 <= f < 1 */
    /* normalise to 1 <= m < 2 with exponent e-1 */
    e -= 1;
    f *= 2.0;
    uint32_t bits;
    if (e < -14) {
        /* subnormal: value / 2**-24 rounded */
        double scaled = ldexp(a, 24);
        double r = nearbyint(scaled);
        bits = (uint32_t)r;  /* 0x400 when rounded up to 2**-14: still right */
        *out = sign | (uint16_t)bits;
        return 0;
    }
    double mant = ldexp(f - 1.0, 10);  /* 0 <= mant < 1024 */
    double r = nearbyint(mant);
    uint32_t m = (uint32_t)r;
    if (m == 1024) {
        m = 0;
        e += 1;
    }
    if (e > 15) {
        vm_raise(vm, &type_OverflowError, "float too large to pack with e format");
        return -1;
    }
    bits = ((uint32_t)(e + 15) << 10) | m;
    *out = sign | (uint16_t)bits;
    return 0;
}

static double unpack_half(uint16_t h) {
    int sign = h >> 15, e = (h >> 10) & 0x1f;
    unsigned m = h & 0x3ff;
    double x;
    if (e == 0x1f) x = m ? NAN : INFINITY;
    else if (e == 0) x = ldexp((double)m, -24);
    else x = ldexp((double)(m | 0x400), e - 25);
    return sign ? -x : x;
}

/* The argument as a double (float, __float__, __index__); struct.error otherwise. */
static int float_argument(VM *vm, Value v, double *out) {
    if (val_is_float(v)) {
        *out = val_as_float(v);
        return 0;
    }
    Type *t = val_type(v);
    if (val_isinstance(v, &type_float) || val_is_intlike(v) ||
        (t->number && (t->number->float_ || t->number->index))) {
        Value f = val_isinstance(v, &type_float) || (t->number && t->number->float_)
                      ? (t->number && t->number->float_ ? t->number->float_(vm, v) : v)
                      : obj_index(vm, v);
        if (val_is_error(f)) return -1;
        if (val_is_float(f)) {
            *out = val_as_float(f);
            return 0;
        }
        bool overflow = false;
        *out = int_as_double(vm, f, &overflow);
        if (overflow) {
            vm_raise(vm, &type_OverflowError, "int too large to convert to float");
            return -1;
        }
        return 0;
    }
    struct_error(vm, "required argument is not a float");
    return -1;
}

static int pack_float(VM *vm, const StructCode *c, Value v, uint8_t *p) {
    double x;
    if (float_argument(vm, v, &x) < 0) return -1;
    if (c->code == 'e') {
        uint16_t h;
        if (pack_half(vm, x, &h) < 0) return -1;
        store_uint(p, h, 2, c->big);
    } else if (c->code == 'f') {
        float fl = (float)x;
        if (!c->native && isinf(fl) && !isinf(x)) {
            vm_raise(vm, &type_OverflowError, "float too large to pack with f format");
            return -1;
        }
        uint32_t bits;
        memcpy(&bits, &fl, 4);
        store_uint(p, bits, 4, c->big);
    } else {
        uint64_t bits;
        memcpy(&bits, &x, 8);
        store_uint(p, bits, 8, c->big);
    }
    return 0;
}

static int pack_bytes_field(VM *vm, const StructCode *c, Value v, uint8_t *p) {
    const uint8_t *d;
    size_t n;
    if (!(val_isinstance(v, &type_bytes) || val_isinstance(v, &type_bytearray)) || !bytes_view(v, &d, &n)) {
        vm_raise(vm, &type_struct_error, "argument for '%c' must be a bytes object", c->code);
        return -1;
    }
    if (c->code == 's') {
        size_t k = n < c->size ? n : c->size;
        if (k) memcpy(p, d, k);
        return 0;
    }
    if (c->size == 0) return 0;
    size_t k = n < c->size - 1 ? n : c->size - 1;
    if (k) memcpy(p + 1, d, k);
    p[0] = (uint8_t)(k > 255 ? 255 : k);
    return 0;
}

static int pack_one(VM *vm, const StructCode *c, Value v, uint8_t *p) {
    switch (c->code) {
    case 'c': {
        if (!val_isinstance(v, &type_bytes) || ((BytesObj *)val_as_obj(v))->len != 1) {
            struct_error(vm, "char format requires a bytes object of length 1");
            return -1;
        }
        p[0] = ((BytesObj *)val_as_obj(v))->data[0];
        return 0;
    }
    case '?': {
        int t = obj_truthy(vm, v);
        if (t < 0) return -1;
        p[0] = (uint8_t)t;
        return 0;
    }
    case 's': case 'p': return pack_bytes_field(vm, c, v, p);
    case 'e': case 'f': case 'd': return pack_float(vm, c, v, p);
    default: return pack_int(vm, c, v, p);
    }
}

/* Pack args into [out] (f->size bytes, zeroed by the caller). */
static int pack_values(VM *vm, const StructFormat *f, Value *args, uint8_t *out) {
    for (size_t i = 0; i < f->ncodes; i++)
        if (pack_one(vm, &f->codes[i], args[i], out + f->codes[i].offset) < 0) return -1;
    return 0;
}

/* ---- unpacking ---- */

static Value unpack_one(VM *vm, const StructCode *c, const uint8_t *p) {
    switch (c->code) {
    case 'c': return bytes_new(vm, p, 1);
    case '?': return val_from_bool(p[0] != 0);
    case 's': return bytes_new(vm, p, c->size);
    case 'p': {
        if (c->size == 0) return bytes_new(vm, p, 0);
        size_t n = p[0];
        if (n >= c->size) n = c->size - 1;
        return bytes_new(vm, p + 1, n);
    }
    case 'e': return val_from_float(unpack_half((uint16_t)load_uint(p, 2, c->big)));
    case 'f': {
        uint32_t bits = (uint32_t)load_uint(p, 4, c->big);
        float fl;
        memcpy(&fl, &bits, 4);
        return val_from_float((double)fl);
    }
    case 'd': {
        uint64_t bits = load_uint(p, 8, c->big);
        double d;
        memcpy(&d, &bits, 8);
        return val_from_float(d);
    }
    default: break;
    }
    uint64_t bits = load_uint(p, c->size, c->big);
    if (code_is_signed(c->code)) {
        if (c->size < 8 && (bits >> (8 * c->size - 1)) & 1) bits |= ~0ULL << (8 * c->size);
        return int_from_i64(vm, (int64_t)bits);
    }
    return int_from_u64(vm, bits);
}

static Value unpack_values(VM *vm, const StructFormat *f, const uint8_t *data) {
    Value t = tuple_new(vm, f->ncodes);
    if (val_is_error(t)) return t;
    for (size_t i = 0; i < f->ncodes; i++) {
        Value v = unpack_one(vm, &f->codes[i], data + f->codes[i].offset);
        if (val_is_error(v)) return v;
        as_tuple(t)->items[i] = v;
    }
    return t;
}


/* A readable buffer argument: anything exporting contiguous memory. */
static int read_buffer(VM *vm, Value v, const uint8_t **data, size_t *len) {
    if (!bytes_view(v, data, len)) {
        vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", v);
        return -1;
    }
    return 0;
}

/* ---- the operations, shared by the module functions and Struct ---- */

static Value do_pack(VM *vm, const StructFormat *f, Value *args, int nargs) {
    if ((size_t)nargs != f->ncodes)
        return vm_raise(vm, &type_struct_error, "pack expected %zu items for packing (got %d)",
                        f->ncodes, nargs);
    uint8_t *out;
    Value b = bytes_alloc(vm, &type_bytes, f->size, &out);
    if (val_is_error(b)) return b;
    memset(out, 0, f->size);
    gc_push_root(vm, &b);
    int r = pack_values(vm, f, args, out);
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : b;
}

static Value do_unpack(VM *vm, const StructFormat *f, Value buffer) {
    const uint8_t *d;
    size_t n;
    if (read_buffer(vm, buffer, &d, &n) < 0) return VAL_ERROR;
    if (n != f->size)
        return vm_raise(vm, &type_struct_error, "unpack requires a buffer of %zu bytes", f->size);
    return unpack_values(vm, f, d);
}

/* Resolve a possibly negative offset into a buffer of [len] bytes. */
static int resolve_offset(VM *vm, Value voff, size_t len, size_t need, bool packing,
                          size_t *out) {
    int64_t off = 0;
    if (!val_is_null(voff) && arg_ssize(vm, voff, &off) < 0) return -1;
    int64_t n = (int64_t)len;
    if (off < 0) {
        if (off + n < 0) {
            vm_raise(vm, &type_struct_error, "offset %lld out of range for %lld-byte buffer",
                     (long long)off, (long long)n);
            return -1;
        }
        if (n - (off + n) < (int64_t)need) {
            vm_raise(vm, &type_struct_error, packing ? "no space to pack %zu bytes at offset %lld"
                                                      : "not enough data to unpack %zu bytes at offset %lld",
                     need, (long long)off);
            return -1;
        }
        off += n;
    } else if (n - off < (int64_t)need) {
        if (packing)
            vm_raise(vm, &type_struct_error,
                     "pack_into requires a buffer of at least %llu bytes for packing %zu bytes at offset %lld (actual buffer size is %lld)",
                     (unsigned long long)need + (unsigned long long)off, need, (long long)off, (long long)n);
        else
            vm_raise(vm, &type_struct_error,
                     "unpack_from requires a buffer of at least %llu bytes for unpacking %zu bytes at offset %lld (actual buffer size is %lld)",
                     (unsigned long long)need + (unsigned long long)off, need, (long long)off, (long long)n);
        return -1;
    }
    *out = (size_t)off;
    return 0;
}

static Value do_unpack_from(VM *vm, const StructFormat *f, Value buffer, Value voff) {
    const uint8_t *d;
    size_t n, off;
    if (read_buffer(vm, buffer, &d, &n) < 0) return VAL_ERROR;
    if (resolve_offset(vm, voff, n, f->size, false, &off) < 0) return VAL_ERROR;
    return unpack_values(vm, f, d + off);
}

/* A writable buffer: bytearray, array.array, a writable memoryview... */
static int write_buffer(VM *vm, Value v, uint8_t **data, size_t *len) {
    Buffer b;
    if (buffer_of(v, &b) && !b.readonly) {
        *data = b.buf;
        *len = b.len;
        return 0;
    }
    vm_raise(vm, &type_TypeError, "argument must be read-write bytes-like object, not %T", v);
    return -1;
}

/* pack_into(buffer, offset, *values) with args after the format. */
static Value do_pack_into(VM *vm, const StructFormat *f, Value *args, int nargs) {
    if (nargs < 1) return struct_error(vm, "pack_into expected buffer argument");
    if (nargs < 2) return struct_error(vm, "pack_into expected offset argument");
    if ((size_t)(nargs - 2) != f->ncodes)
        return vm_raise(vm, &type_struct_error, "pack_into expected %zu items for packing (got %d)",
                        f->ncodes, nargs - 2);
    uint8_t *d;
    size_t n, off;
    if (write_buffer(vm, args[0], &d, &n) < 0) return VAL_ERROR;
    if (resolve_offset(vm, args[1], n, f->size, true, &off) < 0) return VAL_ERROR;
    /* pack into a scratch copy first: converting a value may run Python code */
    uint8_t *tmp = calloc(f->size ? f->size : 1, 1);
    if (!tmp) return vm_raise_nomem(vm);
    memcpy(tmp, d + off, f->size);
    int r = pack_values(vm, f, args + 2, tmp);
    if (r == 0) {
        if (write_buffer(vm, args[0], &d, &n) < 0 || off + f->size > n) r = -1;
        else memcpy(d + off, tmp, f->size);
        if (r < 0 && !val_is_obj(vm->exc)) struct_error(vm, "buffer changed size while packing");
    }
    free(tmp);
    return r < 0 ? VAL_ERROR : VAL_NONE;
}

/* ---- Struct objects ---- */

typedef struct StructObj {
    Obj hdr;
    Value format;             /* str */
    StructFormat f;
} StructObj;

static inline StructObj *as_struct(Value v) { return (StructObj *)val_as_obj(v); }

static void struct_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((StructObj *)o)->format); }
static void struct_finalize(Obj *o) { free(((StructObj *)o)->f.codes); }

extern Type type_Struct;
extern Type type_unpack_iterator;

static Value struct_make(VM *vm, Type *cls, Value fmt) {
    StructFormat f;
    if (compile_value(vm, fmt, &f) < 0) return VAL_ERROR;
    Value text = fmt;
    if (!val_is_str(fmt)) {
        BytesObj *b = (BytesObj *)val_as_obj(fmt);
        text = bytes_decode(vm, b->data, b->len, "ascii", "strict");
        if (val_is_error(text)) {
            free(f.codes);
            return text;
        }
    }
    gc_push_root(vm, &text);
    StructObj *s = gc_alloc_instance(vm, cls, sizeof(StructObj));
    gc_pop_roots(vm, 1);
    if (!s) {
        free(f.codes);
        return VAL_ERROR;
    }
    s->format = text;
    s->f = f;
    return val_from_obj(s);
}

static Value struct_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"format", NULL};
    Value fmt = VAL_NULL;
    if (nargs == 0 && no_kwargs(kwnames))
        return vm_raise(vm, &type_TypeError, "Struct() missing required argument 'format' (pos 1)");
    if (vm_parse_args(vm, "Struct", args, nargs, kwnames, names, 1, 0, &fmt) < 0) return VAL_ERROR;
    return struct_make(vm, cls, fmt);
}

static bool is_struct(Value v) { return val_isinstance(v, &type_Struct); }

static Value struct_self_error(VM *vm, const char *name, Value self) {
    return vm_raise(vm, &type_TypeError, "descriptor '%s' requires a '_struct.Struct' object but received a '%T'",
                    name, self);
}

static Value Struct_pack(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!is_struct(args[0])) return struct_self_error(vm, "pack", args[0]);
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "pack() takes no keyword arguments");
    return do_pack(vm, &as_struct(args[0])->f, args + 1, nargs - 1);
}

static Value Struct_pack_into(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!is_struct(args[0])) return struct_self_error(vm, "pack_into", args[0]);
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "pack_into() takes no keyword arguments");
    return do_pack_into(vm, &as_struct(args[0])->f, args + 1, nargs - 1);
}

static Value Struct_unpack(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "unpack", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    return do_unpack(vm, &as_struct(args[0])->f, args[1]);
}

static Value Struct_unpack_from(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"buffer", "offset", NULL};
    Value a[2];
    if (vm_parse_args(vm, "unpack_from", args + 1, nargs - 1, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    return do_unpack_from(vm, &as_struct(args[0])->f, a[0], a[1]);
}

/* ---- unpack_iterator ---- */

typedef struct UnpackIterObj {
    Obj hdr;
    Value st;                 /* the Struct */
    Value buffer;             /* a bytes copy of the data */
    size_t pos;
} UnpackIterObj;

static void unpack_iter_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((UnpackIterObj *)o)->st);
    gc_visit(gv, ((UnpackIterObj *)o)->buffer);
}

static Value iter_unpack_make(VM *vm, Value st, Value buffer) {
    StructFormat *f = &as_struct(st)->f;
    const uint8_t *d;
    size_t n;
    if (f->size == 0) return struct_error(vm, "cannot iteratively unpack with a struct of length 0");
    if (read_buffer(vm, buffer, &d, &n) < 0) return VAL_ERROR;
    if (n % f->size)
        return vm_raise(vm, &type_struct_error,
                        "iterative unpacking requires a buffer of a multiple of %zu bytes", f->size);
    Value copy = val_isinstance(buffer, &type_bytes) ? buffer : bytes_new(vm, d, n);
    if (val_is_error(copy)) return copy;
    gc_push_root(vm, &st);
    gc_push_root(vm, &copy);
    UnpackIterObj *it = gc_alloc(vm, &type_unpack_iterator, sizeof(UnpackIterObj));
    gc_pop_roots(vm, 2);
    if (!it) return VAL_ERROR;
    it->st = st;
    it->buffer = copy;
    it->pos = 0;
    return val_from_obj(it);
}

static Value unpack_iter_next(VM *vm, Value self) {
    UnpackIterObj *it = (UnpackIterObj *)val_as_obj(self);
    BytesObj *b = (BytesObj *)val_as_obj(it->buffer);
    StructFormat *f = &as_struct(it->st)->f;
    if (it->pos + f->size > b->len) return VAL_NULL;
    Value r = unpack_values(vm, f, b->data + it->pos);
    if (!val_is_error(r)) it->pos += f->size;
    return r;
}

static Value unpack_iter_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    UnpackIterObj *it = (UnpackIterObj *)val_as_obj(args[0]);
    BytesObj *b = (BytesObj *)val_as_obj(it->buffer);
    size_t size = as_struct(it->st)->f.size;
    return val_from_small((int64_t)((b->len - it->pos) / size));
}

static Value iter_self(VM *vm, Value self) { return self; }

static const MethodDef unpack_iter_methods[] = {
    {"__length_hint__", unpack_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_unpack_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIterObj),
    .iter = iter_self,
    .iternext = unpack_iter_next,
    .traverse = unpack_iter_traverse,
};

static Value Struct_iter_unpack(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "iter_unpack", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    return iter_unpack_make(vm, args[0], args[1]);
}

static Value Struct_get_format(VM *vm, Value self) { return as_struct(self)->format; }
static Value Struct_get_size(VM *vm, Value self) { return val_from_small((int64_t)as_struct(self)->f.size); }

static const MethodDef struct_methods[] = {
    {"pack", Struct_pack, 0, NULL},
    {"pack_into", Struct_pack_into, 0, NULL},
    {"unpack", Struct_unpack, 0, NULL},
    {"unpack_from", Struct_unpack_from, 0, NULL},
    {"iter_unpack", Struct_iter_unpack, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef struct_getsets[] = {
    {"format", Struct_get_format, NULL},
    {"size", Struct_get_size, NULL},
    {NULL, NULL, NULL},
};

Type type_Struct = {
    .hdr = STATIC_TYPE_HDR,
    .name = "_struct.Struct",
    .basicsize = sizeof(StructObj),
    .flags = TYPE_BASETYPE,
    .new_ = struct_new,
    .traverse = struct_traverse,
    .finalize = struct_finalize,
};

/* ---- the module functions ---- */

/* A temporary Struct for [fmt] (the module functions compile each call). */
static Value temp_struct(VM *vm, Value fmt) { return struct_make(vm, &type_Struct, fmt); }

static Value mod_pack(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "pack() takes no keyword arguments");
    if (nargs < 1) return vm_raise(vm, &type_TypeError, "missing format argument");
    StructFormat f;
    if (compile_value(vm, args[0], &f) < 0) return VAL_ERROR;
    Value r = do_pack(vm, &f, args + 1, nargs - 1);
    free(f.codes);
    return r;
}

static Value mod_pack_into(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "pack_into() takes no keyword arguments");
    if (nargs < 1) return vm_raise(vm, &type_TypeError, "missing format argument");
    StructFormat f;
    if (compile_value(vm, args[0], &f) < 0) return VAL_ERROR;
    Value r = do_pack_into(vm, &f, args + 1, nargs - 1);
    free(f.codes);
    return r;
}

static Value mod_unpack(VM *vm, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames)) return vm_raise(vm, &type_TypeError, "unpack() takes no keyword arguments");
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "unpack expected 2 arguments, got %d", nargs);
    StructFormat f;
    if (compile_value(vm, args[0], &f) < 0) return VAL_ERROR;
    Value r = do_unpack(vm, &f, args[1]);
    free(f.codes);
    return r;
}

static Value mod_unpack_from(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"format", "buffer", "offset", NULL};
    Value a[3];
    if (vm_parse_args(vm, "unpack_from", args, nargs, kwnames, names, 2, 1, a) < 0) return VAL_ERROR;
    StructFormat f;
    if (compile_value(vm, a[0], &f) < 0) return VAL_ERROR;
    Value r = do_unpack_from(vm, &f, a[1], a[2]);
    free(f.codes);
    return r;
}

static Value mod_iter_unpack(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "iter_unpack", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    Value st = temp_struct(vm, args[0]);
    if (val_is_error(st)) return st;
    return iter_unpack_make(vm, st, args[1]);
}

static Value mod_calcsize(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "calcsize", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    StructFormat f;
    if (compile_value(vm, args[0], &f) < 0) return VAL_ERROR;
    free(f.codes);
    return int_from_u64(vm, f.size);
}

static Value mod_clearcache(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "_clearcache", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static const MethodDef struct_functions[] = {
    {"pack", mod_pack, 0, NULL},
    {"pack_into", mod_pack_into, 0, NULL},
    {"unpack", mod_unpack, 0, NULL},
    {"unpack_from", mod_unpack_from, 0, NULL},
    {"iter_unpack", mod_iter_unpack, 0, NULL},
    {"calcsize", mod_calcsize, 0, NULL},
    {"_clearcache", mod_clearcache, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int ready_struct_types(VM *vm) {
    if (type_ready(vm, &type_struct_error) < 0 || type_ready(vm, &type_Struct) < 0 ||
        type_ready(vm, &type_unpack_iterator) < 0)
        return -1;
    if (type_add_methods(vm, &type_Struct, struct_methods) < 0 ||
        type_add_getsets(vm, &type_Struct, struct_getsets) < 0 ||
        type_add_methods(vm, &type_unpack_iterator, unpack_iter_methods) < 0)
        return -1;
    return 0;
}

Value struct_module_init(VM *vm) {
    if (ready_struct_types(vm) < 0) return VAL_ERROR;
    Value m = native_module_new(vm, "struct", struct_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    if (dict_set_cstr(vm, d, "Struct", val_from_obj(&type_Struct)) < 0 ||
        dict_set_cstr(vm, d, "error", val_from_obj(&type_struct_error)) < 0)
        return VAL_ERROR;
    return m;
}

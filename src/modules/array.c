/*
** array.c -- the array module: array.array, a compact sequence of C
** values of one type code (b B u h H i I l L q Q f d), stored as raw bytes
** in native order, with CPython 3.11's conversions and messages.
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

Value array_module_init(VM *vm);

typedef struct ArrayObj {
    Obj hdr;
    char typecode;
    uint8_t itemsize;
    size_t len, cap;          /* in items */
    uint8_t *data;            /* gc_malloc'ed, cap * itemsize bytes */
    int64_t exports;          /* live memoryviews: the size is fixed while any */
} ArrayObj;

extern Type type_array;
extern Type type_arrayiterator;

static inline ArrayObj *as_array(Value v) { return (ArrayObj *)val_as_obj(v); }
static bool is_array(Value v) { return val_isinstance(v, &type_array); }

static const char TYPECODES[] = "bBuhHiIlLqQfd";

static int typecode_size(char c) {
    switch (c) {
    case 'b': case 'B': return 1;
    case 'h': case 'H': return 2;
    case 'u': case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
    }
}

static bool is_float_code(char c) { return c == 'f' || c == 'd'; }

/* ---- storage ---- */

/* May a change its length to n? Not while memoryviews of it are alive. */
static int array_may_resize(VM *vm, ArrayObj *a, size_t n) {
    if (n == a->len) return 0;
    return buffer_check_resize(vm, &a->exports, "cannot resize an array that is exporting buffers");
}

static void array_finalize(Obj *o) {
    ArrayObj *a = (ArrayObj *)o;
    free(a->data);
    a->data = NULL;
}

static int array_reserve(VM *vm, ArrayObj *a, size_t n) {
    if (n <= a->cap) return 0;
    size_t cap = a->cap ? a->cap : 4;
    while (cap < n) {
        if (cap > SIZE_MAX / 2 / a->itemsize) {
            vm_raise_nomem(vm);
            return -1;
        }
        cap *= 2;
    }
    uint8_t *d = a->data ? gc_realloc(vm, a->data, a->cap * a->itemsize, cap * a->itemsize)
                         : gc_malloc(vm, cap * a->itemsize);
    if (!d) return -1;
    a->data = d;
    a->cap = cap;
    return 0;
}

static Value array_alloc(VM *vm, Type *cls, char typecode, size_t len) {
    ArrayObj *a = gc_alloc_instance(vm, cls, sizeof(ArrayObj));
    if (!a) return VAL_ERROR;
    a->typecode = typecode;
    a->itemsize = (uint8_t)typecode_size(typecode);
    a->len = 0;
    if (array_reserve(vm, a, len) < 0) return VAL_ERROR;
    a->len = len;
    if (len) memset(a->data, 0, len * a->itemsize);
    return val_from_obj(a);
}

/* ---- converting items ---- */

static Value item_get(VM *vm, ArrayObj *a, size_t i) {
    const uint8_t *p = a->data + i * a->itemsize;
    switch (a->typecode) {
    case 'b': return val_from_small(*(const int8_t *)p);
    case 'B': return val_from_small(*p);
    case 'h': { int16_t v; memcpy(&v, p, 2); return val_from_small(v); }
    case 'H': { uint16_t v; memcpy(&v, p, 2); return val_from_small(v); }
    case 'i': { int32_t v; memcpy(&v, p, 4); return val_from_small(v); }
    case 'I': { uint32_t v; memcpy(&v, p, 4); return val_from_small(v); }
    case 'l': case 'q': { int64_t v; memcpy(&v, p, 8); return int_from_i64(vm, v); }
    case 'L': case 'Q': { uint64_t v; memcpy(&v, p, 8); return int_from_u64(vm, v); }
    case 'f': { float v; memcpy(&v, p, 4); return val_from_float(v); }
    case 'd': { double v; memcpy(&v, p, 8); return val_from_float(v); }
    case 'u': {
        uint32_t cp;
        memcpy(&cp, p, 4);
        StrBuf sb;
        sb_init(&sb);
        sb_add_codepoint(&sb, cp);
        return sb_finish(vm, &sb);
    }
    }
    return VAL_NONE;
}

static Value overflow(VM *vm, const char *msg) { return vm_raise(vm, &type_OverflowError, "%s", msg); }

/* The int value of v by __index__, as int64 (fits) or as a wide bigint
** (*wide set, *neg its sign). */
static int index_value(VM *vm, Value v, int64_t *out, bool *wide, bool *neg) {
    *wide = false;
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    Value i = obj_index(vm, v);
    if (val_is_error(i)) return -1;
    if (int_as_i64(vm, i, out) == 0) return 0;
    vm_clear_exc(vm);
    *wide = true;
    *neg = obj_compare_bool(vm, i, val_from_small(0), CMPOP_LT) == 1;
    if (!*neg) {
        /* maybe it still fits in 64 unsigned bits */
        Value hi = obj_binary_op(vm, i, val_from_small(63), BINOP_RSHIFT);
        if (val_is_error(hi)) return -1;
        if (hi == val_from_small(1)) {
            Value lo = obj_binary_op(vm, i, int_from_i64(vm, INT64_MAX), BINOP_AND);
            if (val_is_error(lo)) return -1;
            int64_t l = val_is_int(lo) ? val_as_int(lo) : 0;
            if (!val_is_int(lo) && int_as_i64(vm, lo, &l) < 0) return -1;
            *out = (int64_t)((uint64_t)l | (1ULL << 63));
            *wide = false;
            *neg = false;
            return 2; /* an unsigned value above INT64_MAX */
        }
    }
    return 0;
}

/* Check an integer against the C type of a small typecode. */
static int small_range(VM *vm, char c, int64_t v) {
    static const struct { char c; int64_t lo, hi; const char *name; } r[] = {
        {'b', -128, 127, "signed char"}, {'B', 0, 255, "unsigned byte integer"},
        {'h', -32768, 32767, "signed short integer"}, {'H', 0, 65535, "unsigned short"},
        {'i', INT32_MIN, INT32_MAX, "signed integer"},
    };
    for (size_t k = 0; k < sizeof r / sizeof r[0]; k++) {
        if (r[k].c != c) continue;
        if (v < r[k].lo) return vm_raise(vm, &type_OverflowError, "%s is less than minimum", r[k].name), -1;
        if (v > r[k].hi) return vm_raise(vm, &type_OverflowError, "%s is greater than maximum", r[k].name), -1;
    }
    return 0;
}

static int set_int_item(VM *vm, char c, Value v, uint8_t *p) {
    int64_t i;
    bool wide = false, neg = false;
    int k = index_value(vm, v, &i, &wide, &neg);
    if (k < 0) return -1;
    bool above_i64 = k == 2;
    switch (c) {
    case 'b': case 'B': case 'h': case 'H': case 'i': case 'l':
        if (wide || above_i64) return overflow(vm, "Python int too large to convert to C long"), -1;
        /* CPython converts 'b' through a short and 'H' through an int first */
        if (c == 'b' && small_range(vm, 'h', i) < 0) return -1;
        if (c == 'H' && small_range(vm, 'i', i) < 0) return -1;
        if (small_range(vm, c, i) < 0) return -1;
        break;
    case 'I': case 'L':
        if ((wide && neg) || (!wide && !above_i64 && i < 0))
            return overflow(vm, "can't convert negative value to unsigned int"), -1;
        if (wide) return overflow(vm, "Python int too large to convert to C unsigned long"), -1;
        if (c == 'I' && (above_i64 || i > (int64_t)UINT32_MAX))
            return overflow(vm, "unsigned int is greater than maximum"), -1;
        break;
    case 'q':
        if (wide || above_i64) return overflow(vm, "int too big to convert"), -1;
        break;
    case 'Q':
        if ((wide && neg) || (!wide && !above_i64 && i < 0))
            return overflow(vm, "can't convert negative int to unsigned"), -1;
        if (wide) return overflow(vm, "int too big to convert"), -1;
        break;
    }
    switch (typecode_size(c)) {
    case 1: { uint8_t x = (uint8_t)i; memcpy(p, &x, 1); break; }
    case 2: { uint16_t x = (uint16_t)i; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)i; memcpy(p, &x, 4); break; }
    default: memcpy(p, &i, 8); break;
    }
    return 0;
}

static int set_float_item(VM *vm, char c, Value v, uint8_t *p) {
    double d;
    if (val_is_float(v)) {
        d = val_as_float(v);
    } else {
        Type *t = val_type(v);
        if (!val_isinstance(v, &type_float) && !val_is_intlike(v) &&
            !(t->number && (t->number->float_ || t->number->index))) {
            vm_raise(vm, &type_TypeError, "must be real number, not %T", v);
            return -1;
        }
        Value f = t->number && t->number->float_ ? t->number->float_(vm, v) : obj_index(vm, v);
        if (val_is_error(f)) return -1;
        if (val_is_float(f)) {
            d = val_as_float(f);
        } else {
            bool ovf = false;
            d = int_as_double(vm, f, &ovf);
            if (ovf) return overflow(vm, "int too large to convert to float"), -1;
        }
    }
    if (c == 'f') {
        float x = (float)d;
        memcpy(p, &x, 4);
    } else {
        memcpy(p, &d, 8);
    }
    return 0;
}

/* Convert [v] for typecode [c] into the bytes at [p]. */
static int item_set_raw(VM *vm, char c, Value v, uint8_t *p) {
    if (c == 'u') {
        if (!val_is_str(v) || as_str(v)->len != 1) {
            vm_raise(vm, &type_TypeError, "array item must be unicode character");
            return -1;
        }
        uint32_t cp = str_char_at(as_str(v), 0);
        memcpy(p, &cp, 4);
        return 0;
    }
    if (is_float_code(c)) return set_float_item(vm, c, v, p);
    return set_int_item(vm, c, v, p);
}

/* Append v (converted first, so a failure leaves the array unchanged). */
static int array_append_value(VM *vm, Value self, Value v) {
    uint8_t tmp[8];
    ArrayObj *a = as_array(self);
    if (item_set_raw(vm, a->typecode, v, tmp) < 0) return -1;
    a = as_array(self);
    if (array_may_resize(vm, a, a->len + 1) < 0) return -1;
    a = as_array(self);
    if (array_reserve(vm, a, a->len + 1) < 0) return -1;
    memcpy(a->data + a->len * a->itemsize, tmp, a->itemsize);
    a->len++;
    return 0;
}

static int array_extend_iterable(VM *vm, Value self, Value iterable) {
    Value *items;
    size_t n;
    if (seq_fast(iterable, &items, &n)) {
        /* re-read the items each time: a conversion may run Python code */
        for (size_t i = 0; seq_fast(iterable, &items, &n) && i < n; i++)
            if (array_append_value(vm, self, items[i]) < 0) return -1;
        return 0;
    }
    Value it = obj_iter(vm, iterable);
    if (val_is_error(it)) return -1;
    gc_push_root(vm, &it);
    gc_push_root(vm, &self);
    int r = 0;
    for (;;) {
        Value v = obj_next(vm, it);
        if (val_is_null(v)) break;
        if (val_is_error(v) || array_append_value(vm, self, v) < 0) {
            r = -1;
            break;
        }
    }
    gc_pop_roots(vm, 2);
    return r;
}

static int array_append_bytes(VM *vm, ArrayObj *a, const uint8_t *d, size_t n) {
    if (n % a->itemsize) {
        vm_raise(vm, &type_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    size_t k = n / a->itemsize;
    /* a.extend(a): the source moves with a's buffer when it grows */
    bool own = a->data && d >= a->data && d < a->data + a->len * a->itemsize;
    size_t at = own ? (size_t)(d - a->data) : 0;
    if (array_may_resize(vm, a, a->len + k) < 0) return -1;
    if (array_reserve(vm, a, a->len + k) < 0) return -1;
    if (own) d = a->data + at;
    if (n) memmove(a->data + a->len * a->itemsize, d, n);
    a->len += k;
    return 0;
}

static int array_append_unicode(VM *vm, ArrayObj *a, Value s) {
    StrObj *so = as_str(s);
    if (array_may_resize(vm, a, a->len + so->len) < 0) return -1;
    if (array_reserve(vm, a, a->len + so->len) < 0) return -1;
    for (size_t i = 0; i < so->len; i++) {
        uint32_t cp = str_char_at(so, i);
        memcpy(a->data + (a->len + i) * 4, &cp, 4);
    }
    a->len += so->len;
    return 0;
}

/* ---- construction ---- */

static Value bad_typecode(VM *vm) {
    return vm_raise(vm, &type_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
}

static int init_from(VM *vm, Value self, Value init) {
    ArrayObj *a = as_array(self);
    if (val_is_str(init)) {
        if (a->typecode != 'u') {
            vm_raise(vm, &type_TypeError, "cannot use a str to initialize an array with typecode '%c'", a->typecode);
            return -1;
        }
        return array_append_unicode(vm, a, init);
    }
    if (is_array(init)) {
        ArrayObj *o = as_array(init);
        if (o->typecode == 'u' && a->typecode != 'u') {
            vm_raise(vm, &type_TypeError, "cannot use a unicode array to initialize an array with typecode '%c'",
                     a->typecode);
            return -1;
        }
        if (o->typecode == a->typecode) return array_append_bytes(vm, a, o->data, o->len * o->itemsize);
        return array_extend_iterable(vm, self, init);
    }
    const uint8_t *d;
    size_t n;
    if ((val_isinstance(init, &type_bytes) || val_isinstance(init, &type_bytearray)) && bytes_view(init, &d, &n))
        return array_append_bytes(vm, a, d, n);
    return array_extend_iterable(vm, self, init);
}

static Value array_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (!no_kwargs(kwnames) && cls == &type_array)
        return vm_raise(vm, &type_TypeError, "array.array() takes no keyword arguments");
    if (nargs < 1) return vm_raise(vm, &type_TypeError, "array() takes at least 1 argument (0 given)");
    if (nargs > 2) return vm_raise(vm, &type_TypeError, "array() takes at most 2 arguments (%d given)", nargs);
    Value tc = args[0];
    if (!val_is_str(tc) || as_str(tc)->len != 1) {
        if (val_is_str(tc))
            return vm_raise(vm, &type_TypeError, "array() argument 1 must be a unicode character, not str");
        return vm_raise(vm, &type_TypeError, "array() argument 1 must be a unicode character, not %T", tc);
    }
    char c = as_str(tc)->data[0];
    if (as_str(tc)->size != 1 || !typecode_size(c)) return bad_typecode(vm);
    Value self = array_alloc(vm, cls, c, 0);
    if (val_is_error(self)) return self;
    if (nargs == 2) {
        gc_push_root(vm, &self);
        int r = init_from(vm, self, args[1]);
        gc_pop_roots(vm, 1);
        if (r < 0) return VAL_ERROR;
    }
    return self;
}

/* ---- sequence protocol ---- */

static int64_t array_len(VM *vm, Value self) { return (int64_t)as_array(self)->len; }

static int array_index_arg(VM *vm, Value self, Value key, int64_t *out, const char *msg) {
    int64_t i;
    if (seq_index(vm, key, &i) < 0) return -1;
    int64_t n = (int64_t)as_array(self)->len;
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        vm_raise(vm, &type_IndexError, "%s", msg);
        return -1;
    }
    *out = i;
    return 0;
}

static Value array_getslice(VM *vm, Value self, Value key) {
    ArrayObj *a = as_array(self);
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, key, (int64_t)a->len, &start, &stop, &step);
    if (n < 0) return VAL_ERROR;
    Value r = array_alloc(vm, &type_array, a->typecode, (size_t)n);
    if (val_is_error(r)) return r;
    ArrayObj *b = as_array(r);
    a = as_array(self);
    for (int64_t k = 0; k < n; k++)
        memcpy(b->data + k * a->itemsize, a->data + (start + k * step) * a->itemsize, a->itemsize);
    return r;
}

static Value array_getitem(VM *vm, Value self, Value key) {
    if (val_is_slice(key)) return array_getslice(vm, self, key);
    if (!val_is_index(key)) return vm_raise(vm, &type_TypeError, "array indices must be integers");
    int64_t i;
    if (array_index_arg(vm, self, key, &i, "array index out of range") < 0) return VAL_ERROR;
    return item_get(vm, as_array(self), (size_t)i);
}

static void array_delete_range(ArrayObj *a, size_t lo, size_t hi) {
    size_t sz = a->itemsize;
    if (a->len > hi) memmove(a->data + lo * sz, a->data + hi * sz, (a->len - hi) * sz);
    a->len -= hi - lo;
}

/* Delete an extended slice: keep the items not on it, in order. */
static void array_delete_slice(ArrayObj *a, int64_t start, int64_t step, int64_t n) {
    if (n <= 0) return;
    if (step < 0) {
        start = start + (n - 1) * step;
        step = -step;
    }
    if (step == 1) {
        array_delete_range(a, (size_t)start, (size_t)(start + n));
        return;
    }
    size_t sz = a->itemsize, w = (size_t)start;
    for (size_t r = (size_t)start; r < a->len; r++) {
        if (r >= (size_t)start && (int64_t)(r - (size_t)start) % step == 0 &&
            (int64_t)(r - (size_t)start) / step < n)
            continue;
        memmove(a->data + w * sz, a->data + r * sz, sz);
        w++;
    }
    a->len = w;
}

static int array_setslice(VM *vm, Value self, Value key, Value v) {
    ArrayObj *a = as_array(self);
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, key, (int64_t)a->len, &start, &stop, &step);
    if (n < 0) return -1;
    if (val_is_null(v)) {
        if (array_may_resize(vm, a, a->len - (size_t)n) < 0) return -1;
        array_delete_slice(a, start, step, n);
        return 0;
    }
    if (!is_array(v)) {
        vm_raise(vm, &type_TypeError, "can only assign array (not \"%s\") to array slice", type_name(val_type(v)));
        return -1;
    }
    ArrayObj *o = as_array(v);
    if (o->typecode != a->typecode) {
        vm_raise(vm, &type_TypeError, "bad argument type for built-in operation");
        return -1;
    }
    size_t sz = a->itemsize, m = o->len;
    uint8_t *copy = malloc(m * sz + 1);
    if (!copy) return vm_raise_nomem(vm), -1;
    if (m) memcpy(copy, o->data, m * sz);
    int r = 0;
    if (step == 1 && array_may_resize(vm, a, a->len - (size_t)n + m) < 0) {
        r = -1;
    } else if (step == 1) {
        size_t lo = (size_t)start, hi = (size_t)(start + n);
        if (m > (size_t)n && array_reserve(vm, a, a->len + m - (size_t)n) < 0) {
            r = -1;
        } else {
            if (a->len > hi) memmove(a->data + (lo + m) * sz, a->data + hi * sz, (a->len - hi) * sz);
            if (m) memcpy(a->data + lo * sz, copy, m * sz);
            a->len = a->len - (size_t)n + m;
        }
    } else if ((int64_t)m != n) {
        vm_raise(vm, &type_ValueError, "attempt to assign array of size %zu to extended slice of size %lld",
                 m, (long long)n);
        r = -1;
    } else {
        for (int64_t k = 0; k < n; k++) memcpy(a->data + (start + k * step) * sz, copy + k * sz, sz);
    }
    free(copy);
    return r;
}

static int array_setitem(VM *vm, Value self, Value key, Value v) {
    if (val_is_slice(key)) return array_setslice(vm, self, key, v);
    if (!val_is_index(key)) {
        vm_raise(vm, &type_TypeError, "array indices must be integers");
        return -1;
    }
    int64_t i;
    if (array_index_arg(vm, self, key, &i, "array assignment index out of range") < 0) return -1;
    ArrayObj *a = as_array(self);
    if (val_is_null(v)) {
        if (array_may_resize(vm, a, a->len - 1) < 0) return -1;
        array_delete_range(a, (size_t)i, (size_t)i + 1);
        return 0;
    }
    uint8_t tmp[8];
    if (item_set_raw(vm, a->typecode, v, tmp) < 0) return -1;
    a = as_array(self);
    if ((size_t)i < a->len) memcpy(a->data + (size_t)i * a->itemsize, tmp, a->itemsize);
    return 0;
}

/* Index of the first item equal to v in [lo, hi), -1 if none, -2 on error. */
static int64_t array_find(VM *vm, Value self, Value v, int64_t lo, int64_t hi) {
    Value x = VAL_NONE;
    gc_push_root(vm, &self);
    gc_push_root(vm, &v);
    gc_push_root(vm, &x);
    int64_t found = -1;
    for (int64_t i = lo; i < hi && i < (int64_t)as_array(self)->len; i++) {
        x = item_get(vm, as_array(self), (size_t)i);
        if (val_is_error(x)) {
            found = -2;
            break;
        }
        int eq = obj_eq(vm, x, v);
        if (eq < 0) {
            found = -2;
            break;
        }
        if (eq) {
            found = i;
            break;
        }
    }
    gc_pop_roots(vm, 3);
    return found;
}

static int array_contains(VM *vm, Value self, Value v) {
    int64_t i = array_find(vm, self, v, 0, INT64_MAX);
    return i == -2 ? -1 : i >= 0;
}

static Value m_tounicode(VM *vm, Value *args, int nargs, Value kw);

static Value array_repr(VM *vm, Value self) {
    ArrayObj *a = as_array(self);
    /* the bare type name, as CPython's array repr shows it */
    const char *tn = val_type(self) == &type_array ? "array" : type_name(val_type(self));
    if (a->len == 0) return str_format(vm, "%s('%c')", tn, a->typecode);
    Value inner;
    if (a->typecode == 'u') {
        Value s = m_tounicode(vm, &self, 1, VAL_NULL);
        if (val_is_error(s)) return s;
        inner = obj_repr(vm, s);
    } else {
        Value lst = list_new(vm, 0);
        if (val_is_error(lst)) return lst;
        gc_push_root(vm, &lst);
        for (size_t i = 0; i < as_array(self)->len; i++) {
            Value x = item_get(vm, as_array(self), i);
            if (val_is_error(x) || list_append(vm, lst, x) < 0) {
                gc_pop_roots(vm, 1);
                return VAL_ERROR;
            }
        }
        inner = obj_repr(vm, lst);
        gc_pop_roots(vm, 1);
    }
    if (val_is_error(inner)) return inner;
    return str_format(vm, "%s('%c', %U)", tn, as_array(self)->typecode, inner);
}

static Value array_tolist_value(VM *vm, Value self) {
    Value lst = list_new(vm, as_array(self)->len);
    if (val_is_error(lst)) return lst;
    for (size_t i = 0; i < as_array(self)->len && i < as_list(lst)->len; i++) {
        Value x = item_get(vm, as_array(self), i);
        if (val_is_error(x)) return x;
        as_list(lst)->items[i] = x;
    }
    return lst;
}

/* Item equality as CPython's array sees it: floats by value (a NaN is
** never equal, not even to itself), others by ==. */
static int array_item_eq(VM *vm, Value x, Value y) {
    if (val_is_float(x) && val_is_float(y)) return val_as_float(x) == val_as_float(y);
    return obj_eq(vm, x, y);
}

/* Lexicographic comparison; a and b are rooted by the caller. */
static Value array_compare_items(VM *vm, Value a, Value b, int op) {
    size_t i = 0;
    Value x = VAL_NONE, y = VAL_NONE;
    gc_push_root(vm, &x);
    gc_push_root(vm, &y);
    Value r = VAL_NULL;
    for (; i < as_array(a)->len && i < as_array(b)->len; i++) {
        x = item_get(vm, as_array(a), i);
        y = val_is_error(x) ? x : item_get(vm, as_array(b), i);
        int eq = val_is_error(y) ? -1 : array_item_eq(vm, x, y);
        if (eq < 0) {
            r = VAL_ERROR;
            break;
        }
        if (!eq) {
            r = op == CMPOP_EQ ? VAL_FALSE : op == CMPOP_NE ? VAL_TRUE : obj_richcompare(vm, x, y, op);
            break;
        }
    }
    gc_pop_roots(vm, 2);
    if (!val_is_null(r)) return r;
    int64_t la = (int64_t)as_array(a)->len, lb = (int64_t)as_array(b)->len;
    bool res = false;
    switch (op) {
    case CMPOP_LT: res = la < lb; break;
    case CMPOP_LE: res = la <= lb; break;
    case CMPOP_EQ: res = la == lb; break;
    case CMPOP_NE: res = la != lb; break;
    case CMPOP_GT: res = la > lb; break;
    case CMPOP_GE: res = la >= lb; break;
    }
    return val_from_bool(res);
}

static Value array_richcompare(VM *vm, Value a, Value b, int op) {
    if (!is_array(a) || !is_array(b)) return VAL_NOTIMPL;
    ArrayObj *x = as_array(a), *y = as_array(b);
    if ((op == CMPOP_EQ || op == CMPOP_NE) && x->len != y->len) return val_from_bool(op == CMPOP_NE);
    if (x->typecode == y->typecode && !is_float_code(x->typecode) && x->typecode != 'u' &&
        (op == CMPOP_EQ || op == CMPOP_NE)) {
        bool eq = x->len == 0 || memcmp(x->data, y->data, x->len * x->itemsize) == 0;
        return val_from_bool(op == CMPOP_EQ ? eq : !eq);
    }
    gc_push_root(vm, &a);
    gc_push_root(vm, &b);
    Value r = array_compare_items(vm, a, b, op);
    gc_pop_roots(vm, 2);
    return r;
}

/* ---- operators ---- */

static Value array_concat(VM *vm, Value a, Value b) {
    if (!is_array(a)) return VAL_NOTIMPL;
    if (!is_array(b))
        return vm_raise(vm, &type_TypeError, "can only append array (not \"%s\") to array", type_name(val_type(b)));
    ArrayObj *x = as_array(a), *y = as_array(b);
    if (x->typecode != y->typecode) return vm_raise(vm, &type_TypeError, "bad argument type for built-in operation");
    Value r = array_alloc(vm, &type_array, x->typecode, x->len + y->len);
    if (val_is_error(r)) return r;
    x = as_array(a);
    y = as_array(b);
    ArrayObj *z = as_array(r);
    if (x->len) memcpy(z->data, x->data, x->len * x->itemsize);
    if (y->len) memcpy(z->data + x->len * x->itemsize, y->data, y->len * y->itemsize);
    return r;
}

static int repeat_into(VM *vm, ArrayObj *dst, const uint8_t *src, size_t nbytes, int64_t count) {
    if (nbytes == 0) return 0;   /* an empty array: no buffer at all */
    for (int64_t k = 0; k < count; k++) memcpy(dst->data + (size_t)k * nbytes, src, nbytes);
    return 0;
}

static Value array_repeat(VM *vm, Value a, Value b) {
    Value seq = a, n = b;
    if (!is_array(seq)) {
        seq = b;
        n = a;
    }
    if (!is_array(seq)) return VAL_NOTIMPL;
    int64_t count;
    int r = seq_repeat_count(vm, seq, n, &count);
    if (r != 0) return r > 0 ? VAL_NOTIMPL : VAL_ERROR;
    ArrayObj *x = as_array(seq);
    if (x->len && (uint64_t)count > SIZE_MAX / 16 / x->len / x->itemsize) return vm_raise_nomem(vm);
    Value res = array_alloc(vm, &type_array, x->typecode, x->len * (size_t)count);
    if (val_is_error(res)) return res;
    x = as_array(seq);
    repeat_into(vm, as_array(res), x->data, x->len * x->itemsize, count);
    return res;
}

static Value array_inplace_concat(VM *vm, Value a, Value b) {
    if (!is_array(a)) return VAL_NOTIMPL;
    if (!is_array(b))
        return vm_raise(vm, &type_TypeError, "can only extend array with array (not \"%s\")", type_name(val_type(b)));
    ArrayObj *x = as_array(a), *y = as_array(b);
    if (x->typecode != y->typecode) return vm_raise(vm, &type_TypeError, "can only extend with array of same kind");
    if (array_append_bytes(vm, x, y->data, y->len * y->itemsize) < 0) return VAL_ERROR;
    return a;
}

static Value array_inplace_repeat(VM *vm, Value a, Value b) {
    if (!is_array(a)) return VAL_NOTIMPL;
    int64_t count;
    int r = seq_repeat_count(vm, a, b, &count);
    if (r != 0) return r > 0 ? VAL_NOTIMPL : VAL_ERROR;
    ArrayObj *x = as_array(a);
    size_t nbytes = x->len * x->itemsize;
    if (x->len && array_may_resize(vm, x, count > 0 ? x->len * (size_t)count : 0) < 0) return VAL_ERROR;
    if (count == 0 || x->len == 0) {
        x->len = 0;
        return a;
    }
    if ((uint64_t)count > SIZE_MAX / 16 / nbytes) return vm_raise_nomem(vm);
    if (array_reserve(vm, x, x->len * (size_t)count) < 0) return VAL_ERROR;
    for (int64_t k = 1; k < count; k++) memcpy(x->data + (size_t)k * nbytes, x->data, nbytes);
    x->len *= (size_t)count;
    return a;
}

static int64_t array_unhashable(VM *vm, Value self) {
    vm_raise(vm, &type_TypeError, "unhashable type: '%s'", val_type(self)->name);
    return -1;
}

static NumberSlots array_number = {
    .add = array_concat, .mul = array_repeat, .iadd = array_inplace_concat, .imul = array_inplace_repeat,
};

/* ---- methods ---- */

#define SELF as_array(args[0])

static Value m_append(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "append", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    return array_append_value(vm, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value m_extend(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "extend", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    if (is_array(args[1])) {
        if (as_array(args[1])->typecode != SELF->typecode)
            return vm_raise(vm, &type_TypeError, "can only extend with array of same kind");
        ArrayObj *o = as_array(args[1]);
        return array_append_bytes(vm, SELF, o->data, o->len * o->itemsize) < 0 ? VAL_ERROR : VAL_NONE;
    }
    return array_extend_iterable(vm, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value m_insert(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "insert", nargs - 1, kw, 2, 2) < 0) return VAL_ERROR;
    int64_t i;
    if (index_ssize(vm, args[1], &i) < 0) return VAL_ERROR;
    uint8_t tmp[8];
    if (item_set_raw(vm, SELF->typecode, args[2], tmp) < 0) return VAL_ERROR;
    ArrayObj *a = SELF;
    int64_t n = (int64_t)a->len;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (array_may_resize(vm, a, a->len + 1) < 0) return VAL_ERROR;
    a = SELF;
    if (array_reserve(vm, a, a->len + 1) < 0) return VAL_ERROR;
    size_t sz = a->itemsize;
    memmove(a->data + ((size_t)i + 1) * sz, a->data + (size_t)i * sz, (a->len - (size_t)i) * sz);
    memcpy(a->data + (size_t)i * sz, tmp, sz);
    a->len++;
    return VAL_NONE;
}

static Value m_pop(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "pop", nargs - 1, kw, 0, 1) < 0) return VAL_ERROR;
    int64_t i = -1;
    if (nargs > 1 && index_ssize(vm, args[1], &i) < 0) return VAL_ERROR;
    ArrayObj *a = SELF;
    if (a->len == 0) return vm_raise(vm, &type_IndexError, "pop from empty array");
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || i >= (int64_t)a->len) return vm_raise(vm, &type_IndexError, "pop index out of range");
    if (array_may_resize(vm, a, a->len - 1) < 0) return VAL_ERROR;
    Value v = item_get(vm, SELF, (size_t)i);
    if (val_is_error(v)) return v;
    array_delete_range(SELF, (size_t)i, (size_t)i + 1);
    return v;
}

static Value m_remove(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "remove", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    int64_t i = array_find(vm, args[0], args[1], 0, INT64_MAX);
    if (i == -2) return VAL_ERROR;
    if (i < 0) return vm_raise(vm, &type_ValueError, "array.remove(x): x not in array");
    if (array_may_resize(vm, SELF, SELF->len - 1) < 0) return VAL_ERROR;
    array_delete_range(SELF, (size_t)i, (size_t)i + 1);
    return VAL_NONE;
}

static Value m_index(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "index", nargs - 1, kw, 1, 3) < 0) return VAL_ERROR;
    int64_t start, stop;
    if (seq_start_stop(vm, nargs > 2 ? args[2] : VAL_NULL, nargs > 3 ? args[3] : VAL_NULL,
                       (int64_t)SELF->len, &start, &stop) < 0)
        return VAL_ERROR;
    int64_t i = array_find(vm, args[0], args[1], start, stop);
    if (i == -2) return VAL_ERROR;
    if (i < 0) return vm_raise(vm, &type_ValueError, "array.index(x): x not in array");
    return val_from_small(i);
}

static Value m_count(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "count", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    int64_t n = 0, from = 0;
    for (;;) {
        int64_t i = array_find(vm, args[0], args[1], from, INT64_MAX);
        if (i == -2) return VAL_ERROR;
        if (i < 0) break;
        n++;
        from = i + 1;
    }
    return val_from_small(n);
}

static Value m_reverse(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "reverse", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    ArrayObj *a = SELF;
    size_t sz = a->itemsize;
    uint8_t tmp[8];
    for (size_t i = 0, j = a->len ? a->len - 1 : 0; i < j; i++, j--) {
        memcpy(tmp, a->data + i * sz, sz);
        memcpy(a->data + i * sz, a->data + j * sz, sz);
        memcpy(a->data + j * sz, tmp, sz);
    }
    return VAL_NONE;
}

static Value m_byteswap(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "byteswap", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    ArrayObj *a = SELF;
    size_t sz = a->itemsize;
    for (size_t i = 0; i < a->len; i++) {
        uint8_t *p = a->data + i * sz;
        for (size_t k = 0; k < sz / 2; k++) {
            uint8_t t = p[k];
            p[k] = p[sz - 1 - k];
            p[sz - 1 - k] = t;
        }
    }
    return VAL_NONE;
}

static Value m_buffer_info(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "buffer_info", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    Value addr = int_from_u64(vm, (uint64_t)(uintptr_t)SELF->data);
    if (val_is_error(addr)) return addr;
    return tuple_pack(vm, 2, addr, val_from_small((int64_t)SELF->len));
}

static Value m_tobytes(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "tobytes", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    return bytes_new(vm, SELF->data ? SELF->data : (const uint8_t *)"", SELF->len * SELF->itemsize);
}

static Value m_frombytes(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "frombytes", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    const uint8_t *d;
    size_t n;
    if (val_is_str(args[1]) || !bytes_view(args[1], &d, &n))
        return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    return array_append_bytes(vm, SELF, d, n) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value m_tolist(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "tolist", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    return array_tolist_value(vm, args[0]);
}

static Value m_fromlist(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "fromlist", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_list(args[1])) return vm_raise(vm, &type_TypeError, "arg must be list");
    size_t old = SELF->len;
    for (size_t i = 0; i < as_list(args[1])->len; i++) {
        if (array_append_value(vm, args[0], as_list(args[1])->items[i]) < 0) {
            SELF->len = old;
            return VAL_ERROR;
        }
    }
    return VAL_NONE;
}

static Value m_tounicode(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "tounicode", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    ArrayObj *a = SELF;
    if (a->typecode != 'u')
        return vm_raise(vm, &type_ValueError, "tounicode() may only be called on unicode type arrays");
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < a->len; i++) {
        uint32_t cp;
        memcpy(&cp, a->data + i * 4, 4);
        if (cp > 0x10FFFF) {
            sb_free(&sb);
            return vm_raise(vm, &type_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", cp);
        }
        sb_add_codepoint(&sb, cp);
    }
    return sb_finish(vm, &sb);
}

static Value m_fromunicode(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "fromunicode", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "fromunicode() argument must be str, not %T", args[1]);
    if (SELF->typecode != 'u')
        return vm_raise(vm, &type_ValueError, "fromunicode() may only be called on unicode type arrays");
    return array_append_unicode(vm, SELF, args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value array_copy_of(VM *vm, Value self) {
    ArrayObj *a = as_array(self);
    Value r = array_alloc(vm, &type_array, a->typecode, a->len);
    if (val_is_error(r)) return r;
    a = as_array(self);
    if (a->len) memcpy(as_array(r)->data, a->data, a->len * a->itemsize);
    return r;
}

static Value m_copy(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "__copy__", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    return array_copy_of(vm, args[0]);
}

static Value m_deepcopy(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "__deepcopy__", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    return array_copy_of(vm, args[0]);
}

static Value m_bytes(VM *vm, Value *args, int nargs, Value kw) { return m_tobytes(vm, args, nargs, kw); }

static Value m_sizeof(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "__sizeof__", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    return val_from_small((int64_t)(64 + SELF->cap * SELF->itemsize));
}

static int mformat_of(char typecode);

/* array._array_reconstructor, or VAL_NULL when the module is not there. */
static Value array_reconstructor_func(VM *vm) {
    Value mod = dict_get_cstr(vm, vm->modules, "array");
    if (!val_is_obj(mod) || val_type(mod) != &type_module) return VAL_NULL;
    Value f = dict_get_cstr(vm, ((ModuleObj *)val_as_obj(mod))->dict, "_array_reconstructor");
    return val_is_error(f) ? VAL_NULL : f;
}

/* (_array_reconstructor, (type, typecode, machine format, bytes), state). */
static Value reduce_by_reconstructor(VM *vm, Value self, Value rebuild, Value state) {
    ArrayObj *a = as_array(self);
    char tc[2] = {a->typecode, 0};
    Value code = str_from_cstr(vm, tc);
    if (val_is_error(code)) return code;
    Value data = bytes_new(vm, a->data ? a->data : (const uint8_t *)"", a->len * a->itemsize);
    if (val_is_error(data)) return data;
    Value targs = tuple_pack(vm, 4, val_from_obj(val_type(self)), code, val_from_small(mformat_of(a->typecode)), data);
    if (val_is_error(targs)) return targs;
    return tuple_pack(vm, 3, rebuild, targs, state);
}

static Value m_reduce_ex(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "__reduce_ex__", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    /* a subclass instance's attributes travel as the state */
    Value state = obj_lookup_attr(vm, args[0], str_intern_cstr(vm, "__dict__"));
    if (val_is_error(state)) return state;
    if (val_is_null(state) || (val_is_dict(state) && obj_len(vm, state) == 0)) state = VAL_NONE;
    int64_t proto;
    if (obj_index_i64(vm, args[1], &proto, &type_OverflowError) < 0) return VAL_ERROR;
    Value rebuild = proto >= 3 ? array_reconstructor_func(vm) : VAL_NULL;
    if (!val_is_null(rebuild)) return reduce_by_reconstructor(vm, args[0], rebuild, state);
    gc_push_root(vm, &state);
    Value lst = array_tolist_value(vm, args[0]);
    if (val_is_error(lst)) {
        gc_pop_roots(vm, 1);
        return lst;
    }
    gc_push_root(vm, &lst);
    char tc[2] = {SELF->typecode, 0};
    Value code = str_from_cstr(vm, tc);
    Value r = VAL_ERROR;
    if (!val_is_error(code)) {
        Value a = tuple_pack(vm, 2, code, lst);
        if (!val_is_error(a)) r = tuple_pack(vm, 3, val_from_obj(val_type(args[0])), a, state);
    }
    gc_pop_roots(vm, 2);
    return r;
}

static Value m_fromfile(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "fromfile", nargs - 1, kw, 2, 2) < 0) return VAL_ERROR;
    int64_t n;
    if (index_ssize(vm, args[2], &n) < 0) return VAL_ERROR;
    if (n < 0) return vm_raise(vm, &type_ValueError, "negative count");
    Value want = int_from_i64(vm, n * SELF->itemsize);
    if (val_is_error(want)) return want;
    Value data = obj_call_method(vm, args[1], "read", &want, 1);
    if (val_is_error(data)) return data;
    const uint8_t *d;
    size_t len;
    if (!bytes_view(data, &d, &len)) return vm_raise(vm, &type_TypeError, "read() didn't return bytes");
    size_t whole = len - len % SELF->itemsize;
    if (array_append_bytes(vm, SELF, d, whole) < 0) return VAL_ERROR;
    if (len < (size_t)(n * SELF->itemsize)) return vm_raise(vm, &type_EOFError, "read() didn't return enough bytes");
    return VAL_NONE;
}

static Value m_tofile(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "tofile", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    Value b = bytes_new(vm, SELF->data ? SELF->data : (const uint8_t *)"", SELF->len * SELF->itemsize);
    if (val_is_error(b)) return b;
    Value r = obj_call_method(vm, args[1], "write", &b, 1);
    return val_is_error(r) ? r : VAL_NONE;
}

static Value get_typecode(VM *vm, Value self) {
    char tc[2] = {as_array(self)->typecode, 0};
    return str_from_cstr(vm, tc);
}

static Value get_itemsize(VM *vm, Value self) { return val_from_small(as_array(self)->itemsize); }

static const MethodDef array_methods[] = {
    {"append", m_append, 0, NULL}, {"extend", m_extend, 0, NULL},
    {"insert", m_insert, 0, NULL}, {"pop", m_pop, 0, NULL},
    {"remove", m_remove, 0, NULL}, {"index", m_index, 0, NULL},
    {"count", m_count, 0, NULL}, {"reverse", m_reverse, 0, NULL},
    {"byteswap", m_byteswap, 0, NULL}, {"buffer_info", m_buffer_info, 0, NULL},
    {"tobytes", m_tobytes, 0, NULL}, {"frombytes", m_frombytes, 0, NULL},
    {"tolist", m_tolist, 0, NULL}, {"fromlist", m_fromlist, 0, NULL},
    {"tounicode", m_tounicode, 0, NULL}, {"fromunicode", m_fromunicode, 0, NULL},
    {"fromfile", m_fromfile, 0, NULL}, {"tofile", m_tofile, 0, NULL},
    {"__copy__", m_copy, 0, NULL}, {"__deepcopy__", m_deepcopy, 0, NULL},
    {"__bytes__", m_bytes, 0, NULL}, {"__sizeof__", m_sizeof, 0, NULL},
    {"__reduce_ex__", m_reduce_ex, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef array_getsets[] = {
    {"typecode", get_typecode, NULL},
    {"itemsize", get_itemsize, NULL},
    {NULL, NULL, NULL},
};

/* ---- iteration ---- */

typedef struct ArrayIterObj {
    Obj hdr;
    Value array;              /* VAL_NULL once exhausted */
    size_t pos;
} ArrayIterObj;

static void arrayiter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((ArrayIterObj *)o)->array); }

static Value array_iter(VM *vm, Value self) {
    ArrayIterObj *it = gc_alloc(vm, &type_arrayiterator, sizeof(ArrayIterObj));
    if (!it) return VAL_ERROR;
    it->array = self;
    it->pos = 0;
    return val_from_obj(it);
}

static Value arrayiter_next(VM *vm, Value self) {
    ArrayIterObj *it = (ArrayIterObj *)val_as_obj(self);
    if (val_is_null(it->array)) return VAL_NULL;
    ArrayObj *a = as_array(it->array);
    if (it->pos >= a->len) {
        it->array = VAL_NULL;
        return VAL_NULL;
    }
    return item_get(vm, a, it->pos++);
}

static Value iter_self(VM *vm, Value self) { return self; }

static Value arrayiter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    ArrayIterObj *it = (ArrayIterObj *)val_as_obj(args[0]);
    Value empty = tuple_new(vm, 0);
    if (val_is_error(empty)) return empty;
    return iter_reduce_seq(vm, "iter", it->array, (int64_t)it->pos, empty);
}

static Value arrayiter_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    int64_t i;
    if (iter_state_index(vm, args, nargs, &i) < 0) return VAL_ERROR;
    ArrayIterObj *it = (ArrayIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->array)) return VAL_NONE;
    int64_t n = (int64_t)as_array(it->array)->len;
    it->pos = (size_t)(i < 0 ? 0 : i > n ? n : i);
    return VAL_NONE;
}

static const MethodDef arrayiter_methods[] = {
    {"__reduce__", arrayiter_reduce, 0, NULL},
    {"__setstate__", arrayiter_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_arrayiterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "array.arrayiterator",
    .basicsize = sizeof(ArrayIterObj),
    .iter = iter_self,
    .iternext = arrayiter_next,
    .traverse = arrayiter_traverse,
};

Type type_array = {
    .hdr = STATIC_TYPE_HDR,
    .name = "array.array",
    .basicsize = sizeof(ArrayObj),
    .flags = TYPE_BASETYPE | TYPE_IS_SEQUENCE | TYPE_WEAKREFABLE,
    .new_ = array_new,
    .repr = array_repr,
    .hash = array_unhashable,
    .richcompare = array_richcompare,
    .len = array_len,
    .getitem = array_getitem,
    .setitem = array_setitem,
    .contains = array_contains,
    .iter = array_iter,
    .number = &array_number,
    .finalize = array_finalize,
};

/* An array's memory for the buffer protocol: items of its type code's
** struct format ('w' for 'u', a wchar_t). */
static void array_export(Value v, Buffer *out) {
    static const char formats[] = "b\0B\0w\0h\0H\0i\0I\0l\0L\0q\0Q\0f\0d";
    ArrayObj *a = as_array(v);
    const char *f = strchr(TYPECODES, a->typecode);
    *out = (Buffer){a->data ? a->data : (uint8_t *)"", a->len * a->itemsize, a->itemsize, false,
                    formats + 2 * (f - TYPECODES), &a->exports};
}

/* ---- pickling: machine format codes (CPython's arraymodule) ---- */

enum { MF_UTF16_LE = 18, MF_UTF32_LE = 20, MF_MAX = 21 };

/* A machine format: item size, signedness, kind ('i' int, 'f' float, 'u' text). */
typedef struct MachineFormat {
    uint8_t size;
    bool is_signed;
    char kind;
} MachineFormat;

static const MachineFormat mformats[MF_MAX + 1] = {
    {1, false, 'i'}, {1, true, 'i'}, {2, false, 'i'}, {2, false, 'i'}, {2, true, 'i'}, {2, true, 'i'},
    {4, false, 'i'}, {4, false, 'i'}, {4, true, 'i'}, {4, true, 'i'}, {8, false, 'i'}, {8, false, 'i'},
    {8, true, 'i'}, {8, true, 'i'}, {4, true, 'f'}, {4, true, 'f'}, {8, true, 'f'}, {8, true, 'f'},
    {2, false, 'u'}, {2, false, 'u'}, {4, false, 'u'}, {4, false, 'u'},
};

static bool mformat_big(int code) { return code >= 2 && code % 2 == 1; }

/* The code of a type code's items on this (little-endian) host. */
static int mformat_of(char typecode) {
    switch (typecode) {
    case 'b': return 1;
    case 'B': return 0;
    case 'h': return 4;
    case 'H': return 2;
    case 'i': return 8;
    case 'I': return 6;
    case 'l': case 'q': return 12;
    case 'L': case 'Q': return 10;
    case 'f': return 14;
    case 'd': return 16;
    default: return MF_UTF32_LE;
    }
}

static uint64_t load_bytes(const uint8_t *p, int size, bool big) {
    uint64_t u = 0;
    for (int k = 0; k < size; k++) u |= (uint64_t)p[big ? k : size - 1 - k] << (8 * (size - 1 - k));
    return u;
}

/* One item of machine format code [mf] at p as a Python value. */
static Value mformat_value(VM *vm, int mf, const uint8_t *p) {
    const MachineFormat *f = &mformats[mf];
    uint64_t u = load_bytes(p, f->size, mformat_big(mf));
    if (f->kind == 'f') {
        if (f->size == 4) {
            uint32_t w = (uint32_t)u;
            float x;
            memcpy(&x, &w, 4);
            return val_from_float(x);
        }
        double d;
        memcpy(&d, &u, 8);
        return val_from_float(d);
    }
    if (!f->is_signed) return int_from_u64(vm, u);
    unsigned shift = 64 - 8u * f->size;
    return int_from_i64(vm, shift ? (int64_t)(u << shift) >> shift : (int64_t)u);
}

/* The items of a pickled array in another machine format: a list, or a str. */
static Value mformat_decode(VM *vm, int mf, const uint8_t *d, size_t n) {
    const MachineFormat *f = &mformats[mf];
    if (n % f->size) return vm_raise(vm, &type_ValueError, "string length not a multiple of item size");
    if (f->kind == 'u') {
        const char *enc = mf == MF_UTF16_LE ? "utf-16-le" : mf == MF_UTF16_LE + 1 ? "utf-16-be"
                        : mf == MF_UTF32_LE ? "utf-32-le" : "utf-32-be";
        return bytes_decode(vm, d, n, enc, "strict");
    }
    Value list = list_new(vm, n / f->size);
    if (val_is_error(list)) return list;
    for (size_t i = 0; i < n / f->size; i++) {
        Value v = mformat_value(vm, mf, d + i * f->size);
        if (val_is_error(v)) return v;
        as_list(list)->items[i] = v;
    }
    return list;
}

/* The integer type code whose items fit a machine format best (the last
** of the right size and signedness, as CPython picks). */
static char typecode_for(int mf, char typecode) {
    const MachineFormat *f = &mformats[mf];
    if (f->kind != 'i') return typecode;
    for (const char *c = TYPECODES; *c; c++)
        if (*c != 'u' && !is_float_code(*c) && typecode_size(*c) == f->size &&
            (*c == 'b' || *c == 'h' || *c == 'i' || *c == 'l' || *c == 'q') == f->is_signed)
            typecode = *c;
    return typecode;
}

static Value array_reconstructor(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "_array_reconstructor", nargs, kw, 4, 4) < 0) return VAL_ERROR;
    if (!val_is_typeobj(args[0]))
        return vm_raise(vm, &type_TypeError, "first argument must be a type object, not %T", args[0]);
    Type *cls = (Type *)val_as_obj(args[0]);
    if (!type_is_subtype(cls, &type_array))
        return vm_raise(vm, &type_TypeError, "%s is not a subtype of array.array", cls->name);
    if (!val_is_str(args[1]) || as_str(args[1])->len != 1)
        return vm_raise(vm, &type_TypeError, "_array_reconstructor() argument 2 must be a unicode character, not %T",
                        args[1]);
    char typecode = str_cstr(args[1])[0];
    if (!strchr(TYPECODES, typecode) || !typecode) return vm_raise(vm, &type_ValueError, "second argument must be a valid type code");
    if (!val_is_intlike(args[2]))
        return vm_raise(vm, &type_TypeError, "'%T' object cannot be interpreted as an integer", args[2]);
    int64_t mf;
    if (int_as_i64(vm, args[2], &mf) < 0) return VAL_ERROR;
    if (mf < 0 || mf > MF_MAX)
        return vm_raise(vm, &type_ValueError, "third argument must be a valid machine format code.");
    if (!val_isinstance(args[3], &type_bytes))
        return vm_raise(vm, &type_TypeError, "fourth argument should be bytes, not %T", args[3]);
    Value items = args[3];
    if (mf != mformat_of(typecode)) {
        const uint8_t *d;
        size_t n;
        bytes_view(items, &d, &n);
        items = mformat_decode(vm, (int)mf, d, n);
        if (val_is_error(items)) return items;
        typecode = typecode_for((int)mf, typecode);
    }
    char tc[2] = {typecode, 0};
    Value a[2] = {VAL_NULL, items};
    gc_push_root(vm, &a[1]);
    a[0] = str_from_cstr(vm, tc);
    Value r = val_is_error(a[0]) ? VAL_ERROR : array_new(vm, cls, a, 2, VAL_NULL);
    gc_pop_roots(vm, 1);
    return r;
}

static const MethodDef array_functions[] = {
    {"_array_reconstructor", array_reconstructor, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value array_module_init(VM *vm) {
    if (type_ready(vm, &type_array) < 0 || type_ready(vm, &type_arrayiterator) < 0 ||
        type_add_methods(vm, &type_array, array_methods) < 0 ||
        type_add_methods(vm, &type_arrayiterator, arrayiter_methods) < 0 ||
        type_add_getsets(vm, &type_array, array_getsets) < 0)
        return VAL_ERROR;
    buffer_register(&type_array, array_export);
    Value m = native_module_new(vm, "array", array_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    Value codes = str_from_cstr(vm, TYPECODES);
    if (val_is_error(codes) || dict_set_cstr(vm, d, "typecodes", codes) < 0 ||
        dict_set_cstr(vm, d, "array", val_from_obj(&type_array)) < 0 ||
        dict_set_cstr(vm, d, "ArrayType", val_from_obj(&type_array)) < 0)
        return VAL_ERROR;
    /* array is a virtual subclass of collections.abc.MutableSequence */
    gc_push_root(vm, &m);
    Value abc = import_module(vm, "collections.abc");
    Value ms = val_is_error(abc) ? abc : obj_getattr_cstr(vm, abc, "MutableSequence");
    Value arg = val_from_obj(&type_array);
    Value r = val_is_error(ms) ? ms : obj_call_method(vm, ms, "register", &arg, 1);
    gc_pop_roots(vm, 1);
    if (val_is_error(r)) return r;
    return m;
}

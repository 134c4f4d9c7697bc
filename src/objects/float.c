/*
** float.c -- the float type. Values are unboxed doubles; float subclass
** instances are FloatObjs. Text conversions go through runtime/dtoa.c so
** they are exact and the same natively and in wasm.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../compiler/opcodes.h"
#include "../runtime/dtoa.h"
#include "../runtime/format.h"
#include "../runtime/names.h"
#include "../runtime/setup.h"
#include "float.h"
#include "int.h"
#include "str.h"
#include "unicode_db.h"

#define HASH_BITS 61
#define HASH_MODULUS ((UINT64_C(1) << HASH_BITS) - 1)
#define HASH_INF 314159

/* ---- conversions ---- */

int float_from_int(VM *vm, Value v, double *out) {
    if (val_is_int(v)) {
        *out = (double)val_as_int(v);
        return 0;
    }
    bool overflow;
    *out = int_as_double(vm, v, &overflow);
    if (overflow) {
        vm_raise(vm, &type_OverflowError, "int too large to convert to float");
        return -1;
    }
    return 0;
}

/* An operand of float arithmetic: 1 converted, 0 not ours (NotImplemented),
** -1 error (an int too large). */
static int operand_double(VM *vm, Value v, double *out) {
    if (val_is_float(v)) {
        *out = val_as_float(v);
        return 1;
    }
    if (float_check(v)) {
        *out = float_value(v);
        return 1;
    }
    if (val_is_int(v) || val_is_intlike(v)) return float_from_int(vm, v, out) < 0 ? -1 : 1;
    return 0;
}

/* The result of __float__: a float (a subclass is accepted, as CPython
** does with a deprecation warning). */
static int check_float_result(VM *vm, Value obj, Value r, double *out) {
    if (val_is_error(r)) return -1;
    if (!float_check(r)) {
        vm_raise(vm, &type_TypeError, "%s.__float__ returned non-float (type %s)",
                 type_name(val_type(obj)), type_name(val_type(r)));
        return -1;
    }
    *out = float_value(r);
    return 0;
}

/* __float__, else __index__: 1 done, 0 neither exists, -1 error. */
static int number_to_double(VM *vm, Value v, double *out) {
    if (float_check(v) && val_type(v)->number == &float_number) {
        *out = float_value(v);
        return 1;
    }
    NumberSlots *ns = val_type(v)->number;
    if (ns && ns->float_) return check_float_result(vm, v, ns->float_(vm, v), out) < 0 ? -1 : 1;
    if (val_is_int(v) || val_is_intlike(v)) return float_from_int(vm, v, out) < 0 ? -1 : 1;
    if (ns && ns->index) {
        Value i = obj_index(vm, v);
        if (val_is_error(i)) return -1;
        return float_from_int(vm, i, out) < 0 ? -1 : 1;
    }
    return 0;
}

int float_as_double(VM *vm, Value v, double *out) {
    if (val_is_float(v)) {
        *out = val_as_float(v);
        return 0;
    }
    int r = number_to_double(vm, v, out);
    if (r < 0) return -1;
    if (r == 0) {
        vm_raise(vm, &type_TypeError, "must be real number, not %s", type_name(val_type(v)));
        return -1;
    }
    return 0;
}

/* ---- text ---- */

/* Bytes of Unicode whitespace (str.strip()'s set) at s, or 0. */
static size_t space_len(const unsigned char *s, size_t len) {
    unsigned c = s[0];
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return 1;
    if (len >= 2 && c == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0)) return 2;
    if (len >= 3 && c == 0xE1 && s[1] == 0x9A && s[2] == 0x80) return 3;   /* U+1680 */
    if (len >= 3 && c == 0xE2 && s[1] == 0x80 &&
        (s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF)) return 3;
    if (len >= 3 && c == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) return 3;   /* U+205F */
    if (len >= 3 && c == 0xE3 && s[1] == 0x80 && s[2] == 0x80) return 3;   /* U+3000 */
    return 0;
}

static size_t trailing_space_len(const unsigned char *s, size_t len) {
    for (size_t k = 1; k <= 3 && k <= len; k++) {
        size_t n = space_len(s + len - k, k);
        if (n == k) return k;
    }
    return 0;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool float_parse_text(const char *text, size_t len, double *out) {
    const unsigned char *s = (const unsigned char *)text;
    size_t n;
    while (len > 0 && (n = space_len(s, len)) > 0) {
        s += n;
        len -= n;
    }
    while (len > 0 && (n = trailing_space_len(s, len)) > 0) len -= n;
    if (len == 0) return false;
    if (!memchr(s, '_', len)) return dtoa_parse((const char *)s, len, out);
    /* PEP 515: an underscore only between two digits */
    char small[64];
    char *buf = len < sizeof small ? small : malloc(len);
    if (!buf) return false;
    size_t k = 0;
    bool ok = true;
    for (size_t i = 0; i < len && ok; i++) {
        if (s[i] != '_') buf[k++] = (char)s[i];
        else ok = i > 0 && i + 1 < len && is_digit((char)s[i - 1]) && is_digit((char)s[i + 1]);
    }
    ok = ok && dtoa_parse(buf, k, out);
    if (buf != small) free(buf);
    return ok;
}

char *float_ascii_text(const char *s, size_t len, size_t *out_len) {
    char *out = malloc(len + 1);
    if (!out) return NULL;
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    size_t n = 0;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (cp < 0x80) {
            out[n++] = (char)cp;
        } else if (ucd_has(cp, UCD_SPACE)) {
            out[n++] = ' ';
        } else {
            int dec = ucd_record(cp)->decimal;
            out[n++] = dec >= 0 ? (char)('0' + dec) : '?';
        }
    }
    out[n] = '\0';
    *out_len = n;
    return out;
}

static Value float_from_text(VM *vm, Value orig, const char *s, size_t len) {
    double d;
    if (val_is_str(orig) && !as_str(orig)->ascii) {
        size_t n;
        char *t = float_ascii_text(s, len, &n);
        if (!t) return vm_raise_nomem(vm);
        bool ok = float_parse_text(t, n, &d);
        free(t);
        if (ok) return val_from_float(d);
        return vm_raise(vm, &type_ValueError, "could not convert string to float: %R", orig);
    }
    if (float_parse_text(s, len, &d)) return val_from_float(d);
    return vm_raise(vm, &type_ValueError, "could not convert string to float: %R", orig);
}

size_t float_repr_cstr(double x, char *buf) {
    return dtoa_format(x, 'r', 0, DTOA_ADD_DOT_0, buf, 32);
}

Value float_repr_value(VM *vm, double x) {
    char buf[32];
    size_t n = float_repr_cstr(x, buf);
    return str_new(vm, buf, n);
}

static Value float_repr(VM *vm, Value self) { return float_repr_value(vm, float_value(self)); }

/* ---- hash, truth, comparison ---- */

int64_t float_hash_double(double x) {
    if (isinf(x)) return x > 0 ? HASH_INF : -HASH_INF;
    if (x != x) return 0;
    int e;
    double m = frexp(x, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    /* x = m * 2**e; fold in 28 bits of the mantissa at a time, mod 2**61-1 */
    uint64_t h = 0;
    while (m) {
        h = ((h << 28) & HASH_MODULUS) | h >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        h += y;
        if (h >= HASH_MODULUS) h -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    h = ((h << e) & HASH_MODULUS) | h >> (HASH_BITS - e);
    int64_t r = sign < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

static int64_t float_hash(VM *vm, Value self) { return float_hash_double(float_value(self)); }

static int float_bool(VM *vm, Value self) { return float_value(self) != 0.0; }

int float_compare_int(VM *vm, double x, Value i, int *cmp) {
    if (x != x) return 0;
    if (val_is_int(i)) { /* 48-bit ints are exact doubles */
        double y = (double)val_as_int(i);
        *cmp = (x > y) - (x < y);
        return 1;
    }
    if (isinf(x)) {
        *cmp = x > 0 ? 1 : -1;
        return 1;
    }
    int is = int_sign(i), xs = (x > 0) - (x < 0);
    if (is != xs || is == 0) {
        *cmp = (xs > is) - (xs < is);
        return 1;
    }
    int ex;
    frexp(x, &ex); /* 2**(ex-1) <= |x| < 2**ex */
    uint64_t nbits = int_bit_length(i);
    if (ex <= 0 || (uint64_t)ex != nbits) {
        int mag = ex <= 0 || (uint64_t)ex < nbits ? -1 : 1;
        *cmp = xs > 0 ? mag : -mag;
        return 1;
    }
    /* same bit length: compare the integer parts exactly, then the fraction */
    double ip, fr = modf(x, &ip);
    Value iv = int_from_double(vm, ip);
    if (val_is_error(iv)) return -1;
    int c = int_compare(iv, i);
    if (c == 0) c = (fr > 0) - (fr < 0);
    *cmp = c;
    return 1;
}

static Value cmp_result(int c, int op) {
    switch (op) {
    case CMPOP_LT: return val_from_bool(c < 0);
    case CMPOP_LE: return val_from_bool(c <= 0);
    case CMPOP_EQ: return val_from_bool(c == 0);
    case CMPOP_NE: return val_from_bool(c != 0);
    case CMPOP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

static Value float_richcompare(VM *vm, Value a, Value b, int op) {
    if (!float_check(a)) return VAL_NOTIMPL;
    double x = float_value(a);
    int c;
    if (float_check(b)) {
        double y = float_value(b);
        if (x != x || y != y) return val_from_bool(op == CMPOP_NE);
        c = (x > y) - (x < y);
    } else if (val_is_int(b) || val_is_intlike(b)) {
        int r = float_compare_int(vm, x, b, &c);
        if (r < 0) return VAL_ERROR;
        if (r == 0) return val_from_bool(op == CMPOP_NE);
    } else {
        return VAL_NOTIMPL;
    }
    return cmp_result(c, op);
}

/* ---- arithmetic ---- */

/* Both operands as doubles, or return NotImplemented / the error. */
#define FLOAT_OPERANDS(a, b, x, y)                                    \
    double x, y;                                                      \
    do {                                                              \
        int ra_ = operand_double(vm, a, &x);                          \
        if (ra_ <= 0) return ra_ < 0 ? VAL_ERROR : VAL_NOTIMPL;       \
        int rb_ = operand_double(vm, b, &y);                          \
        if (rb_ <= 0) return rb_ < 0 ? VAL_ERROR : VAL_NOTIMPL;       \
    } while (0)

static Value float_add(VM *vm, Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return val_from_float(x + y);
}

static Value float_sub(VM *vm, Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return val_from_float(x - y);
}

static Value float_mul(VM *vm, Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    return val_from_float(x * y);
}

static Value float_truediv(VM *vm, Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return vm_raise(vm, &type_ZeroDivisionError, "float division by zero");
    return val_from_float(x / y);
}

/* Python's remainder: the sign of the divisor. */
static double float_mod_doubles(double x, double y) {
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

static void float_divmod_doubles(double x, double y, double *floordiv, double *modp) {
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) fd += 1.0; /* (x - mod) / y may be just below an integer */
    } else {
        fd = copysign(0.0, x / y);
    }
    *floordiv = fd;
    *modp = mod;
}

static Value float_floordiv(VM *vm, Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return vm_raise(vm, &type_ZeroDivisionError, "float floor division by zero");
    double d, m;
    float_divmod_doubles(x, y, &d, &m);
    return val_from_float(d);
}

static Value float_mod(VM *vm, Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return vm_raise(vm, &type_ZeroDivisionError, "float modulo");
    return val_from_float(float_mod_doubles(x, y));
}

static Value float_divmod(VM *vm, Value a, Value b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return vm_raise(vm, &type_ZeroDivisionError, "float divmod()");
    double d, m;
    float_divmod_doubles(x, y, &d, &m);
    return tuple_pack(vm, 2, val_from_float(d), val_from_float(m));
}

static bool is_odd_integer(double y) { return fmod(fabs(y), 2.0) == 1.0; }

static Value raise_range_error(VM *vm) {
    Value msg = str_from_cstr(vm, "Numerical result out of range");
    if (val_is_error(msg)) return msg;
    Value args = tuple_pack(vm, 2, val_from_small(34), msg);
    if (val_is_error(args)) return args;
    Value exc = exc_new(vm, &type_OverflowError, args);
    if (val_is_error(exc)) return exc;
    return vm_raise_value(vm, exc);
}

/* x ** y where x or y is infinite or NaN (C99 Annex F, as CPython). */
static double pow_special(double x, double y) {
    if (x != x) return x;                  /* nan ** y (y != 0) */
    if (y != y) return x == 1.0 ? 1.0 : y; /* 1 ** nan is 1 */
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return 1.0;
        return (y > 0) == (ax > 1.0) ? fabs(y) : 0.0;
    }
    /* x is infinite */
    bool odd = is_odd_integer(y);
    if (y > 0) return odd ? x : fabs(x);
    return odd ? copysign(0.0, x) : 0.0;
}

Value float_pow_doubles(VM *vm, double x, double y) {
    if (y == 0) return val_from_float(1.0);
    if (!isfinite(x) || !isfinite(y)) return val_from_float(pow_special(x, y));
    if (x == 0.0) {
        if (y < 0)
            return vm_raise(vm, &type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return val_from_float(is_odd_integer(y) ? x : 0.0);
    }
    bool negate = false;
    if (x < 0) {
        if (y != floor(y)) return complex_pow_doubles(vm, x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return val_from_float(negate ? -1.0 : 1.0);
    double r = pow(x, y);
    if (isinf(r)) return raise_range_error(vm);
    return val_from_float(negate ? -r : r);
}

static Value float_pow(VM *vm, Value a, Value b, Value m) {
    if (m != VAL_NONE && !val_is_null(m)) {
        double t;
        if (operand_double(vm, a, &t) == 0 || operand_double(vm, b, &t) == 0) {
            vm_clear_exc(vm);
            return VAL_NOTIMPL;
        }
        return vm_raise(vm, &type_TypeError,
                        "pow() 3rd argument not allowed unless all arguments are integers");
    }
    FLOAT_OPERANDS(a, b, x, y);
    return float_pow_doubles(vm, x, y);
}

static Value float_neg(VM *vm, Value a) { return val_from_float(-float_value(a)); }
static Value float_pos(VM *vm, Value a) { return val_from_float(float_value(a)); }
static Value float_abs(VM *vm, Value a) { return val_from_float(fabs(float_value(a))); }
static Value float_int(VM *vm, Value a) { return int_from_double(vm, float_value(a)); }
static Value float_float(VM *vm, Value a) { return val_from_float(float_value(a)); }

NumberSlots float_number = {
    .add = float_add, .sub = float_sub, .mul = float_mul, .truediv = float_truediv,
    .floordiv = float_floordiv, .mod = float_mod, .divmod = float_divmod, .pow = float_pow,
    .neg = float_neg, .pos = float_pos, .abs = float_abs, .int_ = float_int,
    .float_ = float_float,
};

/* ---- construction ---- */

static bool text_of(Value v, const char **s, size_t *len) {
    if (val_is_str(v)) {
        *s = as_str(v)->data;
        *len = as_str(v)->size;
        return true;
    }
    if (!val_is_obj(v)) return false;
    Type *t = val_type(v);
    if (t == &type_bytes || (t->flags & TYPE_BYTES_SUBCLASS)) {
        BytesObj *b = (BytesObj *)val_as_obj(v);
        *s = (const char *)b->data;
        *len = b->len;
        return true;
    }
    if (type_is_subtype(t, &type_bytearray)) {
        ByteArrayObj *b = (ByteArrayObj *)val_as_obj(v);
        *s = b->data ? (const char *)b->data : "";
        *len = b->len;
        return true;
    }
    const uint8_t *d;
    if (t == &type_memoryview && bytes_view(v, &d, len)) {
        *s = (const char *)d;
        return true;
    }
    return false;
}

Value float_from_object(VM *vm, Value x) {
    if (val_is_float(x)) return x;
    double d;
    int r = number_to_double(vm, x, &d);
    if (r < 0) return VAL_ERROR;
    if (r > 0) return val_from_float(d);
    const char *s;
    size_t len;
    if (text_of(x, &s, &len)) return float_from_text(vm, x, s, len);
    return vm_raise(vm, &type_TypeError, "float() argument must be a string or a real number, not '%s'",
                    type_name(val_type(x)));
}

static Value float_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (val_is_obj(kwnames) && as_tuple(kwnames)->len > 0)
        return vm_raise(vm, &type_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return vm_raise(vm, &type_TypeError, "float expected at most 1 argument, got %d", nargs);
    Value v = nargs == 0 ? val_from_float(0.0) : float_from_object(vm, args[0]);
    if (val_is_error(v) || cls == &type_float) return v;
    FloatObj *f = gc_alloc_instance(vm, cls, sizeof(FloatObj));
    if (!f) return VAL_ERROR;
    f->value = val_as_float(v);
    return val_from_obj(f);
}

/* ---- methods ---- */

#define SELF (float_value(args[0]))
#define NO_ARGS(name)                                                                     \
    if (vm_check_args(vm, "float." name, nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR

static Value float_conjugate(VM *vm, Value *args, int nargs, Value kwnames) {
    NO_ARGS("conjugate");
    return val_from_float(SELF);
}

static Value float_is_integer(VM *vm, Value *args, int nargs, Value kwnames) {
    NO_ARGS("is_integer");
    double x = SELF;
    return val_from_bool(isfinite(x) && floor(x) == x);
}

static Value float_trunc(VM *vm, Value *args, int nargs, Value kwnames) {
    NO_ARGS("__trunc__");
    return int_from_double(vm, SELF);
}

static Value float_floor(VM *vm, Value *args, int nargs, Value kwnames) {
    NO_ARGS("__floor__");
    return int_from_double(vm, floor(SELF));
}

static Value float_ceil(VM *vm, Value *args, int nargs, Value kwnames) {
    NO_ARGS("__ceil__");
    return int_from_double(vm, ceil(SELF));
}

static Value float_getnewargs(VM *vm, Value *args, int nargs, Value kwnames) {
    NO_ARGS("__getnewargs__");
    return tuple_pack(vm, 1, val_from_float(SELF));
}

static Value float_as_integer_ratio(VM *vm, Value *args, int nargs, Value kwnames) {
    NO_ARGS("as_integer_ratio");
    double x = SELF;
    if (isinf(x)) return vm_raise(vm, &type_OverflowError, "cannot convert Infinity to integer ratio");
    if (x != x) return vm_raise(vm, &type_ValueError, "cannot convert NaN to integer ratio");
    if (x == 0) return tuple_pack(vm, 2, val_from_small(0), val_from_small(1));
    int e;
    double m = frexp(x, &e);
    /* scale the mantissa to an integer, then drop its trailing zero bits */
    int64_t num = (int64_t)ldexp(m, 53);
    e -= 53;
    while (num != 0 && (num & 1) == 0) {
        num /= 2;
        e++;
    }
    Value n = int_from_i64(vm, num), d = val_from_small(1);
    if (val_is_error(n)) return n;
    Value shift = int_from_i64(vm, e >= 0 ? e : -e);
    if (e > 0) n = int_lshift(vm, n, shift);
    else if (e < 0) d = int_lshift(vm, d, shift);
    if (val_is_error(n) || val_is_error(d)) return VAL_ERROR;
    return tuple_pack(vm, 2, n, d);
}

static Value float_round(VM *vm, Value *args, int nargs, Value kwnames) {
    bool kw = val_is_obj(kwnames) && as_tuple(kwnames)->len > 0;
    if (vm_check_args(vm, kw ? "float.__round__" : "__round__", nargs - 1, kwnames, 0, 1) < 0) return VAL_ERROR;
    double x = SELF;
    if (nargs < 2 || args[1] == VAL_NONE) {
        double r = round(x);
        if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0); /* ties to even */
        return int_from_double(vm, r);
    }
    int64_t nd;
    if (obj_index_i64(vm, args[1], &nd, NULL) < 0) return VAL_ERROR;
    if (nd > 400) nd = 400;
    if (nd < -400) nd = -400;
    bool overflow;
    double r = dtoa_round(x, (int)nd, &overflow);
    if (overflow) return vm_raise(vm, &type_OverflowError, "rounded value too large to represent");
    return val_from_float(r);
}

static Value float_hex(VM *vm, Value *args, int nargs, Value kwnames) {
    NO_ARGS("hex");
    double x = SELF;
    if (x != x || isinf(x)) return float_repr_value(vm, x);
    char buf[40];
    size_t n = 0;
    if (signbit(x)) buf[n++] = '-';
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int exp = be == 0 ? (frac ? -1022 : 0) : be - 1023;
    memcpy(buf + n, be == 0 ? "0x0." : "0x1.", 4);
    n += 4;
    static const char hexd[] = "0123456789abcdef";
    if (be == 0 && frac == 0) {
        buf[n++] = '0';
    } else {
        for (int shift = 48; shift >= 0; shift -= 4) buf[n++] = hexd[(frac >> shift) & 0xf];
    }
    buf[n++] = 'p';
    buf[n++] = exp < 0 ? '-' : '+';
    char tmp[8];
    int k = 0;
    for (unsigned u = (unsigned)(exp < 0 ? -exp : exp); k == 0 || u; u /= 10) tmp[k++] = (char)('0' + u % 10);
    while (k > 0) buf[n++] = tmp[--k];
    return str_new(vm, buf, n);
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Round mant * 2**exp (sticky: nonzero bits below mant) to a double, half
** to even. Returns false on overflow. */
static bool hex_to_double(uint64_t mant, bool sticky, int64_t exp, double *out) {
    if (mant == 0) {
        *out = 0.0;
        return true;
    }
    int len = 64;
    while (!(mant >> (len - 1))) len--;
    int64_t top = exp + len - 1;             /* exponent of the leading bit */
    if (top > 1023) return false;
    int64_t prec = top >= -1022 ? 53 : 53 - (-1022 - top);
    int64_t shift = len - prec;
    if (shift > 0) {
        bool half = shift <= 64 && ((mant >> (shift - 1)) & 1);
        bool rest = sticky || (shift > 1 && (shift - 1 >= 64 || (mant & ((UINT64_C(1) << (shift - 1)) - 1))));
        uint64_t kept = shift >= 64 ? 0 : mant >> shift;
        if (half && (rest || (kept & 1))) kept++;
        mant = kept;
        exp += shift;
        if (mant == (UINT64_C(1) << 53)) {
            mant >>= 1;
            exp++;
        }
    }
    *out = ldexp((double)mant, (int)exp);
    return !isinf(*out);
}

/* float.fromhex text: [ws][sign](inf|infinity|nan|[0x]hex[.hex][p[sign]dec])[ws] */
static int parse_hex_float(const char *s, size_t len, double *out) {
    size_t i = 0;
    while (i < len && space_len((const unsigned char *)s + i, len - i)) i += space_len((const unsigned char *)s + i, len - i);
    while (len > i && trailing_space_len((const unsigned char *)s + i, len - i)) len -= trailing_space_len((const unsigned char *)s + i, len - i);
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    double special;
    size_t used = 0;
    if (i < len && (s[i] == 'i' || s[i] == 'I' || s[i] == 'n' || s[i] == 'N')) {
        used = dtoa_parse_prefix(s + i, len - i, &special);
        if (used == 0 || i + used != len) return 0;
        *out = neg ? -special : special;
        return 1;
    }
    if (i + 1 < len && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
    uint64_t mant = 0;
    bool sticky = false, any = false;
    int64_t exp = 0;
    for (; i < len && hex_value(s[i]) >= 0; i++) {
        any = true;
        if (mant >> 56) {
            sticky |= hex_value(s[i]) != 0;
            if (exp < INT64_C(1) << 40) exp += 4;
        } else {
            mant = mant * 16 + (uint64_t)hex_value(s[i]);
        }
    }
    if (i < len && s[i] == '.') {
        for (i++; i < len && hex_value(s[i]) >= 0; i++) {
            any = true;
            if (mant >> 56) {
                sticky |= hex_value(s[i]) != 0;
            } else {
                mant = mant * 16 + (uint64_t)hex_value(s[i]);
                if (exp > -(INT64_C(1) << 40)) exp -= 4;
            }
        }
    }
    if (!any) return 0;
    if (i < len && (s[i] == 'p' || s[i] == 'P')) {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
        if (i >= len || !is_digit(s[i])) return 0;
        int64_t e = 0;
        for (; i < len && is_digit(s[i]); i++)
            if (e < INT64_C(1) << 40) e = e * 10 + (s[i] - '0');
        exp += eneg ? -e : e;
    }
    if (i != len) return 0;
    if (exp < -(INT64_C(1) << 31)) exp = -(INT64_C(1) << 31);
    double r;
    if (!hex_to_double(mant, sticky, exp, &r)) return -1;
    *out = neg ? -r : r;
    return 1;
}

static Value float_fromhex(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "float.fromhex", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "bad argument type for built-in operation");
    double d;
    int r = parse_hex_float(as_str(args[1])->data, as_str(args[1])->size, &d);
    if (r == 0) return vm_raise(vm, &type_ValueError, "invalid hexadecimal floating-point string");
    if (r < 0)
        return vm_raise(vm, &type_OverflowError, "hexadecimal value too large to represent as a float");
    Value v = val_from_float(d);
    if (args[0] == val_from_obj(&type_float)) return v;
    return obj_call1(vm, args[0], v);
}

static Value float_getformat(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__getformat__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value t = args[1];
    if (!val_is_str(t))
        return vm_raise(vm, &type_TypeError, "__getformat__() argument must be str, not %s",
                        type_name(val_type(t)));
    if (!str_eq_cstr(t, "double") && !str_eq_cstr(t, "float"))
        return vm_raise(vm, &type_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return str_from_cstr(vm, "IEEE, little-endian");
}

static Value float_format_method(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "float.__format__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "__format__() argument must be str, not %s",
                        val_is_none(args[1]) ? "None" : type_name(val_type(args[1])));
    /* an empty spec is str(self), which a subclass may override */
    if (as_str(args[1])->size == 0 && !val_is_float(args[0])) return obj_str(vm, args[0]);
    return float_format(vm, SELF, args[1]);
}

static Value float_get_real(VM *vm, Value self) { return val_from_float(float_value(self)); }
static Value float_get_imag(VM *vm, Value self) { return val_from_float(0.0); }

/* ---- format() ---- */

/* Mode and flags of dtoa_format for a format type letter. */
static bool format_mode(const FormatSpec *fs, char *mode, int *prec, unsigned *flags) {
    *prec = fs->precision < 0 ? -1 : fs->precision > 100000000 ? 100000000 : (int)fs->precision;
    *flags = fs->alternate ? DTOA_ALT : 0;
    switch (fs->type) {
    case 0:
        *flags |= DTOA_ADD_DOT_0;
        *mode = *prec < 0 ? 'r' : 'g';
        return true;
    case 'E': case 'F': case 'G': *flags |= DTOA_UPPER; /* fall through */
    case 'e': case 'f': case 'g': *mode = (char)(fs->type | 0x20); break;
    case 'n': *mode = 'g'; break;
    case '%': *mode = 'f'; break;
    default: return false;
    }
    if (*prec < 0) *prec = 6;
    return true;
}

/* Only zeros before the exponent: the value rounded to zero. */
static bool rounds_to_zero(const char *body, size_t len) {
    for (size_t i = 0; i < len; i++) {
        char c = body[i];
        if (c == 'e' || c == 'E' || c == '%') break;
        if ((c >= '1' && c <= '9') || c == 'i' || c == 'n' || c == 'I' || c == 'N') return false;
    }
    return true;
}

/* Sign, grouped integer part, rest; then padding to the width. */
static Value assemble_number(VM *vm, const FormatSpec *fs, bool neg, const char *body, size_t blen) {
    const char *sign = neg ? "-" : fs->sign == '+' ? "+" : fs->sign == ' ' ? " " : "";
    size_t slen = strlen(sign);
    StrBuf num, out;
    sb_init(&num);
    sb_adds(&num, sign);
    size_t intlen = 0;
    while (intlen < blen && is_digit(body[intlen])) intlen++;
    if (fs->grouping && intlen > 0) {
        int64_t min_width = 0;
        if (fs->fill == '0' && fs->align == '=' && fs->width > 0)
            min_width = fs->width - (int64_t)slen - (int64_t)(blen - intlen);
        format_group_digits(&num, body, intlen, fs->grouping, 3, min_width);
        sb_add(&num, body + intlen, blen - intlen);
    } else {
        sb_add(&num, body, blen);
    }
    if (num.failed) {
        sb_free(&num);
        return vm_raise_nomem(vm);
    }
    sb_init(&out);
    format_pad(&out, fs, num.data, num.len, num.len, '>', slen);
    sb_free(&num);
    return sb_finish(vm, &out);
}

Value float_format(VM *vm, double x, Value spec) {
    if (as_str(spec)->size == 0) return float_repr_value(vm, x);
    bool z;
    FormatSpec fs;
    if (formatspec_parse_as(vm, spec, "float", &fs, &z) < 0) return VAL_ERROR;
    char mode;
    int prec;
    unsigned flags;
    if (!format_mode(&fs, &mode, &prec, &flags))
        return vm_raise(vm, &type_ValueError, "Unknown format code '%c' for object of type 'float'",
                        fs.type);
    if (fs.type == 'n' && fs.grouping)
        return vm_raise(vm, &type_ValueError, "Cannot specify '%c' with 'n'.", fs.grouping);
    if (fs.zero) {
        if (fs.fill == ' ' && fs.align == 0) fs.fill = '0';
        if (fs.align == 0) fs.align = '=';
    }
    if (fs.type == '%') x *= 100;
    bool neg = signbit(x) && x == x;
    size_t cap = dtoa_format_bound(x, mode, prec) + 2;
    char small[400];
    char *body = cap <= sizeof small ? small : malloc(cap);
    if (!body) return vm_raise_nomem(vm);
    size_t blen = dtoa_format(fabs(x), mode, prec, flags, body, cap);
    if (fs.type == '%') body[blen++] = '%';
    if (neg && z && rounds_to_zero(body, blen)) neg = false;
    Value r = assemble_number(vm, &fs, neg, body, blen);
    if (body != small) free(body);
    return r;
}

static const MethodDef float_methods[] = {
    {"conjugate", float_conjugate, 0, "Return self, the complex conjugate of any float."},
    {"is_integer", float_is_integer, 0, "Return True if the float is an integer."},
    {"as_integer_ratio", float_as_integer_ratio, 0, "Return integer ratio."},
    {"hex", float_hex, 0, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", float_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__round__", float_round, 0, "Return the Integral closest to x, rounding half toward even."},
    {"__trunc__", float_trunc, 0, "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor, 0, "Return the floor as an Integral."},
    {"__ceil__", float_ceil, 0, "Return the ceiling as an Integral."},
    {"__getnewargs__", float_getnewargs, 0, NULL},
    {"__getformat__", float_getformat, METH_CLASS, "You probably don't want to use this function."},
    {"__format__", float_format_method, 0, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef float_getsets[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

Type type_float = {
    .hdr = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "float",
    .flags = TYPE_BASETYPE | TYPE_FLOAT_SUBCLASS,
    .basicsize = sizeof(FloatObj),
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .bool_ = float_bool,
    .new_ = float_new,
    .number = &float_number,
};

int setup_float(VM *vm) {
    if (type_add_methods(vm, &type_float, float_methods) < 0) return -1;
    return type_add_getsets(vm, &type_float, float_getsets);
}

/*
** int.c -- the int type: unbounded integers.
**
** Ints in [-2**47, 2**47) are unboxed small ints (value.h); wider ones are
** BigIntObjs of type int, normalized (no high zero digits, never a value a
** small int could hold). Instances of int subclasses are BigIntObj-shaped
** objects of the subclass with any value (zero has sign 0, ndigits 0).
** Every operation reads its operands through an IntView and returns the
** canonical form. Magnitude arithmetic lives in bignum.c.
*/
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../compiler/opcodes.h"
#include "../runtime/format.h"
#include "../runtime/import.h"
#include "../runtime/names.h"
#include "../runtime/typeobject.h"
#include "bignum.h"
#include "str.h"
#include "int.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}
/* Refuse to build ints longer than this many digits (1 GiB; 128 MiB on
** 32-bit targets, where bit counts must still fit in a size_t). */
#if SIZE_MAX > UINT32_MAX
#define MAX_DIGITS ((size_t)1 << 28)
#else
#define MAX_DIGITS ((size_t)1 << 25)
#endif
#define HASH_MODULUS ((UINT64_C(1) << 61) - 1)
#define HASH_BITS 61

/* ---- reading operands ---- */

/* An int-like value seen as sign and magnitude. Use it in place: d may
** point into buf. */
typedef struct IntView {
    int sign;
    size_t n;
    const Digit *d;
    Digit buf[2];
} IntView;

static BigIntObj *as_big(Value v) { return (BigIntObj *)val_as_obj(v); }

static void view_small(int64_t i, IntView *w) {
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    w->buf[0] = (Digit)m;
    w->buf[1] = (Digit)(m >> 32);
    w->n = (m >> 32) ? 2 : m ? 1 : 0;
    w->sign = (i > 0) - (i < 0);
    w->d = w->buf;
}

static void view_of(Value v, IntView *w) {
    if (val_is_int(v)) {
        view_small(val_as_int(v), w);
    } else if (val_is_bool(v)) {
        view_small(v == VAL_TRUE, w);
    } else {
        BigIntObj *b = as_big(v);
        w->d = b->digits;
        w->n = bn_trim(b->digits, b->ndigits);
        w->sign = w->n ? (b->sign < 0 ? -1 : 1) : 0;
    }
}

bool val_is_intlike(Value v) {
    if (val_is_int(v) || val_is_bool(v)) return true;
    return val_is_obj(v) && (val_as_obj(v)->type->flags & TYPE_INT_SUBCLASS);
}

/* The value as an int64 when it fits in a small int (fast paths). */
static bool small_of(Value v, int64_t *out) {
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return true;
    }
    if (val_is_bool(v)) {
        *out = v == VAL_TRUE;
        return true;
    }
    if (val_as_obj(v)->type == &type_int) return false;  /* canonical bigint: wide */
    IntView w;
    view_of(v, &w);
    if (w.n > 2) return false;
    uint64_t m = w.n ? w.d[0] | (w.n > 1 ? (uint64_t)w.d[1] << 32 : 0) : 0;
    if (m > (uint64_t)1 << 47) return false;
    int64_t i = w.sign < 0 ? -(int64_t)m : (int64_t)m;
    if (!smallint_fits(i)) return false;
    *out = i;
    return true;
}

/* ---- making results ---- */

static BigIntObj *big_alloc(VM *vm, size_t n) {
    if (n > MAX_DIGITS) {
        vm_raise_nomem(vm);
        return NULL;
    }
    BigIntObj *b = gc_alloc(vm, &type_int, sizeof(BigIntObj) + (n ? n : 1) * sizeof(Digit));
    if (!b) return NULL;
    b->sign = 1;
    b->ndigits = (uint32_t)n;
    return b;
}

/* Trim [b] to its first n digits and give it its sign; a small int when it fits. */
static Value big_finish(BigIntObj *b, int sign, size_t n) {
    n = bn_trim(b->digits, n);
    if (n == 0) return val_from_small(0);
    if (n <= 2) {
        uint64_t m = b->digits[0] | (n > 1 ? (uint64_t)b->digits[1] << 32 : 0);
        if (sign > 0 && m <= (uint64_t)SMALLINT_MAX) return val_from_small((int64_t)m);
        if (sign < 0 && m <= (uint64_t)1 << 47) return val_from_small(-(int64_t)m);
    }
    b->sign = sign < 0 ? -1 : 1;
    b->ndigits = (uint32_t)n;
    return val_from_obj(b);
}

Value int_from_digits(VM *vm, int sign, const Digit *d, size_t n) {
    n = bn_trim(d, n);
    if (n == 0 || sign == 0) return val_from_small(0);
    BigIntObj *b = big_alloc(vm, n);
    if (!b) return VAL_ERROR;
    memcpy(b->digits, d, n * sizeof(Digit));
    return big_finish(b, sign, n);
}

static Value from_view(VM *vm, const IntView *w, int sign) {
    return int_from_digits(vm, sign, w->d, w->n);
}

Value int_from_u64(VM *vm, uint64_t u) {
    if (u <= (uint64_t)SMALLINT_MAX) return val_from_small((int64_t)u);
    Digit d[2] = {(Digit)u, (Digit)(u >> 32)};
    return int_from_digits(vm, 1, d, 2);
}

Value int_from_i64(VM *vm, int64_t i) {
    if (smallint_fits(i)) return val_from_small(i);
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    Digit d[2] = {(Digit)m, (Digit)(m >> 32)};
    return int_from_digits(vm, i < 0 ? -1 : 1, d, 2);
}

Value int_exact(VM *vm, Value a) {
    if (val_is_int(a)) return a;
    if (val_is_bool(a)) return val_from_small(a == VAL_TRUE);
    if (val_as_obj(a)->type == &type_int) return a;
    IntView w;
    view_of(a, &w);
    return from_view(vm, &w, w.sign);
}

Value int_from_double(VM *vm, double d) {
    if (isinf(d)) return vm_raise(vm, &type_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return vm_raise(vm, &type_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (fabs(d) < 9007199254740992.0) return int_from_i64(vm, (int64_t)d);
    int exp;
    double frac = frexp(fabs(d), &exp);          /* |d| = frac * 2**exp, exp > 53 */
    uint64_t mant = (uint64_t)ldexp(frac, 53);   /* exact: 53 bits */
    size_t n = (size_t)exp / 32 + 2;
    Digit *tmp = calloc(n + 1, sizeof(Digit));
    if (!tmp) return vm_raise_nomem(vm);
    Digit m[2] = {(Digit)mant, (Digit)(mant >> 32)};
    size_t nr = bn_lshift(tmp, m, 2, (size_t)(exp - 53));
    Value r = int_from_digits(vm, d < 0 ? -1 : 1, tmp, nr);
    free(tmp);
    return r;
}

int int_as_i64(VM *vm, Value v, int64_t *out) {
    if (small_of(v, out)) return 0;
    IntView w;
    view_of(v, &w);
    if (w.n <= 2) {
        uint64_t m = w.d[0] | (w.n > 1 ? (uint64_t)w.d[1] << 32 : 0);
        if (w.sign > 0 && m <= (uint64_t)INT64_MAX) {
            *out = (int64_t)m;
            return 0;
        }
        if (w.sign < 0 && m <= (uint64_t)1 << 63) {
            *out = (int64_t)(0 - m);
            return 0;
        }
    }
    vm_raise(vm, &type_OverflowError, "Python int too large to convert to C long");
    return -1;
}

/* Correctly rounded (half to even): the top 64 bits with a sticky bit. */
static double view_to_double(const IntView *w, bool *overflow) {
    *overflow = false;
    if (w->n == 0) return 0.0;
    uint64_t bits = bn_bit_length(w->d, w->n);
    double r;
    if (bits <= 64) {
        uint64_t m = w->d[0] | (w->n > 1 ? (uint64_t)w->d[1] << 32 : 0);
        r = (double)m;
    } else {
        size_t shift = (size_t)(bits - 64);
        Digit top[3];
        int lost;
        /* only the digits holding the top 64 bits matter, plus the sticky flag */
        size_t first = shift / 32;
        bool sticky = false;
        for (size_t i = 0; i < first; i++)
            if (w->d[i]) sticky = true;
        size_t cnt = w->n - first;
        bn_rshift(top, w->d + first, cnt < 3 ? cnt : 3, shift % 32, &lost);
        uint64_t m = top[0] | (uint64_t)top[1] << 32;
        if (sticky || lost) m |= 1;
        if (bits > (uint64_t)DBL_MAX_EXP + 64) {
            *overflow = true;
            return 0.0;
        }
        r = ldexp((double)m, (int)shift);
    }
    if (isinf(r)) {
        *overflow = true;
        return 0.0;
    }
    return w->sign < 0 ? -r : r;
}

double int_as_double(VM *vm, Value v, bool *overflow) {
    int64_t i;
    if (small_of(v, &i)) {
        *overflow = false;
        return (double)i;
    }
    IntView w;
    view_of(v, &w);
    return view_to_double(&w, overflow);
}

Value int_float(VM *vm, Value a) {
    bool overflow;
    double d = int_as_double(vm, a, &overflow);
    if (overflow) return vm_raise(vm, &type_OverflowError, "int too large to convert to float");
    return val_from_float(d);
}

int int_sign(Value a) {
    IntView w;
    view_of(a, &w);
    return w.sign;
}

uint64_t int_bit_length(Value a) {
    IntView w;
    view_of(a, &w);
    return bn_bit_length(w.d, w.n);
}

/* ---- comparison and hashing ---- */

static int cmp_views(const IntView *a, const IntView *b) {
    if (a->sign != b->sign) return a->sign < b->sign ? -1 : 1;
    int c = bn_cmp(a->d, a->n, b->d, b->n);
    return a->sign < 0 ? -c : c;
}

int int_compare(Value a, Value b) {
    IntView x, y;
    view_of(a, &x);
    view_of(b, &y);
    return cmp_views(&x, &y);
}

Value int_richcompare(VM *vm, Value a, Value b, int op) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    int64_t x, y;
    int c;
    if (small_of(a, &x) && small_of(b, &y)) c = (x > y) - (x < y);
    else c = int_compare(a, b);
    switch (op) {
    case CMPOP_LT: return val_from_bool(c < 0);
    case CMPOP_LE: return val_from_bool(c <= 0);
    case CMPOP_EQ: return val_from_bool(c == 0);
    case CMPOP_NE: return val_from_bool(c != 0);
    case CMPOP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

/* CPython's numeric hash: the value modulo 2**61 - 1, keeping the sign. */
int64_t int_hash(VM *vm, Value a) {
    int64_t i;
    if (small_of(a, &i)) return i == -1 ? -2 : i;
    IntView w;
    view_of(a, &w);
    uint64_t x = 0;
    for (size_t k = w.n; k-- > 0;) {
        /* x * 2**32 mod P is a rotation of the 61-bit x by 32 */
        x = ((x << 32) & HASH_MODULUS) | (x >> (HASH_BITS - 32));
        x += w.d[k];
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    int64_t h = w.sign < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

int int_bool(VM *vm, Value a) { return int_sign(a) != 0; }

/* ---- addition, subtraction, multiplication ---- */

static Value add_views(VM *vm, const IntView *a, const IntView *b, int bsign) {
    if (a->sign == 0) return from_view(vm, b, bsign);
    if (bsign == 0) return from_view(vm, a, a->sign);
    if (a->sign == bsign) {
        BigIntObj *r = big_alloc(vm, (a->n > b->n ? a->n : b->n) + 1);
        if (!r) return VAL_ERROR;
        size_t n = bn_add(r->digits, a->d, a->n, b->d, b->n);
        return big_finish(r, a->sign, n);
    }
    int c = bn_cmp(a->d, a->n, b->d, b->n);
    if (c == 0) return val_from_small(0);
    const IntView *big = c > 0 ? a : b, *small = c > 0 ? b : a;
    BigIntObj *r = big_alloc(vm, big->n);
    if (!r) return VAL_ERROR;
    size_t n = bn_sub(r->digits, big->d, big->n, small->d, small->n);
    return big_finish(r, c > 0 ? a->sign : bsign, n);
}

Value int_add(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return int_from_i64(vm, x + y);
    IntView va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    return add_views(vm, &va, &vb, vb.sign);
}

Value int_sub(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) return int_from_i64(vm, x - y);
    IntView va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    return add_views(vm, &va, &vb, -vb.sign);
}

static Value mul_views(VM *vm, const IntView *a, const IntView *b) {
    if (a->sign == 0 || b->sign == 0) return val_from_small(0);
    BigIntObj *r = big_alloc(vm, a->n + b->n);
    if (!r) return VAL_ERROR;
    if (bn_mul(r->digits, a->d, a->n, b->d, b->n) < 0) return vm_raise_nomem(vm);
    return big_finish(r, a->sign * b->sign, a->n + b->n);
}

Value int_mul(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    int64_t x, y, p;
    if (small_of(a, &x) && small_of(b, &y) && !__builtin_mul_overflow(x, y, &p))
        return int_from_i64(vm, p);
    IntView va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    return mul_views(vm, &va, &vb);
}

/* ---- division ---- */

/* Floor division and modulo of views (b nonzero); q or r may be NULL. */
static int divmod_views(VM *vm, const IntView *a, const IntView *b, Value *q, Value *r) {
    if (bn_cmp(a->d, a->n, b->d, b->n) < 0) {
        /* |a| < |b|: the quotient is 0 or -1 */
        bool adjust = a->sign != 0 && a->sign != b->sign;
        if (q) *q = val_from_small(adjust ? -1 : 0);
        if (r) {
            if (!adjust) *r = from_view(vm, a, a->sign);
            else *r = add_views(vm, b, a, a->sign);  /* b + a, a of the other sign */
            if (val_is_error(*r)) return -1;
        }
        return 0;
    }
    size_t nq = a->n - b->n + 1;
    BigIntObj *qo = big_alloc(vm, nq + 1);
    BigIntObj *ro = qo ? big_alloc(vm, b->n) : NULL;
    if (!ro) return -1;
    if (bn_divmod(qo->digits, ro->digits, a->d, a->n, b->d, b->n) < 0) {
        vm_raise_nomem(vm);
        return -1;
    }
    qo->digits[nq] = 0;
    size_t nr = bn_trim(ro->digits, b->n);
    if (a->sign != b->sign && nr > 0) {
        /* floor: q = -(|q| + 1), r = |b| - |r| with b's sign */
        Digit one = 1;
        nq = bn_add(qo->digits, qo->digits, nq, &one, 1);
        nr = bn_sub(ro->digits, b->d, b->n, ro->digits, nr);
    }
    if (q) *q = big_finish(qo, a->sign * b->sign, nq + 1);
    if (r) *r = big_finish(ro, b->sign, nr);
    return 0;
}

static int64_t floordiv_i64(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}

static int64_t mod_i64(int64_t x, int64_t y) {
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) m += y;
    return m;
}

/* Shared by //, % and divmod: which results the caller wants. */
static int int_divmod_values(VM *vm, Value a, Value b, Value *q, Value *r, const char *zero_msg) {
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y)) {
        if (y == 0) {
            vm_raise(vm, &type_ZeroDivisionError, zero_msg);
            return -1;
        }
        if (q) *q = int_from_i64(vm, floordiv_i64(x, y));
        if (r) *r = val_from_small(mod_i64(x, y));
        return q && val_is_error(*q) ? -1 : 0;
    }
    IntView va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    if (vb.sign == 0) {
        vm_raise(vm, &type_ZeroDivisionError, zero_msg);
        return -1;
    }
    return divmod_views(vm, &va, &vb, q, r);
}

Value int_floordiv(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    Value q;
    if (int_divmod_values(vm, a, b, &q, NULL, "integer division or modulo by zero") < 0)
        return VAL_ERROR;
    return q;
}

Value int_mod(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    Value r;
    if (int_divmod_values(vm, a, b, NULL, &r, "integer modulo by zero") < 0) return VAL_ERROR;
    return r;
}

Value int_divmod(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    Value q, r;
    if (int_divmod_values(vm, a, b, &q, &r, "integer division or modulo by zero") < 0)
        return VAL_ERROR;
    return tuple_pack(vm, 2, q, r);
}

/* Round the quotient q (55 or 56 bits, inexact when bits were dropped) to
** the precision of a double at exponent shift, half to even. */
static double round_quotient(uint64_t q, bool inexact, int64_t shift, bool *overflow) {
    int qbits = 64 - __builtin_clzll(q);
    int64_t keep_from = (int64_t)DBL_MIN_EXP - shift;
    int extra = (int)((qbits > keep_from ? qbits : keep_from) - DBL_MANT_DIG);
    if (extra > 0) {
        uint64_t mask = UINT64_C(1) << (extra - 1);
        uint64_t low = q | (inexact ? 1 : 0);
        if ((low & mask) && (low & (3 * mask - 1))) q += mask;
        q &= ~(2 * mask - 1);
    }
    double dq = (double)q;
    *overflow = false;
    if (shift + qbits >= DBL_MAX_EXP &&
        (shift + qbits > DBL_MAX_EXP || dq == ldexp(1.0, qbits))) {
        *overflow = true;
        return 0.0;
    }
    return ldexp(dq, (int)shift);
}

/* |a| / |b| correctly rounded, for nonzero a and b. */
static int divide_views(VM *vm, const IntView *a, const IntView *b, double *out) {
    int64_t abits = (int64_t)bn_bit_length(a->d, a->n), bbits = (int64_t)bn_bit_length(b->d, b->n);
    int64_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP + 1) goto overflow;
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 2) {
        *out = 0.0;
        return 0;
    }
    /* scale a so the quotient has DBL_MANT_DIG + 2 or + 3 bits */
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 3;
    size_t cap = a->n + (shift < 0 ? (size_t)(-shift) / 32 + 2 : 1);
    Digit *x = calloc(cap, sizeof(Digit));
    if (!x) {
        vm_raise_nomem(vm);
        return -1;
    }
    int lost = 0;
    size_t nx = shift < 0 ? bn_lshift(x, a->d, a->n, (size_t)-shift)
                          : bn_rshift(x, a->d, a->n, (size_t)shift, &lost);
    uint64_t qv;
    bool inexact = lost;
    if (bn_cmp(x, nx, b->d, b->n) < 0) {
        qv = 0;
        inexact = inexact || nx > 0;
    } else {
        Digit *qq = calloc(nx - b->n + 2, sizeof(Digit));
        Digit *rr = calloc(b->n, sizeof(Digit));
        if (!qq || !rr || bn_divmod(qq, rr, x, nx, b->d, b->n) < 0) {
            free(qq);
            free(rr);
            free(x);
            vm_raise_nomem(vm);
            return -1;
        }
        size_t nq = bn_trim(qq, nx - b->n + 1);
        qv = nq ? qq[0] | (nq > 1 ? (uint64_t)qq[1] << 32 : 0) : 0;
        if (bn_trim(rr, b->n)) inexact = true;
        free(qq);
        free(rr);
    }
    free(x);
    if (qv == 0) {
        *out = 0.0;
        return 0;
    }
    bool ovf;
    *out = round_quotient(qv, inexact, shift, &ovf);
    if (!ovf) return 0;
overflow:
    vm_raise(vm, &type_OverflowError, "integer division result too large for a float");
    return -1;
}

int int_true_divide_double(VM *vm, Value a, Value b, double *out) {
    IntView va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    if (vb.sign == 0) {
        vm_raise(vm, &type_ZeroDivisionError, "division by zero");
        return -1;
    }
    if (va.sign == 0) {
        *out = vb.sign < 0 ? -0.0 : 0.0;
        return 0;
    }
    /* both exactly representable: one IEEE division rounds correctly */
    if (bn_bit_length(va.d, va.n) <= DBL_MANT_DIG && bn_bit_length(vb.d, vb.n) <= DBL_MANT_DIG) {
        bool o;
        *out = view_to_double(&va, &o) / view_to_double(&vb, &o);
        return 0;
    }
    double d;
    if (divide_views(vm, &va, &vb, &d) < 0) return -1;
    *out = va.sign * vb.sign < 0 ? -d : d;
    return 0;
}

Value int_truediv(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    double d;
    if (int_true_divide_double(vm, a, b, &d) < 0) return VAL_ERROR;
    return val_from_float(d);
}

/* ---- power ---- */

/* A negative exponent without modulus: float semantics. */
static Value pow_float(VM *vm, Value a, Value b) {
    bool oa, ob;
    double x = int_as_double(vm, a, &oa), y = int_as_double(vm, b, &ob);
    if (oa || ob) return vm_raise(vm, &type_OverflowError, "int too large to convert to float");
    if (x == 0.0) return vm_raise(vm, &type_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return val_from_float(pow(x, y));
}

/* Exact x**e for small operands; false when it would overflow 63 bits. */
static bool pow_i64(int64_t x, int64_t e, int64_t *out) {
    int64_t r = 1;
    while (e > 0) {
        if ((e & 1) && __builtin_mul_overflow(r, x, &r)) return false;
        e >>= 1;
        if (e && __builtin_mul_overflow(x, x, &x)) return false;
    }
    *out = r;
    return true;
}

/* Square-and-multiply over the bits of e, reducing modulo m when m is an int. */
static Value pow_loop(VM *vm, Value base, const IntView *e, Value m) {
    Value r = val_from_small(1);
    uint64_t bits = bn_bit_length(e->d, e->n);
    for (uint64_t i = bits; i-- > 0;) {
        r = int_mul(vm, r, r);
        if (!val_is_error(r) && m != VAL_NONE) r = int_mod(vm, r, m);
        if (val_is_error(r)) return r;
        if ((e->d[i / 32] >> (i % 32)) & 1) {
            r = int_mul(vm, r, base);
            if (!val_is_error(r) && m != VAL_NONE) r = int_mod(vm, r, m);
            if (val_is_error(r)) return r;
        }
    }
    return r;
}

static Value pow_plain(VM *vm, Value a, Value b) {
    int64_t x, y, r;
    if (small_of(a, &x) && small_of(b, &y) && pow_i64(x, y, &r)) return int_from_i64(vm, r);
    IntView va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    if (va.n == 0) return val_from_small(vb.n == 0);
    if (va.n == 1 && va.d[0] == 1) {
        bool odd = vb.n && (vb.d[0] & 1);
        return val_from_small(va.sign < 0 && odd ? -1 : 1);
    }
    /* the result has about e * log2|a| bits: refuse what cannot be stored */
    double bits = (double)bn_bit_length(va.d, va.n) - 1;
    bool o;
    if (bits * view_to_double(&vb, &o) > (double)MAX_DIGITS * 32 || o) return vm_raise_nomem(vm);
    return pow_loop(vm, a, &vb, VAL_NONE);
}

/* The inverse of a modulo m (m > 1) by the extended Euclidean algorithm. */
static Value mod_inverse(VM *vm, Value a, Value m) {
    Value old_r = int_mod(vm, a, m), r = m, old_s = val_from_small(1), s = val_from_small(0);
    if (val_is_error(old_r)) return old_r;
    while (int_sign(r) != 0) {
        Value q = int_floordiv(vm, old_r, r);
        if (val_is_error(q)) return q;
        Value qr = int_mul(vm, q, r), qs = int_mul(vm, q, s);
        if (val_is_error(qr) || val_is_error(qs)) return VAL_ERROR;
        Value nr = int_sub(vm, old_r, qr), ns = int_sub(vm, old_s, qs);
        if (val_is_error(nr) || val_is_error(ns)) return VAL_ERROR;
        old_r = r, r = nr, old_s = s, s = ns;
    }
    if (!(val_is_int(old_r) && val_as_int(old_r) == 1))
        return vm_raise(vm, &type_ValueError, "base is not invertible for the given modulus");
    return int_mod(vm, old_s, m);
}

static Value pow_mod(VM *vm, Value a, Value b, Value m) {
    int msign = int_sign(m);
    if (msign == 0) return vm_raise(vm, &type_ValueError, "pow() 3rd argument cannot be 0");
    m = msign < 0 ? int_neg(vm, m) : int_exact(vm, m);
    if (val_is_error(m)) return m;
    if (val_is_int(m) && val_as_int(m) == 1) return val_from_small(0);
    if (int_sign(b) < 0) {
        b = int_neg(vm, b);
        if (val_is_error(b)) return b;
        a = mod_inverse(vm, a, m);
    } else {
        a = int_mod(vm, a, m);
    }
    if (val_is_error(a)) return a;
    IntView vb;
    view_of(b, &vb);
    Value r = pow_loop(vm, a, &vb, m);
    if (val_is_error(r)) return r;
    if (msign < 0 && int_sign(r) != 0) r = int_sub(vm, r, m);
    return r;
}

Value int_pow(VM *vm, Value a, Value b, Value m) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    if (m != VAL_NONE && m != VAL_NULL) {
        if (!val_is_intlike(m)) return VAL_NOTIMPL;
        return pow_mod(vm, a, b, m);
    }
    if (int_sign(b) < 0) return pow_float(vm, a, b);
    return pow_plain(vm, a, b);
}

/* ---- shifts ---- */

/* The shift count of b (>= 0); *huge when it does not fit in an int64. */
static int shift_count(VM *vm, Value b, int64_t *s, bool *huge) {
    *huge = false;
    if (int_sign(b) < 0) {
        vm_raise(vm, &type_ValueError, "negative shift count");
        return -1;
    }
    IntView w;
    view_of(b, &w);
    if (bn_bit_length(w.d, w.n) > 63) {
        /* CPython overflows only when the result would have more 30-bit
        ** digits than it can count (b >= 0x3bfffffffffffff11 for 1 << b);
        ** below that it runs out of memory */
        *huge = w.n > 3 || (w.n == 3 && (w.d[2] > 3 || (w.d[2] == 3 && (w.d[1] > 0xbfffffffu ||
                                         (w.d[1] == 0xbfffffffu && w.d[0] >= 0xffffff11u)))));
        *s = INT64_MAX;
        return 0;
    }
    *s = (int64_t)(w.d[0] | (w.n > 1 ? (uint64_t)w.d[1] << 32 : 0));
    return 0;
}

Value int_lshift(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    int64_t s, x;
    bool huge;
    if (shift_count(vm, b, &s, &huge) < 0) return VAL_ERROR;
    IntView va;
    view_of(a, &va);
    if (va.sign == 0) return val_from_small(0);
    if (huge) return vm_raise(vm, &type_OverflowError, "too many digits in integer");
    if ((uint64_t)s / 32 > MAX_DIGITS) return vm_raise_nomem(vm);
    if (small_of(a, &x) && s < 62 && bn_bit_length(va.d, va.n) + (uint64_t)s < 63)
        return int_from_i64(vm, x * ((int64_t)1 << s));
    BigIntObj *r = big_alloc(vm, va.n + (size_t)s / 32 + 1);
    if (!r) return VAL_ERROR;
    size_t n = bn_lshift(r->digits, va.d, va.n, (size_t)s);
    return big_finish(r, va.sign, n);
}

Value int_rshift(VM *vm, Value a, Value b) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    int64_t s, x;
    bool huge;
    if (shift_count(vm, b, &s, &huge) < 0) return VAL_ERROR;
    IntView va;
    view_of(a, &va);
    if (va.sign == 0) return val_from_small(0);
    if (huge || (uint64_t)s >= bn_bit_length(va.d, va.n)) return val_from_small(va.sign < 0 ? -1 : 0);
    if (small_of(a, &x)) return val_from_small(x < 0 ? ~(~x >> s) : x >> s);
    BigIntObj *r = big_alloc(vm, va.n + 1);
    if (!r) return VAL_ERROR;
    int lost;
    size_t n = bn_rshift(r->digits, va.d, va.n, (size_t)s, &lost);
    if (va.sign < 0 && lost) {
        Digit one = 1;
        n = bn_add(r->digits, r->digits, n, &one, 1);  /* floor toward -inf */
    }
    return big_finish(r, va.sign, n);
}

/* ---- bitwise operations, in two's complement ---- */

/* out[0..n) = v in n-digit two's complement (n > v's length). */
static void to_twos(Digit *out, size_t n, const IntView *v) {
    memset(out, 0, n * sizeof(Digit));
    memcpy(out, v->d, v->n * sizeof(Digit));
    if (v->sign < 0) {
        uint64_t carry = 1;
        for (size_t i = 0; i < n; i++) {
            carry += (Digit)~out[i];
            out[i] = (Digit)carry;
            carry >>= 32;
        }
    }
}

static Value bitwise(VM *vm, Value a, Value b, char op) {
    if (!val_is_intlike(a) || !val_is_intlike(b)) return VAL_NOTIMPL;
    int64_t x, y;
    if (small_of(a, &x) && small_of(b, &y))
        return val_from_small(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    IntView va, vb;
    view_of(a, &va);
    view_of(b, &vb);
    size_t n = (va.n > vb.n ? va.n : vb.n) + 1;
    Digit *buf = malloc(2 * n * sizeof(Digit));
    if (!buf) return vm_raise_nomem(vm);
    Digit *p = buf, *q = buf + n;
    to_twos(p, n, &va);
    to_twos(q, n, &vb);
    for (size_t i = 0; i < n; i++)
        p[i] = op == '&' ? (p[i] & q[i]) : op == '|' ? (p[i] | q[i]) : (p[i] ^ q[i]);
    bool neg = p[n - 1] >> 31;
    if (neg) {
        IntView t = {.sign = -1, .n = n, .d = p};
        to_twos(q, n, &t);       /* negating again gives the magnitude */
        memcpy(p, q, n * sizeof(Digit));
    }
    Value r = int_from_digits(vm, neg ? -1 : 1, p, n);
    free(buf);
    return r;
}

Value int_and(VM *vm, Value a, Value b) { return bitwise(vm, a, b, '&'); }
Value int_or(VM *vm, Value a, Value b) { return bitwise(vm, a, b, '|'); }
Value int_xor(VM *vm, Value a, Value b) { return bitwise(vm, a, b, '^'); }

/* ---- unary operations ---- */

Value int_neg(VM *vm, Value a) {
    int64_t x;
    if (small_of(a, &x)) return int_from_i64(vm, -x);
    IntView w;
    view_of(a, &w);
    return from_view(vm, &w, -w.sign);
}

Value int_pos(VM *vm, Value a) { return int_exact(vm, a); }

Value int_abs(VM *vm, Value a) { return int_sign(a) < 0 ? int_neg(vm, a) : int_exact(vm, a); }

Value int_invert(VM *vm, Value a) {
    int64_t x;
    if (small_of(a, &x)) return val_from_small(~x);
    return int_sub(vm, val_from_small(-1), a);
}

/* ---- to text ---- */

static Value raise_str_limit(VM *vm) {
    return vm_raise(vm, &type_ValueError,
                    "Exceeds the limit (%d digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit",
                    vm->int_max_str_digits);
}

/* The decimal digits of |w| (malloc'ed), within vm->int_max_str_digits. */
static char *decimal_digits(VM *vm, const IntView *w, size_t *len) {
    int limit = vm->int_max_str_digits;
    uint64_t bits = bn_bit_length(w->d, w->n);
    /* a value of b bits has more than (b - 1) * log10(2) digits: reject early */
    if (limit > 0 && bits > 1 && (double)(bits - 1) * 0.30102999566398120 >= (double)limit) {
        raise_str_limit(vm);
        return NULL;
    }
    char *s = bn_to_decimal(w->d, w->n, len);
    if (!s) {
        vm_raise_nomem(vm);
        return NULL;
    }
    if (limit > 0 && *len > (size_t)limit) {
        free(s);
        raise_str_limit(vm);
        return NULL;
    }
    return s;
}

/* Digits of |w| in base 2, 8 or 16 (malloc'ed, lowercase or uppercase). */
static char *pow2_digits(const IntView *w, int base, bool upper, size_t *len) {
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    uint64_t nbits = bn_bit_length(w->d, w->n);
    size_t nd = nbits ? (size_t)((nbits + (uint64_t)bits - 1) / (uint64_t)bits) : 1;
    char *s = malloc(nd + 1);
    if (!s) return NULL;
    const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    for (size_t i = 0; i < nd; i++) {
        uint64_t pos = (uint64_t)i * (uint64_t)bits;
        size_t k = (size_t)(pos / 32);
        uint64_t chunk = k < w->n ? w->d[k] : 0;
        if (k + 1 < w->n) chunk |= (uint64_t)w->d[k + 1] << 32;
        s[nd - 1 - i] = alphabet[(chunk >> (pos % 32)) & (uint64_t)(base - 1)];
    }
    s[nd] = '\0';
    *len = nd;
    return s;
}

size_t int_small_decimal(int64_t x, char *buf) {
    char tmp[24];
    size_t n = 0;
    uint64_t u = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    size_t len = 0;
    if (x < 0) buf[len++] = '-';
    while (n) buf[len++] = tmp[--n];
    return len;
}

Value int_repr(VM *vm, Value a) {
    int64_t x;
    if (small_of(a, &x)) {
        char buf[24];
        size_t n = int_small_decimal(x, buf);
        return str_new(vm, buf, n);
    }
    IntView w;
    view_of(a, &w);
    size_t len;
    char *s = decimal_digits(vm, &w, &len);
    if (!s) return VAL_ERROR;
    StrBuf sb;
    sb_init(&sb);
    if (w.sign < 0) sb_addc(&sb, '-');
    sb_add(&sb, s, len);
    free(s);
    return sb_finish(vm, &sb);
}

Value int_to_base_string(VM *vm, Value a, int base) {
    IntView w;
    view_of(a, &w);
    size_t len;
    char *s = pow2_digits(&w, base, false, &len);
    if (!s) return vm_raise_nomem(vm);
    StrBuf sb;
    sb_init(&sb);
    if (w.sign < 0) sb_addc(&sb, '-');
    sb_adds(&sb, base == 2 ? "0b" : base == 8 ? "0o" : "0x");
    sb_add(&sb, s, len);
    free(s);
    return sb_finish(vm, &sb);
}

/* ---- from text ---- */

/* Code points of Unicode decimal digit zeros (category Nd): each starts a
** run of ten digits. int() accepts them like ASCII digits. */
static const uint32_t unicode_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
    0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136,
    0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t c) {
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
           c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* The ASCII character int() reads for code point c ('?' when none). */
static char ascii_for(uint32_t c) {
    if (c < 0x80) return (char)c;
    if (unicode_space(c)) return ' ';
    for (size_t i = 0; i < sizeof unicode_zeros / sizeof unicode_zeros[0]; i++)
        if (c >= unicode_zeros[i] && c < unicode_zeros[i] + 10) return (char)('0' + (c - unicode_zeros[i]));
    return '?';
}

/* UTF-8 text with non-ASCII digits and spaces made ASCII (malloc'ed). */
static char *asciify(const char *s, size_t len, size_t *outlen) {
    char *out = malloc(len + 1);
    if (!out) return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        uint32_t cp;
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        cp = extra == 0 ? c : extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
        for (int k = 1; k <= extra && i + (size_t)k < len; k++)
            cp = (cp << 6) | ((unsigned char)s[i + (size_t)k] & 0x3F);
        i += (size_t)extra + 1;
        out[n++] = ascii_for(cp);
    }
    out[n] = '\0';
    *outlen = n;
    return out;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static int digit_val(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

enum { PARSE_OK, PARSE_INVALID, PARSE_TOO_LONG, PARSE_NOMEM };

/* int() literal rules: spaces, sign, base prefix, digits with single
** underscores between them, spaces. */
static int parse_ascii(VM *vm, const char *s, size_t len, int base, Value *out, size_t *ndigits) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    int sign = 1;
    if (p < end && (*p == '+' || *p == '-')) sign = *p++ == '-' ? -1 : 1;
    if (p + 1 < end && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            if (p < end && *p == '_') p++;  /* "0x_1f" is allowed */
        }
    }
    bool base0_decimal = base == 0;
    if (base == 0) base = 10;
    char *digits = malloc((size_t)(end - p) + 1);
    if (!digits) return PARSE_NOMEM;
    size_t nd = 0;
    bool prev_digit = false;
    for (; p < end; p++) {
        if (*p == '_' && prev_digit) {
            prev_digit = false;
            continue;
        }
        if (digit_val(*p) >= base) break;
        digits[nd++] = *p;
        prev_digit = true;
    }
    bool bad = p != end || nd == 0 || !prev_digit;
    if (!bad && base0_decimal && digits[0] == '0')
        for (size_t i = 0; i < nd; i++)
            if (digits[i] != '0') bad = true;
    if (bad) {
        free(digits);
        return PARSE_INVALID;
    }
    int limit = vm->int_max_str_digits;
    if ((base & (base - 1)) != 0 && limit > 0 && nd > 640 && nd > (size_t)limit) {
        free(digits);
        *ndigits = nd;
        return PARSE_TOO_LONG;
    }
    size_t n;
    Digit *mag = bn_from_digits(digits, nd, base, &n);
    free(digits);
    if (!mag) return PARSE_NOMEM;
    *out = int_from_digits(vm, sign, mag, n);
    free(mag);
    return val_is_error(*out) ? PARSE_NOMEM : PARSE_OK;
}

/* repr(orig) cut to 200 code points, as CPython's %.200R. */
static Value short_repr(VM *vm, Value orig) {
    Value r = obj_repr(vm, orig);
    if (val_is_error(r)) return r;
    const char *s = str_cstr(r);
    size_t cps = 0, i = 0, size = as_str(r)->size;
    while (i < size && cps < 200) {
        i++;
        while (i < size && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        cps++;
    }
    return i == size ? r : str_new(vm, s, i);
}

Value int_parse(VM *vm, const char *s, size_t len, int base, Value orig) {
    size_t n;
    bool is_text = val_is_str(orig);
    char *ascii = is_text ? asciify(s, len, &n) : malloc(len + 1);
    if (!ascii) return vm_raise_nomem(vm);
    if (!is_text) {
        memcpy(ascii, s, len);
        n = len;
        for (size_t i = 0; i < n; i++)
            if ((unsigned char)ascii[i] >= 0x80) ascii[i] = '?';
    }
    Value out = VAL_ERROR;
    size_t ndigits = 0;
    int rc = parse_ascii(vm, ascii, n, base, &out, &ndigits);
    free(ascii);
    if (rc == PARSE_OK) return out;
    if (rc == PARSE_NOMEM) return vm->exc != VAL_NULL ? VAL_ERROR : vm_raise_nomem(vm);
    if (rc == PARSE_TOO_LONG) {
        char nbuf[32];
        snprintf(nbuf, sizeof nbuf, "%zu", ndigits);
        return vm_raise(vm, &type_ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: "
                        "value has %s digits; use sys.set_int_max_str_digits() to increase the limit",
                        vm->int_max_str_digits, nbuf);
    }
    Value r = short_repr(vm, orig);
    if (val_is_error(r)) return r;
    return vm_raise(vm, &type_ValueError, "invalid literal for int() with base %d: %U", base, r);
}

Value int_from_string(VM *vm, const char *s, size_t len, int base) {
    Value orig = str_new(vm, s, len);
    if (val_is_error(orig)) return orig;
    return int_parse(vm, s, len, base, orig);
}

/* The text of a str, bytes or bytearray; false for anything else. */
static bool text_of(Value x, const char **s, size_t *len) {
    if (val_is_str(x)) {
        *s = str_cstr(x);
        *len = as_str(x)->size;
        return true;
    }
    if (!val_is_obj(x)) return false;
    Type *t = val_as_obj(x)->type;
    if (t == &type_bytes || (t->flags & TYPE_BYTES_SUBCLASS)) {
        BytesObj *b = (BytesObj *)val_as_obj(x);
        *s = (const char *)b->data;
        *len = b->len;
        return true;
    }
    if (type_is_subtype(t, &type_bytearray)) {
        ByteArrayObj *b = (ByteArrayObj *)val_as_obj(x);
        *s = (const char *)b->data;
        *len = b->len;
        return true;
    }
    return false;
}

/* warnings.warn(msg, DeprecationWarning); -1 when a filter made it an error. */
static int warn_deprecated(VM *vm, Value msg) {
    if (val_is_error(msg)) return -1;
    gc_push_root(vm, &msg);
    Value mod = import_module(vm, "warnings");
    Value r = mod;
    if (!val_is_error(mod)) {
        gc_push_root(vm, &mod);
        Value args[2] = {msg, val_from_obj(&type_DeprecationWarning)};
        r = obj_call_method(vm, mod, "warn", args, 2);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return val_is_error(r) ? -1 : 0;
}

/* The result of __int__/__index__/__trunc__ ([what]) as an exact int; a
** strict subclass of int is deprecated there, as in CPython. */
static Value exact_result(VM *vm, Value r, const char *what) {
    if (val_is_error(r)) return r;
    if (what && val_is_obj(r) && val_as_obj(r)->type != &type_int && val_isinstance(r, &type_int)) {
        gc_push_root(vm, &r);
        int w = warn_deprecated(vm, str_format(vm, "%s returned non-int (type %T).  The ability to "
                                                   "return an instance of a strict subclass of int "
                                                   "is deprecated, and may be removed in a future "
                                                   "version of Python.", what, r));
        gc_pop_roots(vm, 1);
        if (w < 0) return VAL_ERROR;
    }
    return int_exact(vm, r);
}

/* Does [t] get __int__/__index__ from a class statement (not a built-in)? */
static bool python_level_slot(Type *t, Value name) {
    Value f = obj_type_lookup(t, name);
    return val_is_type(f, &type_function);
}

Value int_from_object(VM *vm, Value x) {
    if (val_is_int(x)) return x;
    if (val_is_float(x)) return int_from_double(vm, val_as_float(x));
    Type *t = val_type(x);
    if (t->number && t->number->int_)
        return exact_result(vm, t->number->int_(vm, x),
                            python_level_slot(t, NAME(vm, __int__)) ? "__int__" : NULL);
    if (t->number && t->number->index)
        return exact_result(vm, t->number->index(vm, x),
                            python_level_slot(t, NAME(vm, __index__)) ? "__index__" : NULL);
    Value trunc = obj_type_lookup(t, NAME(vm, __trunc__));
    if (!val_is_null(trunc)) {
        gc_push_root(vm, &x);
        int w = warn_deprecated(vm, str_from_cstr(vm, "The delegation of int() to __trunc__ is deprecated."));
        gc_pop_roots(vm, 1);
        if (w < 0) return VAL_ERROR;
        bool found;
        Value r = call_special(vm, x, NAME(vm, __trunc__), NULL, 0, &found);
        if (val_is_error(r) || val_is_intlike(r)) return exact_result(vm, r, NULL);
        Type *rt = val_type(r);
        if (!rt->number || !rt->number->index)
            return vm_raise(vm, &type_TypeError, "__trunc__ returned non-Integral (type %T)", r);
        return exact_result(vm, rt->number->index(vm, r), NULL);
    }
    const char *s;
    size_t len;
    if (text_of(x, &s, &len)) return int_parse(vm, s, len, 10, x);
    if (val_is_type(x, &type_memoryview)) {
        /* parse a copy of the buffer; the error message shows it as bytes */
        Value b = obj_call1(vm, val_from_obj(&type_bytes), x);
        if (val_is_error(b)) return b;
        return int_from_object(vm, b);
    }
    return vm_raise(vm, &type_TypeError,
                    "int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
}

/* ---- int() ---- */

static Value invalid_base(VM *vm) {
    return vm_raise(vm, &type_ValueError, "int() base must be >= 2 and <= 36, or 0");
}

static Value int_with_base(VM *vm, Value x, Value basev) {
    Value bi = obj_index(vm, basev);
    if (val_is_error(bi)) return bi;
    int64_t base;
    if (int_as_i64(vm, bi, &base) < 0) {
        vm_clear_exc(vm);
        return invalid_base(vm);
    }
    if (base != 0 && (base < 2 || base > 36)) return invalid_base(vm);
    const char *s;
    size_t len;
    if (!text_of(x, &s, &len))
        return vm_raise(vm, &type_TypeError, "int() can't convert non-string with explicit base");
    return int_parse(vm, s, len, (int)base, x);
}

/* An instance of int subclass [cls] holding the value of int [v]. */
static Value int_subclass_instance(VM *vm, Type *cls, Value v) {
    IntView w;
    view_of(v, &w);
    BigIntObj *b = gc_alloc_instance(vm, cls, sizeof(BigIntObj) + (w.n ? w.n : 1) * sizeof(Digit));
    if (!b) return VAL_ERROR;
    b->sign = w.sign;
    b->ndigits = (uint32_t)w.n;
    memcpy(b->digits, w.d, w.n * sizeof(Digit));
    return val_from_obj(b);
}

static Value int_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    int nkw = val_is_obj(kwnames) ? (int)as_tuple(kwnames)->len : 0;
    if (nargs + nkw > 2)
        return vm_raise(vm, &type_TypeError, "int() takes at most 2 arguments (%d given)", nargs + nkw);
    Value x = nargs > 0 ? args[0] : VAL_NULL, base = nargs > 1 ? args[1] : VAL_NULL;
    for (int i = 0; i < nkw; i++) {
        Value k = as_tuple(kwnames)->items[i];
        if (!str_eq_cstr(k, "base") || nargs > 1)
            return vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for int()", k);
        base = args[nargs + i];
    }
    if (cls == &type_bool || (cls != &type_int && type_is_subtype(cls, &type_bool)))
        return vm_raise(vm, &type_TypeError, "int.__new__(%s) is not safe, use bool.__new__()", type_name(cls));
    Value r;
    if (val_is_null(x)) {
        if (!val_is_null(base)) return vm_raise(vm, &type_TypeError, "int() missing string argument");
        r = val_from_small(0);
    } else if (val_is_null(base)) {
        r = int_from_object(vm, x);
    } else {
        r = int_with_base(vm, x, base);
    }
    if (val_is_error(r) || cls == &type_int) return r;
    return int_subclass_instance(vm, cls, r);
}

/* ---- round ---- */

Value int_round(VM *vm, Value a, Value ndigits) {
    if (int_sign(ndigits) >= 0) return int_exact(vm, a);
    Value n = int_neg(vm, ndigits);
    if (val_is_error(n)) return n;
    /* 10**n beyond twice |a|: the result is 0 */
    IntView va;
    view_of(a, &va);
    int64_t nd;
    uint64_t abits = bn_bit_length(va.d, va.n);
    if (int_as_i64(vm, n, &nd) < 0) {
        vm_clear_exc(vm);
        return val_from_small(0);
    }
    if ((double)nd > (double)abits * 0.30103 + 2) return val_from_small(0);
    Value p = int_pow(vm, val_from_small(10), n, VAL_NONE);
    if (val_is_error(p)) return p;
    Value q, r;
    if (int_divmod_values(vm, a, p, &q, &r, "") < 0) return VAL_ERROR;
    /* half to even: compare 2r with p */
    Value twice = int_add(vm, r, r);
    if (val_is_error(twice)) return twice;
    int c = int_compare(twice, p);
    IntView vq;
    view_of(q, &vq);
    bool odd = vq.n && (vq.d[0] & 1);
    if (c > 0 || (c == 0 && odd)) {
        q = int_add(vm, q, val_from_small(1));
        if (val_is_error(q)) return q;
    }
    return int_mul(vm, q, p);
}

/* ---- methods ---- */

static Value no_args(VM *vm, const char *name, int nargs, Value kwnames) {
    return vm_check_args(vm, name, nargs - 1, kwnames, 0, 0) < 0 ? VAL_ERROR : VAL_NONE;
}

#define EXACT_METHOD(cname, pyname) \
    static Value cname(VM *vm, Value *args, int nargs, Value kwnames) { \
        if (val_is_error(no_args(vm, pyname, nargs, kwnames))) return VAL_ERROR; \
        return int_exact(vm, args[0]); \
    }
EXACT_METHOD(int_m_conjugate, "int.conjugate")
EXACT_METHOD(int_m_trunc, "int.__trunc__")
EXACT_METHOD(int_m_floor, "int.__floor__")
EXACT_METHOD(int_m_ceil, "int.__ceil__")
#undef EXACT_METHOD

static Value int_m_bit_length(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "int.bit_length", nargs, kwnames))) return VAL_ERROR;
    return int_from_u64(vm, int_bit_length(args[0]));
}

static Value int_m_bit_count(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "int.bit_count", nargs, kwnames))) return VAL_ERROR;
    IntView w;
    view_of(args[0], &w);
    return int_from_u64(vm, bn_popcount(w.d, w.n));
}

static Value int_m_as_integer_ratio(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "int.as_integer_ratio", nargs, kwnames))) return VAL_ERROR;
    Value v = int_exact(vm, args[0]);
    if (val_is_error(v)) return v;
    return tuple_pack(vm, 2, v, val_from_small(1));
}

static Value int_m_getnewargs(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "int.__getnewargs__", nargs, kwnames))) return VAL_ERROR;
    Value v = int_exact(vm, args[0]);
    if (val_is_error(v)) return v;
    return tuple_pack(vm, 1, v);
}

static Value int_m_round(VM *vm, Value *args, int nargs, Value kwnames) {
    bool kw = val_is_obj(kwnames) && as_tuple(kwnames)->len > 0;
    if (vm_check_args(vm, kw ? "int.__round__" : "__round__", nargs - 1, kwnames, 0, 1) < 0) return VAL_ERROR;
    if (nargs == 1) return int_exact(vm, args[0]);
    Value nd = obj_index(vm, args[1]);
    if (val_is_error(nd)) return nd;
    return int_round(vm, args[0], nd);
}

/* CPython's size for its 30-bit digits, so that sys.getsizeof agrees. */
static Value int_m_sizeof(VM *vm, Value *args, int nargs, Value kwnames) {
    if (val_is_error(no_args(vm, "int.__sizeof__", nargs, kwnames))) return VAL_ERROR;
    uint64_t bits = int_bit_length(args[0]);
    uint64_t ndigits30 = bits ? (bits + 29) / 30 : 1;  /* zero still has one digit there */
    return int_from_u64(vm, 24 + 4 * ndigits30);
}

static int byteorder_of(VM *vm, const char *fname, Value v, bool *little) {
    if (val_is_null(v)) {
        *little = false;
        return 0;
    }
    if (!val_is_str(v)) {
        vm_raise(vm, &type_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
        return -1;
    }
    if (str_eq_cstr(v, "little")) *little = true;
    else if (str_eq_cstr(v, "big")) *little = false;
    else {
        vm_raise(vm, &type_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

/* Does w fit in nbytes bytes (two's complement when is_signed)? */
static bool fits_bytes(const IntView *w, int64_t nbytes, bool is_signed) {
    uint64_t bits = bn_bit_length(w->d, w->n);
    uint64_t avail = (uint64_t)nbytes * 8;
    if (!is_signed) return bits <= avail;
    if (nbytes == 0) return w->n == 0 || (w->sign < 0 && bits == 1);  /* 0 and -1 */
    if (w->sign >= 0) return bits < avail || w->n == 0;
    if (bits < avail) return true;
    /* -2**(avail-1) still fits: a single one bit */
    return bits == avail && bn_popcount(w->d, w->n) == 1;
}

static Value int_m_to_bytes(VM *vm, Value *args, int nargs, Value kwnames) {
    int total = nargs - 1 + (val_is_obj(kwnames) ? (int)as_tuple(kwnames)->len : 0);
    if (total > 3) return vm_raise(vm, &type_TypeError, "to_bytes() takes at most 3 arguments (%d given)", total);
    if (nargs - 1 > 2)
        return vm_raise(vm, &type_TypeError, "to_bytes() takes at most 2 positional arguments (%d given)",
                        nargs - 1);
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    Value a[3];
    if (vm_parse_args(vm, "to_bytes", args + 1, nargs - 1, kwnames, names, 0, 0, a) < 0) return VAL_ERROR;
    int64_t length = 1;
    if (!val_is_null(a[0]) && obj_index_i64(vm, a[0], &length, &type_OverflowError) < 0) return VAL_ERROR;
    if (length < 0) return vm_raise(vm, &type_ValueError, "length argument must be non-negative");
    if ((uint64_t)length > (uint64_t)MAX_DIGITS * 4) return vm_raise_nomem(vm);
    bool little;
    if (byteorder_of(vm, "to_bytes", a[1], &little) < 0) return VAL_ERROR;
    int is_signed = 0;
    if (!val_is_null(a[2]) && (is_signed = obj_truthy(vm, a[2])) < 0) return VAL_ERROR;
    IntView w;
    view_of(args[0], &w);
    if (w.sign < 0 && !is_signed)
        return vm_raise(vm, &type_OverflowError, "can't convert negative int to unsigned");
    if (!fits_bytes(&w, length, is_signed)) return vm_raise(vm, &type_OverflowError, "int too big to convert");
    size_t nd = (size_t)length / 4 + 2;
    Digit *t = malloc(nd * sizeof(Digit));
    uint8_t *out = malloc((size_t)length + 1);
    if (!t || !out) {
        free(t);
        free(out);
        return vm_raise_nomem(vm);
    }
    to_twos(t, nd, &w);
    for (int64_t i = 0; i < length; i++) {
        uint8_t byte = (uint8_t)(t[i / 4] >> (8 * (i % 4)));
        out[little ? i : length - 1 - i] = byte;
    }
    Value r = bytes_new(vm, out, (size_t)length);
    free(t);
    free(out);
    return r;
}

/* A copy of the bytes of a bytes or bytearray object, or NULL. */
static uint8_t *copy_bytes(VM *vm, Value x, size_t *len) {
    const char *s;
    if (val_is_str(x) || !text_of(x, &s, len)) return NULL;
    uint8_t *copy = malloc(*len + 1);
    if (!copy) vm_raise_nomem(vm);
    else memcpy(copy, s, *len);
    return copy;
}

/* The bytes of a from_bytes argument (PyObject_Bytes): bytes-like objects,
** __bytes__, iterables of ints -- what bytes(x) accepts, except ints. */
static uint8_t *bytes_arg(VM *vm, Value x, size_t *len) {
    if (!val_is_str(x) && text_of(x, &(const char *){0}, len)) return copy_bytes(vm, x, len);
    if (val_is_str(x) || val_is_intlike(x)) {
        vm_raise(vm, &type_TypeError, "cannot convert '%T' object to bytes", x);
        return NULL;
    }
    Value b = obj_call1(vm, val_from_obj(&type_bytes), x);
    if (val_is_error(b)) return NULL;
    uint8_t *r = copy_bytes(vm, b, len);
    if (!r && vm->exc == VAL_NULL) vm_raise(vm, &type_TypeError, "cannot convert '%T' object to bytes", x);
    return r;
}

static Value int_m_from_bytes(VM *vm, Value *args, int nargs, Value kwnames) {
    int total = nargs - 1 + (val_is_obj(kwnames) ? (int)as_tuple(kwnames)->len : 0);
    if (total > 3) return vm_raise(vm, &type_TypeError, "from_bytes() takes at most 3 arguments (%d given)", total);
    if (nargs - 1 > 2)
        return vm_raise(vm, &type_TypeError, "from_bytes() takes at most 2 positional arguments (%d given)",
                        nargs - 1);
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    Value a[3];
    if (vm_parse_args(vm, "from_bytes", args + 1, nargs - 1, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    bool little;
    if (byteorder_of(vm, "from_bytes", a[1], &little) < 0) return VAL_ERROR;
    int is_signed = 0;
    if (!val_is_null(a[2]) && (is_signed = obj_truthy(vm, a[2])) < 0) return VAL_ERROR;
    size_t len;
    uint8_t *bytes = bytes_arg(vm, a[0], &len);
    if (!bytes) return VAL_ERROR;
    size_t nd = len / 4 + 1;
    Digit *d = calloc(nd, sizeof(Digit));
    if (!d) {
        free(bytes);
        return vm_raise_nomem(vm);
    }
    for (size_t i = 0; i < len; i++) {
        uint8_t byte = bytes[little ? i : len - 1 - i];
        d[i / 4] |= (Digit)byte << (8 * (i % 4));
    }
    bool negative = is_signed && len > 0 && (bytes[little ? len - 1 : 0] & 0x80);
    free(bytes);
    int sign = 1;
    if (negative) {
        /* the magnitude of a negative two's complement number: negate it */
        IntView t = {.sign = -1, .n = nd, .d = d};
        Digit *m = malloc(nd * sizeof(Digit));
        if (!m) {
            free(d);
            return vm_raise_nomem(vm);
        }
        to_twos(m, nd, &t);
        /* only the low len bytes are the number: clear the bits above */
        for (size_t i = len; i < nd * 4; i++) m[i / 4] &= ~((Digit)0xFF << (8 * (i % 4)));
        free(d);
        d = m;
        sign = -1;
    }
    Value r = int_from_digits(vm, sign, d, nd);
    free(d);
    if (val_is_error(r)) return r;
    Value cls = args[0];
    if (val_as_obj(cls) == (Obj *)&type_int) return r;
    return obj_call1(vm, cls, r);
}

/* ---- __format__ ---- */

static Value bad_separator(VM *vm, char sep, char type) {
    char t[2] = {type, 0};
    char s[2] = {sep, 0};
    if (type > 32 && type < 127)
        return vm_raise(vm, &type_ValueError, "Cannot specify '%s' with '%s'.", s, t);
    return vm_raise(vm, &type_ValueError, "Cannot specify '%s' with '\\x%x'.", s, (unsigned)(unsigned char)type);
}

/* Does the spec use the 'z' flag (after [[fill]align][sign])? FormatSpec
** does not record it, and ints refuse it. */
static bool spec_has_z(Value spec) {
    const unsigned char *s = (const unsigned char *)str_cstr(spec);
    size_t n = as_str(spec)->size, i = 0;
    size_t first = 1;
    while (first < n && (s[first] & 0xC0) == 0x80) first++;  /* the fill may be multibyte */
    if (first < n && strchr("<>=^", s[first])) i = first + 1;
    else if (n > 0 && strchr("<>=^", s[0])) i = 1;
    if (i < n && strchr("+- ", s[i])) i++;
    return i < n && s[i] == 'z';
}

/* The spec's checks for integer presentation types. */
static int check_int_spec(VM *vm, FormatSpec *fs) {
    if (fs->grouping) {
        bool ok = fs->type == 'd' || fs->type == 0 ||
                  (fs->grouping == '_' && strchr("boxX", fs->type));
        if (!ok) {
            bad_separator(vm, fs->grouping, fs->type);
            return -1;
        }
    }
    if (fs->precision != -1) {
        vm_raise(vm, &type_ValueError, "Precision not allowed in integer format specifier");
        return -1;
    }
    if (fs->type == 'c') {
        if (fs->sign) {
            vm_raise(vm, &type_ValueError, "Sign not allowed with integer format specifier 'c'");
            return -1;
        }
        if (fs->alternate) {
            vm_raise(vm, &type_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            return -1;
        }
    }
    if (fs->zero) {
        if (fs->fill == ' ') fs->fill = '0';
        if (!fs->align) fs->align = '=';
    }
    return 0;
}

/* The digits of |w| for presentation type [type] (malloc'ed). */
static char *digits_for_type(VM *vm, const IntView *w, char type, size_t *len) {
    char *s;
    switch (type) {
    case 'b': s = pow2_digits(w, 2, false, len); break;
    case 'o': s = pow2_digits(w, 8, false, len); break;
    case 'x': s = pow2_digits(w, 16, false, len); break;
    case 'X': s = pow2_digits(w, 16, true, len); break;
    default: return decimal_digits(vm, w, len);
    }
    if (!s) vm_raise_nomem(vm);
    return s;
}

static Value format_char(VM *vm, const IntView *w, const FormatSpec *fs) {
    uint64_t bits = bn_bit_length(w->d, w->n);
    if (w->sign < 0 || bits > 21 || w->d[0] > 0x10FFFF)
        return vm_raise(vm, &type_OverflowError, "%s", "%c arg not in range(0x110000)");
    StrBuf body, out;
    sb_init(&body);
    sb_add_codepoint(&body, w->n ? w->d[0] : 0);
    sb_init(&out);
    format_pad(&out, fs, body.data, body.len, 1, '>', 0);
    sb_free(&body);
    return sb_finish(vm, &out);
}

static Value format_integer(VM *vm, Value v, FormatSpec *fs) {
    if (check_int_spec(vm, fs) < 0) return VAL_ERROR;
    IntView w;
    view_of(v, &w);
    if (fs->type == 'c') return format_char(vm, &w, fs);
    size_t nd;
    char *digits = digits_for_type(vm, &w, fs->type, &nd);
    if (!digits) return VAL_ERROR;
    StrBuf body;
    sb_init(&body);
    if (w.sign < 0) sb_addc(&body, '-');
    else if (fs->sign == '+' || fs->sign == ' ') sb_addc(&body, fs->sign);
    if (fs->alternate && fs->type && strchr("boxX", fs->type)) {
        sb_addc(&body, '0');
        sb_addc(&body, fs->type);
    }
    size_t lead = body.len;
    if (fs->grouping) {
        int64_t min_width = 0;
        if (fs->fill == '0' && fs->align == '=' && fs->width > (int64_t)lead)
            min_width = fs->width - (int64_t)lead;
        int interval = strchr("boxX", fs->type) && fs->type ? 4 : 3;
        format_group_digits(&body, digits, nd, fs->grouping, interval, min_width);
    } else {
        sb_add(&body, digits, nd);
    }
    free(digits);
    if (body.failed) {
        sb_free(&body);
        return vm_raise_nomem(vm);
    }
    StrBuf out;
    sb_init(&out);
    format_pad(&out, fs, body.data, body.len, body.len, '>', lead);
    sb_free(&body);
    return sb_finish(vm, &out);
}

static Value format_as_float(VM *vm, Value v, Value spec) {
    bool overflow;
    double d = int_as_double(vm, v, &overflow);
    if (overflow) return vm_raise(vm, &type_OverflowError, "int too large to convert to float");
    return obj_format(vm, val_from_float(d), spec);
}

static Value int_format(VM *vm, Value v, Value spec) {
    if (as_str(spec)->size == 0) return obj_str(vm, v);
    FormatSpec fs;
    bool z;
    if (formatspec_parse_as(vm, spec, type_name(val_type(v)), &fs, &z) < 0) return VAL_ERROR;
    switch (fs.type) {
    case 0: case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        if (spec_has_z(spec))
            return vm_raise(vm, &type_ValueError,
                            "Negative zero coercion (z) not allowed in integer format specifier");
        return format_integer(vm, v, &fs);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_as_float(vm, v, spec);
    default: {
        char t[2] = {fs.type, 0};
        if (fs.type > 32 && fs.type < 127)
            return vm_raise(vm, &type_ValueError, "Unknown format code '%s' for object of type '%s'", t,
                            val_type(v)->name);
        return vm_raise(vm, &type_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                        (unsigned)(unsigned char)fs.type, val_type(v)->name);
    }
    }
}

static Value int_m_format(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "int.__format__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "__format__() argument must be str, not %s",
                        val_is_none(args[1]) ? "None" : type_name(val_type(args[1])));
    return int_format(vm, args[0], args[1]);
}

/* ---- getsets ---- */

static Value int_get_self(VM *vm, Value self) { return int_exact(vm, self); }
static Value int_get_zero(VM *vm, Value self) { return val_from_small(0); }
static Value int_get_one(VM *vm, Value self) { return val_from_small(1); }

/* ---- the type ---- */

static const MethodDef int_methods[] = {
    {"conjugate", int_m_conjugate, 0, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_m_bit_length, 0, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_m_bit_count, 0, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", int_m_to_bytes, 0, "Return an array of bytes representing an integer."},
    {"from_bytes", int_m_from_bytes, METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", int_m_as_integer_ratio, 0, "Return integer ratio."},
    {"__trunc__", int_m_trunc, 0, "Truncating an Integral returns itself."},
    {"__floor__", int_m_floor, 0, "Flooring an Integral returns itself."},
    {"__ceil__", int_m_ceil, 0, "Ceiling of an Integral returns itself."},
    {"__round__", int_m_round, 0, "Rounding an Integral returns itself."},
    {"__getnewargs__", int_m_getnewargs, 0, NULL},
    {"__format__", int_m_format, 0, "Convert to a string according to format_spec."},
    {"__sizeof__", int_m_sizeof, 0, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

NumberSlots int_number = {
    .add = int_add, .sub = int_sub, .mul = int_mul, .truediv = int_truediv,
    .floordiv = int_floordiv, .mod = int_mod, .divmod = int_divmod,
    .lshift = int_lshift, .rshift = int_rshift, .and_ = int_and, .or_ = int_or,
    .xor_ = int_xor, .pow = int_pow,
    .neg = int_neg, .pos = int_pos, .abs = int_abs, .invert = int_invert,
    .int_ = int_pos, .float_ = int_float, .index = int_pos,
};

Type type_int = {
    .hdr = STATIC_TYPE_HDR,
    .name = "int",
    .base = &type_object,
    .flags = TYPE_BASETYPE | TYPE_INT_SUBCLASS,
    .basicsize = sizeof(BigIntObj),
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .bool_ = int_bool,
    .new_ = int_new,
    .number = &int_number,
};

int setup_bool(VM *vm);

int setup_int(VM *vm) {
    if (type_add_methods(vm, &type_int, int_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_int, int_getsets) < 0) return -1;
    return setup_bool(vm);
}

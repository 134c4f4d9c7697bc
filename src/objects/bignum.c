/*
** bignum.c -- magnitude arithmetic on base-2**32 digit arrays (bignum.h).
** Portable C17: 64-bit intermediates only, no __int128, so it builds the
** same for wasm32.
*/
#include "bignum.h"

#include <stdlib.h>
#include <string.h>

#define DIGIT_MASK UINT64_C(0xFFFFFFFF)
/* Below this many digits (of the shorter operand) schoolbook beats Karatsuba. */
#define KARATSUBA_CUTOFF 40
/* Below this many quotient digits, division is Knuth's schoolbook. */
#define DIV_DC_CUTOFF 60
/* Below this many digits, decimal conversion divides by 10**9 repeatedly. */
#define DECIMAL_DC_CUTOFF 60
/* Below this many characters, parsing multiplies and adds chunk by chunk. */
#define PARSE_DC_CUTOFF 3000

size_t bn_trim(const Digit *a, size_t n) {
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

int bn_cmp(const Digit *a, size_t na, const Digit *b, size_t nb) {
    if (na != nb) return na < nb ? -1 : 1;
    while (na-- > 0)
        if (a[na] != b[na]) return a[na] < b[na] ? -1 : 1;
    return 0;
}

size_t bn_add(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb) {
    if (na < nb) {
        const Digit *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (Digit)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (Digit)carry;
        carry >>= 32;
    }
    r[na] = (Digit)carry;
    return bn_trim(r, na + 1);
}

size_t bn_sub(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        int64_t t = (int64_t)a[i] - (int64_t)b[i] + borrow;
        r[i] = (Digit)t;
        borrow = t < 0 ? -1 : 0;
    }
    for (; i < na; i++) {
        int64_t t = (int64_t)a[i] + borrow;
        r[i] = (Digit)t;
        borrow = t < 0 ? -1 : 0;
    }
    return bn_trim(r, na);
}

Digit bn_add_into(Digit *r, size_t nr, const Digit *a, size_t na) {
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < na; i++) {
        carry += (uint64_t)r[i] + a[i];
        r[i] = (Digit)carry;
        carry >>= 32;
    }
    for (; carry && i < nr; i++) {
        carry += r[i];
        r[i] = (Digit)carry;
        carry >>= 32;
    }
    return (Digit)carry;
}

/* r[0..nr) -= a[0..na); the caller knows r >= a. */
static void sub_from(Digit *r, size_t nr, const Digit *a, size_t na) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < na; i++) {
        int64_t t = (int64_t)r[i] - (int64_t)a[i] + borrow;
        r[i] = (Digit)t;
        borrow = t < 0 ? -1 : 0;
    }
    for (; borrow && i < nr; i++) {
        int64_t t = (int64_t)r[i] + borrow;
        r[i] = (Digit)t;
        borrow = t < 0 ? -1 : 0;
    }
}

/* ---- multiplication ---- */

static void mul_schoolbook(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb) {
    memset(r, 0, (na + nb) * sizeof(Digit));
    for (size_t i = 0; i < nb; i++) {
        uint64_t bi = b[i], carry = 0;
        if (bi == 0) continue;
        for (size_t j = 0; j < na; j++) {
            carry += a[j] * bi + r[i + j];
            r[i + j] = (Digit)carry;
            carry >>= 32;
        }
        r[i + na] = (Digit)carry;
    }
}

static int kmul(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb);

/* a much longer than b: multiply b by slices of a as long as b. */
static int kmul_unbalanced(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb) {
    Digit *tmp = malloc(2 * nb * sizeof(Digit));
    if (!tmp) return -1;
    memset(r, 0, (na + nb) * sizeof(Digit));
    for (size_t off = 0; off < na; off += nb) {
        size_t len = na - off < nb ? na - off : nb;
        if (kmul(tmp, a + off, len, b, nb) < 0) {
            free(tmp);
            return -1;
        }
        bn_add_into(r + off, na + nb - off, tmp, len + nb);
    }
    free(tmp);
    return 0;
}

/* Karatsuba: a = a1*B^m + a0, b = b1*B^m + b0;
** a*b = z2*B^2m + ((a0+a1)(b0+b1) - z0 - z2)*B^m + z0. */
static int kmul_split(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb, size_t m) {
    if (kmul(r, a, m, b, m) < 0) return -1;                          /* z0 */
    if (kmul(r + 2 * m, a + m, na - m, b + m, nb - m) < 0) return -1; /* z2 */
    size_t ns = m + 1;
    Digit *buf = malloc((4 * ns + 2 * ns) * sizeof(Digit));
    if (!buf) return -1;
    Digit *sa = buf, *sb = buf + ns, *z1 = buf + 2 * ns;
    size_t nsa = bn_add(sa, a, m, a + m, na - m);
    size_t nsb = bn_add(sb, b, m, b + m, nb - m);
    int rc = 0;
    if (nsa && nsb) {
        rc = kmul(z1, sa, nsa, sb, nsb);
        size_t nz1 = nsa + nsb;
        if (rc == 0) {
            sub_from(z1, nz1, r, 2 * m);
            sub_from(z1, nz1, r + 2 * m, na + nb - 2 * m);
            bn_add_into(r + m, na + nb - m, z1, bn_trim(z1, nz1));
        }
    }
    free(buf);
    return rc;
}

static int kmul(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb) {
    if (na < nb) {
        const Digit *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mul_schoolbook(r, a, na, b, nb);
        return 0;
    }
    size_t m = (na + 1) / 2;
    if (nb <= m) return kmul_unbalanced(r, a, na, b, nb);
    return kmul_split(r, a, na, b, nb, m);
}

int bn_mul(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb) {
    if (na == 0 || nb == 0) {
        memset(r, 0, (na + nb) * sizeof(Digit));
        return 0;
    }
    return kmul(r, a, na, b, nb);
}

/* ---- division ---- */

Digit bn_divrem_digit(Digit *q, const Digit *a, size_t n, Digit d) {
    uint64_t rem = 0;
    while (n-- > 0) {
        uint64_t cur = (rem << 32) | a[n];
        q[n] = (Digit)(cur / d);
        rem = cur % d;
    }
    return (Digit)rem;
}

Digit bn_mul_digit_add(Digit *r, size_t n, Digit m, Digit add) {
    uint64_t carry = add;
    for (size_t i = 0; i < n; i++) {
        carry += (uint64_t)r[i] * m;
        r[i] = (Digit)carry;
        carry >>= 32;
    }
    return (Digit)carry;
}

static int clz32(Digit d) {
    int n = 0;
    while (!(d & 0x80000000u)) {
        d <<= 1;
        n++;
    }
    return n;
}

/* u[j..j+n] -= qhat * v[0..n); returns true when the result went negative. */
static bool mul_sub(Digit *u, const Digit *v, size_t n, uint64_t qhat) {
    uint64_t carry = 0;
    int64_t borrow = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t p = qhat * v[i] + carry;
        carry = p >> 32;
        int64_t t = (int64_t)u[i] - (int64_t)(p & DIGIT_MASK) + borrow;
        u[i] = (Digit)t;
        borrow = t < 0 ? -1 : 0;
    }
    int64_t t = (int64_t)u[n] - (int64_t)carry + borrow;
    u[n] = (Digit)t;
    return t < 0;
}

/* The estimate of Knuth's step D3, corrected with the second divisor digit. */
static uint64_t estimate_qhat(const Digit *u, const Digit *v, size_t n) {
    uint64_t num = ((uint64_t)u[n] << 32) | u[n - 1];
    uint64_t qhat = num / v[n - 1], rhat = num % v[n - 1];
    while (qhat > DIGIT_MASK ||
           (n > 1 && qhat * v[n - 2] > ((rhat << 32) | u[n - 2]))) {
        qhat--;
        rhat += v[n - 1];
        if (rhat > DIGIT_MASK) break;
    }
    return qhat;
}

static void knuth_loop(Digit *q, Digit *u, size_t nu, const Digit *v, size_t n) {
    for (size_t j = nu - n; j-- > 0;) {
        uint64_t qhat = estimate_qhat(u + j, v, n);
        if (mul_sub(u + j, v, n, qhat)) {
            qhat--;
            u[j + n] += bn_add_into(u + j, n, v, n);
        }
        if (q) q[j] = (Digit)qhat;
    }
}

/* r[0..nr) -= a[0..na) in nr-digit two's complement; returns the borrow out. */
static int sub_borrow(Digit *r, size_t nr, const Digit *a, size_t na) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < na; i++) {
        int64_t t = (int64_t)r[i] - (int64_t)a[i] + borrow;
        r[i] = (Digit)t;
        borrow = t < 0 ? -1 : 0;
    }
    for (; borrow && i < nr; i++) {
        int64_t t = (int64_t)r[i] + borrow;
        r[i] = (Digit)t;
        borrow = t < 0 ? -1 : 0;
    }
    return borrow != 0;
}

/* q[0..n) -= 1 (q > 0). */
static void decrement(Digit *q, size_t n) {
    for (size_t i = 0; i < n && q[i]-- == 0; i++) {}
}

/* x[0..nx) -= t * b (t has nt digits); while it went negative, add b back
** and decrement the quotient q[0..nq). */
static int sub_product_and_fix(Digit *x, size_t nx, const Digit *t, size_t nt, const Digit *b0,
                               size_t nb0, const Digit *b, size_t nb, Digit *q, size_t nq) {
    nt = bn_trim(t, nt);
    if (nt == 0 || bn_trim(b0, nb0) == 0) return 0;
    Digit *p = malloc((nt + nb0) * sizeof(Digit));
    if (!p || bn_mul(p, t, nt, b0, nb0) < 0) {
        free(p);
        return -1;
    }
    int neg = sub_borrow(x, nx, p, bn_trim(p, nt + nb0));
    free(p);
    while (neg) {
        decrement(q, nq);
        if (bn_add_into(x, nx, b, nb)) neg = 0;
    }
    return 0;
}

/* Recursive division (Burnikel-Ziegler, as in Brent & Zimmermann's
** RecursiveDivRem): x[0..n+m) / b[0..n) with b normalized (top bit set),
** m <= n and the top n digits of x at most b. Writes the m+1 quotient
** digits q[0..m] (q[m] is 0 or 1) and leaves the remainder in x[0..n),
** zeroing x[n..n+m). Returns 0 or -1 (no memory). */
static int rec_divrem(Digit *q, Digit *x, size_t m, const Digit *b, size_t n) {
    if (m < DIV_DC_CUTOFF) {
        q[m] = 0;
        if (bn_cmp(x + m, n, b, n) >= 0) {
            sub_borrow(x + m, n, b, n);
            q[m] = 1;
        }
        knuth_loop(q, x, n + m, b, n);
        return 0;
    }
    size_t k = m / 2;
    /* Q1: the top digits, from the top of x and the top of b */
    if (rec_divrem(q + k, x + 2 * k, m - k, b + k, n - k) < 0) return -1;
    memset(q, 0, k * sizeof(Digit));
    if (sub_product_and_fix(x + k, n + m - k, q + k, m - k + 1, b, k, b, n, q + k, m - k + 1) < 0)
        return -1;
    /* Q0: the low digits */
    Digit *q0 = malloc((k + 1) * sizeof(Digit));
    if (!q0 || rec_divrem(q0, x + k, k, b + k, n - k) < 0) {
        free(q0);
        return -1;
    }
    bn_add_into(q, m + 1, q0, k + 1);
    int rc = sub_product_and_fix(x, n + m, q0, k + 1, b, k, b, n, q, m + 1);
    free(q0);
    return rc;
}

/* Long division by blocks of n quotient digits, each a recursive division. */
static int divmod_blocks(Digit *q, Digit *u, size_t nu, const Digit *v, size_t n) {
    Digit *qt = malloc((n + 1) * sizeof(Digit));
    if (!qt) return -1;
    for (size_t j = nu - n; j > 0;) {
        size_t m = j < n ? j : n;
        j -= m;
        if (rec_divrem(qt, u + j, m, v, n) < 0) {
            free(qt);
            return -1;
        }
        if (q) memcpy(q + j, qt, m * sizeof(Digit));
    }
    free(qt);
    return 0;
}

int bn_divmod(Digit *q, Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb) {
    if (nb == 1) {
        Digit *qq = q ? q : malloc(na * sizeof(Digit));
        if (!qq) return -1;
        Digit rem = bn_divrem_digit(qq, a, na, b[0]);
        if (r) r[0] = rem;
        if (!q) free(qq);
        return 0;
    }
    Digit *u = malloc((na + 1 + nb + 1) * sizeof(Digit)); /* lshift writes n+1 */
    if (!u) return -1;
    Digit *v = u + na + 1;
    int s = clz32(b[nb - 1]);
    bn_lshift(v, b, nb, (size_t)s);           /* fits in nb digits: top bit set */
    memset(u, 0, (na + 1) * sizeof(Digit));
    bn_lshift(u, a, na, (size_t)s);
    if (nb >= DIV_DC_CUTOFF && na - nb >= DIV_DC_CUTOFF) {
        if (q) q[na - nb] = 0;
        if (divmod_blocks(q, u, na + 1, v, nb) < 0) {
            free(u);
            return -1;
        }
    } else {
        knuth_loop(q, u, na + 1, v, nb);
    }
    if (r) {
        memset(r, 0, nb * sizeof(Digit));
        bn_rshift(r, u, nb, (size_t)s, NULL);
    }
    free(u);
    return 0;
}

/* ---- shifts and bits ---- */

size_t bn_lshift(Digit *r, const Digit *a, size_t n, size_t shift) {
    size_t off = shift / 32;
    unsigned bits = (unsigned)(shift % 32);
    memset(r, 0, off * sizeof(Digit));
    if (bits == 0) {
        memmove(r + off, a, n * sizeof(Digit));
        r[off + n] = 0;
    } else {
        Digit carry = 0;
        for (size_t i = 0; i < n; i++) {
            Digit d = a[i];
            r[off + i] = (d << bits) | carry;
            carry = d >> (32 - bits);
        }
        r[off + n] = carry;
    }
    return bn_trim(r, off + n + 1);
}

size_t bn_rshift(Digit *r, const Digit *a, size_t n, size_t shift, int *lost) {
    size_t off = shift / 32;
    unsigned bits = (unsigned)(shift % 32);
    if (lost) {
        *lost = 0;
        for (size_t i = 0; i < off && i < n; i++)
            if (a[i]) *lost = 1;
        if (off < n && bits && (a[off] & ((1u << bits) - 1))) *lost = 1;
    }
    if (off >= n) return 0;
    size_t m = n - off;
    for (size_t i = 0; i < m; i++) {
        Digit lo = a[off + i] >> bits;
        Digit hi = (bits && off + i + 1 < n) ? a[off + i + 1] << (32 - bits) : 0;
        r[i] = lo | hi;
    }
    return bn_trim(r, m);
}

uint64_t bn_bit_length(const Digit *a, size_t n) {
    n = bn_trim(a, n);
    if (n == 0) return 0;
    return (uint64_t)(n - 1) * 32 + (uint64_t)(32 - clz32(a[n - 1]));
}

uint64_t bn_popcount(const Digit *a, size_t n) {
    uint64_t c = 0;
    for (size_t i = 0; i < n; i++) {
        Digit d = a[i];
        while (d) {
            d &= d - 1;
            c++;
        }
    }
    return c;
}

/* ---- decimal output ---- */

#define DEC_BASE 1000000000u /* 10**9: the largest power of ten in a digit */
#define DEC_DIGITS 9

/* Write the value as exactly [width] decimal characters (leading zeros),
** or, when width is 0, without leading zeros. Repeated division by 10**9. */
static int dec_small(char *out, size_t width, const Digit *a, size_t n, size_t *written) {
    Digit *t = malloc((n ? n : 1) * sizeof(Digit));
    size_t nchunks_cap = n * 32 / 29 + 2;
    Digit *chunks = malloc(nchunks_cap * sizeof(Digit));
    if (!t || !chunks) {
        free(t);
        free(chunks);
        return -1;
    }
    memcpy(t, a, n * sizeof(Digit));
    size_t nc = 0;
    while (n > 0) {
        chunks[nc++] = bn_divrem_digit(t, t, n, DEC_BASE);
        n = bn_trim(t, n);
    }
    char tmp[DEC_DIGITS + 1];
    size_t len = 0;
    if (width) {
        memset(out, '0', width);
        size_t pos = width;
        for (size_t i = 0; i < nc && pos > 0; i++) {
            Digit c = chunks[i];
            for (int k = 0; k < DEC_DIGITS && pos > 0; k++) {
                out[--pos] = (char)('0' + c % 10);
                c /= 10;
            }
        }
        len = width;
    } else if (nc == 0) {
        out[len++] = '0';
    } else {
        int m = 0;
        for (Digit c = chunks[nc - 1]; c; c /= 10) tmp[m++] = (char)('0' + c % 10);
        while (m > 0) out[len++] = tmp[--m];
        for (size_t i = nc - 1; i-- > 0;) {
            Digit c = chunks[i];
            for (int k = DEC_DIGITS - 1; k >= 0; k--) {
                out[len + (size_t)k] = (char)('0' + c % 10);
                c /= 10;
            }
            len += DEC_DIGITS;
        }
    }
    free(t);
    free(chunks);
    *written = len;
    return 0;
}

typedef struct PowTable {
    Digit *p[64];             /* p[k] = 10**(9 * 2**k) */
    size_t n[64];
    int count;
} PowTable;

static void powtable_free(PowTable *pt) {
    for (int i = 0; i < pt->count; i++) free(pt->p[i]);
}

/* Powers up to about half the size of an n-digit value. */
static int powtable_build(PowTable *pt, size_t n) {
    pt->count = 0;
    Digit *p = malloc(sizeof(Digit));
    if (!p) return -1;
    p[0] = DEC_BASE;
    pt->p[0] = p;
    pt->n[0] = 1;
    pt->count = 1;
    while (pt->n[pt->count - 1] * 2 <= n + 1 && pt->count < 63) {
        int k = pt->count - 1;
        size_t nn = pt->n[k] * 2;
        Digit *sq = malloc(nn * sizeof(Digit));
        if (!sq || bn_mul(sq, pt->p[k], pt->n[k], pt->p[k], pt->n[k]) < 0) {
            free(sq);
            return -1;
        }
        pt->p[pt->count] = sq;
        pt->n[pt->count] = bn_trim(sq, nn);
        pt->count++;
    }
    return 0;
}

/* Decimal of a into out: exactly [width] chars when width != 0. */
static int dec_rec(char *out, size_t width, const Digit *a, size_t n, const PowTable *pt,
                   size_t *written) {
    n = bn_trim(a, n);
    if (n < DECIMAL_DC_CUTOFF) return dec_small(out, width, a, n, written);
    int k = pt->count - 1;
    while (k > 0 && pt->n[k] * 2 > n + 1) k--;
    size_t lo_width = (size_t)DEC_DIGITS << k;
    size_t nb = pt->n[k];
    if (n < nb) return dec_small(out, width, a, n, written);
    Digit *q = malloc((n - nb + 1 + nb) * sizeof(Digit));
    if (!q) return -1;
    Digit *r = q + (n - nb + 1);
    if (bn_divmod(q, r, a, n, pt->p[k], nb) < 0) {
        free(q);
        return -1;
    }
    size_t hi_len = 0, lo_len = 0;
    size_t hi_width = width ? width - lo_width : 0;
    int rc = dec_rec(out, hi_width, q, n - nb + 1, pt, &hi_len);
    if (rc == 0) rc = dec_rec(out + hi_len, lo_width, r, nb, pt, &lo_len);
    free(q);
    *written = hi_len + lo_len;
    return rc;
}

char *bn_to_decimal(const Digit *a, size_t n, size_t *len) {
    n = bn_trim(a, n);
    size_t cap = n * 10 + 2;  /* 32 bits < 10 decimal digits */
    char *out = malloc(cap);
    if (!out) return NULL;
    PowTable pt = {.count = 0};
    int rc;
    if (n < DECIMAL_DC_CUTOFF) {
        rc = dec_small(out, 0, a, n, len);
    } else {
        rc = powtable_build(&pt, n);
        if (rc == 0) rc = dec_rec(out, 0, a, n, &pt, len);
        powtable_free(&pt);
    }
    if (rc < 0) {
        free(out);
        return NULL;
    }
    out[*len] = '\0';
    return out;
}

/* ---- parsing ---- */

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Chunk by chunk: r = r * base**k + chunk. r has room for cap digits. */
static size_t parse_simple(Digit *r, const char *s, size_t len, int base) {
    int per = 0;
    uint64_t big = 1;
    while (big * (uint64_t)base <= DIGIT_MASK) {
        big *= (uint64_t)base;
        per++;
    }
    size_t n = 0;
    size_t i = 0;
    while (i < len) {
        Digit chunk = 0, mult = 1;
        for (int k = 0; k < per && i < len; k++, i++) {
            chunk = chunk * (Digit)base + (Digit)digit_value(s[i]);
            mult *= (Digit)base;
        }
        Digit carry = bn_mul_digit_add(r, n, mult, chunk);
        if (carry) r[n++] = carry;
    }
    return bn_trim(r, n);
}

/* base**e as a malloc'ed magnitude. */
static Digit *pow_digit(int base, size_t e, size_t *n) {
    size_t cap = (size_t)((double)e * 6 / 32) + 2;  /* log2(36) < 6 */
    Digit *r = calloc(cap, sizeof(Digit));
    Digit *sq = calloc(cap, sizeof(Digit));
    Digit *tmp = calloc(2 * cap, sizeof(Digit));
    if (!r || !sq || !tmp) goto fail;
    size_t nr = 1, nsq = 1;
    r[0] = 1;
    sq[0] = (Digit)base;
    while (e) {
        if (e & 1) {
            if (bn_mul(tmp, r, nr, sq, nsq) < 0) goto fail;
            nr = bn_trim(tmp, nr + nsq);
            memcpy(r, tmp, nr * sizeof(Digit));
        }
        e >>= 1;
        if (e) {
            if (bn_mul(tmp, sq, nsq, sq, nsq) < 0) goto fail;
            nsq = bn_trim(tmp, 2 * nsq);
            memcpy(sq, tmp, nsq * sizeof(Digit));
        }
    }
    free(sq);
    free(tmp);
    *n = nr;
    return r;
fail:
    free(r);
    free(sq);
    free(tmp);
    return NULL;
}

/* Divide and conquer: hi * base**len(lo) + lo, with Karatsuba products. */
static int parse_rec(Digit *r, size_t cap, const char *s, size_t len, int base, size_t *n) {
    if (len < PARSE_DC_CUTOFF) {
        memset(r, 0, cap * sizeof(Digit));
        *n = parse_simple(r, s, len, base);
        return 0;
    }
    size_t lo_len = len / 2, hi_len = len - lo_len;
    size_t per = cap;  /* both halves fit in cap digits */
    Digit *buf = malloc(2 * per * sizeof(Digit));
    if (!buf) return -1;
    Digit *hi = buf, *lo = buf + per;
    size_t nhi, nlo, np;
    Digit *p = NULL;
    int rc = parse_rec(hi, per, s, hi_len, base, &nhi);
    if (rc == 0) rc = parse_rec(lo, per, s + hi_len, lo_len, base, &nlo);
    if (rc == 0) {
        p = pow_digit(base, lo_len, &np);
        if (!p) rc = -1;
    }
    if (rc == 0) {
        memset(r, 0, cap * sizeof(Digit));
        if (nhi) rc = bn_mul(r, hi, nhi, p, np);
        if (rc == 0) {
            bn_add_into(r, cap, lo, nlo);
            *n = bn_trim(r, cap);
        }
    }
    free(p);
    free(buf);
    return rc;
}

Digit *bn_from_digits(const char *s, size_t len, int base, size_t *n) {
    size_t cap = (size_t)((double)len * 6 / 32) + 4;
    Digit *r = malloc(cap * sizeof(Digit));
    if (!r) return NULL;
    /* power-of-two bases: place the bits directly */
    if ((base & (base - 1)) == 0) {
        int bits = 0;
        while ((1 << bits) < base) bits++;
        memset(r, 0, cap * sizeof(Digit));
        size_t pos = 0;
        for (size_t i = len; i-- > 0; pos += (size_t)bits) {
            uint64_t v = (uint64_t)digit_value(s[i]) << (pos % 32);
            r[pos / 32] |= (Digit)v;
            if (v >> 32) r[pos / 32 + 1] |= (Digit)(v >> 32);
        }
        *n = bn_trim(r, cap);
        return r;
    }
    if (parse_rec(r, cap, s, len, base, n) < 0) {
        free(r);
        return NULL;
    }
    return r;
}

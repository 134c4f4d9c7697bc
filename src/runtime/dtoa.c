/*
** dtoa.c -- double <-> decimal text, exact, with our own big-integer
** arithmetic (see dtoa.h).
**
** Shortest digits: the free-format algorithm of Steele & White as refined by
** Burger & Dybvig, on big integers (exact, no lookup tables). Fixed
** precision: the exact decimal expansion of the double (every double is a
** finite decimal), rounded half-even as a digit string. Parsing: Clinger's
** fast path when the digits and the power of ten are exact doubles;
** otherwise a close guess corrected one ulp at a time by comparing the
** decimal value with the midpoints between neighbouring doubles, exactly.
*/
#include "dtoa.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

/* ---- big unsigned integers, little-endian base 2**32, fixed capacity ---- */

/* 200 limbs = 6400 bits: the largest number here is about 4000 bits (a
** parsed 800-digit decimal scaled against a subnormal's midpoint). */
#define BIG_CAP 200

typedef struct Big {
    int n;                    /* limbs in use; d[n-1] != 0; 0 is n == 0 */
    uint32_t d[BIG_CAP];
} Big;

static void big_set_u64(Big *b, uint64_t v) {
    b->n = 0;
    while (v) {
        b->d[b->n++] = (uint32_t)v;
        v >>= 32;
    }
}

static void big_copy(Big *dst, const Big *src) {
    dst->n = src->n;
    memcpy(dst->d, src->d, (size_t)src->n * sizeof(uint32_t));
}

static void big_mul_small(Big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] * m + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry && b->n < BIG_CAP) b->d[b->n++] = (uint32_t)carry;
    if (m == 0) b->n = 0;
}

static void big_add_small(Big *b, uint32_t a) {
    uint64_t carry = a;
    for (int i = 0; carry && i < b->n; i++) {
        uint64_t t = (uint64_t)b->d[i] + carry;
        b->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry && b->n < BIG_CAP) b->d[b->n++] = (uint32_t)carry;
}

static void big_mul_pow5(Big *b, int k) {
    static const uint32_t pow5[14] = {1, 5, 25, 125, 625, 3125, 15625, 78125, 390625,
                                      1953125, 9765625, 48828125, 244140625, 1220703125};
    while (k >= 13) {
        big_mul_small(b, pow5[13]);
        k -= 13;
    }
    if (k > 0) big_mul_small(b, pow5[k]);
}

static void big_shl(Big *b, int bits) {
    if (b->n == 0 || bits <= 0) return;
    int words = bits / 32, r = bits % 32;
    if (b->n + words + 1 > BIG_CAP) return; /* cannot happen with our sizes */
    if (r == 0) {
        memmove(b->d + words, b->d, (size_t)b->n * sizeof(uint32_t));
    } else {
        b->d[b->n + words] = 0;
        for (int i = b->n - 1; i >= 0; i--) {
            b->d[i + words + 1] |= b->d[i] >> (32 - r);
            b->d[i + words] = b->d[i] << r;
        }
    }
    memset(b->d, 0, (size_t)words * sizeof(uint32_t));
    b->n += words + (r != 0);
    while (b->n > 0 && b->d[b->n - 1] == 0) b->n--;
}

static void big_mul_pow10(Big *b, int k) {
    big_mul_pow5(b, k);
    big_shl(b, k);
}

static int big_cmp(const Big *a, const Big *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static void big_add(Big *a, const Big *b) {
    uint64_t carry = 0;
    int n = a->n > b->n ? a->n : b->n;
    for (int i = 0; i < n; i++) {
        uint64_t t = carry + (i < a->n ? a->d[i] : 0) + (i < b->n ? b->d[i] : 0);
        a->d[i] = (uint32_t)t;
        carry = t >> 32;
    }
    a->n = n;
    if (carry && a->n < BIG_CAP) a->d[a->n++] = (uint32_t)carry;
}

/* a -= b, with a >= b. */
static void big_sub(Big *a, const Big *b) {
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = t < 0;
        a->d[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
    while (a->n > 0 && a->d[a->n - 1] == 0) a->n--;
}

/* b /= m; returns the remainder. */
static uint32_t big_divmod_small(Big *b, uint32_t m) {
    uint64_t rem = 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | b->d[i];
        b->d[i] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    while (b->n > 0 && b->d[b->n - 1] == 0) b->n--;
    return (uint32_t)rem;
}

/* Compare a + b with c. */
static int big_sum_cmp(const Big *a, const Big *b, const Big *c) {
    Big t;
    big_copy(&t, a);
    big_add(&t, b);
    return big_cmp(&t, c);
}

/* ---- doubles as m * 2**e ---- */

static uint64_t dbl_bits(double x) {
    uint64_t u;
    memcpy(&u, &x, sizeof u);
    return u;
}

static double dbl_from_bits(uint64_t u) {
    double x;
    memcpy(&x, &u, sizeof x);
    return x;
}

/* x >= 0 finite: x == *m * 2***e, with *e >= -1074. */
static void decompose(double x, uint64_t *m, int *e) {
    uint64_t bits = dbl_bits(x);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    if (be == 0) {
        *m = frac;
        *e = -1074;
    } else {
        *m = frac | (UINT64_C(1) << 52);
        *e = be - 1075;
    }
}

/* ---- shortest digits (Burger & Dybvig free-format) ---- */

/* The scaled start values: x = r / s, the rounding interval is
** (x - mm/s, x + mp/s), its bounds included when [even]. */
static void shortest_setup(uint64_t f, int e, Big *r, Big *s, Big *mp, Big *mm) {
    const uint64_t hidden = UINT64_C(1) << 52;
    bool wider_above = f == hidden && e > -1074; /* the gap below is half the gap above */
    if (e >= 0) {
        big_set_u64(r, f);
        big_shl(r, e + (wider_above ? 2 : 1));
        big_set_u64(s, wider_above ? 4 : 2);
        big_set_u64(mp, 1);
        big_shl(mp, e + (wider_above ? 1 : 0));
        big_set_u64(mm, 1);
        big_shl(mm, e);
    } else {
        big_set_u64(r, f);
        big_shl(r, wider_above ? 2 : 1);
        big_set_u64(s, 1);
        big_shl(s, (wider_above ? 2 : 1) - e);
        big_set_u64(mp, wider_above ? 2 : 1);
        big_set_u64(mm, 1);
    }
}

/* One decimal digit of r/s (r < 10 s after the caller's *10): r %= s. */
static int big_digit(Big *r, const Big *s) {
    int d = 0;
    while (big_cmp(r, s) >= 0) {
        big_sub(r, s);
        d++;
    }
    return d;
}

/* The digit loop of the free-format algorithm on big integers. */
static int shortest_digits_big(Big *r, const Big *s, Big *mp, Big *mm, bool even, char *digits) {
    int n = 0;
    for (;;) {
        big_mul_small(r, 10);
        big_mul_small(mp, 10);
        big_mul_small(mm, 10);
        int d = big_digit(r, s);
        int lo = big_cmp(r, mm);
        int hi = big_sum_cmp(r, mp, s);
        bool low_ok = even ? lo <= 0 : lo < 0;
        bool high_ok = even ? hi >= 0 : hi > 0;
        if (!low_ok && !high_ok) {
            digits[n++] = (char)('0' + d);
            continue;
        }
        if (low_ok && high_ok) {
            /* both d and d+1 are in the interval: take the closer one */
            Big twice;
            big_copy(&twice, r);
            big_shl(&twice, 1);
            int half = big_cmp(&twice, s);
            if (half > 0 || (half == 0 && (d & 1))) d++;
        } else if (high_ok) {
            d++;
        }
        digits[n++] = (char)('0' + d);
        return n;
    }
}

#ifdef __SIZEOF_INT128__
typedef unsigned __int128 u128;

/* s < 2**123: then 10*r, 10*mp and r + mp stay below 2**127. */
static bool big_fits_u128(const Big *s) { return s->n < 4 || (s->n == 4 && s->d[3] < (1u << 27)); }

static u128 big_to_u128(const Big *b) {
    u128 v = 0;
    for (int i = b->n - 1; i >= 0; i--) v = (v << 32) | b->d[i];
    return v;
}

static u128 times10(u128 v) { return (v << 3) + (v << 1); }

/* The same loop in 128-bit arithmetic: most doubles need no more. */
static int shortest_digits_u128(const Big *rb, const Big *sb, const Big *mpb, const Big *mmb,
                                bool even, char *digits) {
    u128 r = big_to_u128(rb), s = big_to_u128(sb), mp = big_to_u128(mpb), mm = big_to_u128(mmb);
    int n = 0;
    for (;;) {
        r = times10(r);
        mp = times10(mp);
        mm = times10(mm);
        int d = 0;
        while (r >= s) {
            r -= s;
            d++;
        }
        bool low_ok = even ? r <= mm : r < mm;
        bool high_ok = even ? r + mp >= s : r + mp > s;
        if (!low_ok && !high_ok) {
            digits[n++] = (char)('0' + d);
            continue;
        }
        if (low_ok && high_ok) {
            u128 twice = r << 1;
            if (twice > s || (twice == s && (d & 1))) d++;
        } else if (high_ok) {
            d++;
        }
        digits[n++] = (char)('0' + d);
        return n;
    }
}
#endif

int dtoa_shortest(double x, char *digits, int *decpt) {
    uint64_t f;
    int e;
    decompose(x, &f, &e);
    bool even = (f & 1) == 0;
    Big r, s, mp, mm;
    shortest_setup(f, e, &r, &s, &mp, &mm);
    int k = (int)ceil(log10(x) - 1e-10);
    if (k >= 0) {
        big_mul_pow10(&s, k);
    } else {
        big_mul_pow10(&r, -k);
        big_mul_pow10(&mp, -k);
        big_mul_pow10(&mm, -k);
    }
    /* the estimate may be one too small: make x + mp/s < 10**k hold */
    int c = big_sum_cmp(&r, &mp, &s);
    if (c > 0 || (c == 0 && even)) {
        big_mul_small(&s, 10);
        k++;
    }
    *decpt = k;
#ifdef __SIZEOF_INT128__
    if (big_fits_u128(&s)) return shortest_digits_u128(&r, &s, &mp, &mm, even, digits);
#endif
    return shortest_digits_big(&r, &s, &mp, &mm, even, digits);
}

/* ---- exact expansion and rounding of digit strings ---- */

/* The decimal digits of b (destroyed), most significant first. */
static int big_to_decimal(Big *b, char *out) {
    char tmp[DTOA_MAX_DIGITS + 16];
    int n = 0;
    while (b->n > 0) {
        uint32_t chunk = big_divmod_small(b, 1000000000u);
        for (int i = 0; i < 9; i++) {
            tmp[n++] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
    }
    while (n > 0 && tmp[n - 1] == '0') n--;
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

int dtoa_exact(double x, char *digits, int *decpt) {
    uint64_t f;
    int e;
    decompose(x, &f, &e);
    Big b;
    big_set_u64(&b, f);
    if (e >= 0) big_shl(&b, e);
    else big_mul_pow5(&b, -e);
    int n = big_to_decimal(&b, digits);
    *decpt = n + (e < 0 ? e : 0);
    while (n > 1 && digits[n - 1] == '0') n--;
    return n;
}

/* Keep the first [keep] of the n digits, rounding half-even; returns the new
** count without trailing zeros (0 when everything rounded away). */
static int round_digits(char *d, int n, int keep, int *decpt) {
    if (keep >= n) return n;
    if (keep < 0) return 0;
    bool up;
    if (d[keep] != '5') {
        up = d[keep] > '5';
    } else {
        bool rest = false;
        for (int i = keep + 1; i < n && !rest; i++) rest = d[i] != '0';
        up = rest || (keep > 0 && ((d[keep - 1] - '0') & 1));
    }
    n = keep;
    if (up) {
        int i = keep - 1;
        while (i >= 0 && d[i] == '9') i--;
        if (i < 0) {
            d[0] = '1';
            n = 1;
            (*decpt)++;
        } else {
            d[i]++;
            n = i + 1;
        }
    }
    while (n > 0 && d[n - 1] == '0') n--;
    return n;
}

/* ---- formatting ---- */

typedef struct Out {
    char *buf;
    size_t cap, len;
    char last;                /* the last character written (even when truncated) */
} Out;

static void out_c(Out *o, char c) {
    if (o->len + 1 < o->cap) o->buf[o->len] = c;
    o->len++;
    o->last = c;
}

static void out_n(Out *o, const char *s, int n) {
    for (int i = 0; i < n; i++) out_c(o, s[i]);
}

static void out_zeros(Out *o, int n) {
    for (int i = 0; i < n; i++) out_c(o, '0');
}

static void out_end(Out *o) {
    if (o->cap == 0) return;
    o->buf[o->len < o->cap ? o->len : o->cap - 1] = '\0';
}

static void out_exponent(Out *o, int exp, bool upper) {
    char tmp[8];
    int n = 0;
    out_c(o, upper ? 'E' : 'e');
    out_c(o, exp < 0 ? '-' : '+');
    unsigned u = (unsigned)(exp < 0 ? -exp : exp);
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (n < 2) tmp[n++] = '0';
    while (n > 0) out_c(o, tmp[--n]);
}

/* The digits of |x| for [mode]/[prec]; zero is "0" with decpt 1. */
static int format_digits(double ax, char mode, int prec, char *d, int *decpt) {
    if (ax == 0) {
        d[0] = '0';
        *decpt = 1;
        return 1;
    }
    if (mode == 'r') return dtoa_shortest(ax, d, decpt);
    int n = dtoa_exact(ax, d, decpt);
    int keep = mode == 'e' ? prec + 1 : mode == 'f' ? *decpt + prec : prec;
    n = round_digits(d, n, keep, decpt);
    if (n == 0) {
        d[0] = '0';
        *decpt = 1;
        n = 1;
    }
    return n;
}

/* Lay out digits as CPython's format_float_short does. */
static void layout_digits(Out *o, const char *d, int n, int decpt, char mode, int prec,
                          unsigned flags) {
    bool alt = flags & DTOA_ALT, dot0 = flags & DTOA_ADD_DOT_0, use_exp = false;
    int end = n; /* digit positions shown, padded with zeros */
    switch (mode) {
    case 'e': use_exp = true; end = prec + 1; break;
    case 'f': end = decpt + prec; break;
    case 'g':
        if (decpt <= -4 || decpt > (dot0 ? prec - 1 : prec)) use_exp = true;
        if (alt) end = prec;
        break;
    default: /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    if (!use_exp && dot0) end = end > decpt ? end : decpt + 1;
    else end = end > decpt ? end : decpt;
    size_t start_len = o->len;
    if (decpt <= 0) {
        out_c(o, '0');
        out_c(o, '.');
        out_zeros(o, -decpt);
    }
    if (decpt > 0 && decpt <= n) {
        out_n(o, d, decpt);
        out_c(o, '.');
        out_n(o, d + decpt, n - decpt);
    } else {
        out_n(o, d, n);
    }
    if (n < decpt) {
        out_zeros(o, decpt - n);
        out_c(o, '.');
        out_zeros(o, end - decpt);
    } else {
        out_zeros(o, end - n);
    }
    /* drop a trailing point unless '#' */
    if (!alt && o->len > start_len && o->last == '.') o->len--;
    if (use_exp) out_exponent(o, exp, flags & DTOA_UPPER);
}

size_t dtoa_format(double x, char mode, int prec, unsigned flags, char *buf, size_t cap) {
    Out o = {buf, cap, 0, 0};
    bool upper = flags & DTOA_UPPER;
    if (x != x) {
        if (flags & DTOA_SIGN_PLUS) out_c(&o, '+');
        else if (flags & DTOA_SIGN_SPACE) out_c(&o, ' ');
        out_n(&o, upper ? "NAN" : "nan", 3);
        out_end(&o);
        return o.len;
    }
    if (signbit(x)) out_c(&o, '-');
    else if (flags & DTOA_SIGN_PLUS) out_c(&o, '+');
    else if (flags & DTOA_SIGN_SPACE) out_c(&o, ' ');
    double ax = fabs(x);
    if (isinf(ax)) {
        out_n(&o, upper ? "INF" : "inf", 3);
        out_end(&o);
        return o.len;
    }
    if (prec < 0) prec = 6;
    if (mode == 'g' && prec == 0) prec = 1;
    char d[DTOA_MAX_DIGITS + 2];
    int decpt;
    int n = format_digits(ax, mode, prec, d, &decpt);
    layout_digits(&o, d, n, decpt, mode, prec, flags);
    out_end(&o);
    return o.len;
}

size_t dtoa_format_bound(double x, char mode, int prec) {
    (void)x;
    (void)mode;
    return (size_t)(prec > 0 ? prec : 0) + 340;
}

/* ---- parsing ---- */

static bool match_word(const char *s, size_t len, const char *word) {
    size_t n = strlen(word);
    if (len < n) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return true;
}

/* The significant digits of a literal, at most DTOA_MAX_DIGITS + 1 (a last
** '1' stands for any nonzero digits dropped), value 0.D * 10**decexp. */
typedef struct Decimal {
    char d[DTOA_MAX_DIGITS + 2];
    int n;
    int64_t decexp;
} Decimal;

static void decimal_add_digit(Decimal *dec, char c, bool *sticky) {
    if (dec->n < DTOA_MAX_DIGITS) dec->d[dec->n++] = c;
    else if (c != '0') *sticky = true;
}

/* Scan digits [.digits] [e[sign]digits] at s; returns bytes used (0: no digits). */
static size_t scan_decimal(const char *s, size_t len, Decimal *dec) {
    size_t i = 0;
    int64_t dp = 0;
    bool seen_digit = false, sticky = false;
    dec->n = 0;
    for (; i < len && s[i] >= '0' && s[i] <= '9'; i++) {
        seen_digit = true;
        if (dec->n == 0 && s[i] == '0') continue;
        decimal_add_digit(dec, s[i], &sticky);
        if (dp < INT64_C(1) << 40) dp++;
    }
    if (i < len && s[i] == '.') {
        size_t j = i + 1;
        for (; j < len && s[j] >= '0' && s[j] <= '9'; j++) {
            seen_digit = true;
            if (dec->n == 0 && s[j] == '0') {
                if (dp > -(INT64_C(1) << 40)) dp--;
                continue;
            }
            decimal_add_digit(dec, s[j], &sticky);
        }
        if (seen_digit) i = j;
    }
    if (!seen_digit) return 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        bool neg = false;
        if (j < len && (s[j] == '+' || s[j] == '-')) neg = s[j++] == '-';
        if (j < len && s[j] >= '0' && s[j] <= '9') {
            int64_t ex = 0;
            for (; j < len && s[j] >= '0' && s[j] <= '9'; j++)
                if (ex < 100000000) ex = ex * 10 + (s[j] - '0');
            dp += neg ? -ex : ex;
            i = j;
        }
    }
    if (sticky) dec->d[dec->n++] = '1';
    while (dec->n > 0 && dec->d[dec->n - 1] == '0') dec->n--;
    dec->decexp = dp;
    return i;
}

static const double exact_pow10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                       1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                       1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* Clinger: exact digits times an exact power of ten rounds correctly. */
static bool parse_fast(const Decimal *dec, double *out) {
    if (dec->n > 15) return false;
    uint64_t u = 0;
    for (int i = 0; i < dec->n; i++) u = u * 10 + (uint64_t)(dec->d[i] - '0');
    int64_t e = dec->decexp - dec->n;
    if (e >= 0 && e <= 22 + 15 - dec->n) {
        double v = (double)u;
        if (e > 22) {
            v *= exact_pow10[e - 22]; /* still exact: fewer than 16 digits */
            e = 22;
        }
        *out = v * exact_pow10[e];
        return true;
    }
    if (e < 0 && e >= -22) {
        *out = (double)u / exact_pow10[-e];
        return true;
    }
    return false;
}

/* A guess within a few ulps, from the first 19 digits. */
static double parse_guess(const Decimal *dec) {
    int used = dec->n < 19 ? dec->n : 19;
    uint64_t u = 0;
    for (int i = 0; i < used; i++) u = u * 10 + (uint64_t)(dec->d[i] - '0');
    int64_t e10 = dec->decexp - used;
    int bexp, t;
    double g = frexp((double)u, &bexp);
    while (e10 > 0) {
        int k = e10 > 22 ? 22 : (int)e10;
        g = frexp(g * exact_pow10[k], &t);
        bexp += t;
        e10 -= k;
    }
    while (e10 < 0) {
        int k = -e10 > 22 ? 22 : (int)-e10;
        g = frexp(g / exact_pow10[k], &t);
        bexp += t;
        e10 += k;
    }
    if (bexp > 1024) return 1.7976931348623157e308;
    return ldexp(g, bexp);
}

/* Compare D * 10**e10 with M * 2**b exactly (D given as a big integer). */
static int cmp_decimal_binary(const Big *D, int e10, uint64_t M, int b) {
    Big L, R;
    big_copy(&L, D);
    big_set_u64(&R, M);
    if (e10 >= 0) {
        big_mul_pow5(&L, e10);
        b -= e10;
    } else {
        big_mul_pow5(&R, -e10);
        b -= e10;
    }
    /* now D*5**e10 vs M*2**b (e10 >= 0), or D vs M*5**-e10*2**b */
    if (b >= 0) big_shl(&R, b);
    else big_shl(&L, -b);
    return big_cmp(&L, &R);
}

static void decimal_to_big(const Decimal *dec, Big *b) {
    b->n = 0;
    for (int i = 0; i < dec->n; i++) {
        big_mul_small(b, 10);
        big_add_small(b, (uint32_t)(dec->d[i] - '0'));
    }
}

/* Correct the guess x one ulp at a time until it is the double nearest to
** the decimal (ties to even). */
static double parse_correct(const Decimal *dec, double x) {
    Big D;
    decimal_to_big(dec, &D);
    int e10 = (int)(dec->decexp - dec->n);
    const uint64_t hidden = UINT64_C(1) << 52;
    for (int iter = 0; iter < 4000; iter++) {
        uint64_t m;
        int e;
        decompose(x, &m, &e);
        int c = cmp_decimal_binary(&D, e10, 2 * m + 1, e - 1);
        if (c > 0 || (c == 0 && (m & 1))) {
            if (x == 1.7976931348623157e308) return INFINITY;
            x = dbl_from_bits(dbl_bits(x) + 1);
            continue;
        }
        if (m == 0) return x;
        if (m == hidden && e > -1074) c = cmp_decimal_binary(&D, e10, 4 * m - 1, e - 2);
        else c = cmp_decimal_binary(&D, e10, 2 * m - 1, e - 1);
        if (c < 0 || (c == 0 && (m & 1))) {
            x = dbl_from_bits(dbl_bits(x) - 1);
            continue;
        }
        return x;
    }
    return x;
}

static double decimal_to_double(const Decimal *dec) {
    if (dec->n == 0) return 0.0;
    if (dec->decexp > 310) return INFINITY;
    if (dec->decexp < -324) return 0.0;
    double x;
    if (parse_fast(dec, &x)) return x;
    return parse_correct(dec, parse_guess(dec));
}

size_t dtoa_parse_prefix(const char *s, size_t len, double *out) {
    size_t i = 0;
    bool neg = false;
    if (i < len && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    double v;
    size_t used;
    Decimal dec;
    if (match_word(s + i, len - i, "infinity")) {
        v = INFINITY;
        used = 8;
    } else if (match_word(s + i, len - i, "inf")) {
        v = INFINITY;
        used = 3;
    } else if (match_word(s + i, len - i, "nan")) {
        v = NAN;
        used = 3;
    } else {
        used = scan_decimal(s + i, len - i, &dec);
        if (used == 0) return 0;
        v = decimal_to_double(&dec);
    }
    *out = neg ? -v : v;
    return i + used;
}

bool dtoa_parse(const char *s, size_t len, double *out) {
    return len > 0 && dtoa_parse_prefix(s, len, out) == len;
}

/* ---- round(x, n) ---- */

double dtoa_round(double x, int ndigits, bool *overflow) {
    *overflow = false;
    if (x == 0 || x != x || isinf(x)) return x;
    if (ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    Decimal dec;
    int decpt;
    int n = dtoa_exact(fabs(x), dec.d, &decpt);
    n = round_digits(dec.d, n, decpt + ndigits, &decpt);
    dec.n = n;
    dec.decexp = decpt;
    double r = decimal_to_double(&dec);
    if (isinf(r)) *overflow = true;
    return signbit(x) ? -r : r;
}

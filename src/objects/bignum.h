/*
** bignum.h -- arithmetic on magnitudes: little-endian arrays of base-2**32
** Digits with an explicit length. No signs, no VM, no GC: int.c builds the
** Python int on top of these. A "trimmed" magnitude has no leading (high)
** zero digits; zero is the empty magnitude (length 0).
**
** Output buffers are supplied by the caller and sized as documented; unless
** said otherwise an output may not overlap an input. Functions that need
** scratch memory malloc it and return -1 when that fails.
*/
#ifndef PIPIT_BIGNUM_H
#define PIPIT_BIGNUM_H

#include <stddef.h>
#include <stdint.h>

#include "../runtime/object.h"

#define BN_DIGIT_BITS 32

/* Length of [a] without its high zero digits. */
size_t bn_trim(const Digit *a, size_t n);

/* Compare trimmed magnitudes: -1, 0, 1. */
int bn_cmp(const Digit *a, size_t na, const Digit *b, size_t nb);

/* r = a + b; r has room for max(na, nb) + 1 digits and may alias a or b.
** Returns the trimmed length. */
size_t bn_add(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb);

/* r = a - b, requires a >= b; r has room for na digits and may alias a or b.
** Returns the trimmed length. */
size_t bn_sub(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb);

/* r[0..nr) += a[0..na) (na <= nr); returns the carry out of r. */
Digit bn_add_into(Digit *r, size_t nr, const Digit *a, size_t na);

/* r = a * b; r has room for na + nb digits (all of them are written).
** Schoolbook for small operands, Karatsuba above a threshold.
** Returns 0, or -1 when scratch memory could not be allocated. */
int bn_mul(Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb);

/* q = a / d, returns a % d (d != 0); q has room for n digits, may alias a. */
Digit bn_divrem_digit(Digit *q, const Digit *a, size_t n, Digit d);

/* r = a * m + add, in place on r[0..n); returns the carry digit. */
Digit bn_mul_digit_add(Digit *r, size_t n, Digit m, Digit add);

/* Knuth's algorithm D: q = a / b, r = a % b for trimmed a, b with
** nb >= 1 and na >= nb. q has room for na - nb + 1 digits, r for nb digits
** (either may be NULL when not wanted). Returns 0 or -1 (no memory). */
int bn_divmod(Digit *q, Digit *r, const Digit *a, size_t na, const Digit *b, size_t nb);

/* r = a << shift (bits); r has room for n + shift/32 + 1 digits. Returns
** the trimmed length. */
size_t bn_lshift(Digit *r, const Digit *a, size_t n, size_t shift);

/* r = a >> shift (bits); r has room for n digits and may alias a. Returns
** the trimmed length. *lost (may be NULL) tells whether one bits fell off. */
size_t bn_rshift(Digit *r, const Digit *a, size_t n, size_t shift, int *lost);

/* Number of significant bits (0 for zero). */
uint64_t bn_bit_length(const Digit *a, size_t n);

/* Number of one bits. */
uint64_t bn_popcount(const Digit *a, size_t n);

/* Decimal digits of [a] (trimmed) as ASCII into a malloc'ed buffer, no
** sign, NUL-terminated; *len gets the length. NULL when out of memory.
** Large values use divide and conquer with powers of 10**9. */
char *bn_to_decimal(const Digit *a, size_t n, size_t *len);

/* Parse [len] ASCII digits (0-9, a-z, A-Z; no underscores or signs, all
** valid in [base], 2 <= base <= 36) into a malloc'ed magnitude; *n gets its
** trimmed length. NULL when out of memory. */
Digit *bn_from_digits(const char *s, size_t len, int base, size_t *n);

#endif

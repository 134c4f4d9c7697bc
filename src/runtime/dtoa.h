/*
** dtoa.h -- our own conversions between doubles and decimal text, exact and
** identical on every platform (no printf/strtod: wasi-libc's are large, and
** the results must not depend on the C library).
**
**   dtoa_shortest  the shortest digits that read back as the same double
**   dtoa_exact     the exact decimal expansion of a double
**   dtoa_format    repr / 'e' 'f' 'g' text with CPython's rules, correctly
**                  rounded (half-even on the exact value)
**   dtoa_parse     correctly rounded decimal text -> double (strtod)
**
** Digit strings follow David Gay's convention: digits d1 d2 ... dn and a
** decimal point position decpt, the value being 0.d1d2...dn * 10**decpt.
*/
#ifndef PIPIT_DTOA_H
#define PIPIT_DTOA_H

#include <stdbool.h>
#include <stddef.h>

/* Enough for the digits of any double (exact expansions have <= 767). */
#define DTOA_MAX_DIGITS 800

/* Shortest round-tripping digits of finite x > 0 (closest to x among the
** shortest). Writes the digits (no NUL) to [digits], at least 20 bytes;
** returns their count, sets *decpt. */
int dtoa_shortest(double x, char *digits, int *decpt);

/* The exact decimal expansion of finite x > 0, without trailing zeros.
** [digits] holds DTOA_MAX_DIGITS bytes; returns the count, sets *decpt. */
int dtoa_exact(double x, char *digits, int *decpt);

/* Flags of dtoa_format. */
enum {
    DTOA_ADD_DOT_0 = 1 << 0, /* "1.0", not "1" (repr, the no-type format) */
    DTOA_ALT = 1 << 1,       /* '#': keep the point and 'g' trailing zeros */
    DTOA_UPPER = 1 << 2,     /* 'E', "INF", "NAN" */
    DTOA_SIGN_PLUS = 1 << 3, /* '+' before non-negative numbers */
    DTOA_SIGN_SPACE = 1 << 4,/* ' ' before non-negative numbers */
};

/* Format x as CPython's PyOS_double_to_string does. [mode] is 'r' (repr:
** shortest digits, exponent form below 1e-4 and from 1e16), 'e', 'f', 'g'
** (lowercase; use DTOA_UPPER), with [prec] digits (for 'g', 0 means 1;
** ignored for 'r'). Writes at most cap-1 bytes plus a NUL to [buf] and
** returns the length the full text needs (like snprintf): call again with
** a bigger buffer when the result is >= cap. NaN never has a sign. */
size_t dtoa_format(double x, char mode, int prec, unsigned flags, char *buf, size_t cap);

/* An upper bound of dtoa_format's length for these arguments. */
size_t dtoa_format_bound(double x, char mode, int prec);

/* Round x to [ndigits] decimal places (negative: tens, hundreds...),
** correctly (half-even on the exact value), as CPython's round(x, n).
** *overflow is set when the result is too large for a double. */
double dtoa_round(double x, int ndigits, bool *overflow);

/* Parse the longest prefix of s[0..len) that is a float literal: an
** optional sign, then digits with an optional point and exponent, or
** "inf", "infinity", "nan" in any case. No whitespace, no underscores.
** Returns the number of bytes used (0: none), *out the correctly rounded
** value (+-inf when too large). */
size_t dtoa_parse_prefix(const char *s, size_t len, double *out);

/* All of s[0..len) must be a float literal as above. */
bool dtoa_parse(const char *s, size_t len, double *out);

#endif

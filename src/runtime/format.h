/*
** format.h -- the format specification mini-language shared by
** format()/str.format/f-strings for str, int and float (objects/format.c).
*/
#ifndef PIPIT_FORMAT_H
#define PIPIT_FORMAT_H

#include "object.h"

typedef struct FormatSpec {
    uint32_t fill;            /* code point, default ' ' */
    char align;               /* '<', '>', '^', '=' or 0 (type's default) */
    char sign;                /* '+', '-', ' ' or 0 */
    bool alternate;           /* '#' */
    bool zero;                /* '0' before the width */
    int64_t width;            /* -1: none */
    char grouping;            /* ',', '_' or 0 */
    int64_t precision;        /* -1: none */
    char type;                /* the type letter, or 0 */
} FormatSpec;

/* Parse [spec] (a str) for values of [type_name] (for error messages).
** Returns 0, or -1 with ValueError ("Invalid format specifier" etc.). */
int formatspec_parse(VM *vm, Value spec, FormatSpec *out);

/* Pad [body] ([len] bytes, [ncp] code points) to the spec's width with fill
** and alignment ([default_align] when the spec has none), appending to [sb].
** For '=' alignment, [sign_len] leading bytes of body (sign, 0x prefix) stay
** before the padding. */
void format_pad(StrBuf *sb, const FormatSpec *fs, const char *body, size_t len,
                size_t ncp, char default_align, size_t sign_len);

/* Insert a grouping separator every [interval] digits into the run of
** [ndigits] ASCII digits at [digits], appending to [sb]; with min_width,
** left-pad with zeros (0 flag) while counting separators as CPython does. */
void format_group_digits(StrBuf *sb, const char *digits, size_t ndigits, char sep,
                         int interval, int64_t min_width);

#endif

/*
** strbuf.c -- StrBuf, the growable byte buffer strs are built in, and
** str_format/str_vformat, the printf of the core (vm_raise uses it).
*/
#include <stdio.h>
#include <stdlib.h>

#include "str.h"

void sb_init(StrBuf *sb) {
    sb->data = NULL;
    sb->len = sb->cap = 0;
    sb->failed = false;
}

/* Make room for [extra] more bytes plus a NUL. */
static bool sb_reserve(StrBuf *sb, size_t extra) {
    if (sb->failed) return false;
    size_t need = sb->len + extra + 1;
    if (need <= sb->cap) return true;
    size_t cap = sb->cap ? sb->cap : 64;
    while (cap < need) cap *= 2;
    char *p = realloc(sb->data, cap);
    if (!p) {
        sb->failed = true;
        return false;
    }
    sb->data = p;
    sb->cap = cap;
    return true;
}

void sb_add(StrBuf *sb, const char *s, size_t n) {
    if (!sb_reserve(sb, n)) return;
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = 0;
}

void sb_adds(StrBuf *sb, const char *s) { sb_add(sb, s, strlen(s)); }

void sb_addc(StrBuf *sb, char c) {
    if (!sb_reserve(sb, 1)) return;
    sb->data[sb->len++] = c;
    sb->data[sb->len] = 0;
}

static void sb_vaddf(StrBuf *sb, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    if (n < 0) {
        va_end(ap2);
        return;
    }
    if ((size_t)n < sizeof small) {
        sb_add(sb, small, (size_t)n);
    } else if (sb_reserve(sb, (size_t)n)) {
        vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap2);
        sb->len += (size_t)n;
    }
    va_end(ap2);
}

void sb_addf(StrBuf *sb, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_vaddf(sb, fmt, ap);
    va_end(ap);
}

void sb_add_codepoint(StrBuf *sb, uint32_t cp) {
    if (!sb_reserve(sb, 4)) return;
    if (cp < 0x80) sb->data[sb->len++] = (char)cp;
    else sb->len += (size_t)utf8_encode(cp, sb->data + sb->len);
    sb->data[sb->len] = 0;
}

static int sb_add_strvalue(StrBuf *sb, Value s) {
    sb_add(sb, as_str(s)->data, as_str(s)->size);
    return 0;
}

int sb_add_repr(VM *vm, StrBuf *sb, Value v) {
    Value r = obj_repr(vm, v);
    if (val_is_error(r)) return -1;
    return sb_add_strvalue(sb, r);
}

int sb_add_str(VM *vm, StrBuf *sb, Value v) {
    Value r = obj_str(vm, v);
    if (val_is_error(r)) return -1;
    return sb_add_strvalue(sb, r);
}

Value sb_finish(VM *vm, StrBuf *sb) {
    if (sb->failed) {
        sb_free(sb);
        return vm_raise_nomem(vm);
    }
    Value r = str_new(vm, sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return r;
}

void sb_free(StrBuf *sb) {
    free(sb->data);
    sb_init(sb);
}

/* ---- str_format ----
** Two passes: the arguments are fetched first, so that the Values among
** them can be rooted before any of them runs Python code (str, repr). */

#define FMT_MAX_ARGS 32

typedef struct FmtArg {
    char conv;                /* the conversion letter */
    int length;               /* 0, 'l' (long), 'L' (long long), 'z' (size_t), 'j' */
    int precision;            /* -1: none */
    union {
        long long i;
        unsigned long long u;
        const char *s;
        void *p;
        Value v;
    };
} FmtArg;

/* Parse the conversion at [p] (just after '%'): flags, width, precision,
** length, conversion. Returns the position after it. */
static const char *parse_conv(const char *p, FmtArg *a, bool *star_prec) {
    while (*p == '-' || *p == '+' || *p == ' ' || *p == '#' || *p == '0') p++;
    while (*p >= '0' && *p <= '9') p++;
    a->precision = -1;
    *star_prec = false;
    if (*p == '.') {
        p++;
        if (*p == '*') {
            *star_prec = true;
            p++;
        } else {
            a->precision = 0;
            while (*p >= '0' && *p <= '9') a->precision = a->precision * 10 + (*p++ - '0');
        }
    }
    a->length = 0;
    if (*p == 'l') {
        a->length = 'l';
        if (*++p == 'l') { a->length = 'L'; p++; }
    } else if (*p == 'z') { a->length = 'z'; p++; }
    else if (*p == 'j') { a->length = 'j'; p++; }
    else if (*p == 'h') { p++; if (*p == 'h') p++; }
    a->conv = *p;
    return *p ? p + 1 : p;
}

static void fetch_arg(FmtArg *a, va_list *ap) {
    switch (a->conv) {
    case 'S': case 'R': case 'T': case 'U': a->v = va_arg(*ap, Value); break;
    case 's': a->s = va_arg(*ap, const char *); break;
    case 'p': a->p = va_arg(*ap, void *); break;
    case 'c': a->i = va_arg(*ap, int); break;
    case 'd': case 'i':
        if (a->length == 'l') a->i = va_arg(*ap, long);
        else if (a->length == 'L') a->i = va_arg(*ap, long long);
        else if (a->length == 'z') a->i = (long long)va_arg(*ap, size_t);
        else if (a->length == 'j') a->i = (long long)va_arg(*ap, intmax_t);
        else a->i = va_arg(*ap, int);
        break;
    case 'u': case 'x': case 'X': case 'o':
        if (a->length == 'l') a->u = va_arg(*ap, unsigned long);
        else if (a->length == 'L') a->u = va_arg(*ap, unsigned long long);
        else if (a->length == 'z') a->u = va_arg(*ap, size_t);
        else if (a->length == 'j') a->u = (unsigned long long)va_arg(*ap, uintmax_t);
        else a->u = va_arg(*ap, unsigned int);
        break;
    default: break;
    }
}

/* Append at most [maxcp] code points of UTF-8 [s] (-1: all). */
static void add_limited(StrBuf *sb, const char *s, size_t size, int maxcp) {
    if (maxcp < 0) {
        sb_add(sb, s, size);
        return;
    }
    size_t i = 0;
    for (int n = 0; i < size && n < maxcp; n++) {
        i++;
        while (i < size && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    }
    sb_add(sb, s, i);
}

/* The C printf spec from '%' to the conversion, with ll for integers. */
static void add_number(StrBuf *sb, const char *start, const char *end, const FmtArg *a) {
    char spec[32];
    size_t n = 0;
    for (const char *q = start; q < end - 1 && n < 20; q++) {
        if (*q == 'l' || *q == 'z' || *q == 'j' || *q == 'h') continue;
        spec[n++] = *q;
    }
    spec[n++] = 'l';
    spec[n++] = 'l';
    spec[n++] = a->conv;
    spec[n] = 0;
    if (a->conv == 'd' || a->conv == 'i') sb_addf(sb, spec, a->i);
    else sb_addf(sb, spec, a->u);
}

static int add_value_arg(VM *vm, StrBuf *sb, const FmtArg *a) {
    Value r;
    switch (a->conv) {
    case 'S': r = obj_str(vm, a->v); break;
    case 'R': r = obj_repr(vm, a->v); break;
    case 'T': sb_adds(sb, val_type(a->v)->name);  /* CPython's tp_name */ return 0;
    default: r = a->v; break;   /* 'U' */
    }
    if (val_is_error(r)) return -1;
    if (!val_is_str(r)) {
        sb_adds(sb, "<?>");
        return 0;
    }
    add_limited(sb, as_str(r)->data, as_str(r)->size, a->precision);
    return 0;
}

static int format_pass(VM *vm, StrBuf *sb, const char *fmt, FmtArg *args) {
    int k = 0;
    for (const char *p = fmt; *p;) {
        if (*p != '%') {
            const char *q = p;
            while (*q && *q != '%') q++;
            sb_add(sb, p, (size_t)(q - p));
            p = q;
            continue;
        }
        if (p[1] == '%') {
            sb_addc(sb, '%');
            p += 2;
            continue;
        }
        const char *start = p;
        FmtArg dummy;
        bool star;
        p = parse_conv(p + 1, &dummy, &star);
        if (k >= FMT_MAX_ARGS) break;
        FmtArg *a = &args[k++];
        switch (a->conv) {
        case 'S': case 'R': case 'T': case 'U':
            if (add_value_arg(vm, sb, a) < 0) return -1;
            break;
        case 's': add_limited(sb, a->s ? a->s : "(null)", a->s ? strlen(a->s) : 6, a->precision); break;
        case 'c': sb_add_codepoint(sb, (uint32_t)a->i); break;
        case 'p': sb_addf(sb, "%p", a->p); break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            add_number(sb, start, p, a);
            break;
        default: break;
        }
    }
    return 0;
}

Value str_vformat(VM *vm, const char *fmt, va_list ap) {
    FmtArg args[FMT_MAX_ARGS];
    Value roots[FMT_MAX_ARGS];
    int nargs = 0, nroots = 0;
    va_list aq;
    va_copy(aq, ap);
    for (const char *p = fmt; *p && nargs < FMT_MAX_ARGS;) {
        if (*p++ != '%') continue;
        if (*p == '%') { p++; continue; }
        FmtArg *a = &args[nargs++];
        bool star;
        p = parse_conv(p, a, &star);
        if (star) a->precision = va_arg(aq, int);
        fetch_arg(a, &aq);
        if (a->conv == 'S' || a->conv == 'R' || a->conv == 'T' || a->conv == 'U')
            roots[nroots++] = a->v;
    }
    va_end(aq);
    for (int i = 0; i < nroots; i++) gc_push_root(vm, &roots[i]);
    StrBuf sb;
    sb_init(&sb);
    int r = format_pass(vm, &sb, fmt, args);
    gc_pop_roots(vm, nroots);
    if (r < 0) {
        sb_free(&sb);
        return VAL_ERROR;
    }
    return sb_finish(vm, &sb);
}

Value str_format(VM *vm, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value r = str_vformat(vm, fmt, ap);
    va_end(ap);
    return r;
}

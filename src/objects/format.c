/*
** format.c -- the format mini-language (format.h) shared by str, int and
** float; str.format / format_map with the full replacement-field syntax;
** and printf-style `%` formatting for str (numeric conversions build a
** format spec and let int/float's __format__ make the digits).
*/
#include <stdlib.h>

#include "str.h"
#include "int.h"
#include "../runtime/format.h"
#include "../runtime/typeobject.h"

/* ---- the format specification ---- */

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

/* Parse a decimal run at s[*i]; -1 with ValueError on overflow. */
static int parse_number(VM *vm, const char *s, size_t n, size_t *i, int64_t *out) {
    int64_t v = 0;
    size_t start = *i;
    while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
        if (v > (INT64_MAX - 9) / 10) {
            vm_raise(vm, &type_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (s[(*i)++] - '0');
    }
    *out = *i > start ? v : -1;
    return 0;
}

static int bad_grouping(VM *vm, char sep, char type) {
    if (type > 32 && type < 127)
        vm_raise(vm, &type_ValueError, "Cannot specify '%c' with '%c'.", sep, type);
    else
        vm_raise(vm, &type_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)(unsigned char)type);
    return -1;
}

static int check_grouping(VM *vm, const FormatSpec *fs) {
    if (!fs->grouping) return 0;
    switch (fs->type) {
    case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        return 0;
    case 'b': case 'o': case 'x': case 'X':
        if (fs->grouping == '_') return 0;
        return bad_grouping(vm, fs->grouping, fs->type);
    default:
        return bad_grouping(vm, fs->grouping, fs->type);
    }
}

int formatspec_parse_as(VM *vm, Value spec, const char *type_name, FormatSpec *out, bool *no_neg_zero) {
    const char *s = as_str(spec)->data;
    size_t n = as_str(spec)->size, i = 0;
    FormatSpec fs = {.fill = ' ', .width = -1, .precision = -1};
    bool fill_given = false;
    *no_neg_zero = false;
    if (n > 0) {
        uint32_t c0;
        int l0 = utf8_decode((const unsigned char *)s, &c0);
        if ((size_t)l0 < n && is_align((unsigned char)s[l0])) {
            fs.fill = c0;
            fs.align = s[l0];
            fill_given = true;
            i = (size_t)l0 + 1;
        } else if (is_align(c0)) {
            fs.align = (char)c0;
            i = 1;
        }
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) fs.sign = s[i++];
    if (i < n && s[i] == 'z') {
        *no_neg_zero = true;
        i++;
    }
    if (i < n && s[i] == '#') {
        fs.alternate = true;
        i++;
    }
    if (i < n && s[i] == '0') {
        fs.zero = true;
        if (!fill_given) fs.fill = '0';
        i++;
    }
    if (parse_number(vm, s, n, &i, &fs.width) < 0) return -1;
    if (i < n && (s[i] == ',' || s[i] == '_')) {
        fs.grouping = s[i++];
        if (i < n && (s[i] == ',' || s[i] == '_')) {
            if (s[i] == fs.grouping)
                vm_raise(vm, &type_ValueError, "Cannot specify '%c' with '%c'.", s[i], s[i]);
            else
                vm_raise(vm, &type_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (i < n && s[i] == '.') {
        i++;
        if (parse_number(vm, s, n, &i, &fs.precision) < 0) return -1;
        if (fs.precision < 0) {
            vm_raise(vm, &type_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (n - i > 1) {
        vm_raise(vm, &type_ValueError, "Invalid format specifier '%s' for object of type '%s'", s, type_name);
        return -1;
    }
    if (i < n) fs.type = s[i];
    if (check_grouping(vm, &fs) < 0) return -1;
    *out = fs;
    return 0;
}

int formatspec_parse(VM *vm, Value spec, FormatSpec *out) {
    bool z;
    return formatspec_parse_as(vm, spec, "object", out, &z);
}

/* Padding past this many characters is reported as out of memory at once
** instead of after minutes of appending. */
#define PAD_LIMIT ((int64_t)1 << 32)

static void add_fill(StrBuf *sb, uint32_t fill, int64_t n) {
    char f[4];
    int fl = utf8_encode(fill, f);
    if (n > PAD_LIMIT) {
        sb->failed = true;
        return;
    }
    for (int64_t i = 0; i < n; i++) sb_add(sb, f, (size_t)fl);
}

void format_pad(StrBuf *sb, const FormatSpec *fs, const char *body, size_t len, size_t ncp,
                char default_align, size_t sign_len) {
    char align = fs->align;
    if (!align) align = fs->zero && default_align == '>' ? '=' : default_align;
    int64_t pad = fs->width > (int64_t)ncp ? fs->width - (int64_t)ncp : 0;
    int64_t left = 0, right = 0;
    switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=':
        sb_add(sb, body, sign_len);
        body += sign_len;
        len -= sign_len;
        left = pad;
        break;
    default: left = pad; break;
    }
    add_fill(sb, fs->fill, left);
    sb_add(sb, body, len);
    add_fill(sb, fs->fill, right);
}

void format_group_digits(StrBuf *sb, const char *digits, size_t ndigits, char sep, int interval,
                         int64_t min_width) {
    size_t cap = ndigits * 2 + (size_t)(min_width > 0 ? min_width : 0) + 8;
    char *tmp = malloc(cap);
    if (!tmp) {
        sb->failed = true;
        return;
    }
    size_t o = cap;   /* written backwards */
    int64_t remaining = (int64_t)ndigits, mw = min_width;
    const char *end = digits + ndigits;
    bool use_sep = false;
    for (;;) {
        int64_t l = remaining > mw ? remaining : mw;
        if (l < 1) l = 1;
        if (l > interval) l = interval;
        int64_t nchars = remaining < l ? remaining : l;
        int64_t nzeros = l - nchars;
        if (use_sep) tmp[--o] = sep;
        for (int64_t k = 0; k < nchars; k++) tmp[--o] = *--end;
        for (int64_t k = 0; k < nzeros; k++) tmp[--o] = '0';
        use_sep = true;
        remaining -= nchars;
        mw -= l;
        if (remaining <= 0 && mw <= 0) break;
        mw -= 1;   /* the separator */
    }
    sb_add(sb, tmp + o, cap - o);
    free(tmp);
}

/* format(str, spec) */
Value str_format_spec(VM *vm, Value s, Value spec) {
    if (as_str(spec)->size == 0) return val_is_exact_str(s) ? s : obj_str(vm, s);
    FormatSpec fs;
    bool z;
    if (formatspec_parse_as(vm, spec, "str", &fs, &z) < 0) return VAL_ERROR;
    if (fs.grouping && !fs.type) return bad_grouping(vm, fs.grouping, 's'), VAL_ERROR;
    if (fs.type && fs.type != 's')
        return vm_raise(vm, &type_ValueError, "Unknown format code '%c' for object of type 'str'", fs.type);
    if (fs.sign == ' ') return vm_raise(vm, &type_ValueError, "Space not allowed in string format specifier");
    if (fs.sign) return vm_raise(vm, &type_ValueError, "Sign not allowed in string format specifier");
    if (z)
        return vm_raise(vm, &type_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (fs.alternate)
        return vm_raise(vm, &type_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (fs.align == '=')
        return vm_raise(vm, &type_ValueError, "'=' alignment not allowed in string format specifier");
    StrObj *str = as_str(s);
    size_t size = str->size, ncp = str->len;
    if (fs.precision >= 0 && (size_t)fs.precision < ncp) {
        ncp = (size_t)fs.precision;
        size = str_offset(str, ncp);
    }
    if (fs.width <= (int64_t)ncp && size == str->size) return str_exact(vm, s);
    StrBuf sb;
    sb_init(&sb);
    format_pad(&sb, &fs, str->data, size, ncp, '<', 0);
    return sb_finish(vm, &sb);
}

/* ---- str.format ---- */

typedef struct FormatCtx {
    Value *args;
    int nargs;
    Value kwargs;             /* mapping or VAL_NULL */
    int auto_index;           /* next automatic field number */
    bool manual;              /* a numbered field was seen */
    bool map_only;            /* format_map: no positional arguments at all */
} FormatCtx;

static int render(VM *vm, StrBuf *sb, FormatCtx *ctx, const char *s, size_t n, int depth);

/* A decimal run that is the whole of s[0..n): its value, else -1; -2
** when the digits are too many for an index. */
static int64_t parse_index(const char *s, size_t n) {
    if (n == 0) return -1;
    int64_t v = 0;
    bool too_big = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        if (v > (INT64_MAX - 9) / 10) too_big = true;
        else v = v * 10 + (s[i] - '0');
    }
    return too_big ? -2 : v;
}

static Value too_many_digits(VM *vm) {
    return vm_raise(vm, &type_ValueError, "Too many decimal digits in format string");
}

static Value lookup_arg(VM *vm, FormatCtx *ctx, const char *name, size_t n) {
    int64_t idx = parse_index(name, n);
    if (idx == -2) return too_many_digits(vm);
    if (ctx->map_only && (n == 0 || idx >= 0))
        return vm_raise(vm, &type_ValueError, "Format string contains positional fields");
    if (n == 0) {
        if (ctx->manual)
            return vm_raise(vm, &type_ValueError,
                            "cannot switch from manual field specification to automatic field numbering");
        idx = ctx->auto_index++;
    } else if (idx >= 0) {
        if (ctx->auto_index > 0)
            return vm_raise(vm, &type_ValueError,
                            "cannot switch from automatic field numbering to manual field specification");
        ctx->manual = true;
    }
    if (idx >= 0) {
        if (idx >= ctx->nargs)
            return vm_raise(vm, &type_IndexError, "Replacement index %lld out of range for positional args tuple",
                            (long long)idx);
        return ctx->args[idx];
    }
    Value key = str_new(vm, name, n);
    if (val_is_error(key)) return key;
    if (val_is_null(ctx->kwargs)) {
        Value t = tuple_pack(vm, 1, key);
        if (val_is_error(t)) return t;
        Value exc = exc_new(vm, &type_KeyError, t);
        if (val_is_error(exc)) return exc;
        return vm_raise_value(vm, exc);
    }
    return obj_getitem(vm, ctx->kwargs, key);
}

/* Follow .attr and [key] parts of a field name from *[slot] (a rooted
** slot, updated as the walk goes). */
static Value follow_field(VM *vm, Value *slot, const char *s, size_t n) {
    Value obj = *slot;
    size_t i = 0;
    while (i < n) {
        Value next;
        if (s[i] == '.') {
            size_t j = ++i;
            while (j < n && s[j] != '.' && s[j] != '[') j++;
            if (j == i) return vm_raise(vm, &type_ValueError, "Empty attribute in format string");
            Value name = str_new(vm, s + i, j - i);
            if (val_is_error(name)) return name;
            next = obj_getattr(vm, obj, name);
            i = j;
        } else if (s[i] == '[') {
            size_t j = ++i;
            while (j < n && s[j] != ']') j++;
            if (j >= n) return vm_raise(vm, &type_ValueError, "Missing ']' in format string");
            if (j == i) return vm_raise(vm, &type_ValueError, "Empty attribute in format string");
            int64_t idx = parse_index(s + i, j - i);
            if (idx == -2) return too_many_digits(vm);
            Value key = idx >= 0 ? val_from_small(idx) : str_new(vm, s + i, j - i);
            if (val_is_error(key)) return key;
            next = obj_getitem(vm, obj, key);
            i = j + 1;
            if (i < n && s[i] != '.' && s[i] != '[')
                return vm_raise(vm, &type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            return vm_raise(vm, &type_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (val_is_error(next)) return next;
        obj = *slot = next;
    }
    return obj;
}

static Value convert_field(VM *vm, Value v, uint32_t conv) {
    switch (conv) {
    case 0: return v;
    case 'r': return obj_repr(vm, v);
    case 's': return obj_str(vm, v);
    case 'a': return obj_ascii(vm, v);
    default:
        if (conv >= 0x80 && conv < 0x100)
            return vm_raise(vm, &type_ValueError, "Unknown conversion specifier \\x%x", conv);
        if (conv >= 0x100 && conv < 0x10000)
            return vm_raise(vm, &type_ValueError, "Unknown conversion specifier \\u%04x", conv);
        if (conv >= 0x10000)
            return vm_raise(vm, &type_ValueError, "Unknown conversion specifier \\U%08x", conv);
        return vm_raise(vm, &type_ValueError, "Unknown conversion specifier %c", (int)conv);
    }
}

/* A replacement field, as the parser splits it. */
typedef struct Field {
    const char *name;
    size_t name_len;
    uint32_t conv;            /* 'r', 's', 'a', or 0 */
    const char *spec;
    size_t spec_len;
} Field;

static int field_error(VM *vm, const char *msg) {
    vm_raise(vm, &type_ValueError, "%s", msg);
    return -1;
}

/* Parse the field that starts after the '{' at s[*i]; *i ends after its '}'. */
static int parse_field(VM *vm, const char *s, size_t n, size_t *i, Field *f) {
    size_t p = *i;
    f->name = s + p;
    while (p < n && s[p] != '}' && s[p] != ':' && s[p] != '!') {
        if (s[p] == '{') return field_error(vm, "unexpected '{' in field name");
        if (s[p] == '[') {
            while (p < n && s[p] != ']') p++;
            if (p < n) p++;
            continue;
        }
        p++;
    }
    if (p >= n) return field_error(vm, "expected '}' before end of string");
    f->name_len = (size_t)(s + p - f->name);
    f->conv = 0;
    f->spec = s + p;
    f->spec_len = 0;
    if (s[p] == '!') {
        if (++p >= n) return field_error(vm, "end of string while looking for conversion specifier");
        p += (size_t)utf8_decode((const unsigned char *)s + p, &f->conv);
        if (p < n && s[p] != ':' && s[p] != '}')
            return field_error(vm, "expected ':' after conversion specifier");
    }
    if (p < n && s[p] == '}') {
        *i = p + 1;
        return 0;
    }
    if (p < n) p++;   /* the ':' */
    f->spec = s + p;
    int level = 1;
    for (; p < n; p++) {
        if (s[p] == '{') level++;
        else if (s[p] == '}' && --level == 0) break;
    }
    if (p >= n) return field_error(vm, "unmatched '{' in format spec");
    f->spec_len = (size_t)(s + p - f->spec);
    *i = p + 1;
    return 0;
}

static int render_field(VM *vm, StrBuf *sb, FormatCtx *ctx, const Field *f, int depth) {
    size_t first = 0;
    while (first < f->name_len && f->name[first] != '.' && f->name[first] != '[') first++;
    Value v = VAL_NULL, spec_str = VAL_NULL;
    gc_push_root(vm, &v);
    gc_push_root(vm, &spec_str);
    int r = -1;
    v = lookup_arg(vm, ctx, f->name, first);
    if (val_is_error(v)) goto done;
    if (val_is_error(follow_field(vm, &v, f->name + first, f->name_len - first))) goto done;
    v = convert_field(vm, v, f->conv);
    if (val_is_error(v)) goto done;
    StrBuf sub;
    sb_init(&sub);
    if (render(vm, &sub, ctx, f->spec, f->spec_len, depth + 1) < 0) {
        sb_free(&sub);
        goto done;
    }
    spec_str = sb_finish(vm, &sub);
    if (val_is_error(spec_str)) goto done;
    Value out = obj_format(vm, v, spec_str);
    if (val_is_error(out)) goto done;
    sb_add(sb, as_str(out)->data, as_str(out)->size);
    r = 0;
done:
    gc_pop_roots(vm, 2);
    return r;
}

static int render(VM *vm, StrBuf *sb, FormatCtx *ctx, const char *s, size_t n, int depth) {
    if (depth > 2) return field_error(vm, "Max string recursion exceeded");
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}') {
                sb_addc(sb, '}');
                i += 2;
                continue;
            }
            return field_error(vm, "Single '}' encountered in format string");
        }
        if (c != '{') {
            size_t j = i;
            while (j < n && s[j] != '{' && s[j] != '}') j++;
            sb_add(sb, s + i, j - i);
            i = j;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') {
            sb_addc(sb, '{');
            i += 2;
            continue;
        }
        if (i + 1 >= n) return field_error(vm, "Single '{' encountered in format string");
        i++;
        Field f;
        if (parse_field(vm, s, n, &i, &f) < 0) return -1;
        if (render_field(vm, sb, ctx, &f, depth) < 0) return -1;
    }
    return 0;
}

Value str_format_method(VM *vm, Value fmt, Value *args, int nargs, Value kwargs) {
    FormatCtx ctx = {args, nargs, kwargs, 0, false, args == NULL};
    StrBuf sb;
    sb_init(&sb);
    gc_push_root(vm, &fmt);
    int r = render(vm, &sb, &ctx, as_str(fmt)->data, as_str(fmt)->size, 0);
    gc_pop_roots(vm, 1);
    if (r < 0) {
        sb_free(&sb);
        return VAL_ERROR;
    }
    return sb_finish(vm, &sb);
}

/* ---- printf-style formatting: fmt % args ---- */

enum { PF_LEFT = 1, PF_PLUS = 2, PF_SPACE = 4, PF_ALT = 8, PF_ZERO = 16 };

typedef struct PrintfArgs {
    Value *items;
    size_t n;
    size_t next;
    Value dict;               /* the mapping for %(key)s, or VAL_NULL */
    bool used_key;
    bool bytes;               /* bytes % args: %s/%b take bytes, %c a byte */
} PrintfArgs;

typedef struct ConvSpec {
    unsigned flags;
    int64_t width;            /* -1: none */
    int64_t prec;             /* -1: none */
    uint32_t conv;
} ConvSpec;

static Value next_arg(VM *vm, PrintfArgs *pa) {
    if (pa->next >= pa->n) return vm_raise(vm, &type_TypeError, "not enough arguments for format string");
    return pa->items[pa->next++];
}

static void add_padding(StrBuf *sb, char c, int64_t n) {
    if (n > PAD_LIMIT) {
        sb->failed = true;
        return;
    }
    for (int64_t i = 0; i < n; i++) sb_addc(sb, c);
}

/* Text conversions (%s %r %a %c): truncate to precision, pad with spaces. */
static void add_text(StrBuf *sb, const ConvSpec *cs, const char *s, size_t size, size_t ncp) {
    if (cs->prec >= 0 && (size_t)cs->prec < ncp) {
        size_t i = 0;
        for (int64_t k = 0; k < cs->prec; k++) {
            i++;
            while (i < size && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        }
        size = i;
        ncp = (size_t)cs->prec;
    }
    int64_t pad = cs->width > (int64_t)ncp ? cs->width - (int64_t)ncp : 0;
    if (!(cs->flags & PF_LEFT)) add_padding(sb, ' ', pad);
    sb_add(sb, s, size);
    if (cs->flags & PF_LEFT) add_padding(sb, ' ', pad);
}

/* A number's text [body] whose first [sign_len] bytes are sign and prefix:
** pad to the width with spaces, or zeros after the sign with the 0 flag. */
static void add_number_padded(StrBuf *sb, const ConvSpec *cs, const char *body, size_t len, size_t sign_len) {
    int64_t pad = cs->width > (int64_t)len ? cs->width - (int64_t)len : 0;
    if (cs->flags & PF_LEFT) {
        sb_add(sb, body, len);
        add_padding(sb, ' ', pad);
    } else if (cs->flags & PF_ZERO) {
        sb_add(sb, body, sign_len);
        add_padding(sb, '0', pad);
        sb_add(sb, body + sign_len, len - sign_len);
    } else {
        add_padding(sb, ' ', pad);
        sb_add(sb, body, len);
    }
}

static bool has_number_slot(Value v, size_t offset) {
    NumberSlots *ns = val_type(v)->number;
    return ns && *(void **)((char *)ns + offset) != NULL;
}

/* The int a %d/%x conversion formats. */
static Value printf_int_value(VM *vm, Value v, uint32_t conv) {
    if (val_is_intlike(v)) return v;
    bool is_index = has_number_slot(v, offsetof(NumberSlots, index));
    if (conv == 'x' || conv == 'X' || conv == 'o') {
        if (!is_index)
            return vm_raise(vm, &type_TypeError, "%%%c format: an integer is required, not %T", (int)conv, v);
        return obj_index(vm, v);
    }
    /* int(v): __int__ before __index__ */
    if (has_number_slot(v, offsetof(NumberSlots, int_))) {
        Value r = val_type(v)->number->int_(vm, v);
        if (!val_is_error(r) && !val_is_intlike(r))
            return vm_raise(vm, &type_TypeError, "__int__ returned non-int (type %T)", r);
        return r;
    }
    if (is_index) return obj_index(vm, v);
    return vm_raise(vm, &type_TypeError, "%%%c format: a real number is required, not %T", (int)conv, v);
}

static int format_int_conv(VM *vm, StrBuf *sb, const ConvSpec *cs, Value v) {
    Value i = printf_int_value(vm, v, cs->conv);
    if (val_is_error(i)) return -1;
    char t = cs->conv == 'x' || cs->conv == 'X' || cs->conv == 'o' ? (char)cs->conv : 'd';
    if (t == 'd' && val_is_int(i) && !cs->flags && cs->width < 0 && cs->prec < 0) {
        /* the common plain %d of a small int */
        char buf[24];
        sb_add(sb, buf, int_small_decimal(val_as_int(i), buf));
        return 0;
    }
    Value spec = str_new(vm, &t, 1);
    if (val_is_error(spec)) return -1;
    Value digits = obj_format(vm, i, spec);
    if (val_is_error(digits)) return -1;
    const char *d = as_str(digits)->data;
    size_t nd = as_str(digits)->size;
    bool neg = nd > 0 && d[0] == '-';
    if (neg) {
        d++;
        nd--;
    }
    StrBuf body;
    sb_init(&body);
    if (neg) sb_addc(&body, '-');
    else if (cs->flags & PF_PLUS) sb_addc(&body, '+');
    else if (cs->flags & PF_SPACE) sb_addc(&body, ' ');
    if ((cs->flags & PF_ALT) && t != 'd') {
        sb_addc(&body, '0');
        sb_addc(&body, t == 'o' ? 'o' : t);
    }
    size_t sign_len = body.len;
    if (cs->prec > (int64_t)nd) add_padding(&body, '0', cs->prec - (int64_t)nd);
    sb_add(&body, d, nd);
    if (body.failed) {
        sb_free(&body);
        vm_raise_nomem(vm);
        return -1;
    }
    add_number_padded(sb, cs, body.data, body.len, sign_len);
    sb_free(&body);
    return 0;
}

/* The float a %f/%e/%g conversion formats. */
static Value printf_float_value(VM *vm, Value v) {
    if (val_is_float(v)) return v;
    if (has_number_slot(v, offsetof(NumberSlots, float_))) {
        Value r = val_type(v)->number->float_(vm, v);
        if (!val_is_error(r) && !val_is_float(r) && !val_isinstance(r, &type_float))
            return vm_raise(vm, &type_TypeError, "%T.__float__ returned non-float (type %T)", v, r);
        return r;
    }
    if (val_is_intlike(v) || has_number_slot(v, offsetof(NumberSlots, index))) {
        Value i = obj_index(vm, v);
        if (val_is_error(i)) return i;
        bool overflow = false;
        double d = int_as_double(vm, i, &overflow);
        if (overflow) return vm_raise(vm, &type_OverflowError, "int too large to convert to float");
        return val_from_float(d);
    }
    return vm_raise(vm, &type_TypeError, "must be real number, not %T", v);
}

static int format_float_conv(VM *vm, StrBuf *sb, const ConvSpec *cs, Value v) {
    Value f = printf_float_value(vm, v);
    if (val_is_error(f)) return -1;
    char spec[48];
    snprintf(spec, sizeof spec, "%s%s.%lld%c", cs->flags & PF_PLUS ? "+" : cs->flags & PF_SPACE ? " " : "",
             cs->flags & PF_ALT ? "#" : "", (long long)(cs->prec < 0 ? 6 : cs->prec), (char)cs->conv);
    Value specv = str_from_cstr(vm, spec);
    if (val_is_error(specv)) return -1;
    Value text = obj_format(vm, f, specv);
    if (val_is_error(text)) return -1;
    const char *d = as_str(text)->data;
    size_t sign_len = d[0] == '-' || d[0] == '+' || d[0] == ' ';
    add_number_padded(sb, cs, d, as_str(text)->size, sign_len);
    return 0;
}

static int format_char_conv(VM *vm, StrBuf *sb, const ConvSpec *cs, Value v) {
    uint32_t cp;
    if (val_is_str(v)) {
        if (as_str(v)->len != 1) goto bad;
        utf8_decode((const unsigned char *)as_str(v)->data, &cp);
    } else if (val_is_intlike(v) || has_number_slot(v, offsetof(NumberSlots, index))) {
        int64_t i;
        if (obj_index_i64(vm, v, &i, NULL) < 0) return -1;
        if (i < 0 || i > 0x10FFFF) {
            vm_raise(vm, &type_OverflowError, "%%c arg not in range(0x110000)");
            return -1;
        }
        cp = (uint32_t)i;
    } else {
        goto bad;
    }
    char buf[4];
    int n = utf8_encode(cp, buf);
    add_text(sb, cs, buf, (size_t)n, 1);
    return 0;
bad:
    vm_raise(vm, &type_TypeError, "%%c requires int or char");
    return -1;
}

static int format_text_conv(VM *vm, StrBuf *sb, const ConvSpec *cs, Value v) {
    if (val_is_int(v) && cs->conv != 'a' && cs->prec < 0) {
        char buf[24];
        size_t n = int_small_decimal(val_as_int(v), buf);
        add_text(sb, cs, buf, n, n);
        return 0;
    }
    Value t = cs->conv == 's' ? obj_str(vm, v) : cs->conv == 'r' ? obj_repr(vm, v) : obj_ascii(vm, v);
    if (val_is_error(t)) return -1;
    add_text(sb, cs, as_str(t)->data, as_str(t)->size, as_str(t)->len);
    return 0;
}

/* bytes % x: %s and %b take bytes-like objects or __bytes__. */
static int format_bytes_conv(VM *vm, StrBuf *sb, const ConvSpec *cs, Value v) {
    const uint8_t *d;
    size_t n;
    Value b = VAL_NULL;
    if (!bytes_view(v, &d, &n)) {
        bool found = false;
        Value name = str_intern_cstr(vm, "__bytes__");
        if (val_is_error(name)) return -1;
        if (!val_is_str(v)) b = call_special(vm, v, name, NULL, 0, &found);
        if (!found) {
            vm_raise(vm, &type_TypeError,
                     "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
            return -1;
        }
        if (val_is_error(b)) return -1;
        if (!bytes_view(b, &d, &n)) {
            vm_raise(vm, &type_TypeError, "__bytes__ returned non-bytes (type %T)", b);
            return -1;
        }
    }
    if (cs->prec >= 0 && (size_t)cs->prec < n) n = (size_t)cs->prec;
    int64_t pad = cs->width > (int64_t)n ? cs->width - (int64_t)n : 0;
    if (!(cs->flags & PF_LEFT)) add_padding(sb, ' ', pad);
    sb_add(sb, (const char *)d, n);
    if (cs->flags & PF_LEFT) add_padding(sb, ' ', pad);
    return 0;
}

static int format_byte_char(VM *vm, StrBuf *sb, const ConvSpec *cs, Value v) {
    const uint8_t *d;
    size_t n;
    char c;
    if (bytes_view(v, &d, &n) && n == 1) {
        c = (char)d[0];
    } else if (val_is_intlike(v) || has_number_slot(v, offsetof(NumberSlots, index))) {
        int64_t i;
        if (obj_index_i64(vm, v, &i, NULL) < 0) return -1;
        if (i < 0 || i > 255) {
            vm_raise(vm, &type_OverflowError, "%%c arg not in range(256)");
            return -1;
        }
        c = (char)i;
    } else {
        vm_raise(vm, &type_TypeError, "%%c requires an integer in range(256) or a single byte");
        return -1;
    }
    int64_t pad = cs->width > 1 ? cs->width - 1 : 0;
    if (!(cs->flags & PF_LEFT)) add_padding(sb, ' ', pad);
    sb_addc(sb, c);
    if (cs->flags & PF_LEFT) add_padding(sb, ' ', pad);
    return 0;
}

/* '*' width or precision: the next argument, an int. */
static int star_arg(VM *vm, PrintfArgs *pa, int64_t *out) {
    Value v = next_arg(vm, pa);
    if (val_is_error(v)) return -1;
    if (!val_is_intlike(v)) {
        vm_raise(vm, &type_TypeError, "* wants int");
        return -1;
    }
    return arg_ssize(vm, v, out);
}

/* The %(key) part: the value from the mapping. */
static Value mapping_key(VM *vm, PrintfArgs *pa, const char *s, size_t n, size_t *i) {
    size_t start = ++*i;
    int depth = 1;
    while (*i < n) {
        if (s[*i] == '(') depth++;
        else if (s[*i] == ')' && --depth == 0) break;
        (*i)++;
    }
    if (*i >= n) return vm_raise(vm, &type_ValueError, "incomplete format key");
    if (val_is_null(pa->dict)) return vm_raise(vm, &type_TypeError, "format requires a mapping");
    Value key = pa->bytes ? bytes_new(vm, s + start, *i - start) : str_new(vm, s + start, *i - start);
    (*i)++;
    if (val_is_error(key)) return key;
    pa->used_key = true;
    pa->next = pa->n; /* after a key, no conversion takes the mapping itself */
    return obj_getitem(vm, pa->dict, key);
}

static int unsupported_char(VM *vm, const char *s, size_t at, uint32_t c) {
    size_t index = utf8_count(s, at);
    vm_raise(vm, &type_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
             c >= 32 && c <= 126 ? (int)c : '?', c, index);
    return -1;
}

/* Parse flags, width, precision; *i is after the '%' and any key. */
static int parse_conv_spec(VM *vm, PrintfArgs *pa, const char *s, size_t n, size_t *i, ConvSpec *cs) {
    cs->flags = 0;
    cs->width = cs->prec = -1;
    for (; *i < n; (*i)++) {
        char c = s[*i];
        unsigned f = c == '-' ? PF_LEFT : c == '+' ? PF_PLUS : c == ' ' ? PF_SPACE : c == '#' ? PF_ALT : c == '0' ? PF_ZERO : 0;
        if (!f) break;
        cs->flags |= f;
    }
    if (*i < n && s[*i] == '*') {
        (*i)++;
        if (star_arg(vm, pa, &cs->width) < 0) return -1;
        if (cs->width < 0) {
            cs->flags |= PF_LEFT;
            cs->width = -cs->width;
        }
    } else {
        while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
            int64_t w = cs->width < 0 ? 0 : cs->width;
            if (w > (INT64_MAX - 9) / 10) {
                vm_raise(vm, &type_ValueError, "width too big");
                return -1;
            }
            cs->width = w * 10 + (s[(*i)++] - '0');
        }
    }
    if (*i < n && s[*i] == '.') {
        (*i)++;
        cs->prec = 0;
        if (*i < n && s[*i] == '*') {
            (*i)++;
            if (star_arg(vm, pa, &cs->prec) < 0) return -1;
            if (cs->prec > INT32_MAX || cs->prec < INT32_MIN) {  /* a C int in CPython */
                vm_raise(vm, &type_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            if (cs->prec < 0) cs->prec = 0;
        } else {
            while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
                if (cs->prec > (INT32_MAX - (s[*i] - '0')) / 10) {
                    vm_raise(vm, &type_ValueError, "precision too big");
                    return -1;
                }
                cs->prec = cs->prec * 10 + (s[(*i)++] - '0');
            }
        }
    }
    while (*i < n && (s[*i] == 'h' || s[*i] == 'l' || s[*i] == 'L')) (*i)++;
    if (*i >= n) {
        vm_raise(vm, &type_ValueError, "incomplete format");
        return -1;
    }
    *i += (size_t)utf8_decode((const unsigned char *)s + *i, &cs->conv);
    if (cs->flags & PF_LEFT) cs->flags &= ~PF_ZERO;
    return 0;
}

/* One conversion starting after the '%' at s[*i]. */
static int printf_one(VM *vm, StrBuf *sb, PrintfArgs *pa, const char *s, size_t n, size_t *i) {
    Value v = VAL_NULL;
    if (*i < n && s[*i] == '%') {
        sb_addc(sb, '%');
        (*i)++;
        return 0;
    }
    if (*i < n && s[*i] == '(') {
        v = mapping_key(vm, pa, s, n, i);
        if (val_is_error(v)) return -1;
    }
    gc_push_root(vm, &v);
    ConvSpec cs;
    int r = -1;
    if (parse_conv_spec(vm, pa, s, n, i, &cs) < 0) goto out;
    if (val_is_null(v)) {
        v = next_arg(vm, pa);
        if (val_is_error(v)) goto out;
    }
    if (pa->bytes && (cs.conv == 's' || cs.conv == 'b' || cs.conv == 'c')) {
        r = cs.conv == 'c' ? format_byte_char(vm, sb, &cs, v) : format_bytes_conv(vm, sb, &cs, v);
        goto out;
    }
    if (pa->bytes && cs.conv == 'r') cs.conv = 'a';
    switch (cs.conv) {
    case 's': case 'r': case 'a': r = format_text_conv(vm, sb, &cs, v); break;
    case 'c': r = format_char_conv(vm, sb, &cs, v); break;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': r = format_int_conv(vm, sb, &cs, v); break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': r = format_float_conv(vm, sb, &cs, v); break;
    default: {
        size_t at = *i - (size_t)utf8_len_of(cs.conv);
        r = unsupported_char(vm, s, at, cs.conv);
    }
    }
out:
    gc_pop_roots(vm, 1);
    return r;
}

static void printf_args_init(PrintfArgs *pa, Value *args) {
    Value a = *args;
    pa->next = 0;
    pa->used_key = false;
    pa->dict = VAL_NULL;
    if (val_isinstance(a, &type_tuple)) {
        pa->items = as_tuple(a)->items;
        pa->n = as_tuple(a)->len;
        return;
    }
    pa->items = args;
    pa->n = 1;
    if (val_type(a)->getitem && !val_is_str(a)) pa->dict = a;
}

/* The printf loop over s[0..n) shared by str and bytes. */
static int printf_run(VM *vm, StrBuf *sb, PrintfArgs *pa, const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        const char *pct = memchr(s + i, '%', n - i);
        size_t j = pct ? (size_t)(pct - s) : n;
        sb_add(sb, s + i, j - i);
        i = j;
        if (i >= n) break;
        i++;
        if (printf_one(vm, sb, pa, s, n, &i) < 0) return -1;
    }
    if (pa->next < pa->n && val_is_null(pa->dict) && !pa->used_key) {
        vm_raise(vm, &type_TypeError, "not all arguments converted during %s formatting",
                 pa->bytes ? "bytes" : "string");
        return -1;
    }
    return 0;
}

Value str_printf(VM *vm, Value fmt, Value args) {
    PrintfArgs pa;
    gc_push_root(vm, &fmt);
    gc_push_root(vm, &args);
    printf_args_init(&pa, &args);
    pa.bytes = false;
    StrBuf sb;
    sb_init(&sb);
    int r = printf_run(vm, &sb, &pa, as_str(fmt)->data, as_str(fmt)->size);
    gc_pop_roots(vm, 2);
    if (r < 0) {
        sb_free(&sb);
        return VAL_ERROR;
    }
    return sb_finish(vm, &sb);
}

Value bytes_printf(VM *vm, Value fmt, Value args, bool bytearray) {
    PrintfArgs pa;
    gc_push_root(vm, &fmt);
    gc_push_root(vm, &args);
    printf_args_init(&pa, &args);
    pa.bytes = true;
    if (val_isinstance(args, &type_bytes) || val_isinstance(args, &type_bytearray)) pa.dict = VAL_NULL;
    StrBuf sb;
    sb_init(&sb);
    const uint8_t *d;
    size_t n;
    bytes_view(fmt, &d, &n);
    int r = printf_run(vm, &sb, &pa, (const char *)d, n);
    gc_pop_roots(vm, 2);
    if (r < 0 || sb.failed) {
        sb_free(&sb);
        return r < 0 ? VAL_ERROR : vm_raise_nomem(vm);
    }
    Value out = bytearray ? bytearray_new(vm, sb.data ? sb.data : "", sb.len)
                          : bytes_new(vm, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return out;
}

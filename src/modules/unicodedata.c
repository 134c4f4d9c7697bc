/*
** unicodedata.c -- the unicodedata module: character properties (from
** objects/unicode_db.c and the tables in unicodedata_db.h), names (from
** objects/unicode_names.c) and the four normalization forms.
*/
#include <stdlib.h>
#include <string.h>

#include "modules/modules.h"
#include "objects/str.h"
#include "objects/unicode_db.h"
#include "objects/unicode_names.h"
#include "runtime/import.h"

#include "modules/unicodedata_db.h"

/* ---- lookups ---- */

static const UdRecord *ud_record(uint32_t cp) {
    if (cp >= 0x110000) return &ud_records[0];
    uint32_t block = ud_index1[cp >> UD_SHIFT];
    return &ud_records[ud_index2[(block << UD_SHIFT) + (cp & ((1u << UD_SHIFT) - 1))]];
}

/* The decomposition of [cp]: its words (header, code points), or NULL. */
static const uint32_t *ud_decomposition(uint32_t cp) {
    int lo = 0, hi = UD_NDECOMP - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < ud_decomp_cps[mid]) hi = mid - 1;
        else if (cp > ud_decomp_cps[mid]) lo = mid + 1;
        else return &ud_decomp_data[ud_decomp_offsets[mid]];
    }
    return NULL;
}

/* The primary composite of a and b, or 0. */
static uint32_t ud_compose_pair(uint32_t a, uint32_t b) {
    int lo = 0, hi = UD_NCOMPOSE - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        const uint32_t *e = ud_compose[mid];
        if (a < e[0] || (a == e[0] && b < e[1])) hi = mid - 1;
        else if (a > e[0] || b > e[1]) lo = mid + 1;
        else return e[2];
    }
    return 0;
}

/* ---- argument helpers ---- */

/* The one character of args[0], or -1 with CPython's TypeError. */
static int64_t char_arg(VM *vm, const char *fname, Value v) {
    if (!val_is_str(v)) {
        vm_raise(vm, &type_TypeError, "%s() argument must be a unicode character, not %s", fname,
                 type_name(val_type(v)));
        return -1;
    }
    StrObj *s = as_str(v);
    if (s->len != 1) {
        vm_raise(vm, &type_TypeError, "%s() argument must be a unicode character, not str", fname);
        return -1;
    }
    uint32_t cp;
    utf8_decode((const unsigned char *)s->data, &cp);
    return cp;
}

static Value str_of_cstr(VM *vm, const char *s) { return str_from_cstr(vm, s); }

/* ---- properties ---- */

static Value ud_category(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "category", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t cp = char_arg(vm, "category", args[0]);
    if (cp < 0) return VAL_ERROR;
    return str_of_cstr(vm, ucd_category_names[ucd_record((uint32_t)cp)->category]);
}

static Value ud_bidirectional(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "bidirectional", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t cp = char_arg(vm, "bidirectional", args[0]);
    if (cp < 0) return VAL_ERROR;
    return str_of_cstr(vm, ud_bidi_names[ud_record((uint32_t)cp)->bidi]);
}

static Value ud_combining(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "combining", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t cp = char_arg(vm, "combining", args[0]);
    if (cp < 0) return VAL_ERROR;
    return val_from_small(ud_record((uint32_t)cp)->combining);
}

static Value ud_east_asian_width(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "east_asian_width", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t cp = char_arg(vm, "east_asian_width", args[0]);
    if (cp < 0) return VAL_ERROR;
    return str_of_cstr(vm, ud_eaw_names[ud_record((uint32_t)cp)->eaw]);
}

static Value ud_mirrored(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "mirrored", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t cp = char_arg(vm, "mirrored", args[0]);
    if (cp < 0) return VAL_ERROR;
    return val_from_small(ud_record((uint32_t)cp)->mirrored);
}

/* decimal, digit, numeric: the value, else the default, else ValueError. */
static Value number_property(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                             int which) {
    if (vm_check_args(vm, fname, nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    int64_t cp = char_arg(vm, fname, args[0]);
    if (cp < 0) return VAL_ERROR;
    const UcdRecord *r = ucd_record((uint32_t)cp);
    if (which == 0 && r->decimal >= 0) return val_from_small(r->decimal);
    if (which == 1 && r->digit >= 0) return val_from_small(r->digit);
    if (which == 2 && r->numeric) return val_from_float(ucd_numerics[r->numeric]);
    if (nargs > 1) return args[1];
    static const char *const msgs[] = {"not a decimal", "not a digit", "not a numeric character"};
    return vm_raise(vm, &type_ValueError, "%s", msgs[which]);
}

static Value ud_decimal(VM *vm, Value *args, int nargs, Value kwnames) {
    return number_property(vm, "decimal", args, nargs, kwnames, 0);
}

static Value ud_digit(VM *vm, Value *args, int nargs, Value kwnames) {
    return number_property(vm, "digit", args, nargs, kwnames, 1);
}

static Value ud_numeric(VM *vm, Value *args, int nargs, Value kwnames) {
    return number_property(vm, "numeric", args, nargs, kwnames, 2);
}

static Value ud_decomposition_fn(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "decomposition", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t cp = char_arg(vm, "decomposition", args[0]);
    if (cp < 0) return VAL_ERROR;
    const uint32_t *d = ud_decomposition((uint32_t)cp);
    if (!d) return str_new(vm, "", 0);
    StrBuf sb;
    sb_init(&sb);
    const char *tag = ud_decomp_tags[d[0] >> 8];
    sb_adds(&sb, tag);
    for (uint32_t i = 0; i < (d[0] & 255); i++) sb_addf(&sb, "%s%04X", (i || *tag) ? " " : "", d[1 + i]);
    return sb_finish(vm, &sb);
}

/* ---- names ---- */

static Value ud_name(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "name", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    int64_t cp = char_arg(vm, "name", args[0]);
    if (cp < 0) return VAL_ERROR;
    char buf[256];
    size_t n = unicode_name((uint32_t)cp, buf, sizeof buf);
    if (n == 0 || n >= sizeof buf) {
        if (nargs > 1) return args[1];
        return vm_raise(vm, &type_ValueError, "no such name");
    }
    return str_new(vm, buf, n);
}

static Value ud_lookup(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "lookup", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value v = args[0];
    const char *text;
    size_t len;
    if (val_is_str(v)) {
        text = as_str(v)->data;
        len = as_str(v)->size;
    } else if (val_isinstance(v, &type_bytes)) {
        text = (const char *)((BytesObj *)val_as_obj(v))->data;
        len = ((BytesObj *)val_as_obj(v))->len;
    } else {
        return vm_raise(vm, &type_TypeError, "lookup() argument must be str, not %s",
                        type_name(val_type(v)));
    }
    if (len > 256) return vm_raise(vm, &type_KeyError, "name too long");
    int cp = unicode_lookup_name(text, len);
    if (cp < 0) {
        Value name = str_new(vm, text, len);
        if (val_is_error(name)) return name;
        Value msg = str_format(vm, "undefined character name '%U'", name);
        if (val_is_error(msg)) return msg;
        Value exc = exc_new(vm, &type_KeyError, tuple_pack(vm, 1, msg));
        if (val_is_error(exc)) return exc;
        return vm_raise_value(vm, exc);
    }
    return str_from_codepoint(vm, (uint32_t)cp);
}

/* ---- normalization ---- */

#define S_BASE 0xAC00
#define L_BASE 0x1100
#define V_BASE 0x1161
#define T_BASE 0x11A7
#define L_COUNT 19
#define V_COUNT 21
#define T_COUNT 28
#define N_COUNT (V_COUNT * T_COUNT)
#define S_COUNT (L_COUNT * N_COUNT)

typedef struct CpBuf {
    uint32_t *cp;
    size_t len, cap;
} CpBuf;

static int cpbuf_push(VM *vm, CpBuf *b, uint32_t c) {
    if (b->len == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 32;
        uint32_t *n = realloc(b->cp, ncap * sizeof(uint32_t));
        if (!n) {
            if (vm) vm_raise_nomem(vm);
            return -1;
        }
        b->cp = n;
        b->cap = ncap;
    }
    b->cp[b->len++] = c;
    return 0;
}

/* Append the full decomposition of c (canonical, or compatibility too). */
static int decompose_into(VM *vm, CpBuf *out, uint32_t c, bool compat) {
    if (c >= S_BASE && c < S_BASE + S_COUNT) {
        uint32_t s = c - S_BASE;
        if (cpbuf_push(vm, out, L_BASE + s / N_COUNT) < 0 ||
            cpbuf_push(vm, out, V_BASE + (s % N_COUNT) / T_COUNT) < 0)
            return -1;
        if (s % T_COUNT && cpbuf_push(vm, out, T_BASE + s % T_COUNT) < 0) return -1;
        return 0;
    }
    const uint32_t *d = ud_decomposition(c);
    if (!d || (!compat && (d[0] >> 8) != 0)) return cpbuf_push(vm, out, c);
    for (uint32_t i = 0; i < (d[0] & 255); i++)
        if (decompose_into(vm, out, d[1 + i], compat) < 0) return -1;
    return 0;
}

static uint8_t ccc(uint32_t c) { return ud_record(c)->combining; }

/* Put each run of non-starters in canonical order (a stable sort by class). */
static void canonical_order(CpBuf *b) {
    for (size_t i = 1; i < b->len; i++) {
        uint32_t c = b->cp[i];
        uint8_t k = ccc(c);
        if (k == 0) continue;
        size_t j = i;
        while (j > 0 && ccc(b->cp[j - 1]) > k) {
            b->cp[j] = b->cp[j - 1];
            j--;
        }
        b->cp[j] = c;
    }
}

static uint32_t compose_pair(uint32_t a, uint32_t b) {
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT)
        return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0 && b > T_BASE &&
        b < T_BASE + T_COUNT)
        return a + (b - T_BASE);
    return ud_compose_pair(a, b);
}

/* Canonical composition in place (UAX #15): a character joins the last
** starter unless a character of the same or a higher class, or a starter,
** stands between them. */
static void compose(CpBuf *b) {
    if (b->len == 0) return;
    size_t starter = 0, out = 1;
    int last_class = ccc(b->cp[0]) ? 256 : 0;
    for (size_t i = 1; i < b->len; i++) {
        uint32_t c = b->cp[i];
        int k = ccc(c);
        if (last_class < k || last_class == 0) {
            uint32_t comp = last_class == 256 ? 0 : compose_pair(b->cp[starter], c);
            if (comp) {
                b->cp[starter] = comp;
                continue;
            }
        }
        if (k == 0) starter = out;
        last_class = k;
        b->cp[out++] = c;
    }
    b->len = out;
}

/* NFKC of the UTF-8 text s[0..n) as a malloc'ed NUL-terminated string, or
** NULL when out of memory. The compiler normalizes identifiers with it,
** where there is no VM to raise in. */
char *unicodedata_nfkc(const char *s, size_t n) {
    CpBuf b = {0};
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (decompose_into(NULL, &b, c, true) < 0) { free(b.cp); return NULL; }
    }
    canonical_order(&b);
    compose(&b);
    char *out = malloc(4 * b.len + 1), *o = out;
    for (size_t i = 0; out && i < b.len; i++) {
        uint32_t c = b.cp[i];
        if (c < 0x80) { *o++ = (char)c; continue; }
        if (c < 0x800) { *o++ = (char)(0xC0 | (c >> 6)); }
        else {
            if (c < 0x10000) { *o++ = (char)(0xE0 | (c >> 12)); }
            else { *o++ = (char)(0xF0 | (c >> 18)); *o++ = (char)(0x80 | ((c >> 12) & 0x3F)); }
            *o++ = (char)(0x80 | ((c >> 6) & 0x3F));
        }
        *o++ = (char)(0x80 | (c & 0x3F));
    }
    if (out) *o = '\0';
    free(b.cp);
    return out;
}

static int parse_form(VM *vm, Value form, bool *compat, bool *composed) {
    if (!val_is_str(form))
        return vm_raise(vm, &type_TypeError, "normalize() argument 1 must be str, not %s",
                        type_name(val_type(form))), -1;
    const char *f = str_cstr(form);
    if (strcmp(f, "NFC") == 0) { *compat = false; *composed = true; }
    else if (strcmp(f, "NFD") == 0) { *compat = false; *composed = false; }
    else if (strcmp(f, "NFKC") == 0) { *compat = true; *composed = true; }
    else if (strcmp(f, "NFKD") == 0) { *compat = true; *composed = false; }
    else {
        vm_raise(vm, &type_ValueError, "invalid normalization form");
        return -1;
    }
    return 0;
}

static Value normalize_str(VM *vm, Value s, bool compat, bool composed) {
    StrObj *so = as_str(s);
    if (so->ascii) return s;
    CpBuf b = {0};
    const unsigned char *p = (const unsigned char *)so->data;
    for (size_t i = 0; i < so->len; i++) {
        uint32_t c;
        p += utf8_decode(p, &c);
        if (decompose_into(vm, &b, c, compat) < 0) { free(b.cp); return VAL_ERROR; }
    }
    canonical_order(&b);
    if (composed) compose(&b);
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < b.len; i++) sb_add_codepoint(&sb, b.cp[i]);
    free(b.cp);
    return sb_finish(vm, &sb);
}

static int normalize_args(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                          bool *compat, bool *composed) {
    if (vm_check_args(vm, fname, nargs, kwnames, 2, 2) < 0) return -1;
    if (parse_form(vm, args[0], compat, composed) < 0) return -1;
    if (!val_is_str(args[1])) {
        vm_raise(vm, &type_TypeError, "%s() argument 2 must be str, not %s", fname,
                 type_name(val_type(args[1])));
        return -1;
    }
    return 0;
}

static Value ud_normalize(VM *vm, Value *args, int nargs, Value kwnames) {
    bool compat, composed;
    if (normalize_args(vm, "normalize", args, nargs, kwnames, &compat, &composed) < 0) return VAL_ERROR;
    Value r = normalize_str(vm, args[1], compat, composed);
    if (val_is_error(r)) return r;
    if (str_eq(r, args[1])) return val_is_exact_str(args[1]) ? args[1] : r;
    return r;
}

static Value ud_is_normalized(VM *vm, Value *args, int nargs, Value kwnames) {
    bool compat, composed;
    if (normalize_args(vm, "is_normalized", args, nargs, kwnames, &compat, &composed) < 0)
        return VAL_ERROR;
    Value r = normalize_str(vm, args[1], compat, composed);
    if (val_is_error(r)) return r;
    return val_from_bool(str_eq(r, args[1]));
}

static const MethodDef unicodedata_functions[] = {
    {"category", ud_category, 0, NULL},
    {"bidirectional", ud_bidirectional, 0, NULL},
    {"combining", ud_combining, 0, NULL},
    {"east_asian_width", ud_east_asian_width, 0, NULL},
    {"mirrored", ud_mirrored, 0, NULL},
    {"decimal", ud_decimal, 0, NULL},
    {"digit", ud_digit, 0, NULL},
    {"numeric", ud_numeric, 0, NULL},
    {"decomposition", ud_decomposition_fn, 0, NULL},
    {"name", ud_name, 0, NULL},
    {"lookup", ud_lookup, 0, NULL},
    {"normalize", ud_normalize, 0, NULL},
    {"is_normalized", ud_is_normalized, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value unicodedata_module_init(VM *vm) {
    Value m = native_module_new(vm, "unicodedata", unicodedata_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    Value version = str_from_cstr(vm, UD_VERSION);
    if (val_is_error(version) || dict_set_cstr(vm, d, "unidata_version", version) < 0) return VAL_ERROR;
    return m;
}

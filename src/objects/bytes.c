/*
** bytes.c -- bytes and bytearray, and the codecs str.encode/bytes.decode
** know (utf-8, ascii, latin-1, with CPython's error handlers).
** Most methods are shared: they read self through a (data, len) view and
** build a result of self's kind (bytes for bytes, bytearray for bytearray).
*/
#include <stdlib.h>

#include "buffer.h"
#include "str.h"
#include "containers.h"
#include "int.h"
#include "float.h"
#include "unicode_names.h"
#include "../compiler/opcodes.h"
#include "../runtime/names.h"
#include "../runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

static inline BytesObj *as_bytes(Value v) { return (BytesObj *)val_as_obj(v); }
static inline ByteArrayObj *as_ba(Value v) { return (ByteArrayObj *)val_as_obj(v); }
static bool is_bytes(Value v) { return val_isinstance(v, &type_bytes); }
static bool is_bytearray(Value v) { return val_isinstance(v, &type_bytearray); }

bool bytes_view(Value v, const uint8_t **data, size_t *len) {
    if (!val_is_obj(v)) return false;
    if (is_bytes(v)) {
        *data = as_bytes(v)->data;
        *len = as_bytes(v)->len;
        return true;
    }
    if (is_bytearray(v)) {
        *data = as_ba(v)->data ? as_ba(v)->data : (const uint8_t *)"";
        *len = as_ba(v)->len;
        return true;
    }
    Buffer b;
    if (!buffer_of(v, &b)) return false;
    *data = b.buf;
    *len = b.len;
    return true;
}

/* ---- making them ---- */

Value bytes_alloc(VM *vm, Type *cls, size_t len, uint8_t **data) {
    if (len > (size_t)INT64_MAX / 2) return vm_raise_nomem(vm);
    BytesObj *b = cls == &type_bytes ? gc_alloc(vm, cls, sizeof(BytesObj) + len + 1)
                                     : gc_alloc_instance(vm, cls, sizeof(BytesObj) + len + 1);
    if (!b) return VAL_ERROR;
    b->hash = -1;
    b->len = len;
    b->data[len] = 0;
    *data = b->data;
    return val_from_obj(b);
}

Value bytes_new(VM *vm, const void *data, size_t len) {
    uint8_t *p = NULL;
    Value b = bytes_alloc(vm, &type_bytes, len, &p);
    if (!val_is_error(b) && len) memcpy(p, data, len);
    return b;
}

static int ba_reserve(VM *vm, ByteArrayObj *ba, size_t need) {
    if (need + 1 <= ba->cap) return 0;
    size_t cap = ba->cap ? ba->cap : 16;
    while (cap < need + 1) cap = cap * 3 / 2 + 8;
    uint8_t *p = gc_realloc(vm, ba->data, ba->cap, cap);
    if (!p) return -1;
    ba->data = p;
    ba->cap = cap;
    return 0;
}

static Value bytearray_alloc(VM *vm, Type *cls, size_t len) {
    ByteArrayObj *ba = cls == &type_bytearray ? gc_alloc(vm, cls, sizeof(ByteArrayObj))
                                              : gc_alloc_instance(vm, cls, sizeof(ByteArrayObj));
    if (!ba) return VAL_ERROR;
    if (ba_reserve(vm, ba, len) < 0) return VAL_ERROR;
    ba->len = len;
    ba->data[len] = 0;
    return val_from_obj(ba);
}

Value bytearray_new(VM *vm, const void *data, size_t len) {
    Value v = bytearray_alloc(vm, &type_bytearray, len);
    if (!val_is_error(v) && len) memcpy(as_ba(v)->data, data, len);
    return v;
}

static void bytearray_finalize(Obj *o) {
    ByteArrayObj *ba = (ByteArrayObj *)o;
    free(ba->data);
    ba->data = NULL;
}

/* A result of the same kind as [self]. */
static Value like_self(VM *vm, Value self, const void *data, size_t len) {
    return is_bytearray(self) ? bytearray_new(vm, data, len) : bytes_new(vm, data, len);
}

static Value sb_finish_like(VM *vm, Value self, StrBuf *sb) {
    if (sb->failed) {
        sb_free(sb);
        return vm_raise_nomem(vm);
    }
    Value r = like_self(vm, self, sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return r;
}

/* ---- repr ---- */

/* bytearray's repr escapes ' even inside double quotes, as CPython does. */
static void repr_bytes_quoted(StrBuf *sb, const uint8_t *d, size_t len, bool escape_sq) {
    bool sq = memchr(d, '\'', len) != NULL, dq = memchr(d, '"', len) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    sb_addc(sb, 'b');
    sb_addc(sb, quote);
    for (size_t i = 0; i < len; i++) {
        uint8_t c = d[i];
        if (c == (uint8_t)quote || c == '\\' || (escape_sq && c == '\'')) {
            sb_addc(sb, '\\');
            sb_addc(sb, (char)c);
        } else if (c == '\t') sb_add(sb, "\\t", 2);
        else if (c == '\n') sb_add(sb, "\\n", 2);
        else if (c == '\r') sb_add(sb, "\\r", 2);
        else if (c < 0x20 || c >= 0x7F) sb_addf(sb, "\\x%02x", c);
        else sb_addc(sb, (char)c);
    }
    sb_addc(sb, quote);
}

void bytes_repr_to(StrBuf *sb, const uint8_t *d, size_t len) { repr_bytes_quoted(sb, d, len, false); }

static Value bytes_repr(VM *vm, Value self) {
    const uint8_t *d;
    size_t n;
    bytes_view(self, &d, &n);
    StrBuf sb;
    sb_init(&sb);
    bool ba = is_bytearray(self);
    if (ba) {
        sb_add(&sb, type_name(val_type(self)), strlen(type_name(val_type(self))));
        sb_addc(&sb, '(');
    }
    repr_bytes_quoted(&sb, d, n, ba);
    if (ba) sb_addc(&sb, ')');
    return sb_finish(vm, &sb);
}

static Value bytes_str(VM *vm, Value self) { return bytes_repr(vm, self); }

/* ---- codecs ---- */

enum {
    ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF8SIG, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE,
    ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE, ENC_UNKNOWN
};

static const char *const enc_names[] = {"utf-8", "ascii", "latin-1", "utf-8-sig", "utf-16", "utf-16-le",
                                        "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"};

static const struct {
    const char *alias;        /* normalised: lower case, '_' for other punctuation */
    int kind;
} enc_aliases[] = {
    {"utf_8", ENC_UTF8}, {"utf8", ENC_UTF8}, {"u8", ENC_UTF8}, {"utf", ENC_UTF8}, {"cp65001", ENC_UTF8},
    {"utf8_ucs2", ENC_UTF8}, {"utf8_ucs4", ENC_UTF8},
    {"ascii", ENC_ASCII}, {"us_ascii", ENC_ASCII}, {"646", ENC_ASCII}, {"us", ENC_ASCII},
    {"ansi_x3.4_1968", ENC_ASCII}, {"cp367", ENC_ASCII}, {"csascii", ENC_ASCII}, {"ibm367", ENC_ASCII},
    {"iso646_us", ENC_ASCII}, {"iso_646.irv_1991", ENC_ASCII}, {"ansi_x3_4_1968", ENC_ASCII},
    {"latin_1", ENC_LATIN1}, {"latin1", ENC_LATIN1}, {"iso_8859_1", ENC_LATIN1}, {"iso8859_1", ENC_LATIN1},
    {"8859", ENC_LATIN1}, {"cp819", ENC_LATIN1}, {"l1", ENC_LATIN1}, {"latin", ENC_LATIN1},
    {"iso_ir_100", ENC_LATIN1}, {"csisolatin1", ENC_LATIN1}, {"ibm819", ENC_LATIN1},
    {"iso_8859_1_1987", ENC_LATIN1},
    {"utf_8_sig", ENC_UTF8SIG}, {"utf8_sig", ENC_UTF8SIG},
    {"utf_16", ENC_UTF16}, {"utf16", ENC_UTF16}, {"u16", ENC_UTF16},
    {"utf_16_le", ENC_UTF16LE}, {"utf_16le", ENC_UTF16LE}, {"utf_16_be", ENC_UTF16BE}, {"utf_16be", ENC_UTF16BE},
    {"utf_32", ENC_UTF32}, {"utf32", ENC_UTF32}, {"u32", ENC_UTF32},
    {"utf_32_le", ENC_UTF32LE}, {"utf_32le", ENC_UTF32LE}, {"utf_32_be", ENC_UTF32BE}, {"utf_32be", ENC_UTF32BE},
};

static int encoding_kind(const char *name) {
    char norm[40];
    size_t n = 0;
    for (const char *p = name; *p && n < sizeof norm - 1; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
        if (!keep) {
            if (n > 0 && norm[n - 1] == '_') continue;
            c = '_';
        }
        norm[n++] = c;
    }
    norm[n] = 0;
    for (size_t i = 0; i < sizeof enc_aliases / sizeof enc_aliases[0]; i++)
        if (!strcmp(norm, enc_aliases[i].alias)) return enc_aliases[i].kind;
    return ENC_UNKNOWN;
}

/* Raise UnicodeEncodeError/UnicodeDecodeError(enc, obj, start, end, reason). */
static Value raise_unicode_error(VM *vm, Type *t, const char *enc, Value obj, size_t start,
                                 size_t end, const char *reason) {
    Value args[5] = {VAL_NULL, obj, val_from_small((int64_t)start), val_from_small((int64_t)end), VAL_NULL};
    args[0] = str_from_cstr(vm, enc);
    if (val_is_error(args[0])) return VAL_ERROR;
    args[4] = str_from_cstr(vm, reason);
    if (val_is_error(args[4])) return VAL_ERROR;
    Value tuple = tuple_from(vm, args, 5);
    if (val_is_error(tuple)) return tuple;
    Value exc = exc_new(vm, t, tuple);
    if (val_is_error(exc)) return exc;
    return vm_raise_value(vm, exc);
}

static bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

/* Can [cp] be encoded in [kind] as is? */
static bool encodable(int kind, uint32_t cp) {
    if (kind == ENC_ASCII) return cp < 0x80;
    if (kind == ENC_LATIN1) return cp < 0x100;
    return !is_surrogate(cp);
}

static void put_unit(StrBuf *sb, uint32_t u, int nbytes, bool be) {
    for (int i = 0; i < nbytes; i++) {
        int shift = 8 * (be ? nbytes - 1 - i : i);
        sb_addc(sb, (char)(u >> shift));
    }
}

static bool kind_is_be(int kind) { return kind == ENC_UTF16BE || kind == ENC_UTF32BE; }

static void put_encoded(StrBuf *sb, int kind, uint32_t cp) {
    switch (kind) {
    case ENC_UTF8: case ENC_UTF8SIG: sb_add_codepoint(sb, cp); break;
    case ENC_UTF16: case ENC_UTF16LE: case ENC_UTF16BE:
        if (cp >= 0x10000) {
            put_unit(sb, 0xD800 | ((cp - 0x10000) >> 10), 2, kind_is_be(kind));
            put_unit(sb, 0xDC00 | ((cp - 0x10000) & 0x3FF), 2, kind_is_be(kind));
        } else {
            put_unit(sb, cp, 2, kind_is_be(kind));
        }
        break;
    case ENC_UTF32: case ENC_UTF32LE: case ENC_UTF32BE: put_unit(sb, cp, 4, kind_is_be(kind)); break;
    default: sb_addc(sb, (char)cp); break;
    }
}

/* The byte-order mark the plain utf-8-sig/utf-16/utf-32 codecs start with. */
static void put_bom(StrBuf *sb, int kind) {
    if (kind == ENC_UTF8SIG) sb_add(sb, "\xEF\xBB\xBF", 3);
    else if (kind == ENC_UTF16) sb_add(sb, "\xFF\xFE", 2);
    else if (kind == ENC_UTF32) sb_add(sb, "\xFF\xFE\0\0", 4);
}

/* Apply error handler [errors] to the unencodable code point [cp];
** 0 done, 1 strict (raise), -1 unknown handler. */
static int encode_error_text(StrBuf *sb, int kind, const char *errors, uint32_t cp);

/* The replacement text of replace/backslashreplace/xmlcharrefreplace is
** ASCII; it is encoded like the rest (two bytes a char in UTF-16). */
static int encode_error(StrBuf *sb, int kind, const char *errors, uint32_t cp) {
    bool wide = kind >= ENC_UTF16 && kind <= ENC_UTF32BE;
    if (!wide) return encode_error_text(sb, kind, errors, cp);
    StrBuf tmp;
    sb_init(&tmp);
    int r = encode_error_text(&tmp, kind, errors, cp);
    if (r == 0 && strcmp(errors, "surrogatepass") != 0)
        for (size_t i = 0; i < tmp.len; i++) put_encoded(sb, kind, (uint8_t)tmp.data[i]);
    else if (r == 0)
        sb_add(sb, tmp.data ? tmp.data : "", tmp.len);
    sb_free(&tmp);
    return r;
}

static int encode_error_text(StrBuf *sb, int kind, const char *errors, uint32_t cp) {
    if (!strcmp(errors, "strict")) return 1;
    if (!strcmp(errors, "ignore")) return 0;
    if (!strcmp(errors, "replace")) {
        sb_addc(sb, '?');
        return 0;
    }
    if (!strcmp(errors, "backslashreplace")) {
        if (cp < 0x100) sb_addf(sb, "\\x%02x", cp);
        else if (cp < 0x10000) sb_addf(sb, "\\u%04x", cp);
        else sb_addf(sb, "\\U%08x", cp);
        return 0;
    }
    if (!strcmp(errors, "xmlcharrefreplace")) {
        sb_addf(sb, "&#%u;", cp);
        return 0;
    }
    if (!strcmp(errors, "namereplace")) {
        char name[128];
        size_t n = unicode_name(cp, name, sizeof name);
        if (n > 0 && n < sizeof name) sb_addf(sb, "\\N{%s}", name);
        else if (cp < 0x100) sb_addf(sb, "\\x%02x", cp);
        else if (cp < 0x10000) sb_addf(sb, "\\u%04x", cp);
        else sb_addf(sb, "\\U%08x", cp);
        return 0;
    }
    if (!strcmp(errors, "surrogateescape")) {
        bool wide = kind >= ENC_UTF16 && kind <= ENC_UTF32BE;
        if (cp >= 0xDC80 && cp <= 0xDCFF && !wide) {
            sb_addc(sb, (char)(cp - 0xDC00));
            return 0;
        }
        return 1;
    }
    if (!strcmp(errors, "surrogatepass") && kind != ENC_ASCII && kind != ENC_LATIN1 && is_surrogate(cp)) {
        put_encoded(sb, kind, cp);
        return 0;
    }
    if (!strcmp(errors, "surrogatepass")) return 1;
    return -1;
}

static bool has_surrogate(const StrObj *s) {
    for (size_t i = 0; i + 1 < s->size; i++)
        if ((unsigned char)s->data[i] == 0xED && (unsigned char)s->data[i + 1] >= 0xA0) return true;
    return false;
}

/* Latin-1 text straight into bytes; VAL_NULL if some character is beyond it. */
static Value encode_latin1_fast(VM *vm, const StrObj *str) {
    uint8_t *out = NULL;
    Value r = bytes_alloc(vm, &type_bytes, str->len, &out);
    if (val_is_error(r)) return r;
    const unsigned char *p = (const unsigned char *)str->data, *end = p + str->size;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (cp > 0xFF) return VAL_NULL;
        *out++ = (uint8_t)cp;
    }
    return r;
}

Value str_encode(VM *vm, Value s, const char *encoding, const char *errors) {
    int kind = encoding_kind(encoding);
    if (kind == ENC_UNKNOWN) return codec_encode_python(vm, s, encoding, errors);
    StrObj *str = as_str(s);
    bool narrow = kind == ENC_UTF8 || kind == ENC_ASCII || kind == ENC_LATIN1;
    if ((narrow && str->ascii) || (kind == ENC_UTF8 && !has_surrogate(str)))
        return bytes_new(vm, str->data, str->size);
    if (kind == ENC_LATIN1) {
        Value r = encode_latin1_fast(vm, str);
        if (!val_is_null(r)) return r;
    }
    StrBuf sb;
    sb_init(&sb);
    put_bom(&sb, kind);
    const unsigned char *p = (const unsigned char *)str->data, *end = p + str->size;
    size_t index = 0;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (encodable(kind, cp)) {
            put_encoded(&sb, kind, cp);
            index++;
            continue;
        }
        int r = encode_error(&sb, kind, errors, cp);
        if (r == 0) {
            index++;
            continue;
        }
        sb_free(&sb);
        if (r < 0) return codec_encode_python(vm, s, encoding, errors);
        /* strict: the error covers the run of unencodable characters */
        size_t stop = index + 1;
        while (p < end) {
            uint32_t c2;
            int n = utf8_decode(p, &c2);
            if (encodable(kind, c2)) break;
            p += n;
            stop++;
        }
        const char *reason = kind == ENC_ASCII ? "ordinal not in range(128)"
                           : kind == ENC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
        return raise_unicode_error(vm, &type_UnicodeEncodeError, enc_names[kind], s, index, stop, reason);
    }
    if (sb.failed) {
        sb_free(&sb);
        return vm_raise_nomem(vm);
    }
    Value r = bytes_new(vm, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

/* Apply [errors] to the undecodable bytes d[0..n); 0, 1 strict, -1 unknown,
** -2 an encode-only handler. */
static int decode_error(StrBuf *sb, const char *errors, const uint8_t *d, size_t n) {
    if (!strcmp(errors, "strict")) return 1;
    if (!strcmp(errors, "xmlcharrefreplace") || !strcmp(errors, "namereplace")) return -2;
    if (!strcmp(errors, "surrogatepass")) return 1; /* not a surrogate there */
    if (!strcmp(errors, "ignore")) return 0;
    if (!strcmp(errors, "replace")) {
        sb_add_codepoint(sb, 0xFFFD);
        return 0;
    }
    if (!strcmp(errors, "backslashreplace")) {
        for (size_t i = 0; i < n; i++) sb_addf(sb, "\\x%02x", d[i]);
        return 0;
    }
    if (!strcmp(errors, "surrogateescape")) {
        for (size_t i = 0; i < n; i++) {
            if (d[i] < 0x80) return 1;
            sb_add_codepoint(sb, 0xDC00 + d[i]);
        }
        return 0;
    }
    return -1;
}

static Value decode_failed(VM *vm, int r, const char *errors, int kind, const uint8_t *data,
                           size_t len, size_t at, size_t badlen, const char *reason) {
    if (r == -2) return vm_raise(vm, &type_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    if (r < 0) return codec_decode_python(vm, data, len, enc_names[kind], errors);
    Value obj = bytes_new(vm, data, len);
    if (val_is_error(obj)) return obj;
    return raise_unicode_error(vm, &type_UnicodeDecodeError, enc_names[kind], obj, at, at + badlen, reason);
}

/* Finish a decoded str built in [sb]. */
static Value finish_decoded(VM *vm, StrBuf *sb) { return sb_finish(vm, sb); }

static uint32_t read_unit(const uint8_t *p, int nbytes, bool be);

/* errors="surrogatepass": the encoded lone surrogate at d (n bytes left)
** goes into sb; returns the bytes it took, 0 when none is there. */
static size_t surrogate_passed(StrBuf *sb, const char *errors, int kind, const uint8_t *d, size_t n) {
    if (strcmp(errors, "surrogatepass") != 0) return 0;
    uint32_t cp = 0;
    size_t took = 0;
    if (kind == ENC_UTF8 && n >= 3 && d[0] == 0xED && d[1] >= 0xA0 && d[1] <= 0xBF && (d[2] & 0xC0) == 0x80) {
        cp = 0xD000u | ((uint32_t)(d[1] & 0x3F) << 6) | (d[2] & 0x3F);
        took = 3;
    } else if ((kind == ENC_UTF16LE || kind == ENC_UTF16BE) && n >= 2) {
        cp = read_unit(d, 2, kind == ENC_UTF16BE);
        took = 2;
    } else if ((kind == ENC_UTF32LE || kind == ENC_UTF32BE) && n >= 4) {
        cp = read_unit(d, 4, kind == ENC_UTF32BE);
        took = 4;
    }
    if (!took || !is_surrogate(cp)) return 0;
    sb_add_codepoint(sb, cp);
    return took;
}

static Value decode_utf8(VM *vm, const uint8_t *data, size_t len, const char *errors) {
    const char *reason;
    size_t badlen;
    size_t at = utf8_validate(data, len, &reason, &badlen);
    if (at == len) return str_new(vm, (const char *)data, len);
    StrBuf sb;
    sb_init(&sb);
    size_t i = 0;
    while (at < len) {
        sb_add(&sb, (const char *)data + i, at - i);
        size_t n = surrogate_passed(&sb, errors, ENC_UTF8, data + at, len - at);
        if (n) {
            i = at + n;
            at = i + utf8_validate(data + i, len - i, &reason, &badlen);
            continue;
        }
        int r = decode_error(&sb, errors, data + at, badlen);
        if (r != 0) {
            sb_free(&sb);
            return decode_failed(vm, r, errors, ENC_UTF8, data, len, at, badlen, reason);
        }
        i = at + badlen;
        at = i + utf8_validate(data + i, len - i, &reason, &badlen);
    }
    sb_add(&sb, (const char *)data + i, len - i);
    return finish_decoded(vm, &sb);
}

static Value decode_8bit(VM *vm, const uint8_t *data, size_t len, const char *errors, int kind) {
    size_t high = 0;
    for (size_t i = 0; i < len; i++) high += data[i] >> 7;
    if (high == 0) return str_new_len(vm, (const char *)data, len, len);
    if (kind == ENC_LATIN1) {
        /* every byte is the code point: two UTF-8 bytes for those >= 0x80 */
        StrObj *r = str_alloc(vm, &type_str, len + high);
        if (!r) return VAL_ERROR;
        char *o = r->data;
        for (size_t i = 0; i < len; i++) {
            if (data[i] < 0x80) *o++ = (char)data[i];
            else {
                *o++ = (char)(0xC0 | (data[i] >> 6));
                *o++ = (char)(0x80 | (data[i] & 0x3F));
            }
        }
        r->ascii = 0;
        r->len = len;
        return val_from_obj(r);
    }
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < len; i++) {
        if (data[i] < 0x80 || kind == ENC_LATIN1) {
            sb_add_codepoint(&sb, data[i]);
            continue;
        }
        int r = decode_error(&sb, errors, data + i, 1);
        if (r != 0) {
            sb_free(&sb);
            return decode_failed(vm, r, errors, kind, data, len, i, 1, "ordinal not in range(128)");
        }
    }
    return finish_decoded(vm, &sb);
}

static uint32_t read_unit(const uint8_t *p, int nbytes, bool be) {
    uint32_t u = 0;
    for (int i = 0; i < nbytes; i++) u |= (uint32_t)p[be ? nbytes - 1 - i : i] << (8 * i);
    return u;
}

/* UTF-16 in the given byte order; [kind] names the codec in errors. */
static Value decode_utf16(VM *vm, const uint8_t *data, size_t len, const char *errors, bool be, int kind) {
    StrBuf sb;
    sb_init(&sb);
    size_t i = 0;
    while (i < len) {
        const char *reason = NULL;
        size_t bad = 2;
        if (len - i < 2) {
            reason = "truncated data";
            bad = len - i;
        } else {
            uint32_t u = read_unit(data + i, 2, be);
            if (u < 0xD800 || u > 0xDFFF) {
                sb_add_codepoint(&sb, u);
                i += 2;
                continue;
            }
            if (u >= 0xDC00) reason = "illegal encoding";
            else if (len - i < 4) {
                reason = "unexpected end of data";
                bad = len - i;
            } else {
                uint32_t lo = read_unit(data + i + 2, 2, be);
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    sb_add_codepoint(&sb, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                    i += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
            }
            size_t took = surrogate_passed(&sb, errors, be ? ENC_UTF16BE : ENC_UTF16LE, data + i, 2);
            if (took) {
                i += took;
                continue;
            }
        }
        int r = decode_error(&sb, errors, data + i, bad);
        if (r != 0) {
            sb_free(&sb);
            return decode_failed(vm, r, errors, kind, data, len, i, bad, reason);
        }
        i += bad;
    }
    return finish_decoded(vm, &sb);
}

static Value decode_utf32(VM *vm, const uint8_t *data, size_t len, const char *errors, bool be, int kind) {
    StrBuf sb;
    sb_init(&sb);
    size_t i = 0;
    while (i < len) {
        const char *reason;
        size_t bad = 4;
        if (len - i < 4) {
            reason = "truncated data";
            bad = len - i;
        } else {
            uint32_t u = read_unit(data + i, 4, be);
            if (u < 0x110000 && !is_surrogate(u)) {
                sb_add_codepoint(&sb, u);
                i += 4;
                continue;
            }
            reason = u >= 0x110000 ? "code point not in range(0x110000)"
                                   : "code point in surrogate code point range(0xd800, 0xe000)";
            size_t took = surrogate_passed(&sb, errors, be ? ENC_UTF32BE : ENC_UTF32LE, data + i, 4);
            if (took) {
                i += took;
                continue;
            }
        }
        int r = decode_error(&sb, errors, data + i, bad);
        if (r != 0) {
            sb_free(&sb);
            return decode_failed(vm, r, errors, kind, data, len, i, bad, reason);
        }
        i += bad;
    }
    return finish_decoded(vm, &sb);
}

/* utf-16 / utf-32 without an explicit order: a BOM decides, else little-endian. */
static Value decode_with_bom(VM *vm, const uint8_t *data, size_t len, const char *errors, int width) {
    bool be = false;
    if (width == 2 && len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF))) {
        be = data[0] == 0xFE;
        data += 2;
        len -= 2;
    } else if (width == 4 && len >= 4 && ((data[0] == 0xFF && data[1] == 0xFE && !data[2] && !data[3]) ||
                                          (!data[0] && !data[1] && data[2] == 0xFE && data[3] == 0xFF))) {
        be = data[0] == 0;
        data += 4;
        len -= 4;
    }
    if (width == 2) return decode_utf16(vm, data, len, errors, be, be ? ENC_UTF16BE : ENC_UTF16LE);
    return decode_utf32(vm, data, len, errors, be, be ? ENC_UTF32BE : ENC_UTF32LE);
}

Value bytes_decode(VM *vm, const uint8_t *data, size_t len, const char *encoding, const char *errors) {
    int kind = encoding_kind(encoding);
    switch (kind) {
    case ENC_UTF8: return decode_utf8(vm, data, len, errors);
    case ENC_UTF8SIG:
        if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
            data += 3;
            len -= 3;
        }
        return decode_utf8(vm, data, len, errors);
    case ENC_UTF16: return decode_with_bom(vm, data, len, errors, 2);
    case ENC_UTF32: return decode_with_bom(vm, data, len, errors, 4);
    case ENC_UTF16LE: case ENC_UTF16BE: return decode_utf16(vm, data, len, errors, kind == ENC_UTF16BE, kind);
    case ENC_UTF32LE: case ENC_UTF32BE: return decode_utf32(vm, data, len, errors, kind == ENC_UTF32BE, kind);
    case ENC_ASCII: case ENC_LATIN1: return decode_8bit(vm, data, len, errors, kind);
    default: return codec_decode_python(vm, data, len, encoding, errors);
    }
}

/* ---- argument helpers ---- */

#define VIEW(v, d, n) const uint8_t *d = NULL; size_t n = 0; bytes_view(v, &d, &n)

/* args[0] is self: METH_NOARGS / METH_O methods are named with its type. */
#define check_pos(vm, name, nargs, kw, min, max) check_self_args(vm, args[0], name, nargs, kw, min, max)

/* The type that defines self's methods, as CPython's messages name it. */
static const char *self_type_name(Value self) {
    return is_bytearray(self) ? "bytearray" : val_is_type(self, &type_memoryview) ? "memoryview" : "bytes";
}

static int check_self_args(VM *vm, Value self, const char *name, int nargs, Value kwnames, int min, int max) {
    char qual[48];
    bool has_kw = val_is_obj(kwnames) && as_tuple(kwnames)->len > 0;
    if (max == 0 || (min == 1 && max == 1) || has_kw) {
        snprintf(qual, sizeof qual, "%s.%s", self_type_name(self), name);
        name = qual;
    }
    return vm_check_args(vm, name, nargs - 1, kwnames, min, max);
}

static int need_bytes(VM *vm, Value v, const uint8_t **d, size_t *n) {
    if (bytes_view(v, d, n)) return 0;
    vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", v);
    return -1;
}

static int byte_value(VM *vm, Value v, uint8_t *out) {
    int64_t i;
    if (obj_index_i64(vm, v, &i, &type_OverflowError) < 0) {
        if (vm_exc_matches(vm, &type_OverflowError)) {
            vm_clear_exc(vm);
            vm_raise(vm, &type_ValueError, "byte must be in range(0, 256)");
        }
        return -1;
    }
    if (i < 0 || i > 255) {
        vm_raise(vm, &type_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (uint8_t)i;
    return 0;
}

static bool is_index_like(Value v) {
    return val_is_intlike(v) || (val_type(v)->number && val_type(v)->number->index);
}

/* The sub argument of find/count/index: an int or bytes-like. */
static int sub_arg(VM *vm, Value v, const uint8_t **d, size_t *n, uint8_t *one) {
    if (bytes_view(v, d, n)) return 0;
    if (is_index_like(v)) {
        if (byte_value(vm, v, one) < 0) return -1;
        *d = one;
        *n = 1;
        return 0;
    }
    vm_raise(vm, &type_TypeError, "argument should be integer or bytes-like object, not '%T'", v);
    return -1;
}

static void adjust(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

static int range_args(VM *vm, Value *args, int nargs, int i, int64_t len, int64_t *start, int64_t *end) {
    *start = 0;
    *end = INT64_MAX;
    if (nargs > i && !val_is_none(args[i]) && str_arg_index(vm, args[i], start) < 0) return -1;
    if (nargs > i + 1 && !val_is_none(args[i + 1]) && str_arg_index(vm, args[i + 1], end) < 0) return -1;
    adjust(start, end, len);
    return 0;
}

static int64_t mem_find(const uint8_t *h, size_t from, size_t to, const uint8_t *nd, size_t n) {
    if (to < from || to - from < n) return -1;
    for (size_t i = from; i + n <= to; i++)
        if (h[i] == (n ? nd[0] : h[i]) && memcmp(h + i, nd, n) == 0) return (int64_t)i;
    return -1;
}

static int64_t mem_rfind(const uint8_t *h, size_t from, size_t to, const uint8_t *nd, size_t n) {
    if (to < from || to - from < n) return -1;
    for (size_t i = to - n + 1; i-- > from;)
        if (memcmp(h + i, nd, n) == 0) return (int64_t)i;
    return -1;
}

/* ---- find, count, index, startswith ---- */

static Value find_common(VM *vm, Value *args, int nargs, Value kw, const char *name, bool rev, bool raise) {
    if (check_args_legacy(vm, self_type_name(args[0]), name, nargs - 1, kw, 1, 3) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    const uint8_t *sd;
    size_t sn;
    uint8_t one;
    if (sub_arg(vm, args[1], &sd, &sn, &one) < 0) return VAL_ERROR;
    int64_t start, end;
    if (range_args(vm, args, nargs, 2, (int64_t)n, &start, &end) < 0) return VAL_ERROR;
    int64_t r = -1;
    if (start <= end && end - start >= (int64_t)sn)
        r = rev ? mem_rfind(d, (size_t)start, (size_t)end, sd, sn) : mem_find(d, (size_t)start, (size_t)end, sd, sn);
    if (r < 0 && raise) return vm_raise(vm, &type_ValueError, "subsection not found");
    return val_from_small(r);
}

static Value b_find(VM *vm, Value *a, int n, Value k) { return find_common(vm, a, n, k, "find", false, false); }
static Value b_rfind(VM *vm, Value *a, int n, Value k) { return find_common(vm, a, n, k, "rfind", true, false); }
static Value b_index(VM *vm, Value *a, int n, Value k) { return find_common(vm, a, n, k, "index", false, true); }
static Value b_rindex(VM *vm, Value *a, int n, Value k) { return find_common(vm, a, n, k, "rindex", true, true); }

static Value b_count(VM *vm, Value *args, int nargs, Value kw) {
    if (check_args_legacy(vm, self_type_name(args[0]), "count", nargs - 1, kw, 1, 3) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    const uint8_t *sd;
    size_t sn;
    uint8_t one;
    if (sub_arg(vm, args[1], &sd, &sn, &one) < 0) return VAL_ERROR;
    int64_t start, end;
    if (range_args(vm, args, nargs, 2, (int64_t)n, &start, &end) < 0) return VAL_ERROR;
    if (end - start < (int64_t)sn) return val_from_small(0);
    if (sn == 0) return val_from_small(end - start + 1);
    int64_t count = 0;
    size_t from = (size_t)start;
    for (int64_t at; (at = mem_find(d, from, (size_t)end, sd, sn)) >= 0; count++) from = (size_t)at + sn;
    return val_from_small(count);
}

static bool tailmatch(const uint8_t *d, size_t n, const uint8_t *p, size_t pn, int64_t start, int64_t end, bool at_end) {
    if (start > (int64_t)n || end - start < (int64_t)pn) return false;
    const uint8_t *at = at_end ? d + end - (int64_t)pn : d + start;
    return memcmp(at, p, pn) == 0;
}

static Value startsend(VM *vm, Value *args, int nargs, Value kw, const char *name, bool at_end) {
    if (check_args_legacy(vm, self_type_name(args[0]), name, nargs - 1, kw, 1, 3) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    int64_t start, end;
    if (range_args(vm, args, nargs, 2, (int64_t)n, &start, &end) < 0) return VAL_ERROR;
    const uint8_t *p;
    size_t pn;
    if (val_isinstance(args[1], &type_tuple)) {
        TupleObj *t = as_tuple(args[1]);
        for (size_t i = 0; i < t->len; i++) {
            if (!bytes_view(t->items[i], &p, &pn))
                return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", t->items[i]);
            if (tailmatch(d, n, p, pn, start, end, at_end)) return VAL_TRUE;
        }
        return VAL_FALSE;
    }
    if (!bytes_view(args[1], &p, &pn))
        return vm_raise(vm, &type_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, args[1]);
    return val_from_bool(tailmatch(d, n, p, pn, start, end, at_end));
}

static Value b_startswith(VM *vm, Value *a, int n, Value k) { return startsend(vm, a, n, k, "startswith", false); }
static Value b_endswith(VM *vm, Value *a, int n, Value k) { return startsend(vm, a, n, k, "endswith", true); }

/* ---- ASCII predicates and case ---- */

static bool b_isspace_c(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool b_islower_c(uint8_t c) { return c >= 'a' && c <= 'z'; }
static bool b_isupper_c(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static bool b_isalpha_c(uint8_t c) { return b_islower_c(c) || b_isupper_c(c); }
static bool b_isdigit_c(uint8_t c) { return c >= '0' && c <= '9'; }
static bool b_isalnum_c(uint8_t c) { return b_isalpha_c(c) || b_isdigit_c(c); }

static Value all_bytes(VM *vm, Value *args, int nargs, Value kw, const char *name, bool (*pred)(uint8_t)) {
    if (check_pos(vm, name, nargs, kw, 0, 0) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    if (n == 0) return VAL_FALSE;
    for (size_t i = 0; i < n; i++)
        if (!pred(d[i])) return VAL_FALSE;
    return VAL_TRUE;
}

static Value b_isspace(VM *vm, Value *a, int n, Value k) { return all_bytes(vm, a, n, k, "isspace", b_isspace_c); }
static Value b_isalpha(VM *vm, Value *a, int n, Value k) { return all_bytes(vm, a, n, k, "isalpha", b_isalpha_c); }
static Value b_isdigit(VM *vm, Value *a, int n, Value k) { return all_bytes(vm, a, n, k, "isdigit", b_isdigit_c); }
static Value b_isalnum(VM *vm, Value *a, int n, Value k) { return all_bytes(vm, a, n, k, "isalnum", b_isalnum_c); }

static Value b_isascii(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "isascii", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    for (size_t i = 0; i < n; i++)
        if (d[i] >= 0x80) return VAL_FALSE;
    return VAL_TRUE;
}

static Value case_pred(VM *vm, Value *args, int nargs, Value kw, const char *name, bool upper) {
    if (check_pos(vm, name, nargs, kw, 0, 0) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        if (upper ? b_islower_c(d[i]) : b_isupper_c(d[i])) return VAL_FALSE;
        if (upper ? b_isupper_c(d[i]) : b_islower_c(d[i])) cased = true;
    }
    return val_from_bool(cased);
}

static Value b_islower(VM *vm, Value *a, int n, Value k) { return case_pred(vm, a, n, k, "islower", false); }
static Value b_isupper(VM *vm, Value *a, int n, Value k) { return case_pred(vm, a, n, k, "isupper", true); }

static Value b_istitle(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "istitle", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    bool cased = false, prev = false;
    for (size_t i = 0; i < n; i++) {
        if (b_isupper_c(d[i])) {
            if (prev) return VAL_FALSE;
            prev = cased = true;
        } else if (b_islower_c(d[i])) {
            if (!prev) return VAL_FALSE;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return val_from_bool(cased);
}

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAP };

static Value case_map(VM *vm, Value *args, int nargs, Value kw, const char *name, int mode) {
    if (check_pos(vm, name, nargs, kw, 0, 0) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    Value r = like_self(vm, args[0], d, n);
    if (val_is_error(r)) return r;
    uint8_t *o;
    size_t on;
    bytes_view(r, (const uint8_t **)&o, &on);
    bool prev = false;
    for (size_t i = 0; i < on; i++) {
        uint8_t c = o[i];
        bool lo = b_islower_c(c), up = b_isupper_c(c);
        bool to_up = mode == BC_UPPER ? lo : mode == BC_SWAP ? lo : mode == BC_CAP ? (i == 0 && lo)
                   : mode == BC_TITLE ? (!prev && lo) : false;
        bool to_lo = mode == BC_LOWER ? up : mode == BC_SWAP ? up : mode == BC_CAP ? (i > 0 && up)
                   : mode == BC_TITLE ? (prev && up) : false;
        if (to_up) o[i] = (uint8_t)(c - 32);
        else if (to_lo) o[i] = (uint8_t)(c + 32);
        prev = lo || up;
    }
    return r;
}

static Value b_lower(VM *vm, Value *a, int n, Value k) { return case_map(vm, a, n, k, "lower", BC_LOWER); }
static Value b_upper(VM *vm, Value *a, int n, Value k) { return case_map(vm, a, n, k, "upper", BC_UPPER); }
static Value b_swapcase(VM *vm, Value *a, int n, Value k) { return case_map(vm, a, n, k, "swapcase", BC_SWAP); }
static Value b_title(VM *vm, Value *a, int n, Value k) { return case_map(vm, a, n, k, "title", BC_TITLE); }
static Value b_capitalize(VM *vm, Value *a, int n, Value k) { return case_map(vm, a, n, k, "capitalize", BC_CAP); }

/* ---- padding ---- */

static Value b_justify(VM *vm, Value *args, int nargs, Value kw, const char *name, char how) {
    if (check_pos(vm, name, nargs, kw, 1, 2) < 0) return VAL_ERROR;
    int64_t width;
    if (arg_ssize(vm, args[1], &width) < 0) return VAL_ERROR;
    if (width > 0 && size_too_big(vm, (uint64_t)width)) return VAL_ERROR;
    uint8_t fill = ' ';
    if (nargs > 2) {
        const uint8_t *fd;
        size_t fn;
        if (!bytes_view(args[2], &fd, &fn) || fn != 1)
            return vm_raise(vm, &type_TypeError, "%s() argument 2 must be a byte string of length 1, not %T",
                            name, args[2]);
        fill = fd[0];
    }
    VIEW(args[0], d, n);
    if (width <= (int64_t)n) return is_bytes(args[0]) && val_is_type(args[0], &type_bytes) ? args[0] : like_self(vm, args[0], d, n);
    int64_t marg = width - (int64_t)n, left;
    if (how == '<') left = 0;
    else if (how == '>') left = marg;
    else left = marg / 2 + (marg & width & 1);
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = 0; i < left; i++) sb_addc(&sb, (char)fill);
    sb_add(&sb, (const char *)d, n);
    for (int64_t i = 0; i < marg - left; i++) sb_addc(&sb, (char)fill);
    return sb_finish_like(vm, args[0], &sb);
}

static Value b_ljust(VM *vm, Value *a, int n, Value k) { return b_justify(vm, a, n, k, "ljust", '<'); }
static Value b_rjust(VM *vm, Value *a, int n, Value k) { return b_justify(vm, a, n, k, "rjust", '>'); }
static Value b_center(VM *vm, Value *a, int n, Value k) { return b_justify(vm, a, n, k, "center", '^'); }

static Value b_zfill(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "zfill", nargs, kw, 1, 1) < 0) return VAL_ERROR;
    int64_t width;
    if (arg_ssize(vm, args[1], &width) < 0) return VAL_ERROR;
    if (width > 0 && size_too_big(vm, (uint64_t)width)) return VAL_ERROR;
    VIEW(args[0], d, n);
    if (width <= (int64_t)n) return like_self(vm, args[0], d, n);
    StrBuf sb;
    sb_init(&sb);
    size_t at = n > 0 && (d[0] == '+' || d[0] == '-');
    sb_add(&sb, (const char *)d, at);
    for (int64_t i = 0; i < width - (int64_t)n; i++) sb_addc(&sb, '0');
    sb_add(&sb, (const char *)d + at, n - at);
    return sb_finish_like(vm, args[0], &sb);
}

static Value b_expandtabs(VM *vm, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"tabsize", NULL};
    Value tab = VAL_NULL;
    if (vm_parse_args(vm, "expandtabs", args + 1, nargs - 1, kw, names, 0, 0, &tab) < 0) return VAL_ERROR;
    int64_t ts = 8;
    if (!val_is_null(tab) && arg_cint(vm, tab, &ts) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    StrBuf sb;
    sb_init(&sb);
    int64_t col = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (ts > 0) {
                int64_t k = ts - col % ts;
                for (int64_t j = 0; j < k; j++) sb_addc(&sb, ' ');
                col += k;
            }
        } else {
            sb_addc(&sb, (char)d[i]);
            col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
        }
    }
    return sb_finish_like(vm, args[0], &sb);
}

/* ---- strip, split, partition ---- */

static Value b_strip_common(VM *vm, Value *args, int nargs, Value kw, const char *name, int which) {
    if (check_pos(vm, name, nargs, kw, 0, 1) < 0) return VAL_ERROR;
    const uint8_t *cd = NULL;
    size_t cn = 0;
    bool ws = nargs < 2 || val_is_none(args[1]);
    if (!ws && need_bytes(vm, args[1], &cd, &cn) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    size_t from = 0, to = n;
#define STRIPPED(c) (ws ? b_isspace_c(c) : memchr(cd, (c), cn) != NULL)
    if (which & 1) while (from < to && STRIPPED(d[from])) from++;
    if (which & 2) while (to > from && STRIPPED(d[to - 1])) to--;
#undef STRIPPED
    if (from == 0 && to == n && val_is_type(args[0], &type_bytes)) return args[0];
    return like_self(vm, args[0], d + from, to - from);
}

static Value b_strip(VM *vm, Value *a, int n, Value k) { return b_strip_common(vm, a, n, k, "strip", 3); }
static Value b_lstrip(VM *vm, Value *a, int n, Value k) { return b_strip_common(vm, a, n, k, "lstrip", 1); }
static Value b_rstrip(VM *vm, Value *a, int n, Value k) { return b_strip_common(vm, a, n, k, "rstrip", 2); }

static int add_part(VM *vm, Value list, Value self, const uint8_t *p, size_t n) {
    Value v = like_self(vm, self, p, n);
    if (val_is_error(v)) return -1;
    return list_append(vm, list, v);
}

static void reverse_list(Value list) {
    ListObj *l = as_list(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

static int split_ws(VM *vm, Value list, Value self, const uint8_t *d, size_t n, int64_t max, bool rev) {
    if (!rev) {
        size_t i = 0;
        for (;;) {
            while (i < n && b_isspace_c(d[i])) i++;
            if (i >= n) return 0;
            if (max-- == 0) return add_part(vm, list, self, d + i, n - i);
            size_t j = i;
            while (j < n && !b_isspace_c(d[j])) j++;
            if (add_part(vm, list, self, d + i, j - i) < 0) return -1;
            i = j;
        }
    }
    size_t end = n;
    for (;;) {
        while (end > 0 && b_isspace_c(d[end - 1])) end--;
        if (end == 0) break;
        if (max-- == 0) {
            if (add_part(vm, list, self, d, end) < 0) return -1;
            break;
        }
        size_t start = end;
        while (start > 0 && !b_isspace_c(d[start - 1])) start--;
        if (add_part(vm, list, self, d + start, end - start) < 0) return -1;
        end = start;
    }
    reverse_list(list);
    return 0;
}

static int split_by(VM *vm, Value list, Value self, const uint8_t *d, size_t n, const uint8_t *s, size_t sn,
                    int64_t max, bool rev) {
    size_t from = 0, to = n;
    while (max-- != 0) {
        int64_t at = rev ? mem_rfind(d, from, to, s, sn) : mem_find(d, from, to, s, sn);
        if (at < 0) break;
        if (rev) {
            if (add_part(vm, list, self, d + at + sn, to - (size_t)at - sn) < 0) return -1;
            to = (size_t)at;
        } else {
            if (add_part(vm, list, self, d + from, (size_t)at - from) < 0) return -1;
            from = (size_t)at + sn;
        }
    }
    if (add_part(vm, list, self, d + from, to - from) < 0) return -1;
    if (rev) reverse_list(list);
    return 0;
}

static Value b_split_common(VM *vm, Value *args, int nargs, Value kw, const char *name, bool rev) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2] = {VAL_NULL, VAL_NULL};
    if (vm_parse_args(vm, name, args + 1, nargs - 1, kw, names, 0, 0, a) < 0) return VAL_ERROR;
    int64_t max = -1;
    if (!val_is_null(a[1]) && arg_ssize(vm, a[1], &max) < 0) return VAL_ERROR;
    const uint8_t *s = NULL;
    size_t sn = 0;
    bool ws = val_is_null(a[0]) || val_is_none(a[0]);
    if (!ws) {
        if (need_bytes(vm, a[0], &s, &sn) < 0) return VAL_ERROR;
        if (sn == 0) return vm_raise(vm, &type_ValueError, "empty separator");
    }
    VIEW(args[0], d, n);
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    int r = ws ? split_ws(vm, list, args[0], d, n, max, rev) : split_by(vm, list, args[0], d, n, s, sn, max, rev);
    return r < 0 ? VAL_ERROR : list;
}

static Value b_split(VM *vm, Value *a, int n, Value k) { return b_split_common(vm, a, n, k, "split", false); }
static Value b_rsplit(VM *vm, Value *a, int n, Value k) { return b_split_common(vm, a, n, k, "rsplit", true); }

static Value b_splitlines(VM *vm, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"keepends", NULL};
    Value keep = VAL_NULL;
    if (vm_parse_args(vm, "splitlines", args + 1, nargs - 1, kw, names, 0, 0, &keep) < 0) return VAL_ERROR;
    int keepends = 0;
    if (!val_is_null(keep) && (keepends = obj_truthy(vm, keep)) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    size_t start = 0, i = 0;
    while (i < n) {
        if (d[i] != '\n' && d[i] != '\r') {
            i++;
            continue;
        }
        size_t eol = i++;
        if (d[eol] == '\r' && i < n && d[i] == '\n') i++;
        if (add_part(vm, list, args[0], d + start, (keepends ? i : eol) - start) < 0) return VAL_ERROR;
        start = i;
    }
    if (start < n && add_part(vm, list, args[0], d + start, n - start) < 0) return VAL_ERROR;
    return list;
}

static Value b_partition_common(VM *vm, Value *args, int nargs, Value kw, const char *name, bool rev) {
    if (check_pos(vm, name, nargs, kw, 1, 1) < 0) return VAL_ERROR;
    const uint8_t *s;
    size_t sn;
    if (need_bytes(vm, args[1], &s, &sn) < 0) return VAL_ERROR;
    if (sn == 0) return vm_raise(vm, &type_ValueError, "empty separator");
    VIEW(args[0], d, n);
    int64_t at = rev ? mem_rfind(d, 0, n, s, sn) : mem_find(d, 0, n, s, sn);
    Value parts[3];
    if (at < 0) {
        for (int i = 0; i < 3; i++) {
            bool whole = rev ? i == 2 : i == 0;
            parts[i] = like_self(vm, args[0], whole ? d : (const uint8_t *)"", whole ? n : 0);
            if (val_is_error(parts[i])) return VAL_ERROR;
        }
    } else {
        parts[0] = like_self(vm, args[0], d, (size_t)at);
        if (val_is_error(parts[0])) return VAL_ERROR;
        parts[1] = like_self(vm, args[0], s, sn);
        if (val_is_error(parts[1])) return VAL_ERROR;
        parts[2] = like_self(vm, args[0], d + at + sn, n - (size_t)at - sn);
        if (val_is_error(parts[2])) return VAL_ERROR;
    }
    return tuple_from(vm, parts, 3);
}

static Value b_partition(VM *vm, Value *a, int n, Value k) { return b_partition_common(vm, a, n, k, "partition", false); }
static Value b_rpartition(VM *vm, Value *a, int n, Value k) { return b_partition_common(vm, a, n, k, "rpartition", true); }

/* ---- join, replace, affixes ---- */

static Value join_items(VM *vm, Value self, Value *items, size_t count) {
    VIEW(self, sep, sn);
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < count; i++) {
        const uint8_t *d;
        size_t n;
        if (!bytes_view(items[i], &d, &n)) {
            sb_free(&sb);
            return vm_raise(vm, &type_TypeError, "sequence item %zu: expected a bytes-like object, %T found",
                            i, items[i]);
        }
        if (i) sb_add(&sb, (const char *)sep, sn);
        sb_add(&sb, (const char *)d, n);
    }
    return sb_finish_like(vm, self, &sb);
}

static Value b_join(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "join", nargs, kw, 1, 1) < 0) return VAL_ERROR;
    Value *items;
    size_t n;
    if (seq_fast(args[1], &items, &n)) return join_items(vm, args[0], items, n);
    Value list = seq_to_list(vm, args[1]);
    if (val_is_error(list)) return list;
    gc_push_root(vm, &list);
    Value r = join_items(vm, args[0], as_list(list)->items, as_list(list)->len);
    gc_pop_roots(vm, 1);
    return r;
}

static Value b_replace(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "replace", nargs, kw, 2, 3) < 0) return VAL_ERROR;
    const uint8_t *od, *nd;
    size_t on, nn;
    if (need_bytes(vm, args[1], &od, &on) < 0 || need_bytes(vm, args[2], &nd, &nn) < 0) return VAL_ERROR;
    int64_t count = -1;
    if (nargs > 3 && arg_ssize(vm, args[3], &count) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    StrBuf sb;
    sb_init(&sb);
    if (on == 0) {
        int64_t done = 0;
        for (size_t i = 0;; i++) {
            if (count < 0 || done < count) {
                sb_add(&sb, (const char *)nd, nn);
                done++;
            }
            if (i >= n) break;
            sb_addc(&sb, (char)d[i]);
        }
        return sb_finish_like(vm, args[0], &sb);
    }
    size_t from = 0;
    for (int64_t done = 0; count < 0 || done < count; done++) {
        int64_t at = mem_find(d, from, n, od, on);
        if (at < 0) break;
        sb_add(&sb, (const char *)d + from, (size_t)at - from);
        sb_add(&sb, (const char *)nd, nn);
        from = (size_t)at + on;
    }
    sb_add(&sb, (const char *)d + from, n - from);
    return sb_finish_like(vm, args[0], &sb);
}

static Value b_affix(VM *vm, Value *args, int nargs, Value kw, const char *name, bool suffix) {
    if (check_pos(vm, name, nargs, kw, 1, 1) < 0) return VAL_ERROR;
    const uint8_t *a;
    size_t an;
    if (need_bytes(vm, args[1], &a, &an) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    if (an <= n && memcmp(suffix ? d + n - an : d, a, an) == 0)
        return like_self(vm, args[0], suffix ? d : d + an, n - an);
    if (val_is_type(args[0], &type_bytes)) return args[0];
    return like_self(vm, args[0], d, n);
}

static Value b_removeprefix(VM *vm, Value *a, int n, Value k) { return b_affix(vm, a, n, k, "removeprefix", false); }
static Value b_removesuffix(VM *vm, Value *a, int n, Value k) { return b_affix(vm, a, n, k, "removesuffix", true); }

/* ---- translate, maketrans, hex, fromhex, decode ---- */

static Value b_translate(VM *vm, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"", "delete", NULL};
    Value a[2] = {VAL_NULL, VAL_NULL};
    if (vm_parse_args(vm, "translate", args + 1, nargs - 1, kw, names, 1, 1, a) < 0) return VAL_ERROR;
    const uint8_t *table = NULL, *del = NULL;
    size_t tn = 0, dn = 0;
    if (!val_is_none(a[0])) {
        if (need_bytes(vm, a[0], &table, &tn) < 0) return VAL_ERROR;
        if (tn != 256) return vm_raise(vm, &type_ValueError, "translation table must be 256 characters long");
    }
    if (!val_is_null(a[1]) && need_bytes(vm, a[1], &del, &dn) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < n; i++) {
        if (del && memchr(del, d[i], dn)) continue;
        sb_addc(&sb, (char)(table ? table[d[i]] : d[i]));
    }
    return sb_finish_like(vm, args[0], &sb);
}

static Value b_maketrans(VM *vm, Value *args, int nargs, Value kw) {
    bool has_kw = val_is_obj(kw) && as_tuple(kw)->len > 0;
    if (vm_check_args(vm, has_kw ? "bytes.maketrans" : "maketrans", nargs, kw, 2, 2) < 0) return VAL_ERROR;
    const uint8_t *f, *t;
    size_t fn, tn;
    if (need_bytes(vm, args[0], &f, &fn) < 0 || need_bytes(vm, args[1], &t, &tn) < 0) return VAL_ERROR;
    if (fn != tn) return vm_raise(vm, &type_ValueError, "maketrans arguments must have same length");
    uint8_t table[256];
    for (int i = 0; i < 256; i++) table[i] = (uint8_t)i;
    for (size_t i = 0; i < fn; i++) table[f[i]] = t[i];
    return bytes_new(vm, table, 256);
}

Value bytes_hex_method(VM *vm, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"sep", "bytes_per_sep", NULL};
    Value a[2] = {VAL_NULL, VAL_NULL};
    if (vm_parse_args(vm, "hex", args + 1, nargs - 1, kw, names, 0, 0, a) < 0) return VAL_ERROR;
    char sep = 0;
    bool has_sep = false;
    int64_t per = 1;
    if (!val_is_null(a[0])) {
        /* CPython's order: the length of any object, then its type */
        int64_t sn = obj_len(vm, a[0]);
        if (sn < 0) return VAL_ERROR;
        if (sn != 1) return vm_raise(vm, &type_ValueError, "sep must be length 1.");
        uint8_t c;
        if (val_is_str(a[0])) c = (uint8_t)as_str(a[0])->data[0];
        else if (is_bytes(a[0])) c = as_bytes(a[0])->data[0];
        else return vm_raise(vm, &type_TypeError, "sep must be str or bytes.");
        if (c > 0x7f) return vm_raise(vm, &type_ValueError, "sep must be ASCII.");
        sep = (char)c;
        has_sep = true;
    }
    if (!val_is_null(a[1]) && obj_index_i64(vm, a[1], &per, &type_OverflowError) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    StrBuf sb;
    sb_init(&sb);
    int64_t group = per < 0 ? -per : per;
    for (size_t i = 0; i < n; i++) {
        if (has_sep && i > 0 && group > 0) {
            /* positive: groups counted from the right; negative: from the left */
            bool boundary = per > 0 ? (n - i) % (size_t)group == 0 : i % (size_t)group == 0;
            if (boundary) sb_addc(&sb, sep);
        }
        sb_addf(&sb, "%02x", d[i]);
    }
    return sb_finish(vm, &sb);
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value b_fromhex(VM *vm, Value *args, int nargs, Value kw) {
    bool ba = val_is_obj(args[0]) && type_is_subtype((Type *)val_as_obj(args[0]), &type_bytearray);
    if (vm_check_args(vm, ba ? "bytearray.fromhex" : "bytes.fromhex", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "fromhex() argument must be str, not %T", args[1]);
    const uint8_t *s = (const uint8_t *)as_str(args[1])->data;
    size_t n = as_str(args[1])->size;
    StrBuf sb;
    sb_init(&sb);
    for (size_t i = 0; i < n;) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') {
            i++;
            continue;
        }
        int hi = hexval(s[i]), lo = i + 1 < n ? hexval(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            sb_free(&sb);
            size_t pos = utf8_count((const char *)s, hi < 0 ? i : i + 1);
            return vm_raise(vm, &type_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", pos);
        }
        sb_addc(&sb, (char)(hi * 16 + lo));
        i += 2;
    }
    Type *cls = (Type *)val_as_obj(args[0]);
    Value r = type_is_subtype(cls, &type_bytearray) ? bytearray_new(vm, sb.data ? sb.data : "", sb.len)
                                                    : bytes_new(vm, sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    if (val_is_error(r) || cls == &type_bytes || cls == &type_bytearray) return r;
    return obj_call1(vm, args[0], r);
}

static Value b_decode(VM *vm, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value a[2] = {VAL_NULL, VAL_NULL};
    if (vm_parse_args(vm, "decode", args + 1, nargs - 1, kw, names, 0, 0, a) < 0) return VAL_ERROR;
    for (int i = 0; i < 2; i++)
        if (!val_is_null(a[i]) && !val_is_str(a[i]))
            return vm_raise(vm, &type_TypeError, "decode() argument '%s' must be str, not %s", names[i],
                            val_is_none(a[i]) ? "None" : type_name(val_type(a[i])));
    VIEW(args[0], d, n);
    return bytes_decode(vm, d, n, val_is_null(a[0]) ? "utf-8" : str_cstr(a[0]),
                        val_is_null(a[1]) ? "strict" : str_cstr(a[1]));
}

static Value b_getnewargs(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "__getnewargs__", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    VIEW(args[0], d, n);
    Value b = bytes_new(vm, d, n);
    if (val_is_error(b)) return b;
    return tuple_pack(vm, 1, b);
}

/* ---- slots ---- */

static Value bytes_richcompare(VM *vm, Value a, Value b, int op) {
    const uint8_t *x, *y;
    size_t xn, yn;
    /* bytes compares with bytes only; bytearray with any buffer */
    if (!is_bytearray(a) && !is_bytes(b)) return VAL_NOTIMPL;
    if (!bytes_view(a, &x, &xn) || !bytes_view(b, &y, &yn)) return VAL_NOTIMPL;
    if (op == CMPOP_EQ || op == CMPOP_NE) {
        bool eq = xn == yn && memcmp(x, y, xn) == 0;
        return val_from_bool(op == CMPOP_EQ ? eq : !eq);
    }
    size_t m = xn < yn ? xn : yn;
    int c = memcmp(x, y, m);
    if (c == 0) c = xn < yn ? -1 : xn > yn;
    switch (op) {
    case CMPOP_LT: return val_from_bool(c < 0);
    case CMPOP_LE: return val_from_bool(c <= 0);
    case CMPOP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

static int64_t bytes_hash(VM *vm, Value self) {
    BytesObj *b = as_bytes(self);
    if (b->hash == -1) b->hash = hash_bytes(b->data, b->len);
    return b->hash;
}

static int64_t bytes_len(VM *vm, Value self) {
    VIEW(self, d, n);
    (void)d;
    return (int64_t)n;
}

static Value bytes_getitem(VM *vm, Value self, Value key) {
    VIEW(self, d, n);
    if (is_index_like(key)) {
        int64_t i;
        if (obj_index_i64(vm, key, &i, &type_IndexError) < 0) return VAL_ERROR;
        if (i < 0) i += (int64_t)n;
        if (i < 0 || i >= (int64_t)n)
            return vm_raise(vm, &type_IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
        return val_from_small(d[i]);
    }
    if (val_is_slice(key)) {
        int64_t start, stop, step;
        int64_t len = slice_indices(vm, key, (int64_t)n, &start, &stop, &step);
        if (len < 0) return VAL_ERROR;
        bytes_view(self, &d, &n);   /* __index__ may have resized a bytearray */
        if (step == 1) return like_self(vm, self, d + start, (size_t)len);
        StrBuf sb;
        sb_init(&sb);
        for (int64_t i = 0; i < len; i++) sb_addc(&sb, (char)d[start + i * step]);
        return sb_finish_like(vm, self, &sb);
    }
    return vm_raise(vm, &type_TypeError, "%s indices must be integers or slices, not %T",
                    is_bytearray(self) ? "bytearray" : "byte", key);
}

static int bytes_contains(VM *vm, Value self, Value item) {
    const uint8_t *s;
    size_t sn;
    uint8_t one;
    if (!bytes_view(item, &s, &sn)) {
        if (!is_index_like(item)) {
            vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", item);
            return -1;
        }
        if (byte_value(vm, item, &one) < 0) return -1;
        s = &one;
        sn = 1;
    }
    VIEW(self, d, n);
    return mem_find(d, 0, n, s, sn) >= 0;
}

static Value bytes_concat(VM *vm, Value a, Value b) {
    const uint8_t *x, *y;
    size_t xn, yn;
    if (!bytes_view(a, &x, &xn)) return VAL_NOTIMPL;
    if (!bytes_view(b, &y, &yn)) {
        NumberSlots *ns = val_type(b)->number;
        if (ns && ns->add && (val_type(b)->flags & TYPE_HEAP)) {
            Value r = ns->add(vm, a, b);
            if (r != VAL_NOTIMPL) return r;
        }
        return vm_raise(vm, &type_TypeError, "can't concat %T to %T", b, a);
    }
    StrBuf sb;
    sb_init(&sb);
    sb_add(&sb, (const char *)x, xn);
    sb_add(&sb, (const char *)y, yn);
    return sb_finish_like(vm, a, &sb);
}

static Value bytes_repeat_value(VM *vm, Value self, int64_t count) {
    VIEW(self, d, n);
    if (count < 0) count = 0;
    if (n && (uint64_t)count > (uint64_t)INT64_MAX / n)
        return vm_raise(vm, &type_OverflowError, "repeated bytes are too long");
    if (size_too_big(vm, (uint64_t)count * n)) return VAL_ERROR;
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = 0; i < count; i++) sb_add(&sb, (const char *)d, n);
    return sb_finish_like(vm, self, &sb);
}

static Value bytes_mul(VM *vm, Value a, Value b) {
    const uint8_t *d;
    size_t n;
    Value self = bytes_view(a, &d, &n) ? a : b, count = self == a ? b : a;
    if (!bytes_view(self, &d, &n)) return VAL_NOTIMPL;
    if (!is_index_like(count)) {
        if (self != a) return vm_raise(vm, &type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
        NumberSlots *ns = val_type(count)->number;
        if (ns && ns->mul && (val_type(count)->flags & TYPE_HEAP)) {
            Value r = ns->mul(vm, a, b);
            if (r != VAL_NOTIMPL) return r;
        }
        return vm_raise(vm, &type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    int64_t k;
    if (obj_index_i64(vm, count, &k, &type_OverflowError) < 0) return VAL_ERROR;
    if (k == 1 && val_is_type(self, &type_bytes)) return self;
    return bytes_repeat_value(vm, self, k);
}

static Value bytes_mod(VM *vm, Value a, Value b) {
    if (!is_bytes(a) && !is_bytearray(a)) return VAL_NOTIMPL;
    return bytes_printf(vm, a, b, is_bytearray(a));
}

/* ---- iterators ---- */

typedef struct BytesIterObj {
    Obj hdr;
    Value seq;                /* VAL_NULL once exhausted */
    size_t index;
} BytesIterObj;

static Type type_bytes_iterator, type_bytearray_iterator;

static Value bytes_iter(VM *vm, Value self) {
    Type *t = is_bytearray(self) ? &type_bytearray_iterator : &type_bytes_iterator;
    BytesIterObj *it = gc_alloc(vm, t, sizeof(BytesIterObj));
    if (!it) return VAL_ERROR;
    it->seq = self;
    return val_from_obj(it);
}

static Value bytes_iternext(VM *vm, Value self) {
    BytesIterObj *it = (BytesIterObj *)val_as_obj(self);
    if (val_is_null(it->seq)) return VAL_NULL;
    VIEW(it->seq, d, n);
    if (it->index >= n) {
        it->seq = VAL_NULL;
        return VAL_NULL;
    }
    return val_from_small(d[it->index++]);
}

static Value bytes_iter_self(VM *vm, Value self) { return self; }

static void bytes_iter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((BytesIterObj *)o)->seq); }

static Value bytes_iter_length_hint(VM *vm, Value *args, int nargs, Value kw) {
    BytesIterObj *it = (BytesIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->seq)) return val_from_small(0);
    VIEW(it->seq, d, n);
    (void)d;
    return val_from_small(it->index < n ? (int64_t)(n - it->index) : 0);
}

static Value bytes_iter_reduce(VM *vm, Value *args, int nargs, Value kw) {
    BytesIterObj *it = (BytesIterObj *)val_as_obj(args[0]);
    Value empty = tuple_new(vm, 0);
    if (val_is_error(empty)) return empty;
    return iter_reduce_seq(vm, "iter", it->seq, (int64_t)it->index, empty);
}

static Value bytes_iter_setstate(VM *vm, Value *args, int nargs, Value kw) {
    int64_t i;
    if (iter_state_index(vm, args, nargs, &i) < 0) return VAL_ERROR;
    BytesIterObj *it = (BytesIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->seq)) return VAL_NONE;
    VIEW(it->seq, d, n);
    (void)d;
    it->index = (size_t)(i < 0 ? 0 : i > (int64_t)n ? (int64_t)n : i);
    return VAL_NONE;
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint, 0, NULL},
    {"__reduce__", bytes_iter_reduce, 0, NULL},
    {"__setstate__", bytes_iter_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_bytes_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObj),
    .iter = bytes_iter_self,
    .iternext = bytes_iternext,
    .traverse = bytes_iter_traverse,
};

static Type type_bytearray_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "bytearray_iterator",
    .basicsize = sizeof(BytesIterObj),
    .iter = bytes_iter_self,
    .iternext = bytes_iternext,
    .traverse = bytes_iter_traverse,
};

/* ---- construction ---- */

/* The bytes of [src] for bytes()/bytearray() into sb; -1 with an error. */
static int fill_from(VM *vm, StrBuf *sb, Value src, const char *kind) {
    const uint8_t *d;
    size_t n;
    if (bytes_view(src, &d, &n)) {
        sb_add(sb, (const char *)d, n);
        return 0;
    }
    if (val_is_type(src, &type_memoryview)) {
        /* a strided or released view: its items in C order, or the error */
        Value b = memoryview_tobytes(vm, src);
        if (val_is_error(b)) return -1;
        sb_add(sb, (const char *)as_bytes(b)->data, as_bytes(b)->len);
        return 0;
    }
    bool ctor = kind != NULL;
    if (ctor && val_is_str(src)) {
        vm_raise(vm, &type_TypeError, "string argument without an encoding");
        return -1;
    }
    if (ctor && is_index_like(src)) {
        int64_t count;
        if (obj_index_i64(vm, src, &count, &type_OverflowError) < 0) return -1;
        if (count < 0) {
            vm_raise(vm, &type_ValueError, "negative count");
            return -1;
        }
        if (size_too_big(vm, (uint64_t)count)) return -1;
        for (int64_t i = 0; i < count; i++) sb_addc(sb, 0);
        return 0;
    }
    if (!val_type(src)->iter && !val_type(src)->getitem) {
        vm_raise(vm, &type_TypeError, "cannot convert '%T' object to %s", src, kind);
        return -1;
    }
    Value it = obj_iter(vm, src);
    if (val_is_error(it)) return -1;
    gc_push_root(vm, &it);
    int r = 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (val_is_null(x)) break;
        uint8_t b;
        if (val_is_error(x) || byte_value(vm, x, &b) < 0) {
            if (ctor && !val_is_error(x) && vm_exc_matches(vm, &type_ValueError)) {
                vm_clear_exc(vm);
                vm_raise(vm, &type_ValueError, "bytes must be in range(0, 256)");
            }
            r = -1;
            break;
        }
        sb_addc(sb, (char)b);
    }
    gc_pop_roots(vm, 1);
    return r;
}

/* Parse (source, encoding, errors) of bytes()/bytearray() into sb. */
static int construct(VM *vm, const char *kind, Value *args, int nargs, Value kwnames, StrBuf *sb, bool *done_bytes,
                     Value *special) {
    static const char *const names[] = {"source", "encoding", "errors", NULL};
    Value a[3] = {VAL_NULL, VAL_NULL, VAL_NULL};
    *special = VAL_NULL;
    if (vm_parse_args(vm, kind, args, nargs, kwnames, names, 0, 0, a) < 0) return -1;
    for (int i = 1; i < 3; i++)
        if (!val_is_null(a[i]) && !val_is_str(a[i])) {
            vm_raise(vm, &type_TypeError, "%s() argument '%s' must be str, not %s", kind, names[i],
                     val_is_none(a[i]) ? "None" : type_name(val_type(a[i])));
            return -1;
        }
    if (val_is_null(a[0])) {
        if (!val_is_null(a[1]) || !val_is_null(a[2])) {
            vm_raise(vm, &type_TypeError, !val_is_null(a[1]) ? "encoding without a string argument"
                                                            : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (!val_is_null(a[1]) || !val_is_null(a[2])) {
        if (!val_is_str(a[0])) {
            vm_raise(vm, &type_TypeError, !val_is_null(a[1]) ? "encoding without a string argument"
                                                            : "errors without a string argument");
            return -1;
        }
        if (val_is_null(a[1])) {
            vm_raise(vm, &type_TypeError, "string argument without an encoding");
            return -1;
        }
        Value b = str_encode(vm, a[0], str_cstr(a[1]), val_is_null(a[2]) ? "strict" : str_cstr(a[2]));
        if (val_is_error(b)) return -1;
        sb_add(sb, (const char *)as_bytes(b)->data, as_bytes(b)->len);
        return 0;
    }
    if (done_bytes && !val_is_exact_str(a[0])) {
        /* bytes(x) asks x.__bytes__ first */
        bool found = false;
        Value r = call_special(vm, a[0], NAME(vm, __bytes__), NULL, 0, &found);
        if (found) {
            if (val_is_error(r)) return -1;
            if (!is_bytes(r)) {
                vm_raise(vm, &type_TypeError, "__bytes__ returned non-bytes (type %T)", r);
                return -1;
            }
            *special = r;
            *done_bytes = true;
            return 0;
        }
    }
    return fill_from(vm, sb, a[0], kind);
}

static Value bytes_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    StrBuf sb;
    sb_init(&sb);
    bool special = false;
    Value got;
    if (construct(vm, "bytes", args, nargs, kwnames, &sb, &special, &got) < 0) {
        sb_free(&sb);
        return VAL_ERROR;
    }
    if (special) {
        sb_free(&sb);
        if (cls == &type_bytes) return got;
        sb_add(&sb, (const char *)as_bytes(got)->data, as_bytes(got)->len);
    }
    if (sb.failed) {
        sb_free(&sb);
        return vm_raise_nomem(vm);
    }
    uint8_t *p;
    Value r = bytes_alloc(vm, cls, sb.len, &p);
    if (!val_is_error(r) && sb.len) memcpy(p, sb.data, sb.len);
    sb_free(&sb);
    return r;
}

/* ---- bytearray ---- */

static Value bytearray_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    return bytearray_alloc(vm, cls, 0);
}

/* May ba change its length to n? Not while memoryviews of it are alive. */
static int ba_may_resize(VM *vm, ByteArrayObj *ba, size_t n) {
    if (n == ba->len) return 0;
    return buffer_check_resize(vm, &ba->exports, "Existing exports of data: object cannot be re-sized");
}

static int ba_set_contents(VM *vm, ByteArrayObj *ba, const void *data, size_t n) {
    if (ba_may_resize(vm, ba, n) < 0) return -1;
    if (ba_reserve(vm, ba, n) < 0) return -1;
    memmove(ba->data, data, n);
    ba->len = n;
    ba->data[n] = 0;
    return 0;
}

static int bytearray_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    StrBuf sb;
    sb_init(&sb);
    Value dummy;
    int r = construct(vm, "bytearray", args, nargs, kwnames, &sb, NULL, &dummy);
    if (r == 0 && sb.failed) r = (vm_raise_nomem(vm), -1);
    if (r == 0) r = ba_set_contents(vm, as_ba(self), sb.data ? sb.data : "", sb.len);
    sb_free(&sb);
    return r;
}

/* Replace ba[start:stop] (a plain slice) with n bytes. */
static int ba_splice(VM *vm, ByteArrayObj *ba, size_t start, size_t stop, const uint8_t *src, size_t n) {
    if (stop < start) stop = start;
    size_t newlen = ba->len - (stop - start) + n;
    if (ba_may_resize(vm, ba, newlen) < 0) return -1;
    if (ba_reserve(vm, ba, newlen) < 0) return -1;
    memmove(ba->data + start + n, ba->data + stop, ba->len - stop);
    if (n) memcpy(ba->data + start, src, n);
    ba->len = newlen;
    ba->data[newlen] = 0;
    return 0;
}

/* The bytes a slice assignment stores, into sb. */
static int assigned_bytes(VM *vm, Value v, StrBuf *sb) {
    const uint8_t *d;
    size_t n;
    if (bytes_view(v, &d, &n)) {
        sb_add(sb, (const char *)d, n);
        return 0;
    }
    if (is_index_like(v) || val_is_str(v) || (!val_type(v)->iter && !val_type(v)->getitem)) {
        vm_raise(vm, &type_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    return fill_from(vm, sb, v, NULL);
}

static int ba_set_slice(VM *vm, Value self, Value key, Value v) {
    ByteArrayObj *ba = as_ba(self);
    int64_t start, stop, step;
    int64_t len = slice_indices(vm, key, (int64_t)ba->len, &start, &stop, &step);
    if (len < 0) return -1;
    StrBuf sb;
    sb_init(&sb);
    if (!val_is_null(v) && assigned_bytes(vm, v, &sb) < 0) {
        sb_free(&sb);
        return -1;
    }
    int r = 0;
    if (step == 1) {
        r = ba_splice(vm, ba, (size_t)start, (size_t)(stop > start ? stop : start), (uint8_t *)sb.data, sb.len);
    } else if (val_is_null(v) || sb.len == 0) {
        /* delete every step-th byte (assigning nothing deletes too) */
        uint8_t *keep = malloc(ba->len + 1);
        if (!keep) r = (vm_raise_nomem(vm), -1);
        else {
            size_t o = 0;
            for (int64_t i = 0; i < (int64_t)ba->len; i++) {
                bool hit = step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                                    : (i <= start && i > stop && (start - i) % (-step) == 0);
                if (!hit) keep[o++] = ba->data[i];
            }
            r = ba_set_contents(vm, ba, keep, o);
            free(keep);
        }
    } else if ((int64_t)sb.len != len) {
        vm_raise(vm, &type_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                 sb.len, (long long)len);
        r = -1;
    } else {
        for (int64_t i = 0; i < len; i++) ba->data[start + i * step] = (uint8_t)sb.data[i];
    }
    sb_free(&sb);
    return r;
}

static int bytearray_setitem(VM *vm, Value self, Value key, Value v) {
    ByteArrayObj *ba = as_ba(self);
    if (is_index_like(key)) {
        int64_t i;
        if (obj_index_i64(vm, key, &i, &type_IndexError) < 0) return -1;
        /* the value first: its __index__ may change the size */
        uint8_t b = 0;
        if (!val_is_null(v) && byte_value(vm, v, &b) < 0) return -1;
        if (i < 0) i += (int64_t)ba->len;
        if (i < 0 || i >= (int64_t)ba->len) {
            vm_raise(vm, &type_IndexError, "bytearray index out of range");
            return -1;
        }
        if (val_is_null(v)) return ba_splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0);
        ba->data[i] = b;
        return 0;
    }
    if (val_is_slice(key)) return ba_set_slice(vm, self, key, v);
    vm_raise(vm, &type_TypeError, "bytearray indices must be integers or slices, not %T", key);
    return -1;
}

static Value ba_append(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "append", nargs, kw, 1, 1) < 0) return VAL_ERROR;
    uint8_t b;
    if (byte_value(vm, args[1], &b) < 0) return VAL_ERROR;
    ByteArrayObj *ba = as_ba(args[0]);
    if (ba_splice(vm, ba, ba->len, ba->len, &b, 1) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static int ba_extend_with(VM *vm, Value self, Value src) {
    StrBuf sb;
    sb_init(&sb);
    const uint8_t *d;
    size_t n;
    int r;
    if (bytes_view(src, &d, &n)) {
        sb_add(&sb, (const char *)d, n);
        r = 0;
    } else if (!val_type(src)->iter && !val_type(src)->getitem) {
        vm_raise(vm, &type_TypeError, "can't extend bytearray with %T", src);
        r = -1;
    } else {
        gc_push_root(vm, &self);
        r = fill_from(vm, &sb, src, NULL);
        gc_pop_roots(vm, 1);
    }
    ByteArrayObj *ba = as_ba(self);
    if (r == 0) r = ba_splice(vm, ba, ba->len, ba->len, (uint8_t *)sb.data, sb.len);
    sb_free(&sb);
    return r;
}

static Value ba_extend(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "extend", nargs, kw, 1, 1) < 0) return VAL_ERROR;
    return ba_extend_with(vm, args[0], args[1]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value ba_insert(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "insert", nargs, kw, 2, 2) < 0) return VAL_ERROR;
    ByteArrayObj *ba = as_ba(args[0]);
    int64_t i;
    if (obj_index_i64(vm, args[1], &i, &type_OverflowError) < 0) return VAL_ERROR;
    uint8_t b;
    if (byte_value(vm, args[2], &b) < 0) return VAL_ERROR;
    int64_t n = (int64_t)ba->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (ba_splice(vm, ba, (size_t)i, (size_t)i, &b, 1) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value ba_pop(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "pop", nargs, kw, 0, 1) < 0) return VAL_ERROR;
    ByteArrayObj *ba = as_ba(args[0]);
    int64_t i = -1;
    if (nargs > 1 && obj_index_i64(vm, args[1], &i, &type_OverflowError) < 0) return VAL_ERROR;
    if (ba->len == 0) return vm_raise(vm, &type_IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)ba->len;
    if (i < 0 || i >= (int64_t)ba->len) return vm_raise(vm, &type_IndexError, "pop index out of range");
    uint8_t b = ba->data[i];
    if (ba_splice(vm, ba, (size_t)i, (size_t)i + 1, NULL, 0) < 0) return VAL_ERROR;
    return val_from_small(b);
}

static Value ba_remove(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "remove", nargs, kw, 1, 1) < 0) return VAL_ERROR;
    uint8_t b;
    if (byte_value(vm, args[1], &b) < 0) return VAL_ERROR;
    ByteArrayObj *ba = as_ba(args[0]);
    uint8_t *at = ba->len ? memchr(ba->data, b, ba->len) : NULL;
    if (!at) return vm_raise(vm, &type_ValueError, "value not found in bytearray");
    size_t i = (size_t)(at - ba->data);
    if (ba_splice(vm, ba, i, i + 1, NULL, 0) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value ba_clear(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "clear", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    ByteArrayObj *ba = as_ba(args[0]);
    if (ba_may_resize(vm, ba, 0) < 0) return VAL_ERROR;
    ba->len = 0;
    if (ba->data) ba->data[0] = 0;
    return VAL_NONE;
}

static Value ba_copy(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "copy", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    return bytearray_new(vm, as_ba(args[0])->data, as_ba(args[0])->len);
}

static Value ba_reverse(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "reverse", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    ByteArrayObj *ba = as_ba(args[0]);
    for (size_t i = 0, j = ba->len; i + 1 < j; i++, j--) {
        uint8_t t = ba->data[i];
        ba->data[i] = ba->data[j - 1];
        ba->data[j - 1] = t;
    }
    return VAL_NONE;
}

static Value ba_iadd(VM *vm, Value a, Value b) {
    const uint8_t *d;
    size_t n;
    if (!bytes_view(b, &d, &n)) return vm_raise(vm, &type_TypeError, "can't concat %T to %T", b, a);
    if (ba_extend_with(vm, a, b) < 0) return VAL_ERROR;
    return a;
}

static Value ba_imul(VM *vm, Value a, Value b) {
    if (!is_index_like(b)) return vm_raise(vm, &type_TypeError, "can't multiply sequence by non-int of type '%T'", b);
    int64_t k;
    if (obj_index_i64(vm, b, &k, &type_OverflowError) < 0) return VAL_ERROR;
    Value r = bytes_repeat_value(vm, a, k);
    if (val_is_error(r)) return r;
    gc_push_root(vm, &r); /* a resize check may collect */
    int ok = ba_set_contents(vm, as_ba(a), as_ba(r)->data, as_ba(r)->len);
    gc_pop_roots(vm, 1);
    return ok < 0 ? VAL_ERROR : a;
}

/* (type(self), args, state): a latin-1 str before protocol 3 (what
** Python 2 could read), the bytes themselves from 3 on. */
static Value ba_common_reduce(VM *vm, Value self, int64_t proto) {
    Value state = obj_call_method(vm, self, "__getstate__", NULL, 0);
    if (val_is_error(state)) return state;
    gc_push_root(vm, &state);
    ByteArrayObj *ba = as_ba(self);
    const uint8_t *d = ba->data ? ba->data : (const uint8_t *)"";
    Value args;
    if (proto < 3) {
        Value text = bytes_decode(vm, d, ba->len, "latin-1", "strict");
        Value enc = val_is_error(text) ? text : str_from_cstr(vm, "latin-1");
        args = val_is_error(enc) ? enc : tuple_pack(vm, 2, text, enc);
    } else if (ba->len) {
        Value b = bytes_new(vm, d, ba->len);
        args = val_is_error(b) ? b : tuple_pack(vm, 1, b);
    } else {
        args = tuple_new(vm, 0);
    }
    Value r = val_is_error(args) ? args : tuple_pack(vm, 3, val_from_obj(val_type(self)), args, state);
    gc_pop_roots(vm, 1);
    return r;
}

static Value ba_reduce_ex(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "__reduce_ex__", nargs, kw, 1, 1) < 0) return VAL_ERROR;
    int64_t proto;
    if (obj_index_i64(vm, args[1], &proto, &type_OverflowError) < 0) return VAL_ERROR;
    return ba_common_reduce(vm, args[0], proto);
}

static Value ba_reduce(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "__reduce__", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    return ba_common_reduce(vm, args[0], 2);
}

static Value ba_alloc_m(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "__alloc__", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    return val_from_small((int64_t)as_ba(args[0])->cap);
}

/* ---- tables ---- */

#define SHARED_METHODS \
    {"capitalize", b_capitalize, 0, NULL}, {"center", b_center, 0, NULL}, \
    {"count", b_count, 0, NULL}, {"decode", b_decode, 0, NULL}, \
    {"endswith", b_endswith, 0, NULL}, {"expandtabs", b_expandtabs, 0, NULL}, \
    {"find", b_find, 0, NULL}, {"fromhex", b_fromhex, METH_CLASS, NULL}, \
    {"hex", bytes_hex_method, 0, NULL}, {"index", b_index, 0, NULL}, \
    {"isalnum", b_isalnum, 0, NULL}, {"isalpha", b_isalpha, 0, NULL}, \
    {"isascii", b_isascii, 0, NULL}, {"isdigit", b_isdigit, 0, NULL}, \
    {"islower", b_islower, 0, NULL}, {"isspace", b_isspace, 0, NULL}, \
    {"istitle", b_istitle, 0, NULL}, {"isupper", b_isupper, 0, NULL}, \
    {"join", b_join, 0, NULL}, {"ljust", b_ljust, 0, NULL}, \
    {"lower", b_lower, 0, NULL}, {"lstrip", b_lstrip, 0, NULL}, \
    {"maketrans", b_maketrans, METH_STATIC, NULL}, {"partition", b_partition, 0, NULL}, \
    {"replace", b_replace, 0, NULL}, {"removeprefix", b_removeprefix, 0, NULL}, \
    {"removesuffix", b_removesuffix, 0, NULL}, {"rfind", b_rfind, 0, NULL}, \
    {"rindex", b_rindex, 0, NULL}, {"rjust", b_rjust, 0, NULL}, \
    {"rpartition", b_rpartition, 0, NULL}, {"rsplit", b_rsplit, 0, NULL}, \
    {"rstrip", b_rstrip, 0, NULL}, {"split", b_split, 0, NULL}, \
    {"splitlines", b_splitlines, 0, NULL}, {"startswith", b_startswith, 0, NULL}, \
    {"strip", b_strip, 0, NULL}, {"swapcase", b_swapcase, 0, NULL}, \
    {"title", b_title, 0, NULL}, {"translate", b_translate, 0, NULL}, \
    {"upper", b_upper, 0, NULL}, {"zfill", b_zfill, 0, NULL}

static Value b_bytes(VM *vm, Value *args, int nargs, Value kw) {
    if (check_pos(vm, "__bytes__", nargs, kw, 0, 0) < 0) return VAL_ERROR;
    if (val_is_type(args[0], &type_bytes)) return args[0];
    VIEW(args[0], d, n);
    return bytes_new(vm, d, n);
}

static const MethodDef bytes_methods[] = {
    SHARED_METHODS,
    {"__bytes__", b_bytes, 0, NULL},
    {"__getnewargs__", b_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef bytearray_methods[] = {
    SHARED_METHODS,
    {"append", ba_append, 0, NULL}, {"extend", ba_extend, 0, NULL},
    {"insert", ba_insert, 0, NULL}, {"pop", ba_pop, 0, NULL},
    {"remove", ba_remove, 0, NULL}, {"clear", ba_clear, 0, NULL},
    {"copy", ba_copy, 0, NULL}, {"reverse", ba_reverse, 0, NULL},
    {"__alloc__", ba_alloc_m, 0, NULL},
    {"__reduce_ex__", ba_reduce_ex, 0, NULL}, {"__reduce__", ba_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static NumberSlots bytes_number = {
    .add = bytes_concat,
    .mul = bytes_mul,
    .mod = bytes_mod,
};

static NumberSlots bytearray_number = {
    .add = bytes_concat,
    .mul = bytes_mul,
    .mod = bytes_mod,
    .iadd = ba_iadd,
    .imul = ba_imul,
};

Type type_bytes = {
    .hdr = STATIC_TYPE_HDR,
    .name = "bytes",
    .base = &type_object,
    .flags = TYPE_BASETYPE | TYPE_BYTES_SUBCLASS,
    .basicsize = sizeof(BytesObj),
    .repr = bytes_repr,
    .str = bytes_str,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .new_ = bytes_new_slot,
    .number = &bytes_number,
};

Type type_bytearray = {
    .hdr = STATIC_TYPE_HDR,
    .name = "bytearray",
    .base = &type_object,
    .flags = TYPE_BASETYPE,
    .basicsize = sizeof(ByteArrayObj),
    .repr = bytes_repr,
    .str = bytes_str,
    .hash = hash_unhashable,
    .richcompare = bytes_richcompare,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
    .iter = bytes_iter,
    .new_ = bytearray_new_slot,
    .init = bytearray_init,
    .number = &bytearray_number,
    .finalize = bytearray_finalize,
};

int setup_bytes(VM *vm) {
    if (type_add_methods(vm, &type_bytes, bytes_methods) < 0) return -1;
    if (type_add_methods(vm, &type_bytearray, bytearray_methods) < 0) return -1;
    if (dict_set(vm, type_bytearray.dict, NAME(vm, __hash__), VAL_NONE) < 0) return -1;
    if (memoryview_setup(vm) < 0) return -1;
    Type *iters[2] = {&type_bytes_iterator, &type_bytearray_iterator};
    for (int i = 0; i < 2; i++)
        if (type_ready(vm, iters[i]) < 0 || type_add_methods(vm, iters[i], bytes_iter_methods) < 0) return -1;
    return 0;
}

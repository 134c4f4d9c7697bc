/*
** str.c -- the str type (decision 6): UTF-8 text with its length in code
** points cached and an ASCII flag, so that indexing ASCII text is O(1).
** Hashes follow CPython 3.11 under PYTHONHASHSEED=0 (SipHash-1-3 over the
** UCS-1/2/4 form), so sets of strs iterate in CPython's order.
*/
#include <stdlib.h>

#include "str.h"
#include "containers.h"
#include "../compiler/opcodes.h"
#include "../runtime/import.h"
#include "../runtime/names.h"
#include "../runtime/typeobject.h"
#include "unicode_db.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

/* ---- UTF-8 ---- */

int utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_count(const char *s, size_t size) {
    size_t n = 0;
    for (size_t i = 0; i < size; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The byte length of a sequence starting with [c], and its first-byte
** constraints, per the UTF-8 decoder CPython uses (with its reason texts). */
size_t utf8_validate(const unsigned char *s, size_t size, const char **reason, size_t *badlen) {
    size_t i = 0;
    while (i < size) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (n == 0) {
            *reason = "invalid start byte";
            *badlen = 1;
            return i;
        }
        unsigned lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;
        else if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
        for (int k = 1; k < n; k++) {
            if (i + (size_t)k >= size) {
                *reason = "unexpected end of data";
                *badlen = size - i;
                return i;
            }
            unsigned d = s[i + (size_t)k];
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) {
                *reason = "invalid continuation byte";
                *badlen = (size_t)k;
                return i;
            }
        }
        i += (size_t)n;
    }
    return size;
}

/* ---- SipHash-1-3, key 0 ---- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND(v0, v1, v2, v3) \
    do { \
        v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32); \
        v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2; \
        v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0; \
        v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32); \
    } while (0)

/* SipHash-1-3 fed a byte at a time, so that the UCS-2/4 form of a str
** can be hashed without building it. */
typedef struct SipState {
    uint64_t v0, v1, v2, v3;
    uint64_t m;               /* the word being filled */
    size_t count;             /* bytes fed */
} SipState;

static void sip_init(SipState *st) {
    st->v0 = 0x736f6d6570736575ULL;
    st->v1 = 0x646f72616e646f6dULL;
    st->v2 = 0x6c7967656e657261ULL;
    st->v3 = 0x7465646279746573ULL;
    st->m = 0;
    st->count = 0;
}

static void sip_compress(SipState *st, uint64_t m) {
    st->v3 ^= m;
    SIPROUND(st->v0, st->v1, st->v2, st->v3);
    st->v0 ^= m;
}

static inline void sip_byte(SipState *st, uint8_t b) {
    st->m |= (uint64_t)b << (8 * (st->count & 7));
    if ((++st->count & 7) == 0) {
        sip_compress(st, st->m);
        st->m = 0;
    }
}

static uint64_t sip_finish(SipState *st) {
    sip_compress(st, st->m | ((uint64_t)st->count << 56));
    st->v2 ^= 0xff;
    SIPROUND(st->v0, st->v1, st->v2, st->v3);
    SIPROUND(st->v0, st->v1, st->v2, st->v3);
    SIPROUND(st->v0, st->v1, st->v2, st->v3);
    return st->v0 ^ st->v1 ^ st->v2 ^ st->v3;
}

uint64_t siphash13(const void *data, size_t len) {
    const uint8_t *p = data;
    SipState st;
    sip_init(&st);
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t m = 0;
        for (int k = 7; k >= 0; k--) m = (m << 8) | p[i + (size_t)k];
        sip_compress(&st, m);
    }
    st.count = i;
    for (; i < len; i++) sip_byte(&st, p[i]);
    return sip_finish(&st);
}

int64_t hash_bytes(const void *data, size_t len) {
    if (len == 0) return 0;
    int64_t h = (int64_t)siphash13(data, len);
    return h == -1 ? -2 : h;
}

/* CPython hashes the narrowest fixed-width form (1, 2 or 4 bytes a char). */
static int64_t hash_wide(const StrObj *s) {
    uint32_t maxcp = 0, cp;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size;
    while (p < end) {
        p += utf8_decode(p, &cp);
        if (cp > maxcp) maxcp = cp;
    }
    size_t kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    SipState st;
    sip_init(&st);
    for (p = (const unsigned char *)s->data; p < end;) {
        p += utf8_decode(p, &cp);
        for (size_t k = 0; k < kind; k++) sip_byte(&st, (uint8_t)(cp >> (8 * k)));
    }
    int64_t h = (int64_t)sip_finish(&st);
    return h == -1 ? -2 : h;
}

int64_t str_hash(Value v) {
    StrObj *s = as_str(v);
    if (s->hash != -1) return s->hash;
    s->hash = s->ascii ? hash_bytes(s->data, s->size) : hash_wide(s);
    return s->hash;
}

/* ---- making strs ---- */

StrObj *str_alloc(VM *vm, Type *cls, size_t size) {
    if (size > (size_t)INT64_MAX / 2) {
        vm_raise_nomem(vm);
        return NULL;
    }
    StrObj *s = cls == &type_str ? gc_alloc(vm, cls, sizeof(StrObj) + size + 1)
                                 : gc_alloc_instance(vm, cls, sizeof(StrObj) + size + 1);
    if (!s) return NULL;
    s->data = (char *)(s + 1);
    s->hash = -1;
    s->size = size;
    s->data[size] = 0;
    return s;
}

static bool bytes_all_ascii(const char *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)p[i] >= 0x80) return false;
    return true;
}

Value str_seal(StrObj *s) {
    s->ascii = bytes_all_ascii(s->data, s->size);
    s->len = s->ascii ? s->size : utf8_count(s->data, s->size);
    return val_from_obj(s);
}

/* The empty str and the one-character strs of Latin-1 are static objects,
** shared and never freed (outside the GC's list; marking them is a no-op
** past the first time). */
#define SMALL_STR_SIZE (sizeof(StrObj) + 8)   /* keeps every row aligned */
static _Alignas(StrObj) unsigned char small_strs[257][SMALL_STR_SIZE];

static void small_strs_init(void) {
    for (int c = 0; c < 257; c++) {
        StrObj *s = (StrObj *)small_strs[c];
        if (s->hdr.type) continue;
        s->hdr.type = &type_str;
        s->hdr.flags = OBJ_STATIC;
        s->data = (char *)(s + 1);
        s->hash = -1;
        if (c == 256) {
            s->ascii = 1;
            continue;
        }
        s->size = (size_t)utf8_encode((uint32_t)c, s->data);
        s->data[s->size] = 0;
        s->len = 1;
        s->ascii = c < 0x80;
    }
}

/* The shared str for text of one Latin-1 character or none; VAL_NULL if not. */
static bool small_strs_ready;

static Value small_str(const char *utf8, size_t size) {
    const unsigned char *p = (const unsigned char *)utf8;
    if (!small_strs_ready) {
        small_strs_init();
        small_strs_ready = true;
    }
    if (size == 0) return val_from_obj(small_strs[256]);
    if (size == 1 && p[0] < 0x80) return val_from_obj(small_strs[p[0]]);
    if (size == 2 && (p[0] == 0xC2 || p[0] == 0xC3)) return val_from_obj(small_strs[((p[0] & 3) << 6) | (p[1] & 0x3F)]);
    return VAL_NULL;
}

static bool is_static_str(Value s) { return (val_as_obj(s)->flags & OBJ_STATIC) != 0; }

Value str_new_of(VM *vm, Type *cls, const char *utf8, size_t size) {
    if (cls == &type_str && size <= 2) {
        Value r = small_str(utf8, size);
        if (!val_is_null(r)) return r;
    }
    StrObj *s = str_alloc(vm, cls, size);
    if (!s) return VAL_ERROR;
    if (size) memcpy(s->data, utf8, size);
    return str_seal(s);
}

Value str_new(VM *vm, const char *utf8, size_t size) { return str_new_of(vm, &type_str, utf8, size); }

Value str_new_len(VM *vm, const char *utf8, size_t size, size_t len) {
    if (size <= 2) {
        Value r = small_str(utf8, size);
        if (!val_is_null(r)) return r;
    }
    StrObj *s = str_alloc(vm, &type_str, size);
    if (!s) return VAL_ERROR;
    if (size) memcpy(s->data, utf8, size);
    s->len = len;
    s->ascii = len == size;
    return val_from_obj(s);
}

Value str_from_cstr(VM *vm, const char *s) { return str_new(vm, s, strlen(s)); }

Value str_from_codepoint(VM *vm, uint32_t cp) {
    char buf[4];
    int n = utf8_encode(cp, buf);
    return str_new_len(vm, buf, (size_t)n, 1);
}

Value str_exact(VM *vm, Value s) {
    if (val_is_exact_str(s)) return s;
    return str_new_len(vm, as_str(s)->data, as_str(s)->size, as_str(s)->len);
}

/* ---- appending: strs that share a growable buffer ----
**
** A str is immutable, and there is no reference count to tell that the
** left operand of `s += t` is used nowhere else. So concatenation builds a
** long result in a StrBuffer with spare room and returns a str that views
** its prefix (STR_SHARED). When the left operand of the next + is the view
** of the whole filled part (its size equals the buffer's fill), the right
** operand is copied after it in place: every other view of the buffer is
** shorter, so none sees its bytes change, and `s += t` in a loop is linear.
** Only the view at the fill has its NUL; str_cstr gives a view its own copy
** first (STR_OWNED), since C callers keep that pointer. The views count
** their buffer's users, and the last one to be finalized frees it, so the
** buffer needs no tracing. */

enum { STR_INLINE = 0, STR_SHARED = 1, STR_OWNED = 2 };

#define STR_SHARE_MIN 128     /* shorter results are plain copies */

typedef struct StrBuffer {
    size_t users;             /* the views of it still alive */
    size_t fill;              /* bytes in use; data[fill] is a NUL */
    size_t cap;               /* room for bytes, the NUL not counted */
    char data[];
} StrBuffer;

/* The buffer a STR_SHARED str views; kept right after the StrObj. */
static inline StrBuffer **str_owner(StrObj *s) { return (StrBuffer **)(s + 1); }

static void str_buffer_release(StrBuffer *b) {
    if (--b->users == 0) free(b);
}

/* Give a shared str its own NUL-terminated copy of its bytes. */
static void str_unshare(StrObj *s) {
    char *own = malloc(s->size + 1);
    if (!own) return;         /* keeps the view: its bytes stay right */
    memcpy(own, s->data, s->size);
    own[s->size] = 0;
    str_buffer_release(*str_owner(s));
    s->data = own;
    s->storage = STR_OWNED;
}

/* Whether [s] views all that its buffer holds and [more] bytes still fit. */
static bool str_can_extend(StrObj *s, size_t more) {
    if (s->storage != STR_SHARED) return false;
    StrBuffer *b = *str_owner(s);
    return b->fill == s->size && b->cap - b->fill >= more;
}

/* A str of [size] bytes viewing buffer [b] (filled already). */
static Value str_view(VM *vm, StrBuffer *b, size_t size, size_t len, bool ascii) {
    StrObj *r = gc_alloc(vm, &type_str, sizeof(StrObj) + sizeof(StrBuffer *));
    if (!r) return VAL_ERROR;
    r->hash = -1;
    r->size = size;
    r->len = len;
    r->ascii = ascii;
    r->storage = STR_SHARED;
    r->data = b->data;
    *str_owner(r) = b;
    b->users++;
    return val_from_obj(r);
}

/* x + y into a new buffer: room for half as much again when x was already
** growing in one (a loop of appends), a little otherwise. */
static Value str_concat_shared(VM *vm, StrObj *x, StrObj *y) {
    size_t size = x->size + y->size;
    size_t cap = x->storage == STR_SHARED ? size + size / 2 + 64 : size + size / 8 + 64;
    StrBuffer *b = gc_malloc(vm, sizeof(StrBuffer) + cap + 1);
    if (!b) return VAL_ERROR;
    b->users = 0;
    b->cap = cap;
    memcpy(b->data, x->data, x->size);
    memcpy(b->data + x->size, y->data, y->size);
    b->fill = size;
    b->data[size] = 0;
    Value r = str_view(vm, b, size, x->len + y->len, x->ascii && y->ascii);
    if (val_is_error(r)) free(b);
    return r;
}

/* x + y written after x in x's own buffer. */
static Value str_concat_in_place(VM *vm, StrObj *x, StrObj *y) {
    StrBuffer *b = *str_owner(x);
    memcpy(b->data + b->fill, y->data, y->size);
    b->fill += y->size;
    b->data[b->fill] = 0;
    Value r = str_view(vm, b, b->fill, x->len + y->len, x->ascii && y->ascii);
    if (val_is_error(r)) {    /* x is the whole again */
        b->fill -= y->size;
        b->data[b->fill] = 0;
    }
    return r;
}

Value str_intern(VM *vm, Value s) {
    if (as_str(s)->interned) return s;
    if (as_str(s)->storage == STR_SHARED) str_unshare(as_str(s));
    Value found = dict_get(vm, vm->interned, s);
    if (val_is_error(found)) return found;
    if (!val_is_null(found)) return found;
    if (is_static_str(s)) {
        /* the shared strs outlive any one VM: intern a copy of their own */
        StrObj *c = str_alloc(vm, &type_str, as_str(s)->size);
        if (!c) return VAL_ERROR;
        memcpy(c->data, as_str(s)->data, as_str(s)->size);
        s = str_seal(c);
    }
    s = str_exact(vm, s);
    if (val_is_error(s)) return s;
    as_str(s)->interned = 1;
    if (dict_set(vm, vm->interned, s, s) < 0) return VAL_ERROR;
    return s;
}

Value str_intern_cstr(VM *vm, const char *c) {
    Value s = str_from_cstr(vm, c);
    if (val_is_error(s)) return s;
    return str_intern(vm, s);
}

bool str_eq(Value a, Value b) {
    if (a == b) return true;
    StrObj *x = as_str(a), *y = as_str(b);
    if (x->size != y->size) return false;
    if (x->interned && y->interned) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, x->size) == 0;
}

bool str_eq_cstr(Value s, const char *c) {
    size_t n = strlen(c);
    return as_str(s)->size == n && memcmp(as_str(s)->data, c, n) == 0;
}

const char *str_cstr(Value s) {
    StrObj *o = as_str(s);
    if (o->storage == STR_SHARED) str_unshare(o);
    return o->data;
}

/* ---- code-point positions ---- */

/* Indexing non-ASCII text walks the UTF-8. A small cache of the last
** position looked up in each of a few strs makes sequential access
** (s[i] in a loop, slicing forward) O(1) per step; a str's entry is dropped
** when the str is freed (str_finalize), so a stale pointer never matches. */
typedef struct PosCache {
    const StrObj *s;
    size_t index, offset;
} PosCache;

static PosCache pos_cache[64];

static PosCache *pos_slot(const StrObj *s) { return &pos_cache[((uintptr_t)s >> 5) & 63]; }

/* Random access into long non-ASCII text uses a table of the byte offset of
** every 64th code point, built on first need and kept for a few strs. */
#define MARK_SHIFT 6

typedef struct MarkTable {
    const StrObj *s;
    size_t *marks;            /* malloc'ed: marks[k] is the offset of code point k << MARK_SHIFT */
} MarkTable;

static MarkTable mark_tables[16];

static MarkTable *mark_slot(const StrObj *s) { return &mark_tables[((uintptr_t)s >> 5) & 15]; }

static void str_finalize(Obj *o) {
    StrObj *s = (StrObj *)o;
    if (s->storage == STR_OWNED) free(s->data);
    else if (s->storage == STR_SHARED) str_buffer_release(*str_owner(s));
    PosCache *c = pos_slot((const StrObj *)o);
    if (c->s == (const StrObj *)o) c->s = NULL;
    MarkTable *t = mark_slot((const StrObj *)o);
    if (t->s == (const StrObj *)o) {
        free(t->marks);
        t->marks = NULL;
        t->s = NULL;
    }
}

/* Walk from code point [from] at byte [off] to code point [to]. */
static size_t walk(const unsigned char *p, size_t from, size_t off, size_t to) {
    while (from < to) {
        off++;
        while ((p[off] & 0xC0) == 0x80) off++;
        from++;
    }
    while (from > to) {
        off--;
        while ((p[off] & 0xC0) == 0x80) off--;
        from--;
    }
    return off;
}

static size_t dist(size_t a, size_t b) { return a > b ? a - b : b - a; }

/* The mark table of s, built now if missing; NULL when out of memory. */
static const size_t *str_marks(const StrObj *s) {
    MarkTable *t = mark_slot(s);
    if (t->s == s) return t->marks;
    size_t n = (s->len >> MARK_SHIFT) + 1;
    size_t *m = malloc(n * sizeof *m);
    if (!m) return NULL;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0;
    for (size_t k = 0; k < n; k++) {
        m[k] = off;
        size_t next = (k + 1) << MARK_SHIFT;
        if (k + 1 < n) off = walk(p, k << MARK_SHIFT, off, next);
    }
    free(t->marks);
    t->s = s;
    t->marks = m;
    return m;
}

size_t str_offset(const StrObj *s, size_t index) {
    if (s->ascii) return index;
    if (index >= s->len) return s->size;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t from = 0, off = 0;
    if (s->len - index < index) {
        from = s->len;
        off = s->size;
    }
    PosCache *c = pos_slot(s);
    bool cached = c->s == s;
    if (cached && dist(c->index, index) < dist(from, index)) {
        from = c->index;
        off = c->offset;
    }
    if (dist(from, index) > (4u << MARK_SHIFT)) {
        const size_t *m = str_marks(s);
        if (m) {
            from = index & ~(((size_t)1 << MARK_SHIFT) - 1);
            off = m[index >> MARK_SHIFT];
        }
    }
    off = walk(p, from, off, index);
    if (s->len >= 32) {
        c->s = s;
        c->index = index;
        c->offset = off;
    }
    return off;
}

uint32_t str_char_at(const StrObj *s, size_t index) {
    if (s->ascii) return (unsigned char)s->data[index];
    uint32_t cp;
    utf8_decode((const unsigned char *)s->data + str_offset(s, index), &cp);
    return cp;
}

/* Code points in the first [off] bytes. */
static size_t str_index_of(const StrObj *s, size_t off) {
    return s->ascii ? off : utf8_count(s->data, off);
}

/* A new str from bytes [from, to) of [s], whose code point count is n. */
static Value str_sub(VM *vm, const StrObj *s, size_t from, size_t to, size_t n) {
    if (from == 0 && to == s->size && s->hdr.type == &type_str) return val_from_obj(s);
    return str_new_len(vm, s->data + from, to - from, n);
}

/* ---- repr ---- */

void str_repr_to(StrBuf *sb, const char *s, size_t size) {
    bool has_sq = memchr(s, '\'', size) != NULL, has_dq = memchr(s, '"', size) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    sb_addc(sb, quote);
    const unsigned char *p = (const unsigned char *)s, *end = p + size;
    while (p < end) {
        uint32_t cp;
        const unsigned char *start = p;
        p += utf8_decode(p, &cp);
        if (cp == (uint32_t)quote || cp == '\\') {
            sb_addc(sb, '\\');
            sb_addc(sb, (char)cp);
        } else if (cp == '\n') sb_add(sb, "\\n", 2);
        else if (cp == '\r') sb_add(sb, "\\r", 2);
        else if (cp == '\t') sb_add(sb, "\\t", 2);
        else if (cp < 0x20 || cp == 0x7F) sb_addf(sb, "\\x%02x", cp);
        else if (cp < 0x7F) sb_addc(sb, (char)cp);
        else if (ucd_has(cp, UCD_PRINTABLE)) sb_add(sb, (const char *)start, (size_t)(p - start));
        else if (cp < 0x100) sb_addf(sb, "\\x%02x", cp);
        else if (cp < 0x10000) sb_addf(sb, "\\u%04x", cp);
        else sb_addf(sb, "\\U%08x", cp);
    }
    sb_addc(sb, quote);
}

Value str_repr(VM *vm, Value v) {
    StrBuf sb;
    sb_init(&sb);
    str_repr_to(&sb, as_str(v)->data, as_str(v)->size);
    return sb_finish(vm, &sb);
}

static Value str_str(VM *vm, Value v) { return str_exact(vm, v); }

static int64_t str_hash_slot(VM *vm, Value v) { return str_hash(v); }

/* ---- comparison, length, items ---- */

static int str_compare(const StrObj *a, const StrObj *b) {
    size_t n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->data, b->data, n);
    if (c) return c;
    return a->size < b->size ? -1 : a->size > b->size;
}

static Value str_richcompare(VM *vm, Value a, Value b, int op) {
    if (!val_is_str(a) || !val_is_str(b)) return VAL_NOTIMPL;
    if (op == CMPOP_EQ) return val_from_bool(str_eq(a, b));
    if (op == CMPOP_NE) return val_from_bool(!str_eq(a, b));
    int c = str_compare(as_str(a), as_str(b));
    switch (op) {
    case CMPOP_LT: return val_from_bool(c < 0);
    case CMPOP_LE: return val_from_bool(c <= 0);
    case CMPOP_GT: return val_from_bool(c > 0);
    default: return val_from_bool(c >= 0);
    }
}

static int64_t str_len(VM *vm, Value v) { return (int64_t)as_str(v)->len; }

/* None or an index; INT64 overflow clamps as CPython's _PyEval_SliceIndex. */
static int slice_part(VM *vm, Value v, int64_t *out, bool *none) {
    *none = val_is_none(v);
    if (*none) return 0;
    if (!val_is_intlike(v) && !val_type(v)->number) goto bad;
    if (!val_is_intlike(v) && !val_type(v)->number->index) goto bad;
    return obj_index_i64(vm, v, out, NULL);
bad:
    vm_raise(vm, &type_TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

int slice_get_indices(VM *vm, Value slice, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step, int64_t *slicelen) {
    *slicelen = slice_indices(vm, slice, len, start, stop, step);
    return *slicelen < 0 ? -1 : 0;
}

static Value str_slice(VM *vm, StrObj *s, Value slice) {
    int64_t start, stop, step, n;
    if (slice_get_indices(vm, slice, (int64_t)s->len, &start, &stop, &step, &n) < 0) return VAL_ERROR;
    if (n <= 0) return str_new_len(vm, "", 0, 0);
    if (step == 1) {
        size_t from = str_offset(s, (size_t)start);
        size_t to = str_offset(s, (size_t)stop);
        return str_sub(vm, s, from, to, (size_t)n);
    }
    if (s->ascii) {
        StrObj *r = str_alloc(vm, &type_str, (size_t)n);
        if (!r) return VAL_ERROR;
        for (int64_t i = 0; i < n; i++) r->data[i] = s->data[start + i * step];
        r->len = (size_t)n;
        r->ascii = 1;
        return val_from_obj(r);
    }
    /* non-ASCII with a step: decode once, then pick */
    uint32_t *cps = malloc(s->len * sizeof *cps);
    if (!cps) return vm_raise_nomem(vm);
    const unsigned char *p = (const unsigned char *)s->data;
    for (size_t i = 0; i < s->len; i++) p += utf8_decode(p, &cps[i]);
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = 0; i < n; i++) sb_add_codepoint(&sb, cps[start + i * step]);
    free(cps);
    return sb_finish(vm, &sb);
}

static Value str_getitem(VM *vm, Value self, Value key) {
    StrObj *s = as_str(self);
    if (val_is_int(key) || val_is_intlike(key) ||
        (val_type(key)->number && val_type(key)->number->index)) {
        int64_t i;
        if (obj_index_i64(vm, key, &i, &type_IndexError) < 0) return VAL_ERROR;
        if (i < 0) i += (int64_t)s->len;
        if (i < 0 || i >= (int64_t)s->len)
            return vm_raise(vm, &type_IndexError, "string index out of range");
        if (s->ascii) return str_new_len(vm, s->data + i, 1, 1);
        size_t off = str_offset(s, (size_t)i);
        uint32_t cp;
        int n = utf8_decode((const unsigned char *)s->data + off, &cp);
        return str_new_len(vm, s->data + off, (size_t)n, 1);
    }
    if (val_is_type(key, &type_slice)) return str_slice(vm, s, key);
    return vm_raise(vm, &type_TypeError, "string indices must be integers, not '%T'", key);
}

/* Byte offset of [needle] in [hay] at or after [from], before [to] (the
** match must end by [to]); -1 when absent. */
static int64_t find_bytes(const char *hay, size_t from, size_t to, const char *needle, size_t n) {
    if (to < from || to - from < n) return -1;
    if (n == 0) return (int64_t)from;
    if (n == 1) {
        const char *r = memchr(hay + from, needle[0], to - from);
        return r ? r - hay : -1;
    }
    const char *end = hay + to - n;
    for (const char *p = hay + from; p <= end; p++) {
        p = memchr(p, needle[0], (size_t)(end - p) + 1);
        if (!p) return -1;
        if (memcmp(p, needle, n) == 0) return p - hay;
    }
    return -1;
}

static int64_t rfind_bytes(const char *hay, size_t from, size_t to, const char *needle, size_t n) {
    if (to < from || to - from < n) return -1;
    for (size_t i = to - n + 1; i-- > from;)
        if (memcmp(hay + i, needle, n) == 0) return (int64_t)i;
    return -1;
}

static int str_contains(VM *vm, Value self, Value item) {
    if (!val_is_str(item)) {
        vm_raise(vm, &type_TypeError, "'in <string>' requires string as left operand, not %T", item);
        return -1;
    }
    StrObj *s = as_str(self), *n = as_str(item);
    return find_bytes(s->data, 0, s->size, n->data, n->size) >= 0;
}

/* ---- iterator ---- */

typedef struct StrIterObj {
    Obj hdr;
    Value str;                /* VAL_NULL once exhausted */
    size_t pos;               /* byte offset */
    size_t index;             /* code points done */
} StrIterObj;

/* CPython 3.11 names the iterator of an ASCII str differently. */
static Type type_str_ascii_iterator;

static Value str_iter(VM *vm, Value self) {
    Type *t = as_str(self)->ascii ? &type_str_ascii_iterator : &type_str_iterator;
    StrIterObj *it = gc_alloc(vm, t, sizeof(StrIterObj));
    if (!it) return VAL_ERROR;
    it->str = self;
    return val_from_obj(it);
}

static Value str_iternext(VM *vm, Value self) {
    StrIterObj *it = (StrIterObj *)val_as_obj(self);
    if (val_is_null(it->str)) return VAL_NULL;
    StrObj *s = as_str(it->str);
    if (it->pos >= s->size) {
        it->str = VAL_NULL;
        return VAL_NULL;
    }
    uint32_t cp;
    int n = s->ascii ? 1 : utf8_decode((const unsigned char *)s->data + it->pos, &cp);
    Value r = str_new_len(vm, s->data + it->pos, (size_t)n, 1);
    it->pos += (size_t)n;
    it->index++;
    return r;
}

static void str_iter_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((StrIterObj *)o)->str); }

static Value str_iter_length_hint(VM *vm, Value *args, int nargs, Value kwnames) {
    StrIterObj *it = (StrIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->str)) return val_from_small(0);
    return val_from_small((int64_t)(as_str(it->str)->len - it->index));
}

/* Pickling: (iter, (str,), index) as CPython; __setstate__ moves to a code
** point index. */
static Value str_iter_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    StrIterObj *it = (StrIterObj *)val_as_obj(args[0]);
    Value empty = str_new(vm, "", 0);
    if (val_is_error(empty)) return empty;
    return iter_reduce_seq(vm, "iter", it->str, (int64_t)it->index, empty);
}

static Value str_iter_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    int64_t i;
    if (iter_state_index(vm, args, nargs, &i) < 0) return VAL_ERROR;
    StrIterObj *it = (StrIterObj *)val_as_obj(args[0]);
    if (val_is_null(it->str)) return VAL_NONE;
    StrObj *s = as_str(it->str);
    size_t index = i < 0 ? 0 : (size_t)i > s->len ? s->len : (size_t)i;
    it->index = index;
    it->pos = str_offset(s, index);
    return VAL_NONE;
}

static Value iter_self(VM *vm, Value self);

static Type type_str_ascii_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObj),
    .iter = iter_self,
    .iternext = str_iternext,
    .traverse = str_iter_traverse,
};

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0, NULL},
    {"__reduce__", str_iter_reduce, 0, NULL},
    {"__setstate__", str_iter_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value iter_self(VM *vm, Value self) { return self; }

Type type_str_iterator = {
    .hdr = STATIC_TYPE_HDR,
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObj),
    .iter = iter_self,
    .iternext = str_iternext,
    .traverse = str_iter_traverse,
};

/* ---- operators ---- */

Value str_concat(VM *vm, Value a, Value b) {
    StrObj *x = as_str(a), *y = as_str(b);
    if (y->size == 0 && val_is_exact_str(a)) return a;
    if (x->size == 0 && val_is_exact_str(b)) return b;
    if (x->size > (size_t)INT64_MAX / 2 - y->size) return vm_raise_nomem(vm);
    if (str_can_extend(x, y->size)) return str_concat_in_place(vm, x, y);
    if (x->size + y->size >= STR_SHARE_MIN) return str_concat_shared(vm, x, y);
    StrObj *r = str_alloc(vm, &type_str, x->size + y->size);
    if (!r) return VAL_ERROR;
    memcpy(r->data, x->data, x->size);
    memcpy(r->data + x->size, y->data, y->size);
    r->len = x->len + y->len;
    r->ascii = x->ascii && y->ascii;
    return val_from_obj(r);
}

/* str has no number slot of its own in CPython: + and * come from the
** sequence protocol, tried after both operands' number slots. Here the one
** slot calls the other operand's slot first, then concatenates. */
static Value other_slot_first(VM *vm, Value a, Value b, size_t offset) {
    Value other = b;
    NumberSlots *ns = val_type(other)->number;
    /* only a class's reflected method can still claim the operation */
    if (!ns || !val_is_str(a) || !(val_type(other)->flags & TYPE_HEAP)) return VAL_NOTIMPL;
    BinaryFn fn = *(BinaryFn *)((char *)ns + offset);
    if (!fn || val_is_intlike(other)) return VAL_NOTIMPL;
    return fn(vm, a, b);
}

static Value str_add(VM *vm, Value a, Value b) {
    if (val_is_str(a) && val_is_str(b)) return str_concat(vm, a, b);
    if (!val_is_str(a)) return VAL_NOTIMPL;
    Value r = other_slot_first(vm, a, b, offsetof(NumberSlots, add));
    if (r != VAL_NOTIMPL) return r;
    return vm_raise(vm, &type_TypeError, "can only concatenate str (not \"%s\") to str",
                    val_type(b)->name);
}

Value str_repeat(VM *vm, Value s, int64_t n) {
    StrObj *x = as_str(s);
    if (n <= 0 || x->size == 0) return str_new_len(vm, "", 0, 0);
    if (n == 1 && val_is_exact_str(s)) return s;
    if ((uint64_t)n > (uint64_t)INT64_MAX / x->size)
        return vm_raise(vm, &type_OverflowError, "repeated string is too long");
    size_t total = x->size * (size_t)n;
    StrObj *r = str_alloc(vm, &type_str, total);
    if (!r) return VAL_ERROR;
    if (x->size == 1) memset(r->data, x->data[0], total);
    else {
        memcpy(r->data, x->data, x->size);
        size_t done = x->size;
        while (done < total) {
            size_t k = done < total - done ? done : total - done;
            memcpy(r->data + done, r->data, k);
            done += k;
        }
    }
    r->len = x->len * (size_t)n;
    r->ascii = x->ascii;
    return val_from_obj(r);
}

static Value str_mul(VM *vm, Value a, Value b) {
    Value s = val_is_str(a) ? a : b, count = val_is_str(a) ? b : a;
    if (val_is_str(count)) {
        if (!val_is_str(a)) return VAL_NOTIMPL;
        return vm_raise(vm, &type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    NumberSlots *ns = val_type(count)->number;
    if (!val_is_intlike(count) && !(ns && ns->index)) {
        Value r = other_slot_first(vm, a, b, offsetof(NumberSlots, mul));
        if (r != VAL_NOTIMPL) return r;
        return vm_raise(vm, &type_TypeError, "can't multiply sequence by non-int of type '%T'", count);
    }
    int64_t n;
    if (obj_index_i64(vm, count, &n, &type_OverflowError) < 0) return VAL_ERROR;
    return str_repeat(vm, s, n);
}

static Value str_mod(VM *vm, Value a, Value b) {
    if (!val_is_str(a)) return VAL_NOTIMPL;
    return str_printf(vm, a, b);
}

static NumberSlots str_number = {
    .add = str_add,
    .mul = str_mul,
    .mod = str_mod,
};

/* ---- method helpers ---- */

#define SELF (as_str(args[0]))

static bool has_kw(Value kwnames) { return val_is_obj(kwnames) && as_tuple(kwnames)->len > 0; }

/* positional-only methods: [min, max] arguments after self */
static int check_pos(VM *vm, const char *name, int nargs, Value kwnames, int min, int max) {
    char qual[48];
    if (max == 0 || (min == 1 && max == 1) || has_kw(kwnames)) {
        /* CPython names METH_NOARGS / METH_O methods with their type, and so
        ** the keyword error of positional-only ones */
        snprintf(qual, sizeof qual, "str.%s", name);
        name = qual;
    }
    return vm_check_args(vm, name, nargs - 1, kwnames, min, max);
}

/* The older "takes at least/most" messages of find, count, startswith... */
int check_args_legacy(VM *vm, const char *tname, const char *name, int nargs, Value kwnames, int min, int max) {
    if (has_kw(kwnames)) {
        vm_raise(vm, &type_TypeError, "%s.%s() takes no keyword arguments", tname, name);
        return -1;
    }
    if (nargs < min) {
        vm_raise(vm, &type_TypeError, "%s() takes at least %d argument%s (%d given)", name, min,
                 min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        vm_raise(vm, &type_TypeError, "%s() takes at most %d argument%s (%d given)", name, max,
                 max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

int str_arg_index(VM *vm, Value v, int64_t *out) {
    bool none;
    return slice_part(vm, v, out, &none);
}

/* CPython's ADJUST_INDICES on code-point indices. */
static void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
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

/* Optional start/end arguments at args[i], args[i+1]. */
static int get_range(VM *vm, Value *args, int nargs, int i, int64_t len, int64_t *start, int64_t *end) {
    *start = 0;
    *end = INT64_MAX;
    if (nargs > i && str_arg_index(vm, args[i], start) < 0) return -1;
    if (nargs > i + 1 && !val_is_none(args[i + 1]) && str_arg_index(vm, args[i + 1], end) < 0) return -1;
    if (nargs > i && val_is_none(args[i])) *start = 0;
    adjust_indices(start, end, len);
    return 0;
}

/* The type name CPython's argument errors give: "None" for None itself. */
static const char *arg_type_name(Value v) { return val_is_none(v) ? "None" : val_type(v)->name; }

static Value arg_type_error(VM *vm, const char *fname, int n, const char *want, Value got) {
    return vm_raise(vm, &type_TypeError, "%s() argument %d must be %s, not %s", fname, n, want, arg_type_name(got));
}

/* Decode all code points of [s] into a malloc'ed array. */
static uint32_t *str_decode_all(VM *vm, const StrObj *s) {
    uint32_t *cps = malloc((s->len + 1) * sizeof *cps);
    if (!cps) {
        vm_raise_nomem(vm);
        return NULL;
    }
    const unsigned char *p = (const unsigned char *)s->data;
    for (size_t i = 0; i < s->len; i++) p += utf8_decode(p, &cps[i]);
    return cps;
}

/* ---- find, count, index, startswith ---- */

/* Find [sub] in self[start:end]: the code-point index or -1. */
static int64_t find_in(StrObj *s, StrObj *sub, int64_t start, int64_t end, bool reverse) {
    if (end - start < (int64_t)sub->len) return -1;
    size_t from = str_offset(s, (size_t)start), to = str_offset(s, (size_t)end);
    int64_t off = reverse ? rfind_bytes(s->data, from, to, sub->data, sub->size)
                          : find_bytes(s->data, from, to, sub->data, sub->size);
    if (off < 0) return -1;
    return (int64_t)str_index_of(s, (size_t)off);
}

static Value find_common(VM *vm, Value *args, int nargs, Value kwnames, const char *name,
                         bool reverse, bool raise) {
    if (check_args_legacy(vm, "str", name, nargs - 1, kwnames, 1, 3) < 0) return VAL_ERROR;
    if (!val_is_str(args[1])) return vm_raise(vm, &type_TypeError, "must be str, not %T", args[1]);
    int64_t start, end;
    if (get_range(vm, args, nargs, 2, (int64_t)SELF->len, &start, &end) < 0) return VAL_ERROR;
    int64_t r = find_in(SELF, as_str(args[1]), start, end, reverse);
    if (r < 0 && raise) return vm_raise(vm, &type_ValueError, "substring not found");
    return val_from_small(r);
}

static Value str_find(VM *vm, Value *args, int nargs, Value kw) { return find_common(vm, args, nargs, kw, "find", false, false); }
static Value str_rfind(VM *vm, Value *args, int nargs, Value kw) { return find_common(vm, args, nargs, kw, "rfind", true, false); }
static Value str_index(VM *vm, Value *args, int nargs, Value kw) { return find_common(vm, args, nargs, kw, "index", false, true); }
static Value str_rindex(VM *vm, Value *args, int nargs, Value kw) { return find_common(vm, args, nargs, kw, "rindex", true, true); }

static Value str_count(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_args_legacy(vm, "str", "count", nargs - 1, kwnames, 1, 3) < 0) return VAL_ERROR;
    if (!val_is_str(args[1])) return vm_raise(vm, &type_TypeError, "must be str, not %T", args[1]);
    StrObj *s = SELF, *sub = as_str(args[1]);
    int64_t start, end;
    if (get_range(vm, args, nargs, 2, (int64_t)s->len, &start, &end) < 0) return VAL_ERROR;
    if (end - start < (int64_t)sub->len) return val_from_small(0);
    if (sub->size == 0) return val_from_small(end - start + 1);
    size_t from = str_offset(s, (size_t)start), to = str_offset(s, (size_t)end);
    int64_t n = 0;
    for (int64_t off; (off = find_bytes(s->data, from, to, sub->data, sub->size)) >= 0;) {
        n++;
        from = (size_t)off + sub->size;
    }
    return val_from_small(n);
}

/* Does self[start:end] start (or end) with [sub]? */
static bool tail_match(StrObj *s, StrObj *sub, int64_t start, int64_t end, bool at_end) {
    if (end - start < (int64_t)sub->len) return false;
    if (start > (int64_t)s->len) return false;
    size_t from = str_offset(s, (size_t)start), to = str_offset(s, (size_t)end);
    if (to - from < sub->size) return false;
    const char *p = at_end ? s->data + to - sub->size : s->data + from;
    return memcmp(p, sub->data, sub->size) == 0;
}

static Value startsend(VM *vm, Value *args, int nargs, Value kwnames, const char *name, bool at_end) {
    if (check_args_legacy(vm, "str", name, nargs - 1, kwnames, 1, 3) < 0) return VAL_ERROR;
    int64_t start, end;
    if (get_range(vm, args, nargs, 2, (int64_t)SELF->len, &start, &end) < 0) return VAL_ERROR;
    Value prefix = args[1];
    if (val_is_type(prefix, &type_tuple) || val_isinstance(prefix, &type_tuple)) {
        TupleObj *t = as_tuple(prefix);
        for (size_t i = 0; i < t->len; i++) {
            if (!val_is_str(t->items[i]))
                return vm_raise(vm, &type_TypeError,
                                "tuple for %s must only contain str, not %T", name, t->items[i]);
            if (tail_match(SELF, as_str(t->items[i]), start, end, at_end)) return VAL_TRUE;
        }
        return VAL_FALSE;
    }
    if (!val_is_str(prefix))
        return vm_raise(vm, &type_TypeError, "%s first arg must be str or a tuple of str, not %T",
                        name, prefix);
    return val_from_bool(tail_match(SELF, as_str(prefix), start, end, at_end));
}

static Value str_startswith(VM *vm, Value *args, int nargs, Value kw) { return startsend(vm, args, nargs, kw, "startswith", false); }
static Value str_endswith(VM *vm, Value *args, int nargs, Value kw) { return startsend(vm, args, nargs, kw, "endswith", true); }

/* ---- predicates ---- */

static Value all_chars(VM *vm, Value *args, int nargs, Value kwnames, const char *name,
                       unsigned flags, bool empty_result) {
    if (check_pos(vm, name, nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    StrObj *s = SELF;
    if (s->len == 0) return val_from_bool(empty_result);
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        if (!(ucd_record(cp)->flags & flags)) return VAL_FALSE;
    }
    return VAL_TRUE;
}

static Value str_isalpha(VM *vm, Value *a, int n, Value k) { return all_chars(vm, a, n, k, "isalpha", UCD_ALPHA, false); }
static Value str_isdecimal(VM *vm, Value *a, int n, Value k) { return all_chars(vm, a, n, k, "isdecimal", UCD_DECIMAL, false); }
static Value str_isdigit(VM *vm, Value *a, int n, Value k) { return all_chars(vm, a, n, k, "isdigit", UCD_DIGIT, false); }
static Value str_isnumeric(VM *vm, Value *a, int n, Value k) { return all_chars(vm, a, n, k, "isnumeric", UCD_NUMERIC, false); }
static Value str_isspace(VM *vm, Value *a, int n, Value k) { return all_chars(vm, a, n, k, "isspace", UCD_SPACE, false); }
static Value str_isprintable(VM *vm, Value *a, int n, Value k) { return all_chars(vm, a, n, k, "isprintable", UCD_PRINTABLE, true); }
static Value str_isalnum(VM *vm, Value *a, int n, Value k) {
    return all_chars(vm, a, n, k, "isalnum", UCD_ALPHA | UCD_DECIMAL | UCD_DIGIT | UCD_NUMERIC, false);
}

static Value str_isascii(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "isascii", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_bool(SELF->ascii);
}

/* islower / isupper: no char of the other case (or title), at least one cased */
static Value case_check(VM *vm, Value *args, int nargs, Value kwnames, const char *name,
                        unsigned want, unsigned reject) {
    if (check_pos(vm, name, nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    const unsigned char *p = (const unsigned char *)SELF->data, *end = p + SELF->size;
    bool cased = false;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        unsigned f = ucd_record(cp)->flags;
        if (f & reject) return VAL_FALSE;
        if (f & want) cased = true;
    }
    return val_from_bool(cased);
}

static Value str_islower(VM *vm, Value *a, int n, Value k) { return case_check(vm, a, n, k, "islower", UCD_LOWER, UCD_UPPER | UCD_TITLE); }
static Value str_isupper(VM *vm, Value *a, int n, Value k) { return case_check(vm, a, n, k, "isupper", UCD_UPPER, UCD_LOWER | UCD_TITLE); }

static Value str_istitle(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "istitle", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    const unsigned char *p = (const unsigned char *)SELF->data, *end = p + SELF->size;
    bool cased = false, prev_cased = false;
    while (p < end) {
        uint32_t cp;
        p += utf8_decode(p, &cp);
        unsigned f = ucd_record(cp)->flags;
        if (f & (UCD_UPPER | UCD_TITLE)) {
            if (prev_cased) return VAL_FALSE;
            prev_cased = cased = true;
        } else if (f & UCD_LOWER) {
            if (!prev_cased) return VAL_FALSE;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return val_from_bool(cased);
}

bool str_is_identifier(const StrObj *s) {
    if (s->len == 0) return false;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size;
    uint32_t cp;
    p += utf8_decode(p, &cp);
    if (!(ucd_record(cp)->flags & UCD_XID_START)) return false;
    while (p < end) {
        p += utf8_decode(p, &cp);
        if (!(ucd_record(cp)->flags & UCD_XID_CONTINUE)) return false;
    }
    return true;
}

static Value str_isidentifier(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "isidentifier", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_bool(str_is_identifier(SELF));
}

/* ---- case mapping ---- */

/* Is the capital sigma at cps[i] final (Unicode's Final_Sigma)? */
static bool final_sigma(const uint32_t *cps, size_t n, size_t i) {
    size_t j = i;
    while (j > 0 && ucd_has(cps[j - 1], UCD_CASE_IGNORABLE)) j--;
    if (j == 0 || !ucd_has(cps[j - 1], UCD_CASED)) return false;
    j = i + 1;
    while (j < n && ucd_has(cps[j], UCD_CASE_IGNORABLE)) j++;
    return j == n || !ucd_has(cps[j], UCD_CASED);
}

static void add_lower(StrBuf *sb, const uint32_t *cps, size_t n, size_t i) {
    if (cps[i] == 0x3A3) {
        sb_add_codepoint(sb, final_sigma(cps, n, i) ? 0x3C2 : 0x3C3);
        return;
    }
    uint32_t out[3];
    int k = ucd_map(cps[i], UCD_MAP_LOWER, out);
    for (int j = 0; j < k; j++) sb_add_codepoint(sb, out[j]);
}

static void add_mapped(StrBuf *sb, uint32_t cp, int which) {
    uint32_t out[3];
    int k = ucd_map(cp, which, out);
    for (int j = 0; j < k; j++) sb_add_codepoint(sb, out[j]);
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static char ascii_case(char c, int mode, bool first, bool *prev_cased) {
    bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
    switch (mode) {
    case CASE_LOWER: case CASE_FOLD: return up ? c + 32 : c;
    case CASE_UPPER: return low ? c - 32 : c;
    case CASE_SWAP: return up ? c + 32 : low ? c - 32 : c;
    case CASE_CAPITALIZE: return first ? (low ? c - 32 : c) : (up ? c + 32 : c);
    default: {
        char r = *prev_cased ? (up ? c + 32 : c) : (low ? c - 32 : c);
        *prev_cased = up || low;
        return r;
    }
    }
}

static Value case_ascii(VM *vm, StrObj *s, int mode) {
    StrObj *r = str_alloc(vm, &type_str, s->size);
    if (!r) return VAL_ERROR;
    bool prev = false;
    for (size_t i = 0; i < s->size; i++) r->data[i] = ascii_case(s->data[i], mode, i == 0, &prev);
    r->len = s->len;
    r->ascii = 1;
    return val_from_obj(r);
}

static void case_one(StrBuf *sb, const uint32_t *cps, size_t n, size_t i, int mode, bool *prev) {
    uint32_t c = cps[i];
    unsigned f = ucd_record(c)->flags;
    switch (mode) {
    case CASE_LOWER: add_lower(sb, cps, n, i); break;
    case CASE_UPPER: add_mapped(sb, c, UCD_MAP_UPPER); break;
    case CASE_FOLD: add_mapped(sb, c, UCD_MAP_FOLD); break;
    case CASE_SWAP:
        if (f & UCD_UPPER) add_lower(sb, cps, n, i);
        else if (f & UCD_LOWER) add_mapped(sb, c, UCD_MAP_UPPER);
        else sb_add_codepoint(sb, c);
        break;
    case CASE_CAPITALIZE:
        if (i == 0) add_mapped(sb, c, UCD_MAP_TITLE);
        else add_lower(sb, cps, n, i);
        break;
    default:
        if (*prev) add_lower(sb, cps, n, i);
        else add_mapped(sb, c, UCD_MAP_TITLE);
        *prev = (f & UCD_CASED) != 0;
        break;
    }
}

static Value case_convert(VM *vm, Value *args, int nargs, Value kwnames, const char *name, int mode) {
    if (check_pos(vm, name, nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    StrObj *s = SELF;
    if (s->ascii) return case_ascii(vm, s, mode);
    uint32_t *cps = str_decode_all(vm, s);
    if (!cps) return VAL_ERROR;
    StrBuf sb;
    sb_init(&sb);
    bool prev = false;
    for (size_t i = 0; i < s->len; i++) {
        if (cps[i] < 0x80) sb_addc(&sb, ascii_case((char)cps[i], mode, i == 0, &prev));
        else case_one(&sb, cps, s->len, i, mode, &prev);
    }
    free(cps);
    return sb_finish(vm, &sb);
}

static Value str_lower(VM *vm, Value *a, int n, Value k) { return case_convert(vm, a, n, k, "lower", CASE_LOWER); }
static Value str_upper(VM *vm, Value *a, int n, Value k) { return case_convert(vm, a, n, k, "upper", CASE_UPPER); }
static Value str_casefold(VM *vm, Value *a, int n, Value k) { return case_convert(vm, a, n, k, "casefold", CASE_FOLD); }
static Value str_swapcase(VM *vm, Value *a, int n, Value k) { return case_convert(vm, a, n, k, "swapcase", CASE_SWAP); }
static Value str_title(VM *vm, Value *a, int n, Value k) { return case_convert(vm, a, n, k, "title", CASE_TITLE); }
static Value str_capitalize(VM *vm, Value *a, int n, Value k) { return case_convert(vm, a, n, k, "capitalize", CASE_CAPITALIZE); }

/* ---- padding ---- */

int arg_ssize(VM *vm, Value v, int64_t *out) {
    if (val_is_int(v)) {
        *out = val_as_int(v);
        return 0;
    }
    Value i = obj_index(vm, v);
    if (val_is_error(i)) return -1;
    if (int_as_i64(vm, i, out) == 0) return 0;
    vm_clear_exc(vm);
    vm_raise(vm, &type_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

int arg_cint(VM *vm, Value v, int64_t *out) {
    Value i = obj_index(vm, v);
    if (val_is_error(i)) return -1;
    if (int_as_i64(vm, i, out) == 0 && *out >= INT32_MIN && *out <= INT32_MAX) return 0;
    vm_clear_exc(vm);
    vm_raise(vm, &type_OverflowError, "Python int too large to convert to C int");
    return -1;
}

bool size_too_big(VM *vm, uint64_t bytes) {
    if (bytes < ((uint64_t)1 << 40)) return false;
    vm_raise_nomem(vm);
    return true;
}

static int get_width(VM *vm, Value v, int64_t *out) { return arg_ssize(vm, v, out); }

static Value pad(VM *vm, StrObj *s, Value self, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_exact(vm, self);
    char f[4];
    int fn = utf8_encode(fill, f);
    if (size_too_big(vm, (uint64_t)(left + right) * (uint64_t)fn + s->size)) return VAL_ERROR;
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = 0; i < left; i++) sb_add(&sb, f, (size_t)fn);
    sb_add(&sb, s->data, s->size);
    for (int64_t i = 0; i < right; i++) sb_add(&sb, f, (size_t)fn);
    return sb_finish(vm, &sb);
}

static Value justify(VM *vm, Value *args, int nargs, Value kwnames, const char *name, char how) {
    if (check_pos(vm, name, nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    int64_t width;
    if (get_width(vm, args[1], &width) < 0) return VAL_ERROR;
    uint32_t fill = ' ';
    if (nargs > 2) {
        if (!val_is_str(args[2]))
            return vm_raise(vm, &type_TypeError, "The fill character must be a unicode character, not %T", args[2]);
        if (as_str(args[2])->len != 1)
            return vm_raise(vm, &type_TypeError, "The fill character must be exactly one character long");
        utf8_decode((const unsigned char *)as_str(args[2])->data, &fill);
    }
    StrObj *s = SELF;
    int64_t marg = width - (int64_t)s->len;
    if (marg <= 0) return str_exact(vm, args[0]);
    if (how == '<') return pad(vm, s, args[0], 0, marg, fill);
    if (how == '>') return pad(vm, s, args[0], marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(vm, s, args[0], left, marg - left, fill);
}

static Value str_ljust(VM *vm, Value *a, int n, Value k) { return justify(vm, a, n, k, "ljust", '<'); }
static Value str_rjust(VM *vm, Value *a, int n, Value k) { return justify(vm, a, n, k, "rjust", '>'); }
static Value str_center(VM *vm, Value *a, int n, Value k) { return justify(vm, a, n, k, "center", '^'); }

static Value str_zfill(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "zfill", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t width;
    if (get_width(vm, args[1], &width) < 0) return VAL_ERROR;
    StrObj *s = SELF;
    if (width <= (int64_t)s->len) return str_exact(vm, args[0]);
    size_t fill = (size_t)(width - (int64_t)s->len);
    if (size_too_big(vm, s->size + fill)) return VAL_ERROR;
    StrObj *r = str_alloc(vm, &type_str, s->size + fill);
    if (!r) return VAL_ERROR;
    bool sign = s->size > 0 && (s->data[0] == '+' || s->data[0] == '-');
    size_t at = sign ? 1 : 0;
    if (sign) r->data[0] = s->data[0];
    memset(r->data + at, '0', fill);
    memcpy(r->data + at + fill, s->data + at, s->size - at);
    return str_seal(r);
}

static Value str_expandtabs(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"tabsize", NULL};
    Value tab = VAL_NULL;
    if (vm_parse_args(vm, "expandtabs", args + 1, nargs - 1, kwnames, names, 0, 0, &tab) < 0) return VAL_ERROR;
    int64_t tabsize = 8;
    if (!val_is_null(tab) && arg_cint(vm, tab, &tabsize) < 0) return VAL_ERROR;
    StrObj *s = SELF;
    StrBuf sb;
    sb_init(&sb);
    int64_t col = 0;
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size;
    while (p < end) {
        uint32_t cp;
        const unsigned char *c = p;
        p += utf8_decode(p, &cp);
        if (cp == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                for (int64_t i = 0; i < n; i++) sb_addc(&sb, ' ');
                col += n;
            }
        } else {
            sb_add(&sb, (const char *)c, (size_t)(p - c));
            col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
        }
    }
    return sb_finish(vm, &sb);
}

/* ---- strip ---- */

static bool in_chars(uint32_t cp, const StrObj *chars) {
    if (!chars) return ucd_has(cp, UCD_SPACE);
    if (cp < 0x80 && chars->ascii) return memchr(chars->data, (int)cp, chars->size) != NULL;
    char buf[4];
    int n = utf8_encode(cp, buf);
    return find_bytes(chars->data, 0, chars->size, buf, (size_t)n) >= 0;
}

/* which: 1 left, 2 right, 3 both */
static Value strip_common(VM *vm, Value *args, int nargs, Value kwnames, const char *name, int which) {
    if (check_pos(vm, name, nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    StrObj *chars = NULL;
    if (nargs > 1 && !val_is_none(args[1])) {
        if (!val_is_str(args[1]))
            return vm_raise(vm, &type_TypeError, "%s arg must be None or str", name);
        chars = as_str(args[1]);
    }
    StrObj *s = SELF;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t from = 0, to = s->size, dropped = 0; /* code points stripped */
    uint32_t cp;
    if (which & 1) {
        while (from < to) {
            int n = utf8_decode(p + from, &cp);
            if (!in_chars(cp, chars)) break;
            from += (size_t)n;
            dropped++;
        }
    }
    if (which & 2) {
        while (to > from) {
            size_t k = to - 1;
            while ((p[k] & 0xC0) == 0x80) k--;
            utf8_decode(p + k, &cp);
            if (!in_chars(cp, chars)) break;
            to = k;
            dropped++;
        }
    }
    if (from == 0 && to == s->size) return str_exact(vm, args[0]);
    return str_new_len(vm, s->data + from, to - from, s->len - dropped);
}

static Value str_strip(VM *vm, Value *a, int n, Value k) { return strip_common(vm, a, n, k, "strip", 3); }
static Value str_lstrip(VM *vm, Value *a, int n, Value k) { return strip_common(vm, a, n, k, "lstrip", 1); }
static Value str_rstrip(VM *vm, Value *a, int n, Value k) { return strip_common(vm, a, n, k, "rstrip", 2); }

/* ---- split ---- */

static int add_piece(VM *vm, Value list, const char *p, size_t n) {
    Value piece = str_new(vm, p, n);
    if (val_is_error(piece)) return -1;
    return list_append(vm, list, piece);
}

static void list_reverse_items(Value list) {
    ListObj *l = as_list(list);
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

static bool space_at(const unsigned char *p, int *n) {
    uint32_t cp;
    *n = utf8_decode(p, &cp);
    return ucd_has(cp, UCD_SPACE);
}

static int split_whitespace(VM *vm, Value list, StrObj *s, int64_t maxsplit) {
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0, size = s->size;
    int n;
    for (;;) {
        while (i < size && space_at(p + i, &n)) i += (size_t)n;
        if (i >= size) return 0;
        if (maxsplit-- == 0) return add_piece(vm, list, s->data + i, size - i);
        size_t j = i;
        while (j < size && !space_at(p + j, &n)) j += (size_t)n;
        if (add_piece(vm, list, s->data + i, j - i) < 0) return -1;
        i = j;
    }
}

static int rsplit_whitespace(VM *vm, Value list, StrObj *s, int64_t maxsplit) {
    const unsigned char *p = (const unsigned char *)s->data;
    size_t end = s->size;
    int n;
    for (;;) {
        while (end > 0) {
            size_t k = end - 1;
            while ((p[k] & 0xC0) == 0x80) k--;
            if (!space_at(p + k, &n)) break;
            end = k;
        }
        if (end == 0) break;
        if (maxsplit-- == 0) {
            if (add_piece(vm, list, s->data, end) < 0) return -1;
            break;
        }
        size_t start = end;
        while (start > 0) {
            size_t k = start - 1;
            while ((p[k] & 0xC0) == 0x80) k--;
            if (space_at(p + k, &n)) break;
            start = k;
        }
        if (add_piece(vm, list, s->data + start, end - start) < 0) return -1;
        end = start;
    }
    list_reverse_items(list);
    return 0;
}

static int split_sep(VM *vm, Value list, StrObj *s, StrObj *sep, int64_t maxsplit, bool reverse) {
    size_t from = 0, to = s->size;
    while (maxsplit-- != 0) {
        int64_t at = reverse ? rfind_bytes(s->data, from, to, sep->data, sep->size)
                             : find_bytes(s->data, from, to, sep->data, sep->size);
        if (at < 0) break;
        if (reverse) {
            if (add_piece(vm, list, s->data + at + sep->size, to - (size_t)at - sep->size) < 0) return -1;
            to = (size_t)at;
        } else {
            if (add_piece(vm, list, s->data + from, (size_t)at - from) < 0) return -1;
            from = (size_t)at + sep->size;
        }
    }
    if (add_piece(vm, list, s->data + from, to - from) < 0) return -1;
    if (reverse) list_reverse_items(list);
    return 0;
}

static Value split_common(VM *vm, Value *args, int nargs, Value kwnames, const char *name, bool reverse) {
    static const char *const names[] = {"sep", "maxsplit", NULL};
    Value a[2] = {VAL_NULL, VAL_NULL};
    if (vm_parse_args(vm, name, args + 1, nargs - 1, kwnames, names, 0, 0, a) < 0) return VAL_ERROR;
    int64_t maxsplit = -1;
    if (!val_is_null(a[1]) && get_width(vm, a[1], &maxsplit) < 0) return VAL_ERROR;
    StrObj *sep = NULL;
    if (!val_is_null(a[0]) && !val_is_none(a[0])) {
        if (!val_is_str(a[0])) return vm_raise(vm, &type_TypeError, "must be str or None, not %T", a[0]);
        sep = as_str(a[0]);
        if (sep->size == 0) return vm_raise(vm, &type_ValueError, "empty separator");
    }
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    int r = sep ? split_sep(vm, list, SELF, sep, maxsplit, reverse)
          : reverse ? rsplit_whitespace(vm, list, SELF, maxsplit)
                    : split_whitespace(vm, list, SELF, maxsplit);
    return r < 0 ? VAL_ERROR : list;
}

static Value str_split(VM *vm, Value *a, int n, Value k) { return split_common(vm, a, n, k, "split", false); }
static Value str_rsplit(VM *vm, Value *a, int n, Value k) { return split_common(vm, a, n, k, "rsplit", true); }

static Value str_splitlines(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"keepends", NULL};
    Value keep = VAL_NULL;
    if (vm_parse_args(vm, "splitlines", args + 1, nargs - 1, kwnames, names, 0, 0, &keep) < 0) return VAL_ERROR;
    int keepends = 0;
    if (!val_is_null(keep)) {
        if (val_is_float(keep))
            return vm_raise(vm, &type_TypeError, "'float' object cannot be interpreted as an integer");
        keepends = obj_truthy(vm, keep);
        if (keepends < 0) return VAL_ERROR;
    }
    StrObj *s = SELF;
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0, start = 0;
    while (i < s->size) {
        uint32_t cp;
        int n = utf8_decode(p + i, &cp);
        if (!(cp < 0x80 ? (cp == '\n' || cp == '\r' || (cp >= 0x0B && cp <= 0x0C) || (cp >= 0x1C && cp <= 0x1E))
                        : ucd_has(cp, UCD_LINEBREAK))) {
            i += (size_t)n;
            continue;
        }
        size_t eol = i;
        i += (size_t)n;
        if (cp == '\r' && i < s->size && p[i] == '\n') i++;
        if (add_piece(vm, list, s->data + start, (keepends ? i : eol) - start) < 0) return VAL_ERROR;
        start = i;
    }
    if (start < s->size && add_piece(vm, list, s->data + start, s->size - start) < 0) return VAL_ERROR;
    return list;
}

static Value partition_common(VM *vm, Value *args, int nargs, Value kwnames, const char *name, bool reverse) {
    if (check_pos(vm, name, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1])) return vm_raise(vm, &type_TypeError, "must be str, not %T", args[1]);
    StrObj *s = SELF, *sep = as_str(args[1]);
    if (sep->size == 0) return vm_raise(vm, &type_ValueError, "empty separator");
    int64_t at = reverse ? rfind_bytes(s->data, 0, s->size, sep->data, sep->size)
                         : find_bytes(s->data, 0, s->size, sep->data, sep->size);
    Value empty = str_new_len(vm, "", 0, 0);
    if (val_is_error(empty)) return empty;
    Value whole = str_exact(vm, args[0]);
    if (val_is_error(whole)) return whole;
    if (at < 0) return reverse ? tuple_pack(vm, 3, empty, empty, whole) : tuple_pack(vm, 3, whole, empty, empty);
    Value left = str_new(vm, s->data, (size_t)at);
    if (val_is_error(left)) return left;
    Value right = str_new(vm, s->data + at + sep->size, s->size - (size_t)at - sep->size);
    if (val_is_error(right)) return right;
    Value mid = str_exact(vm, args[1]);
    if (val_is_error(mid)) return mid;
    return tuple_pack(vm, 3, left, mid, right);
}

static Value str_partition(VM *vm, Value *a, int n, Value k) { return partition_common(vm, a, n, k, "partition", false); }
static Value str_rpartition(VM *vm, Value *a, int n, Value k) { return partition_common(vm, a, n, k, "rpartition", true); }

/* ---- join ---- */

static Value join_items(VM *vm, StrObj *sep, Value *items, size_t n) {
    size_t total = 0, len = 0;
    bool ascii = sep->ascii;
    for (size_t i = 0; i < n; i++) {
        if (!val_is_str(items[i]))
            return vm_raise(vm, &type_TypeError, "sequence item %zu: expected str instance, %T found",
                            i, items[i]);
        total += as_str(items[i])->size + (i ? sep->size : 0);
        len += as_str(items[i])->len + (i ? sep->len : 0);
        ascii = ascii && as_str(items[i])->ascii;
    }
    if (n == 1 && val_is_exact_str(items[0])) return items[0];
    StrObj *r = str_alloc(vm, &type_str, total);
    if (!r) return VAL_ERROR;
    char *o = r->data;
    for (size_t i = 0; i < n; i++) {
        if (i && sep->size) {
            memcpy(o, sep->data, sep->size);
            o += sep->size;
        }
        memcpy(o, as_str(items[i])->data, as_str(items[i])->size);
        o += as_str(items[i])->size;
    }
    r->len = len;
    r->ascii = ascii;
    return val_from_obj(r);
}

Value str_join(VM *vm, Value sep, Value iterable) {
    Value *items;
    size_t n;
    if (seq_fast(iterable, &items, &n)) return join_items(vm, as_str(sep), items, n);
    if (!val_type(iterable)->iter && !val_type(iterable)->getitem)
        return vm_raise(vm, &type_TypeError, "can only join an iterable");
    Value list = seq_to_list(vm, iterable);
    if (val_is_error(list)) return list;
    gc_push_root(vm, &list);
    Value r = join_items(vm, as_str(sep), as_list(list)->items, as_list(list)->len);
    gc_pop_roots(vm, 1);
    return r;
}

static Value str_join_method(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "join", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return str_join(vm, args[0], args[1]);
}

/* ---- replace, removeprefix, removesuffix ---- */

static Value replace_empty(VM *vm, StrObj *s, StrObj *with, int64_t count) {
    StrBuf sb;
    sb_init(&sb);
    const unsigned char *p = (const unsigned char *)s->data;
    size_t i = 0;
    int64_t done = 0;
    for (;;) {
        if (count < 0 || done < count) {
            sb_add(&sb, with->data, with->size);
            done++;
        }
        if (i >= s->size) break;
        uint32_t cp;
        int n = utf8_decode(p + i, &cp);
        sb_add(&sb, s->data + i, (size_t)n);
        i += (size_t)n;
    }
    return sb_finish(vm, &sb);
}

static Value str_replace(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "replace", nargs, kwnames, 2, 3) < 0) return VAL_ERROR;
    if (!val_is_str(args[1])) return arg_type_error(vm, "replace", 1, "str", args[1]);
    if (!val_is_str(args[2])) return arg_type_error(vm, "replace", 2, "str", args[2]);
    int64_t count = -1;
    if (nargs > 3 && get_width(vm, args[3], &count) < 0) return VAL_ERROR;
    StrObj *s = SELF, *old = as_str(args[1]), *with = as_str(args[2]);
    if (count == 0) return str_exact(vm, args[0]);
    if (old->size == 0) return replace_empty(vm, s, with, count);
    int64_t at = find_bytes(s->data, 0, s->size, old->data, old->size);
    if (at < 0) return str_exact(vm, args[0]);
    StrBuf sb;
    sb_init(&sb);
    size_t from = 0;
    for (int64_t done = 0; at >= 0 && (count < 0 || done < count); done++) {
        sb_add(&sb, s->data + from, (size_t)at - from);
        sb_add(&sb, with->data, with->size);
        from = (size_t)at + old->size;
        at = find_bytes(s->data, from, s->size, old->data, old->size);
    }
    sb_add(&sb, s->data + from, s->size - from);
    return sb_finish(vm, &sb);
}

static Value remove_affix(VM *vm, Value *args, int nargs, Value kwnames, const char *name, bool suffix) {
    if (check_pos(vm, name, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "%s() argument must be str, not %T", name, args[1]);
    StrObj *s = SELF, *a = as_str(args[1]);
    if (a->size == 0 || a->size > s->size) return str_exact(vm, args[0]);
    if (suffix) {
        if (memcmp(s->data + s->size - a->size, a->data, a->size) != 0) return str_exact(vm, args[0]);
        return str_new_len(vm, s->data, s->size - a->size, s->len - a->len);
    }
    if (memcmp(s->data, a->data, a->size) != 0) return str_exact(vm, args[0]);
    return str_new_len(vm, s->data + a->size, s->size - a->size, s->len - a->len);
}

static Value str_removeprefix(VM *vm, Value *a, int n, Value k) { return remove_affix(vm, a, n, k, "removeprefix", false); }
static Value str_removesuffix(VM *vm, Value *a, int n, Value k) { return remove_affix(vm, a, n, k, "removesuffix", true); }

/* ---- translate, maketrans ---- */

/* Append the translation of [cp] by table[cp]. */
static int translate_one(VM *vm, StrBuf *sb, Value table, uint32_t cp) {
    Value key = val_from_small(cp);
    Value r = obj_getitem(vm, table, key);
    if (val_is_error(r)) {
        if (!vm_exc_matches(vm, &type_LookupError)) return -1;
        vm_clear_exc(vm);
        sb_add_codepoint(sb, cp);
        return 0;
    }
    if (val_is_none(r)) return 0;
    if (val_is_intlike(r)) {
        int64_t c;
        if (int_as_i64(vm, r, &c) < 0 || c < 0 || c > 0x10FFFF) {
            vm_clear_exc(vm);
            vm_raise(vm, &type_ValueError, "character mapping must be in range(0x110000)");
            return -1;
        }
        sb_add_codepoint(sb, (uint32_t)c);
        return 0;
    }
    if (val_is_str(r)) {
        sb_add(sb, as_str(r)->data, as_str(r)->size);
        return 0;
    }
    vm_raise(vm, &type_TypeError, "character mapping must return integer, None or str");
    return -1;
}

static Value str_translate(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "translate", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value self = args[0], table = args[1];
    gc_push_root(vm, &self);
    gc_push_root(vm, &table);
    StrBuf sb;
    sb_init(&sb);
    size_t i = 0;
    int r = 0;
    while (i < as_str(self)->size && r == 0) {
        uint32_t cp;
        i += (size_t)utf8_decode((const unsigned char *)as_str(self)->data + i, &cp);
        r = translate_one(vm, &sb, table, cp);
    }
    gc_pop_roots(vm, 2);
    if (r < 0) {
        sb_free(&sb);
        return VAL_ERROR;
    }
    return sb_finish(vm, &sb);
}

static int maketrans_dict(VM *vm, Value d, Value src) {
    Value k, v;
    for (size_t pos = 0; dict_next(src, &pos, &k, &v);) {
        if (val_is_str(k)) {
            if (as_str(k)->len != 1) {
                vm_raise(vm, &type_ValueError, "string keys in translate table must be of length 1");
                return -1;
            }
            uint32_t cp;
            utf8_decode((const unsigned char *)as_str(k)->data, &cp);
            k = val_from_small(cp);
        } else if (!val_is_intlike(k)) {
            vm_raise(vm, &type_TypeError, "keys in translate table must be strings or integers");
            return -1;
        }
        if (dict_set(vm, d, k, v) < 0) return -1;
    }
    return 0;
}

static Value str_maketrans(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, has_kw(kwnames) ? "str.maketrans" : "maketrans", nargs, kwnames, 1, 3) < 0) return VAL_ERROR;
    Value d = dict_new(vm);
    if (val_is_error(d)) return d;
    if (nargs == 1) {
        if (!val_isinstance(args[0], &type_dict))
            return vm_raise(vm, &type_TypeError, "if you give only one argument to maketrans it must be a dict");
        return maketrans_dict(vm, d, args[0]) < 0 ? VAL_ERROR : d;
    }
    if (!val_is_str(args[0]))
        return vm_raise(vm, &type_TypeError, "first maketrans argument must be a string if there is a second argument");
    if (!val_is_str(args[1])) return arg_type_error(vm, "maketrans", 2, "str", args[1]);
    if (nargs > 2 && !val_is_str(args[2])) return arg_type_error(vm, "maketrans", 3, "str", args[2]);
    StrObj *x = as_str(args[0]), *y = as_str(args[1]);
    if (x->len != y->len)
        return vm_raise(vm, &type_ValueError, "the first two maketrans arguments must have equal length");
    const unsigned char *p = (const unsigned char *)x->data, *q = (const unsigned char *)y->data;
    for (size_t i = 0; i < x->len; i++) {
        uint32_t a, b;
        p += utf8_decode(p, &a);
        q += utf8_decode(q, &b);
        if (dict_set(vm, d, val_from_small(a), val_from_small(b)) < 0) return VAL_ERROR;
    }
    if (nargs > 2) {
        StrObj *z = as_str(args[2]);
        p = (const unsigned char *)z->data;
        for (size_t i = 0; i < z->len; i++) {
            uint32_t a;
            p += utf8_decode(p, &a);
            if (dict_set(vm, d, val_from_small(a), VAL_NONE) < 0) return VAL_ERROR;
        }
    }
    return d;
}

/* ---- encode, format, misc ---- */

static Value str_encode_method(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"encoding", "errors", NULL};
    Value a[2] = {VAL_NULL, VAL_NULL};
    if (vm_parse_args(vm, "encode", args + 1, nargs - 1, kwnames, names, 0, 0, a) < 0) return VAL_ERROR;
    for (int i = 0; i < 2; i++)
        if (!val_is_null(a[i]) && !val_is_str(a[i]))
            return vm_raise(vm, &type_TypeError, "encode() argument '%s' must be str, not %s", names[i],
                            arg_type_name(a[i]));
    return str_encode(vm, args[0], val_is_null(a[0]) ? "utf-8" : str_cstr(a[0]),
                      val_is_null(a[1]) ? "strict" : str_cstr(a[1]));
}

static Value str_format_m(VM *vm, Value *args, int nargs, Value kwnames) {
    Value kwargs = VAL_NULL;
    if (has_kw(kwnames)) {
        kwargs = dict_new(vm);
        if (val_is_error(kwargs)) return kwargs;
        TupleObj *kn = as_tuple(kwnames);
        for (size_t i = 0; i < kn->len; i++)
            if (dict_set(vm, kwargs, kn->items[i], args[nargs + (int)i]) < 0) return VAL_ERROR;
    }
    gc_push_root(vm, &kwargs);
    Value r = str_format_method(vm, args[0], args + 1, nargs - 1, kwargs);
    gc_pop_roots(vm, 1);
    return r;
}

static Value str_format_map(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "format_map", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return str_format_method(vm, args[0], NULL, 0, args[1]);
}

static Value str_dunder_format(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "__format__", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_str(args[1])) return arg_type_error(vm, "__format__", 1, "str", args[1]);
    return str_format_spec(vm, args[0], args[1]);
}

static Value str_getnewargs(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "__getnewargs__", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    StrObj *self = as_str(args[0]);       /* a copy, as CPython's */
    Value s = str_new_len(vm, self->data, self->size, self->len);
    if (val_is_error(s)) return s;
    return tuple_pack(vm, 1, s);
}

static Value str_sizeof(VM *vm, Value *args, int nargs, Value kwnames) {
    if (check_pos(vm, "__sizeof__", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    StrObj *s = SELF;
    if (s->ascii) return val_from_small((int64_t)(49 + s->len));
    /* CPython's compact layout: 72 bytes of header, then len + 1 units */
    uint32_t maxcp = 0, cp;
    for (const unsigned char *p = (const unsigned char *)s->data, *end = p + s->size; p < end;) {
        p += utf8_decode(p, &cp);
        if (cp > maxcp) maxcp = cp;
    }
    int64_t kind = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
    return val_from_small(72 + (int64_t)(s->len + 1) * kind);
}

/* ---- str() ---- */

static Value str_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    Value a[3] = {VAL_NULL, VAL_NULL, VAL_NULL};
    if (vm_parse_args(vm, "str", args, nargs, kwnames, names, 0, 0, a) < 0) return VAL_ERROR;
    Value r;
    if (val_is_null(a[1]) && val_is_null(a[2])) {
        r = val_is_null(a[0]) ? str_new_len(vm, "", 0, 0) : obj_str(vm, a[0]);
    } else {
        for (int i = 1; i < 3; i++)
            if (!val_is_null(a[i]) && !val_is_str(a[i]))
                return vm_raise(vm, &type_TypeError, "str() argument '%s' must be str, not %s", names[i],
                                arg_type_name(a[i]));
        const uint8_t *data = (const uint8_t *)"";
        size_t len = 0;
        if (val_is_null(a[0])) {
            /* str(encoding=...) is '' */
        } else if (val_is_str(a[0])) {
            return vm_raise(vm, &type_TypeError, "decoding str is not supported");
        } else if (!bytes_view(a[0], &data, &len)) {
            return vm_raise(vm, &type_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
        }
        r = bytes_decode(vm, data, len, val_is_null(a[1]) ? "utf-8" : str_cstr(a[1]),
                         val_is_null(a[2]) ? "strict" : str_cstr(a[2]));
    }
    if (val_is_error(r) || cls == &type_str) return r;
    return str_new_of(vm, cls, as_str(r)->data, as_str(r)->size);
}

static const MethodDef str_methods[] = {
    {"encode", str_encode_method, 0, NULL},
    {"replace", str_replace, 0, NULL},
    {"split", str_split, 0, NULL},
    {"rsplit", str_rsplit, 0, NULL},
    {"join", str_join_method, 0, NULL},
    {"capitalize", str_capitalize, 0, NULL},
    {"casefold", str_casefold, 0, NULL},
    {"title", str_title, 0, NULL},
    {"center", str_center, 0, NULL},
    {"count", str_count, 0, NULL},
    {"expandtabs", str_expandtabs, 0, NULL},
    {"find", str_find, 0, NULL},
    {"partition", str_partition, 0, NULL},
    {"index", str_index, 0, NULL},
    {"ljust", str_ljust, 0, NULL},
    {"lower", str_lower, 0, NULL},
    {"lstrip", str_lstrip, 0, NULL},
    {"rfind", str_rfind, 0, NULL},
    {"rindex", str_rindex, 0, NULL},
    {"rjust", str_rjust, 0, NULL},
    {"rstrip", str_rstrip, 0, NULL},
    {"rpartition", str_rpartition, 0, NULL},
    {"splitlines", str_splitlines, 0, NULL},
    {"strip", str_strip, 0, NULL},
    {"swapcase", str_swapcase, 0, NULL},
    {"translate", str_translate, 0, NULL},
    {"upper", str_upper, 0, NULL},
    {"startswith", str_startswith, 0, NULL},
    {"endswith", str_endswith, 0, NULL},
    {"removeprefix", str_removeprefix, 0, NULL},
    {"removesuffix", str_removesuffix, 0, NULL},
    {"isascii", str_isascii, 0, NULL},
    {"islower", str_islower, 0, NULL},
    {"isupper", str_isupper, 0, NULL},
    {"istitle", str_istitle, 0, NULL},
    {"isspace", str_isspace, 0, NULL},
    {"isdecimal", str_isdecimal, 0, NULL},
    {"isdigit", str_isdigit, 0, NULL},
    {"isnumeric", str_isnumeric, 0, NULL},
    {"isalpha", str_isalpha, 0, NULL},
    {"isalnum", str_isalnum, 0, NULL},
    {"isidentifier", str_isidentifier, 0, NULL},
    {"isprintable", str_isprintable, 0, NULL},
    {"zfill", str_zfill, 0, NULL},
    {"format", str_format_m, 0, NULL},
    {"format_map", str_format_map, 0, NULL},
    {"__format__", str_dunder_format, 0, NULL},
    {"maketrans", str_maketrans, METH_STATIC, NULL},
    {"__sizeof__", str_sizeof, 0, NULL},
    {"__getnewargs__", str_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_str = {
    .hdr = STATIC_TYPE_HDR,
    .name = "str",
    .base = &type_object,
    .flags = TYPE_BASETYPE | TYPE_STR_SUBCLASS,
    .basicsize = sizeof(StrObj),
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .new_ = str_new_slot,
    .number = &str_number,
    .finalize = str_finalize,
};

int setup_str(VM *vm) {
    if (type_add_methods(vm, &type_str, str_methods) < 0) return -1;
    if (type_add_methods(vm, &type_str_iterator, str_iter_methods) < 0) return -1;
    if (type_ready(vm, &type_str_ascii_iterator) < 0) return -1;
    if (type_add_methods(vm, &type_str_ascii_iterator, str_iter_methods) < 0) return -1;
    return 0;
}

/* ---- codecs written in Python ---- */

/* Call codecs.<fn>(obj, encoding, errors) (lib/codecs.py). */
static Value call_codecs(VM *vm, const char *fn, Value obj, const char *encoding, const char *errors) {
    Value args[3] = {obj, VAL_NULL, VAL_NULL};
    int nroots = 3;
    for (int i = 0; i < nroots; i++) gc_push_root(vm, &args[i]);
    Value r = VAL_ERROR;
    args[1] = str_from_cstr(vm, encoding);
    if (val_is_error(args[1])) goto done;
    args[2] = str_from_cstr(vm, errors);
    if (val_is_error(args[2])) goto done;
    Value mod = import_module(vm, "codecs");
    if (val_is_error(mod)) goto done;
    Value f = obj_getattr_cstr(vm, mod, fn);
    if (val_is_error(f)) goto done;
    r = obj_call(vm, f, args, 3, VAL_NULL);
done:
    gc_pop_roots(vm, nroots);
    return r;
}

Value codec_encode_python(VM *vm, Value s, const char *encoding, const char *errors) {
    return call_codecs(vm, "_str_encode", s, encoding, errors);
}

Value codec_decode_python(VM *vm, const uint8_t *data, size_t len, const char *encoding,
                          const char *errors) {
    Value b = bytes_new(vm, data, len);
    if (val_is_error(b)) return b;
    return call_codecs(vm, "_bytes_decode", b, encoding, errors);
}

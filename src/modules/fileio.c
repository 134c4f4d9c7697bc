/*
** fileio.c -- the builtin open() and the _io module: file objects over the
** VFS (TextIOWrapper, BufferedReader/Writer/Random) and the in-memory
** streams StringIO and BytesIO, all one native object (StreamObj).
**
** A stream holds its whole content in one buffer: raw bytes in binary mode,
** UTF-8 text in text mode (decoded, newlines translated as read). A write
** at the end of a file is kept in a pending buffer that goes to the VFS on
** flush/close, past 64 KiB, before any open() or os call, and when the
** stream is freed; any other write gives the VFS the whole content again.
** So another open() of the same path sees what was written, even when the
** file is never closed.
*/
#include <stdlib.h>

#include "modules/os.h"
#include "objects/buffer.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "runtime/import.h"
#include "runtime/typeobject.h"
#include "runtime/vfs.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

Value io_module_init(VM *vm);
static int ready_stream_types(VM *vm);

enum {
    S_BINARY = 1u << 0,
    S_READ = 1u << 1,
    S_WRITE = 1u << 2,
    S_APPEND = 1u << 3,
    S_CLOSED = 1u << 4,
    S_MEMORY = 1u << 5,       /* StringIO / BytesIO: no file behind */
    S_ASCII = 1u << 6,        /* text: every byte < 0x80, code points == bytes */
    S_CHARPOS = 1u << 7,      /* tell/seek count code points (StringIO) */
    S_UTF8 = 1u << 8,         /* text: the encoding is UTF-8 */
    S_READ_STARTED = 1u << 9, /* a read happened: newlines reports what was seen */
};

/* kinds of line ending seen (the newlines attribute) */
enum { SEEN_LF = 1, SEEN_CR = 2, SEEN_CRLF = 4 };

/* newline= of text streams */
enum { NL_UNIVERSAL, NL_EMPTY, NL_LF, NL_CR, NL_CRLF };

typedef struct StreamObj {
    Obj hdr;
    uint8_t *buf;             /* gc_malloc'ed content */
    size_t len, cap;
    size_t pos;               /* byte offset; may be past len after a seek */
    uint32_t flags;           /* S_* */
    uint8_t newline;          /* NL_* */
    uint8_t seen_nl;          /* SEEN_*: line endings in the decoded text */
    Value name;               /* files: the name given to open() */
    Value path;               /* files: the VFS path (str) */
    Value mode, encoding, errors;
    Value buffer;             /* TextIOWrapper over a Python binary stream */
    /* appends not yet given to the VFS (file bytes, encoded): flushed by
       flush(), close(), a full rewrite, any open() or os call, past
       PENDING_MAX, and when the stream is freed */
    VM *vm;
    char *cpath;              /* malloc'ed copy of path: usable while freeing */
    uint8_t *pend;
    size_t npend, cappend;
    struct StreamObj *pending_next, *pending_prev;
    bool pending_linked;
    int fd;                   /* the descriptor behind a file, or -1 */
    bool closefd;             /* close() closes fd */
} StreamObj;

#define PENDING_MAX 65536

/* Every stream with pending appends, across VMs (each knows its own). */
static StreamObj *pending_streams;

extern Type type_TextIOWrapper, type_BufferedReader, type_BufferedWriter, type_BufferedRandom;
extern Type type_StringIO, type_BytesIO, type_IOStream;

static inline StreamObj *as_stream(Value v) { return (StreamObj *)val_as_obj(v); }
static bool is_stream(Value v) { return val_isinstance(v, &type_IOStream); }

static void stream_traverse(Obj *o, GCVisitor *gv) {
    StreamObj *s = (StreamObj *)o;
    gc_visit(gv, s->name);
    gc_visit(gv, s->path);
    gc_visit(gv, s->mode);
    gc_visit(gv, s->encoding);
    gc_visit(gv, s->errors);
    gc_visit(gv, s->buffer);
}

static void pending_unlink(StreamObj *s) {
    if (!s->pending_linked) return;
    if (s->pending_prev) s->pending_prev->pending_next = s->pending_next;
    else pending_streams = s->pending_next;
    if (s->pending_next) s->pending_next->pending_prev = s->pending_prev;
    s->pending_next = s->pending_prev = NULL;
    s->pending_linked = false;
}

/* Give the pending appends to the VFS. Runs while the GC frees objects
** too: it uses only the stream's own malloc'ed memory. */
static int pending_flush(StreamObj *s) {
    int r = 0;
    if (s->npend && s->cpath) r = vfs_write(s->vm, s->cpath, s->pend, s->npend, true);
    s->npend = 0;
    pending_unlink(s);
    return r;
}

/* Flush every stream's pending appends: before anything that looks at
** the file system (open(), the os functions). */
void fileio_flush_all(void) {
    while (pending_streams) pending_flush(pending_streams);
}

static int pending_add(VM *vm, StreamObj *s, const uint8_t *p, size_t n) {
    if (n == 0) return 0;
    if (s->npend + n > s->cappend) {
        size_t cap = s->cappend ? s->cappend : 4096;
        while (cap < s->npend + n) cap *= 2;
        uint8_t *q = realloc(s->pend, cap);
        if (!q) {
            vm_raise_nomem(vm);
            return -1;
        }
        s->pend = q;
        s->cappend = cap;
    }
    memcpy(s->pend + s->npend, p, n);
    s->npend += n;
    if (!s->pending_linked) {
        s->pending_next = pending_streams;
        s->pending_prev = NULL;
        if (pending_streams) pending_streams->pending_prev = s;
        pending_streams = s;
        s->pending_linked = true;
    }
    return s->npend >= PENDING_MAX ? pending_flush(s) : 0;
}

/* Let go of the stream's descriptor when it owns it. */
static void release_fd(StreamObj *s) {
    if (s->fd >= 0 && s->closefd && s->vm) vfs_fd_close(s->vm, s->fd);
    s->fd = -1;
}

static void stream_finalize(Obj *o) {
    StreamObj *s = (StreamObj *)o;
    pending_flush(s);
    release_fd(s);
    free(s->pend);
    free(s->cpath);
    free(s->buf);
    s->pend = NULL;
    s->cpath = NULL;
    s->buf = NULL;
}

static Value stream_alloc(VM *vm, Type *cls, uint32_t flags) {
    StreamObj *s = gc_alloc_instance(vm, cls, sizeof(StreamObj));
    if (!s) return VAL_ERROR;
    s->flags = flags;
    s->fd = -1;
    s->name = s->path = s->mode = s->encoding = s->errors = s->buffer = VAL_NULL;
    s->newline = NL_UNIVERSAL;
    return val_from_obj(s);
}

/* ---- errors ---- */

static Value raise_unsupported(VM *vm, const char *msg) {
    Value os = import_module(vm, "os");
    if (val_is_error(os)) return os;
    Value cls = obj_getattr_cstr(vm, os, "UnsupportedOperation");
    if (val_is_error(cls)) return cls;
    Value text = str_from_cstr(vm, msg);
    if (val_is_error(text)) return text;
    Value exc = vm_call(vm, cls, &text, 1, VAL_NULL);
    if (val_is_error(exc)) return exc;
    return vm_raise_value(vm, exc);
}

static bool is_text(StreamObj *s) { return !(s->flags & S_BINARY); }

static const char *closed_message(StreamObj *s) {
    return (s->flags & S_MEMORY) && is_text(s) ? "I/O operation on closed file" : "I/O operation on closed file.";
}

static int check_open(VM *vm, StreamObj *s) {
    if (!(s->flags & S_CLOSED)) return 0;
    vm_raise(vm, &type_ValueError, "%s", closed_message(s));
    return -1;
}

static int check_readable(VM *vm, StreamObj *s, const char *what) {
    if (check_open(vm, s) < 0) return -1;
    s->flags |= S_READ_STARTED;
    if (s->flags & S_READ) return 0;
    raise_unsupported(vm, is_text(s) ? "not readable" : what);
    return -1;
}

static int check_writable(VM *vm, StreamObj *s) {
    if (check_open(vm, s) < 0) return -1;
    if (s->flags & S_WRITE) return 0;
    raise_unsupported(vm, is_text(s) ? "not writable" : "write");
    return -1;
}

/* The stream argument of a method: args[0] must be one. */
static StreamObj *self_stream(VM *vm, Value v) {
    if (is_stream(v)) return as_stream(v);
    vm_raise(vm, &type_TypeError, "descriptor requires an '_io' stream object but received a '%T'", v);
    return NULL;
}

/* ---- the buffer ---- */

static int buf_reserve(VM *vm, StreamObj *s, size_t n) {
    if (n <= s->cap) return 0;
    size_t cap = s->cap ? s->cap : 64;
    while (cap < n) cap = cap > SIZE_MAX / 2 ? n : cap * 2;
    uint8_t *b = s->buf ? gc_realloc(vm, s->buf, s->cap, cap) : gc_malloc(vm, cap);
    if (!b) return -1;
    s->buf = b;
    s->cap = cap;
    return 0;
}

/* Write [n] bytes at pos (zero-padding a gap), advancing pos. */
static int buf_write(VM *vm, StreamObj *s, const uint8_t *data, size_t n) {
    if (n == 0) return 0;     /* an empty write past the end pads nothing */
    size_t end = s->pos + n;
    if (buf_reserve(vm, s, end) < 0) return -1;
    if (s->pos > s->len) memset(s->buf + s->len, 0, s->pos - s->len);
    if (n) memcpy(s->buf + s->pos, data, n);
    s->pos = end;
    if (end > s->len) s->len = end;
    return 0;
}

static bool all_ascii(const uint8_t *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (p[i] & 0x80) return false;
    return true;
}

/* Byte offset [n] code points after [from] (clamped to len). */
static size_t utf8_advance(StreamObj *s, size_t from, size_t n) {
    if (from >= s->len) return from;
    if (s->flags & S_ASCII) return n > s->len - from ? s->len : from + n;
    size_t i = from;
    while (i < s->len && n) {
        i++;
        while (i < s->len && (s->buf[i] & 0xC0) == 0x80) i++;
        n--;
    }
    return i;
}

static size_t count_chars(const uint8_t *p, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += (p[i] & 0xC0) != 0x80;
    return c;
}

/* Position as Python sees it (code points for StringIO, else bytes). */
static size_t pos_to_user(StreamObj *s, size_t pos) {
    if (!(s->flags & S_CHARPOS) || (s->flags & S_ASCII)) return pos;
    if (pos <= s->len) return count_chars(s->buf, pos);
    return count_chars(s->buf, s->len) + (pos - s->len);
}

static size_t pos_from_user(StreamObj *s, size_t upos) {
    if (!(s->flags & S_CHARPOS) || (s->flags & S_ASCII)) return upos;
    size_t total = count_chars(s->buf, s->len);
    if (upos >= total) return s->len + (upos - total);
    return utf8_advance(s, 0, upos);
}

/* ---- text conversions ---- */

/* Which line endings [p] holds (SEEN_* bits). */
static uint8_t scan_newlines(const uint8_t *p, size_t n) {
    uint8_t seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') seen |= SEEN_LF;
        else if (p[i] == '\r') {
            if (i + 1 < n && p[i + 1] == '\n') {
                seen |= SEEN_CRLF;
                i++;
            } else {
                seen |= SEEN_CR;
            }
        }
    }
    return seen;
}

static bool records_newlines(StreamObj *s) {
    return s->newline == NL_UNIVERSAL || s->newline == NL_EMPTY;
}

/* Translate "\r\n" and "\r" to "\n" in place; returns the new length. */
static size_t translate_universal(uint8_t *p, size_t n) {
    size_t w = 0;
    for (size_t r = 0; r < n; r++) {
        if (p[r] == '\r') {
            p[w++] = '\n';
            if (r + 1 < n && p[r + 1] == '\n') r++;
        } else {
            p[w++] = p[r];
        }
    }
    return w;
}

/* The text of a write with '\n' replaced by the newline= string; a
** malloc'ed copy in *out when it changed, else *out = NULL. */
static int translate_for_write(VM *vm, StreamObj *s, const uint8_t *p, size_t n, uint8_t **out, size_t *outn) {
    *out = NULL;
    bool memory_universal = (s->flags & S_MEMORY) && s->newline == NL_UNIVERSAL;
    bool to_crlf = s->newline == NL_CRLF, to_cr = s->newline == NL_CR;
    if ((s->flags & S_MEMORY) && records_newlines(s)) s->seen_nl |= scan_newlines(p, n);
    if (!memory_universal && !to_crlf && !to_cr) return 0;
    if (!memchr(p, memory_universal ? '\r' : '\n', n)) return 0;
    uint8_t *q = malloc(2 * n + 1);
    if (!q) return vm_raise_nomem(vm), -1;
    size_t w = 0;
    if (memory_universal) {
        memcpy(q, p, n);
        w = translate_universal(q, n);
    } else {
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') {
                q[w++] = '\r';
                if (to_crlf) q[w++] = '\n';
            } else {
                q[w++] = p[i];
            }
        }
    }
    *out = q;
    *outn = w;
    return 0;
}

/* The bytes to store in the file for [n] bytes of UTF-8 text: a new
** bytes object (encoded) or [p] itself (*copy VAL_NULL). */
static int encode_for_file(VM *vm, StreamObj *s, const uint8_t *p, size_t n, Value *copy) {
    *copy = VAL_NULL;
    if (!is_text(s) || ((s->flags & S_UTF8) && all_ascii(p, n))) return 0;
    Value str = str_new(vm, (const char *)p, n);
    if (val_is_error(str)) return -1;
    Value b = str_encode(vm, str, str_cstr(s->encoding), str_cstr(s->errors));
    if (val_is_error(b)) return -1;
    *copy = b;
    return 0;
}

/* Push [n] bytes of content at [p] to where the stream lives: appended when
** [append], else the whole buffer replaces the file. */
static int sync_out(VM *vm, Value self, const uint8_t *p, size_t n, bool append) {
    StreamObj *s = as_stream(self);
    if (s->flags & S_MEMORY) return 0;
    if (!append) {
        p = s->buf ? s->buf : (const uint8_t *)"";
        n = s->len;
    }
    Value enc;
    if (encode_for_file(vm, s, p, n, &enc) < 0) return -1;
    s = as_stream(self);
    if (!val_is_null(enc)) {
        p = ((BytesObj *)val_as_obj(enc))->data;
        n = ((BytesObj *)val_as_obj(enc))->len;
    }
    if (val_is_obj(s->buffer)) {
        Value b = val_is_null(enc) ? bytes_new(vm, p, n) : enc;
        if (val_is_error(b)) return -1;
        gc_push_root(vm, &self);
        gc_push_root(vm, &b);
        Value r = obj_call_method(vm, s->buffer, "write", &b, 1);
        gc_pop_roots(vm, 2);
        return val_is_error(r) ? -1 : 0;
    }
    int r;
    if (append) {
        r = pending_add(vm, s, p, n);
        if (r < 0 && val_is_obj(vm->exc)) return -1;
    } else {
        /* the whole content supersedes what is pending */
        s->npend = 0;
        pending_unlink(s);
        r = vfs_write(vm, str_cstr(s->path), p, n, false);
    }
    if (r < 0) {
        vm_raise(vm, &type_OSError, "cannot write '%U'", s->path);
        return -1;
    }
    return 0;
}

/* Load [n] raw bytes as the stream's content (decoded for text). */
static int load_content(VM *vm, Value self, const uint8_t *raw, size_t n) {
    StreamObj *s = as_stream(self);
    if (!is_text(s)) {
        s->len = 0;
        s->pos = 0;
        if (buf_write(vm, s, raw, n) < 0) return -1;
        s->pos = 0;
        return 0;
    }
    Value text = bytes_decode(vm, raw, n, str_cstr(s->encoding), str_cstr(s->errors));
    if (val_is_error(text)) return -1;
    s = as_stream(self);
    StrObj *t = as_str(text);
    s->len = 0;
    s->pos = 0;
    if (buf_write(vm, s, (const uint8_t *)t->data, t->size) < 0) return -1;
    if (records_newlines(s)) s->seen_nl = scan_newlines(s->buf, s->len);
    if (s->newline == NL_UNIVERSAL && s->len && memchr(s->buf, '\r', s->len)) s->len = translate_universal(s->buf, s->len);
    s->pos = 0;
    if (t->ascii) s->flags |= S_ASCII;
    else s->flags &= ~S_ASCII;
    return 0;
}

/* ---- reading ---- */

static Value make_chunk(VM *vm, StreamObj *s, size_t from, size_t to) {
    if (to <= from) return is_text(s) ? str_new(vm, "", 0) : bytes_new(vm, "", 0);
    if (is_text(s)) return str_new(vm, (const char *)s->buf + from, to - from);
    return bytes_new(vm, s->buf + from, to - from);
}

/* End of the line starting at [from] by the newline rules. */
static size_t line_end(StreamObj *s, size_t from) {
    const uint8_t *b = s->buf;
    size_t n = s->len;
    if (from >= n) return from;
    uint8_t nl = '\n';
    if (is_text(s) && (s->newline == NL_CR || s->newline == NL_EMPTY)) nl = '\r';
    if (is_text(s) && s->newline == NL_EMPTY) {
        for (size_t i = from; i < n; i++) {
            if (b[i] == '\n') return i + 1;
            if (b[i] == '\r') return i + 1 < n && b[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return n;
    }
    if (is_text(s) && s->newline == NL_CRLF) {
        for (size_t i = from; i + 1 < n; i++) {
            const uint8_t *q = memchr(b + i, '\r', n - i - 1);
            if (!q) break;
            i = (size_t)(q - b);
            if (b[i + 1] == '\n') return i + 2;
        }
        return n;
    }
    const uint8_t *q = memchr(b + from, nl, n - from);
    return q ? (size_t)(q - b) + 1 : n;
}

/* readline with an optional limit (code points for text, bytes otherwise). */
static Value read_line(VM *vm, StreamObj *s, int64_t limit) {
    size_t start = s->pos, end = line_end(s, start);
    if (start >= s->len) return make_chunk(vm, s, 0, 0);
    if (limit >= 0) {
        size_t cut = is_text(s) ? utf8_advance(s, start, (size_t)limit) : start + (size_t)limit;
        if (cut < end) end = cut;
    }
    s->pos = end;
    return make_chunk(vm, s, start, end);
}

/* A size argument: None or an int; -1 means everything. */
static int size_arg(VM *vm, Value v, int64_t *out) {
    *out = -1;
    if (val_is_null(v) || val_is_none(v)) return 0;
    if (!val_is_index(v)) {
        vm_raise(vm, &type_TypeError, "argument should be integer or None, not '%T'", v);
        return -1;
    }
    return obj_index_i64(vm, v, out, &type_OverflowError);
}

static Value m_read(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "read", nargs - 1, kw, 0, 1) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    int64_t n;
    if (!s || check_readable(vm, s, "read") < 0 || size_arg(vm, nargs > 1 ? args[1] : VAL_NULL, &n) < 0)
        return VAL_ERROR;
    if (n < -1 && !is_text(s) && !(s->flags & S_MEMORY))
        return vm_raise(vm, &type_ValueError, "read length must be non-negative or -1");
    size_t start = s->pos;
    if (start >= s->len) return make_chunk(vm, s, 0, 0);
    size_t end = n < 0 ? s->len : is_text(s) ? utf8_advance(s, start, (size_t)n)
                                             : ((uint64_t)n > s->len - start ? s->len : start + (size_t)n);
    s->pos = end;
    return make_chunk(vm, s, start, end);
}

static Value m_readline(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "readline", nargs - 1, kw, 0, 1) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    int64_t n;
    if (!s || check_readable(vm, s, "readline") < 0 || size_arg(vm, nargs > 1 ? args[1] : VAL_NULL, &n) < 0)
        return VAL_ERROR;
    return read_line(vm, s, n);
}

static Value m_readlines(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "readlines", nargs - 1, kw, 0, 1) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    int64_t hint;
    if (!s || check_readable(vm, s, "readlines") < 0 || size_arg(vm, nargs > 1 ? args[1] : VAL_NULL, &hint) < 0)
        return VAL_ERROR;
    Value lst = list_new(vm, 0);
    if (val_is_error(lst)) return lst;
    size_t total = 0;
    while (as_stream(args[0])->pos < as_stream(args[0])->len) {
        s = as_stream(args[0]);
        size_t before = s->pos;
        Value line = read_line(vm, s, -1);
        if (val_is_error(line) || list_append(vm, lst, line) < 0) return VAL_ERROR;
        total += is_text(s) ? as_str(line)->len : as_stream(args[0])->pos - before;
        if (hint > 0 && total > (size_t)hint) break;
    }
    return lst;
}

static Value stream_iternext(VM *vm, Value self) {
    StreamObj *s = as_stream(self);
    if (check_readable(vm, s, "read") < 0) return VAL_ERROR;
    if (s->pos >= s->len) return VAL_NULL;
    return read_line(vm, s, -1);
}

static Value stream_iter(VM *vm, Value self) {
    if (as_stream(self)->flags & S_CLOSED) return vm_raise(vm, &type_ValueError, "I/O operation on closed file.");
    return self;
}

static Value m_readinto(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "readinto", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_readable(vm, s, "readinto") < 0) return VAL_ERROR;
    Buffer b;
    if (!buffer_of(args[1], &b) || b.readonly)
        return vm_raise(vm, &type_TypeError, "readinto() argument must be read-write bytes-like object, not %T", args[1]);
    size_t avail = s->pos < s->len ? s->len - s->pos : 0;
    size_t n = b.len < avail ? b.len : avail;
    if (n) memcpy(b.buf, s->buf + s->pos, n);
    s->pos += n;
    return val_from_small((int64_t)n);
}

/* ---- writing ---- */

static Value write_text(VM *vm, Value self, Value text) {
    StreamObj *s = as_stream(self);
    StrObj *t = as_str(text);
    uint8_t *tr;
    size_t n = t->size;
    if (translate_for_write(vm, s, (const uint8_t *)t->data, t->size, &tr, &n) < 0) return VAL_ERROR;
    const uint8_t *p = tr ? tr : (const uint8_t *)t->data;
    if (s->flags & S_APPEND) s->pos = s->len;
    bool at_end = s->pos == s->len;
    size_t start = s->pos;
    int r = buf_write(vm, s, p, n);
    if (r == 0 && !all_ascii(p, n)) s->flags &= ~S_ASCII;
    free(tr);
    if (r < 0) return VAL_ERROR;
    s = as_stream(self);
    if (sync_out(vm, self, s->buf + start, n, at_end) < 0) return VAL_ERROR;
    return val_from_small((int64_t)t->len);
}

static Value write_bytes(VM *vm, Value self, Value data) {
    const uint8_t *d;
    size_t n;
    if (val_is_str(data) || !bytes_view(data, &d, &n))
        return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", data);
    StreamObj *s = as_stream(self);
    if (s->flags & S_APPEND) s->pos = s->len;
    bool at_end = s->pos == s->len;
    size_t start = s->pos;
    /* the data may be our own buffer's view: copy first */
    uint8_t *copy = malloc(n + 1);
    if (!copy) return vm_raise_nomem(vm);
    if (n) memcpy(copy, d, n);
    int r = buf_write(vm, s, copy, n);
    free(copy);
    if (r < 0) return VAL_ERROR;
    s = as_stream(self);
    if (sync_out(vm, self, s->buf + start, n, at_end) < 0) return VAL_ERROR;
    return val_from_small((int64_t)n);
}

static Value stream_write(VM *vm, Value self, Value v) {
    StreamObj *s = as_stream(self);
    if (check_writable(vm, s) < 0) return VAL_ERROR;
    if (!is_text(s)) return write_bytes(vm, self, v);
    if (!val_is_str(v)) {
        if (s->flags & S_MEMORY) return vm_raise(vm, &type_TypeError, "string argument expected, got '%T'", v);
        return vm_raise(vm, &type_TypeError, "write() argument must be str, not %T", v);
    }
    return write_text(vm, self, v);
}

static Value m_write(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "write", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    if (!self_stream(vm, args[0])) return VAL_ERROR;
    return stream_write(vm, args[0], args[1]);
}

static Value m_writelines(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "writelines", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    Value it = obj_iter(vm, args[1]);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    Value r = VAL_NONE;
    for (;;) {
        Value line = obj_next(vm, it);
        if (val_is_null(line)) break;
        if (val_is_error(line) || val_is_error(stream_write(vm, args[0], line))) {
            r = VAL_ERROR;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return r;
}

static Value m_truncate(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "truncate", nargs - 1, kw, 0, 1) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    if (!(s->flags & S_WRITE)) return raise_unsupported(vm, is_text(s) ? "truncate" : "truncate");
    int64_t size = (int64_t)pos_to_user(s, s->pos);
    if (nargs > 1 && !val_is_none(args[1])) {
        if (!val_is_index(args[1]))
            return vm_raise(vm, &type_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
        if (obj_index_i64(vm, args[1], &size, &type_OverflowError) < 0) return VAL_ERROR;
    }
    s = as_stream(args[0]);
    if (size < 0) {
        if (s->flags & S_MEMORY)
            return vm_raise(vm, &type_ValueError, is_text(s) ? "Negative size value %lld" : "negative size value %lld",
                            (long long)size);
        return os_raise_errno(vm, 22, VAL_NULL, VAL_NULL);
    }
    size_t b = pos_from_user(s, (size_t)size);
    size_t upos = pos_to_user(s, s->pos);
    if (b < s->len) s->len = b;
    s->pos = pos_from_user(s, upos);  /* the position does not move */
    if (!(s->flags & S_MEMORY) && sync_out(vm, args[0], NULL, 0, false) < 0) return VAL_ERROR;
    return int_from_i64(vm, size);
}

/* ---- positioning ---- */

static Value m_tell(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "tell", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    return int_from_u64(vm, pos_to_user(s, s->pos));
}

static Value seek_whence_error(VM *vm, StreamObj *s, int64_t whence) {
    const char *fmt = (s->flags & S_MEMORY) && is_text(s) ? "Invalid whence (%lld, should be 0, 1 or 2)"
                                                          : "invalid whence (%lld, should be 0, 1 or 2)";
    return vm_raise(vm, &type_ValueError, fmt, (long long)whence);
}

static Value m_seek(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "seek", nargs - 1, kw, 1, 2) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s) return VAL_ERROR;
    if (!val_is_index(args[1]))
        return vm_raise(vm, &type_TypeError, "'%T' object cannot be interpreted as an integer", args[1]);
    int64_t off, whence = 0;
    if (obj_index_i64(vm, args[1], &off, &type_OverflowError) < 0) return VAL_ERROR;
    if (nargs > 2 && obj_index_i64(vm, args[2], &whence, &type_OverflowError) < 0) return VAL_ERROR;
    s = as_stream(args[0]);
    if (check_open(vm, s) < 0) return VAL_ERROR;
    bool text = is_text(s), memory = (s->flags & S_MEMORY) != 0;
    if (whence < 0 || whence > 2) return seek_whence_error(vm, s, whence);
    if (whence == 0) {
        if (off < 0) {
            if (memory) return vm_raise(vm, &type_ValueError, text ? "Negative seek position %lld" : "negative seek value %lld", (long long)off);
            if (text) return vm_raise(vm, &type_ValueError, "negative seek position %lld", (long long)off);
            return os_raise_errno(vm, 22, VAL_NULL, VAL_NULL);
        }
        s->pos = pos_from_user(s, (size_t)off);
    } else if (text && off != 0) {
        if (memory) return vm_raise(vm, &type_OSError, "Can't do nonzero cur-relative seeks");
        return raise_unsupported(vm, whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    } else {
        int64_t base = whence == 1 ? (int64_t)s->pos : (int64_t)s->len;
        int64_t target = base + off;
        if (target < 0) {
            if (!memory) return os_raise_errno(vm, 22, VAL_NULL, VAL_NULL);
            target = 0;
        }
        s->pos = (size_t)target;
    }
    return int_from_u64(vm, pos_to_user(s, s->pos));
}

/* ---- state ---- */

static Value m_close(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "close", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s) return VAL_ERROR;
    if (s->flags & S_CLOSED) return VAL_NONE;
    s->flags |= S_CLOSED;
    if (pending_flush(s) < 0) return vm_raise(vm, &type_OSError, "cannot write '%U'", s->path);
    release_fd(s);
    if (val_is_obj(s->buffer)) {
        Value r = obj_call_method(vm, s->buffer, "close", NULL, 0);
        if (val_is_error(r)) return r;
    }
    return VAL_NONE;
}

static Value m_flush(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "flush", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    if (pending_flush(s) < 0) return vm_raise(vm, &type_OSError, "cannot write '%U'", s->path);
    return VAL_NONE;
}

static Value flag_query(VM *vm, Value *args, int nargs, Value kw, const char *name, uint32_t flag) {
    if (vm_check_args(vm, name, nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s) return VAL_ERROR;
    if ((s->flags & (S_CLOSED | S_MEMORY)) == S_CLOSED) {
        /* a closed file answers from its raw layer, as CPython's does */
        if (flag == S_WRITE && !(s->flags & S_WRITE)) return VAL_FALSE;
        return vm_raise(vm, &type_ValueError, "I/O operation on closed file");
    }
    if (check_open(vm, s) < 0) return VAL_ERROR;
    return val_from_bool(flag == 0 || (s->flags & flag));
}

static Value m_readable(VM *vm, Value *args, int nargs, Value kw) { return flag_query(vm, args, nargs, kw, "readable", S_READ); }
static Value m_writable(VM *vm, Value *args, int nargs, Value kw) { return flag_query(vm, args, nargs, kw, "writable", S_WRITE); }
static Value m_seekable(VM *vm, Value *args, int nargs, Value kw) { return flag_query(vm, args, nargs, kw, "seekable", 0); }

static Value m_isatty(VM *vm, Value *args, int nargs, Value kw) {
    Value r = flag_query(vm, args, nargs, kw, "isatty", 0);
    return val_is_error(r) ? r : VAL_FALSE;
}

static Value m_fileno(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "fileno", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s) return VAL_ERROR;
    if ((s->flags & S_CLOSED) && !(s->flags & S_MEMORY))
        return vm_raise(vm, &type_ValueError, "I/O operation on closed file");
    if (check_open(vm, s) < 0) return VAL_ERROR;
    if (s->fd < 0 && s->cpath && !val_is_obj(s->buffer)) {
        /* a descriptor made on demand, for os.fstat(f.fileno()) and the like */
        s->fd = vfs_fd_open(vm, s->cpath, (s->flags & S_WRITE) ? ((s->flags & S_READ) ? 2 : 1) : 0);
        if (s->fd < 0) return vm_raise_nomem(vm);
        s->closefd = true;
    }
    if (s->fd >= 0) return val_from_small(s->fd);
    return raise_unsupported(vm, "fileno");
}

static Value m_enter(VM *vm, Value *args, int nargs, Value kw) {
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    return args[0];
}

static Value m_exit(VM *vm, Value *args, int nargs, Value kw) {
    Value r = obj_call_method(vm, args[0], "close", NULL, 0);
    return val_is_error(r) ? r : VAL_NONE;
}

static Value m_getvalue(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "getvalue", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    return make_chunk(vm, s, 0, s->len);
}

static Value m_getbuffer(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "getbuffer", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    return bytearray_new(vm, s->buf ? s->buf : (const uint8_t *)"", s->len);
}

static Value m_detach(VM *vm, Value *args, int nargs, Value kw) { return raise_unsupported(vm, "detach"); }

/* ---- attributes ---- */

static Value get_closed(VM *vm, Value self) { return val_from_bool(as_stream(self)->flags & S_CLOSED); }

static Value get_field(VM *vm, Value v, const char *name, Value self) {
    if (val_is_null(v))
        return vm_raise(vm, &type_AttributeError, "'%s' object has no attribute '%s'", val_type(self)->name, name);
    return v;
}

static Value get_name(VM *vm, Value self) { return get_field(vm, as_stream(self)->name, "name", self); }

static int set_name(VM *vm, Value self, Value v) {
    if (val_is_null(v)) {
        vm_raise(vm, &type_AttributeError, "cannot delete attribute 'name'");
        return -1;
    }
    as_stream(self)->name = v;
    return 0;
}
static Value get_mode(VM *vm, Value self) { return get_field(vm, as_stream(self)->mode, "mode", self); }
static Value get_encoding(VM *vm, Value self) { return get_field(vm, as_stream(self)->encoding, "encoding", self); }
static Value get_errors(VM *vm, Value self) { return get_field(vm, as_stream(self)->errors, "errors", self); }
static Value get_false(VM *vm, Value self) { return VAL_FALSE; }

/* The line endings seen, as CPython's decoder reports them: for files,
** those of the whole content once reading has begun. */
static Value get_newlines(VM *vm, Value self) {
    StreamObj *s = as_stream(self);
    if (!(s->flags & S_MEMORY) && !(s->flags & S_READ_STARTED)) return VAL_NONE;
    static const char *const names[] = {"\r", "\n", "\r\n"};
    static const uint8_t bits[] = {SEEN_CR, SEEN_LF, SEEN_CRLF};
    Value items[3];
    int n = 0;
    for (int i = 0; i < 3; i++) {
        if (!(s->seen_nl & bits[i])) continue;
        items[n] = str_from_cstr(vm, names[i]);
        if (val_is_error(items[n])) return VAL_ERROR;
        n++;
    }
    if (n == 0) return VAL_NONE;
    if (n == 1) return items[0];
    Value t = tuple_new(vm, (size_t)n);
    if (val_is_error(t)) return t;
    for (int i = 0; i < n; i++) ((TupleObj *)val_as_obj(t))->items[i] = items[i];
    return t;
}

static Value get_buffer(VM *vm, Value self) {
    StreamObj *s = as_stream(self);
    if (val_is_obj(s->buffer)) return s->buffer;
    return vm_raise(vm, &type_AttributeError, "'_io.TextIOWrapper' object has no attribute 'buffer'");
}

static Value stream_repr(VM *vm, Value self) {
    StreamObj *s = as_stream(self);
    if ((s->flags & S_MEMORY) || val_is_null(s->name)) return object_default_repr(vm, self);
    Type *t = val_type(self);
    if (is_text(s))
        return str_format(vm, "<%s name=%R mode=%R encoding=%R>", t->name, s->name, s->mode, s->encoding);
    return str_format(vm, "<%s name=%R>", t->name, s->name);
}

/* ---- pickling of StringIO and BytesIO ---- */

static int newline_arg(VM *vm, Value v, bool quote, uint8_t *out);

static Value dict_or_none(VM *vm, Value self) {
    Obj *o = val_as_obj(self);
    if (!(o->flags & OBJ_HAS_DICT) || val_is_null(*obj_dict_slot(o))) return VAL_NONE;
    return dict_copy(vm, *obj_dict_slot(o));
}

static Value newline_value(VM *vm, StreamObj *s) {
    switch (s->newline) {
    case NL_UNIVERSAL: return VAL_NONE;
    case NL_EMPTY: return str_new(vm, "", 0);
    case NL_CR: return str_from_cstr(vm, "\r");
    case NL_CRLF: return str_from_cstr(vm, "\r\n");
    default: return str_from_cstr(vm, "\n");
    }
}

/* BytesIO: (value, position, dict); StringIO: (value, newline, position, dict). */
static Value m_getstate(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "__getstate__", nargs - 1, kw, 0, 0) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    bool text = is_text(s);
    Value t = tuple_new(vm, text ? 4 : 3);
    if (val_is_error(t)) return t;
    Value *it = ((TupleObj *)val_as_obj(t))->items;
    it[0] = make_chunk(vm, s, 0, s->len);
    if (val_is_error(it[0])) return VAL_ERROR;
    int i = 1;
    if (text) {
        it[i] = newline_value(vm, s);
        if (val_is_error(it[i++])) return VAL_ERROR;
    }
    it[i] = int_from_u64(vm, pos_to_user(s, s->pos));
    if (val_is_error(it[i++])) return VAL_ERROR;
    it[i] = dict_or_none(vm, args[0]);
    return val_is_error(it[i]) ? VAL_ERROR : t;
}

static int setstate_dict(VM *vm, Value self, Value d, const char *which) {
    if (val_is_none(d)) return 0;
    if (!val_isinstance(d, &type_dict)) {
        vm_raise(vm, &type_TypeError, "%s item of state should be a dict, got a %T", which, d);
        return -1;
    }
    Obj *o = val_as_obj(self);
    if (!(o->flags & OBJ_HAS_DICT)) return 0;
    Value *slot = obj_dict_slot(o);
    if (val_is_null(*slot)) {
        Value nd = dict_new(vm);
        if (val_is_error(nd)) return -1;
        slot = obj_dict_slot(val_as_obj(self));
        *slot = nd;
    }
    return dict_update_from(vm, *slot, d);
}

static Value m_setstate(VM *vm, Value *args, int nargs, Value kw) {
    if (vm_check_args(vm, "__setstate__", nargs - 1, kw, 1, 1) < 0) return VAL_ERROR;
    StreamObj *s = self_stream(vm, args[0]);
    if (!s || check_open(vm, s) < 0) return VAL_ERROR;
    bool text = is_text(s);
    const char *cls = text ? "_io.StringIO" : "_io.BytesIO";
    size_t want = text ? 4 : 3;
    Value st = args[1];
    if (!val_isinstance(st, &type_tuple) || ((TupleObj *)val_as_obj(st))->len < want)
        return vm_raise(vm, &type_TypeError, "%s.__setstate__ argument should be %d-tuple, got %T", cls, (int)want, st);
    Value *it = ((TupleObj *)val_as_obj(st))->items;
    Value posv = it[want - 2];
    if (!val_is_int(posv))
        return vm_raise(vm, &type_TypeError, "%s item of state must be an integer, not %T",
                        text ? "third" : "second", posv);
    int64_t pos = val_as_int(posv);
    if (pos < 0) return vm_raise(vm, &type_ValueError, "position value cannot be negative");
    const uint8_t *d;
    size_t n;
    if (text) {
        if (!val_is_str(it[0])) return vm_raise(vm, &type_TypeError, "initial_value must be str or None, not %T", it[0]);
        if (!val_is_none(it[1]) && newline_arg(vm, it[1], true, &s->newline) < 0) return VAL_ERROR;
        if (val_is_none(it[1])) s->newline = NL_UNIVERSAL;
        d = (const uint8_t *)as_str(it[0])->data;
        n = as_str(it[0])->size;
    } else if (val_is_str(it[0]) || !bytes_view(it[0], &d, &n)) {
        return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", it[0]);
    }
    s->len = s->pos = 0;
    if (buf_write(vm, s, d, n) < 0) return VAL_ERROR;
    s = as_stream(args[0]);
    if (text) {
        if (all_ascii(s->buf, s->len)) s->flags |= S_ASCII;
        else s->flags &= ~S_ASCII;
        if (records_newlines(s)) s->seen_nl = scan_newlines(s->buf, s->len);
    }
    s->pos = pos_from_user(s, (size_t)pos);
    if (setstate_dict(vm, args[0], it[want - 1], text ? "fourth" : "third") < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value get_instance_dict(VM *vm, Value self) {
    Obj *o = val_as_obj(self);
    if (!(o->flags & OBJ_HAS_DICT))
        return vm_raise(vm, &type_AttributeError, "'%T' object has no attribute '__dict__'", self);
    Value *slot = obj_dict_slot(o);
    if (val_is_null(*slot)) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        slot = obj_dict_slot(val_as_obj(self));
        *slot = d;
    }
    return *slot;
}

static Value get_none(VM *vm, Value self) { return VAL_NONE; }

static const MethodDef stream_methods[] = {
    {"read", m_read, 0, NULL}, {"readline", m_readline, 0, NULL},
    {"readlines", m_readlines, 0, NULL}, {"write", m_write, 0, NULL},
    {"writelines", m_writelines, 0, NULL}, {"truncate", m_truncate, 0, NULL},
    {"tell", m_tell, 0, NULL}, {"seek", m_seek, 0, NULL},
    {"close", m_close, 0, NULL}, {"flush", m_flush, 0, NULL},
    {"readable", m_readable, 0, NULL}, {"writable", m_writable, 0, NULL},
    {"seekable", m_seekable, 0, NULL}, {"isatty", m_isatty, 0, NULL},
    {"fileno", m_fileno, 0, NULL}, {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef binary_methods[] = {
    {"read1", m_read, 0, NULL}, {"readinto", m_readinto, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef memory_methods[] = {
    {"getvalue", m_getvalue, 0, NULL},
    {"__getstate__", m_getstate, 0, NULL},
    {"__setstate__", m_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef bytesio_methods[] = {
    {"getbuffer", m_getbuffer, 0, NULL},
    {"detach", m_detach, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef stringio_methods[] = {
    {"detach", m_detach, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef stream_getsets[] = {
    {"closed", get_closed, NULL},
    {"__dict__", get_instance_dict, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef file_getsets[] = {
    {"name", get_name, set_name},
    {"mode", get_mode, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef text_getsets[] = {
    {"encoding", get_encoding, NULL},
    {"errors", get_errors, NULL},
    {"newlines", get_newlines, NULL},
    {"line_buffering", get_false, NULL},
    {"buffer", get_buffer, NULL},
    {NULL, NULL, NULL},
};

static const GetSetDef stringio_getsets[] = {
    {"newlines", get_newlines, NULL},
    {"encoding", get_none, NULL},
    {"errors", get_none, NULL},
    {"line_buffering", get_false, NULL},
    {NULL, NULL, NULL},
};

/* ---- StringIO / BytesIO ---- */

static int newline_arg(VM *vm, Value v, bool quote, uint8_t *out) {
    if (val_is_null(v)) {
        *out = NL_LF;
        return 0;
    }
    if (val_is_none(v)) {
        *out = NL_UNIVERSAL;
        return 0;
    }
    if (!val_is_str(v)) {
        vm_raise(vm, &type_TypeError, quote ? "newline must be str or None, not %T"
                                            : "open() argument 'newline' must be str or None, not %T", v);
        return -1;
    }
    const char *t = str_cstr(v);
    if (strcmp(t, "") == 0) *out = NL_EMPTY;
    else if (strcmp(t, "\n") == 0) *out = NL_LF;
    else if (strcmp(t, "\r") == 0) *out = NL_CR;
    else if (strcmp(t, "\r\n") == 0) *out = NL_CRLF;
    else {
        if (quote) vm_raise(vm, &type_ValueError, "illegal newline value: %R", v);
        else vm_raise(vm, &type_ValueError, "illegal newline value: %U", v);
        return -1;
    }
    return 0;
}

static Value memory_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    bool text = type_is_subtype(cls, &type_StringIO);
    uint32_t flags = S_MEMORY | S_READ | S_WRITE | (text ? S_ASCII | S_CHARPOS | S_UTF8 : S_BINARY);
    Value s = stream_alloc(vm, cls, flags);
    if (val_is_error(s)) return s;
    if (text) as_stream(s)->newline = NL_LF;
    return s;
}

static int stringio_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"initial_value", "newline", NULL};
    Value a[2];
    if (vm_parse_args(vm, "StringIO", args, nargs, kwnames, names, 0, 0, a) < 0) return -1;
    StreamObj *s = as_stream(self);
    if (newline_arg(vm, a[1], true, &s->newline) < 0) return -1;
    if (!val_is_null(a[0]) && !val_is_none(a[0]) && !val_is_str(a[0])) {
        vm_raise(vm, &type_TypeError, "initial_value must be str or None, not %T", a[0]);
        return -1;
    }
    s->len = s->pos = 0;
    s->flags = (s->flags & ~S_CLOSED) | S_ASCII;
    if (val_is_str(a[0])) {
        Value r = write_text(vm, self, a[0]);
        if (val_is_error(r)) return -1;
        as_stream(self)->pos = 0;
    }
    return 0;
}

static int bytesio_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"initial_bytes", NULL};
    Value init = VAL_NULL;
    if (vm_parse_args(vm, "BytesIO", args, nargs, kwnames, names, 0, 0, &init) < 0) return -1;
    StreamObj *s = as_stream(self);
    s->len = s->pos = 0;
    s->flags &= ~S_CLOSED;
    if (!val_is_null(init) && !val_is_none(init)) {
        const uint8_t *d;
        size_t n;
        if (val_is_str(init) || !bytes_view(init, &d, &n)) {
            vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", init);
            return -1;
        }
        if (load_content(vm, self, d, n) < 0) return -1;
    }
    return 0;
}

/* ---- open() ---- */

typedef struct OpenMode {
    char kind;                /* r w a x */
    bool plus, binary;
} OpenMode;

static int parse_mode(VM *vm, Value mode, OpenMode *m) {
    const char *p = str_cstr(mode);
    int seen[128] = {0};
    int kinds = 0;
    bool text = false;
    m->plus = m->binary = false;
    m->kind = 0;
    for (; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || !strchr("rwaxbt+", c) || seen[c]++) {
            vm_raise(vm, &type_ValueError, "invalid mode: %R", mode);
            return -1;
        }
        if (strchr("rwax", c)) {
            kinds++;
            m->kind = (char)c;
        } else if (c == '+') {
            m->plus = true;
        } else if (c == 'b') {
            m->binary = true;
        } else {
            text = true;
        }
    }
    if (text && m->binary) {
        vm_raise(vm, &type_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (kinds > 1) {
        vm_raise(vm, &type_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    if (kinds == 0) {
        vm_raise(vm, &type_ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    return 0;
}

/* The path of open()'s file argument (a str, bytes, or __fspath__). */
static Value file_path(VM *vm, Value file) {
    if (val_is_str(file)) return file;
    if (val_isinstance(file, &type_bytes)) {
        BytesObj *b = (BytesObj *)val_as_obj(file);
        return bytes_decode(vm, b->data, b->len, "utf-8", "surrogateescape");
    }
    Value name = str_intern_cstr(vm, "__fspath__");
    if (val_is_error(name)) return name;
    Value f = obj_type_lookup(val_type(file), name);
    if (val_is_null(f))
        return vm_raise(vm, &type_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    Value r = vm_call(vm, f, &file, 1, VAL_NULL);
    if (val_is_error(r)) return r;
    if (!val_is_str(r) && !val_isinstance(r, &type_bytes))
        return vm_raise(vm, &type_TypeError, "expected %T.__fspath__() to return str or bytes, not %T", file, r);
    return file_path(vm, r);
}

static Type *file_type(const OpenMode *m) {
    if (!m->binary) return &type_TextIOWrapper;
    if (m->plus) return &type_BufferedRandom;
    return m->kind == 'r' ? &type_BufferedReader : &type_BufferedWriter;
}

/* The mode attribute: as given for text, FileIO's normal form for binary. */
static Value mode_attr(VM *vm, Value mode, const OpenMode *m) {
    if (!m->binary) return mode;
    const char *t = m->kind == 'x' ? "xb" : m->kind == 'a' ? "ab" : m->kind == 'r' ? "rb" : "wb";
    if (m->plus) t = m->kind == 'x' ? "xb+" : m->kind == 'a' ? "ab+" : "rb+";
    return str_from_cstr(vm, t);
}

/* Check the path against the VFS for [m]; raises the OSError CPython would. */
static int check_path(VM *vm, Value name, const char *p, const OpenMode *m) {
    if (!p[0]) return os_raise_errno(vm, 2, name, VAL_NULL), -1;
    if (val_is_str(name) && strlen(p) != as_str(name)->size)
        return vm_raise(vm, &type_ValueError, "embedded null byte"), -1;
    int kind = vfs_kind(vm, p);
    if (m->kind == 'x' && kind != VFS_NONE) return os_raise_errno(vm, 17, name, VAL_NULL), -1;
    if (kind == VFS_DIR) return os_raise_errno(vm, 21, name, VAL_NULL), -1;
    size_t n = strlen(p);
    if (kind == VFS_NONE && (m->kind == 'r' || n == 0 || p[n - 1] == '/'))
        return os_raise_errno(vm, 2, name, VAL_NULL), -1;
    if (kind == VFS_NONE) {
        char *dir = malloc(n + 2);
        if (!dir) return vm_raise_nomem(vm), -1;
        memcpy(dir, p, n + 1);
        char *slash = strrchr(dir, '/');
        int parent = VFS_DIR;
        if (slash) {
            if (slash == dir) slash[1] = 0;
            else *slash = 0;
            parent = vfs_kind(vm, dir);
        }
        free(dir);
        if (parent == VFS_FILE) return os_raise_errno(vm, 20, name, VAL_NULL), -1;
        if (parent == VFS_NONE) return os_raise_errno(vm, 2, name, VAL_NULL), -1;
    }
    return 0;
}

static bool encoding_is_utf8(const char *e) {
    char low[16];
    size_t i = 0;
    for (; e[i] && i < sizeof low - 1; i++) low[i] = (char)(e[i] >= 'A' && e[i] <= 'Z' ? e[i] + 32 : e[i] == '_' ? '-' : e[i]);
    low[i] = 0;
    /* "locale": the locale's encoding, which is UTF-8 here */
    return !e[i] && (strcmp(low, "utf-8") == 0 || strcmp(low, "utf8") == 0 || strcmp(low, "u8") == 0 ||
                     strcmp(low, "locale") == 0);
}

/* Fill the text fields of a stream: encoding, errors, newline. */
static int setup_text(VM *vm, Value self, Value encoding, Value errors, uint8_t newline) {
    StreamObj *s = as_stream(self);
    s->newline = newline;
    bool locale = val_is_str(encoding) && strcmp(str_cstr(encoding), "locale") == 0;
    Value enc = val_is_null(encoding) || val_is_none(encoding) || locale ? str_from_cstr(vm, "UTF-8") : encoding;
    if (val_is_error(enc)) return -1;
    as_stream(self)->encoding = enc;
    Value err = val_is_null(errors) || val_is_none(errors) ? str_from_cstr(vm, "strict") : errors;
    if (val_is_error(err)) return -1;
    s = as_stream(self);
    s->errors = err;
    if (encoding_is_utf8(str_cstr(enc))) {
        s->flags |= S_UTF8;
    } else {
        /* an unknown encoding fails here, at open, as in CPython */
        Value probe = str_new(vm, "", 0);
        if (val_is_error(probe)) return -1;
        if (val_is_error(str_encode(vm, probe, str_cstr(enc), "strict"))) return -1;
    }
    return 0;
}

/* Take the malloc'ed file bytes [raw] as the buffer itself when no
** decoding is needed (binary, or ASCII text in UTF-8): saves two copies
** of the file. false: the caller decodes. */
static bool adopt_content(StreamObj *s, char *raw, size_t n) {
    if (is_text(s) && !((s->flags & S_UTF8) && all_ascii((const uint8_t *)raw, n))) return false;
    free(s->buf);
    s->buf = (uint8_t *)raw;
    s->cap = n + 1;
    s->len = n;
    if (is_text(s)) {
        s->flags |= S_ASCII;
        if (records_newlines(s)) s->seen_nl = scan_newlines(s->buf, n);
        if (s->newline == NL_UNIVERSAL && memchr(raw, '\r', n)) s->len = translate_universal(s->buf, n);
    }
    return true;
}

static int open_content(VM *vm, Value self, const char *p, const OpenMode *m) {
    StreamObj *s = as_stream(self);
    if (m->kind == 'w' || m->kind == 'x') {
        if (vfs_write(vm, p, "", 0, false) < 0) return os_raise_errno(vm, 2, s->name, VAL_NULL), -1;
        return 0;
    }
    size_t n = 0;
    char *raw = vfs_read(vm, p, &n);
    if (!raw) {
        if (m->kind == 'a') {
            if (vfs_write(vm, p, "", 0, true) < 0) return os_raise_errno(vm, 2, s->name, VAL_NULL), -1;
            return 0;
        }
        return os_raise_errno(vm, 2, s->name, VAL_NULL), -1;
    }
    if (!(s->flags & S_READ)) {
        /* appending only: the content is never read back, keep the bytes */
        free(s->buf);
        s->buf = (uint8_t *)raw;
        s->cap = n + 1;
        s->len = s->pos = n;
        if (!all_ascii(s->buf, n)) s->flags &= ~S_ASCII;
        return 0;
    }
    if (adopt_content(s, raw, n)) {
        s->pos = m->kind == 'a' ? s->len : 0;
        return 0;
    }
    int r = load_content(vm, self, (const uint8_t *)raw, n);
    free(raw);
    if (r < 0) return -1;
    s = as_stream(self);
    s->pos = m->kind == 'a' ? s->len : 0;
    return 0;
}

static int check_open_args(VM *vm, const OpenMode *m, Value *a) {
    Value encoding = a[3], errors = a[4], newline = a[5];
    const char *const what[] = {"encoding", "errors"};
    for (int i = 0; i < 2; i++) {
        Value v = a[3 + i];
        if (!val_is_null(v) && !val_is_none(v) && !val_is_str(v)) {
            vm_raise(vm, &type_TypeError, "open() argument '%s' must be str or None, not %T", what[i], v);
            return -1;
        }
    }
    if (m->binary) {
        if (!val_is_null(encoding) && !val_is_none(encoding))
            return vm_raise(vm, &type_ValueError, "binary mode doesn't take an encoding argument"), -1;
        if (!val_is_null(errors) && !val_is_none(errors))
            return vm_raise(vm, &type_ValueError, "binary mode doesn't take an errors argument"), -1;
        if (!val_is_null(newline) && !val_is_none(newline))
            return vm_raise(vm, &type_ValueError, "binary mode doesn't take a newline argument"), -1;
    }
    if (!val_is_null(a[2]) && !val_is_int(a[2]) && !val_is_intlike(a[2]))
        return vm_raise(vm, &type_TypeError, "'%T' object cannot be interpreted as an integer", a[2]), -1;
    if (!m->binary && val_is_int(a[2]) && val_as_int(a[2]) == 0)
        return vm_raise(vm, &type_ValueError, "can't have unbuffered text I/O"), -1;
    return 0;
}

/* The os.open() flags of a mode. */
static int mode_flags(const OpenMode *m) {
    int acc = m->plus ? 2 : m->kind == 'r' ? 0 : 1;
    int extra = m->kind == 'w' ? 01100 : m->kind == 'a' ? 02100 : m->kind == 'x' ? 0300 : 0;
    return acc | extra | 02000000;   /* O_CLOEXEC, as CPython adds */
}

static int fd_of(VM *vm, Value v, int *fd) {
    int64_t n;
    if (obj_index_i64(vm, v, &n, &type_OverflowError) < 0) return -1;
    if (n < 0) {
        vm_raise(vm, &type_ValueError, "negative file descriptor");
        return -1;
    }
    if (n > INT32_MAX || !vfs_fd(vm, (int)n)) {
        os_raise_errno(vm, 9, VAL_NULL, VAL_NULL);
        return -1;
    }
    *fd = (int)n;
    return 0;
}

static int call_opener(VM *vm, Value opener, Value file, const OpenMode *m, int *fd) {
    Value args[2] = {file, val_from_small(mode_flags(m))};
    Value r = vm_call(vm, opener, args, 2, VAL_NULL);
    if (val_is_error(r)) return -1;
    if (!val_is_intlike(r)) {
        vm_raise(vm, &type_TypeError, "expected integer from opener");
        return -1;
    }
    int64_t n;
    if (obj_index_i64(vm, r, &n, &type_OverflowError) < 0) return -1;
    if (n < 0) {
        vm_raise(vm, &type_ValueError, "opener returned %lld", (long long)n);
        return -1;
    }
    return fd_of(vm, r, fd);
}

/* open(..., buffering=0) in binary mode is io.FileIO(file, mode, closefd, opener). */
static Value open_unbuffered(VM *vm, Value *a, const OpenMode *m) {
    Value io = import_module(vm, "io");
    if (val_is_error(io)) return io;
    Value cls = obj_getattr_cstr(vm, io, "FileIO");
    if (val_is_error(cls)) return cls;
    char raw[4] = {m->kind, 0, 0, 0};
    if (m->plus) raw[1] = '+';
    Value args[4] = {a[0], str_from_cstr(vm, raw), val_is_null(a[6]) ? VAL_TRUE : a[6],
                     val_is_null(a[7]) ? VAL_NONE : a[7]};
    if (val_is_error(args[1])) return VAL_ERROR;
    for (int i = 0; i < 4; i++) gc_push_root(vm, &args[i]);   /* across the constructor */
    Value r = vm_call(vm, cls, args, 4, VAL_NULL);
    gc_pop_roots(vm, 4);
    return r;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
**      closefd=True, opener=None) */
static Value builtin_open(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    Value a[8];
    if (vm_parse_args(vm, "open", args, nargs, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    if (ready_stream_types(vm) < 0) return VAL_ERROR;
    fileio_flush_all();
    Value file = a[0];
    Value mode = a[1];
    if (val_is_null(mode)) {
        mode = str_from_cstr(vm, "r");
        if (val_is_error(mode)) return mode;
    } else if (!val_is_str(mode)) {
        return vm_raise(vm, &type_TypeError, "open() argument 'mode' must be str, not %T", mode);
    }
    gc_push_root(vm, &mode);
    Value self = VAL_NULL, path = VAL_NULL;
    gc_push_root(vm, &self);
    gc_push_root(vm, &path);
    Value result = VAL_ERROR;
    OpenMode m;
    uint8_t newline = NL_UNIVERSAL;
    bool is_fd = val_is_intlike(file) && !val_is_bool(file);
    if (!is_fd && !val_is_str(file) && !val_isinstance(file, &type_bytes) &&
        val_is_null(obj_type_lookup(val_type(file), str_intern_cstr(vm, "__fspath__")))) {
        vm_raise(vm, &type_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
        goto done;
    }
    if (parse_mode(vm, mode, &m) < 0 || check_open_args(vm, &m, a) < 0) goto done;
    if (!m.binary && !val_is_null(a[5]) && newline_arg(vm, a[5], false, &newline) < 0) goto done;
    if (!m.binary && val_is_null(a[5])) newline = NL_UNIVERSAL;
    bool closefd = val_is_null(a[6]) || obj_truthy(vm, a[6]) == 1;
    if (!is_fd && !closefd) {
        vm_raise(vm, &type_ValueError, "Cannot use closefd=False with file name");
        goto done;
    }
    if (m.binary && val_is_int(a[2]) && val_as_int(a[2]) == 0) {
        result = open_unbuffered(vm, a, &m);
        goto done;
    }
    int fd = -1;
    if (!is_fd && !val_is_null(a[7]) && !val_is_none(a[7])) {
        /* opener(path, flags) gives the descriptor */
        if (call_opener(vm, a[7], file, &m, &fd) < 0) goto done;
    } else if (is_fd && fd_of(vm, file, &fd) < 0) {
        goto done;
    }
    if (fd >= 0) {
        VfsFd *f = vfs_fd(vm, fd);
        if (!f) {
            os_raise_errno(vm, 9, VAL_NULL, VAL_NULL);
            goto done;
        }
        path = str_from_cstr(vm, f->path);
        if (val_is_error(path)) goto done;
    } else {
        path = file_path(vm, file);
        if (val_is_error(path)) goto done;
        if (check_path(vm, file, str_cstr(path), &m) < 0) goto done;
    }
    uint32_t flags = (m.binary ? S_BINARY : S_ASCII) | (m.kind == 'r' || m.plus ? S_READ : 0) |
                     (m.kind != 'r' || m.plus ? S_WRITE : 0) | (m.kind == 'a' ? S_APPEND : 0);
    self = stream_alloc(vm, file_type(&m), flags);
    if (val_is_error(self)) goto done;
    as_stream(self)->name = file;
    as_stream(self)->path = path;
    as_stream(self)->vm = vm;
    as_stream(self)->cpath = malloc(as_str(path)->size + 1);
    if (!as_stream(self)->cpath) {
        vm_raise_nomem(vm);
        goto done;
    }
    memcpy(as_stream(self)->cpath, str_cstr(path), as_str(path)->size + 1);
    Value mattr = mode_attr(vm, mode, &m);
    if (val_is_error(mattr)) goto done;
    as_stream(self)->mode = mattr;
    if (!m.binary && setup_text(vm, self, a[3], a[4], newline) < 0) goto done;
    OpenMode content_mode = m;
    if (fd >= 0 && (m.kind == 'w' || m.kind == 'x')) content_mode.kind = 'r';  /* no truncation */
    if (open_content(vm, self, str_cstr(path), &content_mode) < 0) goto done;
    if (fd >= 0) {
        as_stream(self)->fd = fd;
        as_stream(self)->closefd = closefd;
        /* the stream starts where the descriptor stands */
        StreamObj *st = as_stream(self);
        if (m.kind != 'a') st->pos = vfs_fd(vm, fd)->pos < st->len ? vfs_fd(vm, fd)->pos : st->len;
    }
    result = self;
done:
    gc_pop_roots(vm, 3);
    return result;
}

/* io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None):
** text over a binary stream, read whole at creation when readable. */
static Value textio_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                                        "write_through", NULL};
    Value a[6];
    if (vm_parse_args(vm, "TextIOWrapper", args, nargs, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    uint8_t newline = NL_UNIVERSAL;
    if (!val_is_null(a[3]) && newline_arg(vm, a[3], true, &newline) < 0) return VAL_ERROR;
    Value buffer = a[0];
    Value self = stream_alloc(vm, cls, S_ASCII);
    if (val_is_error(self)) return self;
    gc_push_root(vm, &self);
    gc_push_root(vm, &buffer);
    Value result = VAL_ERROR;
    as_stream(self)->buffer = buffer;
    if (setup_text(vm, self, a[1], a[2], newline) < 0) goto done;
    Value readable = obj_call_method(vm, buffer, "readable", NULL, 0);
    if (val_is_error(readable)) goto done;
    Value writable = obj_call_method(vm, buffer, "writable", NULL, 0);
    if (val_is_error(writable)) goto done;
    if (writable == VAL_TRUE) as_stream(self)->flags |= S_WRITE;
    if (readable == VAL_TRUE) {
        as_stream(self)->flags |= S_READ;
        Value data = obj_call_method(vm, buffer, "read", NULL, 0);
        if (val_is_error(data)) goto done;
        const uint8_t *d;
        size_t n;
        if (!bytes_view(data, &d, &n)) {
            vm_raise(vm, &type_TypeError, "underlying read() should have returned a bytes-like object, not '%T'", data);
            goto done;
        }
        if (load_content(vm, self, d, n) < 0) goto done;
    }
    Value name = obj_lookup_attr(vm, buffer, str_intern_cstr(vm, "name"));
    if (val_is_error(name)) goto done;
    if (!val_is_null(name)) as_stream(self)->name = name;
    as_stream(self)->mode = str_from_cstr(vm, "r");
    result = self;
done:
    gc_pop_roots(vm, 2);
    return result;
}

/* ---- the types ---- */

#define STREAM_TYPE(cname, pyname, base_, ...)                                  \
    Type type_##cname = {                                                            \
        .hdr = STATIC_TYPE_HDR,                                                      \
        .name = pyname,                                                              \
        .base = base_,                                                               \
        .basicsize = sizeof(StreamObj),                                              \
        .flags = TYPE_BASETYPE | TYPE_INSTANCE_DICT | TYPE_WEAKREFABLE,              \
        .repr = stream_repr,                                                         \
        .iter = stream_iter,                                                         \
        .iternext = stream_iternext,                                                 \
        .traverse = stream_traverse,                                                 \
        .finalize = stream_finalize,                                                 \
        __VA_ARGS__};

STREAM_TYPE(IOStream, "_io._IOBase", NULL)
STREAM_TYPE(TextIOWrapper, "_io.TextIOWrapper", &type_IOStream, .new_ = textio_new)
STREAM_TYPE(BufferedReader, "_io.BufferedReader", &type_IOStream)
STREAM_TYPE(BufferedWriter, "_io.BufferedWriter", &type_IOStream)
STREAM_TYPE(BufferedRandom, "_io.BufferedRandom", &type_IOStream)
STREAM_TYPE(StringIO, "_io.StringIO", &type_IOStream, .new_ = memory_new, .init = stringio_init)
STREAM_TYPE(BytesIO, "_io.BytesIO", &type_IOStream, .new_ = memory_new, .init = bytesio_init)

static int ready_stream_types(VM *vm) {
    if (val_is_obj(type_StringIO.mro)) return 0;
    Type *all[] = {&type_IOStream, &type_TextIOWrapper, &type_BufferedReader, &type_BufferedWriter,
                   &type_BufferedRandom, &type_StringIO, &type_BytesIO};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (type_ready(vm, all[i]) < 0) return -1;
    if (type_add_methods(vm, &type_IOStream, stream_methods) < 0 ||
        type_add_getsets(vm, &type_IOStream, stream_getsets) < 0)
        return -1;
    Type *files[] = {&type_TextIOWrapper, &type_BufferedReader, &type_BufferedWriter, &type_BufferedRandom};
    for (size_t i = 0; i < 4; i++)
        if (type_add_getsets(vm, files[i], file_getsets) < 0) return -1;
    Type *binaries[] = {&type_BufferedReader, &type_BufferedWriter, &type_BufferedRandom, &type_BytesIO};
    for (size_t i = 0; i < 4; i++)
        if (type_add_methods(vm, binaries[i], binary_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_TextIOWrapper, text_getsets) < 0 ||
        type_add_methods(vm, &type_StringIO, memory_methods) < 0 ||
        type_add_methods(vm, &type_StringIO, stringio_methods) < 0 ||
        type_add_getsets(vm, &type_StringIO, stringio_getsets) < 0 ||
        type_add_methods(vm, &type_BytesIO, memory_methods) < 0 ||
        type_add_methods(vm, &type_BytesIO, bytesio_methods) < 0)
        return -1;
    return 0;
}

static const MethodDef open_def = {"open", builtin_open, 0, NULL};

static const MethodDef io_functions[] = {
    {NULL, NULL, 0, NULL},
};

Value io_module_init(VM *vm) {
    if (ready_stream_types(vm) < 0) return VAL_ERROR;
    Value m = native_module_new(vm, "_io", io_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    struct { const char *name; Type *t; } exports[] = {
        {"_IOBase", &type_IOStream}, {"TextIOWrapper", &type_TextIOWrapper},
        {"BufferedReader", &type_BufferedReader}, {"BufferedWriter", &type_BufferedWriter},
        {"BufferedRandom", &type_BufferedRandom}, {"StringIO", &type_StringIO},
        {"BytesIO", &type_BytesIO},
    };
    for (size_t i = 0; i < sizeof exports / sizeof exports[0]; i++)
        if (dict_set_cstr(vm, d, exports[i].name, val_from_obj(exports[i].t)) < 0) return VAL_ERROR;
    /* io.open is the builtin open itself */
    Value open = dict_get_cstr(vm, vm->builtins, "open");
    if (val_is_error(open)) return open;
    if (!val_is_null(open) && dict_set_cstr(vm, d, "open", open) < 0) return VAL_ERROR;
    return m;
}

int fileio_setup(VM *vm) {
    if (import_register_native(vm, "_io", io_module_init) < 0) return -1;
    Value fn = native_func_new(vm, &open_def, VAL_NULL, VAL_NULL);
    if (val_is_error(fn)) return -1;
    return dict_set_cstr(vm, vm->builtins, "open", fn);
}

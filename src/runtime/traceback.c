/*
** traceback.c -- traceback objects, and the report CPython 3.11 prints for an
** uncaught exception, carets under the failing expression included.
*/
#include "runtime/traceback.h"
#include "compiler/parser.h"
#include "modules/sys.h"
#include "objects/containers.h"
#include "objects/exceptions.h"
#include "runtime/names.h"
#include "runtime/frame.h"
#include "runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

/* ---- the traceback type ---- */

static TracebackObj *as_tb(Value v) { return (TracebackObj *)val_as_obj(v); }

static void tb_traverse(Obj *o, GCVisitor *gv) {
    TracebackObj *tb = (TracebackObj *)o;
    gc_visit(gv, tb->next);
    gc_visit(gv, tb->code);
    gc_visit(gv, tb->frame);
}

static int tb_int_arg(VM *vm, Value v, int64_t *out) {
    if (!val_isinstance(v, &type_int)) {
        vm_raise(vm, &type_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    return obj_index_i64(vm, v, out, &type_OverflowError);
}

/* types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) */
static Value tb_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno", NULL};
    Value a[4];
    if (vm_parse_args(vm, "TracebackType", args, nargs, kwnames, names, 4, 0, a) < 0) return VAL_ERROR;
    if (!val_is_none(a[0]) && !val_is_type(a[0], &type_traceback))
        return vm_raise(vm, &type_TypeError, "expected traceback object or None, got '%T'", a[0]);
    if (!val_is_type(a[1], &type_frame))
        return vm_raise(vm, &type_TypeError, "TracebackType() argument 'tb_frame' must be frame, not %T",
                        a[1]);
    int64_t lasti, lineno;
    if (tb_int_arg(vm, a[2], &lasti) < 0 || tb_int_arg(vm, a[3], &lineno) < 0) return VAL_ERROR;
    Value code = obj_getattr_cstr(vm, a[1], "f_code");
    if (val_is_error(code)) return code;
    Value tb = traceback_new(vm, a[0], code, (uint32_t)(lasti > 0 ? lasti / 2 : 0), (int)lineno);
    if (!val_is_error(tb)) as_tb(tb)->frame = a[1];
    return tb;
}

Type type_traceback = {
    .hdr = STATIC_TYPE_HDR,
    .name = "traceback",
    .basicsize = sizeof(TracebackObj),
    .new_ = tb_new,
    .traverse = tb_traverse,
};

Value traceback_new(VM *vm, Value next, Value code, uint32_t lasti, int lineno) {
    TracebackObj *tb = gc_alloc(vm, &type_traceback, sizeof(TracebackObj));
    if (!tb) return VAL_ERROR;
    tb->next = val_is_null(next) ? VAL_NONE : next;
    tb->code = code;
    tb->lasti = lasti;
    tb->lineno = lineno;
    tb->frame = VAL_NONE;
    return val_from_obj(tb);
}

static Value tb_get_next(VM *vm, Value self) { return as_tb(self)->next; }

static int tb_set_next(VM *vm, Value self, Value v) {
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (!val_is_none(v) && !val_is_type(v, &type_traceback)) {
        vm_raise(vm, &type_TypeError, "expected traceback object, got '%s'", type_name(val_type(v)));
        return -1;
    }
    for (Value c = v; val_is_type(c, &type_traceback); c = as_tb(c)->next) {
        if (c == self) {
            vm_raise(vm, &type_ValueError, "traceback loop detected");
            return -1;
        }
    }
    as_tb(self)->next = v;
    return 0;
}

static Value tb_get_lasti(VM *vm, Value self) { return val_from_small((int64_t)as_tb(self)->lasti * 2); }
static Value tb_get_lineno(VM *vm, Value self) { return val_from_small(as_tb(self)->lineno); }
static Value tb_get_frame(VM *vm, Value self) { return as_tb(self)->frame; }
static Value tb_get_code(VM *vm, Value self) { return as_tb(self)->code; }

static const GetSetDef tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_lasti", tb_get_lasti, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {"tb_frame", tb_get_frame, NULL},
    {"tb_code", tb_get_code, NULL},
    {NULL, NULL, NULL},
};

int traceback_setup_type(VM *vm) {
    if (type_add_getsets(vm, &type_traceback, tb_getsets) < 0) return -1;
    return frame_setup_type(vm);
}

/* ---- source lines ---- */

/* Line [lineno] (1-based) of [src]: *start and *len, without its newline.
** False when there is no such line. */
static bool find_line(const char *src, size_t size, int lineno, const char **start, size_t *len) {
    const char *p = src, *end = src + size;
    for (int l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return false;
        p = nl + 1;
    }
    if (p >= end && lineno > 1) return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *start = p;
    *len = nl ? (size_t)(nl - p) : (size_t)(end - p);
    return true;
}

static bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v'; }

static size_t count_codepoints(const char *s, size_t n) {
    size_t cp = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) cp++;
    return cp;
}

/* ---- carets ---- */

/* East Asian Wide and Fullwidth characters (Unicode 14, unassigned code
** points merged in): they take two columns, and CPython 3.11 lines its
** carets up by display columns. */
static const uint32_t wide_ranges[][2] = {
    {0x1100, 0x115f}, {0x231a, 0x231b}, {0x2329, 0x232a}, {0x23e9, 0x23ec}, {0x23f0, 0x23f0},
    {0x23f3, 0x23f3}, {0x25fd, 0x25fe}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267f, 0x267f},
    {0x2693, 0x2693}, {0x26a1, 0x26a1}, {0x26aa, 0x26ab}, {0x26bd, 0x26be}, {0x26c4, 0x26c5},
    {0x26ce, 0x26ce}, {0x26d4, 0x26d4}, {0x26ea, 0x26ea}, {0x26f2, 0x26f3}, {0x26f5, 0x26f5},
    {0x26fa, 0x26fa}, {0x26fd, 0x26fd}, {0x2705, 0x2705}, {0x270a, 0x270b}, {0x2728, 0x2728},
    {0x274c, 0x274c}, {0x274e, 0x274e}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
    {0x27b0, 0x27b0}, {0x27bf, 0x27bf}, {0x2b1b, 0x2b1c}, {0x2b50, 0x2b50}, {0x2b55, 0x2b55},
    {0x2e80, 0x303e}, {0x3041, 0x3247}, {0x3250, 0x4dbf}, {0x4e00, 0xa4c6}, {0xa960, 0xa97c},
    {0xac00, 0xd7a3}, {0xf900, 0xfad9}, {0xfe10, 0xfe19}, {0xfe30, 0xfe6b}, {0xff01, 0xff60},
    {0xffe0, 0xffe6}, {0x16fe0, 0x1b2fb}, {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf}, {0x1f18e,
    0x1f18e}, {0x1f191, 0x1f19a}, {0x1f200, 0x1f320}, {0x1f32d, 0x1f335}, {0x1f337, 0x1f37c},
    {0x1f37e, 0x1f393}, {0x1f3a0, 0x1f3ca}, {0x1f3cf, 0x1f3d3}, {0x1f3e0, 0x1f3f0}, {0x1f3f4,
    0x1f3f4}, {0x1f3f8, 0x1f43e}, {0x1f440, 0x1f440}, {0x1f442, 0x1f4fc}, {0x1f4ff, 0x1f53d},
    {0x1f54b, 0x1f54e}, {0x1f550, 0x1f567}, {0x1f57a, 0x1f57a}, {0x1f595, 0x1f596}, {0x1f5a4,
    0x1f5a4}, {0x1f5fb, 0x1f64f}, {0x1f680, 0x1f6c5}, {0x1f6cc, 0x1f6cc}, {0x1f6d0, 0x1f6d2},
    {0x1f6d5, 0x1f6df}, {0x1f6eb, 0x1f6ec}, {0x1f6f4, 0x1f6fc}, {0x1f7e0, 0x1f7f0}, {0x1f90c,
    0x1f93a}, {0x1f93c, 0x1f945}, {0x1f947, 0x1f9ff}, {0x1fa70, 0x1faf6}, {0x20000, 0x3134a}
};

static int display_width(uint32_t cp) {
    if (cp < 0x1100) return 1;
    size_t lo = 0, hi = sizeof wide_ranges / sizeof wide_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < wide_ranges[mid][0]) hi = mid;
        else if (cp > wide_ranges[mid][1]) lo = mid + 1;
        else return 2;
    }
    return 1;
}

/* The code point at [p] and its byte length. */
static int decode_at(const char *p, uint32_t *cp) {
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80) { *cp = u[0]; return 1; }
    int n = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2;
    uint32_t c = u[0] & (0x7F >> n);
    for (int i = 1; i < n; i++) c = (c << 6) | (u[i] & 0x3F);
    *cp = c;
    return n;
}

/* Display columns of [n] bytes of UTF-8 at [s]. */
static size_t display_columns(const char *s, size_t n) {
    size_t cols = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += (size_t)decode_at(s + i, &cp);
        cols += (size_t)display_width(cp);
    }
    return cols;
}

/* Where the operator of a binary operation or the subscript of a
** subscription lies in [segment]: byte offsets [*left, *right). CPython
** finds them by parsing the segment on its own. */
static bool find_anchors(const char *segment, size_t len, size_t *left, size_t *right) {
    Arena arena;
    arena_init(&arena);
    ParseError err;
    memset(&err, 0, sizeof err);
    bool found = false;
    Mod *mod = parse_source(&arena, segment, len, PARSE_FILE, &err);
    if (mod && SEQ_LEN(mod->body) == 1) {
        Stmt *st = SEQ_GET(mod->body, 0);
        Expr *e = st->kind == STMT_EXPR ? st->v.expr.value : NULL;
        if (e && e->kind == EXPR_BINOP && e->loc.lineno == 1) {
            Expr *l = e->v.binop.left, *r = e->v.binop.right;
            for (int i = l->loc.end_col_offset; l->loc.end_lineno == 1 && r->loc.lineno == 1 &&
                                                i < r->loc.col_offset; i++) {
                if (is_space_byte(segment[i]) || segment[i] == '\\' || segment[i] == '\n') continue;
                *left = (size_t)i;
                *right = (size_t)i + 1;
                if (i + 1 < r->loc.col_offset && !is_space_byte(segment[i + 1])) (*right)++;
                found = true;
                break;
            }
        } else if (e && e->kind == EXPR_SUBSCRIPT) {
            Expr *v = e->v.subscript.value, *s = e->v.subscript.slice;
            if (v->loc.end_lineno == 1 && s->loc.end_lineno == 1) {
                *left = (size_t)v->loc.end_col_offset;
                *right = (size_t)s->loc.end_col_offset + 1;
                found = true;
            }
        }
    }
    arena_free(&arena);
    return found;
}

/* The caret line under [line] (the whole source line, [len] bytes, [indent]
** of them leading whitespace) for the byte range [col, end_col). */
static void add_carets(StrBuf *sb, const char *line, size_t len, size_t indent, Position *pos) {
    if (pos->col < 0 || pos->end_col < 0 || pos->lineno < 0 || pos->end_lineno < 0) return;
    size_t start = (size_t)pos->col, end = (size_t)pos->end_col;
    if (pos->end_lineno != pos->lineno) end = len;  /* a multi-line range: to the line's end */
    if (end > len) end = len;
    if (start < indent || start >= end) return;
    size_t left = 0, right = 0;
    bool anchors = pos->end_lineno == pos->lineno &&
                   find_anchors(line + start, end - start, &left, &right);
    size_t stripped_len = display_columns(line + indent, len - indent);
    size_t span = display_columns(line + start, end - start);
    if (span == stripped_len && !anchors) return;
    sb_adds(sb, "    ");
    for (size_t i = display_columns(line + indent, start - indent); i > 0; i--) sb_addc(sb, ' ');
    for (size_t i = start; i < end;) {
        uint32_t cp;
        size_t rel = i - start;
        i += (size_t)decode_at(line + i, &cp);
        char mark = !anchors || (rel >= left && rel < right) ? '^' : '~';
        for (int w = display_width(cp); w > 0; w--) sb_addc(sb, mark);
    }
    sb_addc(sb, '\n');
}

/* ---- frames ---- */

static void add_frame_lines(VM *vm, StrBuf *sb, TracebackObj *tb) {
    CodeObj *co = (CodeObj *)val_as_obj(tb->code);
    sb_addf(sb, "  File \"%s\", line %d, in %s\n",
            val_is_str(co->filename) ? str_cstr(co->filename) : "<unknown>", tb->lineno,
            val_is_str(co->name) ? str_cstr(co->name) : "?");
    if (!val_is_str(co->source) || tb->lineno <= 0) return;
    /* "<string>", "<stdin>": CPython finds no file to read the line from */
    if (val_is_str(co->filename) && str_cstr(co->filename)[0] == '<') return;
    const char *line;
    size_t len;
    if (!find_line(str_cstr(co->source), as_str(co->source)->size, tb->lineno, &line, &len)) return;
    /* CPython keeps trailing blanks (and so shows carets under a statement
    ** followed by spaces): only the line end goes */
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
    size_t indent = 0;
    while (indent < len && is_space_byte(line[indent])) indent++;
    if (indent == len) return;
    sb_adds(sb, "    ");
    sb_add(sb, line + indent, len - indent);
    sb_addc(sb, '\n');
    if (tb->lasti < co->ncode && co->positions) {
        Position pos = co->positions[tb->lasti];
        if (pos.lineno == tb->lineno) add_carets(sb, line, len, indent, &pos);
    }
}

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000

static void add_repeat_note(StrBuf *sb, long count) {
    if (count > TB_RECURSIVE_CUTOFF)
        sb_addf(sb, "  [Previous line repeated %ld more time%s]\n", count - TB_RECURSIVE_CUTOFF,
                count - TB_RECURSIVE_CUTOFF > 1 ? "s" : "");
}

static void add_traceback(VM *vm, StrBuf *sb, Value tbv) {
    long depth = 0;
    for (Value t = tbv; val_is_type(t, &type_traceback); t = as_tb(t)->next) depth++;
    Value last_code = VAL_NULL;
    int last_line = -1;
    long count = 0;
    for (Value t = tbv; val_is_type(t, &type_traceback); t = as_tb(t)->next, depth--) {
        if (depth > TB_LIMIT) continue;
        TracebackObj *tb = as_tb(t);
        CodeObj *co = (CodeObj *)val_as_obj(tb->code);
        bool same = val_is_obj(last_code) && tb->lineno == last_line &&
                    (tb->code == last_code ||
                     (str_eq(((CodeObj *)val_as_obj(last_code))->filename, co->filename) &&
                      str_eq(((CodeObj *)val_as_obj(last_code))->name, co->name)));
        if (!same) {
            add_repeat_note(sb, count);
            last_code = tb->code;
            last_line = tb->lineno;
            count = 0;
        }
        count++;
        if (count <= TB_RECURSIVE_CUTOFF) add_frame_lines(vm, sb, tb);
    }
    add_repeat_note(sb, count);
}

/* ---- SyntaxError ---- */

static bool is_syntax_form(VM *vm, Value exc) {
    return val_isinstance(exc, &type_SyntaxError) &&
           val_is_int(exc_get_field(vm, exc, "lineno"));
}

static void add_syntax_text(StrBuf *sb, const char *text, int64_t offset, int64_t end_offset) {
    size_t len = strlen(text);
    /* only the line that holds the offset, when text spans several */
    const char *p = text;
    int64_t off = offset - 1;
    for (;;) {
        const char *nl = memchr(p, '\n', len - (size_t)(p - text));
        if (!nl || nl + 1 >= text + len || nl - p >= off) break;
        off -= (nl + 1 - p);
        end_offset -= (nl + 1 - p);
        p = nl + 1;
    }
    size_t n = len - (size_t)(p - text);
    while (n > 0 && (p[n - 1] == '\n' || p[n - 1] == '\r')) n--;
    size_t lead = 0;
    while (lead < n && (p[lead] == ' ' || p[lead] == '\f' || p[lead] == '\t')) lead++;
    sb_adds(sb, "    ");
    sb_add(sb, p + lead, n - lead);
    sb_addc(sb, '\n');
    if (offset <= 0) return;
    int64_t colno = off - (int64_t)lead;
    int64_t end_col = end_offset - 1 - (int64_t)lead;
    if (end_offset <= 0 || end_offset - 1 <= off) end_col = colno + 1;
    int64_t visible = (int64_t)count_codepoints(p + lead, n - lead);
    if (colno < 0) return;
    if (colno > visible) colno = visible;
    if (end_col > visible) end_col = visible;  /* no carets past the text */
    if (end_col <= colno) end_col = colno + 1;
    sb_adds(sb, "    ");
    const char *q = p + lead;
    for (int64_t i = 0, cp = 0; cp < colno && q + i < p + n; i++) {
        if (((unsigned char)q[i] & 0xC0) == 0x80) continue;
        sb_addc(sb, is_space_byte(q[i]) ? q[i] : ' ');
        cp++;
    }
    for (int64_t i = colno; i < end_col; i++) sb_addc(sb, '^');
    sb_addc(sb, '\n');
}

static void add_syntax_error(VM *vm, StrBuf *sb, Value exc) {
    Value filename = exc_get_field(vm, exc, "filename");
    Value lineno = exc_get_field(vm, exc, "lineno");
    sb_addf(sb, "  File \"%s\", line %lld\n", val_is_str(filename) ? str_cstr(filename) : "<string>",
            (long long)val_as_int(lineno));
    Value text = exc_get_field(vm, exc, "text");
    if (val_is_str(text)) {
        Value off = exc_get_field(vm, exc, "offset");
        Value end = exc_get_field(vm, exc, "end_offset");
        Value endl = exc_get_field(vm, exc, "end_lineno");
        int64_t o = val_is_int(off) ? val_as_int(off) : 0;
        int64_t e = val_is_int(end) ? val_as_int(end) : 0;
        if (val_is_int(endl) && val_as_int(endl) > val_as_int(lineno)) e = (int64_t)as_str(text)->len + 1;
        /* CPython shows one caret for an IndentationError, whatever its range */
        if (type_is_subtype(val_type(exc), &type_IndentationError)) e = o + 1;
        add_syntax_text(sb, str_cstr(text), o, e);
    }
    Value qn = type_qualified_name(vm, val_type(exc));
    Value msg = exc_get_field(vm, exc, "msg");
    Value ms = val_is_none(msg) ? VAL_NONE : obj_str(vm, msg);
    if (val_is_error(ms)) vm_clear_exc(vm);
    if (val_is_error(qn)) {
        vm_clear_exc(vm);
        sb_adds(sb, "SyntaxError");
    } else {
        sb_adds(sb, str_cstr(qn));
    }
    if (!val_is_str(ms) || as_str(ms)->size > 0) {
        sb_adds(sb, ": ");
        sb_adds(sb, val_is_str(ms) ? str_cstr(ms) : "None");
    }
    sb_addc(sb, '\n');
}

/* ---- one exception and its chain ---- */

static void add_notes(VM *vm, StrBuf *sb, Value exc) {
    Value notes = obj_lookup_attr(vm, exc, str_intern_cstr(vm, "__notes__"));
    if (val_is_error(notes)) {
        vm_clear_exc(vm);
        return;
    }
    if (val_is_null(notes)) return;
    if (!val_isinstance(notes, &type_list) && !val_isinstance(notes, &type_tuple)) {
        Value r = obj_repr(vm, notes);
        if (val_is_error(r)) {
            vm_clear_exc(vm);
            sb_adds(sb, "<__notes__ repr() failed>\n");
            return;
        }
        sb_adds(sb, str_cstr(r));
        sb_addc(sb, '\n');
        return;
    }
    gc_push_root(vm, &notes);
    Value *items;
    size_t n;
    seq_fast(notes, &items, &n);
    for (size_t i = 0; i < n; i++) {
        Value s = val_is_str(items[i]) ? items[i] : obj_str(vm, items[i]);
        if (val_is_error(s)) {
            vm_clear_exc(vm);
            sb_adds(sb, "<note str() failed>\n");
        } else {
            sb_adds(sb, str_cstr(s));
            sb_addc(sb, '\n');
        }
        seq_fast(notes, &items, &n);
    }
    gc_pop_roots(vm, 1);
}

/* ---- "Did you mean" ----
** CPython 3.11 adds a suggestion to an uncaught AttributeError or NameError
** when it prints one: the candidate name nearest by an edit distance where a
** change of case costs half a substitution, within a cut-off that grows
** with the lengths. Same costs and limits as CPython, so the same names win. */

#define SUGGEST_MAX_CANDIDATES 750
#define SUGGEST_MAX_STRING 40
#define SUGGEST_MOVE_COST 2
#define SUGGEST_CASE_COST 1

static size_t substitution_cost(unsigned char a, unsigned char b) {
    if ((a & 31) != (b & 31)) return SUGGEST_MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? SUGGEST_CASE_COST : SUGGEST_MOVE_COST;
}

/* The edit distance of a and b (bytes), or max_cost + 1 once it is known to
** exceed max_cost. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    if (na == nb && memcmp(a, b, na) == 0) return 0;
    while (na && nb && *a == *b) a++, b++, na--, nb--;            /* common prefix */
    while (na && nb && a[na - 1] == b[nb - 1]) na--, nb--;          /* common suffix */
    if (na == 0 || nb == 0) return (na + nb) * SUGGEST_MOVE_COST;
    if (na > SUGGEST_MAX_STRING || nb > SUGGEST_MAX_STRING) return max_cost + 1;
    if (na > nb) {
        const char *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * SUGGEST_MOVE_COST > max_cost) return max_cost + 1;
    size_t row[SUGGEST_MAX_STRING];
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * SUGGEST_MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * SUGGEST_MOVE_COST;
        result = diag;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = diag + substitution_cost((unsigned char)b[j], (unsigned char)a[i]);
            diag = row[i];
            size_t insert_delete = (result < diag ? result : diag) + SUGGEST_MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            row[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The nearest of [items] to [name] within the cut-off, or VAL_NULL. */
static Value nearest_name(Value name, Value *items, size_t n) {
    if (n >= SUGGEST_MAX_CANDIDATES) return VAL_NULL;
    const char *s = str_cstr(name);
    size_t ns = as_str(name)->size;
    Value best = VAL_NULL;
    size_t best_distance = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        if (!val_is_str(items[i])) return VAL_NULL;
        if (str_eq(items[i], name)) continue;
        size_t ni = as_str(items[i])->size;
        size_t max_distance = (ns + ni + 3) * SUGGEST_MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t d = edit_distance(s, ns, str_cstr(items[i]), ni, max_distance);
        if (d > max_distance) continue;
        if (val_is_null(best) || d < best_distance) {
            best = items[i];
            best_distance = d;
        }
    }
    return best;
}

static Value nearest_in_list(Value name, Value list) {
    Value *items;
    size_t n;
    if (!val_is_obj(list) || !seq_fast(list, &items, &n)) return VAL_NULL;
    return nearest_name(name, items, n);
}

static Value nearest_in_dict(VM *vm, Value name, Value d) {
    if (!val_is_obj(d)) return VAL_NULL;
    Value keys = dict_keys_list(vm, d);
    if (val_is_error(keys)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    return nearest_in_list(name, keys);
}

/* dir(obj) through the builtin, sorted as CPython's PyObject_Dir. */
static Value dir_of(VM *vm, Value obj) {
    Value dir = dict_get_cstr(vm, vm->builtins, "dir");
    if (val_is_error(dir) || val_is_null(dir)) return VAL_NULL;
    Value r = obj_call(vm, dir, &obj, 1, VAL_NULL);
    return val_is_error(r) ? VAL_NULL : r;
}

static Value attribute_suggestion(VM *vm, Value exc, Value name) {
    Value obj = exc_get_field(vm, exc, "obj");
    if (val_is_error(obj) || val_is_null(obj)) return VAL_NULL;
    gc_push_root(vm, &obj);
    Value list = dir_of(vm, obj);
    gc_pop_roots(vm, 1);
    return nearest_in_list(name, list);
}

/* The globals of the module whose file is [filename]; __main__'s when none
** matches (tracebacks keep the code object only, not the frame). */
static Value globals_for_file(VM *vm, Value filename) {
    Value main = val_is_obj(vm->main_module) ? ((ModuleObj *)val_as_obj(vm->main_module))->dict
                                             : VAL_NULL;
    if (!val_is_str(filename) || !val_is_obj(vm->modules)) return main;
    Value key, mod;
    for (size_t pos = 0; dict_next(vm->modules, &pos, &key, &mod);) {
        if (val_type(mod) != &type_module) continue;
        Value d = ((ModuleObj *)val_as_obj(mod))->dict;
        Value file = dict_get_cstr(vm, d, "__file__");
        if (val_is_error(file)) {
            vm_clear_exc(vm);
            continue;
        }
        if (val_is_str(file) && str_eq(file, filename)) return d;
    }
    return main;
}

/* NameError: the innermost frame's locals, then its globals, then builtins. */
static Value name_suggestion(VM *vm, Value exc, Value name) {
    Value tb = ((ExcObj *)val_as_obj(exc))->traceback;
    if (!val_is_obj(tb) || val_type(tb) != &type_traceback) return VAL_NULL;
    while (val_is_obj(as_tb(tb)->next) && val_type(as_tb(tb)->next) == &type_traceback)
        tb = as_tb(tb)->next;
    CodeObj *co = (CodeObj *)val_as_obj(as_tb(tb)->code);
    Value *items;
    size_t n;
    if (val_is_obj(co->localsplusnames) && seq_fast(co->localsplusnames, &items, &n)) {
        Value r = nearest_name(name, items, (size_t)co->nlocals < n ? (size_t)co->nlocals : n);
        if (!val_is_null(r)) return r;
    }
    Value r = nearest_in_dict(vm, name, globals_for_file(vm, co->filename));
    if (!val_is_null(r)) return r;
    return nearest_in_dict(vm, name, vm->builtins);
}

/* The suggestion for [exc], or VAL_NULL. May run Python code (dir()). */
static Value suggestion_for(VM *vm, Value exc) {
    bool attr = val_isinstance(exc, &type_AttributeError);
    if (!attr && !val_isinstance(exc, &type_NameError)) return VAL_NULL;
    Value name = exc_get_field(vm, exc, "name");
    if (val_is_error(name)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    if (!val_is_str(name)) return VAL_NULL;
    gc_push_root(vm, &name);
    Value r = attr ? attribute_suggestion(vm, exc, name) : name_suggestion(vm, exc, name);
    gc_pop_roots(vm, 1);
    if (val_is_error(r) || !val_is_null(vm->exc)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    return r;
}

static void add_final_line(VM *vm, StrBuf *sb, Value exc) {
    gc_push_root(vm, &exc);
    Value line = exc_format_final_line(vm, exc);
    if (val_is_error(line)) {
        vm_clear_exc(vm);
        sb_adds(sb, type_name(val_type(exc)));
    } else {
        sb_adds(sb, str_cstr(line));
    }
    Value hint = suggestion_for(vm, exc);
    if (!val_is_null(hint)) {
        sb_adds(sb, ". Did you mean: '");
        sb_adds(sb, str_cstr(hint));
        sb_adds(sb, "'?");
    }
    gc_pop_roots(vm, 1);
    sb_addc(sb, '\n');
}

static bool seen_contains(Value seen, Value exc) {
    ListObj *l = as_list(seen);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == exc) return true;
    return false;
}

/* Where the report is going: exceptions inside an exception group are
** printed indented, behind a "| " margin, as CPython 3.11 does. */
typedef struct TbCtx {
    VM *vm;
    StrBuf *out;
    Value seen;               /* list of the exceptions already printed */
    int group_depth;
    bool need_close;
} TbCtx;

#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10
#define MAX_CHAIN 100

static void add_indent(TbCtx *c) {
    for (int i = 0; i < 2 * c->group_depth; i++) sb_addc(c->out, ' ');
}

/* Append [text], every line behind the current indent and margin. */
static void emit(TbCtx *c, const char *text, size_t len, char margin) {
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) + 1 : len;
        add_indent(c);
        if (c->group_depth) {
            sb_addc(c->out, margin);
            sb_addc(c->out, ' ');
        }
        sb_add(c->out, text + i, end - i);
        i = end;
    }
}

static void emit_cstr(TbCtx *c, const char *text, char margin) { emit(c, text, strlen(text), margin); }

static void emit_buf(TbCtx *c, StrBuf *tmp) {
    emit(c, tmp->data ? tmp->data : "", tmp->len, '|');
    if (tmp->failed) c->out->failed = true;
    sb_free(tmp);
}

/* The last line(s): "Type: message" (or SyntaxError's form) and the notes. */
static void emit_exception_only(TbCtx *c, Value exc) {
    StrBuf tmp;
    sb_init(&tmp);
    if (is_syntax_form(c->vm, exc)) add_syntax_error(c->vm, &tmp, exc);
    else add_final_line(c->vm, &tmp, exc);
    add_notes(c->vm, &tmp, exc);
    emit_buf(c, &tmp);
}

static void emit_stack(TbCtx *c, Value tb) {
    StrBuf tmp;
    sb_init(&tmp);
    add_traceback(c->vm, &tmp, tb);
    emit_buf(c, &tmp);
}

static void format_exception(TbCtx *c, Value exc);

static bool is_group(Value v) { return val_isinstance(v, &type_BaseExceptionGroup); }

static void emit_group_members(TbCtx *c, Value exc) {
    Value excs = exc_get_field(c->vm, exc, "exceptions");
    size_t num = val_is_obj(excs) && val_isinstance(excs, &type_tuple) ? as_tuple(excs)->len : 0;
    size_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) c->need_close = true;
        bool truncated = i >= MAX_GROUP_WIDTH;
        add_indent(c);
        sb_adds(c->out, i == 0 ? "+-" : "  ");
        if (truncated) sb_adds(c->out, "+---------------- ... ----------------\n");
        else sb_addf(c->out, "+---------------- %zu ----------------\n", i + 1);
        c->group_depth++;
        if (!truncated) {
            format_exception(c, as_tuple(excs)->items[i]);
        } else {
            size_t remaining = num - MAX_GROUP_WIDTH;
            char line[64];
            snprintf(line, sizeof line, "and %zu more exception%s\n", remaining, remaining > 1 ? "s" : "");
            emit_cstr(c, line, '|');
        }
        if (last && c->need_close) {
            add_indent(c);
            sb_adds(c->out, "+------------------------------------\n");
            c->need_close = false;
        }
        c->group_depth--;
    }
}

static void emit_group(TbCtx *c, Value exc) {
    bool toplevel = c->group_depth == 0;
    if (toplevel) c->group_depth++;
    Value tb = as_exc(exc)->traceback;
    if (val_is_type(tb, &type_traceback)) {
        emit_cstr(c, "Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
        emit_stack(c, tb);
    }
    emit_exception_only(c, exc);
    emit_group_members(c, exc);
    if (toplevel) c->group_depth = 0;
}

static void emit_one(TbCtx *c, Value exc) {
    if (!is_group(exc)) {
        Value tb = as_exc(exc)->traceback;
        if (val_is_type(tb, &type_traceback)) {
            emit_cstr(c, "Traceback (most recent call last):\n", '|');
            emit_stack(c, tb);
        }
        emit_exception_only(c, exc);
    } else if (c->group_depth > MAX_GROUP_DEPTH) {
        char line[64];
        snprintf(line, sizeof line, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_cstr(c, line, '|');
    } else {
        emit_group(c, exc);
    }
}

static const char cause_message[] =
    "\nThe above exception was the direct cause of the following exception:\n\n";
static const char context_message[] =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/* [exc] with the exceptions it was caused by or raised during, oldest
** first. */
static void format_exception(TbCtx *c, Value exc) {
    Value chain[MAX_CHAIN];
    const char *link[MAX_CHAIN];
    int n = 0;
    Value e = exc;
    if (list_append(c->vm, c->seen, e) < 0) {
        vm_clear_exc(c->vm);
        return;
    }
    while (n < MAX_CHAIN) {
        ExcObj *x = as_exc(e);
        chain[n] = e;
        link[n] = NULL;
        Value next = VAL_NULL;
        if (val_is_exc(x->cause) && !seen_contains(c->seen, x->cause)) {
            next = x->cause;
            link[n] = cause_message;
        } else if (val_is_exc(x->context) && !x->suppress_context &&
                   !seen_contains(c->seen, x->context)) {
            next = x->context;
            link[n] = context_message;
        }
        n++;
        if (val_is_null(next) || n == MAX_CHAIN) break;
        if (list_append(c->vm, c->seen, next) < 0) {
            vm_clear_exc(c->vm);
            break;
        }
        e = next;
    }
    for (int i = n - 1; i >= 0; i--) {
        emit_one(c, chain[i]);
        if (i > 0) emit_cstr(c, link[i - 1], '|');
    }
}

/* The report of [exc], with its chain of causes and contexts when [chain]. */
static Value format_text(VM *vm, Value exc, bool chain) {
    if (!val_is_exc(exc)) return obj_str(vm, exc);
    Value seen = list_new(vm, 0);
    if (val_is_error(seen)) return seen;
    gc_push_root(vm, &seen);
    gc_push_root(vm, &exc);
    Value saved = vm_take_exc(vm);
    gc_push_root(vm, &saved);
    StrBuf sb;
    sb_init(&sb);
    TbCtx c = {.vm = vm, .out = &sb, .seen = seen, .group_depth = 0, .need_close = false};
    if (chain) format_exception(&c, exc);
    else emit_one(&c, exc);
    vm->exc = saved;
    gc_pop_roots(vm, 3);
    if (sb.failed) {
        sb_free(&sb);
        return vm_raise_nomem(vm);
    }
    return sb_finish(vm, &sb);
}

Value traceback_format(VM *vm, Value exc) { return format_text(vm, exc, true); }

/* An exception raised in C has no traceback: CPython's unraisable report
** then shows the frame that was running. */
static void add_current_frame(VM *vm, Value exc) {
    Frame *f = vm_current_frame(vm);
    if (!f || !val_is_exc(exc) || val_is_type(as_exc(exc)->traceback, &type_traceback)) return;
    uint32_t lasti = f->ip > f->code->code ? (uint32_t)(f->ip - f->code->code - 1) : 0;
    Value tb = traceback_new(vm, VAL_NONE, val_from_obj(f->code), lasti, code_line_of(f->code, lasti));
    if (val_is_error(tb)) return;
    Value fo = frame_object(vm, f);
    if (!val_is_error(fo)) ((TracebackObj *)val_as_obj(tb))->frame = fo;
    as_exc(exc)->traceback = tb;
}

void traceback_print_unraisable(VM *vm, Value exc, Value obj) {
    Value saved = vm_take_exc(vm);
    gc_push_root(vm, &saved);
    gc_push_root(vm, &exc);
    add_current_frame(vm, exc);
    vm_clear_exc(vm);
    Value text = str_format(vm, "Exception ignored in: %R\n", obj);
    if (val_is_error(text) || sys_write_std(vm, 2, text) < 0) vm_clear_exc(vm);
    text = format_text(vm, exc, false);
    if (val_is_error(text) || sys_write_std(vm, 2, text) < 0) vm_clear_exc(vm);
    gc_pop_roots(vm, 2);
    vm->exc = saved;
}

void traceback_print(VM *vm, Value exc) {
    Value saved = vm_take_exc(vm);
    gc_push_root(vm, &saved);
    gc_push_root(vm, &exc);
    Value text = traceback_format(vm, exc);
    if (val_is_error(text)) {
        vm_clear_exc(vm);
    } else {
        gc_push_root(vm, &text);
        if (sys_write_std(vm, 2, text) < 0) vm_clear_exc(vm);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 2);
    vm->exc = saved;
}

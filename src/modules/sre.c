/*
** sre.c -- the regular-expression matcher behind lib/re (module `_sre`).
**
** lib/re/_parser.py turns a pattern into a flat program of 32-bit words
** (opcodes below); this file runs it over a str or bytes subject with a
** backtracking machine whose choice points live on a heap stack that grows
** as needed, so no pattern or subject can exhaust the C stack, and a long
** search polls vm->interrupt so KeyboardInterrupt stops it.
**
** Captures and repeat counters are registers; every change to one pushes an
** undo record, so backtracking restores them exactly. Lookaround and atomic
** groups push a barrier: when their body succeeds, the choice points above
** the barrier are cut (undo records are kept).
*/
#include <stdlib.h>
#include <string.h>

#include "modules/modules.h"
#include "objects/str.h"
#include "objects/unicode_db.h"
#include "runtime/import.h"

/* ---- the program: opcodes shared with lib/re/_parser.py ---- */

enum {
    OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_LIT, OP_NOT_LIT, OP_LIT_I, OP_NOT_LIT_I,
    OP_IN, OP_IN_I, OP_AT, OP_MARK, OP_GROUPREF, OP_GROUPREF_I, OP_GROUPREF_EXISTS,
    OP_JUMP, OP_SPLIT, OP_REPEAT_ONE, OP_REPEAT_INIT, OP_ITER, OP_LOOP, OP_ASSERT,
    OP_ASSERT_END, OP_ATOMIC, OP_ATOMIC_END, OP_FAIL,
};

/* set items inside IN / IN_I (the first word of a set is its negation flag) */
enum { SET_CHAR, SET_RANGE, SET_CAT, SET_BITMAP };

/* categories: ASCII forms, then the Unicode forms at +8 */
enum { CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD, CAT_UNI = 8 };

/* AT kinds */
enum {
    AT_BEGIN, AT_BEGIN_LINE, AT_END_STRING, AT_END, AT_END_LINE, AT_BOUNDARY,
    AT_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
};

/* repeat modes */
enum { REP_GREEDY, REP_LAZY, REP_POSSESSIVE };

/* match modes of run/scan */
enum { MODE_MATCH, MODE_FULLMATCH, MODE_SEARCH };

#define REP_INF 0xFFFFFFFFu

typedef struct ProgObj {
    Obj hdr;
    uint32_t ngroups;         /* groups, group 0 included */
    uint32_t nrepeats;        /* counter registers */
    int32_t first_char;       /* a literal every match starts with, or -1 */
    uint32_t anchored;        /* the pattern can only match at the start */
    uint32_t icase_unicode;   /* IGNORECASE folds with Unicode rules */
    int32_t first_set;        /* pc of an IN every match starts with, or -1 */
    uint32_t ncode;
    uint32_t code[];
} ProgObj;

static Type type_sre_program = {
    .hdr = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_sre.Program",
    .base = &type_object,
};

/* ---- the subject ---- */

typedef struct Subject {
    const uint8_t *b;         /* bytes, or an ASCII str */
    uint32_t *w;              /* a non-ASCII str, decoded (malloc'ed) */
    int64_t len;              /* in characters */
    bool is_str;
} Subject;

static inline uint32_t subj_char(const Subject *s, int64_t i) { return s->w ? s->w[i] : s->b[i]; }

static int subject_open(VM *vm, Value v, Subject *s) {
    memset(s, 0, sizeof *s);
    if (val_is_str(v)) {
        StrObj *so = as_str(v);
        s->is_str = true;
        s->len = (int64_t)so->len;
        if (so->ascii) {
            s->b = (const uint8_t *)so->data;
            return 0;
        }
        s->w = malloc((so->len + 1) * sizeof(uint32_t));
        if (!s->w) { vm_raise_nomem(vm); return -1; }
        const unsigned char *p = (const unsigned char *)so->data;
        for (size_t i = 0; i < so->len; i++) p += utf8_decode(p, &s->w[i]);
        return 0;
    }
    Type *t = val_type(v);
    if (t == &type_bytes || (t->flags & TYPE_BYTES_SUBCLASS)) {
        BytesObj *bo = (BytesObj *)val_as_obj(v);
        s->b = bo->data;
        s->len = (int64_t)bo->len;
        return 0;
    }
    if (val_isinstance(v, &type_bytearray)) {
        ByteArrayObj *ba = (ByteArrayObj *)val_as_obj(v);
        s->b = ba->data ? ba->data : (const uint8_t *)"";
        s->len = (int64_t)ba->len;
        return 0;
    }
    vm_raise(vm, &type_TypeError, "expected string or bytes-like object, got '%s'", type_name(t));
    return -1;
}

static void subject_close(Subject *s) { free(s->w); }

/* ---- character classes ---- */

static inline uint32_t simple_lower(uint32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    uint32_t out[3];
    if (ucd_map(c, UCD_MAP_LOWER, out) == 1) return out[0];
    return c == 0x130 ? 'i' : c;
}

static inline uint32_t simple_upper(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    uint32_t out[3];
    if (ucd_map(c, UCD_MAP_UPPER, out) == 1) return out[0];
    return c;
}

static inline uint32_t ascii_lower(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static inline uint32_t ascii_upper(uint32_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }

static inline bool is_ascii_word(uint32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static inline bool is_uni_word(uint32_t c) {
    if (c < 0x80) return is_ascii_word(c);
    return (ucd_record(c)->flags & (UCD_ALPHA | UCD_DECIMAL | UCD_DIGIT | UCD_NUMERIC)) != 0;
}

static inline bool is_uni_space(uint32_t c) { return ucd_has(c, UCD_SPACE); }

static bool category_has(uint32_t cat, uint32_t c) {
    switch (cat) {
    case CAT_DIGIT: return c >= '0' && c <= '9';
    case CAT_NOT_DIGIT: return !(c >= '0' && c <= '9');
    case CAT_SPACE: return c == ' ' || (c >= 9 && c <= 13);
    case CAT_NOT_SPACE: return !(c == ' ' || (c >= 9 && c <= 13));
    case CAT_WORD: return is_ascii_word(c);
    case CAT_NOT_WORD: return !is_ascii_word(c);
    case CAT_UNI + CAT_DIGIT: return c < 0x80 ? (c >= '0' && c <= '9') : ucd_has(c, UCD_DECIMAL);
    case CAT_UNI + CAT_NOT_DIGIT: return !(c < 0x80 ? (c >= '0' && c <= '9') : ucd_has(c, UCD_DECIMAL));
    case CAT_UNI + CAT_SPACE: return is_uni_space(c);
    case CAT_UNI + CAT_NOT_SPACE: return !is_uni_space(c);
    case CAT_UNI + CAT_WORD: return is_uni_word(c);
    case CAT_UNI + CAT_NOT_WORD: return !is_uni_word(c);
    }
    return false;
}

/* Whether [c] is in the set of [n] words at [set]. */
static bool set_has(const uint32_t *set, uint32_t n, uint32_t c) {
    bool negate = set[0] != 0;
    uint32_t i = 1;
    while (i < n) {
        switch (set[i]) {
        case SET_CHAR:
            if (set[i + 1] == c) return !negate;
            i += 2;
            break;
        case SET_RANGE:
            if (c >= set[i + 1] && c <= set[i + 2]) return !negate;
            i += 3;
            break;
        case SET_CAT:
            if (category_has(set[i + 1], c)) return !negate;
            i += 2;
            break;
        case SET_BITMAP:
            if (c < 256 && (set[i + 1 + (c >> 5)] >> (c & 31)) & 1) return !negate;
            i += 9;
            break;
        default:
            return negate;
        }
    }
    return negate;
}

/* ---- the machine ---- */

enum { BT_CHOICE, BT_MARK, BT_COUNTER, BT_REP_GREEDY, BT_REP_LAZY, BT_BARRIER, BT_FREED };

typedef struct BtEntry {
    uint32_t kind;
    uint32_t pc;
    int64_t a, b, c;
} BtEntry;

typedef struct Machine {
    VM *vm;
    const ProgObj *prog;
    const Subject *s;
    int64_t end;              /* endpos */
    int64_t start;            /* where this attempt began */
    int mode;
    bool must_advance;        /* an empty match at start is not allowed */
    int64_t *marks;           /* 2 per group; -1 unset */
    int64_t lastindex;
    int64_t *counters;        /* 2 per repeat: count, position of the last iteration */
    BtEntry *stack;
    size_t sp, cap;
    int64_t barrier;          /* index of the innermost barrier, or -1 */
    long steps;
} Machine;

static int bt_grow(Machine *m) {
    size_t ncap = m->cap ? m->cap * 2 : 64;
    BtEntry *ns = realloc(m->stack, ncap * sizeof(BtEntry));
    if (!ns) { vm_raise_nomem(m->vm); return -1; }
    m->stack = ns;
    m->cap = ncap;
    return 0;
}

static inline int bt_push(Machine *m, uint32_t kind, uint32_t pc, int64_t a, int64_t b, int64_t c) {
    if (m->sp == m->cap && bt_grow(m) < 0) return -1;
    BtEntry *e = &m->stack[m->sp++];
    e->kind = kind;
    e->pc = pc;
    e->a = a;
    e->b = b;
    e->c = c;
    return 0;
}

static inline int set_mark(Machine *m, uint32_t slot, int64_t pos) {
    if (bt_push(m, BT_MARK, slot, m->marks[slot], m->lastindex, 0) < 0) return -1;
    m->marks[slot] = pos;
    if (slot & 1) m->lastindex = slot / 2;
    return 0;
}

static inline int set_counter(Machine *m, uint32_t r, int64_t count, int64_t last) {
    if (bt_push(m, BT_COUNTER, r, m->counters[2 * r], m->counters[2 * r + 1], 0) < 0) return -1;
    m->counters[2 * r] = count;
    m->counters[2 * r + 1] = last;
    return 0;
}

/* Whether the one-character item at [pc] matches character [c]. */
static inline bool item_matches(const Machine *m, const uint32_t *code, uint32_t pc, uint32_t c) {
    bool uni = m->prog->icase_unicode;
    switch (code[pc]) {
    case OP_ANY: return c != '\n';
    case OP_ANY_ALL: return true;
    case OP_LIT: return c == code[pc + 1];
    case OP_NOT_LIT: return c != code[pc + 1];
    case OP_LIT_I: return (uni ? simple_lower(c) : ascii_lower(c)) == code[pc + 1];
    case OP_NOT_LIT_I: return (uni ? simple_lower(c) : ascii_lower(c)) != code[pc + 1];
    case OP_IN: return set_has(&code[pc + 2], code[pc + 1], c);
    case OP_IN_I: {
        /* in the set if the character or one of its cases is listed */
        const uint32_t *set = &code[pc + 2];
        uint32_t n = code[pc + 1];
        bool negate = set[0] != 0;
        uint32_t lo = uni ? simple_lower(c) : ascii_lower(c);
        uint32_t up = uni ? simple_upper(c) : ascii_upper(c);
        bool listed = (set_has(set, n, c) != negate) || (lo != c && set_has(set, n, lo) != negate) ||
                      (up != c && set_has(set, n, up) != negate);
        return listed != negate;
    }
    }
    return false;
}

static bool word_at(const Machine *m, int64_t i, bool uni) {
    if (i < 0 || i >= m->end) return false;
    uint32_t c = subj_char(m->s, i);
    return uni ? is_uni_word(c) : is_ascii_word(c);
}

static bool at_matches(const Machine *m, uint32_t kind, int64_t pos) {
    const Subject *s = m->s;
    switch (kind) {
    case AT_BEGIN: return pos == 0;
    case AT_BEGIN_LINE: return pos == 0 || subj_char(s, pos - 1) == '\n';
    case AT_END_STRING: return pos == m->end;
    case AT_END: return pos == m->end || (pos + 1 == m->end && subj_char(s, pos) == '\n');
    case AT_END_LINE: return pos == m->end || subj_char(s, pos) == '\n';
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY: {
        bool uni = kind >= AT_UNI_BOUNDARY;
        bool negate = kind == AT_NON_BOUNDARY || kind == AT_UNI_NON_BOUNDARY;
        if (m->end == 0) return false;
        bool b = word_at(m, pos - 1, uni) != word_at(m, pos, uni);
        return negate ? !b : b;
    }
    }
    return false;
}

/* Compare the text of group [g] with the subject at *pos. */
static bool groupref_matches(const Machine *m, uint32_t g, bool icase, int64_t *pos) {
    int64_t a = m->marks[2 * g], b = m->marks[2 * g + 1];
    if (a < 0 || b < 0 || b < a) return false;
    int64_t n = b - a;
    if (*pos + n > m->end) return false;
    bool uni = m->prog->icase_unicode;
    for (int64_t i = 0; i < n; i++) {
        uint32_t x = subj_char(m->s, a + i), y = subj_char(m->s, *pos + i);
        if (x == y) continue;
        if (!icase) return false;
        if (uni ? simple_lower(x) != simple_lower(y) : ascii_lower(x) != ascii_lower(y)) return false;
    }
    *pos += n;
    return true;
}

/* Cut every choice point above the innermost barrier, keeping the undo
** records, and drop the barrier; returns the barrier's entry. */
static BtEntry cut_to_barrier(Machine *m) {
    size_t b = (size_t)m->barrier;
    BtEntry bar = m->stack[b];
    size_t out = b;
    for (size_t i = b + 1; i < m->sp; i++) {
        uint32_t k = m->stack[i].kind;
        if (k == BT_MARK || k == BT_COUNTER) m->stack[out++] = m->stack[i];
    }
    m->sp = out;
    m->barrier = bar.c;
    return bar;
}

/* Unwind to (and including) the innermost barrier, undoing what it holds. */
static BtEntry unwind_barrier(Machine *m) {
    size_t b = (size_t)m->barrier;
    while (m->sp > b + 1) {
        BtEntry *e = &m->stack[--m->sp];
        if (e->kind == BT_MARK) {
            m->marks[e->pc] = e->a;
            m->lastindex = e->b;
        } else if (e->kind == BT_COUNTER) {
            m->counters[2 * e->pc] = e->a;
            m->counters[2 * e->pc + 1] = e->b;
        }
    }
    BtEntry bar = m->stack[--m->sp];
    m->barrier = bar.c;
    return bar;
}

static int poll_interrupt(Machine *m) {
    m->steps = 0;
    if (m->vm->interrupt) {
        m->vm->interrupt = 0;
        vm_raise_value(m->vm, val_from_obj(&type_KeyboardInterrupt));
        return -1;
    }
    return 0;
}

#define POLL_STEPS 8192

/* Count how many times (up to [max]) the item at [pc] matches from [pos]. */
static int64_t count_items(const Machine *m, const uint32_t *code, uint32_t pc, int64_t pos, int64_t max) {
    int64_t limit = m->end - pos;
    if (max < limit) limit = max;
    int64_t n = 0;
    const Subject *s = m->s;
    if (code[pc] == OP_ANY_ALL) return limit;
    if (code[pc] == OP_LIT && !s->w) {
        uint32_t c = code[pc + 1];
        while (n < limit && s->b[pos + n] == c) n++;
        return n;
    }
    if (code[pc] == OP_IN && !s->w) {
        while (n < limit && set_has(&code[pc + 2], code[pc + 1], s->b[pos + n])) n++;
        return n;
    }
    while (n < limit && item_matches(m, code, pc, subj_char(s, pos + n))) n++;
    return n;
}

/* The literal that must follow a single-character repeat, or -1. */
static int64_t next_literal(const uint32_t *code, uint32_t next) {
    return code[next] == OP_LIT ? (int64_t)code[next + 1] : -1;
}

/* Backtrack: pop entries until a choice point resumes; *pc and *pos are
** set. Returns 1 resumed, 0 no more alternatives, -1 error. */
static int backtrack(Machine *m, uint32_t *pc, int64_t *pos) {
    const uint32_t *code = m->prog->code;
    while (m->sp > 0) {
        BtEntry *e = &m->stack[m->sp - 1];
        switch (e->kind) {
        case BT_CHOICE:
            *pc = e->pc;
            *pos = e->a;
            m->sp--;
            return 1;
        case BT_MARK:
            m->marks[e->pc] = e->a;
            m->lastindex = e->b;
            m->sp--;
            break;
        case BT_COUNTER:
            m->counters[2 * e->pc] = e->a;
            m->counters[2 * e->pc + 1] = e->b;
            m->sp--;
            break;
        case BT_REP_GREEDY: {
            /* a: current end, b: the least end allowed; c: literal to follow or -1 */
            uint32_t next = e->pc + 5 + code[e->pc + 4];
            int64_t p = e->a - 1;
            if (e->c >= 0)
                while (p >= e->b && (p >= m->end || subj_char(m->s, p) != (uint32_t)e->c)) p--;
            if (p < e->b) {
                m->sp--;
                break;
            }
            e->a = p;
            *pc = next;
            *pos = p;
            return 1;
        }
        case BT_REP_LAZY: {
            /* a: current end, b: the most end allowed */
            uint32_t next = e->pc + 5 + code[e->pc + 4];
            int64_t p = e->a;
            if (p >= e->b || p >= m->end || !item_matches(m, code, e->pc + 5, subj_char(m->s, p))) {
                m->sp--;
                break;
            }
            e->a = p + 1;
            *pc = next;
            *pos = p + 1;
            return 1;
        }
        case BT_BARRIER: {
            /* the body of a lookaround or atomic group failed */
            m->sp--;
            m->barrier = e->c;
            uint32_t at = e->pc;
            if (code[at] == OP_ASSERT && code[at + 2]) {
                *pc = code[at + 4];
                *pos = e->a;
                return 1;
            }
            break;
        }
        default:
            m->sp--;
            break;
        }
    }
    return 0;
}

/* Run the program from [pos]; 1 matched (marks set), 0 no match, -1 error. */
static int machine_run(Machine *m, int64_t pos) {
    const uint32_t *code = m->prog->code;
    const Subject *s = m->s;
    uint32_t pc = 0;
    m->sp = 0;
    m->barrier = -1;
    m->lastindex = -1;
    for (uint32_t i = 0; i < 2 * m->prog->ngroups; i++) m->marks[i] = -1;
    m->start = pos;
    for (;;) {
        if (++m->steps >= POLL_STEPS && poll_interrupt(m) < 0) return -1;
        bool ok = true;
        switch (code[pc]) {
        case OP_SUCCESS:
            if ((m->mode == MODE_FULLMATCH && pos != m->end) || (m->must_advance && pos == m->start)) {
                ok = false;
                break;
            }
            m->marks[0] = m->start;
            m->marks[1] = pos;
            return 1;
        case OP_ANY:
        case OP_ANY_ALL:
        case OP_LIT:
        case OP_NOT_LIT:
        case OP_LIT_I:
        case OP_NOT_LIT_I:
            if (pos >= m->end || !item_matches(m, code, pc, subj_char(s, pos))) { ok = false; break; }
            pos++;
            pc += code[pc] <= OP_ANY_ALL ? 1 : 2;
            break;
        case OP_IN:
        case OP_IN_I:
            if (pos >= m->end || !item_matches(m, code, pc, subj_char(s, pos))) { ok = false; break; }
            pos++;
            pc += 2 + code[pc + 1];
            break;
        case OP_AT:
            if (!at_matches(m, code[pc + 1], pos)) { ok = false; break; }
            pc += 2;
            break;
        case OP_MARK:
            if (set_mark(m, code[pc + 1], pos) < 0) return -1;
            pc += 2;
            break;
        case OP_GROUPREF:
        case OP_GROUPREF_I:
            if (!groupref_matches(m, code[pc + 1], code[pc] == OP_GROUPREF_I, &pos)) { ok = false; break; }
            pc += 2;
            break;
        case OP_GROUPREF_EXISTS: {
            uint32_t g = code[pc + 1];
            bool set = m->marks[2 * g] >= 0 && m->marks[2 * g + 1] >= 0;
            pc = set ? pc + 3 : code[pc + 2];
            break;
        }
        case OP_JUMP:
            pc = code[pc + 1];
            break;
        case OP_SPLIT:
            if (bt_push(m, BT_CHOICE, code[pc + 2], pos, 0, 0) < 0) return -1;
            pc = code[pc + 1];
            break;
        case OP_REPEAT_ONE: {
            /* REPEAT_ONE min max mode itemlen <item> */
            int64_t min = code[pc + 1];
            int64_t max = code[pc + 2] == REP_INF ? INT64_MAX : code[pc + 2];
            uint32_t mode = code[pc + 3];
            uint32_t item = pc + 5, next = item + code[pc + 4];
            if (mode == REP_LAZY) {
                int64_t n = count_items(m, code, item, pos, min);
                if (n < min) { ok = false; break; }
                pos += n;
                if (max > min) {
                    int64_t most = max == INT64_MAX ? INT64_MAX : pos + (max - min);
                    if (bt_push(m, BT_REP_LAZY, pc, pos, most, 0) < 0) return -1;
                }
                pc = next;
                break;
            }
            int64_t n = count_items(m, code, item, pos, max);
            if (n < min) { ok = false; break; }
            int64_t least = pos + min;
            pos += n;
            if (mode == REP_GREEDY && n > min) {
                int64_t lit = next_literal(code, next);
                if (lit >= 0) {
                    while (pos >= least && (pos >= m->end || subj_char(s, pos) != (uint32_t)lit)) pos--;
                    if (pos < least) { ok = false; break; }
                }
                if (pos > least && bt_push(m, BT_REP_GREEDY, pc, pos, least, lit) < 0) return -1;
            }
            pc = next;
            break;
        }
        case OP_REPEAT_INIT:
            /* REPEAT_INIT r loop_pc */
            if (set_counter(m, code[pc + 1], 0, -1) < 0) return -1;
            pc = code[pc + 2];
            break;
        case OP_ITER: {
            uint32_t r = code[pc + 1];
            if (set_counter(m, r, m->counters[2 * r] + 1, pos) < 0) return -1;
            pc += 2;
            break;
        }
        case OP_LOOP: {
            /* LOOP r min max lazy iter_pc */
            uint32_t r = code[pc + 1];
            int64_t count = m->counters[2 * r];
            int64_t min = code[pc + 2];
            int64_t max = code[pc + 3] == REP_INF ? INT64_MAX : code[pc + 3];
            uint32_t iter = code[pc + 5], exit = pc + 6;
            /* as in CPython, only the optional iterations (beyond min)
            ** remember where they began, to stop at an empty one */
            if (count < min) {
                if (set_counter(m, r, count + 1, m->counters[2 * r + 1]) < 0) return -1;
                pc = iter + 2;
            } else if (pos == m->counters[2 * r + 1] || count >= max) {
                pc = exit;
            } else if (code[pc + 4]) {
                if (bt_push(m, BT_CHOICE, iter, pos, 0, 0) < 0) return -1;
                pc = exit;
            } else {
                if (bt_push(m, BT_CHOICE, exit, pos, 0, 0) < 0) return -1;
                pc = iter;
            }
            break;
        }
        case OP_ASSERT: {
            /* ASSERT behind negate width end_pc */
            int64_t at = pos;
            if (code[pc + 1]) {
                at = pos - (int64_t)code[pc + 3];
                if (at < 0) {
                    if (code[pc + 2]) pc = code[pc + 4];
                    else ok = false;
                    break;
                }
            }
            if (bt_push(m, BT_BARRIER, pc, pos, 0, m->barrier) < 0) return -1;
            m->barrier = (int64_t)m->sp - 1;
            pos = at;
            pc += 5;
            break;
        }
        case OP_ASSERT_END: {
            BtEntry bar = m->stack[m->barrier];
            uint32_t at = bar.pc;
            if (code[at + 1] && pos != bar.a) { ok = false; break; }
            if (code[at + 2]) {
                unwind_barrier(m);
                ok = false;
                break;
            }
            cut_to_barrier(m);
            pos = bar.a;
            pc = code[at + 4];
            break;
        }
        case OP_ATOMIC:
            if (bt_push(m, BT_BARRIER, pc, pos, 0, m->barrier) < 0) return -1;
            m->barrier = (int64_t)m->sp - 1;
            pc += 2;
            break;
        case OP_ATOMIC_END:
            cut_to_barrier(m);
            pc++;
            break;
        default:
            ok = false;
            break;
        }
        if (!ok) {
            int r = backtrack(m, &pc, &pos);
            if (r <= 0) return r;
        }
    }
}

/* ---- search ---- */

static int64_t find_char(const Subject *s, uint32_t c, int64_t from, int64_t end) {
    if (!s->w) {
        if (c > 255 || from >= end) return -1;
        const uint8_t *p = memchr(s->b + from, (int)c, (size_t)(end - from));
        return p ? p - s->b : -1;
    }
    for (int64_t i = from; i < end; i++)
        if (s->w[i] == c) return i;
    return -1;
}

/* Skip to the first position from [pos] whose character is in the set
** at [pc] (an IN instruction), or end. */
static int64_t skip_to_set(const Machine *m, uint32_t pc, int64_t pos) {
    const uint32_t *code = m->prog->code;
    const Subject *s = m->s;
    while (pos < m->end && !set_has(&code[pc + 2], code[pc + 1], subj_char(s, pos))) pos++;
    return pos;
}

/* Try the program at pos (match) or from pos on (search); 1, 0 or -1. */
static int machine_search(Machine *m, int64_t pos) {
    if (m->mode != MODE_SEARCH) return machine_run(m, pos);
    const ProgObj *p = m->prog;
    bool advance = m->must_advance;
    for (;;) {
        if (p->first_char >= 0) {
            int64_t at = find_char(m->s, (uint32_t)p->first_char, pos, m->end);
            if (at < 0) return 0;
            if (at > pos) advance = false;
            pos = at;
        } else if (p->first_set >= 0) {
            int64_t at = skip_to_set(m, (uint32_t)p->first_set, pos);
            if (at >= m->end) return 0;
            if (at > pos) advance = false;
            pos = at;
        }
        m->must_advance = advance;
        int r = machine_run(m, pos);
        if (r != 0) return r;
        if (p->anchored || pos >= m->end) return 0;
        pos++;
        advance = false;
    }
}

/* ---- the module's functions ---- */

static int int_arg(VM *vm, Value v, int64_t *out) { return obj_index_i64(vm, v, out, NULL); }

static int machine_init(VM *vm, Machine *m, const ProgObj *prog, const Subject *s) {
    memset(m, 0, sizeof *m);
    m->vm = vm;
    m->prog = prog;
    m->s = s;
    m->marks = malloc((2 * prog->ngroups + 2 * prog->nrepeats + 1) * sizeof(int64_t));
    if (!m->marks) { vm_raise_nomem(vm); return -1; }
    m->counters = m->marks + 2 * prog->ngroups;
    for (uint32_t i = 0; i < 2 * prog->nrepeats; i++) m->counters[i] = -1;
    return 0;
}

static void machine_free(Machine *m) {
    free(m->marks);
    free(m->stack);
}

/* The marks of a match and its lastindex, as one tuple. */
static Value marks_tuple(VM *vm, const Machine *m) {
    uint32_t n = 2 * m->prog->ngroups;
    Value t = tuple_new(vm, n + 1);
    if (val_is_error(t)) return t;
    TupleObj *to = as_tuple(t);
    for (uint32_t i = 0; i < n; i++) to->items[i] = val_from_small(m->marks[i]);
    to->items[n] = val_from_small(m->lastindex);
    return t;
}

static int clamp_range(VM *vm, Value vpos, Value vend, int64_t len, int64_t *pos, int64_t *end) {
    if (obj_index_i64(vm, vpos, pos, NULL) < 0 || obj_index_i64(vm, vend, end, NULL) < 0) return -1;
    if (*pos < 0) *pos = 0;
    if (*pos > len) *pos = len;
    if (*end < 0) *end = 0;
    if (*end > len) *end = len;
    return 0;
}

static ProgObj *check_prog(VM *vm, Value v) {
    if (!val_is_type(v, &type_sre_program)) {
        vm_raise(vm, &type_TypeError, "expected a compiled program");
        return NULL;
    }
    return (ProgObj *)val_as_obj(v);
}

/* run(prog, string, pos, endpos, mode) -> marks tuple or None */
static Value sre_run(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "run", nargs, kwnames, 5, 5) < 0) return VAL_ERROR;
    ProgObj *prog = check_prog(vm, args[0]);
    if (!prog) return VAL_ERROR;
    Subject s;
    if (subject_open(vm, args[1], &s) < 0) return VAL_ERROR;
    int64_t pos, end, mode;
    Machine m;
    Value result = VAL_ERROR;
    if (clamp_range(vm, args[2], args[3], s.len, &pos, &end) < 0 ||
        obj_index_i64(vm, args[4], &mode, NULL) < 0 || machine_init(vm, &m, prog, &s) < 0) {
        subject_close(&s);
        return VAL_ERROR;
    }
    m.end = end;
    m.mode = (int)mode;
    if (pos <= end) {
        int r = machine_search(&m, pos);
        result = r < 0 ? VAL_ERROR : r == 0 ? VAL_NONE : marks_tuple(vm, &m);
    } else {
        result = VAL_NONE;
    }
    machine_free(&m);
    subject_close(&s);
    return result;
}

/* Every match from pos on, as a list of marks tuples (findall, finditer,
** sub, split): after a match that ended at e, the next search starts at e
** and may not be empty there when the last one was. */
static Value scan_all(VM *vm, Machine *m, int64_t pos, int64_t limit) {
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    gc_push_root(vm, &list);
    while (pos <= m->end && (limit <= 0 || (int64_t)as_list(list)->len < limit)) {
        int r = machine_search(m, pos);
        if (r < 0) { gc_pop_roots(vm, 1); return VAL_ERROR; }
        if (r == 0) break;
        Value t = marks_tuple(vm, m);
        if (val_is_error(t) || list_append(vm, list, t) < 0) { gc_pop_roots(vm, 1); return VAL_ERROR; }
        m->must_advance = m->marks[1] == m->marks[0];
        pos = m->marks[1];
    }
    gc_pop_roots(vm, 1);
    return list;
}

/* The text of subject[a:b] as the subject's kind (str, or bytes). */
static Value subject_slice(VM *vm, Value subject, const Subject *s, int64_t a, int64_t b) {
    if (a < 0 || b < a) return s->is_str ? str_new(vm, "", 0) : bytes_new(vm, "", 0);
    if (!s->is_str) return bytes_new(vm, s->b + a, (size_t)(b - a));
    if (!s->w) return str_new_len(vm, (const char *)s->b + a, (size_t)(b - a), (size_t)(b - a));
    StrBuf sb;
    sb_init(&sb);
    for (int64_t i = a; i < b; i++) sb_add_codepoint(&sb, s->w[i]);
    (void)subject;
    return sb_finish(vm, &sb);
}

/* One findall item: the whole match, the one group, or a tuple of groups. */
static Value findall_item(VM *vm, Value subject, const Machine *m) {
    uint32_t ngroups = m->prog->ngroups - 1;
    if (ngroups <= 1) {
        uint32_t g = ngroups;
        return subject_slice(vm, subject, m->s, m->marks[2 * g], m->marks[2 * g + 1]);
    }
    Value t = tuple_new(vm, ngroups);
    if (val_is_error(t)) return t;
    for (uint32_t g = 1; g <= ngroups; g++) {
        Value v = subject_slice(vm, subject, m->s, m->marks[2 * g], m->marks[2 * g + 1]);
        if (val_is_error(v)) return v;
        as_tuple(t)->items[g - 1] = v;
    }
    return t;
}

/* findall(prog, string, pos, endpos) -> list, as re.findall builds it */
static Value sre_findall(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "findall", nargs, kwnames, 4, 4) < 0) return VAL_ERROR;
    ProgObj *prog = check_prog(vm, args[0]);
    if (!prog) return VAL_ERROR;
    Subject s;
    if (subject_open(vm, args[1], &s) < 0) return VAL_ERROR;
    int64_t pos, end;
    Machine m;
    if (clamp_range(vm, args[2], args[3], s.len, &pos, &end) < 0 || machine_init(vm, &m, prog, &s) < 0) {
        subject_close(&s);
        return VAL_ERROR;
    }
    m.end = end;
    m.mode = MODE_SEARCH;
    Value list = list_new(vm, 0);
    while (!val_is_error(list) && pos <= m.end) {
        int r = machine_search(&m, pos);
        if (r < 0) list = VAL_ERROR;
        if (r <= 0) break;
        Value item = findall_item(vm, args[1], &m);
        if (val_is_error(item) || list_append(vm, list, item) < 0) list = VAL_ERROR;
        m.must_advance = m.marks[1] == m.marks[0];
        pos = m.marks[1];
    }
    machine_free(&m);
    subject_close(&s);
    return list;
}

/* Append subject[a:b] to sb (UTF-8 for a str, raw bytes otherwise). */
static void sb_add_slice(StrBuf *sb, const Subject *s, int64_t a, int64_t b) {
    if (a < 0 || b <= a) return;
    if (!s->w) {
        sb_add(sb, (const char *)s->b + a, (size_t)(b - a));
        return;
    }
    for (int64_t i = a; i < b; i++) sb_add_codepoint(sb, s->w[i]);
}

/* Append a literal piece of a template (a str or bytes). */
static void sb_add_piece(StrBuf *sb, Value piece) {
    if (val_is_str(piece)) {
        sb_add(sb, as_str(piece)->data, as_str(piece)->size);
    } else {
        BytesObj *b = (BytesObj *)val_as_obj(piece);
        sb_add(sb, (const char *)b->data, b->len);
    }
}

static Value sb_result(VM *vm, StrBuf *sb, bool is_str) {
    if (is_str) return sb_finish(vm, sb);
    if (sb->failed) {
        sb_free(sb);
        return vm_raise_nomem(vm);
    }
    Value r = bytes_new(vm, sb->data ? sb->data : "", sb->len);
    sb_free(sb);
    return r;
}

/* sub(prog, string, items, count) -> (result, n): items are the template's
** literal pieces (str or bytes) and group numbers (ints). */
static Value sre_sub(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "sub", nargs, kwnames, 4, 4) < 0) return VAL_ERROR;
    ProgObj *prog = check_prog(vm, args[0]);
    if (!prog) return VAL_ERROR;
    Value *items;
    size_t nitems;
    int64_t count;
    if (!seq_fast(args[2], &items, &nitems)) return vm_raise(vm, &type_TypeError, "items must be a list");
    if (int_arg(vm, args[3], &count) < 0) return VAL_ERROR;
    Subject s;
    Machine m;
    if (subject_open(vm, args[1], &s) < 0) return VAL_ERROR;
    if (machine_init(vm, &m, prog, &s) < 0) {
        subject_close(&s);
        return VAL_ERROR;
    }
    m.end = s.len;
    m.mode = MODE_SEARCH;
    StrBuf sb;
    sb_init(&sb);
    int64_t pos = 0, last = 0, n = 0;
    int r = 0;
    while (pos <= m.end && (count <= 0 || n < count)) {
        r = machine_search(&m, pos);
        if (r <= 0) break;
        sb_add_slice(&sb, &s, last, m.marks[0]);
        for (size_t i = 0; i < nitems; i++) {
            if (val_is_int(items[i])) {
                int64_t g = val_as_int(items[i]);
                if (g >= 0 && (uint64_t)g < prog->ngroups) sb_add_slice(&sb, &s, m.marks[2 * g], m.marks[2 * g + 1]);
            } else {
                sb_add_piece(&sb, items[i]);
            }
        }
        last = m.marks[1];
        n++;
        m.must_advance = m.marks[1] == m.marks[0];
        pos = m.marks[1];
    }
    Value result = VAL_ERROR;
    if (r >= 0) {
        sb_add_slice(&sb, &s, last, s.len);
        Value text = sb_result(vm, &sb, s.is_str);
        if (!val_is_error(text)) result = tuple_pack(vm, 2, text, val_from_small(n));
    } else {
        sb_free(&sb);
    }
    machine_free(&m);
    subject_close(&s);
    return result;
}

/* split(prog, string, maxsplit) -> list of pieces and groups */
static Value sre_split(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "split", nargs, kwnames, 3, 3) < 0) return VAL_ERROR;
    ProgObj *prog = check_prog(vm, args[0]);
    if (!prog) return VAL_ERROR;
    int64_t maxsplit;
    if (int_arg(vm, args[2], &maxsplit) < 0) return VAL_ERROR;
    Subject s;
    Machine m;
    if (subject_open(vm, args[1], &s) < 0) return VAL_ERROR;
    if (machine_init(vm, &m, prog, &s) < 0) {
        subject_close(&s);
        return VAL_ERROR;
    }
    m.end = s.len;
    m.mode = MODE_SEARCH;
    Value list = list_new(vm, 0);
    int64_t pos = 0, last = 0, n = 0;
    while (!val_is_error(list) && pos <= m.end && (maxsplit <= 0 || n < maxsplit)) {
        int r = machine_search(&m, pos);
        if (r < 0) list = VAL_ERROR;
        if (r <= 0) break;
        Value piece = subject_slice(vm, args[1], &s, last, m.marks[0]);
        if (val_is_error(piece) || list_append(vm, list, piece) < 0) { list = VAL_ERROR; break; }
        for (uint32_t g = 1; g < prog->ngroups; g++) {
            int64_t a = m.marks[2 * g], b = m.marks[2 * g + 1];
            Value v = (a < 0 || b < 0) ? VAL_NONE : subject_slice(vm, args[1], &s, a, b);
            if (val_is_error(v) || list_append(vm, list, v) < 0) { list = VAL_ERROR; break; }
        }
        last = m.marks[1];
        n++;
        m.must_advance = m.marks[1] == m.marks[0];
        pos = m.marks[1];
    }
    if (!val_is_error(list)) {
        Value piece = subject_slice(vm, args[1], &s, last, s.len);
        if (val_is_error(piece) || list_append(vm, list, piece) < 0) list = VAL_ERROR;
    }
    machine_free(&m);
    subject_close(&s);
    return list;
}

/* scan(prog, string, pos, endpos, limit) -> list of marks tuples */
static Value sre_scan(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "scan", nargs, kwnames, 5, 5) < 0) return VAL_ERROR;
    ProgObj *prog = check_prog(vm, args[0]);
    if (!prog) return VAL_ERROR;
    Subject s;
    if (subject_open(vm, args[1], &s) < 0) return VAL_ERROR;
    int64_t pos, end, limit;
    Machine m;
    if (clamp_range(vm, args[2], args[3], s.len, &pos, &end) < 0 ||
        obj_index_i64(vm, args[4], &limit, NULL) < 0 || machine_init(vm, &m, prog, &s) < 0) {
        subject_close(&s);
        return VAL_ERROR;
    }
    m.end = end;
    m.mode = MODE_SEARCH;
    Value result = scan_all(vm, &m, pos, limit);
    machine_free(&m);
    subject_close(&s);
    return result;
}

/* The pc of a (case-sensitive) set that the first character of every
** match must be in, or -1: the program starts with it, maybe after group
** marks, or with a single-character repeat of it that needs one or more. */
static int32_t first_set_of(const ProgObj *p) {
    uint32_t pc = 0;
    while (pc + 2 < p->ncode && p->code[pc] == OP_MARK) pc += 2;
    if (pc < p->ncode && p->code[pc] == OP_IN) return (int32_t)pc;
    if (pc + 5 < p->ncode && p->code[pc] == OP_REPEAT_ONE && p->code[pc + 1] >= 1 &&
        p->code[pc + 5] == OP_IN)
        return (int32_t)(pc + 5);
    return -1;
}

/* program(code, ngroups, nrepeats, first_char, anchored, icase_unicode) */
static Value sre_program(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "program", nargs, kwnames, 6, 6) < 0) return VAL_ERROR;
    Value *items;
    size_t n;
    if (!seq_fast(args[0], &items, &n)) return vm_raise(vm, &type_TypeError, "code must be a list");
    int64_t hdr[5];
    for (int i = 0; i < 5; i++)
        if (int_arg(vm, args[1 + i], &hdr[i]) < 0) return VAL_ERROR;
    for (size_t i = 0; i < n; i++)
        if (!val_is_int(items[i])) return vm_raise(vm, &type_TypeError, "code words must be ints");
    ProgObj *p = gc_alloc(vm, &type_sre_program, sizeof(ProgObj) + (n + 1) * sizeof(uint32_t));
    if (!p) return VAL_ERROR;
    p->ngroups = (uint32_t)hdr[0];
    p->nrepeats = (uint32_t)hdr[1];
    p->first_char = (int32_t)hdr[2];
    p->anchored = (uint32_t)hdr[3];
    p->icase_unicode = (uint32_t)hdr[4];
    p->ncode = (uint32_t)n;
    for (size_t i = 0; i < n; i++) p->code[i] = (uint32_t)val_as_int(items[i]);
    p->code[n] = OP_FAIL;
    p->first_set = first_set_of(p);
    return val_from_obj(p);
}

/* lower(cp, unicode) / upper(cp, unicode): the simple case mappings used
** for IGNORECASE, so the parser folds literals as the matcher does. */
static Value sre_lower(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "lower", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    int64_t c;
    if (int_arg(vm, args[0], &c) < 0) return VAL_ERROR;
    int uni = obj_truthy(vm, args[1]);
    if (uni < 0) return VAL_ERROR;
    return val_from_small(uni ? simple_lower((uint32_t)c) : ascii_lower((uint32_t)c));
}

static Value sre_upper(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "upper", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    int64_t c;
    if (int_arg(vm, args[0], &c) < 0) return VAL_ERROR;
    int uni = obj_truthy(vm, args[1]);
    if (uni < 0) return VAL_ERROR;
    return val_from_small(uni ? simple_upper((uint32_t)c) : ascii_upper((uint32_t)c));
}

static const MethodDef sre_functions[] = {
    {"program", sre_program, 0, NULL},
    {"run", sre_run, 0, NULL},
    {"scan", sre_scan, 0, NULL},
    {"findall", sre_findall, 0, NULL},
    {"sub", sre_sub, 0, NULL},
    {"split", sre_split, 0, NULL},
    {"lower", sre_lower, 0, NULL},
    {"upper", sre_upper, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value sre_module_init(VM *vm) {
    if (type_ready(vm, &type_sre_program) < 0) return VAL_ERROR;
    return native_module_new(vm, "_sre", sre_functions);
}

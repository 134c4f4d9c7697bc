/*
** parser.c -- a hand-written recursive-descent parser for Python 3.11 that
** builds the AST of ast.h. It reads tokens on demand from the lexer and
** keeps them all, so it can look ahead any distance without re-lexing; it
** never backtracks, so parsing is linear. Targets (of =, for, del, with ...
** as) are parsed as expressions and then checked and given their Store/Del
** context, which is also where CPython's "cannot assign to ..." messages
** come from. String literals and f-strings are decoded in parser_str.c's
** half of this file (below).
*/
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/lexer.h"
#include "compiler/parser.h"
#include "objects/unicode_names.h"
#include "runtime/dtoa.h"

/* Float literals are parsed by our own correctly rounded conversion, the
** same natively and in WebAssembly. */
static double parse_float_literal(const char *digits) {
    double d = 0.0;
    dtoa_parse(digits, strlen(digits), &d);
    return d;
}

/* Nesting of expressions and blocks. Each level of bracket nesting costs
** about 1.5 KB of C stack (-O2), so 200 levels need ~300 KB. */
#ifndef PARSER_MAX_DEPTH
#define PARSER_MAX_DEPTH 200
#endif
#define MAX_DEPTH PARSER_MAX_DEPTH

typedef struct Parser {
    Arena *arena;
    const char *src;
    Lexer lex;
    Token **chunks;        /* tokens in fixed chunks: a Token* stays valid */
    int ntoks, nchunks;
    int pos;
    ParseError *err;
    ParseMode mode;
    int depth;
    int fstring_level;     /* > 0 while parsing an f-string's expression */
    bool lex_failed;
    int last_line, last_col; /* end of the last real token consumed */
    bool in_class_bases;   /* a class's bases: no bare generator expression */
    Token *escape_warned;  /* the string token whose invalid escape was reported */
} Parser;

typedef struct { int line, col; } Pos;

static Expr *parse_expression(Parser *p);
static Expr *parse_named_expression(Parser *p);
static Expr *parse_star_expressions(Parser *p);
static Expr *parse_star_named_expression(Parser *p);
static Expr *parse_yield_expr(Parser *p);
static Expr *parse_bitwise_or(Parser *p);
static Expr *parse_disjunction(Parser *p);
static Expr *parse_primary(Parser *p);
static Expr *parse_strings(Parser *p);
static AstSeq *parse_block(Parser *p, const char *what, int line);
static void *named_assign_hint(Parser *p, Expr *e);
static bool soft_colon(Parser *p);
static AstSeq *parse_comp_for(Parser *p);
static Arguments *parse_params(Parser *p, bool lambda, int close);

/* ---- tokens ---- */

static Token eof_token;

#define TOK_CHUNK 1024

static Token *tok_at(Parser *p, int i) { return &p->chunks[i / TOK_CHUNK][i % TOK_CHUNK]; }

static bool add_chunk(Parser *p) {
    Token **nc = realloc(p->chunks, sizeof(Token *) * (size_t)(p->nchunks + 1));
    if (!nc) return false;
    p->chunks = nc;
    p->chunks[p->nchunks] = malloc(sizeof(Token) * TOK_CHUNK);
    if (!p->chunks[p->nchunks]) return false;
    p->nchunks++;
    return true;
}

static void free_tokens(Parser *p) {
    for (int i = 0; i < p->nchunks; i++) free(p->chunks[i]);
    free(p->chunks);
}

/* The token [k] places ahead of the current one, reading more as needed. */
static Token *peek_at(Parser *p, int k) {
    while (p->pos + k >= p->ntoks) {
        if (p->lex_failed) return &eof_token;
        if (p->ntoks == p->nchunks * TOK_CHUNK && !add_chunk(p)) {
            lexer_set_error(p->err, PERR_NOMEM, 0, 0, 0, 0, "out of memory");
            p->lex_failed = true;
            return &eof_token;
        }
        if (lexer_next(&p->lex, tok_at(p, p->ntoks)) < 0) {
            p->lex_failed = true;
            return &eof_token;
        }
        p->ntoks++;
    }
    return tok_at(p, p->pos + k);
}

static Token *cur(Parser *p) { return peek_at(p, 0); }
static bool at(Parser *p, int type) { return cur(p)->type == type; }
static bool at_kw(Parser *p, int kw) { Token *t = cur(p); return t->type == T_NAME && t->kw == kw; }
static bool failed(Parser *p) { return p->err->kind != PERR_NONE; }
static Token *prev(Parser *p) { return tok_at(p, p->pos - 1); }
static void advance(Parser *p) {
    Token *t = cur(p);
    if (t == &eof_token) return;
    if (t->type != T_NEWLINE && t->type != T_INDENT && t->type != T_DEDENT && t->type != T_ENDMARKER) {
        p->last_line = t->end_lineno;
        p->last_col = t->end_col;
    }
    p->pos++;
}

static bool tok_text_is(Parser *p, Token *t, const char *s) {
    size_t n = strlen(s);
    return (size_t)(t->end - t->start) == n && memcmp(p->src + t->start, s, n) == 0;
}

/* A NAME that is not a keyword (soft keywords are names). */
static bool at_name(Parser *p) { Token *t = cur(p); return t->type == T_NAME && t->kw == 0; }

static bool accept(Parser *p, int type) {
    if (!at(p, type)) return false;
    advance(p);
    return true;
}

static bool accept_kw(Parser *p, int kw) {
    if (!at_kw(p, kw)) return false;
    advance(p);
    return true;
}

static Pos here(Parser *p) { Token *t = cur(p); return (Pos){t->lineno, t->col}; }

static Loc loc_from(Parser *p, Pos s) {
    return (Loc){s.line, s.col, p->last_line, p->last_col};
}

static Pos pos_of(Loc l) { return (Pos){l.lineno, l.col_offset}; }

/* ---- errors ---- */

static void *error_range(Parser *p, ParseErrorKind kind, int line, int col, int eline, int ecol,
                         const char *fmt, ...) {
    if (failed(p)) return NULL;
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (p->fstring_level > 0 && strncmp(msg, "f-string", 8) != 0) {
        char m2[sizeof msg + 16];
        snprintf(m2, sizeof m2, "f-string: %s", msg);
        memcpy(msg, m2, sizeof msg - 1);
        msg[sizeof msg - 1] = '\0';
    }
    lexer_set_error(p->err, kind, line, col + 1, eline, ecol + 1, "%s", msg);
    return NULL;
}

/* An error at a NEWLINE: CPython's NEWLINE token has no width. The one made
** up at the end of eval or single input that does not end in a newline has
** no column at all (offset 0: no caret); exec input gets a real newline
** appended first in CPython, so its column stays. */
static void *error_at_newline(Parser *p, int k, const char *msg) {
    Token *nl = tok_at(p, k);
    int col = nl->col, start_col = nl->col;
    if (nl->start == nl->end && p->mode != PARSE_FILE) {
        col = start_col = -1;
    } else if (k > 0 && tok_at(p, k - 1)->end_lineno == nl->lineno) {
        /* CPython's NEWLINE starts at a comment before it */
        const char *from = p->src + tok_at(p, k - 1)->end, *hash = NULL;
        if (nl->start > tok_at(p, k - 1)->end)
            hash = memchr(from, '#', (size_t)(nl->start - tok_at(p, k - 1)->end));
        if (hash) start_col = nl->col - (int)(p->src + nl->start - hash);
    }
    return error_range(p, PERR_SYNTAX, nl->lineno, start_col, nl->lineno, col, "%s", msg);
}

static int last_line(Parser *p, int *width);
static void *error_at_columnless(Parser *p, Token *t, ParseErrorKind kind, const char *msg);
static bool columnless(Token *t);

static void *error_at_tok(Parser *p, Token *t, const char *msg) {
    if (failed(p)) return NULL;
    if (columnless(t) && p->fstring_level == 0 && strcmp(msg, "invalid syntax") == 0) {
        /* CPython's generic error: an unexpected DEDENT is an indentation
        ** error; at the end, the last line with no column */
        if (t->type == T_DEDENT) return error_at_columnless(p, t, PERR_INDENT, "unexpected unindent");
        int width, line = last_line(p, &width);
        error_range(p, PERR_SYNTAX, line, -1, line, -1, "%s", msg);
        p->err->incomplete = true;
        return NULL;
    }
    /* at a DEDENT or the end, CPython points after the last line's text */
    int k = p->pos - 1;
    while (k > 0 && tok_at(p, k)->type == T_DEDENT) k--;
    if ((t->type == T_DEDENT || t->type == T_ENDMARKER) && k >= 0 && p->ntoks > 0 && tok_at(p, k)->type == T_NEWLINE) {
        error_at_newline(p, k, msg);
        if (t->type == T_ENDMARKER && p->fstring_level == 0) p->err->incomplete = true;
        return NULL;
    }
    if (t->type == T_NEWLINE && t == cur(p)) {
        error_at_newline(p, p->pos, msg);
        return NULL;
    }
    error_range(p, PERR_SYNTAX, t->lineno, t->col, t->end_lineno, t->end_col, "%s", msg);
    if (t->type == T_ENDMARKER && p->fstring_level == 0) p->err->incomplete = true;
    return NULL;
}

/* The number of the input's last line (where CPython's tokenizer stands at
** the end) and its width with the newline exec input gets appended. */
static int last_line(Parser *p, int *width) {
    int n = p->lex.len, line = 1, start = 0;
    for (int i = 0; i < n; i++) {
        if (p->src[i] != '\n' || i == n - 1) continue;
        line++;
        start = i + 1;
    }
    *width = n - start;
    if (p->mode == PARSE_FILE && (n == 0 || p->src[n - 1] != '\n')) (*width)++;
    return line;
}

/* CPython's DEDENT and ENDMARKER tokens have no column: an error at one
** points where its tokenizer stood, after the indentation of the next line
** or at the end of the input's last line, with end_offset -1. */
static void *error_at_columnless(Parser *p, Token *t, ParseErrorKind kind, const char *msg) {
    if (failed(p)) return NULL;
    if (t->type == T_DEDENT && t->start < p->lex.len)
        return error_range(p, kind, t->lineno, t->col - 1, t->lineno, -2, "%s", msg);
    int width, line = last_line(p, &width);
    error_range(p, kind, line, width - 1, line, -2, "%s", msg);
    if (p->fstring_level == 0) p->err->incomplete = true;
    return NULL;
}

static bool columnless(Token *t) { return t->type == T_DEDENT || t->type == T_ENDMARKER; }

static void *error_at_loc(Parser *p, Loc l, const char *fmt, const char *arg) {
    return error_range(p, PERR_SYNTAX, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset, fmt, arg);
}

/* The generic error, at the current token. */
static void *syntax_error(Parser *p) {
    if (failed(p)) return NULL;
    return error_at_tok(p, cur(p), "invalid syntax");
}

static void *expect_error(Parser *p, const char *what) {
    if (failed(p)) return NULL;
    char m[64];
    snprintf(m, sizeof m, "expected '%s'", what);
    return error_at_tok(p, cur(p), m);
}

static bool expect(Parser *p, int type) {
    if (accept(p, type)) return true;
    syntax_error(p);
    return false;
}

static bool expect_colon(Parser *p) {
    if (accept(p, T_COLON)) return true;
    expect_error(p, ":");
    return false;
}

static bool enter(Parser *p) {
    if (++p->depth > MAX_DEPTH) {
        Token *t = cur(p);
        error_range(p, PERR_SYNTAX, t->lineno, t->col, t->lineno, t->col,
                    "too many nested expressions or blocks");
        return false;
    }
    return true;
}

static void leave(Parser *p) { p->depth--; }

/* ---- nodes ---- */

static void *node(Parser *p, size_t size) {
    void *n = arena_alloc(p->arena, size);
    if (!n) lexer_set_error(p->err, PERR_NOMEM, 0, 0, 0, 0, "out of memory");
    return n;
}

static Expr *new_expr(Parser *p, ExprKind kind, Loc loc) {
    Expr *e = node(p, sizeof(Expr));
    if (!e) return NULL;
    e->kind = kind;
    e->loc = loc;
    return e;
}

static Stmt *new_stmt(Parser *p, StmtKind kind, Loc loc) {
    Stmt *s = node(p, sizeof(Stmt));
    if (!s) return NULL;
    s->kind = kind;
    s->loc = loc;
    return s;
}

static Pattern *new_pattern(Parser *p, PatternKind kind, Loc loc) {
    Pattern *s = node(p, sizeof(Pattern));
    if (!s) return NULL;
    s->kind = kind;
    s->loc = loc;
    return s;
}

/* A growable list of pointers, finished into an arena AstSeq. */
typedef struct { void **items; int len, cap; } Vec;

static bool vec_push(Parser *p, Vec *v, void *x) {
    if (v->len == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 8;
        void **ni = realloc(v->items, sizeof(void *) * (size_t)ncap);
        if (!ni) { lexer_set_error(p->err, PERR_NOMEM, 0, 0, 0, 0, "out of memory"); return false; }
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->len++] = x;
    return true;
}

/* Move [v] into the arena (an empty sequence for an empty vector). */
static AstSeq *vec_finish(Parser *p, Vec *v) {
    AstSeq *s = node(p, sizeof(AstSeq));
    if (s && v->len) {
        s->items = node(p, sizeof(void *) * (size_t)v->len);
        if (s->items) { memcpy(s->items, v->items, sizeof(void *) * (size_t)v->len); s->len = v->len; }
    }
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
    return failed(p) ? NULL : s;
}

static void vec_drop(Vec *v) { free(v->items); v->items = NULL; v->len = v->cap = 0; }

static AstSeq *seq1(Parser *p, void *x) {
    Vec v = {0};
    if (!vec_push(p, &v, x)) return NULL;
    return vec_finish(p, &v);
}

static AstSeq *seq0(Parser *p) { Vec v = {0}; return vec_finish(p, &v); }

/* NFKC of UTF-8 text, malloc'ed (modules/unicodedata.c, declared in
** modules/modules.h, which the VM-free compiler does not include). */
char *unicodedata_nfkc(const char *s, size_t n);

/* The text of [t]; a non-ASCII identifier is NFKC-normalized, as the
** language reference says (so `ﬁ` and `fi` are one name). */
static const char *tok_str(Parser *p, Token *t) {
    const char *text = p->src + t->start;
    size_t n = (size_t)(t->end - t->start);
    char *norm = NULL;
    if (t->type == T_NAME) {
        for (size_t i = 0; i < n && !norm; i++) {
            if ((unsigned char)text[i] < 0x80) continue;
            norm = unicodedata_nfkc(text, n);
            if (!norm) {
                lexer_set_error(p->err, PERR_NOMEM, 0, 0, 0, 0, "out of memory");
                return NULL;
            }
        }
    }
    char *s = norm ? arena_strndup(p->arena, norm, strlen(norm)) : arena_strndup(p->arena, text, n);
    free(norm);
    if (!s) lexer_set_error(p->err, PERR_NOMEM, 0, 0, 0, 0, "out of memory");
    return s;
}

static Expr *make_name(Parser *p, Token *t, ExprContext ctx) {
    Expr *e = new_expr(p, EXPR_NAME, (Loc){t->lineno, t->col, t->end_lineno, t->end_col});
    if (!e) return NULL;
    e->v.name.id = tok_str(p, t);
    e->v.name.ctx = ctx;
    return e->v.name.id ? e : NULL;
}

static Expr *make_constant(Parser *p, ConstKind kind, Loc loc) {
    Expr *e = new_expr(p, EXPR_CONSTANT, loc);
    if (e) e->v.constant.kind = kind;
    return e;
}

/* Parent nodes span their tokens: (a) + b starts at the '('. */
static Expr *make_binop(Parser *p, Pos s, Expr *l, OperatorKind op, Expr *r) {
    Expr *e = new_expr(p, EXPR_BINOP, loc_from(p, s));
    if (!e) return NULL;
    e->v.binop.left = l;
    e->v.binop.op = op;
    e->v.binop.right = r;
    return e;
}

static Expr *make_tuple(Parser *p, AstSeq *elts, Loc loc) {
    Expr *e = new_expr(p, EXPR_TUPLE, loc);
    if (!e) return NULL;
    e->v.list.elts = elts;
    e->v.list.ctx = CTX_LOAD;
    return e;
}

/* ---- names of expressions, for error messages (CPython's wording) ---- */

static const char *expr_name(Expr *e) {
    switch (e->kind) {
    case EXPR_ATTRIBUTE: return "attribute";
    case EXPR_SUBSCRIPT: return "subscript";
    case EXPR_STARRED: return "starred";
    case EXPR_NAME: return "name";
    case EXPR_LIST: return "list";
    case EXPR_TUPLE: return "tuple";
    case EXPR_LAMBDA: return "lambda";
    case EXPR_CALL: return "function call";
    case EXPR_BOOLOP: case EXPR_BINOP: case EXPR_UNARYOP: return "expression";
    case EXPR_GENEXP: return "generator expression";
    case EXPR_YIELD: case EXPR_YIELDFROM: return "yield expression";
    case EXPR_AWAIT: return "await expression";
    case EXPR_LISTCOMP: return "list comprehension";
    case EXPR_SETCOMP: return "set comprehension";
    case EXPR_DICTCOMP: return "dict comprehension";
    case EXPR_DICT: return "dict literal";
    case EXPR_SET: return "set display";
    case EXPR_JOINEDSTR: case EXPR_FORMATTEDVALUE: return "f-string expression";
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "None";
        case CONST_TRUE: return "True";
        case CONST_FALSE: return "False";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case EXPR_COMPARE: return "comparison";
    case EXPR_IFEXP: return "conditional expression";
    case EXPR_NAMEDEXPR: return "named expression";
    default: return "expression";
    }
}

typedef enum { TARGET_STAR, TARGET_DEL, TARGET_FOR } TargetKind;

/* The first sub-expression of [e] that cannot be a target, or NULL. */
static Expr *invalid_target(Expr *e, TargetKind kind) {
    switch (e->kind) {
    case EXPR_LIST: case EXPR_TUPLE:
        for (int i = 0; i < SEQ_LEN(e->v.list.elts); i++) {
            Expr *bad = invalid_target(SEQ_GET(e->v.list.elts, i), kind);
            if (bad) return bad;
        }
        return NULL;
    case EXPR_STARRED:
        if (kind == TARGET_DEL) return e;
        return invalid_target(e->v.starred.value, kind);
    case EXPR_COMPARE:
        if (kind == TARGET_FOR && e->v.compare.ops[0] == CMP_IN)
            return invalid_target(e->v.compare.left, kind);
        return e;
    case EXPR_NAME: case EXPR_SUBSCRIPT: case EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

static void set_context(Expr *e, ExprContext ctx) {
    switch (e->kind) {
    case EXPR_NAME: e->v.name.ctx = ctx; break;
    case EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case EXPR_STARRED: e->v.starred.ctx = ctx; set_context(e->v.starred.value, ctx); break;
    case EXPR_LIST: case EXPR_TUPLE:
        e->v.list.ctx = ctx;
        for (int i = 0; i < SEQ_LEN(e->v.list.elts); i++) set_context(SEQ_GET(e->v.list.elts, i), ctx);
        break;
    default: break;
    }
}

/* Check that [e] can be assigned to (or deleted) and set its context. */
static bool make_target(Parser *p, Expr *e, TargetKind kind) {
    Expr *bad = invalid_target(e, kind);
    if (bad) {
        error_at_loc(p, bad->loc, kind == TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                     expr_name(bad));
        return false;
    }
    set_context(e, kind == TARGET_DEL ? CTX_DEL : CTX_STORE);
    return true;
}

/* Can the current token begin an expression? */
static bool starts_expression(Parser *p) {
    Token *t = cur(p);
    switch (t->type) {
    case T_NAME:
        switch (t->kw) {
        case 0: case KW_NONE: case KW_TRUE: case KW_FALSE: case KW_NOT: case KW_LAMBDA: case KW_AWAIT:
            return true;
        default: return false;
        }
    case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE: case T_MINUS:
    case T_PLUS: case T_TILDE: case T_ELLIPSIS:
        return true;
    default: return false;
    }
}

/* Inside brackets, an expression directly followed by another one is
** probably a missing comma, as CPython says. */
static void *error_after_expr(Parser *p, Expr *a) {
    if (failed(p)) return NULL;
    Token *t = cur(p);
    if (t->level > 0 && a && starts_expression(p)) {
        if (!(a->kind == EXPR_NAME && (strcmp(a->v.name.id, "print") == 0 || strcmp(a->v.name.id, "exec") == 0)))
            return error_range(p, PERR_SYNTAX, a->loc.lineno, a->loc.col_offset, t->end_lineno, t->end_col,
                               "invalid syntax. Perhaps you forgot a comma?");
    }
    return syntax_error(p);
}

/* ---- numbers ---- */

static Expr *parse_number(Parser *p) {
    Token *t = cur(p);
    Loc loc = {t->lineno, t->col, t->end_lineno, t->end_col};
    int n = t->end - t->start;
    char *buf = malloc((size_t)n + 1);
    if (!buf) return error_at_tok(p, t, "out of memory");
    int m = 0;
    for (int i = 0; i < n; i++) if (p->src[t->start + i] != '_') buf[m++] = p->src[t->start + i];
    buf[m] = '\0';
    advance(p);
    Expr *e = NULL;
    char last = buf[m - 1];
    int base = 10;
    const char *digits = buf;
    if (m > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X')) base = 16;
    else if (m > 1 && buf[0] == '0' && (buf[1] == 'o' || buf[1] == 'O')) base = 8;
    else if (m > 1 && buf[0] == '0' && (buf[1] == 'b' || buf[1] == 'B')) base = 2;
    if (base != 10) digits = buf + 2;
    if (last == 'j' || last == 'J') {
        buf[m - 1] = '\0';
        e = make_constant(p, CONST_COMPLEX, loc);
        if (e) e->v.constant.fval = parse_float_literal(buf);
    } else if (base == 10 && strpbrk(buf, ".eE")) {
        e = make_constant(p, CONST_FLOAT, loc);
        if (e) e->v.constant.fval = parse_float_literal(buf);
    } else {
        e = make_constant(p, CONST_INT, loc);
        if (e) {
            while (digits[0] == '0' && digits[1]) digits++;
            uint64_t v = 0;
            bool big = false;
            for (const char *d = digits; *d; d++) {
                int dv = *d <= '9' ? *d - '0' : (*d | 0x20) - 'a' + 10;
                if (v > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base) { big = true; break; }
                v = v * (uint64_t)base + (uint64_t)dv;
            }
            if (big || v > (uint64_t)INT64_MAX) {
                e->v.constant.is_big = true;
                e->v.constant.ibase = base;
                e->v.constant.str.s = arena_strndup(p->arena, digits, strlen(digits));
                e->v.constant.str.len = strlen(digits);
            } else {
                e->v.constant.ival = (int64_t)v;
            }
        }
    }
    free(buf);
    return e;
}

/* ---- atoms ---- */

static Expr *make_comp(Parser *p, ExprKind kind, Pos s, Expr *elt, Expr *value, AstSeq *gens) {
    Expr *e = new_expr(p, kind, loc_from(p, s));
    if (!e) return NULL;
    e->v.comp.elt = elt;
    e->v.comp.value = value;
    e->v.comp.generators = gens;
    return e;
}

static bool at_comp_for(Parser *p) {
    return at_kw(p, KW_FOR) || (at_kw(p, KW_ASYNC) && peek_at(p, 1)->type == T_NAME && peek_at(p, 1)->kw == KW_FOR);
}

static void *starred_comp_error(Parser *p, Expr *e) {
    return error_at_loc(p, e->loc, "%s", "iterable unpacking cannot be used in comprehension");
}

/* Elements of a list, tuple or set display after the first, up to [close]. */
static AstSeq *parse_display_rest(Parser *p, Expr *first, int close) {
    Vec v = {0};
    if (!vec_push(p, &v, first)) return NULL;
    Expr *last = first;
    const char *forgot = "did you forget parentheses around the comprehension target?";
    bool comp_ok = close != T_RPAR;
    while (!failed(p)) {
        if (at(p, close)) break;
        if (at(p, T_EQUAL)) { named_assign_hint(p, last); break; }
        if (comp_ok && at_comp_for(p)) {
            error_range(p, PERR_SYNTAX, first->loc.lineno, first->loc.col_offset, last->loc.end_lineno,
                        last->loc.end_col_offset, "%s", forgot);
            break;
        }
        if (!accept(p, T_COMMA)) { error_after_expr(p, last); break; }
        if (at(p, close)) break;
        if (comp_ok && at_comp_for(p) && v.len == 1) {
            Token *comma = prev(p);
            error_range(p, PERR_SYNTAX, first->loc.lineno, first->loc.col_offset, comma->end_lineno,
                        comma->end_col, "%s", forgot);
            break;
        }
        last = parse_star_named_expression(p);
        if (!last || !vec_push(p, &v, last)) break;
    }
    if (failed(p)) { vec_drop(&v); return NULL; }
    advance(p);
    return vec_finish(p, &v);
}

static Expr *parse_paren(Parser *p) {
    Pos s = here(p);
    advance(p);
    if (accept(p, T_RPAR)) return make_tuple(p, seq0(p), loc_from(p, s));
    if (at_kw(p, KW_YIELD)) {
        Expr *y = parse_yield_expr(p);
        if (!y || !expect(p, T_RPAR)) return NULL;
        return y;
    }
    Expr *first = parse_star_named_expression(p);
    if (!first) return NULL;
    if (at_comp_for(p)) {
        if (first->kind == EXPR_STARRED) return starred_comp_error(p, first);
        AstSeq *gens = parse_comp_for(p);
        if (!gens || !expect(p, T_RPAR)) return NULL;
        return make_comp(p, EXPR_GENEXP, s, first, NULL, gens);
    }
    if (accept(p, T_RPAR)) {
        if (first->kind == EXPR_STARRED)
            return error_at_loc(p, first->loc, "%s", "cannot use starred expression here");
        return first;
    }
    if (at(p, T_EQUAL)) return named_assign_hint(p, first);
    if (!at(p, T_COMMA)) return error_after_expr(p, first);
    AstSeq *elts = parse_display_rest(p, first, T_RPAR);
    if (!elts) return NULL;
    return make_tuple(p, elts, loc_from(p, s));
}

static Expr *parse_list(Parser *p) {
    Pos s = here(p);
    advance(p);
    Expr *e;
    if (accept(p, T_RSQB)) {
        e = new_expr(p, EXPR_LIST, loc_from(p, s));
        if (e) { e->v.list.elts = seq0(p); e->v.list.ctx = CTX_LOAD; }
        return e;
    }
    Expr *first = parse_star_named_expression(p);
    if (!first) return NULL;
    if (at_comp_for(p)) {
        if (first->kind == EXPR_STARRED) return starred_comp_error(p, first);
        AstSeq *gens = parse_comp_for(p);
        if (!gens || !expect(p, T_RSQB)) return NULL;
        return make_comp(p, EXPR_LISTCOMP, s, first, NULL, gens);
    }
    AstSeq *elts = parse_display_rest(p, first, T_RSQB);
    if (!elts) return NULL;
    e = new_expr(p, EXPR_LIST, loc_from(p, s));
    if (e) { e->v.list.elts = elts; e->v.list.ctx = CTX_LOAD; }
    return e;
}

/* A dict display's value: `*x` there gets CPython's own message. */
static Expr *parse_dict_value(Parser *p) {
    if (!at(p, T_STAR)) return parse_expression(p);
    Token *star = cur(p);
    advance(p);
    Expr *v = parse_bitwise_or(p);
    if (!v) return NULL;
    return error_range(p, PERR_SYNTAX, star->lineno, star->col, v->loc.end_lineno, v->loc.end_col_offset, "%s",
                       "cannot use a starred expression in a dictionary value");
}

/* One "key: value" or "**mapping" item of a dict display. */
static bool parse_dict_item(Parser *p, Vec *keys, Vec *values) {
    if (accept(p, T_DOUBLESTAR)) {
        Expr *v = parse_bitwise_or(p);
        return v && vec_push(p, keys, NULL) && vec_push(p, values, v);
    }
    Expr *k = parse_expression(p);
    if (!k) return false;
    if (!accept(p, T_COLON))
        /* CPython points at the key's last character, with end column 0 */
        return error_range(p, PERR_SYNTAX, k->loc.lineno, k->loc.end_col_offset - 1, k->loc.end_lineno, -1,
                           "%s", "':' expected after dictionary key"), false;
    if (at(p, T_RBRACE) || at(p, T_COMMA))
        return error_at_tok(p, prev(p), "expression expected after dictionary key and ':'"), false;
    Expr *v = parse_dict_value(p);
    return v && vec_push(p, keys, k) && vec_push(p, values, v);
}

static Expr *parse_dict_rest(Parser *p, Pos s, Vec *keys, Vec *values) {
    while (!failed(p)) {
        if (at(p, T_RBRACE)) break;
        if (!accept(p, T_COMMA)) { error_after_expr(p, values->len ? values->items[values->len - 1] : NULL); break; }
        if (at(p, T_RBRACE)) break;
        if (!parse_dict_item(p, keys, values)) break;
    }
    if (failed(p)) { vec_drop(keys); vec_drop(values); return NULL; }
    advance(p);
    Expr *e = new_expr(p, EXPR_DICT, loc_from(p, s));
    if (!e) { vec_drop(keys); vec_drop(values); return NULL; }
    e->v.dict.keys = vec_finish(p, keys);
    e->v.dict.values = vec_finish(p, values);
    return e;
}

static Expr *parse_brace(Parser *p) {
    Pos s = here(p);
    advance(p);
    Vec keys = {0}, values = {0};
    if (accept(p, T_RBRACE)) {
        Expr *e = new_expr(p, EXPR_DICT, loc_from(p, s));
        if (e) { e->v.dict.keys = seq0(p); e->v.dict.values = seq0(p); }
        return e;
    }
    if (at(p, T_DOUBLESTAR)) {
        Token *ds = cur(p);
        if (!parse_dict_item(p, &keys, &values)) { vec_drop(&keys); vec_drop(&values); return NULL; }
        if (at_comp_for(p)) {
            vec_drop(&keys);
            vec_drop(&values);
            return error_at_loc(p, (Loc){ds->lineno, ds->col, ds->end_lineno, ds->end_col}, "%s",
                                "dict unpacking cannot be used in dict comprehension");
        }
        return parse_dict_rest(p, s, &keys, &values);
    }
    Expr *first = parse_star_named_expression(p);
    if (!first) return NULL;
    if (at(p, T_COLON) && first->kind != EXPR_STARRED) {
        advance(p);
        if (at(p, T_RBRACE) || at(p, T_COMMA))
            return error_at_tok(p, prev(p), "expression expected after dictionary key and ':'");
        Expr *v = parse_dict_value(p);
        if (!v) return NULL;
        if (at_comp_for(p)) {
            AstSeq *gens = parse_comp_for(p);
            if (!gens || !expect(p, T_RBRACE)) return NULL;
            return make_comp(p, EXPR_DICTCOMP, s, first, v, gens);
        }
        if (!vec_push(p, &keys, first) || !vec_push(p, &values, v)) return NULL;
        return parse_dict_rest(p, s, &keys, &values);
    }
    if (at_comp_for(p)) {
        if (first->kind == EXPR_STARRED) return starred_comp_error(p, first);
        AstSeq *gens = parse_comp_for(p);
        if (!gens || !expect(p, T_RBRACE)) return NULL;
        return make_comp(p, EXPR_SETCOMP, s, first, NULL, gens);
    }
    AstSeq *elts = parse_display_rest(p, first, T_RBRACE);
    if (!elts) return NULL;
    Expr *e = new_expr(p, EXPR_SET, loc_from(p, s));
    if (e) e->v.set.elts = elts;
    return e;
}

static Expr *parse_atom(Parser *p) {
    Token *t = cur(p);
    Loc loc = {t->lineno, t->col, t->end_lineno, t->end_col};
    switch (t->type) {
    case T_NAME:
        switch (t->kw) {
        case 0: advance(p); return make_name(p, prev(p), CTX_LOAD);
        case KW_NONE: advance(p); return make_constant(p, CONST_NONE, loc);
        case KW_TRUE: advance(p); return make_constant(p, CONST_TRUE, loc);
        case KW_FALSE: advance(p); return make_constant(p, CONST_FALSE, loc);
        default: return syntax_error(p);
        }
    case T_NUMBER: return parse_number(p);
    case T_STRING: return parse_strings(p);
    case T_ELLIPSIS: advance(p); return make_constant(p, CONST_ELLIPSIS, loc);
    case T_LPAR: return parse_paren(p);
    case T_LSQB: return parse_list(p);
    case T_LBRACE: return parse_brace(p);
    default: return syntax_error(p);
    }
}

/* ---- primaries: calls, subscripts, attributes ---- */

static Keyword *make_keyword(Parser *p, const char *arg, Expr *value, Loc loc) {
    Keyword *k = node(p, sizeof(Keyword));
    if (!k) return NULL;
    k->arg = arg;
    k->value = value;
    k->loc = loc;
    return k;
}

typedef struct { bool seen_kw, seen_dstar, class_bases; } ArgState;

/* One argument of a call into [args] or [kws]; [start] is the call's '(' for
** a generator expression argument. */
static bool parse_call_arg(Parser *p, Vec *args, Vec *kws, ArgState *st, Pos paren) {
    Pos s = here(p);
    if (at(p, T_STAR)) {
        Token *star = cur(p);
        if (st->seen_dstar)
            return error_at_loc(p, (Loc){star->lineno, star->col, star->end_lineno, star->end_col}, "%s",
                                "iterable argument unpacking follows keyword argument unpacking"), false;
        advance(p);
        Expr *v = parse_expression(p);
        if (!v) return false;
        Expr *e = new_expr(p, EXPR_STARRED, loc_from(p, s));
        if (!e) return false;
        if (at_comp_for(p)) return starred_comp_error(p, e), false;
        e->v.starred.value = v;
        e->v.starred.ctx = CTX_LOAD;
        return vec_push(p, args, e);
    }
    if (accept(p, T_DOUBLESTAR)) {
        Expr *v = parse_expression(p);
        if (!v) return false;
        st->seen_dstar = true;
        Keyword *k = make_keyword(p, NULL, v, loc_from(p, s));
        return k && vec_push(p, kws, k);
    }
    if (at_name(p) && peek_at(p, 1)->type == T_EQUAL) {
        Token *nt = cur(p), *eq = peek_at(p, 1);
        const char *name = tok_str(p, nt);
        advance(p);
        advance(p);
        Expr *v = parse_expression(p);
        if (!v || !name) return false;
        if (at_comp_for(p))
            return error_range(p, PERR_SYNTAX, nt->lineno, nt->col, eq->end_lineno, eq->end_col, "%s",
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"), false;
        st->seen_kw = true;
        Keyword *k = make_keyword(p, name, v, loc_from(p, s));
        return k && vec_push(p, kws, k);
    }
    Expr *e = parse_named_expression(p);
    if (!e) return false;
    if (at(p, T_EQUAL)) {
        if (e->kind == EXPR_CONSTANT && (e->v.constant.kind == CONST_TRUE || e->v.constant.kind == CONST_FALSE ||
                                         e->v.constant.kind == CONST_NONE))
            return error_range(p, PERR_SYNTAX, e->loc.lineno, e->loc.col_offset, cur(p)->end_lineno, cur(p)->end_col,
                               "cannot assign to %s", expr_name(e)), false;
        Token *eq = cur(p);
        return error_range(p, PERR_SYNTAX, e->loc.lineno, e->loc.col_offset, eq->end_lineno, eq->end_col,
                           "expression cannot contain assignment, perhaps you meant \"==\"?"), false;
    }
    if (at_comp_for(p)) {
        Token *for_tok = cur(p);
        AstSeq *gens = parse_comp_for(p);
        if (!gens) return false;
        bool alone = args->len == 0 && kws->len == 0 && at(p, T_RPAR);
        if (!alone) {
            Loc l = loc_from(p, pos_of(e->loc));
            /* CPython's rule reads the argument after the ',' first: an
            ** error of the tokenizer there comes first */
            if (at(p, T_COMMA)) {
                peek_at(p, 2);
                if (p->lex_failed) return false;
            }
            return error_at_loc(p, l, "%s", "Generator expression must be parenthesized"), false;
        }
        /* class C(x for x in y): no bare generator as the only base */
        if (st->class_bases) return error_at_tok(p, for_tok, "invalid syntax"), false;
        Token *rp = cur(p);
        Expr *g = new_expr(p, EXPR_GENEXP, (Loc){paren.line, paren.col, rp->end_lineno, rp->end_col});
        if (!g) return false;
        g->v.comp.elt = e;
        g->v.comp.generators = gens;
        e = g;
    }
    if (st->seen_kw || st->seen_dstar)
        return error_at_tok(p, cur(p), st->seen_dstar ?
                            "positional argument follows keyword argument unpacking" :
                            "positional argument follows keyword argument"), false;
    return vec_push(p, args, e);
}

static Expr *parse_call(Parser *p, Expr *func, Pos start) {
    Pos paren = here(p);
    advance(p);
    Vec args = {0}, kws = {0};
    ArgState st = {false, false, p->in_class_bases};
    p->in_class_bases = false; /* calls nested in the bases are calls */
    while (!failed(p) && !at(p, T_RPAR)) {
        if (!parse_call_arg(p, &args, &kws, &st, paren)) break;
        if (at(p, T_RPAR)) break;
        if (!accept(p, T_COMMA)) {
            Expr *last = args.len ? args.items[args.len - 1] : NULL;
            error_after_expr(p, last);
            break;
        }
    }
    if (failed(p) || !expect(p, T_RPAR)) { vec_drop(&args); vec_drop(&kws); return NULL; }
    Expr *e = new_expr(p, EXPR_CALL, loc_from(p, start));
    if (!e) { vec_drop(&args); vec_drop(&kws); return NULL; }
    e->v.call.func = func;
    e->v.call.args = vec_finish(p, &args);
    e->v.call.keywords = vec_finish(p, &kws);
    return e;
}

/* slice: [expr] ':' [expr] [':' [expr]] | named_expression | '*' expr */
static Expr *parse_slice(Parser *p) {
    Pos s = here(p);
    Expr *lower = NULL;
    if (at(p, T_STAR)) {
        advance(p);
        Expr *v = parse_bitwise_or(p);
        if (!v) return NULL;
        Expr *e = new_expr(p, EXPR_STARRED, loc_from(p, s));
        if (e) { e->v.starred.value = v; e->v.starred.ctx = CTX_LOAD; }
        return e;
    }
    if (!at(p, T_COLON)) {
        lower = parse_named_expression(p);
        if (!lower) return NULL;
        if (!at(p, T_COLON)) return lower;
        if (lower->kind == EXPR_NAMEDEXPR) return syntax_error(p);
    }
    advance(p);
    Expr *upper = NULL, *step = NULL;
    if (!at(p, T_COLON) && !at(p, T_COMMA) && !at(p, T_RSQB)) {
        upper = parse_expression(p);
        if (!upper) return NULL;
    }
    if (accept(p, T_COLON)) {
        if (!at(p, T_COMMA) && !at(p, T_RSQB)) {
            step = parse_expression(p);
            if (!step) return NULL;
        }
    }
    Expr *e = new_expr(p, EXPR_SLICE, loc_from(p, s));
    if (!e) return NULL;
    e->v.slice.lower = lower;
    e->v.slice.upper = upper;
    e->v.slice.step = step;
    return e;
}

static Expr *parse_subscript(Parser *p, Expr *value, Pos start) {
    advance(p);
    Pos s = here(p);
    Expr *first = parse_slice(p);
    if (!first) return NULL;
    Expr *index = first;
    if (at(p, T_COMMA)) {
        Vec v = {0};
        if (!vec_push(p, &v, first)) return NULL;
        while (accept(p, T_COMMA) && !at(p, T_RSQB)) {
            Expr *x = parse_slice(p);
            if (!x || !vec_push(p, &v, x)) { vec_drop(&v); return NULL; }
        }
        index = make_tuple(p, vec_finish(p, &v), loc_from(p, s));
        if (!index) return NULL;
    } else if (first->kind == EXPR_STARRED) {
        index = make_tuple(p, seq1(p, first), loc_from(p, s));
        if (!index) return NULL;
    }
    if (!at(p, T_RSQB)) return error_after_expr(p, first);
    advance(p);
    Expr *e = new_expr(p, EXPR_SUBSCRIPT, loc_from(p, start));
    if (!e) return NULL;
    e->v.subscript.value = value;
    e->v.subscript.slice = index;
    e->v.subscript.ctx = CTX_LOAD;
    return e;
}

static Expr *parse_primary(Parser *p) {
    Pos s = here(p);
    Expr *e = parse_atom(p);
    while (e && !failed(p)) {
        if (at(p, T_DOT)) {
            advance(p);
            if (!at_name(p)) return syntax_error(p);
            Token *nt = cur(p);
            advance(p);
            Expr *a = new_expr(p, EXPR_ATTRIBUTE, loc_from(p, s));
            if (!a) return NULL;
            a->v.attribute.value = e;
            a->v.attribute.attr = tok_str(p, nt);
            a->v.attribute.ctx = CTX_LOAD;
            e = a;
        } else if (at(p, T_LPAR)) {
            e = parse_call(p, e, s);
        } else if (at(p, T_LSQB)) {
            e = parse_subscript(p, e, s);
        } else {
            break;
        }
    }
    return failed(p) ? NULL : e;
}

/* ---- operators ---- */

static Expr *parse_factor(Parser *p);

static Expr *parse_power(Parser *p) {
    Pos s = here(p);
    Expr *e;
    if (at_kw(p, KW_AWAIT)) {
        advance(p);
        Expr *v = parse_primary(p);
        if (!v) return NULL;
        e = new_expr(p, EXPR_AWAIT, loc_from(p, s));
        if (!e) return NULL;
        e->v.await_.value = v;
    } else {
        e = parse_primary(p);
        if (!e) return NULL;
    }
    if (accept(p, T_DOUBLESTAR)) {
        Expr *r = parse_factor(p);
        if (!r) return NULL;
        e = make_binop(p, s, e, OP_POW, r);
    }
    return e;
}

static Expr *parse_factor(Parser *p) {
    UnaryOpKind op;
    switch (cur(p)->type) {
    case T_PLUS: op = OP_UADD; break;
    case T_MINUS: op = OP_USUB; break;
    case T_TILDE: op = OP_INVERT; break;
    default: return parse_power(p);
    }
    Pos s = here(p);
    advance(p);
    if (!enter(p)) return NULL;
    Expr *v = parse_factor(p);
    leave(p);
    if (!v) return NULL;
    Expr *e = new_expr(p, EXPR_UNARYOP, loc_from(p, s));
    if (!e) return NULL;
    e->v.unaryop.op = op;
    e->v.unaryop.operand = v;
    return e;
}

/* Binary operator precedence (0: not a binary operator here). */
static int binop_prec(int type, OperatorKind *op) {
    switch (type) {
    case T_VBAR: *op = OP_BITOR; return 1;
    case T_CIRCUMFLEX: *op = OP_BITXOR; return 2;
    case T_AMPER: *op = OP_BITAND; return 3;
    case T_LEFTSHIFT: *op = OP_LSHIFT; return 4;
    case T_RIGHTSHIFT: *op = OP_RSHIFT; return 4;
    case T_PLUS: *op = OP_ADD; return 5;
    case T_MINUS: *op = OP_SUB; return 5;
    case T_STAR: *op = OP_MULT; return 6;
    case T_SLASH: *op = OP_DIV; return 6;
    case T_DOUBLESLASH: *op = OP_FLOORDIV; return 6;
    case T_PERCENT: *op = OP_MOD; return 6;
    case T_AT: *op = OP_MATMULT; return 6;
    default: return 0;
    }
}

/* Precedence climbing over the left-associative binary operators. */
static Expr *parse_binary(Parser *p, int min_prec) {
    Pos s = here(p);
    Expr *l = parse_factor(p);
    while (l) {
        OperatorKind op;
        int prec = binop_prec(cur(p)->type, &op);
        if (prec == 0 || prec < min_prec) break;
        advance(p);
        Expr *r = parse_binary(p, prec + 1);
        if (!r) return NULL;
        l = make_binop(p, s, l, op, r);
    }
    return l;
}

static Expr *parse_bitwise_or(Parser *p) { return parse_binary(p, 1); }

static bool comparison_op(Parser *p, CmpOpKind *op) {
    Token *t = cur(p);
    switch (t->type) {
    case T_EQEQUAL: *op = CMP_EQ; break;
    case T_NOTEQUAL: *op = CMP_NOTEQ; break;
    case T_LESS: *op = CMP_LT; break;
    case T_LESSEQUAL: *op = CMP_LTE; break;
    case T_GREATER: *op = CMP_GT; break;
    case T_GREATEREQUAL: *op = CMP_GTE; break;
    case T_NAME:
        if (t->kw == KW_IN) { *op = CMP_IN; break; }
        if (t->kw == KW_IS) {
            Token *n = peek_at(p, 1);
            if (n->type == T_NAME && n->kw == KW_NOT) { advance(p); *op = CMP_ISNOT; break; }
            *op = CMP_IS;
            break;
        }
        if (t->kw == KW_NOT) {
            Token *n = peek_at(p, 1);
            if (n->type == T_NAME && n->kw == KW_IN) { advance(p); *op = CMP_NOTIN; break; }
        }
        return false;
    default: return false;
    }
    advance(p);
    return true;
}

static Expr *parse_comparison(Parser *p) {
    Pos s = here(p);
    Expr *l = parse_bitwise_or(p);
    if (!l) return NULL;
    CmpOpKind op;
    if (!comparison_op(p, &op)) return l;
    Vec ops = {0}, comps = {0};
    do {
        Expr *r = parse_bitwise_or(p);
        if (!r || !vec_push(p, &ops, (void *)(intptr_t)op) || !vec_push(p, &comps, r)) {
            vec_drop(&ops); vec_drop(&comps); return NULL;
        }
    } while (comparison_op(p, &op));
    Expr *e = new_expr(p, EXPR_COMPARE, loc_from(p, s));
    CmpOpKind *opv = e ? node(p, sizeof(CmpOpKind) * (size_t)ops.len) : NULL;
    if (!opv) { vec_drop(&ops); vec_drop(&comps); return NULL; }
    for (int i = 0; i < ops.len; i++) opv[i] = (CmpOpKind)(intptr_t)ops.items[i];
    e->v.compare.left = l;
    e->v.compare.n = ops.len;
    e->v.compare.ops = opv;
    vec_drop(&ops);
    e->v.compare.comparators = vec_finish(p, &comps);
    return e;
}

static Expr *parse_inversion(Parser *p) {
    if (!at_kw(p, KW_NOT)) return parse_comparison(p);
    Pos s = here(p);
    advance(p);
    if (!enter(p)) return NULL;
    Expr *v = parse_inversion(p);
    leave(p);
    if (!v) return NULL;
    Expr *e = new_expr(p, EXPR_UNARYOP, loc_from(p, s));
    if (!e) return NULL;
    e->v.unaryop.op = OP_NOT;
    e->v.unaryop.operand = v;
    return e;
}

/* a and b and c / a or b or c: one BoolOp with all the operands. */
static Expr *parse_boolop(Parser *p, int kw, BoolOpKind op, Expr *(*operand)(Parser *)) {
    Pos s = here(p);
    Expr *first = operand(p);
    if (!first || !at_kw(p, kw)) return first;
    Vec v = {0};
    if (!vec_push(p, &v, first)) return NULL;
    while (accept_kw(p, kw)) {
        Expr *x = operand(p);
        if (!x || !vec_push(p, &v, x)) { vec_drop(&v); return NULL; }
    }
    Expr *e = new_expr(p, EXPR_BOOLOP, loc_from(p, s));
    if (!e) { vec_drop(&v); return NULL; }
    e->v.boolop.op = op;
    e->v.boolop.values = vec_finish(p, &v);
    return e;
}

static Expr *parse_conjunction(Parser *p) { return parse_boolop(p, KW_AND, OP_AND, parse_inversion); }
static Expr *parse_disjunction(Parser *p) { return parse_boolop(p, KW_OR, OP_OR, parse_conjunction); }

static Expr *parse_lambda(Parser *p) {
    Pos s = here(p);
    advance(p);
    Arguments *args = parse_params(p, true, T_COLON);
    if (!args || !soft_colon(p)) return NULL;
    Expr *body = parse_expression(p);
    if (!body) return NULL;
    Expr *e = new_expr(p, EXPR_LAMBDA, loc_from(p, s));
    if (!e) return NULL;
    e->v.lambda.args = args;
    e->v.lambda.body = body;
    return e;
}

static Expr *parse_expression_inner(Parser *p) {
    if (at_kw(p, KW_LAMBDA)) return parse_lambda(p);
    Pos s = here(p);
    Expr *body = parse_disjunction(p);
    if (!body || !at_kw(p, KW_IF)) return body;
    advance(p);
    Expr *test = parse_disjunction(p);
    if (!test) return NULL;
    if (!accept_kw(p, KW_ELSE)) {
        if (at(p, T_COLON)) return syntax_error(p); /* CPython's rule excludes it */
        Loc l = loc_from(p, s);
        return error_at_loc(p, l, "%s", "expected 'else' after 'if' expression");
    }
    Expr *orelse = parse_expression(p);
    if (!orelse) return NULL;
    Expr *e = new_expr(p, EXPR_IFEXP, loc_from(p, s));
    if (!e) return NULL;
    e->v.ifexp.test = test;
    e->v.ifexp.body = body;
    e->v.ifexp.orelse = orelse;
    return e;
}

static Expr *parse_expression(Parser *p) {
    if (!enter(p)) return NULL;
    Expr *e = parse_expression_inner(p);
    leave(p);
    return e;
}

static Expr *parse_named_expression(Parser *p) {
    if (at_name(p) && peek_at(p, 1)->type == T_COLONEQUAL) {
        Pos s = here(p);
        Expr *target = make_name(p, cur(p), CTX_STORE);
        advance(p);
        advance(p);
        Expr *v = parse_expression(p);
        if (!target || !v) return NULL;
        Expr *e = new_expr(p, EXPR_NAMEDEXPR, loc_from(p, s));
        if (!e) return NULL;
        e->v.namedexpr.target = target;
        e->v.namedexpr.value = v;
        return e;
    }
    Expr *e = parse_expression(p);
    if (e && at(p, T_COLONEQUAL))
        return error_at_loc(p, e->loc, "cannot use assignment expressions with %s", expr_name(e));
    return e;
}

static Expr *make_starred(Parser *p, Pos s, Expr *v) {
    Expr *e = new_expr(p, EXPR_STARRED, loc_from(p, s));
    if (!e) return NULL;
    e->v.starred.value = v;
    e->v.starred.ctx = CTX_LOAD;
    return e;
}

static Expr *parse_star_named_expression(Parser *p) {
    if (!at(p, T_STAR)) return parse_named_expression(p);
    Pos s = here(p);
    advance(p);
    Expr *v = parse_bitwise_or(p);
    return v ? make_starred(p, s, v) : NULL;
}

static Expr *parse_star_expression(Parser *p) {
    if (!at(p, T_STAR)) return parse_expression(p);
    Pos s = here(p);
    advance(p);
    Expr *v = parse_bitwise_or(p);
    return v ? make_starred(p, s, v) : NULL;
}

/* A comma-separated sequence of [item]s: the item itself, or a Tuple when
** there is a comma (a trailing comma belongs to the tuple). */
static Expr *parse_tuple_of(Parser *p, Expr *(*item)(Parser *)) {
    Pos s = here(p);
    Expr *first = item(p);
    if (!first || !at(p, T_COMMA)) return first;
    Vec v = {0};
    if (!vec_push(p, &v, first)) return NULL;
    while (accept(p, T_COMMA)) {
        if (!at(p, T_STAR) && !starts_expression(p)) break;
        Expr *x = item(p);
        if (!x || !vec_push(p, &v, x)) { vec_drop(&v); return NULL; }
    }
    return make_tuple(p, vec_finish(p, &v), loc_from(p, s));
}

static Expr *parse_star_expressions(Parser *p) { return parse_tuple_of(p, parse_star_expression); }

static Expr *parse_yield_expr(Parser *p) {
    Pos s = here(p);
    advance(p);
    if (accept_kw(p, KW_FROM)) {
        Expr *v = parse_expression(p);
        if (!v) return NULL;
        Expr *e = new_expr(p, EXPR_YIELDFROM, loc_from(p, s));
        if (e) e->v.yieldfrom.value = v;
        return e;
    }
    Expr *v = NULL;
    if (at(p, T_STAR) || starts_expression(p)) {
        v = parse_star_expressions(p);
        if (!v) return NULL;
    }
    Expr *e = new_expr(p, EXPR_YIELD, loc_from(p, s));
    if (e) e->v.yield.value = v;
    return e;
}

/* ---- targets and comprehensions ---- */

static Expr *parse_star_target(Parser *p) {
    if (!at(p, T_STAR)) return parse_bitwise_or(p);
    Pos s = here(p);
    advance(p);
    if (at(p, T_STAR)) return syntax_error(p);
    Expr *v = parse_star_target(p);
    return v ? make_starred(p, s, v) : NULL;
}

/* star_targets, checked and set to Store. */
static Expr *parse_star_targets(Parser *p, TargetKind kind) {
    Expr *e = parse_tuple_of(p, parse_star_target);
    if (!e || !make_target(p, e, kind)) return NULL;
    return e;
}

static AstSeq *parse_comp_for(Parser *p) {
    Vec gens = {0};
    while (at_comp_for(p)) {
        Comprehension *c = node(p, sizeof(Comprehension));
        if (!c) break;
        if (accept_kw(p, KW_ASYNC)) c->is_async = true;
        advance(p); /* for */
        c->target = parse_star_targets(p, TARGET_FOR);
        if (!c->target) break;
        if (!accept_kw(p, KW_IN)) { syntax_error(p); break; }
        c->iter = parse_disjunction(p);
        if (!c->iter) break;
        Vec ifs = {0};
        while (accept_kw(p, KW_IF)) {
            Expr *x = parse_disjunction(p);
            if (!x || !vec_push(p, &ifs, x)) break;
        }
        c->ifs = vec_finish(p, &ifs);
        if (!c->ifs || !vec_push(p, &gens, c)) break;
    }
    if (failed(p)) { vec_drop(&gens); return NULL; }
    return vec_finish(p, &gens);
}

/* ---- function parameters ---- */

/* A parameter; [star_ok]: the annotation of *args may be starred (PEP 646). */
static Arg *parse_arg_ex(Parser *p, bool lambda, bool star_ok) {
    if (!at_name(p)) return syntax_error(p);
    Pos s = here(p);
    Arg *a = node(p, sizeof(Arg));
    if (!a) return NULL;
    a->arg = tok_str(p, cur(p));
    advance(p);
    if (!lambda && accept(p, T_COLON)) {
        if (at(p, T_STAR) && !star_ok) return syntax_error(p);
        if (at(p, T_STAR)) {
            Pos ss = here(p);
            advance(p);
            Expr *v = parse_expression(p);
            a->annotation = v ? make_starred(p, ss, v) : NULL;
        } else {
            a->annotation = parse_expression(p);
        }
        if (!a->annotation) return NULL;
    }
    a->loc = loc_from(p, s);
    return a;
}

static Arg *parse_arg(Parser *p, bool lambda) { return parse_arg_ex(p, lambda, false); }

typedef struct {
    Vec posonly, args, defaults, kwonly, kwdefaults;
    Arg *vararg, *kwarg;
    bool star, slash, default_seen;
} ParamState;

/* An error at the token just read ('/', '*', ...). */
/* `(a, b)` where a parameter should be (Python 2's tuple parameters): the
** offset of its ')' from the current '(' token, or 0 when it is not that. */
static int parenthesized_params_end(Parser *p, bool lambda) {
    int k = 1;
    for (;;) {
        Token *t = peek_at(p, k);
        if (t->type != T_NAME || t->kw) return 0;
        t = peek_at(p, ++k);
        if (t->type == T_COLON && !lambda) {
            /* skip the annotation to the ',' or ')' at this level */
            int depth = 0;
            for (t = peek_at(p, ++k); depth > 0 || (t->type != T_COMMA && t->type != T_RPAR); t = peek_at(p, ++k)) {
                if (t->type == T_ENDMARKER || t->type == T_NEWLINE) return 0;
                if (t->type == T_LPAR || t->type == T_LSQB || t->type == T_LBRACE) depth++;
                if (t->type == T_RPAR || t->type == T_RSQB || t->type == T_RBRACE) depth--;
            }
        }
        if (t->type == T_RPAR) return k;
        if (t->type != T_COMMA) return 0;
        if (peek_at(p, ++k)->type == T_RPAR) return k;
    }
}

static bool param_error(Parser *p, const char *msg) {
    error_at_tok(p, prev(p), msg);
    return false;
}

static bool parse_plain_param(Parser *p, ParamState *st, bool lambda) {
    Arg *a = parse_arg(p, lambda);
    if (!a) return false;
    Expr *def = NULL;
    if (accept(p, T_EQUAL)) {
        if (at(p, T_COMMA) || at(p, T_RPAR))
            return error_at_tok(p, prev(p), "expected default value expression"), false;
        def = parse_expression(p);
        if (!def) return false;
    }
    if (st->star) return vec_push(p, &st->kwonly, a) && vec_push(p, &st->kwdefaults, def);
    if (def) {
        st->default_seen = true;
        if (!vec_push(p, &st->defaults, def)) return false;
    } else if (st->default_seen) {
        error_at_loc(p, a->loc, "%s", "non-default argument follows default argument");
        return false;
    }
    return vec_push(p, &st->args, a);
}

static bool parse_one_param(Parser *p, ParamState *st, bool lambda, int close) {
    if (accept(p, T_SLASH)) {
        if (st->slash) return param_error(p, "/ may appear only once");
        if (st->star) return param_error(p, "/ must be ahead of *");
        if (st->args.len == 0)
            return param_error(p, at(p, close) ? "invalid syntax" : "at least one argument must precede /");
        st->slash = true;
        st->posonly = st->args;
        st->args = (Vec){0};
        if (at(p, T_STAR)) return error_at_tok(p, cur(p), "expected comma between / and *"), false;
        return true;
    }
    if (at(p, T_LPAR) && !st->default_seen && !st->slash && !st->star) {
        int end = parenthesized_params_end(p, lambda);
        if (end > 0) {
            Token *o = cur(p), *c = peek_at(p, end);
            error_range(p, PERR_SYNTAX, o->lineno, o->col, c->end_lineno, c->end_col, "%s",
                        lambda ? "Lambda expression parameters cannot be parenthesized"
                               : "Function parameters cannot be parenthesized");
            return false;
        }
    }
    if (accept(p, T_STAR)) {
        if (st->star) return param_error(p, "* argument may appear only once");
        st->star = true;
        /* CPython places this at the '*' of a def, at the last token read in a lambda */
        if (at(p, T_COMMA)) {
            if (peek_at(p, 1)->type == close || peek_at(p, 1)->type == T_DOUBLESTAR) {
                if (lambda) return error_at_tok(p, peek_at(p, 1), "named arguments must follow bare *"), false;
                return param_error(p, "named arguments must follow bare *");
            }
            return true;
        }
        if (at(p, close)) {
            if (lambda) return error_at_tok(p, cur(p), "named arguments must follow bare *"), false;
            return param_error(p, "named arguments must follow bare *");
        }
        st->vararg = parse_arg_ex(p, lambda, true);
        if (!st->vararg) return false;
        if (at(p, T_EQUAL)) return error_at_tok(p, cur(p), "var-positional argument cannot have default value"), false;
        return true;
    }
    if (accept(p, T_DOUBLESTAR)) {
        st->kwarg = parse_arg(p, lambda);
        if (!st->kwarg) return false;
        if (at(p, T_EQUAL)) return error_at_tok(p, cur(p), "var-keyword argument cannot have default value"), false;
        if (at(p, T_COMMA) && peek_at(p, 1)->type != close) {
            advance(p);
            return error_at_tok(p, cur(p), "arguments cannot follow var-keyword argument"), false;
        }
        return true;
    }
    return parse_plain_param(p, st, lambda);
}

static Arguments *parse_params(Parser *p, bool lambda, int close) {
    ParamState st;
    memset(&st, 0, sizeof st);
    while (!failed(p) && !at(p, close)) {
        if (st.kwarg) { syntax_error(p); break; }
        if (!parse_one_param(p, &st, lambda, close)) break;
        if (!accept(p, T_COMMA)) break;
    }
    Arguments *a = failed(p) ? NULL : node(p, sizeof(Arguments));
    if (!a) {
        vec_drop(&st.posonly); vec_drop(&st.args); vec_drop(&st.defaults);
        vec_drop(&st.kwonly); vec_drop(&st.kwdefaults);
        return NULL;
    }
    a->posonlyargs = vec_finish(p, &st.posonly);
    a->args = vec_finish(p, &st.args);
    a->vararg = st.vararg;
    a->kwonlyargs = vec_finish(p, &st.kwonly);
    a->kw_defaults = vec_finish(p, &st.kwdefaults);
    a->kwarg = st.kwarg;
    a->defaults = vec_finish(p, &st.defaults);
    return failed(p) ? NULL : a;
}

/* ---- string literals ---- */

typedef struct { char *s; size_t len, cap; } Buf;

static bool buf_put(Parser *p, Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->len + n + 1) ncap *= 2;
        char *ns = realloc(b->s, ncap);
        if (!ns) { lexer_set_error(p->err, PERR_NOMEM, 0, 0, 0, 0, "out of memory"); return false; }
        b->s = ns;
        b->cap = ncap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
    return true;
}

static bool buf_putc(Parser *p, Buf *b, int c) { char ch = (char)c; return buf_put(p, b, &ch, 1); }

static bool buf_put_utf8(Parser *p, Buf *b, unsigned cp) {
    char u[4];
    int n;
    if (cp < 0x80) { u[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    return buf_put(p, b, u, (size_t)n);
}

typedef struct {
    bool raw, bytes, fstr, u;
    int body, body_end;    /* the text between the quotes */
} StrTok;

static StrTok str_token_info(Parser *p, Token *t) {
    StrTok st = {false, false, false, false, 0, 0};
    int i = t->start;
    for (; p->src[i] != '\'' && p->src[i] != '"'; i++) {
        switch (p->src[i] | 0x20) {
        case 'r': st.raw = true; break;
        case 'b': st.bytes = true; break;
        case 'f': st.fstr = true; break;
        case 'u': st.u = true; break;
        }
    }
    char q = p->src[i];
    int ql = (i + 2 < t->end && p->src[i + 1] == q && p->src[i + 2] == q && t->end - i >= 6) ? 3 : 1;
    st.body = i + ql;
    st.body_end = t->end - ql;
    return st;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* An error CPython raises once it has read the token after a run of string
** literals (the current one): at that token; at the end of eval or single
** input (no real newline there) at the end of the line, end_offset -1. */
static void *error_after_strings(Parser *p, const char *msg) {
    Token *next = cur(p);
    if (next->type == T_NEWLINE && next->start == next->end && p->mode != PARSE_FILE)
        return error_range(p, PERR_SYNTAX, next->lineno, next->col - 1, next->lineno, -2, "%s", msg);
    if (next->type == T_NEWLINE) return error_at_newline(p, p->pos, msg);
    if (columnless(next)) return error_at_tok(p, next, msg);
    return error_range(p, PERR_SYNTAX, next->lineno, next->col, next->end_lineno, next->end_col, "%s", msg);
}

static bool escape_error(Parser *p, Token *t, bool bytes, int pos, int len, const char *what) {
    char m[160];
    if (bytes)
        snprintf(m, sizeof m, "(value error) invalid \\x escape at position %d", pos);
    else
        snprintf(m, sizeof m, "(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                 pos, pos + len - 1, what);
    /* CPython decodes after reading the token that follows the strings, and
    ** points at that one */
    Token *next = cur(p);
    if (p->fstring_level == 0 && next->start >= t->end && (next->type != T_NEWLINE || next->start == next->end))
        error_after_strings(p, m);
    else
        error_range(p, PERR_SYNTAX, t->end_lineno, t->end_col, t->end_lineno, t->end_col, "%s", m);
    return false;
}

/* Decode one backslash escape at s[i] (s[i] == '\\'); returns the index
** after it, or -1 on error. */
/* The first invalid escape of a string token gives a DeprecationWarning
** (CPython 3.11); s[i] is the character after the backslash. */
static void warn_invalid_escape(Parser *p, Token *t, const char *s, int i, bool octal) {
    ParseError *e = p->err;
    if (p->escape_warned == t || e->nwarnings >= (int)(sizeof e->warnings / sizeof e->warnings[0])) return;
    /* CPython turns a non-ASCII character into an escape of its own before
    ** decoding, so a backslash before one is no invalid escape */
    if ((unsigned char)s[i] >= 0x80) return;
    p->escape_warned = t;
    int len = octal ? 3 : 1;
    snprintf(e->warnings[e->nwarnings].msg, sizeof e->warnings[0].msg, "invalid %sescape sequence '\\%.*s'",
             octal ? "octal " : "", len, s + i);
    e->warnings[e->nwarnings].lineno = t->lineno;
    e->warnings[e->nwarnings].col = t->col;
    e->warnings[e->nwarnings].end_lineno = t->end_lineno;
    e->warnings[e->nwarnings].end_col = t->end_col;
    e->warnings[e->nwarnings].deprecation = true;
    e->nwarnings++;
}

static int decode_escape(Parser *p, Token *t, const char *s, int i, int n, int base, bool bytes, Buf *out) {
    if (i + 1 >= n) { buf_putc(p, out, '\\'); return i + 1; }
    int c = (unsigned char)s[i + 1];
    int j = i + 2;
    switch (c) {
    case '\n': return j;
    case '\r': return (j < n && s[j] == '\n') ? j + 1 : j;
    case '\\': case '\'': case '"': return buf_putc(p, out, c) ? j : -1;
    case 'a': return buf_putc(p, out, 7) ? j : -1;
    case 'b': return buf_putc(p, out, 8) ? j : -1;
    case 'f': return buf_putc(p, out, 12) ? j : -1;
    case 'n': return buf_putc(p, out, 10) ? j : -1;
    case 'r': return buf_putc(p, out, 13) ? j : -1;
    case 't': return buf_putc(p, out, 9) ? j : -1;
    case 'v': return buf_putc(p, out, 11) ? j : -1;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = (unsigned)(c - '0');
        for (int k = 0; k < 2 && j < n && s[j] >= '0' && s[j] <= '7'; k++, j++) v = v * 8 + (unsigned)(s[j] - '0');
        if (v > 0377) warn_invalid_escape(p, t, s, i + 1, true);
        bool ok = bytes ? buf_putc(p, out, (int)(v & 0xFF)) : buf_put_utf8(p, out, v);
        return ok ? j : -1;
    }
    case 'x': case 'u': case 'U': {
        if (bytes && c != 'x') break;
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        unsigned v = 0;
        for (int k = 0; k < digits; k++) {
            int h = j + k < n ? hexval((unsigned char)s[j + k]) : -1;
            if (h < 0) {
                const char *what = c == 'x' ? "truncated \\xXX escape" : c == 'u' ? "truncated \\uXXXX escape"
                                                                           : "truncated \\UXXXXXXXX escape";
                escape_error(p, t, bytes, i - base, j + k - i, what);
                return -1;
            }
            v = v * 16 + (unsigned)h;
        }
        j += digits;
        if (bytes) return buf_putc(p, out, (int)v) ? j : -1;
        if (v > 0x10FFFF) { escape_error(p, t, false, i - base, j - i, "illegal Unicode character"); return -1; }
        return buf_put_utf8(p, out, v) ? j : -1;
    }
    case 'N': {
        if (bytes) break;
        /* \N{NAME}: CPython reports a missing or empty name as malformed,
        ** spanning "\N", "\N{" or the unterminated rest */
        int span = j - i;
        if (j < n && s[j] == '{') {
            int k = j + 1;
            while (k < n && s[k] != '}') k++;
            if (k < n && k > j + 1) {
                int cp = unicode_lookup_name(s + j + 1, (size_t)(k - j - 1));
                if (cp >= 0) return buf_put_utf8(p, out, (unsigned)cp) ? k + 1 : -1;
                escape_error(p, t, false, i - base, k + 1 - i, "unknown Unicode character name");
                return -1;
            }
            span = k < n ? j + 1 - i : n - i;
        }
        escape_error(p, t, false, i - base, span, "malformed \\N character escape");
        return -1;
    }
    default: break;
    }
    /* an unknown escape is kept as it is */
    warn_invalid_escape(p, t, s, i + 1, false);
    return buf_putc(p, out, '\\') ? i + 1 : -1;
}

/* Append the decoded text of src[b..e) to [out]. */
static bool decode_text(Parser *p, Token *t, int b, int e, bool raw, bool bytes, Buf *out) {
    const char *s = p->src;
    int i = b;
    while (i < e) {
        unsigned char c = (unsigned char)s[i];
        if (bytes && c >= 0x80) {
            error_range(p, PERR_SYNTAX, t->lineno, t->col, t->end_lineno, t->end_col, "%s",
                        "bytes can only contain ASCII literal characters");
            return false;
        }
        if (c == '\\' && !raw) {
            i = decode_escape(p, t, s, i, e, b, bytes, out);
            if (i < 0) return false;
            continue;
        }
        if (c == '\r') {
            /* newlines in the source are \n in the value */
            if (!buf_putc(p, out, '\n')) return false;
            i += (i + 1 < e && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        int j = i + 1;
        while (j < e && s[j] != '\\' && s[j] != '\r' && !(bytes && (unsigned char)s[j] >= 0x80)) j++;
        if (!buf_put(p, out, s + i, (size_t)(j - i))) return false;
        i = j;
    }
    return true;
}

static AstStr buf_to_arena(Parser *p, Buf *b) {
    AstStr r = {"", 0};
    if (b->len) {
        char *s = arena_strndup(p->arena, b->s, b->len);
        if (!s) { lexer_set_error(p->err, PERR_NOMEM, 0, 0, 0, 0, "out of memory"); return r; }
        r.s = s;
        r.len = b->len;
    }
    return r;
}

/* ---- f-strings ---- */

typedef struct {
    Parser *p;
    Token *tok;          /* the f-string token being read */
    Loc whole;           /* location of the whole concatenation */
    bool raw;
    const char *kind_u;  /* "u" when the first literal has a u prefix */
    bool reported_relative;
} FCtx;

/* Literal text so far becomes a Constant at [loc]. */
static bool flush_literal_at(FCtx *f, Vec *values, Buf *lit, Loc loc) {
    if (lit->len == 0) return true;
    Expr *c = make_constant(f->p, CONST_STR, loc);
    if (!c) return false;
    c->v.constant.kind_u = f->kind_u;
    c->v.constant.str = buf_to_arena(f->p, lit);
    lit->len = 0;
    return vec_push(f->p, values, c);
}

static bool flush_literal(FCtx *f, Vec *values, Buf *lit) { return flush_literal_at(f, values, lit, f->whole); }

static Loc token_loc(Token *t) { return (Loc){t->lineno, t->col, t->end_lineno, t->end_col}; }

static bool fstring_error(FCtx *f, const char *msg) {
    Token *t = f->tok;
    int save = f->p->fstring_level;
    f->p->fstring_level = 0;
    error_range(f->p, PERR_SYNTAX, t->end_lineno, t->end_col, t->end_lineno, t->end_col, "%s", msg);
    f->p->fstring_level = save;
    return false;
}

/* Line number and line start of source offset [off] inside token [t]. */
static void locate_offset(Parser *p, Token *t, int off, int *line, int *line_start) {
    int ln = t->lineno, ls = t->start - t->col;
    for (int i = t->start; i < off; i++) {
        if (p->src[i] == '\n' || (p->src[i] == '\r' && p->src[i + 1] != '\n')) { ln++; ls = i + 1; }
    }
    *line = ln;
    *line_start = ls;
}

/* Find where the expression of a replacement field starting at [i] ends. */
static int fstring_expr_end(FCtx *f, int i, int e) {
    const char *s = f->p->src;
    int depth = 0;
    char stack[200];
    for (; i < e; i++) {
        char c = s[i];
        if (c == '\\') return fstring_error(f, "f-string expression part cannot include a backslash"), -1;
        if (c == '#') return fstring_error(f, "f-string expression part cannot include '#'"), -1;
        if (c == '\'' || c == '"') {
            bool triple = i + 2 < e && s[i + 1] == c && s[i + 2] == c;
            int ql = triple ? 3 : 1;
            int j = i + ql;
            while (j < e && !(s[j] == c && (!triple || (j + 2 < e && s[j + 1] == c && s[j + 2] == c)))) {
                /* not even inside a string of the expression (3.11) */
                if (s[j] == '\\') return fstring_error(f, "f-string expression part cannot include a backslash"), -1;
                j++;
            }
            if (j >= e) return fstring_error(f, "f-string: unterminated string"), -1;
            i = j + ql - 1;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth >= (int)sizeof stack) return fstring_error(f, "f-string: too many nested parenthesis"), -1;
            stack[depth++] = c;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
                if (c == '}') return i;
                char m[40];
                snprintf(m, sizeof m, "f-string: unmatched '%c'", c);
                return fstring_error(f, m), -1;
            }
            char o = stack[--depth];
            if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
                char m[80];
                snprintf(m, sizeof m, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
                return fstring_error(f, m), -1;
            }
            continue;
        }
        if (depth > 0) continue;
        if (c == '!' && !(i + 1 < e && s[i + 1] == '=')) return i;
        if (c == ':') return i;
        if (c == '=' && !(i + 1 < e && s[i + 1] == '=') && i > 0 && !strchr("=!<>", s[i - 1])) return i;
    }
    if (depth > 0) return fstring_error(f, "f-string: unmatched '('"), -1;
    return fstring_error(f, "f-string: expecting '}'"), -1;
}

static Expr *parse_fstring_expr(FCtx *f, int b, int e) {
    Parser *p = f->p;
    bool blank = true;
    for (int i = b; i < e; i++)
        if (!strchr(" \t\n\r\f", p->src[i])) blank = false;
    if (blank) {
        char m[64];
        if (p->src[e] == '}') snprintf(m, sizeof m, "f-string: empty expression not allowed");
        else snprintf(m, sizeof m, "f-string: expression required before '%c'", p->src[e]);
        return fstring_error(f, m), NULL;
    }
    Parser sub;
    memset(&sub, 0, sizeof sub);
    sub.arena = p->arena;
    sub.src = p->src;
    sub.err = p->err;
    sub.mode = PARSE_EVAL;
    sub.depth = p->depth;
    sub.fstring_level = p->fstring_level + 1;
    int line, line_start;
    locate_offset(p, f->tok, b, &line, &line_start);
    lexer_init_sub(&sub.lex, p->src, b, e, line, line_start, p->err);
    Expr *x;
    if (at(&sub, T_DOUBLESTAR)) {
        Token *ds = cur(&sub);
        x = error_range(&sub, PERR_SYNTAX, ds->lineno, ds->col, ds->end_lineno, ds->end_col, "%s",
                        "cannot use double starred expression here");
    } else {
        x = at_kw(&sub, KW_YIELD) ? parse_yield_expr(&sub) : parse_star_expressions(&sub);
    }
    if (x && at_comp_for(&sub) && x->kind != EXPR_STARRED) {
        /* f'{x for x in y}': a generator expression in CPython's implicit parentheses */
        AstSeq *gens = parse_comp_for(&sub);
        Expr *g = gens ? new_expr(&sub, EXPR_GENEXP, x->loc) : NULL;
        if (g) { g->v.comp.elt = x; g->v.comp.generators = gens; }
        x = g;
    }
    if (x && !at(&sub, T_ENDMARKER)) x = error_after_expr(&sub, x);
    int first = b;
    while (first < e && strchr(" \t\n\r\f", p->src[first])) first++;
    if (x && (x->kind == EXPR_GENEXP || x->kind == EXPR_TUPLE) && p->src[first] != '(') {
        /* 3.11 parses "(expr)", so these span the braces' positions */
        int l1, s1, l2, s2;
        locate_offset(p, f->tok, b - 1, &l1, &s1);
        locate_offset(p, f->tok, e, &l2, &s2);
        x->loc = (Loc){l1, b - 1 - s1, l2, e + 1 - s2};
    }
    if (x && x->kind == EXPR_STARRED) x = error_at_loc(&sub, x->loc, "%s", "cannot use starred expression here");
    if (!x && p->err->kind == PERR_SYNTAX && p->err->lineno == line && strncmp(p->err->msg, "f-string: ", 10) == 0
        && !f->reported_relative) {
        /* 3.11 compiles "(expr)" on its own: columns count from there */
        int expr_col = b - line_start;
        p->err->offset = p->err->offset - expr_col + 1;
        if (p->err->end_offset > 0) p->err->end_offset = p->err->end_offset - expr_col + 1;
    }
    free_tokens(&sub);
    return x;
}

static bool fstring_parse(FCtx *f, int i, int e, int nest, Vec *values, Buf *lit, int *stop);

/* A replacement field starting after its '{' at [i]; returns the index
** after its '}' or -1. */
static int fstring_field(FCtx *f, int i, int e, int nest, Vec *values, Buf *lit) {
    Parser *p = f->p;
    const char *s = p->src;
    if (nest >= 2) return fstring_error(f, "f-string: expressions nested too deeply"), -1;
    int j = fstring_expr_end(f, i, e);
    if (j < 0) return -1;
    Expr *value = parse_fstring_expr(f, i, j);
    if (!value) return -1;
    int conversion = -1;
    bool debug = false;
    if (s[j] == '=') {
        j++;
        while (j < e && strchr(" \t\n\r\f", s[j])) j++;
        debug = true;
        if (!buf_put(p, lit, s + i, (size_t)(j - i))) return -1;
    }
    if (j < e && s[j] == '!') {
        j++;
        if (j >= e) return fstring_error(f, "f-string: expecting '}'"), -1;
        conversion = (unsigned char)s[j];
        j++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a'))
            return fstring_error(f, "f-string: invalid conversion character: expected 's', 'r', or 'a'"), -1;
        if (j >= e || (s[j] != ':' && s[j] != '}')) return fstring_error(f, "f-string: expecting '}'"), -1;
    }
    Expr *spec = NULL;
    if (j < e && s[j] == ':') {
        Vec sv = {0};
        Buf sl = {0};
        int stop;
        /* 3.11 quirk: a spec's trailing text is placed at its own token */
        bool ok = fstring_parse(f, j + 1, e, nest + 1, &sv, &sl, &stop) &&
                  flush_literal_at(f, &sv, &sl, token_loc(f->tok));
        free(sl.s);
        if (!ok) { vec_drop(&sv); return -1; }
        Token *t = f->tok;
        spec = new_expr(p, EXPR_JOINEDSTR, (Loc){t->lineno, t->col, t->end_lineno, t->end_col});
        if (!spec) { vec_drop(&sv); return -1; }
        spec->v.joinedstr.values = vec_finish(p, &sv);
        j = stop;
    }
    if (j >= e || s[j] != '}') return fstring_error(f, "f-string: expecting '}'"), -1;
    if (debug && conversion == -1 && !spec) conversion = 'r';
    if (!flush_literal(f, values, lit)) return -1;
    Expr *fv = new_expr(p, EXPR_FORMATTEDVALUE, f->whole);
    if (!fv) return -1;
    fv->v.formattedvalue.value = value;
    fv->v.formattedvalue.conversion = conversion;
    fv->v.formattedvalue.format_spec = spec;
    return vec_push(p, values, fv) ? j + 1 : -1;
}

/* Read f-string text from [i] to [e]; in a format spec (nest > 0) stop at
** the closing '}' and store its index in *stop. */
static bool fstring_parse(FCtx *f, int i, int e, int nest, Vec *values, Buf *lit, int *stop) {
    Parser *p = f->p;
    const char *s = p->src;
    while (i < e) {
        char c = s[i];
        if (c == '{') {
            if (nest == 0 && i + 1 < e && s[i + 1] == '{') {
                if (!buf_putc(p, lit, '{')) return false;
                i += 2;
                continue;
            }
            i = fstring_field(f, i + 1, e, nest, values, lit);
            if (i < 0) return false;
            continue;
        }
        if (c == '}') {
            if (nest > 0) { *stop = i; return true; }
            if (i + 1 < e && s[i + 1] == '}') {
                if (!buf_putc(p, lit, '}')) return false;
                i += 2;
                continue;
            }
            return fstring_error(f, "f-string: single '}' is not allowed");
        }
        /* a run of literal text, escapes decoded (a \N{...} keeps its braces) */
        int j = i;
        while (j < e && s[j] != '{' && s[j] != '}') {
            if (s[j] == '\\' && !f->raw && j + 1 < e) {
                if (s[j + 1] == 'N' && j + 2 < e && s[j + 2] == '{') {
                    while (j < e && s[j] != '}') j++;
                    if (j < e) j++;
                    continue;
                }
                if (s[j + 1] == '{' || s[j + 1] == '}') {
                    warn_invalid_escape(p, f->tok, s, j + 1, false);
                    j++;
                } else {
                    j += 2;
                }
                continue;
            }
            j++;
        }
        if (j > e) j = e;
        if (!decode_text(p, f->tok, i, j, f->raw, false, lit)) return false;
        i = j;
    }
    if (nest > 0) return fstring_error(f, "f-string: expecting '}'");
    return true;
}

/* ---- concatenated string literals ---- */

static Expr *parse_strings(Parser *p) {
    int first = p->pos;
    bool any_bytes = false, any_str = false, any_f = false;
    while (at(p, T_STRING)) {
        StrTok st = str_token_info(p, cur(p));
        if (st.bytes) any_bytes = true; else any_str = true;
        if (st.fstr) any_f = true;
        advance(p);
    }
    int last = p->pos - 1;
    if (any_bytes && any_str) return error_after_strings(p, "cannot mix bytes and nonbytes literals");
    Token *ft = tok_at(p, first), *lt = tok_at(p, last);
    Loc whole = {ft->lineno, ft->col, lt->end_lineno, lt->end_col};
    Buf lit = {0};
    Vec values = {0};
    FCtx f = {p, NULL, whole, false, str_token_info(p, ft).u ? "u" : NULL, false};
    for (int k = first; k <= last && !failed(p); k++) {
        Token *t = tok_at(p, k);
        StrTok st = str_token_info(p, t);
        if (st.fstr) {
            f.tok = t;
            f.raw = st.raw;
            int stop;
            fstring_parse(&f, st.body, st.body_end, 0, &values, &lit, &stop);
        } else {
            decode_text(p, t, st.body, st.body_end, st.raw, st.bytes, &lit);
        }
    }
    Expr *e = NULL;
    if (!failed(p)) {
        if (any_f) {
            if (flush_literal(&f, &values, &lit)) {
                e = new_expr(p, EXPR_JOINEDSTR, whole);
                if (e) e->v.joinedstr.values = vec_finish(p, &values);
            }
        } else {
            e = make_constant(p, any_bytes ? CONST_BYTES : CONST_STR, whole);
            if (e) {
                e->v.constant.str = buf_to_arena(p, &lit);
                if (str_token_info(p, ft).u) e->v.constant.kind_u = "u";
            }
        }
    }
    free(lit.s);
    vec_drop(&values);
    return failed(p) ? NULL : e;
}

/* ---- simple statements ---- */

static Stmt *simple_kw_stmt(Parser *p, StmtKind kind) {
    Pos s = here(p);
    advance(p);
    return new_stmt(p, kind, loc_from(p, s));
}

static Stmt *parse_return(Parser *p) {
    Pos s = here(p);
    advance(p);
    Expr *v = NULL;
    if (at(p, T_STAR) || starts_expression(p)) {
        v = parse_star_expressions(p);
        if (!v) return NULL;
    }
    Stmt *st = new_stmt(p, STMT_RETURN, loc_from(p, s));
    if (st) st->v.return_.value = v;
    return st;
}

static Stmt *parse_raise(Parser *p) {
    Pos s = here(p);
    advance(p);
    Expr *exc = NULL, *cause = NULL;
    if (starts_expression(p)) {
        exc = parse_expression(p);
        if (!exc) return NULL;
        if (accept_kw(p, KW_FROM)) {
            cause = parse_expression(p);
            if (!cause) return NULL;
        }
    }
    Stmt *st = new_stmt(p, STMT_RAISE, loc_from(p, s));
    if (st) { st->v.raise.exc = exc; st->v.raise.cause = cause; }
    return st;
}

static Stmt *parse_global(Parser *p, StmtKind kind) {
    Pos s = here(p);
    advance(p);
    Vec names = {0};
    do {
        if (!at_name(p)) { syntax_error(p); break; }
        const char *n = tok_str(p, cur(p));
        advance(p);
        if (!n || !vec_push(p, &names, (void *)n)) break;
    } while (accept(p, T_COMMA));
    if (failed(p)) { vec_drop(&names); return NULL; }
    Stmt *st = new_stmt(p, kind, loc_from(p, s));
    if (st) st->v.global.names = vec_finish(p, &names);
    return st;
}

static Stmt *parse_del(Parser *p) {
    Pos s = here(p);
    advance(p);
    Vec targets = {0};
    do {
        if (!starts_expression(p) && !at(p, T_STAR)) break;
        int start = p->pos;
        Expr *t = at_kw(p, KW_LAMBDA) ? parse_expression(p) : parse_star_target(p);
        if (t && at_kw(p, KW_IF)) {
            /* `del a if b else c`: CPython names the whole expression */
            p->pos = start;
            t = parse_expression(p);
        }
        if (!t || !make_target(p, t, TARGET_DEL) || !vec_push(p, &targets, t)) break;
    } while (accept(p, T_COMMA));
    if (!failed(p) && targets.len == 0) syntax_error(p);
    if (failed(p)) { vec_drop(&targets); return NULL; }
    Stmt *st = new_stmt(p, STMT_DELETE, loc_from(p, s));
    if (st) st->v.delete_.targets = vec_finish(p, &targets);
    return st;
}

static Stmt *parse_assert(Parser *p) {
    Pos s = here(p);
    advance(p);
    Expr *test = parse_expression(p), *msg = NULL;
    if (!test) return NULL;
    if (accept(p, T_COMMA)) {
        msg = parse_expression(p);
        if (!msg) return NULL;
    }
    Stmt *st = new_stmt(p, STMT_ASSERT, loc_from(p, s));
    if (st) { st->v.assert_.test = test; st->v.assert_.msg = msg; }
    return st;
}

/* dotted_name: NAME ('.' NAME)*, joined without spaces. */
static const char *parse_dotted_name(Parser *p) {
    Buf b = {0};
    do {
        if (!at_name(p)) { free(b.s); return syntax_error(p); }
        Token *t = cur(p);
        if ((b.len && !buf_putc(p, &b, '.')) || !buf_put(p, &b, p->src + t->start, (size_t)(t->end - t->start))) {
            free(b.s);
            return NULL;
        }
        advance(p);
    } while (accept(p, T_DOT));
    const char *r = arena_strndup(p->arena, b.s, b.len);
    free(b.s);
    return r;
}

static Alias *parse_alias(Parser *p, bool dotted) {
    Pos s = here(p);
    Alias *a = node(p, sizeof(Alias));
    if (!a) return NULL;
    if (dotted) a->name = parse_dotted_name(p);
    else if (at_name(p)) { a->name = tok_str(p, cur(p)); advance(p); }
    else return syntax_error(p);
    if (!a->name) return NULL;
    if (accept_kw(p, KW_AS)) {
        if (!at_name(p)) return syntax_error(p);
        a->asname = tok_str(p, cur(p));
        advance(p);
    }
    a->loc = loc_from(p, s);
    return a;
}

static Stmt *parse_import(Parser *p) {
    Pos s = here(p);
    advance(p);
    Vec names = {0};
    do {
        Alias *a = parse_alias(p, true);
        if (!a || !vec_push(p, &names, a)) break;
    } while (accept(p, T_COMMA));
    if (failed(p)) { vec_drop(&names); return NULL; }
    Stmt *st = new_stmt(p, STMT_IMPORT, loc_from(p, s));
    if (st) st->v.import.names = vec_finish(p, &names);
    return st;
}

static Stmt *parse_from_import(Parser *p) {
    Pos s = here(p);
    advance(p);
    int level = 0;
    for (;;) {
        if (accept(p, T_DOT)) level++;
        else if (accept(p, T_ELLIPSIS)) level += 3;
        else break;
    }
    const char *module = NULL;
    if (!at_kw(p, KW_IMPORT) || level == 0) {
        module = parse_dotted_name(p);
        if (!module) return NULL;
    }
    if (!accept_kw(p, KW_IMPORT)) return syntax_error(p);
    Vec names = {0};
    if (at(p, T_STAR)) {
        Alias *a = node(p, sizeof(Alias));
        if (!a) return NULL;
        Token *t = cur(p);
        a->name = "*";
        a->loc = (Loc){t->lineno, t->col, t->end_lineno, t->end_col};
        advance(p);
        if (!vec_push(p, &names, a)) return NULL;
    } else {
        bool paren = accept(p, T_LPAR);
        do {
            if (paren && at(p, T_RPAR) && names.len) break;
            if (!paren && names.len && !at_name(p)) {
                if (at(p, T_NEWLINE)) error_at_tok(p, cur(p), "trailing comma not allowed without surrounding parentheses");
                else syntax_error(p);
                break;
            }
            Alias *a = parse_alias(p, false);
            if (!a || !vec_push(p, &names, a)) break;
        } while (accept(p, T_COMMA));
        if (paren && !failed(p)) expect(p, T_RPAR);
    }
    if (failed(p)) { vec_drop(&names); return NULL; }
    Stmt *st = new_stmt(p, STMT_IMPORTFROM, loc_from(p, s));
    if (!st) { vec_drop(&names); return NULL; }
    st->v.importfrom.module = module;
    st->v.importfrom.names = vec_finish(p, &names);
    st->v.importfrom.level = level;
    return st;
}

static bool aug_op(int type, OperatorKind *op) {
    switch (type) {
    case T_PLUSEQUAL: *op = OP_ADD; return true;
    case T_MINEQUAL: *op = OP_SUB; return true;
    case T_STAREQUAL: *op = OP_MULT; return true;
    case T_ATEQUAL: *op = OP_MATMULT; return true;
    case T_SLASHEQUAL: *op = OP_DIV; return true;
    case T_PERCENTEQUAL: *op = OP_MOD; return true;
    case T_AMPEREQUAL: *op = OP_BITAND; return true;
    case T_VBAREQUAL: *op = OP_BITOR; return true;
    case T_CIRCUMFLEXEQUAL: *op = OP_BITXOR; return true;
    case T_LEFTSHIFTEQUAL: *op = OP_LSHIFT; return true;
    case T_RIGHTSHIFTEQUAL: *op = OP_RSHIFT; return true;
    case T_DOUBLESTAREQUAL: *op = OP_POW; return true;
    case T_DOUBLESLASHEQUAL: *op = OP_FLOORDIV; return true;
    default: return false;
    }
}

static Expr *parse_rhs(Parser *p) {
    return at_kw(p, KW_YIELD) ? parse_yield_expr(p) : parse_star_expressions(p);
}

static Stmt *parse_annassign(Parser *p, Pos s, Expr *target, bool parenthesized) {
    if (target->kind == EXPR_TUPLE || target->kind == EXPR_LIST)
        return error_at_loc(p, target->loc, "only single target (not %s) can be annotated",
                            target->kind == EXPR_TUPLE ? "tuple" : "list");
    if (target->kind != EXPR_NAME && target->kind != EXPR_ATTRIBUTE && target->kind != EXPR_SUBSCRIPT)
        return error_at_loc(p, target->loc, "%s", "illegal target for annotation");
    advance(p);
    Expr *ann = parse_expression(p), *value = NULL;
    if (!ann) return NULL;
    if (accept(p, T_EQUAL)) {
        value = parse_rhs(p);
        if (!value) return NULL;
    }
    set_context(target, CTX_STORE);
    Stmt *st = new_stmt(p, STMT_ANNASSIGN, loc_from(p, s));
    if (!st) return NULL;
    st->v.annassign.target = target;
    st->v.annassign.annotation = ann;
    st->v.annassign.value = value;
    st->v.annassign.simple = target->kind == EXPR_NAME && !parenthesized;
    return st;
}

static Stmt *parse_augassign(Parser *p, Pos s, Expr *target, OperatorKind op) {
    if (target->kind != EXPR_NAME && target->kind != EXPR_ATTRIBUTE && target->kind != EXPR_SUBSCRIPT)
        return error_at_loc(p, target->loc, "'%s' is an illegal expression for augmented assignment",
                            expr_name(target));
    advance(p);
    Expr *value = parse_rhs(p);
    if (!value) return NULL;
    set_context(target, CTX_STORE);
    Stmt *st = new_stmt(p, STMT_AUGASSIGN, loc_from(p, s));
    if (!st) return NULL;
    st->v.augassign.target = target;
    st->v.augassign.op = op;
    st->v.augassign.value = value;
    return st;
}

/* Can [bad] take CPython's "... here. Maybe you meant '==' instead of '='?" */
static bool maybe_comparison(Expr *bad, Expr *target) {
    switch (bad->kind) {
    case EXPR_COMPARE: case EXPR_BOOLOP: case EXPR_LAMBDA: case EXPR_IFEXP: case EXPR_NAMEDEXPR:
    case EXPR_GENEXP:
        return false;
    case EXPR_YIELD: case EXPR_YIELDFROM: return bad == target; /* `(yield) = 1` */
    case EXPR_UNARYOP: return bad->v.unaryop.op != OP_NOT;
    case EXPR_CONSTANT:
        if (bad->v.constant.kind == CONST_NONE || bad->v.constant.kind == CONST_TRUE ||
            bad->v.constant.kind == CONST_FALSE) return false;
        break;
    default: break;
    }
    return bad->loc.end_lineno == target->loc.end_lineno && bad->loc.end_col_offset == target->loc.end_col_offset;
}

/* Is the expression at [l] in parentheses of its own (the text before it)? */
static bool parenthesized_at(Parser *p, Loc l) {
    int i = 0;
    for (int line = 1; line < l.lineno && i < p->lex.len; i++)
        if (p->src[i] == '\n') line++;
    i += l.col_offset;
    while (--i >= 0 && strchr(" \t\f\r\n\\", p->src[i])) {}
    return i >= 0 && p->src[i] == '(';
}

static bool check_assign_target(Parser *p, Expr *t, bool last) {
    if ((t->kind == EXPR_YIELD || t->kind == EXPR_YIELDFROM) && !parenthesized_at(p, t->loc))
        return error_at_loc(p, t->loc, "%s", "assignment to yield expression not possible"), false;
    Expr *bad = invalid_target(t, TARGET_STAR);
    if (!bad) { set_context(t, CTX_STORE); return true; }
    if (last && maybe_comparison(bad, t))
        error_at_loc(p, bad->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(bad));
    else
        error_at_loc(p, bad->loc, "cannot assign to %s", expr_name(bad));
    return false;
}

static Stmt *parse_assign(Parser *p, Pos s, Expr *first) {
    Vec targets = {0};
    Expr *value = first;
    while (accept(p, T_EQUAL)) {
        if (!vec_push(p, &targets, value)) return NULL;
        value = parse_rhs(p);
        if (!value) { vec_drop(&targets); return NULL; }
    }
    /* only "target = value" gets the "Maybe you meant '=='" hint, as in CPython */
    for (int i = 0; i < targets.len; i++)
        if (!check_assign_target(p, targets.items[i], targets.len == 1)) { vec_drop(&targets); return NULL; }
    Stmt *st = new_stmt(p, STMT_ASSIGN, loc_from(p, s));
    if (!st) { vec_drop(&targets); return NULL; }
    st->v.assign.targets = vec_finish(p, &targets);
    st->v.assign.value = value;
    return st;
}

static bool is_legacy_name(Expr *e) {
    return e->kind == EXPR_NAME && (strcmp(e->v.name.id, "print") == 0 || strcmp(e->v.name.id, "exec") == 0);
}

static Stmt *parse_expr_stmt(Parser *p) {
    Pos s = here(p);
    bool parenthesized = at(p, T_LPAR);
    Expr *e = parse_rhs(p);
    if (!e) return NULL;
    OperatorKind op;
    if (at(p, T_COLON)) return parse_annassign(p, s, e, parenthesized);
    if (aug_op(cur(p)->type, &op)) return parse_augassign(p, s, e, op);
    if (at(p, T_EQUAL)) return parse_assign(p, s, e);
    if (is_legacy_name(e) && starts_expression(p)) {
        char m[100];
        snprintf(m, sizeof m, "Missing parentheses in call to '%s'. Did you mean %s(...)?", e->v.name.id, e->v.name.id);
        /* only when an expression follows (else the error is in it) */
        Token *after = cur(p);
        Expr *rest = parse_star_expressions(p);
        if (!rest) {
            /* CPython's generic error stays where its first pass stopped */
            ParseError *err = p->err;
            if (err->kind == PERR_SYNTAX && !err->raw_line && strcmp(err->msg, "invalid syntax") == 0) {
                err->lineno = after->lineno;
                err->offset = after->col + 1;
                err->end_lineno = after->end_lineno;
                err->end_offset = after->end_col + 1;
            }
            return NULL;
        }
        Loc l = e->loc;
        l.end_lineno = rest->loc.end_lineno;
        l.end_col_offset = rest->loc.end_col_offset;
        return error_at_loc(p, l, "%s", m);
    }
    Stmt *st = new_stmt(p, STMT_EXPR, loc_from(p, s));
    if (st) st->v.expr.value = e;
    return st;
}

static Stmt *parse_simple_stmt(Parser *p) {
    Token *t = cur(p);
    if (t->type == T_NAME) {
        switch (t->kw) {
        case KW_PASS: return simple_kw_stmt(p, STMT_PASS);
        case KW_BREAK: return simple_kw_stmt(p, STMT_BREAK);
        case KW_CONTINUE: return simple_kw_stmt(p, STMT_CONTINUE);
        case KW_RETURN: return parse_return(p);
        case KW_RAISE: return parse_raise(p);
        case KW_GLOBAL: return parse_global(p, STMT_GLOBAL);
        case KW_NONLOCAL: return parse_global(p, STMT_NONLOCAL);
        case KW_DEL: return parse_del(p);
        case KW_ASSERT: return parse_assert(p);
        case KW_IMPORT: return parse_import(p);
        case KW_FROM: return parse_from_import(p);
        default: break;
        }
    }
    if (t->type == T_INDENT) {
        error_range(p, PERR_INDENT, t->lineno, t->col - 1, t->lineno, -2, "%s", "unexpected indent");
        return NULL;
    }
    if (!at(p, T_STAR) && !starts_expression(p) && !at_kw(p, KW_YIELD)) return syntax_error(p);
    return parse_expr_stmt(p);
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE, into [out]. */
static bool parse_simple_stmts(Parser *p, Vec *out) {
    for (;;) {
        Stmt *s = parse_simple_stmt(p);
        if (!s || !vec_push(p, out, s)) return false;
        if (!accept(p, T_SEMI)) break;
        if (at(p, T_NEWLINE)) break;
    }
    if (accept(p, T_NEWLINE)) return true;
    Stmt *last = out->items[out->len - 1];
    if (last->kind == STMT_EXPR) error_after_expr(p, last->v.expr.value);
    else syntax_error(p);
    return false;
}

/* ---- compound statements ---- */

static bool parse_statement(Parser *p, Vec *out);

static void *indent_block_error(Parser *p, const char *what, int line) {
    Token *t = cur(p);
    bool eof = t->type == T_ENDMARKER;
    char msg[120];
    snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
    if (columnless(t) && p->fstring_level == 0) return error_at_columnless(p, t, PERR_INDENT, msg);
    int l = t->lineno, c = t->col, ec = t->end_col;
    if (eof && p->pos > 0) { l = prev(p)->lineno; c = prev(p)->col; ec = c; }
    error_range(p, PERR_INDENT, l, c, l, ec, "%s", msg);
    if (eof) p->err->incomplete = true;
    return NULL;
}

/* The body after a ':' — an indented block or simple statements on the
** same line. [what] and [line] name the header for the error message. */
static AstSeq *parse_block(Parser *p, const char *what, int line) {
    Vec v = {0};
    if (accept(p, T_NEWLINE)) {
        if (!accept(p, T_INDENT)) return indent_block_error(p, what, line);
        if (!enter(p)) return NULL;
        while (!failed(p) && !accept(p, T_DEDENT)) {
            if (at(p, T_ENDMARKER)) break;
            if (!parse_statement(p, &v)) break;
        }
        leave(p);
    } else {
        parse_simple_stmts(p, &v);
    }
    if (failed(p)) { vec_drop(&v); return NULL; }
    return vec_finish(p, &v);
}

/* A ':' CPython forces (def, try, else, finally): "expected ':'" always. */
static bool parse_header_colon(Parser *p) { return expect_colon(p); }

/* Other headers say "expected ':'" only at the end of the line. */
static bool soft_colon(Parser *p) {
    if (accept(p, T_COLON)) return true;
    if (at(p, T_NEWLINE)) expect_error(p, ":");
    else syntax_error(p);
    return false;
}

/* "if x = 1:" and "[x = 1]": CPython's hint for a '=' after an expression
** where a comparison or a walrus was probably meant. */
static void *named_assign_hint(Parser *p, Expr *e) {
    switch (e->kind) {
    case EXPR_COMPARE: case EXPR_BOOLOP: case EXPR_LAMBDA: case EXPR_IFEXP: case EXPR_NAMEDEXPR:
    case EXPR_LIST: case EXPR_TUPLE: case EXPR_GENEXP:
        return syntax_error(p);
    case EXPR_UNARYOP:
        if (e->v.unaryop.op == OP_NOT) return syntax_error(p);
        break;
    case EXPR_CONSTANT:
        if (e->v.constant.kind == CONST_NONE || e->v.constant.kind == CONST_TRUE || e->v.constant.kind == CONST_FALSE)
            return syntax_error(p);
        break;
    default: break;
    }
    if (e->kind == EXPR_NAME)
        return error_at_loc(p, e->loc, "%s", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return error_at_loc(p, e->loc, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e));
}

static Stmt *parse_if(Parser *p, const char *what) {
    Pos s = here(p);
    int line = cur(p)->lineno;
    advance(p);
    Expr *test = parse_named_expression(p);
    if (test && at(p, T_EQUAL)) return named_assign_hint(p, test);
    if (!test || !soft_colon(p)) return NULL;
    AstSeq *body = parse_block(p, what, line);
    if (!body) return NULL;
    AstSeq *orelse = NULL;
    if (at_kw(p, KW_ELIF)) {
        Stmt *e = parse_if(p, "'elif' statement");
        orelse = e ? seq1(p, e) : NULL;
    } else if (at_kw(p, KW_ELSE)) {
        int eline = cur(p)->lineno;
        advance(p);
        if (parse_header_colon(p)) orelse = parse_block(p, "'else' statement", eline);
    } else {
        orelse = seq0(p);
    }
    if (!orelse) return NULL;
    Stmt *st = new_stmt(p, STMT_IF, loc_from(p, s));
    if (!st) return NULL;
    st->v.if_.test = test;
    st->v.if_.body = body;
    st->v.if_.orelse = orelse;
    return st;
}

static AstSeq *parse_else_block(Parser *p) {
    if (!at_kw(p, KW_ELSE)) return seq0(p);
    int line = cur(p)->lineno;
    advance(p);
    if (!parse_header_colon(p)) return NULL;
    return parse_block(p, "'else' statement", line);
}

static Stmt *parse_while(Parser *p) {
    Pos s = here(p);
    int line = cur(p)->lineno;
    advance(p);
    Expr *test = parse_named_expression(p);
    if (test && at(p, T_EQUAL)) return named_assign_hint(p, test);
    if (!test || !soft_colon(p)) return NULL;
    AstSeq *body = parse_block(p, "'while' statement", line);
    AstSeq *orelse = body ? parse_else_block(p) : NULL;
    if (!orelse) return NULL;
    Stmt *st = new_stmt(p, STMT_WHILE, loc_from(p, s));
    if (!st) return NULL;
    st->v.while_.test = test;
    st->v.while_.body = body;
    st->v.while_.orelse = orelse;
    return st;
}

static Stmt *parse_for(Parser *p, Pos s, bool is_async) {
    int line = cur(p)->lineno;
    advance(p);
    Expr *target = parse_star_targets(p, TARGET_FOR);
    if (!target) return NULL;
    if (!accept_kw(p, KW_IN)) return syntax_error(p);
    Expr *iter = parse_star_expressions(p);
    if (!iter || !soft_colon(p)) return NULL;
    AstSeq *body = parse_block(p, "'for' statement", line);
    AstSeq *orelse = body ? parse_else_block(p) : NULL;
    if (!orelse) return NULL;
    Stmt *st = new_stmt(p, is_async ? STMT_ASYNCFOR : STMT_FOR, loc_from(p, s));
    if (!st) return NULL;
    st->v.for_.target = target;
    st->v.for_.iter = iter;
    st->v.for_.body = body;
    st->v.for_.orelse = orelse;
    return st;
}

static WithItem *parse_with_item(Parser *p) {
    WithItem *w = node(p, sizeof(WithItem));
    if (!w) return NULL;
    w->context_expr = parse_expression(p);
    if (!w->context_expr) return NULL;
    if (accept_kw(p, KW_AS)) {
        w->optional_vars = parse_star_target(p);
        if (!w->optional_vars || !make_target(p, w->optional_vars, TARGET_STAR)) return NULL;
    }
    return w;
}

/* Is the '(' at the current token closed by a ')' directly followed by ':'? */
static bool paren_then_colon(Parser *p) {
    int depth = 0;
    for (int k = 0;; k++) {
        Token *t = peek_at(p, k);
        switch (t->type) {
        case T_LPAR: case T_LSQB: case T_LBRACE: depth++; break;
        case T_RPAR: case T_RSQB: case T_RBRACE:
            /* a NEWLINE: the ':' is missing, which soft_colon reports */
            if (--depth == 0) return peek_at(p, k + 1)->type == T_COLON || peek_at(p, k + 1)->type == T_NEWLINE;
            break;
        case T_NEWLINE: case T_ENDMARKER: return false;
        default: break;
        }
    }
}

static Stmt *parse_with(Parser *p, Pos s, bool is_async) {
    int line = cur(p)->lineno;
    advance(p);
    Vec items = {0};
    Token *t1 = peek_at(p, 1);
    bool paren = at(p, T_LPAR) && !(t1->type == T_NAME && t1->kw == KW_YIELD) && paren_then_colon(p);
    if (paren) advance(p);
    do {
        if (paren && at(p, T_RPAR) && items.len) break;
        WithItem *w = parse_with_item(p);
        if (!w || !vec_push(p, &items, w)) break;
    } while (accept(p, T_COMMA));
    if (paren && !failed(p)) expect(p, T_RPAR);
    if (failed(p) || !soft_colon(p)) { vec_drop(&items); return NULL; }
    AstSeq *body = parse_block(p, "'with' statement", line);
    if (!body) { vec_drop(&items); return NULL; }
    Stmt *st = new_stmt(p, is_async ? STMT_ASYNCWITH : STMT_WITH, loc_from(p, s));
    if (!st) { vec_drop(&items); return NULL; }
    st->v.with.items = vec_finish(p, &items);
    st->v.with.body = body;
    return st;
}

static ExceptHandler *parse_except(Parser *p, int *star) {
    Pos s = here(p);
    int line = cur(p)->lineno;
    advance(p);
    bool is_star = accept(p, T_STAR);
    if (*star >= 0 && *star != (int)is_star)
        return error_at_loc(p, loc_from(p, s), "%s", "cannot have both 'except' and 'except*' on the same 'try'");
    *star = is_star;
    ExceptHandler *h = node(p, sizeof(ExceptHandler));
    if (!h) return NULL;
    if (at(p, T_NEWLINE) && !is_star) return expect_error(p, ":");
    if (!at(p, T_COLON)) {
        h->type = parse_expression(p);
        if (!h->type) return NULL;
        if (at(p, T_COMMA)) {
            Pos ts = pos_of(h->type->loc);
            while (accept(p, T_COMMA) && starts_expression(p) && parse_expression(p)) {}
            if (failed(p)) return NULL;
            return error_at_loc(p, loc_from(p, ts), "%s", "multiple exception types must be parenthesized");
        }
        if (accept_kw(p, KW_AS)) {
            if (!at_name(p)) return syntax_error(p);
            h->name = tok_str(p, cur(p));
            advance(p);
        }
    } else if (is_star) {
        return error_at_tok(p, cur(p), "expected one or more exception types");
    }
    if (!soft_colon(p)) return NULL;
    h->body = parse_block(p, is_star ? "'except*' statement" : "'except' statement", line);
    if (!h->body) return NULL;
    h->loc = loc_from(p, s);
    return h;
}

static Stmt *parse_try(Parser *p) {
    Pos s = here(p);
    int line = cur(p)->lineno;
    advance(p);
    if (!parse_header_colon(p)) return NULL;
    AstSeq *body = parse_block(p, "'try' statement", line);
    if (!body) return NULL;
    Vec handlers = {0};
    int star = -1;
    while (at_kw(p, KW_EXCEPT)) {
        ExceptHandler *h = parse_except(p, &star);
        if (!h || !vec_push(p, &handlers, h)) { vec_drop(&handlers); return NULL; }
    }
    AstSeq *orelse = handlers.len ? parse_else_block(p) : seq0(p);
    AstSeq *finalbody = NULL;
    if (orelse && at_kw(p, KW_FINALLY)) {
        int fline = cur(p)->lineno;
        advance(p);
        if (parse_header_colon(p)) finalbody = parse_block(p, "'finally' statement", fline);
    } else if (orelse) {
        finalbody = seq0(p);
        if (handlers.len == 0) {
            const char *m = "expected 'except' or 'finally' block";
            if (columnless(cur(p))) error_at_columnless(p, cur(p), PERR_SYNTAX, m);
            else error_at_tok(p, cur(p), m);
        }
    }
    if (!finalbody || failed(p)) { vec_drop(&handlers); return NULL; }
    Stmt *st = new_stmt(p, star == 1 ? STMT_TRYSTAR : STMT_TRY, loc_from(p, s));
    if (!st) { vec_drop(&handlers); return NULL; }
    st->v.try_.body = body;
    st->v.try_.handlers = vec_finish(p, &handlers);
    st->v.try_.orelse = orelse;
    st->v.try_.finalbody = finalbody;
    return st;
}

static Stmt *parse_funcdef(Parser *p, Pos s, bool is_async, AstSeq *decorators) {
    int line = cur(p)->lineno;
    advance(p);
    if (!at_name(p)) return syntax_error(p);
    const char *name = tok_str(p, cur(p));
    advance(p);
    if (!at(p, T_LPAR)) return expect_error(p, "(");
    advance(p);
    Arguments *args = parse_params(p, false, T_RPAR);
    if (!args || !expect(p, T_RPAR)) return NULL;
    Expr *returns = NULL;
    if (accept(p, T_RARROW)) {
        /* `-> :` backtracks to before the arrow in CPython's grammar */
        if (at(p, T_COLON)) return error_at_tok(p, prev(p), "expected ':'");
        returns = parse_expression(p);
        if (!returns) return NULL;
    }
    if (!parse_header_colon(p)) return NULL;
    AstSeq *body = parse_block(p, "function definition", line);
    if (!body) return NULL;
    Stmt *st = new_stmt(p, is_async ? STMT_ASYNCFUNCTIONDEF : STMT_FUNCTIONDEF, loc_from(p, s));
    if (!st) return NULL;
    st->v.funcdef.name = name;
    st->v.funcdef.args = args;
    st->v.funcdef.body = body;
    st->v.funcdef.decorator_list = decorators ? decorators : seq0(p);
    st->v.funcdef.returns = returns;
    return st;
}

static Stmt *parse_classdef(Parser *p, Pos s, AstSeq *decorators) {
    int line = cur(p)->lineno;
    advance(p);
    if (!at_name(p)) return syntax_error(p);
    Token *nt = cur(p);
    const char *name = tok_str(p, nt);
    advance(p);
    AstSeq *bases = NULL, *keywords = NULL;
    if (at(p, T_LPAR)) {
        Expr *dummy = make_name(p, nt, CTX_LOAD);
        p->in_class_bases = dummy != NULL;
        Expr *call = dummy ? parse_call(p, dummy, here(p)) : NULL;
        if (!call) return NULL;
        bases = call->v.call.args;
        keywords = call->v.call.keywords;
    } else {
        bases = seq0(p);
        keywords = seq0(p);
    }
    if (!soft_colon(p)) return NULL;
    AstSeq *body = parse_block(p, "class definition", line);
    if (!body) return NULL;
    Stmt *st = new_stmt(p, STMT_CLASSDEF, loc_from(p, s));
    if (!st) return NULL;
    st->v.classdef.name = name;
    st->v.classdef.bases = bases;
    st->v.classdef.keywords = keywords;
    st->v.classdef.body = body;
    st->v.classdef.decorator_list = decorators ? decorators : seq0(p);
    return st;
}

static Stmt *parse_decorated(Parser *p) {
    Vec decs = {0};
    while (accept(p, T_AT)) {
        Expr *d = parse_named_expression(p);
        if (d && at(p, T_EQUAL)) named_assign_hint(p, d);
        if (!d || failed(p) || !vec_push(p, &decs, d)) { vec_drop(&decs); return NULL; }
        if (!expect(p, T_NEWLINE)) { vec_drop(&decs); return NULL; }
    }
    AstSeq *ds = vec_finish(p, &decs);
    if (!ds) return NULL;
    Pos s = here(p);
    if (at_kw(p, KW_DEF)) return parse_funcdef(p, s, false, ds);
    if (at_kw(p, KW_CLASS)) return parse_classdef(p, s, ds);
    if (at_kw(p, KW_ASYNC) && peek_at(p, 1)->type == T_NAME && peek_at(p, 1)->kw == KW_DEF) {
        advance(p);
        return parse_funcdef(p, s, true, ds);
    }
    return syntax_error(p);
}

static Stmt *parse_async(Parser *p) {
    Pos s = here(p);
    advance(p);
    if (at_kw(p, KW_DEF)) return parse_funcdef(p, s, true, NULL);
    if (at_kw(p, KW_FOR)) return parse_for(p, s, true);
    if (at_kw(p, KW_WITH)) return parse_with(p, s, true);
    return syntax_error(p);
}

/* ---- match statements and patterns ---- */

static Pattern *parse_pattern(Parser *p);

static bool tok_is_soft(Parser *p, Token *t, const char *kw) {
    return t->type == T_NAME && t->kw == 0 && tok_text_is(p, t, kw);
}

/* A signed number, or a complex literal real +/- imaginary. */
static Expr *parse_signed_number(Parser *p) {
    Pos s = here(p);
    Expr *e;
    if (accept(p, T_MINUS)) {
        if (!at(p, T_NUMBER)) return syntax_error(p);
        Expr *n = parse_number(p);
        if (!n) return NULL;
        e = new_expr(p, EXPR_UNARYOP, loc_from(p, s));
        if (!e) return NULL;
        e->v.unaryop.op = OP_USUB;
        e->v.unaryop.operand = n;
    } else {
        e = parse_number(p);
        if (!e) return NULL;
    }
    if (at(p, T_PLUS) || at(p, T_MINUS)) {
        OperatorKind op = at(p, T_PLUS) ? OP_ADD : OP_SUB;
        advance(p);
        if (!at(p, T_NUMBER)) return syntax_error(p);
        Expr *imag = parse_number(p);
        if (!imag) return NULL;
        if (imag->v.constant.kind != CONST_COMPLEX)
            return error_at_loc(p, imag->loc, "%s", "imaginary number required in complex literal");
        if (e->kind == EXPR_CONSTANT && e->v.constant.kind == CONST_COMPLEX)
            return error_at_loc(p, e->loc, "%s", "real number required in complex literal");
        e = make_binop(p, s, e, op, imag);
    }
    return e;
}

/* A literal usable as a pattern or a mapping key; NULL if the current token
** does not begin one (no error then). */
static Expr *parse_literal_expr(Parser *p) {
    Token *t = cur(p);
    Loc loc = {t->lineno, t->col, t->end_lineno, t->end_col};
    if (t->type == T_NUMBER || t->type == T_MINUS) return parse_signed_number(p);
    if (t->type == T_STRING) {
        Expr *e = parse_strings(p);
        if (e && e->kind == EXPR_JOINEDSTR)
            return error_at_loc(p, e->loc, "%s", "patterns may only match literals and attribute lookups");
        return e;
    }
    if (t->type == T_NAME && (t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE)) {
        advance(p);
        return make_constant(p, t->kw == KW_NONE ? CONST_NONE : t->kw == KW_TRUE ? CONST_TRUE : CONST_FALSE, loc);
    }
    return NULL;
}

/* NAME ('.' NAME)* as a Name or an Attribute chain. */
static Expr *parse_name_or_attr(Parser *p) {
    Pos s = here(p);
    Expr *e = make_name(p, cur(p), CTX_LOAD);
    advance(p);
    while (e && accept(p, T_DOT)) {
        if (!at_name(p)) return syntax_error(p);
        Token *nt = cur(p);
        advance(p);
        Expr *a = new_expr(p, EXPR_ATTRIBUTE, loc_from(p, s));
        if (!a) return NULL;
        a->v.attribute.value = e;
        a->v.attribute.attr = tok_str(p, nt);
        a->v.attribute.ctx = CTX_LOAD;
        e = a;
    }
    return e;
}

static Pattern *make_match_as(Parser *p, Loc loc, Pattern *pat, const char *name) {
    Pattern *r = new_pattern(p, PAT_AS, loc);
    if (r) { r->v.as.pattern = pat; r->v.as.name = name; }
    return r;
}

static Pattern *parse_maybe_star_pattern(Parser *p) {
    if (!at(p, T_STAR)) return parse_pattern(p);
    Pos s = here(p);
    advance(p);
    if (!at_name(p)) return syntax_error(p);
    Token *t = cur(p);
    const char *name = tok_text_is(p, t, "_") ? NULL : tok_str(p, t);
    advance(p);
    Pattern *r = new_pattern(p, PAT_STAR, loc_from(p, s));
    if (r) r->v.star.name = name;
    return r;
}

/* Patterns separated by commas up to [close]; the opening bracket is read. */
static AstSeq *parse_pattern_list(Parser *p, int close, int *count_commas) {
    Vec v = {0};
    *count_commas = 0;
    while (!failed(p) && !at(p, close)) {
        Pattern *x = parse_maybe_star_pattern(p);
        if (!x || !vec_push(p, &v, x)) break;
        if (!accept(p, T_COMMA)) break;
        (*count_commas)++;
    }
    if (!failed(p)) expect(p, close);
    if (failed(p)) { vec_drop(&v); return NULL; }
    return vec_finish(p, &v);
}

static Pattern *parse_sequence_pattern(Parser *p) {
    Pos s = here(p);
    int close = at(p, T_LSQB) ? T_RSQB : T_RPAR;
    advance(p);
    int commas;
    AstSeq *pats = parse_pattern_list(p, close, &commas);
    if (!pats) return NULL;
    if (close == T_RPAR && pats->len == 1 && commas == 0) {
        Pattern *only = SEQ_GET(pats, 0);
        if (only->kind != PAT_STAR) return only; /* a group: (pattern) */
    }
    Pattern *r = new_pattern(p, PAT_SEQUENCE, loc_from(p, s));
    if (r) r->v.sequence.patterns = pats;
    return r;
}

static Pattern *parse_mapping_pattern(Parser *p) {
    Pos s = here(p);
    advance(p);
    Vec keys = {0}, pats = {0};
    const char *rest = NULL;
    Expr *fstring_key = NULL;  /* CPython's compiler rejects it, at the whole pattern */
    while (!failed(p) && !at(p, T_RBRACE)) {
        if (rest) { syntax_error(p); break; }
        if (accept(p, T_DOUBLESTAR)) {
            /* `**_` is not a capture: the grammar has no rule for it */
            if (!at_name(p) || tok_text_is(p, cur(p), "_")) { syntax_error(p); break; }
            rest = tok_str(p, cur(p));
            advance(p);
        } else {
            Expr *k = at(p, T_STRING) ? parse_strings(p) : parse_literal_expr(p);
            if (k && k->kind == EXPR_JOINEDSTR && !fstring_key) fstring_key = k;
            if (!k && !failed(p)) {
                if (at_name(p) && peek_at(p, 1)->type == T_DOT) k = parse_name_or_attr(p);
                else { syntax_error(p); break; }
            }
            if (!k || !expect_colon(p)) break;
            Pattern *v = parse_pattern(p);
            if (!v || !vec_push(p, &keys, k) || !vec_push(p, &pats, v)) break;
        }
        if (!accept(p, T_COMMA)) break;
    }
    if (!failed(p)) expect(p, T_RBRACE);
    if (!failed(p) && fstring_key)
        error_at_loc(p, loc_from(p, s), "%s", "mapping pattern keys may only match literals and attribute lookups");
    if (failed(p)) { vec_drop(&keys); vec_drop(&pats); return NULL; }
    Pattern *r = new_pattern(p, PAT_MAPPING, loc_from(p, s));
    if (!r) { vec_drop(&keys); vec_drop(&pats); return NULL; }
    r->v.mapping.keys = vec_finish(p, &keys);
    r->v.mapping.patterns = vec_finish(p, &pats);
    r->v.mapping.rest = rest;
    return r;
}

static Pattern *parse_class_pattern(Parser *p, Expr *cls) {
    advance(p); /* ( */
    Vec pats = {0}, attrs = {0}, kpats = {0};
    while (!failed(p) && !at(p, T_RPAR)) {
        if (at_name(p) && peek_at(p, 1)->type == T_EQUAL) {
            const char *a = tok_str(p, cur(p));
            advance(p);
            advance(p);
            Pattern *v = parse_pattern(p);
            if (!v || !vec_push(p, &attrs, (void *)a) || !vec_push(p, &kpats, v)) break;
        } else {
            Pattern *v = parse_pattern(p);
            if (!v) break;
            if (attrs.len) { error_at_loc(p, v->loc, "%s", "positional patterns follow keyword patterns"); break; }
            if (!vec_push(p, &pats, v)) break;
        }
        if (!accept(p, T_COMMA)) break;
    }
    if (!failed(p)) expect(p, T_RPAR);
    if (failed(p)) { vec_drop(&pats); vec_drop(&attrs); vec_drop(&kpats); return NULL; }
    Pattern *r = new_pattern(p, PAT_CLASS, loc_from(p, pos_of(cls->loc)));
    if (!r) { vec_drop(&pats); vec_drop(&attrs); vec_drop(&kpats); return NULL; }
    r->v.class_.cls = cls;
    r->v.class_.patterns = vec_finish(p, &pats);
    r->v.class_.kwd_attrs = vec_finish(p, &attrs);
    r->v.class_.kwd_patterns = vec_finish(p, &kpats);
    return r;
}

static Pattern *parse_name_pattern(Parser *p) {
    Token *t = cur(p);
    Loc loc = {t->lineno, t->col, t->end_lineno, t->end_col};
    Token *n = peek_at(p, 1);
    if (n->type != T_DOT && n->type != T_LPAR) {
        advance(p);
        if (tok_is_soft(p, t, "_")) return make_match_as(p, loc, NULL, NULL);
        return make_match_as(p, loc, NULL, tok_str(p, t));
    }
    Expr *e = parse_name_or_attr(p);
    if (!e) return NULL;
    if (at(p, T_LPAR)) return parse_class_pattern(p, e);
    Pattern *r = new_pattern(p, PAT_VALUE, e->loc);
    if (r) r->v.value.value = e;
    return r;
}

static Pattern *parse_closed_pattern(Parser *p) {
    Token *t = cur(p);
    Loc loc = {t->lineno, t->col, t->end_lineno, t->end_col};
    if (t->type == T_NAME && (t->kw == KW_NONE || t->kw == KW_TRUE || t->kw == KW_FALSE)) {
        advance(p);
        Pattern *r = new_pattern(p, PAT_SINGLETON, loc);
        if (r) r->v.singleton.value = t->kw == KW_NONE ? CONST_NONE : t->kw == KW_TRUE ? CONST_TRUE : CONST_FALSE;
        return r;
    }
    if (t->type == T_NUMBER || t->type == T_MINUS || t->type == T_STRING) {
        Expr *e = parse_literal_expr(p);
        if (!e) return NULL;
        Pattern *r = new_pattern(p, PAT_VALUE, e->loc);
        if (r) r->v.value.value = e;
        return r;
    }
    if (t->type == T_NAME && t->kw == 0) return parse_name_pattern(p);
    if (t->type == T_LPAR || t->type == T_LSQB) return parse_sequence_pattern(p);
    if (t->type == T_LBRACE) return parse_mapping_pattern(p);
    return syntax_error(p);
}

static Pattern *parse_or_pattern(Parser *p) {
    Pos s = here(p);
    Pattern *first = parse_closed_pattern(p);
    if (!first || !at(p, T_VBAR)) return first;
    Vec v = {0};
    if (!vec_push(p, &v, first)) return NULL;
    while (accept(p, T_VBAR)) {
        Pattern *x = parse_closed_pattern(p);
        if (!x || !vec_push(p, &v, x)) { vec_drop(&v); return NULL; }
    }
    Pattern *r = new_pattern(p, PAT_OR, loc_from(p, s));
    if (r) r->v.or_.patterns = vec_finish(p, &v);
    return r;
}

static Pattern *parse_pattern(Parser *p) {
    if (!enter(p)) return NULL;
    Pos s = here(p);
    Pattern *r = parse_or_pattern(p);
    if (r && accept_kw(p, KW_AS)) {
        if (!at_name(p)) {
            Expr *e = starts_expression(p) ? parse_expression(p) : syntax_error(p);
            leave(p);
            return e ? error_at_loc(p, e->loc, "%s", "invalid pattern target") : NULL;
        }
        Token *t = cur(p);
        if (tok_is_soft(p, t, "_")) {
            leave(p);
            return error_range(p, PERR_SYNTAX, t->lineno, t->col, t->end_lineno, t->end_col,
                               "cannot use '_' as a target");
        }
        advance(p);
        r = make_match_as(p, loc_from(p, s), r, tok_str(p, t));
    }
    leave(p);
    return r;
}

/* patterns: a bare comma-separated sequence, or one pattern. */
static Pattern *parse_case_patterns(Parser *p) {
    Pos s = here(p);
    Pattern *first = parse_maybe_star_pattern(p);
    if (!first) return NULL;
    if (!at(p, T_COMMA)) {
        if (first->kind == PAT_STAR) return error_at_tok(p, cur(p), "invalid syntax");
        return first;
    }
    Vec v = {0};
    if (!vec_push(p, &v, first)) return NULL;
    while (accept(p, T_COMMA)) {
        if (at(p, T_COLON) || at_kw(p, KW_IF)) break;
        Pattern *x = parse_maybe_star_pattern(p);
        if (!x || !vec_push(p, &v, x)) { vec_drop(&v); return NULL; }
    }
    Pattern *r = new_pattern(p, PAT_SEQUENCE, loc_from(p, s));
    if (r) r->v.sequence.patterns = vec_finish(p, &v);
    return r;
}

static MatchCase *parse_case(Parser *p) {
    int line = cur(p)->lineno;
    advance(p);
    MatchCase *c = node(p, sizeof(MatchCase));
    if (!c) return NULL;
    c->pattern = parse_case_patterns(p);
    if (!c->pattern) return NULL;
    if (accept_kw(p, KW_IF)) {
        c->guard = parse_named_expression(p);
        if (!c->guard) return NULL;
    }
    if (!soft_colon(p)) return NULL;
    c->body = parse_block(p, "'case' statement", line);
    return c->body ? c : NULL;
}

/* Is this line a match statement? "match" followed by something that can
** begin an expression, and the logical line ends with ':'. */
static bool is_match_stmt(Parser *p) {
    if (!tok_is_soft(p, cur(p), "match")) return false;
    Token *n = peek_at(p, 1);
    if (n->type == T_NAME ? (n->kw != 0 && n->kw != KW_NONE && n->kw != KW_TRUE && n->kw != KW_FALSE &&
                              n->kw != KW_NOT && n->kw != KW_LAMBDA && n->kw != KW_AWAIT)
                          : !(n->type == T_NUMBER || n->type == T_STRING || n->type == T_LPAR ||
                              n->type == T_LSQB || n->type == T_LBRACE || n->type == T_MINUS ||
                              n->type == T_PLUS || n->type == T_TILDE || n->type == T_STAR ||
                              n->type == T_ELLIPSIS))
        return false;
    /* `match x` with such a token after it is no expression: a missing ':'
    ** is then reported by the match statement's parser, as in CPython */
    bool not_operand = n->type == T_NAME || n->type == T_NUMBER || n->type == T_STRING ||
                       n->type == T_LBRACE || n->type == T_TILDE || n->type == T_ELLIPSIS;
    for (int k = 2;; k++) {
        Token *t = peek_at(p, k);
        if (t->type == T_NEWLINE || t->type == T_ENDMARKER)
            return not_operand || peek_at(p, k - 1)->type == T_COLON;
    }
}

static Stmt *parse_match(Parser *p) {
    Pos s = here(p);
    int line = cur(p)->lineno;
    advance(p);
    Expr *subject = parse_tuple_of(p, parse_star_named_expression);
    if (!subject) return NULL;
    if (subject->kind == EXPR_STARRED) return syntax_error(p);
    if (!soft_colon(p)) return NULL;
    if (!expect(p, T_NEWLINE)) return NULL;
    if (!accept(p, T_INDENT)) return indent_block_error(p, "'match' statement", line);
    Vec cases = {0};
    while (!failed(p) && !accept(p, T_DEDENT)) {
        if (!tok_is_soft(p, cur(p), "case")) { syntax_error(p); break; }
        MatchCase *c = parse_case(p);
        if (!c || !vec_push(p, &cases, c)) break;
    }
    if (failed(p)) { vec_drop(&cases); return NULL; }
    Stmt *st = new_stmt(p, STMT_MATCH, loc_from(p, s));
    if (!st) { vec_drop(&cases); return NULL; }
    st->v.match.subject = subject;
    st->v.match.cases = vec_finish(p, &cases);
    return st;
}

/* ---- statements ---- */

static Stmt *parse_compound(Parser *p) {
    Token *t = cur(p);
    Pos s = here(p);
    if (t->type == T_AT) return parse_decorated(p);
    if (t->type != T_NAME) return NULL;
    switch (t->kw) {
    case KW_IF: return parse_if(p, "'if' statement");
    case KW_WHILE: return parse_while(p);
    case KW_FOR: return parse_for(p, s, false);
    case KW_WITH: return parse_with(p, s, false);
    case KW_TRY: return parse_try(p);
    case KW_DEF: return parse_funcdef(p, s, false, NULL);
    case KW_CLASS: return parse_classdef(p, s, NULL);
    case KW_ASYNC: return parse_async(p);
    case 0: return is_match_stmt(p) ? parse_match(p) : NULL;
    default: return NULL;
    }
}

static bool is_compound_start(Parser *p) {
    Token *t = cur(p);
    if (t->type == T_AT) return true;
    if (t->type != T_NAME) return false;
    switch (t->kw) {
    case KW_IF: case KW_WHILE: case KW_FOR: case KW_WITH: case KW_TRY: case KW_DEF:
    case KW_CLASS: case KW_ASYNC:
        return true;
    case 0: return is_match_stmt(p);
    default: return false;
    }
}

/* One statement (or several simple ones on a line) into [out]. */
static bool parse_statement(Parser *p, Vec *out) {
    if (is_compound_start(p)) {
        if (!enter(p)) return false;
        Stmt *s = parse_compound(p);
        leave(p);
        return s && vec_push(p, out, s);
    }
    return parse_simple_stmts(p, out);
}

static Mod *parse_file_input(Parser *p) {
    Vec body = {0};
    while (!failed(p) && !at(p, T_ENDMARKER)) {
        if (accept(p, T_NEWLINE)) continue;
        if (!parse_statement(p, &body)) break;
    }
    if (failed(p)) { vec_drop(&body); return NULL; }
    Mod *m = node(p, sizeof(Mod));
    if (!m) { vec_drop(&body); return NULL; }
    m->kind = MOD_MODULE;
    m->body = vec_finish(p, &body);
    return m;
}

/* Does the source end with an empty line (what ends a block in a REPL)? */
static bool ends_with_blank_line(const char *src, size_t len) {
    size_t i = len;
    while (i > 0 && (src[i - 1] == ' ' || src[i - 1] == '\t' || src[i - 1] == '\r')) i--;
    if (i == 0 || src[i - 1] != '\n') return false;
    i--;
    while (i > 0 && (src[i - 1] == ' ' || src[i - 1] == '\t' || src[i - 1] == '\r')) i--;
    return i == 0 || src[i - 1] == '\n';
}

/* CPython's single input is "compound_stmt NEWLINE": a compound statement
** must be followed by a newline of its own. Its parser turns the first end
** of input into that NEWLINE, which our lexer's made-up NEWLINE at the end
** (no width) stands for; so a compound statement that used that one up
** ("if x: y" without a newline) fails at the end, as in CPython. */
static void expect_newline_after_compound(Parser *p) {
    if (at(p, T_NEWLINE)) return;
    if (at(p, T_ENDMARKER)) {
        Token *last = p->pos > 0 ? prev(p) : NULL;
        if (!last || last->type != T_NEWLINE || last->start != last->end) return;
    }
    syntax_error(p);
}

static Mod *parse_single_input(Parser *p, const char *src, size_t len) {
    Vec body = {0};
    while (accept(p, T_NEWLINE)) {}
    bool compound = false;
    if (!at(p, T_ENDMARKER)) {
        compound = is_compound_start(p);
        parse_statement(p, &body);
    }
    if (compound && !failed(p)) expect_newline_after_compound(p);
    while (!failed(p) && accept(p, T_NEWLINE)) {}
    if (!failed(p) && !at(p, T_ENDMARKER)) {
        /* CPython points at the newline that ended the first statement */
        const char *msg = "multiple statements found while compiling a single statement";
        Token *t = cur(p);
        if (p->pos > 0 && prev(p)->type == T_NEWLINE) error_at_newline(p, p->pos - 1, msg);
        else error_range(p, PERR_SYNTAX, t->lineno, t->col, t->end_lineno, t->end_col, "%s", msg);
    }
    if (failed(p)) { vec_drop(&body); return NULL; }
    /* a complete compound statement may still go on: a REPL reads lines
    ** until a blank one. Flagged on success, without an error. */
    if (compound && !ends_with_blank_line(src, len)) p->err->incomplete = true;
    Mod *m = node(p, sizeof(Mod));
    if (!m) { vec_drop(&body); return NULL; }
    m->kind = MOD_INTERACTIVE;
    m->body = vec_finish(p, &body);
    return m;
}

static Mod *parse_eval_input(Parser *p) {
    if (at(p, T_INDENT)) {
        Token *t = cur(p);
        return error_range(p, PERR_INDENT, t->lineno, t->col - 1, t->lineno, -2, "%s", "unexpected indent");
    }
    Expr *e = parse_star_expressions(p);
    while (e && accept(p, T_NEWLINE)) {}
    if (e && !at(p, T_ENDMARKER)) e = error_after_expr(p, e);
    if (!e) return NULL;
    Mod *m = node(p, sizeof(Mod));
    if (!m) return NULL;
    m->kind = MOD_EXPRESSION;
    m->expr = e;
    return m;
}

/* The whole source must be UTF-8 (as CPython decodes it before parsing). */
static bool check_utf8(const char *src, size_t len, ParseError *err) {
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)src[i];
        if (c < 0x80) {
            if (c == '\n') { line++; line_start = i + 1; }
            i++;
            continue;
        }
        unsigned cp;
        int n = lexer_utf8_decode((const unsigned char *)src + i, (int)(len - i < 8 ? len - i : 8), &cp);
        if (n < 0) {
            int off = (int)(i - line_start) + 1;
            lexer_set_error(err, PERR_SYNTAX, line, off, line, off,
                            "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                            c, i, (c & 0xC0) == 0x80 || c >= 0xF8 ? "invalid start byte" : "invalid continuation byte");
            return false;
        }
        i += (size_t)n;
    }
    return true;
}

/* After a parse error CPython tokenizes the rest of the source: an error of
** the tokenizer there wins over the parser's, and so does a bracket left
** open at the end when the parser had read past the bracket's line. An
** indentation problem of the tokenizer does not. (The REPL reads one
** statement at a time and skips this, so PARSE_SINGLE does too.) */
static void check_rest_for_token_errors(Parser *p) {
    ParseError *err = p->err;
    if (p->lex_failed || err->kind == PERR_NOMEM || p->mode == PARSE_SINGLE) return;
    /* CPython reports a stray INDENT or DEDENT without reading further */
    if (err->kind == PERR_INDENT && strncmp(err->msg, "unexpected ", 11) == 0) return;
    int err_line = p->ntoks > 0 ? tok_at(p, p->ntoks - 1)->lineno : 0;
    ParseError saved = *err;
    memset(err, 0, sizeof *err);
    Token t;
    int r;
    while ((r = lexer_next(&p->lex, &t)) == 0 && t.type != T_ENDMARKER) {}
    if (r == 0 || err->kind == PERR_NOMEM) {
        *err = saved;
        return;
    }
    bool unclosed = strstr(err->msg, "was never closed") != NULL;
    if (err->kind == PERR_INDENT || err->kind == PERR_TAB || (unclosed && err_line <= err->lineno)) {
        *err = saved;
        return;
    }
    err->incomplete = false;  /* a statement further down is wrong already */
    err->nwarnings = saved.nwarnings;
    memcpy(err->warnings, saved.warnings, sizeof err->warnings);
}

/* The last line the lexer had read when the last parse failed. ParseError
** (parser.h, shared) has no field for it yet; compile.c reads it right after
** parse_source returns, so a static does until it gets one. */


/* The line of the last byte the lexer consumed. */
static int lexer_reach_line(Parser *p) {
    int line = 1;
    for (int i = 0; i < p->lex.pos - 1 && i < p->lex.len; i++)
        if (p->src[i] == '\n') line++;
    return line;
}

/* The line of the last token the parser read, not counting the tokens that
** start the next line after a NEWLINE: CPython's parser has not read those
** when it fails at the NEWLINE, and ours looks one token further. */
static int parser_reach_line(Parser *p) {
    int k = p->ntoks - 1;
    if (k < 0) return 0;
    if (tok_at(p, k)->type != T_NEWLINE) {
        int j = k;
        while (j > 0 && (tok_at(p, j - 1)->type == T_INDENT || tok_at(p, j - 1)->type == T_DEDENT)) j--;
        if (j > 0 && tok_at(p, j - 1)->type == T_NEWLINE) k = j - 1;
    }
    return tok_at(p, k)->lineno;
}

Mod *parse_source(Arena *arena, const char *src, size_t len, ParseMode mode, ParseError *err) {
    memset(err, 0, sizeof *err);
    if (!check_utf8(src, len, err)) return NULL;
    Parser p;
    memset(&p, 0, sizeof p);
    p.arena = arena;
    p.src = src;
    p.err = err;
    p.mode = mode;
    p.last_line = 1;
    eof_token.type = T_ENDMARKER;
    lexer_init(&p.lex, src, len, err);
    Mod *m;
    switch (mode) {
    case PARSE_SINGLE: m = parse_single_input(&p, src, len); break;
    case PARSE_EVAL: m = parse_eval_input(&p); break;
    default: m = parse_file_input(&p); break;
    }
    if (err->kind != PERR_NONE) {
        ParseError before = *err;
        int reach = p.lex_failed ? lexer_reach_line(&p) : parser_reach_line(&p);
        check_rest_for_token_errors(&p);
        if (memcmp(&before, err, sizeof before) != 0) reach = lexer_reach_line(&p);
        err->reach_lineno = reach;
    }
    free_tokens(&p);
    if (err->kind != PERR_NONE) return NULL;
    return m;
}

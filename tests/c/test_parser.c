/*
** test_parser.c -- parses every tests/parser/NAME.py and compares an AST dump
** in the exact format of Python's ast.dump() (plain, then with positions)
** with the expected dumps in tests/parser/NAME.ast made by
** scripts/gen-parser-exp from CPython 3.11. Also checks the (message,
** lineno, offset) of each snippet in tests/parser/errors.cases against
** tests/parser/errors.exp. Files named eval_*.py are parsed in eval mode.
**
** usage: test_parser [-v] [tests/parser]   (-v prints the differing dumps)
**        test_parser --dump [--attrs] [--eval] FILE   (print one file's dump,
**        or its error as "Kind|lineno|offset|msg")
*/
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/ast.h"
#include "compiler/parser.h"
#include "objects/unicode_db.h"

/* ---- an output buffer ---- */

typedef struct { char *s; size_t len, cap; } Out;

static void out_put(Out *o, const char *s, size_t n) {
    if (o->len + n + 1 > o->cap) {
        size_t ncap = o->cap ? o->cap * 2 : 1024;
        while (ncap < o->len + n + 1) ncap *= 2;
        o->s = realloc(o->s, ncap);
        if (!o->s) { fprintf(stderr, "out of memory\n"); exit(2); }
        o->cap = ncap;
    }
    memcpy(o->s + o->len, s, n);
    o->len += n;
    o->s[o->len] = '\0';
}

static void out_str(Out *o, const char *s) { out_put(o, s, strlen(s)); }

static void out_fmt(Out *o, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    out_str(o, buf);
}

/* ---- Python reprs ---- */

static int utf8_next(const unsigned char *s, size_t n, size_t *i) {
    unsigned c = s[*i];
    int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (*i + (size_t)len > n) len = 1;
    unsigned cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < len; k++) cp = (cp << 6) | (s[*i + k] & 0x3F);
    *i += (size_t)len;
    return (int)cp;
}

static bool is_printable(int cp) {
    if (cp < 0x80) return cp >= 0x20 && cp != 0x7F;
    return ucd_has((uint32_t)cp, UCD_PRINTABLE);
}

static void repr_str(Out *o, const char *s, size_t n, bool bytes) {
    bool has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    if (bytes) out_str(o, "b");
    out_put(o, &q, 1);
    size_t i = 0;
    while (i < n) {
        int c;
        if (bytes) c = (unsigned char)s[i++];
        else c = utf8_next((const unsigned char *)s, n, &i);
        if (c == q || c == '\\') { out_fmt(o, "\\%c", c); continue; }
        if (c == '\n') { out_str(o, "\\n"); continue; }
        if (c == '\r') { out_str(o, "\\r"); continue; }
        if (c == '\t') { out_str(o, "\\t"); continue; }
        if (bytes ? (c < 0x20 || c >= 0x7F) : !is_printable(c)) {
            if (c < 0x100) out_fmt(o, "\\x%02x", c);
            else if (c < 0x10000) out_fmt(o, "\\u%04x", c);
            else out_fmt(o, "\\U%08x", c);
            continue;
        }
        if (c < 0x80) { char ch = (char)c; out_put(o, &ch, 1); continue; }
        /* copy the UTF-8 bytes back */
        char u[4];
        int k = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (k == 2) { u[0] = (char)(0xC0 | (c >> 6)); u[1] = (char)(0x80 | (c & 0x3F)); }
        else if (k == 3) { u[0] = (char)(0xE0 | (c >> 12)); u[1] = (char)(0x80 | ((c >> 6) & 0x3F)); u[2] = (char)(0x80 | (c & 0x3F)); }
        else { u[0] = (char)(0xF0 | (c >> 18)); u[1] = (char)(0x80 | ((c >> 12) & 0x3F)); u[2] = (char)(0x80 | ((c >> 6) & 0x3F)); u[3] = (char)(0x80 | (c & 0x3F)); }
        out_put(o, u, (size_t)k);
    }
    out_put(o, &q, 1);
}

/* repr(float): the shortest digits that round-trip, Python's layout. */
static void repr_float(Out *o, double d, bool complex_imag) {
    if (isinf(d)) { out_str(o, d > 0 ? "inf" : "-inf"); return; }
    if (isnan(d)) { out_str(o, "nan"); return; }
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
        if (strtod(buf, NULL) == d) break;
    }
    char digits[32];
    int nd = 0;
    char *p = buf;
    bool neg = *p == '-';
    if (neg) p++;
    for (; *p && *p != 'e'; p++) if (*p != '.') digits[nd++] = *p;
    digits[nd] = '\0';
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') digits[--nd] = '\0';
    if (neg) out_str(o, "-");
    if (exp >= -4 && exp < 16) {
        if (exp < 0) {
            out_str(o, "0.");
            for (int i = 0; i < -exp - 1; i++) out_str(o, "0");
            out_str(o, digits);
        } else {
            for (int i = 0; i <= exp; i++) out_put(o, i < nd ? &digits[i] : "0", 1);
            if (nd > exp + 1) { out_str(o, "."); out_str(o, digits + exp + 1); }
            else if (!complex_imag) out_str(o, ".0");
        }
    } else {
        out_put(o, digits, 1);
        if (nd > 1) { out_str(o, "."); out_str(o, digits + 1); }
        out_fmt(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
}

/* A big integer's digits in [base] as decimal. */
static void repr_bigint(Out *o, const char *digits, int base) {
    size_t n = strlen(digits);
    unsigned *limbs = calloc(n + 1, sizeof(unsigned)); /* base 1e9, little-endian */
    int nl = 1;
    for (size_t i = 0; i < n; i++) {
        int c = digits[i];
        unsigned dv = (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        unsigned long long carry = dv;
        for (int k = 0; k < nl; k++) {
            unsigned long long v = (unsigned long long)limbs[k] * (unsigned)base + carry;
            limbs[k] = (unsigned)(v % 1000000000ULL);
            carry = v / 1000000000ULL;
        }
        if (carry) limbs[nl++] = (unsigned)carry;
    }
    out_fmt(o, "%u", limbs[nl - 1]);
    for (int k = nl - 2; k >= 0; k--) out_fmt(o, "%09u", limbs[k]);
    free(limbs);
}

static void repr_constant(Out *o, Constant *c) {
    switch (c->kind) {
    case CONST_NONE: out_str(o, "None"); break;
    case CONST_TRUE: out_str(o, "True"); break;
    case CONST_FALSE: out_str(o, "False"); break;
    case CONST_ELLIPSIS: out_str(o, "Ellipsis"); break;
    case CONST_INT:
        if (c->is_big) repr_bigint(o, c->str.s, c->ibase);
        else out_fmt(o, "%lld", (long long)c->ival);
        break;
    case CONST_FLOAT: repr_float(o, c->fval, false); break;
    case CONST_COMPLEX: repr_float(o, c->fval, true); out_str(o, "j"); break;
    case CONST_STR: repr_str(o, c->str.s, c->str.len, false); break;
    case CONST_BYTES: repr_str(o, c->str.s, c->str.len, true); break;
    }
}

/* ---- the dumper: ast.dump(node, include_attributes=attrs) ---- */

typedef struct {
    Out *o;
    bool attrs;
    int nfields;       /* fields written so far in the current node */
} Dumper;

static void dump_expr(Dumper *d, Expr *e);
static void dump_stmt(Dumper *d, Stmt *s);
static void dump_pattern(Dumper *d, Pattern *p);

static void field(Dumper *d, const char *name) {
    if (d->nfields++) out_str(d->o, ", ");
    out_fmt(d->o, "%s=", name);
}

static int open_node(Dumper *d, const char *cls) {
    out_fmt(d->o, "%s(", cls);
    int saved = d->nfields;
    d->nfields = 0;
    return saved;
}

static void close_node(Dumper *d, int saved, const Loc *loc) {
    if (loc && d->attrs) {
        field(d, "lineno"); out_fmt(d->o, "%d", loc->lineno);
        field(d, "col_offset"); out_fmt(d->o, "%d", loc->col_offset);
        field(d, "end_lineno"); out_fmt(d->o, "%d", loc->end_lineno);
        field(d, "end_col_offset"); out_fmt(d->o, "%d", loc->end_col_offset);
    }
    out_str(d->o, ")");
    d->nfields = saved;
}

static void simple_node(Dumper *d, const char *cls) { out_fmt(d->o, "%s()", cls); }

typedef void (*DumpFn)(Dumper *, void *);

static void dump_list(Dumper *d, const char *name, AstSeq *s, DumpFn fn) {
    field(d, name);
    out_str(d->o, "[");
    for (int i = 0; i < SEQ_LEN(s); i++) {
        if (i) out_str(d->o, ", ");
        void *x = SEQ_GET(s, i);
        if (x) fn(d, x); else out_str(d->o, "None");
    }
    out_str(d->o, "]");
}

static void dump_expr_v(Dumper *d, void *x) { dump_expr(d, x); }
static void dump_stmt_v(Dumper *d, void *x) { dump_stmt(d, x); }
static void dump_pattern_v(Dumper *d, void *x) { dump_pattern(d, x); }
static void dump_ident_v(Dumper *d, void *x) { repr_str(d->o, x, strlen(x), false); }

static void opt_expr(Dumper *d, const char *name, Expr *e) {
    if (!e) return;
    field(d, name);
    dump_expr(d, e);
}

static void ident(Dumper *d, const char *name, const char *s) {
    if (!s) return;
    field(d, name);
    repr_str(d->o, s, strlen(s), false);
}

static void ctx(Dumper *d, ExprContext c) {
    field(d, "ctx");
    simple_node(d, c == CTX_STORE ? "Store" : c == CTX_DEL ? "Del" : "Load");
}

static const char *const operator_names[] = {
    "", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift",
    "BitOr", "BitXor", "BitAnd", "FloorDiv",
};
static const char *const unary_names[] = {"", "Invert", "Not", "UAdd", "USub"};
static const char *const cmp_names[] = {"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};

static void dump_arg(Dumper *d, void *x) {
    Arg *a = x;
    int sv = open_node(d, "arg");
    ident(d, "arg", a->arg);
    opt_expr(d, "annotation", a->annotation);
    close_node(d, sv, &a->loc);
}

static void dump_arguments(Dumper *d, Arguments *a) {
    int sv = open_node(d, "arguments");
    dump_list(d, "posonlyargs", a->posonlyargs, dump_arg);
    dump_list(d, "args", a->args, dump_arg);
    if (a->vararg) { field(d, "vararg"); dump_arg(d, a->vararg); }
    dump_list(d, "kwonlyargs", a->kwonlyargs, dump_arg);
    dump_list(d, "kw_defaults", a->kw_defaults, dump_expr_v);
    if (a->kwarg) { field(d, "kwarg"); dump_arg(d, a->kwarg); }
    dump_list(d, "defaults", a->defaults, dump_expr_v);
    close_node(d, sv, NULL);
}

static void dump_keyword(Dumper *d, void *x) {
    Keyword *k = x;
    int sv = open_node(d, "keyword");
    ident(d, "arg", k->arg);
    field(d, "value"); dump_expr(d, k->value);
    close_node(d, sv, &k->loc);
}

static void dump_comprehension(Dumper *d, void *x) {
    Comprehension *c = x;
    int sv = open_node(d, "comprehension");
    field(d, "target"); dump_expr(d, c->target);
    field(d, "iter"); dump_expr(d, c->iter);
    dump_list(d, "ifs", c->ifs, dump_expr_v);
    field(d, "is_async"); out_fmt(d->o, "%d", c->is_async ? 1 : 0);
    close_node(d, sv, NULL);
}

static const char *const expr_class[] = {
    "", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
    "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
    "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute",
    "Subscript", "Starred", "Name", "List", "Tuple", "Slice",
};

static void dump_expr(Dumper *d, Expr *e) {
    int sv = open_node(d, expr_class[e->kind]);
    switch (e->kind) {
    case EXPR_BOOLOP:
        field(d, "op"); simple_node(d, e->v.boolop.op == OP_AND ? "And" : "Or");
        dump_list(d, "values", e->v.boolop.values, dump_expr_v);
        break;
    case EXPR_NAMEDEXPR:
        field(d, "target"); dump_expr(d, e->v.namedexpr.target);
        field(d, "value"); dump_expr(d, e->v.namedexpr.value);
        break;
    case EXPR_BINOP:
        field(d, "left"); dump_expr(d, e->v.binop.left);
        field(d, "op"); simple_node(d, operator_names[e->v.binop.op]);
        field(d, "right"); dump_expr(d, e->v.binop.right);
        break;
    case EXPR_UNARYOP:
        field(d, "op"); simple_node(d, unary_names[e->v.unaryop.op]);
        field(d, "operand"); dump_expr(d, e->v.unaryop.operand);
        break;
    case EXPR_LAMBDA:
        field(d, "args"); dump_arguments(d, e->v.lambda.args);
        field(d, "body"); dump_expr(d, e->v.lambda.body);
        break;
    case EXPR_IFEXP:
        field(d, "test"); dump_expr(d, e->v.ifexp.test);
        field(d, "body"); dump_expr(d, e->v.ifexp.body);
        field(d, "orelse"); dump_expr(d, e->v.ifexp.orelse);
        break;
    case EXPR_DICT:
        dump_list(d, "keys", e->v.dict.keys, dump_expr_v);
        dump_list(d, "values", e->v.dict.values, dump_expr_v);
        break;
    case EXPR_SET: dump_list(d, "elts", e->v.set.elts, dump_expr_v); break;
    case EXPR_LISTCOMP: case EXPR_SETCOMP: case EXPR_GENEXP:
        field(d, "elt"); dump_expr(d, e->v.comp.elt);
        dump_list(d, "generators", e->v.comp.generators, dump_comprehension);
        break;
    case EXPR_DICTCOMP:
        field(d, "key"); dump_expr(d, e->v.comp.elt);
        field(d, "value"); dump_expr(d, e->v.comp.value);
        dump_list(d, "generators", e->v.comp.generators, dump_comprehension);
        break;
    case EXPR_AWAIT: field(d, "value"); dump_expr(d, e->v.await_.value); break;
    case EXPR_YIELD: opt_expr(d, "value", e->v.yield.value); break;
    case EXPR_YIELDFROM: field(d, "value"); dump_expr(d, e->v.yieldfrom.value); break;
    case EXPR_COMPARE:
        field(d, "left"); dump_expr(d, e->v.compare.left);
        field(d, "ops"); out_str(d->o, "[");
        for (int i = 0; i < e->v.compare.n; i++) {
            if (i) out_str(d->o, ", ");
            simple_node(d, cmp_names[e->v.compare.ops[i]]);
        }
        out_str(d->o, "]");
        dump_list(d, "comparators", e->v.compare.comparators, dump_expr_v);
        break;
    case EXPR_CALL:
        field(d, "func"); dump_expr(d, e->v.call.func);
        dump_list(d, "args", e->v.call.args, dump_expr_v);
        dump_list(d, "keywords", e->v.call.keywords, dump_keyword);
        break;
    case EXPR_FORMATTEDVALUE:
        field(d, "value"); dump_expr(d, e->v.formattedvalue.value);
        field(d, "conversion"); out_fmt(d->o, "%d", e->v.formattedvalue.conversion);
        opt_expr(d, "format_spec", e->v.formattedvalue.format_spec);
        break;
    case EXPR_JOINEDSTR: dump_list(d, "values", e->v.joinedstr.values, dump_expr_v); break;
    case EXPR_CONSTANT:
        field(d, "value"); repr_constant(d->o, &e->v.constant);
        if (e->v.constant.kind_u) { field(d, "kind"); out_str(d->o, "'u'"); }
        break;
    case EXPR_ATTRIBUTE:
        field(d, "value"); dump_expr(d, e->v.attribute.value);
        ident(d, "attr", e->v.attribute.attr);
        ctx(d, e->v.attribute.ctx);
        break;
    case EXPR_SUBSCRIPT:
        field(d, "value"); dump_expr(d, e->v.subscript.value);
        field(d, "slice"); dump_expr(d, e->v.subscript.slice);
        ctx(d, e->v.subscript.ctx);
        break;
    case EXPR_STARRED:
        field(d, "value"); dump_expr(d, e->v.starred.value);
        ctx(d, e->v.starred.ctx);
        break;
    case EXPR_NAME: ident(d, "id", e->v.name.id); ctx(d, e->v.name.ctx); break;
    case EXPR_LIST: case EXPR_TUPLE:
        dump_list(d, "elts", e->v.list.elts, dump_expr_v);
        ctx(d, e->v.list.ctx);
        break;
    case EXPR_SLICE:
        opt_expr(d, "lower", e->v.slice.lower);
        opt_expr(d, "upper", e->v.slice.upper);
        opt_expr(d, "step", e->v.slice.step);
        break;
    }
    close_node(d, sv, &e->loc);
}

static void dump_handler(Dumper *d, void *x) {
    ExceptHandler *h = x;
    int sv = open_node(d, "ExceptHandler");
    opt_expr(d, "type", h->type);
    ident(d, "name", h->name);
    dump_list(d, "body", h->body, dump_stmt_v);
    close_node(d, sv, &h->loc);
}

static void dump_alias(Dumper *d, void *x) {
    Alias *a = x;
    int sv = open_node(d, "alias");
    ident(d, "name", a->name);
    ident(d, "asname", a->asname);
    close_node(d, sv, &a->loc);
}

static void dump_withitem(Dumper *d, void *x) {
    WithItem *w = x;
    int sv = open_node(d, "withitem");
    field(d, "context_expr"); dump_expr(d, w->context_expr);
    opt_expr(d, "optional_vars", w->optional_vars);
    close_node(d, sv, NULL);
}

static void dump_match_case(Dumper *d, void *x) {
    MatchCase *c = x;
    int sv = open_node(d, "match_case");
    field(d, "pattern"); dump_pattern(d, c->pattern);
    opt_expr(d, "guard", c->guard);
    dump_list(d, "body", c->body, dump_stmt_v);
    close_node(d, sv, NULL);
}

static const char *const stmt_class[] = {
    "", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign",
    "AugAssign", "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith",
    "Match", "Raise", "Try", "TryStar", "Assert", "Import", "ImportFrom", "Global",
    "Nonlocal", "Expr", "Pass", "Break", "Continue",
};

static void dump_stmt(Dumper *d, Stmt *s) {
    int sv = open_node(d, stmt_class[s->kind]);
    switch (s->kind) {
    case STMT_FUNCTIONDEF: case STMT_ASYNCFUNCTIONDEF:
        ident(d, "name", s->v.funcdef.name);
        field(d, "args"); dump_arguments(d, s->v.funcdef.args);
        dump_list(d, "body", s->v.funcdef.body, dump_stmt_v);
        dump_list(d, "decorator_list", s->v.funcdef.decorator_list, dump_expr_v);
        opt_expr(d, "returns", s->v.funcdef.returns);
        break;
    case STMT_CLASSDEF:
        ident(d, "name", s->v.classdef.name);
        dump_list(d, "bases", s->v.classdef.bases, dump_expr_v);
        dump_list(d, "keywords", s->v.classdef.keywords, dump_keyword);
        dump_list(d, "body", s->v.classdef.body, dump_stmt_v);
        dump_list(d, "decorator_list", s->v.classdef.decorator_list, dump_expr_v);
        break;
    case STMT_RETURN: opt_expr(d, "value", s->v.return_.value); break;
    case STMT_DELETE: dump_list(d, "targets", s->v.delete_.targets, dump_expr_v); break;
    case STMT_ASSIGN:
        dump_list(d, "targets", s->v.assign.targets, dump_expr_v);
        field(d, "value"); dump_expr(d, s->v.assign.value);
        break;
    case STMT_AUGASSIGN:
        field(d, "target"); dump_expr(d, s->v.augassign.target);
        field(d, "op"); simple_node(d, operator_names[s->v.augassign.op]);
        field(d, "value"); dump_expr(d, s->v.augassign.value);
        break;
    case STMT_ANNASSIGN:
        field(d, "target"); dump_expr(d, s->v.annassign.target);
        field(d, "annotation"); dump_expr(d, s->v.annassign.annotation);
        opt_expr(d, "value", s->v.annassign.value);
        field(d, "simple"); out_fmt(d->o, "%d", s->v.annassign.simple ? 1 : 0);
        break;
    case STMT_FOR: case STMT_ASYNCFOR:
        field(d, "target"); dump_expr(d, s->v.for_.target);
        field(d, "iter"); dump_expr(d, s->v.for_.iter);
        dump_list(d, "body", s->v.for_.body, dump_stmt_v);
        dump_list(d, "orelse", s->v.for_.orelse, dump_stmt_v);
        break;
    case STMT_WHILE: case STMT_IF:
        field(d, "test"); dump_expr(d, s->v.if_.test);
        dump_list(d, "body", s->v.if_.body, dump_stmt_v);
        dump_list(d, "orelse", s->v.if_.orelse, dump_stmt_v);
        break;
    case STMT_WITH: case STMT_ASYNCWITH:
        dump_list(d, "items", s->v.with.items, dump_withitem);
        dump_list(d, "body", s->v.with.body, dump_stmt_v);
        break;
    case STMT_MATCH:
        field(d, "subject"); dump_expr(d, s->v.match.subject);
        dump_list(d, "cases", s->v.match.cases, dump_match_case);
        break;
    case STMT_RAISE:
        opt_expr(d, "exc", s->v.raise.exc);
        opt_expr(d, "cause", s->v.raise.cause);
        break;
    case STMT_TRY: case STMT_TRYSTAR:
        dump_list(d, "body", s->v.try_.body, dump_stmt_v);
        dump_list(d, "handlers", s->v.try_.handlers, dump_handler);
        dump_list(d, "orelse", s->v.try_.orelse, dump_stmt_v);
        dump_list(d, "finalbody", s->v.try_.finalbody, dump_stmt_v);
        break;
    case STMT_ASSERT:
        field(d, "test"); dump_expr(d, s->v.assert_.test);
        opt_expr(d, "msg", s->v.assert_.msg);
        break;
    case STMT_IMPORT: dump_list(d, "names", s->v.import.names, dump_alias); break;
    case STMT_IMPORTFROM:
        ident(d, "module", s->v.importfrom.module);
        dump_list(d, "names", s->v.importfrom.names, dump_alias);
        field(d, "level"); out_fmt(d->o, "%d", s->v.importfrom.level);
        break;
    case STMT_GLOBAL: case STMT_NONLOCAL:
        dump_list(d, "names", s->v.global.names, dump_ident_v);
        break;
    case STMT_EXPR: field(d, "value"); dump_expr(d, s->v.expr.value); break;
    case STMT_PASS: case STMT_BREAK: case STMT_CONTINUE: break;
    }
    close_node(d, sv, &s->loc);
}

static const char *const pattern_class[] = {
    "", "MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping", "MatchClass",
    "MatchStar", "MatchAs", "MatchOr",
};

static void dump_pattern(Dumper *d, Pattern *p) {
    int sv = open_node(d, pattern_class[p->kind]);
    switch (p->kind) {
    case PAT_VALUE: field(d, "value"); dump_expr(d, p->v.value.value); break;
    case PAT_SINGLETON:
        field(d, "value");
        out_str(d->o, p->v.singleton.value == CONST_NONE ? "None" : p->v.singleton.value == CONST_TRUE ? "True" : "False");
        break;
    case PAT_SEQUENCE: dump_list(d, "patterns", p->v.sequence.patterns, dump_pattern_v); break;
    case PAT_MAPPING:
        dump_list(d, "keys", p->v.mapping.keys, dump_expr_v);
        dump_list(d, "patterns", p->v.mapping.patterns, dump_pattern_v);
        ident(d, "rest", p->v.mapping.rest);
        break;
    case PAT_CLASS:
        field(d, "cls"); dump_expr(d, p->v.class_.cls);
        dump_list(d, "patterns", p->v.class_.patterns, dump_pattern_v);
        dump_list(d, "kwd_attrs", p->v.class_.kwd_attrs, dump_ident_v);
        dump_list(d, "kwd_patterns", p->v.class_.kwd_patterns, dump_pattern_v);
        break;
    case PAT_STAR: ident(d, "name", p->v.star.name); break;
    case PAT_AS:
        if (p->v.as.pattern) { field(d, "pattern"); dump_pattern(d, p->v.as.pattern); }
        ident(d, "name", p->v.as.name);
        break;
    case PAT_OR: dump_list(d, "patterns", p->v.or_.patterns, dump_pattern_v); break;
    }
    close_node(d, sv, &p->loc);
}

static void dump_mod(Out *o, Mod *m, bool attrs) {
    Dumper d = {o, attrs, 0};
    switch (m->kind) {
    case MOD_MODULE: {
        int sv = open_node(&d, "Module");
        dump_list(&d, "body", m->body, dump_stmt_v);
        field(&d, "type_ignores"); out_str(o, "[]");
        close_node(&d, sv, NULL);
        break;
    }
    case MOD_INTERACTIVE: {
        int sv = open_node(&d, "Interactive");
        dump_list(&d, "body", m->body, dump_stmt_v);
        close_node(&d, sv, NULL);
        break;
    }
    case MOD_EXPRESSION: {
        int sv = open_node(&d, "Expression");
        field(&d, "body"); dump_expr(&d, m->expr);
        close_node(&d, sv, NULL);
        break;
    }
    }
}

/* ---- the test driver ---- */

static int passed, failed_count;
static bool verbose;

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *s = malloc(cap);
    size_t r;
    while (s && (r = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n < 2) { cap *= 2; s = realloc(s, cap); }
    }
    fclose(f);
    if (!s) return NULL;
    s[n] = '\0';
    *len = n;
    return s;
}

static void fail(const char *what, const char *expected, const char *got) {
    failed_count++;
    printf("FAIL %s\n", what);
    if (verbose) printf("  expected: %s\n  got:      %s\n", expected, got);
}

static void check_file(const char *dir, const char *name) {
    char path[1024], expath[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    snprintf(expath, sizeof expath, "%.*s.ast", (int)(strlen(path) - 3), path);
    size_t len, elen;
    char *src = read_file(path, &len), *exp = read_file(expath, &elen);
    if (!src || !exp) {
        printf("FAIL %s: cannot read it or its .ast\n", path);
        failed_count++;
        free(src); free(exp);
        return;
    }
    char *exp2 = strchr(exp, '\n');
    if (exp2) { *exp2++ = '\0'; char *e = strchr(exp2, '\n'); if (e) *e = '\0'; }
    Arena arena;
    arena_init(&arena);
    ParseError err;
    ParseMode mode = strncmp(name, "eval_", 5) == 0 ? PARSE_EVAL : PARSE_FILE;
    Mod *m = parse_source(&arena, src, len, mode, &err);
    if (!m) {
        char what[1500];
        snprintf(what, sizeof what, "%s: parse error %d:%d %s", path, err.lineno, err.offset, err.msg);
        fail(what, exp, "(error)");
    } else {
        Out o1 = {0}, o2 = {0};
        dump_mod(&o1, m, false);
        dump_mod(&o2, m, true);
        char what[1100];
        snprintf(what, sizeof what, "%s (ast.dump)", path);
        if (strcmp(o1.s, exp) == 0) passed++; else fail(what, exp, o1.s);
        snprintf(what, sizeof what, "%s (ast.dump with positions)", path);
        if (exp2 && strcmp(o2.s, exp2) == 0) passed++; else fail(what, exp2 ? exp2 : "", o2.s);
        free(o1.s);
        free(o2.s);
    }
    arena_free(&arena);
    free(src);
    free(exp);
}

static const char *kind_name(ParseErrorKind k) {
    return k == PERR_INDENT ? "IndentationError" : k == PERR_TAB ? "TabError" : "SyntaxError";
}

/* errors.cases: snippets separated by lines "=====" (a snippet's own last
** newline is part of it); errors.exp: one "Kind|lineno|offset|msg" each. */
static void check_errors(const char *dir) {
    char path[1024], expath[1024];
    snprintf(path, sizeof path, "%s/errors.cases", dir);
    snprintf(expath, sizeof expath, "%s/errors.exp", dir);
    size_t len, elen;
    char *src = read_file(path, &len), *exp = read_file(expath, &elen);
    if (!src || !exp) { free(src); free(exp); return; }
    char *sp = src, *ep = exp;
    int n = 0;
    while (*sp) {
        char *sep = strstr(sp, "=====\n");
        size_t slen = sep ? (size_t)(sep - sp) : strlen(sp);
        char *eline = ep, *enl = strchr(ep, '\n');
        if (enl) { *enl = '\0'; ep = enl + 1; } else ep += strlen(ep);
        n++;
        Arena arena;
        arena_init(&arena);
        ParseError err;
        Mod *m = parse_source(&arena, sp, slen, PARSE_FILE, &err);
        char got[400];
        if (m) snprintf(got, sizeof got, "OK");
        else snprintf(got, sizeof got, "%s|%d|%d|%s", kind_name(err.kind), err.lineno, err.offset, err.msg);
        if (strcmp(got, eline) == 0) passed++;
        else {
            char what[200];
            snprintf(what, sizeof what, "errors.cases #%d: %.60s", n, sp);
            for (char *c = what; *c; c++) if (*c == '\n') *c = '|';
            fail(what, eline, got);
        }
        arena_free(&arena);
        if (!sep) break;
        sp = sep + 6;
    }
    free(src);
    free(exp);
}

/* Inputs that must give an AST or an error, never a crash. */
static void check_robustness(void) {
    static const char *inputs[] = {
        "", "\n", "\xff\xfe\x00garbage", "(((((((((((((((((((((((((((((((", "f'{", "f'{{}}'",
        "\"\"\"", "'\\", "x = [", "if x:\n", "def f(:", "lambda", "match", "match x:\n case",
        "@", "class", "a[", "a.", "f'{a!}'", "\t\tx\n  y", "x = 1 +\\", "0x", "1e", "1_",
        "async", "from . import", "import", "with", "try:\n pass", "case x:", "*", "**x",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
        Arena arena;
        arena_init(&arena);
        ParseError err;
        Mod *m = parse_source(&arena, inputs[i], strlen(inputs[i]), PARSE_FILE, &err);
        if (!m && err.kind == PERR_NONE) fail("robustness: no AST and no error", "", inputs[i]);
        else passed++;
        arena_free(&arena);
    }
    /* very deep nesting must be refused, not overflow the C stack */
    size_t n = 100000;
    char *deep = malloc(n + 2);
    for (size_t i = 0; i < n; i++) deep[i] = i % 2 ? '-' : '~';
    deep[n] = 'x';
    deep[n + 1] = '\0';
    Arena arena;
    arena_init(&arena);
    ParseError err;
    Mod *m = parse_source(&arena, deep, n + 1, PARSE_FILE, &err);
    if (m || err.kind == PERR_NONE) fail("robustness: deep nesting accepted", "error", "AST"); else passed++;
    arena_free(&arena);
    free(deep);
}

static void check_incomplete(void) {
    static const struct { const char *src; bool incomplete; } cases[] = {
        {"if x:\n", true}, {"x = (1,\n", true}, {"s = '''abc\n", true}, {"x = 1 + \\\n", true},
        {"def f():\n  return 1\n", true}, {"def f():\n  return 1\n\n", false}, {"x = 1 +\n", false},
        {"x = )\n", false}, {"for x in y:\n", true}, {"@dec\n", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Arena arena;
        arena_init(&arena);
        ParseError err;
        (void)parse_source(&arena, cases[i].src, strlen(cases[i].src), PARSE_SINGLE, &err);
        bool inc = err.incomplete; /* on success too: a block that may go on */
        if (inc == cases[i].incomplete) passed++;
        else fail("incomplete flag", cases[i].incomplete ? "incomplete" : "complete", cases[i].src);
        arena_free(&arena);
    }
}

static int cmp_names_sort(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int dump_one(int argc, char **argv) {
    bool attrs = false;
    ParseMode mode = PARSE_FILE;
    const char *path = NULL;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--attrs") == 0) attrs = true;
        else if (strcmp(argv[i], "--eval") == 0) mode = PARSE_EVAL;
        else path = argv[i];
    }
    size_t len;
    char *src = path ? read_file(path, &len) : NULL;
    if (!src) { printf("cannot read %s\n", path ? path : "(no file)"); return 2; }
    Arena arena;
    arena_init(&arena);
    ParseError err;
    Mod *m = parse_source(&arena, src, len, mode, &err);
    if (m) {
        Out o = {0};
        dump_mod(&o, m, attrs);
        printf("%s\n", o.s);
        free(o.s);
    } else {
        printf("%s|%d|%d|%s\n", kind_name(err.kind), err.lineno, err.offset, err.msg);
    }
    arena_free(&arena);
    free(src);
    return m ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--dump") == 0) return dump_one(argc, argv);
    const char *dir = "tests/parser";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0) verbose = true;
        else dir = argv[i];
    }
    DIR *dp = opendir(dir);
    if (!dp) { printf("cannot open %s\n", dir); return 2; }
    char *names[4096];
    int nn = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && nn < 4096) {
        size_t l = strlen(de->d_name);
        if (l > 3 && strcmp(de->d_name + l - 3, ".py") == 0) names[nn++] = strdup(de->d_name);
    }
    closedir(dp);
    qsort(names, (size_t)nn, sizeof *names, cmp_names_sort);
    for (int i = 0; i < nn; i++) { check_file(dir, names[i]); free(names[i]); }
    check_errors(dir);
    check_robustness();
    check_incomplete();
    printf("parser: %d passed, %d failed\n", passed, failed_count);
    return failed_count ? 1 : 0;
}

/*
** symtable.c -- scope analysis (see symtable.h).
**
** Two passes, as in CPython: the first walks the AST, opening a SymEntry
** for every module, function, lambda, class and comprehension and
** recording how each name is used there; the second resolves every name to
** local, global, free or cell, from the innermost scope outwards.
*/
#include "symtable.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"

/* ---- building ---- */

typedef struct Builder {
    SymTable *st;
    Arena *arena;
    SymEntry *cur;
    SymEntry *module;
    CompileError *err;
    int depth;                /* nesting of the walk */
    bool in_annotation;       /* checking a postponed (string) annotation */
} Builder;

static int fail(Builder *b, Loc loc, const char *fmt, ...) {
    if (!b->err->set) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(b->err->msg, sizeof b->err->msg, fmt, ap);
        va_end(ap);
        b->err->set = true;
        b->err->loc = loc;
    }
    return -1;
}

static int nomem(Builder *b) {
    Loc none = {0, 0, 0, 0};
    return fail(b, none, "out of memory");
}

static uint32_t hash_name(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

Symbol *symtable_get(SymEntry *ste, const char *name) {
    if (!ste->capsyms) return NULL;
    uint32_t mask = (uint32_t)ste->capsyms - 1;
    for (uint32_t i = hash_name(name) & mask;; i = (i + 1) & mask) {
        Symbol *s = &ste->syms[i];
        if (!s->name) return NULL;
        if (strcmp(s->name, name) == 0) return s;
    }
}

SymScope symtable_scope(SymEntry *ste, const char *name) {
    Symbol *s = symtable_get(ste, name);
    return s ? s->scope : SC_NONE;
}

static Symbol *insert_slot(Symbol *syms, int cap, const char *name) {
    uint32_t mask = (uint32_t)cap - 1;
    uint32_t i = hash_name(name) & mask;
    while (syms[i].name && strcmp(syms[i].name, name) != 0) i = (i + 1) & mask;
    return &syms[i];
}

/* The symbol [name] of [ste], created (flags 0) when missing. */
static Symbol *sym_get_or_add(Arena *a, SymEntry *ste, const char *name) {
    Symbol *s = symtable_get(ste, name);
    if (s) return s;
    if ((ste->nsyms + 1) * 2 > ste->capsyms) {
        int ncap = ste->capsyms ? ste->capsyms * 2 : 16;
        Symbol *n = arena_alloc(a, sizeof(Symbol) * (size_t)ncap);
        if (!n) return NULL;
        for (int i = 0; i < ste->capsyms; i++)
            if (ste->syms[i].name) *insert_slot(n, ncap, ste->syms[i].name) = ste->syms[i];
        ste->syms = n;
        ste->capsyms = ncap;
    }
    s = insert_slot(ste->syms, ste->capsyms, name);
    s->name = name;
    s->flags = 0;
    s->scope = SC_NONE;
    s->order = ste->nsyms++;
    return s;
}

const char *symtable_mangle(Arena *arena, const char *priv, const char *name) {
    if (!priv || name[0] != '_' || name[1] != '_') return name;
    size_t n = strlen(name);
    if (n >= 4 && name[n - 1] == '_' && name[n - 2] == '_') return name;
    if (strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name;
    size_t p = strlen(priv);
    char *out = arena_alloc(arena, 1 + p + n + 1);
    if (!out) return NULL;
    out[0] = '_';
    memcpy(out + 1, priv, p);
    memcpy(out + 1 + p, name, n + 1);
    return out;
}

static SymEntry *new_entry(Builder *b, BlockType type, const char *name, void *key, Loc loc) {
    SymEntry *e = arena_alloc(b->arena, sizeof *e);
    if (!e) return NULL;
    e->type = type;
    e->name = name;
    e->key = key;
    e->loc = loc;
    e->parent = b->cur;
    e->is_function = type == BLOCK_FUNCTION;
    if (b->cur) {
        e->is_nested = b->cur->is_nested || b->cur->type == BLOCK_FUNCTION;
        e->private_name = b->cur->private_name;
        SymEntry *p = b->cur;
        if (p->nchildren == p->capchildren) {
            int ncap = p->capchildren ? p->capchildren * 2 : 4;
            SymEntry **n = arena_alloc(b->arena, sizeof(SymEntry *) * (size_t)ncap);
            if (!n) return NULL;
            if (p->nchildren) memcpy(n, p->children, sizeof(SymEntry *) * (size_t)p->nchildren);
            p->children = n;
            p->capchildren = ncap;
        }
        p->children[p->nchildren++] = e;
    }
    return e;
}

static int enter_block(Builder *b, BlockType type, const char *name, void *key, Loc loc) {
    SymEntry *prev = b->cur;
    SymEntry *e = new_entry(b, type, name, key, loc);
    if (!e) return nomem(b);
    /* a lambda or comprehension inside a comprehension's iterable is still
    ** in it: no walrus there either */
    if (prev && prev->comp_iter_expr > 0) e->comp_iter_expr = prev->comp_iter_expr;
    b->cur = e;
    return 0;
}

static void exit_block(Builder *b) { b->cur = b->cur->parent; }

static int add_param_name(Builder *b, const char *name) {
    SymEntry *e = b->cur;
    if (e->nparams == e->capparams) {
        int ncap = e->capparams ? e->capparams * 2 : 8;
        const char **n = arena_alloc(b->arena, sizeof(char *) * (size_t)ncap);
        if (!n) return nomem(b);
        if (e->nparams) memcpy(n, e->params, sizeof(char *) * (size_t)e->nparams);
        e->params = n;
        e->capparams = ncap;
    }
    e->params[e->nparams++] = name;
    return 0;
}

/* Record a definition or use of [name] in [ste] (CPython's add_def). */
static int add_def_in(Builder *b, SymEntry *ste, const char *name, int flag, Loc loc) {
    const char *mangled = symtable_mangle(b->arena, b->cur->private_name, name);
    if (!mangled) return nomem(b);
    Symbol *s = sym_get_or_add(b->arena, ste, mangled);
    if (!s) return nomem(b);
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM))
        return fail(b, loc, "duplicate argument '%s' in function definition", mangled);
    s->flags |= flag;
    if (ste->comp_iter_target) {
        if (s->flags & (DEF_GLOBAL | DEF_NONLOCAL))
            return fail(b, loc, "comprehension inner loop cannot rebind assignment expression target '%s'",
                        mangled);
        s->flags |= DEF_COMP_ITER;
    }
    if (flag & DEF_PARAM) return add_param_name(b, mangled);
    if ((flag & DEF_GLOBAL) && ste != b->module) {
        /* a global declaration anywhere makes the module-level name explicit too */
        Symbol *g = sym_get_or_add(b->arena, b->module, mangled);
        if (!g) return nomem(b);
        g->flags |= flag;
    }
    return 0;
}

static int add_def(Builder *b, const char *name, int flag, Loc loc) {
    return add_def_in(b, b->cur, name, flag, loc);
}

/* ---- the AST walk ---- */

static int visit_expr(Builder *b, Expr *e);
static int visit_stmt(Builder *b, Stmt *s);
static int visit_future_annotation(Builder *b, Expr *e);
static int visit_stmts(Builder *b, AstSeq *seq);

static int visit_exprs(Builder *b, AstSeq *seq) {
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (SEQ_GET(seq, i) && visit_expr(b, SEQ_GET(seq, i)) < 0) return -1;
    return 0;
}

static int visit_stmts(Builder *b, AstSeq *seq) {
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (visit_stmt(b, SEQ_GET(seq, i)) < 0) return -1;
    return 0;
}

static int visit_opt(Builder *b, Expr *e) { return e ? visit_expr(b, e) : 0; }

static int visit_params(Builder *b, AstSeq *seq) {
    for (int i = 0; i < SEQ_LEN(seq); i++) {
        Arg *a = SEQ_GET(seq, i);
        if (add_def(b, a->arg, DEF_PARAM, a->loc) < 0) return -1;
    }
    return 0;
}

static int visit_arguments(Builder *b, Arguments *args) {
    if (visit_params(b, args->posonlyargs) < 0 || visit_params(b, args->args) < 0 ||
        visit_params(b, args->kwonlyargs) < 0)
        return -1;
    if (args->vararg) {
        if (add_def(b, args->vararg->arg, DEF_PARAM, args->vararg->loc) < 0) return -1;
        b->cur->has_varargs = true;
    }
    if (args->kwarg) {
        if (add_def(b, args->kwarg->arg, DEF_PARAM, args->kwarg->loc) < 0) return -1;
        b->cur->has_varkeywords = true;
    }
    return 0;
}

static int visit_arg_annotations(Builder *b, AstSeq *seq) {
    for (int i = 0; i < SEQ_LEN(seq); i++) {
        Arg *a = SEQ_GET(seq, i);
        if (a->annotation && visit_expr(b, a->annotation) < 0) return -1;
    }
    return 0;
}

static int visit_arg_annotations_future(Builder *b, AstSeq *seq) {
    for (int i = 0; i < SEQ_LEN(seq); i++) {
        Arg *a = SEQ_GET(seq, i);
        if (visit_future_annotation(b, a->annotation) < 0) return -1;
    }
    return 0;
}

static int visit_annotations_future(Builder *b, Arguments *args, Expr *returns) {
    if (visit_arg_annotations_future(b, args->posonlyargs) < 0 ||
        visit_arg_annotations_future(b, args->args) < 0)
        return -1;
    if (args->vararg && visit_future_annotation(b, args->vararg->annotation) < 0) return -1;
    if (args->kwarg && visit_future_annotation(b, args->kwarg->annotation) < 0) return -1;
    if (visit_arg_annotations_future(b, args->kwonlyargs) < 0) return -1;
    return visit_future_annotation(b, returns);
}

static int visit_annotations(Builder *b, Arguments *args, Expr *returns) {
    if (b->st->future_annotations) return visit_annotations_future(b, args, returns);
    if (visit_arg_annotations(b, args->posonlyargs) < 0 || visit_arg_annotations(b, args->args) < 0)
        return -1;
    if (args->vararg && args->vararg->annotation && visit_expr(b, args->vararg->annotation) < 0)
        return -1;
    if (args->kwarg && args->kwarg->annotation && visit_expr(b, args->kwarg->annotation) < 0)
        return -1;
    if (visit_arg_annotations(b, args->kwonlyargs) < 0) return -1;
    return visit_opt(b, returns);
}

static int visit_function(Builder *b, Stmt *s) {
    Arguments *args = s->v.funcdef.args;
    if (add_def(b, s->v.funcdef.name, DEF_LOCAL, s->loc) < 0) return -1;
    if (visit_exprs(b, args->defaults) < 0 || visit_exprs(b, args->kw_defaults) < 0) return -1;
    if (visit_annotations(b, args, s->v.funcdef.returns) < 0) return -1;
    if (visit_exprs(b, s->v.funcdef.decorator_list) < 0) return -1;
    if (enter_block(b, BLOCK_FUNCTION, s->v.funcdef.name, s, s->loc) < 0) return -1;
    if (s->kind == STMT_ASYNCFUNCTIONDEF) b->cur->is_coroutine = true;
    if (visit_arguments(b, args) < 0 || visit_stmts(b, s->v.funcdef.body) < 0) return -1;
    exit_block(b);
    return 0;
}

static int visit_class(Builder *b, Stmt *s) {
    if (add_def(b, s->v.classdef.name, DEF_LOCAL, s->loc) < 0) return -1;
    if (visit_exprs(b, s->v.classdef.bases) < 0) return -1;
    for (int i = 0; i < SEQ_LEN(s->v.classdef.keywords); i++) {
        Keyword *k = SEQ_GET(s->v.classdef.keywords, i);
        if (visit_expr(b, k->value) < 0) return -1;
    }
    if (visit_exprs(b, s->v.classdef.decorator_list) < 0) return -1;
    if (enter_block(b, BLOCK_CLASS, s->v.classdef.name, s, s->loc) < 0) return -1;
    b->cur->private_name = s->v.classdef.name;
    if (visit_stmts(b, s->v.classdef.body) < 0) return -1;
    exit_block(b);
    return 0;
}

/* Checks of a global or nonlocal declaration against earlier uses. */
static int declare(Builder *b, Stmt *s, bool global) {
    const char *kw = global ? "global" : "nonlocal";
    for (int i = 0; i < SEQ_LEN(s->v.global.names); i++) {
        const char *name = SEQ_GET(s->v.global.names, i);
        const char *mangled = symtable_mangle(b->arena, b->cur->private_name, name);
        if (!mangled) return nomem(b);
        Symbol *sym = symtable_get(b->cur, mangled);
        int cur = sym ? sym->flags : 0;
        if (cur & (DEF_PARAM | DEF_LOCAL | DEF_USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM) return fail(b, s->loc, "name '%s' is parameter and %s", name, kw);
            if (cur & DEF_USE)
                return fail(b, s->loc, "name '%s' is used prior to %s declaration", name, kw);
            if (cur & DEF_ANNOT) return fail(b, s->loc, "annotated name '%s' can't be %s", name, kw);
            return fail(b, s->loc, "name '%s' is assigned to before %s declaration", name, kw);
        }
        if (add_def(b, name, global ? DEF_GLOBAL : DEF_NONLOCAL, s->loc) < 0) return -1;
        sym = symtable_get(b->cur, mangled);
        if (sym && sym->order >= 0) {
            /* remember where for the analysis' error messages */
            sym->scope = SC_NONE;
        }
        if (!global && b->cur->type == BLOCK_MODULE)
            return fail(b, s->loc, "nonlocal declaration not allowed at module level");
    }
    return 0;
}

static int visit_alias(Builder *b, Alias *a, Stmt *s) {
    if (strcmp(a->name, "*") == 0) {
        if (b->cur->type != BLOCK_MODULE)
            return fail(b, a->loc, "import * only allowed at module level");
        return 0;
    }
    const char *store = a->asname;
    if (!store) {
        const char *dot = strchr(a->name, '.');
        store = dot ? arena_strndup(b->arena, a->name, (size_t)(dot - a->name)) : a->name;
        if (!store) return nomem(b);
    }
    return add_def(b, store, DEF_IMPORT, a->loc);
}

static int visit_pattern(Builder *b, Pattern *p);

static int visit_patterns(Builder *b, AstSeq *seq) {
    for (int i = 0; i < SEQ_LEN(seq); i++)
        if (visit_pattern(b, SEQ_GET(seq, i)) < 0) return -1;
    return 0;
}

static int visit_pattern(Builder *b, Pattern *p) {
    switch (p->kind) {
    case PAT_VALUE: return visit_expr(b, p->v.value.value);
    case PAT_SINGLETON: return 0;
    case PAT_SEQUENCE: return visit_patterns(b, p->v.sequence.patterns);
    case PAT_STAR:
        return p->v.star.name ? add_def(b, p->v.star.name, DEF_LOCAL, p->loc) : 0;
    case PAT_MAPPING:
        if (visit_exprs(b, p->v.mapping.keys) < 0 || visit_patterns(b, p->v.mapping.patterns) < 0)
            return -1;
        return p->v.mapping.rest ? add_def(b, p->v.mapping.rest, DEF_LOCAL, p->loc) : 0;
    case PAT_CLASS:
        if (visit_expr(b, p->v.class_.cls) < 0 || visit_patterns(b, p->v.class_.patterns) < 0)
            return -1;
        return visit_patterns(b, p->v.class_.kwd_patterns);
    case PAT_AS:
        if (p->v.as.pattern && visit_pattern(b, p->v.as.pattern) < 0) return -1;
        return p->v.as.name ? add_def(b, p->v.as.name, DEF_LOCAL, p->loc) : 0;
    case PAT_OR: return visit_patterns(b, p->v.or_.patterns);
    }
    return 0;
}

static int visit_annassign(Builder *b, Stmt *s) {
    Expr *t = s->v.annassign.target;
    if (t->kind == EXPR_NAME) {
        const char *mangled = symtable_mangle(b->arena, b->cur->private_name, t->v.name.id);
        if (!mangled) return nomem(b);
        Symbol *sym = symtable_get(b->cur, mangled);
        int cur = sym ? sym->flags : 0;
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && b->cur != b->module && s->v.annassign.simple)
            return fail(b, s->loc, "annotated name '%s' can't be %s", t->v.name.id,
                        (cur & DEF_GLOBAL) ? "global" : "nonlocal");
        if (s->v.annassign.simple) {
            if (add_def(b, t->v.name.id, DEF_ANNOT | DEF_LOCAL, t->loc) < 0) return -1;
        } else if (s->v.annassign.value) {
            if (add_def(b, t->v.name.id, DEF_LOCAL, t->loc) < 0) return -1;
        }
    } else if (visit_expr(b, t) < 0) {
        return -1;
    }
    if (b->st->future_annotations) {
        if (visit_future_annotation(b, s->v.annassign.annotation) < 0) return -1;
    } else if (visit_expr(b, s->v.annassign.annotation) < 0) {
        return -1;
    }
    return visit_opt(b, s->v.annassign.value);
}

static int visit_stmt_inner(Builder *b, Stmt *s) {
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
    case STMT_ASYNCFUNCTIONDEF: return visit_function(b, s);
    case STMT_CLASSDEF: return visit_class(b, s);
    case STMT_RETURN:
        if (s->v.return_.value) {
            if (visit_expr(b, s->v.return_.value) < 0) return -1;
            b->cur->returns_value = true;
        }
        return 0;
    case STMT_DELETE: return visit_exprs(b, s->v.delete_.targets);
    case STMT_ASSIGN:
        if (visit_exprs(b, s->v.assign.targets) < 0) return -1;
        return visit_expr(b, s->v.assign.value);
    case STMT_AUGASSIGN:
        if (visit_expr(b, s->v.augassign.target) < 0) return -1;
        return visit_expr(b, s->v.augassign.value);
    case STMT_ANNASSIGN: return visit_annassign(b, s);
    case STMT_FOR:
    case STMT_ASYNCFOR:
        if (s->kind == STMT_ASYNCFOR && b->cur->type == BLOCK_MODULE) b->cur->is_coroutine = true;
        if (visit_expr(b, s->v.for_.target) < 0 || visit_expr(b, s->v.for_.iter) < 0) return -1;
        if (visit_stmts(b, s->v.for_.body) < 0) return -1;
        return visit_stmts(b, s->v.for_.orelse);
    case STMT_WHILE:
    case STMT_IF:
        if (visit_expr(b, s->v.if_.test) < 0 || visit_stmts(b, s->v.if_.body) < 0) return -1;
        return visit_stmts(b, s->v.if_.orelse);
    case STMT_WITH:
    case STMT_ASYNCWITH:
        if (s->kind == STMT_ASYNCWITH && b->cur->type == BLOCK_MODULE) b->cur->is_coroutine = true;
        for (int i = 0; i < SEQ_LEN(s->v.with.items); i++) {
            WithItem *w = SEQ_GET(s->v.with.items, i);
            if (visit_expr(b, w->context_expr) < 0 || visit_opt(b, w->optional_vars) < 0) return -1;
        }
        return visit_stmts(b, s->v.with.body);
    case STMT_MATCH:
        if (visit_expr(b, s->v.match.subject) < 0) return -1;
        for (int i = 0; i < SEQ_LEN(s->v.match.cases); i++) {
            MatchCase *c = SEQ_GET(s->v.match.cases, i);
            if (visit_pattern(b, c->pattern) < 0 || visit_opt(b, c->guard) < 0) return -1;
            if (visit_stmts(b, c->body) < 0) return -1;
        }
        return 0;
    case STMT_RAISE:
        if (visit_opt(b, s->v.raise.exc) < 0) return -1;
        return visit_opt(b, s->v.raise.cause);
    case STMT_TRY:
    case STMT_TRYSTAR:
        if (visit_stmts(b, s->v.try_.body) < 0 || visit_stmts(b, s->v.try_.orelse) < 0) return -1;
        for (int i = 0; i < SEQ_LEN(s->v.try_.handlers); i++) {
            ExceptHandler *h = SEQ_GET(s->v.try_.handlers, i);
            if (visit_opt(b, h->type) < 0) return -1;
            if (h->name && add_def(b, h->name, DEF_LOCAL, h->loc) < 0) return -1;
            if (visit_stmts(b, h->body) < 0) return -1;
        }
        return visit_stmts(b, s->v.try_.finalbody);
    case STMT_ASSERT:
        if (visit_expr(b, s->v.assert_.test) < 0) return -1;
        return visit_opt(b, s->v.assert_.msg);
    case STMT_IMPORT:
    case STMT_IMPORTFROM: {
        AstSeq *names = s->kind == STMT_IMPORT ? s->v.import.names : s->v.importfrom.names;
        for (int i = 0; i < SEQ_LEN(names); i++)
            if (visit_alias(b, SEQ_GET(names, i), s) < 0) return -1;
        return 0;
    }
    case STMT_GLOBAL: return declare(b, s, true);
    case STMT_NONLOCAL: return declare(b, s, false);
    case STMT_EXPR: return visit_expr(b, s->v.expr.value);
    case STMT_PASS:
    case STMT_BREAK:
    case STMT_CONTINUE: return 0;
    }
    return 0;
}

static const char *yield_in_comp_message(int kind) {
    switch (kind) {
    case EXPR_LISTCOMP: return "'yield' inside list comprehension";
    case EXPR_SETCOMP: return "'yield' inside set comprehension";
    case EXPR_DICTCOMP: return "'yield' inside dict comprehension";
    default: return "'yield' inside generator expression";
    }
}

/* A walrus inside a comprehension binds in the nearest enclosing function
** or module scope. */
static int extend_namedexpr_scope(Builder *b, Expr *target) {
    const char *name = target->v.name.id;
    for (SymEntry *ste = b->cur; ste; ste = ste->parent) {
        if (ste->is_comprehension) {
            Symbol *s = symtable_get(ste, name);
            if (s && (s->flags & DEF_COMP_ITER))
                return fail(b, target->loc,
                            "assignment expression cannot rebind comprehension iteration variable '%s'",
                            name);
            continue;
        }
        if (ste->type == BLOCK_FUNCTION) {
            Symbol *s = symtable_get(ste, name);
            int flag = (s && (s->flags & DEF_GLOBAL)) ? DEF_GLOBAL : DEF_NONLOCAL;
            if (add_def(b, name, flag, target->loc) < 0) return -1;
            return add_def_in(b, ste, name, DEF_LOCAL, target->loc);
        }
        if (ste->type == BLOCK_MODULE) {
            if (add_def(b, name, DEF_GLOBAL, target->loc) < 0) return -1;
            return add_def_in(b, ste, name, DEF_GLOBAL, target->loc);
        }
        return fail(b, target->loc,
                    "assignment expression within a comprehension cannot be used in a class body");
    }
    return 0;
}

static const char *comp_scope_name(int kind) {
    switch (kind) {
    case EXPR_LISTCOMP: return "listcomp";
    case EXPR_SETCOMP: return "setcomp";
    case EXPR_DICTCOMP: return "dictcomp";
    default: return "genexpr";
    }
}

static int visit_comprehension(Builder *b, Expr *e) {
    AstSeq *gens = e->v.comp.generators;
    Comprehension *outer = SEQ_GET(gens, 0);
    bool is_gen = e->kind == EXPR_GENEXP;
    b->cur->comp_iter_expr++;
    if (visit_expr(b, outer->iter) < 0) return -1;
    b->cur->comp_iter_expr--;
    if (enter_block(b, BLOCK_FUNCTION, comp_scope_name(e->kind), e, e->loc) < 0) return -1;
    SymEntry *ste = b->cur;
    ste->is_comprehension = true;
    ste->comp_kind = e->kind;
    if (outer->is_async) ste->is_coroutine = true;
    if (add_def(b, ".0", DEF_PARAM, e->loc) < 0) return -1;
    ste->comp_iter_target = true;
    if (visit_expr(b, outer->target) < 0) return -1;
    ste->comp_iter_target = false;
    if (visit_exprs(b, outer->ifs) < 0) return -1;
    for (int i = 1; i < SEQ_LEN(gens); i++) {
        Comprehension *g = SEQ_GET(gens, i);
        ste->comp_iter_target = true;
        if (visit_expr(b, g->target) < 0) return -1;
        ste->comp_iter_target = false;
        ste->comp_iter_expr++;
        if (visit_expr(b, g->iter) < 0) return -1;
        ste->comp_iter_expr--;
        if (visit_exprs(b, g->ifs) < 0) return -1;
        if (g->is_async) ste->is_coroutine = true;
    }
    if (e->kind == EXPR_DICTCOMP && visit_expr(b, e->v.comp.value) < 0) return -1;
    if (visit_expr(b, e->v.comp.elt) < 0) return -1;
    ste->is_generator = is_gen;
    bool is_async = ste->is_coroutine && !is_gen;
    exit_block(b);
    if (is_async) b->cur->is_coroutine = true;
    return 0;
}

static int visit_lambda(Builder *b, Expr *e) {
    Arguments *args = e->v.lambda.args;
    if (visit_exprs(b, args->defaults) < 0 || visit_exprs(b, args->kw_defaults) < 0) return -1;
    if (enter_block(b, BLOCK_FUNCTION, "lambda", e, e->loc) < 0) return -1;
    b->cur->is_lambda = true;
    if (visit_arguments(b, args) < 0 || visit_expr(b, e->v.lambda.body) < 0) return -1;
    exit_block(b);
    return 0;
}

static int visit_expr_inner(Builder *b, Expr *e) {
    switch (e->kind) {
    case EXPR_BOOLOP: return visit_exprs(b, e->v.boolop.values);
    case EXPR_NAMEDEXPR:
        if (b->cur->comp_iter_expr > 0)
            return fail(b, e->loc,
                        "assignment expression cannot be used in a comprehension iterable expression");
        if (b->cur->is_comprehension && e->v.namedexpr.target->kind == EXPR_NAME &&
            extend_namedexpr_scope(b, e->v.namedexpr.target) < 0)
            return -1;
        if (visit_expr(b, e->v.namedexpr.value) < 0) return -1;
        return visit_expr(b, e->v.namedexpr.target);
    case EXPR_BINOP:
        if (visit_expr(b, e->v.binop.left) < 0) return -1;
        return visit_expr(b, e->v.binop.right);
    case EXPR_UNARYOP: return visit_expr(b, e->v.unaryop.operand);
    case EXPR_LAMBDA: return visit_lambda(b, e);
    case EXPR_IFEXP:
        if (visit_expr(b, e->v.ifexp.test) < 0 || visit_expr(b, e->v.ifexp.body) < 0) return -1;
        return visit_expr(b, e->v.ifexp.orelse);
    case EXPR_DICT:
        if (visit_exprs(b, e->v.dict.keys) < 0) return -1;
        return visit_exprs(b, e->v.dict.values);
    case EXPR_SET: return visit_exprs(b, e->v.set.elts);
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP:
    case EXPR_GENEXP: return visit_comprehension(b, e);
    case EXPR_AWAIT:
        if (visit_expr(b, e->v.await_.value) < 0) return -1;
        b->cur->is_coroutine = true;
        return 0;
    case EXPR_YIELD:
    case EXPR_YIELDFROM:
        if (visit_opt(b, e->v.yield.value) < 0) return -1;
        b->cur->is_generator = true;
        if (b->cur->is_comprehension) return fail(b, e->loc, "%s", yield_in_comp_message(b->cur->comp_kind));
        return 0;
    case EXPR_COMPARE:
        if (visit_expr(b, e->v.compare.left) < 0) return -1;
        return visit_exprs(b, e->v.compare.comparators);
    case EXPR_CALL:
        if (visit_expr(b, e->v.call.func) < 0 || visit_exprs(b, e->v.call.args) < 0) return -1;
        for (int i = 0; i < SEQ_LEN(e->v.call.keywords); i++) {
            Keyword *k = SEQ_GET(e->v.call.keywords, i);
            if (visit_expr(b, k->value) < 0) return -1;
        }
        return 0;
    case EXPR_FORMATTEDVALUE:
        if (visit_expr(b, e->v.formattedvalue.value) < 0) return -1;
        return visit_opt(b, e->v.formattedvalue.format_spec);
    case EXPR_JOINEDSTR: return visit_exprs(b, e->v.joinedstr.values);
    case EXPR_CONSTANT: return 0;
    case EXPR_ATTRIBUTE: return visit_expr(b, e->v.attribute.value);
    case EXPR_SUBSCRIPT:
        if (visit_expr(b, e->v.subscript.value) < 0) return -1;
        return visit_expr(b, e->v.subscript.slice);
    case EXPR_STARRED: return visit_expr(b, e->v.starred.value);
    case EXPR_SLICE:
        if (visit_opt(b, e->v.slice.lower) < 0 || visit_opt(b, e->v.slice.upper) < 0) return -1;
        return visit_opt(b, e->v.slice.step);
    case EXPR_NAME:
        if (add_def(b, e->v.name.id, e->v.name.ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL, e->loc) < 0)
            return -1;
        if (e->v.name.ctx == CTX_LOAD && b->cur->type == BLOCK_FUNCTION &&
            strcmp(e->v.name.id, "super") == 0)
            return add_def(b, "__class__", DEF_USE, e->loc);
        return 0;
    case EXPR_LIST:
    case EXPR_TUPLE: return visit_exprs(b, e->v.list.elts);
    }
    return 0;
}

static int too_deep(Builder *b, Loc loc) {
    if (fail(b, loc, "maximum recursion depth exceeded during compilation") < 0) b->err->recursion = true;
    return -1;
}

/* Under `from __future__ import annotations` an annotation is never run,
** but CPython still rejects these in it; nothing is bound or used, and
** lambdas and comprehensions make no scope. Returns 1 when [e] was handled. */
static int check_annotation_expr(Builder *b, Expr *e) {
    const char *what = NULL;
    switch (e->kind) {
    case EXPR_NAMEDEXPR: what = "named expression"; break;
    case EXPR_YIELD:
    case EXPR_YIELDFROM: what = "yield expression"; break;
    case EXPR_AWAIT: what = "await expression"; break;
    case EXPR_NAME:
    case EXPR_LAMBDA: return 1;
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP:
    case EXPR_GENEXP:
        for (int i = 0; i < SEQ_LEN(e->v.comp.generators); i++) {
            Comprehension *g = SEQ_GET(e->v.comp.generators, i);
            if (visit_expr(b, g->iter) < 0 || visit_exprs(b, g->ifs) < 0) return -1;
        }
        if (e->kind == EXPR_DICTCOMP && visit_expr(b, e->v.comp.value) < 0) return -1;
        return visit_expr(b, e->v.comp.elt) < 0 ? -1 : 1;
    default: return 0;
    }
    return fail(b, e->loc, "'%s' can not be used within an annotation", what);
}

static int visit_future_annotation(Builder *b, Expr *e) {
    if (!e) return 0;
    b->in_annotation = true;
    int r = visit_expr(b, e);
    b->in_annotation = false;
    return r;
}

static int visit_expr(Builder *b, Expr *e) {
    if (++b->depth > PIPIT_COMPILER_NESTING_LIMIT) return too_deep(b, e->loc);
    int r = b->in_annotation ? check_annotation_expr(b, e) : 0;
    if (r == 0) r = visit_expr_inner(b, e);
    else if (r > 0) r = 0;
    b->depth--;
    return r;
}

static int visit_stmt(Builder *b, Stmt *s) {
    if (++b->depth > PIPIT_COMPILER_NESTING_LIMIT) return too_deep(b, s->loc);
    int r = visit_stmt_inner(b, s);
    b->depth--;
    return r;
}

/* ---- analysis ---- */

/* A small set of names (malloc'ed; the analysis is short-lived). */
typedef struct NameSet {
    const char **items;
    int n, cap;
} NameSet;

static bool ns_has(const NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0) return true;
    return false;
}

static int ns_add(NameSet *s, const char *name) {
    if (ns_has(s, name)) return 0;
    if (s->n == s->cap) {
        int ncap = s->cap ? s->cap * 2 : 8;
        const char **n = realloc(s->items, sizeof(char *) * (size_t)ncap);
        if (!n) return -1;
        s->items = n;
        s->cap = ncap;
    }
    s->items[s->n++] = name;
    return 0;
}

static void ns_discard(NameSet *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->items[i], name) == 0) {
            s->items[i] = s->items[--s->n];
            return;
        }
}

static int ns_update(NameSet *dst, const NameSet *src) {
    for (int i = 0; i < src->n; i++)
        if (ns_add(dst, src->items[i]) < 0) return -1;
    return 0;
}

static void ns_free(NameSet *s) {
    free(s->items);
    s->items = NULL;
    s->n = s->cap = 0;
}

typedef struct Analyzer {
    Builder *b;
} Analyzer;

static int analyze_name(Builder *b, SymEntry *ste, Symbol *sym, NameSet *bound, bool has_bound,
                        NameSet *local, NameSet *free, NameSet *global) {
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & DEF_GLOBAL) {
        if (flags & DEF_NONLOCAL) return fail(b, ste->loc, "name '%s' is nonlocal and global", name);
        sym->scope = SC_GLOBAL_EXPLICIT;
        if (ns_add(global, name) < 0) return nomem(b);
        if (has_bound) ns_discard(bound, name);
        return 0;
    }
    if (flags & DEF_NONLOCAL) {
        if (!has_bound) return fail(b, ste->loc, "nonlocal declaration not allowed at module level");
        if (!ns_has(bound, name)) return fail(b, ste->loc, "no binding for nonlocal '%s' found", name);
        sym->scope = SC_FREE;
        return ns_add(free, name) < 0 ? nomem(b) : 0;
    }
    if (flags & DEF_BOUND) {
        sym->scope = SC_LOCAL;
        if (ns_add(local, name) < 0) return nomem(b);
        ns_discard(global, name);
        return 0;
    }
    if (has_bound && ns_has(bound, name)) {
        sym->scope = SC_FREE;
        return ns_add(free, name) < 0 ? nomem(b) : 0;
    }
    sym->scope = SC_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(Builder *b, SymEntry *ste, NameSet *bound, bool has_bound, NameSet *free,
                         NameSet *global);

/* Find the location of the global/nonlocal statement naming [name]: the
** analysis errors point there. */
typedef struct DirectiveFinder { const char *name; Loc loc; bool found; } DirectiveFinder;

static void find_directive(AstSeq *body, DirectiveFinder *df) {
    for (int i = 0; i < SEQ_LEN(body) && !df->found; i++) {
        Stmt *s = SEQ_GET(body, i);
        switch (s->kind) {
        case STMT_GLOBAL:
        case STMT_NONLOCAL:
            for (int j = 0; j < SEQ_LEN(s->v.global.names); j++)
                if (strcmp(SEQ_GET(s->v.global.names, j), df->name) == 0) {
                    df->loc = s->loc;
                    df->found = true;
                }
            break;
        case STMT_IF:
        case STMT_WHILE:
            find_directive(s->v.if_.body, df);
            find_directive(s->v.if_.orelse, df);
            break;
        case STMT_FOR:
        case STMT_ASYNCFOR:
            find_directive(s->v.for_.body, df);
            find_directive(s->v.for_.orelse, df);
            break;
        case STMT_WITH:
        case STMT_ASYNCWITH: find_directive(s->v.with.body, df); break;
        case STMT_TRY:
        case STMT_TRYSTAR:
            find_directive(s->v.try_.body, df);
            for (int j = 0; j < SEQ_LEN(s->v.try_.handlers); j++)
                find_directive(((ExceptHandler *)SEQ_GET(s->v.try_.handlers, j))->body, df);
            find_directive(s->v.try_.orelse, df);
            find_directive(s->v.try_.finalbody, df);
            break;
        case STMT_MATCH:
            for (int j = 0; j < SEQ_LEN(s->v.match.cases); j++)
                find_directive(((MatchCase *)SEQ_GET(s->v.match.cases, j))->body, df);
            break;
        default: break;
        }
    }
}

static Loc directive_loc(SymEntry *ste, const char *name) {
    DirectiveFinder df = {name, ste->loc, false};
    AstSeq *body = NULL;
    if (ste->type == BLOCK_FUNCTION && !ste->is_lambda && !ste->is_comprehension)
        body = ((Stmt *)ste->key)->v.funcdef.body;
    else if (ste->type == BLOCK_CLASS)
        body = ((Stmt *)ste->key)->v.classdef.body;
    else if (ste->type == BLOCK_MODULE)
        body = ((Mod *)ste->key)->body;
    if (body) find_directive(body, &df);
    return df.loc;
}

static int analyze_symbols(Builder *b, SymEntry *ste, NameSet *bound, bool has_bound, NameSet *local,
                           NameSet *free, NameSet *global) {
    for (int i = 0; i < ste->capsyms; i++) {
        Symbol *s = &ste->syms[i];
        if (!s->name) continue;
        if (analyze_name(b, ste, s, bound, has_bound, local, free, global) < 0) {
            if (s->flags & (DEF_NONLOCAL | DEF_GLOBAL)) b->err->loc = directive_loc(ste, s->name);
            return -1;
        }
    }
    return 0;
}

static int analyze_children(Builder *b, SymEntry *ste, NameSet *newbound, NameSet *newfree,
                            NameSet *newglobal) {
    for (int i = 0; i < ste->nchildren; i++) {
        SymEntry *c = ste->children[i];
        NameSet cbound = {0}, cglobal = {0}, cfree = {0};
        int r = -1;
        if (ns_update(&cbound, newbound) == 0 && ns_update(&cglobal, newglobal) == 0)
            r = analyze_block(b, c, &cbound, true, &cfree, &cglobal);
        else
            nomem(b);
        if (r == 0 && ns_update(newfree, &cfree) < 0) r = nomem(b);
        if (cfree.n) ste->child_free = true;
        ns_free(&cbound);
        ns_free(&cglobal);
        ns_free(&cfree);
        if (r < 0) return -1;
    }
    return 0;
}

/* Free names of children that are bound here become cells (functions);
** classes turn a free __class__ into their implicit cell. */
static void make_cells(SymEntry *ste, NameSet *newfree) {
    if (ste->type == BLOCK_FUNCTION) {
        for (int i = 0; i < ste->capsyms; i++) {
            Symbol *s = &ste->syms[i];
            if (s->name && s->scope == SC_LOCAL && ns_has(newfree, s->name)) {
                s->scope = SC_CELL;
                ns_discard(newfree, s->name);
            }
        }
    } else if (ste->type == BLOCK_CLASS && ns_has(newfree, "__class__")) {
        ns_discard(newfree, "__class__");
        ste->needs_class_closure = true;
    }
}

/* Free names of children not defined here pass through as free. */
static int pass_free_through(Builder *b, SymEntry *ste, NameSet *bound, bool has_bound,
                             NameSet *newfree) {
    for (int i = 0; i < newfree->n; i++) {
        const char *name = newfree->items[i];
        Symbol *s = symtable_get(ste, name);
        if (s) {
            if (ste->type == BLOCK_CLASS && (s->flags & (DEF_BOUND | DEF_GLOBAL)))
                s->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (has_bound && !ns_has(bound, name)) continue; /* a global */
        if (!has_bound) continue;
        s = sym_get_or_add(b->arena, ste, name);
        if (!s) return nomem(b);
        s->scope = SC_FREE;
    }
    return 0;
}

static int analyze_block(Builder *b, SymEntry *ste, NameSet *bound, bool has_bound, NameSet *free,
                         NameSet *global) {
    NameSet local = {0}, newglobal = {0}, newfree = {0}, newbound = {0};
    int r = -1;
    if (ste->type == BLOCK_CLASS) {
        if (ns_update(&newglobal, global) < 0 || (has_bound && ns_update(&newbound, bound) < 0))
            goto oom;
    }
    if (analyze_symbols(b, ste, bound, has_bound, &local, free, global) < 0) goto done;
    if (ste->type != BLOCK_CLASS) {
        if (ste->type == BLOCK_FUNCTION && ns_update(&newbound, &local) < 0) goto oom;
        if (has_bound && ns_update(&newbound, bound) < 0) goto oom;
        if (ns_update(&newglobal, global) < 0) goto oom;
    } else if (ns_add(&newbound, "__class__") < 0) {
        goto oom;
    }
    if (analyze_children(b, ste, &newbound, &newfree, &newglobal) < 0) goto done;
    make_cells(ste, &newfree);
    if (pass_free_through(b, ste, bound, has_bound, &newfree) < 0) goto done;
    if (ns_update(free, &newfree) < 0) goto oom;
    r = 0;
    goto done;
oom:
    nomem(b);
done:
    ns_free(&local);
    ns_free(&newglobal);
    ns_free(&newfree);
    ns_free(&newbound);
    return r;
}

SymEntry *symtable_lookup(SymEntry *parent, void *key) {
    for (int i = 0; i < parent->nchildren; i++)
        if (parent->children[i]->key == key) return parent->children[i];
    return NULL;
}

/* The line of the last `from __future__` import of the module's leading
** run of them (after an optional docstring); 0 for none. A later one is an
** error. */
static int future_imports_end(Mod *mod) {
    if (mod->kind != MOD_MODULE && mod->kind != MOD_INTERACTIVE) return 0;
    int line = 0;
    for (int i = 0; i < SEQ_LEN(mod->body); i++) {
        Stmt *s = SEQ_GET(mod->body, i);
        if (i == 0 && s->kind == STMT_EXPR && s->v.expr.value->kind == EXPR_CONSTANT &&
            s->v.expr.value->v.constant.kind == CONST_STR)
            continue;
        if (s->kind != STMT_IMPORTFROM || !s->v.importfrom.module ||
            strcmp(s->v.importfrom.module, "__future__") != 0)
            break;
        line = s->loc.lineno;
    }
    return line;
}

/* `from __future__ import annotations` at the top of a module. */
static bool has_future_annotations(Mod *mod) {
    for (int i = 0; i < SEQ_LEN(mod->body); i++) {
        Stmt *s = SEQ_GET(mod->body, i);
        if (i == 0 && s->kind == STMT_EXPR && s->v.expr.value->kind == EXPR_CONSTANT &&
            s->v.expr.value->v.constant.kind == CONST_STR)
            continue;
        if (s->kind != STMT_IMPORTFROM || !s->v.importfrom.module ||
            strcmp(s->v.importfrom.module, "__future__") != 0)
            return false;
        for (int j = 0; j < SEQ_LEN(s->v.importfrom.names); j++) {
            Alias *a = SEQ_GET(s->v.importfrom.names, j);
            if (strcmp(a->name, "annotations") == 0) return true;
        }
    }
    return false;
}

SymTable *symtable_build(Arena *arena, Mod *mod, int flags, CompileError *err) {
    SymTable *st = arena_alloc(arena, sizeof *st);
    Builder b = {st, arena, NULL, NULL, err, 0, false};
    if (!st) {
        nomem(&b);
        return NULL;
    }
    st->arena = arena;
    st->flags = flags;
    st->future_annotations = mod->kind == MOD_MODULE && has_future_annotations(mod);
    st->future_lineno = future_imports_end(mod);
    Loc top = {1, 0, 1, 0};
    if (enter_block(&b, BLOCK_MODULE, "top", mod, top) < 0) return NULL;
    st->top = b.module = b.cur;
    int r = mod->kind == MOD_EXPRESSION ? visit_expr(&b, mod->expr) : visit_stmts(&b, mod->body);
    if (r < 0) return NULL;
    NameSet free = {0}, global = {0};
    r = analyze_block(&b, st->top, NULL, false, &free, &global);
    ns_free(&free);
    ns_free(&global);
    return r < 0 ? NULL : st;
}

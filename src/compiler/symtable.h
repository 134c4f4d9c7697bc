/*
** symtable.h -- scope analysis: which names are local, global, free or cell
** in each function, class, lambda, comprehension and module scope.
**
** Built from the AST before code generation (CPython's symtable.c plays the
** same role). Everything lives in the parser's arena.
*/
#ifndef PIPIT_SYMTABLE_H
#define PIPIT_SYMTABLE_H

#include <stdbool.h>

#include "ast.h"

/* A compile-time error: a SyntaxError at loc (1-based lines, 0-based columns). */
typedef struct CompileError {
    bool set;
    bool recursion;           /* RecursionError instead of SyntaxError */
    char msg[320];
    Loc loc;
    /* SyntaxWarnings found on the way, shown once the code is made */
    struct { char msg[128]; Loc loc; bool deprecation; } warnings[32];
    int nwarnings;
} CompileError;

/* How deep the AST may nest (CPython: 3 x the recursion limit); deeper
** input raises RecursionError instead of overflowing the C stack. */
#ifndef PIPIT_COMPILER_NESTING_LIMIT
#ifdef __wasm__
#define PIPIT_COMPILER_NESTING_LIMIT 1000
#else
#define PIPIT_COMPILER_NESTING_LIMIT 3000
#endif
#endif

/* How a name is defined or used in one scope (bits). */
enum {
    DEF_GLOBAL = 1 << 0,      /* declared global */
    DEF_LOCAL = 1 << 1,       /* bound by an assignment, def, import... */
    DEF_PARAM = 1 << 2,       /* a parameter */
    DEF_NONLOCAL = 1 << 3,    /* declared nonlocal */
    DEF_USE = 1 << 4,         /* read */
    DEF_FREE_CLASS = 1 << 5,  /* free in a method, bound in the class */
    DEF_IMPORT = 1 << 6,
    DEF_ANNOT = 1 << 7,       /* annotated */
    DEF_COMP_ITER = 1 << 8,   /* a comprehension's iteration variable */
};
#define DEF_BOUND (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)

/* Where a name lives, once analysed. */
typedef enum {
    SC_NONE = 0, SC_LOCAL, SC_GLOBAL_EXPLICIT, SC_GLOBAL_IMPLICIT, SC_FREE, SC_CELL
} SymScope;

typedef enum { BLOCK_MODULE, BLOCK_FUNCTION, BLOCK_CLASS } BlockType;

typedef struct Symbol {
    const char *name;         /* mangled */
    int flags;                /* DEF_* */
    SymScope scope;
    int order;                /* insertion order */
} Symbol;

typedef struct SymEntry {
    BlockType type;
    const char *name;         /* "top", the function/class name, "lambda", "listcomp"... */
    void *key;                /* the Mod, Stmt or Expr that opened the scope */
    Loc loc;
    struct SymEntry *parent;
    struct SymEntry **children;
    int nchildren, capchildren;

    Symbol *syms;             /* open-addressing hash table */
    int nsyms, capsyms;
    const char **params;      /* parameter names in order (mangled) */
    int nparams, capparams;

    bool is_function;         /* function-like: locals are fast */
    bool is_nested;
    bool is_generator;
    bool is_coroutine;
    bool is_comprehension;    /* 0 or the kind: EXPR_LISTCOMP... in comp_kind */
    int comp_kind;
    bool is_lambda;
    bool has_varargs, has_varkeywords;
    bool returns_value;
    bool child_free;          /* a child scope has free variables */
    bool needs_class_closure; /* a class whose methods use __class__/super */
    bool comp_inlined_iter;   /* reserved */
    bool comp_iter_target;    /* visiting a comprehension target */
    int comp_iter_expr;       /* >0 while visiting a comprehension's iterable */
    const char *private_name; /* the class name used to mangle __names */
} SymEntry;

typedef struct SymTable {
    Arena *arena;
    SymEntry *top;
    int flags;                /* compile flags (COMPILE_TOP_LEVEL_AWAIT) */
    bool future_annotations;
    int future_lineno;        /* last line of the leading __future__ imports */
} SymTable;

/* Analyse [mod]; NULL with [err] set (or set->msg "out of memory"). */
SymTable *symtable_build(Arena *arena, Mod *mod, int flags, CompileError *err);

/* The child scope opened by [key] (a Stmt*, Expr* or Mod*), or NULL. */
SymEntry *symtable_lookup(SymEntry *parent, void *key);

/* The symbol [name] (already mangled) of [ste], or NULL. */
Symbol *symtable_get(SymEntry *ste, const char *name);
SymScope symtable_scope(SymEntry *ste, const char *name);

/* CPython's private name mangling: __x in class C becomes _C__x. Returns
** [name] itself when no mangling applies; otherwise an arena string. */
const char *symtable_mangle(Arena *arena, const char *private_name, const char *name);

#endif

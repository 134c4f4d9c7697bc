/*
** ast.h -- the abstract syntax tree, node for node and field for field the
** tree of CPython 3.11's `ast` module (so a dump can be compared with
** `ast.dump()`). Every node lives in an Arena that is freed as a whole after
** compilation; nothing here is a GC object.
**
** Positions are CPython's: lineno/end_lineno count from 1; col_offset and
** end_col_offset are UTF-8 byte offsets counting from 0.
*/
#ifndef PIPIT_AST_H
#define PIPIT_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- arena ---- */

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
} Arena;

void arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t size); /* zeroed; aborts never, returns NULL on OOM */
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_free(Arena *a);

/* ---- sequences ---- */

typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Pattern Pattern;

/* A sequence of node pointers (the type is known from the field). */
typedef struct AstSeq {
    int len;
    void **items;
} AstSeq;

#define SEQ_LEN(s) ((s) ? (s)->len : 0)
#define SEQ_GET(s, i) ((s)->items[(i)])

typedef struct Loc {
    int lineno, col_offset, end_lineno, end_col_offset;
} Loc;

/* A string of bytes in the arena, NUL-terminated, may contain NULs. */
typedef struct AstStr {
    const char *s;
    size_t len;
} AstStr;

/* ---- operators ---- */

typedef enum { OP_AND = 1, OP_OR } BoolOpKind;

typedef enum {
    OP_ADD = 1, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_MOD, OP_POW,
    OP_LSHIFT, OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOORDIV
} OperatorKind;

typedef enum { OP_INVERT = 1, OP_NOT, OP_UADD, OP_USUB } UnaryOpKind;

typedef enum {
    CMP_EQ = 1, CMP_NOTEQ, CMP_LT, CMP_LTE, CMP_GT, CMP_GTE,
    CMP_IS, CMP_ISNOT, CMP_IN, CMP_NOTIN
} CmpOpKind;

typedef enum { CTX_LOAD = 1, CTX_STORE, CTX_DEL } ExprContext;

/* ---- constants ---- */

typedef enum {
    CONST_NONE = 1, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,     /* small: ival; big (does not fit int64): text in digits */
    CONST_FLOAT,   /* fval */
    CONST_COMPLEX, /* imaginary part in fval (real part is 0) */
    CONST_STR,     /* str: UTF-8 */
    CONST_BYTES,   /* str: raw bytes */
} ConstKind;

typedef struct Constant {
    ConstKind kind;
    bool is_big;       /* CONST_INT that does not fit int64_t */
    int64_t ival;
    double fval;
    AstStr str;        /* CONST_STR/CONST_BYTES; for big ints: the literal's
                          digits without underscores or prefix, base in ibase */
    int ibase;         /* 10, 16, 8 or 2 for big ints */
    const char *kind_u; /* "u" for u"..." strings (Constant.kind), else NULL */
} Constant;

/* ---- expressions ---- */

typedef enum {
    EXPR_BOOLOP = 1, EXPR_NAMEDEXPR, EXPR_BINOP, EXPR_UNARYOP, EXPR_LAMBDA,
    EXPR_IFEXP, EXPR_DICT, EXPR_SET, EXPR_LISTCOMP, EXPR_SETCOMP,
    EXPR_DICTCOMP, EXPR_GENEXP, EXPR_AWAIT, EXPR_YIELD, EXPR_YIELDFROM,
    EXPR_COMPARE, EXPR_CALL, EXPR_FORMATTEDVALUE, EXPR_JOINEDSTR,
    EXPR_CONSTANT, EXPR_ATTRIBUTE, EXPR_SUBSCRIPT, EXPR_STARRED, EXPR_NAME,
    EXPR_LIST, EXPR_TUPLE, EXPR_SLICE
} ExprKind;

typedef struct Arguments Arguments;

typedef struct Comprehension {
    Expr *target;
    Expr *iter;
    AstSeq *ifs;       /* Expr* */
    bool is_async;
} Comprehension;

typedef struct Keyword {
    const char *arg;   /* NULL for **expr */
    Expr *value;
    Loc loc;
} Keyword;

struct Expr {
    ExprKind kind;
    Loc loc;
    union {
        struct { BoolOpKind op; AstSeq *values; } boolop;
        struct { Expr *target; Expr *value; } namedexpr;
        struct { Expr *left; OperatorKind op; Expr *right; } binop;
        struct { UnaryOpKind op; Expr *operand; } unaryop;
        struct { Arguments *args; Expr *body; } lambda;
        struct { Expr *test; Expr *body; Expr *orelse; } ifexp;
        struct { AstSeq *keys; AstSeq *values; } dict;  /* a NULL key: **value */
        struct { AstSeq *elts; } set;
        /* listcomp, setcomp, genexp: elt; dictcomp: key and value */
        struct { Expr *elt; Expr *value; AstSeq *generators; } comp; /* Comprehension* */
        struct { Expr *value; } await_;
        struct { Expr *value; } yield;       /* value may be NULL */
        struct { Expr *value; } yieldfrom;
        struct { Expr *left; int n; CmpOpKind *ops; AstSeq *comparators; } compare;
        struct { Expr *func; AstSeq *args; AstSeq *keywords; } call; /* Keyword* */
        /* conversion: -1 none, 'r', 's', 'a'; format_spec: a JoinedStr or NULL */
        struct { Expr *value; int conversion; Expr *format_spec; } formattedvalue;
        struct { AstSeq *values; } joinedstr;
        Constant constant;
        struct { Expr *value; const char *attr; ExprContext ctx; } attribute;
        struct { Expr *value; Expr *slice; ExprContext ctx; } subscript;
        struct { Expr *value; ExprContext ctx; } starred;
        struct { const char *id; ExprContext ctx; } name;
        struct { AstSeq *elts; ExprContext ctx; } list;  /* EXPR_LIST and EXPR_TUPLE */
        struct { Expr *lower; Expr *upper; Expr *step; } slice;
    } v;
};

/* ---- function arguments ---- */

typedef struct Arg {
    const char *arg;
    Expr *annotation;
    Loc loc;
} Arg;

struct Arguments {
    AstSeq *posonlyargs; /* Arg* */
    AstSeq *args;        /* Arg* */
    Arg *vararg;
    AstSeq *kwonlyargs;  /* Arg* */
    AstSeq *kw_defaults; /* Expr*, NULL where a keyword-only argument has none */
    Arg *kwarg;
    AstSeq *defaults;    /* Expr*, for the last len(defaults) positional args */
};

/* ---- statements ---- */

typedef enum {
    STMT_FUNCTIONDEF = 1, STMT_ASYNCFUNCTIONDEF, STMT_CLASSDEF, STMT_RETURN,
    STMT_DELETE, STMT_ASSIGN, STMT_AUGASSIGN, STMT_ANNASSIGN, STMT_FOR,
    STMT_ASYNCFOR, STMT_WHILE, STMT_IF, STMT_WITH, STMT_ASYNCWITH,
    STMT_MATCH, STMT_RAISE, STMT_TRY, STMT_TRYSTAR, STMT_ASSERT,
    STMT_IMPORT, STMT_IMPORTFROM, STMT_GLOBAL, STMT_NONLOCAL, STMT_EXPR,
    STMT_PASS, STMT_BREAK, STMT_CONTINUE
} StmtKind;

typedef struct ExceptHandler {
    Expr *type;        /* NULL for a bare except */
    const char *name;  /* NULL without "as" */
    AstSeq *body;      /* Stmt* */
    Loc loc;
} ExceptHandler;

typedef struct Alias {
    const char *name;  /* dotted, e.g. "os.path"; "*" for import * */
    const char *asname;
    Loc loc;
} Alias;

typedef struct WithItem {
    Expr *context_expr;
    Expr *optional_vars;
} WithItem;

typedef struct MatchCase {
    Pattern *pattern;
    Expr *guard;
    AstSeq *body;      /* Stmt* */
} MatchCase;

struct Stmt {
    StmtKind kind;
    Loc loc;
    union {
        /* FunctionDef and AsyncFunctionDef */
        struct { const char *name; Arguments *args; AstSeq *body;
                 AstSeq *decorator_list; Expr *returns; } funcdef;
        struct { const char *name; AstSeq *bases; AstSeq *keywords;
                 AstSeq *body; AstSeq *decorator_list; } classdef;
        struct { Expr *value; } return_;
        struct { AstSeq *targets; } delete_;
        struct { AstSeq *targets; Expr *value; } assign;
        struct { Expr *target; OperatorKind op; Expr *value; } augassign;
        struct { Expr *target; Expr *annotation; Expr *value; bool simple; } annassign;
        /* For and AsyncFor */
        struct { Expr *target; Expr *iter; AstSeq *body; AstSeq *orelse; } for_;
        struct { Expr *test; AstSeq *body; AstSeq *orelse; } while_;
        struct { Expr *test; AstSeq *body; AstSeq *orelse; } if_;
        /* With and AsyncWith */
        struct { AstSeq *items; AstSeq *body; } with;           /* WithItem* */
        struct { Expr *subject; AstSeq *cases; } match;          /* MatchCase* */
        struct { Expr *exc; Expr *cause; } raise;
        /* Try and TryStar */
        struct { AstSeq *body; AstSeq *handlers; AstSeq *orelse; AstSeq *finalbody; } try_;
        struct { Expr *test; Expr *msg; } assert_;
        struct { AstSeq *names; } import;                       /* Alias* */
        struct { const char *module; AstSeq *names; int level; } importfrom;
        struct { AstSeq *names; } global;   /* const char*, also Nonlocal */
        struct { Expr *value; } expr;
    } v;
};

/* ---- patterns ---- */

typedef enum {
    PAT_VALUE = 1, PAT_SINGLETON, PAT_SEQUENCE, PAT_MAPPING, PAT_CLASS,
    PAT_STAR, PAT_AS, PAT_OR
} PatternKind;

struct Pattern {
    PatternKind kind;
    Loc loc;
    union {
        struct { Expr *value; } value;
        struct { ConstKind value; } singleton;    /* CONST_NONE/TRUE/FALSE */
        struct { AstSeq *patterns; } sequence;
        struct { AstSeq *keys; AstSeq *patterns; const char *rest; } mapping;
        struct { Expr *cls; AstSeq *patterns; AstSeq *kwd_attrs; /* const char* */
                 AstSeq *kwd_patterns; } class_;
        struct { const char *name; } star;          /* NULL for *_ */
        struct { Pattern *pattern; const char *name; } as; /* both may be NULL */
        struct { AstSeq *patterns; } or_;
    } v;
};

/* ---- modules ---- */

typedef enum { MOD_MODULE = 1, MOD_INTERACTIVE, MOD_EXPRESSION } ModKind;

typedef struct Mod {
    ModKind kind;
    AstSeq *body;      /* Stmt* for Module and Interactive */
    Expr *expr;        /* Expression */
} Mod;

#endif

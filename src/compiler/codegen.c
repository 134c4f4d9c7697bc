/*
** codegen.c -- code generation: AST + symbol table -> code objects.
**
** Each code object is built in a Unit: a flat list of instructions whose
** jump arguments are label ids, plus the pseudo-instructions SETUP_FINALLY,
** SETUP_CLEANUP, SETUP_WITH and POP_BLOCK that describe the exception
** handlers, exactly as in CPython 3.11's compiler. The assembler then walks
** the control flow once to compute stack depths and which handler covers
** each instruction, drops unreachable and pseudo instructions, resolves the
** labels to absolute instruction indices and builds the exception table.
** The sequences emitted for each construct follow `python3 -m dis`.
*/
#include "codegen.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/vm.h"
#include "../objects/containers.h"
#include "opcodes.h"

/* ---- pseudo instructions, removed by the assembler ---- */

enum {
    PS_SETUP_FINALLY = OPCODE_COUNT, /* handler: depth d, the exception pushed */
    PS_SETUP_CLEANUP,                /* handler: depth d, lasti and the exception pushed */
    PS_SETUP_WITH,                   /* handler: depth d-1, lasti and the exception pushed */
    PS_POP_BLOCK,                    /* end of the innermost handler's range */
};

#define MAX_FBLOCKS 20
#define STACK_USE_GUIDELINE 30

typedef struct Instr {
    int op, arg;
    Loc loc;
} Instr;

typedef enum {
    FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_WITH, FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP, FB_POP_VALUE, FB_EXCEPTION_HANDLER, FB_EXCEPTION_GROUP_HANDLER,
    FB_ASYNC_COMP_GEN
} FBlockType;

typedef struct FBlock {
    FBlockType type;
    int block, exit;          /* labels: loop start (continue), loop exit (break) */
    const void *datum;        /* finally body (AstSeq*), handler name, with stmt */
    Loc loc;
} FBlock;

typedef enum {
    SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION, SCOPE_LAMBDA,
    SCOPE_COMPREHENSION
} ScopeKind;

/* An ordered list of names with an index (co_names, varnames, ...). */
typedef struct NameList {
    const char **items;
    int n, cap;
    int *index;               /* open addressing: position + 1, 0 empty */
    int icap;
} NameList;

typedef struct ConstTable {
    Value *items;
    int n, cap;
    int *index;
    int icap;
} ConstTable;

typedef struct Unit {
    struct Unit *parent;
    SymEntry *ste;
    ScopeKind kind;
    const char *name;
    const char *qualname;
    const char *private_name;
    Instr *instrs;
    int ninstrs, capinstrs;
    int *labels;
    int nlabels, caplabels;
    ConstTable consts;
    NameList names, varnames, cellvars, freevars;
    int argcount, posonlyargcount, kwonlyargcount;
    FBlock fblocks[MAX_FBLOCKS];
    int nfblocks;
    Loc loc;
    int firstlineno;
    Value docstring;
} Unit;

typedef struct Compiler {
    VM *vm;
    Arena *arena;
    SymTable *st;
    CompileError *err;
    Value filename;
    int flags;
    bool interactive;
    Unit *u;
    int nestlevel;
    const char *src;          /* the source text (annotations as strings) */
    size_t srclen;
} Compiler;

/* ---- errors ---- */

static int compile_error_at(Compiler *c, Loc loc, const char *fmt, ...) {
    if (!c->err->set && val_is_null(c->vm->exc)) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(c->err->msg, sizeof c->err->msg, fmt, ap);
        va_end(ap);
        c->err->set = true;
        c->err->loc = loc;
    }
    return -1;
}

#define compile_error(c, ...) compile_error_at((c), (c)->u->loc, __VA_ARGS__)

/* A SyntaxWarning, kept for compile_source to show: nothing may run Python
** code while the compiler holds its unrooted values. */
static void compile_warning(Compiler *c, Loc loc, const char *msg) {
    CompileError *err = c->err;
    int n = err->nwarnings;
    if (n >= (int)(sizeof err->warnings / sizeof err->warnings[0])) return;
    if (n > 0 && memcmp(&err->warnings[n - 1].loc, &loc, sizeof loc) == 0 &&
        strcmp(err->warnings[n - 1].msg, msg) == 0)
        return; /* a comparison can be visited twice (jump_if) */
    snprintf(err->warnings[n].msg, sizeof err->warnings[n].msg, "%s", msg);
    err->warnings[n].loc = loc;
    err->nwarnings = n + 1;
}

/* ---- SyntaxWarnings CPython's compiler gives ---- */

/* A literal that `is` compares by identity by accident (CPython's
** check_is_arg, on the constant-folded tree: tuples of constants and
** negated numbers count too). */
static bool is_literal_operand(Expr *e) {
    switch (e->kind) {
    case EXPR_CONSTANT:
        return e->v.constant.kind != CONST_NONE && e->v.constant.kind != CONST_TRUE &&
               e->v.constant.kind != CONST_FALSE && e->v.constant.kind != CONST_ELLIPSIS;
    case EXPR_UNARYOP:
        return e->v.unaryop.op != OP_NOT && e->v.unaryop.operand->kind == EXPR_CONSTANT &&
               is_literal_operand(e->v.unaryop.operand);
    case EXPR_TUPLE:
        for (int i = 0; i < SEQ_LEN(e->v.list.elts); i++) {
            Expr *x = SEQ_GET(e->v.list.elts, i);
            if (x->kind != EXPR_CONSTANT && !is_literal_operand(x)) return false;
        }
        return true;
    default:
        return false;
    }
}

static void check_compare(Compiler *c, Expr *e) {
    bool left = is_literal_operand(e->v.compare.left);
    for (int i = 0; i < e->v.compare.n; i++) {
        CmpOpKind op = e->v.compare.ops[i];
        bool right = is_literal_operand(SEQ_GET(e->v.compare.comparators, i));
        if ((op == CMP_IS || op == CMP_ISNOT) && (left || right)) {
            compile_warning(c, e->loc, op == CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                    : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

/* The type a display or literal in call position makes (CPython's
** check_caller), or NULL when the callee could be callable. */
static const char *literal_type_name(Expr *e) {
    switch (e->kind) {
    case EXPR_CONSTANT:
        switch (e->v.constant.kind) {
        case CONST_NONE: return "NoneType";
        case CONST_TRUE: case CONST_FALSE: return "bool";
        case CONST_ELLIPSIS: return "ellipsis";
        case CONST_INT: return "int";
        case CONST_FLOAT: return "float";
        case CONST_COMPLEX: return "complex";
        case CONST_STR: return "str";
        case CONST_BYTES: return "bytes";
        }
        return NULL;
    case EXPR_TUPLE: return "tuple";
    case EXPR_LIST: case EXPR_LISTCOMP: return "list";
    case EXPR_DICT: case EXPR_DICTCOMP: return "dict";
    case EXPR_SET: case EXPR_SETCOMP: return "set";
    case EXPR_GENEXP: return "generator";
    case EXPR_JOINEDSTR: case EXPR_FORMATTEDVALUE: return "str";
    default: return NULL;
    }
}

static void check_caller(Compiler *c, Expr *call) {
    const char *t = literal_type_name(call->v.call.func);
    if (!t) return;
    char msg[80];
    snprintf(msg, sizeof msg, "'%s' object is not callable; perhaps you missed a comma?", t);
    compile_warning(c, call->loc, msg);
}

/* The type of a display, literal or lambda (CPython's infer_type), or NULL. */
static const char *inferred_type_name(Expr *e) {
    return e->kind == EXPR_LAMBDA ? "function" : literal_type_name(e);
}

/* `[1, 2] [i, j]` and `{1, 2} [i]`: a missed comma (CPython's
** check_subscripter and check_index). */
static void check_subscript(Compiler *c, Expr *e) {
    Expr *value = e->v.subscript.value;
    const char *vt = inferred_type_name(value);
    if (!vt) return;
    char msg[120];
    bool constant = value->kind == EXPR_CONSTANT;
    ConstKind k = constant ? value->v.constant.kind : CONST_NONE;
    bool unsubscriptable = constant ? (k == CONST_NONE || k == CONST_ELLIPSIS || k == CONST_INT ||
                                       k == CONST_FLOAT || k == CONST_COMPLEX || k == CONST_TRUE ||
                                       k == CONST_FALSE)
                                    : (value->kind == EXPR_SET || value->kind == EXPR_SETCOMP ||
                                       value->kind == EXPR_GENEXP || value->kind == EXPR_LAMBDA);
    if (unsubscriptable) {
        snprintf(msg, sizeof msg, "'%s' object is not subscriptable; perhaps you missed a comma?", vt);
        compile_warning(c, e->loc, msg);
        return;
    }
    Expr *index = e->v.subscript.slice;
    const char *it = inferred_type_name(index);
    if (!it || strcmp(it, "int") == 0 || strcmp(it, "bool") == 0) return;
    bool indexable = constant ? (k == CONST_STR || k == CONST_BYTES)
                              : (value->kind == EXPR_TUPLE || value->kind == EXPR_LIST ||
                                 value->kind == EXPR_LISTCOMP || value->kind == EXPR_JOINEDSTR ||
                                 value->kind == EXPR_FORMATTEDVALUE);
    if (!indexable) return;
    snprintf(msg, sizeof msg, "%s indices must be integers or slices, not %s; perhaps you missed a comma?", vt, it);
    compile_warning(c, e->loc, msg);
}

static int nomem(Compiler *c) {
    vm_raise_nomem(c->vm);
    return -1;
}

/* ---- growable arrays ---- */

static int grow(void **p, int *cap, int need, size_t elem) {
    if (need <= *cap) return 0;
    int ncap = *cap ? *cap : 16;
    while (ncap < need) ncap *= 2;
    void *n = realloc(*p, (size_t)ncap * elem);
    if (!n) return -1;
    *p = n;
    *cap = ncap;
    return 0;
}

static uint32_t hash_cstr(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

/* ---- name lists ---- */

static int namelist_find(const NameList *l, const char *name) {
    if (!l->icap) return -1;
    uint32_t mask = (uint32_t)l->icap - 1;
    for (uint32_t i = hash_cstr(name) & mask;; i = (i + 1) & mask) {
        int k = l->index[i];
        if (!k) return -1;
        if (strcmp(l->items[k - 1], name) == 0) return k - 1;
    }
}

static int namelist_reindex(NameList *l, int icap) {
    int *idx = calloc((size_t)icap, sizeof(int));
    if (!idx) return -1;
    free(l->index);
    l->index = idx;
    l->icap = icap;
    uint32_t mask = (uint32_t)icap - 1;
    for (int k = 0; k < l->n; k++) {
        uint32_t i = hash_cstr(l->items[k]) & mask;
        while (idx[i]) i = (i + 1) & mask;
        idx[i] = k + 1;
    }
    return 0;
}

/* The position of [name], appended when missing; -1 on out of memory. */
static int namelist_add(NameList *l, const char *name) {
    int k = namelist_find(l, name);
    if (k >= 0) return k;
    if (grow((void **)&l->items, &l->cap, l->n + 1, sizeof(char *)) < 0) return -1;
    l->items[l->n++] = name;
    if (l->n * 2 > l->icap) return namelist_reindex(l, l->icap ? l->icap * 2 : 16) < 0 ? -1 : l->n - 1;
    uint32_t mask = (uint32_t)l->icap - 1;
    uint32_t i = hash_cstr(name) & mask;
    while (l->index[i]) i = (i + 1) & mask;
    l->index[i] = l->n;
    return l->n - 1;
}

static void namelist_free(NameList *l) {
    free(l->items);
    free(l->index);
    memset(l, 0, sizeof *l);
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* ---- constants ---- */

static uint32_t const_hash(Value v) {
    if (!val_is_obj(v)) return (uint32_t)(v ^ (v >> 32)) * 2654435761u;
    Obj *o = val_as_obj(v);
    if (o->type == &type_str) return hash_cstr(as_str(v)->data) ^ 0x5a5a;
    if (o->type == &type_bytes) {
        BytesObj *b = (BytesObj *)o;
        uint32_t h = 7;
        for (size_t i = 0; i < b->len; i++) h = (h ^ b->data[i]) * 16777619u;
        return h;
    }
    if (o->type == &type_tuple) {
        TupleObj *t = as_tuple(v);
        uint32_t h = 0x345678u + (uint32_t)t->len;
        for (size_t i = 0; i < t->len; i++) h = (h ^ const_hash(t->items[i])) * 1000003u;
        return h;
    }
    if (o->type == &type_complex) {
        ComplexObj *x = (ComplexObj *)o;
        return const_hash(val_from_float(x->real)) ^ (const_hash(val_from_float(x->imag)) * 31u);
    }
    if (o->type == &type_int) {
        BigIntObj *b = (BigIntObj *)o;
        return b->ndigits ? b->digits[0] * 2654435761u : 0;
    }
    return (uint32_t)((uintptr_t)o >> 4);
}

/* Equal constants of the same type (0.0 and -0.0 differ; 1 and True differ). */
static bool const_equal(Value a, Value b) {
    if (a == b) return true;
    if (!val_is_obj(a) || !val_is_obj(b)) return false;
    Obj *x = val_as_obj(a), *y = val_as_obj(b);
    if (x->type != y->type) return false;
    if (x->type == &type_str)
        return as_str(a)->size == as_str(b)->size && memcmp(as_str(a)->data, as_str(b)->data, as_str(a)->size) == 0;
    if (x->type == &type_bytes) {
        BytesObj *p = (BytesObj *)x, *q = (BytesObj *)y;
        return p->len == q->len && memcmp(p->data, q->data, p->len) == 0;
    }
    if (x->type == &type_int) {
        BigIntObj *p = (BigIntObj *)x, *q = (BigIntObj *)y;
        return p->sign == q->sign && p->ndigits == q->ndigits &&
               memcmp(p->digits, q->digits, p->ndigits * sizeof(Digit)) == 0;
    }
    if (x->type == &type_complex) {
        ComplexObj *p = (ComplexObj *)x, *q = (ComplexObj *)y;
        return val_from_float(p->real) == val_from_float(q->real) &&
               val_from_float(p->imag) == val_from_float(q->imag);
    }
    if (x->type == &type_tuple) {
        TupleObj *p = as_tuple(a), *q = as_tuple(b);
        if (p->len != q->len) return false;
        for (size_t i = 0; i < p->len; i++)
            if (!const_equal(p->items[i], q->items[i])) return false;
        return true;
    }
    return false;
}

static int consts_reindex(ConstTable *t, int icap) {
    int *idx = calloc((size_t)icap, sizeof(int));
    if (!idx) return -1;
    free(t->index);
    t->index = idx;
    t->icap = icap;
    uint32_t mask = (uint32_t)icap - 1;
    for (int k = 0; k < t->n; k++) {
        uint32_t i = const_hash(t->items[k]) & mask;
        while (idx[i]) i = (i + 1) & mask;
        idx[i] = k + 1;
    }
    return 0;
}

/* The index of constant [v] in the unit, added when new. */
static int add_const(Compiler *c, Value v) {
    if (val_is_error(v)) return -1;
    ConstTable *t = &c->u->consts;
    if (t->icap) {
        uint32_t mask = (uint32_t)t->icap - 1;
        for (uint32_t i = const_hash(v) & mask; t->index[i]; i = (i + 1) & mask)
            if (const_equal(t->items[t->index[i] - 1], v)) return t->index[i] - 1;
    }
    if (grow((void **)&t->items, &t->cap, t->n + 1, sizeof(Value)) < 0) return nomem(c);
    t->items[t->n++] = v;
    if (t->n * 2 > t->icap) {
        if (consts_reindex(t, t->icap ? t->icap * 2 : 16) < 0) return nomem(c);
    } else {
        uint32_t mask = (uint32_t)t->icap - 1;
        uint32_t i = const_hash(v) & mask;
        while (t->index[i]) i = (i + 1) & mask;
        t->index[i] = t->n;
    }
    return t->n - 1;
}

/* ---- emitting ---- */

static int emit(Compiler *c, int op, int arg) {
    Unit *u = c->u;
    if (grow((void **)&u->instrs, &u->capinstrs, u->ninstrs + 1, sizeof(Instr)) < 0) return nomem(c);
    Instr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->loc = u->loc;
    return 0;
}

static int new_label(Compiler *c) {
    Unit *u = c->u;
    if (grow((void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof(int)) < 0) return nomem(c);
    u->labels[u->nlabels] = -1;
    return u->nlabels++;
}

static void use_label(Compiler *c, int label) { c->u->labels[label] = c->u->ninstrs; }

static int emit_const(Compiler *c, Value v) {
    int k = add_const(c, v);
    return k < 0 ? -1 : emit(c, OP_LOAD_CONST, k);
}

static int emit_name(Compiler *c, int op, const char *name) {
    int k = namelist_add(&c->u->names, name);
    if (k < 0) return nomem(c);
    return emit(c, op, k);
}

static const char *mangle(Compiler *c, const char *name) {
    const char *m = symtable_mangle(c->arena, c->u->private_name, name);
    if (!m) nomem(c);
    return m;
}

static int emit_attr(Compiler *c, int op, const char *name) {
    const char *m = mangle(c, name);
    return m ? emit_name(c, op, m) : -1;
}

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

/* ---- stack effects ---- */

static bool is_jump(int op) {
    switch (op) {
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SEND:
    case PS_SETUP_FINALLY: case PS_SETUP_CLEANUP: case PS_SETUP_WITH:
        return true;
    default:
        return false;
    }
}

static bool is_terminator(int op) {
    return op == OP_JUMP || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

int codegen_stack_effect(int op, int arg, bool jump) {
    switch (op) {
    case OP_NOP: case OP_SWAP: case OP_DELETE_FAST: case OP_MAKE_CELL: case OP_COPY_FREE_VARS:
    case OP_DELETE_DEREF: case OP_DELETE_GLOBAL: case OP_DELETE_NAME: case OP_LOAD_ATTR:
    case OP_UNARY_POSITIVE: case OP_UNARY_NEGATIVE: case OP_UNARY_NOT: case OP_UNARY_INVERT:
    case OP_LIST_TO_TUPLE: case OP_JUMP: case OP_GET_ITER: case OP_KW_NAMES:
    case OP_SETUP_ANNOTATIONS: case OP_CHECK_EXC_MATCH: case OP_CHECK_EG_MATCH:
    case OP_YIELD_VALUE: case OP_GET_YIELD_FROM_ITER: case OP_ASYNC_GEN_WRAP:
    case OP_GET_AWAITABLE: case OP_GET_AITER: case OP_COPY_DICT_WITHOUT_KEYS:
    case OP_RETURN_GENERATOR: case PS_POP_BLOCK:
        return 0;
    case OP_POP_TOP: case OP_STORE_FAST: case OP_STORE_DEREF: case OP_STORE_GLOBAL:
    case OP_STORE_NAME: case OP_DELETE_ATTR: case OP_BINARY_OP: case OP_COMPARE_OP:
    case OP_IS_OP: case OP_CONTAINS_OP: case OP_BINARY_SUBSCR: case OP_LIST_APPEND:
    case OP_SET_ADD: case OP_LIST_EXTEND: case OP_SET_UPDATE: case OP_DICT_UPDATE:
    case OP_DICT_MERGE: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE: case OP_POP_JUMP_IF_NOT_NONE: case OP_RETURN_VALUE:
    case OP_PRINT_EXPR: case OP_IMPORT_NAME: case OP_IMPORT_STAR: case OP_POP_EXCEPT:
    case OP_PREP_RERAISE_STAR: case OP_RERAISE:
        return -1;
    case OP_PUSH_NULL: case OP_COPY: case OP_LOAD_CONST: case OP_LOAD_FAST: case OP_LOAD_CLOSURE:
    case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_LOAD_NAME: case OP_LOAD_METHOD:
    case OP_LOAD_BUILD_CLASS: case OP_LOAD_LOCALS: case OP_IMPORT_FROM:
    case OP_LOAD_ASSERTION_ERROR: case OP_PUSH_EXC_INFO: case OP_BEFORE_WITH:
    case OP_BEFORE_ASYNC_WITH: case OP_WITH_EXCEPT_START: case OP_GET_ANEXT: case OP_GET_LEN:
    case OP_MATCH_MAPPING: case OP_MATCH_SEQUENCE: case OP_MATCH_KEYS:
        return 1;
    case OP_LOAD_GLOBAL: return 1 + (arg & 1);
    case OP_STORE_ATTR: case OP_DELETE_SUBSCR: case OP_MAP_ADD: case OP_END_ASYNC_FOR:
    case OP_MATCH_CLASS:
        return -2;
    case OP_STORE_SUBSCR: return -3;
    case OP_BUILD_SLICE: case OP_BUILD_TUPLE: case OP_BUILD_LIST: case OP_BUILD_SET:
    case OP_BUILD_STRING:
        return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_BUILD_CONST_KEY_MAP: return -arg;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_CALL: return -(arg + 1);
    case OP_CALL_FUNCTION_EX: return -2 - (arg & 1);
    case OP_MAKE_FUNCTION:
        return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case OP_RAISE_VARARGS: return -arg;
    case PS_SETUP_FINALLY: return jump ? 1 : 0;
    case PS_SETUP_CLEANUP: return jump ? 2 : 0;
    case PS_SETUP_WITH: return jump ? 1 : 0;
    }
    return 0;
}

/* ---- the assembler ---- */

typedef struct Flow {
    int *depth;               /* stack depth before each instruction, -1 unreached */
    int *handler;             /* the SETUP instruction covering it, -1 none */
    int *setup_parent;        /* per SETUP: the handler active around it */
    int *setup_depth;         /* per SETUP: the stack depth at it */
    int *work;
    int nwork;
    bool *live;               /* per SETUP: its handler covers some instruction */
    int maxdepth;
    bool bad;
} Flow;

static void flow_reach(Flow *f, int i, int depth, int handler, int n) {
    if (i >= n || depth < 0) {
        f->bad = true;
        return;
    }
    if (f->depth[i] >= 0) {
        if (f->depth[i] != depth) f->bad = true;
        return;
    }
    f->depth[i] = depth;
    f->handler[i] = handler;
    if (depth > f->maxdepth) f->maxdepth = depth;
    f->work[f->nwork++] = i;
}

static int label_target(Unit *u, int label) { return u->labels[label]; }

/* A forward JUMP to what follows anyway is dropped (marked unreached). */
static void drop_redundant_jumps(Unit *u, Flow *f) {
    for (int i = 0; i < u->ninstrs; i++) {
        Instr *in = &u->instrs[i];
        if (f->depth[i] < 0 || in->op != OP_JUMP) continue;
        int t = label_target(u, in->arg), j = i + 1;
        while (j < t && (f->depth[j] < 0 || u->instrs[j].op >= OPCODE_COUNT)) j++;
        if (t > i && j == t) f->depth[i] = -1;
    }
}

/* Walk every path from the entry: stack depth and covering handler of
** each reachable instruction. */
static void flow_analyse(Unit *u, Flow *f) {
    int n = u->ninstrs;
    if (n == 0) return;
    flow_reach(f, 0, 0, -1, n);
    while (f->nwork) {
        int i = f->work[--f->nwork];
        Instr *in = &u->instrs[i];
        int d = f->depth[i], h = f->handler[i];
        if (in->op == PS_SETUP_FINALLY || in->op == PS_SETUP_CLEANUP || in->op == PS_SETUP_WITH) {
            f->setup_parent[i] = h;
            f->setup_depth[i] = d;
            if (f->live[i])
                flow_reach(f, label_target(u, in->arg), d + codegen_stack_effect(in->op, 0, true), h, n);
            flow_reach(f, i + 1, d, i, n);
            continue;
        }
        if (in->op == PS_POP_BLOCK) {
            flow_reach(f, i + 1, d, h >= 0 ? f->setup_parent[h] : -1, n);
            continue;
        }
        if (is_jump(in->op))
            flow_reach(f, label_target(u, in->arg), d + codegen_stack_effect(in->op, in->arg, true), h, n);
        if (!is_terminator(in->op))
            flow_reach(f, i + 1, d + codegen_stack_effect(in->op, in->arg, false), h, n);
    }
}

/* Final slot of a cell/free index (cells first, then frees) in localsplus. */
typedef struct SlotMap {
    int *cell_slot;           /* per cell var */
    int nlocals, ncells_extra, nfree;
} SlotMap;

static int deref_slot(Unit *u, SlotMap *m, int idx) {
    if (idx < u->cellvars.n) return m->cell_slot[idx];
    return m->nlocals + m->ncells_extra + (idx - u->cellvars.n);
}

static bool is_deref_op(int op) {
    return op == OP_MAKE_CELL || op == OP_LOAD_CLOSURE || op == OP_LOAD_DEREF ||
           op == OP_LOAD_CLASSDEREF || op == OP_STORE_DEREF || op == OP_DELETE_DEREF;
}

static Value names_tuple(Compiler *c, const char **names, int n) {
    Value t = tuple_new(c->vm, (size_t)n);
    if (val_is_error(t)) return t;
    for (int i = 0; i < n; i++) {
        Value s = str_intern_cstr(c->vm, names[i]);
        if (val_is_error(s)) return s;
        as_tuple(t)->items[i] = s;
    }
    return t;
}

/* localsplusnames and kinds: varnames, then cells that are not arguments,
** then free variables. */
static int build_localsplus(Compiler *c, CodeObj *co, SlotMap *m) {
    Unit *u = c->u;
    int nlocals = u->varnames.n;
    m->nlocals = nlocals;
    m->cell_slot = malloc(sizeof(int) * (size_t)(u->cellvars.n + 1));
    if (!m->cell_slot) return nomem(c);
    int extra = 0;
    for (int i = 0; i < u->cellvars.n; i++) {
        int k = namelist_find(&u->varnames, u->cellvars.items[i]);
        m->cell_slot[i] = k >= 0 ? k : nlocals + extra++;
    }
    m->ncells_extra = extra;
    m->nfree = u->freevars.n;
    int total = nlocals + extra + u->freevars.n;
    const char **names = malloc(sizeof(char *) * (size_t)(total + 1));
    uint8_t *kinds = malloc((size_t)total + 1);
    if (!names || !kinds) {
        free(names);
        free(kinds);
        return nomem(c);
    }
    for (int i = 0; i < nlocals; i++) {
        names[i] = u->varnames.items[i];
        kinds[i] = CO_FAST_LOCAL;
    }
    for (int i = 0; i < u->cellvars.n; i++) {
        int s = m->cell_slot[i];
        names[s] = u->cellvars.items[i];
        kinds[s] = (uint8_t)(s < nlocals ? (CO_FAST_LOCAL | CO_FAST_CELL) : CO_FAST_CELL);
    }
    for (int i = 0; i < u->freevars.n; i++) {
        names[nlocals + extra + i] = u->freevars.items[i];
        kinds[nlocals + extra + i] = CO_FAST_FREE;
    }
    Value t = names_tuple(c, names, total);
    free(names);
    if (val_is_error(t)) {
        free(kinds);
        return -1;
    }
    co->localsplusnames = t;
    co->localspluskinds = kinds;
    co->nlocalsplus = total;
    co->nlocals = nlocals;
    co->ncellvars = u->cellvars.n;
    co->nfreevars = u->freevars.n;
    return 0;
}

static uint32_t code_flags(Compiler *c) {
    Unit *u = c->u;
    SymEntry *ste = u->ste;
    uint32_t flags = 0;
    if (ste->type == BLOCK_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (ste->is_nested) flags |= CO_NESTED;
        if (ste->is_generator && !ste->is_coroutine) flags |= CO_GENERATOR;
        if (!ste->is_generator && ste->is_coroutine) flags |= CO_COROUTINE;
        if (ste->is_generator && ste->is_coroutine) flags |= CO_ASYNC_GENERATOR;
        if (ste->has_varargs) flags |= CO_VARARGS;
        if (ste->has_varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (ste->type == BLOCK_MODULE && (c->flags & COMPILE_TOP_LEVEL_AWAIT) && ste->is_coroutine)
        flags |= CO_COROUTINE;
    if (u->cellvars.n == 0 && u->freevars.n == 0) flags |= CO_NOFREE;
    return flags;
}

/* Lay out the reachable instructions and the exception table into [co]. */
static int layout_code(Compiler *c, CodeObj *co, Flow *f, SlotMap *m) {
    Unit *u = c->u;
    int n = u->ninstrs;
    int *newidx = malloc(sizeof(int) * (size_t)(n + 1));
    if (!newidx) return nomem(c);
    int k = 0;
    for (int i = 0; i < n; i++) {
        newidx[i] = k;
        if (f->depth[i] >= 0 && u->instrs[i].op < OPCODE_COUNT) k++;
    }
    newidx[n] = k;
    co->code = malloc(sizeof(uint32_t) * (size_t)(k + 1));
    co->positions = malloc(sizeof(Position) * (size_t)(k + 1));
    co->exctable = malloc(sizeof(ExcTableEntry) * (size_t)(k + 1));
    if (!co->code || !co->positions || !co->exctable) {
        free(newidx);
        return nomem(c);
    }
    co->ncode = (uint32_t)k;
    co->nexctable = 0;
    int prev_handler = -1;
    for (int i = 0; i < n; i++) {
        Instr *in = &u->instrs[i];
        if (f->depth[i] < 0 || in->op >= OPCODE_COUNT) continue;
        int arg = in->arg;
        if (is_jump(in->op)) arg = newidx[label_target(u, arg)];
        else if (is_deref_op(in->op)) arg = deref_slot(u, m, arg);
        if ((uint32_t)arg > INSTR_ARG_MAX) {
            free(newidx);
            return compile_error_at(c, in->loc, "too many constants, names or instructions");
        }
        int at = newidx[i];
        co->code[at] = INSTR(in->op, arg);
        co->positions[at] = (Position){in->loc.lineno, in->loc.end_lineno, in->loc.col_offset,
                                       in->loc.end_col_offset};
        int h = f->handler[i];
        if (h >= 0 && h == prev_handler && co->nexctable) {
            co->exctable[co->nexctable - 1].end = (uint32_t)at + 1;
        } else if (h >= 0) {
            Instr *setup = &u->instrs[h];
            ExcTableEntry *e = &co->exctable[co->nexctable++];
            e->start = (uint32_t)at;
            e->end = (uint32_t)at + 1;
            e->target = (uint32_t)newidx[label_target(u, setup->arg)];
            e->lasti = setup->op != PS_SETUP_FINALLY;
            e->depth = (uint16_t)(f->setup_depth[h] - (setup->op == PS_SETUP_WITH ? 1 : 0));
        }
        prev_handler = h;
    }
    free(newidx);
    return 0;
}

static Value make_tuple_of(Compiler *c, Value *items, int n) {
    return tuple_from(c->vm, items, (size_t)n);
}

/* Turn the current unit into a code object. */
static Value assemble(Compiler *c) {
    Unit *u = c->u;
    int n = u->ninstrs;
    Flow f = {0};
    f.depth = malloc(sizeof(int) * (size_t)(n + 1));
    f.handler = malloc(sizeof(int) * (size_t)(n + 1));
    f.setup_parent = malloc(sizeof(int) * (size_t)(n + 1));
    f.setup_depth = malloc(sizeof(int) * (size_t)(n + 1));
    f.work = malloc(sizeof(int) * (size_t)(n + 1));
    f.live = malloc(sizeof(bool) * (size_t)(n + 1));
    SlotMap m = {0};
    Value result = VAL_ERROR;
    if (!f.depth || !f.handler || !f.setup_parent || !f.setup_depth || !f.work || !f.live) {
        nomem(c);
        goto done;
    }
    /* A handler whose range holds no reachable instruction (say, a try
       body that is only a break) is dead code: walk again without it. */
    for (int i = 0; i < n; i++) f.live[i] = true;
    for (bool changed = true; changed;) {
        for (int i = 0; i < n; i++) f.depth[i] = f.handler[i] = f.setup_parent[i] = -1;
        f.maxdepth = 0;
        f.bad = false;
        flow_analyse(u, &f);
        drop_redundant_jumps(u, &f);
        changed = false;
        for (int i = 0; i < n; i++) f.work[i] = 0;
        for (int i = 0; i < n; i++)
            if (f.depth[i] >= 0 && u->instrs[i].op < OPCODE_COUNT && f.handler[i] >= 0) f.work[f.handler[i]] = 1;
        for (int i = 0; i < n; i++)
            if (f.live[i] && !f.work[i] && u->instrs[i].op >= PS_SETUP_FINALLY && u->instrs[i].op <= PS_SETUP_WITH) {
                f.live[i] = false;
                changed = true;
            }
        f.nwork = 0;
    }
    if (f.bad) {
        vm_raise(c->vm, &type_SystemError, "compiler: inconsistent stack depth in %s", u->qualname);
        goto done;
    }
    Value cov = code_new(c->vm);
    if (val_is_error(cov)) goto done;
    CodeObj *co = (CodeObj *)val_as_obj(cov);
    if (build_localsplus(c, co, &m) < 0 || layout_code(c, co, &f, &m) < 0) goto done;
    co->consts = make_tuple_of(c, u->consts.items, u->consts.n);
    co->names = names_tuple(c, u->names.items, u->names.n);
    co->name = str_intern_cstr(c->vm, u->name);
    co->qualname = str_from_cstr(c->vm, u->qualname);
    if (val_is_error(co->consts) || val_is_error(co->names) || val_is_error(co->name) ||
        val_is_error(co->qualname))
        goto done;
    co->filename = c->filename;
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->stacksize = f.maxdepth;
    co->flags = code_flags(c);
    co->firstlineno = u->firstlineno;
    co->docstring = u->docstring;
    result = cov;
done:
    free(f.depth);
    free(f.handler);
    free(f.setup_parent);
    free(f.setup_depth);
    free(f.work);
    free(f.live);
    free(m.cell_slot);
    return result;
}

/* ---- units ---- */

static void unit_free(Unit *u) {
    free(u->instrs);
    free(u->labels);
    free(u->consts.items);
    free(u->consts.index);
    namelist_free(&u->names);
    namelist_free(&u->varnames);
    namelist_free(&u->cellvars);
    namelist_free(&u->freevars);
    free(u);
}

static int sorted_add(NameList *l, const char **names, int n) {
    qsort(names, (size_t)n, sizeof(char *), cmp_names);
    for (int i = 0; i < n; i++)
        if (namelist_add(l, names[i]) < 0) return -1;
    return 0;
}

/* cellvars and freevars of a new unit, each sorted by name as in CPython. */
static int collect_closure_names(Compiler *c, Unit *u) {
    SymEntry *ste = u->ste;
    const char **cells = malloc(sizeof(char *) * (size_t)(ste->nsyms + 1));
    const char **frees = malloc(sizeof(char *) * (size_t)(ste->nsyms + 1));
    if (!cells || !frees) {
        free(cells);
        free(frees);
        return nomem(c);
    }
    int nc = 0, nf = 0;
    for (int i = 0; i < ste->capsyms; i++) {
        Symbol *s = &ste->syms[i];
        if (!s->name) continue;
        if (s->scope == SC_CELL) cells[nc++] = s->name;
        if (s->scope == SC_FREE || (s->flags & DEF_FREE_CLASS)) frees[nf++] = s->name;
    }
    if (ste->needs_class_closure) cells[nc++] = "__class__";
    int r = sorted_add(&u->cellvars, cells, nc) < 0 || sorted_add(&u->freevars, frees, nf) < 0;
    free(cells);
    free(frees);
    return r ? nomem(c) : 0;
}

static bool is_function_scope(ScopeKind k) {
    return k == SCOPE_FUNCTION || k == SCOPE_ASYNC_FUNCTION || k == SCOPE_LAMBDA;
}

/* CPython's __qualname__: parent.qualname [+ ".<locals>"] + "." + name. */
static int set_qualname(Compiler *c, Unit *u) {
    Unit *p = u->parent;
    if (!p || p->kind == SCOPE_MODULE) {
        u->qualname = u->name;
        return 0;
    }
    if (u->kind == SCOPE_FUNCTION || u->kind == SCOPE_ASYNC_FUNCTION || u->kind == SCOPE_CLASS) {
        const char *m = symtable_mangle(c->arena, p->private_name, u->name);
        if (!m) return nomem(c);
        if (symtable_scope(p->ste, m) == SC_GLOBAL_EXPLICIT) {
            u->qualname = u->name;
            return 0;
        }
    }
    const char *suffix = is_function_scope(p->kind) ? ".<locals>" : "";
    size_t len = strlen(p->qualname) + strlen(suffix) + 1 + strlen(u->name) + 1;
    char *q = arena_alloc(c->arena, len);
    if (!q) return nomem(c);
    snprintf(q, len, "%s%s.%s", p->qualname, suffix, u->name);
    u->qualname = q;
    return 0;
}

static int enter_unit(Compiler *c, void *key, const char *name, ScopeKind kind, int firstlineno, Loc loc) {
    Unit *u = calloc(1, sizeof *u);
    if (!u) return nomem(c);
    u->parent = c->u;
    u->ste = c->u ? symtable_lookup(c->u->ste, key) : c->st->top;
    u->kind = kind;
    u->name = name;
    u->firstlineno = firstlineno;
    u->loc = loc;
    u->docstring = VAL_NONE;
    u->private_name = c->u ? c->u->private_name : NULL;
    c->u = u;
    c->nestlevel++;
    if (!u->ste) {
        vm_raise(c->vm, &type_SystemError, "compiler: no symbol table for %s", name);
        return -1;
    }
    for (int i = 0; i < u->ste->nparams; i++)
        if (namelist_add(&u->varnames, u->ste->params[i]) < 0) return nomem(c);
    TRY(collect_closure_names(c, u));
    TRY(set_qualname(c, u));
    /* the prologue: make the cells, copy the closure */
    for (int i = 0; i < u->cellvars.n; i++) TRY(emit(c, OP_MAKE_CELL, i));
    if (u->freevars.n) TRY(emit(c, OP_COPY_FREE_VARS, u->freevars.n));
    return 0;
}

static void exit_unit(Compiler *c) {
    Unit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

/* ---- names ---- */

typedef enum { NOP_FAST, NOP_GLOBAL, NOP_DEREF, NOP_NAME } NameOpKind;

static int deref_index(Unit *u, const char *name) {
    int k = namelist_find(&u->cellvars, name);
    if (k >= 0) return k;
    k = namelist_find(&u->freevars, name);
    return k >= 0 ? u->cellvars.n + k : -1;
}

static int forbidden_name(Compiler *c, const char *name, ExprContext ctx) {
    if (ctx == CTX_LOAD) return 0;
    if (strcmp(name, "__debug__") == 0)
        return compile_error(c, ctx == CTX_DEL ? "cannot delete __debug__" : "cannot assign to __debug__");
    return 0;
}

static int nameop(Compiler *c, const char *name, ExprContext ctx) {
    Unit *u = c->u;
    TRY(forbidden_name(c, name, ctx));
    const char *m = mangle(c, name);
    if (!m) return -1;
    NameOpKind kind = NOP_NAME;
    bool fn = u->ste->type == BLOCK_FUNCTION;
    switch (symtable_scope(u->ste, m)) {
    case SC_FREE:
    case SC_CELL: kind = NOP_DEREF; break;
    case SC_LOCAL: if (fn) kind = NOP_FAST; break;
    case SC_GLOBAL_IMPLICIT: if (fn) kind = NOP_GLOBAL; break;
    case SC_GLOBAL_EXPLICIT: kind = NOP_GLOBAL; break;
    default: break;
    }
    if (kind == NOP_DEREF) {
        int k = deref_index(u, m);
        if (k < 0) {
            vm_raise(c->vm, &type_SystemError, "compiler: no cell for '%s'", m);
            return -1;
        }
        int op = ctx == CTX_LOAD ? (u->ste->type == BLOCK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
                 : ctx == CTX_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        return emit(c, op, k);
    }
    if (kind == NOP_FAST) {
        int k = namelist_add(&u->varnames, m);
        if (k < 0) return nomem(c);
        return emit(c, ctx == CTX_LOAD ? OP_LOAD_FAST : ctx == CTX_STORE ? OP_STORE_FAST : OP_DELETE_FAST, k);
    }
    int k = namelist_add(&u->names, m);
    if (k < 0) return nomem(c);
    if (kind == NOP_GLOBAL) {
        if (ctx == CTX_LOAD) return emit(c, OP_LOAD_GLOBAL, k << 1);
        return emit(c, ctx == CTX_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, k);
    }
    return emit(c, ctx == CTX_LOAD ? OP_LOAD_NAME : ctx == CTX_STORE ? OP_STORE_NAME : OP_DELETE_NAME, k);
}

/* ---- frame blocks (loops, try, with: what break/continue/return unwind) ---- */

static int push_fblock(Compiler *c, FBlockType t, int block, int exit, const void *datum) {
    Unit *u = c->u;
    if (u->nfblocks >= MAX_FBLOCKS) return compile_error(c, "too many statically nested blocks");
    u->fblocks[u->nfblocks++] = (FBlock){t, block, exit, datum, u->loc};
    return 0;
}

static void pop_fblock(Compiler *c) { c->u->nfblocks--; }

static int visit_stmts(Compiler *c, AstSeq *seq);
static int visit_expr(Compiler *c, Expr *e);
static int call_exit_with_nones(Compiler *c);
static int add_yield_from(Compiler *c, bool await);

static int unwind_fblock(Compiler *c, FBlock *fb, bool preserve_tos) {
    switch (fb->type) {
    case FB_WHILE:
    case FB_EXCEPTION_HANDLER:
    case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMP_GEN:
        return 0;
    case FB_FOR:
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2));
        /* arg 1: the iterator is the generator this loop made; it is closed */
        return emit(c, OP_POP_TOP, fb->datum != NULL);
    case FB_TRY_EXCEPT:
        return emit(c, PS_POP_BLOCK, 0);
    case FB_FINALLY_TRY:
        TRY(emit(c, PS_POP_BLOCK, 0));
        if (preserve_tos) TRY(push_fblock(c, FB_POP_VALUE, -1, -1, NULL));
        TRY(visit_stmts(c, (AstSeq *)fb->datum));
        if (preserve_tos) pop_fblock(c);
        return 0;
    case FB_FINALLY_END:
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, OP_POP_TOP, 0));
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, PS_POP_BLOCK, 0));
        return emit(c, OP_POP_EXCEPT, 0);
    case FB_WITH:
    case FB_ASYNC_WITH: {
        Loc saved = c->u->loc;
        c->u->loc = fb->loc;
        TRY(emit(c, PS_POP_BLOCK, 0));
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2));
        TRY(call_exit_with_nones(c));
        if (fb->type == FB_ASYNC_WITH) {
            TRY(emit(c, OP_GET_AWAITABLE, 2));
            TRY(emit_const(c, VAL_NONE));
            TRY(add_yield_from(c, true));
        }
        TRY(emit(c, OP_POP_TOP, 0));
        c->u->loc = saved;
        return 0;
    }
    case FB_HANDLER_CLEANUP:
        if (fb->datum) TRY(emit(c, PS_POP_BLOCK, 0));
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, PS_POP_BLOCK, 0));
        TRY(emit(c, OP_POP_EXCEPT, 0));
        if (fb->datum) {
            TRY(emit_const(c, VAL_NONE));
            TRY(nameop(c, fb->datum, CTX_STORE));
            TRY(nameop(c, fb->datum, CTX_DEL));
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos) TRY(emit(c, OP_SWAP, 2));
        return emit(c, OP_POP_TOP, 0);
    }
    return 0;
}

/* Unwind the blocks for return (loop NULL) or break/continue (stops at the
** innermost loop, stored in *loop). */
static int unwind_fblock_stack(Compiler *c, bool preserve_tos, FBlock **loop) {
    Unit *u = c->u;
    if (u->nfblocks == 0) return 0;
    FBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        return compile_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->type == FB_WHILE || top->type == FB_FOR)) {
        *loop = top;
        return 0;
    }
    FBlock copy = *top;
    u->nfblocks--;
    int r = unwind_fblock(c, &copy, preserve_tos);
    if (r == 0) r = unwind_fblock_stack(c, preserve_tos, loop);
    u->fblocks[u->nfblocks++] = copy;
    return r;
}

/* ---- constants from the AST ---- */

/* A decimal literal longer than sys.set_int_max_str_digits allows is a
** SyntaxError, with CPython's advice, on the literal's line (no column). */
static Value big_int_literal(Compiler *c, const char *s, size_t len, int base) {
    VM *vm = c->vm;
    Value v = int_from_string(vm, s, len, base);
    if (!val_is_error(v) || !vm_exc_matches(vm, &type_ValueError)) return v;
    Value msg = obj_str(vm, vm->exc);
    if (val_is_error(msg)) return VAL_ERROR;
    char text[240];
    snprintf(text, sizeof text, "%s", str_cstr(msg));
    vm_clear_exc(vm);
    Loc at = c->u->loc;
    at.col_offset = at.end_col_offset = -1;
    at.end_lineno = at.lineno;
    compile_error_at(c, at, "%s - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                     text);
    return VAL_ERROR;
}

static Value const_value(Compiler *c, const Constant *k) {
    VM *vm = c->vm;
    switch (k->kind) {
    case CONST_NONE: return VAL_NONE;
    case CONST_TRUE: return VAL_TRUE;
    case CONST_FALSE: return VAL_FALSE;
    case CONST_ELLIPSIS: return VAL_ELLIPSIS;
    case CONST_INT:
        if (k->is_big) return big_int_literal(c, k->str.s, k->str.len, k->ibase);
        return int_from_i64(vm, k->ival);
    case CONST_FLOAT: return val_from_float(k->fval);
    case CONST_COMPLEX: return complex_new(vm, 0.0, k->fval);
    case CONST_STR: return str_new(vm, k->str.s, k->str.len);
    case CONST_BYTES: return bytes_new(vm, k->str.s, k->str.len);
    }
    return VAL_NONE;
}

static bool is_const_expr(Expr *e);

/* Folding as CPython's AST optimizer does for what is observable: -<number>
** and tuples of constants. */
static bool foldable_unary(Expr *e) {
    if (e->kind != EXPR_UNARYOP || e->v.unaryop.op != OP_USUB) return false;
    Expr *o = e->v.unaryop.operand;
    if (o->kind == EXPR_CONSTANT) {
        ConstKind k = o->v.constant.kind;
        return k == CONST_INT || k == CONST_FLOAT || k == CONST_COMPLEX;
    }
    return false;
}

static bool is_const_expr(Expr *e) {
    if (e->kind == EXPR_CONSTANT) return true;
    if (foldable_unary(e)) return true;
    if (e->kind == EXPR_TUPLE && e->v.list.ctx == CTX_LOAD) {
        for (int i = 0; i < SEQ_LEN(e->v.list.elts); i++)
            if (!is_const_expr(SEQ_GET(e->v.list.elts, i))) return false;
        return true;
    }
    return false;
}

static Value negate_const(Compiler *c, const Constant *k) {
    VM *vm = c->vm;
    switch (k->kind) {
    case CONST_INT:
        if (k->is_big) {
            char *buf = malloc(k->str.len + 2);
            if (!buf) return vm_raise_nomem(vm);
            buf[0] = '-';
            memcpy(buf + 1, k->str.s, k->str.len);
            Value v = big_int_literal(c, buf, k->str.len + 1, k->ibase);
            free(buf);
            return v;
        }
        if (k->ival == INT64_MIN) return int_from_string(vm, "9223372036854775808", 19, 10);
        return int_from_i64(vm, -k->ival);
    case CONST_FLOAT: return val_from_float(-k->fval);
    default: return complex_new(vm, -0.0, -k->fval);
    }
}

static Value fold_const(Compiler *c, Expr *e) {
    if (e->kind == EXPR_CONSTANT) return const_value(c, &e->v.constant);
    if (e->kind == EXPR_UNARYOP) return negate_const(c, &e->v.unaryop.operand->v.constant);
    int n = SEQ_LEN(e->v.list.elts);
    Value t = tuple_new(c->vm, (size_t)n);
    if (val_is_error(t)) return t;
    for (int i = 0; i < n; i++) {
        Value v = fold_const(c, SEQ_GET(e->v.list.elts, i));
        if (val_is_error(v)) return v;
        as_tuple(t)->items[i] = v;
    }
    return t;
}

/* A complex literal of the grammar's complex_number (`1+2j`, `-0-0j`): CPython's
** optimizer folds it into a constant before a mapping pattern sees it. */
static bool is_complex_literal(Expr *e) {
    if (e->kind != EXPR_BINOP || (e->v.binop.op != OP_ADD && e->v.binop.op != OP_SUB)) return false;
    Expr *l = e->v.binop.left, *r = e->v.binop.right;
    if (r->kind != EXPR_CONSTANT || r->v.constant.kind != CONST_COMPLEX) return false;
    if (l->kind == EXPR_CONSTANT)
        return l->v.constant.kind == CONST_INT || l->v.constant.kind == CONST_FLOAT;
    return foldable_unary(l) && l->v.unaryop.operand->v.constant.kind != CONST_COMPLEX;
}

static Value fold_complex_literal(Compiler *c, Expr *e) {
    Value l = fold_const(c, e->v.binop.left);
    if (val_is_error(l)) return l;
    Value r = fold_const(c, e->v.binop.right);
    if (val_is_error(r)) return r;
    return obj_binary_op(c->vm, l, r, e->v.binop.op == OP_ADD ? BINOP_ADD : BINOP_SUBTRACT);
}

static int emit_const_cstr(Compiler *c, const char *s) {
    return emit_const(c, str_from_cstr(c->vm, s));
}

/* ---- expressions ---- */

static int visit_exprs(Compiler *c, AstSeq *seq) {
    for (int i = 0; i < SEQ_LEN(seq); i++) TRY(visit_expr(c, SEQ_GET(seq, i)));
    return 0;
}

static bool has_starred(AstSeq *elts) {
    for (int i = 0; i < SEQ_LEN(elts); i++)
        if (((Expr *)SEQ_GET(elts, i))->kind == EXPR_STARRED) return true;
    return false;
}

/* Build a list/tuple/set from [pushed] values already on the stack plus
** [elts], unpacking starred items (CPython's starunpack_helper). */
static int starunpack(Compiler *c, AstSeq *elts, int pushed, int build, int add, int extend, bool tuple) {
    int n = SEQ_LEN(elts);
    bool all_const = n > 2;
    for (int i = 0; i < n && all_const; i++) all_const = is_const_expr(SEQ_GET(elts, i));
    if (all_const) {
        /* {1, 2, 3} is built from a frozenset constant as in CPython (the
           iteration order of the result depends on it) */
        Value t = add == OP_SET_ADD ? set_new(c->vm, &type_frozenset) : tuple_new(c->vm, (size_t)n);
        if (val_is_error(t)) return -1;
        for (int i = 0; i < n; i++) {
            Value v = fold_const(c, SEQ_GET(elts, i));
            if (val_is_error(v)) return -1;
            if (add != OP_SET_ADD) as_tuple(t)->items[i] = v;
            else if (set_add(c->vm, t, v) < 0) return -1;
        }
        if (add == OP_SET_ADD) {
            /* CPython's constant merging rebuilds the frozenset from a tuple
               of its items; the order seen at run time depends on that */
            t = seq_to_tuple(c->vm, t);
            if (val_is_error(t)) return -1;
            t = set_from_iterable(c->vm, &type_frozenset, t);
            if (val_is_error(t)) return -1;
        }
        if (tuple && !pushed) return emit_const(c, t);
        TRY(emit(c, build, pushed));
        TRY(emit_const(c, t));
        TRY(emit(c, extend, 1));
        return tuple ? emit(c, OP_LIST_TO_TUPLE, 0) : 0;
    }
    bool big = n + pushed > STACK_USE_GUIDELINE;
    bool star = has_starred(elts);
    if (!star && !big) {
        TRY(visit_exprs(c, elts));
        return emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed);
    }
    bool built = false;
    if (big) {
        TRY(emit(c, build, pushed));
        built = true;
    }
    for (int i = 0; i < n; i++) {
        Expr *e = SEQ_GET(elts, i);
        if (e->kind == EXPR_STARRED) {
            if (!built) {
                TRY(emit(c, build, i + pushed));
                built = true;
            }
            TRY(visit_expr(c, e->v.starred.value));
            TRY(emit(c, extend, 1));
        } else {
            TRY(visit_expr(c, e));
            if (built) TRY(emit(c, add, 1));
        }
    }
    return tuple ? emit(c, OP_LIST_TO_TUPLE, 0) : 0;
}

/* Assignment to a list/tuple target: UNPACK_SEQUENCE or UNPACK_EX. */
static int unpack_helper(Compiler *c, AstSeq *elts) {
    int n = SEQ_LEN(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Expr *e = SEQ_GET(elts, i);
        if (e->kind == EXPR_STARRED && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
                return compile_error(c, "too many expressions in star-unpacking assignment");
            TRY(emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)));
            seen_star = true;
        } else if (e->kind == EXPR_STARRED) {
            return compile_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) TRY(emit(c, OP_UNPACK_SEQUENCE, n));
    return 0;
}

static int assignment_helper(Compiler *c, AstSeq *elts) {
    TRY(unpack_helper(c, elts));
    for (int i = 0; i < SEQ_LEN(elts); i++) {
        Expr *e = SEQ_GET(elts, i);
        TRY(visit_expr(c, e->kind == EXPR_STARRED ? e->v.starred.value : e));
    }
    return 0;
}

static int visit_list_or_tuple(Compiler *c, Expr *e) {
    bool tuple = e->kind == EXPR_TUPLE;
    switch (e->v.list.ctx) {
    case CTX_STORE: return assignment_helper(c, e->v.list.elts);
    case CTX_DEL: return visit_exprs(c, e->v.list.elts);
    default:
        if (tuple && is_const_expr(e)) return emit_const(c, fold_const(c, e));
        return starunpack(c, e->v.list.elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, tuple);
    }
}

static int subkwargs(Compiler *c, AstSeq *keywords, int begin, int end) {
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
        Value keys = tuple_new(c->vm, (size_t)n);
        if (val_is_error(keys)) return -1;
        for (int i = begin; i < end; i++) {
            Keyword *k = SEQ_GET(keywords, i);
            TRY(visit_expr(c, k->value));
            Value s = str_intern_cstr(c->vm, k->arg);
            if (val_is_error(s)) return -1;
            as_tuple(keys)->items[i - begin] = s;
        }
        TRY(emit_const(c, keys));
        return emit(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big) TRY(emit(c, OP_BUILD_MAP, 0));
    for (int i = begin; i < end; i++) {
        Keyword *k = SEQ_GET(keywords, i);
        TRY(emit_const_cstr(c, k->arg));
        TRY(visit_expr(c, k->value));
        if (big) TRY(emit(c, OP_MAP_ADD, 1));
    }
    return big ? 0 : emit(c, OP_BUILD_MAP, n);
}

static int validate_keywords(Compiler *c, AstSeq *keywords) {
    int n = SEQ_LEN(keywords);
    for (int i = 0; i < n; i++) {
        Keyword *k = SEQ_GET(keywords, i);
        if (!k->arg) continue;
        /* at the call, as CPython's compiler reports it */
        if (strcmp(k->arg, "__debug__") == 0) return compile_error(c, "cannot assign to __debug__");
        for (int j = i + 1; j < n; j++) {
            Keyword *o = SEQ_GET(keywords, j);
            if (o->arg && strcmp(o->arg, k->arg) == 0)
                return compile_error_at(c, o->loc, "keyword argument repeated: %s", k->arg);
        }
    }
    return 0;
}

/* The arguments of a call whose callable and self_or_NULL (and [n] more
** positional values) are on the stack. */
static int call_helper(Compiler *c, int n, AstSeq *args, AstSeq *keywords) {
    TRY(validate_keywords(c, keywords));
    int nargs = SEQ_LEN(args), nkw = SEQ_LEN(keywords);
    bool ex = has_starred(args) || nargs + n + nkw > STACK_USE_GUIDELINE;
    for (int i = 0; i < nkw && !ex; i++) ex = ((Keyword *)SEQ_GET(keywords, i))->arg == NULL;
    if (!ex) {
        TRY(visit_exprs(c, args));
        if (nkw) {
            Value names = tuple_new(c->vm, (size_t)nkw);
            if (val_is_error(names)) return -1;
            for (int i = 0; i < nkw; i++) {
                Keyword *k = SEQ_GET(keywords, i);
                TRY(visit_expr(c, k->value));
                Value s = str_intern_cstr(c->vm, k->arg);
                if (val_is_error(s)) return -1;
                as_tuple(names)->items[i] = s;
            }
            int idx = add_const(c, names);
            if (idx < 0) return -1;
            TRY(emit(c, OP_KW_NAMES, idx));
        }
        return emit(c, OP_CALL, n + nargs + nkw);
    }
    /* the general form: a tuple of positionals and a dict of keywords */
    if (n == 0 && nargs == 1 && ((Expr *)SEQ_GET(args, 0))->kind == EXPR_STARRED)
        TRY(visit_expr(c, ((Expr *)SEQ_GET(args, 0))->v.starred.value));
    else
        TRY(starunpack(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true));
    if (nkw) {
        bool have_dict = false;
        int nseen = 0;
        for (int i = 0; i < nkw; i++) {
            Keyword *k = SEQ_GET(keywords, i);
            if (k->arg) {
                nseen++;
                continue;
            }
            if (nseen) {
                TRY(subkwargs(c, keywords, i - nseen, i));
                if (have_dict) TRY(emit(c, OP_DICT_MERGE, 1));
                have_dict = true;
                nseen = 0;
            }
            if (!have_dict) {
                TRY(emit(c, OP_BUILD_MAP, 0));
                have_dict = true;
            }
            TRY(visit_expr(c, k->value));
            TRY(emit(c, OP_DICT_MERGE, 1));
        }
        if (nseen) {
            TRY(subkwargs(c, keywords, nkw - nseen, nkw));
            if (have_dict) TRY(emit(c, OP_DICT_MERGE, 1));
        }
    }
    return emit(c, OP_CALL_FUNCTION_EX, nkw > 0);
}

static bool is_global_name_load(Compiler *c, Expr *e) {
    if (e->kind != EXPR_NAME || c->u->ste->type != BLOCK_FUNCTION) return false;
    const char *m = symtable_mangle(c->arena, c->u->private_name, e->v.name.id);
    if (!m) return false;
    SymScope s = symtable_scope(c->u->ste, m);
    return s == SC_GLOBAL_IMPLICIT || s == SC_GLOBAL_EXPLICIT;
}

/* CPython 3.11's update_start_location_to_match_attr: when an attribute
** access spans lines, its instructions start at the attribute name, so
** tracebacks show the line holding `.name`. */
static Loc attr_loc(Loc cur, Expr *attr) {
    if (cur.lineno == attr->loc.end_lineno) return cur;
    cur.lineno = attr->loc.end_lineno;
    int len = 0;  /* in code points, as CPython counts it */
    for (const unsigned char *p = (const unsigned char *)attr->v.attribute.attr; *p; p++)
        len += (*p & 0xC0) != 0x80;
    if (len <= attr->loc.end_col_offset) {
        cur.col_offset = attr->loc.end_col_offset - len;
    } else {
        cur.col_offset = cur.end_col_offset = -1;
    }
    if (cur.end_lineno < cur.lineno) cur.end_lineno = cur.lineno;
    if (cur.lineno == cur.end_lineno && cur.end_col_offset < cur.col_offset) cur.end_col_offset = cur.col_offset;
    return cur;
}

static int visit_call(Compiler *c, Expr *e) {
    check_caller(c, e);
    Expr *f = e->v.call.func;
    AstSeq *args = e->v.call.args, *kws = e->v.call.keywords;
    /* obj.meth(...) without * or ** : LOAD_METHOD */
    if (f->kind == EXPR_ATTRIBUTE && f->v.attribute.ctx == CTX_LOAD && !has_starred(args) &&
        SEQ_LEN(args) + SEQ_LEN(kws) < STACK_USE_GUIDELINE) {
        bool plain = true;
        for (int i = 0; i < SEQ_LEN(kws); i++)
            if (!((Keyword *)SEQ_GET(kws, i))->arg) plain = false;
        if (plain) {
            TRY(visit_expr(c, f->v.attribute.value));
            Loc saved = c->u->loc;
            c->u->loc = attr_loc(f->loc, f);
            TRY(emit_attr(c, OP_LOAD_METHOD, f->v.attribute.attr));
            c->u->loc = attr_loc(saved, f);
            int r = call_helper(c, 0, args, kws);
            c->u->loc = saved;
            return r;
        }
    }
    if (is_global_name_load(c, f)) {
        Loc saved = c->u->loc;
        c->u->loc = f->loc;
        const char *m = mangle(c, f->v.name.id);
        if (!m) return -1;
        int k = namelist_add(&c->u->names, m);
        if (k < 0) return nomem(c);
        TRY(emit(c, OP_LOAD_GLOBAL, (k << 1) | 1));
        c->u->loc = saved;
    } else {
        TRY(visit_expr(c, f));
        TRY(emit(c, OP_PUSH_NULL, 0));
    }
    return call_helper(c, 0, args, kws);
}

/* keys[begin:end] and their values into one dict (CPython's compiler_subdict). */
static int subdict(Compiler *c, Expr *e, int begin, int end) {
    AstSeq *keys = e->v.dict.keys, *values = e->v.dict.values;
    int n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    bool all_const = n > 1 && !big;
    for (int i = begin; i < end && all_const; i++) all_const = is_const_expr(SEQ_GET(keys, i));
    if (all_const) {
        Value kt = tuple_new(c->vm, (size_t)n);
        if (val_is_error(kt)) return -1;
        for (int i = begin; i < end; i++) {
            TRY(visit_expr(c, SEQ_GET(values, i)));
            Value k = fold_const(c, SEQ_GET(keys, i));
            if (val_is_error(k)) return -1;
            as_tuple(kt)->items[i - begin] = k;
        }
        TRY(emit_const(c, kt));
        return emit(c, OP_BUILD_CONST_KEY_MAP, n);
    }
    if (big) TRY(emit(c, OP_BUILD_MAP, 0));
    for (int i = begin; i < end; i++) {
        TRY(visit_expr(c, SEQ_GET(keys, i)));
        TRY(visit_expr(c, SEQ_GET(values, i)));
        if (big) TRY(emit(c, OP_MAP_ADD, 1));
    }
    return big ? 0 : emit(c, OP_BUILD_MAP, n);
}

static int visit_dict(Compiler *c, Expr *e) {
    AstSeq *keys = e->v.dict.keys, *values = e->v.dict.values;
    int n = SEQ_LEN(values), elements = 0;
    bool have_dict = false;
    for (int i = 0; i < n; i++) {
        if (!SEQ_GET(keys, i)) {
            if (elements) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict) TRY(emit(c, OP_DICT_UPDATE, 1));
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                TRY(emit(c, OP_BUILD_MAP, 0));
                have_dict = true;
            }
            TRY(visit_expr(c, SEQ_GET(values, i)));
            TRY(emit(c, OP_DICT_UPDATE, 1));
        } else if (elements * 2 > STACK_USE_GUIDELINE) {
            TRY(subdict(c, e, i - elements, i + 1));
            if (have_dict) TRY(emit(c, OP_DICT_UPDATE, 1));
            have_dict = true;
            elements = 0;
        } else {
            elements++;
        }
    }
    if (elements) {
        TRY(subdict(c, e, n - elements, n));
        if (have_dict) TRY(emit(c, OP_DICT_UPDATE, 1));
        have_dict = true;
    }
    return have_dict ? 0 : emit(c, OP_BUILD_MAP, 0);
}

static int cmpop_emit(Compiler *c, CmpOpKind op) {
    switch (op) {
    case CMP_EQ: return emit(c, OP_COMPARE_OP, CMPOP_EQ);
    case CMP_NOTEQ: return emit(c, OP_COMPARE_OP, CMPOP_NE);
    case CMP_LT: return emit(c, OP_COMPARE_OP, CMPOP_LT);
    case CMP_LTE: return emit(c, OP_COMPARE_OP, CMPOP_LE);
    case CMP_GT: return emit(c, OP_COMPARE_OP, CMPOP_GT);
    case CMP_GTE: return emit(c, OP_COMPARE_OP, CMPOP_GE);
    case CMP_IS: return emit(c, OP_IS_OP, 0);
    case CMP_ISNOT: return emit(c, OP_IS_OP, 1);
    case CMP_IN: return emit(c, OP_CONTAINS_OP, 0);
    case CMP_NOTIN: return emit(c, OP_CONTAINS_OP, 1);
    }
    return 0;
}

/* `x in [a, b]` and `for x in [a, b]` use a tuple, as in CPython. */
static int visit_container_operand(Compiler *c, Expr *e) {
    if (e->kind == EXPR_LIST && e->v.list.ctx == CTX_LOAD && !has_starred(e->v.list.elts)) {
        Expr tmp = *e;
        tmp.kind = EXPR_TUPLE;
        return visit_expr(c, &tmp);
    }
    return visit_expr(c, e);
}

static int visit_compare(Compiler *c, Expr *e) {
    check_compare(c, e);
    int n = e->v.compare.n;
    TRY(visit_expr(c, e->v.compare.left));
    if (n == 1) {
        CmpOpKind op = e->v.compare.ops[0];
        Expr *r = SEQ_GET(e->v.compare.comparators, 0);
        TRY(op == CMP_IN || op == CMP_NOTIN ? visit_container_operand(c, r) : visit_expr(c, r));
        return cmpop_emit(c, op);
    }
    int cleanup = new_label(c), end = new_label(c);
    TRY(cleanup < 0 || end < 0 ? -1 : 0);
    for (int i = 0; i < n - 1; i++) {
        TRY(visit_expr(c, SEQ_GET(e->v.compare.comparators, i)));
        TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, OP_COPY, 2));
        TRY(cmpop_emit(c, e->v.compare.ops[i]));
        TRY(emit(c, OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(visit_expr(c, SEQ_GET(e->v.compare.comparators, n - 1)));
    TRY(cmpop_emit(c, e->v.compare.ops[n - 1]));
    TRY(emit(c, OP_JUMP, end));
    use_label(c, cleanup);
    TRY(emit(c, OP_SWAP, 2));
    TRY(emit(c, OP_POP_TOP, 0));
    use_label(c, end);
    return 0;
}

/* The truth of a constant expression: 1, 0, or -1 when not constant. */
static int const_truth(Expr *e) {
    if (e->kind != EXPR_CONSTANT) return -1;
    const Constant *k = &e->v.constant;
    switch (k->kind) {
    case CONST_TRUE: case CONST_ELLIPSIS: return 1;
    case CONST_NONE: case CONST_FALSE: return 0;
    case CONST_INT: return k->is_big || k->ival != 0;
    case CONST_FLOAT: return k->fval != 0.0;
    case CONST_COMPLEX: return k->fval != 0.0;
    case CONST_STR: case CONST_BYTES: return k->str.len != 0;
    }
    return -1;
}

static bool is_true_constant(Expr *e) { return const_truth(e) == 1; }

/* `x is None` / `x is not None` as a test: one POP_JUMP_IF_[NOT_]NONE. */
static int jump_if_none_test(Compiler *c, Expr *e, int label, bool cond, bool *done) {
    *done = false;
    if (e->v.compare.n != 1 || (e->v.compare.ops[0] != CMP_IS && e->v.compare.ops[0] != CMP_ISNOT)) return 0;
    Expr *r = SEQ_GET(e->v.compare.comparators, 0);
    if (r->kind != EXPR_CONSTANT || r->v.constant.kind != CONST_NONE) return 0;
    bool is = e->v.compare.ops[0] == CMP_IS;
    Loc saved = c->u->loc;
    TRY(visit_expr(c, e->v.compare.left));
    c->u->loc = e->loc;
    TRY(emit(c, is == cond ? OP_POP_JUMP_IF_NONE : OP_POP_JUMP_IF_NOT_NONE, label));
    c->u->loc = saved;
    *done = true;
    return 0;
}

/* Jump to [label] when [e] is [cond] (CPython's compiler_jump_if). */
static int jump_if(Compiler *c, Expr *e, int label, bool cond) {
    switch (e->kind) {
    case EXPR_UNARYOP:
        if (e->v.unaryop.op == OP_NOT) return jump_if(c, e->v.unaryop.operand, label, !cond);
        break;
    case EXPR_BOOLOP: {
        AstSeq *s = e->v.boolop.values;
        bool cond2 = e->v.boolop.op == OP_OR;
        int next = label;
        if (cond != cond2) {
            next = new_label(c);
            TRY(next);
        }
        for (int i = 0; i < SEQ_LEN(s) - 1; i++) TRY(jump_if(c, SEQ_GET(s, i), next, cond2));
        TRY(jump_if(c, SEQ_GET(s, SEQ_LEN(s) - 1), label, cond));
        if (next != label) use_label(c, next);
        return 0;
    }
    case EXPR_IFEXP: {
        int end = new_label(c), next2 = new_label(c);
        TRY(end < 0 || next2 < 0 ? -1 : 0);
        TRY(jump_if(c, e->v.ifexp.test, next2, false));
        TRY(jump_if(c, e->v.ifexp.body, label, cond));
        TRY(emit(c, OP_JUMP, end));
        use_label(c, next2);
        TRY(jump_if(c, e->v.ifexp.orelse, label, cond));
        use_label(c, end);
        return 0;
    }
    case EXPR_COMPARE: {
        bool done;
        check_compare(c, e);
        TRY(jump_if_none_test(c, e, label, cond, &done));
        if (done) return 0;
    }
        if (e->v.compare.n > 1) {
            Loc saved = c->u->loc;
            c->u->loc = e->loc;
            int n = e->v.compare.n;
            int cleanup = new_label(c), end = new_label(c);
            TRY(cleanup < 0 || end < 0 ? -1 : 0);
            TRY(visit_expr(c, e->v.compare.left));
            for (int i = 0; i < n - 1; i++) {
                TRY(visit_expr(c, SEQ_GET(e->v.compare.comparators, i)));
                TRY(emit(c, OP_SWAP, 2));
                TRY(emit(c, OP_COPY, 2));
                TRY(cmpop_emit(c, e->v.compare.ops[i]));
                TRY(emit(c, OP_POP_JUMP_IF_FALSE, cleanup));
            }
            TRY(visit_expr(c, SEQ_GET(e->v.compare.comparators, n - 1)));
            TRY(cmpop_emit(c, e->v.compare.ops[n - 1]));
            TRY(emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label));
            TRY(emit(c, OP_JUMP, end));
            use_label(c, cleanup);
            TRY(emit(c, OP_POP_TOP, 0));
            if (!cond) TRY(emit(c, OP_JUMP, label));
            use_label(c, end);
            c->u->loc = saved;
            return 0;
        }
        break;
    case EXPR_CONSTANT: {
        /* a constant test: jump or fall through, the other way is dead code */
        int t = const_truth(e);
        if (t < 0) break;
        return t == cond ? emit(c, OP_JUMP, label) : 0;
    }
    default:
        break;
    }
    TRY(visit_expr(c, e));
    return emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
}

static int visit_boolop(Compiler *c, Expr *e) {
    int op = e->v.boolop.op == OP_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    int end = new_label(c);
    TRY(end);
    AstSeq *s = e->v.boolop.values;
    for (int i = 0; i < SEQ_LEN(s) - 1; i++) {
        TRY(visit_expr(c, SEQ_GET(s, i)));
        TRY(emit(c, op, end));
    }
    TRY(visit_expr(c, SEQ_GET(s, SEQ_LEN(s) - 1)));
    use_label(c, end);
    return 0;
}

static int visit_ifexp(Compiler *c, Expr *e) {
    int end = new_label(c), next = new_label(c);
    TRY(end < 0 || next < 0 ? -1 : 0);
    TRY(jump_if(c, e->v.ifexp.test, next, false));
    TRY(visit_expr(c, e->v.ifexp.body));
    TRY(emit(c, OP_JUMP, end));
    use_label(c, next);
    TRY(visit_expr(c, e->v.ifexp.orelse));
    use_label(c, end);
    return 0;
}

static int binop_arg(OperatorKind op) {
    switch (op) {
    case OP_ADD: return BINOP_ADD;
    case OP_SUB: return BINOP_SUBTRACT;
    case OP_MULT: return BINOP_MULTIPLY;
    case OP_MATMULT: return BINOP_MATRIX_MULTIPLY;
    case OP_DIV: return BINOP_TRUE_DIVIDE;
    case OP_MOD: return BINOP_REMAINDER;
    case OP_POW: return BINOP_POWER;
    case OP_LSHIFT: return BINOP_LSHIFT;
    case OP_RSHIFT: return BINOP_RSHIFT;
    case OP_BITOR: return BINOP_OR;
    case OP_BITXOR: return BINOP_XOR;
    case OP_BITAND: return BINOP_AND;
    case OP_FLOORDIV: return BINOP_FLOOR_DIVIDE;
    }
    return BINOP_ADD;
}

static int visit_slice_parts(Compiler *c, Expr *s) {
    int n = 2;
    TRY(s->v.slice.lower ? visit_expr(c, s->v.slice.lower) : emit_const(c, VAL_NONE));
    TRY(s->v.slice.upper ? visit_expr(c, s->v.slice.upper) : emit_const(c, VAL_NONE));
    if (s->v.slice.step) {
        n = 3;
        TRY(visit_expr(c, s->v.slice.step));
    }
    return emit(c, OP_BUILD_SLICE, n);
}

static int visit_subscript(Compiler *c, Expr *e) {
    ExprContext ctx = e->v.subscript.ctx;
    if (ctx == CTX_LOAD) check_subscript(c, e);
    TRY(visit_expr(c, e->v.subscript.value));
    TRY(visit_expr(c, e->v.subscript.slice));
    return emit(c, ctx == CTX_LOAD ? OP_BINARY_SUBSCR : ctx == CTX_STORE ? OP_STORE_SUBSCR : OP_DELETE_SUBSCR, 0);
}

static int visit_attribute(Compiler *c, Expr *e) {
    ExprContext ctx = e->v.attribute.ctx;
    if (ctx == CTX_STORE) TRY(forbidden_name(c, e->v.attribute.attr, ctx));
    TRY(visit_expr(c, e->v.attribute.value));
    Loc saved = c->u->loc;
    /* CPython points attribute errors at the attribute's own position */
    c->u->loc = attr_loc(e->loc, e);
    int r = emit_attr(c, ctx == CTX_LOAD ? OP_LOAD_ATTR : ctx == CTX_STORE ? OP_STORE_ATTR : OP_DELETE_ATTR,
                      e->v.attribute.attr);
    c->u->loc = saved;
    return r;
}

static int visit_joinedstr(Compiler *c, Expr *e) {
    AstSeq *vals = e->v.joinedstr.values;
    int n = SEQ_LEN(vals);
    if (n == 0) return emit_const_cstr(c, "");
    TRY(visit_exprs(c, vals));
    return n == 1 ? 0 : emit(c, OP_BUILD_STRING, n);
}

static int visit_formatted(Compiler *c, Expr *e) {
    TRY(visit_expr(c, e->v.formattedvalue.value));
    int arg = 0;
    switch (e->v.formattedvalue.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: break;
    }
    if (e->v.formattedvalue.format_spec) {
        TRY(visit_expr(c, e->v.formattedvalue.format_spec));
        arg |= 4;
    }
    return emit(c, OP_FORMAT_VALUE, arg);
}

static int add_yield_from(Compiler *c, bool await) {
    (void)await;
    int start = new_label(c), exit = new_label(c);
    TRY(start < 0 || exit < 0 ? -1 : 0);
    use_label(c, start);
    TRY(emit(c, OP_SEND, exit));
    TRY(emit(c, OP_YIELD_VALUE, 1));
    TRY(emit(c, OP_JUMP, start));
    use_label(c, exit);
    return 0;
}

static bool is_top_level_await(Compiler *c) {
    return (c->flags & COMPILE_TOP_LEVEL_AWAIT) && c->u->ste->type == BLOCK_MODULE;
}

static int visit_yield(Compiler *c, Expr *e) {
    if (c->u->ste->type != BLOCK_FUNCTION) return compile_error(c, "'yield' outside function");
    if (e->kind == EXPR_YIELDFROM) {
        if (c->u->kind == SCOPE_ASYNC_FUNCTION) return compile_error(c, "'yield from' inside async function");
        TRY(visit_expr(c, e->v.yieldfrom.value));
        TRY(emit(c, OP_GET_YIELD_FROM_ITER, 0));
        TRY(emit_const(c, VAL_NONE));
        return add_yield_from(c, false);
    }
    TRY(e->v.yield.value ? visit_expr(c, e->v.yield.value) : emit_const(c, VAL_NONE));
    if (c->u->ste->is_coroutine) TRY(emit(c, OP_ASYNC_GEN_WRAP, 0));
    return emit(c, OP_YIELD_VALUE, 0);
}

static int visit_await(Compiler *c, Expr *e) {
    if (!is_top_level_await(c)) {
        if (c->u->ste->type != BLOCK_FUNCTION) return compile_error(c, "'await' outside function");
        if (c->u->kind != SCOPE_ASYNC_FUNCTION && c->u->kind != SCOPE_COMPREHENSION)
            return compile_error(c, "'await' outside async function");
    }
    TRY(visit_expr(c, e->v.await_.value));
    TRY(emit(c, OP_GET_AWAITABLE, 0));
    TRY(emit_const(c, VAL_NONE));
    return add_yield_from(c, true);
}

static int visit_lambda(Compiler *c, Expr *e);
static int visit_comprehension(Compiler *c, Expr *e);

static int visit_starred_load(Compiler *c, Expr *e) {
    return compile_error_at(c, e->loc, "can't use starred expression here");
}

static int visit_expr_inner(Compiler *c, Expr *e) {
    switch (e->kind) {
    case EXPR_BOOLOP: return visit_boolop(c, e);
    case EXPR_NAMEDEXPR:
        TRY(visit_expr(c, e->v.namedexpr.value));
        TRY(emit(c, OP_COPY, 1));
        return visit_expr(c, e->v.namedexpr.target);
    case EXPR_BINOP:
        TRY(visit_expr(c, e->v.binop.left));
        TRY(visit_expr(c, e->v.binop.right));
        return emit(c, OP_BINARY_OP, binop_arg(e->v.binop.op));
    case EXPR_UNARYOP:
        if (foldable_unary(e)) return emit_const(c, fold_const(c, e));
        TRY(visit_expr(c, e->v.unaryop.operand));
        switch (e->v.unaryop.op) {
        case OP_INVERT: return emit(c, OP_UNARY_INVERT, 0);
        case OP_NOT: return emit(c, OP_UNARY_NOT, 0);
        case OP_UADD: return emit(c, OP_UNARY_POSITIVE, 0);
        default: return emit(c, OP_UNARY_NEGATIVE, 0);
        }
    case EXPR_LAMBDA: return visit_lambda(c, e);
    case EXPR_IFEXP: return visit_ifexp(c, e);
    case EXPR_DICT: return visit_dict(c, e);
    case EXPR_SET: return starunpack(c, e->v.set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
    case EXPR_LISTCOMP:
    case EXPR_SETCOMP:
    case EXPR_DICTCOMP:
    case EXPR_GENEXP: return visit_comprehension(c, e);
    case EXPR_AWAIT: return visit_await(c, e);
    case EXPR_YIELD:
    case EXPR_YIELDFROM: return visit_yield(c, e);
    case EXPR_COMPARE: return visit_compare(c, e);
    case EXPR_CALL: return visit_call(c, e);
    case EXPR_FORMATTEDVALUE: return visit_formatted(c, e);
    case EXPR_JOINEDSTR: return visit_joinedstr(c, e);
    case EXPR_CONSTANT: return emit_const(c, const_value(c, &e->v.constant));
    case EXPR_ATTRIBUTE: return visit_attribute(c, e);
    case EXPR_SUBSCRIPT: return visit_subscript(c, e);
    case EXPR_STARRED:
        if (e->v.starred.ctx == CTX_STORE)
            return compile_error_at(c, e->loc, "starred assignment target must be in a list or tuple");
        return visit_starred_load(c, e);
    case EXPR_NAME:
        if (e->v.name.ctx == CTX_LOAD && strcmp(e->v.name.id, "__debug__") == 0)
            return emit_const(c, VAL_TRUE);
        return nameop(c, e->v.name.id, e->v.name.ctx);
    case EXPR_LIST:
    case EXPR_TUPLE: return visit_list_or_tuple(c, e);
    case EXPR_SLICE: return visit_slice_parts(c, e);
    }
    return 0;
}

static int visit_expr(Compiler *c, Expr *e) {
    Loc saved = c->u->loc;
    c->u->loc = e->loc;
    int r = visit_expr_inner(c, e);
    c->u->loc = saved;
    return r;
}

/* ---- functions, lambdas, classes, comprehensions ---- */

/* The code object just assembled from the current unit, made into a
** function in the parent unit: closure cells, LOAD_CONST, MAKE_FUNCTION. */
static int close_unit(Compiler *c, int flags) {
    Unit *child = c->u;
    Value code = assemble(c);
    c->u = child->parent;
    c->nestlevel--;
    int r = -1;
    if (val_is_error(code)) goto done;
    if (child->freevars.n) {
        for (int i = 0; i < child->freevars.n; i++) {
            int k = deref_index(c->u, child->freevars.items[i]);
            if (k < 0) {
                vm_raise(c->vm, &type_SystemError, "compiler: no closure cell for '%s'",
                         child->freevars.items[i]);
                goto done;
            }
            if (emit(c, OP_LOAD_CLOSURE, k) < 0) goto done;
        }
        if (emit(c, OP_BUILD_TUPLE, child->freevars.n) < 0) goto done;
        flags |= 8;
    }
    if (emit_const(c, code) < 0 || emit(c, OP_MAKE_FUNCTION, flags) < 0) goto done;
    r = 0;
done:
    unit_free(child);
    return r;
}

/* The implicit `return None` at the end of a body (unreachable copies are
** dropped by the assembler). */
static int emit_implicit_return(Compiler *c) {
    TRY(emit_const(c, VAL_NONE));
    return emit(c, OP_RETURN_VALUE, 0);
}

static int check_debug_arg(Compiler *c, Arg *a) {
    /* reported at the enclosing statement or lambda, as CPython does */
    if (a && strcmp(a->arg, "__debug__") == 0) return compile_error(c, "cannot assign to __debug__");
    return 0;
}

static int check_debug_arg_seq(Compiler *c, AstSeq *args) {
    for (int i = 0; i < SEQ_LEN(args); i++) TRY(check_debug_arg(c, SEQ_GET(args, i)));
    return 0;
}

/* A parameter may not be named __debug__ (CPython's compiler_check_debug_args). */
static int check_debug_args(Compiler *c, Arguments *args) {
    TRY(check_debug_arg_seq(c, args->posonlyargs));
    TRY(check_debug_arg_seq(c, args->args));
    TRY(check_debug_arg(c, args->vararg));
    TRY(check_debug_arg_seq(c, args->kwonlyargs));
    return check_debug_arg(c, args->kwarg);
}

/* Defaults tuple (flag 1) and keyword-only defaults dict (flag 2). */
static int default_arguments(Compiler *c, Arguments *args) {
    TRY(check_debug_args(c, args));
    int flags = 0;
    if (SEQ_LEN(args->defaults)) {
        TRY(starunpack(c, args->defaults, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true));
        flags |= 1;
    }
    int n = 0;
    for (int i = 0; i < SEQ_LEN(args->kwonlyargs); i++) {
        Expr *d = i < SEQ_LEN(args->kw_defaults) ? SEQ_GET(args->kw_defaults, i) : NULL;
        if (!d) continue;
        Arg *a = SEQ_GET(args->kwonlyargs, i);
        const char *m = mangle(c, a->arg);
        if (!m) return -1;
        TRY(emit_const_cstr(c, m));
        TRY(visit_expr(c, d));
        n++;
    }
    if (n) {
        TRY(emit(c, OP_BUILD_MAP, n));
        flags |= 2;
    }
    return flags;
}

/* The source text of [loc] (from __future__ import annotations: CPython
** unparses the expression; its source text is the same in the usual case). */
static Value source_segment(Compiler *c, Loc loc) {
    const char *p = c->src, *end = c->src + c->srclen;
    const char *start = NULL, *stop = NULL;
    for (int line = 1; p && p <= end; line++) {
        if (line == loc.lineno) start = p + loc.col_offset;
        if (line == loc.end_lineno) {
            stop = p + loc.end_col_offset;
            break;
        }
        p = memchr(p, '\n', (size_t)(end - p));
        if (p) p++;
    }
    if (!start || !stop || stop < start || stop > end) return str_from_cstr(c->vm, "");
    return str_new(c->vm, start, (size_t)(stop - start));
}

/* ---- unparsing postponed annotations (CPython's ast_unparse.c) ---- */

/* Operator priorities, loosest first. */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_BOR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

/* Returns 0 when done, 1 for a form it does not handle (the caller falls
** back to the source text), -1 on error. */
static int unparse(Compiler *c, StrBuf *sb, Expr *e, int level);

static int unparse_seq(Compiler *c, StrBuf *sb, AstSeq *seq, int level) {
    for (int i = 0; i < SEQ_LEN(seq); i++) {
        if (i) sb_adds(sb, ", ");
        int r = unparse(c, sb, SEQ_GET(seq, i), level);
        if (r) return r;
    }
    return 0;
}

static int unparse_constant(Compiler *c, StrBuf *sb, Expr *e) {
    if (e->v.constant.kind == CONST_ELLIPSIS) {
        sb_adds(sb, "...");
        return 0;
    }
    if (e->v.constant.kind == CONST_FLOAT && isinf(e->v.constant.fval)) return 1;
    Value v = fold_const(c, e);
    if (val_is_error(v)) return -1;
    return sb_add_repr(c->vm, sb, v);
}

static const char *binop_symbol(OperatorKind op, int *pr) {
    switch (op) {
    case OP_ADD: *pr = PR_ARITH; return " + ";
    case OP_SUB: *pr = PR_ARITH; return " - ";
    case OP_MULT: *pr = PR_TERM; return " * ";
    case OP_MATMULT: *pr = PR_TERM; return " @ ";
    case OP_DIV: *pr = PR_TERM; return " / ";
    case OP_MOD: *pr = PR_TERM; return " % ";
    case OP_FLOORDIV: *pr = PR_TERM; return " // ";
    case OP_POW: *pr = PR_POWER; return " ** ";
    case OP_LSHIFT: *pr = PR_SHIFT; return " << ";
    case OP_RSHIFT: *pr = PR_SHIFT; return " >> ";
    case OP_BITOR: *pr = PR_BOR; return " | ";
    case OP_BITXOR: *pr = PR_BXOR; return " ^ ";
    default: *pr = PR_BAND; return " & ";
    }
}

static const char *cmp_symbol(CmpOpKind op) {
    static const char *const names[] = {"", " == ", " != ", " < ", " <= ", " > ", " >= ",
                                        " is ", " is not ", " in ", " not in "};
    return names[op];
}

static int unparse_binop(Compiler *c, StrBuf *sb, Expr *e, int level) {
    int pr;
    const char *sym = binop_symbol(e->v.binop.op, &pr);
    bool rassoc = e->v.binop.op == OP_POW;
    if (level > pr) sb_addc(sb, '(');
    int r = unparse(c, sb, e->v.binop.left, rassoc ? pr + 1 : pr);
    if (r) return r;
    sb_adds(sb, sym);
    r = unparse(c, sb, e->v.binop.right, rassoc ? pr : pr + 1);
    if (r) return r;
    if (level > pr) sb_addc(sb, ')');
    return 0;
}

static int unparse_unaryop(Compiler *c, StrBuf *sb, Expr *e, int level) {
    static const char *const ops[] = {"", "~", "not ", "+", "-"};
    int pr = e->v.unaryop.op == OP_NOT ? PR_NOT : PR_FACTOR;
    if (level > pr) sb_addc(sb, '(');
    sb_adds(sb, ops[e->v.unaryop.op]);
    int r = unparse(c, sb, e->v.unaryop.operand, pr);
    if (r) return r;
    if (level > pr) sb_addc(sb, ')');
    return 0;
}

static int unparse_boolop(Compiler *c, StrBuf *sb, Expr *e, int level) {
    int pr = e->v.boolop.op == OP_AND ? PR_AND : PR_OR;
    if (level > pr) sb_addc(sb, '(');
    for (int i = 0; i < SEQ_LEN(e->v.boolop.values); i++) {
        if (i) sb_adds(sb, pr == PR_AND ? " and " : " or ");
        int r = unparse(c, sb, SEQ_GET(e->v.boolop.values, i), pr + 1);
        if (r) return r;
    }
    if (level > pr) sb_addc(sb, ')');
    return 0;
}

static int unparse_compare(Compiler *c, StrBuf *sb, Expr *e, int level) {
    if (level > PR_CMP) sb_addc(sb, '(');
    int r = unparse(c, sb, e->v.compare.left, PR_CMP + 1);
    for (int i = 0; !r && i < e->v.compare.n; i++) {
        sb_adds(sb, cmp_symbol(e->v.compare.ops[i]));
        r = unparse(c, sb, SEQ_GET(e->v.compare.comparators, i), PR_CMP + 1);
    }
    if (r) return r;
    if (level > PR_CMP) sb_addc(sb, ')');
    return 0;
}

static int unparse_call(Compiler *c, StrBuf *sb, Expr *e) {
    int r = unparse(c, sb, e->v.call.func, PR_ATOM);
    if (r) return r;
    sb_addc(sb, '(');
    r = unparse_seq(c, sb, e->v.call.args, PR_TEST);
    for (int i = 0; !r && i < SEQ_LEN(e->v.call.keywords); i++) {
        Keyword *k = SEQ_GET(e->v.call.keywords, i);
        if (i || SEQ_LEN(e->v.call.args)) sb_adds(sb, ", ");
        if (k->arg) {
            sb_adds(sb, k->arg);
            sb_addc(sb, '=');
        } else {
            sb_adds(sb, "**");
        }
        r = unparse(c, sb, k->value, PR_TEST);
    }
    if (r) return r;
    sb_addc(sb, ')');
    return 0;
}

static int unparse_tuple(Compiler *c, StrBuf *sb, Expr *e, int level) {
    int n = SEQ_LEN(e->v.list.elts);
    if (n == 0) {
        sb_adds(sb, "()");
        return 0;
    }
    if (level > PR_TUPLE) sb_addc(sb, '(');
    int r = unparse_seq(c, sb, e->v.list.elts, PR_TEST);
    if (r) return r;
    if (n == 1) sb_addc(sb, ',');
    if (level > PR_TUPLE) sb_addc(sb, ')');
    return 0;
}

static int unparse_dict(Compiler *c, StrBuf *sb, Expr *e) {
    sb_addc(sb, '{');
    for (int i = 0; i < SEQ_LEN(e->v.dict.values); i++) {
        if (i) sb_adds(sb, ", ");
        Expr *k = SEQ_GET(e->v.dict.keys, i);
        int r;
        if (k) {
            r = unparse(c, sb, k, PR_TEST);
            sb_adds(sb, ": ");
            if (!r) r = unparse(c, sb, SEQ_GET(e->v.dict.values, i), PR_TEST);
        } else {
            sb_adds(sb, "**");
            r = unparse(c, sb, SEQ_GET(e->v.dict.values, i), PR_BOR);
        }
        if (r) return r;
    }
    sb_addc(sb, '}');
    return 0;
}

static int unparse_subscript(Compiler *c, StrBuf *sb, Expr *e) {
    int r = unparse(c, sb, e->v.subscript.value, PR_ATOM);
    if (r) return r;
    sb_addc(sb, '[');
    Expr *sl = e->v.subscript.slice;
    if (sl->kind == EXPR_TUPLE && SEQ_LEN(sl->v.list.elts) > 0) {
        r = unparse_seq(c, sb, sl->v.list.elts, PR_TEST);
        if (!r && SEQ_LEN(sl->v.list.elts) == 1) sb_addc(sb, ',');
    } else {
        r = unparse(c, sb, sl, PR_TUPLE);
    }
    if (r) return r;
    sb_addc(sb, ']');
    return 0;
}

static int unparse_slice(Compiler *c, StrBuf *sb, Expr *e) {
    int r = e->v.slice.lower ? unparse(c, sb, e->v.slice.lower, PR_TEST) : 0;
    sb_addc(sb, ':');
    if (!r && e->v.slice.upper) r = unparse(c, sb, e->v.slice.upper, PR_TEST);
    if (!r && e->v.slice.step) {
        sb_addc(sb, ':');
        r = unparse(c, sb, e->v.slice.step, PR_TEST);
    }
    return r;
}

static int unparse_ifexp(Compiler *c, StrBuf *sb, Expr *e, int level) {
    if (level > PR_TEST) sb_addc(sb, '(');
    int r = unparse(c, sb, e->v.ifexp.body, PR_TEST + 1);
    sb_adds(sb, " if ");
    if (!r) r = unparse(c, sb, e->v.ifexp.test, PR_TEST + 1);
    sb_adds(sb, " else ");
    if (!r) r = unparse(c, sb, e->v.ifexp.orelse, PR_TEST);
    if (r) return r;
    if (level > PR_TEST) sb_addc(sb, ')');
    return 0;
}

/* The text between the quotes of an f-string: literal braces doubled,
** replacement fields rebuilt (nested in format specs). */
static int unparse_fstring_body(Compiler *c, StrBuf *sb, AstSeq *values) {
    for (int i = 0; i < SEQ_LEN(values); i++) {
        Expr *v = SEQ_GET(values, i);
        if (v->kind == EXPR_CONSTANT && v->v.constant.kind == CONST_STR) {
            const char *p = v->v.constant.str.s;
            for (size_t k = 0; k < v->v.constant.str.len; k++) {
                if (p[k] == '{' || p[k] == '}') sb_addc(sb, p[k]);
                sb_addc(sb, p[k]);
            }
            continue;
        }
        if (v->kind != EXPR_FORMATTEDVALUE) return 1;
        StrBuf inner;
        sb_init(&inner);
        int r = unparse(c, &inner, v->v.formattedvalue.value, PR_TEST + 1);
        if (r || inner.failed) {
            sb_free(&inner);
            return r ? r : -1;
        }
        sb_addc(sb, '{');
        if (inner.len && inner.data[0] == '{') sb_addc(sb, ' ');  /* not an escaped brace */
        sb_add(sb, inner.data, inner.len);
        sb_free(&inner);
        int conv = v->v.formattedvalue.conversion;
        if (conv == 's' || conv == 'r' || conv == 'a') {
            sb_addc(sb, '!');
            sb_addc(sb, (char)conv);
        }
        Expr *spec = v->v.formattedvalue.format_spec;
        if (spec) {
            if (spec->kind != EXPR_JOINEDSTR) return 1;
            sb_addc(sb, ':');
            r = unparse_fstring_body(c, sb, spec->v.joinedstr.values);
            if (r) return r;
        }
        sb_addc(sb, '}');
    }
    return 0;
}

/* f + the repr of the body, so the quotes are repr's choice, as CPython's. */
static int unparse_fstring(Compiler *c, StrBuf *sb, Expr *e) {
    StrBuf body;
    sb_init(&body);
    int r = unparse_fstring_body(c, &body, e->v.joinedstr.values);
    if (r || body.failed) {
        sb_free(&body);
        return r ? r : -1;
    }
    Value s = sb_finish(c->vm, &body);
    if (val_is_error(s)) return -1;
    sb_addc(sb, 'f');
    return sb_add_repr(c->vm, sb, s);
}

static int unparse(Compiler *c, StrBuf *sb, Expr *e, int level) {
    switch (e->kind) {
    case EXPR_JOINEDSTR: return unparse_fstring(c, sb, e);
    case EXPR_NAME: sb_adds(sb, e->v.name.id); return 0;
    case EXPR_CONSTANT: return unparse_constant(c, sb, e);
    case EXPR_ATTRIBUTE: {
        Expr *v = e->v.attribute.value;
        int r = unparse(c, sb, v, PR_ATOM);
        if (r) return r;
        /* 1 .real: a dot right after an int would read as a float */
        bool int_const = v->kind == EXPR_CONSTANT && v->v.constant.kind == CONST_INT;
        sb_adds(sb, int_const ? " ." : ".");
        sb_adds(sb, e->v.attribute.attr);
        return 0;
    }
    case EXPR_SUBSCRIPT: return unparse_subscript(c, sb, e);
    case EXPR_SLICE: return unparse_slice(c, sb, e);
    case EXPR_STARRED:
        sb_addc(sb, '*');
        return unparse(c, sb, e->v.starred.value, PR_BOR);
    case EXPR_BINOP: return unparse_binop(c, sb, e, level);
    case EXPR_UNARYOP: return unparse_unaryop(c, sb, e, level);
    case EXPR_BOOLOP: return unparse_boolop(c, sb, e, level);
    case EXPR_COMPARE: return unparse_compare(c, sb, e, level);
    case EXPR_CALL: return unparse_call(c, sb, e);
    case EXPR_TUPLE: return unparse_tuple(c, sb, e, level);
    case EXPR_LIST: {
        sb_addc(sb, '[');
        int r = unparse_seq(c, sb, e->v.list.elts, PR_TEST);
        sb_addc(sb, ']');
        return r;
    }
    case EXPR_SET: {
        sb_addc(sb, '{');
        int r = unparse_seq(c, sb, e->v.set.elts, PR_TEST);
        sb_addc(sb, '}');
        return r;
    }
    case EXPR_DICT: return unparse_dict(c, sb, e);
    case EXPR_IFEXP: return unparse_ifexp(c, sb, e, level);
    default: return 1;
    }
}

/* The string a postponed annotation becomes: CPython's unparsing, or the
** source text for the rarer forms the unparser here does not handle. */
static Value annotation_string(Compiler *c, Expr *ann) {
    StrBuf sb;
    sb_init(&sb);
    int r = unparse(c, &sb, ann, PR_TEST);
    if (r == 0 && !sb.failed) return sb_finish(c->vm, &sb);
    sb_free(&sb);
    if (r < 0) return VAL_ERROR;
    return source_segment(c, ann->loc);
}

static int annotation_value(Compiler *c, Expr *ann) {
    if (c->st->future_annotations) {
        Value s = annotation_string(c, ann);
        if (val_is_error(s)) return -1;
        return emit_const(c, s);
    }
    if (ann->kind == EXPR_STARRED) {
        /* *args: *Ts */
        TRY(visit_expr(c, ann->v.starred.value));
        return emit(c, OP_UNPACK_SEQUENCE, 1);
    }
    return visit_expr(c, ann);
}

static int arg_annotation(Compiler *c, const char *name, Expr *ann, int *count) {
    if (!ann) return 0;
    const char *m = mangle(c, name);
    if (!m) return -1;
    TRY(emit_const_cstr(c, m));
    TRY(annotation_value(c, ann));
    *count += 2;
    return 0;
}

static int arg_annotations(Compiler *c, AstSeq *seq, int *count) {
    for (int i = 0; i < SEQ_LEN(seq); i++) {
        Arg *a = SEQ_GET(seq, i);
        TRY(arg_annotation(c, a->arg, a->annotation, count));
    }
    return 0;
}

/* A tuple (name, value, name, value...) as 3.11's MAKE_FUNCTION flag 4. */
static int function_annotations(Compiler *c, Arguments *args, Expr *returns) {
    int count = 0;
    TRY(arg_annotations(c, args->args, &count));
    TRY(arg_annotations(c, args->posonlyargs, &count));
    if (args->vararg) TRY(arg_annotation(c, args->vararg->arg, args->vararg->annotation, &count));
    TRY(arg_annotations(c, args->kwonlyargs, &count));
    if (args->kwarg) TRY(arg_annotation(c, args->kwarg->arg, args->kwarg->annotation, &count));
    TRY(arg_annotation(c, "return", returns, &count));
    if (!count) return 0;
    TRY(emit(c, OP_BUILD_TUPLE, count));
    return 4;
}

static Expr *docstring_of(AstSeq *body) {
    if (!SEQ_LEN(body)) return NULL;
    Stmt *s = SEQ_GET(body, 0);
    if (s->kind != STMT_EXPR) return NULL;
    Expr *e = s->v.expr.value;
    return e->kind == EXPR_CONSTANT && e->v.constant.kind == CONST_STR ? e : NULL;
}

static void set_arg_counts(Unit *u, Arguments *args) {
    u->posonlyargcount = SEQ_LEN(args->posonlyargs);
    u->argcount = u->posonlyargcount + SEQ_LEN(args->args);
    u->kwonlyargcount = SEQ_LEN(args->kwonlyargs);
}

static int visit_stmt(Compiler *c, Stmt *s);

static int apply_decorators(Compiler *c, AstSeq *decos) {
    for (int i = SEQ_LEN(decos) - 1; i >= 0; i--) {
        Expr *d = SEQ_GET(decos, i);
        Loc saved = c->u->loc;
        c->u->loc = d->loc;
        TRY(emit(c, OP_CALL, 0));
        c->u->loc = saved;
    }
    return 0;
}

static int first_line(Stmt *s, AstSeq *decos) {
    return SEQ_LEN(decos) ? ((Expr *)SEQ_GET(decos, 0))->loc.lineno : s->loc.lineno;
}

static int visit_function(Compiler *c, Stmt *s) {
    Arguments *args = s->v.funcdef.args;
    AstSeq *decos = s->v.funcdef.decorator_list;
    TRY(visit_exprs(c, decos));
    int flags = default_arguments(c, args);
    TRY(flags);
    int ann = function_annotations(c, args, s->v.funcdef.returns);
    TRY(ann);
    flags |= ann;
    ScopeKind kind = s->kind == STMT_ASYNCFUNCTIONDEF ? SCOPE_ASYNC_FUNCTION : SCOPE_FUNCTION;
    TRY(enter_unit(c, s, s->v.funcdef.name, kind, first_line(s, decos), s->loc));
    AstSeq *body = s->v.funcdef.body;
    Expr *doc = docstring_of(body);
    Value docv = doc ? const_value(c, &doc->v.constant) : VAL_NONE;
    TRY(add_const(c, docv));
    c->u->docstring = docv;
    set_arg_counts(c->u, args);
    for (int i = doc ? 1 : 0; i < SEQ_LEN(body); i++) TRY(visit_stmt(c, SEQ_GET(body, i)));
    TRY(emit_implicit_return(c));
    TRY(close_unit(c, flags));
    TRY(apply_decorators(c, decos));
    return nameop(c, s->v.funcdef.name, CTX_STORE);
}

static int visit_lambda(Compiler *c, Expr *e) {
    Arguments *args = e->v.lambda.args;
    int flags = default_arguments(c, args);
    TRY(flags);
    TRY(enter_unit(c, e, "<lambda>", SCOPE_LAMBDA, e->loc.lineno, e->loc));
    TRY(add_const(c, VAL_NONE));
    set_arg_counts(c->u, args);
    TRY(visit_expr(c, e->v.lambda.body));
    if (c->u->ste->is_generator) TRY(emit(c, OP_POP_TOP, 0));
    else TRY(emit(c, OP_RETURN_VALUE, 0));
    TRY(emit_implicit_return(c));
    return close_unit(c, flags);
}

/* Any annotated assignment in [body] outside nested scopes? */
static bool find_ann(AstSeq *body) {
    for (int i = 0; i < SEQ_LEN(body); i++) {
        Stmt *s = SEQ_GET(body, i);
        switch (s->kind) {
        case STMT_ANNASSIGN: return true;
        case STMT_FOR:
        case STMT_ASYNCFOR:
            if (find_ann(s->v.for_.body) || find_ann(s->v.for_.orelse)) return true;
            break;
        case STMT_WHILE:
        case STMT_IF:
            if (find_ann(s->v.if_.body) || find_ann(s->v.if_.orelse)) return true;
            break;
        case STMT_WITH:
        case STMT_ASYNCWITH:
            if (find_ann(s->v.with.body)) return true;
            break;
        case STMT_TRY:
        case STMT_TRYSTAR:
            for (int j = 0; j < SEQ_LEN(s->v.try_.handlers); j++)
                if (find_ann(((ExceptHandler *)SEQ_GET(s->v.try_.handlers, j))->body)) return true;
            if (find_ann(s->v.try_.body) || find_ann(s->v.try_.orelse) || find_ann(s->v.try_.finalbody))
                return true;
            break;
        case STMT_MATCH:
            for (int j = 0; j < SEQ_LEN(s->v.match.cases); j++)
                if (find_ann(((MatchCase *)SEQ_GET(s->v.match.cases, j))->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

/* A module or class body: annotations dict, docstring, statements. */
static int visit_body(Compiler *c, AstSeq *body) {
    if (find_ann(body)) TRY(emit(c, OP_SETUP_ANNOTATIONS, 0));
    int i = 0;
    Expr *doc = docstring_of(body);
    if (doc) {
        Loc saved = c->u->loc;
        c->u->loc = doc->loc;
        Value docv = const_value(c, &doc->v.constant);
        c->u->docstring = docv;
        TRY(emit_const(c, docv));
        TRY(nameop(c, "__doc__", CTX_STORE));
        c->u->loc = saved;
        i = 1;
    }
    for (; i < SEQ_LEN(body); i++) TRY(visit_stmt(c, SEQ_GET(body, i)));
    return 0;
}

static int visit_class(Compiler *c, Stmt *s) {
    AstSeq *decos = s->v.classdef.decorator_list;
    TRY(visit_exprs(c, decos));
    TRY(emit(c, OP_LOAD_BUILD_CLASS, 0));
    TRY(emit(c, OP_PUSH_NULL, 0));
    TRY(enter_unit(c, s, s->v.classdef.name, SCOPE_CLASS, first_line(s, decos), s->loc));
    c->u->private_name = s->v.classdef.name;
    TRY(nameop(c, "__name__", CTX_LOAD));
    TRY(nameop(c, "__module__", CTX_STORE));
    TRY(emit_const_cstr(c, c->u->qualname));
    TRY(nameop(c, "__qualname__", CTX_STORE));
    TRY(visit_body(c, s->v.classdef.body));
    if (c->u->ste->needs_class_closure) {
        TRY(emit(c, OP_LOAD_CLOSURE, deref_index(c->u, "__class__")));
        TRY(emit(c, OP_COPY, 1));
        TRY(nameop(c, "__classcell__", CTX_STORE));
    } else {
        TRY(emit_const(c, VAL_NONE));
    }
    TRY(emit(c, OP_RETURN_VALUE, 0));
    TRY(close_unit(c, 0));
    TRY(emit_const_cstr(c, s->v.classdef.name));
    TRY(call_helper(c, 2, s->v.classdef.bases, s->v.classdef.keywords));
    TRY(apply_decorators(c, decos));
    return nameop(c, s->v.classdef.name, CTX_STORE);
}

static int comprehension_generator(Compiler *c, Expr *e, int gen_index, int depth);

static int comprehension_element(Compiler *c, Expr *e, int depth) {
    switch (e->kind) {
    case EXPR_GENEXP:
        TRY(visit_expr(c, e->v.comp.elt));
        if (c->u->ste->is_coroutine) TRY(emit(c, OP_ASYNC_GEN_WRAP, 0));
        TRY(emit(c, OP_YIELD_VALUE, 0));
        return emit(c, OP_POP_TOP, 0);
    case EXPR_LISTCOMP:
        TRY(visit_expr(c, e->v.comp.elt));
        return emit(c, OP_LIST_APPEND, depth + 1);
    case EXPR_SETCOMP:
        TRY(visit_expr(c, e->v.comp.elt));
        return emit(c, OP_SET_ADD, depth + 1);
    default:
        TRY(visit_expr(c, e->v.comp.elt));
        TRY(visit_expr(c, e->v.comp.value));
        return emit(c, OP_MAP_ADD, depth + 1);
    }
}

static int comprehension_ifs_and_rest(Compiler *c, Expr *e, Comprehension *g, int gen_index, int depth,
                                      int if_cleanup) {
    for (int i = 0; i < SEQ_LEN(g->ifs); i++) TRY(jump_if(c, SEQ_GET(g->ifs, i), if_cleanup, false));
    if (gen_index + 1 < SEQ_LEN(e->v.comp.generators))
        return comprehension_generator(c, e, gen_index + 1, depth);
    return comprehension_element(c, e, depth);
}

static int sync_comprehension_generator(Compiler *c, Expr *e, int gen_index, int depth) {
    Comprehension *g = SEQ_GET(e->v.comp.generators, gen_index);
    int start = new_label(c), if_cleanup = new_label(c), anchor = new_label(c);
    TRY(start < 0 || if_cleanup < 0 || anchor < 0 ? -1 : 0);
    if (gen_index == 0) {
        TRY(emit(c, OP_LOAD_FAST, 0));
    } else {
        TRY(visit_container_operand(c, g->iter));
        TRY(emit(c, OP_GET_ITER, 0));
    }
    depth++;
    use_label(c, start);
    TRY(emit(c, OP_FOR_ITER, anchor));
    TRY(visit_expr(c, g->target));
    TRY(comprehension_ifs_and_rest(c, e, g, gen_index, depth, if_cleanup));
    use_label(c, if_cleanup);
    TRY(emit(c, OP_JUMP, start));
    use_label(c, anchor);
    return 0;
}

static int async_comprehension_generator(Compiler *c, Expr *e, int gen_index, int depth) {
    Comprehension *g = SEQ_GET(e->v.comp.generators, gen_index);
    int start = new_label(c), except = new_label(c), if_cleanup = new_label(c);
    TRY(start < 0 || except < 0 || if_cleanup < 0 ? -1 : 0);
    if (gen_index == 0) {
        TRY(emit(c, OP_LOAD_FAST, 0));
    } else {
        TRY(visit_expr(c, g->iter));
        TRY(emit(c, OP_GET_AITER, 0));
    }
    use_label(c, start);
    TRY(push_fblock(c, FB_ASYNC_COMP_GEN, start, -1, NULL));
    TRY(emit(c, PS_SETUP_FINALLY, except));
    TRY(emit(c, OP_GET_ANEXT, 0));
    TRY(emit_const(c, VAL_NONE));
    TRY(add_yield_from(c, true));
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(visit_expr(c, g->target));
    depth++;
    TRY(comprehension_ifs_and_rest(c, e, g, gen_index, depth, if_cleanup));
    use_label(c, if_cleanup);
    TRY(emit(c, OP_JUMP, start));
    pop_fblock(c);
    use_label(c, except);
    return emit(c, OP_END_ASYNC_FOR, 0);
}

static int comprehension_generator(Compiler *c, Expr *e, int gen_index, int depth) {
    Comprehension *g = SEQ_GET(e->v.comp.generators, gen_index);
    return g->is_async ? async_comprehension_generator(c, e, gen_index, depth)
                       : sync_comprehension_generator(c, e, gen_index, depth);
}

static int visit_comprehension(Compiler *c, Expr *e) {
    Comprehension *outer = SEQ_GET(e->v.comp.generators, 0);
    const char *name = e->kind == EXPR_LISTCOMP ? "<listcomp>" : e->kind == EXPR_SETCOMP ? "<setcomp>"
                       : e->kind == EXPR_DICTCOMP ? "<dictcomp>" : "<genexpr>";
    ScopeKind outer_kind = c->u->kind;
    bool top_await = is_top_level_await(c);
    TRY(enter_unit(c, e, name, SCOPE_COMPREHENSION, e->loc.lineno, e->loc));
    bool is_async = c->u->ste->is_coroutine;
    bool is_gen = e->kind == EXPR_GENEXP;
    if (is_async && !is_gen && outer_kind != SCOPE_ASYNC_FUNCTION && outer_kind != SCOPE_COMPREHENSION &&
        !top_await)
        return compile_error(c, "asynchronous comprehension outside of an asynchronous function");
    c->u->argcount = 1;
    if (!is_gen)
        TRY(emit(c, e->kind == EXPR_LISTCOMP ? OP_BUILD_LIST : e->kind == EXPR_SETCOMP ? OP_BUILD_SET : OP_BUILD_MAP, 0));
    TRY(comprehension_generator(c, e, 0, 0));
    if (!is_gen) TRY(emit(c, OP_RETURN_VALUE, 0));
    TRY(emit_implicit_return(c));
    TRY(close_unit(c, 0));
    TRY(outer->is_async ? visit_expr(c, outer->iter) : visit_container_operand(c, outer->iter));
    TRY(emit(c, outer->is_async ? OP_GET_AITER : OP_GET_ITER, 0));
    TRY(emit(c, OP_CALL, 0));
    if (is_async && !is_gen) {
        TRY(emit(c, OP_GET_AWAITABLE, 0));
        TRY(emit_const(c, VAL_NONE));
        TRY(add_yield_from(c, true));
    }
    return 0;
}

/* ---- statements ---- */

static int visit_stmts(Compiler *c, AstSeq *seq) {
    for (int i = 0; i < SEQ_LEN(seq); i++) TRY(visit_stmt(c, SEQ_GET(seq, i)));
    return 0;
}

static int visit_if(Compiler *c, Stmt *s) {
    int end = new_label(c);
    TRY(end);
    int next = end;
    if (SEQ_LEN(s->v.if_.orelse)) {
        next = new_label(c);
        TRY(next);
    }
    TRY(jump_if(c, s->v.if_.test, next, false));
    TRY(visit_stmts(c, s->v.if_.body));
    if (SEQ_LEN(s->v.if_.orelse)) {
        TRY(emit(c, OP_JUMP, end));
        use_label(c, next);
        TRY(visit_stmts(c, s->v.if_.orelse));
    }
    use_label(c, end);
    return 0;
}

static int visit_while(Compiler *c, Stmt *s) {
    int loop = new_label(c), exit = new_label(c), anchor = new_label(c);
    TRY(loop < 0 || exit < 0 || anchor < 0 ? -1 : 0);
    use_label(c, loop);
    TRY(push_fblock(c, FB_WHILE, loop, exit, NULL));
    if (!is_true_constant(s->v.while_.test)) TRY(jump_if(c, s->v.while_.test, anchor, false));
    TRY(visit_stmts(c, s->v.while_.body));
    TRY(emit(c, OP_JUMP, loop));
    pop_fblock(c);
    use_label(c, anchor);
    TRY(visit_stmts(c, s->v.while_.orelse));
    use_label(c, exit);
    return 0;
}

static int visit_for(Compiler *c, Stmt *s) {
    int start = new_label(c), cleanup = new_label(c), end = new_label(c);
    TRY(start < 0 || cleanup < 0 || end < 0 ? -1 : 0);
    /* `for x in f(...)`: a generator made by that call is the loop's alone
    ** (GET_ITER 1 tells the VM), so leaving the loop early closes it */
    bool owns_iter = s->v.for_.iter->kind == EXPR_CALL;
    TRY(push_fblock(c, FB_FOR, start, end, owns_iter ? (const void *)s : NULL));
    TRY(visit_container_operand(c, s->v.for_.iter));
    TRY(emit(c, OP_GET_ITER, owns_iter));
    use_label(c, start);
    TRY(emit(c, OP_FOR_ITER, cleanup));
    TRY(visit_expr(c, s->v.for_.target));
    TRY(visit_stmts(c, s->v.for_.body));
    TRY(emit(c, OP_JUMP, start));
    use_label(c, cleanup);
    pop_fblock(c);
    TRY(visit_stmts(c, s->v.for_.orelse));
    use_label(c, end);
    return 0;
}

static int visit_async_for(Compiler *c, Stmt *s) {
    if (!is_top_level_await(c) && c->u->kind != SCOPE_ASYNC_FUNCTION)
        return compile_error_at(c, s->loc, "'async for' outside async function");
    int start = new_label(c), except = new_label(c), end = new_label(c);
    TRY(start < 0 || except < 0 || end < 0 ? -1 : 0);
    bool owns_iter = s->v.for_.iter->kind == EXPR_CALL; /* as in visit_for */
    TRY(visit_expr(c, s->v.for_.iter));
    TRY(emit(c, OP_GET_AITER, owns_iter));
    use_label(c, start);
    TRY(push_fblock(c, FB_FOR, start, end, owns_iter ? (const void *)s : NULL));
    TRY(emit(c, PS_SETUP_FINALLY, except));
    TRY(emit(c, OP_GET_ANEXT, 0));
    TRY(emit_const(c, VAL_NONE));
    TRY(add_yield_from(c, true));
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(visit_expr(c, s->v.for_.target));
    TRY(visit_stmts(c, s->v.for_.body));
    TRY(emit(c, OP_JUMP, start));
    pop_fblock(c);
    use_label(c, except);
    Loc saved = c->u->loc;
    c->u->loc = s->v.for_.iter->loc;
    TRY(emit(c, OP_END_ASYNC_FOR, 0));
    c->u->loc = saved;
    TRY(visit_stmts(c, s->v.for_.orelse));
    use_label(c, end);
    return 0;
}

static int visit_return(Compiler *c, Stmt *s) {
    Expr *v = s->v.return_.value;
    bool preserve_tos = v && v->kind != EXPR_CONSTANT;
    if (c->u->ste->type != BLOCK_FUNCTION) return compile_error(c, "'return' outside function");
    if (v && c->u->ste->is_coroutine && c->u->ste->is_generator)
        return compile_error(c, "'return' with value in async generator");
    if (preserve_tos) TRY(visit_expr(c, v));
    TRY(unwind_fblock_stack(c, preserve_tos, NULL));
    if (!v) TRY(emit_const(c, VAL_NONE));
    else if (!preserve_tos) TRY(emit_const(c, const_value(c, &v->v.constant)));
    return emit(c, OP_RETURN_VALUE, 0);
}

static int visit_break_continue(Compiler *c, bool is_break) {
    FBlock *loop = NULL;
    TRY(unwind_fblock_stack(c, false, &loop));
    if (!loop)
        return compile_error(c, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    if (is_break) TRY(unwind_fblock(c, loop, false));
    return emit(c, OP_JUMP, is_break ? loop->exit : loop->block);
}

/* COPY 3; POP_EXCEPT; RERAISE 1: the cleanup of an exception handler. */
static int pop_except_and_reraise(Compiler *c) {
    TRY(emit(c, OP_COPY, 3));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    return emit(c, OP_RERAISE, 1);
}

static int visit_try_except(Compiler *c, Stmt *s) {
    int body = new_label(c), except = new_label(c), end = new_label(c), cleanup = new_label(c);
    TRY(body < 0 || except < 0 || end < 0 || cleanup < 0 ? -1 : 0);
    TRY(emit(c, PS_SETUP_FINALLY, except));
    use_label(c, body);
    TRY(push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL));
    TRY(visit_stmts(c, s->v.try_.body));
    pop_fblock(c);
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(visit_stmts(c, s->v.try_.orelse));
    TRY(emit(c, OP_JUMP, end));
    int n = SEQ_LEN(s->v.try_.handlers);
    use_label(c, except);
    TRY(emit(c, PS_SETUP_CLEANUP, cleanup));
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    TRY(push_fblock(c, FB_EXCEPTION_HANDLER, -1, -1, NULL));
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = SEQ_GET(s->v.try_.handlers, i);
        c->u->loc = h->loc;
        int next = new_label(c);
        TRY(next);
        if (!h->type && i < n - 1) return compile_error(c, "default 'except:' must be last");
        if (h->type) {
            TRY(visit_expr(c, h->type));
            TRY(emit(c, OP_CHECK_EXC_MATCH, 0));
            TRY(emit(c, OP_POP_JUMP_IF_FALSE, next));
        }
        if (h->name) {
            int cleanup_end = new_label(c), cleanup_body = new_label(c);
            TRY(cleanup_end < 0 || cleanup_body < 0 ? -1 : 0);
            TRY(nameop(c, h->name, CTX_STORE));
            TRY(emit(c, PS_SETUP_CLEANUP, cleanup_end));
            use_label(c, cleanup_body);
            TRY(push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name));
            TRY(visit_stmts(c, h->body));
            pop_fblock(c);
            TRY(emit(c, PS_POP_BLOCK, 0));
            TRY(emit(c, PS_POP_BLOCK, 0));
            TRY(emit(c, OP_POP_EXCEPT, 0));
            TRY(emit_const(c, VAL_NONE));
            TRY(nameop(c, h->name, CTX_STORE));
            TRY(nameop(c, h->name, CTX_DEL));
            TRY(emit(c, OP_JUMP, end));
            use_label(c, cleanup_end);
            TRY(emit_const(c, VAL_NONE));
            TRY(nameop(c, h->name, CTX_STORE));
            TRY(nameop(c, h->name, CTX_DEL));
            TRY(emit(c, OP_RERAISE, 1));
        } else {
            int cleanup_body = new_label(c);
            TRY(cleanup_body);
            TRY(emit(c, OP_POP_TOP, 0));
            use_label(c, cleanup_body);
            TRY(push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL));
            TRY(visit_stmts(c, h->body));
            pop_fblock(c);
            TRY(emit(c, PS_POP_BLOCK, 0));
            TRY(emit(c, OP_POP_EXCEPT, 0));
            TRY(emit(c, OP_JUMP, end));
        }
        use_label(c, next);
    }
    pop_fblock(c);
    TRY(emit(c, OP_RERAISE, 0));
    use_label(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_label(c, end);
    return 0;
}

static int visit_try_star_except(Compiler *c, Stmt *s);

static int visit_try_finally(Compiler *c, Stmt *s) {
    int body = new_label(c), end = new_label(c), exit = new_label(c), cleanup = new_label(c);
    TRY(body < 0 || end < 0 || exit < 0 || cleanup < 0 ? -1 : 0);
    TRY(emit(c, PS_SETUP_FINALLY, end));
    use_label(c, body);
    TRY(push_fblock(c, FB_FINALLY_TRY, body, end, s->v.try_.finalbody));
    if (SEQ_LEN(s->v.try_.handlers))
        TRY(s->kind == STMT_TRYSTAR ? visit_try_star_except(c, s) : visit_try_except(c, s));
    else
        TRY(visit_stmts(c, s->v.try_.body));
    TRY(emit(c, PS_POP_BLOCK, 0));
    pop_fblock(c);
    TRY(visit_stmts(c, s->v.try_.finalbody));
    TRY(emit(c, OP_JUMP, exit));
    use_label(c, end);
    TRY(emit(c, PS_SETUP_CLEANUP, cleanup));
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    TRY(push_fblock(c, FB_FINALLY_END, end, -1, NULL));
    TRY(visit_stmts(c, s->v.try_.finalbody));
    pop_fblock(c);
    TRY(emit(c, OP_RERAISE, 0));
    use_label(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_label(c, exit);
    return 0;
}

static int visit_try(Compiler *c, Stmt *s) {
    if (SEQ_LEN(s->v.try_.finalbody)) return visit_try_finally(c, s);
    return s->kind == STMT_TRYSTAR ? visit_try_star_except(c, s) : visit_try_except(c, s);
}

/* except*: CPython 3.11's compiler_try_star_except. */
static int visit_try_star_except(Compiler *c, Stmt *s) {
    int body = new_label(c), except = new_label(c), orelse = new_label(c), end = new_label(c);
    int cleanup = new_label(c), reraise_star = new_label(c);
    TRY(body < 0 || except < 0 || orelse < 0 || end < 0 || cleanup < 0 || reraise_star < 0 ? -1 : 0);
    TRY(emit(c, PS_SETUP_FINALLY, except));
    use_label(c, body);
    TRY(push_fblock(c, FB_TRY_EXCEPT, body, -1, NULL));
    TRY(visit_stmts(c, s->v.try_.body));
    pop_fblock(c);
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(emit(c, OP_JUMP, orelse));
    int n = SEQ_LEN(s->v.try_.handlers);
    use_label(c, except);
    TRY(emit(c, PS_SETUP_CLEANUP, cleanup));
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    TRY(push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, -1, -1, "except handler"));
    for (int i = 0; i < n; i++) {
        ExceptHandler *h = SEQ_GET(s->v.try_.handlers, i);
        c->u->loc = h->loc;
        int next = new_label(c), no_match = new_label(c);
        int cleanup_end = new_label(c), cleanup_body = new_label(c);
        TRY(next < 0 || no_match < 0 || cleanup_end < 0 || cleanup_body < 0 ? -1 : 0);
        if (i == 0) {
            /* [orig, list of exceptions to re-raise, rest] */
            TRY(emit(c, OP_COPY, 1));
            TRY(emit(c, OP_BUILD_LIST, 0));
            TRY(emit(c, OP_SWAP, 2));
        }
        if (!h->type) return compile_error(c, "expected 'except' clause type");
        TRY(visit_expr(c, h->type));
        TRY(emit(c, OP_CHECK_EG_MATCH, 0));
        TRY(emit(c, OP_COPY, 1));
        TRY(emit(c, OP_POP_JUMP_IF_NONE, no_match));
        if (h->name) TRY(nameop(c, h->name, CTX_STORE));
        else TRY(emit(c, OP_POP_TOP, 0));
        TRY(emit(c, PS_SETUP_CLEANUP, cleanup_end));
        use_label(c, cleanup_body);
        TRY(push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, -1, h->name));
        TRY(visit_stmts(c, h->body));
        pop_fblock(c);
        TRY(emit(c, PS_POP_BLOCK, 0));
        if (h->name) {
            TRY(emit_const(c, VAL_NONE));
            TRY(nameop(c, h->name, CTX_STORE));
            TRY(nameop(c, h->name, CTX_DEL));
        }
        TRY(emit(c, OP_JUMP, next));
        use_label(c, cleanup_end);
        if (h->name) {
            TRY(emit_const(c, VAL_NONE));
            TRY(nameop(c, h->name, CTX_STORE));
            TRY(nameop(c, h->name, CTX_DEL));
        }
        /* the exception raised in the handler joins the list */
        TRY(emit(c, OP_LIST_APPEND, 3));
        TRY(emit(c, OP_POP_TOP, 0));
        TRY(emit(c, OP_JUMP, next));
        use_label(c, no_match);
        TRY(emit(c, OP_POP_TOP, 0));
        use_label(c, next);
        if (i == n - 1) {
            /* what no handler matched joins it too */
            TRY(emit(c, OP_LIST_APPEND, 1));
            TRY(emit(c, OP_JUMP, reraise_star));
        }
    }
    pop_fblock(c);
    int reraise = new_label(c);
    TRY(reraise);
    use_label(c, reraise_star);
    TRY(emit(c, OP_PREP_RERAISE_STAR, 0));
    TRY(emit(c, OP_COPY, 1));
    TRY(emit(c, OP_POP_JUMP_IF_NOT_NONE, reraise));
    TRY(emit(c, OP_POP_TOP, 0));
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    TRY(emit(c, OP_JUMP, end));
    use_label(c, reraise);
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(emit(c, OP_SWAP, 2));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    TRY(emit(c, OP_RERAISE, 0));
    use_label(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_label(c, orelse);
    TRY(visit_stmts(c, s->v.try_.orelse));
    use_label(c, end);
    return 0;
}

static int call_exit_with_nones(Compiler *c) {
    TRY(emit_const(c, VAL_NONE));
    TRY(emit_const(c, VAL_NONE));
    TRY(emit_const(c, VAL_NONE));
    return emit(c, OP_CALL, 2);
}

/* After __exit__ returned [res] on the exceptional path: swallow or re-raise. */
static int with_except_finish(Compiler *c, int cleanup) {
    int exit = new_label(c);
    TRY(exit);
    TRY(emit(c, OP_POP_JUMP_IF_TRUE, exit));
    TRY(emit(c, OP_RERAISE, 2));
    use_label(c, cleanup);
    TRY(pop_except_and_reraise(c));
    use_label(c, exit);
    TRY(emit(c, OP_POP_TOP, 0));
    TRY(emit(c, PS_POP_BLOCK, 0));
    TRY(emit(c, OP_POP_EXCEPT, 0));
    TRY(emit(c, OP_POP_TOP, 0));
    return emit(c, OP_POP_TOP, 0);
}

static int visit_with(Compiler *c, Stmt *s, int pos) {
    bool async = s->kind == STMT_ASYNCWITH;
    if (async && !is_top_level_await(c) && c->u->kind != SCOPE_ASYNC_FUNCTION)
        return compile_error_at(c, s->loc, "'async with' outside async function");
    WithItem *item = SEQ_GET(s->v.with.items, pos);
    int block = new_label(c), final = new_label(c), exit = new_label(c), cleanup = new_label(c);
    TRY(block < 0 || final < 0 || exit < 0 || cleanup < 0 ? -1 : 0);
    TRY(visit_expr(c, item->context_expr));
    if (async) {
        TRY(emit(c, OP_BEFORE_ASYNC_WITH, 0));
        TRY(emit(c, OP_GET_AWAITABLE, 1));
        TRY(emit_const(c, VAL_NONE));
        TRY(add_yield_from(c, true));
    } else {
        TRY(emit(c, OP_BEFORE_WITH, 0));
    }
    TRY(emit(c, PS_SETUP_WITH, final));
    use_label(c, block);
    TRY(push_fblock(c, async ? FB_ASYNC_WITH : FB_WITH, block, final, s));
    c->u->fblocks[c->u->nfblocks - 1].loc = s->loc;
    if (item->optional_vars) TRY(visit_expr(c, item->optional_vars));
    else TRY(emit(c, OP_POP_TOP, 0));
    if (pos + 1 == SEQ_LEN(s->v.with.items)) TRY(visit_stmts(c, s->v.with.body));
    else TRY(visit_with(c, s, pos + 1));
    c->u->loc = s->loc;
    TRY(emit(c, PS_POP_BLOCK, 0));
    pop_fblock(c);
    TRY(call_exit_with_nones(c));
    if (async) {
        TRY(emit(c, OP_GET_AWAITABLE, 2));
        TRY(emit_const(c, VAL_NONE));
        TRY(add_yield_from(c, true));
    }
    TRY(emit(c, OP_POP_TOP, 0));
    TRY(emit(c, OP_JUMP, exit));
    use_label(c, final);
    TRY(emit(c, PS_SETUP_CLEANUP, cleanup));
    TRY(emit(c, OP_PUSH_EXC_INFO, 0));
    TRY(emit(c, OP_WITH_EXCEPT_START, 0));
    if (async) {
        TRY(emit(c, OP_GET_AWAITABLE, 2));
        TRY(emit_const(c, VAL_NONE));
        TRY(add_yield_from(c, true));
    }
    TRY(with_except_finish(c, cleanup));
    use_label(c, exit);
    return 0;
}

static int visit_raise(Compiler *c, Stmt *s) {
    int n = 0;
    if (s->v.raise.exc) {
        TRY(visit_expr(c, s->v.raise.exc));
        n++;
        if (s->v.raise.cause) {
            TRY(visit_expr(c, s->v.raise.cause));
            n++;
        }
    }
    return emit(c, OP_RAISE_VARARGS, n);
}

/* Where CPython 3.11 reports a failed assert: its jump_if leaves the
** position of the last comparison it compiled (under not/and/or/if-else)
** as the current one; without a comparison, the statement's. */
static bool last_jump_if_compare(Expr *e, Loc *loc) {
    switch (e->kind) {
    case EXPR_COMPARE:
        *loc = e->loc;
        return true;
    case EXPR_UNARYOP:
        return e->v.unaryop.op == OP_NOT && last_jump_if_compare(e->v.unaryop.operand, loc);
    case EXPR_BOOLOP: {
        bool found = false;
        for (int i = 0; i < SEQ_LEN(e->v.boolop.values); i++)
            found |= last_jump_if_compare(SEQ_GET(e->v.boolop.values, i), loc);
        return found;
    }
    case EXPR_IFEXP: {
        bool found = last_jump_if_compare(e->v.ifexp.test, loc);
        found |= last_jump_if_compare(e->v.ifexp.body, loc);
        found |= last_jump_if_compare(e->v.ifexp.orelse, loc);
        return found;
    }
    default:
        return false;
    }
}

static int visit_assert(Compiler *c, Stmt *s) {
    Expr *test = s->v.assert_.test;
    if (test->kind == EXPR_TUPLE && SEQ_LEN(test->v.list.elts) > 0)
        compile_warning(c, s->loc, "assertion is always true, perhaps remove parentheses?");
    int end = new_label(c);
    TRY(end);
    TRY(jump_if(c, s->v.assert_.test, end, true));
    Loc saved = c->u->loc;
    last_jump_if_compare(s->v.assert_.test, &c->u->loc);
    TRY(emit(c, OP_LOAD_ASSERTION_ERROR, 0));
    if (s->v.assert_.msg) {
        TRY(visit_expr(c, s->v.assert_.msg));
        TRY(emit(c, OP_CALL, 0));
    }
    TRY(emit(c, OP_RAISE_VARARGS, 1));
    c->u->loc = saved;
    use_label(c, end);
    return 0;
}

static int visit_import(Compiler *c, Stmt *s) {
    for (int i = 0; i < SEQ_LEN(s->v.import.names); i++) {
        Alias *a = SEQ_GET(s->v.import.names, i);
        /* 3.11 gives every instruction the statement's position (3.12 the alias's) */
        TRY(emit_const(c, int_from_i64(c->vm, 0)));
        TRY(emit_const(c, VAL_NONE));
        TRY(emit_name(c, OP_IMPORT_NAME, a->name));
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            if (dot) {
                /* import a.b.c as d: d = a.b.c through IMPORT_FROM steps */
                const char *p = dot + 1;
                for (;;) {
                    const char *q = strchr(p, '.');
                    size_t len = q ? (size_t)(q - p) : strlen(p);
                    char *attr = arena_strndup(c->arena, p, len);
                    if (!attr) return nomem(c);
                    TRY(emit_name(c, OP_IMPORT_FROM, attr));
                    if (!q) break;
                    TRY(emit(c, OP_SWAP, 2));
                    TRY(emit(c, OP_POP_TOP, 0));
                    p = q + 1;
                }
                TRY(nameop(c, a->asname, CTX_STORE));
                TRY(emit(c, OP_POP_TOP, 0));
            } else {
                TRY(nameop(c, a->asname, CTX_STORE));
            }
        } else {
            const char *store = a->name;
            if (dot) {
                store = arena_strndup(c->arena, a->name, (size_t)(dot - a->name));
                if (!store) return nomem(c);
            }
            TRY(nameop(c, store, CTX_STORE));
        }
    }
    return 0;
}

static int visit_import_from(Compiler *c, Stmt *s) {
    AstSeq *names = s->v.importfrom.names;
    int n = SEQ_LEN(names);
    const char *module = s->v.importfrom.module;
    if (module && strcmp(module, "__future__") == 0) {
        if (s->loc.lineno > c->st->future_lineno)
            return compile_error_at(c, s->loc, "from __future__ imports must occur at the beginning of the file");
        for (int i = 0; i < n; i++) {
            Alias *a = SEQ_GET(names, i);
            static const char *const known[] = {"nested_scopes", "generators", "division", "absolute_import",
                                                "with_statement", "print_function", "unicode_literals",
                                                "barry_as_FLUFL", "generator_stop", "annotations", NULL};
            bool ok = false;
            for (int j = 0; known[j]; j++) ok |= strcmp(a->name, known[j]) == 0;
            Loc at = s->loc;
            at.end_col_offset = -2; /* CPython gives these no end column */
            if (strcmp(a->name, "braces") == 0) return compile_error_at(c, at, "not a chance");
            if (!ok) return compile_error_at(c, at, "future feature %s is not defined", a->name);
        }
    }
    Value level = int_from_i64(c->vm, s->v.importfrom.level);
    TRY(emit_const(c, level));
    Value fromlist = tuple_new(c->vm, (size_t)n);
    if (val_is_error(fromlist)) return -1;
    for (int i = 0; i < n; i++) {
        Value nm = str_from_cstr(c->vm, ((Alias *)SEQ_GET(names, i))->name);
        if (val_is_error(nm)) return -1;
        as_tuple(fromlist)->items[i] = nm;
    }
    TRY(emit_const(c, fromlist));
    TRY(emit_name(c, OP_IMPORT_NAME, module ? module : ""));
    for (int i = 0; i < n; i++) {
        Alias *a = SEQ_GET(names, i);
        if (i == 0 && strcmp(a->name, "*") == 0) return emit(c, OP_IMPORT_STAR, 0);
        TRY(emit_name(c, OP_IMPORT_FROM, a->name));
        TRY(nameop(c, a->asname ? a->asname : a->name, CTX_STORE));
    }
    return emit(c, OP_POP_TOP, 0);
}

static int visit_augassign(Compiler *c, Stmt *s) {
    Expr *t = s->v.augassign.target;
    int op = BINOP_INPLACE + binop_arg(s->v.augassign.op);
    Loc saved = c->u->loc;
    switch (t->kind) {
    /* as CPython 3.11: the target's loads and stores carry the target's
       position, the operator the statement's */
    case EXPR_ATTRIBUTE:
        c->u->loc = t->loc;
        TRY(visit_expr(c, t->v.attribute.value));
        TRY(emit(c, OP_COPY, 1));
        c->u->loc = attr_loc(t->loc, t);
        TRY(emit_attr(c, OP_LOAD_ATTR, t->v.attribute.attr));
        c->u->loc = saved;
        TRY(visit_expr(c, s->v.augassign.value));
        TRY(emit(c, OP_BINARY_OP, op));
        c->u->loc = attr_loc(t->loc, t);
        TRY(emit(c, OP_SWAP, 2));
        TRY(emit_attr(c, OP_STORE_ATTR, t->v.attribute.attr));
        c->u->loc = saved;
        return 0;
    case EXPR_SUBSCRIPT:
        c->u->loc = t->loc;
        TRY(visit_expr(c, t->v.subscript.value));
        TRY(visit_expr(c, t->v.subscript.slice));
        TRY(emit(c, OP_COPY, 2));
        TRY(emit(c, OP_COPY, 2));
        TRY(emit(c, OP_BINARY_SUBSCR, 0));
        c->u->loc = saved;
        TRY(visit_expr(c, s->v.augassign.value));
        TRY(emit(c, OP_BINARY_OP, op));
        c->u->loc = t->loc;
        TRY(emit(c, OP_SWAP, 3));
        TRY(emit(c, OP_SWAP, 2));
        TRY(emit(c, OP_STORE_SUBSCR, 0));
        c->u->loc = saved;
        return 0;
    case EXPR_NAME:
        c->u->loc = t->loc;
        TRY(nameop(c, t->v.name.id, CTX_LOAD));
        c->u->loc = saved;
        TRY(visit_expr(c, s->v.augassign.value));
        TRY(emit(c, OP_BINARY_OP, op));
        c->u->loc = t->loc;
        TRY(nameop(c, t->v.name.id, CTX_STORE));
        c->u->loc = saved;
        return 0;
    default:
        return compile_error(c, "illegal expression for augmented assignment");
    }
}

static int check_ann_expr(Compiler *c, Expr *e) {
    TRY(visit_expr(c, e));
    return emit(c, OP_POP_TOP, 0);
}

static bool module_or_class(Compiler *c) {
    return c->u->kind == SCOPE_MODULE || c->u->kind == SCOPE_CLASS;
}

static int visit_annassign(Compiler *c, Stmt *s) {
    Expr *t = s->v.annassign.target;
    if (s->v.annassign.value) {
        TRY(visit_expr(c, s->v.annassign.value));
        TRY(visit_expr(c, t));
    }
    switch (t->kind) {
    case EXPR_NAME:
        TRY(forbidden_name(c, t->v.name.id, CTX_STORE));
        if (s->v.annassign.simple && module_or_class(c)) {
            TRY(annotation_value(c, s->v.annassign.annotation));
            TRY(nameop(c, "__annotations__", CTX_LOAD));
            const char *m = mangle(c, t->v.name.id);
            if (!m) return -1;
            TRY(emit_const_cstr(c, m));
            TRY(emit(c, OP_STORE_SUBSCR, 0));
        }
        break;
    case EXPR_ATTRIBUTE:
        if (!s->v.annassign.value) TRY(check_ann_expr(c, t->v.attribute.value));
        break;
    case EXPR_SUBSCRIPT:
        if (!s->v.annassign.value) {
            TRY(check_ann_expr(c, t->v.subscript.value));
            TRY(check_ann_expr(c, t->v.subscript.slice));
        }
        break;
    default:
        return compile_error(c, "invalid node type for annotated assignment");
    }
    if (!s->v.annassign.simple && module_or_class(c) && !c->st->future_annotations)
        TRY(check_ann_expr(c, s->v.annassign.annotation));
    return 0;
}

static int visit_assign(Compiler *c, Stmt *s) {
    AstSeq *targets = s->v.assign.targets;
    int n = SEQ_LEN(targets);
    TRY(visit_expr(c, s->v.assign.value));
    for (int i = 0; i < n; i++) {
        if (i < n - 1) TRY(emit(c, OP_COPY, 1));
        TRY(visit_expr(c, SEQ_GET(targets, i)));
    }
    return 0;
}

static int visit_expr_stmt(Compiler *c, Stmt *s) {
    Expr *v = s->v.expr.value;
    if (c->interactive && c->nestlevel <= 1) {
        TRY(visit_expr(c, v));
        return emit(c, OP_PRINT_EXPR, 0);
    }
    if (v->kind == EXPR_CONSTANT) return 0;
    TRY(visit_expr(c, v));
    return emit(c, OP_POP_TOP, 0);
}

static int visit_match(Compiler *c, Stmt *s);

static int visit_stmt_inner(Compiler *c, Stmt *s) {
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
    case STMT_ASYNCFUNCTIONDEF: return visit_function(c, s);
    case STMT_CLASSDEF: return visit_class(c, s);
    case STMT_RETURN: return visit_return(c, s);
    case STMT_DELETE: return visit_exprs(c, s->v.delete_.targets);
    case STMT_ASSIGN: return visit_assign(c, s);
    case STMT_AUGASSIGN: return visit_augassign(c, s);
    case STMT_ANNASSIGN: return visit_annassign(c, s);
    case STMT_FOR: return visit_for(c, s);
    case STMT_ASYNCFOR: return visit_async_for(c, s);
    case STMT_WHILE: return visit_while(c, s);
    case STMT_IF: return visit_if(c, s);
    case STMT_WITH:
    case STMT_ASYNCWITH: return visit_with(c, s, 0);
    case STMT_MATCH: return visit_match(c, s);
    case STMT_RAISE: return visit_raise(c, s);
    case STMT_TRY:
    case STMT_TRYSTAR: return visit_try(c, s);
    case STMT_ASSERT: return visit_assert(c, s);
    case STMT_IMPORT: return visit_import(c, s);
    case STMT_IMPORTFROM: return visit_import_from(c, s);
    case STMT_GLOBAL:
    case STMT_NONLOCAL:
    case STMT_PASS: return 0;
    case STMT_EXPR: return visit_expr_stmt(c, s);
    case STMT_BREAK: return visit_break_continue(c, true);
    case STMT_CONTINUE: return visit_break_continue(c, false);
    }
    return 0;
}

static int visit_stmt(Compiler *c, Stmt *s) {
    c->u->loc = s->loc;
    return visit_stmt_inner(c, s);
}

/* ---- match (CPython 3.11's pattern compiler) ---- */

typedef struct PatternContext {
    const char **stores;      /* names captured so far, their values on the stack */
    int nstores, capstores;
    bool allow_irrefutable;
    int *fail_pop;            /* fail_pop[n]: a label that pops n items then fails */
    int fail_pop_size;
    int on_top;               /* items on top of the stores to preserve */
} PatternContext;

static int pattern(Compiler *c, Pattern *p, PatternContext *pc);

static bool wildcard_check(Pattern *p) {
    return p->kind == PAT_AS && !p->v.as.pattern && !p->v.as.name;
}

static bool wildcard_star_check(Pattern *p) { return p->kind == PAT_STAR && !p->v.star.name; }

static int ensure_fail_pop(Compiler *c, PatternContext *pc, int n) {
    int size = n + 1;
    if (size <= pc->fail_pop_size) return 0;
    int *fp = realloc(pc->fail_pop, sizeof(int) * (size_t)size);
    if (!fp) return nomem(c);
    pc->fail_pop = fp;
    while (pc->fail_pop_size < size) {
        int l = new_label(c);
        TRY(l);
        pc->fail_pop[pc->fail_pop_size++] = l;
    }
    return 0;
}

static int jump_to_fail_pop(Compiler *c, PatternContext *pc, int op) {
    int pops = pc->on_top + pc->nstores;
    TRY(ensure_fail_pop(c, pc, pops));
    return emit(c, op, pc->fail_pop[pops]);
}

static int emit_and_reset_fail_pop(Compiler *c, PatternContext *pc) {
    if (!pc->fail_pop_size) return 0;
    while (--pc->fail_pop_size) {
        use_label(c, pc->fail_pop[pc->fail_pop_size]);
        TRY(emit(c, OP_POP_TOP, 0));
    }
    use_label(c, pc->fail_pop[0]);
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    return 0;
}

static int pattern_rotate(Compiler *c, int count) {
    while (count > 1) TRY(emit(c, OP_SWAP, count--));
    return 0;
}

static int stores_index(PatternContext *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0) return i;
    return -1;
}

static int stores_append(Compiler *c, PatternContext *pc, const char *name) {
    if (grow((void **)&pc->stores, &pc->capstores, pc->nstores + 1, sizeof(char *)) < 0) return nomem(c);
    pc->stores[pc->nstores++] = name;
    return 0;
}

static int store_name(Compiler *c, const char *name, PatternContext *pc) {
    if (!name) return emit(c, OP_POP_TOP, 0);
    TRY(forbidden_name(c, name, CTX_STORE));
    if (stores_index(pc, name) >= 0) return compile_error(c, "multiple assignments to name '%s' in pattern", name);
    TRY(pattern_rotate(c, pc->on_top + pc->nstores + 1));
    return stores_append(c, pc, name);
}

static int pattern_unpack_helper(Compiler *c, AstSeq *elts) {
    int n = SEQ_LEN(elts);
    bool seen_star = false;
    for (int i = 0; i < n; i++) {
        Pattern *p = SEQ_GET(elts, i);
        if (p->kind == PAT_STAR && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
                return compile_error(c, "too many expressions in star-unpacking sequence pattern");
            TRY(emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8)));
            seen_star = true;
        } else if (p->kind == PAT_STAR) {
            return compile_error(c, "multiple starred expressions in sequence pattern");
        }
    }
    return seen_star ? 0 : emit(c, OP_UNPACK_SEQUENCE, n);
}

static int subpattern(Compiler *c, Pattern *p, PatternContext *pc) {
    bool saved = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int r = pattern(c, p, pc);
    pc->allow_irrefutable = saved;
    return r;
}

static int sequence_unpack(Compiler *c, AstSeq *patterns, PatternContext *pc) {
    TRY(pattern_unpack_helper(c, patterns));
    int size = SEQ_LEN(patterns);
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, SEQ_GET(patterns, i), pc));
    }
    return 0;
}

static int sequence_subscr(Compiler *c, AstSeq *patterns, int star, PatternContext *pc) {
    pc->on_top++;
    int size = SEQ_LEN(patterns);
    for (int i = 0; i < size; i++) {
        Pattern *p = SEQ_GET(patterns, i);
        if (wildcard_check(p) || i == star) continue;
        TRY(emit(c, OP_COPY, 1));
        if (i < star) {
            TRY(emit_const(c, int_from_i64(c->vm, i)));
        } else {
            /* the subject may not support negative indexing */
            TRY(emit(c, OP_GET_LEN, 0));
            TRY(emit_const(c, int_from_i64(c->vm, size - i)));
            TRY(emit(c, OP_BINARY_OP, BINOP_SUBTRACT));
        }
        TRY(emit(c, OP_BINARY_SUBSCR, 0));
        TRY(subpattern(c, p, pc));
    }
    pc->on_top--;
    return emit(c, OP_POP_TOP, 0);
}

static int pattern_sequence(Compiler *c, Pattern *p, PatternContext *pc) {
    AstSeq *patterns = p->v.sequence.patterns;
    int size = SEQ_LEN(patterns), star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; i++) {
        Pattern *q = SEQ_GET(patterns, i);
        if (q->kind == PAT_STAR) {
            if (star >= 0) return compile_error_at(c, p->loc, "multiple starred names in sequence pattern");
            star_wildcard = wildcard_star_check(q);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= wildcard_check(q);
    }
    pc->on_top++;
    TRY(emit(c, OP_MATCH_SEQUENCE, 0));
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        TRY(emit(c, OP_GET_LEN, 0));
        TRY(emit_const(c, int_from_i64(c->vm, size)));
        TRY(emit(c, OP_COMPARE_OP, CMPOP_EQ));
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    } else if (size - 1 > 0) {
        TRY(emit(c, OP_GET_LEN, 0));
        TRY(emit_const(c, int_from_i64(c->vm, size - 1)));
        TRY(emit(c, OP_COMPARE_OP, CMPOP_GE));
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) return emit(c, OP_POP_TOP, 0);
    if (star_wildcard) return sequence_subscr(c, patterns, star, pc);
    return sequence_unpack(c, patterns, pc);
}

static bool is_match_value_expr(Expr *e) {
    return e->kind == EXPR_CONSTANT || e->kind == EXPR_ATTRIBUTE || e->kind == EXPR_UNARYOP ||
           e->kind == EXPR_BINOP;
}

static int pattern_mapping(Compiler *c, Pattern *p, PatternContext *pc) {
    AstSeq *keys = p->v.mapping.keys, *patterns = p->v.mapping.patterns;
    int size = SEQ_LEN(keys);
    const char *star_target = p->v.mapping.rest;
    if (size != SEQ_LEN(patterns))
        return compile_error(c, "keys (%d) / patterns (%d) length mismatch in mapping pattern", size,
                             SEQ_LEN(patterns));
    pc->on_top++;
    TRY(emit(c, OP_MATCH_MAPPING, 0));
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (!size && !star_target) {
        pc->on_top--;
        return emit(c, OP_POP_TOP, 0);
    }
    if (size) {
        TRY(emit(c, OP_GET_LEN, 0));
        TRY(emit_const(c, int_from_i64(c->vm, size)));
        TRY(emit(c, OP_COMPARE_OP, CMPOP_GE));
        TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    Value *seen = malloc(sizeof(Value) * (size_t)(size + 1));
    if (!seen) return nomem(c);
    int nseen = 0;
    for (int i = 0; i < size; i++) {
        Expr *key = SEQ_GET(keys, i);
        if (is_const_expr(key) || is_complex_literal(key)) {
            Value v = is_const_expr(key) ? fold_const(c, key) : fold_complex_literal(c, key);
            if (val_is_error(v)) {
                free(seen);
                return -1;
            }
            for (int j = 0; j < nseen; j++) {
                /* 1 and 1.0 and True and 1+0j are the same key (the keys are
                   literals: their == runs no Python code) */
                int same = obj_eq(c->vm, seen[j], v);
                if (same < 0) {
                    free(seen);
                    return -1;
                }
                if (same) {
                    free(seen);
                    Value r = obj_repr(c->vm, v);
                    if (val_is_error(r)) return -1;
                    return compile_error(c, "mapping pattern checks duplicate key (%s)", str_cstr(r));
                }
            }
            seen[nseen++] = v;
        } else if (key->kind != EXPR_ATTRIBUTE) {
            free(seen);
            return compile_error(c, "mapping pattern keys may only match literals and attribute lookups");
        }
    }
    free(seen);
    Expr keys_tuple = {.kind = EXPR_TUPLE, .loc = p->loc};
    keys_tuple.v.list.elts = keys;
    keys_tuple.v.list.ctx = CTX_LOAD;
    TRY(visit_expr(c, &keys_tuple));
    TRY(emit(c, OP_MATCH_KEYS, 0));
    pc->on_top += 2;
    TRY(emit(c, OP_COPY, 1));
    TRY(emit_const(c, VAL_NONE));
    TRY(emit(c, OP_IS_OP, 1));
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    TRY(emit(c, OP_UNPACK_SEQUENCE, size));
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, SEQ_GET(patterns, i), pc));
    }
    pc->on_top -= 2;
    if (star_target) {
        /* rest = dict(subject); del rest[key] for each key */
        TRY(emit(c, OP_BUILD_MAP, 0));
        TRY(emit(c, OP_SWAP, 3));
        TRY(emit(c, OP_DICT_UPDATE, 2));
        TRY(emit(c, OP_UNPACK_SEQUENCE, size));
        for (int n = size; n; n--) {
            TRY(emit(c, OP_COPY, 1 + n));
            TRY(emit(c, OP_SWAP, 2));
            TRY(emit(c, OP_DELETE_SUBSCR, 0));
        }
        return store_name(c, star_target, pc);
    }
    TRY(emit(c, OP_POP_TOP, 0));
    return emit(c, OP_POP_TOP, 0);
}

static int pattern_class(Compiler *c, Pattern *p, PatternContext *pc) {
    AstSeq *patterns = p->v.class_.patterns, *attrs = p->v.class_.kwd_attrs;
    AstSeq *kwd_patterns = p->v.class_.kwd_patterns;
    int nargs = SEQ_LEN(patterns), nattrs = SEQ_LEN(attrs);
    if (nattrs != SEQ_LEN(kwd_patterns))
        return compile_error(c, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs,
                             SEQ_LEN(kwd_patterns));
    for (int i = 0; i < nattrs; i++) {
        const char *a = SEQ_GET(attrs, i);
        Pattern *kp = SEQ_GET(kwd_patterns, i);
        TRY(forbidden_name(c, a, CTX_STORE));
        for (int j = i + 1; j < nattrs; j++)
            if (strcmp(a, (const char *)SEQ_GET(attrs, j)) == 0)
                return compile_error_at(c, ((Pattern *)SEQ_GET(kwd_patterns, j))->loc,
                                        "attribute name repeated in class pattern: %s", a);
        (void)kp;
    }
    TRY(visit_expr(c, p->v.class_.cls));
    Value names = tuple_new(c->vm, (size_t)nattrs);
    if (val_is_error(names)) return -1;
    for (int i = 0; i < nattrs; i++) {
        Value s = str_intern_cstr(c->vm, SEQ_GET(attrs, i));
        if (val_is_error(s)) return -1;
        as_tuple(names)->items[i] = s;
    }
    TRY(emit_const(c, names));
    TRY(emit(c, OP_MATCH_CLASS, nargs));
    TRY(emit(c, OP_COPY, 1));
    TRY(emit_const(c, VAL_NONE));
    TRY(emit(c, OP_IS_OP, 1));
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    TRY(emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        Pattern *q = i < nargs ? SEQ_GET(patterns, i) : SEQ_GET(kwd_patterns, i - nargs);
        if (wildcard_check(q)) {
            TRY(emit(c, OP_POP_TOP, 0));
            continue;
        }
        TRY(subpattern(c, q, pc));
    }
    return 0;
}

static int pattern_as(Compiler *c, Pattern *p, PatternContext *pc) {
    if (!p->v.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.as.name)
                return compile_error(c, "name capture '%s' makes remaining patterns unreachable", p->v.as.name);
            return compile_error(c, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.as.name, pc);
    }
    pc->on_top++;
    TRY(emit(c, OP_COPY, 1));
    TRY(pattern(c, p->v.as.pattern, pc));
    pc->on_top--;
    return store_name(c, p->v.as.name, pc);
}

/* Make the names of alternative [i] sit in the same order as [control]. */
static int reorder_like_control(Compiler *c, PatternContext *pc, const char **control, int ncontrol) {
    for (int icontrol = ncontrol - 1; icontrol >= 0; icontrol--) {
        int istores = stores_index(pc, control[icontrol]);
        if (istores < 0) return 1;
        if (icontrol == istores) continue;
        int rotations = istores + 1;
        /* rotated = stores[:rotations]; del stores[:rotations];
           stores[icontrol-istores:icontrol-istores] = rotated */
        const char **tmp = malloc(sizeof(char *) * (size_t)pc->nstores);
        if (!tmp) return nomem(c);
        int n = pc->nstores, at = icontrol - istores, k = 0;
        const char **rest = pc->stores + rotations;
        int nrest = n - rotations;
        for (int j = 0; j < at && j < nrest; j++) tmp[k++] = rest[j];
        for (int j = 0; j < rotations; j++) tmp[k++] = pc->stores[j];
        for (int j = at; j < nrest; j++) tmp[k++] = rest[j];
        memcpy(pc->stores, tmp, sizeof(char *) * (size_t)n);
        free(tmp);
        while (rotations--) TRY(pattern_rotate(c, icontrol + 1));
    }
    return 0;
}

static int pattern_or(Compiler *c, Pattern *p, PatternContext *pc) {
    int end = new_label(c);
    TRY(end);
    int size = SEQ_LEN(p->v.or_.patterns);
    PatternContext old = *pc;
    const char **control = NULL;
    int ncontrol = 0, r = -1;
    PatternContext alt = {0};
    for (int i = 0; i < size; i++) {
        Pattern *q = SEQ_GET(p->v.or_.patterns, i);
        c->u->loc = q->loc;
        alt = (PatternContext){0};
        alt.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
        if (emit(c, OP_COPY, 1) < 0 || pattern(c, q, &alt) < 0) goto done;
        if (i == 0) {
            control = alt.stores;
            ncontrol = alt.nstores;
            alt.stores = NULL;
        } else if (alt.nstores != ncontrol) {
            goto diff;
        } else if (alt.nstores) {
            int d = reorder_like_control(c, &alt, control, ncontrol);
            if (d < 0) goto done;
            if (d > 0) goto diff;
        }
        if (emit(c, OP_JUMP, end) < 0 || emit_and_reset_fail_pop(c, &alt) < 0) goto done;
        free(alt.stores);
        alt.stores = NULL;
    }
    /* no alternative matched: pop the copy of the subject and fail */
    if (emit(c, OP_POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, OP_JUMP) < 0) goto done;
    use_label(c, end);
    int nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int i = 0; i < ncontrol; i++) {
        if (pattern_rotate(c, nrots) < 0) goto done;
        if (stores_index(pc, control[i]) >= 0) {
            compile_error(c, "multiple assignments to name '%s' in pattern", control[i]);
            goto done;
        }
        if (stores_append(c, pc, control[i]) < 0) goto done;
    }
    r = emit(c, OP_POP_TOP, 0);
    goto done;
diff:
    compile_error(c, "alternative patterns bind different names");
done:
    free(alt.stores);
    free(alt.fail_pop);
    free(control);
    return r;
}

static int pattern_inner(Compiler *c, Pattern *p, PatternContext *pc) {
    switch (p->kind) {
    case PAT_VALUE:
        if (!is_match_value_expr(p->v.value.value))
            return compile_error(c, "patterns may only match literals and attribute lookups");
        TRY(visit_expr(c, p->v.value.value));
        TRY(emit(c, OP_COMPARE_OP, CMPOP_EQ));
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case PAT_SINGLETON:
        TRY(emit_const(c, p->v.singleton.value == CONST_NONE ? VAL_NONE
                          : p->v.singleton.value == CONST_TRUE ? VAL_TRUE : VAL_FALSE));
        TRY(emit(c, OP_IS_OP, 0));
        return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
    case PAT_SEQUENCE: return pattern_sequence(c, p, pc);
    case PAT_MAPPING: return pattern_mapping(c, p, pc);
    case PAT_CLASS: return pattern_class(c, p, pc);
    case PAT_STAR: return store_name(c, p->v.star.name, pc);
    case PAT_AS: return pattern_as(c, p, pc);
    case PAT_OR: return pattern_or(c, p, pc);
    }
    return 0;
}

/* Like CPython, the location stays at the last pattern compiled (error
** messages point there). */
static int pattern(Compiler *c, Pattern *p, PatternContext *pc) {
    c->u->loc = p->loc;
    return pattern_inner(c, p, pc);
}

static int match_case(Compiler *c, MatchCase *m, bool copy_subject, bool last, int end) {
    PatternContext pc = {0};
    c->u->loc = m->pattern->loc;
    int r = -1;
    if (copy_subject && emit(c, OP_COPY, 1) < 0) goto done;
    pc.allow_irrefutable = m->guard != NULL || last;
    if (pattern(c, m->pattern, &pc) < 0) goto done;
    for (int n = 0; n < pc.nstores; n++)
        if (nameop(c, pc.stores[n], CTX_STORE) < 0) goto done;
    if (m->guard) {
        if (ensure_fail_pop(c, &pc, 0) < 0 || jump_if(c, m->guard, pc.fail_pop[0], false) < 0) goto done;
    }
    if (copy_subject && emit(c, OP_POP_TOP, 0) < 0) goto done;
    if (visit_stmts(c, m->body) < 0 || emit(c, OP_JUMP, end) < 0) goto done;
    c->u->loc = m->pattern->loc;
    r = emit_and_reset_fail_pop(c, &pc);
done:
    free(pc.stores);
    free(pc.fail_pop);
    return r;
}

static int visit_match(Compiler *c, Stmt *s) {
    TRY(visit_expr(c, s->v.match.subject));
    int end = new_label(c);
    TRY(end);
    int cases = SEQ_LEN(s->v.match.cases);
    MatchCase *last = SEQ_GET(s->v.match.cases, cases - 1);
    bool has_default = wildcard_check(last->pattern) && cases > 1;
    for (int i = 0; i < cases - has_default; i++) {
        MatchCase *m = SEQ_GET(s->v.match.cases, i);
        TRY(match_case(c, m, i != cases - has_default - 1, i == cases - 1, end));
    }
    if (has_default) {
        c->u->loc = last->pattern->loc;
        if (cases == 1) TRY(emit(c, OP_POP_TOP, 0));
        if (last->guard) TRY(jump_if(c, last->guard, end, false));
        TRY(visit_stmts(c, last->body));
    }
    use_label(c, end);
    return 0;
}

/* ---- modules ---- */

static int compile_mod(Compiler *c, Mod *mod) {
    Loc start = {1, 0, 1, 0};
    TRY(enter_unit(c, mod, "<module>", SCOPE_MODULE, 1, start));
    switch (mod->kind) {
    case MOD_MODULE:
        TRY(visit_body(c, mod->body));
        break;
    case MOD_INTERACTIVE:
        c->interactive = true;
        if (find_ann(mod->body)) TRY(emit(c, OP_SETUP_ANNOTATIONS, 0));
        TRY(visit_stmts(c, mod->body));
        break;
    case MOD_EXPRESSION:
        /* no implicit `return None` after it (co_consts stays CPython's) */
        TRY(visit_expr(c, mod->expr));
        return emit(c, OP_RETURN_VALUE, 0);
    }
    return emit_implicit_return(c);
}

Value codegen_module(VM *vm, Mod *mod, SymTable *st, Value filename, int flags, const char *src, size_t len,
                     CompileError *err) {
    Compiler c = {0};
    c.src = src;
    c.srclen = len;
    c.vm = vm;
    c.arena = st->arena;
    c.st = st;
    c.err = err;
    c.filename = filename;
    c.flags = flags;
    Value code = VAL_ERROR;
    if (compile_mod(&c, mod) == 0) code = assemble(&c);
    while (c.u) exit_unit(&c);
    return code;
}

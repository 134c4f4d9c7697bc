/*
** astmodule.c -- the `_ast` module: Pipit's own parser tree (compiler/ast.h)
** handed to Python as nested tuples, which lib/ast.py turns into node
** instances.
**
** A node is a tuple (class name, field values in _fields order, then
** lineno, col_offset, end_lineno, end_col_offset for the classes that have
** _attributes); a sequence field is a list; a missing optional field is None.
** Only allocation happens here (no Python code runs), so nothing needs to be
** rooted: allocation never collects.
*/
#include <string.h>

#include "modules/modules.h"
#include "runtime/import.h"
#include "compiler/parser.h"
#include "objects/str.h"

typedef Value (*ConvertFn)(VM *vm, const void *node);

static Value expr_tuple(VM *vm, const void *node);
static Value stmt_tuple(VM *vm, const void *node);
static Value pattern_tuple(VM *vm, const void *node);
static Value arguments_tuple(VM *vm, const Arguments *a);

/* A node tuple: [name], [n] fields, then [loc] when it is not NULL. */
static Value make_node(VM *vm, const char *name, int n, const Value *fields, const Loc *loc) {
    size_t len = 1 + (size_t)n + (loc ? 4 : 0);
    Value t = tuple_new(vm, len);
    if (val_is_error(t)) return t;
    Value *items = as_tuple(t)->items;
    items[0] = str_intern_cstr(vm, name);
    if (val_is_error(items[0])) return VAL_ERROR;
    for (int i = 0; i < n; i++) {
        if (val_is_error(fields[i])) return VAL_ERROR;
        items[1 + i] = fields[i];
    }
    if (loc) {
        items[1 + n] = val_from_small(loc->lineno);
        items[2 + n] = val_from_small(loc->col_offset);
        items[3 + n] = val_from_small(loc->end_lineno);
        items[4 + n] = val_from_small(loc->end_col_offset);
    }
    return t;
}

/* A field-less node such as Load() or Add(). */
static Value leaf(VM *vm, const char *name) { return make_node(vm, name, 0, NULL, NULL); }

/* A list of the converted items of [seq] (NULL items become None). */
static Value seq_list(VM *vm, const AstSeq *seq, ConvertFn fn) {
    int n = SEQ_LEN(seq);
    Value list = list_new(vm, (size_t)n);
    if (val_is_error(list)) return list;
    for (int i = 0; i < n; i++) {
        void *item = SEQ_GET(seq, i);
        Value v = item ? fn(vm, item) : VAL_NONE;
        if (val_is_error(v)) return v;
        as_list(list)->items[i] = v;
    }
    return list;
}

static Value opt_expr(VM *vm, const Expr *e) { return e ? expr_tuple(vm, e) : VAL_NONE; }

static Value ident(VM *vm, const char *s) { return s ? str_from_cstr(vm, s) : VAL_NONE; }

static Value ident_item(VM *vm, const void *s) { return str_from_cstr(vm, (const char *)s); }

static Value ctx_node(VM *vm, ExprContext ctx) {
    return leaf(vm, ctx == CTX_STORE ? "Store" : ctx == CTX_DEL ? "Del" : "Load");
}

static Value operator_node(VM *vm, OperatorKind op) {
    static const char *const names[] = {"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                        "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return leaf(vm, names[op]);
}

static Value unaryop_node(VM *vm, UnaryOpKind op) {
    static const char *const names[] = {"", "Invert", "Not", "UAdd", "USub"};
    return leaf(vm, names[op]);
}

static Value cmpop_node(VM *vm, CmpOpKind op) {
    static const char *const names[] = {"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE",
                                        "Is", "IsNot", "In", "NotIn"};
    return leaf(vm, names[op]);
}

static Value constant_value(VM *vm, const Constant *c) {
    switch (c->kind) {
    case CONST_NONE: return VAL_NONE;
    case CONST_TRUE: return VAL_TRUE;
    case CONST_FALSE: return VAL_FALSE;
    case CONST_ELLIPSIS: return VAL_ELLIPSIS;
    case CONST_INT:
        if (c->is_big) return int_from_string(vm, c->str.s, c->str.len, c->ibase);
        return int_from_i64(vm, c->ival);
    case CONST_FLOAT: return val_from_float(c->fval);
    case CONST_COMPLEX: return complex_new(vm, 0.0, c->fval);
    case CONST_STR: return str_new(vm, c->str.s, c->str.len);
    case CONST_BYTES: return bytes_new(vm, c->str.s, c->str.len);
    }
    return VAL_NONE;
}

static Value constant_node(VM *vm, const Constant *c, const Loc *loc) {
    Value f[2] = {constant_value(vm, c), ident(vm, c->kind_u)};
    return make_node(vm, "Constant", 2, f, loc);
}

static Value comprehension_tuple(VM *vm, const void *node) {
    const Comprehension *c = node;
    Value f[4] = {expr_tuple(vm, c->target), expr_tuple(vm, c->iter), seq_list(vm, c->ifs, expr_tuple),
                  val_from_small(c->is_async)};
    return make_node(vm, "comprehension", 4, f, NULL);
}

static Value keyword_tuple(VM *vm, const void *node) {
    const Keyword *k = node;
    Value f[2] = {ident(vm, k->arg), expr_tuple(vm, k->value)};
    return make_node(vm, "keyword", 2, f, &k->loc);
}

static Value compare_ops(VM *vm, const Expr *e) {
    Value list = list_new(vm, (size_t)e->v.compare.n);
    if (val_is_error(list)) return list;
    for (int i = 0; i < e->v.compare.n; i++) {
        Value op = cmpop_node(vm, e->v.compare.ops[i]);
        if (val_is_error(op)) return op;
        as_list(list)->items[i] = op;
    }
    return list;
}

static Value comp_node(VM *vm, const char *name, const Expr *e) {
    Value f[2] = {expr_tuple(vm, e->v.comp.elt), seq_list(vm, e->v.comp.generators, comprehension_tuple)};
    return make_node(vm, name, 2, f, &e->loc);
}

static Value conversion_value(int conversion) { return val_from_small(conversion); }

static Value expr_tuple(VM *vm, const void *node) {
    const Expr *e = node;
    const Loc *L = &e->loc;
    switch (e->kind) {
    case EXPR_BOOLOP: {
        Value f[2] = {leaf(vm, e->v.boolop.op == OP_AND ? "And" : "Or"), seq_list(vm, e->v.boolop.values, expr_tuple)};
        return make_node(vm, "BoolOp", 2, f, L);
    }
    case EXPR_NAMEDEXPR: {
        Value f[2] = {expr_tuple(vm, e->v.namedexpr.target), expr_tuple(vm, e->v.namedexpr.value)};
        return make_node(vm, "NamedExpr", 2, f, L);
    }
    case EXPR_BINOP: {
        Value f[3] = {expr_tuple(vm, e->v.binop.left), operator_node(vm, e->v.binop.op), expr_tuple(vm, e->v.binop.right)};
        return make_node(vm, "BinOp", 3, f, L);
    }
    case EXPR_UNARYOP: {
        Value f[2] = {unaryop_node(vm, e->v.unaryop.op), expr_tuple(vm, e->v.unaryop.operand)};
        return make_node(vm, "UnaryOp", 2, f, L);
    }
    case EXPR_LAMBDA: {
        Value f[2] = {arguments_tuple(vm, e->v.lambda.args), expr_tuple(vm, e->v.lambda.body)};
        return make_node(vm, "Lambda", 2, f, L);
    }
    case EXPR_IFEXP: {
        Value f[3] = {expr_tuple(vm, e->v.ifexp.test), expr_tuple(vm, e->v.ifexp.body), expr_tuple(vm, e->v.ifexp.orelse)};
        return make_node(vm, "IfExp", 3, f, L);
    }
    case EXPR_DICT: {
        Value f[2] = {seq_list(vm, e->v.dict.keys, expr_tuple), seq_list(vm, e->v.dict.values, expr_tuple)};
        return make_node(vm, "Dict", 2, f, L);
    }
    case EXPR_SET: {
        Value f[1] = {seq_list(vm, e->v.set.elts, expr_tuple)};
        return make_node(vm, "Set", 1, f, L);
    }
    case EXPR_LISTCOMP: return comp_node(vm, "ListComp", e);
    case EXPR_SETCOMP: return comp_node(vm, "SetComp", e);
    case EXPR_GENEXP: return comp_node(vm, "GeneratorExp", e);
    case EXPR_DICTCOMP: {
        Value f[3] = {expr_tuple(vm, e->v.comp.elt), expr_tuple(vm, e->v.comp.value),
                      seq_list(vm, e->v.comp.generators, comprehension_tuple)};
        return make_node(vm, "DictComp", 3, f, L);
    }
    case EXPR_AWAIT: {
        Value f[1] = {expr_tuple(vm, e->v.await_.value)};
        return make_node(vm, "Await", 1, f, L);
    }
    case EXPR_YIELD: {
        Value f[1] = {opt_expr(vm, e->v.yield.value)};
        return make_node(vm, "Yield", 1, f, L);
    }
    case EXPR_YIELDFROM: {
        Value f[1] = {expr_tuple(vm, e->v.yieldfrom.value)};
        return make_node(vm, "YieldFrom", 1, f, L);
    }
    case EXPR_COMPARE: {
        Value f[3] = {expr_tuple(vm, e->v.compare.left), compare_ops(vm, e), seq_list(vm, e->v.compare.comparators, expr_tuple)};
        return make_node(vm, "Compare", 3, f, L);
    }
    case EXPR_CALL: {
        Value f[3] = {expr_tuple(vm, e->v.call.func), seq_list(vm, e->v.call.args, expr_tuple),
                      seq_list(vm, e->v.call.keywords, keyword_tuple)};
        return make_node(vm, "Call", 3, f, L);
    }
    case EXPR_FORMATTEDVALUE: {
        Value f[3] = {expr_tuple(vm, e->v.formattedvalue.value), conversion_value(e->v.formattedvalue.conversion),
                      opt_expr(vm, e->v.formattedvalue.format_spec)};
        return make_node(vm, "FormattedValue", 3, f, L);
    }
    case EXPR_JOINEDSTR: {
        Value f[1] = {seq_list(vm, e->v.joinedstr.values, expr_tuple)};
        return make_node(vm, "JoinedStr", 1, f, L);
    }
    case EXPR_CONSTANT: return constant_node(vm, &e->v.constant, L);
    case EXPR_ATTRIBUTE: {
        Value f[3] = {expr_tuple(vm, e->v.attribute.value), ident(vm, e->v.attribute.attr), ctx_node(vm, e->v.attribute.ctx)};
        return make_node(vm, "Attribute", 3, f, L);
    }
    case EXPR_SUBSCRIPT: {
        Value f[3] = {expr_tuple(vm, e->v.subscript.value), expr_tuple(vm, e->v.subscript.slice), ctx_node(vm, e->v.subscript.ctx)};
        return make_node(vm, "Subscript", 3, f, L);
    }
    case EXPR_STARRED: {
        Value f[2] = {expr_tuple(vm, e->v.starred.value), ctx_node(vm, e->v.starred.ctx)};
        return make_node(vm, "Starred", 2, f, L);
    }
    case EXPR_NAME: {
        Value f[2] = {ident(vm, e->v.name.id), ctx_node(vm, e->v.name.ctx)};
        return make_node(vm, "Name", 2, f, L);
    }
    case EXPR_LIST:
    case EXPR_TUPLE: {
        Value f[2] = {seq_list(vm, e->v.list.elts, expr_tuple), ctx_node(vm, e->v.list.ctx)};
        return make_node(vm, e->kind == EXPR_LIST ? "List" : "Tuple", 2, f, L);
    }
    case EXPR_SLICE: {
        Value f[3] = {opt_expr(vm, e->v.slice.lower), opt_expr(vm, e->v.slice.upper), opt_expr(vm, e->v.slice.step)};
        return make_node(vm, "Slice", 3, f, L);
    }
    }
    return vm_raise(vm, &type_SystemError, "unknown expression kind %d", (int)e->kind);
}

static Value arg_tuple(VM *vm, const void *node) {
    const Arg *a = node;
    Value f[3] = {ident(vm, a->arg), opt_expr(vm, a->annotation), VAL_NONE};
    return make_node(vm, "arg", 3, f, &a->loc);
}

static Value opt_arg(VM *vm, const Arg *a) { return a ? arg_tuple(vm, a) : VAL_NONE; }

static Value arguments_tuple(VM *vm, const Arguments *a) {
    Value f[7] = {seq_list(vm, a ? a->posonlyargs : NULL, arg_tuple), seq_list(vm, a ? a->args : NULL, arg_tuple),
                  opt_arg(vm, a ? a->vararg : NULL), seq_list(vm, a ? a->kwonlyargs : NULL, arg_tuple),
                  seq_list(vm, a ? a->kw_defaults : NULL, expr_tuple), opt_arg(vm, a ? a->kwarg : NULL),
                  seq_list(vm, a ? a->defaults : NULL, expr_tuple)};
    return make_node(vm, "arguments", 7, f, NULL);
}

static Value handler_tuple(VM *vm, const void *node) {
    const ExceptHandler *h = node;
    Value f[3] = {opt_expr(vm, h->type), ident(vm, h->name), seq_list(vm, h->body, stmt_tuple)};
    return make_node(vm, "ExceptHandler", 3, f, &h->loc);
}

static Value alias_tuple(VM *vm, const void *node) {
    const Alias *a = node;
    Value f[2] = {ident(vm, a->name), ident(vm, a->asname)};
    return make_node(vm, "alias", 2, f, &a->loc);
}

static Value withitem_tuple(VM *vm, const void *node) {
    const WithItem *w = node;
    Value f[2] = {expr_tuple(vm, w->context_expr), opt_expr(vm, w->optional_vars)};
    return make_node(vm, "withitem", 2, f, NULL);
}

static Value match_case_tuple(VM *vm, const void *node) {
    const MatchCase *m = node;
    Value f[3] = {pattern_tuple(vm, m->pattern), opt_expr(vm, m->guard), seq_list(vm, m->body, stmt_tuple)};
    return make_node(vm, "match_case", 3, f, NULL);
}

static Value singleton_value(ConstKind k) {
    return k == CONST_TRUE ? VAL_TRUE : k == CONST_FALSE ? VAL_FALSE : VAL_NONE;
}

static Value pattern_tuple(VM *vm, const void *node) {
    const Pattern *p = node;
    const Loc *L = &p->loc;
    switch (p->kind) {
    case PAT_VALUE: {
        Value f[1] = {expr_tuple(vm, p->v.value.value)};
        return make_node(vm, "MatchValue", 1, f, L);
    }
    case PAT_SINGLETON: {
        Value f[1] = {singleton_value(p->v.singleton.value)};
        return make_node(vm, "MatchSingleton", 1, f, L);
    }
    case PAT_SEQUENCE: {
        Value f[1] = {seq_list(vm, p->v.sequence.patterns, pattern_tuple)};
        return make_node(vm, "MatchSequence", 1, f, L);
    }
    case PAT_MAPPING: {
        Value f[3] = {seq_list(vm, p->v.mapping.keys, expr_tuple), seq_list(vm, p->v.mapping.patterns, pattern_tuple),
                      ident(vm, p->v.mapping.rest)};
        return make_node(vm, "MatchMapping", 3, f, L);
    }
    case PAT_CLASS: {
        Value f[4] = {expr_tuple(vm, p->v.class_.cls), seq_list(vm, p->v.class_.patterns, pattern_tuple),
                      seq_list(vm, p->v.class_.kwd_attrs, ident_item), seq_list(vm, p->v.class_.kwd_patterns, pattern_tuple)};
        return make_node(vm, "MatchClass", 4, f, L);
    }
    case PAT_STAR: {
        Value f[1] = {ident(vm, p->v.star.name)};
        return make_node(vm, "MatchStar", 1, f, L);
    }
    case PAT_AS: {
        Value f[2] = {p->v.as.pattern ? pattern_tuple(vm, p->v.as.pattern) : VAL_NONE, ident(vm, p->v.as.name)};
        return make_node(vm, "MatchAs", 2, f, L);
    }
    case PAT_OR: {
        Value f[1] = {seq_list(vm, p->v.or_.patterns, pattern_tuple)};
        return make_node(vm, "MatchOr", 1, f, L);
    }
    }
    return vm_raise(vm, &type_SystemError, "unknown pattern kind %d", (int)p->kind);
}

static Value funcdef_node(VM *vm, const Stmt *s) {
    Value f[6] = {ident(vm, s->v.funcdef.name), arguments_tuple(vm, s->v.funcdef.args),
                  seq_list(vm, s->v.funcdef.body, stmt_tuple), seq_list(vm, s->v.funcdef.decorator_list, expr_tuple),
                  opt_expr(vm, s->v.funcdef.returns), VAL_NONE};
    return make_node(vm, s->kind == STMT_FUNCTIONDEF ? "FunctionDef" : "AsyncFunctionDef", 6, f, &s->loc);
}

static Value classdef_node(VM *vm, const Stmt *s) {
    Value f[5] = {ident(vm, s->v.classdef.name), seq_list(vm, s->v.classdef.bases, expr_tuple),
                  seq_list(vm, s->v.classdef.keywords, keyword_tuple), seq_list(vm, s->v.classdef.body, stmt_tuple),
                  seq_list(vm, s->v.classdef.decorator_list, expr_tuple)};
    return make_node(vm, "ClassDef", 5, f, &s->loc);
}

static Value for_node(VM *vm, const Stmt *s) {
    Value f[5] = {expr_tuple(vm, s->v.for_.target), expr_tuple(vm, s->v.for_.iter),
                  seq_list(vm, s->v.for_.body, stmt_tuple), seq_list(vm, s->v.for_.orelse, stmt_tuple), VAL_NONE};
    return make_node(vm, s->kind == STMT_FOR ? "For" : "AsyncFor", 5, f, &s->loc);
}

static Value try_node(VM *vm, const Stmt *s) {
    Value f[4] = {seq_list(vm, s->v.try_.body, stmt_tuple), seq_list(vm, s->v.try_.handlers, handler_tuple),
                  seq_list(vm, s->v.try_.orelse, stmt_tuple), seq_list(vm, s->v.try_.finalbody, stmt_tuple)};
    return make_node(vm, s->kind == STMT_TRY ? "Try" : "TryStar", 4, f, &s->loc);
}

/* Statements with an expression test, a body and an else part. */
static Value test_body_node(VM *vm, const char *name, const Stmt *s) {
    Value f[3] = {expr_tuple(vm, s->v.if_.test), seq_list(vm, s->v.if_.body, stmt_tuple),
                  seq_list(vm, s->v.if_.orelse, stmt_tuple)};
    return make_node(vm, name, 3, f, &s->loc);
}

static Value one_field(VM *vm, const char *name, Value v, const Loc *loc) { return make_node(vm, name, 1, &v, loc); }

static Value stmt_tuple(VM *vm, const void *node) {
    const Stmt *s = node;
    const Loc *L = &s->loc;
    switch (s->kind) {
    case STMT_FUNCTIONDEF:
    case STMT_ASYNCFUNCTIONDEF: return funcdef_node(vm, s);
    case STMT_CLASSDEF: return classdef_node(vm, s);
    case STMT_RETURN: return one_field(vm, "Return", opt_expr(vm, s->v.return_.value), L);
    case STMT_DELETE: return one_field(vm, "Delete", seq_list(vm, s->v.delete_.targets, expr_tuple), L);
    case STMT_ASSIGN: {
        Value f[3] = {seq_list(vm, s->v.assign.targets, expr_tuple), expr_tuple(vm, s->v.assign.value), VAL_NONE};
        return make_node(vm, "Assign", 3, f, L);
    }
    case STMT_AUGASSIGN: {
        Value f[3] = {expr_tuple(vm, s->v.augassign.target), operator_node(vm, s->v.augassign.op),
                      expr_tuple(vm, s->v.augassign.value)};
        return make_node(vm, "AugAssign", 3, f, L);
    }
    case STMT_ANNASSIGN: {
        Value f[4] = {expr_tuple(vm, s->v.annassign.target), expr_tuple(vm, s->v.annassign.annotation),
                      opt_expr(vm, s->v.annassign.value), val_from_small(s->v.annassign.simple)};
        return make_node(vm, "AnnAssign", 4, f, L);
    }
    case STMT_FOR:
    case STMT_ASYNCFOR: return for_node(vm, s);
    case STMT_WHILE: return test_body_node(vm, "While", s);
    case STMT_IF: return test_body_node(vm, "If", s);
    case STMT_WITH:
    case STMT_ASYNCWITH: {
        Value f[3] = {seq_list(vm, s->v.with.items, withitem_tuple), seq_list(vm, s->v.with.body, stmt_tuple), VAL_NONE};
        return make_node(vm, s->kind == STMT_WITH ? "With" : "AsyncWith", 3, f, L);
    }
    case STMT_MATCH: {
        Value f[2] = {expr_tuple(vm, s->v.match.subject), seq_list(vm, s->v.match.cases, match_case_tuple)};
        return make_node(vm, "Match", 2, f, L);
    }
    case STMT_RAISE: {
        Value f[2] = {opt_expr(vm, s->v.raise.exc), opt_expr(vm, s->v.raise.cause)};
        return make_node(vm, "Raise", 2, f, L);
    }
    case STMT_TRY:
    case STMT_TRYSTAR: return try_node(vm, s);
    case STMT_ASSERT: {
        Value f[2] = {expr_tuple(vm, s->v.assert_.test), opt_expr(vm, s->v.assert_.msg)};
        return make_node(vm, "Assert", 2, f, L);
    }
    case STMT_IMPORT: return one_field(vm, "Import", seq_list(vm, s->v.import.names, alias_tuple), L);
    case STMT_IMPORTFROM: {
        Value f[3] = {ident(vm, s->v.importfrom.module), seq_list(vm, s->v.importfrom.names, alias_tuple),
                      val_from_small(s->v.importfrom.level)};
        return make_node(vm, "ImportFrom", 3, f, L);
    }
    case STMT_GLOBAL: return one_field(vm, "Global", seq_list(vm, s->v.global.names, ident_item), L);
    case STMT_NONLOCAL: return one_field(vm, "Nonlocal", seq_list(vm, s->v.global.names, ident_item), L);
    case STMT_EXPR: return one_field(vm, "Expr", expr_tuple(vm, s->v.expr.value), L);
    case STMT_PASS: return make_node(vm, "Pass", 0, NULL, L);
    case STMT_BREAK: return make_node(vm, "Break", 0, NULL, L);
    case STMT_CONTINUE: return make_node(vm, "Continue", 0, NULL, L);
    }
    return vm_raise(vm, &type_SystemError, "unknown statement kind %d", (int)s->kind);
}

static Value mod_tuple(VM *vm, const Mod *m) {
    switch (m->kind) {
    case MOD_MODULE: {
        Value f[2] = {seq_list(vm, m->body, stmt_tuple), list_new(vm, 0)};
        return make_node(vm, "Module", 2, f, NULL);
    }
    case MOD_INTERACTIVE: return one_field(vm, "Interactive", seq_list(vm, m->body, stmt_tuple), NULL);
    case MOD_EXPRESSION: return one_field(vm, "Expression", expr_tuple(vm, m->expr), NULL);
    }
    return vm_raise(vm, &type_SystemError, "unknown module kind");
}

/* _ast.parse_tuples(source, filename, mode): mode 0 exec, 1 single, 2 eval.
** A syntax error is raised by compiling the same text, which reports it
** exactly as compile() does. */
static Value ast_parse_tuples(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "parse_tuples", nargs, kwnames, 3, 3) < 0) return VAL_ERROR;
    const char *text;
    size_t len;
    const uint8_t *data;
    if (val_is_str(args[0])) {
        text = str_cstr(args[0]);
        len = as_str(args[0])->size;
    } else if (bytes_view(args[0], &data, &len)) {
        text = (const char *)data;
    } else {
        return vm_raise(vm, &type_TypeError, "parse_tuples() source must be str or bytes");
    }
    if (!val_is_int(args[2])) return vm_raise(vm, &type_TypeError, "parse_tuples() mode must be an int");
    int mode = (int)val_as_int(args[2]);
    if (mode < PARSE_FILE || mode > PARSE_EVAL) return vm_raise(vm, &type_ValueError, "parse_tuples() bad mode");
    if (memchr(text, '\0', len))
        return vm_raise(vm, &type_SyntaxError, "source code string cannot contain null bytes");
    Arena arena;
    arena_init(&arena);
    ParseError perr;
    memset(&perr, 0, sizeof perr);
    Mod *mod = parse_source(&arena, text, len, (ParseMode)mode, &perr);
    Value r;
    if (mod) {
        r = mod_tuple(vm, mod);
    } else {
        Value code = compile_source(vm, text, len, args[1], mode);
        r = val_is_error(code) ? VAL_ERROR : vm_raise(vm, &type_SyntaxError, "invalid syntax");
    }
    arena_free(&arena);
    return r;
}

static const MethodDef ast_functions[] = {
    {"parse_tuples", ast_parse_tuples, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value ast_module_init(VM *vm) {
    Value m = native_module_new(vm, "_ast", ast_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    /* compile() flags, as CPython's _ast has them */
    if (dict_set_cstr(vm, d, "PyCF_ONLY_AST", val_from_small(0x400)) < 0 ||
        dict_set_cstr(vm, d, "PyCF_TYPE_COMMENTS", val_from_small(0x1000)) < 0 ||
        dict_set_cstr(vm, d, "PyCF_ALLOW_TOP_LEVEL_AWAIT", val_from_small(0x2000)) < 0)
        return VAL_ERROR;
    return m;
}

/* compile() of an AST object, or with PyCF_ONLY_AST in flags: handed to
** ast._compile (lib/ast.py). [args] are compile()'s seven arguments. */
Value ast_compile(VM *vm, Value *args) {
    Value mod = import_module(vm, "ast");
    if (val_is_error(mod)) return mod;
    Value fn = obj_getattr_cstr(vm, mod, "_compile");
    if (val_is_error(fn)) return fn;
    Value a[7];
    for (int i = 0; i < 7; i++) a[i] = val_is_null(args[i]) ? VAL_NONE : args[i];
    return obj_call(vm, fn, a, 7, VAL_NULL);
}

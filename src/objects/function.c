/*
** function.c -- callables and descriptors: Python functions, code objects,
** cells, bound methods, built-in functions and method descriptors, getset
** descriptors, property, staticmethod, classmethod, and modules.
*/
#include <stdlib.h>

#include "../runtime/names.h"
#include "../runtime/typeobject.h"
#include "../runtime/vm.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

static Value kw_error(VM *vm, const char *name) {
    return vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", name);
}

static bool has_kwargs(Value kwnames) { return val_is_obj(kwnames) && as_tuple(kwnames)->len > 0; }

/* ---- code ---- */

static void code_traverse(Obj *o, GCVisitor *gv) {
    CodeObj *co = (CodeObj *)o;
    gc_visit(gv, co->consts);
    gc_visit(gv, co->names);
    gc_visit(gv, co->localsplusnames);
    gc_visit(gv, co->name);
    gc_visit(gv, co->qualname);
    gc_visit(gv, co->filename);
    gc_visit(gv, co->source);
    gc_visit(gv, co->docstring);
}

static void code_finalize(Obj *o) {
    CodeObj *co = (CodeObj *)o;
    free(co->code);
    free(co->positions);
    free(co->exctable);
    free(co->localspluskinds);
}

Value code_new(VM *vm) {
    CodeObj *co = gc_alloc(vm, &type_code, sizeof(CodeObj));
    if (!co) return VAL_ERROR;
    co->consts = co->names = co->localsplusnames = VAL_NULL;
    co->name = co->qualname = co->filename = co->source = co->docstring = VAL_NULL;
    return val_from_obj(co);
}

int code_line_of(CodeObj *co, uint32_t ip) {
    if (!co->positions || ip >= co->ncode) return co->firstlineno;
    return co->positions[ip].lineno;
}

static Value code_repr(VM *vm, Value self) {
    CodeObj *co = (CodeObj *)val_as_obj(self);
    return str_format(vm, "<code object %U at %p, file \"%U\", line %d>", co->name,
                      (void *)co, co->filename, co->firstlineno);
}

#define CODE_GETTER(fname, field) \
    static Value fname(VM *vm, Value self) { return ((CodeObj *)val_as_obj(self))->field; }
CODE_GETTER(code_get_name, name)
CODE_GETTER(code_get_qualname, qualname)
CODE_GETTER(code_get_filename, filename)
CODE_GETTER(code_get_consts, consts)
CODE_GETTER(code_get_names, names)
#undef CODE_GETTER

static Value code_int(VM *vm, int v) { return val_from_small(v); }
static Value code_get_argcount(VM *vm, Value self) { return code_int(vm, ((CodeObj *)val_as_obj(self))->argcount); }
static Value code_get_posonly(VM *vm, Value self) { return code_int(vm, ((CodeObj *)val_as_obj(self))->posonlyargcount); }
static Value code_get_kwonly(VM *vm, Value self) { return code_int(vm, ((CodeObj *)val_as_obj(self))->kwonlyargcount); }
static Value code_get_flags(VM *vm, Value self) { return code_int(vm, (int)((CodeObj *)val_as_obj(self))->flags); }
static Value code_get_firstlineno(VM *vm, Value self) { return code_int(vm, ((CodeObj *)val_as_obj(self))->firstlineno); }
static Value code_get_nlocals(VM *vm, Value self) { return code_int(vm, ((CodeObj *)val_as_obj(self))->nlocals); }
static Value code_get_stacksize(VM *vm, Value self) { return code_int(vm, ((CodeObj *)val_as_obj(self))->stacksize); }

/* co_varnames / co_cellvars / co_freevars: slices of localsplusnames by kind */
static Value code_names_of_kind(VM *vm, Value self, int kind) {
    CodeObj *co = (CodeObj *)val_as_obj(self);
    Value l = list_new(vm, 0);
    if (val_is_error(l)) return l;
    TupleObj *names = as_tuple(co->localsplusnames);
    for (int i = 0; i < co->nlocalsplus; i++) {
        int k = co->localspluskinds[i];
        bool take = kind == CO_FAST_LOCAL ? (k & CO_FAST_LOCAL) != 0
                  : kind == CO_FAST_CELL ? (k & CO_FAST_CELL) != 0
                                         : (k & CO_FAST_FREE) != 0;
        if (take && list_append(vm, l, names->items[i]) < 0) return VAL_ERROR;
    }
    return tuple_from(vm, as_list(l)->items, as_list(l)->len);
}

static Value code_get_varnames(VM *vm, Value self) { return code_names_of_kind(vm, self, CO_FAST_LOCAL); }
static Value code_get_cellvars(VM *vm, Value self) { return code_names_of_kind(vm, self, CO_FAST_CELL); }
static Value code_get_freevars(VM *vm, Value self) { return code_names_of_kind(vm, self, CO_FAST_FREE); }

static const GetSetDef code_getsets[] = {
    {"co_name", code_get_name, NULL}, {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL}, {"co_consts", code_get_consts, NULL},
    {"co_names", code_get_names, NULL}, {"co_argcount", code_get_argcount, NULL},
    {"co_posonlyargcount", code_get_posonly, NULL}, {"co_kwonlyargcount", code_get_kwonly, NULL},
    {"co_flags", code_get_flags, NULL}, {"co_firstlineno", code_get_firstlineno, NULL},
    {"co_nlocals", code_get_nlocals, NULL}, {"co_stacksize", code_get_stacksize, NULL},
    {"co_varnames", code_get_varnames, NULL}, {"co_cellvars", code_get_cellvars, NULL},
    {"co_freevars", code_get_freevars, NULL}, {NULL, NULL, NULL},
};

/* *dst = a malloc'ed copy of [n] items of [size] bytes; false on
** out-of-memory. An empty array is copied as NULL. */
static bool copy_array(void *dst, const void *p, size_t n, size_t size) {
    void *q = NULL;
    if (p && n) {
        q = malloc(n * size);
        if (!q) return false;
        memcpy(q, p, n * size);
    }
    memcpy(dst, &q, sizeof q);
    return true;
}

/* A new code object sharing [co]'s values, with its own arrays. */
static Value code_copy(VM *vm, CodeObj *co) {
    Value v = code_new(vm);
    if (val_is_error(v)) return v;
    CodeObj *c = (CodeObj *)val_as_obj(v);
    Obj hdr = c->hdr;
    *c = *co;
    c->hdr = hdr;
    c->code = NULL;
    c->positions = NULL;
    c->exctable = NULL;
    c->localspluskinds = NULL;
    if (!copy_array(&c->code, co->code, co->ncode, sizeof *co->code) ||
        !copy_array(&c->positions, co->positions, co->ncode, sizeof *co->positions) ||
        !copy_array(&c->exctable, co->exctable, co->nexctable, sizeof *co->exctable) ||
        !copy_array(&c->localspluskinds, co->localspluskinds, (size_t)co->nlocalsplus, 1))
        return vm_raise_nomem(vm);
    return v;
}

static int code_replace_int(VM *vm, Value v, const char *name, int *out) {
    int64_t i;
    if (!val_isinstance(v, &type_int))
        return vm_raise(vm, &type_TypeError, "'%T' object cannot be interpreted as an integer", v), -1;
    if (obj_index_i64(vm, v, &i, &type_OverflowError) < 0) return -1;
    if (i < 0 || i > INT32_MAX)
        return vm_raise(vm, &type_ValueError, "replace() argument '%s' out of range", name), -1;
    *out = (int)i;
    return 0;
}

static int code_replace_str(VM *vm, Value v, const char *name, Value *out) {
    if (!val_is_str(v))
        return vm_raise(vm, &type_TypeError, "replace() argument '%s' must be str, not %T", name, v), -1;
    *out = v;
    return 0;
}

static int code_replace_tuple(VM *vm, Value v, const char *name, Value *out) {
    if (!val_isinstance(v, &type_tuple))
        return vm_raise(vm, &type_TypeError, "replace() argument '%s' must be tuple, not %T", name, v), -1;
    *out = v;
    return 0;
}

/* co_names must stay as long as the instructions expect, and interned. */
static int code_replace_names(VM *vm, CodeObj *c, Value names) {
    TupleObj *t = as_tuple(names);
    if (t->len != as_tuple(c->names)->len) {
        vm_raise(vm, &type_ValueError, "code: co_names has the wrong length");
        return -1;
    }
    Value copy = tuple_new(vm, t->len);
    if (val_is_error(copy)) return -1;
    for (size_t i = 0; i < t->len; i++) {
        if (!val_is_str(t->items[i])) {
            vm_raise(vm, &type_TypeError, "name tuples must contain only strings, not '%T'", t->items[i]);
            return -1;
        }
        Value s = str_intern(vm, t->items[i]);
        if (val_is_error(s)) return -1;
        as_tuple(copy)->items[i] = s;
    }
    c->names = copy;
    return 0;
}

/* code.replace(**changes): a copy with some fields changed. Fields that
** the instructions depend on (co_code, the local counts) cannot change. */
static Value code_replace(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"", "co_flags", "co_firstlineno", "co_name",
                                        "co_qualname", "co_filename", "co_consts", "co_names",
                                        NULL};
    Value a[8];
    if (nargs > 1) return vm_raise(vm, &type_TypeError, "replace() takes no positional arguments");
    if (vm_parse_args(vm, "replace", args, nargs, kwnames, names, 1, 1, a) < 0) return VAL_ERROR;
    Value v = code_copy(vm, (CodeObj *)val_as_obj(args[0]));
    if (val_is_error(v)) return v;
    CodeObj *c = (CodeObj *)val_as_obj(v);
    int flags = (int)c->flags;
    if (!val_is_null(a[1]) && code_replace_int(vm, a[1], "co_flags", &flags) < 0) return VAL_ERROR;
    c->flags = (uint32_t)flags;
    if (!val_is_null(a[2]) && code_replace_int(vm, a[2], "co_firstlineno", &c->firstlineno) < 0)
        return VAL_ERROR;
    if (!val_is_null(a[3]) && code_replace_str(vm, a[3], "co_name", &c->name) < 0) return VAL_ERROR;
    if (!val_is_null(a[4]) && code_replace_str(vm, a[4], "co_qualname", &c->qualname) < 0)
        return VAL_ERROR;
    if (!val_is_null(a[5]) && code_replace_str(vm, a[5], "co_filename", &c->filename) < 0)
        return VAL_ERROR;
    if (!val_is_null(a[6]) && code_replace_tuple(vm, a[6], "co_consts", &c->consts) < 0)
        return VAL_ERROR;
    Value nm;
    if (!val_is_null(a[7]) && (code_replace_tuple(vm, a[7], "co_names", &nm) < 0 ||
                               code_replace_names(vm, c, nm) < 0))
        return VAL_ERROR;
    return v;
}

static const MethodDef code_methods[] = {
    {"replace", code_replace, 0, NULL}, {NULL, NULL, 0, NULL},
};

Type type_code = {
    .hdr = STATIC_TYPE_HDR, .name = "code", .basicsize = sizeof(CodeObj),
    .repr = code_repr, .traverse = code_traverse, .finalize = code_finalize,
};

/* ---- function ---- */

static void func_traverse(Obj *o, GCVisitor *gv) {
    FuncObj *f = (FuncObj *)o;
    Value fields[] = {f->code, f->globals, f->builtins, f->name, f->qualname, f->defaults,
                      f->kwdefaults, f->closure, f->doc, f->module, f->annotations, f->dict};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) gc_visit(gv, fields[i]);
}

Value func_new(VM *vm, Value code, Value globals) {
    FuncObj *f = gc_alloc(vm, &type_function, sizeof(FuncObj));
    if (!f) return VAL_ERROR;
    CodeObj *co = (CodeObj *)val_as_obj(code);
    f->code = code;
    f->globals = globals;
    f->name = co->name;
    f->qualname = val_is_null(co->qualname) ? co->name : co->qualname;
    f->defaults = f->kwdefaults = f->closure = f->annotations = f->dict = VAL_NULL;
    f->doc = val_is_null(co->docstring) ? VAL_NONE : co->docstring;
    Value b = dict_get_str(vm, globals, NAME(vm, __builtins__));
    if (val_is_type(b, &type_module)) b = ((ModuleObj *)val_as_obj(b))->dict;
    f->builtins = val_isinstance(b, &type_dict) ? b : vm->builtins;
    Value mod = dict_get_str(vm, globals, NAME(vm, __name__));
    f->module = val_is_null(mod) || val_is_error(mod) ? VAL_NONE : mod;
    return val_from_obj(f);
}

static Value func_repr(VM *vm, Value self) {
    FuncObj *f = (FuncObj *)val_as_obj(self);
    return str_format(vm, "<function %U at %p>", f->qualname, (void *)f);
}

static Value func_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    return vm_call(vm, self, args, nargs, kwnames);
}

static Value func_descr_get(VM *vm, Value self, Value obj, Value type) {
    if (val_is_null(obj) || obj == VAL_NONE) {
        if (val_is_null(obj)) return self;
    }
    return method_new(vm, self, obj);
}

#define FUNC_FIELD_GETTER(fname, field, dflt) \
    static Value fname(VM *vm, Value self) { \
        Value v = ((FuncObj *)val_as_obj(self))->field; \
        return val_is_null(v) ? dflt : v; \
    }
FUNC_FIELD_GETTER(func_get_name, name, VAL_NONE)
FUNC_FIELD_GETTER(func_get_qualname, qualname, VAL_NONE)
FUNC_FIELD_GETTER(func_get_doc, doc, VAL_NONE)
FUNC_FIELD_GETTER(func_get_defaults, defaults, VAL_NONE)
FUNC_FIELD_GETTER(func_get_kwdefaults, kwdefaults, VAL_NONE)
FUNC_FIELD_GETTER(func_get_closure, closure, VAL_NONE)
FUNC_FIELD_GETTER(func_get_code, code, VAL_NONE)
FUNC_FIELD_GETTER(func_get_globals, globals, VAL_NONE)
FUNC_FIELD_GETTER(func_get_module, module, VAL_NONE)
FUNC_FIELD_GETTER(func_get_builtins, builtins, VAL_NONE)
#undef FUNC_FIELD_GETTER

static int func_set_str_field(VM *vm, Value *field, Value v, const char *what) {
    if (!val_is_str(v)) {
        vm_raise(vm, &type_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    *field = v;
    return 0;
}

static int func_set_name(VM *vm, Value self, Value v) {
    return func_set_str_field(vm, &((FuncObj *)val_as_obj(self))->name, v, "__name__");
}

static int func_set_qualname(VM *vm, Value self, Value v) {
    return func_set_str_field(vm, &((FuncObj *)val_as_obj(self))->qualname, v, "__qualname__");
}

static int func_set_doc(VM *vm, Value self, Value v) {
    ((FuncObj *)val_as_obj(self))->doc = val_is_null(v) ? VAL_NONE : v;
    return 0;
}

static int func_set_module(VM *vm, Value self, Value v) {
    ((FuncObj *)val_as_obj(self))->module = val_is_null(v) ? VAL_NONE : v;
    return 0;
}

static int func_set_defaults(VM *vm, Value self, Value v) {
    if (val_is_null(v) || v == VAL_NONE) {
        ((FuncObj *)val_as_obj(self))->defaults = VAL_NULL;
        return 0;
    }
    if (!val_isinstance(v, &type_tuple)) {
        vm_raise(vm, &type_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    ((FuncObj *)val_as_obj(self))->defaults = v;
    return 0;
}

static int func_set_kwdefaults(VM *vm, Value self, Value v) {
    if (val_is_null(v) || v == VAL_NONE) {
        ((FuncObj *)val_as_obj(self))->kwdefaults = VAL_NULL;
        return 0;
    }
    if (!val_isinstance(v, &type_dict)) {
        vm_raise(vm, &type_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    ((FuncObj *)val_as_obj(self))->kwdefaults = v;
    return 0;
}

static int func_set_code(VM *vm, Value self, Value v) {
    if (!val_is_type(v, &type_code)) {
        vm_raise(vm, &type_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    ((FuncObj *)val_as_obj(self))->code = v;
    return 0;
}

static Value func_get_annotations(VM *vm, Value self) {
    FuncObj *f = (FuncObj *)val_as_obj(self);
    if (val_is_null(f->annotations)) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        f->annotations = d;
    } else if (val_isinstance(f->annotations, &type_tuple)) {
        /* MAKE_FUNCTION gives (name, value, name, value, ...) */
        TupleObj *t = as_tuple(f->annotations);
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        for (size_t i = 0; i + 1 < t->len; i += 2)
            if (dict_set(vm, d, t->items[i], t->items[i + 1]) < 0) return VAL_ERROR;
        f->annotations = d;
    }
    return f->annotations;
}

static int func_set_annotations(VM *vm, Value self, Value v) {
    if (!val_is_null(v) && v != VAL_NONE && !val_isinstance(v, &type_dict)) {
        vm_raise(vm, &type_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    ((FuncObj *)val_as_obj(self))->annotations = v == VAL_NONE ? VAL_NULL : v;
    return 0;
}

static Value func_get_dict(VM *vm, Value self) {
    FuncObj *f = (FuncObj *)val_as_obj(self);
    if (val_is_null(f->dict)) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        f->dict = d;
    }
    return f->dict;
}

static int func_set_dict(VM *vm, Value self, Value v) {
    if (!val_isinstance(v, &type_dict)) {
        vm_raise(vm, &type_TypeError, "__dict__ must be set to a dictionary, not a '%T'", v);
        return -1;
    }
    ((FuncObj *)val_as_obj(self))->dict = v;
    return 0;
}

static const GetSetDef func_getsets[] = {
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__closure__", func_get_closure, NULL},
    {"__code__", func_get_code, func_set_code},
    {"__globals__", func_get_globals, NULL},
    {"__module__", func_get_module, func_set_module},
    {"__builtins__", func_get_builtins, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations},
    {"__dict__", func_get_dict, func_set_dict},
    {NULL, NULL, NULL},
};

/* Function attributes live in f->dict (functions have no OBJ_HAS_DICT). */
static Value func_getattr(VM *vm, Value self, Value name) {
    Value r = object_generic_getattr(vm, self, name);
    if (!val_is_null(r)) return r;
    FuncObj *f = (FuncObj *)val_as_obj(self);
    if (val_is_obj(f->dict)) return dict_get(vm, f->dict, name);
    return VAL_NULL;
}

static int func_setattr(VM *vm, Value self, Value name, Value v) {
    Value descr = obj_type_lookup(&type_function, name);
    if (!val_is_null(descr)) return object_generic_setattr(vm, self, name, v);
    FuncObj *f = (FuncObj *)val_as_obj(self);
    if (val_is_null(f->dict)) {
        if (val_is_null(v)) {
            vm_raise(vm, &type_AttributeError, "'function' object has no attribute '%U'", name);
            return -1;
        }
        Value d = dict_new(vm);
        if (val_is_error(d)) return -1;
        f->dict = d;
    }
    if (val_is_null(v)) {
        int r = dict_del(vm, f->dict, name);
        if (r == 0) vm_raise(vm, &type_AttributeError, "'function' object has no attribute '%U'", name);
        return r <= 0 ? -1 : 0;
    }
    return dict_set(vm, f->dict, name, v);
}

Type type_function = {
    .hdr = STATIC_TYPE_HDR, .name = "function", .basicsize = sizeof(FuncObj),
    .repr = func_repr, .call = func_call, .descr_get = func_descr_get,
    .getattr = func_getattr, .setattr = func_setattr, .traverse = func_traverse,
};

/* ---- cell ---- */

Value cell_new(VM *vm, Value ref) {
    CellObj *c = gc_alloc(vm, &type_cell, sizeof(CellObj));
    if (!c) return VAL_ERROR;
    c->ref = ref;
    return val_from_obj(c);
}

static void cell_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((CellObj *)o)->ref); }

static Value cell_repr(VM *vm, Value self) {
    CellObj *c = (CellObj *)val_as_obj(self);
    if (val_is_null(c->ref)) return str_format(vm, "<cell at %p: empty>", (void *)c);
    return str_format(vm, "<cell at %p: %s object at %p>", (void *)c, type_name(val_type(c->ref)),
                      val_is_obj(c->ref) ? (void *)val_as_obj(c->ref) : (void *)c);
}

static Value cell_get_contents(VM *vm, Value self) {
    CellObj *c = (CellObj *)val_as_obj(self);
    if (val_is_null(c->ref)) return vm_raise(vm, &type_ValueError, "Cell is empty");
    return c->ref;
}

static int cell_set_contents(VM *vm, Value self, Value v) {
    ((CellObj *)val_as_obj(self))->ref = v;
    return 0;
}

static const GetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents}, {NULL, NULL, NULL},
};

Type type_cell = {
    .hdr = STATIC_TYPE_HDR, .name = "cell", .basicsize = sizeof(CellObj),
    .repr = cell_repr, .traverse = cell_traverse,
};

/* ---- bound method ---- */

Value method_new(VM *vm, Value func, Value self) {
    MethodObj *m = gc_alloc(vm, &type_method, sizeof(MethodObj));
    if (!m) return VAL_ERROR;
    m->func = func;
    m->self = self;
    return val_from_obj(m);
}

static void method_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((MethodObj *)o)->func);
    gc_visit(gv, ((MethodObj *)o)->self);
}

/* Call f(self, *args) without changing args. */
Value call_with_self(VM *vm, Value f, Value self, Value *args, int nargs, Value kwnames) {
    size_t nkw = val_is_obj(kwnames) ? as_tuple(kwnames)->len : 0;
    size_t total = (size_t)nargs + nkw + 1;
    Value buf[16];
    Value *argv = total <= 16 ? buf : malloc(total * sizeof(Value));
    if (!argv) return vm_raise_nomem(vm);
    argv[0] = self;
    if (total > 1) memcpy(argv + 1, args, (total - 1) * sizeof(Value));
    Value r = obj_call(vm, f, argv, nargs + 1, kwnames);
    if (argv != buf) free(argv);
    return r;
}

static Value method_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    MethodObj *m = (MethodObj *)val_as_obj(self);
    return call_with_self(vm, m->func, m->self, args, nargs, kwnames);
}

static Value method_repr(VM *vm, Value self) {
    MethodObj *m = (MethodObj *)val_as_obj(self);
    Value name = obj_lookup_attr(vm, m->func, NAME(vm, __qualname__));
    if (val_is_error(name)) return name;
    if (val_is_null(name)) name = obj_lookup_attr(vm, m->func, NAME(vm, __name__));
    if (val_is_error(name)) return name;
    gc_push_root(vm, &name);
    Value r = obj_repr(vm, m->self);
    gc_pop_roots(vm, 1);
    if (val_is_error(r)) return r;
    return str_format(vm, "<bound method %S of %U>", val_is_null(name) ? VAL_NONE : name, r);
}

static Value method_richcompare(VM *vm, Value a, Value b, int op) {
    if ((op != CMPOP_EQ && op != CMPOP_NE) || !val_is_type(b, &type_method)) return VAL_NOTIMPL;
    MethodObj *x = (MethodObj *)val_as_obj(a), *y = (MethodObj *)val_as_obj(b);
    int eq = x->self == y->self ? obj_eq(vm, x->func, y->func) : 0;
    if (eq < 0) return VAL_ERROR;
    return val_from_bool(op == CMPOP_EQ ? eq : !eq);
}

static int64_t method_hash(VM *vm, Value self) {
    MethodObj *m = (MethodObj *)val_as_obj(self);
    int64_t a = obj_hash(vm, m->func);
    if (a == -1) return -1;
    int64_t b = val_is_obj(m->self) ? (int64_t)((uintptr_t)val_as_obj(m->self) >> 4) : (int64_t)m->self;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Value method_getattr(VM *vm, Value self, Value name) {
    Value r = object_generic_getattr(vm, self, name);
    if (!val_is_null(r)) return r;
    return obj_lookup_attr(vm, ((MethodObj *)val_as_obj(self))->func, name);
}

/* types.MethodType(function, instance) */
static Value method_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (has_kwargs(kwnames)) return kw_error(vm, "method");
    if (nargs != 2) return vm_raise(vm, &type_TypeError, "method expected 2 arguments, got %d", nargs);
    if (!val_type(args[0])->call) return vm_raise(vm, &type_TypeError, "first argument must be callable");
    if (args[1] == VAL_NONE) return vm_raise(vm, &type_TypeError, "instance must not be None");
    return method_new(vm, args[0], args[1]);
}

static Value method_get_func(VM *vm, Value self) { return ((MethodObj *)val_as_obj(self))->func; }
static Value method_get_self(VM *vm, Value self) { return ((MethodObj *)val_as_obj(self))->self; }

static const GetSetDef method_getsets[] = {
    {"__func__", method_get_func, NULL}, {"__self__", method_get_self, NULL}, {NULL, NULL, NULL},
};

Type type_method = {
    .hdr = STATIC_TYPE_HDR, .name = "method", .basicsize = sizeof(MethodObj),
    .repr = method_repr, .call = method_call, .richcompare = method_richcompare,
    .hash = method_hash, .getattr = method_getattr, .new_ = method_new_slot,
    .traverse = method_traverse,
};

/* ---- built-in functions ---- */

Value native_func_new(VM *vm, const MethodDef *def, Value self, Value module) {
    NativeFuncObj *f = gc_alloc(vm, &type_builtin_function, sizeof(NativeFuncObj));
    if (!f) return VAL_ERROR;
    f->def = def;
    f->self = self;
    f->module = module;
    return val_from_obj(f);
}

static void native_func_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((NativeFuncObj *)o)->self);
    gc_visit(gv, ((NativeFuncObj *)o)->module);
}

static Value native_func_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    NativeFuncObj *f = (NativeFuncObj *)val_as_obj(self);
    if (val_is_null(f->self)) return f->def->fn(vm, args, nargs, kwnames);
    size_t nkw = val_is_obj(kwnames) ? as_tuple(kwnames)->len : 0;
    size_t total = (size_t)nargs + nkw + 1;
    Value buf[16];
    Value *argv = total <= 16 ? buf : malloc(total * sizeof(Value));
    if (!argv) return vm_raise_nomem(vm);
    argv[0] = f->self;
    if (total > 1) memcpy(argv + 1, args, (total - 1) * sizeof(Value));
    Value r = f->def->fn(vm, argv, nargs + 1, kwnames);
    if (argv != buf) free(argv);
    return r;
}

static Value native_func_repr(VM *vm, Value self) {
    NativeFuncObj *f = (NativeFuncObj *)val_as_obj(self);
    if (val_is_null(f->self) || val_is_type(f->self, &type_module))
        return str_format(vm, "<built-in function %s>", f->def->name);
    if (val_is_typeobj(f->self))
        return str_format(vm, "<built-in method %s of type object at %p>", f->def->name,
                          (void *)val_as_obj(f->self));
    return str_format(vm, "<built-in method %s of %s object at %p>", f->def->name,
                      type_name(val_type(f->self)),
                      val_is_obj(f->self) ? (void *)val_as_obj(f->self) : (void *)f);
}

static Value native_func_get_name(VM *vm, Value self) {
    return str_from_cstr(vm, ((NativeFuncObj *)val_as_obj(self))->def->name);
}

static Value native_func_get_qualname(VM *vm, Value self) {
    NativeFuncObj *f = (NativeFuncObj *)val_as_obj(self);
    if (val_is_null(f->self) || val_is_type(f->self, &type_module)) return str_from_cstr(vm, f->def->name);
    Type *t = val_is_typeobj(f->self) ? (Type *)val_as_obj(f->self) : val_type(f->self);
    return str_format(vm, "%s.%s", type_name(t), f->def->name);
}

static Value native_func_get_self(VM *vm, Value self) {
    NativeFuncObj *f = (NativeFuncObj *)val_as_obj(self);
    return val_is_null(f->self) ? (val_is_null(f->module) ? VAL_NONE : f->module) : f->self;
}

static Value native_func_get_doc(VM *vm, Value self) {
    const char *doc = ((NativeFuncObj *)val_as_obj(self))->def->doc;
    return doc ? str_from_cstr(vm, doc) : VAL_NONE;
}

static Value native_func_get_module(VM *vm, Value self) {
    NativeFuncObj *f = (NativeFuncObj *)val_as_obj(self);
    if (val_is_type(f->module, &type_module)) return ((ModuleObj *)val_as_obj(f->module))->name;
    return val_is_null(f->module) ? VAL_NONE : f->module;
}

static const GetSetDef native_func_getsets[] = {
    {"__name__", native_func_get_name, NULL}, {"__qualname__", native_func_get_qualname, NULL},
    {"__self__", native_func_get_self, NULL}, {"__doc__", native_func_get_doc, NULL},
    {"__module__", native_func_get_module, NULL}, {NULL, NULL, NULL},
};

static Value native_func_richcompare(VM *vm, Value a, Value b, int op) {
    if ((op != CMPOP_EQ && op != CMPOP_NE) || !val_is_type(b, &type_builtin_function)) return VAL_NOTIMPL;
    NativeFuncObj *x = (NativeFuncObj *)val_as_obj(a), *y = (NativeFuncObj *)val_as_obj(b);
    bool eq = x->def == y->def && x->self == y->self;
    return val_from_bool(op == CMPOP_EQ ? eq : !eq);
}

static int64_t native_func_hash(VM *vm, Value self) {
    NativeFuncObj *f = (NativeFuncObj *)val_as_obj(self);
    int64_t h = (int64_t)((uintptr_t)f->def >> 3) ^ (int64_t)(f->self >> 4);
    if (h < 0) h = -(h + 1);
    return h;
}

Type type_builtin_function = {
    .hdr = STATIC_TYPE_HDR, .name = "builtin_function_or_method", .basicsize = sizeof(NativeFuncObj),
    .repr = native_func_repr, .call = native_func_call, .richcompare = native_func_richcompare,
    .hash = native_func_hash, .traverse = native_func_traverse,
};

/* ---- method descriptors: a built-in type's methods ---- */

static void method_descr_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, val_from_obj(((MethodDescrObj *)o)->owner));
}

static Value method_descr_check(VM *vm, MethodDescrObj *d, Value self) {
    if (!type_is_subtype(val_type(self), d->owner))
        return vm_raise(vm, &type_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                        d->def->name, type_name(d->owner), self);
    return VAL_NONE;
}

static Value method_descr_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(self);
    if (nargs < 1)
        return vm_raise(vm, &type_TypeError, "unbound method %s.%s() needs an argument",
                        type_name(d->owner), d->def->name);
    if (val_is_error(method_descr_check(vm, d, args[0]))) return VAL_ERROR;
    return d->def->fn(vm, args, nargs, kwnames);
}

static Value method_descr_get(VM *vm, Value self, Value obj, Value type) {
    if (val_is_null(obj)) return self;
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(self);
    if (val_is_error(method_descr_check(vm, d, obj))) return VAL_ERROR;
    return native_func_new(vm, d->def, obj, VAL_NULL);
}

static Value method_descr_repr(VM *vm, Value self) {
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(self);
    return str_format(vm, "<method '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static Value method_descr_get_name(VM *vm, Value self) {
    return str_from_cstr(vm, ((MethodDescrObj *)val_as_obj(self))->def->name);
}

static Value method_descr_get_qualname(VM *vm, Value self) {
    MethodDescrObj *d = (MethodDescrObj *)val_as_obj(self);
    return str_format(vm, "%s.%s", type_name(d->owner), d->def->name);
}

static Value method_descr_get_objclass(VM *vm, Value self) {
    return val_from_obj(((MethodDescrObj *)val_as_obj(self))->owner);
}

static Value method_descr_get_doc(VM *vm, Value self) {
    const char *doc = ((MethodDescrObj *)val_as_obj(self))->def->doc;
    return doc ? str_from_cstr(vm, doc) : VAL_NONE;
}

static const GetSetDef method_descr_getsets[] = {
    {"__name__", method_descr_get_name, NULL}, {"__qualname__", method_descr_get_qualname, NULL},
    {"__objclass__", method_descr_get_objclass, NULL}, {"__doc__", method_descr_get_doc, NULL},
    {NULL, NULL, NULL},
};

Type type_method_descriptor = {
    .hdr = STATIC_TYPE_HDR, .name = "method_descriptor", .basicsize = sizeof(MethodDescrObj),
    .repr = method_descr_repr, .call = method_descr_call, .descr_get = method_descr_get,
    .traverse = method_descr_traverse,
};

/* ---- getset descriptors ---- */

static Value getset_get(VM *vm, Value self, Value obj, Value type) {
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(self);
    if (val_is_null(obj)) return self;
    if (!type_is_subtype(val_type(obj), d->owner))
        return vm_raise(vm, &type_TypeError,
                        "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                        d->def->name, type_name(d->owner), obj);
    return d->def->get(vm, obj);
}

static int getset_set(VM *vm, Value self, Value obj, Value v) {
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(self);
    if (!d->def->set) {
        if (val_is_null(v))
            vm_raise(vm, &type_AttributeError, "attribute '%s' of '%s' objects is not writable",
                     d->def->name, type_name(d->owner));
        else
            vm_raise(vm, &type_AttributeError, "attribute '%s' of '%s' objects is not writable",
                     d->def->name, type_name(d->owner));
        return -1;
    }
    return d->def->set(vm, obj, v);
}

static Value getset_repr(VM *vm, Value self) {
    GetSetDescrObj *d = (GetSetDescrObj *)val_as_obj(self);
    return str_format(vm, "<attribute '%s' of '%s' objects>", d->def->name, type_name(d->owner));
}

static void getset_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, val_from_obj(((GetSetDescrObj *)o)->owner));
}

static Value getset_get_name(VM *vm, Value self) {
    return str_from_cstr(vm, ((GetSetDescrObj *)val_as_obj(self))->def->name);
}

static Value getset_get_objclass(VM *vm, Value self) {
    return val_from_obj(((GetSetDescrObj *)val_as_obj(self))->owner);
}

static const GetSetDef getset_getsets[] = {
    {"__name__", getset_get_name, NULL}, {"__objclass__", getset_get_objclass, NULL},
    {NULL, NULL, NULL},
};

Type type_getset_descriptor = {
    .hdr = STATIC_TYPE_HDR, .name = "getset_descriptor", .basicsize = sizeof(GetSetDescrObj),
    .repr = getset_repr, .descr_get = getset_get, .descr_set = getset_set,
    .traverse = getset_traverse,
};

/* ---- member descriptors: the __slots__ of a class ---- */

typedef struct MemberDescrObj {
    Obj hdr;
    Value name;
    Type *owner;
    uint32_t offset;          /* of the Value in the instance */
} MemberDescrObj;

Value member_descr_new(VM *vm, Type *owner, Value name, uint32_t offset) {
    MemberDescrObj *m = gc_alloc(vm, &type_member_descriptor, sizeof(MemberDescrObj));
    if (!m) return VAL_ERROR;
    m->name = name;
    m->owner = owner;
    m->offset = offset;
    return val_from_obj(m);
}

static Value *member_slot(VM *vm, MemberDescrObj *m, Value obj) {
    if (!val_is_obj(obj) || !type_is_subtype(val_type(obj), m->owner)) {
        vm_raise(vm, &type_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object",
                 m->name, type_name(m->owner), obj);
        return NULL;
    }
    return (Value *)((char *)val_as_obj(obj) + m->offset);
}

static Value member_get(VM *vm, Value self, Value obj, Value type) {
    if (val_is_null(obj)) return self;
    MemberDescrObj *m = (MemberDescrObj *)val_as_obj(self);
    Value *p = member_slot(vm, m, obj);
    if (!p) return VAL_ERROR;
    if (val_is_null(*p))
        return vm_raise(vm, &type_AttributeError, "'%s' object has no attribute '%U'",
                        type_name(val_type(obj)), m->name);
    return *p;
}

static int member_set(VM *vm, Value self, Value obj, Value v) {
    MemberDescrObj *m = (MemberDescrObj *)val_as_obj(self);
    Value *p = member_slot(vm, m, obj);
    if (!p) return -1;
    if (val_is_null(v) && val_is_null(*p)) {
        vm_raise(vm, &type_AttributeError, "%U", m->name);
        return -1;
    }
    *p = v;
    return 0;
}

static Value member_repr(VM *vm, Value self) {
    MemberDescrObj *m = (MemberDescrObj *)val_as_obj(self);
    return str_format(vm, "<member '%U' of '%s' objects>", m->name, type_name(m->owner));
}

static void member_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((MemberDescrObj *)o)->name);
    gc_visit(gv, val_from_obj(((MemberDescrObj *)o)->owner));
}

static Value member_get_name(VM *vm, Value self) { return ((MemberDescrObj *)val_as_obj(self))->name; }

static Value member_get_objclass(VM *vm, Value self) {
    return val_from_obj(((MemberDescrObj *)val_as_obj(self))->owner);
}

static const GetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL}, {"__objclass__", member_get_objclass, NULL},
    {NULL, NULL, NULL},
};

Type type_member_descriptor = {
    .hdr = STATIC_TYPE_HDR, .name = "member_descriptor", .basicsize = sizeof(MemberDescrObj),
    .repr = member_repr, .descr_get = member_get, .descr_set = member_set,
    .traverse = member_traverse,
};

int type_add_methods(VM *vm, Type *t, const MethodDef *defs) {
    for (const MethodDef *d = defs; d->name; d++) {
        Value v;
        if (d->flags & (METH_STATIC | METH_CLASS)) {
            Value f = native_func_new(vm, d, VAL_NULL, VAL_NULL);
            if (val_is_error(f)) return -1;
            v = (d->flags & METH_STATIC) ? staticmethod_new(vm, f) : classmethod_new(vm, f);
        } else {
            MethodDescrObj *m = gc_alloc(vm, &type_method_descriptor, sizeof(MethodDescrObj));
            if (!m) return -1;
            m->def = d;
            m->owner = t;
            v = val_from_obj(m);
        }
        if (val_is_error(v) || dict_set_cstr(vm, t->dict, d->name, v) < 0) return -1;
    }
    return 0;
}

int type_add_getsets(VM *vm, Type *t, const GetSetDef *defs) {
    for (const GetSetDef *d = defs; d->name; d++) {
        GetSetDescrObj *g = gc_alloc(vm, &type_getset_descriptor, sizeof(GetSetDescrObj));
        if (!g) return -1;
        g->def = d;
        g->owner = t;
        if (dict_set_cstr(vm, t->dict, d->name, val_from_obj(g)) < 0) return -1;
    }
    return 0;
}

/* ---- staticmethod, classmethod ---- */

typedef struct WrapperObj {   /* staticmethod and classmethod */
    Obj hdr;
    Value func;
    Value dict;
} WrapperObj;

static void wrapper_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((WrapperObj *)o)->func);
    gc_visit(gv, ((WrapperObj *)o)->dict);
}

static Value wrapper_make(VM *vm, Type *t, Value f) {
    WrapperObj *w = gc_alloc_instance(vm, t, sizeof(WrapperObj));
    if (!w) return VAL_ERROR;
    w->func = f;
    w->dict = VAL_NULL;
    return val_from_obj(w);
}

Value staticmethod_new(VM *vm, Value f) { return wrapper_make(vm, &type_staticmethod, f); }
Value classmethod_new(VM *vm, Value f) { return wrapper_make(vm, &type_classmethod, f); }

static Value wrapper_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (has_kwargs(kwnames)) return kw_error(vm, cls->name);
    if (nargs != 1)
        return vm_raise(vm, &type_TypeError, "%s expected 1 argument, got %d", cls->name, nargs);
    return wrapper_make(vm, cls, args[0]);
}

static int wrapper_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) { return 0; }

static Value staticmethod_get(VM *vm, Value self, Value obj, Value type) {
    return ((WrapperObj *)val_as_obj(self))->func;
}

static Value staticmethod_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    return obj_call(vm, ((WrapperObj *)val_as_obj(self))->func, args, nargs, kwnames);
}

static Value classmethod_get(VM *vm, Value self, Value obj, Value type) {
    Value f = ((WrapperObj *)val_as_obj(self))->func;
    if (val_is_null(type) || type == VAL_NONE) type = val_from_obj(val_type(obj));
    Type *ft = val_type(f);
    if (ft->descr_get && ft != &type_function && ft != &type_builtin_function)
        return ft->descr_get(vm, f, type, val_from_obj(val_type(type)));
    if (ft == &type_builtin_function) {
        /* a built-in class method binds like CPython's: a builtin bound to the class */
        NativeFuncObj *nf = (NativeFuncObj *)val_as_obj(f);
        if (val_is_null(nf->self)) return native_func_new(vm, nf->def, type, nf->module);
    }
    return method_new(vm, f, type);
}

static Value wrapper_get_func(VM *vm, Value self) { return ((WrapperObj *)val_as_obj(self))->func; }

/* Like CPython, the wrapper's __dict__ starts with the wrapped callable's
** __module__, __name__, __qualname__, __doc__ and __annotations__ (made
** on first use). */
static int wrapper_copy_func_attrs(VM *vm, WrapperObj *w) {
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        Value v = obj_lookup_attr(vm, w->func, str_intern_cstr(vm, names[i]));
        if (val_is_error(v)) {
            if (!vm_exc_matches(vm, &type_AttributeError)) return -1;
            vm_clear_exc(vm);
            continue;
        }
        if (!val_is_null(v) && dict_set_cstr(vm, w->dict, names[i], v) < 0) return -1;
    }
    return 0;
}

static Value wrapper_get_dict(VM *vm, Value self) {
    WrapperObj *w = (WrapperObj *)val_as_obj(self);
    if (val_is_null(w->dict)) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        w->dict = d;
        gc_push_root(vm, &self);
        int r = wrapper_copy_func_attrs(vm, w);
        gc_pop_roots(vm, 1);
        if (r < 0) return VAL_ERROR;
    }
    return w->dict;
}

static Value wrapper_get_isabstract(VM *vm, Value self) {
    Value r = obj_lookup_attr(vm, ((WrapperObj *)val_as_obj(self))->func,
                              NAME(vm, __isabstractmethod__));
    if (val_is_error(r)) return r;
    if (val_is_null(r)) return VAL_FALSE;
    int t = obj_truthy(vm, r);
    return t < 0 ? VAL_ERROR : val_from_bool(t);
}

/* attribute lookups fall through to the wrapped function (__name__, __doc__...) */
static Value wrapper_getattr(VM *vm, Value self, Value name) {
    Value r = object_generic_getattr(vm, self, name);
    if (!val_is_null(r)) return r;
    WrapperObj *w = (WrapperObj *)val_as_obj(self);
    if (val_is_obj(w->dict)) {
        r = dict_get(vm, w->dict, name);
        if (!val_is_null(r)) return r;
    }
    static const char *const passthrough[] = {"__name__", "__qualname__", "__doc__", "__module__",
                                              "__annotations__"};
    for (size_t i = 0; i < sizeof passthrough / sizeof passthrough[0]; i++)
        if (str_eq_cstr(name, passthrough[i])) return obj_lookup_attr(vm, w->func, name);
    return VAL_NULL;
}

static int wrapper_setattr(VM *vm, Value self, Value name, Value v) {
    Value descr = obj_type_lookup(val_type(self), name);
    if (!val_is_null(descr)) return object_generic_setattr(vm, self, name, v);
    Value d = wrapper_get_dict(vm, self);
    if (val_is_error(d)) return -1;
    if (val_is_null(v)) return dict_del(vm, d, name) < 0 ? -1 : 0;
    return dict_set(vm, d, name, v);
}

static Value wrapper_repr(VM *vm, Value self) {
    WrapperObj *w = (WrapperObj *)val_as_obj(self);
    Value r = obj_repr(vm, w->func);
    if (val_is_error(r)) return r;
    return str_format(vm, "<%s(%U)>", type_name(val_type(self)), r);
}

static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {"__dict__", wrapper_get_dict, NULL},
    {"__isabstractmethod__", wrapper_get_isabstract, NULL},
    {NULL, NULL, NULL},
};

Type type_staticmethod = {
    .hdr = STATIC_TYPE_HDR, .name = "staticmethod", .flags = TYPE_BASETYPE,
    .basicsize = sizeof(WrapperObj), .repr = wrapper_repr, .call = staticmethod_call,
    .descr_get = staticmethod_get, .getattr = wrapper_getattr, .setattr = wrapper_setattr,
    .new_ = wrapper_new, .init = wrapper_init, .traverse = wrapper_traverse,
};

Type type_classmethod = {
    .hdr = STATIC_TYPE_HDR, .name = "classmethod", .flags = TYPE_BASETYPE,
    .basicsize = sizeof(WrapperObj), .repr = wrapper_repr, .descr_get = classmethod_get,
    .getattr = wrapper_getattr, .setattr = wrapper_setattr,
    .new_ = wrapper_new, .init = wrapper_init, .traverse = wrapper_traverse,
};

/* ---- property ---- */

typedef struct PropertyObj {
    Obj hdr;
    Value fget, fset, fdel, doc, name;
    bool getter_doc;
} PropertyObj;

static void property_traverse(Obj *o, GCVisitor *gv) {
    PropertyObj *p = (PropertyObj *)o;
    gc_visit(gv, p->fget);
    gc_visit(gv, p->fset);
    gc_visit(gv, p->fdel);
    gc_visit(gv, p->doc);
    gc_visit(gv, p->name);
}

static Value property_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    PropertyObj *p = gc_alloc_instance(vm, cls, sizeof(PropertyObj));
    if (!p) return VAL_ERROR;
    p->fget = p->fset = p->fdel = p->doc = VAL_NONE;
    p->name = VAL_NULL;
    return val_from_obj(p);
}

static int property_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc", NULL};
    Value a[4];
    if (vm_parse_args(vm, "property", args, nargs, kwnames, names, 0, 0, a) < 0) return -1;
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    p->fget = val_is_null(a[0]) ? VAL_NONE : a[0];
    p->fset = val_is_null(a[1]) ? VAL_NONE : a[1];
    p->fdel = val_is_null(a[2]) ? VAL_NONE : a[2];
    p->doc = val_is_null(a[3]) ? VAL_NONE : a[3];
    if (p->doc == VAL_NONE && p->fget != VAL_NONE) {
        Value d = obj_lookup_attr(vm, p->fget, NAME(vm, __doc__));
        if (val_is_error(d)) return -1;
        if (val_is_null(d)) return 0;
        p->getter_doc = true;
        if (val_type(self) == &type_property) {
            p->doc = d;
            return 0;
        }
        /* a subclass keeps the getter's doc in the instance: its class's
           own __doc__ would shadow the property's */
        return obj_setattr(vm, self, NAME(vm, __doc__), d);
    }
    return 0;
}

static Value property_display_name(VM *vm, PropertyObj *p) {
    if (val_is_str(p->name)) return p->name;
    if (p->fget != VAL_NONE) {
        Value n = obj_lookup_attr(vm, p->fget, NAME(vm, __name__));
        if (val_is_str(n)) return n;
    }
    return VAL_NULL;
}

/* The qualified name of [obj]'s type, as property errors show it. */
static Value type_qualname_of(VM *vm, Value obj) {
    Type *t = val_type(obj);
    if (val_is_str(t->qualname)) return t->qualname;
    return str_from_cstr(vm, type_name(t));
}

/* AttributeError "property 'x' of 'C' object has no getter". */
static Value property_missing(VM *vm, PropertyObj *p, Value obj, const char *what) {
    Value name = property_display_name(vm, p);
    if (val_is_error(name)) return name;
    Value tn = type_qualname_of(vm, obj);
    if (val_is_error(tn)) return tn;
    if (val_is_null(name))
        return vm_raise(vm, &type_AttributeError, "property of %R object has no %s", tn, what);
    return vm_raise(vm, &type_AttributeError, "property %R of %R object has no %s", name, tn, what);
}

static Value property_get(VM *vm, Value self, Value obj, Value type) {
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    if (val_is_null(obj) || obj == VAL_NONE) {
        if (val_is_null(obj)) return self;
    }
    if (p->fget == VAL_NONE) return property_missing(vm, p, obj, "getter");
    return obj_call1(vm, p->fget, obj);
}

static int property_set(VM *vm, Value self, Value obj, Value v) {
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    Value f = val_is_null(v) ? p->fdel : p->fset;
    if (f == VAL_NONE) {
        property_missing(vm, p, obj, val_is_null(v) ? "deleter" : "setter");
        return -1;
    }
    Value r = val_is_null(v) ? obj_call1(vm, f, obj) : obj_call2(vm, f, obj, v);
    return val_is_error(r) ? -1 : 0;
}

static Value property_copy(VM *vm, Value self, Value fget, Value fset, Value fdel) {
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    /* None keeps the function the property already had */
    if (fget == VAL_NONE) fget = p->fget;
    if (fset == VAL_NONE) fset = p->fset;
    if (fdel == VAL_NONE) fdel = p->fdel;
    Value doc = p->getter_doc && fget != VAL_NONE ? VAL_NONE : p->doc;
    Value args[4] = {fget, fset, fdel, doc};
    Value np = obj_call(vm, val_from_obj(val_type(self)), args, 4, VAL_NULL);
    if (val_is_error(np)) return np;
    if (val_isinstance(np, &type_property)) ((PropertyObj *)val_as_obj(np))->name = p->name;
    return np;
}

static Value property_getter(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getter", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    PropertyObj *p = (PropertyObj *)val_as_obj(args[0]);
    return property_copy(vm, args[0], args[1], p->fset, p->fdel);
}

static Value property_setter(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "setter", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    PropertyObj *p = (PropertyObj *)val_as_obj(args[0]);
    return property_copy(vm, args[0], p->fget, args[1], p->fdel);
}

static Value property_deleter(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "deleter", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    PropertyObj *p = (PropertyObj *)val_as_obj(args[0]);
    return property_copy(vm, args[0], p->fget, p->fset, args[1]);
}

static Value property_set_name(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs - 1 != 2)
        return vm_raise(vm, &type_TypeError, "__set_name__() takes 2 positional arguments but %d were given",
                        nargs - 1);
    if (vm_check_args(vm, "__set_name__", nargs - 1, kwnames, 2, 2) < 0) return VAL_ERROR;
    ((PropertyObj *)val_as_obj(args[0]))->name = args[2];
    return VAL_NONE;
}

static const MethodDef property_methods[] = {
    {"getter", property_getter, 0, NULL},
    {"setter", property_setter, 0, NULL},
    {"deleter", property_deleter, 0, NULL},
    {"__set_name__", property_set_name, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value property_get_fget(VM *vm, Value self) { return ((PropertyObj *)val_as_obj(self))->fget; }
static Value property_get_fset(VM *vm, Value self) { return ((PropertyObj *)val_as_obj(self))->fset; }
static Value property_get_fdel(VM *vm, Value self) { return ((PropertyObj *)val_as_obj(self))->fdel; }
static Value property_get_doc(VM *vm, Value self) { return ((PropertyObj *)val_as_obj(self))->doc; }

static int property_set_doc(VM *vm, Value self, Value v) {
    ((PropertyObj *)val_as_obj(self))->doc = val_is_null(v) ? VAL_NONE : v;
    return 0;
}

static Value property_get_isabstract(VM *vm, Value self) {
    PropertyObj *p = (PropertyObj *)val_as_obj(self);
    Value fs[3] = {p->fget, p->fset, p->fdel};
    for (int i = 0; i < 3; i++) {
        if (fs[i] == VAL_NONE) continue;
        Value r = obj_lookup_attr(vm, fs[i], NAME(vm, __isabstractmethod__));
        if (val_is_error(r)) return r;
        if (val_is_null(r)) continue;
        int t = obj_truthy(vm, r);
        if (t < 0) return VAL_ERROR;
        if (t) return VAL_TRUE;
    }
    return VAL_FALSE;
}

/* fget, fset and fdel are read-only members in CPython */
static int property_readonly(VM *vm, Value self, Value v) {
    vm_raise(vm, &type_AttributeError, "readonly attribute");
    return -1;
}

static const GetSetDef property_getsets[] = {
    {"fget", property_get_fget, property_readonly}, {"fset", property_get_fset, property_readonly},
    {"fdel", property_get_fdel, property_readonly}, {"__doc__", property_get_doc, property_set_doc},
    {"__isabstractmethod__", property_get_isabstract, NULL}, {NULL, NULL, NULL},
};

Type type_property = {
    .hdr = STATIC_TYPE_HDR, .name = "property", .flags = TYPE_BASETYPE,
    .basicsize = sizeof(PropertyObj), .descr_get = property_get, .descr_set = property_set,
    .new_ = property_new, .init = property_init, .traverse = property_traverse,
};

/* ---- module ---- */

Value module_new(VM *vm, Value name) {
    ModuleObj *m = gc_alloc_instance(vm, &type_module, sizeof(ModuleObj));
    if (!m) return VAL_ERROR;
    m->name = name;
    m->dict = VAL_NULL;
    Value mv = val_from_obj(m);
    Value d = dict_new(vm);
    if (val_is_error(d)) return d;
    m->dict = d;
    if (dict_set(vm, d, NAME(vm, __name__), name) < 0 ||
        dict_set(vm, d, NAME(vm, __doc__), VAL_NONE) < 0 ||
        dict_set(vm, d, NAME(vm, __package__), VAL_NONE) < 0 ||
        dict_set(vm, d, NAME(vm, __loader__), VAL_NONE) < 0 ||
        dict_set(vm, d, NAME(vm, __spec__), VAL_NONE) < 0)
        return VAL_ERROR;
    return mv;
}

static void module_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((ModuleObj *)o)->dict);
    gc_visit(gv, ((ModuleObj *)o)->name);
}

static Value module_getattr(VM *vm, Value self, Value name) {
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    /* the module's globals are its instance dict: they come after the
       type's data descriptors (__dict__, __class__) and before the rest
       (object's __eq__ must not hide operator.__eq__) */
    Value descr = obj_type_lookup(val_type(self), name);
    if (!val_is_null(descr) && val_type(descr)->descr_set) return object_generic_getattr(vm, self, name);
    Value r = dict_get(vm, m->dict, name);
    if (val_is_error(r) || !val_is_null(r)) return r;
    r = object_generic_getattr(vm, self, name);
    if (!val_is_null(r)) return r;
    Value ga = dict_get_str(vm, m->dict, NAME(vm, __getattr__));
    if (val_is_error(ga)) return ga;
    if (!val_is_null(ga)) return obj_call1(vm, ga, name);
    return VAL_NULL;
}

static int module_setattr(VM *vm, Value self, Value name, Value v) {
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    Value descr = obj_type_lookup(val_type(self), name);
    if (!val_is_null(descr) && val_type(descr)->descr_set)
        return val_type(descr)->descr_set(vm, descr, self, v);
    if (val_is_null(v)) {
        int r = dict_del(vm, m->dict, name);
        if (r == 0)
            vm_raise(vm, &type_AttributeError, "module '%U' has no attribute '%U'", m->name, name);
        return r <= 0 ? -1 : 0;
    }
    return dict_set(vm, m->dict, name, v);
}

static Value module_repr(VM *vm, Value self) {
    ModuleObj *m = (ModuleObj *)val_as_obj(self);
    Value name = dict_get_str(vm, m->dict, NAME(vm, __name__));
    if (!val_is_str(name)) name = m->name;
    Value file = dict_get_str(vm, m->dict, NAME(vm, __file__));
    if (val_is_str(file)) return str_format(vm, "<module %R from %R>", name, file);
    return str_format(vm, "<module %R (built-in)>", name);
}

static Value module_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"name", "doc", NULL};
    Value a[2];
    if (vm_parse_args(vm, "module", args, nargs, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    if (!val_is_str(a[0]))
        return vm_raise(vm, &type_TypeError, "module.__init__() argument 'name' must be str, not %T", a[0]);
    Value m = module_new(vm, a[0]);
    if (val_is_error(m)) return m;
    val_as_obj(m)->type = cls;
    if (!val_is_null(a[1]) &&
        dict_set(vm, ((ModuleObj *)val_as_obj(m))->dict, NAME(vm, __doc__), a[1]) < 0)
        return VAL_ERROR;
    return m;
}

static int module_init_slot(VM *vm, Value self, Value *args, int nargs, Value kwnames) { return 0; }

static Value module_get_dict(VM *vm, Value self) { return ((ModuleObj *)val_as_obj(self))->dict; }

/* module.__dir__: the module's __dir__ function (PEP 562) or the keys of
** its __dict__ (which a subclass may replace). */
static Value module_dir(VM *vm, Value *args, int nargs, Value kwnames) {
    Value d = obj_getattr(vm, args[0], NAME(vm, __dict__));
    if (val_is_error(d)) return d;
    if (!val_isinstance(d, &type_dict))
        return vm_raise(vm, &type_TypeError, "<module>.__dict__ is not a dictionary");
    Value f = dict_get_str(vm, d, NAME(vm, __dir__));
    if (val_is_error(f)) return f;
    if (!val_is_null(f)) return obj_call0(vm, f);
    Value l = list_new(vm, 0);
    if (val_is_error(l)) return l;
    Value k, v;
    for (size_t i = 0; dict_next(d, &i, &k, &v);)
        if (list_append(vm, l, k) < 0) return VAL_ERROR;
    return l;
}

static const GetSetDef module_getsets[] = {{"__dict__", module_get_dict, NULL}, {NULL, NULL, NULL}};
static const MethodDef module_methods[] = {{"__dir__", module_dir, 0, NULL}, {NULL, NULL, 0, NULL}};

Type type_module = {
    .hdr = STATIC_TYPE_HDR, .name = "module", .flags = TYPE_BASETYPE,
    .basicsize = sizeof(ModuleObj), .repr = module_repr, .getattr = module_getattr,
    .setattr = module_setattr, .new_ = module_new_slot, .init = module_init_slot,
    .traverse = module_traverse,
};

int setup_function(VM *vm) {
    if (type_add_getsets(vm, &type_code, code_getsets) < 0) return -1;
    if (type_add_methods(vm, &type_code, code_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_function, func_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_cell, cell_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_method, method_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_builtin_function, native_func_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_method_descriptor, method_descr_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_getset_descriptor, getset_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_member_descriptor, member_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_staticmethod, wrapper_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_classmethod, wrapper_getsets) < 0) return -1;
    if (type_add_methods(vm, &type_property, property_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_property, property_getsets) < 0) return -1;
    if (type_add_getsets(vm, &type_module, module_getsets) < 0) return -1;
    return type_add_methods(vm, &type_module, module_methods);
}

/* type_frame: runtime/frameobject.c */

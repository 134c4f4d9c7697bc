/*
** exceptions.c -- BaseException and the built-in exception hierarchy
** (EXCEPTION_LIST in object.h), with CPython 3.11's constructors, attributes,
** str() and repr().
**
** An instance is an ExcObj. The attributes that CPython keeps in C members
** (StopIteration.value, OSError.errno, SyntaxError.lineno, ...) live in the
** ExcObj's private dict, so they stay out of __dict__; every exception type
** also carries an instance __dict__ for user attributes and __notes__.
*/
#include "objects/exceptions.h"
#include "objects/containers.h"
#include "runtime/names.h"
#include "runtime/traceback.h"
#include "runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}
#define EXC_FLAGS (TYPE_BASETYPE | TYPE_EXC_SUBCLASS | TYPE_INSTANCE_DICT)


static bool has_kwargs(Value kwnames) { return val_is_obj(kwnames) && as_tuple(kwnames)->len > 0; }

static Value exc_args(Value self) {
    return as_exc(self)->args;
}

/* ---- private fields ---- */

Value exc_get_field(VM *vm, Value exc, const char *field) {
    Value d = as_exc(exc)->dict;
    if (!val_is_obj(d)) return VAL_NONE;
    Value v = dict_get_cstr(vm, d, field);
    if (val_is_error(v)) {
        vm_clear_exc(vm);
        return VAL_NONE;
    }
    return val_is_null(v) ? VAL_NONE : v;
}

int exc_set_field(VM *vm, Value exc, const char *field, Value v) {
    ExcObj *e = as_exc(exc);
    if (!val_is_obj(e->dict)) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return -1;
        e->dict = d;
    }
    return dict_set_cstr(vm, e->dict, field, val_is_null(v) ? VAL_NONE : v);
}

/* A getter/setter pair per C-level attribute. */
#define FIELD_ACCESSORS(fn, pyname)                                                   \
    static Value get_##fn(VM *vm, Value self) { return exc_get_field(vm, self, pyname); } \
    static int set_##fn(VM *vm, Value self, Value v) { return exc_set_field(vm, self, pyname, v); }
#define FIELD_LIST(X)                                                                 \
    X(value, "value") X(code, "code") X(name, "name") X(path, "path") X(msg, "msg")   \
    X(obj, "obj") X(errno_, "errno") X(strerror, "strerror") X(filename, "filename")  \
    X(filename2, "filename2") X(lineno, "lineno") X(offset, "offset") X(text, "text") \
    X(end_lineno, "end_lineno") X(end_offset, "end_offset")                           \
    X(print_file_and_line, "print_file_and_line") X(encoding, "encoding")             \
    X(object, "object") X(start, "start") X(end, "end") X(reason, "reason")           \
    X(characters_written, "characters_written")
FIELD_LIST(FIELD_ACCESSORS)
#define FIELD_GETSET(fn, pyname) {pyname, get_##fn, set_##fn},

/* ---- allocation ---- */

static ExcObj *exc_alloc(VM *vm, Type *cls, Value args) {
    size_t size = cls->basicsize >= sizeof(ExcObj) ? cls->basicsize : sizeof(ExcObj);
    ExcObj *e = gc_alloc_instance(vm, cls, size);
    if (!e) return NULL;
    e->args = args;
    e->traceback = e->cause = e->context = VAL_NONE;
    e->suppress_context = false;
    e->dict = VAL_NULL;
    return e;
}

static Value args_tuple(VM *vm, Value *args, int nargs) {
    return tuple_from(vm, args, (size_t)nargs);
}

/* BaseException.__new__: keeps the positional arguments as .args and
** ignores keywords (a subclass __init__ may take them). */
static Value exc_new_slot(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    Value t = args_tuple(vm, args, nargs);
    if (val_is_error(t)) return t;
    ExcObj *e = exc_alloc(vm, cls, t);
    return e ? val_from_obj(e) : VAL_ERROR;
}

static int reject_kwargs(VM *vm, Value self, Value kwnames) {
    if (!has_kwargs(kwnames)) return 0;
    vm_raise(vm, &type_TypeError, "%s() takes no keyword arguments", type_name(val_type(self)));
    return -1;
}

static int set_args(VM *vm, Value self, Value *args, int nargs) {
    Value t = args_tuple(vm, args, nargs);
    if (val_is_error(t)) return -1;
    as_exc(self)->args = t;
    return 0;
}

static int base_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (reject_kwargs(vm, self, kwnames) < 0) return -1;
    return set_args(vm, self, args, nargs);
}

/* Keyword arguments a constructor accepts: out[i] for names[i]. */
static int parse_named_kwargs(VM *vm, Value self, int nargs, Value *args, Value kwnames,
                              const char *const *names, Value *out) {
    if (!has_kwargs(kwnames)) return 0;
    TupleObj *kn = as_tuple(kwnames);
    for (size_t i = 0; i < kn->len; i++) {
        int j = 0;
        while (names[j] && !str_eq_cstr(kn->items[i], names[j])) j++;
        if (!names[j]) {
            vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for %s()",
                     kn->items[i], type_name(val_type(self)));
            return -1;
        }
        out[j] = args[nargs + (int)i];
    }
    return 0;
}

Value exc_new(VM *vm, Type *t, Value args) {
    ExcObj *e = exc_alloc(vm, t, args);
    if (!e) return VAL_ERROR;
    Value self = val_from_obj(e);
    /* run the native __init__ of the nearest built-in ancestor: it sets the
    ** C-level fields (StopIteration.value ...) and never runs Python code */
    Type *native = t;
    while (native && (native->flags & TYPE_HEAP)) native = native->base;
    if (native && native->init && native->init != base_init) {
        TupleObj *a = as_tuple(args);
        if (native->init(vm, self, a->items, (int)a->len, VAL_NULL) < 0) return VAL_ERROR;
    }
    return self;
}

/* ---- str / repr ---- */

static Value exc_str(VM *vm, Value self) {
    TupleObj *a = as_tuple(exc_args(self));
    if (a->len == 0) return str_new(vm, "", 0);
    if (a->len == 1) return obj_str(vm, a->items[0]);
    return obj_str(vm, exc_args(self));
}

static Value exc_repr(VM *vm, Value self) {
    Value args = exc_args(self);
    TupleObj *a = as_tuple(args);
    const char *name = type_name(val_type(self));
    if (a->len == 1) return str_format(vm, "%s(%R)", name, a->items[0]);
    return str_format(vm, "%s%R", name, args);
}

static Value keyerror_str(VM *vm, Value self) {
    TupleObj *a = as_tuple(exc_args(self));
    if (a->len == 1) return obj_repr(vm, a->items[0]);
    return exc_str(vm, self);
}

/* ---- BaseException attributes ---- */

static Value get_args(VM *vm, Value self) { return exc_args(self); }

static int set_args_attr(VM *vm, Value self, Value v) {
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "args may not be deleted");
        return -1;
    }
    Value t = seq_to_tuple(vm, v);
    if (val_is_error(t)) return -1;
    as_exc(self)->args = t;
    return 0;
}

static Value get_traceback(VM *vm, Value self) { return as_exc(self)->traceback; }

static int set_traceback(VM *vm, Value self, Value v) {
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (!val_is_none(v) && !val_is_type(v, &type_traceback)) {
        vm_raise(vm, &type_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    as_exc(self)->traceback = v;
    return 0;
}

static Value get_cause(VM *vm, Value self) { return as_exc(self)->cause; }

static int set_cause(VM *vm, Value self, Value v) {
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (!val_is_none(v) && !val_is_exc(v)) {
        vm_raise(vm, &type_TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    }
    as_exc(self)->cause = v;
    as_exc(self)->suppress_context = true;
    return 0;
}

static Value get_context(VM *vm, Value self) { return as_exc(self)->context; }

static int set_context(VM *vm, Value self, Value v) {
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (!val_is_none(v) && !val_is_exc(v)) {
        vm_raise(vm, &type_TypeError,
                 "exception context must be None or derive from BaseException");
        return -1;
    }
    as_exc(self)->context = v;
    return 0;
}

static Value get_suppress(VM *vm, Value self) { return val_from_bool(as_exc(self)->suppress_context); }

static int set_suppress(VM *vm, Value self, Value v) {
    /* a bool member in CPython */
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!val_is_bool(v)) {
        vm_raise(vm, &type_TypeError, "attribute value type must be bool");
        return -1;
    }
    as_exc(self)->suppress_context = v == VAL_TRUE;
    return 0;
}

static Value get_dict(VM *vm, Value self) {
    Obj *o = val_as_obj(self);
    if (!(o->flags & OBJ_HAS_DICT)) return dict_new(vm);
    Value *slot = obj_dict_slot(o);
    if (val_is_null(*slot)) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        *slot = d;
    }
    return *slot;
}

static int set_dict(VM *vm, Value self, Value v) {
    Obj *o = val_as_obj(self);
    if (val_is_null(v)) {
        vm_raise(vm, &type_TypeError, "__dict__ may not be deleted");
        return -1;
    }
    if (!val_isinstance(v, &type_dict)) {
        vm_raise(vm, &type_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                 type_name(val_type(v)));
        return -1;
    }
    if (!(o->flags & OBJ_HAS_DICT)) {
        vm_raise(vm, &type_AttributeError, "'%s' object has no attribute '__dict__'",
                 type_name(val_type(self)));
        return -1;
    }
    *obj_dict_slot(o) = v;
    return 0;
}

static const GetSetDef base_getsets[] = {
    {"__dict__", get_dict, set_dict},
    {"args", get_args, set_args_attr},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL, NULL, NULL},
};

void exc_set_context(VM *vm, Value exc, Value context) {
    if (exc == context || !val_is_exc(exc)) return;
    if (!val_is_exc(context)) {
        as_exc(exc)->context = VAL_NONE;
        return;
    }
    /* cut the link that would make exc its own context; the step bound
    ** guards against a cycle built by hand through __context__ */
    Value o = context;
    for (int steps = 0; steps < 100000; steps++) {
        Value c = as_exc(o)->context;
        if (!val_is_exc(c)) break;
        if (c == exc) {
            as_exc(o)->context = VAL_NONE;
            break;
        }
        o = c;
    }
    as_exc(exc)->context = context;
}

/* ---- BaseException methods ---- */

static Value m_with_traceback(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "with_traceback", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (set_traceback(vm, args[0], args[1]) < 0) return VAL_ERROR;
    return args[0];
}

static Value instance_dict_of(VM *vm, Value self, bool create) {
    Obj *o = val_as_obj(self);
    if (!(o->flags & OBJ_HAS_DICT)) return VAL_NULL;
    Value *slot = obj_dict_slot(o);
    if (val_is_null(*slot) && create) {
        Value d = dict_new(vm);
        if (val_is_error(d)) return d;
        *slot = d;
    }
    return *slot;
}

static Value m_add_note(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "add_note", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value self = args[0], note = args[1];
    if (!val_is_str(note))
        return vm_raise(vm, &type_TypeError, "note must be a str, not '%s'",
                        type_name(val_type(note)));
    Value name = str_intern_cstr(vm, "__notes__");
    if (val_is_error(name)) return name;
    Value notes = obj_lookup_attr(vm, self, name);
    if (val_is_error(notes)) return notes;
    if (val_is_null(notes)) {
        notes = list_new(vm, 0);
        if (val_is_error(notes)) return notes;
        gc_push_root(vm, &notes);
        int r = obj_setattr(vm, self, name, notes);
        gc_pop_roots(vm, 1);
        if (r < 0) return VAL_ERROR;
    } else if (!val_isinstance(notes, &type_list)) {
        return vm_raise(vm, &type_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (list_append(vm, notes, note) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value m_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__reduce__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value self = args[0];
    Value d = instance_dict_of(vm, self, false);
    Value cls = val_from_obj(val_type(self));
    if (val_is_obj(d) && as_dict(d)->used > 0) return tuple_pack(vm, 3, cls, exc_args(self), d);
    return tuple_pack(vm, 2, cls, exc_args(self));
}

static Value m_setstate(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__setstate__", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value self = args[0], state = args[1];
    if (val_is_none(state)) return VAL_NONE;
    if (!val_isinstance(state, &type_dict))
        return vm_raise(vm, &type_TypeError, "state is not a dictionary");
    gc_push_root(vm, &state);
    Value k, v;
    for (size_t i = 0; dict_next(state, &i, &k, &v);) {
        if (obj_setattr(vm, self, k, v) < 0) {
            gc_pop_roots(vm, 1);
            return VAL_ERROR;
        }
    }
    gc_pop_roots(vm, 1);
    return VAL_NONE;
}

static const MethodDef base_methods[] = {
    {"with_traceback", m_with_traceback, 0,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", m_add_note, 0,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {"__reduce__", m_reduce, 0, NULL},
    {"__setstate__", m_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static void exc_traverse(Obj *o, GCVisitor *gv) {
    ExcObj *e = (ExcObj *)o;
    gc_visit(gv, e->args);
    gc_visit(gv, e->traceback);
    gc_visit(gv, e->cause);
    gc_visit(gv, e->context);
    gc_visit(gv, e->dict);
}

/* ---- StopIteration, SystemExit ---- */

static int stopiteration_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (base_init(vm, self, args, nargs, kwnames) < 0) return -1;
    return exc_set_field(vm, self, "value", nargs > 0 ? args[0] : VAL_NONE);
}

static int systemexit_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (base_init(vm, self, args, nargs, kwnames) < 0) return -1;
    Value code = nargs == 0 ? VAL_NONE : nargs == 1 ? args[0] : exc_args(self);
    return exc_set_field(vm, self, "code", code);
}

int exc_systemexit_status(VM *vm, Value exc, bool *print_it) {
    *print_it = false;
    Value code = exc_get_field(vm, exc, "code");
    if (val_is_none(code)) return 0;
    if (val_is_intlike(code)) {
        int64_t i;
        if (int_as_i64(vm, code, &i) < 0) {
            vm_clear_exc(vm);
            return -1;
        }
        return (int)i;
    }
    *print_it = true;
    return 1;
}

static const GetSetDef stopiteration_getsets[] = {FIELD_GETSET(value, "value") {NULL, NULL, NULL}};
static const GetSetDef systemexit_getsets[] = {FIELD_GETSET(code, "code") {NULL, NULL, NULL}};

/* ---- ImportError, NameError, AttributeError ---- */

static int importerror_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"name", "path", NULL};
    Value kw[2] = {VAL_NONE, VAL_NONE};
    if (parse_named_kwargs(vm, self, nargs, args, kwnames, names, kw) < 0) return -1;
    if (set_args(vm, self, args, nargs) < 0) return -1;
    if (exc_set_field(vm, self, "name", kw[0]) < 0) return -1;
    if (exc_set_field(vm, self, "path", kw[1]) < 0) return -1;
    return exc_set_field(vm, self, "msg", nargs == 1 ? args[0] : VAL_NONE);
}

static Value importerror_str(VM *vm, Value self) {
    Value msg = exc_get_field(vm, self, "msg");
    if (val_is_exact_str(msg)) return msg;
    return exc_str(vm, self);
}

static Value importerror_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__reduce__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value self = args[0];
    Value state = dict_new(vm);
    if (val_is_error(state)) return state;
    Value d = instance_dict_of(vm, self, false);
    Value k, v;
    if (val_is_obj(d))
        for (size_t i = 0; dict_next(d, &i, &k, &v);)
            if (dict_set(vm, state, k, v) < 0) return VAL_ERROR;
    static const char *const fields[] = {"name", "path"};
    for (int i = 0; i < 2; i++) {
        Value f = exc_get_field(vm, self, fields[i]);
        if (!val_is_none(f) && dict_set_cstr(vm, state, fields[i], f) < 0) return VAL_ERROR;
    }
    Value cls = val_from_obj(val_type(self));
    if (as_dict(state)->used == 0) return tuple_pack(vm, 2, cls, exc_args(self));
    return tuple_pack(vm, 3, cls, exc_args(self), state);
}

static const MethodDef importerror_methods[] = {
    {"__reduce__", importerror_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int nameerror_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"name", NULL};
    Value kw[1] = {VAL_NONE};
    if (parse_named_kwargs(vm, self, nargs, args, kwnames, names, kw) < 0) return -1;
    if (set_args(vm, self, args, nargs) < 0) return -1;
    return exc_set_field(vm, self, "name", kw[0]);
}

static int attributeerror_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"name", "obj", NULL};
    Value kw[2] = {VAL_NONE, VAL_NONE};
    if (parse_named_kwargs(vm, self, nargs, args, kwnames, names, kw) < 0) return -1;
    if (set_args(vm, self, args, nargs) < 0) return -1;
    if (exc_set_field(vm, self, "name", kw[0]) < 0) return -1;
    return exc_set_field(vm, self, "obj", kw[1]);
}

static const GetSetDef importerror_getsets[] = {
    FIELD_GETSET(msg, "msg") FIELD_GETSET(name, "name") FIELD_GETSET(path, "path")
    {NULL, NULL, NULL}};
static const GetSetDef nameerror_getsets[] = {FIELD_GETSET(name, "name") {NULL, NULL, NULL}};
static const GetSetDef attributeerror_getsets[] = {
    FIELD_GETSET(name, "name") FIELD_GETSET(obj, "obj") {NULL, NULL, NULL}};

/* ---- OSError ---- */

/* OSError(errno, ...) makes the subclass that errno stands for, as CPython
** does (Linux numbering). */
static Type *oserror_subclass_for(int64_t err) {
    switch (err) {
    case 1: case 13: return &type_PermissionError;    /* EPERM, EACCES */
    case 2: return &type_FileNotFoundError;           /* ENOENT */
    case 17: return &type_FileExistsError;            /* EEXIST */
    case 20: return &type_NotADirectoryError;         /* ENOTDIR */
    case 21: return &type_IsADirectoryError;          /* EISDIR */
    case 110: return &type_TimeoutError;              /* ETIMEDOUT */
    case 11: case 114: case 115: return &type_BlockingIOError; /* EAGAIN, EALREADY, EINPROGRESS */
    case 10: return &type_ChildProcessError;          /* ECHILD */
    case 32: case 108: return &type_BrokenPipeError;  /* EPIPE, ESHUTDOWN */
    case 103: return &type_ConnectionAbortedError;    /* ECONNABORTED */
    case 111: return &type_ConnectionRefusedError;    /* ECONNREFUSED */
    case 104: return &type_ConnectionResetError;      /* ECONNRESET */
    case 4: return &type_InterruptedError;            /* EINTR */
    case 3: return &type_ProcessLookupError;          /* ESRCH */
    default: return NULL;
    }
}

static Value oserror_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (cls == &type_OSError && nargs >= 2 && val_is_int(args[0])) {
        Type *sub = oserror_subclass_for(val_as_int(args[0]));
        if (sub) cls = sub;
    }
    return exc_new_slot(vm, cls, args, nargs, kwnames);
}

static int oserror_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (reject_kwargs(vm, self, kwnames) < 0) return -1;
    if (set_args(vm, self, args, nargs) < 0) return -1;
    static const char *const fields[] = {"errno", "strerror", "filename", "filename2"};
    for (int i = 0; i < 4; i++)
        if (exc_set_field(vm, self, fields[i], VAL_NONE) < 0) return -1;
    if (nargs < 2 || nargs > 5) return 0;
    if (exc_set_field(vm, self, "errno", args[0]) < 0) return -1;
    if (exc_set_field(vm, self, "strerror", args[1]) < 0) return -1;
    if (nargs >= 3) {
        if (exc_set_field(vm, self, "filename", args[2]) < 0) return -1;
        if (nargs == 5 && exc_set_field(vm, self, "filename2", args[4]) < 0) return -1;
        /* with a filename, .args keeps only (errno, strerror) */
        return set_args(vm, self, args, 2);
    }
    return 0;
}

static Value oserror_str(VM *vm, Value self) {
    Value err = exc_get_field(vm, self, "errno");
    Value strerror = exc_get_field(vm, self, "strerror");
    Value fn = exc_get_field(vm, self, "filename");
    Value fn2 = exc_get_field(vm, self, "filename2");
    if (!val_is_none(fn)) {
        if (!val_is_none(fn2))
            return str_format(vm, "[Errno %S] %S: %R -> %R", err, strerror, fn, fn2);
        return str_format(vm, "[Errno %S] %S: %R", err, strerror, fn);
    }
    if (!val_is_none(err) && !val_is_none(strerror))
        return str_format(vm, "[Errno %S] %S", err, strerror);
    return exc_str(vm, self);
}

/* OSError.__reduce__: the filenames go back into the arguments. */
static Value oserror_reduce(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__reduce__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value self = args[0];
    Value a = exc_args(self);
    Value fn = exc_get_field(vm, self, "filename");
    if (val_isinstance(a, &type_tuple) && as_tuple(a)->len == 2 && !val_is_none(fn)) {
        Value fn2 = exc_get_field(vm, self, "filename2");
        TupleObj *t = as_tuple(a);
        a = val_is_none(fn2) ? tuple_pack(vm, 3, t->items[0], t->items[1], fn)
                             : tuple_pack(vm, 5, t->items[0], t->items[1], fn, VAL_NONE, fn2);
        if (val_is_error(a)) return a;
    }
    gc_push_root(vm, &a);
    Value d = instance_dict_of(vm, self, false);
    Value cls = val_from_obj(val_type(self));
    Value r = val_is_obj(d) && as_dict(d)->used > 0 ? tuple_pack(vm, 3, cls, a, d)
                                                   : tuple_pack(vm, 2, cls, a);
    gc_pop_roots(vm, 1);
    return r;
}

static const MethodDef oserror_methods[] = {
    {"__reduce__", oserror_reduce, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef oserror_getsets[] = {
    FIELD_GETSET(errno_, "errno") FIELD_GETSET(strerror, "strerror")
    FIELD_GETSET(filename, "filename") FIELD_GETSET(filename2, "filename2")
    FIELD_GETSET(characters_written, "characters_written")
    {NULL, NULL, NULL}};

/* ---- SyntaxError ---- */

static int syntaxerror_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (base_init(vm, self, args, nargs, kwnames) < 0) return -1;
    static const char *const fields[] = {"msg", "filename", "lineno", "offset", "text",
                                         "end_lineno", "end_offset", "print_file_and_line"};
    for (int i = 0; i < 8; i++)
        if (exc_set_field(vm, self, fields[i], VAL_NONE) < 0) return -1;
    if (nargs >= 1 && exc_set_field(vm, self, "msg", args[0]) < 0) return -1;
    if (nargs != 2) return 0;
    Value info = seq_to_tuple(vm, args[1]);
    if (val_is_error(info)) return -1;
    TupleObj *t = as_tuple(info);
    if (t->len < 4 || t->len > 6) {
        vm_raise(vm, &type_TypeError, "function takes %s %d arguments (%d given)",
                 t->len < 4 ? "at least" : "at most", t->len < 4 ? 4 : 6, (int)t->len);
        return -1;
    }
    if (t->len == 5) {
        vm_raise(vm, &type_TypeError, "end_offset must be provided when end_lineno is provided");
        return -1;
    }
    for (size_t i = 0; i < t->len; i++)
        if (exc_set_field(vm, self, fields[i + 1], t->items[i]) < 0) return -1;
    return 0;
}

static const char *path_basename(const char *path) {
    const char *base = path;
    for (const char *p = path; *p; p++)
        if (*p == '/') base = p + 1;
    return base;
}

static Value syntaxerror_str(VM *vm, Value self) {
    Value msg = exc_get_field(vm, self, "msg");
    Value filename = exc_get_field(vm, self, "filename");
    Value lineno = exc_get_field(vm, self, "lineno");
    bool have_file = val_is_str(filename);
    bool have_line = val_is_int(lineno);
    if (!have_file && !have_line) return obj_str(vm, msg);
    const char *base = have_file ? path_basename(str_cstr(filename)) : "";
    if (have_file && have_line)
        return str_format(vm, "%S (%s, line %lld)", msg, base, (long long)val_as_int(lineno));
    if (have_file) return str_format(vm, "%S (%s)", msg, base);
    return str_format(vm, "%S (line %lld)", msg, (long long)val_as_int(lineno));
}

static const GetSetDef syntaxerror_getsets[] = {
    FIELD_GETSET(msg, "msg") FIELD_GETSET(filename, "filename") FIELD_GETSET(lineno, "lineno")
    FIELD_GETSET(offset, "offset") FIELD_GETSET(text, "text")
    FIELD_GETSET(end_lineno, "end_lineno") FIELD_GETSET(end_offset, "end_offset")
    FIELD_GETSET(print_file_and_line, "print_file_and_line")
    {NULL, NULL, NULL}};

/* ---- UnicodeDecodeError, UnicodeEncodeError ---- */

static int unicode_arg_error(VM *vm, int i, const char *want, Value got) {
    vm_raise(vm, &type_TypeError, "argument %d must be %s, not %s", i, want,
             type_name(val_type(got)));
    return -1;
}

static int unicode_error_init(VM *vm, Value self, Value *args, int nargs, Value kwnames,
                              bool decode) {
    if (base_init(vm, self, args, nargs, kwnames) < 0) return -1;
    if (nargs != 5) {
        vm_raise(vm, &type_TypeError, "function takes exactly 5 arguments (%d given)", nargs);
        return -1;
    }
    if (!val_is_str(args[0])) return unicode_arg_error(vm, 1, "str", args[0]);
    Value obj = args[1];
    if (decode) {
        if (val_isinstance(obj, &type_bytearray)) {
            ByteArrayObj *ba = (ByteArrayObj *)val_as_obj(obj);
            obj = bytes_new(vm, ba->data, ba->len);
            if (val_is_error(obj)) return -1;
        } else if (!val_isinstance(obj, &type_bytes)) {
            return unicode_arg_error(vm, 2, "bytes-like object", obj);
        }
    } else if (!val_is_str(obj)) {
        return unicode_arg_error(vm, 2, "str", obj);
    }
    if (!val_is_intlike(args[2])) return unicode_arg_error(vm, 3, "int", args[2]);
    if (!val_is_intlike(args[3])) return unicode_arg_error(vm, 4, "int", args[3]);
    if (!val_is_str(args[4])) return unicode_arg_error(vm, 5, "str", args[4]);
    if (exc_set_field(vm, self, "encoding", args[0]) < 0) return -1;
    if (exc_set_field(vm, self, "object", obj) < 0) return -1;
    if (exc_set_field(vm, self, "start", args[2]) < 0) return -1;
    if (exc_set_field(vm, self, "end", args[3]) < 0) return -1;
    return exc_set_field(vm, self, "reason", args[4]);
}

static int unicodedecode_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    return unicode_error_init(vm, self, args, nargs, kwnames, true);
}

static int unicodeencode_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    return unicode_error_init(vm, self, args, nargs, kwnames, false);
}

static bool unicode_positions(VM *vm, Value self, int64_t *start, int64_t *end, int64_t len) {
    Value s = exc_get_field(vm, self, "start"), e = exc_get_field(vm, self, "end");
    if (!val_is_int(s) || !val_is_int(e)) return false;
    *start = val_as_int(s);
    *end = val_as_int(e);
    if (*start < 0) *start = 0;
    if (*start >= len) *start = len ? len - 1 : 0;
    if (*end < 1) *end = 1;
    if (*end > len) *end = len;
    return true;
}

static Value unicodedecode_str(VM *vm, Value self) {
    Value obj = exc_get_field(vm, self, "object");
    if (!val_isinstance(obj, &type_bytes)) return str_new(vm, "", 0);
    BytesObj *b = (BytesObj *)val_as_obj(obj);
    int64_t start, end;
    if (!unicode_positions(vm, self, &start, &end, (int64_t)b->len)) return str_new(vm, "", 0);
    Value enc = exc_get_field(vm, self, "encoding");
    Value reason = exc_get_field(vm, self, "reason");
    if (start < (int64_t)b->len && end == start + 1)
        return str_format(vm, "'%S' codec can't decode byte 0x%02x in position %lld: %S", enc,
                          (unsigned)b->data[start], (long long)start, reason);
    return str_format(vm, "'%S' codec can't decode bytes in position %lld-%lld: %S", enc,
                      (long long)start, (long long)end - 1, reason);
}

/* The code point at [index] of str [s] (UTF-8). */
static uint32_t str_codepoint_at(Value s, int64_t index) {
    const unsigned char *p = (const unsigned char *)str_cstr(s);
    for (int64_t i = 0; i < index && *p; i++) {
        p++;
        while ((*p & 0xC0) == 0x80) p++;
    }
    uint32_t c = *p;
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    c &= 0x3F >> extra;
    for (int i = 1; i <= extra; i++) c = (c << 6) | (p[i] & 0x3F);
    return c;
}

static Value unicodeencode_str(VM *vm, Value self) {
    Value obj = exc_get_field(vm, self, "object");
    if (!val_is_str(obj)) return str_new(vm, "", 0);
    int64_t start, end;
    if (!unicode_positions(vm, self, &start, &end, (int64_t)as_str(obj)->len))
        return str_new(vm, "", 0);
    Value enc = exc_get_field(vm, self, "encoding");
    Value reason = exc_get_field(vm, self, "reason");
    if (start < (int64_t)as_str(obj)->len && end == start + 1) {
        uint32_t c = str_codepoint_at(obj, start);
        const char *fmt = c < 0x100 ? "'%S' codec can't encode character '\\x%02x' in position %lld: %S"
                        : c < 0x10000 ? "'%S' codec can't encode character '\\u%04x' in position %lld: %S"
                                      : "'%S' codec can't encode character '\\U%08x' in position %lld: %S";
        return str_format(vm, fmt, enc, (unsigned)c, (long long)start, reason);
    }
    return str_format(vm, "'%S' codec can't encode characters in position %lld-%lld: %S", enc,
                      (long long)start, (long long)end - 1, reason);
}

/* UnicodeTranslateError(object, start, end, reason) */
static int unicodetranslate_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    if (base_init(vm, self, args, nargs, kwnames) < 0) return -1;
    if (nargs != 4) {
        vm_raise(vm, &type_TypeError, "function takes exactly 4 arguments (%d given)", nargs);
        return -1;
    }
    if (!val_is_str(args[0])) return unicode_arg_error(vm, 1, "str", args[0]);
    if (!val_is_intlike(args[1])) return unicode_arg_error(vm, 2, "int", args[1]);
    if (!val_is_intlike(args[2])) return unicode_arg_error(vm, 3, "int", args[2]);
    if (!val_is_str(args[3])) return unicode_arg_error(vm, 4, "str", args[3]);
    if (exc_set_field(vm, self, "encoding", VAL_NONE) < 0) return -1;
    if (exc_set_field(vm, self, "object", args[0]) < 0) return -1;
    if (exc_set_field(vm, self, "start", args[1]) < 0) return -1;
    if (exc_set_field(vm, self, "end", args[2]) < 0) return -1;
    return exc_set_field(vm, self, "reason", args[3]);
}

static Value unicodetranslate_str(VM *vm, Value self) {
    Value obj = exc_get_field(vm, self, "object");
    if (!val_is_str(obj)) return str_new(vm, "", 0);
    int64_t start, end;
    if (!unicode_positions(vm, self, &start, &end, (int64_t)as_str(obj)->len))
        return str_new(vm, "", 0);
    Value reason = exc_get_field(vm, self, "reason");
    if (start < (int64_t)as_str(obj)->len && end == start + 1) {
        uint32_t c = str_codepoint_at(obj, start);
        const char *fmt = c < 0x100 ? "can't translate character '\\x%02x' in position %lld: %S"
                        : c < 0x10000 ? "can't translate character '\\u%04x' in position %lld: %S"
                                      : "can't translate character '\\U%08x' in position %lld: %S";
        return str_format(vm, fmt, (unsigned)c, (long long)start, reason);
    }
    return str_format(vm, "can't translate characters in position %lld-%lld: %S", (long long)start,
                      (long long)end - 1, reason);
}

static const GetSetDef unicodeerror_getsets[] = {
    FIELD_GETSET(encoding, "encoding") FIELD_GETSET(object, "object")
    FIELD_GETSET(start, "start") FIELD_GETSET(end, "end") FIELD_GETSET(reason, "reason")
    {NULL, NULL, NULL}};

/* ---- exception groups ---- */

static bool is_group(Value v) { return val_isinstance(v, &type_BaseExceptionGroup); }

static Value group_exceptions(VM *vm, Value eg) { return exc_get_field(vm, eg, "exceptions"); }

/* PySequence_Check: indexable and not a mapping. */
static bool is_sequence(Value v) {
    Type *t = val_type(v);
    return t->getitem && !(t->flags & TYPE_DICT_SUBCLASS) && t != &type_dict;
}

/* Every item an exception; *nested_base when one is not an Exception. */
static int check_group_items(VM *vm, Value items, bool *nested_base) {
    TupleObj *t = as_tuple(items);
    if (t->len == 0) {
        vm_raise(vm, &type_ValueError, "second argument (exceptions) must be a non-empty sequence");
        return -1;
    }
    *nested_base = false;
    for (size_t i = 0; i < t->len; i++) {
        if (!val_is_exc(t->items[i])) {
            vm_raise(vm, &type_ValueError, "Item %d of second argument (exceptions) is not an exception",
                     (int)i);
            return -1;
        }
        if (!val_isinstance(t->items[i], &type_Exception)) *nested_base = true;
    }
    return 0;
}

static Value eg_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    if (nargs != 2)
        return vm_raise(vm, &type_TypeError,
                        "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
    Value msg = args[0], excs = args[1];
    if (!val_is_str(msg))
        return vm_raise(vm, &type_TypeError,
                        "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                        type_name(val_type(msg)));
    if (!is_sequence(excs))
        return vm_raise(vm, &type_TypeError, "second argument (exceptions) must be a sequence");
    Value items = seq_to_tuple(vm, excs);
    if (val_is_error(items)) return items;
    bool nested_base;
    if (check_group_items(vm, items, &nested_base) < 0) return VAL_ERROR;
    if (cls == &type_BaseExceptionGroup) {
        if (!nested_base) cls = &type_ExceptionGroup;
    } else if (cls == &type_ExceptionGroup) {
        if (nested_base)
            return vm_raise(vm, &type_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && type_is_subtype(cls, &type_Exception)) {
        return vm_raise(vm, &type_TypeError, "Cannot nest BaseExceptions in '%s'", cls->name);
    }
    Value a = tuple_pack(vm, 2, msg, excs);
    if (val_is_error(a)) return a;
    ExcObj *e = exc_alloc(vm, cls, a);
    if (!e) return VAL_ERROR;
    Value ev = val_from_obj(e);
    if (exc_set_field(vm, ev, "message", msg) < 0 || exc_set_field(vm, ev, "exceptions", items) < 0)
        return VAL_ERROR;
    return ev;
}

static int eg_init(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    return base_init(vm, self, args, nargs, kwnames);
}

static Value eg_str(VM *vm, Value self) {
    Value excs = group_exceptions(vm, self);
    size_t n = val_is_tuple(excs) ? as_tuple(excs)->len : 0;
    return str_format(vm, "%S (%d sub-exception%s)", exc_get_field(vm, self, "message"), (int)n,
                      n == 1 ? "" : "s");
}

static Value get_message(VM *vm, Value self) { return exc_get_field(vm, self, "message"); }
static Value get_exceptions(VM *vm, Value self) { return group_exceptions(vm, self); }

static const GetSetDef eg_getsets[] = {
    {"message", get_message, NULL},
    {"exceptions", get_exceptions, NULL},
    {NULL, NULL, NULL},
};

/* How split()/subgroup() decide what matches. */
typedef enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_LEAVES } MatchKind;

static bool is_exc_type(Value v) {
    return val_is_typeobj(v) && type_is_subtype((Type *)val_as_obj(v), &type_BaseException);
}

static int matcher_kind(VM *vm, Value cond, MatchKind *kind) {
    if (val_type(cond)->call && !val_is_typeobj(cond)) {
        *kind = MATCH_PREDICATE;
        return 0;
    }
    bool ok = is_exc_type(cond);
    if (!ok && val_is_tuple(cond)) {
        ok = true;
        for (size_t i = 0; i < as_tuple(cond)->len; i++)
            if (!is_exc_type(as_tuple(cond)->items[i])) ok = false;
    }
    if (!ok) {
        vm_raise(vm, &type_TypeError, "expected a function, exception type or tuple of exception types");
        return -1;
    }
    *kind = MATCH_TYPE;
    return 0;
}

static bool isinstance_of(Value v, Value types) {
    if (val_is_tuple(types)) {
        for (size_t i = 0; i < as_tuple(types)->len; i++)
            if (isinstance_of(v, as_tuple(types)->items[i])) return true;
        return false;
    }
    return val_is_typeobj(types) && val_isinstance(v, (Type *)val_as_obj(types));
}

static int matches(VM *vm, Value exc, MatchKind kind, Value matcher) {
    switch (kind) {
    case MATCH_TYPE: return isinstance_of(exc, matcher);
    case MATCH_LEAVES: {
        ListObj *l = as_list(matcher);
        for (size_t i = 0; i < l->len; i++)
            if (l->items[i] == exc) return 1;
        return 0;
    }
    default: {
        Value r = obj_call1(vm, matcher, exc);
        if (val_is_error(r)) return -1;
        return obj_truthy(vm, r);
    }
    }
}

/* PySequence_Check: a type with __getitem__ that is not a mapping. */
static bool is_sequence_like(Value v) {
    Type *t = val_type(v);
    if (val_isinstance(v, &type_dict)) return false;
    return t->getitem != NULL;
}

/* exc.derive(items) with exc's traceback, cause, context and notes. */
static Value derive_and_copy(VM *vm, Value exc, Value items) {
    Value eg = obj_call_method(vm, exc, "derive", &items, 1);
    if (val_is_error(eg)) return eg;
    if (!is_group(eg))
        return vm_raise(vm, &type_TypeError, "derive must return an instance of BaseExceptionGroup");
    as_exc(eg)->traceback = as_exc(exc)->traceback;
    as_exc(eg)->cause = as_exc(exc)->cause;
    as_exc(eg)->context = as_exc(exc)->context;
    as_exc(eg)->suppress_context = as_exc(exc)->suppress_context;
    gc_push_root(vm, &eg);
    Value name = str_intern_cstr(vm, "__notes__");
    Value notes = val_is_error(name) ? name : obj_lookup_attr(vm, exc, name);
    int r = 0;
    if (val_is_error(notes)) {
        r = -1;
    } else if (!val_is_null(notes) && is_sequence_like(notes)) {
        /* each part gets its own copy of the notes */
        Value copy = seq_to_list(vm, notes);
        r = val_is_error(copy) ? -1 : obj_setattr(vm, eg, name, copy);
    }
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : eg;
}

typedef struct SplitResult {
    Value match, rest;        /* None when empty */
} SplitResult;

static int split_group(VM *vm, Value exc, MatchKind kind, Value matcher, bool with_rest,
                       SplitResult *out);

/* The members of group [exc], split; their parts collected in two lists. */
static int split_members(VM *vm, Value exc, MatchKind kind, Value matcher, bool with_rest,
                         Value match_list, Value rest_list) {
    Value excs = group_exceptions(vm, exc);
    if (!val_is_tuple(excs)) return 0;
    for (size_t i = 0; i < as_tuple(excs)->len; i++) {
        SplitResult part;
        if (split_group(vm, as_tuple(excs)->items[i], kind, matcher, with_rest, &part) < 0) return -1;
        if (!val_is_none(part.match) && list_append(vm, match_list, part.match) < 0) return -1;
        if (with_rest && !val_is_none(part.rest) && list_append(vm, rest_list, part.rest) < 0)
            return -1;
    }
    return 0;
}

static int split_group(VM *vm, Value exc, MatchKind kind, Value matcher, bool with_rest,
                       SplitResult *out) {
    out->match = out->rest = VAL_NONE;
    int m = matches(vm, exc, kind, matcher);
    if (m < 0) return -1;
    if (m) {
        out->match = exc;
        return 0;
    }
    if (!is_group(exc)) {
        if (with_rest) out->rest = exc;
        return 0;
    }
    Value match_list = list_new(vm, 0), rest_list = list_new(vm, 0);
    if (val_is_error(match_list) || val_is_error(rest_list)) return -1;
    if (vm_enter_c(vm, " in split") < 0) return -1;
    gc_push_root(vm, &exc);
    gc_push_root(vm, &match_list);
    gc_push_root(vm, &rest_list);
    gc_push_root(vm, &matcher);
    int r = split_members(vm, exc, kind, matcher, with_rest, match_list, rest_list);
    Value match = VAL_NONE;
    gc_push_root(vm, &match);
    if (r == 0 && as_list(match_list)->len > 0) {
        match = derive_and_copy(vm, exc, match_list);
        if (val_is_error(match)) r = -1;
    }
    if (r == 0 && with_rest && as_list(rest_list)->len > 0) {
        out->rest = derive_and_copy(vm, exc, rest_list);
        if (val_is_error(out->rest)) r = -1;
    }
    out->match = match;
    gc_pop_roots(vm, 5);
    vm_leave_c(vm);
    return r;
}

static Value m_eg_derive(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "derive", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value a[2] = {exc_get_field(vm, args[0], "message"), args[1]};
    return obj_call(vm, val_from_obj(&type_BaseExceptionGroup), a, 2, VAL_NULL);
}

static Value split_or_subgroup(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                               bool with_rest) {
    if (vm_check_args(vm, fname, nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    MatchKind kind;
    if (matcher_kind(vm, args[1], &kind) < 0) return VAL_ERROR;
    SplitResult r;
    if (split_group(vm, args[0], kind, args[1], with_rest, &r) < 0) return VAL_ERROR;
    return with_rest ? tuple_pack(vm, 2, r.match, r.rest) : r.match;
}

static Value m_eg_split(VM *vm, Value *args, int nargs, Value kwnames) {
    return split_or_subgroup(vm, "split", args, nargs, kwnames, true);
}

static Value m_eg_subgroup(VM *vm, Value *args, int nargs, Value kwnames) {
    return split_or_subgroup(vm, "subgroup", args, nargs, kwnames, false);
}

static const MethodDef eg_methods[] = {
    {"derive", m_eg_derive, 0, NULL},
    {"split", m_eg_split, 0, NULL},
    {"subgroup", m_eg_subgroup, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int check_star_type(VM *vm, Value t) {
    if (val_is_tuple(t)) {
        for (size_t i = 0; i < as_tuple(t)->len; i++)
            if (check_star_type(vm, as_tuple(t)->items[i]) < 0) return -1;
        return 0;
    }
    if (!is_exc_type(t)) {
        vm_raise(vm, &type_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (type_is_subtype((Type *)val_as_obj(t), &type_BaseExceptionGroup)) {
        vm_raise(vm, &type_TypeError,
                 "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

int exc_group_match(VM *vm, Value exc, Value match_type, Value *match, Value *rest) {
    *match = *rest = VAL_NONE;
    if (check_star_type(vm, match_type) < 0) return -1;
    if (!val_is_exc(exc)) return 0;
    if (isinstance_of(exc, match_type)) {
        if (is_group(exc)) {
            *match = exc;
            return 0;
        }
        Value items = tuple_pack(vm, 1, exc);
        Value msg = str_new(vm, "", 0);
        if (val_is_error(items) || val_is_error(msg)) return -1;
        Value a[2] = {msg, items};
        Value wrapped = eg_new(vm, &type_BaseExceptionGroup, a, 2, VAL_NULL);
        if (val_is_error(wrapped)) return -1;
        as_exc(wrapped)->traceback = as_exc(exc)->traceback;
        *match = wrapped;
        return 0;
    }
    if (!is_group(exc)) {
        *rest = exc;
        return 0;
    }
    SplitResult r;
    if (split_group(vm, exc, MATCH_TYPE, match_type, true, &r) < 0) return -1;
    *match = r.match;
    *rest = r.rest;
    return 0;
}

/* The leaf exceptions of [exc] (itself when it is not a group) into [leaves]. */
static int collect_leaves(VM *vm, Value exc, Value leaves) {
    if (!is_group(exc)) return list_append(vm, leaves, exc);
    Value excs = group_exceptions(vm, exc);
    for (size_t i = 0; val_is_tuple(excs) && i < as_tuple(excs)->len; i++)
        if (collect_leaves(vm, as_tuple(excs)->items[i], leaves) < 0) return -1;
    return 0;
}

static bool same_metadata(VM *vm, Value a, Value b) {
    ExcObj *x = as_exc(a), *y = as_exc(b);
    if (x->traceback != y->traceback || x->cause != y->cause || x->context != y->context)
        return false;
    Value name = str_intern_cstr(vm, "__notes__");
    Value na = obj_lookup_attr(vm, a, name), nb = obj_lookup_attr(vm, b, name);
    if (val_is_error(na) || val_is_error(nb)) vm_clear_exc(vm);
    return na == nb;
}

Value exc_prep_reraise_star(VM *vm, Value orig, Value excs) {
    ListObj *l = as_list(excs);
    if (l->len == 0) return VAL_NONE;
    if (!is_group(orig)) return l->items[0];
    Value raised = list_new(vm, 0), reraised_leaves = list_new(vm, 0);
    if (val_is_error(raised) || val_is_error(reraised_leaves)) return VAL_ERROR;
    gc_push_root(vm, &raised);
    gc_push_root(vm, &reraised_leaves);
    gc_push_root(vm, &orig);
    gc_push_root(vm, &excs);
    Value result = VAL_ERROR;
    for (size_t i = 0; i < as_list(excs)->len; i++) {
        Value e = as_list(excs)->items[i];
        if (!val_is_exc(e)) continue;
        int r = same_metadata(vm, e, orig) ? collect_leaves(vm, e, reraised_leaves)
                                           : list_append(vm, raised, e);
        if (r < 0) goto done;
    }
    SplitResult kept = {VAL_NONE, VAL_NONE};
    if (as_list(reraised_leaves)->len > 0 &&
        split_group(vm, orig, MATCH_LEAVES, reraised_leaves, false, &kept) < 0)
        goto done;
    if (as_list(raised)->len == 0) {
        result = kept.match;
        goto done;
    }
    if (!val_is_none(kept.match) && list_append(vm, raised, kept.match) < 0) goto done;
    if (as_list(raised)->len == 1) {
        result = as_list(raised)->items[0];
        goto done;
    }
    Value msg = str_new(vm, "", 0);
    if (val_is_error(msg)) goto done;
    Value a[2] = {msg, raised};
    result = eg_new(vm, &type_BaseExceptionGroup, a, 2, VAL_NULL);
done:
    gc_pop_roots(vm, 4);
    return result;
}

/* ---- the final line of a traceback ---- */

Value exc_format_final_line(VM *vm, Value exc) {
    Type *t = val_type(exc);
    Value qn = type_qualified_name(vm, t);
    if (val_is_error(qn)) return qn;
    gc_push_root(vm, &qn);
    /* classes defined in __main__ print without the module */
    Value mod = obj_type_lookup(t, NAME(vm, __module__));
    if ((t->flags & TYPE_HEAP) && val_is_str(mod) && str_eq_cstr(mod, "__main__")) {
        Value q = t->qualname;
        if (val_is_str(q)) qn = q;
    }
    Value s = obj_str(vm, exc);
    if (val_is_error(s)) {
        vm_clear_exc(vm);
        gc_pop_roots(vm, 1);
        return str_format(vm, "%U: <exception str() failed>", qn);
    }
    gc_pop_roots(vm, 1);
    if (!val_is_str(s) || as_str(s)->size == 0) return qn;
    return str_format(vm, "%U: %U", qn, s);
}

/* ---- setup ---- */

/* ---- the types ---- */

/* The slots are static so that the types are complete whenever they are
** made ready (subclasses inherit them there). */
#define DEFINE_EXC(nm, base_, ...)                                                    \
    Type type_##nm = {.hdr = STATIC_TYPE_HDR, .name = #nm, .base = &type_##base_,      \
                        .flags = EXC_FLAGS, .basicsize = sizeof(ExcObj), __VA_ARGS__};
DEFINE_EXC(BaseException, object, .new_ = exc_new_slot, .init = base_init, .repr = exc_repr, .str = exc_str, .traverse = exc_traverse)
DEFINE_EXC(SystemExit, BaseException, .init = systemexit_init)
DEFINE_EXC(KeyboardInterrupt, BaseException)
DEFINE_EXC(GeneratorExit, BaseException)
DEFINE_EXC(Exception, BaseException)
DEFINE_EXC(StopIteration, Exception, .init = stopiteration_init)
DEFINE_EXC(StopAsyncIteration, Exception)
DEFINE_EXC(ArithmeticError, Exception)
DEFINE_EXC(FloatingPointError, ArithmeticError)
DEFINE_EXC(OverflowError, ArithmeticError)
DEFINE_EXC(ZeroDivisionError, ArithmeticError)
DEFINE_EXC(AssertionError, Exception)
DEFINE_EXC(AttributeError, Exception, .init = attributeerror_init)
DEFINE_EXC(BufferError, Exception)
DEFINE_EXC(EOFError, Exception)
DEFINE_EXC(ImportError, Exception, .init = importerror_init, .str = importerror_str)
DEFINE_EXC(ModuleNotFoundError, ImportError)
DEFINE_EXC(LookupError, Exception)
DEFINE_EXC(IndexError, LookupError)
DEFINE_EXC(KeyError, LookupError, .str = keyerror_str)
DEFINE_EXC(MemoryError, Exception)
DEFINE_EXC(NameError, Exception, .init = nameerror_init)
DEFINE_EXC(UnboundLocalError, NameError)
DEFINE_EXC(OSError, Exception, .new_ = oserror_new, .init = oserror_init, .str = oserror_str)
DEFINE_EXC(FileExistsError, OSError)
DEFINE_EXC(FileNotFoundError, OSError)
DEFINE_EXC(IsADirectoryError, OSError)
DEFINE_EXC(NotADirectoryError, OSError)
DEFINE_EXC(PermissionError, OSError)
DEFINE_EXC(TimeoutError, OSError)
DEFINE_EXC(ReferenceError, Exception)
DEFINE_EXC(RuntimeError, Exception)
DEFINE_EXC(NotImplementedError, RuntimeError)
DEFINE_EXC(RecursionError, RuntimeError)
DEFINE_EXC(SyntaxError, Exception, .init = syntaxerror_init, .str = syntaxerror_str)
DEFINE_EXC(IndentationError, SyntaxError)
DEFINE_EXC(TabError, IndentationError)
DEFINE_EXC(SystemError, Exception)
DEFINE_EXC(TypeError, Exception)
DEFINE_EXC(ValueError, Exception)
DEFINE_EXC(UnicodeError, ValueError)
DEFINE_EXC(UnicodeDecodeError, UnicodeError, .init = unicodedecode_init, .str = unicodedecode_str)
DEFINE_EXC(UnicodeEncodeError, UnicodeError, .init = unicodeencode_init, .str = unicodeencode_str)
DEFINE_EXC(Warning, Exception)
DEFINE_EXC(DeprecationWarning, Warning)
DEFINE_EXC(RuntimeWarning, Warning)
DEFINE_EXC(UserWarning, Warning)
DEFINE_EXC(SyntaxWarning, Warning)
DEFINE_EXC(BlockingIOError, OSError)
DEFINE_EXC(ChildProcessError, OSError)
DEFINE_EXC(ConnectionError, OSError)
DEFINE_EXC(BrokenPipeError, ConnectionError)
DEFINE_EXC(ConnectionAbortedError, ConnectionError)
DEFINE_EXC(ConnectionRefusedError, ConnectionError)
DEFINE_EXC(ConnectionResetError, ConnectionError)
DEFINE_EXC(InterruptedError, OSError)
DEFINE_EXC(ProcessLookupError, OSError)
DEFINE_EXC(UnicodeTranslateError, UnicodeError, .init = unicodetranslate_init, .str = unicodetranslate_str)
DEFINE_EXC(PendingDeprecationWarning, Warning)
DEFINE_EXC(FutureWarning, Warning)
DEFINE_EXC(ImportWarning, Warning)
DEFINE_EXC(UnicodeWarning, Warning)
DEFINE_EXC(BytesWarning, Warning)
DEFINE_EXC(ResourceWarning, Warning)
DEFINE_EXC(EncodingWarning, Warning)
#undef DEFINE_EXC

Type type_BaseExceptionGroup = {
    .hdr = STATIC_TYPE_HDR, .name = "BaseExceptionGroup", .base = &type_BaseException,
    .flags = EXC_FLAGS, .basicsize = sizeof(ExcObj), .new_ = eg_new, .init = eg_init, .str = eg_str,
};
Type type_ExceptionGroup = {
    .hdr = STATIC_TYPE_HDR, .name = "ExceptionGroup", .base = &type_BaseExceptionGroup,
    .flags = EXC_FLAGS, .basicsize = sizeof(ExcObj),
};

typedef struct ExcExtras {
    Type *type;
    const GetSetDef *getsets;
    const MethodDef *methods;
} ExcExtras;

static const ExcExtras exc_extras[] = {
    {&type_BaseException, base_getsets, base_methods},
    {&type_StopIteration, stopiteration_getsets, NULL},
    {&type_SystemExit, systemexit_getsets, NULL},
    {&type_ImportError, importerror_getsets, importerror_methods},
    {&type_NameError, nameerror_getsets, NULL},
    {&type_AttributeError, attributeerror_getsets, NULL},
    {&type_OSError, oserror_getsets, oserror_methods},
    {&type_UnicodeTranslateError, unicodeerror_getsets, NULL},
    {&type_SyntaxError, syntaxerror_getsets, NULL},
    {&type_UnicodeDecodeError, unicodeerror_getsets, NULL},
    {&type_UnicodeEncodeError, unicodeerror_getsets, NULL},
    {&type_BaseExceptionGroup, eg_getsets, eg_methods},
};

/* ExceptionGroup derives from both BaseExceptionGroup and Exception. */
static int ready_groups(VM *vm) {
    if (type_ready(vm, &type_BaseExceptionGroup) < 0) return -1;
    if (!val_is_obj(type_ExceptionGroup.mro)) {
        Value bases = tuple_pack(vm, 2, val_from_obj(&type_BaseExceptionGroup),
                                 val_from_obj(&type_Exception));
        if (val_is_error(bases)) return -1;
        type_ExceptionGroup.bases = bases;
    }
    return type_ready(vm, &type_ExceptionGroup);
}

static Type *const all_exc_types[] = {
#define EXC_PTR(name, base) &type_##name,
    EXCEPTION_LIST(EXC_PTR)
#undef EXC_PTR
};

int setup_exceptions(VM *vm) {
    for (size_t i = 0; i < sizeof all_exc_types / sizeof all_exc_types[0]; i++)
        if (type_ready(vm, all_exc_types[i]) < 0) return -1;
    if (ready_groups(vm) < 0) return -1;
    for (size_t i = 0; i < sizeof exc_extras / sizeof exc_extras[0]; i++) {
        const ExcExtras *s = &exc_extras[i];
        if (s->getsets && type_add_getsets(vm, s->type, s->getsets) < 0) return -1;
        if (s->methods && type_add_methods(vm, s->type, s->methods) < 0) return -1;
    }
    if (type_ready(vm, &type_traceback) < 0) return -1;
    return traceback_setup_type(vm);
}

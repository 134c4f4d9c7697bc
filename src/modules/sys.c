/*
** sys.c -- the sys module: argv, path, modules, version information, the
** standard streams (a small native text stream over the host's write sink
** and readline), exit, exc_info, recursion and int-digit limits, hooks.
*/
#include <float.h>
#include <stdlib.h>

#include "modules/sys.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "runtime/config.h"
#include "runtime/names.h"
#include "runtime/traceback.h"
#include "runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}


/* ---- the host's sinks ---- */

void sys_host_write(VM *vm, int fd, const char *data, size_t len) {
    if (vm->config.write && len) vm->config.write(vm->config.write_ctx, fd, data, len);
}

Value sys_host_readline(VM *vm) {
    if (!vm->config.readline) return VAL_NULL;
    char *line = vm->config.readline(vm->config.readline_ctx);
    if (!line) return str_new(vm, "", 0);
    Value s = str_from_cstr(vm, line);
    free(line);
    return s;
}

/* ---- the standard streams ---- */

typedef struct StdStream {
    Obj hdr;
    int fd;                   /* 0 stdin, 1 stdout, 2 stderr */
    bool binary;              /* the .buffer of a text stream: bytes in and out */
} StdStream;

static Type type_stdstream;

static StdStream *as_stream(Value v) { return (StdStream *)val_as_obj(v); }

int sys_std_fd(Value v) { return val_is_type(v, &type_stdstream) ? as_stream(v)->fd : -1; }

static const char *stream_name(int fd) { return fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>"; }

static Value stream_repr(VM *vm, Value self) {
    int fd = as_stream(self)->fd;
    if (as_stream(self)->binary)
        return str_format(vm, "<_io.%s name='%s'>", fd == 0 ? "BufferedReader" : "BufferedWriter", stream_name(fd));
    return str_format(vm, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                      stream_name(fd), fd == 0 ? "r" : "w");
}

static Value stream_write(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "write", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    StdStream *st = as_stream(args[0]);
    Value s = args[1];
    if (st->binary) {
        const uint8_t *d;
        size_t n;
        if (val_is_str(s) || !bytes_view(s, &d, &n))
            return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", s);
        if (st->fd == 0) return vm_raise(vm, &type_OSError, "not writable");
        sys_host_write(vm, st->fd, (const char *)d, n);
        return int_from_i64(vm, (int64_t)n);
    }
    if (!val_is_str(s))
        return vm_raise(vm, &type_TypeError, "write() argument must be str, not %s",
                        type_name(val_type(s)));
    if (st->fd == 0) return vm_raise(vm, &type_OSError, "not writable");
    sys_host_write(vm, st->fd, str_cstr(s), as_str(s)->size);
    return int_from_i64(vm, (int64_t)as_str(s)->len);
}

static Value stream_writelines(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "writelines", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value self = args[0];
    Value it = obj_iter(vm, args[1]);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    Value r = VAL_NONE;
    for (;;) {
        Value line = obj_next(vm, it);
        if (val_is_null(line)) break;
        if (val_is_error(line)) {
            r = line;
            break;
        }
        Value wargs[2] = {self, line};
        if (val_is_error(stream_write(vm, wargs, 2, VAL_NULL))) {
            r = VAL_ERROR;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return r;
}

/* A text result as the binary stream returns it. */
static Value as_stream_result(VM *vm, Value self, Value text) {
    if (val_is_error(text) || !as_stream(self)->binary) return text;
    return bytes_new(vm, str_cstr(text), as_str(text)->size);
}

static Value stream_readline(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "readline", nargs - 1, kwnames, 0, 1) < 0) return VAL_ERROR;
    if (as_stream(args[0])->fd != 0) return vm_raise(vm, &type_OSError, "not readable");
    Value line = sys_host_readline(vm);
    if (val_is_null(line)) line = str_new(vm, "", 0);
    return as_stream_result(vm, args[0], line);
}

static Value stream_read(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "read", nargs - 1, kwnames, 0, 1) < 0) return VAL_ERROR;
    if (as_stream(args[0])->fd != 0) return vm_raise(vm, &type_OSError, "not readable");
    StrBuf sb;
    sb_init(&sb);
    for (;;) {
        Value line = sys_host_readline(vm);
        if (val_is_error(line)) {
            sb_free(&sb);
            return line;
        }
        if (val_is_null(line) || as_str(line)->size == 0) break;
        sb_add(&sb, str_cstr(line), as_str(line)->size);
    }
    return as_stream_result(vm, args[0], sb_finish(vm, &sb));
}

static Value stream_readlines(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "readlines", nargs - 1, kwnames, 0, 1) < 0) return VAL_ERROR;
    if (as_stream(args[0])->fd != 0) return vm_raise(vm, &type_OSError, "not readable");
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    for (;;) {
        Value line = sys_host_readline(vm);
        if (val_is_error(line)) return line;
        if (val_is_null(line) || as_str(line)->size == 0) break;
        if (list_append(vm, list, line) < 0) return VAL_ERROR;
    }
    return list;
}

static Value stream_iternext(VM *vm, Value self) {
    if (as_stream(self)->fd != 0) return vm_raise(vm, &type_OSError, "not readable");
    Value line = sys_host_readline(vm);
    if (val_is_error(line)) return line;
    if (val_is_null(line) || as_str(line)->size == 0) return VAL_NULL;
    return line;
}

static Value stream_iter(VM *vm, Value self) { return self; }

static Value stream_none(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "flush", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value stream_false(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "isatty", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return VAL_FALSE;
}

static Value stream_readable(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "readable", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_bool(as_stream(args[0])->fd == 0);
}

static Value stream_writable(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "writable", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_bool(as_stream(args[0])->fd != 0);
}

static Value stream_fileno(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "fileno", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(as_stream(args[0])->fd);
}

static Value stream_enter(VM *vm, Value *args, int nargs, Value kwnames) { return args[0]; }
static Value stream_exit(VM *vm, Value *args, int nargs, Value kwnames) { return VAL_NONE; }

static const MethodDef stream_methods[] = {
    {"write", stream_write, 0, NULL},
    {"writelines", stream_writelines, 0, NULL},
    {"readline", stream_readline, 0, NULL},
    {"readlines", stream_readlines, 0, NULL},
    {"read", stream_read, 0, NULL},
    {"flush", stream_none, 0, NULL},
    {"close", stream_none, 0, NULL},
    {"isatty", stream_false, 0, NULL},
    {"seekable", stream_false, 0, NULL},
    {"readable", stream_readable, 0, NULL},
    {"writable", stream_writable, 0, NULL},
    {"fileno", stream_fileno, 0, NULL},
    {"__enter__", stream_enter, 0, NULL},
    {"__exit__", stream_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value stream_get_encoding(VM *vm, Value self) { return str_from_cstr(vm, "utf-8"); }
static Value stream_get_errors(VM *vm, Value self) {
    return str_from_cstr(vm, as_stream(self)->fd == 2 ? "backslashreplace" : "strict");
}
static Value stream_get_name(VM *vm, Value self) { return str_from_cstr(vm, stream_name(as_stream(self)->fd)); }
static Value stream_get_mode(VM *vm, Value self) { return str_from_cstr(vm, as_stream(self)->fd ? "w" : "r"); }
static Value stream_get_false(VM *vm, Value self) { return VAL_FALSE; }
static Value stream_get_newlines(VM *vm, Value self) { return VAL_NONE; }
static Value stream_new(VM *vm, int fd);

/* sys.stdout.buffer: the same stream, taking bytes */
static Value stream_get_buffer(VM *vm, Value self) {
    if (as_stream(self)->binary)
        return vm_raise(vm, &type_AttributeError, "'_io.BufferedWriter' object has no attribute 'buffer'");
    Value b = stream_new(vm, as_stream(self)->fd);
    if (!val_is_error(b)) as_stream(b)->binary = true;
    return b;
}

static const GetSetDef stream_getsets[] = {
    {"encoding", stream_get_encoding, NULL},
    {"errors", stream_get_errors, NULL},
    {"name", stream_get_name, NULL},
    {"mode", stream_get_mode, NULL},
    {"closed", stream_get_false, NULL},
    {"line_buffering", stream_get_false, NULL},
    {"newlines", stream_get_newlines, NULL},
    {"buffer", stream_get_buffer, NULL},
    {NULL, NULL, NULL},
};

static Type type_stdstream = {
    .hdr = STATIC_TYPE_HDR,
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(StdStream),
    .repr = stream_repr,
    .iter = stream_iter,
    .iternext = stream_iternext,
};

static Value stream_new(VM *vm, int fd) {
    StdStream *s = gc_alloc(vm, &type_stdstream, sizeof(StdStream));
    if (!s) return VAL_ERROR;
    s->fd = fd;
    s->binary = false;
    return val_from_obj(s);
}

static const char *const std_names[] = {"stdin", "stdout", "stderr"};

Value sys_get_std(VM *vm, int fd) {
    if (!val_is_obj(vm->sys_module)) return VAL_NULL;
    Value d = ((ModuleObj *)val_as_obj(vm->sys_module))->dict;
    Value v = dict_get_cstr(vm, d, std_names[fd]);
    if (val_is_error(v)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    return v;
}

int sys_write_std(VM *vm, int fd, Value s) {
    Value stream = sys_get_std(vm, fd);
    if (val_is_null(stream)) {
        sys_host_write(vm, fd, str_cstr(s), as_str(s)->size);
        return 0;
    }
    if (val_is_none(stream)) return 0;
    if (sys_std_fd(stream) >= 1) {
        sys_host_write(vm, sys_std_fd(stream), str_cstr(s), as_str(s)->size);
        return 0;
    }
    Value r = obj_call_method(vm, stream, "write", &s, 1);
    return val_is_error(r) ? -1 : 0;
}

/* ---- struct sequences: named tuples of C data (sys.version_info ...) ---- */

typedef struct StructSeqDesc {
    Type *type;
    const char *const *fields;
    int nfields;
} StructSeqDesc;

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static const char *const float_info_fields[] = {
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
    "dig", "mant_dig", "epsilon", "radix", "rounds"};
static const char *const int_info_fields[] = {
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"};
static const char *const hash_info_fields[] = {
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"};
static const char *const thread_info_fields[] = {"name", "lock", "version"};
static const char *const asyncgen_hooks_fields[] = {"firstiter", "finalizer"};
static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
    "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
    "safe_path", "int_max_str_digits"};

static Value structseq_getattr(VM *vm, Value self, Value name);
static Value structseq_repr(VM *vm, Value self);
static Value structseq_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames);

#define STRUCTSEQ_TYPE(var, tpname)                                                   \
    static Type var = {.hdr = STATIC_TYPE_HDR, .name = tpname, .base = &type_tuple,    \
                       .flags = TYPE_TUPLE_SUBCLASS, .getattr = structseq_getattr,     \
                       .repr = structseq_repr, .new_ = structseq_new};
STRUCTSEQ_TYPE(type_version_info, "sys.version_info")
STRUCTSEQ_TYPE(type_float_info, "sys.float_info")
STRUCTSEQ_TYPE(type_int_info, "sys.int_info")
STRUCTSEQ_TYPE(type_hash_info, "sys.hash_info")
STRUCTSEQ_TYPE(type_flags, "sys.flags")
STRUCTSEQ_TYPE(type_thread_info, "sys.thread_info")
STRUCTSEQ_TYPE(type_asyncgen_hooks, "asyncgen_hooks")

#define NFIELDS(a) ((int)(sizeof a / sizeof a[0]))
static const StructSeqDesc structseqs[] = {
    {&type_version_info, version_info_fields, NFIELDS(version_info_fields)},
    {&type_float_info, float_info_fields, NFIELDS(float_info_fields)},
    {&type_int_info, int_info_fields, NFIELDS(int_info_fields)},
    {&type_hash_info, hash_info_fields, NFIELDS(hash_info_fields)},
    {&type_flags, flags_fields, NFIELDS(flags_fields)},
    {&type_thread_info, thread_info_fields, NFIELDS(thread_info_fields)},
    {&type_asyncgen_hooks, asyncgen_hooks_fields, NFIELDS(asyncgen_hooks_fields)},
};

static const StructSeqDesc *structseq_desc(Type *t) {
    for (size_t i = 0; i < sizeof structseqs / sizeof structseqs[0]; i++)
        if (structseqs[i].type == t) return &structseqs[i];
    return NULL;
}

static Value structseq_new(VM *vm, Type *cls, Value *args, int nargs, Value kwnames) {
    return vm_raise(vm, &type_TypeError, "cannot create '%s' instances", cls->name);
}

static Value structseq_getattr(VM *vm, Value self, Value name) {
    const StructSeqDesc *d = structseq_desc(val_type(self));
    if (d && val_is_str(name)) {
        TupleObj *t = as_tuple(self);
        for (int i = 0; i < d->nfields && (size_t)i < t->len; i++)
            if (str_eq_cstr(name, d->fields[i])) return t->items[i];
    }
    return object_generic_getattr(vm, self, name);
}

static Value structseq_repr(VM *vm, Value self) {
    const StructSeqDesc *d = structseq_desc(val_type(self));
    TupleObj *t = as_tuple(self);
    StrBuf sb;
    sb_init(&sb);
    sb_adds(&sb, val_type(self)->name);
    sb_addc(&sb, '(');
    for (int i = 0; d && i < d->nfields && (size_t)i < t->len; i++) {
        if (i) sb_adds(&sb, ", ");
        sb_adds(&sb, d->fields[i]);
        sb_addc(&sb, '=');
        if (sb_add_repr(vm, &sb, t->items[i]) < 0) {
            sb_free(&sb);
            return VAL_ERROR;
        }
    }
    sb_addc(&sb, ')');
    return sb_finish(vm, &sb);
}

static Value structseq_make(VM *vm, Type *t, const Value *items, int n) {
    TupleObj *tup = gc_alloc(vm, t, sizeof(TupleObj) + (size_t)n * sizeof(Value));
    if (!tup) return VAL_ERROR;
    tup->hash = -1;
    tup->len = (size_t)n;
    memcpy(tup->items, items, (size_t)n * sizeof(Value));
    return val_from_obj(tup);
}

/* ---- a namespace object for sys.implementation ---- */

static Value namespace_repr(VM *vm, Value self) {
    Value d = *obj_dict_slot(val_as_obj(self));
    StrBuf sb;
    sb_init(&sb);
    sb_adds(&sb, "namespace(");
    Value k, v;
    bool first = true;
    for (size_t i = 0; val_is_obj(d) && dict_next(d, &i, &k, &v);) {
        if (!first) sb_adds(&sb, ", ");
        first = false;
        if (sb_add_str(vm, &sb, k) < 0 || (sb_addc(&sb, '='), sb_add_repr(vm, &sb, v) < 0)) {
            sb_free(&sb);
            return VAL_ERROR;
        }
    }
    sb_addc(&sb, ')');
    return sb_finish(vm, &sb);
}

static Type type_sys_namespace = {
    .hdr = STATIC_TYPE_HDR,
    .name = "types.SimpleNamespace",
    .flags = TYPE_INSTANCE_DICT,
    .basicsize = sizeof(Obj),
    .repr = namespace_repr,
};

/* ---- functions ---- */

static Value sys_dict(VM *vm) { return ((ModuleObj *)val_as_obj(vm->sys_module))->dict; }

static Value f_exit(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "exit", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    /* raised as CPython's PyErr_SetObject does: None gives no args, a tuple
       gives its items as the args */
    Value a = !nargs || val_is_none(args[0]) ? tuple_new(vm, 0)
              : val_is_type(args[0], &type_tuple) ? args[0]
                                                  : tuple_pack(vm, 1, args[0]);
    if (val_is_error(a)) return a;
    Value exc = exc_new(vm, &type_SystemExit, a);
    if (val_is_error(exc)) return exc;
    vm->exc = exc;
    return VAL_ERROR;
}

static Value current_exception(VM *vm) {
    Value e = vm->fiber ? vm->fiber->exc_info : VAL_NONE;
    return val_is_exc(e) ? e : VAL_NONE;
}

static Value f_exc_info(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "exc_info", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value e = current_exception(vm);
    if (val_is_none(e)) return tuple_pack(vm, 3, VAL_NONE, VAL_NONE, VAL_NONE);
    return tuple_pack(vm, 3, val_from_obj(val_type(e)), e, as_exc(e)->traceback);
}

static Value f_exception(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "exception", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return current_exception(vm);
}

static Value f_getrecursionlimit(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getrecursionlimit", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(vm->recursion_limit);
}

static Value f_setrecursionlimit(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "setrecursionlimit", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (val_isinstance(args[0], &type_float))
        return vm_raise(vm, &type_TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n;
    if (obj_index_i64(vm, args[0], &n, &type_OverflowError) < 0) return VAL_ERROR;
    if (n < 1) return vm_raise(vm, &type_ValueError, "recursion limit must be greater or equal than 1");
    if (n > 0x7fffffff) return vm_raise(vm, &type_OverflowError, "Python int too large to convert to C int");
    int depth = vm->fiber ? vm->fiber->depth : 0;
    if (n <= depth)
        return vm_raise(vm, &type_RecursionError,
                        "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        (int)n, depth);
    vm->recursion_limit = (int)n;
    return VAL_NONE;
}

static Value f_get_int_max_str_digits(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_int_max_str_digits", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(vm->int_max_str_digits);
}

static Value f_set_int_max_str_digits(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"maxdigits", NULL};
    Value v;
    if (vm_parse_args(vm, "set_int_max_str_digits", args, nargs, kwnames, names, 1, 0, &v) < 0)
        return VAL_ERROR;
    int64_t n;
    if (obj_index_i64(vm, v, &n, &type_OverflowError) < 0) return VAL_ERROR;
    if (n != 0 && n < 640)
        return vm_raise(vm, &type_ValueError, "maxdigits must be 0 or larger than 640");
    if (n > 0x7fffffff) return vm_raise(vm, &type_OverflowError, "Python int too large to convert to C int");
    vm->int_max_str_digits = (int)n;
    return VAL_NONE;
}

static Value f_getsizeof(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"object", "default", NULL};
    Value a[2];
    if (vm_parse_args(vm, "getsizeof", args, nargs, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    Value r = obj_call_method(vm, a[0], "__sizeof__", NULL, 0);
    if (val_is_error(r)) {
        if (!val_is_null(a[1]) && vm_exc_matches(vm, &type_TypeError)) {
            vm_clear_exc(vm);
            return a[1];
        }
        return r;
    }
    if (!val_is_intlike(r))
        return vm_raise(vm, &type_TypeError, "an integer is required");
    int64_t n;
    if (int_as_i64(vm, r, &n) < 0) return VAL_ERROR;
    if (n < 0) return vm_raise(vm, &type_ValueError, "__sizeof__() should return >= 0");
    bool gc_tracked = val_is_obj(a[0]) && val_type(a[0])->traverse;
    return int_from_i64(vm, n + (gc_tracked ? 16 : 0));
}

static Value f_intern(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "intern", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_exact_str(args[0]))
        return vm_raise(vm, &type_TypeError, "intern() argument must be str, not %s",
                        type_name(val_type(args[0])));
    return str_intern(vm, args[0]);
}

static Value f_displayhook(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "displayhook", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value v = args[0];
    if (val_is_none(v)) return VAL_NONE;
    Value under = str_intern_cstr(vm, "_");
    if (val_is_error(under)) return under;
    if (dict_set(vm, vm->builtins, under, VAL_NONE) < 0) return VAL_ERROR;
    gc_push_root(vm, &v);
    Value r = obj_repr(vm, v);
    if (!val_is_error(r)) {
        gc_push_root(vm, &r);
        Value nl = str_new(vm, "\n", 1);
        int ok = !val_is_error(nl) && sys_write_std(vm, 1, r) == 0 && sys_write_std(vm, 1, nl) == 0;
        gc_pop_roots(vm, 1);
        if (!ok) r = VAL_ERROR;
    }
    gc_pop_roots(vm, 1);
    if (val_is_error(r)) return r;
    if (dict_set(vm, vm->builtins, under, v) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value f_excepthook(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "excepthook", nargs, kwnames, 3, 3) < 0) return VAL_ERROR;
    Value exc = args[1];
    if (!val_is_exc(exc)) {
        Value s = obj_str(vm, exc);
        if (val_is_error(s)) return s;
        return VAL_NONE;
    }
    /* like CPython, the traceback argument only counts when the exception has none */
    Value tb = args[2];
    if (val_is_type(tb, &type_traceback) && !val_is_type(as_exc(exc)->traceback, &type_traceback))
        as_exc(exc)->traceback = tb;
    traceback_print(vm, exc);
    return VAL_NONE;
}

static Value f_utf8(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getdefaultencoding", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return str_from_cstr(vm, "utf-8");
}

static Value f_getfsencodeerrors(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getfilesystemencodeerrors", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return str_from_cstr(vm, "surrogateescape");
}

static Value f_getrefcount(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getrefcount", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return val_from_small(2);   /* no reference counts here: what a fresh object reports */
}

static Value f_none(VM *vm, Value *args, int nargs, Value kwnames) { return VAL_NONE; }

static Value f_false(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "is_finalizing", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return VAL_FALSE;
}

/* call_tracing(func, args): func(*args) (there is no tracing to bypass) */
static Value f_call_tracing(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "call_tracing", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    if (!val_isinstance(args[1], &type_tuple))
        return vm_raise(vm, &type_TypeError, "call_tracing() argument 2 must be tuple, not %T", args[1]);
    TupleObj *t = as_tuple(args[1]);
    return vm_call(vm, args[0], t->items, (int)t->len, VAL_NULL);
}

static Value sys_get(VM *vm, const char *name) {
    Value d = ((ModuleObj *)val_as_obj(vm->sys_module))->dict;
    Value v = dict_get_cstr(vm, d, name);
    return val_is_null(v) ? VAL_NONE : v;
}

static Value f_get_asyncgen_hooks(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_asyncgen_hooks", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value items[2] = {sys_get(vm, "_asyncgen_firstiter"), sys_get(vm, "_asyncgen_finalizer")};
    if (val_is_error(items[0]) || val_is_error(items[1])) return VAL_ERROR;
    return structseq_make(vm, &type_asyncgen_hooks, items, 2);
}

static Value f_set_asyncgen_hooks(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"firstiter", "finalizer", NULL};
    static const char *const keys[] = {"_asyncgen_firstiter", "_asyncgen_finalizer"};
    Value a[2];
    if (vm_parse_args(vm, "set_asyncgen_hooks", args, nargs, kwnames, names, 0, 0, a) < 0) return VAL_ERROR;
    for (int i = 0; i < 2; i++) {
        if (val_is_null(a[i])) continue;
        if (!val_is_none(a[i]) && !val_type(a[i])->call)
            return vm_raise(vm, &type_TypeError, "callable %s expected, got %T", names[i], a[i]);
    }
    Value d = ((ModuleObj *)val_as_obj(vm->sys_module))->dict;
    for (int i = 0; i < 2; i++)
        if (!val_is_null(a[i]) && dict_set_cstr(vm, d, keys[i], a[i]) < 0) return VAL_ERROR;
    return VAL_NONE;
}

static Value f_get_origin_depth(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "get_coroutine_origin_tracking_depth", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value v = sys_get(vm, "_origin_tracking_depth");
    return val_is_none(v) ? val_from_small(0) : v;
}

static Value f_set_origin_depth(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"depth", NULL};
    Value depth;
    if (vm_parse_args(vm, "set_coroutine_origin_tracking_depth", args, nargs, kwnames, names, 1, 0, &depth) < 0)
        return VAL_ERROR;
    int64_t n;
    if (obj_index_i64(vm, depth, &n, &type_OverflowError) < 0) return VAL_ERROR;
    if (n < 0) return vm_raise(vm, &type_ValueError, "depth must be >= 0");
    Value d = ((ModuleObj *)val_as_obj(vm->sys_module))->dict;
    return dict_set_cstr(vm, d, "_origin_tracking_depth", depth) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value f_getallocatedblocks(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getallocatedblocks", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(0);
}

static Value f_getswitchinterval(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getswitchinterval", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    Value v = sys_get(vm, "_switch_interval");
    return val_is_none(v) ? val_from_float(0.005) : v;
}

static Value f_setswitchinterval(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "setswitchinterval", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    double x;
    if (val_is_float(args[0])) x = val_as_float(args[0]);
    else if (val_is_intlike(args[0])) {
        bool ovf = false;
        x = int_as_double(vm, args[0], &ovf);
    } else {
        return vm_raise(vm, &type_TypeError, "must be real number, not %T", args[0]);
    }
    if (x <= 0) return vm_raise(vm, &type_ValueError, "switch interval must be strictly positive");
    Value d = ((ModuleObj *)val_as_obj(vm->sys_module))->dict;
    return dict_set_cstr(vm, d, "_switch_interval", val_from_float(x)) < 0 ? VAL_ERROR : VAL_NONE;
}

/* sys.unraisablehook(unraisable): report an exception that could not be raised */
static Value f_unraisablehook(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "unraisablehook", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value u = args[0];
    gc_push_root(vm, &u);
    Value obj = obj_lookup_attr(vm, u, str_intern_cstr(vm, "object"));
    Value exc = obj_lookup_attr(vm, u, str_intern_cstr(vm, "exc_value"));
    StrBuf sb;
    sb_init(&sb);
    if (!val_is_null(obj) && !val_is_none(obj) && !val_is_error(obj)) {
        sb_adds(&sb, "Exception ignored in: ");
        if (sb_add_repr(vm, &sb, obj) < 0) vm_clear_exc(vm);
        sb_addc(&sb, '\n');
    }
    if (!val_is_null(exc) && !val_is_error(exc) && val_is_exc(exc)) {
        sb_adds(&sb, type_name(val_type(exc)));
        Value text = obj_str(vm, exc);
        if (val_is_error(text)) vm_clear_exc(vm);
        else if (as_str(text)->size) {
            sb_adds(&sb, ": ");
            sb_add(&sb, str_cstr(text), as_str(text)->size);
        }
        sb_addc(&sb, '\n');
    }
    if (val_is_error(obj) || val_is_error(exc)) vm_clear_exc(vm);
    gc_pop_roots(vm, 1);
    if (!sb.failed && sb.len) sys_host_write(vm, 2, sb.data, sb.len);
    sb_free(&sb);
    return VAL_NONE;
}

static Value f_breakpointhook(VM *vm, Value *args, int nargs, Value kwnames) {
    return vm_raise(vm, &type_RuntimeError, "breakpoint(): no debugger in this build");
}

static const MethodDef sys_functions[] = {
    {"exit", f_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"exc_info", f_exc_info, 0, NULL},
    {"_getframe", frame_sys_getframe, 0, NULL},
    {"exception", f_exception, 0, NULL},
    {"getrecursionlimit", f_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", f_setrecursionlimit, 0, NULL},
    {"get_int_max_str_digits", f_get_int_max_str_digits, 0, NULL},
    {"set_int_max_str_digits", f_set_int_max_str_digits, 0, NULL},
    {"getsizeof", f_getsizeof, 0, NULL},
    {"intern", f_intern, 0, NULL},
    {"displayhook", f_displayhook, 0, NULL},
    {"excepthook", f_excepthook, 0, NULL},
    {"getdefaultencoding", f_utf8, 0, NULL},
    {"getfilesystemencoding", f_utf8, 0, NULL},
    {"getfilesystemencodeerrors", f_getfsencodeerrors, 0, NULL},
    {"getrefcount", f_getrefcount, 0, NULL},
    {"is_finalizing", f_false, 0, NULL},
    {"settrace", f_none, 0, NULL},
    {"gettrace", f_none, 0, NULL},
    {"setprofile", f_none, 0, NULL},
    {"getprofile", f_none, 0, NULL},
    {"audit", f_none, 0, NULL},
    {"addaudithook", f_none, 0, NULL},
    {"call_tracing", f_call_tracing, 0, NULL},
    {"get_asyncgen_hooks", f_get_asyncgen_hooks, 0, NULL},
    {"set_asyncgen_hooks", f_set_asyncgen_hooks, 0, NULL},
    {"get_coroutine_origin_tracking_depth", f_get_origin_depth, 0, NULL},
    {"set_coroutine_origin_tracking_depth", f_set_origin_depth, 0, NULL},
    {"getallocatedblocks", f_getallocatedblocks, 0, NULL},
    {"getswitchinterval", f_getswitchinterval, 0, NULL},
    {"setswitchinterval", f_setswitchinterval, 0, NULL},
    {"unraisablehook", f_unraisablehook, 0, NULL},
    {"breakpointhook", f_breakpointhook, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- setup ---- */

static int set_value(VM *vm, Value d, const char *name, Value v) {
    if (val_is_error(v)) return -1;
    return dict_set(vm, d, str_intern_cstr(vm, name), v);
}

static int set_cstr(VM *vm, Value d, const char *name, const char *s) {
    return set_value(vm, d, name, str_from_cstr(vm, s));
}

static Value make_version_info(VM *vm) {
    Value final = str_from_cstr(vm, "final");
    if (val_is_error(final)) return final;
    Value items[] = {val_from_small(3), val_from_small(11), val_from_small(0), final, val_from_small(0)};
    return structseq_make(vm, &type_version_info, items, 5);
}

static Value make_float_info(VM *vm) {
    Value items[] = {val_from_float(DBL_MAX), val_from_small(DBL_MAX_EXP),
                     val_from_small(DBL_MAX_10_EXP), val_from_float(DBL_MIN),
                     val_from_small(DBL_MIN_EXP), val_from_small(DBL_MIN_10_EXP),
                     val_from_small(DBL_DIG), val_from_small(DBL_MANT_DIG),
                     val_from_float(DBL_EPSILON), val_from_small(FLT_RADIX), val_from_small(1)};
    return structseq_make(vm, &type_float_info, items, 11);
}

static Value make_int_info(VM *vm) {
    Value items[] = {val_from_small(30), val_from_small(4), val_from_small(4300), val_from_small(640)};
    return structseq_make(vm, &type_int_info, items, 4);
}

static Value make_hash_info(VM *vm) {
    Value alg = str_from_cstr(vm, "siphash13");
    if (val_is_error(alg)) return alg;
    bool wide = sizeof(void *) >= 8;
    Value modulus = wide ? int_from_i64(vm, (INT64_C(1) << 61) - 1) : val_from_small(INT64_C(2147483647));
    if (val_is_error(modulus)) return modulus;
    Value items[] = {val_from_small(wide ? 64 : 32), modulus, val_from_small(314159),
                     val_from_small(0), val_from_small(1000003), alg,
                     val_from_small(64), val_from_small(128), val_from_small(0)};
    return structseq_make(vm, &type_hash_info, items, 9);
}

static Value make_flags(VM *vm) {
    Value items[18];
    for (int i = 0; i < 18; i++) items[i] = val_from_small(0);
    items[4] = val_from_small(1);      /* dont_write_bytecode */
    items[13] = VAL_FALSE;             /* dev_mode */
    items[16] = VAL_FALSE;             /* safe_path */
    items[17] = val_from_small(-1);    /* int_max_str_digits */
    return structseq_make(vm, &type_flags, items, 18);
}

static Value make_implementation(VM *vm, Value version_info) {
    Obj *ns = gc_alloc_instance(vm, &type_sys_namespace, sizeof(Obj));
    if (!ns) return VAL_ERROR;
    Value nsv = val_from_obj(ns);
    Value d = dict_new(vm);
    if (val_is_error(d)) return d;
    *obj_dict_slot(ns) = d;
    if (set_cstr(vm, d, "name", "pipit") < 0 || set_value(vm, d, "cache_tag", VAL_NONE) < 0 ||
        set_value(vm, d, "version", version_info) < 0 ||
        set_value(vm, d, "hexversion", val_from_small(0x000100f0)) < 0)
        return VAL_ERROR;
    return nsv;
}

static Value make_argv(VM *vm) {
    Value list = list_new(vm, 0);
    if (val_is_error(list)) return list;
    for (int i = 0; i < vm->config.argc; i++) {
        Value s = str_from_cstr(vm, vm->config.argv[i]);
        if (val_is_error(s) || list_append(vm, list, s) < 0) return VAL_ERROR;
    }
    if (vm->config.argc == 0) {
        Value s = str_new(vm, "", 0);
        if (val_is_error(s) || list_append(vm, list, s) < 0) return VAL_ERROR;
    }
    return list;
}

static Value make_path(VM *vm) {
    Value a = str_new(vm, "", 0);
    if (val_is_error(a)) return a;
    Value b = str_from_cstr(vm, "/lib");
    if (val_is_error(b)) return b;
    Value items[] = {a, b};
    return list_from(vm, items, 2);
}

static int add_functions(VM *vm, Value module, Value d) {
    for (const MethodDef *m = sys_functions; m->name; m++)
        if (set_value(vm, d, m->name, native_func_new(vm, m, VAL_NULL, module)) < 0) return -1;
    if (set_value(vm, d, "__displayhook__", dict_get_cstr(vm, d, "displayhook")) < 0) return -1;
    return set_value(vm, d, "__excepthook__", dict_get_cstr(vm, d, "excepthook"));
}

static int add_streams(VM *vm, Value d) {
    for (int fd = 0; fd < 3; fd++) {
        Value s = stream_new(vm, fd);
        char dunder[16];
        snprintf(dunder, sizeof dunder, "__%s__", std_names[fd]);
        if (set_value(vm, d, std_names[fd], s) < 0 || set_value(vm, d, dunder, s) < 0) return -1;
    }
    return 0;
}

static int add_version_data(VM *vm, Value d) {
    Value vi = make_version_info(vm);
    if (set_value(vm, d, "version_info", vi) < 0) return -1;
    if (set_value(vm, d, "implementation", make_implementation(vm, vi)) < 0) return -1;
    if (set_cstr(vm, d, "version", "3.11.0 (pipit " PIPIT_VERSION ")") < 0) return -1;
    if (set_value(vm, d, "hexversion", val_from_small(0x030b00f0)) < 0) return -1;
    if (set_value(vm, d, "api_version", val_from_small(1013)) < 0) return -1;
    if (set_value(vm, d, "float_info", make_float_info(vm)) < 0) return -1;
    if (set_value(vm, d, "int_info", make_int_info(vm)) < 0) return -1;
    if (set_value(vm, d, "hash_info", make_hash_info(vm)) < 0) return -1;
    if (set_value(vm, d, "flags", make_flags(vm)) < 0) return -1;
    return set_cstr(vm, d, "float_repr_style", "short");
}

static int add_platform_data(VM *vm, Value d) {
#ifdef __wasm__
    const char *platform = "wasi";
#else
    const char *platform = "linux";
#endif
    if (set_cstr(vm, d, "platform", platform) < 0) return -1;
    if (set_cstr(vm, d, "byteorder", "little") < 0) return -1;
    int64_t maxsize = sizeof(size_t) >= 8 ? INT64_MAX : INT32_MAX;
    if (set_value(vm, d, "maxsize", int_from_i64(vm, maxsize)) < 0) return -1;
    if (set_value(vm, d, "maxunicode", val_from_small(0x10ffff)) < 0) return -1;
    if (set_cstr(vm, d, "executable", "") < 0) return -1;
    if (set_cstr(vm, d, "prefix", "/") < 0 || set_cstr(vm, d, "exec_prefix", "/") < 0 ||
        set_cstr(vm, d, "base_prefix", "/") < 0 || set_cstr(vm, d, "base_exec_prefix", "/") < 0)
        return -1;
    if (set_cstr(vm, d, "copyright", "Copyright (c) the Pipit authors.") < 0) return -1;
    if (set_value(vm, d, "dont_write_bytecode", VAL_TRUE) < 0) return -1;
    if (set_cstr(vm, d, "abiflags", "") < 0 || set_cstr(vm, d, "platlibdir", "lib") < 0 ||
        set_value(vm, d, "pycache_prefix", VAL_NONE) < 0)
        return -1;
    Value ti[3] = {VAL_NONE, VAL_NONE, VAL_NONE};
    if (set_value(vm, d, "thread_info", structseq_make(vm, &type_thread_info, ti, 3)) < 0) return -1;
    Value bnames = tuple_pack(vm, 2, str_from_cstr(vm, "builtins"), str_from_cstr(vm, "sys"));
    return set_value(vm, d, "builtin_module_names", bnames);
}

/* sys.stdlib_module_names: CPython 3.11's public standard-library names */
static const char *const stdlib_names[] = {
    "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio",
    "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins",
    "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd",
    "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
    "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses",
    "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest",
    "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp",
    "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt",
    "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq",
    "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib",
    "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache",
    "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes",
    "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib",
    "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os",
    "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform",
    "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty",
    "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri",
    "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched",
    "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site",
    "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile",
    "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct",
    "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile",
    "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit",
    "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty",
    "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu",
    "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound",
    "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib",
    "zoneinfo", "__future__", "_io", "_thread", "_collections_abc",
    NULL,
};

static Value make_stdlib_names(VM *vm) {
    Value set = set_new(vm, &type_frozenset);
    if (val_is_error(set)) return set;
    for (int i = 0; stdlib_names[i]; i++) {
        Value n = str_from_cstr(vm, stdlib_names[i]);
        if (val_is_error(n) || set_add(vm, set, n) < 0) return VAL_ERROR;
    }
    return set;
}

static int add_import_data(VM *vm, Value d) {
    if (set_value(vm, d, "stdlib_module_names", make_stdlib_names(vm)) < 0) return -1;
    Value argv = make_argv(vm);
    if (val_is_error(argv)) return -1;
    vm->argv = argv;
    if (set_value(vm, d, "argv", argv) < 0) return -1;
    if (set_value(vm, d, "orig_argv", seq_to_list(vm, argv)) < 0) return -1;
    if (set_value(vm, d, "path", make_path(vm)) < 0) return -1;
    if (set_value(vm, d, "modules", vm->modules) < 0) return -1;
    if (set_value(vm, d, "meta_path", list_new(vm, 0)) < 0) return -1;
    if (set_value(vm, d, "path_hooks", list_new(vm, 0)) < 0) return -1;
    if (set_value(vm, d, "path_importer_cache", dict_new(vm)) < 0) return -1;
    if (set_value(vm, d, "warnoptions", list_new(vm, 0)) < 0) return -1;
    return set_value(vm, d, "_xoptions", dict_new(vm));
}

int setup_sys(VM *vm) {
    static Type *const types[] = {&type_stdstream, &type_version_info, &type_float_info,
                                  &type_int_info, &type_hash_info, &type_flags,
                                  &type_thread_info, &type_asyncgen_hooks,
                                  &type_sys_namespace};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(vm, types[i]) < 0) return -1;
    if (type_add_methods(vm, &type_stdstream, stream_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_stdstream, stream_getsets) < 0) return -1;
    if (!val_is_obj(vm->modules)) {
        Value m = dict_new(vm);
        if (val_is_error(m)) return -1;
        vm->modules = m;
    }
    Value name = str_intern_cstr(vm, "sys");
    if (val_is_error(name)) return -1;
    Value module = module_new(vm, name);
    if (val_is_error(module)) return -1;
    vm->sys_module = module;
    if (dict_set(vm, vm->modules, name, module) < 0) return -1;
    if (val_is_obj(vm->builtins_module) &&
        dict_set(vm, vm->modules, str_intern_cstr(vm, "builtins"), vm->builtins_module) < 0)
        return -1;
    Value d = sys_dict(vm);
    if (add_functions(vm, module, d) < 0 || add_streams(vm, d) < 0 ||
        add_version_data(vm, d) < 0 || add_platform_data(vm, d) < 0 ||
        add_import_data(vm, d) < 0)
        return -1;
    return 0;
}

/*
** builtins.c -- the builtins module: the built-in types and exceptions by
** name, and the built-in functions of CPython 3.11 that make sense without
** an operating system.
*/
#include <stdio.h>
#include <math.h>
#include <string.h>

#include "compiler/opcodes.h"
#include "modules/builtins.h"
#include "modules/modules.h"
#include "modules/sys.h"
#include "objects/containers.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/frame.h"
#include "runtime/names.h"
#include "runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

static bool has_kwargs(Value kwnames) { return val_is_obj(kwnames) && as_tuple(kwnames)->len > 0; }

static Frame *current_frame(VM *vm) { return vm->fiber ? vm->fiber->frame : NULL; }

/* ---- small numeric and text functions ---- */

static Value bi_abs(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "abs", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Type *t = val_type(args[0]);
    if (t->number && t->number->abs) return t->number->abs(vm, args[0]);
    return vm_raise(vm, &type_TypeError, "bad operand type for abs(): '%s'", type_name(t));
}

/* all() and any(): stop at the first item whose truth is [stop_on]. */
static Value truth_scan(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                        int stop_on) {
    if (vm_check_args(vm, fname, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value it = obj_iter(vm, args[0]);
    if (val_is_error(it)) return it;
    gc_push_root(vm, &it);
    Value result = val_from_bool(!stop_on);
    for (;;) {
        Value item = obj_next(vm, it);
        if (val_is_null(item)) break;
        int b = val_is_error(item) ? -1 : obj_truthy(vm, item);
        if (b < 0) {
            result = VAL_ERROR;
            break;
        }
        if (b == stop_on) {
            result = val_from_bool(stop_on);
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return result;
}

static Value bi_all(VM *vm, Value *args, int nargs, Value kwnames) {
    return truth_scan(vm, "all", args, nargs, kwnames, 0);
}

static Value bi_any(VM *vm, Value *args, int nargs, Value kwnames) {
    return truth_scan(vm, "any", args, nargs, kwnames, 1);
}

static Value bi_ascii(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "ascii", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return obj_ascii(vm, args[0]);
}

static Value to_base(VM *vm, const char *fname, Value *args, int nargs, Value kwnames, int base) {
    if (vm_check_args(vm, fname, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value i = obj_index(vm, args[0]);
    if (val_is_error(i)) return i;
    return int_to_base_string(vm, i, base);
}

static Value bi_bin(VM *vm, Value *args, int nargs, Value kwnames) {
    return to_base(vm, "bin", args, nargs, kwnames, 2);
}

static Value bi_oct(VM *vm, Value *args, int nargs, Value kwnames) {
    return to_base(vm, "oct", args, nargs, kwnames, 8);
}

static Value bi_hex(VM *vm, Value *args, int nargs, Value kwnames) {
    return to_base(vm, "hex", args, nargs, kwnames, 16);
}

static Value bi_callable(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "callable", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return val_from_bool(val_type(args[0])->call != NULL);
}

static Value bi_chr(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "chr", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t i;
    if (val_is_float(args[0]) || float_check(args[0]))
        return vm_raise(vm, &type_TypeError, "'float' object cannot be interpreted as an integer");
    if (obj_index_i64(vm, args[0], &i, NULL) < 0) return VAL_ERROR;
    if (i > INT32_MAX || i < INT32_MIN)
        return vm_raise(vm, &type_OverflowError, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10ffff) return vm_raise(vm, &type_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint(vm, (uint32_t)i);
}

static Value bi_ord(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "ord", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value c = args[0];
    if (val_is_str(c)) {
        StrObj *s = as_str(c);
        if (s->len != 1)
            return vm_raise(vm, &type_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            (long long)s->len);
        uint32_t cp;
        utf8_decode((const unsigned char *)s->data, &cp);
        return val_from_small(cp);
    }
    const uint8_t *data;
    size_t len;
    if (bytes_view(c, &data, &len)) {
        if (len != 1)
            return vm_raise(vm, &type_TypeError,
                            "ord() expected a character, but string of length %lld found",
                            (long long)len);
        return val_from_small(data[0]);
    }
    return vm_raise(vm, &type_TypeError, "ord() expected string of length 1, but %s found",
                    type_name(val_type(c)));
}

/* A binary number slot at [offset] in NumberSlots, tried on the right
** operand first when its type is a proper subclass of the left's. */
static Value number_binary(VM *vm, Value a, Value b, size_t offset) {
    Type *ta = val_type(a), *tb = val_type(b);
    BinaryFn fa = ta->number ? *(BinaryFn *)((char *)ta->number + offset) : NULL;
    BinaryFn fb = tb != ta && tb->number ? *(BinaryFn *)((char *)tb->number + offset) : NULL;
    if (fb == fa) fb = NULL;
    if (fb && type_is_subtype(tb, ta)) {
        Value r = fb(vm, a, b);
        if (r != VAL_NOTIMPL) return r;
        fb = NULL;
    }
    if (fa) {
        Value r = fa(vm, a, b);
        if (r != VAL_NOTIMPL) return r;
    }
    if (fb) return fb(vm, a, b);
    return VAL_NOTIMPL;
}

static Value bi_divmod(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "divmod", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    Value r = number_binary(vm, args[0], args[1], offsetof(NumberSlots, divmod));
    if (r != VAL_NOTIMPL) return r;
    return vm_raise(vm, &type_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    type_name(val_type(args[0])), type_name(val_type(args[1])));
}

static Value ternary_pow(VM *vm, Value a, Value b, Value m) {
    Type *ta = val_type(a), *tb = val_type(b), *tm = val_type(m);
    TernaryFn fa = ta->number ? ta->number->pow : NULL;
    TernaryFn fb = tb != ta && tb->number ? tb->number->pow : NULL;
    TernaryFn fm = tm != ta && tm != tb && tm->number ? tm->number->pow : NULL;
    TernaryFn order[3] = {fa, fb, fm};
    for (int i = 0; i < 3; i++) {
        if (!order[i]) continue;
        Value r = order[i](vm, a, b, m);
        if (r != VAL_NOTIMPL) return r;
    }
    return vm_raise(vm, &type_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    type_name(ta), type_name(tb), type_name(tm));
}

static Value bi_pow(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"base", "exp", "mod", NULL};
    Value a[3];
    if (vm_parse_args(vm, "pow", args, nargs, kwnames, names, 2, 0, a) < 0) return VAL_ERROR;
    if (val_is_null(a[2]) || val_is_none(a[2])) return obj_binary_op(vm, a[0], a[1], BINOP_POWER);
    return ternary_pow(vm, a[0], a[1], a[2]);
}

static Value bi_round(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"number", "ndigits", NULL};
    Value a[2];
    if (vm_parse_args(vm, "round", args, nargs, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    bool found;
    bool no_digits = val_is_null(a[1]) || val_is_none(a[1]);
    Value r = call_special(vm, a[0], NAME(vm, __round__), &a[1], no_digits ? 0 : 1, &found);
    if (!found)
        return vm_raise(vm, &type_TypeError, "type %s doesn't define __round__ method",
                        type_name(val_type(a[0])));
    return r;
}

static Value bi_format(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "format", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    Value spec = nargs > 1 ? args[1] : str_new(vm, "", 0);
    if (val_is_error(spec)) return spec;
    if (!val_is_str(spec))
        return vm_raise(vm, &type_TypeError, "format() argument 2 must be str, not %s",
                        type_name(val_type(spec)));
    return obj_format(vm, args[0], spec);
}

static Value bi_repr(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "repr", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    return obj_repr(vm, args[0]);
}

static Value bi_hash(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "hash", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t h = obj_hash(vm, args[0]);
    if (h == -1 && !val_is_null(vm->exc)) return VAL_ERROR;
    return int_from_i64(vm, h);
}

static Value bi_id(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "id", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Value v = args[0];
    if (val_is_obj(v)) return int_from_u64(vm, (uint64_t)(uintptr_t)val_as_obj(v));
    return int_from_u64(vm, v);   /* unboxed values: the bits are the identity */
}

static Value bi_len(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "len", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t n = obj_len(vm, args[0]);
    if (n < 0) return VAL_ERROR;
    return int_from_i64(vm, n);
}

/* ---- attributes ---- */

static bool check_name(VM *vm, const char *fname, Value name) {
    if (val_is_str(name)) return true;
    vm_raise(vm, &type_TypeError, "attribute name must be string, not '%s'",
             type_name(val_type(name)));
    return false;
}

static Value bi_getattr(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getattr", nargs, kwnames, 2, 3) < 0) return VAL_ERROR;
    if (!check_name(vm, "getattr", args[1])) return VAL_ERROR;
    if (nargs == 2) return obj_getattr(vm, args[0], args[1]);
    Value r = obj_lookup_attr(vm, args[0], args[1]);
    return val_is_null(r) ? args[2] : r;
}

static Value bi_hasattr(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "hasattr", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    if (!check_name(vm, "hasattr", args[1])) return VAL_ERROR;
    Value r = obj_lookup_attr(vm, args[0], args[1]);
    if (val_is_error(r)) return r;
    return val_from_bool(!val_is_null(r));
}

static Value bi_setattr(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "setattr", nargs, kwnames, 3, 3) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "attribute name must be string, not '%s'",
                        type_name(val_type(args[1])));
    return obj_setattr(vm, args[0], args[1], args[2]) < 0 ? VAL_ERROR : VAL_NONE;
}

static Value bi_delattr(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "delattr", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    if (!val_is_str(args[1]))
        return vm_raise(vm, &type_TypeError, "attribute name must be string, not '%s'",
                        type_name(val_type(args[1])));
    return obj_setattr(vm, args[0], args[1], VAL_NULL) < 0 ? VAL_ERROR : VAL_NONE;
}

/* ---- namespaces ---- */

static Value bi_globals(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "globals", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    Frame *f = current_frame(vm);
    return f ? f->globals : dict_new(vm);
}

/* A dict of the bound locals and cells of function frame [f]. */
static Value fast_locals_dict(VM *vm, Frame *f) {
    Value d = dict_new(vm);
    if (val_is_error(d)) return d;
    CodeObj *co = f->code;
    TupleObj *names = as_tuple(co->localsplusnames);
    for (int i = 0; i < co->nlocalsplus && (size_t)i < names->len; i++) {
        Value v = f->localsplus[i];
        uint8_t kind = co->localspluskinds ? co->localspluskinds[i] : CO_FAST_LOCAL;
        if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && val_is_type(v, &type_cell))
            v = ((CellObj *)val_as_obj(v))->ref;
        if (val_is_null(v) || v == 0) continue;
        /* a free variable of a class body (__class__) is not a local */
        if ((kind & CO_FAST_FREE) && !(co->flags & CO_OPTIMIZED)) continue;
        if (dict_set(vm, d, names->items[i], v) < 0) return VAL_ERROR;
    }
    return d;
}

Value builtins_locals(VM *vm) {
    Frame *f = current_frame(vm);
    if (!f) return dict_new(vm);
    if (!val_is_null(f->locals)) return f->locals;
    return fast_locals_dict(vm, f);
}

static Value bi_locals(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "locals", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return builtins_locals(vm);
}

static Value bi_vars(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "vars", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    if (nargs == 0) return builtins_locals(vm);
    Value d = obj_lookup_attr(vm, args[0], NAME(vm, __dict__));
    if (val_is_null(d) && val_is_obj(args[0]) && (val_as_obj(args[0])->flags & OBJ_HAS_DICT)) {
        Value *slot = obj_dict_slot(val_as_obj(args[0]));
        if (val_is_null(*slot)) {
            Value nd = dict_new(vm);
            if (val_is_error(nd)) return nd;
            *slot = nd;
        }
        return *slot;
    }
    if (val_is_null(d))
        return vm_raise(vm, &type_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static Value sorted_list(VM *vm, Value list) {
    if (val_is_error(list)) return list;
    gc_push_root(vm, &list);
    int r = list_sort(vm, list, VAL_NULL, false);
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : list;
}

static Value mapping_keys_list(VM *vm, Value d) {
    if (val_is_dict(d)) {
        Value list = list_new(vm, 0);
        if (val_is_error(list)) return list;
        Value k, v;
        for (size_t i = 0; dict_next(d, &i, &k, &v);)
            if (list_append(vm, list, k) < 0) return VAL_ERROR;
        return list;
    }
    Value keys = obj_call_method(vm, d, "keys", NULL, 0);
    if (val_is_error(keys)) return keys;
    return seq_to_list(vm, keys);
}

static Value bi_dir(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "dir", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    if (nargs == 0) {
        Value loc = builtins_locals(vm);
        if (val_is_error(loc)) return loc;
        return sorted_list(vm, mapping_keys_list(vm, loc));
    }
    bool found;
    Value r = call_special(vm, args[0], NAME(vm, __dir__), NULL, 0, &found);
    if (!found) return vm_raise(vm, &type_TypeError, "object does not provide __dir__");
    if (val_is_error(r)) return r;
    return sorted_list(vm, seq_to_list(vm, r));
}

/* ---- eval, exec, compile ---- */

static int compile_mode(VM *vm, Value mode) {
    if (val_is_str(mode)) {
        if (str_eq_cstr(mode, "exec")) return PIPIT_MODE_FILE;
        if (str_eq_cstr(mode, "single")) return PIPIT_MODE_SINGLE;
        if (str_eq_cstr(mode, "eval")) return PIPIT_MODE_EVAL;
    }
    vm_raise(vm, &type_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return -1;
}

/* The text of a source argument (str, bytes or bytearray); false if none. */
static bool source_text(Value src, const char **text, size_t *len) {
    if (val_is_str(src)) {
        *text = str_cstr(src);
        *len = as_str(src)->size;
        return true;
    }
    const uint8_t *data;
    if (bytes_view(src, &data, len)) {
        *text = (const char *)data;
        return true;
    }
    return false;
}

static Value compile_text(VM *vm, const char *fname, const char *text, size_t len,
                          Value filename, int mode) {
    if (memchr(text, '\0', len))
        return vm_raise(vm, &type_SyntaxError, "source code string cannot contain null bytes");
    return compile_source(vm, text, len, filename, mode);
}

static Value bi_compile(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version", NULL};
    Value a[7];
    if (vm_parse_args(vm, "compile", args, nargs, kwnames, names, 3, 0, a) < 0) return VAL_ERROR;
    /* PyCF_ONLY_AST (0x400) or an AST source: lib/ast.py does the work */
    bool only_ast = val_is_int(a[3]) && (val_as_int(a[3]) & 0x400);
    if (only_ast) return ast_compile(vm, a);
    int mode = compile_mode(vm, a[2]);
    if (mode < 0) return VAL_ERROR;
    if (val_is_type(a[0], &type_code)) return a[0];
    const char *text;
    size_t len;
    if (!source_text(a[0], &text, &len)) return ast_compile(vm, a);
    Value filename = a[1];
    if (!val_is_str(filename)) {
        filename = obj_str(vm, filename);
        if (val_is_error(filename)) return filename;
    }
    return compile_text(vm, "compile", text, len, filename, mode);
}

/* Resolve the globals/locals arguments of eval/exec as CPython does. */
static bool is_mapping(Value v) { return val_type(v)->getitem != NULL; }

/* Resolve the globals/locals arguments of eval/exec as CPython does. */
static int eval_namespaces(VM *vm, const char *fname, Value *globals, Value *locals) {
    bool is_eval = !strcmp(fname, "eval");
    if (val_is_null(*globals)) *globals = VAL_NONE;
    if (val_is_null(*locals)) *locals = VAL_NONE;
    if (is_eval && !val_is_none(*locals) && !is_mapping(*locals)) {
        vm_raise(vm, &type_TypeError, "locals must be a mapping");
        return -1;
    }
    if (!val_is_none(*globals) && !val_is_dict(*globals)) {
        if (is_eval)
            vm_raise(vm, &type_TypeError, is_mapping(*globals)
                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                     : "globals must be a dict");
        else
            vm_raise(vm, &type_TypeError, "exec() globals must be a dict, not %s",
                     type_name(val_type(*globals)));
        return -1;
    }
    if (!is_eval && !val_is_none(*locals) && !is_mapping(*locals)) {
        vm_raise(vm, &type_TypeError, "locals must be a mapping or None, not %s",
                 type_name(val_type(*locals)));
        return -1;
    }
    if (val_is_none(*globals)) {
        Frame *f = current_frame(vm);
        if (!f) {
            vm_raise(vm, &type_SystemError, "globals and locals cannot be NULL");
            return -1;
        }
        *globals = f->globals;
        if (val_is_none(*locals)) {
            Value l = builtins_locals(vm);
            if (val_is_error(l)) return -1;
            *locals = l;
        }
    } else if (val_is_none(*locals)) {
        *locals = *globals;
    }
    Value b = dict_get_str(vm, *globals, NAME(vm, __builtins__));
    if (val_is_error(b)) return -1;
    if (val_is_null(b) && dict_set(vm, *globals, NAME(vm, __builtins__), vm->builtins_module) < 0)
        return -1;
    return 0;
}

static Value eval_or_exec(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                          int mode) {
    if (mode == PIPIT_MODE_EVAL && vm_check_args(vm, fname, nargs, kwnames, 1, 3) < 0)
        return VAL_ERROR;
    Value globals = nargs > 1 ? args[1] : VAL_NULL;
    Value locals = nargs > 2 ? args[2] : VAL_NULL;
    Value src = args[0];
    gc_push_root(vm, &src);
    gc_push_root(vm, &globals);
    gc_push_root(vm, &locals);
    Value r = VAL_ERROR;
    if (eval_namespaces(vm, fname, &globals, &locals) < 0) goto done;
    Value code = src;
    if (!val_is_type(src, &type_code)) {
        const char *text;
        size_t len;
        if (!source_text(src, &text, &len)) {
            vm_raise(vm, &type_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
            goto done;
        }
        if (mode == PIPIT_MODE_EVAL)   /* eval() ignores leading spaces and tabs */
            while (len > 0 && (*text == ' ' || *text == '\t')) text++, len--;
        Value filename = str_from_cstr(vm, "<string>");
        if (val_is_error(filename)) goto done;
        code = compile_text(vm, fname, text, len, filename, mode);
        if (val_is_error(code)) goto done;
    }
    int nfree = ((CodeObj *)val_as_obj(code))->nfreevars;
    if (nfree > 0) {
        /* a closure's body: it has no cells to run with */
        if (mode == PIPIT_MODE_EVAL)
            vm_raise(vm, &type_TypeError, "code object passed to eval() may not contain free variables");
        else
            vm_raise(vm, &type_TypeError, "code object requires a closure of exactly length %d", nfree);
        goto done;
    }
    r = vm_run_code(vm, code, globals, locals);
done:
    gc_pop_roots(vm, 3);
    return r;
}

static Value bi_eval(VM *vm, Value *args, int nargs, Value kwnames) {
    return eval_or_exec(vm, "eval", args, nargs, kwnames, PIPIT_MODE_EVAL);
}

static Value bi_exec(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs < 1)
        return vm_raise(vm, &type_TypeError, "exec() takes at least 1 positional argument (%d given)", nargs);
    if (nargs > 3)
        return vm_raise(vm, &type_TypeError, "exec() takes at most 3 positional arguments (%d given)", nargs);
    /* closure= (keyword-only) is accepted only as None */
    if (has_kwargs(kwnames)) {
        TupleObj *kn = as_tuple(kwnames);
        for (size_t i = 0; i < kn->len; i++) {
            if (!str_eq_cstr(kn->items[i], "closure"))
                return vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for exec()",
                                kn->items[i]);
            if (!val_is_none(args[nargs + (int)i]) && !val_is_type(args[0], &type_code))
                return vm_raise(vm, &type_TypeError,
                                "closure can only be used when source is a code object");
        }
        kwnames = VAL_NULL;
    }
    Value r = eval_or_exec(vm, "exec", args, nargs, kwnames, PIPIT_MODE_FILE);
    return val_is_error(r) ? r : VAL_NONE;
}

/* ---- isinstance / issubclass ---- */

static bool is_plain_type(Value cls) {
    return val_is_typeobj(cls) && val_type(cls) == &type_type;
}

static int check_class(VM *vm, Value cls, const char *msg) {
    if (val_is_typeobj(cls)) return 1;
    Value bases = obj_lookup_attr(vm, cls, str_intern_cstr(vm, "__bases__"));
    if (val_is_error(bases)) return -1;
    if (val_is_tuple(bases)) return 1;
    vm_raise(vm, &type_TypeError, "%s", msg);
    return -1;
}

/* The abstract subclass test of CPython: along __bases__ for non-types. */
static int abstract_issubclass(VM *vm, Value derived, Value cls, int depth) {
    if (derived == cls) return 1;
    if (val_is_typeobj(derived) && val_is_typeobj(cls))
        return type_is_subtype((Type *)val_as_obj(derived), (Type *)val_as_obj(cls));
    if (depth > 1000) {
        vm_raise(vm, &type_RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
        return -1;
    }
    Value bases = obj_lookup_attr(vm, derived, str_intern_cstr(vm, "__bases__"));
    if (val_is_error(bases)) return -1;
    if (!val_is_tuple(bases)) return 0;
    gc_push_root(vm, &bases);
    int r = 0;
    for (size_t i = 0; i < as_tuple(bases)->len && r == 0; i++)
        r = abstract_issubclass(vm, as_tuple(bases)->items[i], cls, depth + 1);
    gc_pop_roots(vm, 1);
    return r;
}

static int recursive_isinstance(VM *vm, Value obj, Value cls) {
    if (val_is_typeobj(cls)) {
        if (val_isinstance(obj, (Type *)val_as_obj(cls))) return 1;
        Value c = obj_lookup_attr(vm, obj, NAME(vm, __class__));
        if (val_is_error(c)) return -1;
        if (val_is_typeobj(c) && c != val_from_obj(val_type(obj)))
            return type_is_subtype((Type *)val_as_obj(c), (Type *)val_as_obj(cls));
        return 0;
    }
    if (check_class(vm, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union") < 0)
        return -1;
    Value c = obj_lookup_attr(vm, obj, NAME(vm, __class__));
    if (val_is_error(c)) return -1;
    if (val_is_null(c)) return 0;
    return abstract_issubclass(vm, c, cls, 0);
}

/* Call [hook] (__instancecheck__/__subclasscheck__) of cls's metaclass when
** it has one of its own; *found tells. */
static int call_check_hook(VM *vm, Value cls, Value hook, Value arg, bool *found) {
    *found = false;
    if (is_plain_type(cls)) return 0;
    Value m = obj_type_lookup(val_type(cls), hook);
    if (val_is_null(m)) return 0;
    *found = true;
    Value r = call_special(vm, cls, hook, &arg, 1, found);
    if (!*found) return 0;
    if (val_is_error(r)) return -1;
    return obj_truthy(vm, r);
}

/* list[int] and friends refuse isinstance/issubclass, as in CPython. */
static int reject_generic_alias(VM *vm, Value cls, const char *fname) {
    if (!val_is_obj(cls) || strcmp(val_type(cls)->name, "types.GenericAlias") != 0) return 0;
    vm_raise(vm, &type_TypeError, "%s() argument 2 cannot be a parameterized generic", fname);
    return -1;
}

/* X | Y is checked as the tuple (X, Y), as CPython does. */
static Value union_as_tuple(VM *vm, Value cls) {
    if (!val_is_type(cls, &type_union)) return cls;
    return obj_getattr_cstr(vm, cls, "__args__");
}

/* Nested tuples recurse in C: bounded by the recursion limit, as in CPython. */
static bool check_depth_exceeded(VM *vm, int depth, const char *where) {
    if (depth <= vm->recursion_limit) return false;
    vm_raise(vm, &type_RecursionError, "maximum recursion depth exceeded in %s", where);
    return true;
}

static int isinstance_at(VM *vm, Value obj, Value cls, int depth);

int builtins_isinstance(VM *vm, Value obj, Value cls) { return isinstance_at(vm, obj, cls, 0); }

static int isinstance_at(VM *vm, Value obj, Value cls, int depth) {
    if (val_from_obj(val_type(obj)) == cls) return 1;
    if (is_plain_type(cls)) return recursive_isinstance(vm, obj, cls);
    if (reject_generic_alias(vm, cls, "isinstance") < 0) return -1;
    cls = union_as_tuple(vm, cls);
    if (val_is_error(cls)) return -1;
    if (val_is_tuple(cls)) {
        if (check_depth_exceeded(vm, depth, "__instancecheck__")) return -1;
        gc_push_root(vm, &cls);
        gc_push_root(vm, &obj);
        int r = 0;
        for (size_t i = 0; i < as_tuple(cls)->len && r == 0; i++)
            r = isinstance_at(vm, obj, as_tuple(cls)->items[i], depth + 1);
        gc_pop_roots(vm, 2);
        return r;
    }
    bool found;
    int r = call_check_hook(vm, cls, NAME(vm, __instancecheck__), obj, &found);
    if (found) return r;
    return recursive_isinstance(vm, obj, cls);
}

static int issubclass_at(VM *vm, Value cls, Value classinfo, int depth);

int builtins_issubclass(VM *vm, Value cls, Value classinfo) { return issubclass_at(vm, cls, classinfo, 0); }

static int issubclass_at(VM *vm, Value cls, Value classinfo, int depth) {
    if (reject_generic_alias(vm, classinfo, "issubclass") < 0) return -1;
    if (is_plain_type(classinfo) && val_is_typeobj(cls))
        return type_is_subtype((Type *)val_as_obj(cls), (Type *)val_as_obj(classinfo));
    classinfo = union_as_tuple(vm, classinfo);
    if (val_is_error(classinfo)) return -1;
    if (val_is_tuple(classinfo)) {
        if (check_depth_exceeded(vm, depth, "__subclasscheck__")) return -1;
        gc_push_root(vm, &classinfo);
        gc_push_root(vm, &cls);
        int r = 0;
        for (size_t i = 0; i < as_tuple(classinfo)->len && r == 0; i++)
            r = issubclass_at(vm, cls, as_tuple(classinfo)->items[i], depth + 1);
        gc_pop_roots(vm, 2);
        return r;
    }
    bool found;
    int r = call_check_hook(vm, classinfo, NAME(vm, __subclasscheck__), cls, &found);
    if (found) return r;
    if (check_class(vm, cls, "issubclass() arg 1 must be a class") < 0) return -1;
    if (check_class(vm, classinfo,
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union") < 0)
        return -1;
    return abstract_issubclass(vm, cls, classinfo, 0);
}

static Value bi_isinstance(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "isinstance", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    int r = builtins_isinstance(vm, args[0], args[1]);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

static Value bi_issubclass(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "issubclass", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    int r = builtins_issubclass(vm, args[0], args[1]);
    return r < 0 ? VAL_ERROR : val_from_bool(r);
}

/* ---- iteration ---- */

static Value bi_iter(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "iter", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    if (nargs == 1) return obj_iter(vm, args[0]);
    if (!val_type(args[0])->call)
        return vm_raise(vm, &type_TypeError, "iter(v, w): v must be callable");
    return calliter_new(vm, args[0], args[1]);
}

static Value raise_stop_iteration(VM *vm, Value value) {
    Value a = val_is_none(value) ? tuple_new(vm, 0) : tuple_pack(vm, 1, value);
    if (val_is_error(a)) return a;
    Value exc = exc_new(vm, &type_StopIteration, a);
    if (val_is_error(exc)) return exc;
    vm->exc = exc;
    return VAL_ERROR;
}

/* next() of a generator: its return value becomes StopIteration.value. */
static Value next_of_generator(VM *vm, Value *args, int nargs) {
    bool finished;
    Value r = gen_resume(vm, args[0], VAL_NONE, VAL_NULL, &finished);
    if (val_is_error(r)) {
        if (nargs == 2 && vm_exc_matches(vm, &type_StopIteration)) {
            vm_clear_exc(vm);
            return args[1];
        }
        return r;
    }
    if (!finished) return r;
    if (nargs == 2) return args[1];
    return raise_stop_iteration(vm, r);
}

static Value bi_next(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "next", nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    Type *t = val_type(args[0]);
    if (!t->iternext)
        return vm_raise(vm, &type_TypeError, "'%s' object is not an iterator", type_name(t));
    if (t == &type_generator) return next_of_generator(vm, args, nargs);
    Value r = t->iternext(vm, args[0]);
    if (val_is_error(r)) {
        if (nargs == 2 && vm_exc_matches(vm, &type_StopIteration)) {
            vm_clear_exc(vm);
            return args[1];
        }
        return r;
    }
    if (!val_is_null(r)) return r;
    if (!val_is_null(vm->exc)) {   /* an exhausted generator may leave its StopIteration */
        if (nargs == 2) {
            vm_clear_exc(vm);
            return args[1];
        }
        return VAL_ERROR;
    }
    if (nargs == 2) return args[1];
    return raise_stop_iteration(vm, VAL_NONE);
}

static Value bi_aiter(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "aiter", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    bool found;
    Value r = call_special(vm, args[0], NAME(vm, __aiter__), NULL, 0, &found);
    if (!found)
        return vm_raise(vm, &type_TypeError, "'%s' object is not an async iterable",
                        type_name(val_type(args[0])));
    return r;
}

static Value bi_anext(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "anext", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    bool found;
    Value r = call_special(vm, args[0], NAME(vm, __anext__), NULL, 0, &found);
    if (!found)
        return vm_raise(vm, &type_TypeError, "'%s' object is not an async iterator",
                        type_name(val_type(args[0])));
    return r;
}

/* ---- min / max ---- */

static Value minmax(VM *vm, Value *args, int nargs, Value kwnames, const char *fname, int op) {
    Value key = VAL_NULL, dflt = VAL_NULL;
    if (has_kwargs(kwnames)) {
        TupleObj *kn = as_tuple(kwnames);
        for (size_t i = 0; i < kn->len; i++) {
            if (str_eq_cstr(kn->items[i], "key")) key = args[nargs + (int)i];
            else if (str_eq_cstr(kn->items[i], "default")) dflt = args[nargs + (int)i];
            else
                return vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for %s()",
                                kn->items[i], fname);
        }
    }
    if (nargs == 0)
        return vm_raise(vm, &type_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (nargs > 1 && !val_is_null(dflt))
        return vm_raise(vm, &type_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", fname);
    if (val_is_none(key)) key = VAL_NULL;
    Value it;
    if (nargs == 1) {
        it = obj_iter(vm, args[0]);
    } else {
        it = tuple_from(vm, args, (size_t)nargs);
        if (!val_is_error(it)) it = tuple_iter_new(vm, it);
    }
    if (val_is_error(it)) return it;
    Value best = VAL_NULL, best_key = VAL_NULL, item = VAL_NULL, item_key = VAL_NULL;
    gc_push_root(vm, &it);
    gc_push_root(vm, &best);
    gc_push_root(vm, &best_key);
    gc_push_root(vm, &item);
    gc_push_root(vm, &item_key);
    gc_push_root(vm, &key);
    Value result = VAL_ERROR;
    for (;;) {
        item = obj_next(vm, it);
        if (val_is_error(item)) goto done;
        if (val_is_null(item)) break;
        item_key = val_is_null(key) ? item : obj_call1(vm, key, item);
        if (val_is_error(item_key)) goto done;
        if (val_is_null(best)) {
            best = item;
            best_key = item_key;
            continue;
        }
        int better = obj_compare_bool(vm, item_key, best_key, op);
        if (better < 0) goto done;
        if (better) {
            best = item;
            best_key = item_key;
        }
    }
    if (!val_is_null(best)) result = best;
    else if (!val_is_null(dflt)) result = dflt;
    else vm_raise(vm, &type_ValueError, "%s() arg is an empty sequence", fname);
done:
    gc_pop_roots(vm, 6);
    return result;
}

static Value bi_max(VM *vm, Value *args, int nargs, Value kwnames) {
    return minmax(vm, args, nargs, kwnames, "max", CMPOP_GT);
}

static Value bi_min(VM *vm, Value *args, int nargs, Value kwnames) {
    return minmax(vm, args, nargs, kwnames, "min", CMPOP_LT);
}

/* ---- sorted / sum ---- */

static Value bi_sorted(VM *vm, Value *args, int nargs, Value kwnames) {
    if (nargs != 1)
        return vm_raise(vm, &type_TypeError, "sorted expected 1 argument, got %d", nargs);
    Value key = VAL_NULL;
    int64_t reverse = 0;
    if (has_kwargs(kwnames)) {
        TupleObj *kn = as_tuple(kwnames);
        for (size_t i = 0; i < kn->len; i++) {
            Value v = args[nargs + (int)i];
            if (str_eq_cstr(kn->items[i], "key")) {
                key = v;
            } else if (str_eq_cstr(kn->items[i], "reverse")) {
                if (float_check(v))
                    return vm_raise(vm, &type_TypeError,
                                    "'float' object cannot be interpreted as an integer");
                if (obj_index_i64(vm, v, &reverse, NULL) < 0) return VAL_ERROR;
            } else {
                return vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for sort()",
                                kn->items[i]);
            }
        }
    }
    Value list = seq_to_list(vm, args[0]);
    if (val_is_error(list)) return list;
    if (list == args[0]) {   /* make sure the list is a new one */
        list = list_from(vm, as_list(list)->items, as_list(list)->len);
        if (val_is_error(list)) return list;
    }
    gc_push_root(vm, &list);
    int r = list_sort(vm, list, val_is_none(key) ? VAL_NULL : key, reverse != 0);
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : list;
}

static Value sum_start_error(VM *vm, Value start) {
    if (val_is_str(start))
        return vm_raise(vm, &type_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (val_isinstance(start, &type_bytes))
        return vm_raise(vm, &type_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    return vm_raise(vm, &type_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
}

/* The running total of sum(): an int64 and a double fast path before the
** generic addition, as CPython does. */
typedef struct SumState {
    Value it, result, item;
} SumState;

static Value sum_generic(VM *vm, SumState *s) {
    for (;;) {
        s->item = obj_next(vm, s->it);
        if (val_is_error(s->item)) return VAL_ERROR;
        if (val_is_null(s->item)) return s->result;
        s->result = obj_binary_op(vm, s->result, s->item, BINOP_ADD);
        if (val_is_error(s->result)) return VAL_ERROR;
    }
}

static Value sum_floats(VM *vm, SumState *s) {
    double total = float_value(s->result);
    for (;;) {
        s->item = obj_next(vm, s->it);
        if (val_is_error(s->item)) return VAL_ERROR;
        if (val_is_null(s->item)) return val_from_float(total);
        if (val_is_float(s->item)) {
            total += val_as_float(s->item);
            continue;
        }
        if (val_is_int(s->item) && val_is_intlike(s->item)) {
            total += (double)val_as_int(s->item);
            continue;
        }
        s->result = val_from_float(total);
        s->result = obj_binary_op(vm, s->result, s->item, BINOP_ADD);
        if (val_is_error(s->result)) return VAL_ERROR;
        return sum_generic(vm, s);
    }
}

static Value sum_ints(VM *vm, SumState *s) {
    int64_t total = val_as_int(s->result);
    for (;;) {
        s->item = obj_next(vm, s->it);
        if (val_is_error(s->item)) return VAL_ERROR;
        if (val_is_null(s->item)) return val_from_small(total);
        if (val_is_int(s->item)) {
            int64_t t = total + val_as_int(s->item);   /* 48-bit operands: no overflow */
            if (smallint_fits(t)) {
                total = t;
                continue;
            }
        }
        s->result = val_from_small(total);
        if (val_is_float(s->item)) {
            s->result = val_from_float((double)total + val_as_float(s->item));
            return sum_floats(vm, s);
        }
        s->result = obj_binary_op(vm, s->result, s->item, BINOP_ADD);
        if (val_is_error(s->result)) return VAL_ERROR;
        return sum_generic(vm, s);
    }
}

static Value bi_sum(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "start", NULL};
    Value a[2];
    if (vm_parse_args(vm, "sum", args, nargs, kwnames, names, 1, 1, a) < 0) return VAL_ERROR;
    Value start = val_is_null(a[1]) ? val_from_small(0) : a[1];
    if (val_is_str(start) || val_isinstance(start, &type_bytes) ||
        val_isinstance(start, &type_bytearray))
        return sum_start_error(vm, start);
    SumState s = {.it = obj_iter(vm, a[0]), .result = start, .item = VAL_NONE};
    if (val_is_error(s.it)) return VAL_ERROR;
    gc_push_root(vm, &s.it);
    gc_push_root(vm, &s.result);
    gc_push_root(vm, &s.item);
    Value r;
    if (val_is_int(s.result)) r = sum_ints(vm, &s);
    else if (val_is_float(s.result)) r = sum_floats(vm, &s);
    else r = sum_generic(vm, &s);
    gc_pop_roots(vm, 3);
    return r;
}

/* ---- print / input ---- */

static int print_write(VM *vm, Value file, int fd, StrBuf *sb, Value s) {
    if (fd > 0) {
        sb_add(sb, str_cstr(s), as_str(s)->size);
        return 0;
    }
    Value r = obj_call_method(vm, file, "write", &s, 1);
    return val_is_error(r) ? -1 : 0;
}

static int check_sep(VM *vm, const char *what, Value v) {
    if (val_is_null(v) || val_is_none(v) || val_is_str(v)) return 0;
    vm_raise(vm, &type_TypeError, "%s must be None or a string, not %s", what, type_name(val_type(v)));
    return -1;
}

/* sep or end: the given str, or [dflt] when it was None (VAL_NULL). */
static int print_sep(VM *vm, Value file, int fd, StrBuf *sb, Value v, const char *dflt) {
    if (!val_is_null(v)) return print_write(vm, file, fd, sb, v);
    if (fd > 0) {
        sb_adds(sb, dflt);
        return 0;
    }
    Value s = str_from_cstr(vm, dflt);
    if (val_is_error(s)) return -1;
    return print_write(vm, file, fd, sb, s);
}

static int print_items(VM *vm, Value *args, int nargs, Value sep, Value end, Value file, int fd,
                       StrBuf *sb) {
    for (int i = 0; i < nargs; i++) {
        if (i > 0 && print_sep(vm, file, fd, sb, sep, " ") < 0) return -1;
        Value s = val_is_exact_str(args[i]) ? args[i] : obj_str(vm, args[i]);
        if (val_is_error(s)) return -1;
        if (print_write(vm, file, fd, sb, s) < 0) return -1;
    }
    return print_sep(vm, file, fd, sb, end, "\n");
}

static Value bi_print(VM *vm, Value *args, int nargs, Value kwnames) {
    Value sep = VAL_NULL, end = VAL_NULL, file = VAL_NULL, flush = VAL_NULL;
    if (has_kwargs(kwnames)) {
        TupleObj *kn = as_tuple(kwnames);
        for (size_t i = 0; i < kn->len; i++) {
            Value v = args[nargs + (int)i];
            if (str_eq_cstr(kn->items[i], "sep")) sep = v;
            else if (str_eq_cstr(kn->items[i], "end")) end = v;
            else if (str_eq_cstr(kn->items[i], "file")) file = v;
            else if (str_eq_cstr(kn->items[i], "flush")) flush = v;
            else
                return vm_raise(vm, &type_TypeError, "'%U' is an invalid keyword argument for print()",
                                kn->items[i]);
        }
    }
    if (val_is_null(file) || val_is_none(file)) {
        file = sys_get_std(vm, 1);
        if (val_is_null(file)) return vm_raise(vm, &type_RuntimeError, "lost sys.stdout");
        if (val_is_none(file)) return VAL_NONE;
    }
    if (check_sep(vm, "sep", sep) < 0 || check_sep(vm, "end", end) < 0) return VAL_ERROR;
    if (val_is_none(sep)) sep = VAL_NULL;
    if (val_is_none(end)) end = VAL_NULL;
    int fd = sys_std_fd(file);
    if (fd == 0) fd = -1;
    gc_push_root(vm, &sep);
    gc_push_root(vm, &end);
    gc_push_root(vm, &file);
    StrBuf sb;
    sb_init(&sb);
    int r = print_items(vm, args, nargs, sep, end, file, fd, &sb);
    if (r == 0 && fd > 0) sys_host_write(vm, fd, sb.data, sb.len);
    sb_free(&sb);
    if (r == 0 && !val_is_null(flush)) {
        int f = obj_truthy(vm, flush);
        if (f < 0 || (f && val_is_error(obj_call_method(vm, file, "flush", NULL, 0)))) r = -1;
    }
    gc_pop_roots(vm, 3);
    return r < 0 ? VAL_ERROR : VAL_NONE;
}

static Value eof_error(VM *vm) { return vm_raise(vm, &type_EOFError, "EOF when reading a line"); }

/* A line read by input(): the newline removed, EOFError at the end. */
static Value input_line(VM *vm, Value line) {
    if (val_is_error(line)) return line;
    if (!val_is_str(line))
        return vm_raise(vm, &type_TypeError, "object.readline() returned non-string");
    size_t n = as_str(line)->size;
    if (n == 0) return eof_error(vm);
    const char *s = str_cstr(line);
    if (s[n - 1] == '\n') return str_new(vm, s, n - 1);
    return line;
}

static Value bi_input(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "input", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    Value prompt = VAL_NONE;
    if (nargs == 1) {
        prompt = obj_str(vm, args[0]);
        if (val_is_error(prompt)) return prompt;
        gc_push_root(vm, &prompt);
        int w = sys_write_std(vm, 1, prompt);
        gc_pop_roots(vm, 1);
        if (w < 0) return VAL_ERROR;
    }
    Value in = sys_get_std(vm, 0);
    if (val_is_null(in)) return vm_raise(vm, &type_RuntimeError, "input(): lost sys.stdin");
    if (val_is_none(in)) return vm_raise(vm, &type_RuntimeError, "input(): lost sys.stdin");
    if (sys_std_fd(in) != 0) return input_line(vm, obj_call_method(vm, in, "readline", NULL, 0));
    if (vm->config.readline) return input_line(vm, sys_host_readline(vm));
    if (vm_can_suspend(vm))
        return vm_suspend(vm, PIPIT_WAIT_INPUT, 0, val_is_none(prompt) ? VAL_NULL : prompt);
    return eof_error(vm);
}

/* ---- classes and imports ---- */

static Value bi_import(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    Value a[5];
    if (vm_parse_args(vm, "__import__", args, nargs, kwnames, names, 1, 0, a) < 0) return VAL_ERROR;
    if (!val_is_str(a[0])) return vm_raise(vm, &type_TypeError, "module name must be a string");
    int64_t level = 0;
    if (!val_is_null(a[4]) && obj_index_i64(vm, a[4], &level, &type_OverflowError) < 0)
        return VAL_ERROR;
    if (level < 0) return vm_raise(vm, &type_ValueError, "level must be >= 0");
    if (as_str(a[0])->size == 0 && level == 0) return vm_raise(vm, &type_ValueError, "Empty module name");
    Value globals = val_is_null(a[1]) ? VAL_NONE : a[1];
    Value fromlist = val_is_null(a[3]) ? VAL_NONE : a[3];
    /* a relative import resolves against globals: check them as CPython does */
    if (level > 0 && val_is_none(globals)) {
        Value key = str_from_cstr(vm, "'__name__' not in globals");
        return val_is_error(key) ? key : raise_key_error(vm, key);
    }
    if (level > 0 && !val_is_dict(globals)) return vm_raise(vm, &type_TypeError, "globals must be a dict");
    if (level > 0) {
        Value pkg = dict_get_cstr(vm, globals, "__package__");
        Value spec = val_is_error(pkg) ? pkg : dict_get_cstr(vm, globals, "__spec__");
        Value name = val_is_error(spec) ? spec : dict_get_cstr(vm, globals, "__name__");
        if (val_is_error(name)) return name;
        bool no_pkg = val_is_null(pkg) || val_is_none(pkg), no_spec = val_is_null(spec) || val_is_none(spec);
        if (no_pkg && no_spec && val_is_null(name)) {
            Value key = str_from_cstr(vm, "'__name__' not in globals");
            return val_is_error(key) ? key : raise_key_error(vm, key);
        }
    }
    return import_module_level(vm, a[0], globals, fromlist, (int)level);
}

/* exit(code=None) and quit(code=None): raise SystemExit(code). */
static Value raise_system_exit(VM *vm, const char *fname, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"code", NULL};
    Value code;
    if (vm_parse_args(vm, fname, args, nargs, kwnames, names, 0, 0, &code) < 0) return VAL_ERROR;
    Value a = tuple_pack(vm, 1, val_is_null(code) ? VAL_NONE : code);  /* SystemExit(None) too */
    if (val_is_error(a)) return a;
    Value exc = exc_new(vm, &type_SystemExit, a);
    if (val_is_error(exc)) return exc;
    vm->exc = exc;
    return VAL_ERROR;
}

/* exit and quit: callables whose repr tells how to leave the REPL, as
** CPython's site.Quitter does. */
typedef struct QuitterObj {
    Obj hdr;
    const char *name;         /* "exit" or "quit", static */
} QuitterObj;

static Value quitter_repr(VM *vm, Value self) {
    char buf[64];
    snprintf(buf, sizeof buf, "Use %s() or Ctrl-D (i.e. EOF) to exit",
             ((QuitterObj *)val_as_obj(self))->name);
    return str_from_cstr(vm, buf);
}

/* Quitter.__call__(self, code=None), with the messages of a Python method. */
static Value quitter_call(VM *vm, Value self, Value *args, int nargs, Value kwnames) {
    Value *kw = NULL;
    size_t nkw = 0;
    if (val_is_obj(kwnames)) seq_fast(kwnames, &kw, &nkw);
    if (nargs > 1)
        return vm_raise(vm, &type_TypeError,
                        "Quitter.__call__() takes from 1 to 2 positional arguments but %d were given",
                        nargs + 1);
    for (size_t i = 0; i < nkw; i++) {
        if (!str_eq_cstr(kw[i], "code"))
            return vm_raise(vm, &type_TypeError, "Quitter.__call__() got an unexpected keyword argument '%U'",
                            kw[i]);
        if (nargs)
            return vm_raise(vm, &type_TypeError, "Quitter.__call__() got multiple values for argument 'code'");
    }
    return raise_system_exit(vm, ((QuitterObj *)val_as_obj(self))->name, args, nargs, kwnames);
}

static Type type_Quitter = {
    .hdr = STATIC_TYPE_HDR,
    .name = "Quitter",
    .basicsize = sizeof(QuitterObj),
    .repr = quitter_repr,
    .call = quitter_call,
};

static Value quitter_new(VM *vm, const char *name) {
    QuitterObj *q = gc_alloc(vm, &type_Quitter, sizeof(QuitterObj));
    if (!q) return VAL_ERROR;
    q->name = name;
    return val_from_obj(q);
}

static const MethodDef builtin_functions[] = {
    {"__build_class__", typeobj_build_class, 0,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", bi_import, 0, "Import a module."},
    {"abs", bi_abs, 0, "Return the absolute value of the argument."},
    {"aiter", bi_aiter, 0, NULL},
    {"all", bi_all, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"anext", bi_anext, 0, NULL},
    {"any", bi_any, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", bi_ascii, 0, NULL},
    {"bin", bi_bin, 0, "Return the binary representation of an integer."},
    {"callable", bi_callable, 0, "Return whether the object is callable."},
    {"chr", bi_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"compile", bi_compile, 0, NULL},
    {"delattr", bi_delattr, 0, NULL},
    {"dir", bi_dir, 0, NULL},
    {"divmod", bi_divmod, 0, "Return the tuple (x//y, x%y)."},
    {"eval", bi_eval, 0, NULL},
    {"exec", bi_exec, 0, NULL},
    {"format", bi_format, 0, NULL},
    {"getattr", bi_getattr, 0, NULL},
    {"globals", bi_globals, 0, NULL},
    {"hasattr", bi_hasattr, 0, NULL},
    {"hash", bi_hash, 0, NULL},
    {"hex", bi_hex, 0, NULL},
    {"id", bi_id, 0, NULL},
    {"input", bi_input, 0, NULL},
    {"isinstance", bi_isinstance, 0, NULL},
    {"issubclass", bi_issubclass, 0, NULL},
    {"iter", bi_iter, 0, NULL},
    {"len", bi_len, 0, "Return the number of items in a container."},
    {"locals", bi_locals, 0, NULL},
    {"max", bi_max, 0, NULL},
    {"min", bi_min, 0, NULL},
    {"next", bi_next, 0, NULL},
    {"oct", bi_oct, 0, NULL},
    {"ord", bi_ord, 0, NULL},
    {"pow", bi_pow, 0, NULL},
    {"print", bi_print, 0, NULL},
    {"repr", bi_repr, 0, NULL},
    {"round", bi_round, 0, NULL},
    {"setattr", bi_setattr, 0, NULL},
    {"sorted", bi_sorted, 0, NULL},
    {"sum", bi_sum, 0, NULL},
    {"vars", bi_vars, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- setup ---- */

static Type *const builtin_types[] = {
    &type_object, &type_type, &type_bool, &type_int, &type_float, &type_complex, &type_str,
    &type_bytes, &type_bytearray, &type_tuple, &type_list, &type_dict, &type_set,
    &type_frozenset, &type_range, &type_slice, &type_property, &type_staticmethod,
    &type_classmethod, &type_super, &type_memoryview, &type_enumerate, &type_zip, &type_map,
    &type_filter, &type_reversed, &type_BaseExceptionGroup, &type_ExceptionGroup,
#define EXC_PTR(name, base) &type_##name,
    EXCEPTION_LIST(EXC_PTR)
#undef EXC_PTR
};

static int add_name(VM *vm, Value d, const char *name, Value v) {
    if (val_is_error(v)) return -1;
    Value key = str_intern_cstr(vm, name);
    if (val_is_error(key)) return -1;
    return dict_set(vm, d, key, v);
}

int setup_builtins(VM *vm) {
    Value name = str_intern_cstr(vm, "builtins");
    if (val_is_error(name)) return -1;
    Value module = module_new(vm, name);
    if (val_is_error(module)) return -1;
    vm->builtins_module = module;
    Value d = ((ModuleObj *)val_as_obj(module))->dict;
    vm->builtins = d;
    for (size_t i = 0; i < sizeof builtin_types / sizeof builtin_types[0]; i++) {
        Type *t = builtin_types[i];
        if (add_name(vm, d, type_name(t), val_from_obj(t)) < 0) return -1;
    }
    if (add_name(vm, d, "EnvironmentError", val_from_obj(&type_OSError)) < 0 ||
        add_name(vm, d, "IOError", val_from_obj(&type_OSError)) < 0)
        return -1;
    for (const MethodDef *m = builtin_functions; m->name; m++)
        if (add_name(vm, d, m->name, native_func_new(vm, m, VAL_NULL, module)) < 0) return -1;
    if (add_name(vm, d, "None", VAL_NONE) < 0 || add_name(vm, d, "True", VAL_TRUE) < 0 ||
        add_name(vm, d, "False", VAL_FALSE) < 0 || add_name(vm, d, "Ellipsis", VAL_ELLIPSIS) < 0 ||
        add_name(vm, d, "NotImplemented", VAL_NOTIMPL) < 0 ||
        add_name(vm, d, "__debug__", VAL_TRUE) < 0)
        return -1;
    if (type_ready(vm, &type_Quitter) < 0 || add_name(vm, d, "exit", quitter_new(vm, "exit")) < 0 ||
        add_name(vm, d, "quit", quitter_new(vm, "quit")) < 0)
        return -1;
    if (val_is_obj(vm->modules) && dict_set(vm, vm->modules, name, module) < 0) return -1;
    return 0;
}

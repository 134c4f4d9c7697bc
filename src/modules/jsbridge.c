/*
** jsbridge.c -- the `_js` module: Python and JavaScript values crossing the
** WebAssembly boundary (only in the browser build; elsewhere `_js` does not
** exist and `import js` raises ImportError).
**
** JavaScript values stay in JavaScript: Python holds an integer handle into
** the loader's table (ports/wasm/pipit.js) and asks the loader to act on it
** through one import, js_op(op, handle, nargs), whose operands are pushed
** first onto a JavaScript-side stack (js_push_*). Primitive results (None,
** bool, int, float, str) are copied; objects come back as new handles that
** lib/pyodide/ffi.py wraps in a JsProxy.
**
** Python values handed to JavaScript are kept in a handle table here (a
** list reachable from this module, so they stay alive while JavaScript holds
** them) and become JavaScript Proxies that call back through the exports
** bridge_*; the loader releases a handle when JavaScript drops the proxy.
*/
#include <stdlib.h>
#include <string.h>

#include "modules/modules.h"
#include "runtime/frame.h"
#include "runtime/import.h"
#include "runtime/traceback.h"

int setup_jsbridge(VM *vm);

#ifndef PIPIT_WASM

/* No JavaScript: `_js` is not registered. */
int setup_jsbridge(VM *vm) {
    (void)vm;
    return 0;
}

#else

#define WASM_EXPORT(name) __attribute__((export_name(name)))
#define WASM_IMPORT(name) __attribute__((import_module("pipit"), import_name(name)))

/* Operands pushed on the loader's stack, popped by js_op / js_result. */
WASM_IMPORT("js_push_none") void js_push_none(void);
WASM_IMPORT("js_push_bool") void js_push_bool(int b);
WASM_IMPORT("js_push_num") void js_push_num(double d);
WASM_IMPORT("js_push_str") void js_push_str(const char *s, size_t len);
WASM_IMPORT("js_push_bigint") void js_push_bigint(const char *s, size_t len);
WASM_IMPORT("js_push_handle") void js_push_handle(int h);
WASM_IMPORT("js_push_py") void js_push_py(int pyh, int callable);
/* Performs [op] on handle [h] with [nargs] operands; returns a result tag
** (JR_*) with its payload in result_area. */
WASM_IMPORT("js_op") int js_op(int op, int h, int nargs);
/* The task [task] finished with the value on top of the stack. */
WASM_IMPORT("js_result") void js_result(int task);

/* Result tags of js_op. */
enum { JR_NONE, JR_FALSE, JR_TRUE, JR_INT, JR_FLOAT, JR_STR, JR_BIGINT, JR_HANDLE, JR_PY, JR_ERROR, JR_STOP };

/* Where js_op leaves a result's payload. */
static struct {
    double num;
    int32_t handle;
    int32_t ptr;   /* a malloc'ed UTF-8 string (freed here) */
    int32_t len;
} result_area;

WASM_EXPORT("bridge_result_area") void *bridge_result_area(void) { return &result_area; }

static VM *bridge_vm;
static Value bridge_dict = VAL_NULL; /* the module's dict: it roots the tables below */
static int js_depth;                 /* > 0 while Python waits inside js_op */

/* A table kept in the module's dict by [name]. */
static Value bridge_get(VM *vm, const char *name) {
    Value v = dict_get_cstr(vm, bridge_dict, name);
    return val_is_error(v) ? VAL_NULL : v;
}

/* ---- Python values to JavaScript ---- */

static int py_handle_new(VM *vm, Value v) {
    Value table = bridge_get(vm, "_handles");
    Value free_list = bridge_get(vm, "_free");
    ListObj *fl = as_list(free_list);
    if (fl->len > 0) {
        int h = (int)val_as_int(fl->items[--fl->len]);
        as_list(table)->items[h] = v;
        return h;
    }
    if (list_append(vm, table, v) < 0) return -1;
    return (int)as_list(table)->len - 1;
}

static Value py_handle_get(VM *vm, int h) {
    Value table = bridge_get(vm, "_handles");
    if (h < 0 || (size_t)h >= as_list(table)->len) return vm_raise(vm, &type_ValueError, "bad Python handle %d", h);
    return as_list(table)->items[h];
}

/* Releases Python handle [h]: JavaScript no longer holds the object. */
static void py_handle_release(VM *vm, int h) {
    Value table = bridge_get(vm, "_handles");
    if (h < 0 || (size_t)h >= as_list(table)->len || val_is_none(as_list(table)->items[h])) return;
    as_list(table)->items[h] = VAL_NONE;
    if (list_append(vm, bridge_get(vm, "_free"), val_from_small(h)) < 0) vm_clear_exc(vm);
}

static int live_py_handles(VM *vm) {
    Value table = bridge_get(vm, "_handles");
    return (int)(as_list(table)->len - as_list(bridge_get(vm, "_free"))->len);
}

/* The JsProxy's handle, or -1 when [v] is not a JsProxy. */
static int jsproxy_handle(VM *vm, Value v) {
    Value cls = bridge_get(vm, "JsProxy");
    if (!val_is_obj(cls) || !val_isinstance(v, (Type *)val_as_obj(cls))) return -1;
    Value h = obj_lookup_attr(vm, v, str_intern_cstr(vm, "_h"));
    if (!val_is_int(h)) {
        vm_clear_exc(vm);
        return -1;
    }
    return (int)val_as_int(h);
}

static int push_int(VM *vm, Value v) {
    if (val_is_int(v)) {
        int64_t i = val_as_int(v);
        if (i >= -(1LL << 53) && i <= (1LL << 53)) {
            js_push_num((double)i);
            return 0;
        }
    }
    Value s = obj_repr(vm, v);
    if (val_is_error(s)) return -1;
    js_push_bigint(as_str(s)->data, as_str(s)->size);
    return 0;
}

/* Pushes [v] converted: primitives by value, a JsProxy as its JavaScript
** object, a coroutine as a Promise, anything else as a proxy. */
static int push_value(VM *vm, Value v) {
    if (val_is_none(v)) js_push_none();
    else if (val_is_bool(v)) js_push_bool(v == VAL_TRUE);
    else if (val_is_float(v)) js_push_num(val_as_float(v));
    else if (val_is_int(v) || val_is_type(v, &type_int)) return push_int(vm, v);
    else if (val_is_exact_str(v)) js_push_str(as_str(v)->data, as_str(v)->size);
    else {
        int h = jsproxy_handle(vm, v);
        if (h >= 0) {
            js_push_handle(h);
            return 0;
        }
        Value hook = bridge_get(vm, "coroutine_to_js");
        if (val_is_type(v, &type_coroutine) && !val_is_null(hook)) {
            Value p = obj_call1(vm, hook, v);
            if (val_is_error(p)) return -1;
            h = jsproxy_handle(vm, p);
            if (h < 0) return vm_raise(vm, &type_TypeError, "coroutine_to_js did not return a JsProxy"), -1;
            js_push_handle(h);
            return 0;
        }
        int pyh = py_handle_new(vm, v);
        if (pyh < 0) return -1;
        bool callable = val_type(v)->call != NULL;
        js_push_py(pyh, callable);
    }
    return 0;
}

/* ---- JavaScript values to Python ---- */

static Value wrap_handle(VM *vm, int h) {
    Value cls = bridge_get(vm, "JsProxy");
    if (val_is_null(cls)) return vm_raise(vm, &type_RuntimeError, "the js bridge is not initialized");
    return obj_call1(vm, cls, val_from_small(h));
}

static Value take_result_string(VM *vm) {
    char *p = (char *)(uintptr_t)result_area.ptr;
    Value s = str_new(vm, p ? p : "", p ? (size_t)result_area.len : 0);
    free(p);
    result_area.ptr = 0;
    return s;
}

/* A JavaScript exception as JsException(JsProxy of the error). */
static Value raise_js_error(VM *vm, int h) {
    Value proxy = wrap_handle(vm, h);
    if (val_is_error(proxy)) return proxy;
    gc_push_root(vm, &proxy);
    Value cls = bridge_get(vm, "JsException");
    Value exc = val_is_null(cls) ? vm_raise(vm, &type_RuntimeError, "JavaScript error") : obj_call1(vm, cls, proxy);
    gc_pop_roots(vm, 1);
    if (val_is_error(exc)) return exc;
    return vm_raise_value(vm, exc);
}

/* The Python value for js_op's result [tag]; VAL_NULL for JR_STOP. */
static Value result_value(VM *vm, int tag) {
    switch (tag) {
    case JR_NONE: return VAL_NONE;
    case JR_FALSE: return VAL_FALSE;
    case JR_TRUE: return VAL_TRUE;
    case JR_INT: return int_from_double(vm, result_area.num);
    case JR_FLOAT: return val_from_float(result_area.num);
    case JR_STR: return take_result_string(vm);
    case JR_BIGINT: {
        Value s = take_result_string(vm);
        if (val_is_error(s)) return s;
        return int_from_string(vm, as_str(s)->data, as_str(s)->size, 10);
    }
    case JR_HANDLE: return wrap_handle(vm, result_area.handle);
    case JR_PY: return py_handle_get(vm, result_area.handle);
    case JR_ERROR: return raise_js_error(vm, result_area.handle);
    case JR_STOP: return VAL_NULL;
    default: return vm_raise(vm, &type_SystemError, "bad js_op result %d", tag);
    }
}

/* ---- the _js module ---- */

/* _js.op(op, handle, *operands): one JavaScript operation (the loader's
** JS_OP_* codes); returns its result, or raises JsException. A finished
** iterator returns the module's STOP marker. */
static Value js_op_fn(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "op", nargs, kwnames, 2, 64) < 0) return VAL_ERROR;
    if (!val_is_int(args[0]) || !val_is_int(args[1]))
        return vm_raise(vm, &type_TypeError, "op() expects an operation code and a handle");
    for (int i = 2; i < nargs; i++)
        if (push_value(vm, args[i]) < 0) {
            js_op(-1, 0, i - 2); /* drop what was pushed */
            return VAL_ERROR;
        }
    js_depth++;
    int tag = js_op((int)val_as_int(args[0]), (int)val_as_int(args[1]), nargs - 2);
    js_depth--;
    Value r = result_value(vm, tag);
    if (val_is_null(r)) return bridge_get(vm, "STOP");
    return r;
}

/* _js.await_promise(handle): the task waits (PIPIT_WAIT_HOST) until the
** promise settles and returns its value or raises its error. */
static Value js_await_promise(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "await_promise", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (!val_is_int(args[0])) return vm_raise(vm, &type_TypeError, "await_promise() expects a handle");
    if (!vm_can_suspend(vm))
        return vm_raise(vm, &type_RuntimeError, "cannot wait for a JavaScript promise here (a callback called from C code)");
    return vm_suspend(vm, PIPIT_WAIT_HOST, (double)val_as_int(args[0]), VAL_NULL);
}

/* _js.result(value): hands the running task's result to the loader. */
static Value js_result_fn(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "result", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    if (push_value(vm, args[0]) < 0) return VAL_ERROR;
    js_result(vm->fiber ? vm->fiber->id : -1);
    return VAL_NONE;
}

/* _js.py_handles(): how many Python objects JavaScript holds. */
static Value js_py_handles(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "py_handles", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_small(live_py_handles(vm));
}

/* _js.can_suspend(): may a call made here wait for the host? */
static Value js_can_suspend(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "can_suspend", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return val_from_bool(vm->fiber && vm->fiber->nested == 1 && !vm->blocking_host);
}

static const MethodDef js_functions[] = {
    {"op", js_op_fn, 0, NULL},
    {"await_promise", js_await_promise, 0, NULL},
    {"result", js_result_fn, 0, NULL},
    {"py_handles", js_py_handles, 0, NULL},
    {"can_suspend", js_can_suspend, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value js_module_init(VM *vm) {
    Value m = native_module_new(vm, "_js", js_functions);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    Value handles = list_new(vm, 0);
    if (val_is_error(handles) || dict_set_cstr(vm, d, "_handles", handles) < 0) return VAL_ERROR;
    Value free_list = list_new(vm, 0);
    if (val_is_error(free_list) || dict_set_cstr(vm, d, "_free", free_list) < 0) return VAL_ERROR;
    Value args = list_new(vm, 0);
    if (val_is_error(args) || dict_set_cstr(vm, d, "_args", args) < 0) return VAL_ERROR;
    bridge_vm = vm;
    bridge_dict = d;
    return m;
}

int setup_jsbridge(VM *vm) { return import_register_native(vm, "_js", js_module_init); }

/* ---- exports: JavaScript acting on Python values ---- */

/* Operations on a Python object (the loader's PY_OP_*). */
enum {
    PY_OP_GETATTR, PY_OP_SETATTR, PY_OP_DELATTR, PY_OP_GETITEM, PY_OP_SETITEM, PY_OP_DELITEM,
    PY_OP_CONTAINS, PY_OP_LEN, PY_OP_CALL, PY_OP_REPR, PY_OP_STR, PY_OP_ITER, PY_OP_NEXT,
    PY_OP_TYPE, PY_OP_BOOL, PY_OP_HOOK, PY_OP_HASATTR,
};

static Value arg_list(void) { return bridge_get(bridge_vm, "_args"); }

static void add_arg(Value v) {
    VM *vm = bridge_vm;
    if (val_is_error(v) || list_append(vm, arg_list(), v) < 0) {
        vm_clear_exc(vm);
        list_append(vm, arg_list(), VAL_NONE);
    }
}

WASM_EXPORT("bridge_arg_none") void bridge_arg_none(void) { add_arg(VAL_NONE); }
WASM_EXPORT("bridge_arg_bool") void bridge_arg_bool(int b) { add_arg(val_from_bool(b)); }
WASM_EXPORT("bridge_arg_float") void bridge_arg_float(double d) { add_arg(val_from_float(d)); }
WASM_EXPORT("bridge_arg_int") void bridge_arg_int(double d) { add_arg(int_from_double(bridge_vm, d)); }
WASM_EXPORT("bridge_arg_str") void bridge_arg_str(const char *s, size_t len) { add_arg(str_new(bridge_vm, s, len)); }
WASM_EXPORT("bridge_arg_bigint") void bridge_arg_bigint(const char *s, size_t len) {
    add_arg(int_from_string(bridge_vm, s, len, 10));
}
WASM_EXPORT("bridge_arg_py") void bridge_arg_py(int pyh) { add_arg(py_handle_get(bridge_vm, pyh)); }
WASM_EXPORT("bridge_arg_handle") void bridge_arg_handle(int h) {
    /* wrapping runs Python (JsProxy's constructor): mind the fiber */
    VM *vm = bridge_vm;
    Fiber *saved = vm->fiber;
    if (!js_depth) vm->fiber = vm->base_fiber;
    add_arg(wrap_handle(vm, h));
    vm->fiber = saved;
}

WASM_EXPORT("bridge_py_release") void bridge_py_release(int pyh) {
    if (bridge_vm) py_handle_release(bridge_vm, pyh);
}
WASM_EXPORT("bridge_py_handles") int bridge_py_handles(void) { return bridge_vm ? live_py_handles(bridge_vm) : 0; }

/* The operands pushed so far, as a tuple; the list is emptied. */
static Value take_args(VM *vm, int nargs) {
    ListObj *l = as_list(arg_list());
    size_t n = (size_t)nargs <= l->len ? (size_t)nargs : l->len;
    Value t = tuple_from(vm, l->items + (l->len - n), n);
    l->len -= n;
    return t;
}

static Value call_hook(VM *vm, const char *name, Value *items, size_t n) {
    Value hook = bridge_get(vm, name);
    if (val_is_null(hook)) return vm_raise(vm, &type_RuntimeError, "no bridge hook %s", name);
    return obj_call(vm, hook, items, (int)n, VAL_NULL);
}

static Value py_op_apply(VM *vm, int op, Value obj, Value *a, size_t n) {
    Value name = n > 0 ? a[0] : VAL_NONE;
    switch (op) {
    case PY_OP_GETATTR: return obj_getattr(vm, obj, name);
    case PY_OP_HASATTR: {
        Value r = obj_lookup_attr(vm, obj, name);
        if (val_is_error(r)) return r;
        return val_from_bool(!val_is_null(r));
    }
    case PY_OP_SETATTR: return obj_setattr(vm, obj, name, n > 1 ? a[1] : VAL_NONE) < 0 ? VAL_ERROR : VAL_NONE;
    case PY_OP_DELATTR: return obj_setattr(vm, obj, name, VAL_NULL) < 0 ? VAL_ERROR : VAL_NONE;
    case PY_OP_GETITEM: return obj_getitem(vm, obj, name);
    case PY_OP_SETITEM: return obj_setitem(vm, obj, name, n > 1 ? a[1] : VAL_NONE) < 0 ? VAL_ERROR : VAL_NONE;
    case PY_OP_DELITEM: return obj_setitem(vm, obj, name, VAL_NULL) < 0 ? VAL_ERROR : VAL_NONE;
    case PY_OP_CONTAINS: {
        int r = obj_contains(vm, obj, name);
        return r < 0 ? VAL_ERROR : val_from_bool(r);
    }
    case PY_OP_LEN: {
        int64_t r = obj_len(vm, obj);
        return r < 0 ? VAL_ERROR : int_from_i64(vm, r);
    }
    case PY_OP_CALL: return obj_call(vm, obj, a, (int)n, VAL_NULL);
    case PY_OP_REPR: return obj_repr(vm, obj);
    case PY_OP_STR: return obj_str(vm, obj);
    case PY_OP_ITER: return obj_iter(vm, obj);
    case PY_OP_NEXT: {
        Value r = obj_next(vm, obj);
        if (val_is_null(r)) return bridge_get(vm, "STOP");
        return r;
    }
    case PY_OP_TYPE: return str_from_cstr(vm, type_name(val_type(obj)));
    case PY_OP_BOOL: {
        int r = obj_truthy(vm, obj);
        return r < 0 ? VAL_ERROR : val_from_bool(r);
    }
    case PY_OP_HOOK: {
        /* obj is a hook's name: call bridge hook obj(*a) */
        if (!val_is_str(obj)) return vm_raise(vm, &type_TypeError, "hook name");
        return call_hook(vm, str_cstr(obj), a, n);
    }
    default: return vm_raise(vm, &type_SystemError, "bad Python operation %d", op);
    }
}

/* Pushes the traceback of the pending exception as a string. */
static void push_error_text(VM *vm) {
    Value exc = vm_take_exc(vm);
    gc_push_root(vm, &exc);
    Value s = val_is_exc(exc) ? traceback_format(vm, exc) : VAL_ERROR;
    gc_pop_roots(vm, 1);
    if (val_is_error(s) || !val_is_str(s)) {
        vm_clear_exc(vm);
        js_push_str("Error", 5);
        return;
    }
    js_push_str(as_str(s)->data, as_str(s)->size);
}

/* Performs [op] on Python handle [pyh] (or, for PY_OP_HOOK, on nothing)
** with the [nargs] operands pushed by bridge_arg_*. Pushes the converted
** result and returns 0, or pushes the traceback text and returns 1; a
** finished iterator (PY_OP_NEXT) returns 2. Runs Python to completion. */
WASM_EXPORT("bridge_py_op") int bridge_py_op(int op, int pyh, int nargs) {
    VM *vm = bridge_vm;
    Fiber *saved = vm->fiber;
    Value saved_exc = vm->exc;
    vm->exc = VAL_NULL;
    if (!js_depth) vm->fiber = vm->base_fiber;
    Value args = take_args(vm, nargs);
    Value obj = VAL_NONE, r = VAL_ERROR;
    gc_push_root(vm, &args);
    gc_push_root(vm, &obj);
    gc_push_root(vm, &r);
    int status = 1;
    if (!val_is_error(args)) {
        obj = op == PY_OP_HOOK ? take_result_string(vm) : py_handle_get(vm, pyh);
        if (!val_is_error(obj)) r = py_op_apply(vm, op, obj, as_tuple(args)->items, as_tuple(args)->len);
    }
    if (val_is_error(r)) {
        push_error_text(vm);
    } else if (r == bridge_get(vm, "STOP")) {
        status = 2;
    } else if (push_value(vm, r) < 0) {
        push_error_text(vm);
    } else {
        status = 0;
    }
    gc_pop_roots(vm, 3);
    vm->fiber = saved;
    vm->exc = saved_exc;
    return status;
}

/* Is Python running (JavaScript was called from Python)? Then a call from
** JavaScript must run to completion on the spot instead of as a task. */
WASM_EXPORT("bridge_busy") int bridge_busy(void) { return js_depth > 0; }

/* A new task whose entry frame calls [tramp](items[0], items[1]); its id,
** or -1 with an exception pending. */
static int start_task(VM *vm, Value tramp, Value *items) {
    Fiber *fb = vm_new_fiber(vm);
    if (!fb) {
        vm_raise_nomem(vm);
        return -1;
    }
    fb->id = vm->next_task_id++;
    vm->fiber = fb;
    Frame *f = frame_push_call(vm, tramp, items, 2, VAL_NULL);
    vm->fiber = vm->base_fiber;
    if (!f) {
        vm_free_fiber(vm, fb);
        return -1;
    }
    f->prev = NULL;
    f->flags |= FRAME_ENTRY;
    fb->frame = f;
    return fb->id;
}

/* Starts a task that calls the Python object [pyh] with the [nargs]
** operands pushed, through the hook call_task (which hands the result to
** js_result). Returns the task id, or -1 with the traceback pushed. */
WASM_EXPORT("bridge_start_call") int bridge_start_call(int pyh, int nargs) {
    VM *vm = bridge_vm;
    vm->fiber = vm->base_fiber;
    Value items[2] = {VAL_NONE, VAL_NONE};
    gc_push_root(vm, &items[0]);
    gc_push_root(vm, &items[1]);
    items[1] = take_args(vm, nargs);
    if (!val_is_error(items[1])) items[0] = py_handle_get(vm, pyh);
    Value tramp = bridge_get(vm, "call_task");
    int id = -1;
    if (!val_is_error(items[1]) && !val_is_error(items[0])) {
        if (val_is_type(tramp, &type_function)) id = start_task(vm, tramp, items);
        else vm_raise(vm, &type_RuntimeError, "the js bridge is not initialized");
    }
    if (id < 0) push_error_text(vm);
    gc_pop_roots(vm, 2);
    return id;
}

static Fiber *waiting_task(VM *vm, int task) {
    for (Fiber *fb = vm->fibers; fb; fb = fb->next)
        if (fb->id == task && fb->wait_kind) return fb;
    return NULL;
}

/* Ends task [task]'s PIPIT_WAIT_HOST with the operand pushed last. */
WASM_EXPORT("bridge_resume") int bridge_resume(int task) {
    VM *vm = bridge_vm;
    Value v = take_args(vm, 1);
    Fiber *fb = waiting_task(vm, task);
    if (!fb || val_is_error(v)) {
        vm_clear_exc(vm);
        return PIPIT_E_ARG;
    }
    *fb->frame->sp++ = as_tuple(v)->len ? as_tuple(v)->items[0] : VAL_NONE;
    fb->wait_kind = 0;
    fb->wait_text = VAL_NULL;
    return PIPIT_OK;
}

/* Ends task [task]'s wait by raising JsException for JavaScript error [h]. */
WASM_EXPORT("bridge_resume_error") int bridge_resume_error(int task, int h) {
    VM *vm = bridge_vm;
    Fiber *fb = waiting_task(vm, task);
    if (!fb) return PIPIT_E_ARG;
    Fiber *saved = vm->fiber;
    vm->fiber = vm->base_fiber;
    raise_js_error(vm, h);
    vm->fiber = saved;
    fb->pending_exc = vm_take_exc(vm);
    fb->wait_kind = 0;
    fb->wait_text = VAL_NULL;
    return PIPIT_OK;
}

#endif

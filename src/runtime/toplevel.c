/*
** toplevel.c -- a module body with top-level await runs as a coroutine.
**
** A page script may await at the top level (PIPIT_MODE_TOP_AWAIT). Its code
** object is then a coroutine body, as CPython's with
** PyCF_ALLOW_TOP_LEVEL_AWAIT: the task does not run it directly but runs
** asyncio._run_toplevel(coro), which drives the coroutine on the event loop
** and makes the task wait while it is suspended.
*/
#include <stdlib.h>

#include "toplevel.h"
#include "frame.h"
#include "import.h"

bool toplevel_is_coroutine(Value code) {
    return val_is_type(code, &type_code) && (((CodeObj *)val_as_obj(code))->flags & CO_COROUTINE);
}

/* The coroutine object of module body [code], its locals being [globals]. */
static Value module_coroutine(VM *vm, Value code, Value globals) {
    CodeObj *co = (CodeObj *)val_as_obj(code);
    Value name = str_from_cstr(vm, "<module>");
    if (val_is_error(name)) return name;
    gc_push_root(vm, &name);
    GenObj *g = gc_alloc(vm, &type_coroutine, sizeof(GenObj));
    gc_pop_roots(vm, 1);
    if (!g) return VAL_ERROR;
    g->name = g->qualname = name;
    g->code = code;
    g->exc_state = g->prev_exc = g->awaiting = VAL_NULL;
    g->return_value = VAL_NONE;
    g->state = GEN_CREATED;
    Frame *f = malloc(frame_size(co));
    if (!f) {
        g->state = GEN_FINISHED;
        return vm_raise_nomem(vm);
    }
    frame_init(f, co, VAL_NULL, globals, vm->builtins, globals);
    f->flags = FRAME_GENERATOR;
    f->gen = val_from_obj(g);
    g->frame = f;
    return val_from_obj(g);
}

Frame *toplevel_push(VM *vm, Value code, Value globals) {
    Value coro = module_coroutine(vm, code, globals);
    if (val_is_error(coro)) return NULL;
    Value runner = VAL_NULL;
    gc_push_root(vm, &coro);
    gc_push_root(vm, &runner);
    Value mod = import_module(vm, "asyncio");
    if (!val_is_error(mod)) runner = obj_getattr_cstr(vm, mod, "_run_toplevel");
    Frame *f = NULL;
    if (val_is_type(runner, &type_function)) f = frame_push_call(vm, runner, &coro, 1, VAL_NULL);
    else if (!val_is_error(runner)) vm_raise(vm, &type_RuntimeError, "asyncio._run_toplevel is not a function");
    gc_pop_roots(vm, 2);
    return f;
}

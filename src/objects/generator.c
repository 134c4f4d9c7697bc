/*
** generator.c -- generators, coroutines and async generators.
**
** A generator owns its frame (malloc'ed, FRAME_GENERATOR). Resuming links
** the frame above the resumer: the VM does it inline for FOR_ITER and SEND
** (no C recursion), and gen_resume does it for C callers (next(), send(),
** throw()) by running a nested vm_execute with the frame as entry.
*/
#include <stdlib.h>

#include "../runtime/import.h"
#include "../runtime/names.h"
#include "../runtime/traceback.h"
#include "../runtime/typeobject.h"
#include "../compiler/opcodes.h"
#include "exceptions.h"
#include "generator.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

Value raise_stop_iteration(VM *vm, Value value) {
    Value args = value == VAL_NONE ? tuple_new(vm, 0) : tuple_pack(vm, 1, value);
    if (val_is_error(args)) return args;
    Value exc = exc_new(vm, &type_StopIteration, args);
    if (val_is_error(exc)) return exc;
    return vm_raise_value(vm, exc);
}

bool val_is_gen(Value v) {
    return val_is_type(v, &type_generator) || val_is_type(v, &type_coroutine) ||
           val_is_type(v, &type_async_generator);
}

static GenObj *as_gen(Value v) { return (GenObj *)val_as_obj(v); }

/* ---- creation ---- */

/* On failure to grow the list, the collector looks at every object instead. */
void gen_watch(VM *vm, GenObj *g) {
    if (vm->ngen_watch == vm->capgen_watch) {
        size_t cap = vm->capgen_watch ? 2 * vm->capgen_watch : 64;
        Obj **list = realloc(vm->gen_watch, cap * sizeof *list);
        if (list == NULL) {
            vm->has_del_types = true;
            return;
        }
        vm->gen_watch = list;
        vm->capgen_watch = cap;
    }
    vm->gen_watch[vm->ngen_watch++] = &g->hdr;
    g->watched = true;
}

Value gen_new_from_call(VM *vm, Value funcv, Value *args, int nargs, Value kwnames) {
    FuncObj *func = (FuncObj *)val_as_obj(funcv);
    CodeObj *co = (CodeObj *)val_as_obj(func->code);
    Type *t = (co->flags & CO_COROUTINE) ? &type_coroutine
            : (co->flags & CO_ASYNC_GENERATOR) ? &type_async_generator : &type_generator;
    GenObj *g = gc_alloc(vm, t, sizeof(GenObj));
    if (!g) return VAL_ERROR;
    Value gv = val_from_obj(g);
    g->name = func->name;
    g->qualname = func->qualname;
    g->code = func->code;
    g->exc_state = g->prev_exc = g->awaiting = VAL_NULL;
    g->return_value = VAL_NONE;
    g->state = GEN_CREATED;
    if (t == &type_coroutine) gen_watch(vm, g);  /* an unawaited one is warned about */
    Frame *f = malloc(frame_size(co));
    if (!f) return vm_raise_nomem(vm);
    frame_init(f, co, funcv, func->globals, func->builtins, VAL_NULL);
    f->flags = FRAME_GENERATOR;
    f->gen = gv;
    g->frame = f;
    if (frame_bind_args(vm, f, func, args, nargs, kwnames) < 0) {
        g->frame = NULL;
        free(f);
        g->state = GEN_FINISHED;
        return VAL_ERROR;
    }
    return gv;
}

static void gen_traverse(Obj *o, GCVisitor *gv) {
    GenObj *g = (GenObj *)o;
    gc_visit(gv, g->name);
    gc_visit(gv, g->qualname);
    gc_visit(gv, g->code);
    gc_visit(gv, g->exc_state);
    gc_visit(gv, g->prev_exc);
    gc_visit(gv, g->return_value);
    gc_visit(gv, g->awaiting);
    if (g->frame && g->state != GEN_RUNNING) gc_trace_frame(g->frame, gv);
}

static void gen_finalize(Obj *o) {
    GenObj *g = (GenObj *)o;
    free(g->frame);
    g->frame = NULL;
}

/* ---- entering and leaving ---- */

Frame *gen_enter(VM *vm, GenObj *g, Frame *caller) {
    Fiber *fb = vm->fiber;
    Frame *f = g->frame;
    f->prev = caller;
    fb->frame = f;
    g->state = GEN_RUNNING;
    /* the generator's own handled exception goes on top of the resumer's */
    g->prev_exc = fb->exc_info;
    if (val_is_exc(g->exc_state)) fb->exc_info = g->exc_state;
    fb->depth++;
    return f;
}

void gen_leave(VM *vm, GenObj *g, bool finished) {
    Fiber *fb = vm->fiber;
    Frame *f = g->frame;
    fb->frame = f->prev;
    f->prev = NULL;
    fb->depth--;
    fb->exc_info = g->prev_exc;
    g->prev_exc = VAL_NULL;
    if (finished) {
        g->state = GEN_FINISHED;
        g->exc_state = VAL_NULL;
        g->frame = NULL;
        if (!val_is_null(f->frameobj)) frame_detach_object(vm, f);
        free(f);
    } else {
        g->state = GEN_SUSPENDED;
        if (!g->watched) gen_watch(vm, g);  /* closed by the collector if it dies so */
    }
}

void gen_wrap_stop_iteration(VM *vm, GenObj *g) {
    bool async = g->hdr.type == &type_async_generator;
    const char *what = g->hdr.type == &type_coroutine ? "coroutine" : async ? "async generator" : "generator";
    Type *bad = NULL;
    if (vm_exc_matches(vm, &type_StopIteration)) bad = &type_StopIteration;
    else if (async && vm_exc_matches(vm, &type_StopAsyncIteration)) bad = &type_StopAsyncIteration;
    if (!bad) return;
    Value orig = vm_take_exc(vm);
    gc_push_root(vm, &orig);
    vm_raise(vm, &type_RuntimeError, "%s raised %s", what, type_name(bad));
    gc_pop_roots(vm, 1);
    if (val_is_exc(vm->exc)) {
        as_exc(vm->exc)->cause = orig;
        as_exc(vm->exc)->context = orig;
        as_exc(vm->exc)->suppress_context = true;
    }
}

/* Run the generator from C until it yields or finishes. [push] is pushed
** first unless VAL_NULL; [exc] is raised at the resume point unless VAL_NULL. */
static Value gen_run(VM *vm, GenObj *g, Value push, Value exc, bool *finished) {
    if (!vm->fiber) return vm_raise(vm, &type_RuntimeError, "no running task");
    if (vm_enter_c(vm, "") < 0) return VAL_ERROR;
    Frame *f = gen_enter(vm, g, vm->fiber->frame);
    if (!val_is_null(push)) *f->sp++ = push;
    f->flags |= FRAME_ENTRY;
    if (!val_is_null(exc)) {
        /* a thrown exception chains to what the generator itself was handling */
        Value handled = g->exc_state;
        if (val_is_exc(exc) && val_is_exc(handled) && handled != exc) exc_set_context(vm, exc, handled);
        vm_raise_value(vm, exc);
    }
    Value r = vm_execute(vm, f);
    if (g->frame) g->frame->flags &= ~FRAME_ENTRY;
    vm_leave_c(vm);
    *finished = g->state == GEN_FINISHED;
    if (val_is_error(r)) {
        *finished = true;
        return r;
    }
    return *finished ? g->return_value : r;
}

static const char *gen_kind(GenObj *g) {
    return g->hdr.type == &type_coroutine ? "coroutine"
         : g->hdr.type == &type_async_generator ? "async generator" : "generator";
}

static Value gen_throw_inner(VM *vm, GenObj *g, Value exc, bool *finished);

/* A generator that never ran is finished without running. */
static void gen_discard_unstarted(VM *vm, GenObj *g) {
    g->state = GEN_FINISHED;
    if (!val_is_null(g->frame->frameobj)) frame_detach_object(vm, g->frame);
    free(g->frame);
    g->frame = NULL;
}

/* The delegate of a generator suspended in yield from / await. */
static Value gen_delegate(GenObj *g) {
    if (!g->frame || !(g->frame->flags & FRAME_YIELD_FROM) || g->state != GEN_SUSPENDED) return VAL_NULL;
    return g->frame->sp[-1];
}

/* The delegate finished with [value]: leave the yield-from loop. */
static Value gen_exit_delegation(VM *vm, GenObj *g, Value value, bool *finished) {
    Frame *f = g->frame;
    f->sp--;   /* the delegate */
    /* after YIELD_VALUE 1 the loop jumps back to SEND, whose target is the exit */
    uint32_t *p = f->ip;
    while (INSTR_OP(*p) != OP_JUMP) p++;
    uint32_t send = f->code->code[INSTR_ARG(*p)];
    f->ip = f->code->code + INSTR_ARG(send);
    f->flags &= ~FRAME_YIELD_FROM;
    return gen_run(vm, g, value, VAL_NULL, finished);
}

Value gen_resume(VM *vm, Value gen, Value value, Value exc, bool *finished) {
    GenObj *g = as_gen(gen);
    *finished = false;
    if (g->state == GEN_RUNNING)
        return vm_raise(vm, &type_ValueError, "%s already executing", gen_kind(g));
    if (g->state == GEN_FINISHED || !g->frame) {
        *finished = true;
        if (g->hdr.type == &type_coroutine)
            return vm_raise(vm, &type_RuntimeError, "cannot reuse already awaited coroutine");
        if (!val_is_null(exc)) return vm_raise_value(vm, exc);
        return VAL_NONE;
    }
    if (!val_is_null(exc)) return gen_throw_inner(vm, g, exc, finished);
    if (g->state == GEN_CREATED) {
        if (value != VAL_NONE)
            return vm_raise(vm, &type_TypeError, "can't send non-None value to a just-started %s",
                            gen_kind(g));
        return gen_run(vm, g, VAL_NULL, VAL_NULL, finished);
    }
    return gen_run(vm, g, value, VAL_NULL, finished);
}

static Value gen_throw_inner(VM *vm, GenObj *g, Value exc, bool *finished) {
    Value delegate = gen_delegate(g);
    Value gv = val_from_obj(g);
    if (val_is_null(delegate)) {
        if (g->state != GEN_CREATED) return gen_run(vm, g, VAL_NULL, exc, finished);
        /* thrown before it started: it ends before its first line, raising
        ** at its def line (so the exception is not chained to the one the
        ** caller handles) */
        Value code = g->code;
        gen_discard_unstarted(vm, g);
        *finished = true;
        vm_raise_value(vm, exc);
        if (val_is_exc(vm->exc)) {
            ExcObj *e = as_exc(vm->exc);
            Value tb = traceback_new(vm, e->traceback, code, 0, ((CodeObj *)val_as_obj(code))->firstlineno);
            if (val_is_error(tb)) return tb;
            e->traceback = tb;
            gen_wrap_stop_iteration(vm, g);
        }
        return VAL_ERROR;
    }
    gc_push_root(vm, &gv);
    gc_push_root(vm, &exc);
    Value r;
    if (val_isinstance(exc, &type_GeneratorExit)) {
        /* close the delegate, then throw GeneratorExit here */
        Value c = VAL_NONE;
        if (val_is_gen(delegate)) {
            bool fin;
            c = gen_resume(vm, delegate, VAL_NONE, exc, &fin);
            if (!val_is_error(c) || vm_exc_matches(vm, &type_GeneratorExit)) {
                if (val_is_error(c)) vm_clear_exc(vm);
                c = VAL_NONE;
            }
        } else {
            Value close = obj_lookup_attr(vm, delegate, NAME(vm, close));
            if (!val_is_null(close) && !val_is_error(close)) c = obj_call0(vm, close);
            else if (val_is_error(close)) c = close;
        }
        if (val_is_error(c)) {
            g->frame->flags &= ~FRAME_YIELD_FROM;
            r = gen_run(vm, g, VAL_NULL, vm_take_exc(vm), finished);
        } else {
            r = gen_run(vm, g, VAL_NULL, exc, finished);
        }
        gc_pop_roots(vm, 2);
        return r;
    }
    bool sub_finished = false;
    if (val_is_gen(delegate)) {
        r = gen_resume(vm, delegate, VAL_NONE, exc, &sub_finished);
    } else {
        Value throw = obj_lookup_attr(vm, delegate, NAME(vm, throw));
        if (val_is_error(throw)) {
            r = throw;
        } else if (val_is_null(throw)) {
            r = gen_run(vm, g, VAL_NULL, exc, finished);
            gc_pop_roots(vm, 2);
            return r;
        } else {
            r = obj_call1(vm, throw, exc);
        }
    }
    if (val_is_error(r)) {
        if (vm_exc_matches(vm, &type_StopIteration)) {
            Value sv = exc_stopiteration_value(vm, vm->exc);
            vm_clear_exc(vm);
            r = gen_exit_delegation(vm, g, sv, finished);
        } else {
            g->frame->flags &= ~FRAME_YIELD_FROM;
            g->frame->sp--;
            r = gen_run(vm, g, VAL_NULL, vm_take_exc(vm), finished);
        }
    } else if (sub_finished) {
        r = gen_exit_delegation(vm, g, r, finished);
    }
    gc_pop_roots(vm, 2);
    return r;
}

/* ---- generator methods ---- */

static Value gen_iter(VM *vm, Value self) { return self; }

static Value gen_iternext(VM *vm, Value self) {
    bool finished;
    Value r = gen_resume(vm, self, VAL_NONE, VAL_NULL, &finished);
    if (val_is_error(r)) return r;
    if (!finished) return r;
    /* a return value travels in StopIteration (next() shows it; obj_next drops it) */
    return r == VAL_NONE ? VAL_NULL : raise_stop_iteration(vm, r);
}

static Value gen_send(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "send", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    bool finished;
    Value r = gen_resume(vm, args[0], args[1], VAL_NULL, &finished);
    if (val_is_error(r)) return r;
    if (finished) return raise_stop_iteration(vm, r);
    return r;
}

/* throw(exc) / throw(type, value, tb): the exception instance to throw. */
static Value make_thrown(VM *vm, Value *args, int nargs) {
    Value typ = args[0], val = nargs > 1 ? args[1] : VAL_NONE;
    Value tb = nargs > 2 ? args[2] : VAL_NONE;
    if (tb != VAL_NONE && !val_is_type(tb, &type_traceback))
        return vm_raise(vm, &type_TypeError, "throw() third argument must be a traceback object");
    Value exc;
    if (val_is_typeobj(typ) && type_is_subtype((Type *)val_as_obj(typ), &type_BaseException)) {
        if (val_is_exc(val) && val_isinstance(val, (Type *)val_as_obj(typ))) exc = val;
        else if (val == VAL_NONE) exc = obj_call0(vm, typ);
        else if (val_isinstance(val, &type_tuple))
            exc = obj_call(vm, typ, as_tuple(val)->items, (int)as_tuple(val)->len, VAL_NULL);
        else exc = obj_call1(vm, typ, val);
    } else if (val_is_exc(typ)) {
        if (val != VAL_NONE)
            return vm_raise(vm, &type_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return vm_raise(vm, &type_TypeError,
                        "exceptions must be classes or instances deriving from BaseException, not %T",
                        typ);
    }
    if (!val_is_error(exc) && tb != VAL_NONE) as_exc(exc)->traceback = tb;
    return exc;
}

static Value gen_throw(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "throw", nargs - 1, kwnames, 1, 3) < 0) return VAL_ERROR;
    Value exc = make_thrown(vm, args + 1, nargs - 1);
    if (val_is_error(exc)) return exc;
    bool finished;
    gc_push_root(vm, &exc);
    Value r = gen_resume(vm, args[0], VAL_NONE, exc, &finished);
    gc_pop_roots(vm, 1);
    if (val_is_error(r)) return r;
    if (finished) return raise_stop_iteration(vm, r);
    return r;
}

static Value gen_close_value(VM *vm, Value self) {
    GenObj *g = as_gen(self);
    if (g->state == GEN_CREATED) {
        gen_discard_unstarted(vm, g);
        return VAL_NONE;
    }
    if (g->state == GEN_FINISHED || !g->frame) return VAL_NONE;
    Value exc = exc_new(vm, &type_GeneratorExit, tuple_new(vm, 0));
    if (val_is_error(exc)) return exc;
    bool finished;
    Value r = gen_resume(vm, self, VAL_NONE, exc, &finished);
    if (val_is_error(r)) {
        if (vm_exc_matches(vm, &type_GeneratorExit) || vm_exc_matches(vm, &type_StopIteration)) {
            vm_clear_exc(vm);
            return VAL_NONE;
        }
        return r;
    }
    if (!finished) return vm_raise(vm, &type_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
    return VAL_NONE;
}

void gen_close_dropped(VM *vm, Value v) {
    if (!val_is_type(v, &type_generator) && !val_is_type(v, &type_async_generator)) return;
    GenObj *g = as_gen(v);
    if (!g->loop_owned || g->state != GEN_SUSPENDED) return;
    Value pending = vm_take_exc(vm);
    gc_push_root(vm, &pending);
    gc_push_root(vm, &v);
    Value r = gen_close_value(vm, v);
    if (val_is_error(r)) {
        Value exc = vm_take_exc(vm);
        if (!val_is_null(exc)) traceback_print_unraisable(vm, exc, v);
    }
    gc_pop_roots(vm, 2);
    vm->exc = pending;
}

bool gen_needs_close(Obj *o) {
    Type *t = o->type;
    if (t != &type_generator && t != &type_coroutine && t != &type_async_generator) return false;
    GenObj *g = (GenObj *)o;
    if (t == &type_coroutine && g->state == GEN_CREATED && g->frame && val_is_obj(g->frame->func))
        return true;  /* never awaited: warned about */
    return g->state == GEN_SUSPENDED && g->frame;
}

/* RuntimeWarning "coroutine 'f' was never awaited", through the warnings
** module as CPython does. */
static Value warn_unawaited(VM *vm, GenObj *g) {
    gen_discard_unstarted(vm, g);
    Value mod = import_module(vm, "warnings");
    if (val_is_error(mod)) return mod;
    gc_push_root(vm, &mod);
    Value msg = str_format(vm, "coroutine '%U' was never awaited", g->qualname);
    Value r = msg;
    if (!val_is_error(msg)) {
        gc_push_root(vm, &msg);
        Value args[2] = {msg, val_from_obj(&type_RuntimeWarning)};
        r = obj_call_method(vm, mod, "warn", args, 2);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
    return r;
}

void gen_finalize_unreachable(VM *vm, Value v) {
    Value pending = vm_take_exc(vm);
    gc_push_root(vm, &pending);
    gc_push_root(vm, &v);
    GenObj *g = as_gen(v);
    Value r = val_is_type(v, &type_coroutine) && g->state == GEN_CREATED ? warn_unawaited(vm, g)
                                                                         : gen_close_value(vm, v);
    if (val_is_error(r)) {
        Value exc = vm_take_exc(vm);
        if (!val_is_null(exc)) traceback_print_unraisable(vm, exc, v);
    }
    gc_pop_roots(vm, 2);
    vm->exc = pending;
}

static Value gen_close(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "close", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    return gen_close_value(vm, args[0]);
}

static Value gen_repr(VM *vm, Value self) {
    GenObj *g = as_gen(self);
    const char *kind = g->hdr.type == &type_coroutine ? "coroutine"
                     : g->hdr.type == &type_async_generator ? "async_generator" : "generator";
    return str_format(vm, "<%s object %U at %p>", kind, g->qualname, (void *)g);
}

static Value gen_get_name(VM *vm, Value self) { return as_gen(self)->name; }
static Value gen_get_qualname(VM *vm, Value self) { return as_gen(self)->qualname; }
static Value gen_get_running(VM *vm, Value self) { return val_from_bool(as_gen(self)->state == GEN_RUNNING); }
static Value gen_get_suspended(VM *vm, Value self) { return val_from_bool(as_gen(self)->state == GEN_SUSPENDED); }

static Value gen_get_code(VM *vm, Value self) { return as_gen(self)->code; }

static Value gen_get_frame(VM *vm, Value self) {
    GenObj *g = as_gen(self);
    return g->frame ? frame_object(vm, g->frame) : VAL_NONE;
}

static Value gen_get_yieldfrom(VM *vm, Value self) {
    Value d = gen_delegate(as_gen(self));
    return val_is_null(d) ? VAL_NONE : d;
}

static int gen_set_name(VM *vm, Value self, Value v) {
    if (!val_is_str(v)) {
        vm_raise(vm, &type_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    as_gen(self)->name = v;
    return 0;
}

static int gen_set_qualname(VM *vm, Value self, Value v) {
    if (!val_is_str(v)) {
        vm_raise(vm, &type_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    as_gen(self)->qualname = v;
    return 0;
}

static const MethodDef gen_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef gen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name}, {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_running", gen_get_running, NULL}, {"gi_suspended", gen_get_suspended, NULL},
    {"gi_code", gen_get_code, NULL}, {"gi_frame", gen_get_frame, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL}, {NULL, NULL, NULL},
};

Type type_generator = {
    .hdr = STATIC_TYPE_HDR, .name = "generator", .basicsize = sizeof(GenObj),
    .repr = gen_repr, .iter = gen_iter, .iternext = gen_iternext,
    .traverse = gen_traverse, .finalize = gen_finalize,
};

/* ---- coroutines ---- */

typedef struct CoroWrapperObj {
    Obj hdr;
    Value coro;
} CoroWrapperObj;

static Value coro_wrapper_iternext(VM *vm, Value self) {
    return gen_iternext(vm, ((CoroWrapperObj *)val_as_obj(self))->coro);
}

static Value coro_wrapper_call_method(VM *vm, Value *args, int nargs, Value kwnames, NativeFn fn) {
    Value saved = args[0];
    args[0] = ((CoroWrapperObj *)val_as_obj(saved))->coro;
    Value r = fn(vm, args, nargs, kwnames);
    args[0] = saved;
    return r;
}

static Value coro_wrapper_send(VM *vm, Value *args, int nargs, Value kwnames) {
    return coro_wrapper_call_method(vm, args, nargs, kwnames, gen_send);
}

static Value coro_wrapper_throw(VM *vm, Value *args, int nargs, Value kwnames) {
    return coro_wrapper_call_method(vm, args, nargs, kwnames, gen_throw);
}

static Value coro_wrapper_close(VM *vm, Value *args, int nargs, Value kwnames) {
    return coro_wrapper_call_method(vm, args, nargs, kwnames, gen_close);
}

static void coro_wrapper_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((CoroWrapperObj *)o)->coro); }

static const MethodDef coro_wrapper_methods[] = {
    {"send", coro_wrapper_send, 0, NULL},
    {"throw", coro_wrapper_throw, 0, NULL},
    {"close", coro_wrapper_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_coroutine_wrapper = {
    .hdr = STATIC_TYPE_HDR, .name = "coroutine_wrapper", .basicsize = sizeof(CoroWrapperObj),
    .iter = gen_iter, .iternext = coro_wrapper_iternext, .traverse = coro_wrapper_traverse,
};

static Value coro_await(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "__await__", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    CoroWrapperObj *w = gc_alloc(vm, &type_coroutine_wrapper, sizeof(CoroWrapperObj));
    if (!w) return VAL_ERROR;
    w->coro = args[0];
    return val_from_obj(w);
}

static const MethodDef coro_methods[] = {
    {"send", gen_send, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {"__await__", coro_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef coro_getsets[] = {
    {"__name__", gen_get_name, gen_set_name}, {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"cr_running", gen_get_running, NULL}, {"cr_suspended", gen_get_suspended, NULL},
    {"cr_code", gen_get_code, NULL}, {"cr_frame", gen_get_frame, NULL},
    {"cr_await", gen_get_yieldfrom, NULL}, {NULL, NULL, NULL},
};

Type type_coroutine = {
    .hdr = STATIC_TYPE_HDR, .name = "coroutine", .basicsize = sizeof(GenObj),
    .repr = gen_repr, .traverse = gen_traverse, .finalize = gen_finalize,
};

/* ---- async generators ---- */

typedef struct WrappedValueObj {
    Obj hdr;
    Value value;
} WrappedValueObj;

static void wrapped_traverse(Obj *o, GCVisitor *gv) { gc_visit(gv, ((WrappedValueObj *)o)->value); }

Type type_async_gen_wrapped_value = {
    .hdr = STATIC_TYPE_HDR, .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedValueObj), .traverse = wrapped_traverse,
};

Value async_gen_wrap_value(VM *vm, Value v) {
    WrappedValueObj *w = gc_alloc(vm, &type_async_gen_wrapped_value, sizeof(WrappedValueObj));
    if (!w) return VAL_ERROR;
    w->value = v;
    return val_from_obj(w);
}

enum { AW_INIT, AW_ITER, AW_DONE };

typedef struct AsyncAwaitObj {  /* asend() and athrow() awaitables */
    Obj hdr;
    Value agen;
    Value value;              /* asend: the value to send; athrow: the exception */
    int state;
    bool is_close;            /* aclose() */
} AsyncAwaitObj;

static void async_await_traverse(Obj *o, GCVisitor *gv) {
    gc_visit(gv, ((AsyncAwaitObj *)o)->agen);
    gc_visit(gv, ((AsyncAwaitObj *)o)->value);
}

/* What the async generator produced: a wrapped value ends the await with
** StopIteration(value); anything else passes through to the event loop. */
static Value async_unwrap(VM *vm, AsyncAwaitObj *a, Value r, bool finished) {
    if (val_is_error(r)) {
        a->state = AW_DONE;
        if (a->is_close && (vm_exc_matches(vm, &type_StopAsyncIteration) ||
                            vm_exc_matches(vm, &type_GeneratorExit))) {
            vm_clear_exc(vm);
            return raise_stop_iteration(vm, VAL_NONE);
        }
        return r;
    }
    if (finished) {
        a->state = AW_DONE;
        if (a->is_close) return raise_stop_iteration(vm, VAL_NONE);
        return vm_raise_value(vm, val_from_obj(&type_StopAsyncIteration));
    }
    if (val_is_type(r, &type_async_gen_wrapped_value)) {
        a->state = AW_DONE;
        if (a->is_close) return vm_raise(vm, &type_RuntimeError, "async generator ignored GeneratorExit");
        return raise_stop_iteration(vm, ((WrappedValueObj *)val_as_obj(r))->value);
    }
    return r;
}

static Value async_await_send_value(VM *vm, Value self, Value v) {
    AsyncAwaitObj *a = (AsyncAwaitObj *)val_as_obj(self);
    if (a->state == AW_DONE)
        return vm_raise(vm, &type_RuntimeError, a->hdr.type == &type_async_generator_athrow
                                                    ? "cannot reuse already awaited aclose()/athrow()"
                                                    : "cannot reuse already awaited __anext__()/asend()");
    bool finished;
    Value r;
    Value exc = VAL_NULL;
    if (a->state == AW_INIT) {
        a->state = AW_ITER;
        if (a->hdr.type == &type_async_generator_athrow) exc = a->value;
        else if (v == VAL_NONE) v = a->value;
    }
    r = gen_resume(vm, a->agen, v, exc, &finished);
    return async_unwrap(vm, a, r, finished);
}

static Value async_await_iternext(VM *vm, Value self) {
    Value r = async_await_send_value(vm, self, VAL_NONE);
    if (val_is_error(r) && vm_exc_matches(vm, &type_StopIteration) &&
        exc_stopiteration_value(vm, vm->exc) == VAL_NONE) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    return r;
}

static Value async_await_send(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "send", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    return async_await_send_value(vm, args[0], args[1]);
}

static Value async_await_throw(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "throw", nargs - 1, kwnames, 1, 3) < 0) return VAL_ERROR;
    AsyncAwaitObj *a = (AsyncAwaitObj *)val_as_obj(args[0]);
    Value exc = make_thrown(vm, args + 1, nargs - 1);
    if (val_is_error(exc)) return exc;
    a->state = AW_ITER;
    bool finished;
    Value r = gen_resume(vm, a->agen, VAL_NONE, exc, &finished);
    return async_unwrap(vm, a, r, finished);
}

static Value async_await_close(VM *vm, Value *args, int nargs, Value kwnames) {
    ((AsyncAwaitObj *)val_as_obj(args[0]))->state = AW_DONE;
    return VAL_NONE;
}

static const MethodDef async_await_methods[] = {
    {"send", async_await_send, 0, NULL},
    {"throw", async_await_throw, 0, NULL},
    {"close", async_await_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value self_await(VM *vm, Value *args, int nargs, Value kwnames) { return args[0]; }

static const MethodDef await_self_methods[] = {{"__await__", self_await, 0, NULL}, {NULL, NULL, 0, NULL}};

Type type_async_generator_asend = {
    .hdr = STATIC_TYPE_HDR, .name = "async_generator_asend", .basicsize = sizeof(AsyncAwaitObj),
    .iter = gen_iter, .iternext = async_await_iternext, .traverse = async_await_traverse,
};

Type type_async_generator_athrow = {
    .hdr = STATIC_TYPE_HDR, .name = "async_generator_athrow", .basicsize = sizeof(AsyncAwaitObj),
    .iter = gen_iter, .iternext = async_await_iternext, .traverse = async_await_traverse,
};

static Value async_await_new(VM *vm, Type *t, Value agen, Value value, bool is_close) {
    AsyncAwaitObj *a = gc_alloc(vm, t, sizeof(AsyncAwaitObj));
    if (!a) return VAL_ERROR;
    a->agen = agen;
    a->value = value;
    a->state = AW_INIT;
    a->is_close = is_close;
    return val_from_obj(a);
}

static Value agen_aiter(VM *vm, Value *args, int nargs, Value kwnames) { return args[0]; }

static Value agen_anext(VM *vm, Value *args, int nargs, Value kwnames) {
    return async_await_new(vm, &type_async_generator_asend, args[0], VAL_NONE, false);
}

static Value agen_asend(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "asend", nargs - 1, kwnames, 1, 1) < 0) return VAL_ERROR;
    return async_await_new(vm, &type_async_generator_asend, args[0], args[1], false);
}

static Value agen_athrow(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "athrow", nargs - 1, kwnames, 1, 3) < 0) return VAL_ERROR;
    Value exc = make_thrown(vm, args + 1, nargs - 1);
    if (val_is_error(exc)) return exc;
    return async_await_new(vm, &type_async_generator_athrow, args[0], exc, false);
}

static Value agen_aclose(VM *vm, Value *args, int nargs, Value kwnames) {
    Value exc = exc_new(vm, &type_GeneratorExit, tuple_new(vm, 0));
    if (val_is_error(exc)) return exc;
    return async_await_new(vm, &type_async_generator_athrow, args[0], exc, true);
}

static const MethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, 0, NULL},
    {"__anext__", agen_anext, 0, NULL},
    {"asend", agen_asend, 0, NULL},
    {"athrow", agen_athrow, 0, NULL},
    {"aclose", agen_aclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef agen_getsets[] = {
    {"__name__", gen_get_name, gen_set_name}, {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"ag_running", gen_get_running, NULL}, {"ag_code", gen_get_code, NULL},
    {"ag_frame", gen_get_frame, NULL}, {"ag_await", gen_get_yieldfrom, NULL}, {NULL, NULL, NULL},
};

Type type_async_generator = {
    .hdr = STATIC_TYPE_HDR, .name = "async_generator", .basicsize = sizeof(GenObj),
    .repr = gen_repr, .traverse = gen_traverse, .finalize = gen_finalize,
};

int setup_generator(VM *vm) {
    static Type *const extra[] = {&type_coroutine_wrapper, &type_async_gen_wrapped_value,
                                  &type_async_generator_asend, &type_async_generator_athrow};
    for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
        if (type_ready(vm, extra[i]) < 0) return -1;
    if (type_add_methods(vm, &type_generator, gen_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_generator, gen_getsets) < 0) return -1;
    if (type_add_methods(vm, &type_coroutine, coro_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_coroutine, coro_getsets) < 0) return -1;
    if (type_add_methods(vm, &type_coroutine_wrapper, coro_wrapper_methods) < 0) return -1;
    if (type_add_methods(vm, &type_async_generator, agen_methods) < 0) return -1;
    if (type_add_getsets(vm, &type_async_generator, agen_getsets) < 0) return -1;
    if (type_add_methods(vm, &type_async_generator_asend, async_await_methods) < 0) return -1;
    if (type_add_methods(vm, &type_async_generator_asend, await_self_methods) < 0) return -1;
    if (type_add_methods(vm, &type_async_generator_athrow, async_await_methods) < 0) return -1;
    return type_add_methods(vm, &type_async_generator_athrow, await_self_methods);
}

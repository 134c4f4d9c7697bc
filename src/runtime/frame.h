/*
** frame.h -- frames, fibers and generators for the core's own use.
*/
#ifndef PIPIT_FRAME_H
#define PIPIT_FRAME_H

#include "vm.h"

/* Size in bytes of a frame for [co] (header, localsplus, value stack). */
size_t frame_size(CodeObj *co);

/* A frame on the current fiber's stack for calling [func] with the given
** arguments bound; NULL with an exception pending. */
Frame *frame_push_call(VM *vm, Value func, Value *args, int nargs, Value kwnames);
/* A frame on the current fiber's stack for running module/class/exec code. */
Frame *frame_push_code(VM *vm, Value code, Value globals, Value locals);
void frame_pop(VM *vm, Frame *f);
void fiber_free_stack(Fiber *fb);
Fiber *vm_new_fiber(VM *vm);
void vm_free_fiber(VM *vm, Fiber *fb);
VM *vm_create(const PipitConfig *config);
void vm_destroy(VM *vm);
void frame_init(Frame *f, CodeObj *co, Value func, Value globals, Value builtins, Value locals);

/* Bind arguments into [f]'s localsplus as a call of [func] does. */
int frame_bind_args(VM *vm, Frame *f, FuncObj *func, Value *args, int nargs, Value kwnames);

/* ---- generators (objects/generator.c) ---- */

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_FINISHED };

typedef struct GenObj {
    Obj hdr;
    Frame *frame;             /* malloc'ed; NULL once finished */
    Value name, qualname;
    Value code;               /* gi_code, kept after the frame is gone */
    Value exc_state;          /* the exception its own frame is handling (kept across
                                 yields), or VAL_NULL/None: none */
    Value prev_exc;           /* while running: the resumer's handled exception, which
                                 sys.exc_info() shows when exc_state holds none */
    Value return_value;       /* set when the frame returns */
    Value awaiting;           /* async generators: the running asend/athrow, or VAL_NULL */
    int state;                /* GEN_* */
    bool ran_to_return;       /* finished by return (not exception) */
    bool hooks_inited;
    bool closed;
    bool loop_owned;          /* made by `for x in f()`: closed when the loop is left early */
    bool watched;             /* in vm->gen_watch */
} GenObj;

/* Put [g] on the collector's list of generators that may need closing. */
void gen_watch(VM *vm, GenObj *g);

/* Make the generator/coroutine/async generator for a call of [func]. */
Value gen_new_from_call(VM *vm, Value func, Value *args, int nargs, Value kwnames);
/* Resume [gen] from C with [value] sent (or [exc] thrown when not VAL_NULL).
** Returns the yielded value with *finished false, or the return value
** with *finished true, or VAL_ERROR. */
Value gen_resume(VM *vm, Value gen, Value value, Value exc, bool *finished);
bool val_is_gen(Value v); /* a generator or coroutine of ours */
/* A for loop left early drops [v], its iterator: a suspended generator the
** loop owned is closed now, as CPython does when its last reference goes.
** An exception from close() is reported as unraisable. Keeps vm->exc. */
void gen_close_dropped(VM *vm, Value v);
/* [o] is a suspended generator, coroutine or async generator: when the
** collector finds it unreachable it is kept alive and closed at the next
** safepoint (gen_finalize_unreachable), so its finally blocks run. */
bool gen_needs_close(Obj *o);
void gen_finalize_unreachable(VM *vm, Value v);

/* Link [gen]'s frame above the current frame for resuming it inline in the
** VM loop (FOR_ITER, SEND); the resumer pushes nothing or the sent value. */
Frame *gen_enter(VM *vm, GenObj *g, Frame *caller);
/* The generator's frame yielded (or returned, when finished): unlink it. */
void gen_leave(VM *vm, GenObj *g, bool finished);

/* A generator's frame keeps its own handled exception, as CPython's
** gi_exc_state: while it runs the fiber's exc_info is that exception if it
** has one, else the resumer's. PUSH_EXC_INFO (and CHECK_EG_MATCH) in a
** generator's frame make [exc] its own and return the previous own one
** (None: none), which POP_EXCEPT later gives back to gen_pop_except; that
** returns what the fiber's exc_info becomes. */
static inline Value gen_push_exc_info(Frame *f, Value exc) {
    GenObj *g = (GenObj *)val_as_obj(f->gen);
    Value prev = val_is_null(g->exc_state) ? VAL_NONE : g->exc_state;
    g->exc_state = exc;
    return prev;
}
static inline Value gen_pop_except(Frame *f, Value prev) {
    GenObj *g = (GenObj *)val_as_obj(f->gen);
    g->exc_state = prev;
    return val_is_exc(prev) ? prev : g->prev_exc;
}

void gc_trace_frame(Frame *f, GCVisitor *gv);

/* Run a class body (the function __build_class__ got) with [ns] as its
** locals; returns the __classcell__ cell or None. */
Value vm_call_class_body(VM *vm, Value func, Value ns);

/* The current frame of the running fiber, or NULL. */
static inline Frame *vm_current_frame(VM *vm) { return vm->fiber ? vm->fiber->frame : NULL; }

#endif

/*
** vm.h -- the VM state, frames and fibers, raising exceptions, GC roots.
**
** The VM is stackless (decision 2): a Python-to-Python call pushes a Frame on
** the current fiber and stays in the same C loop (vm_execute). C code that
** calls Python (obj_call on a Python function) runs a nested vm_execute that
** returns when that frame returns; a nested run cannot suspend.
*/
#ifndef PIPIT_VM_H
#define PIPIT_VM_H

#include <stdio.h>

#include "../pipit.h"
#include "object.h"

/* ---- frames ---- */

enum {
    FRAME_ENTRY = 1u << 0,      /* returning from it returns from vm_execute */
    FRAME_GENERATOR = 1u << 1,  /* owned by a generator object, not the fiber stack */
    FRAME_YIELD_FROM = 1u << 2, /* suspended in a yield-from/await loop: TOS is the delegate */
};

typedef struct Frame {
    struct Frame *prev;
    CodeObj *code;
    Value func;               /* the function, or VAL_NULL for module/class/exec code */
    Value globals;            /* dict */
    Value builtins;           /* dict */
    Value locals;             /* mapping for LOAD_NAME/STORE_NAME, or VAL_NULL */
    uint32_t *ip;             /* next instruction */
    Value *sp;                /* stack top while the frame is not running */
    Value kwnames;            /* pending KW_NAMES tuple, or VAL_NULL */
    uint32_t flags;           /* FRAME_* */
    uint32_t lasti;           /* index of the instruction being executed */
    Value gen;                /* the owning generator, or VAL_NULL */
    Value frameobj;           /* its frame object (runtime/frameobject.c), or VAL_NULL */
    Value localsplus[];       /* code->nlocalsplus slots, then the value stack */
} Frame;

/* ---- fibers: an execution context with its own frame stack ---- */

typedef struct StackChunk StackChunk;

typedef struct Fiber {
    Frame *frame;             /* innermost running frame */
    StackChunk *chunk;        /* frame memory, allocated LIFO */
    Value exc_info;           /* the exception being handled (sys.exc_info), or None */
    int depth;                /* Python call depth (RecursionError) */
    int nested;               /* nested vm_execute runs (a C call in between) */
    int id;                   /* task id for pipit.h */
    int wait_kind;            /* PIPIT_WAIT_* while suspended, else 0 */
    bool inspect;             /* PIPIT_MODE_INSPECT: SystemExit is an ordinary error */
    double wait_seconds;
    Value wait_text;
    Value result;             /* the task's final value */
    Value pending_exc;        /* raised where the task resumes (pipit_resume_eof) */
    struct Fiber *next;       /* all fibers of the VM */
} Fiber;

/* A weakref callback or a finalizer still to run (runtime/gc.c). */
struct GCPending {
    Value v;                  /* a weakref (callback) or an object (__del__) */
    bool is_callback;
};

/* ---- the VM ---- */

#define MAX_TEMP_ROOTS 16384   /* enough for PIPIT_C_RECURSION_LIMIT nested C levels */

struct VM {
    Value exc;                /* the pending exception, or VAL_NULL */
    Fiber *fiber;             /* the running fiber */
    Fiber *fibers;            /* all of them */
    int next_task_id;

    Value builtins;           /* dict of the builtins module */
    Value builtins_module;
    Value modules;            /* sys.modules */
    Value sys_module;
    Value main_module;
    Value interned;           /* dict: str -> the interned str */
    Value frozen;             /* dict: module name -> source (lib/) */
    Value last_error;         /* the last uncaught exception (for pipit_error_text) */
    char *error_text;
    int exit_code;

    /* GC (runtime/gc.c) */
    Obj *objects;             /* every GC object */
    size_t bytes_allocated;
    size_t next_gc;
    size_t heap_limit;
    bool gc_requested;        /* set by allocation, honoured at the next safepoint */
    bool gc_stress;
    uint32_t stress_every, stress_count; /* GC stress: collect at every stress_every-th allocation */
    bool gc_running;
    Value *temp_roots[MAX_TEMP_ROOTS];
    int ntemp_roots;
    Value *gray;              /* mark stack */
    size_t ngray, capgray;

    /* weak references and finalizers (runtime/gc.c, objects/weakref.c) */
    struct WeakTable *weak_table; /* referent -> the weakrefs to it */
    struct GCPending *gc_pending; /* weakref callbacks and __del__ calls still to run */
    size_t npending, cappending;
    bool running_pending;
    bool gc_disabled;         /* gc.disable(): reported by gc.isenabled() only */
    bool has_del_types;       /* some class defines __del__: look for finalizers */
    struct Obj **gen_watch;   /* generators/coroutines that may need closing when they
                                 die (suspended, or coroutines never awaited): the
                                 collector checks these instead of every object */
    size_t ngen_watch, capgen_watch;
    size_t gc_collections;    /* collections so far */
    size_t gc_freed;          /* objects freed by the last collection */

    Type **static_types;      /* every readied static type: traced as roots */
    size_t nstatic_types, capstatic_types;

    /* running */
    long ticks;               /* instructions until the next periodic check */
    int c_depth;              /* nested vm_execute runs across all fibers (C stack use) */
    bool suspendable;         /* the native function being called may suspend */
    bool blocking_host;       /* pipit_run: the host serves no waits, natives block */
    Fiber *base_fiber;        /* runs C-level calls when no task is stepped */
    Value repr_stack;         /* list of containers being repr'ed (recursion guard) */
    int recursion_limit;
    int int_max_str_digits;   /* sys.set_int_max_str_digits; 0: no limit */
    long budget;              /* instructions left in this step; < 0: unlimited */
    volatile int interrupt;   /* set asynchronously: raise KeyboardInterrupt */
    bool suspend_requested;   /* a native function asked to wait for the host */

    PipitConfig config;
    Value argv;               /* list */
    Value str_cache[160];     /* interned strs for frequently used names (names.h) */
    void *vfs;                /* runtime/vfs.c */
};

/* ---- raising ---- */

/* Set the pending exception to a new [t] with a message formatted from
** [fmt]: printf-like, plus %S str(v), %R repr(v), %T type name of v (each
** taking a Value), %U a str Value's text. Returns VAL_ERROR. */
Value vm_raise(VM *vm, Type *t, const char *fmt, ...);
Value vm_raise_value(VM *vm, Value exc);       /* an instance or a class */
Value vm_raise_nomem(VM *vm);
bool vm_exc_matches(VM *vm, Type *t);          /* the pending exception is a t */
Value vm_take_exc(VM *vm);                     /* the pending exception, cleared */
void vm_clear_exc(VM *vm);

/* A SyntaxError-family exception with CPython's attributes. */
Value vm_raise_syntax(VM *vm, Type *t, const char *msg, Value filename, int lineno,
                      int offset, int end_lineno, int end_offset, Value text);

/* ---- calling ---- */

/* Run [frame] (already pushed on the current fiber) until it returns. */
Value vm_execute(VM *vm, Frame *frame);
/* Call [callable] from C; runs Python to completion. */
Value vm_call(VM *vm, Value callable, Value *args, int nargs, Value kwnames);
/* Run a code object in [globals]/[locals] to completion (exec, import). */
Value vm_run_code(VM *vm, Value code, Value globals, Value locals);

/* Native functions that want the host to wait: check vm_can_suspend first;
** then return vm_suspend(...), and the call's result is what the host
** resumes with. */
bool vm_can_suspend(VM *vm);
Value vm_suspend(VM *vm, int kind, double seconds, Value text);

/* ---- argument checking for native functions ---- */

/* Parse positional and keyword arguments of [fname] by [names] (a
** NULL-terminated list; the first [npos_only] are positional-only, the
** first [nrequired] are required); out[i] is VAL_NULL where not given.
** Returns 0, or -1 with CPython's TypeError. */
int vm_parse_args(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                  const char *const *names, int nrequired, int npos_only, Value *out);
/* No keyword arguments and nargs within [min, max]; else CPython's TypeError. */
int vm_check_args(VM *vm, const char *fname, int nargs, Value kwnames, int min, int max);

/* ---- GC (runtime/gc.c) ---- */

/* Allocate a GC object of [size] bytes of type [t], zeroed. with_dict adds
** an instance dict slot (OBJ_HAS_DICT). Never collects by itself: it only
** requests a collection for the next safepoint. NULL on out-of-memory (with
** MemoryError pending). */
void *gc_alloc(VM *vm, Type *t, size_t size);
void *gc_alloc_with_dict(VM *vm, Type *t, size_t size);
/* An instance of [cls] (maybe a subclass of a built-in type): with a dict
** slot when cls has TYPE_INSTANCE_DICT. Built-in new_ slots use this. */
void *gc_alloc_instance(VM *vm, Type *cls, size_t size);
/* Memory owned by objects (list items, ...), counted toward the GC trigger. */
void *gc_malloc(VM *vm, size_t size);
void *gc_realloc(VM *vm, void *p, size_t old_size, size_t new_size);
void gc_free(VM *vm, void *p, size_t size);
/* A finalizer freed [size] bytes that gc_malloc counted (the sweep uncounts them). */
void gc_note_released(size_t size);

/* A safepoint: collect if a collection is due. Everything the caller still
** needs must be reachable from roots: the frames, the VM's tables, or the
** temp-root stack. The VM calls this on calls and backward jumps; C code
** calls it in long loops. */
void gc_safepoint(VM *vm);
void gc_collect(VM *vm);
/* Run the weakref callbacks and __del__ methods the last collections found
** (Python code: only where the caller holds nothing unrooted). */
void gc_run_pending(VM *vm);
/* The program has ended: finalize what only the __main__ module kept alive
** (__del__ methods, suspended generators), as CPython does at exit
** (modules/gcmodule.c). The VM is about to be freed. */
void gc_finalize_at_exit(VM *vm);

/* Temporary roots: C code that holds a Value across anything that can run
** Python code (and so reach a safepoint) pushes its address. */
static inline void gc_push_root(VM *vm, Value *slot) { vm->temp_roots[vm->ntemp_roots++] = slot; }
static inline void gc_pop_roots(VM *vm, int n) { vm->ntemp_roots -= n; }

void gc_visit(GCVisitor *gv, Value v);
/* Visit every reference [o] holds: its type, dict, slots, traverse (gc module). */
void gc_traverse_obj(Obj *o, GCVisitor *gv);

/* ---- compiling (compiler/compile.c) ---- */

/* Compile [src] to a code object; VAL_ERROR with a SyntaxError pending. */
Value compile_source(VM *vm, const char *src, size_t len, Value filename, int mode);

#endif

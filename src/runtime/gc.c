/*
** gc.c -- the precise mark-and-sweep collector (decision 3).
**
** Allocation never collects: it only sets vm->gc_requested, and the
** collection runs at the next safepoint (gc_safepoint), where every live
** value is reachable from a root: the fibers' frames, the VM's tables, the
** static types, the temporary-root stack. Marking uses an explicit gray
** stack, never C recursion, so deep structures cannot overflow the C stack.
*/
#include <stdlib.h>

#include "vm.h"
#include "config.h"
#include "alloc.h"
#include "objects/weakref.h"
#include "runtime/traceback.h"
#include "frame.h"
#include "names.h"

#define GC_MIN_THRESHOLD (4u << 20)


/* GC stress collects at every allocation while the heap is small, and
** at every n-th one as it grows (n = 1 + live bytes / STRESS_BYTES_PER_STEP),
** which bounds the cost of a stress run of a program that imports much of
** the library; collections at every entry into the VM from C stay. */
#define STRESS_BYTES_PER_STEP (64u * 1024)

static bool stress_due(VM *vm) {
    if (!vm->gc_stress) return false;
    if (++vm->stress_count < vm->stress_every) return false;
    vm->stress_count = 0;
    return true;
}

static void note_alloc(VM *vm, size_t size) {
    vm->bytes_allocated += size;
    if (vm->bytes_allocated > vm->next_gc || stress_due(vm)) {
        vm->gc_requested = true;
        vm->ticks = 0;   /* the VM reaches a safepoint at its next instruction */
    }
}

static void *raw_alloc(VM *vm, size_t size) {
    if (vm->heap_limit && vm->bytes_allocated + size > vm->heap_limit) return NULL;
    return calloc(1, size);
}

static void *alloc_obj(VM *vm, Type *t, size_t size, bool with_dict) {
    size_t prefix = with_dict ? sizeof(Value) : 0;
    if (vm->heap_limit && vm->bytes_allocated + prefix + size > vm->heap_limit) {
        vm_raise_nomem(vm);
        return NULL;
    }
    char *p = obj_mem_alloc(prefix + size);
    if (!p) {
        vm_raise_nomem(vm);
        return NULL;
    }
    Obj *o = (Obj *)(p + prefix);
    o->type = t;
    o->gc_size = (uint32_t)(prefix + size > UINT32_MAX ? UINT32_MAX : prefix + size);
    if (with_dict) {
        o->flags |= OBJ_HAS_DICT;
        *obj_dict_slot(o) = VAL_NULL;
    }
    o->gc_next = vm->objects;
    vm->objects = o;
    note_alloc(vm, prefix + size);
    return o;
}

void *gc_alloc(VM *vm, Type *t, size_t size) { return alloc_obj(vm, t, size, false); }

void *gc_alloc_with_dict(VM *vm, Type *t, size_t size) { return alloc_obj(vm, t, size, true); }

void *gc_alloc_instance(VM *vm, Type *cls, size_t size) {
    /* room for the __slots__ values after the built-in layout */
    size_t total = size > cls->basicsize ? size : cls->basicsize;
    char *o = alloc_obj(vm, cls, total, (cls->flags & TYPE_INSTANCE_DICT) != 0);
    if (o && cls->slot_start)
        for (size_t off = cls->slot_start; off + sizeof(Value) <= total; off += sizeof(Value))
            *(Value *)(o + off) = VAL_NULL;
    return o;
}

void *gc_malloc(VM *vm, size_t size) {
    void *p = raw_alloc(vm, size ? size : 1);
    if (!p) {
        vm_raise_nomem(vm);
        return NULL;
    }
    note_alloc(vm, size);
    return p;
}

void *gc_realloc(VM *vm, void *p, size_t old_size, size_t new_size) {
    if (vm->heap_limit && new_size > old_size &&
        vm->bytes_allocated + (new_size - old_size) > vm->heap_limit) {
        vm_raise_nomem(vm);
        return NULL;
    }
    void *q = realloc(p, new_size ? new_size : 1);
    if (!q) {
        vm_raise_nomem(vm);
        return NULL;
    }
    if (new_size > old_size) note_alloc(vm, new_size - old_size);
    else vm->bytes_allocated -= (old_size - new_size) < vm->bytes_allocated ? (old_size - new_size) : 0;
    return q;
}

/* Bytes that finalizers freed since the last sweep: they have no VM to
** hand, and there is one VM per process. */
static size_t released_by_finalizers;

void gc_note_released(size_t size) { released_by_finalizers += size; }

static void account_released(VM *vm) {
    size_t n = released_by_finalizers;
    vm->bytes_allocated -= n < vm->bytes_allocated ? n : vm->bytes_allocated;
    released_by_finalizers = 0;
}

void gc_free(VM *vm, void *p, size_t size) {
    if (!p) return;
    free(p);
    vm->bytes_allocated -= size < vm->bytes_allocated ? size : vm->bytes_allocated;
}

/* ---- marking ---- */

typedef struct MarkVisitor {
    GCVisitor base;
    VM *vm;
} MarkVisitor;

static void gray_push(VM *vm, Obj *o) {
    if (vm->ngray == vm->capgray) {
        size_t cap = vm->capgray ? vm->capgray * 2 : 1024;
        Value *g = realloc(vm->gray, cap * sizeof(Value));
        if (!g) abort();  /* cannot continue a collection without memory */
        vm->gray = g;
        vm->capgray = cap;
    }
    vm->gray[vm->ngray++] = val_from_obj(o);
}

static void mark_obj(VM *vm, Obj *o) {
    if (!o || (o->flags & OBJ_MARK)) return;
    o->flags |= OBJ_MARK;
    gray_push(vm, o);
}

static void mark_value(VM *vm, Value v) {
    if (val_is_obj(v)) mark_obj(vm, val_as_obj(v));
}

static void visit_mark(GCVisitor *gv, Value v) { mark_value(((MarkVisitor *)gv)->vm, v); }

void gc_visit(GCVisitor *gv, Value v) {
    if (val_is_obj(v)) gv->visit(gv, v);
}

static void trace_obj(VM *vm, Obj *o, GCVisitor *gv) {
    Type *t = o->type;
    mark_obj(vm, &t->hdr);
    if (o->flags & OBJ_HAS_DICT) mark_value(vm, *obj_dict_slot(o));
    if (t->slot_start)
        for (size_t off = t->slot_start; off + sizeof(Value) <= t->basicsize; off += sizeof(Value))
            mark_value(vm, *(Value *)((char *)o + off));
    if (o->type->traverse) o->type->traverse(o, gv);
}

void gc_traverse_obj(Obj *o, GCVisitor *gv) {
    Type *t = o->type;
    gc_visit(gv, val_from_obj(t));
    if (o->flags & OBJ_HAS_DICT) gc_visit(gv, *obj_dict_slot(o));
    if (t->slot_start)
        for (size_t off = t->slot_start; off + sizeof(Value) <= t->basicsize; off += sizeof(Value))
            gc_visit(gv, *(Value *)((char *)o + off));
    if (t->traverse) t->traverse(o, gv);
}

static void drain_gray(VM *vm, GCVisitor *gv) {
    while (vm->ngray > 0) {
        Obj *o = val_as_obj(vm->gray[--vm->ngray]);
        trace_obj(vm, o, gv);
    }
}

void gc_trace_frame(Frame *f, GCVisitor *gv) {
    gc_visit(gv, val_from_obj(f->code));
    gc_visit(gv, f->func);
    gc_visit(gv, f->globals);
    gc_visit(gv, f->builtins);
    gc_visit(gv, f->locals);
    gc_visit(gv, f->kwnames);
    gc_visit(gv, f->gen);
    gc_visit(gv, f->frameobj);
    Value *end = f->sp ? f->sp : f->localsplus + f->code->nlocalsplus;
    for (Value *p = f->localsplus; p < end; p++) gc_visit(gv, *p);
}

static void mark_fiber(VM *vm, Fiber *fb, GCVisitor *gv) {
    mark_value(vm, fb->exc_info);
    mark_value(vm, fb->wait_text);
    mark_value(vm, fb->result);
    mark_value(vm, fb->pending_exc);
    for (Frame *f = fb->frame; f; f = f->prev) gc_trace_frame(f, gv);
}

static void mark_roots(VM *vm, GCVisitor *gv) {
    Value vm_roots[] = {vm->exc, vm->builtins, vm->builtins_module, vm->modules,
                        vm->sys_module, vm->main_module, vm->interned, vm->frozen,
                        vm->last_error, vm->argv, vm->repr_stack};
    for (size_t i = 0; i < sizeof vm_roots / sizeof vm_roots[0]; i++) mark_value(vm, vm_roots[i]);
    for (size_t i = 0; i < sizeof vm->str_cache / sizeof vm->str_cache[0]; i++)
        mark_value(vm, vm->str_cache[i]);
    for (Fiber *fb = vm->fibers; fb; fb = fb->next) mark_fiber(vm, fb, gv);
    for (int i = 0; i < vm->ntemp_roots; i++) mark_value(vm, *vm->temp_roots[i]);
    for (size_t i = 0; i < vm->npending; i++) mark_value(vm, vm->gc_pending[i].v);
    for (size_t i = 0; i < vm->nstatic_types; i++) {
        Obj *t = &vm->static_types[i]->hdr;
        t->flags &= ~OBJ_MARK;  /* static: always traced */
        mark_obj(vm, t);
    }
}

/* ---- weakref callbacks and finalizers ----
**
** After marking, the dead objects whose class defines __del__ (and that
** have not been finalized before) are set aside; then the weakrefs to every
** dead object are cleared, the callbacks of live weakrefs queued; then the
** set-aside objects are marked again with all they reach, so they survive
** this collection. Their __del__ runs later, at a safepoint of the VM
** (gc_run_pending), never inside the collection. An object's __del__ runs
** once: if it resurrects the object, the next death frees it silently. */

static void pending_push(VM *vm, Value v, bool is_callback) {
    if (vm->npending == vm->cappending) {
        size_t cap = vm->cappending ? vm->cappending * 2 : 64;
        struct GCPending *p = realloc(vm->gc_pending, cap * sizeof *p);
        if (!p) abort();  /* cannot continue a collection without memory */
        vm->gc_pending = p;
        vm->cappending = cap;
    }
    vm->gc_pending[vm->npending++] = (struct GCPending){v, is_callback};
}

static void queue_callback(VM *vm, Value wr) { pending_push(vm, wr, true); }

static bool needs_finalizer(Obj *o) {
    return !(o->flags & (OBJ_MARK | OBJ_FINALIZED)) &&
           ((o->type->flags & TYPE_HAS_DEL) || gen_needs_close(o));
}

/* Queue the dead generators on the watch list that need closing, and drop
** from the list the dead ones and those that no longer can need it. */
static void find_dying_generators(VM *vm) {
    size_t kept = 0;
    for (size_t i = 0; i < vm->ngen_watch; i++) {
        Obj *o = vm->gen_watch[i];
        bool needs = gen_needs_close(o);
        if (needs && !(o->flags & (OBJ_MARK | OBJ_FINALIZED))) {
            if (!vm->has_del_types) pending_push(vm, val_from_obj(o), false);
        } else if (!(o->flags & OBJ_MARK)) {
            continue;  /* swept now */
        } else if (!needs) {
            ((GenObj *)o)->watched = false;
            continue;
        }
        vm->gen_watch[kept++] = o;
    }
    vm->ngen_watch = kept;
}

/* Queue the dead objects with __del__; returns where they start in the queue.
** Generators come from the watch list, other objects from a walk of all
** objects once some class has __del__ (which also finds the generators). */
static size_t find_finalizable(VM *vm) {
    size_t first = vm->npending;
    find_dying_generators(vm);
    if (vm->has_del_types)
        for (Obj *o = vm->objects; o; o = o->gc_next)
            if (needs_finalizer(o)) pending_push(vm, val_from_obj(o), false);
    /* the object list is newest first: finalize the oldest first */
    for (size_t i = first, j = vm->npending; i + 1 < j; i++, j--) {
        struct GCPending tmp = vm->gc_pending[i];
        vm->gc_pending[i] = vm->gc_pending[j - 1];
        vm->gc_pending[j - 1] = tmp;
    }
    return first;
}

/* Keep the queued objects (and all they reach) alive for their __del__. */
static void resurrect_finalizable(VM *vm, size_t first, GCVisitor *gv) {
    for (size_t i = first; i < vm->npending; i++) {
        Obj *o = val_as_obj(vm->gc_pending[i].v);
        if (vm->gc_pending[i].is_callback) continue;
        o->flags |= OBJ_FINALIZED;
        mark_obj(vm, o);
    }
    drain_gray(vm, gv);
}

static void run_one_pending(VM *vm, struct GCPending p) {
    Value v = p.v, fn;
    gc_push_root(vm, &v);
    if (p.is_callback) {
        WeakRefObj *w = (WeakRefObj *)val_as_obj(v);
        fn = w->callback;
        w->callback = VAL_NONE;
        gc_push_root(vm, &fn);
        Value r = obj_call1(vm, fn, v);
        if (val_is_error(r)) traceback_print_unraisable(vm, vm_take_exc(vm), fn);
        gc_pop_roots(vm, 1);
    } else if (gen_needs_close(val_as_obj(v))) {
        gen_finalize_unreachable(vm, v);
    } else {
        fn = obj_type_lookup(val_type(v), NAME(vm, __del__));
        gc_push_root(vm, &fn);
        Value r = val_is_null(fn) ? VAL_NONE : obj_call1(vm, fn, v);
        if (val_is_error(r)) traceback_print_unraisable(vm, vm_take_exc(vm), fn);
        gc_pop_roots(vm, 1);
    }
    gc_pop_roots(vm, 1);
}

void gc_run_pending(VM *vm) {
    if (vm->running_pending || !vm->npending) return;
    vm->running_pending = true;
    Value saved = vm_take_exc(vm);
    gc_push_root(vm, &saved);
    /* take one entry at a time from the front: running may queue more */
    size_t done = 0;
    while (done < vm->npending) {
        struct GCPending p = vm->gc_pending[done];
        vm->gc_pending[done].v = VAL_NONE;
        done++;
        run_one_pending(vm, p);
        vm_clear_exc(vm);
    }
    vm->npending = 0;
    gc_pop_roots(vm, 1);
    vm->exc = saved;
    vm->running_pending = false;
}

/* ---- sweeping ---- */

static void release_obj(VM *vm, Obj *o) {
    size_t size = o->gc_size;
    vm->bytes_allocated -= size < vm->bytes_allocated ? size : vm->bytes_allocated;
    if (o->flags & OBJ_HAS_DICT) obj_mem_free((char *)o - sizeof(Value), size);
    else obj_mem_free(o, size);
}


static size_t sweep(VM *vm) {
    size_t live = 0, freed = 0;
    Obj *dead = NULL;
    Obj **link = &vm->objects;
    while (*link) {
        Obj *o = *link;
        if (o->flags & OBJ_MARK) {
            o->flags &= ~OBJ_MARK;
            live += o->gc_size;
            link = &o->gc_next;
        } else {
            /* finalize now, release after the walk: a dead class may sit
               before its dead instances (__class__ assignment) */
            *link = o->gc_next;
            if (o->type->finalize) o->type->finalize(o);
            o->gc_next = dead;
            dead = o;
            freed++;
        }
    }
    while (dead) {
        Obj *next = dead->gc_next;
        release_obj(vm, dead);
        dead = next;
    }
    for (size_t i = 0; i < vm->nstatic_types; i++) vm->static_types[i]->hdr.flags &= ~OBJ_MARK;
    vm->gc_freed = freed;
    return live;
}

void gc_collect(VM *vm) {
    if (vm->gc_running) return;
    vm->gc_running = true;
    MarkVisitor mv = {{visit_mark}, vm};
    mark_roots(vm, &mv.base);
    drain_gray(vm, &mv.base);
    size_t first = find_finalizable(vm);
    weakref_gc_clear(vm, queue_callback);
    resurrect_finalizable(vm, first, &mv.base);
    sweep(vm);
    account_released(vm);
    vm->gc_collections++;
    vm->stress_every = 1 + (uint32_t)(vm->bytes_allocated / STRESS_BYTES_PER_STEP);
    size_t next = vm->bytes_allocated * 2;
    vm->next_gc = next > GC_MIN_THRESHOLD ? next : GC_MIN_THRESHOLD;
    vm->gc_requested = false;
    vm->gc_running = false;
}

void gc_safepoint(VM *vm) {
    if (vm->gc_requested) gc_collect(vm);
    if (vm->npending) gc_run_pending(vm);
}

/* Free every object (VM shutdown). */
void gc_free_all(VM *vm) {
    /* finalize everything while every type is still there (an instance
       may be older than its class after __class__ assignment), then free */
    for (Obj *o = vm->objects; o; o = o->gc_next)
        if (o->type->finalize) o->type->finalize(o);
    Obj *o = vm->objects;
    while (o) {
        Obj *next = o->gc_next;
        release_obj(vm, o);
        o = next;
    }
    vm->objects = NULL;
    weakref_free_table(vm);
    free(vm->gc_pending);
    free(vm->gen_watch);
    vm->gc_pending = NULL;
    vm->npending = vm->cappending = 0;
    free(vm->gray);
    vm->gray = NULL;
    vm->ngray = vm->capgray = 0;
}

/* Remember a static type so that its dict and MRO are traced. */
int gc_register_static_type(VM *vm, Type *t) {
    if (vm->nstatic_types == vm->capstatic_types) {
        size_t cap = vm->capstatic_types ? vm->capstatic_types * 2 : 128;
        Type **a = realloc(vm->static_types, cap * sizeof(Type *));
        if (!a) {
            vm_raise_nomem(vm);
            return -1;
        }
        vm->static_types = a;
        vm->capstatic_types = cap;
    }
    vm->static_types[vm->nstatic_types++] = t;
    return 0;
}

void gc_init(VM *vm) {
    vm->next_gc = GC_MIN_THRESHOLD;
    released_by_finalizers = 0;
#if PIPIT_GC_STRESS
    vm->gc_stress = true;
#endif
}

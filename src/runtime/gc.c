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

#define GC_MIN_THRESHOLD (4u << 20)

static void note_alloc(VM *vm, size_t size) {
    vm->bytes_allocated += size;
    if (vm->bytes_allocated > vm->next_gc || vm->gc_stress) {
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
    for (size_t i = 0; i < vm->nstatic_types; i++) {
        Obj *t = &vm->static_types[i]->hdr;
        t->flags &= ~OBJ_MARK;  /* static: always traced */
        mark_obj(vm, t);
    }
}

/* ---- sweeping ---- */

static void free_obj(VM *vm, Obj *o) {
    if (o->type->finalize) o->type->finalize(o);
    size_t size = o->gc_size;
    vm->bytes_allocated -= size < vm->bytes_allocated ? size : vm->bytes_allocated;
    if (o->flags & OBJ_HAS_DICT) obj_mem_free((char *)o - sizeof(Value), size);
    else obj_mem_free(o, size);
}

static size_t sweep(VM *vm) {
    size_t live = 0;
    Obj **link = &vm->objects;
    while (*link) {
        Obj *o = *link;
        if (o->flags & OBJ_MARK) {
            o->flags &= ~OBJ_MARK;
            live += o->gc_size;
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            free_obj(vm, o);
        }
    }
    for (size_t i = 0; i < vm->nstatic_types; i++) vm->static_types[i]->hdr.flags &= ~OBJ_MARK;
    return live;
}

void gc_collect(VM *vm) {
    if (vm->gc_running) return;
    vm->gc_running = true;
    MarkVisitor mv = {{visit_mark}, vm};
    mark_roots(vm, &mv.base);
    drain_gray(vm, &mv.base);
    sweep(vm);
    size_t next = vm->bytes_allocated * 2;
    vm->next_gc = next > GC_MIN_THRESHOLD ? next : GC_MIN_THRESHOLD;
    vm->gc_requested = false;
    vm->gc_running = false;
}

void gc_safepoint(VM *vm) {
    if (vm->gc_requested) gc_collect(vm);
}

/* Free every object (VM shutdown). */
void gc_free_all(VM *vm) {
    Obj *o = vm->objects;
    while (o) {
        Obj *next = o->gc_next;
        free_obj(vm, o);
        o = next;
    }
    vm->objects = NULL;
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
#if PIPIT_GC_STRESS
    vm->gc_stress = true;
#endif
}

/*
** frameobject.c -- frame objects: the Python view of a Frame
** (sys._getframe, tb_frame, gen.gi_frame).
**
** A Frame lives on a fiber stack or in a generator and has no header of its
** own; its frame object is made on demand and cached in Frame.frameobj.
** While the frame runs, the object reads it live. When the frame is popped
** the object is detached: it keeps the last line, a copy of the fast locals
** and its f_back, as CPython's frame objects outlive their frames.
*/
#include <stdlib.h>

#include "objects/containers.h"
#include "runtime/frame.h"
#include "runtime/names.h"
#include "runtime/traceback.h"
#include "runtime/typeobject.h"

#define STATIC_TYPE_HDR {.type = &type_type, .flags = OBJ_STATIC}

typedef struct FrameObj {
    Obj hdr;
    Frame *frame;             /* the live frame, or NULL once it is gone */
    Value code;               /* code object */
    Value globals, builtins;
    Value locals;             /* the frame's locals mapping, or VAL_NULL */
    Value gen;                /* the owning generator (kept alive), or VAL_NULL */
    Value back;               /* f_back once detached: a frame object or None */
    Value trace;              /* f_trace: stored, never called */
    Value *saved;             /* detached: copy of the localsplus slots (malloc'ed) */
    int nsaved;
    int lasti;                /* detached: the last instruction index */
    bool trace_lines;
} FrameObj;

static FrameObj *as_frameobj(Value v) { return (FrameObj *)val_as_obj(v); }

static void frameobj_traverse(Obj *o, GCVisitor *gv) {
    FrameObj *fo = (FrameObj *)o;
    gc_visit(gv, fo->code);
    gc_visit(gv, fo->globals);
    gc_visit(gv, fo->builtins);
    gc_visit(gv, fo->locals);
    gc_visit(gv, fo->gen);
    gc_visit(gv, fo->back);
    gc_visit(gv, fo->trace);
    for (int i = 0; i < fo->nsaved; i++) gc_visit(gv, fo->saved[i]);
}

static void frameobj_finalize(Obj *o) {
    FrameObj *fo = (FrameObj *)o;
    free(fo->saved);
    fo->saved = NULL;
    fo->nsaved = 0;
}

/* The frame object of [f], made on first use; VAL_ERROR on out-of-memory. */
Value frame_object(VM *vm, Frame *f) {
    if (!val_is_null(f->frameobj)) return f->frameobj;
    FrameObj *fo = gc_alloc(vm, &type_frame, sizeof(FrameObj));
    if (!fo) return VAL_ERROR;
    fo->frame = f;
    fo->code = val_from_obj(f->code);
    fo->globals = f->globals;
    fo->builtins = f->builtins;
    fo->locals = f->locals;
    fo->gen = f->gen;
    fo->back = VAL_NONE;
    fo->trace = VAL_NONE;
    fo->trace_lines = true;
    f->frameobj = val_from_obj(fo);
    return f->frameobj;
}

/* Index of the instruction [f] is executing (or last executed). */
static int frame_lasti(Frame *f) {
    ptrdiff_t i = f->ip - f->code->code;
    return i > 0 ? (int)(i - 1) : 0;
}

/* [f] is being popped or freed: its frame object keeps what it needs. */
void frame_detach_object(VM *vm, Frame *f) {
    FrameObj *fo = as_frameobj(f->frameobj);
    f->frameobj = VAL_NULL;
    fo->frame = NULL;
    fo->lasti = frame_lasti(f);
    int n = f->code->nlocalsplus;
    if (n > 0 && (fo->saved = malloc((size_t)n * sizeof(Value))) != NULL) {
        memcpy(fo->saved, f->localsplus, (size_t)n * sizeof(Value));
        fo->nsaved = n;
    }
    if (f->prev && !(f->flags & FRAME_GENERATOR)) {
        /* allocating must not disturb an exception on its way up */
        Value pending = vm->exc;
        vm->exc = VAL_NULL;
        Value back = frame_object(vm, f->prev);
        fo->back = val_is_error(back) ? VAL_NONE : back;
        vm->exc = pending;
    }
}

/* A fiber's stack is freed without popping: its frame objects go dead. */
void frame_detach_all(Frame *top) {
    for (Frame *f = top; f; f = f->prev) {
        if (val_is_null(f->frameobj) || (f->flags & FRAME_GENERATOR)) continue;
        as_frameobj(f->frameobj)->frame = NULL;
        f->frameobj = VAL_NULL;
    }
}

/* ---- attributes ---- */

static int frameobj_lasti(FrameObj *fo) { return fo->frame ? frame_lasti(fo->frame) : fo->lasti; }

/* A generator not started yet stands on its def line, as in CPython. */
static int frameobj_lineno(FrameObj *fo) {
    CodeObj *co = (CodeObj *)val_as_obj(fo->code);
    if (fo->frame && fo->frame->ip == co->code) return co->firstlineno;
    return code_line_of(co, (uint32_t)frameobj_lasti(fo));
}

static Value fo_get_lineno(VM *vm, Value self) { return val_from_small(frameobj_lineno(as_frameobj(self))); }

static Value fo_get_lasti(VM *vm, Value self) { return val_from_small((int64_t)frameobj_lasti(as_frameobj(self)) * 2); }
static Value fo_get_code(VM *vm, Value self) { return as_frameobj(self)->code; }
static Value fo_get_globals(VM *vm, Value self) { return as_frameobj(self)->globals; }
static Value fo_get_builtins(VM *vm, Value self) { return as_frameobj(self)->builtins; }

static Value fo_get_back(VM *vm, Value self) {
    FrameObj *fo = as_frameobj(self);
    if (!fo->frame) return fo->back;
    Frame *prev = fo->frame->prev;
    return prev ? frame_object(vm, prev) : VAL_NONE;
}

/* The value in localsplus slot [i]: cells are read through. */
static Value local_value(CodeObj *co, int i, Value v) {
    if ((co->localspluskinds[i] & (CO_FAST_CELL | CO_FAST_FREE)) && val_is_type(v, &type_cell))
        return ((CellObj *)val_as_obj(v))->ref;
    return v;
}

/* A snapshot dict of the fast locals held in [slots]. */
static Value fast_locals_dict(VM *vm, CodeObj *co, const Value *slots, int n) {
    Value d = dict_new(vm);
    if (val_is_error(d)) return d;
    TupleObj *names = as_tuple(co->localsplusnames);
    for (int i = 0; i < n && i < (int)names->len; i++) {
        Value v = local_value(co, i, slots[i]);
        if (val_is_null(v)) continue;
        if (dict_set(vm, d, names->items[i], v) < 0) return VAL_ERROR;
    }
    return d;
}

static Value fo_get_locals(VM *vm, Value self) {
    FrameObj *fo = as_frameobj(self);
    CodeObj *co = (CodeObj *)val_as_obj(fo->code);
    if (!(co->flags & CO_OPTIMIZED) && val_is_obj(fo->locals)) return fo->locals;
    if (fo->frame) return fast_locals_dict(vm, co, fo->frame->localsplus, co->nlocalsplus);
    if (fo->saved) return fast_locals_dict(vm, co, fo->saved, fo->nsaved);
    return dict_new(vm);
}

static Value fo_get_trace(VM *vm, Value self) { return as_frameobj(self)->trace; }

static int fo_set_trace(VM *vm, Value self, Value v) {
    as_frameobj(self)->trace = val_is_null(v) ? VAL_NONE : v;
    return 0;
}

static Value fo_get_trace_lines(VM *vm, Value self) { return val_from_bool(as_frameobj(self)->trace_lines); }

static int fo_set_trace_lines(VM *vm, Value self, Value v) {
    if (!val_is_bool(v)) {
        vm_raise(vm, &type_TypeError, "attribute value type must be bool");
        return -1;
    }
    as_frameobj(self)->trace_lines = v == VAL_TRUE;
    return 0;
}

static Value fo_get_trace_opcodes(VM *vm, Value self) { return VAL_FALSE; }

static Value fo_repr(VM *vm, Value self) {
    FrameObj *fo = as_frameobj(self);
    CodeObj *co = (CodeObj *)val_as_obj(fo->code);
    return str_format(vm, "<frame at %p, file %R, line %d, code %U>", (void *)fo, co->filename,
                      frameobj_lineno(fo), co->name);
}

static Value fo_clear(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "clear", nargs - 1, kwnames, 0, 0) < 0) return VAL_ERROR;
    FrameObj *fo = as_frameobj(args[0]);
    if (fo->frame) {
        bool suspended_gen = val_is_obj(fo->gen) && ((GenObj *)val_as_obj(fo->gen))->state != GEN_RUNNING;
        if (!suspended_gen) return vm_raise(vm, &type_RuntimeError, "cannot clear an executing frame");
        Value r = obj_call_method(vm, fo->gen, "close", NULL, 0);
        if (val_is_error(r)) return r;
    }
    free(fo->saved);
    fo->saved = NULL;
    fo->nsaved = 0;
    return VAL_NONE;
}

static const MethodDef frame_methods[] = {
    {"clear", fo_clear, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef frame_getsets[] = {
    {"f_lineno", fo_get_lineno, NULL}, {"f_lasti", fo_get_lasti, NULL},
    {"f_code", fo_get_code, NULL}, {"f_globals", fo_get_globals, NULL},
    {"f_builtins", fo_get_builtins, NULL}, {"f_back", fo_get_back, NULL},
    {"f_locals", fo_get_locals, NULL}, {"f_trace", fo_get_trace, fo_set_trace},
    {"f_trace_lines", fo_get_trace_lines, fo_set_trace_lines},
    {"f_trace_opcodes", fo_get_trace_opcodes, NULL},
    {NULL, NULL, NULL},
};

Type type_frame = {
    .hdr = STATIC_TYPE_HDR, .name = "frame", .basicsize = sizeof(FrameObj),
    .repr = fo_repr, .traverse = frameobj_traverse, .finalize = frameobj_finalize,
};

int frame_setup_type(VM *vm) {
    if (type_add_methods(vm, &type_frame, frame_methods) < 0) return -1;
    return type_add_getsets(vm, &type_frame, frame_getsets);
}

/* ---- sys._getframe ---- */

Value frame_sys_getframe(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "_getframe", nargs, kwnames, 0, 1) < 0) return VAL_ERROR;
    int64_t depth = 0;
    if (nargs == 1 && obj_index_i64(vm, args[0], &depth, &type_OverflowError) < 0) return VAL_ERROR;
    Frame *f = vm_current_frame(vm);
    while (f && depth-- > 0) f = f->prev;
    if (!f) return vm_raise(vm, &type_ValueError, "call stack is not deep enough");
    return frame_object(vm, f);
}

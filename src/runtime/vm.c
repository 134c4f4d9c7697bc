/*
** vm.c -- the bytecode interpreter (decision 2: stackless and resumable).
**
** vm_execute runs frames in one C loop: a call of a Python function pushes
** a frame and continues; a return pops it. It returns when the frame it
** was entered with (FRAME_ENTRY) returns, fails, or -- in the outermost run
** of a fiber only -- when the instruction budget runs out or a native
** function asks the host to wait. Between two instructions everything live
** is in the frames, so that is where the GC runs (see gc.c).
*/
#include <math.h>
#include <stdlib.h>

#include "../compiler/opcodes.h"
#include "config.h"
#include "frame.h"
#include "import.h"
#include "names.h"
#include "slots.h"
#include "traceback.h"
#include "typeobject.h"
#include "../objects/exceptions.h"
#include "../objects/generator.h"
#include "../objects/containers.h"

/* ---- fiber stacks ---- */

struct StackChunk {
    StackChunk *prev;
    size_t size, top;          /* in bytes */
    _Alignas(8) char data[];
};

#define CHUNK_MIN (64 * 1024)

size_t frame_size(CodeObj *co) {
    size_t n = sizeof(Frame) + (size_t)(co->nlocalsplus + co->stacksize + 1) * sizeof(Value);
    return (n + 7) & ~(size_t)7;
}

static Frame *fiber_alloc_frame(VM *vm, Fiber *fb, size_t size) {
    StackChunk *c = fb->chunk;
    if (!c || c->top + size > c->size) {
        size_t csize = size > CHUNK_MIN ? size : CHUNK_MIN;
        StackChunk *nc = malloc(sizeof(StackChunk) + csize);
        if (!nc) {
            vm_raise_nomem(vm);
            return NULL;
        }
        nc->prev = c;
        nc->size = csize;
        nc->top = 0;
        fb->chunk = c = nc;
    }
    Frame *f = (Frame *)(c->data + c->top);
    c->top += size;
    return f;
}

void fiber_free_stack(Fiber *fb) {
    frame_detach_all(fb->frame);
    while (fb->chunk) {
        StackChunk *c = fb->chunk;
        fb->chunk = c->prev;
        free(c);
    }
}

static void fiber_free_frame(Fiber *fb, Frame *f, size_t size) {
    StackChunk *c = fb->chunk;
    c->top -= size;
    if (c->top == 0 && c->prev) {
        fb->chunk = c->prev;
        free(c);
    }
}

void frame_init(Frame *f, CodeObj *co, Value func, Value globals, Value builtins, Value locals) {
    f->prev = NULL;
    f->code = co;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->ip = co->code;
    f->kwnames = VAL_NULL;
    f->flags = 0;
    f->lasti = 0;
    f->gen = VAL_NULL;
    f->frameobj = VAL_NULL;
    for (int i = 0; i < co->nlocalsplus; i++) f->localsplus[i] = VAL_NULL;
    f->sp = f->localsplus + co->nlocalsplus;
}

static int check_recursion(VM *vm, Fiber *fb) {
    if (fb->depth >= vm->recursion_limit) {
        vm_raise(vm, &type_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

static Frame *push_frame(VM *vm, CodeObj *co, Value func, Value globals, Value builtins, Value locals) {
    Fiber *fb = vm->fiber;
    if (check_recursion(vm, fb) < 0) return NULL;
    Frame *f = fiber_alloc_frame(vm, fb, frame_size(co));
    if (!f) return NULL;
    frame_init(f, co, func, globals, builtins, locals);
    fb->depth++;
    return f;
}

void frame_pop(VM *vm, Frame *f) {
    Fiber *fb = vm->fiber;
    fb->depth--;
    if (!val_is_null(f->frameobj)) frame_detach_object(vm, f);
    fiber_free_frame(fb, f, frame_size(f->code));
}

/* ---- argument binding ---- */

static Value func_qualname(FuncObj *f) {
    return val_is_str(f->qualname) ? f->qualname : f->name;
}

static Value missing_args_error(VM *vm, FuncObj *func, Value *names, int n, const char *kind) {
    StrBuf sb;
    sb_init(&sb);
    for (int i = 0; i < n; i++) {
        if (i > 0) sb_adds(&sb, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        sb_addf(&sb, "'%s'", str_cstr(names[i]));
    }
    Value list = sb_finish(vm, &sb);
    if (val_is_error(list)) return list;
    return vm_raise(vm, &type_TypeError, "%U() missing %d required %s argument%s: %U",
                    func_qualname(func), n, kind, n == 1 ? "" : "s", list);
}

static int check_missing(VM *vm, FuncObj *func, CodeObj *co, Frame *f, int npos) {
    TupleObj *names = as_tuple(co->localsplusnames);
    int argcount = co->argcount;
    TupleObj *defs = val_is_obj(func->defaults) ? as_tuple(func->defaults) : NULL;
    int ndefs = defs ? (int)defs->len : 0;
    Value missing[64];
    int nmissing = 0;
    for (int i = npos; i < argcount; i++) {
        if (!val_is_null(f->localsplus[i])) continue;
        int d = i - (argcount - ndefs);
        if (d >= 0) {
            f->localsplus[i] = defs->items[d];
        } else if (nmissing < 64) {
            missing[nmissing++] = names->items[i];
        }
    }
    if (nmissing) {
        missing_args_error(vm, func, missing, nmissing, "positional");
        return -1;
    }
    for (int i = argcount; i < argcount + co->kwonlyargcount; i++) {
        if (!val_is_null(f->localsplus[i])) continue;
        Value d = val_is_obj(func->kwdefaults) ? dict_get(vm, func->kwdefaults, names->items[i]) : VAL_NULL;
        if (val_is_error(d)) return -1;
        if (!val_is_null(d)) f->localsplus[i] = d;
        else if (nmissing < 64) missing[nmissing++] = names->items[i];
    }
    if (nmissing) {
        missing_args_error(vm, func, missing, nmissing, "keyword-only");
        return -1;
    }
    return 0;
}

static int too_many_positional(VM *vm, FuncObj *func, CodeObj *co, Frame *f, int npos) {
    int argcount = co->argcount;
    TupleObj *defs = val_is_obj(func->defaults) ? as_tuple(func->defaults) : NULL;
    int ndefs = defs ? (int)defs->len : 0;
    int kwonly_given = 0;
    for (int i = argcount; i < argcount + co->kwonlyargcount; i++)
        if (!val_is_null(f->localsplus[i])) kwonly_given++;
    char takes[64];
    if (ndefs) snprintf(takes, sizeof takes, "from %d to %d", argcount - ndefs, argcount);
    else snprintf(takes, sizeof takes, "%d", argcount);
    bool plural = ndefs ? true : argcount != 1;
    if (kwonly_given) {
        vm_raise(vm, &type_TypeError,
                 "%U() takes %s positional argument%s but %d positional argument%s (and %d "
                 "keyword-only argument%s) were given",
                 func_qualname(func), takes, plural ? "s" : "", npos, npos == 1 ? "" : "s",
                 kwonly_given, kwonly_given == 1 ? "" : "s");
    } else {
        vm_raise(vm, &type_TypeError, "%U() takes %s positional argument%s but %d %s given",
                 func_qualname(func), takes, plural ? "s" : "", npos, npos == 1 ? "was" : "were");
    }
    return -1;
}

static int find_param(CodeObj *co, Value name, int from, int to) {
    TupleObj *names = as_tuple(co->localsplusnames);
    for (int i = from; i < to; i++)
        if (names->items[i] == name) return i;
    for (int i = from; i < to; i++)
        if (str_eq(names->items[i], name)) return i;
    return -1;
}

static int bind_keyword(VM *vm, FuncObj *func, CodeObj *co, Frame *f, Value name, Value value,
                        Value kwdict, Value *posonly_names, int *nposonly) {
    int total = co->argcount + co->kwonlyargcount;
    if (!val_is_str(name)) {
        vm_raise(vm, &type_TypeError, "%U() keywords must be strings", func_qualname(func));
        return -1;
    }
    int j = find_param(co, name, co->posonlyargcount, total);
    if (j >= 0) {
        if (!val_is_null(f->localsplus[j])) {
            vm_raise(vm, &type_TypeError, "%U() got multiple values for argument '%U'",
                     func_qualname(func), name);
            return -1;
        }
        f->localsplus[j] = value;
        return 0;
    }
    if (!val_is_null(kwdict)) return dict_set(vm, kwdict, name, value);
    if (find_param(co, name, 0, co->posonlyargcount) >= 0) {
        if (*nposonly < 16) posonly_names[(*nposonly)++] = name;
        return 0;
    }
    vm_raise(vm, &type_TypeError, "%U() got an unexpected keyword argument '%U'",
             func_qualname(func), name);
    return -1;
}

int frame_bind_args(VM *vm, Frame *f, FuncObj *func, Value *args, int nargs, Value kwnames) {
    CodeObj *co = (CodeObj *)val_as_obj(func->code);
    int argcount = co->argcount, total = argcount + co->kwonlyargcount;
    int nkw = val_is_obj(kwnames) ? (int)as_tuple(kwnames)->len : 0;
    Value kwdict = VAL_NULL;
    if (co->flags & CO_VARKEYWORDS) {
        kwdict = dict_new(vm);
        if (val_is_error(kwdict)) return -1;
        f->localsplus[total + ((co->flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    int m = nargs < argcount ? nargs : argcount;
    for (int i = 0; i < m; i++) f->localsplus[i] = args[i];
    if (co->flags & CO_VARARGS) {
        Value rest = nargs > argcount ? tuple_from(vm, args + argcount, (size_t)(nargs - argcount))
                                      : tuple_new(vm, 0);
        if (val_is_error(rest)) return -1;
        f->localsplus[total] = rest;
    }
    Value posonly_names[16];
    int nposonly = 0;
    for (int k = 0; k < nkw; k++)
        if (bind_keyword(vm, func, co, f, as_tuple(kwnames)->items[k], args[nargs + k], kwdict,
                         posonly_names, &nposonly) < 0)
            return -1;
    if (nposonly) {
        StrBuf sb;
        sb_init(&sb);
        for (int i = 0; i < nposonly; i++) {
            if (i) sb_adds(&sb, ", ");
            sb_adds(&sb, str_cstr(posonly_names[i]));
        }
        Value names = sb_finish(vm, &sb);
        if (val_is_error(names)) return -1;
        vm_raise(vm, &type_TypeError,
                 "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                 func_qualname(func), names);
        return -1;
    }
    if (nargs > argcount && !(co->flags & CO_VARARGS)) return too_many_positional(vm, func, co, f, nargs);
    return check_missing(vm, func, co, f, m);
}

Frame *frame_push_call(VM *vm, Value funcv, Value *args, int nargs, Value kwnames) {
    FuncObj *func = (FuncObj *)val_as_obj(funcv);
    CodeObj *co = (CodeObj *)val_as_obj(func->code);
    Frame *f = push_frame(vm, co, funcv, func->globals, func->builtins, VAL_NULL);
    if (!f) return NULL;
    f->prev = vm->fiber->frame;
    if (nargs == co->argcount && !val_is_obj(kwnames) && co->kwonlyargcount == 0 &&
        !(co->flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        /* the common call: exactly the positional parameters (args may be
           NULL when there are none) */
        if (nargs) memcpy(f->localsplus, args, (size_t)nargs * sizeof(Value));
        return f;
    }
    if (frame_bind_args(vm, f, func, args, nargs, kwnames) < 0) {
        frame_pop(vm, f);
        return NULL;
    }
    return f;
}

Frame *frame_push_code(VM *vm, Value code, Value globals, Value locals) {
    CodeObj *co = (CodeObj *)val_as_obj(code);
    Value builtins = dict_get_str(vm, globals, NAME(vm, __builtins__));
    if (val_is_type(builtins, &type_module)) builtins = ((ModuleObj *)val_as_obj(builtins))->dict;
    if (!val_isinstance(builtins, &type_dict)) builtins = vm->builtins;
    Frame *f = push_frame(vm, co, VAL_NULL, globals, builtins, locals);
    if (f) f->prev = vm->fiber->frame;
    return f;
}

/* ---- traceback entries and exception context ---- */

static void add_traceback(VM *vm, Frame *f) {
    if (!val_is_exc(vm->exc)) return;
    TracebackObj *tb = gc_alloc(vm, &type_traceback, sizeof(TracebackObj));
    if (!tb) {
        vm_clear_exc(vm);  /* keep going without the entry */
        return;
    }
    ExcObj *e = as_exc(vm->exc);
    tb->next = val_is_obj(e->traceback) ? e->traceback : VAL_NONE;
    tb->code = val_from_obj(f->code);
    tb->lasti = f->lasti;
    tb->lineno = code_line_of(f->code, f->lasti);
    tb->frame = VAL_NONE;
    e->traceback = val_from_obj(tb);
    Value pending = vm->exc;
    vm->exc = VAL_NULL;
    Value fo = frame_object(vm, f);
    if (val_is_error(fo)) vm_clear_exc(vm);
    else tb->frame = fo;
    vm->exc = pending;
}

static const ExcTableEntry *find_handler(CodeObj *co, uint32_t lasti) {
    const ExcTableEntry *best = NULL;
    for (uint32_t i = 0; i < co->nexctable; i++) {
        const ExcTableEntry *e = &co->exctable[i];
        if (lasti >= e->start && lasti < e->end) {
            /* innermost: the latest-starting range that covers lasti */
            if (!best || e->start >= best->start) best = e;
        }
    }
    return best;
}

/* ---- the class body ---- */

Value vm_call_class_body(VM *vm, Value funcv, Value ns) {
    FuncObj *func = (FuncObj *)val_as_obj(funcv);
    CodeObj *co = (CodeObj *)val_as_obj(func->code);
    Frame *f = push_frame(vm, co, funcv, func->globals, func->builtins, ns);
    if (!f) return VAL_ERROR;
    f->prev = vm->fiber->frame;
    f->flags |= FRAME_ENTRY;
    return vm_execute(vm, f);
}

/* ---- calling from C ---- */

Value vm_call(VM *vm, Value callable, Value *args, int nargs, Value kwnames) {
    if (!val_is_type(callable, &type_function)) return obj_call(vm, callable, args, nargs, kwnames);
    FuncObj *func = (FuncObj *)val_as_obj(callable);
    CodeObj *co = (CodeObj *)val_as_obj(func->code);
    if (co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))
        return gen_new_from_call(vm, callable, args, nargs, kwnames);
    if (!vm->fiber) return vm_raise(vm, &type_RuntimeError, "no running task");
    if (vm_enter_c(vm, "") < 0) return VAL_ERROR;
    Frame *f = frame_push_call(vm, callable, args, nargs, kwnames);
    Value r = VAL_ERROR;
    if (f) {
        f->flags |= FRAME_ENTRY;
        r = vm_execute(vm, f);
    }
    vm_leave_c(vm);
    return r;
}

Value vm_run_code(VM *vm, Value code, Value globals, Value locals) {
    if (vm_enter_c(vm, "") < 0) return VAL_ERROR;
    Frame *f = frame_push_code(vm, code, globals, locals);
    Value r = VAL_ERROR;
    if (f) {
        f->flags |= FRAME_ENTRY;
        r = vm_execute(vm, f);
    }
    vm_leave_c(vm);
    return r;
}

bool vm_can_suspend(VM *vm) {
    return vm->suspendable && !vm->blocking_host && vm->fiber && vm->fiber->nested == 1;
}

Value vm_suspend(VM *vm, int kind, double seconds, Value text) {
    Fiber *fb = vm->fiber;
    fb->wait_kind = kind;
    fb->wait_seconds = seconds;
    fb->wait_text = text;
    vm->suspend_requested = true;
    return VAL_ERROR;
}

/* ---- helpers for instructions ---- */

static Value name_error(VM *vm, Value name) {
    Value r = vm_raise(vm, &type_NameError, "name '%U' is not defined", name);
    if (val_is_exc(vm->exc)) exc_set_field(vm, vm->exc, "name", name);
    return r;
}

static Value load_global_slow(VM *vm, Frame *f, Value name) {
    Value v = dict_get_str(vm, f->globals, name);
    if (!val_is_null(v)) return v;
    v = dict_get_str(vm, f->builtins, name);
    if (!val_is_null(v)) return v;
    return name_error(vm, name);
}

/* LOAD_GLOBAL's cache: what an interned name was found to be in a state of
** the globals and builtins dicts. A dict's version names one state of one
** dict (dict.c), so an entry that matches is right whatever code asks;
** the instruction's address only spreads the entries. Interned names live
** as long as the VM, so a name's address is never another name's. */
typedef struct GlobalCacheEntry {
    Value name, value;
    DictObj *globals, *builtins;
    uint64_t gversion, bversion;
} GlobalCacheEntry;

#define GLOBAL_CACHE_SIZE 512
static GlobalCacheEntry global_cache[GLOBAL_CACHE_SIZE];

static Value load_global(VM *vm, Frame *f, const uint32_t *ip, Value name) {
    if (!val_is_type(f->globals, &type_dict) || !val_is_type(f->builtins, &type_dict) ||
        !as_str(name)->interned)
        return load_global_slow(vm, f, name);
    DictObj *g = as_dict(f->globals), *b = as_dict(f->builtins);
    GlobalCacheEntry *e = &global_cache[((uintptr_t)ip >> 2) & (GLOBAL_CACHE_SIZE - 1)];
    if (e->name == name && e->globals == g && e->gversion == g->version && e->builtins == b &&
        e->bversion == b->version)
        return e->value;
    Value v = load_global_slow(vm, f, name);
    if (!val_is_error(v)) *e = (GlobalCacheEntry){name, v, g, b, g->version, b->version};
    return v;
}

/* o.name for an instance of a class with the default attribute lookup,
** when the class attribute is absent or a plain value (no descriptor);
** VAL_NULL when the generic path must decide. Never runs Python code. */
static inline Value load_attr_fast(VM *vm, Value o, Value name) {
    if (!val_is_obj(o)) return VAL_NULL;
    Obj *ob = val_as_obj(o);
    Type *t = ob->type;
    if (t->getattr != type_object.getattr || !val_is_exact_str(name) || !as_str(name)->interned)
        return VAL_NULL;
    Value descr = obj_type_lookup(t, name);
    if (!val_is_null(descr)) {
        Type *dt = val_type(descr);
        if (dt->descr_get || dt->descr_set) return VAL_NULL;
    }
    if (ob->flags & OBJ_HAS_DICT) {
        Value d = *obj_dict_slot(ob);
        if (val_is_type(d, &type_dict)) {
            Value v = dict_get_str(vm, d, name);
            if (!val_is_null(v)) return v;   /* VAL_ERROR passes through */
        }
    }
    return descr;
}

/* list[start:stop(:step)] for small-int or None bounds ([bounds] holds
** [n] values); VAL_NULL when the generic path must decide (other types, a
** zero step). Never runs Python code. */
static Value slice_list_directly(VM *vm, Value list, const Value *bounds, int n) {
    Value vstart = bounds[0], vstop = bounds[1], vstep = n == 3 ? bounds[2] : VAL_NONE;
    int64_t step = 1, start, stop;
    if (vstep != VAL_NONE) {
        if (!val_is_int(vstep) || val_as_int(vstep) == 0) return VAL_NULL;
        step = val_as_int(vstep);
    }
    if (vstart == VAL_NONE) start = step < 0 ? INT64_MAX : 0;
    else if (val_is_int(vstart)) start = val_as_int(vstart);
    else return VAL_NULL;
    if (vstop == VAL_NONE) stop = step < 0 ? INT64_MIN : INT64_MAX;
    else if (val_is_int(vstop)) stop = val_as_int(vstop);
    else return VAL_NULL;
    int64_t len = slice_adjust((int64_t)as_list(list)->len, &start, &stop, step);
    return list_slice_of(vm, list, start, step, len);
}

static inline int compare_i64(int64_t x, int64_t y, int op) {
    switch (op) {
    case CMPOP_LT: return x < y;
    case CMPOP_LE: return x <= y;
    case CMPOP_EQ: return x == y;
    case CMPOP_NE: return x != y;
    case CMPOP_GT: return x > y;
    default: return x >= y;
    }
}

static inline int compare_double(double x, double y, int op) {
    switch (op) {
    case CMPOP_LT: return x < y;
    case CMPOP_LE: return x <= y;
    case CMPOP_EQ: return x == y;
    case CMPOP_NE: return x != y;
    case CMPOP_GT: return x > y;
    default: return x >= y;
    }
}

static Value mapping_get(VM *vm, Value map, Value key) {
    if (val_isinstance(map, &type_dict)) {
        if (val_is_type(map, &type_dict)) return dict_get_str(vm, map, key);
        Value r = obj_getitem(vm, map, key);
        if (val_is_error(r) && vm_exc_matches(vm, &type_KeyError)) {
            vm_clear_exc(vm);
            return VAL_NULL;
        }
        return r;
    }
    Value r = obj_getitem(vm, map, key);
    if (val_is_error(r) && vm_exc_matches(vm, &type_KeyError)) {
        vm_clear_exc(vm);
        return VAL_NULL;
    }
    return r;
}

static Value load_name(VM *vm, Frame *f, Value name) {
    if (val_is_obj(f->locals)) {
        Value v = mapping_get(vm, f->locals, name);
        if (!val_is_null(v)) return v;
    }
    return load_global_slow(vm, f, name);
}

static int store_name(VM *vm, Frame *f, Value name, Value v) {
    if (!val_is_obj(f->locals)) {
        vm_raise(vm, &type_SystemError, "no locals found when storing %R", name);
        return -1;
    }
    if (val_is_type(f->locals, &type_dict)) return dict_set(vm, f->locals, name, v);
    return obj_setitem(vm, f->locals, name, v);
}

static Value unbound_local(VM *vm, CodeObj *co, int i) {
    Value name = as_tuple(co->localsplusnames)->items[i];
    if (co->localspluskinds[i] & CO_FAST_FREE)
        return vm_raise(vm, &type_NameError,
                        "cannot access free variable '%U' where it is not associated with a value "
                        "in enclosing scope", name);
    return vm_raise(vm, &type_UnboundLocalError,
                    "cannot access local variable '%U' where it is not associated with a value", name);
}

static int unpack_iterable(VM *vm, Value seq, int before, int after, bool starred, Value *out_sp) {
    Value *items;
    size_t len;
    Value list = VAL_NULL;
    if (!seq_fast(seq, &items, &len)) {
        if (!val_type(seq)->iter && !val_type(seq)->getitem) {
            vm_raise(vm, &type_TypeError, "cannot unpack non-iterable %s object",
                     type_name(val_type(seq)));
            return -1;
        }
        list = seq_to_list(vm, seq);
        if (val_is_error(list)) return -1;
        items = as_list(list)->items;
        len = as_list(list)->len;
    }
    size_t need = (size_t)(before + after);
    if (!starred) {
        if (len != need) {
            if (len < need)
                vm_raise(vm, &type_ValueError, "not enough values to unpack (expected %d, got %zu)",
                         before, len);
            else
                vm_raise(vm, &type_ValueError, "too many values to unpack (expected %d)", before);
            return -1;
        }
        for (int i = 0; i < before; i++) out_sp[before - 1 - i] = items[i];
        return 0;
    }
    if (len < need) {
        vm_raise(vm, &type_ValueError, "not enough values to unpack (expected at least %d, got %zu)",
                 before + after, len);
        return -1;
    }
    /* out_sp[0] is deepest: after items reversed, the middle list, before items reversed */
    int k = 0;
    for (int i = 0; i < after; i++) out_sp[k++] = items[len - 1 - i];
    gc_push_root(vm, &list);
    Value middle = list_from(vm, items + before, len - need);
    gc_pop_roots(vm, 1);
    if (val_is_error(middle)) return -1;
    if (!val_is_null(list)) items = as_list(list)->items;
    out_sp[k++] = middle;
    for (int i = before - 1; i >= 0; i--) out_sp[k++] = items[i];
    return 0;
}

static int extend_list(VM *vm, Value list, Value iterable) {
    Value *items;
    size_t len;
    if (seq_fast(iterable, &items, &len)) {
        if (iterable == list) {
            size_t n = len;
            for (size_t i = 0; i < n; i++)
                if (list_append(vm, list, as_list(list)->items[i]) < 0) return -1;
            return 0;
        }
        for (size_t i = 0; i < len; i++)
            if (list_append(vm, list, items[i]) < 0) return -1;
        return 0;
    }
    Type *t = val_type(iterable);
    if (!t->iter && !t->getitem) {
        vm_raise(vm, &type_TypeError, "Value after * must be an iterable, not %s", type_name(t));
        return -1;
    }
    Value it = obj_iter(vm, iterable);
    if (val_is_error(it)) return -1;
    gc_push_root(vm, &it);
    int r = 0;
    for (;;) {
        Value x = obj_next(vm, it);
        if (val_is_null(x)) break;
        if (val_is_error(x) || list_append(vm, list, x) < 0) {
            r = -1;
            break;
        }
    }
    gc_pop_roots(vm, 1);
    return r;
}

/* SET_UPDATE: set.update's own merge, so that a set built from a
** frozenset constant gets CPython's table layout (and printed order). */
static int update_set(VM *vm, Value set, Value iterable) { return set_update(vm, set, iterable); }

/* How CPython names a callable in call-site errors: "module.qualname"
** (no module for builtins), or the callable's str when it has no
** __qualname__. Never fails: falls back to "function". */
static Value callee_display_name(VM *vm, Value callee) {
    Value q = obj_lookup_attr(vm, callee, NAME(vm, __qualname__));
    if (val_is_error(q)) vm_clear_exc(vm);
    if (!val_is_str(q)) {
        Value s = obj_str(vm, callee);
        if (val_is_error(s)) vm_clear_exc(vm);
        return val_is_str(s) ? s : str_from_cstr(vm, "function");
    }
    Value m = obj_lookup_attr(vm, callee, NAME(vm, __module__));
    if (val_is_error(m)) vm_clear_exc(vm);
    if (!val_is_str(m) || strcmp(str_cstr(m), "builtins") == 0) return q;
    Value named = str_format(vm, "%U.%U", m, q);
    return val_is_error(named) ? q : named;
}

/* dict.update(other) for DICT_UPDATE/DICT_MERGE; [callee] names the
** function in the duplicate-keyword error (VAL_NULL: plain update). */
static int update_dict(VM *vm, Value d, Value other, Value callee) {
    if (val_isinstance(other, &type_dict)) {
        Value k, v;
        for (size_t i = 0; dict_next(other, &i, &k, &v);) {
            if (!val_is_null(callee)) {
                Value old = dict_get(vm, d, k);
                if (val_is_error(old)) return -1;
                if (!val_is_null(old)) {
                    Value fname = callee_display_name(vm, callee);
                    vm_raise(vm, &type_TypeError, "%U() got multiple values for keyword argument '%S'",
                             fname, k);
                    return -1;
                }
            }
            if (dict_set(vm, d, k, v) < 0) return -1;
        }
        return 0;
    }
    Value keys = obj_lookup_attr(vm, other, NAME(vm, keys));
    if (val_is_error(keys)) return -1;
    if (val_is_null(keys)) {
        if (!val_is_null(callee)) {
            Value fname = callee_display_name(vm, callee);
            vm_raise(vm, &type_TypeError, "%U() argument after ** must be a mapping, not %s", fname,
                     type_name(val_type(other)));
        } else {
            vm_raise(vm, &type_TypeError, "'%s' object is not a mapping", type_name(val_type(other)));
        }
        return -1;
    }
    gc_push_root(vm, &keys);
    Value klist = VAL_NULL;
    gc_push_root(vm, &klist);
    int r = -1;
    Value kseq = obj_call0(vm, keys);
    if (val_is_error(kseq)) goto done;
    klist = seq_to_list(vm, kseq);
    if (val_is_error(klist)) goto done;
    for (size_t i = 0; i < as_list(klist)->len; i++) {
        Value k = as_list(klist)->items[i];
        Value v = obj_getitem(vm, other, k);
        if (val_is_error(v) || dict_set(vm, d, k, v) < 0) goto done;
    }
    r = 0;
done:
    gc_pop_roots(vm, 2);
    return r;
}

static Value format_value(VM *vm, Value v, int flags, Value spec) {
    switch (flags & 3) {
    case 1: v = obj_str(vm, v); break;
    case 2: v = obj_repr(vm, v); break;
    case 3: v = obj_ascii(vm, v); break;
    default: break;
    }
    if (val_is_error(v)) return v;
    if (val_is_null(spec)) {
        if (val_is_exact_str(v)) return v;
        if (val_is_int(v)) return obj_str(vm, v);
        spec = str_new(vm, "", 0);
        if (val_is_error(spec)) return spec;
    }
    return obj_format(vm, v, spec);
}

static Value build_string(VM *vm, Value *items, int n) {
    size_t total = 0;
    for (int i = 0; i < n; i++) total += as_str(items[i])->size;
    StrBuf sb;
    sb_init(&sb);
    (void)total;
    for (int i = 0; i < n; i++) sb_add(&sb, as_str(items[i])->data, as_str(items[i])->size);
    return sb_finish(vm, &sb);
}

static bool is_exception_class(Value v) {
    return val_is_typeobj(v) && type_is_subtype((Type *)val_as_obj(v), &type_BaseException);
}

/* except [type]: as CPython, every class of a tuple is checked before any
** matching, and a nested tuple is rejected. */
static int exc_matches_type(VM *vm, Value exc, Value type) {
    bool tuple = val_isinstance(type, &type_tuple);
    size_t n = tuple ? as_tuple(type)->len : 1;
    Value *items = tuple ? as_tuple(type)->items : &type;
    for (size_t i = 0; i < n; i++) {
        if (!is_exception_class(items[i])) {
            vm_raise(vm, &type_TypeError,
                     "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
    }
    for (size_t i = 0; i < n; i++)
        if (val_isinstance(exc, (Type *)val_as_obj(items[i]))) return 1;
    return 0;
}

/* raise [exc] from [cause]: an instance from a class, __cause__ set. */
static void do_raise(VM *vm, Value exc, Value cause) {
    Value inst = exc;
    if (val_is_typeobj(exc)) {
        if (!type_is_subtype((Type *)val_as_obj(exc), &type_BaseException)) {
            vm_raise(vm, &type_TypeError, "exceptions must derive from BaseException");
            return;
        }
        inst = obj_call0(vm, exc);
        if (val_is_error(inst)) return;
        if (!val_is_exc(inst)) {
            vm_raise(vm, &type_TypeError,
                     "calling %R should have returned an instance of BaseException, not %T", exc, inst);
            return;
        }
    } else if (!val_is_exc(exc)) {
        vm_raise(vm, &type_TypeError, "exceptions must derive from BaseException");
        return;
    }
    if (!val_is_null(cause)) {
        Value c = cause;
        if (val_is_typeobj(cause)) {
            gc_push_root(vm, &inst);
            c = obj_call0(vm, cause);
            gc_pop_roots(vm, 1);
            if (val_is_error(c)) return;
        }
        if (c != VAL_NONE && !val_is_exc(c)) {
            vm_raise(vm, &type_TypeError, "exception causes must derive from BaseException");
            return;
        }
        as_exc(inst)->cause = c;
        as_exc(inst)->suppress_context = true;
    }
    vm_raise_value(vm, inst);
}

/* __enter__/__exit__ of a context manager, bound. */
static int context_methods(VM *vm, Value mgr, const char *enter, const char *exit_, Value *enter_out,
                           Value *exit_out, bool async) {
    Value en = str_intern_cstr(vm, enter), ex = str_intern_cstr(vm, exit_);
    Type *t = val_type(mgr);
    Value e1 = obj_type_lookup(t, en), e2 = obj_type_lookup(t, ex);
    if (val_is_null(e1) || val_is_null(e2)) {
        /* CPython names the missing __exit__ only when __enter__ exists. */
        const char *missed = val_is_null(e1) ? "" : async ? " (missed __aexit__ method)"
                                                           : " (missed __exit__ method)";
        vm_raise(vm, &type_TypeError, "'%s' object does not support the %scontext manager protocol%s",
                 type_name(t), async ? "asynchronous " : "", missed);
        return -1;
    }
    *exit_out = obj_getattr(vm, mgr, ex);
    if (val_is_error(*exit_out)) return -1;
    gc_push_root(vm, exit_out);
    *enter_out = obj_getattr(vm, mgr, en);
    gc_pop_roots(vm, 1);
    return val_is_error(*enter_out) ? -1 : 0;
}

static Value get_awaitable(VM *vm, Value o, int where) {
    Type *t = val_type(o);
    if (t == &type_coroutine) {
        GenObj *g = (GenObj *)val_as_obj(o);
        if (g->state == GEN_RUNNING || (g->state == GEN_SUSPENDED && g->frame &&
                                        (g->frame->flags & FRAME_YIELD_FROM)))
            return vm_raise(vm, &type_RuntimeError, "coroutine is being awaited already");
        return o;
    }
    if (t == &type_generator && val_is_obj(((GenObj *)val_as_obj(o))->frame ? val_from_obj(((GenObj *)val_as_obj(o))->frame->code) : VAL_NULL) &&
        (((GenObj *)val_as_obj(o))->frame->code->flags & CO_ITERABLE_COROUTINE))
        return o;
    bool found;
    Value r = call_special(vm, o, NAME(vm, __await__), NULL, 0, &found);
    if (!found) {
        if (where == 1)
            return vm_raise(vm, &type_TypeError,
                            "'async with' received an object from __aenter__ that does not implement __await__: %s",
                            type_name(t));
        if (where == 2)
            return vm_raise(vm, &type_TypeError,
                            "'async with' received an object from __aexit__ that does not implement __await__: %s",
                            type_name(t));
        return vm_raise(vm, &type_TypeError, "object %s can't be used in 'await' expression",
                        type_name(t));
    }
    if (val_is_error(r)) return r;
    if (val_is_type(r, &type_coroutine))
        return vm_raise(vm, &type_TypeError, "__await__() returned a coroutine");
    if (!val_type(r)->iternext)
        return vm_raise(vm, &type_TypeError, "__await__() returned non-iterator of type '%T'", r);
    return r;
}

/* The StopIteration value of the pending exception (None when absent). */
static Value stop_iteration_value(VM *vm) {
    Value exc = vm_take_exc(vm);
    if (!val_is_exc(exc)) return VAL_NONE;
    TupleObj *args = as_tuple(as_exc(exc)->args);
    return args->len ? args->items[0] : VAL_NONE;
}

/* Send [v] into a non-generator delegate: *done says it finished. */
static Value send_to_delegate(VM *vm, Value recv, Value v, bool *done) {
    *done = false;
    Value r;
    if (v == VAL_NONE && val_type(recv)->iternext) {
        r = val_type(recv)->iternext(vm, recv);
        if (val_is_null(r)) {
            *done = true;
            return VAL_NONE;
        }
    } else {
        r = obj_call_method(vm, recv, "send", &v, 1);
    }
    if (val_is_error(r) && vm_exc_matches(vm, &type_StopIteration)) {
        *done = true;
        return stop_iteration_value(vm);
    }
    return r;
}

static bool is_mapping(Value v) {
    Type *t = val_type(v);
    return (t->flags & TYPE_DICT_SUBCLASS) || t == &type_mappingproxy || (t->flags & TYPE_IS_MAPPING);
}

static bool is_sequence(Value v) {
    Type *t = val_type(v);
    if (t->flags & (TYPE_STR_SUBCLASS | TYPE_BYTES_SUBCLASS)) return false;
    if (type_is_subtype(t, &type_bytearray)) return false;
    return (t->flags & (TYPE_LIST_SUBCLASS | TYPE_TUPLE_SUBCLASS)) || type_is_subtype(t, &type_range) ||
           type_is_subtype(t, &type_memoryview) || (t->flags & TYPE_IS_SEQUENCE);
}

/* A key computed at run time (an attribute) may equal another key. */
static int check_duplicate_keys(VM *vm, Value keys) {
    Value seen = set_new(vm, &type_set);
    if (val_is_error(seen)) return -1;
    gc_push_root(vm, &seen);
    int r = 0;
    for (size_t i = 0; i < as_tuple(keys)->len && r == 0; i++) {
        Value k = as_tuple(keys)->items[i];
        int in = set_contains(vm, seen, k);
        if (in > 0) vm_raise(vm, &type_ValueError, "mapping pattern checks duplicate key (%R)", k);
        if (in != 0 || set_add(vm, seen, k) < 0) r = -1;
    }
    gc_pop_roots(vm, 1);
    return r;
}

static Value match_keys(VM *vm, Value subject, Value keys) {
    TupleObj *kt = as_tuple(keys);
    if (kt->len > 1 && check_duplicate_keys(vm, keys) < 0) return VAL_ERROR;
    Value values = tuple_new(vm, kt->len);
    if (val_is_error(values)) return values;
    gc_push_root(vm, &values);
    Value get = obj_getattr_cstr(vm, subject, "get");
    Value sentinel = VAL_NULL;
    Value result = VAL_ERROR;
    gc_push_root(vm, &get);
    gc_push_root(vm, &sentinel);
    if (val_is_error(get)) goto done;
    sentinel = val_from_obj(gc_alloc(vm, &type_object, sizeof(Obj)));
    for (size_t i = 0; i < kt->len; i++) {
        Value v = obj_call2(vm, get, kt->items[i], sentinel);
        if (val_is_error(v)) goto done;
        if (v == sentinel) {
            result = VAL_NONE;
            goto done;
        }
        as_tuple(values)->items[i] = v;
    }
    result = values;
done:
    gc_pop_roots(vm, 3);
    return result;
}

static Value match_class_attr(VM *vm, Value subject, Value name, Value seen) {
    if (dict_get(vm, seen, name) != VAL_NULL) {
        return vm_raise(vm, &type_TypeError, "%T() got multiple sub-patterns for attribute %R",
                        subject, name);
    }
    if (dict_set(vm, seen, name, VAL_TRUE) < 0) return VAL_ERROR;
    return obj_lookup_attr(vm, subject, name);
}

static bool self_matching_type(Type *t) {
    static Type *const types[] = {&type_bool, &type_bytearray, &type_bytes, &type_dict,
                                  &type_float, &type_frozenset, &type_int, &type_list,
                                  &type_set, &type_str, &type_tuple};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_is_subtype(t, types[i])) return true;
    return false;
}

static Value match_class(VM *vm, Value subject, Value cls, Value names, int npos) {
    if (!val_is_typeobj(cls))
        return vm_raise(vm, &type_TypeError, "called match pattern must be a type");
    Type *ct = (Type *)val_as_obj(cls);
    if (!val_isinstance(subject, ct)) {
        int r = obj_compare_bool(vm, VAL_TRUE, VAL_TRUE, CMPOP_EQ); /* keep exceptions clean */
        (void)r;
        return VAL_NONE;
    }
    Value attrs = list_new(vm, 0), seen = dict_new(vm), match_args = VAL_NULL;
    gc_push_root(vm, &attrs);
    gc_push_root(vm, &seen);
    gc_push_root(vm, &match_args);
    Value result = VAL_ERROR;
    if (val_is_error(attrs) || val_is_error(seen)) goto done;
    if (npos) {
        match_args = obj_lookup_attr(vm, cls, NAME(vm, __match_args__));
        if (val_is_error(match_args)) goto done;
        if (val_is_null(match_args)) {
            if (self_matching_type(ct) && npos == 1) {
                if (list_append(vm, attrs, subject) < 0) goto done;
                goto keywords;
            }
            if (self_matching_type(ct) && npos > 1) {
                vm_raise(vm, &type_TypeError, "%s() accepts 1 positional sub-pattern (%d given)",
                         type_name(ct), npos);
                goto done;
            }
            match_args = tuple_new(vm, 0);
        }
        if (!val_is_type(match_args, &type_tuple)) {
            vm_raise(vm, &type_TypeError, "%s.__match_args__ must be a tuple (got %T)",
                     type_name(ct), match_args);
            goto done;
        }
        TupleObj *ma = as_tuple(match_args);
        if ((size_t)npos > ma->len) {
            vm_raise(vm, &type_TypeError, "%s() accepts %zu positional sub-pattern%s (%d given)",
                     type_name(ct), ma->len, ma->len == 1 ? "" : "s", npos);
            goto done;
        }
        for (int i = 0; i < npos; i++) {
            if (!val_is_str(ma->items[i])) {
                vm_raise(vm, &type_TypeError, "__match_args__ elements must be strings (got %T)",
                         ma->items[i]);
                goto done;
            }
            Value v = match_class_attr(vm, subject, ma->items[i], seen);
            if (val_is_error(v)) goto done;
            if (val_is_null(v)) {
                result = VAL_NONE;
                goto done;
            }
            if (list_append(vm, attrs, v) < 0) goto done;
        }
    }
keywords:
    for (size_t i = 0; i < as_tuple(names)->len; i++) {
        Value v = match_class_attr(vm, subject, as_tuple(names)->items[i], seen);
        if (val_is_error(v)) goto done;
        if (val_is_null(v)) {
            result = VAL_NONE;
            goto done;
        }
        if (list_append(vm, attrs, v) < 0) goto done;
    }
    result = tuple_from(vm, as_list(attrs)->items, as_list(attrs)->len);
done:
    gc_pop_roots(vm, 3);
    return result;
}

static Value copy_dict_without_keys(VM *vm, Value subject, Value keys) {
    Value d = dict_new(vm);
    if (val_is_error(d)) return d;
    gc_push_root(vm, &d);
    int r = update_dict(vm, d, subject, VAL_NULL);
    for (size_t i = 0; r == 0 && i < as_tuple(keys)->len; i++)
        if (dict_del(vm, d, as_tuple(keys)->items[i]) < 0) r = -1;
    gc_pop_roots(vm, 1);
    return r < 0 ? VAL_ERROR : d;
}

static int import_star(VM *vm, Frame *f, Value mod) {
    Value all = obj_lookup_attr(vm, mod, NAME(vm, __all__));
    if (val_is_error(all)) return -1;
    Value d = obj_lookup_attr(vm, mod, NAME(vm, __dict__));
    if (val_is_error(d)) return -1;
    gc_push_root(vm, &all);
    gc_push_root(vm, &d);
    int r = 0;
    if (!val_is_null(all)) {
        Value names = seq_to_list(vm, all);
        if (val_is_error(names)) r = -1;
        gc_push_root(vm, &names);
        for (size_t i = 0; r == 0 && i < as_list(names)->len; i++) {
            Value name = as_list(names)->items[i];
            Value v = obj_getattr(vm, mod, name);
            if (val_is_error(v) || store_name(vm, f, name, v) < 0) r = -1;
        }
        gc_pop_roots(vm, 1);
    } else if (val_isinstance(d, &type_dict)) {
        Value k, v;
        for (size_t i = 0; r == 0 && dict_next(d, &i, &k, &v);) {
            if (val_is_str(k) && str_cstr(k)[0] == '_') continue;
            if (store_name(vm, f, k, v) < 0) r = -1;
        }
    }
    gc_pop_roots(vm, 2);
    return r;
}

static Value import_from(VM *vm, Value mod, Value name) {
    Value v = obj_lookup_attr(vm, mod, name);
    if (!val_is_null(v)) return v;
    Value modname = obj_lookup_attr(vm, mod, NAME(vm, __name__));
    if (val_is_str(modname)) {
        Value full = str_format(vm, "%U.%U", modname, name);
        if (!val_is_error(full)) {
            Value m = dict_get(vm, vm->modules, full);
            if (!val_is_null(m) && !val_is_error(m)) return m;
        }
        Value file = obj_lookup_attr(vm, mod, NAME(vm, __file__));
        if (val_is_str(file))
            return vm_raise(vm, &type_ImportError, "cannot import name '%U' from '%U' (%U)", name,
                            modname, file);
        return vm_raise(vm, &type_ImportError, "cannot import name '%U' from '%U' (unknown location)",
                        name, modname);
    }
    return vm_raise(vm, &type_ImportError, "cannot import name '%U' from '<unknown module name>' (unknown location)", name);
}

static Value call_displayhook(VM *vm, Value v) {
    Value hook = VAL_NULL;
    if (val_is_obj(vm->sys_module)) hook = obj_lookup_attr(vm, vm->sys_module, NAME(vm, displayhook));
    if (val_is_error(hook)) return hook;
    if (val_is_null(hook)) return vm_raise(vm, &type_RuntimeError, "lost sys.displayhook");
    return obj_call1(vm, hook, v);
}

/* Periodic work between instructions: interrupts, GC, the budget.
** Returns 0 to go on, -1 for an exception, 1 to yield to the host. */
static int periodic(VM *vm, Fiber *fb) {
    if (vm->interrupt) {
        vm->interrupt = 0;
        vm->ticks = PIPIT_TICK_INTERVAL;
        vm_raise_value(vm, val_from_obj(&type_KeyboardInterrupt));
        return -1;
    }
    gc_safepoint(vm);
    long interval = PIPIT_TICK_INTERVAL;
    if (vm->budget >= 0) {
        if (vm->budget == 0 && fb->nested == 1) {
            vm->ticks = 0;
            return 1;
        }
        if (vm->budget > 0 && vm->budget < interval) interval = vm->budget;
        vm->budget -= vm->budget > 0 ? interval : 0;
    }
    vm->ticks = vm->gc_stress ? 0 : interval;
    return 0;
}

/* ---- the loop ---- */

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SAVE_STATE() (frame->ip = ip, frame->sp = sp)
#define LOAD_STATE()                                         \
    do {                                                     \
        code = frame->code;                                  \
        ip = frame->ip;                                      \
        sp = frame->sp;                                      \
        locals = frame->localsplus;                          \
        consts = as_tuple(code->consts)->items;              \
        names = as_tuple(code->names)->items;                \
    } while (0)
#define GOTO_ERROR() do { goto error; } while (0)

/* Dispatch: with computed goto every instruction ends in its own indirect
** jump to the next one (better branch prediction); the periodic check stays
** at the loop top. Without it (wasm, other compilers) a switch in a loop. */
#ifndef PIPIT_COMPUTED_GOTO
#if defined(__GNUC__) && !defined(__wasm__)
#define PIPIT_COMPUTED_GOTO 1
#else
#define PIPIT_COMPUTED_GOTO 0
#endif
#endif
#if PIPIT_COMPUTED_GOTO
#define TARGET(op) case op: L_##op:
#define DISPATCH()                                                   \
    do {                                                             \
        if (--vm->ticks < 0) {                                       \
            vm->ticks++;                                             \
            goto next_instr;                                         \
        }                                                            \
        frame->sp = sp;                                              \
        ins = *ip++;                                                 \
        arg = INSTR_ARG(ins);                                        \
        goto *dispatch_table[INSTR_OP(ins)];                         \
    } while (0)
#else
#define TARGET(op) case op:
#define DISPATCH() break
#endif
#define CHECK(v) do { if (val_is_error(v)) goto error; } while (0)
#define CHECK_INT(r) do { if ((r) < 0) goto error; } while (0)

/* The stack values in [from, to) are being dropped by an exception: the
** generators for loops owned are closed, as CPython does (the frame's
** stack stays saved, so they stay rooted meanwhile). Top first, as CPython pops. */
static void close_dropped_gens(VM *vm, Value *from, Value *to) {
    for (ptrdiff_t i = to - from; i-- > 0;) {
        Value v = from[i];
        if ((val_is_type(v, &type_generator) || val_is_type(v, &type_async_generator)) &&
            ((GenObj *)val_as_obj(v))->loop_owned)
            gen_close_dropped(vm, v);
    }
}

static bool can_inline_gen(Value it) {
    Type *t = val_type(it);
    if (t != &type_generator && t != &type_coroutine) return false;
    GenObj *g = (GenObj *)val_as_obj(it);
    return (g->state == GEN_CREATED || g->state == GEN_SUSPENDED) && g->frame;
}

Value vm_execute(VM *vm, Frame *entry) {
#if PIPIT_COMPUTED_GOTO
    /* every byte has a target: unknown opcodes go to the default case */
#define DISPATCH_ENTRY(name) [OP_##name] = &&L_OP_##name,
#pragma GCC diagnostic push
#if defined(__clang__)
#pragma GCC diagnostic ignored "-Winitializer-overrides"
#else
#pragma GCC diagnostic ignored "-Woverride-init"
#endif
    static const void *const dispatch_table[256] = {
        [0 ... 255] = &&L_unknown_opcode,
        OPCODE_LIST(DISPATCH_ENTRY)
    };
#pragma GCC diagnostic pop
#undef DISPATCH_ENTRY
#endif
    Fiber *fb = vm->fiber;
    Frame *frame = entry;
    CodeObj *code;
    uint32_t *ip;
    Value *sp, *locals, *consts, *names;
    Value result = VAL_ERROR;

    fb->frame = frame;
    fb->nested++;
    if (vm->gc_stress) {
        /* C code that calls into Python must have rooted what it holds */
        vm->gc_requested = true;
        vm->ticks = 0;
    }
    LOAD_STATE();
    if (vm->exc != VAL_NULL) {
        /* resumed with an exception to raise at the resume point (gen.throw):
        ** it is not chained to the exception being handled, as in CPython */
        frame->lasti = (uint32_t)(ip - code->code) - (ip > code->code ? 1 : 0);
        goto thrown;
    }

    uint32_t ins, arg;
    for (;;) {
#if PIPIT_COMPUTED_GOTO
    next_instr:
#endif
        if (--vm->ticks < 0) {
            SAVE_STATE();
            int r = periodic(vm, fb);
            if (r < 0) goto error;
            if (r > 0) {
                vm->suspend_requested = true;
                fb->wait_kind = 0;
                goto suspend;
            }
        }
        /* the stack as the instruction starts stays rooted if it calls Python
        ** (a collection there must not miss values pushed since SAVE_STATE) */
        frame->sp = sp;
        ins = *ip++;
        arg = INSTR_ARG(ins);
#if PIPIT_COMPUTED_GOTO
        goto *dispatch_table[INSTR_OP(ins)];
#endif
        switch ((Opcode)INSTR_OP(ins)) {
        TARGET(OP_NOP)
        TARGET(OP_RETURN_GENERATOR)
            DISPATCH();
        TARGET(OP_POP_TOP)
            if (arg) {
                /* a for loop left early: its own generator is closed */
                SAVE_STATE();
                gen_close_dropped(vm, TOP());
            }
            sp--;
            DISPATCH();
        TARGET(OP_PUSH_NULL)
            PUSH(VAL_NULL);
            DISPATCH();
        TARGET(OP_COPY) {
            Value v = PEEK(arg);
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_SWAP) {
            Value t = TOP();
            TOP() = PEEK(arg);
            PEEK(arg) = t;
            DISPATCH();
        }
        TARGET(OP_LOAD_CONST)
            PUSH(consts[arg]);
            DISPATCH();
        TARGET(OP_LOAD_FAST) {
            Value v = locals[arg];
            if (val_is_null(v)) {
                unbound_local(vm, code, (int)arg);
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_STORE_FAST)
            locals[arg] = POP();
            DISPATCH();
        TARGET(OP_DELETE_FAST)
            if (val_is_null(locals[arg])) {
                unbound_local(vm, code, (int)arg);
                goto error;
            }
            locals[arg] = VAL_NULL;
            DISPATCH();
        TARGET(OP_MAKE_CELL) {
            Value c = cell_new(vm, locals[arg]);
            CHECK(c);
            locals[arg] = c;
            DISPATCH();
        }
        TARGET(OP_COPY_FREE_VARS) {
            FuncObj *fn = (FuncObj *)val_as_obj(frame->func);
            TupleObj *cl = as_tuple(fn->closure);
            int off = code->nlocalsplus - (int)arg;
            for (uint32_t i = 0; i < arg; i++) locals[off + (int)i] = cl->items[i];
            DISPATCH();
        }
        TARGET(OP_LOAD_CLOSURE)
            PUSH(locals[arg]);
            DISPATCH();
        TARGET(OP_LOAD_DEREF) {
            Value v = ((CellObj *)val_as_obj(locals[arg]))->ref;
            if (val_is_null(v)) {
                unbound_local(vm, code, (int)arg);
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_LOAD_CLASSDEREF) {
            Value name = as_tuple(code->localsplusnames)->items[arg];
            Value v = mapping_get(vm, frame->locals, name);
            CHECK(v);
            if (val_is_null(v)) {
                v = ((CellObj *)val_as_obj(locals[arg]))->ref;
                if (val_is_null(v)) {
                    unbound_local(vm, code, (int)arg);
                    goto error;
                }
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_STORE_DEREF)
            ((CellObj *)val_as_obj(locals[arg]))->ref = POP();
            DISPATCH();
        TARGET(OP_DELETE_DEREF) {
            CellObj *c = (CellObj *)val_as_obj(locals[arg]);
            if (val_is_null(c->ref)) {
                unbound_local(vm, code, (int)arg);
                goto error;
            }
            c->ref = VAL_NULL;
            DISPATCH();
        }
        TARGET(OP_LOAD_GLOBAL) {
            Value v = load_global(vm, frame, ip, names[arg >> 1]);
            CHECK(v);
            PUSH(v);
            if (arg & 1) PUSH(VAL_NULL);
            DISPATCH();
        }
        TARGET(OP_STORE_GLOBAL)
            CHECK_INT(dict_set(vm, frame->globals, names[arg], TOP()));
            sp--;
            DISPATCH();
        TARGET(OP_DELETE_GLOBAL) {
            int r = dict_del(vm, frame->globals, names[arg]);
            CHECK_INT(r);
            if (r == 0) {
                name_error(vm, names[arg]);
                goto error;
            }
            DISPATCH();
        }
        TARGET(OP_LOAD_NAME) {
            Value v = load_name(vm, frame, names[arg]);
            CHECK(v);
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_STORE_NAME)
            CHECK_INT(store_name(vm, frame, names[arg], TOP()));
            sp--;
            DISPATCH();
        TARGET(OP_DELETE_NAME) {
            int r;
            if (val_is_type(frame->locals, &type_dict)) r = dict_del(vm, frame->locals, names[arg]);
            else r = obj_setitem(vm, frame->locals, names[arg], VAL_NULL) < 0 ? -1 : 1;
            if (r < 0 && vm_exc_matches(vm, &type_KeyError)) {
                vm_clear_exc(vm);
                r = 0;
            }
            CHECK_INT(r);
            if (r == 0) {
                name_error(vm, names[arg]);
                goto error;
            }
            DISPATCH();
        }
        TARGET(OP_LOAD_ATTR) {
            Value v = load_attr_fast(vm, TOP(), names[arg]);
            if (!val_is_null(v)) {
                TOP() = v;
                DISPATCH();
            }
            v = obj_getattr(vm, TOP(), names[arg]);
            CHECK(v);
            TOP() = v;
            DISPATCH();
        }
        TARGET(OP_STORE_ATTR) {
            Value o = TOP(), v = PEEK(2);
            CHECK_INT(obj_setattr(vm, o, names[arg], v));
            sp -= 2;
            DISPATCH();
        }
        TARGET(OP_DELETE_ATTR)
            CHECK_INT(obj_setattr(vm, TOP(), names[arg], VAL_NULL));
            sp--;
            DISPATCH();
        TARGET(OP_LOAD_METHOD) {
            Value o = TOP();
            Type *t = val_type(o);
            Value name = names[arg];
            if (t->getattr == type_object.getattr) {
                Value descr = obj_type_lookup(t, name);
                Type *dt = val_is_null(descr) ? NULL : val_type(descr);
                if (dt == &type_function || dt == &type_method_descriptor) {
                    Value d = VAL_NULL;
                    if (val_is_obj(o) && (val_as_obj(o)->flags & OBJ_HAS_DICT))
                        d = *obj_dict_slot(val_as_obj(o));
                    Value shadow = val_is_obj(d) ? dict_get_str(vm, d, name) : VAL_NULL;
                    CHECK(shadow);
                    if (val_is_null(shadow)) {
                        TOP() = descr;
                        PUSH(o);
                        break;
                    }
                }
            }
            Value v = obj_getattr(vm, o, name);
            CHECK(v);
            TOP() = v;
            PUSH(VAL_NULL);
            DISPATCH();
        }
        TARGET(OP_BINARY_OP) {
            Value b = TOP(), a = PEEK(2), r;
            if (val_is_int(a) && val_is_int(b)) {
                int64_t x = val_as_int(a), y = val_as_int(b), z;
                int op = arg >= BINOP_INPLACE ? (int)arg - BINOP_INPLACE : (int)arg;
                switch (op) {
                case BINOP_ADD: z = x + y; goto int_result;
                case BINOP_SUBTRACT: z = x - y; goto int_result;
                case BINOP_MULTIPLY:
                    if (__builtin_mul_overflow(x, y, &z)) goto slow_binop;
                    goto int_result;
                case BINOP_AND: z = x & y; goto int_result;
                case BINOP_OR: z = x | y; goto int_result;
                case BINOP_XOR: z = x ^ y; goto int_result;
                case BINOP_FLOOR_DIVIDE:
                    if (y == 0) goto slow_binop;
                    z = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) z--;
                    goto int_result;
                case BINOP_REMAINDER:
                    if (y == 0) goto slow_binop;
                    z = x % y;
                    if (z != 0 && ((z < 0) != (y < 0))) z += y;
                    goto int_result;
                case BINOP_TRUE_DIVIDE:
                    /* 48-bit ints convert exactly: one correctly rounded division */
                    if (y == 0) goto slow_binop;
                    r = val_from_float((double)x / (double)y);
                    goto float_result;
                default:
                    goto slow_binop;
                }
            int_result:
                if (!smallint_fits(z)) goto slow_binop;
                sp--;
                TOP() = val_from_small(z);
                DISPATCH();
            }
            if ((val_is_float(a) || val_is_int(a)) && (val_is_float(b) || val_is_int(b))) {
                /* float with float or small int (exact as a double), as float.__add__ etc. */
                double x = val_is_float(a) ? val_as_float(a) : (double)val_as_int(a);
                double y = val_is_float(b) ? val_as_float(b) : (double)val_as_int(b);
                int op = arg >= BINOP_INPLACE ? (int)arg - BINOP_INPLACE : (int)arg;
                switch (op) {
                case BINOP_ADD: r = val_from_float(x + y); break;
                case BINOP_SUBTRACT: r = val_from_float(x - y); break;
                case BINOP_MULTIPLY: r = val_from_float(x * y); break;
                case BINOP_TRUE_DIVIDE:
                    if (y == 0.0) goto slow_binop;
                    r = val_from_float(x / y);
                    break;
                default: goto slow_binop;
                }
            float_result:
                sp--;
                TOP() = r;
                DISPATCH();
            }
        slow_binop:
            r = obj_binary_op(vm, a, b, (int)arg);
            CHECK(r);
            sp--;
            TOP() = r;
            DISPATCH();
        }
        TARGET(OP_UNARY_POSITIVE)
        TARGET(OP_UNARY_NEGATIVE)
        TARGET(OP_UNARY_INVERT)
        TARGET(OP_UNARY_NOT) {
            Value v = TOP(), r;
            if (INSTR_OP(ins) == OP_UNARY_NOT && val_is_bool(v)) r = val_from_bool(v == VAL_FALSE);
            else if (INSTR_OP(ins) == OP_UNARY_NEGATIVE && val_is_int(v) && val_as_int(v) != SMALLINT_MIN)
                r = val_from_small(-val_as_int(v));
            else if (INSTR_OP(ins) == OP_UNARY_NEGATIVE && val_is_float(v))
                r = val_from_float(-val_as_float(v));
            else r = obj_unary_op(vm, v, (int)INSTR_OP(ins));
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
        TARGET(OP_COMPARE_OP) {
            Value a = PEEK(2), b = TOP();
            int c = -1;
            if (val_is_int(a) && val_is_int(b)) c = compare_i64(val_as_int(a), val_as_int(b), (int)arg);
            else if (val_is_float(a) && val_is_float(b))
                c = compare_double(val_as_float(a), val_as_float(b), (int)arg);
            else if (val_is_float(a) && val_is_int(b))   /* 48-bit ints are exact doubles */
                c = compare_double(val_as_float(a), (double)val_as_int(b), (int)arg);
            else if (val_is_int(a) && val_is_float(b))
                c = compare_double((double)val_as_int(a), val_as_float(b), (int)arg);
            if (c >= 0) {
                sp -= 2;
                /* fused with the conditional jump that nearly always follows */
                uint32_t next = *ip;
                if (INSTR_OP(next) == OP_POP_JUMP_IF_FALSE) {
                    ip++;
                    if (!c) ip = code->code + INSTR_ARG(next);
                } else if (INSTR_OP(next) == OP_POP_JUMP_IF_TRUE) {
                    ip++;
                    if (c) ip = code->code + INSTR_ARG(next);
                } else {
                    PUSH(val_from_bool(c));
                }
                DISPATCH();
            }
            Value r = obj_richcompare(vm, a, b, (int)arg);
            CHECK(r);
            sp--;
            TOP() = r;
            DISPATCH();
        }
        TARGET(OP_IS_OP) {
            Value b = POP();
            bool same = TOP() == b;
            TOP() = val_from_bool(arg ? !same : same);
            DISPATCH();
        }
        TARGET(OP_CONTAINS_OP) {
            int r = obj_contains(vm, TOP(), PEEK(2));
            CHECK_INT(r);
            sp--;
            TOP() = val_from_bool(arg ? !r : r);
            DISPATCH();
        }
        TARGET(OP_BINARY_SUBSCR) {
            Value o = PEEK(2), k = TOP(), r;
            if (val_is_int(k) && val_is_type(o, &type_list)) {
                int64_t i = val_as_int(k);
                ListObj *l = as_list(o);
                if (i < 0) i += (int64_t)l->len;
                if (i >= 0 && (uint64_t)i < l->len) {
                    sp--;
                    TOP() = l->items[i];
                    DISPATCH();
                }
            } else if (val_is_int(k) && val_is_type(o, &type_tuple)) {
                int64_t i = val_as_int(k);
                TupleObj *t = as_tuple(o);
                if (i < 0) i += (int64_t)t->len;
                if (i >= 0 && (uint64_t)i < t->len) {
                    sp--;
                    TOP() = t->items[i];
                    DISPATCH();
                }
            } else if (val_is_type(o, &type_dict) && val_is_exact_str(k)) {
                r = dict_get_str(vm, o, k);
                if (!val_is_null(r)) {
                    CHECK(r);
                    sp--;
                    TOP() = r;
                    DISPATCH();
                }
            }
            r = obj_getitem(vm, o, k);
            CHECK(r);
            sp--;
            TOP() = r;
            DISPATCH();
        }
        TARGET(OP_STORE_SUBSCR) {
            Value k = TOP(), o = PEEK(2), v = PEEK(3);
            if (val_is_int(k) && val_is_type(o, &type_list)) {
                int64_t i = val_as_int(k);
                ListObj *l = as_list(o);
                if (i < 0) i += (int64_t)l->len;
                if (i >= 0 && (uint64_t)i < l->len) {
                    l->items[i] = v;
                    sp -= 3;
                    DISPATCH();
                }
            }
            CHECK_INT(obj_setitem(vm, o, k, v));
            sp -= 3;
            DISPATCH();
        }
        TARGET(OP_DELETE_SUBSCR)
            CHECK_INT(obj_setitem(vm, PEEK(2), TOP(), VAL_NULL));
            sp -= 2;
            DISPATCH();
        TARGET(OP_BUILD_SLICE) {
            if (INSTR_OP(*ip) == OP_BINARY_SUBSCR && val_is_type(PEEK(arg + 1), &type_list)) {
                /* lst[a:b:c] without making the slice object */
                Value r = slice_list_directly(vm, PEEK(arg + 1), sp - arg, (int)arg);
                if (!val_is_null(r)) {
                    CHECK(r);
                    ip++;
                    sp -= arg;
                    TOP() = r;
                    DISPATCH();
                }
            }
            Value step = arg == 3 ? POP() : VAL_NONE;
            Value s = slice_new(vm, PEEK(2), TOP(), step);
            CHECK(s);
            sp--;
            TOP() = s;
            DISPATCH();
        }
        TARGET(OP_BUILD_TUPLE) {
            Value t = tuple_from(vm, sp - arg, arg);
            CHECK(t);
            sp -= arg;
            PUSH(t);
            DISPATCH();
        }
        TARGET(OP_BUILD_LIST) {
            Value l = list_from(vm, sp - arg, arg);
            CHECK(l);
            sp -= arg;
            PUSH(l);
            DISPATCH();
        }
        /* the new container sits on the stack (rooted) while hashing and
           comparing its items can run Python code */
        TARGET(OP_BUILD_SET) {
            Value s = set_new(vm, &type_set);
            CHECK(s);
            PUSH(s);
            SAVE_STATE();
            for (uint32_t i = arg + 1; i > 1; i--) CHECK_INT(set_add(vm, s, PEEK(i)));
            sp -= arg + 1;
            PUSH(s);
            DISPATCH();
        }
        TARGET(OP_BUILD_MAP) {
            Value d = dict_new(vm);
            CHECK(d);
            PUSH(d);
            SAVE_STATE();
            for (uint32_t i = arg; i > 0; i--) CHECK_INT(dict_set(vm, d, PEEK(2 * i + 1), PEEK(2 * i)));
            sp -= 2 * arg + 1;
            PUSH(d);
            DISPATCH();
        }
        TARGET(OP_BUILD_CONST_KEY_MAP) {
            TupleObj *keys = as_tuple(TOP());
            Value d = dict_new(vm);
            CHECK(d);
            PUSH(d);
            SAVE_STATE();
            for (uint32_t i = 0; i < arg; i++) CHECK_INT(dict_set(vm, d, keys->items[i], PEEK(arg + 2 - i)));
            sp -= arg + 2;
            PUSH(d);
            DISPATCH();
        }
        TARGET(OP_BUILD_STRING) {
            Value s = build_string(vm, sp - arg, (int)arg);
            CHECK(s);
            sp -= arg;
            PUSH(s);
            DISPATCH();
        }
        TARGET(OP_FORMAT_VALUE) {
            Value spec = (arg & 4) ? POP() : VAL_NULL;
            Value r = format_value(vm, TOP(), (int)arg, spec);
            if (val_is_error(r)) {
                if (arg & 4) sp++;
                goto error;
            }
            TOP() = r;
            DISPATCH();
        }
        TARGET(OP_LIST_APPEND)
            CHECK_INT(list_append(vm, PEEK(arg + 1), TOP()));
            sp--;
            DISPATCH();
        TARGET(OP_SET_ADD)
            CHECK_INT(set_add(vm, PEEK(arg + 1), TOP()));
            sp--;
            DISPATCH();
        TARGET(OP_MAP_ADD)
            CHECK_INT(dict_set(vm, PEEK(arg + 2), PEEK(2), TOP()));
            sp -= 2;
            DISPATCH();
        TARGET(OP_LIST_EXTEND)
            CHECK_INT(extend_list(vm, PEEK(arg + 1), TOP()));
            sp--;
            DISPATCH();
        TARGET(OP_SET_UPDATE)
            CHECK_INT(update_set(vm, PEEK(arg + 1), TOP()));
            sp--;
            DISPATCH();
        TARGET(OP_DICT_UPDATE)
            CHECK_INT(update_dict(vm, PEEK(arg + 1), TOP(), VAL_NULL));
            sp--;
            DISPATCH();
        TARGET(OP_DICT_MERGE)
            CHECK_INT(update_dict(vm, PEEK(arg + 1), TOP(), PEEK(arg + 4)));
            sp--;
            DISPATCH();
        TARGET(OP_LIST_TO_TUPLE) {
            ListObj *l = as_list(TOP());
            Value t = tuple_from(vm, l->items, l->len);
            CHECK(t);
            TOP() = t;
            DISPATCH();
        }
        TARGET(OP_UNPACK_SEQUENCE) {
            Value seq = TOP();
            if (val_is_type(seq, &type_tuple) && as_tuple(seq)->len == arg) {
                TupleObj *t = as_tuple(seq);
                sp--;
                for (uint32_t i = arg; i > 0; i--) PUSH(t->items[i - 1]);
                break;
            }
            Value *out = sp - 1;
            CHECK_INT(unpack_iterable(vm, seq, (int)arg, 0, false, out));
            sp = out + arg;
            DISPATCH();
        }
        TARGET(OP_UNPACK_EX) {
            int before = (int)(arg & 0xff), after = (int)(arg >> 8);
            Value *out = sp - 1;
            CHECK_INT(unpack_iterable(vm, TOP(), before, after, true, out));
            sp = out + before + after + 1;
            DISPATCH();
        }
        TARGET(OP_JUMP)
            ip = code->code + arg;
            DISPATCH();
        TARGET(OP_POP_JUMP_IF_FALSE)
        TARGET(OP_POP_JUMP_IF_TRUE) {
            Value v = POP();
            int t = v == VAL_TRUE ? 1 : v == VAL_FALSE ? 0 : obj_truthy(vm, v);
            if (t < 0) {
                sp++;
                goto error;
            }
            if (t == (INSTR_OP(ins) == OP_POP_JUMP_IF_TRUE)) ip = code->code + arg;
            DISPATCH();
        }
        TARGET(OP_POP_JUMP_IF_NONE)
            if (POP() == VAL_NONE) ip = code->code + arg;
            DISPATCH();
        TARGET(OP_POP_JUMP_IF_NOT_NONE)
            if (POP() != VAL_NONE) ip = code->code + arg;
            DISPATCH();
        TARGET(OP_JUMP_IF_FALSE_OR_POP)
        TARGET(OP_JUMP_IF_TRUE_OR_POP) {
            int t = obj_truthy(vm, TOP());
            CHECK_INT(t);
            if (t == (INSTR_OP(ins) == OP_JUMP_IF_TRUE_OR_POP)) ip = code->code + arg;
            else sp--;
            DISPATCH();
        }
        TARGET(OP_GET_ITER) {
            Value it = obj_iter(vm, TOP());
            CHECK(it);
            TOP() = it;
            DISPATCH();
        }
        TARGET(OP_FOR_ITER) {
            Value it = TOP();
            if (val_is_type(it, &type_range_iterator)) {
                RangeIterObj *ri = (RangeIterObj *)val_as_obj(it);
                if (ri->small && ri->remaining > 0 && smallint_fits(ri->next)) {
                    ri->remaining--;
                    PUSH(val_from_small(ri->next));
                    ri->next += ri->step;
                    DISPATCH();
                }
            } else if (val_is_type(it, &type_list_iterator)) {
                ListIterObj *li = (ListIterObj *)val_as_obj(it);
                if (val_is_obj(li->seq) && li->index < (int64_t)as_list(li->seq)->len) {
                    PUSH(as_list(li->seq)->items[li->index++]);
                    DISPATCH();
                }
            }
            if (can_inline_gen(it)) {
                GenObj *g = (GenObj *)val_as_obj(it);
                bool started = g->state != GEN_CREATED;
                if (check_recursion(vm, fb) < 0) goto error;
                SAVE_STATE();
                frame = gen_enter(vm, g, frame);
                LOAD_STATE();
                if (started) PUSH(VAL_NONE);
                break;
            }
            Value v = obj_next(vm, it);
            if (val_is_null(v)) {
                sp--;
                ip = code->code + arg;
                break;
            }
            CHECK(v);
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_KW_NAMES)
            frame->kwnames = consts[arg];
            DISPATCH();
        TARGET(OP_CALL) {
            int n = (int)arg;
            Value *base = sp - n - 2;
            Value callable = base[0];
            Value kw = frame->kwnames;
            frame->kwnames = VAL_NULL;
            if (val_is_null(base[1]) && val_is_type(callable, &type_method)) {
                MethodObj *m = (MethodObj *)val_as_obj(callable);
                base[0] = callable = m->func;
                base[1] = m->self;
            }
            Value *args = val_is_null(base[1]) ? base + 2 : base + 1;
            int nargs = val_is_null(base[1]) ? n : n + 1;
            int npos = nargs - (val_is_obj(kw) ? (int)as_tuple(kw)->len : 0);
            if (val_is_type(callable, &type_function)) {
                CodeObj *co = (CodeObj *)val_as_obj(((FuncObj *)val_as_obj(callable))->code);
                if (!(co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                    SAVE_STATE();
                    Frame *nf = frame_push_call(vm, callable, args, npos, kw);
                    if (!nf) goto error;
                    frame->sp = base;
                    frame = nf;
                    fb->frame = frame;
                    LOAD_STATE();
                    break;
                }
            }
            SAVE_STATE();
            Type *ct = val_type(callable);
            Value r;
            if (ct == &type_function) {
                r = gen_new_from_call(vm, callable, args, npos, kw);
                if ((INSTR_OP(*ip) == OP_GET_ITER || INSTR_OP(*ip) == OP_GET_AITER) && INSTR_ARG(*ip) &&
                    (val_is_type(r, &type_generator) || val_is_type(r, &type_async_generator)))
                    ((GenObj *)val_as_obj(r))->loop_owned = true;
            } else if (!ct->call) {
                r = vm_raise(vm, &type_TypeError, "'%s' object is not callable", type_name(ct));
            } else {
                vm->suspendable = fb->nested == 1;
                r = ct->call(vm, callable, args, npos, kw);
                vm->suspendable = false;
            }
            if (val_is_error(r)) {
                if (vm->suspend_requested && vm->exc == VAL_NULL) {
                    sp = base;
                    SAVE_STATE();
                    goto suspend;
                }
                goto error;
            }
            sp = base;
            PUSH(r);
            DISPATCH();
        }
        TARGET(OP_CALL_FUNCTION_EX) {
            /* [callable, NULL, args, kwargs?]: every temporary stays in a stack slot */
            Value *base = sp - 3 - (arg & 1);
            Value callable = base[0];
            Value kwargs = (arg & 1) ? base[3] : VAL_NULL;
            if (!val_is_type(base[2], &type_tuple)) {
                SAVE_STATE();
                Value t = seq_to_tuple(vm, base[2]);
                if (val_is_error(t)) {
                    if (vm_exc_matches(vm, &type_TypeError)) {
                        vm_clear_exc(vm);
                        Value fname = callee_display_name(vm, callable);
                        vm_raise(vm, &type_TypeError,
                                 "%U() argument after * must be an iterable, not %T", fname, base[2]);
                    }
                    goto error;
                }
                base[2] = t;
            }
            TupleObj *at = as_tuple(base[2]);
            size_t nkw = val_is_obj(kwargs) ? as_dict(kwargs)->used : 0;
            Value *argv = malloc((at->len + nkw + 1) * sizeof(Value));
            if (!argv) {
                vm_raise_nomem(vm);
                goto error;
            }
            memcpy(argv, at->items, at->len * sizeof(Value));
            Value kwn = VAL_NULL;
            if (nkw) {
                kwn = tuple_new(vm, nkw);
                if (val_is_error(kwn)) {
                    free(argv);
                    goto error;
                }
                base[1] = kwn;
                Value k, v;
                size_t j = 0;
                for (size_t i = 0; dict_next(kwargs, &i, &k, &v); j++) {
                    if (!val_is_str(k)) {
                        free(argv);
                        vm_raise(vm, &type_TypeError, "keywords must be strings");
                        goto error;
                    }
                    as_tuple(kwn)->items[j] = k;
                    argv[at->len + j] = v;
                }
            }
            SAVE_STATE();
            if (val_is_type(callable, &type_function) &&
                !(((CodeObj *)val_as_obj(((FuncObj *)val_as_obj(callable))->code))->flags &
                  (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) {
                Frame *nf = frame_push_call(vm, callable, argv, (int)at->len, kwn);
                free(argv);
                if (!nf) goto error;
                frame->sp = base;
                frame = nf;
                fb->frame = frame;
                LOAD_STATE();
                break;
            }
            vm->suspendable = fb->nested == 1;
            Value r = val_type(callable)->call && val_type(callable) != &type_function
                          ? val_type(callable)->call(vm, callable, argv, (int)at->len, kwn)
                          : obj_call(vm, callable, argv, (int)at->len, kwn);
            vm->suspendable = false;
            free(argv);
            if (val_is_error(r)) {
                if (vm->suspend_requested && vm->exc == VAL_NULL) {
                    sp = base;
                    SAVE_STATE();
                    goto suspend;
                }
                goto error;
            }
            sp = base;
            PUSH(r);
            DISPATCH();
        }
        TARGET(OP_MAKE_FUNCTION) {
            Value codev = POP();
            Value fn = func_new(vm, codev, frame->globals);
            if (val_is_error(fn)) {
                sp++;
                goto error;
            }
            FuncObj *f = (FuncObj *)val_as_obj(fn);
            f->builtins = frame->builtins;
            if (arg & 8) f->closure = POP();
            if (arg & 4) f->annotations = POP();
            if (arg & 2) f->kwdefaults = POP();
            if (arg & 1) f->defaults = POP();
            PUSH(fn);
            DISPATCH();
        }
        TARGET(OP_RETURN_VALUE) {
            Value rv = POP();
            if (frame->flags & FRAME_GENERATOR) {
                GenObj *g = (GenObj *)val_as_obj(frame->gen);
                g->return_value = rv;
                bool is_entry = frame->flags & FRAME_ENTRY;
                Frame *caller = frame->prev;
                gen_leave(vm, g, true);
                if (is_entry) {
                    result = rv;
                    goto done;
                }
                frame = caller;
                fb->frame = frame;
                LOAD_STATE();
                /* the resumer was FOR_ITER (pop the iterator) or SEND */
                uint32_t resumer = ip[-1];
                sp--;
                if (INSTR_OP(resumer) == OP_SEND) PUSH(rv);
                ip = code->code + INSTR_ARG(resumer);
                break;
            }
            if (frame->flags & FRAME_ENTRY) {
                result = rv;
                frame->ip = ip;
                fb->frame = frame->prev;
                frame_pop(vm, frame);
                goto done;
            }
            Frame *done_frame = frame;
            done_frame->ip = ip;
            frame = frame->prev;
            fb->frame = frame;
            frame_pop(vm, done_frame);
            LOAD_STATE();
            PUSH(rv);
            DISPATCH();
        }
        TARGET(OP_LOAD_BUILD_CLASS) {
            Value v = dict_get_str(vm, frame->builtins, NAME(vm, __build_class__));
            if (val_is_null(v)) {
                vm_raise(vm, &type_NameError, "__build_class__ not found");
                goto error;
            }
            CHECK(v);
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_LOAD_LOCALS)
            if (!val_is_obj(frame->locals)) {
                vm_raise(vm, &type_SystemError, "no locals found");
                goto error;
            }
            PUSH(frame->locals);
            DISPATCH();
        TARGET(OP_SETUP_ANNOTATIONS) {
            Value name = NAME(vm, __annotations__);
            Value v = mapping_get(vm, frame->locals, name);
            CHECK(v);
            if (val_is_null(v)) {
                Value d = dict_new(vm);
                CHECK(d);
                CHECK_INT(store_name(vm, frame, name, d));
            }
            DISPATCH();
        }
        TARGET(OP_PRINT_EXPR) {
            SAVE_STATE();
            Value r = call_displayhook(vm, TOP());
            CHECK(r);
            sp--;
            DISPATCH();
        }
        TARGET(OP_IMPORT_NAME) {
            Value fromlist = TOP(), level = PEEK(2);
            SAVE_STATE();
            int64_t lv = val_is_int(level) ? val_as_int(level) : 0;
            Value m = import_module_level(vm, names[arg], frame->globals, fromlist, (int)lv);
            CHECK(m);
            sp--;
            TOP() = m;
            DISPATCH();
        }
        TARGET(OP_IMPORT_FROM) {
            Value v = import_from(vm, TOP(), names[arg]);
            CHECK(v);
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_IMPORT_STAR)
            SAVE_STATE();
            CHECK_INT(import_star(vm, frame, TOP()));
            sp--;
            DISPATCH();
        TARGET(OP_RAISE_VARARGS) {
            if (arg == 0) {
                Value cur = fb->exc_info;
                if (!val_is_exc(cur)) {
                    vm_raise(vm, &type_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                vm->exc = cur;
                goto reraise;
            }
            Value cause = arg == 2 ? POP() : VAL_NULL;
            Value exc = POP();
            do_raise(vm, exc, cause);
            goto error;
        }
        TARGET(OP_LOAD_ASSERTION_ERROR)
            PUSH(val_from_obj(&type_AssertionError));
            DISPATCH();
        TARGET(OP_PUSH_EXC_INFO) {
            Value exc = TOP();
            TOP() = (frame->flags & FRAME_GENERATOR) ? gen_push_exc_info(frame, exc) : fb->exc_info;
            PUSH(exc);
            fb->exc_info = exc;
            DISPATCH();
        }
        TARGET(OP_POP_EXCEPT)
            sp--;
            fb->exc_info = (frame->flags & FRAME_GENERATOR) ? gen_pop_except(frame, *sp) : *sp;
            DISPATCH();
        TARGET(OP_CHECK_EXC_MATCH) {
            int r = exc_matches_type(vm, PEEK(2), TOP());
            CHECK_INT(r);
            TOP() = val_from_bool(r);
            DISPATCH();
        }
        TARGET(OP_CHECK_EG_MATCH) {
            /* exc type -> rest match: split the group by the type */
            Value match = VAL_NONE, rest = VAL_NONE;
            CHECK_INT(exc_group_match(vm, PEEK(2), TOP(), &match, &rest));
            if (match == VAL_NONE) {
                TOP() = match;
                break;
            }
            PEEK(2) = rest;
            TOP() = match;
            fb->exc_info = match;
            if (frame->flags & FRAME_GENERATOR) gen_push_exc_info(frame, match);
            DISPATCH();
        }
        TARGET(OP_PREP_RERAISE_STAR) {
            Value excs = TOP(), orig = PEEK(2);
            Value v = exc_prep_reraise_star(vm, orig, excs);
            CHECK(v);
            sp--;
            TOP() = v;
            DISPATCH();
        }
        TARGET(OP_RERAISE) {
            /* the handler is looked up from here; the saved lasti below
               the exception is only the original position */
            vm->exc = POP();
            goto reraise;
        }
        TARGET(OP_BEFORE_WITH)
        TARGET(OP_BEFORE_ASYNC_WITH) {
            bool async = INSTR_OP(ins) == OP_BEFORE_ASYNC_WITH;
            Value enter, exit_;
            SAVE_STATE();
            CHECK_INT(context_methods(vm, TOP(), async ? "__aenter__" : "__enter__",
                                      async ? "__aexit__" : "__exit__", &enter, &exit_, async));
            TOP() = exit_;
            PUSH(enter);   /* rooted while it is called */
            SAVE_STATE();
            Value r = obj_call0(vm, enter);
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
        TARGET(OP_WITH_EXCEPT_START) {
            Value val = TOP(), exit_func = PEEK(4);
            Value tb = val_is_exc(val) ? as_exc(val)->traceback : VAL_NONE;
            if (!val_is_obj(tb)) tb = VAL_NONE;
            Value args3[3] = {val_from_obj(val_type(val)), val, tb};
            SAVE_STATE();
            Value r = obj_call(vm, exit_func, args3, 3, VAL_NULL);
            CHECK(r);
            PUSH(r);
            DISPATCH();
        }
        TARGET(OP_YIELD_VALUE) {
            Value v = POP();
            if (!(frame->flags & FRAME_GENERATOR)) {
                vm_raise(vm, &type_SystemError, "yield outside a generator frame");
                goto error;
            }
            if (arg == 1) frame->flags |= FRAME_YIELD_FROM;
            else frame->flags &= ~FRAME_YIELD_FROM;
            SAVE_STATE();
            GenObj *g = (GenObj *)val_as_obj(frame->gen);
            bool is_entry = frame->flags & FRAME_ENTRY;
            Frame *caller = frame->prev;
            gen_leave(vm, g, false);
            if (is_entry) {
                result = v;
                goto done;
            }
            frame = caller;
            fb->frame = frame;
            LOAD_STATE();
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_GET_YIELD_FROM_ITER) {
            Value o = TOP();
            if (val_is_type(o, &type_coroutine)) {
                if (!(code->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                    vm_raise(vm, &type_TypeError,
                             "cannot 'yield from' a coroutine object in a non-coroutine generator");
                    goto error;
                }
                break;
            }
            if (val_is_type(o, &type_generator)) break;
            Value it = obj_iter(vm, o);
            CHECK(it);
            TOP() = it;
            DISPATCH();
        }
        TARGET(OP_SEND) {
            Value v = TOP(), recv = PEEK(2);
            if (can_inline_gen(recv)) {
                GenObj *g = (GenObj *)val_as_obj(recv);
                if (g->state == GEN_CREATED && v != VAL_NONE) {
                    vm_raise(vm, &type_TypeError, "can't send non-None value to a just-started %s",
                             val_is_type(recv, &type_coroutine) ? "coroutine" : "generator");
                    goto error;
                }
                bool started = g->state != GEN_CREATED;
                if (check_recursion(vm, fb) < 0) goto error; /* yield from itself, endlessly */
                sp--;
                SAVE_STATE();
                frame = gen_enter(vm, g, frame);
                LOAD_STATE();
                if (started) PUSH(v);
                break;
            }
            SAVE_STATE();
            bool finished;
            Value r = send_to_delegate(vm, recv, v, &finished);
            CHECK(r);
            if (finished) {
                sp -= 2;
                PUSH(r);
                ip = code->code + arg;
                break;
            }
            TOP() = r;
            DISPATCH();
        }
        TARGET(OP_ASYNC_GEN_WRAP) {
            Value w = async_gen_wrap_value(vm, TOP());
            CHECK(w);
            TOP() = w;
            DISPATCH();
        }
        TARGET(OP_GET_AWAITABLE) {
            SAVE_STATE();
            Value a = get_awaitable(vm, TOP(), (int)arg);
            CHECK(a);
            TOP() = a;
            DISPATCH();
        }
        TARGET(OP_GET_AITER) {
            Value o = TOP();
            bool found;
            SAVE_STATE();
            Value it = call_special(vm, o, NAME(vm, __aiter__), NULL, 0, &found);
            if (!found) {
                vm_raise(vm, &type_TypeError,
                         "'async for' requires an object with __aiter__ method, got %s",
                         type_name(val_type(o)));
                goto error;
            }
            CHECK(it);
            if (val_is_null(obj_type_lookup(val_type(it), NAME(vm, __anext__)))) {
                vm_raise(vm, &type_TypeError,
                         "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                         type_name(val_type(it)));
                goto error;
            }
            TOP() = it;
            DISPATCH();
        }
        TARGET(OP_GET_ANEXT) {
            Value ait = TOP();
            bool found;
            SAVE_STATE();
            Value aw = call_special(vm, ait, NAME(vm, __anext__), NULL, 0, &found);
            if (!found) {
                vm_raise(vm, &type_TypeError,
                         "'async for' requires an iterator with __anext__ method, got %s",
                         type_name(val_type(ait)));
                goto error;
            }
            CHECK(aw);
            PUSH(aw);
            Value a = get_awaitable(vm, aw, 0);
            if (val_is_error(a)) {
                if (vm_exc_matches(vm, &type_TypeError)) {
                    vm_clear_exc(vm);
                    vm_raise(vm, &type_TypeError,
                             "'async for' received an invalid object from __anext__: %s",
                             type_name(val_type(aw)));
                }
                goto error;
            }
            TOP() = a;
            DISPATCH();
        }
        TARGET(OP_END_ASYNC_FOR) {
            Value exc = POP();
            if (val_isinstance(exc, &type_StopAsyncIteration)) {
                sp--;   /* the async iterator */
                break;
            }
            vm->exc = exc;
            goto reraise;
        }
        TARGET(OP_GET_LEN) {
            int64_t n = obj_len(vm, TOP());
            CHECK_INT(n);
            Value v = int_from_i64(vm, n);
            CHECK(v);
            PUSH(v);
            DISPATCH();
        }
        TARGET(OP_MATCH_MAPPING) {
            Value r = val_from_bool(is_mapping(TOP()));
            PUSH(r);
            DISPATCH();
        }
        TARGET(OP_MATCH_SEQUENCE) {
            Value r = val_from_bool(is_sequence(TOP()));
            PUSH(r);
            DISPATCH();
        }
        TARGET(OP_MATCH_KEYS) {
            SAVE_STATE();
            Value r = match_keys(vm, PEEK(2), TOP());
            CHECK(r);
            PUSH(r);
            DISPATCH();
        }
        TARGET(OP_MATCH_CLASS) {
            Value names_t = TOP(), cls = PEEK(2), subject = PEEK(3);
            SAVE_STATE();
            Value r = match_class(vm, subject, cls, names_t, (int)arg);
            CHECK(r);
            sp -= 2;
            TOP() = r;
            DISPATCH();
        }
        TARGET(OP_COPY_DICT_WITHOUT_KEYS) {
            SAVE_STATE();
            Value r = copy_dict_without_keys(vm, PEEK(2), TOP());
            CHECK(r);
            TOP() = r;
            DISPATCH();
        }
        default:
#if PIPIT_COMPUTED_GOTO
        L_unknown_opcode:
#endif
            vm_raise(vm, &type_SystemError, "unknown opcode %d", (int)INSTR_OP(ins));
            goto error;
        }
        continue;

    error:
        /* a new exception raised by the instruction at ip - 1 */
        if (vm->suspend_requested && vm->exc == VAL_NULL) {
            SAVE_STATE();
            goto suspend;
        }
        frame->lasti = (uint32_t)(ip - code->code - 1);
        SAVE_STATE();
        /* the context is the exception being handled when a raise happens; one
        ** that comes out of a call (through C) already got it where it was raised,
        ** as did one that passed through a Python frame (it has a traceback) */
        if (val_is_exc(fb->exc_info) && vm->exc != fb->exc_info && val_is_exc(vm->exc) &&
            (INSTR_OP(ip[-1]) == OP_RAISE_VARARGS ||
             (!val_is_exc(as_exc(vm->exc)->context) && !val_is_obj(as_exc(vm->exc)->traceback))))
            exc_set_context(vm, vm->exc, fb->exc_info);
    thrown:
        add_traceback(vm, frame);
        goto unwind;

    reraise:
        frame->lasti = (uint32_t)(ip - code->code - 1);
        SAVE_STATE();

    unwind:
        for (;;) {
            const ExcTableEntry *h = find_handler(code, frame->lasti);
            Value *keep = h ? locals + code->nlocalsplus + h->depth : locals + code->nlocalsplus;
            if (sp > keep) close_dropped_gens(vm, keep, sp);
            if (h) {
                sp = locals + code->nlocalsplus + h->depth;
                if (h->lasti) PUSH(val_from_small(frame->lasti));
                PUSH(vm->exc);
                vm->exc = VAL_NULL;
                ip = code->code + h->target;
                break;
            }
            /* no handler here: the frame is done */
            if (frame->flags & FRAME_GENERATOR) {
                GenObj *g = (GenObj *)val_as_obj(frame->gen);
                bool is_entry = frame->flags & FRAME_ENTRY;
                Frame *caller = frame->prev;
                gen_leave(vm, g, true);
                gen_wrap_stop_iteration(vm, g);
                if (is_entry) goto done_error;
                frame = caller;
            } else {
                bool is_entry = frame->flags & FRAME_ENTRY;
                Frame *caller = frame->prev;
                fb->frame = caller;
                frame_pop(vm, frame);
                if (is_entry) goto done_error;
                frame = caller;
            }
            fb->frame = frame;
            LOAD_STATE();
            frame->lasti = (uint32_t)(ip - code->code - 1);
            add_traceback(vm, frame);
        }
    }

suspend:
done_error:
    fb->nested--;
    return VAL_ERROR;

done:
    /* the entry frame returned, or a generator frame yielded to a C resumer */
    fb->nested--;
    return result;
}

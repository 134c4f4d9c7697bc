/*
** state.c -- making and freeing a VM: the interned names, every static
** type made ready, the set-up hooks of the types and modules, __main__.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "frame.h"
#include "names.h"
#include "setup.h"
#include "slots.h"
#include "typeobject.h"
#include "vfs.h"

void gc_init(VM *vm);
void gc_free_all(VM *vm);

int names_init(VM *vm) {
    static const char *const names[] = {
#define NAME_STR(n) #n,
        NAME_LIST(NAME_STR)
#undef NAME_STR
    };
    for (int i = 0; i < SN_COUNT; i++) {
        Value s = str_intern_cstr(vm, names[i]);
        if (val_is_error(s)) return -1;
        vm->str_cache[i] = s;
    }
    return 0;
}

static Type *const core_types[] = {
#define TYPE_PTR(name) &type_##name,
    BUILTIN_TYPE_LIST(TYPE_PTR)
#undef TYPE_PTR
#define EXC_PTR(name, base) &type_##name,
    EXCEPTION_LIST(EXC_PTR)
#undef EXC_PTR
    &type_slot_wrapper, &type_method_wrapper, &type_union,
};

static int ready_all_types(VM *vm) {
    for (size_t i = 0; i < sizeof core_types / sizeof core_types[0]; i++)
        if (type_ready(vm, core_types[i]) < 0) return -1;
    return 0;
}

static int run_setups(VM *vm) {
#define RUN_SETUP(name) if (setup_##name(vm) < 0) return -1;
    SETUP_LIST(RUN_SETUP)
#undef RUN_SETUP
    return 0;
}

static Fiber *fiber_new(VM *vm) {
    Fiber *fb = calloc(1, sizeof(Fiber));
    if (!fb) return NULL;
    fb->exc_info = VAL_NONE;
    fb->wait_text = VAL_NULL;
    fb->result = VAL_NULL;
    fb->pending_exc = VAL_NULL;
    fb->id = -1;
    fb->next = vm->fibers;
    vm->fibers = fb;
    return fb;
}

Fiber *vm_new_fiber(VM *vm) { return fiber_new(vm); }

void vm_free_fiber(VM *vm, Fiber *fb) {
    for (Fiber **link = &vm->fibers; *link; link = &(*link)->next) {
        if (*link == fb) {
            *link = fb->next;
            break;
        }
    }
    fiber_free_stack(fb);
    if (vm->fiber == fb) vm->fiber = vm->base_fiber;
    free(fb);
}

static int make_main_module(VM *vm) {
    Value name = str_from_cstr(vm, "__main__");
    if (val_is_error(name)) return -1;
    Value m = module_new(vm, name);
    if (val_is_error(m)) return -1;
    vm->main_module = m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    if (dict_set(vm, d, NAME(vm, __builtins__), vm->builtins_module) < 0) return -1;
    if (dict_set(vm, d, NAME(vm, __annotations__), dict_new(vm)) < 0) return -1;
    dict_del(vm, d, NAME(vm, __annotations__));
    return dict_set(vm, vm->modules, name, m);
}

/* sys.path[0] is the script's directory, as in CPython ('' for -c and the REPL). */
static int set_script_dir(VM *vm) {
    if (vm->config.argc < 1 || !vm->config.argv || !vm->config.argv[0]) return 0;
    const char *script = vm->config.argv[0];
    if (!*script || strcmp(script, "-c") == 0 || strcmp(script, "-") == 0) return 0;
    const char *slash = strrchr(script, '/');
    if (!slash) return 0;
    Value dir = str_new(vm, script, slash == script ? 1 : (size_t)(slash - script));
    if (val_is_error(dir)) return -1;
    Value path = obj_lookup_attr(vm, vm->sys_module, NAME(vm, path));
    if (!val_is_type(path, &type_list) || as_list(path)->len == 0) return 0;
    as_list(path)->items[0] = dir;
    return 0;
}

VM *vm_create(const PipitConfig *config) {
    VM *vm = calloc(1, sizeof(VM));
    if (!vm) return NULL;
    if (config) vm->config = *config;
    Value *nulls[] = {&vm->exc, &vm->builtins, &vm->builtins_module, &vm->modules,
                      &vm->sys_module, &vm->main_module, &vm->interned, &vm->frozen,
                      &vm->last_error, &vm->argv, &vm->repr_stack};
    for (size_t i = 0; i < sizeof nulls / sizeof nulls[0]; i++) *nulls[i] = VAL_NULL;
    for (size_t i = 0; i < sizeof vm->str_cache / sizeof vm->str_cache[0]; i++) vm->str_cache[i] = VAL_NULL;
    vm->heap_limit = vm->config.heap_limit;
    vm->recursion_limit = PIPIT_RECURSION_LIMIT;
    vm->int_max_str_digits = 4300;
    vm->budget = -1;
    vm->ticks = PIPIT_TICK_INTERVAL;
    gc_init(vm);
    vm->base_fiber = fiber_new(vm);
    vm->fiber = vm->base_fiber;
    if (!vm->base_fiber || vfs_init(vm) < 0) goto fail;
    vm->interned = dict_new(vm);
    if (val_is_error(vm->interned)) goto fail;
    if (names_init(vm) < 0) goto fail;
    vm->modules = dict_new(vm);
    if (val_is_error(vm->modules)) goto fail;
    vm->repr_stack = list_new(vm, 0);
    if (val_is_error(vm->repr_stack)) goto fail;
    if (ready_all_types(vm) < 0 || run_setups(vm) < 0) goto fail;
    if (make_main_module(vm) < 0 || set_script_dir(vm) < 0) goto fail;
    vm->exc = VAL_NULL;
    return vm;
fail:
    /* start-up failures are bugs of ours: say what it was */
    if (val_is_exc(vm->exc)) {
        Value s = obj_str(vm, vm->exc);
        fprintf(stderr, "pipit: start-up failed: %s: %s\n", val_type(vm->exc)->name,
                val_is_str(s) ? str_cstr(s) : "?");
    } else {
        fprintf(stderr, "pipit: start-up failed\n");
    }
    return NULL;
}

void vm_destroy(VM *vm) {
    if (!vm) return;
    while (vm->fibers) vm_free_fiber(vm, vm->fibers);
    gc_free_all(vm);
    /* static types are shared by every VM of the process: unready them */
    for (size_t i = 0; i < vm->nstatic_types; i++) {
        Type *t = vm->static_types[i];
        t->dict = t->mro = t->bases = t->subclasses = VAL_NULL;
    }
    vfs_free(vm);
    free(vm->static_types);
    free(vm->error_text);
    free(vm);
}

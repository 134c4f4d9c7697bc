/*
** import.c -- the import system.
**
** A module is looked up in sys.modules, then among the native modules
** registered by the core and the ports, then among the frozen modules
** (lib/), then as NAME.py or NAME/__init__.py along sys.path (for a
** submodule: along the package's __path__) in the VFS. A module is in
** sys.modules before its body runs (so circular imports see the partial
** module) and is removed again if the body fails.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "../objects/exceptions.h"
#include "names.h"
#include "typeobject.h"
#include "vfs.h"
#include "../modules/os.h"

typedef struct FrozenModule {
    const char *name;
    const char *source;
    size_t size;
    int is_package;
} FrozenModule;

extern const FrozenModule frozen_modules[];

#ifdef PIPIT_WASM
/* The web build freezes most of lib/ as names only (source NULL): the port
** gets their source from the host on first import (ports/wasm/lib.c);
** malloc'ed, or NULL when the host cannot supply it. */
char *port_lib_source(const char *name, int is_package, size_t *len) __attribute__((weak));
#endif

#define MAX_NATIVE_MODULES 64

typedef struct NativeModule {
    const char *name;
    NativeModuleInit init;
} NativeModule;

/* Native modules are few and registered at start-up; the table is global
** because module inits are code, the same for every VM. */
static NativeModule native_modules[MAX_NATIVE_MODULES];
static int nnative;

int import_register_native(VM *vm, const char *name, NativeModuleInit init) {
    for (int i = 0; i < nnative; i++)
        if (strcmp(native_modules[i].name, name) == 0) {
            native_modules[i].init = init;
            return 0;
        }
    if (nnative == MAX_NATIVE_MODULES) {
        vm_raise(vm, &type_SystemError, "too many native modules");
        return -1;
    }
    native_modules[nnative].name = name;
    native_modules[nnative].init = init;
    nnative++;
    return 0;
}

Value native_module_new(VM *vm, const char *name, const MethodDef *functions) {
    Value n = str_from_cstr(vm, name);
    if (val_is_error(n)) return n;
    Value m = module_new(vm, n);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    for (const MethodDef *f = functions; f && f->name; f++) {
        Value fn = native_func_new(vm, f, VAL_NULL, m);
        if (val_is_error(fn) || dict_set_cstr(vm, d, f->name, fn) < 0) return VAL_ERROR;
    }
    return m;
}

/* ---- finding and loading ---- */

static Value module_not_found(VM *vm, Value name) {
    Value r = vm_raise(vm, &type_ModuleNotFoundError, "No module named '%U'", name);
    if (val_is_exc(vm->exc)) exc_set_field(vm, vm->exc, "name", name);
    return r;
}

static Value new_module_for(VM *vm, Value name, Value file, Value path_list) {
    Value m = module_new(vm, name);
    if (val_is_error(m)) return m;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    if (dict_set(vm, d, NAME(vm, __builtins__), vm->builtins_module) < 0) return VAL_ERROR;
    if (!val_is_null(file) && dict_set(vm, d, NAME(vm, __file__), file) < 0) return VAL_ERROR;
    Value package = name;
    if (val_is_null(path_list)) {
        const char *s = str_cstr(name);
        const char *dot = strrchr(s, '.');
        package = str_new(vm, s, dot ? (size_t)(dot - s) : 0);
        if (val_is_error(package)) return package;
    } else if (dict_set(vm, d, NAME(vm, __path__), path_list) < 0) {
        return VAL_ERROR;
    }
    if (dict_set(vm, d, NAME(vm, __package__), package) < 0) return VAL_ERROR;
    return m;
}

/* Run [src] as the body of module [name]; it is in sys.modules meanwhile. */
static Value exec_module_source(VM *vm, Value name, const char *src, size_t len, Value file,
                                Value path_list) {
    Value m = new_module_for(vm, name, file, path_list);
    if (val_is_error(m)) return m;
    gc_push_root(vm, &m);
    Value code = VAL_NULL;
    gc_push_root(vm, &code);
    if (dict_set(vm, vm->modules, name, m) < 0) goto fail;
    code = compile_source(vm, src, len, val_is_null(file) ? name : file, PIPIT_MODE_FILE);
    if (val_is_error(code)) goto fail_remove;
    Value d = ((ModuleObj *)val_as_obj(m))->dict;
    if (val_is_error(vm_run_code(vm, code, d, d))) goto fail_remove;
    /* the body may have replaced its own sys.modules entry */
    Value final = dict_get(vm, vm->modules, name);
    gc_pop_roots(vm, 2);
    if (val_is_null(final)) return vm_raise(vm, &type_ImportError, "Loaded module %U not found in sys.modules", name);
    return final;
fail_remove: {
        Value exc = vm_take_exc(vm);
        gc_push_root(vm, &exc);
        dict_del(vm, vm->modules, name);
        vm_clear_exc(vm);
        vm->exc = exc;
        gc_pop_roots(vm, 1);
    }
fail:
    gc_pop_roots(vm, 2);
    return VAL_ERROR;
}

static Value load_native(VM *vm, Value name) {
    for (int i = 0; i < nnative; i++) {
        if (!str_eq_cstr(name, native_modules[i].name)) continue;
        /* an init may run Python code (importing other modules) */
        gc_push_root(vm, &name);
        Value m = native_modules[i].init(vm);
        if (!val_is_error(m) && dict_set(vm, vm->modules, name, m) < 0) m = VAL_ERROR;
        gc_pop_roots(vm, 1);
        return m;
    }
    return VAL_NULL;
}

/* The source of frozen module [f]: its own, or (web build) the host's,
** malloc'ed into *owned. NULL with ImportError pending if there is none. */
static const char *frozen_source(VM *vm, const FrozenModule *f, Value name, size_t *size,
                                 char **owned) {
    *owned = NULL;
    *size = f->size;
    if (f->source) return f->source;
#ifdef PIPIT_WASM
    if (port_lib_source) *owned = port_lib_source(f->name, f->is_package, size);
#endif
    if (!*owned)
        vm_raise(vm, &type_ImportError, "cannot load the standard-library module '%U' from the server",
                 name);
    return *owned;
}

static Value load_frozen(VM *vm, Value name) {
    for (const FrozenModule *f = frozen_modules; f->name; f++) {
        if (!str_eq_cstr(name, f->name)) continue;
        char *owned;
        size_t size;
        const char *source = frozen_source(vm, f, name, &size, &owned);
        if (!source) return VAL_ERROR;
        Value file = str_format(vm, "<frozen %U>", name);
        Value path = VAL_NULL;
        if (!val_is_error(file) && f->is_package) path = list_new(vm, 0);
        Value m = VAL_ERROR;
        if (!val_is_error(file) && !val_is_error(path)) {
            gc_push_root(vm, &file);
            gc_push_root(vm, &path);
            m = exec_module_source(vm, name, source, size, file, path);
            gc_pop_roots(vm, 2);
        }
        free(owned);
        return m;
    }
    return VAL_NULL;
}

static char *join_path(const char *dir, const char *leaf) {
    size_t n = strlen(dir) + strlen(leaf) + 2;
    char *p = malloc(n);
    if (!p) return NULL;
    if (!*dir) snprintf(p, n, "%s", leaf);
    else if (dir[strlen(dir) - 1] == '/') snprintf(p, n, "%s%s", dir, leaf);
    else snprintf(p, n, "%s/%s", dir, leaf);
    return p;
}

/* Look for [leaf] (the last part of [name]) in the directories of [paths]. */
static Value load_from_paths(VM *vm, Value name, const char *leaf, Value paths) {
    Value *dirs;
    size_t ndirs;
    if (!val_is_obj(paths) || !seq_fast(paths, &dirs, &ndirs)) return VAL_NULL;
    fileio_flush_all();   /* a module the program just wrote is importable */
    for (size_t i = 0; i < ndirs; i++) {
        if (!val_is_str(dirs[i])) continue;
        const char *dir = str_cstr(dirs[i]);
        char *pkgdir = join_path(dir, leaf);
        if (!pkgdir) return vm_raise_nomem(vm);
        char *init = join_path(pkgdir, "__init__.py");
        size_t fl = strlen(leaf);
        char *modfile = malloc(fl + 4);
        if (modfile) snprintf(modfile, fl + 4, "%s.py", leaf);
        char *file = modfile ? join_path(dir, modfile) : NULL;
        free(modfile);
        Value result = VAL_NULL;
        size_t len;
        char *src = NULL;
        bool is_pkg = false;
        if (init && vfs_kind(vm, pkgdir) == VFS_DIR && (src = vfs_read(vm, init, &len))) {
            is_pkg = true;
        } else if (file && (src = vfs_read(vm, file, &len))) {
            is_pkg = false;
        }
        if (src) {
            Value fname = str_from_cstr(vm, is_pkg ? init : file);
            Value path = VAL_NULL;
            gc_push_root(vm, &fname);
            gc_push_root(vm, &path);
            if (is_pkg) {
                Value pd = str_from_cstr(vm, pkgdir);
                path = val_is_error(pd) ? pd : list_from(vm, &pd, 1);
            }
            if (val_is_error(fname) || val_is_error(path)) result = VAL_ERROR;
            else result = exec_module_source(vm, name, src, len, fname, path);
            gc_pop_roots(vm, 2);
            free(src);
        }
        free(pkgdir);
        free(init);
        free(file);
        if (!val_is_null(result)) return result;
    }
    return VAL_NULL;
}

static Value sys_path(VM *vm) {
    if (!val_is_obj(vm->sys_module)) return VAL_NULL;
    Value p = obj_lookup_attr(vm, vm->sys_module, NAME(vm, path));
    return val_is_error(p) ? VAL_NULL : p;
}

/* Import one absolute name whose parent (if any) is already imported. */
static Value import_one(VM *vm, Value name, Value parent) {
    Value m = dict_get(vm, vm->modules, name);
    if (val_is_error(m)) return m;
    if (!val_is_null(m)) {
        if (m == VAL_NONE) return module_not_found(vm, name);
        return m;
    }
    const char *s = str_cstr(name);
    const char *dot = strrchr(s, '.');
    if (!dot) {
        m = load_native(vm, name);
        if (!val_is_null(m)) return m;
        m = load_frozen(vm, name);
        if (!val_is_null(m)) return m;
        m = load_from_paths(vm, name, s, sys_path(vm));
    } else {
        m = load_frozen(vm, name);
        if (!val_is_null(m)) goto bind;
        Value path = obj_lookup_attr(vm, parent, NAME(vm, __path__));
        if (val_is_error(path)) return path;
        if (val_is_null(path)) {
            Value pname = str_new(vm, s, (size_t)(dot - s));
            return vm_raise(vm, &type_ModuleNotFoundError, "No module named '%U'; '%U' is not a package",
                            name, pname);
        }
        gc_push_root(vm, &path);
        m = load_from_paths(vm, name, dot + 1, path);
        gc_pop_roots(vm, 1);
    }
    if (val_is_null(m)) return module_not_found(vm, name);
bind:
    if (!val_is_error(m) && !val_is_null(parent)) {
        /* bind the submodule as an attribute of its package */
        Value leaf = str_from_cstr(vm, dot + 1);
        if (val_is_error(leaf) || obj_setattr(vm, parent, leaf, m) < 0) return VAL_ERROR;
    }
    return m;
}

/* Import every prefix of the dotted [name]; returns the last module. */
static Value import_dotted(VM *vm, Value name) {
    Value m = dict_get(vm, vm->modules, name);
    if (!val_is_null(m) && !val_is_error(m) && m != VAL_NONE) return m;
    const char *s = str_cstr(name);
    size_t len = as_str(name)->size;
    Value parent = VAL_NULL;
    gc_push_root(vm, &parent);
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != '.') continue;
        Value prefix = str_new(vm, s, i);
        if (val_is_error(prefix)) {
            parent = VAL_ERROR;
            break;
        }
        parent = import_one(vm, prefix, parent);
        if (val_is_error(parent)) break;
    }
    gc_pop_roots(vm, 1);
    return parent;
}

/* The package a relative import of [level] in [globals] starts from. */
static Value resolve_package(VM *vm, Value globals, int level) {
    Value package = dict_get_str(vm, globals, NAME(vm, __package__));
    if (val_is_error(package)) return package;
    if (!val_is_str(package)) {
        Value modname = dict_get_str(vm, globals, NAME(vm, __name__));
        if (!val_is_str(modname))
            return vm_raise(vm, &type_ImportError, "attempted relative import with no known parent package");
        Value path = dict_get_str(vm, globals, NAME(vm, __path__));
        if (!val_is_null(path) && !val_is_error(path)) {
            package = modname;
        } else {
            const char *s = str_cstr(modname);
            const char *dot = strrchr(s, '.');
            package = str_new(vm, s, dot ? (size_t)(dot - s) : 0);
        }
    }
    if (val_is_error(package)) return package;
    if (as_str(package)->size == 0)
        return vm_raise(vm, &type_ImportError, "attempted relative import with no known parent package");
    const char *s = str_cstr(package);
    size_t end = as_str(package)->size;
    for (int i = 1; i < level; i++) {
        while (end > 0 && s[end - 1] != '.') end--;
        if (end == 0)
            return vm_raise(vm, &type_ImportError, "attempted relative import beyond top-level package");
        end--;
    }
    return str_new(vm, s, end);
}

Value import_module_level(VM *vm, Value name, Value globals, Value fromlist, int level) {
    if (!val_is_str(name))
        return vm_raise(vm, &type_TypeError, "module name must be str, not %T", name);
    if (level < 0) return vm_raise(vm, &type_ValueError, "level must be >= 0");
    Value absname = name;
    gc_push_root(vm, &absname);
    if (level > 0) {
        Value base = resolve_package(vm, globals, level);
        if (val_is_error(base)) {
            gc_pop_roots(vm, 1);
            return base;
        }
        absname = as_str(name)->size ? str_format(vm, "%U.%U", base, name) : base;
    } else if (as_str(name)->size == 0) {
        gc_pop_roots(vm, 1);
        return vm_raise(vm, &type_ValueError, "Empty module name");
    }
    Value m = val_is_error(absname) ? absname : import_dotted(vm, absname);
    if (val_is_error(m)) {
        gc_pop_roots(vm, 1);
        return m;
    }
    bool has_fromlist = val_is_obj(fromlist) && obj_truthy(vm, fromlist) == 1;
    if (!has_fromlist) {
        Value top = m;
        if (level == 0) {
            const char *s = str_cstr(name);
            const char *dot = strchr(s, '.');
            if (dot) {
                Value tn = str_new(vm, s, (size_t)(dot - s));
                top = val_is_error(tn) ? tn : dict_get(vm, vm->modules, tn);
            }
        }
        gc_pop_roots(vm, 1);
        return top;
    }
    /* from package import submodule: import the ones that are not attributes */
    Value path = obj_lookup_attr(vm, m, NAME(vm, __path__));
    if (!val_is_null(path) && !val_is_error(path)) {
        Value *items;
        size_t n;
        Value list = VAL_NULL;
        gc_push_root(vm, &m);
        gc_push_root(vm, &list);
        if (!seq_fast(fromlist, &items, &n)) {
            list = seq_to_list(vm, fromlist);
            items = val_is_error(list) ? NULL : as_list(list)->items;
            n = val_is_error(list) ? 0 : as_list(list)->len;
        }
        for (size_t i = 0; i < n; i++) {
            if (!val_is_str(items[i]) || str_eq_cstr(items[i], "*")) continue;
            Value have = obj_lookup_attr(vm, m, items[i]);
            if (!val_is_null(have)) continue;
            Value sub = str_format(vm, "%U.%U", absname, items[i]);
            if (val_is_error(sub)) break;
            Value r = import_dotted(vm, sub);
            if (val_is_error(r)) {
                if (vm_exc_matches(vm, &type_ModuleNotFoundError)) {
                    vm_clear_exc(vm);
                    continue;
                }
                gc_pop_roots(vm, 3);
                return r;
            }
        }
        gc_pop_roots(vm, 2);
    }
    gc_pop_roots(vm, 1);
    return m;
}

Value import_module(VM *vm, const char *name) {
    Value n = str_from_cstr(vm, name);
    if (val_is_error(n)) return n;
    gc_push_root(vm, &n);
    Value m = import_dotted(vm, n);
    gc_pop_roots(vm, 1);
    return m;
}

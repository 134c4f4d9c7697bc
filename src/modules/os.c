/*
** os.c -- the `posix` native module: the file-system calls of os over the
** VFS (runtime/vfs.h). lib/os.py builds os on top of it; the Python-level
** helpers whose names start with an underscore (_kind, _size, _read, _write)
** serve lib/os.py's stat and the file objects that open() returns.
*/
#include <stdlib.h>
#include <string.h>

#include "modules/modules.h"
#include "modules/os.h"
#include "runtime/import.h"
#include "runtime/vfs.h"

enum { E_NOENT = 2, E_BADF = 9, E_EXIST = 17, E_NOTDIR = 20, E_ISDIR = 21, E_INVAL = 22, E_NOTEMPTY = 39 };

static const char *errno_text(int err) {
    switch (err) {
    case E_NOENT: return "No such file or directory";
    case E_EXIST: return "File exists";
    case E_NOTDIR: return "Not a directory";
    case E_ISDIR: return "Is a directory";
    case E_NOTEMPTY: return "Directory not empty";
    case E_BADF: return "Bad file descriptor";
    case E_INVAL: return "Invalid argument";
    default: return "Input/output error";
    }
}

/* Raise OSError(err, strerror, path[, None, path2]): OSError's constructor
** picks the subclass (FileNotFoundError, ...) from the errno, as CPython. */
Value os_raise_errno(VM *vm, int err, Value path, Value path2) {
    Value args[5] = {val_from_small(err), str_from_cstr(vm, errno_text(err)), path, VAL_NONE,
                     path2};
    if (val_is_error(args[1])) return VAL_ERROR;
    int nargs = val_is_null(path) ? 2 : val_is_null(path2) ? 3 : 5;
    for (int i = 0; i < 5; i++) gc_push_root(vm, &args[i]);   /* across the constructor */
    Value exc = vm_call(vm, val_from_obj(&type_OSError), args, nargs, VAL_NULL);
    gc_pop_roots(vm, 5);
    if (val_is_error(exc)) return exc;
    return vm_raise_value(vm, exc);
}

/* A path argument: a str, or an object whose __fspath__ returns one
** (stored back in *v). Bytes paths are not supported by the VFS. */
static int path_arg(VM *vm, const char *fname, Value *v, const char **out) {
    if (!val_is_str(*v)) {
        Value name = str_intern_cstr(vm, "__fspath__");
        if (val_is_error(name)) return -1;
        Value fspath = obj_type_lookup(val_type(*v), name);
        if (val_is_null(fspath)) {
            vm_raise(vm, &type_TypeError, "%s: path should be string, bytes%s, not %T", fname,
                     strcmp(fname, "listdir") == 0 ? ", os.PathLike, integer or None"
                                                   : " or os.PathLike", *v);
            return -1;
        }
        Value r = vm_call(vm, fspath, v, 1, VAL_NULL);
        if (val_is_error(r)) return -1;
        if (!val_is_str(r)) {
            vm_raise(vm, &type_TypeError, "expected %T.__fspath__() to return str or bytes, not %T",
                     *v, r);
            return -1;
        }
        *v = r;
    }
    *out = str_cstr(*v);
    return 0;
}

/* Parse the arguments named by [names] ([nreq] required); the first
** [npaths] are paths. out[] gets the Values (paths as str), paths[] the
** paths' text. */
static int path_args(VM *vm, const char *fname, Value *args, int nargs, Value kwnames,
                     const char *const *names, int nreq, int npaths, Value *out,
                     const char **paths) {
    fileio_flush_all();  /* files' pending writes first: the os functions see them */
    if (vm_parse_args(vm, fname, args, nargs, kwnames, names, nreq, 0, out) < 0) return -1;
    for (int i = 0; i < npaths; i++) gc_push_root(vm, &out[i]);   /* __fspath__ runs Python */
    int r = 0;
    for (int i = 0; i < npaths && r == 0; i++) r = path_arg(vm, fname, &out[i], &paths[i]);
    gc_pop_roots(vm, npaths);
    /* '' names no file (vfs_abspath would make it the current directory) */
    for (int i = 0; i < npaths && r == 0; i++)
        if (!paths[i][0] && strcmp(fname, "_kind") != 0) {
            os_raise_errno(vm, E_NOENT, out[i], npaths > 1 ? out[1 - i] : VAL_NULL);
            r = -1;
        }
    /* past here a str that __fspath__ made is held by out[] alone: callers
    ** run no Python code while they use it (os_raise_errno roots its args) */
    return r;
}

static Value posix_getcwd(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "getcwd", nargs, kwnames, 0, 0) < 0) return VAL_ERROR;
    return str_from_cstr(vm, vfs_getcwd(vm));
}

static Value posix_chdir(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", NULL};
    Value v[1];
    const char *p[1];
    if (path_args(vm, "chdir", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    int kind = vfs_kind(vm, p[0]);
    if (kind != VFS_DIR) return os_raise_errno(vm, kind ? E_NOTDIR : E_NOENT, v[0], VAL_NULL);
    if (vfs_chdir(vm, p[0]) < 0) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    return VAL_NONE;
}

static Value names_to_list(VM *vm, char **names, size_t n) {
    Value list = list_new(vm, 0);
    for (size_t i = 0; i < n && !val_is_error(list); i++) {
        Value s = str_from_cstr(vm, names[i]);
        if (val_is_error(s) || list_append(vm, list, s) < 0) list = VAL_ERROR;
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    return list;
}

static Value posix_listdir(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", NULL};
    Value v[1];
    if (vm_parse_args(vm, "listdir", args, nargs, kwnames, names, 0, 0, v) < 0) return VAL_ERROR;
    const char *path = ".";
    if (val_is_null(v[0]) || val_is_none(v[0])) v[0] = str_from_cstr(vm, ".");
    else if (path_arg(vm, "listdir", &v[0], &path) < 0) return VAL_ERROR;
    if (!path[0]) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    int kind = vfs_kind(vm, path);
    if (kind != VFS_DIR) return os_raise_errno(vm, kind ? E_NOTDIR : E_NOENT, v[0], VAL_NULL);
    size_t n = 0;
    char **list = vfs_listdir(vm, path, &n);
    if (!list) return list_new(vm, 0);   /* a directory only the host has */
    return names_to_list(vm, list, n);
}

static Value posix_mkdir(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", "mode", NULL};
    Value v[2];
    const char *p[1];
    if (path_args(vm, "mkdir", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    if (vfs_kind(vm, p[0]) != VFS_NONE) return os_raise_errno(vm, E_EXIST, v[0], VAL_NULL);
    if (vfs_mkdir(vm, p[0], false) < 0) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    return VAL_NONE;
}

static Value posix_rmdir(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", NULL};
    Value v[1];
    const char *p[1];
    if (path_args(vm, "rmdir", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    int kind = vfs_kind(vm, p[0]);
    if (kind != VFS_DIR) return os_raise_errno(vm, kind ? E_NOTDIR : E_NOENT, v[0], VAL_NULL);
    if (vfs_remove(vm, p[0]) < 0) return os_raise_errno(vm, E_NOTEMPTY, v[0], VAL_NULL);
    return VAL_NONE;
}

static Value posix_remove(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", NULL};
    Value v[1];
    const char *p[1];
    if (path_args(vm, "remove", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    int kind = vfs_kind(vm, p[0]);
    if (kind != VFS_FILE) return os_raise_errno(vm, kind ? E_ISDIR : E_NOENT, v[0], VAL_NULL);
    if (vfs_remove(vm, p[0]) < 0) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    return VAL_NONE;
}

static Value posix_rename(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"src", "dst", NULL};
    Value v[2];
    const char *p[2];
    if (path_args(vm, "rename", args, nargs, kwnames, names, 2, 2, v, p) < 0) return VAL_ERROR;
    int from = vfs_kind(vm, p[0]), to = vfs_kind(vm, p[1]);
    if (from == VFS_NONE) return os_raise_errno(vm, E_NOENT, v[0], v[1]);
    if (to == VFS_DIR && from == VFS_FILE) return os_raise_errno(vm, E_ISDIR, v[0], v[1]);
    if (to == VFS_FILE && from == VFS_DIR) return os_raise_errno(vm, E_NOTDIR, v[0], v[1]);
    if (vfs_rename(vm, p[0], p[1]) < 0) return os_raise_errno(vm, E_NOENT, v[0], v[1]);
    return VAL_NONE;
}

/* _kind(path): 0 missing, 1 file, 2 directory. */
static Value posix_kind(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", NULL};
    Value v[1];
    const char *p[1];
    if (path_args(vm, "_kind", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    return val_from_small(p[0][0] ? vfs_kind(vm, p[0]) : VFS_NONE);
}

/* _read(path): the file's bytes; FileNotFoundError / IsADirectoryError. */
static Value posix_read(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", NULL};
    Value v[1];
    const char *p[1];
    if (path_args(vm, "_read", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    int kind = vfs_kind(vm, p[0]);
    if (kind != VFS_FILE) return os_raise_errno(vm, kind ? E_ISDIR : E_NOENT, v[0], VAL_NULL);
    size_t len = 0;
    char *data = vfs_read(vm, p[0], &len);
    if (!data) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    Value b = bytes_new(vm, data, len);
    free(data);
    return b;
}

/* _write(path, data, append): a whole-file write (or an append) of bytes. */
static Value posix_write(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", "data", "append", NULL};
    Value v[3];
    const char *p[1];
    if (path_args(vm, "_write", args, nargs, kwnames, names, 3, 1, v, p) < 0) return VAL_ERROR;
    if (!val_is_type(v[1], &type_bytes))
        return vm_raise(vm, &type_TypeError, "_write: data must be bytes, not %T", v[1]);
    int kind = vfs_kind(vm, p[0]);
    if (kind == VFS_DIR) return os_raise_errno(vm, E_ISDIR, v[0], VAL_NULL);
    BytesObj *b = (BytesObj *)val_as_obj(v[1]);
    if (vfs_write(vm, p[0], b->data, b->len, v[2] == VAL_TRUE) < 0)
        return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    return VAL_NONE;
}

static const MethodDef posix_functions[] = {
    {"getcwd", posix_getcwd, 0, NULL},
    {"chdir", posix_chdir, 0, NULL},
    {"listdir", posix_listdir, 0, NULL},
    {"mkdir", posix_mkdir, 0, NULL},
    {"rmdir", posix_rmdir, 0, NULL},
    {"remove", posix_remove, 0, NULL},
    {"unlink", posix_remove, 0, NULL},
    {"rename", posix_rename, 0, NULL},
    {"replace", posix_rename, 0, NULL},
    {"_kind", posix_kind, 0, NULL},
    {"_read", posix_read, 0, NULL},
    {"_write", posix_write, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static Value posix_module_init(VM *vm) {
    return native_module_new(vm, "posix", posix_functions);
}

/* Register `posix` and the builtin open() (modules/fileio.c). */
int setup_os(VM *vm) {
    if (import_register_native(vm, "posix", posix_module_init) < 0) return -1;
    return fileio_setup(vm);
}

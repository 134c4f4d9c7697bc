/*
** os.c -- the `posix` native module: the file-system calls of os over the
** VFS (runtime/vfs.h). lib/os.py builds os on top of it; the Python-level
** helpers whose names start with an underscore (_kind, _size, _read, _write)
** serve lib/os.py's stat and the file objects that open() returns.
*/
#define _POSIX_C_SOURCE 200809L
#include <stdlib.h>
#include <string.h>

#include "modules/modules.h"
#include "objects/containers.h"
#include "objects/str.h"
#include "modules/os.h"
#include "runtime/import.h"
#include "runtime/vfs.h"

enum { E_NOENT = 2, E_BADF = 9, E_ACCES = 13, E_BUSY = 16, E_EXIST = 17, E_NOTDIR = 20, E_ISDIR = 21, E_INVAL = 22,
       E_SPIPE = 29, E_NOTEMPTY = 39 };

/* Linux's open() flags, which os exports */
enum { O_ACCMODE_ = 3, O_WRONLY_ = 1, O_RDWR_ = 2, O_CREAT_ = 0100, O_EXCL_ = 0200, O_TRUNC_ = 01000,
       O_APPEND_ = 02000, O_DIRECTORY_ = 0200000 };

static const char *errno_text(int err) {
    switch (err) {
    case E_NOENT: return "No such file or directory";
    case E_EXIST: return "File exists";
    case E_NOTDIR: return "Not a directory";
    case E_ISDIR: return "Is a directory";
    case E_NOTEMPTY: return "Directory not empty";
    case E_BADF: return "Bad file descriptor";
    case E_INVAL: return "Invalid argument";
    case E_ACCES: return "Permission denied";
    case E_BUSY: return "Device or resource busy";
    case E_SPIPE: return "Illegal seek";
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
    if (val_is_type(*v, &type_bytes)) {
        /* bytes paths name the same files as their UTF-8 text */
        BytesObj *b = (BytesObj *)val_as_obj(*v);
        Value s = bytes_decode(vm, b->data, b->len, "utf-8", "surrogateescape");
        if (val_is_error(s)) return -1;
        *v = s;
    } else if (!val_is_str(*v)) {
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
        if (val_is_type(r, &type_bytes)) {
            *v = r;
            return path_arg(vm, fname, v, out);
        }
        if (!val_is_str(r)) {
            vm_raise(vm, &type_TypeError, "expected %T.__fspath__() to return str or bytes, not %T",
                     *v, r);
            return -1;
        }
        *v = r;
    }
    *out = str_cstr(*v);
    if (strlen(*out) != as_str(*v)->size) {
        vm_raise(vm, &type_ValueError, "embedded null byte");
        return -1;
    }
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

static int int_arg_keeping(VM *vm, Value *path, Value v, int64_t *out);

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

static Value names_to_list(VM *vm, char **names, size_t n, bool as_bytes) {
    Value list = list_new(vm, 0);
    for (size_t i = 0; i < n && !val_is_error(list); i++) {
        Value s = as_bytes ? bytes_new(vm, names[i], strlen(names[i])) : str_from_cstr(vm, names[i]);
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
    bool as_bytes = val_is_type(v[0], &type_bytes);
    Value given = v[0];
    if (val_is_null(v[0]) || val_is_none(v[0])) v[0] = str_from_cstr(vm, ".");
    else if (path_arg(vm, "listdir", &v[0], &path) < 0) return VAL_ERROR;
    if (as_bytes) v[0] = given;
    if (!path[0]) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    int kind = vfs_kind(vm, path);
    if (kind != VFS_DIR) return os_raise_errno(vm, kind ? E_NOTDIR : E_NOENT, v[0], VAL_NULL);
    size_t n = 0;
    char **list = vfs_listdir(vm, path, &n);
    if (!list) return list_new(vm, 0);   /* a directory only the host has */
    return names_to_list(vm, list, n, as_bytes);
}

static Value posix_mkdir(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", "mode", NULL};
    Value v[2];
    const char *p[1];
    if (path_args(vm, "mkdir", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    if (vfs_kind(vm, p[0]) != VFS_NONE) return os_raise_errno(vm, E_EXIST, v[0], VAL_NULL);
    int64_t mode = 0777;
    if (!val_is_null(v[1]) && int_arg_keeping(vm, &v[0], v[1], &mode) < 0) return VAL_ERROR;
    if (vfs_mkdir(vm, p[0], false) < 0) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    vfs_chmod(vm, p[0], (int)(mode & ~022));
    return VAL_NONE;
}

static bool is_root(VM *vm, const char *path) {
    char *abs = vfs_abspath(vm, path);
    bool r = abs && strcmp(abs, "/") == 0;
    free(abs);
    return r;
}

static Value posix_rmdir(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", NULL};
    Value v[1];
    const char *p[1];
    if (path_args(vm, "rmdir", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    if (is_root(vm, p[0])) return os_raise_errno(vm, E_BUSY, v[0], VAL_NULL);
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

static bool moves_into_itself(VM *vm, const char *from, const char *to) {
    char *a = vfs_abspath(vm, from), *b = vfs_abspath(vm, to);
    bool r = a && b && vfs_is_within(a, b);
    free(a);
    free(b);
    return r;
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
    if (from == VFS_DIR && moves_into_itself(vm, p[0], p[1])) return os_raise_errno(vm, E_INVAL, v[0], v[1]);
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

/* ---- descriptors ---- */

static int int_arg(VM *vm, Value v, int64_t *out) {
    if (!val_is_index(v)) {
        vm_raise(vm, &type_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return -1;
    }
    return obj_index_i64(vm, v, out, &type_OverflowError);
}

/* int_arg after path_args: __index__ may run Python, so the path's str
** (maybe made by __fspath__ or from bytes) stays rooted meanwhile. */
static int int_arg_keeping(VM *vm, Value *path, Value v, int64_t *out) {
    gc_push_root(vm, path);
    int r = int_arg(vm, v, out);
    gc_pop_roots(vm, 1);
    return r;
}

/* The kind of the directory that would hold [path]. */
static int parent_kind(VM *vm, const char *path) {
    char *abs = vfs_abspath(vm, path);
    if (!abs) return VFS_NONE;
    char *slash = strrchr(abs, '/');
    if (slash == abs) slash[1] = 0;
    else *slash = 0;
    int k = vfs_kind(vm, abs);
    free(abs);
    return k;
}

/* open(path, flags, mode=0o777, *, dir_fd=None) */
static Value posix_open(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", "flags", "mode", "dir_fd", NULL};
    Value v[4];
    const char *p[1];
    int64_t flags;
    if (path_args(vm, "open", args, nargs, kwnames, names, 2, 1, v, p) < 0) return VAL_ERROR;
    int64_t mode = 0777;
    if (int_arg_keeping(vm, &v[0], v[1], &flags) < 0) return VAL_ERROR;
    if (!val_is_null(v[2]) && int_arg_keeping(vm, &v[0], v[2], &mode) < 0) return VAL_ERROR;
    int kind = vfs_kind(vm, p[0]);
    int acc = (int)(flags & O_ACCMODE_);
    if (kind != VFS_NONE && (flags & O_CREAT_) && (flags & O_EXCL_))
        return os_raise_errno(vm, E_EXIST, v[0], VAL_NULL);
    if (kind == VFS_DIR && acc != 0) return os_raise_errno(vm, E_ISDIR, v[0], VAL_NULL);
    if (kind != VFS_DIR && (flags & O_DIRECTORY_))
        return os_raise_errno(vm, kind ? E_NOTDIR : E_NOENT, v[0], VAL_NULL);
    if (kind == VFS_NONE) {
        if (!(flags & O_CREAT_)) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
        int parent = parent_kind(vm, p[0]);
        if (parent != VFS_DIR) return os_raise_errno(vm, parent ? E_NOTDIR : E_NOENT, v[0], VAL_NULL);
        if (vfs_write(vm, p[0], "", 0, true) < 0) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
        vfs_chmod(vm, p[0], (int)(mode & ~022));
    } else if (kind == VFS_FILE && (flags & O_TRUNC_) && acc != 0) {
        if (vfs_write(vm, p[0], "", 0, false) < 0) return os_raise_errno(vm, E_ACCES, v[0], VAL_NULL);
    }
    int fd = vfs_fd_open(vm, p[0], (int)flags);
    if (fd < 0) return vm_raise_nomem(vm);
    return val_from_small(fd);
}

/* The descriptor argument; EBADF when it is not open. */
static VfsFd *fd_arg(VM *vm, Value v, int64_t *fd) {
    if (int_arg(vm, v, fd) < 0) return NULL;
    VfsFd *f = vfs_fd(vm, (int)*fd);
    if (!f || *fd != (int)*fd) os_raise_errno(vm, E_BADF, VAL_NULL, VAL_NULL);
    return f;
}

static bool is_stdio(int64_t fd) { return fd >= 0 && fd <= 2; }

static Value posix_close(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "close", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    fileio_flush_all();
    int64_t fd;
    if (int_arg(vm, args[0], &fd) < 0) return VAL_ERROR;
    if (is_stdio(fd)) return VAL_NONE;
    if (vfs_fd_close(vm, (int)fd) < 0) return os_raise_errno(vm, E_BADF, VAL_NULL, VAL_NULL);
    return VAL_NONE;
}

static Value posix_closerange(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "closerange", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    int64_t lo, hi;
    if (int_arg(vm, args[0], &lo) < 0 || int_arg(vm, args[1], &hi) < 0) return VAL_ERROR;
    for (int64_t fd = lo < 3 ? 3 : lo; fd < hi && fd < 1 << 20; fd++) vfs_fd_close(vm, (int)fd);
    return VAL_NONE;
}

static Value posix_fd_read(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "read", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    fileio_flush_all();
    int64_t fd, n;
    if (int_arg(vm, args[1], &n) < 0) return VAL_ERROR;
    if (int_arg(vm, args[0], &fd) < 0) return VAL_ERROR;
    if (n < 0) return os_raise_errno(vm, E_INVAL, VAL_NULL, VAL_NULL);
    if (is_stdio(fd)) return bytes_new(vm, "", 0);
    VfsFd *f = fd_arg(vm, args[0], &fd);
    if (!f) return VAL_ERROR;
    if ((f->flags & O_ACCMODE_) == O_WRONLY_) return os_raise_errno(vm, E_BADF, VAL_NULL, VAL_NULL);
    if (vfs_kind(vm, f->path) == VFS_DIR) return os_raise_errno(vm, E_ISDIR, VAL_NULL, VAL_NULL);
    size_t len = 0;
    char *data = vfs_read(vm, f->path, &len);
    if (!data) return bytes_new(vm, "", 0);   /* unlinked while open */
    size_t start = f->pos < len ? f->pos : len;
    size_t take = (uint64_t)n < len - start ? (size_t)n : len - start;
    Value b = bytes_new(vm, data + start, take);
    free(data);
    if (!val_is_error(b)) f->pos = start + take;
    return b;
}

static Value posix_fd_write(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "write", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    fileio_flush_all();
    int64_t fd;
    const uint8_t *d;
    size_t n;
    if (int_arg(vm, args[0], &fd) < 0) return VAL_ERROR;
    if (val_is_str(args[1]) || !bytes_view(args[1], &d, &n))
        return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    if (fd == 1 || fd == 2) {
        if (vm->config.write && n) vm->config.write(vm->config.write_ctx, (int)fd, (const char *)d, n);
        return val_from_small((int64_t)n);
    }
    VfsFd *f = fd_arg(vm, args[0], &fd);
    if (!f) return VAL_ERROR;
    if ((f->flags & O_ACCMODE_) == 0) return os_raise_errno(vm, E_BADF, VAL_NULL, VAL_NULL);
    if (f->flags & O_APPEND_) {
        VfsStat st;
        f->pos = vfs_stat(vm, f->path, &st) == 0 ? st.size : 0;
    }
    if (vfs_pwrite(vm, f->path, f->pos, d, n) < 0) return os_raise_errno(vm, E_BADF, VAL_NULL, VAL_NULL);
    f->pos += n;
    return val_from_small((int64_t)n);
}

static Value posix_lseek(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "lseek", nargs, kwnames, 3, 3) < 0) return VAL_ERROR;
    fileio_flush_all();
    int64_t fd, off, how;
    if (int_arg(vm, args[1], &off) < 0 || int_arg(vm, args[2], &how) < 0) return VAL_ERROR;
    if (int_arg(vm, args[0], &fd) < 0) return VAL_ERROR;
    if (is_stdio(fd)) return os_raise_errno(vm, E_SPIPE, VAL_NULL, VAL_NULL);
    VfsFd *f = fd_arg(vm, args[0], &fd);
    if (!f) return VAL_ERROR;
    VfsStat st;
    int64_t base = how == 0 ? 0 : how == 1 ? (int64_t)f->pos
                 : how == 2 && vfs_stat(vm, f->path, &st) == 0 ? (int64_t)st.size : -1;
    if (base < 0 || base + off < 0) return os_raise_errno(vm, E_INVAL, VAL_NULL, VAL_NULL);
    f->pos = (size_t)(base + off);
    return int_from_i64(vm, base + off);
}

static Value posix_ftruncate(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "ftruncate", nargs, kwnames, 2, 2) < 0) return VAL_ERROR;
    fileio_flush_all();
    int64_t fd, len;
    if (int_arg(vm, args[1], &len) < 0) return VAL_ERROR;
    VfsFd *f = fd_arg(vm, args[0], &fd);
    if (!f) return VAL_ERROR;
    if (len < 0 || (f->flags & O_ACCMODE_) == 0) return os_raise_errno(vm, E_INVAL, VAL_NULL, VAL_NULL);
    if (vfs_truncate(vm, f->path, (size_t)len) < 0) return os_raise_errno(vm, E_INVAL, VAL_NULL, VAL_NULL);
    return VAL_NONE;
}

static Value posix_truncate(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", "length", NULL};
    Value v[2];
    const char *p[1];
    int64_t len;
    if (path_args(vm, "truncate", args, nargs, kwnames, names, 2, 1, v, p) < 0) return VAL_ERROR;
    if (int_arg_keeping(vm, &v[0], v[1], &len) < 0) return VAL_ERROR;
    int kind = vfs_kind(vm, p[0]);
    if (kind != VFS_FILE) return os_raise_errno(vm, kind ? E_ISDIR : E_NOENT, v[0], VAL_NULL);
    if (len < 0 || vfs_truncate(vm, p[0], (size_t)len) < 0) return os_raise_errno(vm, E_INVAL, v[0], VAL_NULL);
    return VAL_NONE;
}

static Value posix_dup(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "dup", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t fd;
    VfsFd *f = fd_arg(vm, args[0], &fd);
    if (!f) return VAL_ERROR;
    int flags = f->flags;
    size_t pos = f->pos;
    char *path = strdup(f->path);
    if (!path) return vm_raise_nomem(vm);
    int nfd = vfs_fd_open(vm, path, flags);
    free(path);
    if (nfd < 0) return vm_raise_nomem(vm);
    vfs_fd(vm, nfd)->pos = pos;
    return val_from_small(nfd);
}

/* isatty(fd): nothing here is a terminal; fsync(fd): nothing to do. */
static Value fd_check_only(VM *vm, Value *args, int nargs, Value kwnames, const char *name, Value result) {
    if (vm_check_args(vm, name, nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t fd;
    Value fdv = args[0];
    if (!val_is_index(fdv)) {
        Value m = obj_lookup_attr(vm, fdv, str_intern_cstr(vm, "fileno"));
        if (val_is_error(m)) return m;
        if (val_is_null(m))
            return vm_raise(vm, &type_TypeError, "argument must be an int, or have a fileno() method.");
        fdv = vm_call(vm, m, NULL, 0, VAL_NULL);
        if (val_is_error(fdv)) return fdv;
    }
    if (int_arg(vm, fdv, &fd) < 0) return VAL_ERROR;
    if (is_stdio(fd)) return result;
    if (!vfs_fd(vm, (int)fd)) {
        if (result == VAL_FALSE) return VAL_FALSE;
        return os_raise_errno(vm, E_BADF, VAL_NULL, VAL_NULL);
    }
    return result;
}

static Value posix_isatty(VM *vm, Value *args, int nargs, Value kwnames) {
    return fd_check_only(vm, args, nargs, kwnames, "isatty", VAL_FALSE);
}

static Value posix_fsync(VM *vm, Value *args, int nargs, Value kwnames) {
    fileio_flush_all();
    return fd_check_only(vm, args, nargs, kwnames, "fsync", VAL_NONE);
}

/* _fdpath(fd): the absolute path behind a descriptor (for open(fd)). */
static Value posix_fdpath(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "_fdpath", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    int64_t fd;
    VfsFd *f = fd_arg(vm, args[0], &fd);
    if (!f) return VAL_ERROR;
    return str_from_cstr(vm, f->path);
}

/* ---- metadata ---- */

enum { S_IFDIR_ = 0040000, S_IFREG_ = 0100000 };

/* (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) */
static Value stat_tuple(VM *vm, const VfsStat *st) {
    Value t = tuple_new(vm, 10);
    if (val_is_error(t)) return t;
    Value *it = ((TupleObj *)val_as_obj(t))->items;
    it[0] = val_from_small((st->kind == VFS_DIR ? S_IFDIR_ : S_IFREG_) | st->mode);
    it[1] = int_from_u64(vm, st->ino);
    if (val_is_error(it[1])) return VAL_ERROR;
    it[2] = val_from_small(1);
    it[3] = val_from_small(st->kind == VFS_DIR ? 2 : 1);
    it[4] = it[5] = val_from_small(0);
    it[6] = int_from_u64(vm, st->size);
    if (val_is_error(it[6])) return VAL_ERROR;
    it[7] = val_from_float(st->atime);
    it[8] = val_from_float(st->mtime);
    it[9] = val_from_float(st->ctime);
    return t;
}

/* _stat(path): the raw fields of os.stat. */
static Value posix_stat_raw(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", NULL};
    Value v[1];
    const char *p[1];
    if (path_args(vm, "stat", args, nargs, kwnames, names, 1, 1, v, p) < 0) return VAL_ERROR;
    VfsStat st;
    if (vfs_stat(vm, p[0], &st) < 0) {
        /* a path through a file is ENOTDIR */
        return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    }
    size_t n = strlen(p[0]);
    if (st.kind == VFS_FILE && n && p[0][n - 1] == '/') return os_raise_errno(vm, E_NOTDIR, v[0], VAL_NULL);
    return stat_tuple(vm, &st);
}

static Value posix_fstat_raw(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "fstat", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    fileio_flush_all();
    int64_t fd;
    if (int_arg(vm, args[0], &fd) < 0) return VAL_ERROR;
    VfsStat st = {.kind = VFS_FILE, .mode = 0620};
    if (is_stdio(fd)) return stat_tuple(vm, &st);
    VfsFd *f = fd_arg(vm, args[0], &fd);
    if (!f) return VAL_ERROR;
    if (vfs_stat(vm, f->path, &st) < 0) {
        st.kind = VFS_FILE;   /* unlinked while open */
        st.mode = 0644;
    }
    return stat_tuple(vm, &st);
}

/* _utime(path, atime, mtime); None times mean now. */
static Value posix_utime_raw(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", "atime", "mtime", NULL};
    Value v[3];
    const char *p[1];
    if (path_args(vm, "utime", args, nargs, kwnames, names, 3, 1, v, p) < 0) return VAL_ERROR;
    double t[2];
    for (int i = 0; i < 2; i++) {
        Value x = v[1 + i];
        if (val_is_none(x)) t[i] = vfs_now();
        else if (val_is_float(x)) t[i] = val_as_float(x);
        else if (val_is_int(x)) t[i] = (double)val_as_int(x);
        else return vm_raise(vm, &type_TypeError, "utime: times must be numbers");
    }
    if (vfs_set_times(vm, p[0], t[0], t[1]) < 0) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
    return VAL_NONE;
}

static Value posix_chmod(VM *vm, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    Value v[4];
    const char *p[1];
    int64_t mode;
    if (path_args(vm, "chmod", args, nargs, kwnames, names, 2, 1, v, p) < 0) return VAL_ERROR;
    if (int_arg_keeping(vm, &v[0], v[1], &mode) < 0) return VAL_ERROR;
    if (vfs_chmod(vm, p[0], (int)mode) < 0) return os_raise_errno(vm, E_NOENT, v[0], VAL_NULL);
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
    {"_stat", posix_stat_raw, 0, NULL},
    {"_fstat", posix_fstat_raw, 0, NULL},
    {"_utime", posix_utime_raw, 0, NULL},
    {"_fdpath", posix_fdpath, 0, NULL},
    {"chmod", posix_chmod, 0, NULL},
    {"open", posix_open, 0, NULL},
    {"close", posix_close, 0, NULL},
    {"closerange", posix_closerange, 0, NULL},
    {"read", posix_fd_read, 0, NULL},
    {"write", posix_fd_write, 0, NULL},
    {"lseek", posix_lseek, 0, NULL},
    {"ftruncate", posix_ftruncate, 0, NULL},
    {"truncate", posix_truncate, 0, NULL},
    {"dup", posix_dup, 0, NULL},
    {"isatty", posix_isatty, 0, NULL},
    {"fsync", posix_fsync, 0, NULL},
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

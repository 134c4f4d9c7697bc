/*
** vfs.h -- the virtual file system shared by open(), os and import: an
** in-memory tree, falling through to the host's files when the port gives
** read callbacks (the native CLI).
*/
#ifndef PIPIT_VFS_H
#define PIPIT_VFS_H

#include <stddef.h>
#include "vm.h"

enum { VFS_NONE = 0, VFS_FILE = 1, VFS_DIR = 2 };

int vfs_init(VM *vm);
void vfs_free(VM *vm);
/* Normalize [path] against the current directory into a malloc'ed string. */
char *vfs_abspath(VM *vm, const char *path);
int vfs_kind(VM *vm, const char *path);
/* A malloc'ed copy of the file's bytes (NUL-terminated), or NULL. */
char *vfs_read(VM *vm, const char *path, size_t *len);
int vfs_write(VM *vm, const char *path, const void *data, size_t len, bool append);
int vfs_mkdir(VM *vm, const char *path, bool parents);
int vfs_remove(VM *vm, const char *path);        /* files and empty directories */
int vfs_rename(VM *vm, const char *from, const char *to);
/* True when absolute [path] lies strictly inside absolute directory [dir]. */
bool vfs_is_within(const char *dir, const char *path);
/* Names in a directory: a malloc'ed array of malloc'ed strings; *n set. */
char **vfs_listdir(VM *vm, const char *path, size_t *n);
const char *vfs_getcwd(VM *vm);
int vfs_chdir(VM *vm, const char *path);

/* What os.stat reports of a file or directory. */
typedef struct VfsStat {
    int kind;
    size_t size;
    double atime, mtime, ctime;
    uint64_t ino;
    int mode;                 /* permission bits */
} VfsStat;

/* -1 when [path] does not exist. */
int vfs_stat(VM *vm, const char *path, VfsStat *st);
/* Write [len] bytes at [off], zero-filling a gap; the file must exist. */
int vfs_pwrite(VM *vm, const char *path, size_t off, const void *data, size_t len);
int vfs_truncate(VM *vm, const char *path, size_t len);
int vfs_set_times(VM *vm, const char *path, double atime, double mtime);
int vfs_chmod(VM *vm, const char *path, int mode);
double vfs_now(void);

/* An open descriptor (os.open): the absolute path, a position, the flags. */
typedef struct VfsFd {
    char *path;               /* NULL: free slot */
    size_t pos;
    int flags;
} VfsFd;

/* A new descriptor (>= 3) for [path] at position 0, or -1. */
int vfs_fd_open(VM *vm, const char *path, int flags);
VfsFd *vfs_fd(VM *vm, int fd);  /* NULL for a descriptor not open */
int vfs_fd_close(VM *vm, int fd);

#endif

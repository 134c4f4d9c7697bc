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
/* Names in a directory: a malloc'ed array of malloc'ed strings; *n set. */
char **vfs_listdir(VM *vm, const char *path, size_t *n);
const char *vfs_getcwd(VM *vm);
int vfs_chdir(VM *vm, const char *path);

#endif

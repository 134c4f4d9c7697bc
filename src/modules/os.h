/*
** os.h -- the posix module (modules/os.c) and open() (modules/fileio.c).
*/
#ifndef PIPIT_OS_H
#define PIPIT_OS_H

#include "runtime/vm.h"

/* Register the posix module and the builtin open(); called by setup_stdmods. */
int setup_os(VM *vm);
/* Add open() to the builtins. */
int fileio_setup(VM *vm);
/* Give every file's pending writes to the VFS (before reading the VFS). */
void fileio_flush_all(void);
/* Raise the OSError subclass for [err] with [path] (and [path2] unless VAL_NULL;
** no filename when path is VAL_NULL). Returns VAL_ERROR. */
Value os_raise_errno(VM *vm, int err, Value path, Value path2);

#endif

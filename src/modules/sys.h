/*
** sys.h -- the sys module (modules/sys.c) for the core's own use.
*/
#ifndef PIPIT_SYS_H
#define PIPIT_SYS_H

#include "runtime/vm.h"

/* Write str [s] to sys.stdout (fd 1) or sys.stderr (fd 2): straight to the
** host's write sink when that is still the built-in stream, else through
** the object's write() method. Nothing happens when it is None. 0 or -1. */
int sys_write_std(VM *vm, int fd, Value s);

/* The object sys.stdout/sys.stderr/sys.stdin currently is (VAL_NULL when
** sys has no such attribute). */
Value sys_get_std(VM *vm, int fd);

/* Is [v] one of the built-in standard streams (and which fd: 0, 1, 2)? -1 no. */
int sys_std_fd(Value v);

/* Write [len] bytes to the host's sink for [fd] (1 or 2). */
void sys_host_write(VM *vm, int fd, const char *data, size_t len);

/* A line from the host's readline (config.readline): a str with its
** newline, "" at end of input (VAL_NULL when there is no readline). */
Value sys_host_readline(VM *vm);

#endif

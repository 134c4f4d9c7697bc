/*
** toplevel.h -- running a module body compiled with top-level await.
*/
#ifndef PIPIT_TOPLEVEL_H
#define PIPIT_TOPLEVEL_H

#include "vm.h"

/* Is [code] a module body that awaits (compiled with PIPIT_MODE_TOP_AWAIT)? */
bool toplevel_is_coroutine(Value code);

/* Pushes, on the current fiber, the frame of asyncio._run_toplevel(coro)
** where coro is the coroutine of module body [code] over [globals]; NULL
** with an exception pending. */
Frame *toplevel_push(VM *vm, Value code, Value globals);

#endif

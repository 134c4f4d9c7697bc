/*
** generator.h -- generators, coroutines and async generators (the VM's side).
*/
#ifndef PIPIT_GENERATOR_H
#define PIPIT_GENERATOR_H

#include "../runtime/frame.h"

/* After an uncaught exception left generator [g]: StopIteration (and
** StopAsyncIteration in async generators) become RuntimeError (PEP 479). */
void gen_wrap_stop_iteration(VM *vm, GenObj *g);

/* The value an async generator yields, marked so that asend() can tell it
** from an await passing through. */
Value async_gen_wrap_value(VM *vm, Value v);

extern Type type_async_generator_athrow, type_async_generator_asend, type_coroutine_wrapper;

/* StopIteration(value) pending; returns VAL_ERROR. */
Value raise_stop_iteration(VM *vm, Value value);

#endif

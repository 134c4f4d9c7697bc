/*
** traceback.h -- traceback objects and the text CPython 3.11 prints for an
** uncaught exception (runtime/traceback.c).
*/
#ifndef PIPIT_TRACEBACK_H
#define PIPIT_TRACEBACK_H

#include "runtime/vm.h"

/* A traceback entry for [code] at instruction [lasti] ([lineno] its line),
** in front of [next] (a traceback or None). The VM prepends one as an
** exception leaves each frame: exc.__traceback__ = traceback_new(vm,
** exc.__traceback__, code, lasti, line). */
Value traceback_new(VM *vm, Value next, Value code, uint32_t lasti, int lineno);

/* The whole report: chained exceptions, "Traceback (most recent call
** last):", the frames with their source lines and carets, SyntaxError's
** special form, the final "Type: message" line and the notes. A str. */
Value traceback_format(VM *vm, Value exc);

/* traceback_format(exc) written to sys.stderr (or fd 2 of the write sink
** when sys.stderr is unusable). Never fails; clears what it raises. */
void traceback_print(VM *vm, Value exc);

/* An exception that cannot propagate (raised while closing an abandoned
** generator): "Exception ignored in: repr(obj)" and its traceback, to
** sys.stderr. Never fails; keeps vm->exc. */
void traceback_print_unraisable(VM *vm, Value exc, Value obj);

/* Adds the traceback and frame types' attributes (called by setup_exceptions). */
int traceback_setup_type(VM *vm);

/* ---- frame objects (runtime/frameobject.c) ---- */

/* The frame object of [f] (made once, cached in f->frameobj); VAL_ERROR on
** out-of-memory. */
Value frame_object(VM *vm, Frame *f);
/* [f] is going away: its frame object keeps a copy of what it shows. */
void frame_detach_object(VM *vm, Frame *f);
/* The frames from [top] down are freed wholesale: their objects go dead. */
void frame_detach_all(Frame *top);
int frame_setup_type(VM *vm);
/* sys._getframe([depth]) */
Value frame_sys_getframe(VM *vm, Value *args, int nargs, Value kwnames);

#endif

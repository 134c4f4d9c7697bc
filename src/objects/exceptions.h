/*
** exceptions.h -- the built-in exception types (objects/exceptions.c) for the
** core's own use. exc_new and the type_<Name> declarations are in object.h.
*/
#ifndef PIPIT_EXCEPTIONS_H
#define PIPIT_EXCEPTIONS_H

#include "runtime/vm.h"

/* Implicit chaining: set [exc].__context__ = [context] as CPython does when
** [exc] is raised while [context] is being handled (a no-op when they are
** the same object; a link that would close a cycle is cut first). */
void exc_set_context(VM *vm, Value exc, Value context);

/* The C-level attributes of exceptions (StopIteration.value, OSError.errno,
** SyntaxError.lineno ...): the value of [field], or None when unset. */
Value exc_get_field(VM *vm, Value exc, const char *field);
int exc_set_field(VM *vm, Value exc, const char *field, Value v);

/* StopIteration.value of [exc] (None when absent). */
static inline Value exc_stopiteration_value(VM *vm, Value exc) {
    return exc_get_field(vm, exc, "value");
}

/* The "Name: message" / "Name" line CPython prints last for an uncaught
** exception (module-qualified unless builtins or __main__). */
Value exc_format_final_line(VM *vm, Value exc);

/* The exit status SystemExit [exc] asks for: its code as an int, 0 for None;
** for another object *print_it is set (CPython prints str(code) and uses 1). */
int exc_systemexit_status(VM *vm, Value exc, bool *print_it);

/* ---- exception groups (PEP 654) ---- */

extern Type type_BaseExceptionGroup, type_ExceptionGroup;

/* CHECK_EG_MATCH of except*: how much of [exc] matches [match_type] (a
** type or tuple of types, checked by the caller). *match is the matching
** part (a naked exception is wrapped in an ExceptionGroup), *rest what
** remains; either is None. 0, or -1 with an exception pending. */
int exc_group_match(VM *vm, Value exc, Value match_type, Value *match, Value *rest);

/* PREP_RERAISE_STAR: what to raise after the except* clauses ran, from
** the original exception [orig] and the list [excs] of what each clause
** raised or re-raised (None entries ignored); None when nothing is left. */
Value exc_prep_reraise_star(VM *vm, Value orig, Value excs);

#endif

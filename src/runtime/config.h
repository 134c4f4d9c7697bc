/*
** config.h -- compile-time switches, each defaulted here (-D on the command
** line overrides).
*/
#ifndef PIPIT_CONFIG_H
#define PIPIT_CONFIG_H

/* Collect at every safepoint where something was allocated (finds missing roots). */
#ifndef PIPIT_GC_STRESS
#define PIPIT_GC_STRESS 0
#endif

/* Default sys.getrecursionlimit(). */
#ifndef PIPIT_RECURSION_LIMIT
#define PIPIT_RECURSION_LIMIT 1000
#endif

/* How deep C code may call back into Python (nested VM runs, repr of nested
** containers ...) before RecursionError: bounded by the C stack. */
#ifndef PIPIT_C_RECURSION_LIMIT
#ifdef __wasm__
#define PIPIT_C_RECURSION_LIMIT 200
#else
#define PIPIT_C_RECURSION_LIMIT 1000
#endif
#endif

/* Instructions between two periodic checks (interrupts, GC requests, budget). */
#ifndef PIPIT_TICK_INTERVAL
#define PIPIT_TICK_INTERVAL 1024
#endif

#define PIPIT_VERSION "0.1.0"

#endif

/*
** alloc.h -- memory for GC objects: size-classed pools for small objects
** (most objects are a few dozen bytes and die young), the C library for
** the rest. Sanitizer builds use the C library throughout, so that ASan
** sees every object's lifetime.
*/
#ifndef PIPIT_ALLOC_H
#define PIPIT_ALLOC_H

#include <stddef.h>

void *obj_mem_alloc(size_t size);              /* zeroed; NULL when out of memory */
void obj_mem_free(void *p, size_t size);       /* size: as passed to obj_mem_alloc */

#endif

/*
** alloc.c -- size-classed pools for small GC objects.
**
** A request of at most POOL_MAX bytes is rounded up to a multiple of
** POOL_GRAIN and served from that class's free list, or else carved from
** the current chunk. Freed blocks go back on their class's list and are
** reused; chunks are never returned to the system (the heap stays at its
** high-water mark, as with most allocators). The pools are global: there
** is one VM per process (docs/differences.md).
*/
#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__) || (defined(PIPIT_GC_STRESS) && PIPIT_GC_STRESS)
#define POOLS_ENABLED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOLS_ENABLED 0
#endif
#endif
#ifndef POOLS_ENABLED
#define POOLS_ENABLED 1
#endif

#define POOL_GRAIN 16
#define POOL_MAX 512
#define NCLASSES (POOL_MAX / POOL_GRAIN)
#define CHUNK_SIZE (64 * 1024)

typedef struct FreeBlock {
    struct FreeBlock *next;
} FreeBlock;

static FreeBlock *free_lists[NCLASSES];
static char *chunk_next, *chunk_end;   /* the unused part of the current chunk */

static size_t class_of(size_t size) { return (size + POOL_GRAIN - 1) / POOL_GRAIN - 1; }

/* A block of [bytes] from the current chunk, starting a new chunk when it
** is used up (its tail goes on the free lists, not to waste). */
static void *carve(size_t bytes) {
    if ((size_t)(chunk_end - chunk_next) < bytes) {
        while ((size_t)(chunk_end - chunk_next) >= POOL_GRAIN) {
            size_t rest = (size_t)(chunk_end - chunk_next);
            size_t c = class_of(rest > POOL_MAX ? POOL_MAX : rest / POOL_GRAIN * POOL_GRAIN);
            size_t take = (c + 1) * POOL_GRAIN;
            FreeBlock *b = (FreeBlock *)chunk_next;
            b->next = free_lists[c];
            free_lists[c] = b;
            chunk_next += take;
        }
        char *chunk = malloc(CHUNK_SIZE);
        if (!chunk) return NULL;
        chunk_next = chunk;
        chunk_end = chunk + CHUNK_SIZE;
    }
    void *p = chunk_next;
    chunk_next += bytes;
    return p;
}

void *obj_mem_alloc(size_t size) {
    if (!POOLS_ENABLED || size == 0 || size > POOL_MAX) return calloc(1, size ? size : 1);
    size_t c = class_of(size);
    size_t bytes = (c + 1) * POOL_GRAIN;
    void *p = free_lists[c];
    if (p) free_lists[c] = free_lists[c]->next;
    else if (!(p = carve(bytes))) return NULL;
    memset(p, 0, bytes);
    return p;
}

void obj_mem_free(void *p, size_t size) {
    if (!p) return;
    if (!POOLS_ENABLED || size == 0 || size > POOL_MAX) {
        free(p);
        return;
    }
    size_t c = class_of(size);
    FreeBlock *b = p;
    b->next = free_lists[c];
    free_lists[c] = b;
}

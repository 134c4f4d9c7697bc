/*
** arena.c -- bump allocator for the AST: many small zeroed allocations,
** freed all at once after compilation.
*/
#include <stdlib.h>
#include <string.h>

#include "compiler/ast.h"

#define ARENA_BLOCK_MIN 8192

struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size;
    max_align_t data[]; /* payload, aligned for any type */
};

void arena_init(Arena *a) { a->head = NULL; }

static ArenaBlock *arena_new_block(Arena *a, size_t need) {
    size_t size = need > ARENA_BLOCK_MIN ? need : ARENA_BLOCK_MIN;
    ArenaBlock *b = malloc(sizeof(ArenaBlock) + size);
    if (!b) return NULL;
    b->used = 0;
    b->size = size;
    b->next = a->head;
    a->head = b;
    return b;
}

void *arena_alloc(Arena *a, size_t size) {
    const size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    if (size == 0) size = align;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < size) {
        b = arena_new_block(a, size);
        if (!b) return NULL;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
    char *p = arena_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void arena_free(Arena *a) {
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

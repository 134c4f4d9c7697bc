/*
** names.c -- the character-name tables in the web build: pipit.wasm leaves
** unicode_names_data.c out, and the first name looked up reads the tables
** from lib/unicode_names.bin (written by scripts/names-blob.c, whose comment
** gives the layout; pipit.js serves it, prefetched when a program imports
** unicodedata). Without the file, no character has a name.
*/
#include <stdlib.h>
#include <string.h>

#include "objects/unicode_names.h"

#define WASM_IMPORT(name) __attribute__((import_module("pipit"), import_name(name)))

/* The host writes the length to *len and returns the file's bytes in memory
** it allocated with the exported malloc, or 0 when it has none. */
WASM_IMPORT("data_file")
uint8_t *host_data_file(const char *name, size_t *len);

#define NAMES_MAGIC 0x4D414E50u
#define HEADER_WORDS 8

static uint32_t get_u32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Point [t] into the file [p] of [len] bytes; 0 when it is not one. */
static int parse_tables(UnicodeNameTables *t, const uint8_t *p, size_t len) {
    if (len < 4 * HEADER_WORDS || get_u32(p) != NAMES_MAGIC || get_u32(p + 4) != 1) return 0;
    t->one_byte = get_u32(p + 8);
    t->nwords = get_u32(p + 12);
    t->nruns = get_u32(p + 16);
    t->nalgorithmic = get_u32(p + 20);
    uint64_t lexicon_size = get_u32(p + 24), data_size = get_u32(p + 28);
    uint64_t words32 = 2 * (uint64_t)t->nruns + 3 * (uint64_t)t->nalgorithmic;
    uint64_t need = 4 * (HEADER_WORDS + words32) + t->nruns + t->nwords + lexicon_size + data_size;
    if (need != len || t->nruns == 0) return 0;
    /* the u32 arrays start 4-aligned: malloc'd memory, a 32-byte header */
    const uint32_t *words = (const uint32_t *)(const void *)(p + 4 * HEADER_WORDS);
    t->run_first = words;
    t->run_offset = words + t->nruns;
    t->algorithmic = words + 2 * t->nruns;
    const uint8_t *bytes = p + 4 * (HEADER_WORDS + words32);
    t->run_count = bytes;
    t->word_lengths = bytes + t->nruns;
    t->lexicon = t->word_lengths + t->nwords;
    t->data = t->lexicon + lexicon_size;
    return 1;
}

const UnicodeNameTables *unicode_name_tables(void) {
    static UnicodeNameTables tables;
    static int state;   /* 0 not tried yet, 1 loaded, -1 unavailable */
    if (state == 0) {
        size_t len = 0;
        uint8_t *file = host_data_file("unicode_names.bin", &len);
        state = file != NULL && parse_tables(&tables, file, len) ? 1 : -1;
        if (state < 0) free(file);
    }
    return state > 0 ? &tables : NULL;
}

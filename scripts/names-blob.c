/*
** names-blob.c -- writes the character-name tables of unicode_names_data.c
** as one file, which the web build reads on first use instead of carrying
** them in pipit.wasm (ports/wasm/names.c reads this layout).
**
** Layout, every number little-endian: eight u32 -- magic "PNAM", version 1,
** one_byte, nwords, nruns, nalgorithmic, lexicon size, data size -- then
** the u32 arrays run_first, run_offset, algorithmic, then the byte arrays
** run_count, word_lengths, lexicon, data.
**
** usage: names-blob OUT
*/
#include <stdio.h>

#include "objects/unicode_names.h"

#define NAMES_MAGIC 0x4D414E50u /* "PNAM" */

static void put_u32(FILE *f, uint32_t v) {
    for (int i = 0; i < 4; i++) fputc((int)((v >> (8 * i)) & 255), f);
}

static void put_u32s(FILE *f, const uint32_t *v, uint32_t n) {
    for (uint32_t i = 0; i < n; i++) put_u32(f, v[i]);
}

/* The end of the encoded names: past the last name of the last run. */
static uint32_t data_size(const UnicodeNameTables *t) {
    uint32_t last = t->nruns - 1;
    uint32_t at = t->run_offset[last];
    for (uint32_t k = 0; k < t->run_count[last]; k++) at += 1u + t->data[at];
    return at;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: names-blob OUT\n");
        return 2;
    }
    const UnicodeNameTables *t = unicode_name_tables();
    uint32_t lexicon_size = 0;
    for (uint32_t i = 0; i < t->nwords; i++) lexicon_size += t->word_lengths[i];
    FILE *f = fopen(argv[1], "wb");
    if (f == NULL) {
        perror(argv[1]);
        return 1;
    }
    uint32_t header[8] = {NAMES_MAGIC, 1, t->one_byte, t->nwords, t->nruns, t->nalgorithmic,
                          lexicon_size, data_size(t)};
    put_u32s(f, header, 8);
    put_u32s(f, t->run_first, t->nruns);
    put_u32s(f, t->run_offset, t->nruns);
    put_u32s(f, t->algorithmic, 3 * t->nalgorithmic);
    fwrite(t->run_count, 1, t->nruns, f);
    fwrite(t->word_lengths, 1, t->nwords, f);
    fwrite(t->lexicon, 1, lexicon_size, f);
    fwrite(t->data, 1, header[7], f);
    if (fclose(f) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}

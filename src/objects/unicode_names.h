/*
** unicode_names.h -- Unicode character names: unicodedata.name/lookup, the
** lexer's "\N{...}" escapes and the namereplace error handler. Lookups
** ignore the case of the name.
*/
#ifndef PIPIT_UNICODE_NAMES_H
#define PIPIT_UNICODE_NAMES_H

#include <stddef.h>
#include <stdint.h>

/* The code point named [name] ([len] bytes), or -1. */
int unicode_lookup_name(const char *name, size_t len);

/* The name of [cp] into buf (NUL-terminated when it fits in [size]);
** returns its length, 0 when the code point has no name. */
size_t unicode_name(uint32_t cp, char *buf, size_t size);

/* The tables names are decoded from (scripts/gen-unicode-names explains
** the encoding). A name is a sequence of word codes: below one_byte a code
** takes one byte, above it two. Names of consecutive code points form runs. */
typedef struct UnicodeNameTables {
    uint32_t one_byte, nwords, nruns, nalgorithmic;
    const uint8_t *lexicon;          /* the words, back to back */
    const uint8_t *word_lengths;     /* [nwords] */
    const uint8_t *data;             /* per name: its length, then its codes */
    const uint32_t *run_first;       /* [nruns] first code point of a run */
    const uint32_t *run_offset;      /* [nruns] where its names start in data */
    const uint8_t *run_count;        /* [nruns] */
    const uint32_t *algorithmic;     /* [nalgorithmic][3]: first, last, prefix */
} UnicodeNameTables;

/* The tables, or NULL when they cannot be had: compiled in natively
** (unicode_names_data.c); the web build reads them on first use from a
** file beside pipit.wasm (ports/wasm/names.c). */
const UnicodeNameTables *unicode_name_tables(void);

#endif

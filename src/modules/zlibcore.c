/*
** zlibcore.c -- DEFLATE (RFC 1951) both ways, and the two checksums, behind
** lib/zlib.py (which adds the zlib and gzip framings and the stream objects).
**
**   _zlibcore.inflate(data) -> (output, consumed, finished)
**       Decodes raw deflate data from the start of [data]. When the input
**       runs out before the final block ends, finished is False and output
**       holds everything decodable so far. Bad data raises ValueError with
**       zlib's message (lib/zlib.py turns it into zlib.error).
**   _zlibcore.deflate(data, level, final) -> raw deflate blocks; the last
**       one is final, or else an empty stored block follows (a sync flush)
**   _zlibcore.crc32(data, value=0), _zlibcore.adler32(data, value=1)
**
** The compressor is LZ77 over hash chains with lazy matching, emitting
** dynamic-Huffman blocks; its output decodes anywhere but is not byte for
** byte zlib's (a difference docs/differences.md records).
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "modules/modules.h"
#include "objects/str.h"
#include "runtime/import.h"

/* ---- checksums ---- */

static uint32_t crc_table[256];

static void crc_table_init(void) {
    if (crc_table[1]) return;
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n) {
    crc_table_init();
    crc = ~crc;
    while (n--) crc = crc_table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

static uint32_t adler32_update(uint32_t adler, const uint8_t *p, size_t n) {
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (n) {
        size_t chunk = n < 5552 ? n : 5552;   /* the most bytes before b can overflow */
        n -= chunk;
        while (chunk--) a += *p++, b += a;
        a %= 65521, b %= 65521;
    }
    return b << 16 | a;
}

/* ---- shared tables ---- */

static const uint16_t len_base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,
                                      15, 17, 19, 23, 27, 31, 35, 43, 51,  59,
                                      67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {1,    2,    3,    4,    5,    7,     9,     13,
                                       17,   25,   33,   49,   65,   97,    129,   193,
                                       257,  385,  513,  769,  1025, 1537,  2049,  3073,
                                       4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
static const uint8_t clen_order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5,
                                       11, 4, 12, 3, 13, 2, 14, 1, 15};

/* ---- a growable output buffer ---- */

typedef struct Out {
    uint8_t *data;
    size_t len, cap;
    int failed;
} Out;

static void out_reserve(Out *o, size_t more) {
    if (o->failed || o->len + more <= o->cap) return;
    size_t cap = o->cap ? o->cap : 1024;
    while (cap < o->len + more) cap *= 2;
    uint8_t *p = realloc(o->data, cap);
    if (!p) {
        o->failed = 1;
        return;
    }
    o->data = p, o->cap = cap;
}

static void out_byte(Out *o, uint8_t b) {
    out_reserve(o, 1);
    if (!o->failed) o->data[o->len++] = b;
}

/* ---- inflate ---- */

typedef struct Huffman {
    uint16_t count[16];       /* codes of each length */
    uint16_t symbol[288];     /* symbols ordered by code */
} Huffman;

typedef struct Inflater {
    const uint8_t *in;
    size_t len, pos;          /* pos: the next byte */
    uint32_t bitbuf;
    int bitcount;
    int eof;                  /* the input ran out */
    const char *error;
    Out out;
} Inflater;

static int need_bits(Inflater *s, int n) {
    while (s->bitcount < n) {
        if (s->pos >= s->len) {
            s->eof = 1;
            return 0;
        }
        s->bitbuf |= (uint32_t)s->in[s->pos++] << s->bitcount;
        s->bitcount += 8;
    }
    return 1;
}

static int get_bits(Inflater *s, int n, uint32_t *v) {
    if (!need_bits(s, n)) return 0;
    *v = s->bitbuf & ((1u << n) - 1);
    s->bitbuf >>= n;
    s->bitcount -= n;
    return 1;
}

/* Canonical codes from lengths; 0 on an over-subscribed set. Incomplete
** sets are allowed (a lone distance code is legal). */
static int huffman_build(Huffman *h, const uint8_t *lengths, int n) {
    memset(h->count, 0, sizeof h->count);
    for (int i = 0; i < n; i++) h->count[lengths[i]]++;
    h->count[0] = 0;
    int left = 1;
    for (int len = 1; len < 16; len++) {
        left = left * 2 - h->count[len];
        if (left < 0) return 0;
    }
    uint16_t offs[16];
    offs[1] = 0;
    for (int len = 1; len < 15; len++) offs[len + 1] = offs[len] + h->count[len];
    for (int i = 0; i < n; i++)
        if (lengths[i]) h->symbol[offs[lengths[i]]++] = (uint16_t)i;
    return 1;
}

/* One symbol, bit by bit (codes are stored MSB-first); -1 at end of input,
** -2 on a code that is not in the table. */
static int huffman_decode(Inflater *s, const Huffman *h) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len < 16; len++) {
        uint32_t bit;
        if (!get_bits(s, 1, &bit)) return -1;
        code |= (int)bit;
        int count = h->count[len];
        if (code - count < first) return h->symbol[index + (code - first)];
        index += count;
        first = (first + count) << 1;
        code <<= 1;
    }
    return -2;
}

static int inflate_stored(Inflater *s) {
    s->bitbuf = 0, s->bitcount = 0;        /* to the byte boundary */
    if (s->pos + 4 > s->len) {
        s->eof = 1;
        return 0;
    }
    unsigned len = s->in[s->pos] | s->in[s->pos + 1] << 8;
    unsigned nlen = s->in[s->pos + 2] | s->in[s->pos + 3] << 8;
    if (len != (~nlen & 0xffff)) {
        s->error = "invalid stored block lengths";
        return 0;
    }
    s->pos += 4;
    size_t avail = s->len - s->pos < len ? s->len - s->pos : len;
    out_reserve(&s->out, avail);
    if (s->out.failed) return 0;
    if (avail) memcpy(s->out.data + s->out.len, s->in + s->pos, avail);
    s->out.len += avail, s->pos += avail;
    if (avail < len) {
        s->eof = 1;
        return 0;
    }
    return 1;
}

static int inflate_codes(Inflater *s, const Huffman *lit, const Huffman *dist) {
    for (;;) {
        int sym = huffman_decode(s, lit);
        if (sym == -1) return 0;
        if (sym < 0 || sym > 285) {
            s->error = "invalid literal/length code";
            return 0;
        }
        if (sym < 256) {
            out_byte(&s->out, (uint8_t)sym);
            continue;
        }
        if (sym == 256) return 1;
        uint32_t extra;
        sym -= 257;
        if (!get_bits(s, len_extra[sym], &extra)) return 0;
        size_t length = len_base[sym] + extra;
        int dsym = huffman_decode(s, dist);
        if (dsym == -1) return 0;
        if (dsym < 0 || dsym > 29) {
            s->error = "invalid distance code";
            return 0;
        }
        if (!get_bits(s, dist_extra[dsym], &extra)) return 0;
        size_t distance = dist_base[dsym] + extra;
        if (distance > s->out.len) {
            s->error = "invalid distance too far back";
            return 0;
        }
        out_reserve(&s->out, length);
        if (s->out.failed) return 0;   /* (length >= 3: data is non-NULL below) */
        for (size_t i = 0; i < length; i++, s->out.len++)   /* may overlap: byte by byte */
            s->out.data[s->out.len] = s->out.data[s->out.len - distance];
    }
}

static int inflate_fixed(Inflater *s) {
    static Huffman lit, dist;
    static int ready;
    if (!ready) {
        uint8_t lengths[288];
        for (int i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
        huffman_build(&lit, lengths, 288);
        for (int i = 0; i < 30; i++) lengths[i] = 5;
        huffman_build(&dist, lengths, 30);
        ready = 1;
    }
    return inflate_codes(s, &lit, &dist);
}

static int read_code_lengths(Inflater *s, const Huffman *clh, uint8_t *lengths, int n) {
    for (int i = 0; i < n;) {
        int sym = huffman_decode(s, clh);
        if (sym == -1) return 0;
        if (sym < 0) {
            s->error = "invalid code lengths set";
            return 0;
        }
        if (sym < 16) {
            lengths[i++] = (uint8_t)sym;
            continue;
        }
        uint32_t rep;
        uint8_t value = 0;
        if (sym == 16) {
            if (i == 0) {
                s->error = "invalid bit length repeat";
                return 0;
            }
            value = lengths[i - 1];
            if (!get_bits(s, 2, &rep)) return 0;
            rep += 3;
        } else if (sym == 17) {
            if (!get_bits(s, 3, &rep)) return 0;
            rep += 3;
        } else {
            if (!get_bits(s, 7, &rep)) return 0;
            rep += 11;
        }
        if (i + (int)rep > n) {
            s->error = "invalid bit length repeat";
            return 0;
        }
        while (rep--) lengths[i++] = value;
    }
    return 1;
}

static int inflate_dynamic(Inflater *s) {
    uint32_t hlit, hdist, hclen;
    if (!get_bits(s, 5, &hlit) || !get_bits(s, 5, &hdist) || !get_bits(s, 4, &hclen)) return 0;
    hlit += 257, hdist += 1, hclen += 4;
    if (hlit > 286 || hdist > 30) {
        s->error = "too many length or distance symbols";
        return 0;
    }
    uint8_t lengths[320] = {0};
    for (uint32_t i = 0; i < hclen; i++) {
        uint32_t v;
        if (!get_bits(s, 3, &v)) return 0;
        lengths[clen_order[i]] = (uint8_t)v;
    }
    Huffman clh, lit, dist;
    if (!huffman_build(&clh, lengths, 19)) {
        s->error = "invalid code lengths set";
        return 0;
    }
    memset(lengths, 0, sizeof lengths);
    if (!read_code_lengths(s, &clh, lengths, (int)(hlit + hdist))) return 0;
    if (lengths[256] == 0) {
        s->error = "invalid code -- missing end-of-block";
        return 0;
    }
    if (!huffman_build(&lit, lengths, (int)hlit)) {
        s->error = "invalid literal/lengths set";
        return 0;
    }
    if (!huffman_build(&dist, lengths + hlit, (int)hdist)) {
        s->error = "invalid distances set";
        return 0;
    }
    return inflate_codes(s, &lit, &dist);
}

/* 1 when the final block ended; 0 at end of input or on an error. */
static int inflate_all(Inflater *s) {
    for (;;) {
        uint32_t final, type;
        if (!get_bits(s, 1, &final) || !get_bits(s, 2, &type)) return 0;
        int ok;
        if (type == 0) ok = inflate_stored(s);
        else if (type == 1) ok = inflate_fixed(s);
        else if (type == 2) ok = inflate_dynamic(s);
        else {
            s->error = "invalid block type";
            return 0;
        }
        if (!ok || s->out.failed) return 0;
        if (final) return 1;
    }
}

static Value zlibcore_inflate(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "inflate", nargs, kwnames, 1, 1) < 0) return VAL_ERROR;
    Inflater s = {0};
    if (!bytes_view(args[0], &s.in, &s.len))
        return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    int finished = inflate_all(&s);
    if (s.out.failed) {
        free(s.out.data);
        return vm_raise_nomem(vm);
    }
    if (s.error) {
        free(s.out.data);
        return vm_raise(vm, &type_ValueError, "Error -3 while decompressing data: %s", s.error);
    }
    /* Bytes taken into the bit buffer but not used belong to what follows. */
    size_t consumed = s.pos - (size_t)(s.bitcount / 8);
    Value out = bytes_new(vm, s.out.data ? s.out.data : (uint8_t *)"", s.out.len);
    free(s.out.data);
    if (val_is_error(out)) return out;
    Value t = tuple_new(vm, 3);
    if (val_is_error(t)) return t;
    as_tuple(t)->items[0] = out;
    as_tuple(t)->items[1] = val_from_small((int64_t)consumed);
    as_tuple(t)->items[2] = val_from_bool(finished);
    return t;
}

/* ---- deflate ---- */

typedef struct BitWriter {
    Out out;
    uint64_t bits;
    int count;
} BitWriter;

static void put_bits(BitWriter *w, uint32_t value, int n) {
    w->bits |= (uint64_t)value << w->count;
    w->count += n;
    while (w->count >= 8) {
        out_byte(&w->out, (uint8_t)w->bits);
        w->bits >>= 8;
        w->count -= 8;
    }
}

/* Huffman codes are sent MSB-first: reverse them once, when built. */
static uint32_t reverse_bits(uint32_t code, int len) {
    uint32_t r = 0;
    for (int i = 0; i < len; i++, code >>= 1) r = (r << 1) | (code & 1);
    return r;
}

typedef struct Code {
    uint16_t code;            /* already bit-reversed */
    uint8_t len;
} Code;

/* Code lengths for [n] symbols with frequencies [freq], at most [maxlen]
** bits: plain Huffman by repeated merging of the two lightest trees, then
** overlong codes are shortened and the Kraft sum is repaired. */
static void huffman_lengths(const uint32_t *freq, int n, int maxlen, uint8_t *lengths) {
    int nodes[288 * 2], parent[288 * 2];
    uint64_t weight[288 * 2];
    int live = 0, total = n;
    memset(lengths, 0, (size_t)n);
    for (int i = 0; i < n; i++)
        if (freq[i]) nodes[live++] = i, weight[i] = freq[i];
    if (live == 0) return;
    if (live == 1) {
        lengths[nodes[0]] = 1;
        return;
    }
    for (int i = 0; i < 2 * n; i++) parent[i] = -1;
    while (live > 1) {
        int a = 0, b = 1;    /* the two lightest of nodes[0..live) */
        if (weight[nodes[b]] < weight[nodes[a]]) a = 1, b = 0;
        for (int i = 2; i < live; i++) {
            if (weight[nodes[i]] < weight[nodes[a]]) b = a, a = i;
            else if (weight[nodes[i]] < weight[nodes[b]]) b = i;
        }
        int merged = total++;
        weight[merged] = weight[nodes[a]] + weight[nodes[b]];
        parent[nodes[a]] = parent[nodes[b]] = merged;
        int hi = a > b ? a : b, lo = a < b ? a : b;
        nodes[hi] = nodes[--live];
        nodes[lo] = merged;
    }
    int counts[33] = {0};
    for (int i = 0; i < n; i++) {
        if (!freq[i]) continue;
        int depth = 0;
        for (int p = parent[i]; p >= 0; p = parent[p]) depth++;
        if (depth > maxlen) depth = maxlen;
        lengths[i] = (uint8_t)depth;
        counts[depth]++;
    }
    /* Repair the Kraft inequality after clamping: lengthen the longest
    ** codes that are shorter than maxlen until the sum fits. */
    uint64_t kraft = 0;
    for (int len = 1; len <= maxlen; len++) kraft += (uint64_t)counts[len] << (maxlen - len);
    while (kraft > (1ull << maxlen)) {
        int len = maxlen - 1;
        while (counts[len] == 0) len--;
        for (int i = 0; i < n; i++)
            if (lengths[i] == len) {
                lengths[i]++;
                counts[len]--, counts[len + 1]++;
                kraft -= 1ull << (maxlen - len - 1);
                break;
            }
    }
}

static void canonical_codes(const uint8_t *lengths, int n, Code *codes) {
    uint16_t count[16] = {0}, next[16];
    for (int i = 0; i < n; i++) count[lengths[i]]++;
    count[0] = 0;
    uint16_t code = 0;
    for (int len = 1; len < 16; len++) {
        code = (uint16_t)((code + count[len - 1]) << 1);
        next[len] = code;
    }
    for (int i = 0; i < n; i++) {
        codes[i].len = lengths[i];
        codes[i].code = lengths[i] ? (uint16_t)reverse_bits(next[lengths[i]]++, lengths[i]) : 0;
    }
}

/* The symbols of one block: literals (< 256), the end (256), or a match
** stored as 257 + length code with its distance. */
typedef struct Symbol {
    uint16_t litlen;          /* literal byte, or match length (3..258) with dist > 0 */
    uint16_t dist;
} Symbol;

static int length_code(int len) {
    int i = 28;
    while (len_base[i] > len) i--;
    return i;
}

static int dist_code(int dist) {
    int i = 29;
    while (dist_base[i] > dist) i--;
    return i;
}

/* Run-length encodes the code lengths of both alphabets (symbols 16/17/18). */
static int rle_lengths(const uint8_t *lengths, int n, uint8_t *syms, uint8_t *extra) {
    int out = 0;
    for (int i = 0; i < n;) {
        int v = lengths[i], run = 1;
        while (i + run < n && lengths[i + run] == v) run++;
        if (v == 0 && run >= 3) {
            int r = run > 138 ? 138 : run;
            syms[out] = r >= 11 ? 18 : 17;
            extra[out++] = (uint8_t)(r >= 11 ? r - 11 : r - 3);
            i += r;
        } else if (v != 0 && run >= 4) {
            syms[out] = (uint8_t)v, extra[out++] = 0;
            int r = run - 1 > 6 ? 6 : run - 1;
            syms[out] = 16, extra[out++] = (uint8_t)(r - 3);
            i += 1 + r;
        } else {
            syms[out] = (uint8_t)v, extra[out++] = 0;
            i++;
        }
    }
    return out;
}

static void write_stored(BitWriter *w, const uint8_t *p, size_t n, int final) {
    do {
        size_t chunk = n > 65535 ? 65535 : n;
        n -= chunk;
        put_bits(w, final && n == 0, 1);
        put_bits(w, 0, 2);
        if (w->count) put_bits(w, 0, 8 - w->count);   /* to the byte boundary */
        put_bits(w, (uint32_t)chunk, 16);
        put_bits(w, (uint32_t)(~chunk & 0xffff), 16);
        for (size_t i = 0; i < chunk; i++) out_byte(&w->out, p[i]);
        p += chunk;
    } while (n);
}

/* Writes the symbols of [raw, raw + nraw) as a dynamic-Huffman block, or as
** stored blocks when that is smaller (data that does not compress). */
static void write_block(BitWriter *w, const Symbol *syms, size_t nsyms, const uint8_t *raw,
                        size_t nraw, int final) {
    uint32_t lfreq[286] = {0}, dfreq[30] = {0};
    for (size_t i = 0; i < nsyms; i++) {
        if (syms[i].dist) {
            lfreq[257 + length_code(syms[i].litlen)]++;
            dfreq[dist_code(syms[i].dist)]++;
        } else {
            lfreq[syms[i].litlen]++;
        }
    }
    lfreq[256] = 1;
    uint8_t lengths[286 + 30];
    huffman_lengths(lfreq, 286, 15, lengths);
    huffman_lengths(dfreq, 30, 15, lengths + 286);
    int hlit = 286, hdist = 30;
    while (hlit > 257 && lengths[hlit - 1] == 0) hlit--;
    while (hdist > 1 && lengths[286 + hdist - 1] == 0) hdist--;
    uint8_t all[286 + 30];
    memcpy(all, lengths, (size_t)hlit);
    memcpy(all + hlit, lengths + 286, (size_t)hdist);
    uint8_t rsyms[286 + 30], rextra[286 + 30];
    int nr = rle_lengths(all, hlit + hdist, rsyms, rextra);
    uint32_t cfreq[19] = {0};
    for (int i = 0; i < nr; i++) cfreq[rsyms[i]]++;
    uint8_t clen[19];
    huffman_lengths(cfreq, 19, 7, clen);
    int hclen = 19;
    while (hclen > 4 && clen[clen_order[hclen - 1]] == 0) hclen--;
    Code lcodes[286], dcodes[30], ccodes[19];
    canonical_codes(lengths, 286, lcodes);
    canonical_codes(lengths + 286, 30, dcodes);
    canonical_codes(clen, 19, ccodes);

    uint64_t cost = 17 + 3 * (uint64_t)hclen + 15;
    for (int i = 0; i < nr; i++)
        cost += clen[rsyms[i]] + (rsyms[i] == 16 ? 2 : rsyms[i] == 17 ? 3 : rsyms[i] == 18 ? 7 : 0);
    for (int i = 0; i < 286; i++) cost += (uint64_t)lfreq[i] * lengths[i];
    for (int i = 0; i < 30; i++) cost += (uint64_t)dfreq[i] * (lengths[286 + i] + dist_extra[i]);
    for (int i = 0; i < 29; i++) cost += (uint64_t)lfreq[257 + i] * len_extra[i];
    if (cost > (nraw + 5 * (nraw / 65535 + 1)) * 8 + 7) {
        write_stored(w, raw, nraw, final);
        return;
    }

    put_bits(w, (uint32_t)final, 1);
    put_bits(w, 2, 2);
    put_bits(w, (uint32_t)(hlit - 257), 5);
    put_bits(w, (uint32_t)(hdist - 1), 5);
    put_bits(w, (uint32_t)(hclen - 4), 4);
    for (int i = 0; i < hclen; i++) put_bits(w, clen[clen_order[i]], 3);
    for (int i = 0; i < nr; i++) {
        put_bits(w, ccodes[rsyms[i]].code, ccodes[rsyms[i]].len);
        if (rsyms[i] == 16) put_bits(w, rextra[i], 2);
        else if (rsyms[i] == 17) put_bits(w, rextra[i], 3);
        else if (rsyms[i] == 18) put_bits(w, rextra[i], 7);
    }
    for (size_t i = 0; i < nsyms; i++) {
        if (!syms[i].dist) {
            put_bits(w, lcodes[syms[i].litlen].code, lcodes[syms[i].litlen].len);
            continue;
        }
        int lc = length_code(syms[i].litlen), dc = dist_code(syms[i].dist);
        put_bits(w, lcodes[257 + lc].code, lcodes[257 + lc].len);
        put_bits(w, (uint32_t)(syms[i].litlen - len_base[lc]), len_extra[lc]);
        put_bits(w, dcodes[dc].code, dcodes[dc].len);
        put_bits(w, (uint32_t)(syms[i].dist - dist_base[dc]), dist_extra[dc]);
    }
    put_bits(w, lcodes[256].code, lcodes[256].len);
}

#define WINDOW 32768
#define HASH_BITS 15
#define MIN_MATCH 3
#define MAX_MATCH 258
#define BLOCK_SYMBOLS 16384

static uint32_t hash3(const uint8_t *p) {
    return ((uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2]) * 2654435761u >> (32 - HASH_BITS);
}

typedef struct Matcher {
    const uint8_t *data;
    size_t len;
    int32_t *head;            /* last position of each hash, -1 */
    int32_t *prev;            /* previous position with the same hash, per position */
    int max_chain;
} Matcher;

static void matcher_insert(Matcher *m, size_t pos) {
    if (pos + MIN_MATCH > m->len) return;
    uint32_t h = hash3(m->data + pos);
    m->prev[pos] = m->head[h];
    m->head[h] = (int32_t)pos;
}

static int longest_match(const Matcher *m, size_t pos, int *dist) {
    if (pos + MIN_MATCH > m->len) return 0;
    int best = 0, chain = m->max_chain;
    size_t limit = m->len - pos < MAX_MATCH ? m->len - pos : MAX_MATCH;
    for (int32_t cand = m->head[hash3(m->data + pos)]; cand >= 0 && chain-- > 0;
         cand = m->prev[cand]) {
        if (pos - (size_t)cand > WINDOW) break;
        const uint8_t *a = m->data + cand, *b = m->data + pos;
        if (a[best] != b[best]) continue;
        size_t n = 0;
        while (n < limit && a[n] == b[n]) n++;
        if ((int)n > best) {
            best = (int)n, *dist = (int)(pos - (size_t)cand);
            if (n == limit) break;
        }
    }
    return best >= MIN_MATCH ? best : 0;
}

static int deflate_data(BitWriter *w, const uint8_t *data, size_t len, int level, int final) {
    if (level == 0) {
        write_stored(w, data, len, final);
        return 1;
    }
    Matcher m = {data, len, malloc(sizeof(int32_t) << HASH_BITS),
                 malloc(sizeof(int32_t) * (len ? len : 1)), level < 4 ? 8 : level < 7 ? 64 : 512};
    Symbol *syms = malloc(sizeof(Symbol) * BLOCK_SYMBOLS);
    if (!m.head || !m.prev || !syms) {
        free(m.head), free(m.prev), free(syms);
        return 0;
    }
    memset(m.head, 0xff, sizeof(int32_t) << HASH_BITS);
    size_t nsyms = 0, pos = 0, block_start = 0;
    while (pos < len) {
        int dist = 0, n = longest_match(&m, pos, &dist);
        if (n && n < MAX_MATCH && level >= 4) {
            /* lazy matching: a longer match one byte on wins */
            int dist2 = 0;
            matcher_insert(&m, pos);
            int n2 = longest_match(&m, pos + 1, &dist2);
            if (n2 > n) {
                syms[nsyms++] = (Symbol){data[pos], 0};
                pos++;
                n = n2, dist = dist2;
            } else {
                m.head[hash3(data + pos)] = m.prev[pos];   /* undo; reinserted below */
            }
        }
        if (n) {
            syms[nsyms++] = (Symbol){(uint16_t)n, (uint16_t)dist};
            for (int i = 0; i < n; i++) matcher_insert(&m, pos + (size_t)i);
            pos += (size_t)n;
        } else {
            matcher_insert(&m, pos);
            syms[nsyms++] = (Symbol){data[pos], 0};
            pos++;
        }
        if (nsyms >= BLOCK_SYMBOLS - 2) {
            write_block(w, syms, nsyms, data + block_start, pos - block_start, final && pos >= len);
            nsyms = 0, block_start = pos;
            if (pos >= len) goto done;
        }
    }
    write_block(w, syms, nsyms, data + block_start, pos - block_start, final);
done:
    free(m.head), free(m.prev), free(syms);
    return !w->out.failed;
}

static Value zlibcore_deflate(VM *vm, Value *args, int nargs, Value kwnames) {
    if (vm_check_args(vm, "deflate", nargs, kwnames, 3, 3) < 0) return VAL_ERROR;
    const uint8_t *data;
    size_t len;
    int64_t level;
    if (!bytes_view(args[0], &data, &len))
        return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    if (int_as_i64(vm, args[1], &level) < 0) return VAL_ERROR;
    int final = obj_truthy(vm, args[2]);
    if (final < 0) return VAL_ERROR;
    BitWriter w = {0};
    if ((len || final) && !deflate_data(&w, data, len, (int)level, final)) {
        free(w.out.data);
        return vm_raise_nomem(vm);
    }
    if (!final) write_stored(&w, (const uint8_t *)"", 0, 0);   /* the sync marker */
    if (w.count) put_bits(&w, 0, 8 - w.count);
    if (w.out.failed) {
        free(w.out.data);
        return vm_raise_nomem(vm);
    }
    Value out = bytes_new(vm, w.out.data ? w.out.data : (uint8_t *)"", w.out.len);
    free(w.out.data);
    return out;
}

/* ---- checksum functions ---- */

static Value checksum(VM *vm, Value *args, int nargs, Value kwnames, const char *name,
                      uint32_t start, uint32_t (*update)(uint32_t, const uint8_t *, size_t)) {
    if (vm_check_args(vm, name, nargs, kwnames, 1, 2) < 0) return VAL_ERROR;
    const uint8_t *data;
    size_t len;
    if (!bytes_view(args[0], &data, &len))
        return vm_raise(vm, &type_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    uint32_t value = start;
    if (nargs > 1) {        /* lib/zlib.py masks it to 32 bits first */
        int64_t v;
        if (int_as_i64(vm, args[1], &v) < 0) return VAL_ERROR;
        value = (uint32_t)v;
    }
    return val_from_small(update(value, data, len));
}

static Value zlibcore_crc32(VM *vm, Value *args, int nargs, Value kwnames) {
    return checksum(vm, args, nargs, kwnames, "crc32", 0, crc32_update);
}

static Value zlibcore_adler32(VM *vm, Value *args, int nargs, Value kwnames) {
    return checksum(vm, args, nargs, kwnames, "adler32", 1, adler32_update);
}

static const MethodDef zlibcore_functions[] = {
    {"inflate", zlibcore_inflate, 0, NULL},
    {"deflate", zlibcore_deflate, 0, NULL},
    {"crc32", zlibcore_crc32, 0, NULL},
    {"adler32", zlibcore_adler32, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value zlibcore_module_init(VM *vm) { return native_module_new(vm, "_zlibcore", zlibcore_functions); }

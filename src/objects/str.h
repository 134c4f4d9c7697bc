/*
** str.h -- str, bytes and bytearray for the core's own use (objects/str.c,
** objects/strbuf.c, objects/format.c, objects/bytes.c): UTF-8 helpers,
** building and slicing strs, the formatting entry points.
*/
#ifndef PIPIT_STR_H
#define PIPIT_STR_H

#include "../runtime/format.h"
#include "../runtime/vm.h"

/* ---- UTF-8 ---- */

/* Decode the code point at [p] (valid UTF-8); returns its byte length. */
static inline int utf8_decode(const unsigned char *p, uint32_t *cp) {
    uint32_t c = p[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xE0) { *cp = ((c & 0x1F) << 6) | (p[1] & 0x3F); return 2; }
    if (c < 0xF0) { *cp = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); return 3; }
    *cp = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
}

/* Encode [cp] at [out] (4 bytes room); returns the byte length. Lone
** surrogates are encoded as their 3-byte form (CPython's strs hold them). */
int utf8_encode(uint32_t cp, char *out);

static inline int utf8_len_of(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* Code points in [size] bytes of valid UTF-8. */
size_t utf8_count(const char *s, size_t size);

/* Check [size] bytes of UTF-8 strictly; returns the offset of the first bad
** byte or size when all is valid, *reason and *badlen describing the fault. */
size_t utf8_validate(const unsigned char *s, size_t size, const char **reason, size_t *badlen);

/* ---- str ---- */

/* A str of [cls] (type_str or a subclass) with room for [size] bytes,
** uninitialised; call str_seal once the bytes are written. */
StrObj *str_alloc(VM *vm, Type *cls, size_t size);
/* Compute len and the ascii flag of a freshly filled str. */
Value str_seal(StrObj *s);
/* A str of [cls] holding a copy of [utf8]. */
Value str_new_of(VM *vm, Type *cls, const char *utf8, size_t size);
/* As str_new when len (code points) is already known. */
Value str_new_len(VM *vm, const char *utf8, size_t size, size_t len);

Value str_from_codepoint(VM *vm, uint32_t cp);
Value str_repeat(VM *vm, Value s, int64_t n);
bool str_is_identifier(const StrObj *s);
Value str_concat(VM *vm, Value a, Value b);
Value str_repr(VM *vm, Value s);
/* Append repr of the text [s] to [sb] (quotes included). */
void str_repr_to(StrBuf *sb, const char *s, size_t size);
/* The exact-str copy of a str subclass instance (or s itself). */
Value str_exact(VM *vm, Value s);

/* Byte offset of code point [index] (0 <= index <= len). */
size_t str_offset(const StrObj *s, size_t index);
/* The code point at [index]. */
uint32_t str_char_at(const StrObj *s, size_t index);

/* sep.join(iterable) */
Value str_join(VM *vm, Value sep, Value iterable);

/* Resolve slice object [slice] against [len]: start, step and the number
** of items (CPython's PySlice_GetIndicesEx). 0, or -1 with an error. */
int slice_get_indices(VM *vm, Value slice, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step, int64_t *slicelen);
/* Argument count check with the "takes at least/most N arguments (M given)"
** messages of find/count/startswith; nargs without self. */
int check_args_legacy(VM *vm, const char *tname, const char *name, int nargs, Value kwnames, int min, int max);
/* An int argument that CPython converts to Py_ssize_t: OverflowError
** "Python int too large to convert to C ssize_t" when it does not fit. */
int arg_ssize(VM *vm, Value v, int64_t *out);
/* The same for C int arguments ("... to convert to C int"). */
int arg_cint(VM *vm, Value v, int64_t *out);
/* MemoryError up front for results too large to build. */
bool size_too_big(VM *vm, uint64_t bytes);
/* Index argument of find/count... (None or an int with __index__). */
int str_arg_index(VM *vm, Value v, int64_t *out);

/* ---- formatting (objects/format.c) ---- */

/* formatspec_parse with CPython's type name in its messages; *no_neg_zero
** is the 3.11 'z' option (FormatSpec has no field for it yet). */
int formatspec_parse_as(VM *vm, Value spec, const char *type_name, FormatSpec *out, bool *no_neg_zero);

/* fmt.format(*args, **kwargs): [kwargs] a dict or VAL_NULL. */
Value str_format_method(VM *vm, Value fmt, Value *args, int nargs, Value kwargs);
/* fmt % args for str. */
Value str_printf(VM *vm, Value fmt, Value args);
/* format(s, spec) for a str s. */
Value str_format_spec(VM *vm, Value s, Value spec);
/* fmt % args for bytes; returns bytes. */
Value bytes_printf(VM *vm, Value fmt, Value args, bool bytearray);

/* ---- bytes / bytearray (objects/bytes.c) ---- */

Value bytes_alloc(VM *vm, Type *cls, size_t len, uint8_t **data);
Value bytearray_new(VM *vm, const void *data, size_t len);
/* The bytes of any bytes-like object (bytes, bytearray); false otherwise. */
bool bytes_view(Value v, const uint8_t **data, size_t *len);
/* str.encode / bytes.decode */
Value str_encode(VM *vm, Value s, const char *encoding, const char *errors);
Value bytes_decode(VM *vm, const uint8_t *data, size_t len, const char *encoding,
                   const char *errors);
/* str.encode / bytes.decode by lib/codecs.py, for the encodings and the
** error handlers that the C codecs do not know (objects/str.c). */
Value codec_encode_python(VM *vm, Value s, const char *encoding, const char *errors);
Value codec_decode_python(VM *vm, const uint8_t *data, size_t len, const char *encoding,
                          const char *errors);
/* repr of bytes data: b'...' */
void bytes_repr_to(StrBuf *sb, const uint8_t *data, size_t len);

/* SipHash-1-3 with a zero key, as CPython 3.11 under PYTHONHASHSEED=0. */
uint64_t siphash13(const void *data, size_t len);
int64_t hash_bytes(const void *data, size_t len);

#endif

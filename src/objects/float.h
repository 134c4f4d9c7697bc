/*
** float.h -- float and complex for the core's own use: conversions, the
** exact float/int comparison, hashing, formatting, and the pieces of float
** that complex (and math, round(), %-formatting) reuse.
**
** Floats are unboxed doubles in the NaN-box (val_from_float/val_as_float);
** instances of float subclasses are heap FloatObjs.
*/
#ifndef PIPIT_FLOAT_H
#define PIPIT_FLOAT_H

#include "../runtime/format.h"
#include "../runtime/vm.h"

typedef struct FloatObj {     /* an instance of a subclass of float */
    Obj hdr;
    double value;
} FloatObj;

extern NumberSlots float_number;
extern NumberSlots complex_number;

/* A float or a float subclass instance. */
static inline bool float_check(Value v) {
    return val_is_float(v) ||
           (val_is_obj(v) && (val_as_obj(v)->type->flags & TYPE_FLOAT_SUBCLASS));
}

/* The double of a value for which float_check holds. */
static inline double float_value(Value v) {
    return val_is_float(v) ? val_as_float(v) : ((FloatObj *)val_as_obj(v))->value;
}

/* An int-like value as a correctly rounded double; -1 with OverflowError
** "int too large to convert to float". */
int float_from_int(VM *vm, Value v, double *out);

/* PyFloat_AsDouble: a float, __float__, or __index__; -1 with TypeError
** "must be real number, not X" otherwise. */
int float_as_double(VM *vm, Value v, double *out);

/* float(x) for one argument (str, bytes, numbers, __float__, __index__). */
Value float_from_object(VM *vm, Value x);

/* Parse float() text: whitespace around, PEP 515 underscores, inf/nan.
** Returns false when it is not a float literal (no exception set). */
bool float_parse_text(const char *s, size_t len, double *out);

/* Non-ASCII str text made ASCII for number parsing as CPython does:
** Unicode whitespace -> ' ', decimal digits -> '0'..'9', others -> '?'.
** A malloc'ed NUL-terminated copy (NULL: no memory). */
char *float_ascii_text(const char *s, size_t len, size_t *out_len);

/* Compare x with int-like i exactly: *cmp gets -1, 0, 1. Returns 1, 0
** when x is a NaN (unordered), -1 on error. */
int float_compare_int(VM *vm, double x, Value i, int *cmp);

/* CPython's hash of a double (equal to the hash of an equal int). NaNs
** hash to 0 (CPython 3.11 hashes them by identity; ours are unboxed). */
int64_t float_hash_double(double x);

/* repr(x) as text into buf (at least 32 bytes); returns the length. */
size_t float_repr_cstr(double x, char *buf);
Value float_repr_value(VM *vm, double x);

/* format(x, spec) for a float value; spec is a str. */
Value float_format(VM *vm, double x, Value spec);

/* Python's x ** y for doubles (may return a complex); VAL_ERROR on error. */
Value float_pow_doubles(VM *vm, double x, double y);

/* Defined in objects/format.c, declared here until a shared header has it:
** formatspec_parse with the type's name for messages and 3.11's 'z'. */
int formatspec_parse_as(VM *vm, Value spec, const char *type_name, FormatSpec *out,
                        bool *no_neg_zero);

/* ---- complex (objects/complex.c) ---- */

/* A complex, or a number that converts to one: *re, *im. Returns 1, 0 when
** v is not a number complex arithmetic accepts, -1 on error. */
int complex_coerce(VM *vm, Value v, double *re, double *im);

/* (ar + ai j) ** (br + bi j) with CPython's algorithm and errors. */
Value complex_pow_doubles(VM *vm, double ar, double ai, double br, double bi);

/* repr of a complex as CPython prints it. */
Value complex_repr_value(VM *vm, double re, double im);

#endif
